"""Features of a meeting's name for the series classifier: its folded words and word pairs, and the
kinds of registry names in it (an ASEAN partner, another country, a city)."""
from __future__ import annotations

import re

from summitgraph import registry
from summitgraph.extract.series import PARTNERS, canonical


def name_features(name: str) -> list[str]:
    words = re.findall(r"\w+\+?\d*|\+\d", canonical(name))
    feats = [f"w={w}" for w in words] + [f"b={a}_{b}" for a, b in zip(words, words[1:])]
    if words:
        feats.append(f"first={words[0]}")
    for hit in registry.find_countries(name):
        feats.append("g=partner" if hit.key in PARTNERS else "g=member" if hit.key in registry.member_codes()
                     else "g=country")
    if re.search(r"\b[A-Z]{2,}\b", name):
        feats.append("acronym")
    return sorted(set(feats))
