"""One resolved meeting from its cluster of mentions: every field merged with its sources, registry
inferences added beside them, the identity key chosen, and the keys of its mentions kept as aliases."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from summitgraph.kb.build.conflicts import CandidateSet
from summitgraph.kb.dates import year_of
from summitgraph.kb.build.display_name import display_name
from summitgraph.kb.build.infer import Inference, infer_meeting
from summitgraph.kb.keys import meeting_key, unique
from summitgraph.kb.types import Fact, Mention, SourceRef, Sourced

# Fields merged across sources; series (the block) and name (a display choice, not a claim) are handled apart.
MERGED_FIELDS = ("ordinal", "partner", "parties", "start", "end", "city", "country", "format", "chair", "status")


@dataclass
class MergedMeeting(Sourced):
    series: str
    mentions: list[Mention]
    facts: dict[str, Fact]
    names: list[str]                   # distinct names as written, most used first
    key: str = ""
    aliases: list[str] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)   # disagreements that are not one field's
    _name: tuple[tuple, str] | None = field(default=None, repr=False, compare=False)
    # The facts as encode_facts writes them, made once (or read as stored) while the facts stay as merged.
    _encoded: list[tuple] | None = field(default=None, repr=False, compare=False)

    def value(self, name: str) -> Any:
        if name == "series":
            return self.series
        fact = self.facts.get(name)
        return fact.value if fact else None

    @property
    def name(self) -> str:
        """The display name (kb.display_name); the names as written stay in ``names``. Remembered for the
        values it was made from: every dossier that lists this meeting shows it."""
        made_from = (len(self.mentions), self.value("partner"), tuple(self.value("parties") or ()))
        if self._name is None or self._name[0] != made_from:
            self._name = (made_from, display_name(self.mentions, self.series, self.value("partner"),
                                                  self.value("parties")))
        return self._name[1]

    @property
    def year(self) -> int | None:
        return year_of(self.value("start")) or year_of(self.value("end"))

    @property
    def conflicts(self) -> list[str]:
        return [name for name, fact in self.facts.items() if fact.conflict]

    def values(self) -> dict[str, Any]:
        return {"series": self.series, **{name: fact.value for name, fact in self.facts.items()}}

    def encoded_facts(self) -> list[tuple]:
        """As stored with the meeting's block when it was taken from there; else encoded now, and not kept: a
        full build holds every meeting until its dossiers are written, and their encodings were as large as
        their facts (the block's packed form and the fingerprint each ask once)."""
        return self._encoded if self._encoded is not None else encode_facts(self)

    def facts_encoded_as(self, encoded: list | None) -> None:
        """``encoded``: what encode_facts gives for the current facts (as stored with them)."""
        self._encoded = encoded


def source_of(mention: Mention) -> SourceRef:
    return SourceRef(mention.article, mention.position, mention.confidence, mention.group)


def encode_facts(meeting: MergedMeeting) -> list[tuple]:
    """The facts with each source that is one of the meeting's mentions named by its index (a source is made
    from its mention: source_of), the others written out: what a meeting block stores, and all a meeting's
    facts say given its mentions (the fingerprint of its dossier takes them so, not as long dossier JSON)."""
    index = {source_of(m): i for i, m in enumerate(meeting.mentions)}
    return [(name, fact.field, fact.value, fact.confidence, fact.conflict, fact.rule,
             [(c.value, [index.get(s, _encode_source(s)) for s in c.sources], c.rule, c.reference, c.agrees)
              for c in fact.candidates])
            for name, fact in meeting.facts.items()]


def _encode_source(source: SourceRef) -> list:
    """A source that is none of the meeting's mentions, written out (a list, where a mention's is its index)."""
    return [source.article, source.position, source.confidence, source.group]


def merge_cluster(cluster: list[Mention]) -> MergedMeeting:
    series = str(cluster[0].record.get("series"))
    sets = {name: CandidateSet(name) for name in MERGED_FIELDS}
    for mention in cluster:
        source = source_of(mention)
        for name in MERGED_FIELDS:
            value = mention.value(name)
            rule = mention.rule_of(name)
            sets[name].add(value, source, rule=rule)
    stated = MergedMeeting(series=series, mentions=cluster, facts={n: s.merge() for n, s in sets.items()},
                           names=_names(cluster))
    apply_inferences(stated, sets, infer_meeting(stated.values()))
    return stated


def apply_inferences(meeting: MergedMeeting, sets: dict[str, CandidateSet], found: list[Inference]) -> None:
    """Add registry inferences as candidates and merge the fields they touch again."""
    touched = set()
    for inference in found:
        sets[inference.field].add(inference.value, rule=inference.rule, reference=inference.reference)
        touched.add(inference.field)
    for name in touched:
        meeting.facts[name] = sets[name].merge()
    if touched:
        meeting.facts_encoded_as(None)


def remerge(meeting: MergedMeeting, found: list[Inference]) -> None:
    """Inferences found after the first merge (from other meetings: the preparatory chain)."""
    sets = {name: CandidateSet(name) for name in MERGED_FIELDS}
    for name, fact in meeting.facts.items():
        for candidate in fact.candidates:
            for source in candidate.sources or [None]:
                sets[name].add(candidate.value, source, rule=candidate.rule, reference=candidate.reference)
    apply_inferences(meeting, sets, found)


def _names(cluster: list[Mention]) -> list[str]:
    counts = Counter(str(m.record.get("name") or "").strip() for m in cluster)
    counts.pop("", None)
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))]


def own_key(mention: Mention) -> str:
    """The key a mention would have on its own: kept as an alias of the meeting it joined."""
    r = mention.record
    return meeting_key(str(r.get("series")), r.get("ordinal"), r.get("partner"), r.get("parties"),
                       mention.value("start"), r.get("city"), fallback=mention.ref)


def assign_keys(meetings: list[MergedMeeting]) -> None:
    """Each meeting's identity key (unique across the batch) and its aliases."""
    wanted = [meeting_key(m.series, m.value("ordinal"), m.value("partner"), m.value("parties"), m.value("start"),
                          m.value("city"), fallback=m.mentions[0].ref) for m in meetings]
    order = sorted(range(len(meetings)), key=lambda i: (wanted[i], meetings[i].mentions[0].ref))
    keys = unique(wanted[i] for i in order)
    for i, key in zip(order, keys):
        meetings[i].key = key
    for meeting in meetings:
        meeting.aliases = sorted({own_key(m) for m in meeting.mentions} - {meeting.key})
