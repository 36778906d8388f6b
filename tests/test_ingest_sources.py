"""summitgraph.ingest readers: files, folders, stdin, JSONL lines, HTML pages, the bundled examples, the corpus."""
from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summitgraph
from summitgraph.errors import InputError, UnsupportedFormatError
from summitgraph.ingest import article_from_text, text_hash, iter_bytes, read_bytes, read_path
from summitgraph.ingest.legacy import encode_tcvn3, encode_vni
from summitgraph.ingest.sources import stdin_format
from summitgraph.model import Article
from summitgraph.text.normalize import normalize
from conftest import CORPUS_FOLDERS

EXAMPLES = Path(summitgraph.__file__).parent / "examples"


def articles(items: list[Article | InputError]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def errors(items: list[Article | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def test_txt_file(fixtures_dir: Path) -> None:
    [article] = list(read_path(fixtures_dir / "ingest" / "body_only.txt"))
    assert article.id == "body_only.txt"
    assert article.fmt == "txt"
    assert article.title == "Lào chuẩn bị cho năm Chủ tịch ASEAN"
    assert article.text.startswith(article.title + "\n")
    assert article.body_start == len(article.title)
    assert article.quality == []


def test_jsonl_lines_go_on_past_broken_ones(fixtures_dir: Path) -> None:
    source = fixtures_dir / "ingest" / "articles.jsonl"
    items = list(read_path(source))
    good = articles(items)
    assert [a.id for a in good] == ["kh-2022-01", "articles.jsonl:6"]
    first = good[0]
    assert (first.published, first.published_time) == ("2021-10-28", "20:05")
    assert first.url == "https://vi.example.org/a/1"
    assert first.title == "Campuchia nhận chuyển giao vai trò Chủ tịch ASEAN"
    assert first.source == f"{source}:1"
    assert good[1].text.startswith("Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN khai mạc\nSáng 17/2")
    problems = [e.one_line() for e in errors(items)]
    assert problems == [
        f"{source}:2: invalid JSON (Expecting ',' delimiter at column 84)",
        f"{source}:4: expected a JSON object, got list",
        f'{source}:5: no "text" or "html" field with content',
    ]


def test_read_bytes_collects_line_errors_or_raises(fixtures_dir: Path) -> None:
    data = (fixtures_dir / "ingest" / "articles.jsonl").read_bytes()
    problems: list[InputError] = []
    good = read_bytes(data, "upload.jsonl", errors=problems)
    assert len(good) == 2 and len(problems) == 3
    assert problems[0].source == "upload.jsonl:2"
    with pytest.raises(InputError, match="upload.jsonl:2: invalid JSON"):
        read_bytes(data, "upload.jsonl")
    with pytest.raises(InputError, match="binary file \\(PDF\\)"):
        read_bytes(b"%PDF-1.4", "scan.txt", errors=problems)


def test_read_bytes_format_by_suffix_or_argument() -> None:
    text = "Tiêu đề thử\nNội dung bài viết về Hội nghị Cấp cao ASEAN được tổ chức tại Hà Nội.".encode()
    assert read_bytes(text, "a.txt")[0].title == "Tiêu đề thử"
    assert read_bytes(text, "upload", fmt="txt")[0].title == "Tiêu đề thử"
    with pytest.raises(UnsupportedFormatError, match="unsupported file type '.docx'"):
        read_bytes(text, "bai.docx")


def test_html_page(fixtures_dir: Path) -> None:
    [article] = list(read_path(fixtures_dir / "ingest" / "page.html"))
    assert article.fmt == "html"
    assert article.title == "Thái Lan tiếp nhận vai trò Chủ tịch ASEAN 2019"
    assert (article.published, article.published_time) == ("2018-11-15", "19:20")
    assert article.author == "Quốc Việt"
    assert article.outlet == "Báo Mẫu"
    lines = article.text.split("\n")
    assert lines[1].startswith("Singapore đã trao búa chủ tọa")  # the lead trafilatura leaves out
    assert lines[-1].startswith("Các nhà lãnh đạo ASEAN đánh giá cao")
    for furniture in ("Trang chủ", "Tin cùng chuyên mục", "Bản quyền", "Tác giả"):
        assert furniture not in article.text
    assert article.original.startswith(article.title + "\n")


def test_html_without_text_is_an_error() -> None:
    page = b"<html><head><title>Trang</title></head><body><script>var x = 1;</script></body></html>"
    [item] = list(iter_bytes(page, "empty.html"))
    assert isinstance(item, InputError)
    assert item.one_line() == "empty.html: no article text found in the HTML"


def test_folder_is_read_recursively_sorted_without_hidden_files(tmp_path: Path, fixtures_dir: Path) -> None:
    body = (fixtures_dir / "ingest" / "body_only.txt").read_bytes()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_bytes(body)
    (tmp_path / "a.txt").write_bytes(body)
    (tmp_path / "c.htm").write_bytes((fixtures_dir / "ingest" / "page.html").read_bytes())
    (tmp_path / ".hidden.txt").write_bytes(body)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_bytes(body)
    (tmp_path / "notes.tsv").write_text("ignored\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    os.symlink(tmp_path, tmp_path / "b" / "loop")  # a symlink loop ends
    items = list(read_path(tmp_path))
    assert [a.source for a in articles(items)] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), str(tmp_path / "c.htm")]
    assert [e.one_line() for e in errors(items)] == [f"{tmp_path / 'empty.txt'}: empty file"]


def test_missing_path_and_unsupported_file(tmp_path: Path) -> None:
    [missing] = list(read_path(tmp_path / "nope.txt"))
    assert missing.one_line() == f"{tmp_path / 'nope.txt'}: no such file or directory"
    (tmp_path / "bai.pdf").write_bytes(b"%PDF-1.4")
    [unsupported] = list(read_path(tmp_path / "bai.pdf"))
    assert isinstance(unsupported, UnsupportedFormatError)
    assert "use .txt, .html/.htm, .jsonl or a feed (.rss, .atom, .xml)" in unsupported.one_line()


def test_stdin_txt_and_jsonl() -> None:
    text = "Tin ngắn\nHội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 diễn ra trực tuyến ngày 26/8/2020.\n"
    [article] = list(read_path("-", stdin=io.BytesIO(text.encode())))
    assert article.id == "stdin" and article.title == "Tin ngắn"
    lines = "\n".join(json.dumps({"id": f"s{i}", "title": f"Tin {i}", "text": text}, ensure_ascii=False)
                      for i in range(3))
    items = list(read_path("-", stdin=io.BytesIO(("\ufeff" + lines).encode())))
    assert [a.id for a in articles(items)] == ["s0", "s1", "s2"]


@pytest.mark.parametrize("head, fmt", [
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- feed --><rss version="2.0">', "feed"),
    (b"\xef\xbb\xbf<feed xmlns=\"http://www.w3.org/2005/Atom\">", "feed"),
    (b"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", "feed"),
    (b"<!DOCTYPE html><html lang=\"vi\">", "html"),
    (b"  <HTML><head>", "html"),
    (b'{"id": "a", "text": "x"}', "jsonl"),
    (b"Tin ngan\n<b>not a page</b>", "txt"),
])
def test_piped_input_is_told_by_how_it_begins(head: bytes, fmt: str) -> None:
    assert stdin_format(head) == fmt


def test_legacy_encoded_files_come_back_as_unicode(tmp_path: Path, fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "ingest" / "body_only.txt").read_text(encoding="utf-8")
    (tmp_path / "vni.txt").write_bytes(encode_vni(raw))
    (tmp_path / "tcvn3.txt").write_bytes(encode_tcvn3(raw.lower()))
    vni, tcvn3 = articles(list(read_path(tmp_path)))[::-1]
    assert vni.text == article_from_text(raw, "x.txt").text
    assert tcvn3.text == article_from_text(raw.lower(), "x.txt").text


def test_content_hash_ignores_furniture_encoding_and_tone_style(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "ingest" / "body_only.txt").read_text(encoding="utf-8")
    a = article_from_text(raw, "a.txt")
    b = article_from_text(raw.replace("\n", "\r\n") + "\nChia sẻ: Facebook | Zalo\n", "b.txt")
    assert text_hash(a) == text_hash(b)
    assert len(text_hash(a)) == 64
    assert text_hash(a) != text_hash(article_from_text(raw + "Thêm một câu.", "c.txt"))


def test_bundled_examples() -> None:
    items = list(read_path(EXAMPLES))
    assert errors(items) == []
    found = articles(items)
    assert len(found) == 6
    assert {a.fmt for a in found} == {"txt", "html", "jsonl"}
    for article in found:
        assert article.title and article.text.startswith(article.title + "\n")
        assert article.quality == []
        assert "ASEAN" in article.text
    by_id = {a.id: a for a in found}
    som = by_id["som-nha-trang-2020.txt"]
    assert (som.published, som.published_time, som.author) == ("2020-01-15", "16:05", "Minh Châu (TTXVN)")
    assert "Tin liên quan" not in som.text and "Chia sẻ" not in som.text
    assert by_id["tham-chinh-thuc-lao.html"].outlet == "Thời báo Đối ngoại"


# --- the shared corpus ---------------------------------------------------------------------------------
def test_every_corpus_file_ingests(shared_dir: Path) -> None:
    for folder in CORPUS_FOLDERS:
        files = sorted((shared_dir / "corpus" / folder).glob("*.txt"))
        items = list(read_path(shared_dir / "corpus" / folder))
        assert errors(items) == []
        found = articles(items)
        assert [a.id for a in found] == [f.name for f in files]
        for article in found:
            assert article.text.strip()
            for seg in article.offsets.segments[:50]:
                clean = article.text[seg.clean_start:seg.clean_start + seg.length]
                assert clean == article.original[seg.original_start:seg.original_start + seg.length] or \
                    len(clean) == seg.length  # equal-length normalisation (tone placement, NBSP)


@pytest.mark.parametrize("name", ["002_2035d0bf789d99ce.txt", "003_5de2610c0406106f.txt"])
def test_seed_furniture_is_gone_and_body_intact(shared_dir: Path, name: str) -> None:
    path = shared_dir / "corpus" / "dev" / name
    [article] = list(read_path(path))
    original = normalize(path.read_text(encoding="utf-8"))
    original_lines = [line.strip() for line in original.split("\n") if line.strip()]
    kept = article.text.split("\n")
    last = kept[-1]
    assert last.endswith(".") and len(last.split()) > 20  # a body sentence, not a headline or a share bar
    assert last in original_lines
    assert original_lines.index(last) < len(original_lines) - 3  # the furniture after it is gone
    for marker in ("Đọc thêm", "Bài viết cùng chủ đề", "Chia sẻ", "Theo dõi", "(Ảnh:", "Ảnh: TTXVN",
                   "Chú thích ảnh", "xổ số", "Tử vi", "soi kèo", "Phiên bản di động", "TTXVN/Báo Tin tức"):
        assert marker not in article.text
    assert article.text.count(article.title) == 1
    body_lines = [line for line in kept[1:]]
    assert len(body_lines) >= 10 and all(line in "\n".join(original_lines) for line in body_lines)
    assert len(article.removed) > 5


def test_seed_metadata(shared_dir: Path) -> None:
    [seed4] = list(read_path(shared_dir / "corpus" / "dev" / "004_4fb207f415a739d8.txt"))
    assert (seed4.published, seed4.published_time) == ("2020-01-16", "14:27")
    [seed2] = list(read_path(shared_dir / "corpus" / "dev" / "002_2035d0bf789d99ce.txt"))
    assert seed2.author is not None and seed2.author not in seed2.text.split("\n")


def test_copy_of_corpus_folder_reads_the_same(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "corpus" / "dev" / "004_4fb207f415a739d8.txt"
    shutil.copy(source, tmp_path / source.name)
    [copied] = list(read_path(tmp_path))
    [direct] = list(read_path(source))
    assert copied.text == direct.text and text_hash(copied) == text_hash(direct)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace"))),
       st.sampled_from(["a.txt", "a.html", "a.jsonl"]))
def test_any_bytes_give_articles_or_one_line_errors(data: bytes, name: str) -> None:
    for item in iter_bytes(data, name):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert "\n" not in item.one_line() and item.one_line().startswith(name)
