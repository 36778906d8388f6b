"""Near-duplicate signatures made at ingest and stored with each article version: equal to those made from the
text, read back by the rebuild, and a store without them (made before migration 13, or with rows deleted) gives
the same duplicate groups. The articles are written here from templates (never corpus text)."""
from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

from summitgraph.ingest.runner import Piece, ProcessPoolMapper, Reporter, process_batch, run_ingest
from summitgraph.kb.build.dedup import DEFAULT_THRESHOLD, DuplicateFinder, StoredSignatures, duplicate_groups
from summitgraph.kb.build.sources import load
from summitgraph.store import open_store
from summitgraph.text.minhash import MIN_SHINGLES, NO_SIGNATURE, NUM_PERM, SCHEME, shingles, signature, unpack

CITIES = ("Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Vinh", "Quy Nhơn", "Đà Lạt")
TOPICS = ("kinh tế số", "an ninh lương thực", "biến đổi khí hậu", "y tế công cộng", "giáo dục nghề nghiệp",
          "năng lượng tái tạo", "du lịch bền vững", "chuyển đổi xanh", "an ninh mạng", "logistics khu vực")
PEOPLE = ("Nguyễn Văn Thành", "Trần Quốc Bảo", "Lê Minh Khôi", "Phạm Thu Hằng", "Đỗ Hữu Nghĩa", "Vũ Thị Lan")
WORDS = ("hợp tác", "phát triển", "khu vực", "đối tác", "thúc đẩy", "cam kết", "tăng cường", "kết nối", "chiến lược",
         "đầu tư", "thương mại", "bền vững", "ổn định", "hòa bình", "đối thoại", "sáng kiến", "chương trình",
         "nguồn lực", "thể chế", "minh bạch", "hiệu quả", "thích ứng", "đổi mới", "hội nhập", "chuỗi cung ứng")


def story(i: int) -> str:
    """A story of its own: a meeting on one topic in one city, with sentences drawn from a seeded generator,
    so two stories share few 5-word runs."""
    rng = random.Random(i)
    city, topic, person = CITIES[i % len(CITIES)], TOPICS[i % len(TOPICS)], PEOPLE[i % len(PEOPLE)]
    lines = [f"Ngày {1 + i % 27}/{1 + i % 12}/{2001 + i % 23}, tại {city}, Bộ trưởng {person} chủ trì hội thảo "
             f"về {topic} với đại diện các nước ASEAN."]
    for _ in range(6):
        lines.append(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + ".")
    lines.append(f"Các bên nhất trí tiếp tục trao đổi về {topic} trong thời gian tới.")
    return "\n\n".join(lines) + "\n"


def wire_copy(text: str, outlet: str) -> str:
    """The same story as another outlet prints it: its own header line and a footer."""
    return f"({outlet}) - " + text + f"\nNguồn: {outlet}.\n"


def corpus_texts() -> dict[str, str]:
    """Stories printed once, stories copied by several outlets, a trimmed copy, and a short brief."""
    texts = {f"rieng-{i:02d}.txt": story(i) for i in range(12)}
    for i in (100, 101, 102):
        for outlet in ("TTXVN", "VOV", "Nhân Dân"):
            texts[f"ban-{i}-{outlet[:3].lower()}.txt"] = wire_copy(story(i), outlet)
    trimmed = story(100).split("\n\n")
    texts["ban-100-rut-gon.txt"] = "\n\n".join(trimmed[:-2]) + "\n"   # a copy that lost its last paragraphs
    texts["tin-ngan.txt"] = "Hội nghị bế mạc chiều nay.\n"              # too short to compare
    return texts


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def datasketch_signature(text: str) -> list[int] | None:
    """What dedup computed before signatures were stored: a MinHash of the shingles, CRC-32, datasketch's seed."""
    from datasketch import MinHash

    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)
    minhash.update_batch(list(found))
    return [int(v) for v in minhash.hashvalues]


