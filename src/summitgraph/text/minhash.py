"""A text's MinHash signature: what near-duplicate detection compares, computed once per article version.

The folded body becomes a set of word 5-grams (shingles); each is hashed with CRC-32 and 128 random
permutations keep their minimum. The signature is packed as 128 little-endian uint32 (512 bytes), so ingest
workers can compute it beside extraction and the store can keep it: a rebuild then reads signatures instead of
hashing every text again. ``SCHEME`` names everything the values depend on; a signature stored under another
scheme is computed again.
"""
from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING

from summitgraph.text.normalize import fold

if TYPE_CHECKING:  # datasketch (with scipy) costs a third of a second: imported where a signature is first made
    import numpy as np
    from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 128
# Below this many shingles a text is too short for its similarity to mean anything: it gets no signature.
MIN_SHINGLES = 8
# Bumped by hand when the fold, the shingles or the hashing change in a way the numbers above do not show.
SIGNATURE_VERSION = 1
SCHEME = f"minhash-v{SIGNATURE_VERSION}-w{SHINGLE_WORDS}-p{NUM_PERM}-min{MIN_SHINGLES}-crc32-affine32-seed1"
# The packed form of "too short to compare": stored, so such a text is not shingled again either.
NO_SIGNATURE = b""

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(fold(text))
    if len(words) < SHINGLE_WORDS:
        return set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


@lru_cache(maxsize=1)
def empty_minhash() -> MinHash:
    """A signature of nothing, copied for each text: its random permutations are drawn once (from MinHash's
    fixed seed, the same in every process), not once per text. Shingles are hashed with CRC-32, in C: sha1
    per shingle cost more than all the rest of a signature."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, scheme="affine32")


def minhash_of(text: str) -> MinHash | None:
    """The text's MinHash, or None when it has fewer than MIN_SHINGLES shingles."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    minhash = empty_minhash().copy()
    minhash.update_batch(list(found))
    return minhash


def signature(text: str) -> bytes:
    """The text's packed signature; NO_SIGNATURE when it is too short to compare."""
    minhash = minhash_of(text)
    return NO_SIGNATURE if minhash is None else pack(minhash.hashvalues)


def pack(hashvalues: np.ndarray) -> bytes:
    import numpy as np

    return np.asarray(hashvalues, dtype="<u4").tobytes()


def unpack(packed: bytes) -> np.ndarray:
    """The hash values of a packed signature, as the uint32 array a MinHash of this scheme holds."""
    import numpy as np

    if len(packed) != 4 * NUM_PERM:
        raise ValueError(f"a packed signature has {4 * NUM_PERM} bytes, got {len(packed)}")
    return np.frombuffer(packed, dtype="<u4").astype(np.uint32)
