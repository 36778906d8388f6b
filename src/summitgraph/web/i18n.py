"""Vietnamese and English labels for the pages, and which language a request gets.

The language comes from ``?lang=vi|en`` when given (and is then remembered in a cookie), else from the
cookie, else Vietnamese: the readers of Vietnamese news are the first audience.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
    "search_tier_0": {"vi": "Có đúng cụm từ", "en": "The exact phrase"},
    "search_tier_1": {"vi": "Các từ đứng gần nhau", "en": "The words near each other"},
    "search_tier_2": {"vi": "Có đủ các từ nhưng ở xa nhau", "en": "Every word, but apart"},
    "only_flagged_sources": {"vi": "Mọi nguồn của hội nghị này đều là bài bị gắn cảnh báo chất lượng (như dịch máy): "
                                   "hãy kiểm tra lại trước khi trích dẫn.",
                             "en": "Every source of this meeting is a flagged article (machine-translated, for "
                                   "example): check before quoting."},
    "weak_fact": {"vi": "Chỉ dựa trên bài bị gắn cảnh báo", "en": "Rests only on flagged articles"},
    "our_translation": {"vi": "bản dịch của hệ thống", "en": "our translation"},
    "date_unknown": {"vi": "Chưa rõ thời gian", "en": "Date unknown"},
    "local_file": {"vi": "Tệp đọc từ máy (không có địa chỉ web)", "en": "A local file (no web address)"},
    "api_endpoint": {"vi": "Điểm truy cập API", "en": "API endpoint"},
    "api_intro": {"vi": "Giao diện lập trình (REST, JSON) trả về mọi hội nghị, nhân vật, văn kiện, bài báo và dữ kiện "
                        "cùng nguồn của chúng. Ai cũng đọc được; ghi (đính chính) cần mã ghi gửi trong tiêu đề "
                        "Authorization: Bearer. Lỗi trả về dạng JSON gồm mã lỗi và lý do.",
                  "en": "A REST API (JSON) over every meeting, person, document, article and fact with its sources. "
                        "Reads are open; writes (corrections) need a write token sent as Authorization: Bearer. "
                        "Errors are JSON with a code and a reason."},
    "api_details_in_english": {"vi": "Mô tả chi tiết từng tham số và kết quả có ở bản tiếng Anh của trang này.",
                               "en": "Every parameter and response is described on this page."},
    "param_in": {"vi": "Vị trí", "en": "In"},
    "param_type": {"vi": "Kiểu", "en": "Type"},
    "param_about": {"vi": "Ý nghĩa", "en": "Meaning"},
    "request_body": {"vi": "Nội dung gửi", "en": "Body"},
    "responses": {"vi": "Mã trả về", "en": "Responses"},
    "required": {"vi": "bắt buộc", "en": "required"},
    "error_404": {"vi": "Không có trang hoặc bản ghi này. Hãy thử tìm kiếm, hoặc quay lại dòng thời gian.",
                  "en": "There is no such page or record. Try the search, or go back to the timeline."},
    "error_422": {"vi": "Địa chỉ có một giá trị không hợp lệ (ví dụ một năm ngoài khoảng cho phép).",
                  "en": "A value in the address is not valid (a year out of range, for example)."},
    "error_400": {"vi": "Yêu cầu không hợp lệ.", "en": "The request is not valid."},
    "error_other": {"vi": "Đã có lỗi khi xử lý yêu cầu.", "en": "Something went wrong with this request."},
    "date_passed": {"vi": "thời điểm dự kiến đã qua so với bài mới nhất, ngày", "en": "its date has passed by the newest article, of"},
    "planned_date_passed": {"vi": "dự kiến, nay đã qua ngày", "en": "planned, date now passed"},
    "chaired_marked": {"vi": "Mọi hội nghị trong năm có trong kho; các hội nghị do nước Chủ tịch chủ trì hoặc đăng cai được đánh dấu.",
                       "en": "Every meeting of the year in the store; those the chair country chaired or hosted are marked."},
    "by_chair": {"vi": "nước Chủ tịch chủ trì/đăng cai", "en": "chaired or hosted by the chair"},
    "untitled": {"vi": "(Bài không có tiêu đề)", "en": "(Untitled article)"},
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
    "show_year": {"vi": "Xem các hội nghị của năm này", "en": "Show this year's meetings"},
    "sources_shown": {"vi": "Số nguồn liệt kê ở đây (các bản xuất dữ liệu có đủ):",
                      "en": "Sources listed here (exports carry them all):"},
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
    "chart_where": {"vi": "Nước chủ nhà các hội nghị", "en": "Host countries of the meetings"},
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

# Why an inferred value holds, by rule id (kb.infer's RULE_* constants): the reader sees the reason, never the id.
RULE_LABELS: dict[str, dict[str, str]] = {
    "year-from-publication": {
        "vi": "ngày không ghi năm được lấy năm gần nhất với ngày đăng bài",
        "en": "a date written without a year takes the year closest to the article's publication"},
    "numbered-summit": {
        "vi": "Hội nghị Cấp cao ASEAN có số thứ tự mang ngày và địa điểm trong danh mục các kỳ cấp cao",
        "en": "a numbered ASEAN Summit has the dates and place of the registry's summit table"},
    "summit-host-chairs": {
        "vi": "Hội nghị Cấp cao ASEAN có số thứ tự do nước chủ nhà, nước Chủ tịch ASEAN, chủ trì",
        "en": "a numbered ASEAN Summit is chaired by its host, the ASEAN chair"},
    "chair-of-year": {
        "vi": "nước Chủ tịch ASEAN của năm chủ trì các hội nghị cấp cao, SOM và hội nghị bộ trưởng năm đó",
        "en": "the ASEAN chair of the year chairs that year's summits, SOM and ministers' meetings"},
    "country-of-city": {
        "vi": "thành phố đăng cai thuộc quốc gia ghi trong danh mục",
        "en": "a host city lies in its registry country"},
    "som-before-retreat": {
        "vi": "SOM họp trong những ngày trước Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN cùng năm, cùng nước chủ nhà "
              "là cuộc họp chuẩn bị cho hội nghị đó",
        "en": "a SOM held in the days before an AMM Retreat of the same year and host prepares it"},
    "year-of-prepared-meeting": {
        "vi": "cuộc họp trù bị không ghi năm diễn ra trong năm của hội nghị mà nó chuẩn bị",
        "en": "a preparatory meeting without a year is held in the year of the meeting it prepares"},
    "chair-table": {
        "vi": "bảng các nước Chủ tịch ASEAN theo năm (và chủ đề) trong danh mục",
        "en": "the registry's table of ASEAN chairs by year (and their themes)"},
}

# Article quality flags (ingest.quality), as a reader reads them.
FLAG_LABELS: dict[str, dict[str, str]] = {
    "machine_translated": {"vi": "có dấu hiệu dịch máy", "en": "machine-translated"},
    "lead_sentences": {"vi": "trang tổng hợp tin vắn", "en": "a page of lead sentences"},
    "too_short": {"vi": "bài quá ngắn", "en": "too short"},
    "not_vietnamese": {"vi": "không phải tiếng Việt", "en": "not in Vietnamese"},
    "garbled": {"vi": "lỗi mã hóa ký tự", "en": "garbled characters"},
}

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


@lru_cache(maxsize=1)
def translated_themes() -> dict[int, str]:
    """Year -> this project's Vietnamese rendering of a chair theme the registry has only in English."""
    out: dict[int, str] = {}
    for line in (Path(__file__).parent / "data" / "chair_themes_vi.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            year, theme = line.split("\t", 1)
            out[int(year)] = theme.strip()
    return out


@dataclass(frozen=True)
class Theme:
    text: str
    translated: bool    # our rendering, not the official wording


def chair_theme(year: int | None, theme_vi: str | None, theme_en: str | None, lang: str,
                stated: str | None = None) -> Theme | None:
    """A chair year's theme in the page's language: the registry's wording; on Vietnamese pages without one,
    the articles' Vietnamese wording (``stated``), else this project's translation, marked as one."""
    if lang == "en":
        return Theme(theme_en, False) if theme_en else (Theme(stated, False) if stated else None)
    if theme_vi:
        return Theme(theme_vi, False)
    if stated and stated != theme_en:
        return Theme(stated, False)
    if year in translated_themes():
        return Theme(translated_themes()[year], True)
    return Theme(theme_en, True) if theme_en else None


# Letters only Vietnamese spellings use: a registry spelling holding one is the Vietnamese name of a city.
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                                "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")