def datasketch_groups(texts: dict[str, str], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """The groups as dedup found them before this change: datasketch's MinHashLSH, each candidate confirmed by
    the signatures' estimate, pairs joined into groups named by their first key."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    parent = {key: key for key in texts}

    def find(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for key in sorted(texts):
        values = datasketch_signature(texts[key])
        if values is None:
            continue
        minhash = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)
        minhash.update_batch(list(shingles(texts[key])))
        for other in lsh.query(minhash):
            if minhash.jaccard(hashes[other]) >= threshold:
                a, b = find(key), find(other)
                parent[max(a, b)] = min(a, b)
        lsh.insert(key, minhash)
        hashes[key] = minhash
    roots: dict[str, list[str]] = {}
    for key in texts:
        roots.setdefault(find(key), []).append(key)
    return {key: min(members) for members in roots.values() for key in members}


def stored_signatures(url: str) -> dict[str, tuple[str, bytes]]:
    """Article key -> (scheme, packed signature) of each current version that has one."""
    with open_store(url) as store, store.session() as db:
        rows = db.query("SELECT a.key, s.scheme, s.signature FROM article_signatures AS s "
                        "JOIN articles AS a ON a.id = s.article_id WHERE a.superseded_by IS NULL")
    return {row["key"]: (row["scheme"], bytes(row["signature"])) for row in rows}


def ingest(url: str, folder: Path, **options) -> None:
    failures: list[str] = []
    with open_store(url) as store:
        run_ingest([str(folder)], store, reporter=Reporter(failure=failures.append), **options)
    assert failures == []


def groups_of(url: str) -> dict[str, str]:
    with open_store(url) as store:
        return {key: info.group for key, info in load(store).articles.items()}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return corpus_texts()


# --- the signature itself -----------------------------------------------------------------------------------

def test_a_packed_signature_holds_the_values_datasketch_computes(texts):
    unusual = [
        "Đoàn đại biểu thăm Viêng Chăn và Phnôm Pênh; phát biểu tại ສະພາແຫ່ງຊາດ ລາວ và ព្រះរាជាណាចក្រ កម្ពុជា "
        "trong khuôn khổ hợp tác tiểu vùng Mê Công mở rộng năm nay.",   # words that stay non-ASCII when folded
        "Xin chào các bạn thân mến. " * 40,                           # many words, fewer than 8 distinct shingles
        "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai",  # just enough words
        "Ngắn gọn thôi.",
    ]
    for text in [*texts.values(), *unusual]:
        packed = signature(text)
        expected = datasketch_signature(text)
        if expected is None:
            assert packed == NO_SIGNATURE
        else:
            assert len(packed) == 4 * NUM_PERM and unpack(packed).tolist() == expected


def test_the_permutations_are_datasketchs_without_importing_it():
    from summitgraph.text.minhash import empty_minhash, permutations

    a, b = permutations()
    assert (a == empty_minhash().permutations[0]).all() and (b == empty_minhash().permutations[1]).all()


def test_an_ingest_worker_makes_signatures_without_loading_datasketch():
    import subprocess
    import sys

    probe = ("import sys; from summitgraph.text.minhash import signature; "
             "signature('Các bộ trưởng nhất trí tăng cường hợp tác kinh tế số trong khu vực năm nay.'); "
             "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_corpus_has_copies_a_trimmed_copy_and_distinct_stories(texts):
    groups = datasketch_groups(texts)
    sizes = sorted(sum(1 for g in groups.values() if g == root) for root in set(groups.values()))
    # 12 stories printed once, the short brief, two stories in three outlets, one in three plus a trimmed copy.
    assert sizes == [1] * 13 + [3, 3, 4]


def test_the_finder_groups_exactly_as_datasketch_lsh_did(texts):
    assert duplicate_groups(texts) == datasketch_groups(texts)
    for threshold in (0.5, 0.9):
        assert duplicate_groups(texts, threshold) == datasketch_groups(texts, threshold)


def test_given_signatures_and_texts_give_the_same_groups_in_any_order(texts):
    keys = sorted(texts)
    from_text, given = DuplicateFinder(), DuplicateFinder()
    for key in keys:
        from_text.add(key, texts[key])
    for key in reversed(keys):
        given.add(key, "", signature(texts[key]))   # the text is not read when the signature is given
    assert from_text.groups() == given.groups() == datasketch_groups(texts)


def test_a_group_grows_through_a_chain_of_copies():
    """a ~ b and b ~ c join a, b and c even when a and c alone would be too far apart."""
    base = story(7).split("\n\n")
    a = "\n\n".join(base[:7]) + "\n"
    b = "\n\n".join(base[1:8]) + "\n"
    c = "\n\n".join(base[2:] + ["Hai bên " + " ".join(WORDS[:14]) + "."]) + "\n"
    texts = {"a.txt": a, "b.txt": b, "c.txt": c}
    expected = datasketch_groups(texts)
    assert duplicate_groups(texts) == expected
    assert len(set(expected.values())) < 3   # the chain joins something, or the test shows nothing


# --- stored at ingest, read by the rebuild ------------------------------------------------------------------

def test_ingest_stores_each_articles_signature_as_dedup_computes_it(texts, store_url, tmp_path):
    ingest(store_url, write_corpus(tmp_path / "corpus", texts))
    stored = stored_signatures(store_url)
    assert sorted(stored) == sorted(texts)
    with open_store(store_url) as store:
        for key in texts:
            scheme, packed = stored[key]
            assert scheme == SCHEME
            assert packed == signature(store.get_article(key).article.text)
    assert stored["tin-ngan.txt"][1] == NO_SIGNATURE


def test_a_rebuild_reads_stored_signatures_and_hashes_no_text(texts, store_url, tmp_path, monkeypatch):
    ingest(store_url, write_corpus(tmp_path / "corpus", texts))
    from summitgraph.text import minhash

    def no_hashing(text: str) -> bytes:
        raise AssertionError("a signature was computed although the store holds it")

    monkeypatch.setattr(minhash, "signature", no_hashing)
    assert groups_of(store_url) == datasketch_groups(texts)


def test_a_store_without_signatures_gives_the_same_groups_and_gets_them_back(texts, store_url, tmp_path):
    ingest(store_url, write_corpus(tmp_path / "corpus", texts))
    with_signatures = groups_of(store_url)
    written = stored_signatures(store_url)
    with open_store(store_url) as store, store.session() as db:
        db.execute("DELETE FROM article_signatures")    # a store made before migration 13
    assert groups_of(store_url) == with_signatures == datasketch_groups(texts)
    assert stored_signatures(store_url) == written     # the rebuild stored what it had to compute


def test_signatures_of_another_scheme_are_computed_again(texts, store_url, tmp_path):
    ingest(store_url, write_corpus(tmp_path / "corpus", texts))
    with open_store(store_url) as store, store.session() as db:
        db.execute("UPDATE article_signatures SET scheme = ?, signature = ?", ("minhash-v0", b"\x00" * 4 * NUM_PERM))
    assert groups_of(store_url) == datasketch_groups(texts)


def test_only_missing_signatures_are_computed(texts, store_url, tmp_path):
    ingest(store_url, write_corpus(tmp_path / "corpus", texts))
    with open_store(store_url) as store:
        with store.session() as db:
            db.execute("DELETE FROM article_signatures WHERE article_id IN "
                       "(SELECT id FROM articles WHERE key LIKE ?)", ("ban-101%",))
        signatures = StoredSignatures(store, page=4)     # small pages: the paging is exercised too
        for stored in store.iter_articles():
            assert signatures.of(stored.pk, stored.article.text) == signature(stored.article.text)
        signatures.flush()
        assert (signatures.read, signatures.made) == (len(texts) - 3, 3)


def test_a_new_version_gets_its_own_signature(texts, store_url, tmp_path):
    folder = write_corpus(tmp_path / "corpus", texts)
    ingest(store_url, folder)
    changed = story(55)
    (folder / "rieng-03.txt").write_text(changed, encoding="utf-8")
    ingest(store_url, folder)
    assert stored_signatures(store_url)["rieng-03.txt"][1] == signature(changed)
    with open_store(store_url) as store, store.session() as db:
        assert int(db.scalar("SELECT COUNT(*) AS n FROM article_signatures")) == len(texts) + 1


def test_deleting_an_article_deletes_its_signatures(texts, store_url, tmp_path):
    ingest(store_url, write_corpus(tmp_path / "corpus", texts))
    with open_store(store_url) as store:
        store.delete_article("rieng-00.txt")
    assert "rieng-00.txt" not in stored_signatures(store_url)
    assert len(stored_signatures(store_url)) == len(texts) - 1


# --- every worker makes them ----------------------------------------------------------------------------------

def test_a_worker_returns_the_signature_with_the_reading(texts):
    text = texts["ban-102-vov.txt"]
    result = process_batch([Piece("ban.txt", "txt", data=text.encode("utf-8"))], frozenset()).results[0]
    assert result.signature == signature(result.article.text) != NO_SIGNATURE


def test_a_process_pool_stores_the_same_signatures(texts, tmp_path):
    folder = write_corpus(tmp_path / "corpus", texts)
    one, pool = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'pool.db'}"
    ingest(one, folder)
    ingest(pool, folder, mapper=ProcessPoolMapper(2), batch_size=3)
    assert stored_signatures(pool) == stored_signatures(one)
