"""Atom 1.0 (RFC 4287) feeds of meeting changes, built with ElementTree so the XML is always well formed."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import quote

from summitgraph.monitor.changes import Change

ATOM_NS = "http://www.w3.org/2005/Atom"
FIELD_LABELS = {
    "name": "name", "ordinal": "number", "partner": "partner", "start_date": "start", "end_date": "end",
    "city": "city", "country": "host country", "format": "format", "chair": "chair", "status": "status",
    "series": "series", "people": "people", "documents": "documents",
}
EPOCH = "1970-01-01T00:00:00+00:00"


def atom_feed(changes: list[Change], *, title: str, feed_path: str, base_url: str) -> bytes:
    """The changes (newest first) as an Atom document. ``base_url``: the server's root, for absolute links."""
    ET.register_namespace("", ATOM_NS)
    base = base_url.rstrip("/")
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", f"{base}{feed_path}")
    _text(feed, "updated", changes[0].at if changes else EPOCH)
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel="self", href=f"{base}{feed_path}",
                  type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel="alternate", href=f"{base}/", type="text/html")
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    _text(author, "name", "summitgraph")
    _text(feed, "generator", "summitgraph")
    for change in changes:
        entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        prefix = "New meeting" if change.kind == "new" else "Meeting changed"
        _text(entry, "title", f"{prefix}: {change.name}")
        _text(entry, "id", f"{base}/feeds/changes/{change.id}")
        _text(entry, "updated", change.at)
        ET.SubElement(entry, f"{{{ATOM_NS}}}link", rel="alternate", type="text/html",
                      href=f"{base}/meetings/{quote(change.meeting_key, safe='')}")
        if change.series:
            ET.SubElement(entry, f"{{{ATOM_NS}}}category", term=change.series, label="series")
        if change.country:
            ET.SubElement(entry, f"{{{ATOM_NS}}}category", term=change.country, label="country")
        summary = ET.SubElement(entry, f"{{{ATOM_NS}}}summary", type="text")
        summary.text = describe(change)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def describe(change: Change) -> str:
    """One line per changed fact: "city: Viêng Chăn" for a new meeting, "city: Hà Nội -> Viêng Chăn" else."""
    lines = []
    for name, (before, after) in change.changes.items():
        label = FIELD_LABELS.get(name, name)
        if change.kind == "new":
            lines.append(f"{label}: {_show(after)}")
        else:
            lines.append(f"{label}: {_show(before)} -> {_show(after)}")
    return "\n".join(lines)


def _show(value: object) -> str:
    if value is None or value == []:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}").text = value
