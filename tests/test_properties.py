"""Properties over generated text: the date grammar, cleaning, sentences and the extractors never raise,
every span lies inside the text it points into, and what `summitgraph extract` prints survives JSON.

The text is built from pieces of the kind news articles are made of (dates, titles, names, meeting
names, numbers, punctuation) mixed with arbitrary characters, so the generators reach the extractors'
real paths as well as their edges. Examples are bounded so the file runs in well under a minute."""
from __future__ import annotations

import json
import unicodedata
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitgraph.errors import InputError
from summitgraph.extract.dates import find_dates, iso, parse_published, resolve
from summitgraph.extract.pipeline import read_article, reading_to_json
from summitgraph.ingest import article_from_text, clean, iter_bytes
from summitgraph.ingest.decode import decode_bytes, repair_mojibake
from summitgraph.ingest.legacy import encode_cp1258, encode_tcvn3, encode_vni
from summitgraph.model import Article
from summitgraph.store.serialize import reading_records
from summitgraph.text.sentences import MAX_SENTENCE_CHARS, split_sentences

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True, database=None)

DATE_PIECES = [
    "ngày", "mùng", "tháng", "năm", "từ", "đến", "tới", "-", "–", "/", ".", " ", "vừa qua", "này", "tới đây",
    "sáng", "chiều", "tối", "hôm nay", "hôm qua", "ngày mai", "tuần trước", "tháng sau", "năm ngoái", "năm nay",
    "thứ Hai", "thứ Sáu", "Chủ nhật", "đầu", "giữa", "cuối", "quý", "I", "IV", "hồi", "Giêng", "Tư", "Chạp",
    "1", "9", "12", "29", "30", "31", "0", "00", "13", "2", "2019", "2020", "1999", "2100", "99999999999",
]
NEWS_PIECES = [
    "Hội nghị Cấp cao ASEAN lần thứ 37", "Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM)", "SOM ASEAN", "ASEAN+3",
    "Hội nghị Cấp cao Đông Á", "ASEAN - Trung Quốc", "Diễn đàn Khu vực ASEAN", "Hội nghị hẹp", "trực tuyến",
    "tại Hà Nội", "ở Đà Nẵng", "tại Viêng Chăn", "Băng Cốc", "Thái Lan", "Lào", "Campuchia", "Việt Nam",
    "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng Ngoại giao", "Thứ trưởng", "Chủ tịch nước", "Tổng thư ký ASEAN",
    "Nguyễn Xuân Phúc", "Phạm Bình Minh", "Bùi Thanh Sơn", "Retno Marsudi", "Dato' Erywan", "Hun Sen",
    "chủ trì", "dẫn đầu đoàn", "hội đàm với", "thông qua", "Tuyên bố Hà Nội", "Tầm nhìn Cộng đồng ASEAN 2025",
    "Chủ tịch ASEAN 2020", "với chủ đề", "\"Gắn kết và chủ động thích ứng\"", "lần thứ", "khóa", "(", ")",
    ",", ".", ";", ":", "\"", "“", "”", "\n", "\n\n", " ", "  ", "...", "…", "%", "3/4",
]
# Arbitrary characters too: combining marks, controls, other scripts, surrogates excluded (not str-encodable).
ANY_CHAR = st.characters(blacklist_categories=("Cs",))

date_text = st.lists(st.one_of(st.sampled_from(DATE_PIECES), st.text(ANY_CHAR, max_size=3)), max_size=25) \
    .map(" ".join)
noise = st.lists(st.one_of(st.sampled_from(NEWS_PIECES), st.sampled_from(DATE_PIECES),
                           st.text(ANY_CHAR, max_size=6)), max_size=40).map(" ".join)
