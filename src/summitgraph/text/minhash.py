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
from itertools import accumulate
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
    """The text's MinHash as datasketch makes it, or None when it has fewer than MIN_SHINGLES shingles (the
    reference ``signature`` is tested against)."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    minhash = empty_minhash().copy()
    minhash.update_batch(list(found))
    return minhash


def shingle_hashes(text: str) -> list[int]:
    """CRC-32 of each shingle, repeats included (a minimum does not care), hashed where it lies in the
    encoded text instead of joined word by word: the bytes are those ``shingles`` makes."""
    words = _WORD.findall(fold(text))
    if len(words) < SHINGLE_WORDS:
        return []
    joined = " ".join(words)
    if not joined.isascii():   # byte offsets are character offsets only in ASCII
        return [zlib.crc32(shingle) for shingle in shingles(text)]
    data = joined.encode("ascii")
    starts = list(accumulate((len(word) + 1 for word in words), initial=0))
    crc32 = zlib.crc32
    # Shingle i runs from the start of word i to the end of word i+4 (the start of word i+5, less its space).
    return [crc32(data[start:end - 1]) for start, end in zip(starts, starts[SHINGLE_WORDS:])]


def signature(text: str) -> bytes:
    """The text's packed signature; NO_SIGNATURE when it is too short to compare. The values are those
    datasketch's MinHash (scheme affine32) gives the shingles, computed here without its per-call overhead:
    the input hashes pre-mixed with MurmurHash3's finalizer, then a * h + b in uint32 per permutation."""
    import numpy as np

    hashes = shingle_hashes(text)
    if len(set(hashes)) < MIN_SHINGLES and len(shingles(text)) < MIN_SHINGLES:
        return NO_SIGNATURE    # (distinct hashes imply distinct shingles: the set is counted only when few)
    a, b = permutations()
    mixed = _fmix32(np.array(hashes, dtype=np.uint32)).reshape(-1, 1)
    return pack((mixed * a + b).min(axis=0))


@lru_cache(maxsize=1)
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch's affine32 permutations, drawn as it draws them from its seed (1), without
    importing it: datasketch brings scipy, 60 MB in every ingest worker for two arrays of numbers."""
    import numpy as np

    generator = np.random.RandomState(1)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, as datasketch pre-mixes input hashes (uint32 arithmetic wraps)."""
    import numpy as np

    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def pack(hashvalues: np.ndarray) -> bytes:
    import numpy as np

    return np.asarray(hashvalues, dtype="<u4").tobytes()


def unpack(packed: bytes) -> np.ndarray:
    """The hash values of a packed signature, as the uint32 array a MinHash of this scheme holds."""
    import numpy as np

    if len(packed) != 4 * NUM_PERM:
        raise ValueError(f"a packed signature has {4 * NUM_PERM} bytes, got {len(packed)}")
    return np.frombuffer(packed, dtype="<u4").astype(np.uint32)