def city_label(city: str | None, lang: str) -> str:
    """A registry city in the page's language: its English name, or its first spelling written with
    Vietnamese letters (Hà Nội, Bắc Kinh, Viêng Chăn), else the name as the press writes it (Singapore)."""
    if not city:
        return ""
    found = registry.cities().get(city)
    if lang == "en" or found is None:
        return city
    return next((s for s in found.spellings if _VIETNAMESE_LETTERS & set(s)), found.spellings[0] or city)


@lru_cache(maxsize=1)
def api_summaries_vi() -> dict[str, str]:
    """An endpoint's English summary -> its Vietnamese wording, for the API page in Vietnamese."""
    out: dict[str, str] = {}
    for line in (Path(__file__).parent / "data" / "api_summaries_vi.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, vietnamese = line.split("\t", 1)
            out[english.strip()] = vietnamese.strip()
    return out


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

    def city(self, city: str | None) -> str:
        return city_label(city, self.lang)

    def rule(self, rule: str | None) -> str:
        """Why an inferred value holds, in words; an unknown rule reads as a plain "inferred"."""
        if not rule:
            return ""
        entry = RULE_LABELS.get(rule)
        return entry[self.lang] if entry else label("inferred", self.lang).lower()

    def flag(self, flag: str | None) -> str:
        if not flag:
            return ""
        entry = FLAG_LABELS.get(flag)
        return entry[self.lang] if entry else flag.replace("_", " ")

    def theme(self, year: int | None, registry_entry: dict | None, stated: str | None = None) -> Theme | None:
        entry = registry_entry or {}
        return chair_theme(year, entry.get("theme_vi"), entry.get("theme_en"), self.lang, stated)

    def api_summary(self, summary: str) -> str:
        """An endpoint's summary; in Vietnamese its translation, else a neutral label (never English)."""
        if self.lang == "en":
            return summary
        return api_summaries_vi().get(summary, label("api_endpoint", self.lang))

    def value(self, value: str | None) -> str:
        """An enumerated value (format, status) in words; anything else unchanged."""
        if value is None:
            return ""
        return label(value, self.lang) if value in LABELS else str(value)
