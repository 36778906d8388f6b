"""Human corrections on top of what the sources say.

A correction is stored apart from the facts (Store.add_correction), against the target's stable key
("asean-summit#33", "nguyen-xuan-phuc"), and applied whenever the knowledge base is built or read, so it
survives re-ingest and re-extraction. Applying is a pure function of a dossier and the correction log:
"set" replaces a field's value (the sources' value stays visible as ``previous``), "reject" with a field
drops that value (the next best candidate takes its place), "reject" without a field hides the record.
"""
from __future__ import annotations

import copy
from typing import Any

from ..errors import SummitGraphError
from ..store.records import Correction
from .conflicts import value_key
from .dates import year_of, precision

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


def apply(dossier: dict[str, Any], corrections: list[Correction]) -> dict[str, Any]:
    """The dossier with the corrections applied in the order they were made (a new dict)."""
    out = copy.deepcopy(dossier)
    log = []
    for correction in sorted(corrections, key=lambda c: c.id):
        entry = {"id": correction.id, "field": correction.field, "value": correction.value,
                 "action": correction.action, "author": correction.author, "at": correction.at,
                 "note": correction.note}
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
