"""Vietnamese and English labels for the pages, and which language a request gets.

The language comes from ``?lang=vi|en`` when given (and is then remembered in a cookie), else from the
cookie, else Vietnamese: the readers of Vietnamese news are the first audience.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from summitgraph import registry

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
COOKIE = "lang"

LABELS: dict[str, dict[str, str]] = {
    "site_title": {"vi": "Hồ sơ hội nghị ASEAN", "en": "ASEAN meeting record"},
    "tagline": {"vi": "Các hội nghị ASEAN đọc từ báo chí tiếng Việt, mỗi dữ kiện kèm câu nguồn.",
                "en": "ASEAN meetings read from Vietnamese news, every fact with its source sentence."},
    "nav_home": {"vi": "Dòng thời gian", "en": "Timeline"},
    "nav_people": {"vi": "Nhân vật", "en": "People"},
    "nav_articles": {"vi": "Bài báo", "en": "Articles"},
    "nav_documents": {"vi": "Văn kiện", "en": "Documents"},
    "nav_chairs": {"vi": "Năm Chủ tịch", "en": "Chair years"},
    "nav_corrections": {"vi": "Đính chính", "en": "Corrections"},
    "nav_api": {"vi": "API", "en": "API"},
    "search": {"vi": "Tìm kiếm", "en": "Search"},
    "search_placeholder": {"vi": "Tìm hội nghị, nhân vật, bài báo…", "en": "Search meetings, people, articles…"},
    "search_results": {"vi": "Kết quả tìm kiếm", "en": "Search results"},
    "no_results": {"vi": "Không tìm thấy kết quả.", "en": "Nothing found."},
    "timeline": {"vi": "Dòng thời gian các hội nghị", "en": "Timeline of meetings"},
    "filter": {"vi": "Lọc", "en": "Filter"},
    "clear_filters": {"vi": "Bỏ lọc", "en": "Clear filters"},
    "all": {"vi": "Tất cả", "en": "All"},
    "series": {"vi": "Loại hội nghị", "en": "Series"},
    "country": {"vi": "Quốc gia", "en": "Country"},
    "host_country": {"vi": "Nước chủ nhà", "en": "Host country"},
    "year": {"vi": "Năm", "en": "Year"},
    "unknown_year": {"vi": "Chưa rõ năm", "en": "Year unknown"},
    "meeting": {"vi": "Hội nghị", "en": "Meeting"},
    "meetings": {"vi": "Hội nghị", "en": "Meetings"},
    "dates": {"vi": "Thời gian", "en": "Dates"},
    "place": {"vi": "Địa điểm", "en": "Place"},
    "city": {"vi": "Thành phố", "en": "City"},
    "format": {"vi": "Hình thức", "en": "Format"},
    "chaired_by": {"vi": "Chủ trì", "en": "Chair"},
    "status": {"vi": "Tình trạng", "en": "Status"},
    "ordinal": {"vi": "Lần thứ", "en": "Number"},
    "partner": {"vi": "Đối tác", "en": "Partner"},
    "parties": {"vi": "Các bên", "en": "Parties"},
    "name": {"vi": "Tên", "en": "Name"},
    "facts": {"vi": "Dữ kiện", "en": "Facts"},
    "merged_facts": {"vi": "Dữ kiện tổng hợp", "en": "Merged facts"},
    "field": {"vi": "Trường", "en": "Field"},
    "value": {"vi": "Giá trị", "en": "Value"},
    "sources": {"vi": "Nguồn", "en": "Sources"},
    "source": {"vi": "Nguồn", "en": "Source"},
    "confidence": {"vi": "Độ tin cậy", "en": "Confidence"},
    "conflict": {"vi": "Các nguồn khác nhau", "en": "Sources disagree"},
    "inferred": {"vi": "Suy ra từ danh mục", "en": "Inferred from the registry"},
    "corrected": {"vi": "Đã đính chính", "en": "Corrected"},
    "delegation_heads": {"vi": "Trưởng đoàn", "en": "Heads of delegation"},
    "documents": {"vi": "Văn kiện", "en": "Documents"},
    "preparatory_chain": {"vi": "Chuỗi hội nghị trù bị", "en": "Preparatory chain"},
    "prepares": {"vi": "Chuẩn bị cho", "en": "Prepares"},
    "prepared_by": {"vi": "Được chuẩn bị bởi", "en": "Prepared by"},
    "summary": {"vi": "Tóm tắt", "en": "Summary"},
    "person": {"vi": "Nhân vật", "en": "Person"},
    "document": {"vi": "Văn kiện", "en": "Document"},
    "chair": {"vi": "Năm Chủ tịch", "en": "Chair year"},
    "people": {"vi": "Nhân vật", "en": "People"},
    "titles": {"vi": "Chức danh", "en": "Titles"},
    "role_history": {"vi": "Lịch sử chức vụ", "en": "Role history"},
    "role": {"vi": "Chức vụ", "en": "Role"},
    "first_seen": {"vi": "Lần đầu", "en": "First seen"},
    "last_seen": {"vi": "Lần cuối", "en": "Last seen"},
    "chair_year": {"vi": "Năm Chủ tịch ASEAN", "en": "ASEAN chair year"},
    "theme": {"vi": "Chủ đề", "en": "Theme"},
    "chair_country": {"vi": "Nước Chủ tịch", "en": "Chair country"},
    "meetings_of_year": {"vi": "Các hội nghị trong năm", "en": "Meetings of the year"},
    "article": {"vi": "Bài báo", "en": "Article"},
    "articles": {"vi": "Bài báo", "en": "Articles"},
    "title": {"vi": "Tiêu đề", "en": "Title"},
    "published": {"vi": "Ngày đăng", "en": "Published"},
    "outlet": {"vi": "Báo", "en": "Outlet"},
    "author": {"vi": "Tác giả", "en": "Author"},
    "quality_flags": {"vi": "Cảnh báo chất lượng", "en": "Quality flags"},
    "quality_ok": {"vi": "Không có cảnh báo", "en": "No flags"},
    "removed": {"vi": "Phần đã lược bỏ (không thuộc thân bài)", "en": "Removed as page furniture"},
    "nothing_removed": {"vi": "Không lược bỏ gì.", "en": "Nothing was removed."},
    "extracted_facts": {"vi": "Dữ kiện trích xuất", "en": "Extracted facts"},
    "text": {"vi": "Nội dung", "en": "Text"},
    "kind": {"vi": "Loại", "en": "Kind"},
    "evidence": {"vi": "Bằng chứng", "en": "Evidence"},
    "extractor": {"vi": "Bộ trích xuất", "en": "Extractor"},
    "version": {"vi": "Phiên bản", "en": "Version"},
    "show_in_article": {"vi": "xem trong bài", "en": "see in article"},
    "corrections": {"vi": "Đính chính", "en": "Corrections"},
    "correction_form": {"vi": "Gửi đính chính", "en": "Submit a correction"},
    "correction_help": {"vi": "Ai cũng xem được; muốn ghi cần mã ghi (token).",
                        "en": "Anyone can read; writing needs a write token."},
    "target_kind": {"vi": "Đối tượng", "en": "Target"},
    "target_key": {"vi": "Khóa", "en": "Key"},
    "action": {"vi": "Thao tác", "en": "Action"},
    "action_set": {"vi": "Sửa trường", "en": "Set a field"},
    "action_reject": {"vi": "Bác bỏ", "en": "Reject"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "token": {"vi": "Mã ghi", "en": "Write token"},
    "submit": {"vi": "Gửi", "en": "Submit"},
    "correction_saved": {"vi": "Đã lưu đính chính", "en": "Correction saved"},
    "correction_refused": {"vi": "Bị từ chối", "en": "Refused"},
    "at": {"vi": "Lúc", "en": "At"},
    "charts": {"vi": "Biểu đồ", "en": "Charts"},
    "chart_per_year": {"vi": "Số hội nghị mỗi năm theo loại", "en": "Meetings per year by series"},
    "chart_where": {"vi": "Nơi tổ chức hội nghị", "en": "Where meetings were held"},
    "count": {"vi": "Số lượng", "en": "Count"},
    "previous": {"vi": "Trang trước", "en": "Previous"},
    "next": {"vi": "Trang sau", "en": "Next"},
    "not_found": {"vi": "Không tìm thấy", "en": "Not found"},
    "error": {"vi": "Lỗi", "en": "Error"},
    "language": {"vi": "Ngôn ngữ", "en": "Language"},
    "other_language": {"vi": "English", "en": "Tiếng Việt"},
    "none": {"vi": "—", "en": "—"},
    "participants": {"vi": "Thành phần tham dự khác", "en": "Other participants"},
    "previous_value": {"vi": "giá trị cũ", "en": "was"},
    "rejected_record": {"vi": "Bản ghi này đã bị bác bỏ qua đính chính.", "en": "This record was rejected by a correction."},
    "kb_empty": {"vi": "Cơ sở tri thức chưa được xây dựng: chạy `summitgraph resolve`.",
                 "en": "The knowledge base is not built yet: run `summitgraph resolve`."},
    "all_years": {"vi": "Các năm Chủ tịch ASEAN", "en": "ASEAN chair years"},
    "registry_says": {"vi": "Danh mục ghi", "en": "The registry says"},
    "articles_say": {"vi": "Các bài báo ghi", "en": "The articles say"},
    "history": {"vi": "Diễn biến", "en": "History"},
    "abbr": {"vi": "Viết tắt", "en": "Abbreviation"},
    "mentions": {"vi": "Số lần nhắc", "en": "Mentions"},
    "same_name": {"vi": "Người khác trùng tên", "en": "Others with this name"},
    "names": {"vi": "Các cách viết tên", "en": "Spellings"},
    "head": {"vi": "Trưởng đoàn", "en": "Head"},
    "of": {"vi": "trên", "en": "of"},
    "api_docs": {"vi": "Tài liệu API", "en": "API documentation"},
    "online": {"vi": "Trực tuyến", "en": "Online"},
    "hybrid": {"vi": "Kết hợp trực tiếp và trực tuyến", "en": "Hybrid"},
    "in_person": {"vi": "Trực tiếp", "en": "In person"},
    "held": {"vi": "Đã diễn ra", "en": "Held"},
    "planned": {"vi": "Dự kiến", "en": "Planned"},
    "cancelled": {"vi": "Bị hủy", "en": "Cancelled"},
    "adopted": {"vi": "Đã thông qua", "en": "Adopted"},
    "signed": {"vi": "Đã ký", "en": "Signed"},
    "to_be_adopted": {"vi": "Sẽ thông qua", "en": "To be adopted"},
    "to_be_signed": {"vi": "Sẽ ký", "en": "To be signed"},
    "negotiating": {"vi": "Đang đàm phán", "en": "Negotiating"},
    "implementing": {"vi": "Đang triển khai", "en": "Implementing"},
    "mentioned": {"vi": "Được nhắc đến", "en": "Mentioned"},
}

# The Sources page and the news feeds (summitgraph.monitor).
LABELS.update({
    "nav_sources": {"vi": "Nguồn tin", "en": "Sources"},
    "sources_title": {"vi": "Nguồn tin được theo dõi", "en": "Watched news sources"},
    "last_fetch": {"vi": "Lần lấy tin gần nhất", "en": "Last fetch"},
    "items_seen": {"vi": "Mục đã thấy", "en": "Items seen"},
    "articles_stored": {"vi": "Bài đã lưu", "en": "Articles stored"},
    "pending": {"vi": "Chờ lấy", "en": "Pending"},
    "last_error": {"vi": "Lỗi gần nhất", "en": "Last error"},
    "never": {"vi": "Chưa lần nào", "en": "Never"},
    "no_sources": {"vi": "Chưa lấy tin từ nguồn nào: chạy `summitgraph fetch`.",
                   "en": "No source fetched yet: run `summitgraph fetch`."},
    "news_feeds": {"vi": "Theo dõi hội nghị mới hoặc thay đổi (Atom)", "en": "Follow new or changed meetings (Atom)"},
})

# Field names of records, apart from the labels above: "chair" as a field is who chaired a meeting, while
# "chair" as a kind is an ASEAN chair year.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "name": {"vi": "Tên", "en": "Name"},
    "series": {"vi": "Loại hội nghị", "en": "Series"},
    "ordinal": {"vi": "Lần thứ", "en": "Number"},
    "partner": {"vi": "Đối tác", "en": "Partner"},
    "parties": {"vi": "Các bên", "en": "Parties"},
    "start": {"vi": "Bắt đầu", "en": "Start"},
    "end": {"vi": "Kết thúc", "en": "End"},
    "city": {"vi": "Thành phố", "en": "City"},
    "country": {"vi": "Quốc gia", "en": "Country"},
    "format": {"vi": "Hình thức", "en": "Format"},
    "chair": {"vi": "Chủ trì", "en": "Chair"},
    "status": {"vi": "Tình trạng", "en": "Status"},
    "theme": {"vi": "Chủ đề", "en": "Theme"},
    "year": {"vi": "Năm", "en": "Year"},
    "titles": {"vi": "Chức danh", "en": "Titles"},
}

# English names for the codes a reader meets most; others fall back to the registry's Vietnamese name.
_ENGLISH_COUNTRIES = {
    "VN": "Viet Nam", "KH": "Cambodia", "LA": "Laos", "TH": "Thailand", "MY": "Malaysia", "SG": "Singapore",
    "ID": "Indonesia", "PH": "Philippines", "MM": "Myanmar", "BN": "Brunei", "TL": "Timor-Leste",
    "CN": "China", "JP": "Japan", "KR": "Republic of Korea", "KP": "DPR Korea", "IN": "India",
    "US": "United States", "RU": "Russia", "AU": "Australia", "NZ": "New Zealand", "CA": "Canada",
    "GB": "United Kingdom", "EU": "European Union", "UN": "United Nations", "ASEAN": "ASEAN",
    "WHO": "World Health Organization", "GCC": "Gulf Cooperation Council", "DE": "Germany", "FR": "France",
}


def pick_language(query: str | None, cookie: str | None) -> str:
    """The request's language: the query parameter wins, then the cookie, then Vietnamese."""
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def label(key: str, lang: str) -> str:
    """The label in ``lang``; a key without a label shows as itself, so a missing one is visible, not fatal."""
    entry = LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry[DEFAULT_LANGUAGE]


