"""The learned tagger's one entry into the meeting reader: names it proposes in a sentence that no rule-found
mention overlaps, read by the same rules as a rule-found name (series, partner, ordinal, the generic and
non-government filters)."""
from __future__ import annotations

from dataclasses import replace

from summitgraph.extract import mentions as rules
from summitgraph.extract.context import DocContext
from summitgraph.extract.learned import tagger
from summitgraph.extract.learned.features import places
from summitgraph.extract.series import canonical, partner_of

PARTNER_SERIES = ("asean-partner-summit", "asean-partner-other")


def more_mentions(ctx: DocContext, start: int, end: int, found: list[rules.MeetingMention],
                  fallback: rules.SeriesFallback | None = None) -> list[rules.MeetingMention]:
    """``found`` (the rules' mentions of the sentence ``ctx.text[start:end]``) and the tagger's other ones,
    in text order."""
    if not tagger.enabled():
        return found
    text, folded = ctx.text, ctx.folded
    known = ctx.memo("learned.places", lambda: places(text, ctx.country_hits, ctx.city_hits))

    def series(name: str) -> str | None:
        return (fallback(name) if fallback else None) or tagger.series_of(name)

    extra, replaced = [], []
    proposals = tagger.propose(text, folded, start, end, known, [(m.start, m.end) for m in found])
    if not proposals:
        return found            # most sentences: nothing more to read
    # A list's head noun phrase ("Hội nghị Bộ trưởng Ngoại giao ASEAN với các đối tác gồm") names the list the
    # rules read item by item, not one more meeting.
    heads = [(h.start(), h.end()) for h in rules._LIST_INTRO.finditer(folded, start, end)]
    for p in proposals:
        if any(a < p.end and p.start < b for a, b in heads):
            continue
        # A rule-found name overlapping the stretch wins, unless it is a bare acronym inside it: "Thượng đỉnh
        # Đông Á (EAS)" is the fuller name of what the rules read only as "EAS".
        overlaps = [m for m in found if m.start < p.end and p.start < m.end]
        if any(not (m.acronym_only and p.start <= m.start and m.end <= p.end) for m in overlaps):
            continue
        # The name stops where the rules stop a name (a comma, a verb, a date): the tagger says where a name
        # starts and which words may open it, the rules what cannot be inside one.
        first = folded.find(" ", p.start, p.end)
        stop = min(p.end, rules._name_end(text, folded, ctx.lower, first, end)) if first > 0 else p.end
        m = rules._mention(text, folded, p.start, stop, acronym_only=False, fallback=series)
        if m is not None:
            m = rules._hosted_by_partner(text, m, start, end)  # "Ngoại trưởng Rice có cuộc gặp ... với các Ngoại trưởng ASEAN"
        if m is not None and m.series in PARTNER_SERIES and m.partner is None:
            # A series given by the classifier: the partner is read from the name, and a partner meeting
            # without one names no specific meeting.
            partner = partner_of(canonical(m.name))
            m = replace(m, partner=partner) if partner else None
        if m is None or m.series.startswith("bilateral") or any(m.end < a.end for a in overlaps):
            continue
        extra.append(m)
        replaced += overlaps
    if not extra:
        return found
    return sorted([m for m in found if m not in replaced] + extra, key=lambda m: m.start)
