"""Human corrections on top of what the sources say.

A correction is stored apart from the facts (Store.add_correction), against the target's stable key
("asean-summit#33", "nguyen-xuan-phuc"), and applied whenever the knowledge base is built or read, so it
survives re-ingest and re-extraction. Applying is a pure function of a dossier and the correction log:
"set" replaces a field's value (the sources' value stays visible as ``previous``), "reject" with a field
drops that value (the next best candidate takes its place), "reject" without a field hides the record.
"""
from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from summitgraph.errors import SummitGraphError
from summitgraph.store.records import Correction
from summitgraph.kb.build.conflicts import value_key
from summitgraph.kb.dates import year_of, precision

MEETING_FIELDS = ("name", "ordinal", "partner", "parties", "start", "end", "city", "country", "format", "chair",
                  "status")
PERSON_FIELDS = ("name", "country")
FIELDS = {"meeting": MEETING_FIELDS, "person": PERSON_FIELDS}
_CODE_FIELDS = {"partner", "country", "chair"}
_CHOICES = {"format": ("online", "hybrid", "in_person"), "status": ("held", "planned", "cancelled")}


class CorrectionError(SummitGraphError):
    """A correction that cannot be applied as given."""


def check_target(kind: str, field: str | None) -> None:
    if kind not in FIELDS:
        raise CorrectionError(f"cannot correct a {kind!r}", hint="correct a meeting or a person")
    if field is not None and field not in FIELDS[kind]:
        raise CorrectionError(f"{kind} field {field!r} cannot be corrected",
                              hint=f"use one of: {', '.join(FIELDS[kind])}")


def coerce(kind: str, field: str, text: str | None) -> Any:
    """A value typed on the command line as the field's JSON value; an empty text clears the field."""
    check_target(kind, field)
    if text is None or not text.strip():
        return None
    text = text.strip()
    if field == "ordinal":
        if not text.isdigit():
            raise CorrectionError(f"ordinal {text!r} is not a whole number", hint="e.g. --value 33")
        return int(text)
    if field == "parties":
        return sorted(part.strip().upper() for part in text.replace(";", ",").split(",") if part.strip())
    if field in _CODE_FIELDS:
        return text.upper()
    if field in _CHOICES and text not in _CHOICES[field]:
        raise CorrectionError(f"{field} {text!r} is not known", hint=f"use one of: {', '.join(_CHOICES[field])}")
    if field in {"start", "end"} and precision(text) == 0:
        raise CorrectionError(f"{field} {text!r} is not a date", hint="use YYYY-MM-DD, YYYY-MM or YYYY")
    return text


MAX_ORDINAL = 1000
MAX_VALUE_CHARS = 500
MAX_PARTIES = 50
_REQUIRED_FIELDS = {"name"}   # every record has one: pages and the API show it


def check_value(kind: str, field: str | None, value: Any) -> Any:
    """The value a correction may store for ``field``, checked by type and range (the same rules for the CLI
    and the API): a whole number 1..1000 for an ordinal, a date text for start/end, one of the choices for
    format/status, a list of country codes for parties, a short text without control characters otherwise; None clears.
    Raises CorrectionError; nothing is stored on a refusal."""
    check_target(kind, field)
    if value is None and field in _REQUIRED_FIELDS:
        raise CorrectionError(f"a {kind}'s {field} cannot be cleared", hint="give the right one instead")
    if value is None or field is None:
        return value
    if field == "ordinal":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ORDINAL:
            raise CorrectionError(f"ordinal {_shown(value)} is not a whole number from 1 to {MAX_ORDINAL}",
                                  hint="e.g. 33")
        return value
    if field == "parties":
        if not isinstance(value, list) or len(value) > MAX_PARTIES:
            raise CorrectionError(f"parties {_shown(value)} is not a list of country codes", hint='e.g. ["VN", "TH"]')
        return sorted(_text(field, item, code=True) for item in value)
    text = _text(field, value, code=field in _CODE_FIELDS)
    if field in _CHOICES and text not in _CHOICES[field]:
        raise CorrectionError(f"{field} {_shown(text)} is not known", hint=f"use one of: {', '.join(_CHOICES[field])}")
    if field in {"start", "end"} and precision(text) == 0:
        raise CorrectionError(f"{field} {_shown(text)} is not a date", hint="use YYYY-MM-DD, YYYY-MM or YYYY")
    return text