@dataclass(frozen=True)
class SeriesLabel:
    vi: str
    en: str


@lru_cache(maxsize=1)
def series_labels() -> dict[str, SeriesLabel]:
    """Series id -> its Vietnamese and English label, from the registry's series table."""
    out: dict[str, SeriesLabel] = {}
    for line in (registry.DATA / "series.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) >= 5:
            out[cells[0]] = SeriesLabel(cells[3].strip(), cells[4].strip())
    return out


def series_label(series: str | None, lang: str) -> str:
    if not series:
        return ""
    found = series_labels().get(series)
    if found is None:
        return series
    return found.en if lang == "en" else found.vi


def country_label(code: str | None, lang: str) -> str:
    if not code:
        return ""
    if lang == "en" and code in _ENGLISH_COUNTRIES:
        return _ENGLISH_COUNTRIES[code]
    found = registry.countries().get(code)
    return found.name if found else code


class Translator:
    """What a template calls: ``t("meeting")``, ``t.series("amm")``, ``t.country("VN")``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str) -> str:
        return label(key, self.lang)

    def field(self, name: str | None) -> str:
        if not name:
            return ""
        entry = FIELD_LABELS.get(name)
        return (entry.get(self.lang) or entry[DEFAULT_LANGUAGE]) if entry else label(name, self.lang)

    def series(self, series: str | None) -> str:
        return series_label(series, self.lang)

    def country(self, code: str | None) -> str:
        return country_label(code, self.lang)

    def value(self, value: str | None) -> str:
        """An enumerated value (format, status) in words; anything else unchanged."""
        if value is None:
            return ""
        return label(value, self.lang) if value in LABELS else str(value)