# A sentence shaped as news reports meetings, with every slot drawn at random (some slots absurd on purpose).
sentence = st.builds(
    "{}, {} {} {} {} {} lần thứ {} {} {}. ".format,
    st.sampled_from(["Sáng 12/11/2020", "Ngày 9-9", "Chiều thứ Hai (5/8)", "Từ 18-19/1/2022", "Hôm nay",
                     "Tháng 4 năm ngoái", "Cuối tháng Tư", "Ngày 31/2/2021", "Quý III/2019", "Ngày 00/13"]),
    st.sampled_from(["tại Hà Nội", "tại Thủ đô Viêng Chăn, Lào", "trực tuyến", "ở Băng Cốc (Thái Lan)", ""]),
    st.sampled_from(["Thủ tướng", "Bộ trưởng Ngoại giao", "Phó Thủ tướng, Bộ trưởng Ngoại giao", "Thứ trưởng", ""]),
    st.sampled_from(["Nguyễn Xuân Phúc", "Bùi Thanh Sơn", "Retno Marsudi", "Saleumxay Kommasith", "A"]),
    st.sampled_from(["chủ trì", "dự", "dẫn đầu đoàn Việt Nam dự", "hội đàm với Bộ trưởng Ngoại giao Lào tại",
                     "đồng chủ trì"]),
    st.sampled_from(["Hội nghị Cấp cao ASEAN", "Hội nghị Bộ trưởng Ngoại giao ASEAN", "Hội nghị SOM ASEAN+3",
                     "Hội nghị Cấp cao ASEAN - Nhật Bản", "Hội nghị Cấp cao Đông Á (EAS)", "Diễn đàn Khu vực ASEAN"]),
    st.integers(-1, 120),
    st.sampled_from(["với chủ đề \"Gắn kết và chủ động thích ứng\"", "và thông qua Tuyên bố Hà Nội",
                     "trong năm Việt Nam làm Chủ tịch ASEAN 2020", "", "nhằm chuẩn bị cho Hội nghị Cấp cao"]),
    noise,
)
news_text = st.lists(st.one_of(sentence, noise, st.just("\n")), min_size=1, max_size=12).map("".join)
anchors = st.one_of(st.none(), st.dates(min_value=date(1967, 8, 8), max_value=date(2100, 12, 31)))
years = st.one_of(st.none(), st.integers(min_value=1967, max_value=2100))


def assert_iso_or_none(value: str | None) -> None:
    """Gold-format dates: YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD."""
    if value is None:
        return
    if value.startswith("--"):
        parts = value[2:].split("-")
        assert 1 <= int(parts[0]) <= 12
        if len(parts) == 2:
            assert 1 <= int(parts[1]) <= 31
        return
    parts = value.split("-")
    assert len(parts[0]) == 4 and parts[0].isdigit()
    if len(parts) == 3:
        date.fromisoformat(value)  # a real calendar day
    elif len(parts) == 2:
        assert 1 <= int(parts[1]) <= 12


# --- the date grammar -----------------------------------------------------------------------------------

@SETTINGS
@given(date_text, anchors, years)
def test_dates_never_raise_and_spans_cover_their_text(text: str, anchor: date | None, year: int | None) -> None:
    mentions = find_dates(text)
    previous_end = 0
    for m in mentions:
        assert previous_end <= m.start < m.end <= len(text)   # in order, none overlapping
        assert text[m.start:m.end] == m.text
        previous_end = m.end
        start, end = resolve(m, anchor, default_year=year)
        assert_iso_or_none(start)
        assert_iso_or_none(end)
        assert_iso_or_none(iso(m.first))
    published, time = parse_published(text)
    assert_iso_or_none(published)
    assert time is None or (len(time) == 5 and time[2] == ":")


