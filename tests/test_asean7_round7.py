"""Round 7 of ASEAN's own meetings: names unseen news writes them by."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str, series: str):
    return [m for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == series]


def test_the_summits_initials_name_it():
    [summit] = _meetings("HNCC ASEAN 43: Đoàn kết nội khối\n\n(Chinhphu.vn) - Chiều 5/9/2023, tại Jakarta, Thủ tướng "
                         "Phạm Minh Chính dự phiên toàn thể HNCC ASEAN 43.", "asean-summit")
    assert summit.ordinal == 43 and summit.city == "Jakarta"


def test_a_sector_ministers_meeting_with_no_body_in_an_asean_article_is_asean_s():
    [aem] = _meetings("ASEAN thúc đẩy hội nhập kinh tế\n\nNgày 12/3/2024, tại Hội nghị Bộ trưởng Kinh tế hẹp lần thứ 30 "
                      "ở Luang Prabang, các Bộ trưởng đã nhất trí về các ưu tiên của ASEAN.", "aem")
    assert aem.ordinal == 30


def test_a_defence_ministers_meeting_with_no_body_in_an_asean_article_is_the_admm():
    [admm] = _meetings("Quốc phòng ASEAN\n\nCuộc họp các Bộ trưởng Quốc phòng diễn ra tại Vientiane ngày 30/1/2024, "
                       "bàn về hợp tác quốc phòng ASEAN.", "admm")
    assert admm.city == "Vientiane"