def _text(field: str, value: Any, *, code: bool) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CorrectionError(f"{field} {_shown(value)} is not a text", hint=f"give the {field} as a string")
    text = value.strip()
    # Line breaks and tabs are text (exports quote them); other control characters, NUL and lone surrogates
    # are not, and no backend stores the last two.
    if len(text) > MAX_VALUE_CHARS or any((ord(ch) < 32 and ch not in "\n\t") or 0xD800 <= ord(ch) <= 0xDFFF
                                          or ord(ch) == 0x7F for ch in text):
        raise CorrectionError(f"{field} is not a text of at most {MAX_VALUE_CHARS} characters without control "
                              "characters")
    if code and not (len(text) <= 40 and all(ch.isalnum() or ch in "-_" for ch in text)):
        raise CorrectionError(f"{field} {_shown(text)} is not a code", hint="e.g. VN")
    return text.upper() if code else text


def _shown(value: Any) -> str:
    """A value in an error message: its repr, cut short, never a whole payload."""
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def apply(dossier: dict[str, Any], corrections: list[Correction]) -> dict[str, Any]:
    """The dossier with the corrections applied in the order they were made (a new dict). A withdrawn
    correction is listed but not applied; a stored correction that no longer passes check_value (stored
    before values were checked) is listed under "issues" and skipped, never fatal."""
    out = copy.deepcopy(dossier)
    log = []
    for correction in sorted(corrections, key=lambda c: c.id):
        entry = {"id": correction.id, "field": correction.field, "value": correction.value,
                 "action": correction.action, "author": correction.author, "at": correction.at,
                 "note": correction.note}
        if correction.withdrawn is not None:
            entry["withdrawn"] = correction.withdrawn
            log.append(entry)
            continue
        try:
            check_target(correction.target_kind, correction.field)
            if correction.action == "set" or correction.value is not None:
                correction = replace(correction, value=check_value(correction.target_kind, correction.field,
                                                                   correction.value))
        except CorrectionError as exc:
            entry["skipped"] = exc.one_line()
            out.setdefault("issues", []).append({"issue": "correction skipped",
                                                 "detail": f"correction {correction.id}: {exc.one_line()}"})
            log.append(entry)
            continue
        if correction.action == "reject" and correction.field is None:
            out["rejected"] = entry
        elif correction.action == "reject":
            _reject_value(out, correction, entry)
        else:
            _set_value(out, correction, entry)
        log.append(entry)
    out["corrections"] = log
    if "start" in out or "end" in out:
        out["year"] = year_of(out.get("start")) or year_of(out.get("end"))
    return out


def _fact(dossier: dict[str, Any], field: str) -> dict[str, Any]:
    facts = dossier.setdefault("facts", {})
    return facts.setdefault(field, {"value": dossier.get(field), "values": [], "conflict": False,
                                    "confidence": 0.0, "rule": None})


def _set_value(dossier: dict[str, Any], correction: Correction, entry: dict[str, Any]) -> None:
    field = correction.field or ""
    fact = _fact(dossier, field)
    entry["previous"] = dossier.get(field)
    fact["corrected"] = entry
    fact["value"] = correction.value
    fact["confidence"] = 1.0
    dossier[field] = correction.value
    if field == "name" and correction.value:
        dossier.setdefault("names", [])
        if correction.value not in dossier["names"]:
            dossier["names"].insert(0, correction.value)


def _reject_value(dossier: dict[str, Any], correction: Correction, entry: dict[str, Any]) -> None:
    field = correction.field or ""
    fact = _fact(dossier, field)
    rejected = correction.value if correction.value is not None else dossier.get(field)
    entry["value"] = rejected
    fact.setdefault("rejected", []).append(rejected)
    gone = {value_key(field, v) for v in fact["rejected"]}
    remaining = [c for c in fact.get("values", []) if value_key(field, c.get("value")) not in gone]
    if value_key(field, dossier.get(field)) in gone:
        dossier[field] = remaining[0]["value"] if remaining else None
        fact["value"] = dossier[field]
        fact["corrected"] = entry