@SETTINGS
@given(st.dates(min_value=date(1967, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["/", "-", "."]),
       st.booleans())
def test_a_written_full_date_reads_back_as_itself(day: date, sep: str, padded: bool) -> None:
    written = sep.join([f"{day.day:02d}" if padded else str(day.day), f"{day.month:02d}" if padded else str(day.month),
                        str(day.year)])
    [m] = find_dates(f"Hội nghị diễn ra ngày {written} tại Hà Nội.")
    assert resolve(m, None) == (day.isoformat(), day.isoformat())


@SETTINGS
@given(st.sampled_from([(31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (31, 2), (29, 2)]),
       st.integers(1967, 2099).filter(lambda y: y % 4), st.sampled_from(["/", "-", "."]))
def test_a_day_the_calendar_lacks_is_never_read_as_a_day(day_month: tuple[int, int], year: int, sep: str) -> None:
    day, month = day_month
    for m in find_dates(f"Hội nghị diễn ra ngày {day}{sep}{month}{sep}{year} tại Hà Nội."):
        for value in resolve(m, date(year, 1, 1)):
            assert value is None or len(value) < 10, value


# --- sentences, cleaning, articles ------------------------------------------------------------------------

@SETTINGS
@given(st.one_of(news_text, st.text(ANY_CHAR, max_size=200)))
def test_sentences_are_slices_of_the_text(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        previous_end = sentence.end


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(st.integers(MAX_SENTENCE_CHARS + 1, 4 * MAX_SENTENCE_CHARS), st.sampled_from(["Hội nghị ", "x", "ASEAN-"]))
def test_an_endless_sentence_is_cut_without_losing_a_character(length: int, unit: str) -> None:
    text = (unit * length)[:length].strip()
    sentences = split_sentences(text)
    assert len(sentences) >= (2 if len(text) > MAX_SENTENCE_CHARS else 1)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(text[s.start:s.end] for s in sentences).replace(" ", "") == text.replace(" ", "")


@SETTINGS
@given(st.one_of(news_text, st.text(ANY_CHAR, max_size=200)))
def test_cleaning_keeps_characters_of_the_page(page: str) -> None:
    cleaned, offsets, removed = clean(page)
    for seg in offsets.segments:
        assert cleaned[seg.clean_start:seg.clean_start + seg.length] == \
            page[seg.original_start:seg.original_start + seg.length]
    for span in removed:
        assert 0 <= span.start <= span.end <= len(page)


# --- extraction over whole articles -------------------------------------------------------------------------

def assert_reading_is_sound(article: Article) -> None:
    reading = read_article(article)
    size = len(article.text)
    for kind, _, record in reading_records(reading):
        assert record.evidence is not None, kind
        assert record.evidence.spans, kind
        for span in record.evidence.spans:
            assert 0 <= span.start < span.end <= size, (kind, span, size)
            original = article.offsets.span_to_original(span)
            assert 0 <= original.start <= original.end <= len(article.original)
        assert 0 <= record.evidence.confidence <= 1
    out = reading_to_json(reading)
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out
    assert out["file"] == article.id and len(out["meetings"]) == len(reading.meetings)


@SETTINGS
@given(st.one_of(st.none(), st.sampled_from(NEWS_PIECES)), news_text,
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)).map(str)))
def test_extractors_never_raise_and_spans_stay_in_the_text(title: str | None, body: str, published: str | None) -> None:
    try:
        article = article_from_text(body, "sinh.txt", title=title, published=published)
    except InputError:
        return  # (only an over-long text is refused here; the generated text never is)
    assert_reading_is_sound(article)


def encodable(text: str, encode) -> str:
    """``text`` without the characters a legacy code page has no byte for."""
    def fits(ch: str) -> bool:
        try:
            encode(ch)
        except (UnicodeError, KeyError, ValueError):
            return False
        return True
    return "".join(ch for ch in text if fits(ch))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True,
          database=None)
@given(news_text, st.sampled_from(["nfc", "nfd", "cp1258", "vni", "tcvn3", "html", "jsonl"]))
def test_any_article_in_any_form_reads_soundly(body: str, form: str) -> None:
    text = "Hội nghị Cấp cao ASEAN\n" + body
    encoded = {
        "nfc": lambda: text.encode(),
        "nfd": lambda: unicodedata.normalize("NFD", text).encode(),
        "cp1258": lambda: encode_cp1258(encodable(text, encode_cp1258)),
        "vni": lambda: encode_vni(encodable(text, encode_vni)),
        "tcvn3": lambda: encode_tcvn3(encodable(text.lower(), encode_tcvn3)),
        "html": lambda: f"<html><body><article><p>{text}</p></article></body></html>".encode(),
        "jsonl": lambda: json.dumps({"id": "a", "text": text}, ensure_ascii=False).encode(),
    }[form]
    name = {"html": "a.html", "jsonl": "a.jsonl"}.get(form, "a.txt")
    for item in iter_bytes(encoded(), name):
        if isinstance(item, InputError):
            assert "\n" not in item.one_line() and item.one_line().startswith(name)
        else:
            assert_reading_is_sound(item)


# --- decoding ---------------------------------------------------------------------------------------------------

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


@SETTINGS
@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " .,", min_size=1, max_size=80))
def test_mojibake_is_undone_and_correct_text_left_alone(text: str) -> None:
    mojibake = text.encode("utf-8").decode("cp1252", errors="replace")
    if "\ufffd" not in mojibake:  # the five bytes cp1252 leaves undefined cannot round-trip this way
        assert repair_mojibake(mojibake) == text
    assert repair_mojibake(text) == text


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_fail_as_input_errors(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "x.txt")
    except InputError as error:
        assert error.one_line().startswith("x.txt: ") and "\n" not in error.one_line()
        return
    assert "\x00" not in decoded.text
    for item in iter_bytes(data, "x.txt"):  # and as an article: text, or an error saying there is none
        if isinstance(item, Article):
            assert item.text.strip()
        else:
            assert item.one_line().startswith("x.txt: ")

