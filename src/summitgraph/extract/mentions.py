"""Find named meetings in a sentence: a trigger noun or acronym, then the name's extent.

Works on the length-preserving fold of the text (lower case, no diacritics, đ -> d) so offsets
found there are offsets into the article text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from summitgraph import registry
from summitgraph.text.normalize import fold, lower_keep_length
from summitgraph.extract.dates import find_dates
from summitgraph.text.scan import WordStart
from summitgraph.extract.series import (ALL_PARTNERS, NUMBERED_BY_ACRONYM, PLUS_ONE, canonical, classify,
                                       office_holder_partner, ordinal_of, partner_alternation, partner_of,
                                       partner_series, partner_with, partners_named)

# Nouns that open a meeting's name, at the start of a word (WordStart: as if written after \b).
_TRIGGER = WordStart(
    # "Hội nghị sau Hội nghị Bộ trưởng Ngoại giao ASEAN": the Post Ministerial Conference, one name.
    # "Hội nghị trù bị cấp Bộ trưởng Ngoại giao cho Hội nghị Cấp cao": the ministers' preparatory meeting.
    r"(?:hoi nghi sau hoi nghi(?= bo truong)|hoi nghi tru bi(?= cap)|hoi nghi|hncc(?= )|hntd(?= )|hnbtng(?= )|cuoc hop|dien dan|doi thoai|dai hoi dong|tuan le cap cao|ky hop|cuoc gap cap cao"
    r"|hop thuong dinh|cuoc hop thuong dinh|cuoc gap thuong dinh"
    # Numbered sessions of two countries' standing bodies: "Phiên họp lần thứ nhất Ủy ban hợp tác giữa Quốc hội
    # ...", "Hội thảo lý luận lần thứ 20 giữa hai Đảng", "Tham vấn chính trị cấp Thứ trưởng lần thứ 5".
    # "Phiên họp Hội đồng Cộng đồng Chính trị - An ninh ASEAN lần thứ 29", "Phiên họp lần thứ 22 của Hội đồng AFTA": a
    # council of ASEAN's in session.
    r"|phien hop(?= (?:[a-z0-9]+ ){0,4}uy ban (?:lien chinh phu|hon hop|hop tac)\b| (?:lan thu \w+ )?(?:cua )?hoi dong (?:[a-z-]+ ){0,8}?\(?(?:asean|afta|aia|cept)\b)|hoi thao ly luan|tham van chinh tri"
    # "Hội đồng Khu vực Thương mại tự do ASEAN (AFTA) lần thứ 33", "Hội đồng Điều phối ASEAN lần thứ 30": a numbered
    # session of one of ASEAN's councils (the AFTA, AIA and CEPT councils name no ASEAN) is a meeting.
    r"|hoi dong(?= (?:[a-z-]+ ){0,10}?(?:asean(?: \([a-z]{2,8}\))?|\(?(?:afta|aia|cept)\)?) lan thu\b)"
    # "Ủy ban Hợp tác chung ASEAN-Nga (AR-JCC) họp lần thứ 19", "Hội đồng Cộng đồng Chính trị - An ninh ASEAN (APSC)
    # đã họp": a body of ASEAN's, or of ASEAN and a partner, told meeting by its verb.
    r"|(?:hoi dong|uy ban)(?= (?:[a-z-]+ ){0,10}?asean(?:[ -]+[a-z]+){0,3}?(?: \([a-z0-9+ -]{2,12}\))?"
    r" (?:(?:(?:da|vua|se|dang) )?(?:nhom )?hop (?:lan|phien) thu\b|(?:da|vua|se|dang) (?:nhom )?hop\b(?! tac)))"
    # "Hội thảo ARF về an ninh mạng": one of the forum's inter-sessional meetings.
    # "Hội thảo về an ninh hàng hải trong khuôn khổ Diễn đàn khu vực ASEAN": its subject said before the forum.
    r"|hoi thao(?=(?: [a-z]+){0,8}? (?:cua |trong khuon kho )?(?:arf|dien dan khu vuc asean)\b)"
    # "dự phiên họp ASEAN - Hàn Quốc": a framework's own session, not a session of another meeting.
    r"|phien hop(?= asean ?[-+])"
    # "buổi họp ASEAN - Nhật Bản", "buổi họp cấp Bộ trưởng ASEAN - Úc" (not a press conference, "buổi họp báo").
    r"|buoi hop(?= (?:cap cao |thuong dinh |(?:cap )?bo truong(?: ngoai giao)? )?asean ?[-+])"
    # "Phiên thảo luận mở cấp Bộ trưởng của Hội đồng Bảo an": a session of a UN organ is a meeting.
    r"|phien (?:thao luan|hop)(?= (?:[a-z0-9]+ ){0,8}?(?:cua )?(?:hoi dong bao an|dai hoi dong)\b)"
    # "Tham vấn Bộ trưởng Kinh tế ASEAN - Trung Quốc lần thứ 21", "cuộc tham vấn giữa các Bộ trưởng Kinh tế ASEAN và ...".
    r"|(?:cuoc )?tham van(?= (?:lan thu \w+ )?(?:cap )?(?:bo truong|giua|aem|asean|cac bo truong)\b| lan thu \w+\b"
    r"| voi (?:cao uy|bo truong|dai dien|uy vien)\b)"
    # "Vòng đàm phán thứ 5 về Hiệp định thương mại tự do ASEAN - Hàn Quốc": a negotiating round is a meeting.
    # "Vòng đàm phán RCEP lần thứ 28", "vòng đàm phán thứ 3 nâng cấp Hiệp định ...": the pact by its acronym, an upgrade.
    r"|(?:vong|phien|cuoc) dam phan(?= (?:(?:thu|lan thu) \w+ |moi )?(?:ve |cua )?(?:nang cap )?(?:hiep dinh|fta|asean|coc"
    r"|bo quy tac|rcep|(?:cp)?tpp|[a-z]{1,4}fta|ajcep|ipef|khuon kho kinh te|khung kinh te)\b)"
    # A meeting of ministers or leaders told as "a meeting" ("cuộc gặp không chính thức Bộ trưởng Quốc phòng
    # ASEAN-Hoa Kỳ"); a meeting of two persons is the bilateral reader's.
    r"|cuoc gap(?: go)? (?:khong chinh thuc )?(?:giua )?(?:cac )?(?:bo truong|ngoai truong|nha lanh dao|lanh dao)"
    # "các cuộc gặp 10+1 với Trung Quốc và Hàn Quốc": ASEAN+1's meetings by their numbers.
    # "Tại cuộc gặp thường niên ở Manila, các ngoại trưởng ASEAN ...": an annual meeting, told by who met.
    r"|cuoc gap(?= (?:10|asean) ?\+ ?[13]\b| thuong nien\b)"
    # "các ngoại trưởng ASEAN và Trung Quốc đã thông qua ... tại cuộc gặp ở Manila": a meeting placed by its noun
    # alone, read from who met (``_met_by_participants``).
    r"|cuoc gap(?= (?:o|tai) ))\b")
# Acronyms that name a meeting by themselves (matched case-sensitively on the original text).
_ACRONYM = re.compile(
    # "ARF 29", "EAS-17", "EAS FMM", "APT 25": the frameworks' meetings by their acronyms and numbers.
    # "50th AMM": an English ordinal before the acronym, as a translated page writes it.
    r"(?<![\w-])(?:\d{1,2}(?:st|nd|rd|th) (?=(?:AMM|AEM|ARF|EAS|ADMM|ACC|JCM|AIPA)\b))?(?:SOM(?: ASEAN(?:\+3)?| EAS| ARF| APT)?|AMMR|AMM(?:[- ]\d{1,2})?|JCM"
    # "AEM-METI", "AEM+3", "EAS EMM": the economic ministers' consultations and frameworks by their acronyms.
    r"|(?:ARF|EAS|APT)(?: SOM| FMM| EMM)?(?:[- ]\d{1,2}(?![\d/]|[.,]\d))?|PMC(?:\+1)?"
    r"|AEM(?: ?\+ ?3| ?[\u2010-\u2015-] ?(?:METI|MOFCOM|USTR|ROK|CER)|[- ]\d{1,2}(?![\d/]|[.,]\d))?|ACC(?:[- ]\d{1,2}(?![\d/]|[.,]\d))?|ADMM(?:\+(?: \d{1,2}(?![\d/]|[.,]\d))?|[- ]\d{1,2}(?![\d/]|[.,]\d))?|AMMTC(?:\+3)?"
    # "COP29": the climate conference by its acronym and number.
    r"|APEC(?: \d{4})?|ASEM(?: ?\d{1,2})?|G20|COP ?\d{1,2}|WEF(?: Davos)? (?:19|20)\d\d|Shangri-La (?:19|20)\d\d|AIPA(?:[- ]\d{1,2}(?![\d/]|[.,]\d))?|(?:TELMIN|Telmin|ADSOM\+?|SEOM)(?: ?\d{1,2})?|ASEAN[- ]\d{1,2}(?![\d/.,])"
    # "ACMECS-9", "AMAF 45": the bodies named by their acronym and number only.
    r"|(?:" + "|".join(NUMBERED_BY_ACRONYM) + r")[- ]\d{1,2}(?![\d/]|[.,]\d))"
    # "ADMM+ lần thứ 10": the number said after the acronym is its own.
    r"(?: lần thứ \d{1,3}(?!\d))?(?![\w])")
# Where a name stops: punctuation (not the point of "St. Petersburg"), a date, the next meeting's name, or a word
# that starts the predicate or an adjunct. Matched on the lower-cased text WITH diacritics: folded, "vận tải" would
# read as "vận tại" (at) and "lần thứ tư" as "lần thứ từ" (from).
_STOP = re.compile(
    # "(Kuala Lumpur, 23/9/2025)": a caption's bracket of place and day.
    # "- 9/10: Hội nghị ...": a schedule's dash before the next day.
    r"[,;:!?\n\[\])]|(?<!\bst)\.| ?\((?=tháng|ngày|năm|từ|\d|[^()\n]{1,30}\d{1,2}[/-]\d|[^()\n]{1,30},\s*(?:19|20)\d\d\))| [-–—](?= (?:ngày )?\d{1,2}[/-]\d)| (?:tháng \d|tháng (?:giêng|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b|năm (?:19|20)\d\d|năm (?:ngoái|nay|tới|sau)\b|trên (?:đảo|tàu|du thuyền)\b|lần lượt\b|đều(?! đặn)\b|\d{1,2}[/-]\d"
    # "Hội nghị ASEAN - Nhật Bản năm nay đánh dấu ...": a predicate.
    r"|đánh dấu\b|không (?:diễn ra|được|thể|tổ chức)\b|bị (?:hoãn|hủy|huỷ)\b)"
    # "kỷ niệm 30 năm quan hệ đối tác đối thoại ASEAN - Nga", "các bên đối thoại": a dialogue relation, not a meeting.
    # "Cấp cao ASEAN 43 & các hội nghị liên quan": "&" for "và".
    r"| & (?:các|những)\b"
    r"| (?:và |cho )?(?:hội nghị|cuộc họp|hncc|hnbtng)\b| và (?:hội đồng|ủy ban|uỷ ban)\b|(?<!quan hệ)(?<!đối tác)(?<!bên)(?<!nước) (?:và )?đối thoại\b| và diễn đàn\b"
    r"| (?:đã|sẽ|được|đang|vừa|dự kiến|dự định|tại|ở(?! biển đông)|từ|vào|ngày|hồi (?:tháng|đầu|cuối|năm|ngày|giữa)|(?<!tự )do|chuẩn bị|trù bị|và các(?! (?:nước |bên )?đối tác| (?:nước|quốc gia) (?:đông nam á|asean)\b| (?:nhà )?(?:lãnh đạo|bộ trưởng|ngoại trưởng)[^,.;]{0,30}\b(?:asean|đông nam á)\b)"
    # "dự Cấp cao ASEAN-47 và ký Tuyên bố chung": what the subject does next.
    r"|và (?:ký|thăm|gặp|hội đàm|hội kiến|điện đàm|chào xã giao|tiếp|phát biểu|chứng kiến|làm việc|bàn|thảo luận"
    r"|trao đổi|nhất trí|có (?:cuộc|các|những|buổi)|(?:tham )?dự\b|(?:đồng )?chủ trì|nhấn mạnh|khẳng định|kêu gọi)|và nhiều|cùng với|cùng (?:các|những|ngày|thời gian)|tổ chức (?:tại|ở|vào|ngày|từ|hồi|trong|trực tuyến|theo)|(?<!không )chính thức (?:khai mạc|bế mạc|bắt đầu|diễn ra|kết thúc)|nhằm|với chủ đề|trong(?! khuôn khổ)|bên lề|tới|tối(?! cao| ưu| thiểu| đa)|sắp|hôm|sáng(?! kiến| lập| tạo)|chiều|diễn ra|khai mạc|bế mạc|là|có(?! hiệu lực)"
    r"|cũng|này|cho biết|rằng|kéo dài|thông qua|ra|nhân dịp|trước|sau|khi|để|bắt đầu|kết thúc|theo|cần|phải|thì|mà"
    # "dự hội nghị với tư cách Chủ nhà APEC 2017": the capacity a delegation attends in.
    r"|với tư cách|với vai trò|trên cương vị|với sự (?:tham dự|tham gia|có mặt|chủ trì)"
    r"|còn|thành công|tiếp theo|như|lần này|đầu tiên(?! (?:giữa|của|với)\b)|cuối cùng|vừa qua|sắp tới|vừa rồi|hôm nay|những(?! người (?:đồng cấp|đồng nhiệm|đồng nghiệp))"
    # A headline's predicate: "Hội nghị ... lần thứ 21 nhất trí tăng cường hợp tác".
    r"|nhất trí|thảo luận|kêu gọi|nhấn mạnh|(?:tái )?khẳng định|hoan nghênh|bày tỏ|thống nhất|đạt được"
    # "Hội nghị đánh giá kết quả hợp tác ... kể từ ...", "Hội nghị ghi nhận ...": an act told of the meeting (the
    # review conference by its own name, "Hội nghị Đánh giá NPT", takes no such object).
    r"|đánh giá (?:cao|kết quả|tình hình|lại|những|các|tiến độ|việc)|ghi nhận|tập trung|xem xét)(?![\wÀ-ỹ])")
# Plural or quantified: "các hội nghị", "mỗi hội nghị", "12 hội nghị". With diacritics: "mời họp" is no "mỗi".
# On the same line (\Z: "$" would match before the line's own newline, "Việt Nam chủ trì ASEAN 2020\nHội nghị ..."),
# and a count, not a date or time ending the line before ("ngày 5/8/2019\nCuộc họp ...").
_GENERIC_BEFORE = re.compile(r"(?:\bcác|\bnhững|\bnhiều|\bmột số|\bmỗi|\bcác cuộc|\bkhoảng|(?<![\d/.:-])\d+)[ \t]*\Z")
# "trong khuôn khổ các hội nghị cấp cao của khối", "bên lề các hội nghị": the plural frames one occasion (a summit
# week), not meetings in general.
_FRAMED_PLURAL = re.compile(r"\b(?:trong khuon kho|ben le) cac\s*$")
# A meeting named inside another's name: "Hội nghị quan chức các nước tham gia Hội nghị cấp cao Đông Á".
_NESTED_BEFORE = re.compile(r"(?:tham gia|khuon kho|ben le|cua)\s*$")
# "vòng 21 Đối thoại ...", "phiên thứ 3 Đối thoại ...", "Khóa họp thứ 78 Đại hội đồng ...": the round's or session's
# number opens the name.
_ROUND_BEFORE = re.compile(r"\b(?:vong|phien|khoa(?: hop)?|ky hop) (?:thu )?\d{1,3}\s+$")
_QUOTED = re.compile(r"[ \t]*[\"“]([^\"”\n]{1,80})[\"”]")
_PAREN_ABBR = re.compile(r"[ \t]*\(([^()]{1,24})\)")
# "SOM ASEAN+3, SOM EAS và SOM ARF": the frameworks' officials too.
# "các hội nghị 10+1, 10+3 và Cấp cao Đông Á": older copy's ASEAN+1 and ASEAN+3 by ASEAN's ten.
# "các cuộc tham vấn AEM-MOFCOM, AEM-METI, AEM-USTR", "AEM - Trung Quốc, AEM - Nhật Bản": the economic ministers'
# consultations with each partner, by its ministry or its name.
_FRAMEWORK_FOLLOWS = re.compile(r" ?(?:(?:asean|10) ?\+ ?[13]|dong a|eas|apt|som (?:asean ?\+ ?3|eas|arf|apt)|arf som"
                                r"|aem ?- ?[a-z])")
_FRAMED_BY_MEETING = re.compile(r" trong khuon kho (?:(?:cac|nhung) )?(?:hoi nghi|cuoc hop|cap cao|thuong dinh|tuan le"
                                r"|dien dan|amm|aem|admm|arf|eas|apec|aipa|asean[- ]\d)\b")
_NUMBER_AFTER = re.compile(r" lần thứ (?:\d{1,3}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\wÀ-ỹ])")
MAX_NAME = 160
# "WEF Davos 2025", "Shangri-La 2023": one year's meeting ("APEC 2017" is more often the host's whole APEC year).
_NAMED_BY_YEAR = re.compile(r"^(?:WEF|Shangri-La)\b.* (?:19|20)\d\d$")
# "Hội nghị Cấp cao ASEAN+3 và ASEAN+1 với Trung Quốc, ...": the ASEAN+1 item with its partners stays in the name, for
# the list's reading to give each its meeting.
# "các hội nghị AEM - Trung Quốc, AEM - Nhật Bản và AEM - Hoa Kỳ": the economic ministers with one partner each, one list.
_AND_ACRONYM = re.compile(r" (?:và|hoặc) (?=(?:SOM|AMM|ARF|EAS|AEM(?! ?[\u2010-\u2015-] ?\w)|ADMM|APEC|ASEM|G20|AIPA|JCM)\b)")
# "Hội nghị Bộ trưởng Ngoại giao ASEAN+3, EAS và ARF": frameworks listed under the head before the last one.
_SHARED_HEAD_NOUN = re.compile(r"\b(?:hoi nghi|cuoc hop) (?:cap cao|bo truong|som)[^,.;()]{0,40}"
                               r"(?:, ?(?:som )?(?:asean ?\+ ?3|apt|eas|arf|(?:cap cao )?dong a|asean ?- ?[a-z ]{2,16}))*"
                               r"\s(?:va|hoac)\s+$")
# ASEAN's heads of government or state, several of them: "các Thủ tướng", "Thủ tướng các nước", "nguyên thủ 10 nước".
_HEADS_OF_ASEAN = (r"(?:cac (?:nha )?(?:thu tuong|nguyen thu(?: quoc gia)?|nguoi dung dau(?: chinh phu| nha nuoc)?)(?: (?:cua )?"
                   r"(?:cac|\d{1,2}|muoi) (?:nuoc|quoc gia))?|(?:thu tuong|nguyen thu(?: quoc gia)?|nguoi dung dau(?: chinh phu"
                   r"| nha nuoc)?) (?:cua )?(?:cac|\d{1,2}|muoi) (?:nuoc|quoc gia))")
# "Bộ trưởng kinh tế các nước ASEAN vừa nhóm họp", "các bộ trưởng ngoại giao Đông Nam Á sẽ gặp nhau", "các quan
# chức cấp cao của 10 nước ASEAN, Hàn Quốc, Nhật Bản và Trung Quốc sẽ nhóm họp", "các nhà lãnh đạo Hàn Quốc và ASEAN
# sẽ gặp nhau": a meeting told by who meets.
# Also a council of ASEAN's: "Hội đồng Điều phối ASEAN đã họp tại Kuala Lumpur", "Hội đồng AFTA đã nhóm họp".
# "Bộ trưởng Quốc phòng 10 nước ASEAN tổ chức hội nghị hẹp", "các ngoại trưởng ASEAN đã có cuộc gặp (họp) không chính
# thức", "các bộ trưởng tài chính ASEAN đã kết thúc hội nghị thường niên lần thứ 9": the meeting they hold, named
# by its noun alone ("how": how it is held, which the series may need; "nth": its number).
# "Các Bộ trưởng RCEP đã họp": the pacts beside ASEAN too.
# "Các Bộ trưởng Ngoại giao của Hiệp hội các quốc gia Đông Nam Á (ASEAN) đã gặp nhau": ASEAN's full name; "Hội đồng
# Cộng đồng Kinh tế ASEAN (AECC) lần thứ 19 đã họp": the body's acronym and number.
_MET_AS_A_BODY = re.compile(r"\b((?:(?:(?:cac )?(?:nha )?(?:bo truong|ngoai truong|quan chuc cao cap|quan chuc cap cao|lanh dao"
                            r"|ngoai giao|hoi dong)[a-z ]{0,30}?\b(?:cua )?(?:\d{1,2} )?(?:cac )?(?:nuoc |quoc gia )?"
                            # "Thủ tướng các nước ASEAN nhóm họp", "các nguyên thủ ASEAN đã họp": the heads as a body,
                            # plural (one head then ASEAN may be his remark on it).
                            r"|" + _HEADS_OF_ASEAN + r" )(?:thanh vien )?(?:asean(?:\+3)?|dong nam a|(?<=nuoc )dong a|arf|eas|rcep|cptpp"
                            # "Các ngoại trưởng G20 đã nhóm họp", "Bộ trưởng Tài chính các nước G20 họp": the groups
                            # outside ASEAN too (not APEC: its ministers' meetings are named, "Hội nghị Bộ trưởng APEC").
                            r"|g20|g7|asem|brics)"
                            r"(?: \([a-z+-]{2,12}\))?(?: lan thu \w+)?|hoi dong (?:hiep dinh )?(?:cept ?[/-] ?)?afta(?: lan thu \w+)?)"
                            # "... và Ngoại trưởng New Zealand": a partner's office-holder met too.
                            # "... và Ủy viên Thương mại EU": the EU's commissioner.
                            r"(?:(?:, | va )(?:[a-z ]{2,20}?|(?:ngoai truong|bo truong|thu tuong|tong thong|uy vien|cao uy"
                            r"|dai dien)(?: [a-z]+){1,3}?)){0,4})"
                            # "đã nhóm họp lần thứ 49": the number after the verb is the meeting's.
                            r"\s+(?:da |vua |se |dang )?(?:(?:nhom hop|hop|gap nhau)(?P<met_nth> lan thu \w+)?"
                            r"|(?:to chuc|co|tien hanh|buoc vao|khai mac|be mac|ket thuc|bat dau)"
                            r" (?:mot )?(?:cuoc )?(?:hoi nghi|cuoc hop|hop|gap)"
                            r"(?P<how>(?: (?:hep|khong chinh thuc|thuong nien|truc tuyen|dac biet))*)(?P<nth> lan thu \w+)?"
                            r"(?!(?: [a-z]+){0,4} voi\b))\b"
                            # "lãnh đạo ASEAN họp với lãnh đạo các nước đối tác": ASEAN's partners, none named.
                            r"(?! voi (?:[a-z]+ ){0,4}doi tac\b)")
# "Bộ trưởng Quốc phòng Nhật Bản ... có cuộc họp không chính thức với những người đồng cấp ASEAN", "Ngoại
# trưởng Trung Quốc sẽ gặp các ngoại trưởng ASEAN": one partner meeting ASEAN's ministers or leaders.
_PARTNER_MEETS_ASEAN = re.compile(
    # "Tổng thống Hàn Quốc Roh Moo-hyun sẽ gặp ...": a hyphen in the office-holder's name.
    r"\b((?:bo truong|ngoai truong|thu tuong|tong thong|chu tich|ong|ba)[a-z -]{0,60}?"
    r"\b(?:(?:co|chu tri|to chuc) (?:mot |cac )?cuoc (?:hop|gap)[a-z ]{0,30}? voi|gap(?: go)?(?: voi)?|hop voi|hoi dam voi|tiep)"
    # "có cuộc gặp với 10 nhà lãnh đạo ASEAN": the ten counted.
    r" (?:nhung nguoi |cac (?:nguoi )?)?(?:(?:\d{1,2}|muoi) )?(?:nha )?(?:dong cap|dong nghiep|dong nhiem|bo truong|ngoai truong|lanh dao)"
    r"(?: [a-z0-9]+){0,3}?"
    r" (?:cac nuoc )?asean)\b")
# "Các Bộ trưởng Ngoại giao ASEAN sẽ họp với Ngoại trưởng Trung Quốc", "lãnh đạo các nước ASEAN đã có cuộc gặp
# với Thủ tướng Australia": ASEAN's ministers or leaders meeting one partner's office-holder.


@lru_cache(maxsize=1)
def _asean_meets_partner() -> re.Pattern[str]:
    return re.compile(
        r"\b((?:cac )?(?:nha )?(?:bo truong|ngoai truong|lanh dao|dong nghiep)[a-z0-9 ]{0,30}?\b"
        r"(?:cac nuoc |cac quoc gia )?asean"
        # "AEM sẽ tham vấn với Bộ trưởng Thương mại Trung Quốc": the economic ministers by their acronym.
        r"|\baem"
        # "các Bộ trưởng cũng đã họp với từng đối tác Trung Quốc, ...": ASEAN's ministers left unsaid, the partners
        # ("đối tác") tell it.
        r"|cac (?:nha )?(?:bo truong|ngoai truong|lanh dao)(?: ngoai giao| kinh te)?(?=(?: [a-z]+){1,8}? (?:cac|tung) (?:nuoc )?doi tac\b)"
        # "ASEAN sẽ lần lượt họp cấp cao với Trung Quốc, ...": ASEAN itself, meeting at leaders' level.
        # "ASEAN sẽ có các cuộc gặp cấp cao riêng với 6 đối tác là ...": the same, told by its meetings.
        r"|(?<![\w-])asean(?= (?:(?:da|vua|se|dang|cung|lan luot|tiep tuc|con) ){0,3}"
        r"(?:hop (?:cap cao|thuong dinh) voi\b|co (?:cac |nhung )?cuoc (?:gap|hop) (?:cap cao|thuong dinh)\b)))"
        # "các ngoại trưởng ASEAN hôm qua cũng đã họp với ...": the day said between who met and the verb.
        r" (?:(?:da|vua|se|dang|cung|lan luot|tiep tuc|con|hom (?:qua|nay)|ngay mai|(?:sang|chieu|toi) (?:nay|qua|mai)"
        r"|sau do) ){0,4}"
        # "đã có cuộc tham vấn lần thứ 16 với ...": its number before the partner.
        # "đã lần lượt hội đàm với lãnh đạo Trung Quốc, ...": talks with each partner's leaders.
        # "đã có cuộc đối thoại với Thủ tướng Canada", "họp riêng với Thủ tướng Trung Quốc": a dialogue, a meeting
        # apart from the others.
        r"(?:co (?:mot |cac )?cuoc (?:hop|gap|tham van|doi thoai)[a-z0-9 ]{0,30}? voi"
        r"|hop(?: cap cao| thuong dinh)?(?: rieng(?: re)?)? voi|tham van voi|doi thoai voi"
        r"|hoi dam voi|tiep xuc voi|gap(?: go)?(?: rieng(?: re)?)?(?: voi)?)"
        # "... họp với người đồng cấp Trung Quốc": the partner's counterpart; "họp với các đối tác Trung Quốc, Nhật
        # Bản": the partners themselves.
        # "gặp gỡ người đứng đầu 6 nước đối tác là Trung Quốc, ...": the partners' leaders, counted.
        r" ((?:(?:(?:cac |nhung )?(?:tong thong|thu tuong|chu tich|ngoai truong|bo truong|uy vien|cao uy|dai dien"
        r"|(?:nguoi )?dong (?:cap|nhiem)|(?:nha )?lanh dao|nguoi dung dau)"
        # "Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản": a portfolio of several words, a comma among them.
        r"(?:,? [a-z0-9]+){0,8}?|(?:cac |tung |\d{1,2} )?(?:nuoc )?doi tac(?: doi thoai)?(?: (?:la|gom|nhu))?) )?"
        # "các Bộ trưởng ASEAN họp với Trung Quốc, Nhật Bản và Hàn Quốc": the partners themselves.
        rf"(?:{partner_alternation()}))\b")


_LEADERS_VERB = re.compile(r"\b(?:hop|cuoc gap) (?:cap cao|thuong dinh)\b")
# ASEAN's own meetings told by who met, and the partner meeting at the same level.
_ASEAN_LEVELS = {"asean-summit": "asean-partner-summit", "amm": "asean-partner-other", "aem": "asean-partner-other",
                 "admm": "asean-partner-other", "asean-som": "asean-partner-other"}
# "... trong khuôn khổ Hội nghị cấp cao ASEAN+3": the framework's meeting named.
_APT_FRAME = re.compile(r"[ ,]*(?:\(|trong khuon kho |theo (?:co che|hinh thuc) )"
                        r"(?:(?:cac )?(?:hoi nghi|cuoc hop)(?: cap cao| thuong dinh| bo truong(?: [a-z]+){0,2}?)? )?"
                        r"(?:asean ?\+ ?3|apt|10 ?\+ ?3)\b")


@lru_cache(maxsize=1)
def _asean_and_partner_met() -> re.Pattern[str]:
    # "ASEAN và Trung Quốc nhóm họp tại Bangkok", "Nhật Bản và ASEAN đã họp": the two sides as who met.
    alt = partner_alternation()
    return re.compile(rf"\b(asean (?:va|voi) (?:{alt})|(?:{alt}) va asean)"
                      r"\s+(?:(?:da|vua|se|dang|cung) ){0,2}(?:nhom hop|hop|gap nhau)\b(?! bao\b)")


_COOPERATE = re.compile(r"(?<!\w)hợp(?!\w)")


def _meets(lower: str, end: int) -> bool:
    """Whether the verb ending at ``end`` is "họp" or "gặp nhau": folded, "hợp tác" (cooperate) reads as "họp"."""
    return lower.endswith(("họp", "gặp nhau"), 0, end)


def _three_as_apt(folded: str, found: MeetingMention, at: int, end: int) -> bool:
    """Whether the partners met are ASEAN+3's three and the words after the list name that framework."""
    return partners_named(found.name) == {"CN", "JP", "KR"} and bool(_APT_FRAME.match(folded, at, end))


# "6 đối tác là Trung Quốc": the partners counted before they are named, which the series rules do not read.
_COUNTED_PARTNERS = re.compile(r"\d{1,2} (?:nuoc )?doi tac(?: doi thoai)? (?:la|gom|nhu) ")


def _counted_partners_len(folded: str, at: int) -> int:
    """The length of a count of partners ("6 đối tác là ") opening the partner met at ``at``, else 0."""
    counted = _COUNTED_PARTNERS.match(folded, at)
    return counted.end() - at if counted else 0


def _asean_said(subject: str) -> str:
    """ASEAN's ministers or leaders as the series rules read them: "các Bộ trưởng" met "các đối tác" are ASEAN's."""
    return subject if "asean" in fold(subject) else f"{subject} ASEAN"


# ", Ngoại trưởng Nhật Bản Kamikawa Yoko và Ngoại trưởng Hàn Quốc Cho Tae-yul": the next office-holders met, each
# after the one before's name.
@lru_cache(maxsize=1)
def _next_office_holder() -> re.Pattern[str]:
    return re.compile(r"(?: [a-z-]+){0,4}?(?:, | va )((?:tong thong|thu tuong|chu tich|ngoai truong|bo truong"
                      rf"|uy vien|cao uy|dai dien)(?: [a-z]+){{0,3}}? (?:{partner_alternation()}))\b")


def _more_office_holders(folded: str, pos: int, end: int) -> list[re.Match[str]]:
    out = []
    while (m := _next_office_holder().match(folded, pos, end)) is not None:
        out.append(m)
        pos = m.end()
    return out


# ", Nhật Bản và Hàn Quốc": more partners after the first one ASEAN's leaders or ministers met.
@lru_cache(maxsize=1)
def _more_partners() -> re.Pattern[str]:
    # ", Australia - New Zealand, Hoa Kỳ": a pair of partners met as one (the CER) is one item of the list.
    alt = partner_alternation()
    return re.compile(rf"(?:(?:, | va )(?:{alt})\b(?: ?- ?(?:{alt})\b)?)+")


# "tại Cấp cao ASEAN - Nhật Bản lần thứ 25", "Thượng đỉnh Đông Á lần thứ 16", "Thượng đỉnh G20", "Thượng đỉnh Đông
# Nam Á năm 2005": a summit named without "Hội nghị", by its level then its body. Not a level said of people or ties
# ("lãnh đạo cấp cao ASEAN", "quan hệ cấp cao").
@lru_cache(maxsize=1)
def _bare_level() -> WordStart:
    # The body after the level, or a partner then ASEAN ("Thượng đỉnh Mỹ - ASEAN").
    # "Thượng đỉnh đặc biệt ASEAN - Mỹ", "Cấp cao kỷ niệm ASEAN - Australia": the occasion said before the body.
    # "tại thượng đỉnh với Mỹ": ASEAN's summit with the partner, in an article about ASEAN.
    # "tại thượng đỉnh 10+1 với Nhật Bản": ASEAN's ten and one partner, as older copy writes it.
    return WordStart(r"(?:cap cao|thuong dinh)"
                     r"(?=(?: dac biet| ky niem)? (?:asean|10 ?\+ ?[13]\b|hiep hoi cac (?:quoc gia|nuoc) dong nam a|(?:khoi )?dong nam a|dong a|mekong|me cong"
                     r"|clmv|clv|acmecs|gms|mlc|tieu vung|g20|g7|apec|brics|asem|a ?- ?au|sco|lien hop quoc|lien hiep quoc)\b"
                     rf"|(?: dac biet| ky niem)? (?:{partner_alternation()}) ?- ?asean\b"
                     rf"|(?<=thuong dinh)(?: dac biet)? voi (?:{partner_alternation()})\b)")
@lru_cache(maxsize=1)
def _english_summit() -> re.Pattern[str]:
    # "26th ASEAN-China Summit", "East Asia Summit (EAS) lần thứ 18", "ASEAN Summit lần thứ 44": a translated page
    # keeps the English name.
    return re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th) )?(?:asean ?- ?(?:{partner_alternation()})|asean plus three|asean ?\+ ?3|east asia|asean)"
                      r" (?:commemorative |special )?summit\b"
                      # "ASEAN Leaders' Meeting" (Jakarta, April 2021): the leaders' meeting by its English name.
                      r"|\basean leaders['’]? meeting\b"
                      # "50th ASEAN Foreign Ministers' Meeting", "ASEAN-Japan Economic Ministers Meeting", "ASEAN Senior
                      # Officials' Meeting", "ASEAN Post Ministerial Conference": the ministers' and officials' meetings.
                      rf"|\b(?:\d{{1,2}}(?:st|nd|rd|th) )?(?:asean ?- ?(?:{partner_alternation()})|asean plus three|asean ?\+ ?3"
                      r"|east asia summit|asean)"
                      r" (?:(?:foreign|economic|defen[cs]e) ministers['’]? meeting(?: ?-? ?plus)?|senior officials['’]? meeting"
                      r"|post[- ]ministerial conference)\b")


_NOT_BARE_BEFORE = re.compile(r"\b(?:hoi nghi|cuoc hop|hop|cuoc gap|lanh dao|quan chuc|doan|dai dien|dai bieu|quan he"
                              r"|tiep xuc|trao doi|giao luu|tuan le|chuoi|cac|nhung|nhieu|muc|cap|chuyen tham|can bo"
                              r"|chuyen gia|hop tac|co che|dien dan|doi thoai|tham van|uy ban|nhom)\s+$")
# "hội nghị cấp cao đặc biệt với lãnh đạo các nước ASEAN": a meeting with ASEAN whose other side is its host.
# Also with ASEAN's ministers ("cuộc họp không chính thức với các Bộ trưởng Quốc phòng ASEAN", "hội nghị với các
# ngoại trưởng ASEAN"), their counterparts ("với những người đồng cấp ASEAN").
_WITH_ASEAN = re.compile(r"\bvoi (?:cac |nhung )?(?:nguoi )?(?:nha )?(?:lanh dao |bo truong(?: [a-z]+){0,2} |dong cap |dong nghiep "
                         r"|dong nhiem )?(?:cua )?(?:cac nuoc |(?:\d{1,2}|muoi) nuoc )?(?:asean|dong nam a)\b")
# "hội nghị với ASEAN", "cuộc gặp với các nước ASEAN": a meeting with ASEAN and no level said.
_WITH_ASEAN_ONLY = re.compile(r"^(?:hoi nghi|cuoc hop|cuoc gap)(?: [a-z]+){0,2}? voi (?:cac )?(?:nuoc )?(?:asean|dong nam a)$")
_HOSTED_SERIES = {"asean-summit", "asean-partner-summit", "asean-partner-other", "amm", "admm", "aem"}


def _subject_partner(text: str, sentence_start: int, at: int) -> str | None:
    """The one partner the sentence names before ``at``: a partner country, else a known office-holder of one
    ("Ngoại trưởng Rice", "Tổng thống Obama"). Two partners ("Thủ tướng Australia và Thủ tướng New Zealand")
    make no ASEAN+1 meeting."""
    codes = partners_named(text[sentence_start:at])
    if codes:
        return codes.pop() if len(codes) == 1 else None
    return office_holder_partner(text[sentence_start:at])


def _hosted_by_partner(text: str, found: MeetingMention, sentence_start: int, sentence_end: int) -> MeetingMention:
    """A meeting "with ASEAN" the sentence's subject holds ("Tổng thống Mỹ sẽ chủ trì hội nghị cấp cao
    đặc biệt với lãnh đạo các nước ASEAN", "Ngoại trưởng Rice có cuộc gặp không chính thức với các Ngoại trưởng
    ASEAN") is ASEAN's meeting with that partner; with no partner before it, the one partner said after it ("Tại hội
    nghị thượng đỉnh với ASEAN, Thủ tướng Ấn Độ ...")."""
    if found.partner or found.series not in _HOSTED_SERIES:
        return found
    canon = canonical(found.name)
    if not _WITH_ASEAN.search(canon):
        return found
    partner = partner_of(canonical(text[max(sentence_start, found.start - 80):found.end])) \
        or _subject_partner(text, sentence_start, found.start) \
        or (_subject_partner(text, found.end, sentence_end) if not partners_named(text[sentence_start:found.start]) else None)
    return replace(found, series=partner_series(canon), partner=partner) if partner else found


def _plus_one_of_subject(text: str, found: MeetingMention, sentence_start: int) -> MeetingMention:
    """An ASEAN+1 meeting its name leaves without a partner ("Ngoại trưởng Nhật Bản tham dự Hội nghị Bộ trưởng
    Ngoại giao ASEAN+1") is held with the one partner the sentence names before it."""
    if found.partner or not found.series.startswith("asean-partner") or not PLUS_ONE.search(canonical(found.name)):
        return found
    partner = _subject_partner(text, sentence_start, found.start)
    return replace(found, partner=partner) if partner else found


@lru_cache(maxsize=1)
def _body_before() -> re.Pattern[str]:
    return re.compile(rf"(?:\b(\d{{1,2}}) )?\b((?:asean ?- ?(?:{partner_alternation()})|(?:{partner_alternation()}) ?- ?asean"
                      r"|asean ?(?:\+ ?3|cong ba|plus three)|dong a)\b) $")


# A meeting named by its level alone: "hội nghị thượng đỉnh lần thứ 15", "Hội nghị Bộ trưởng Ngoại giao đặc biệt".
# "cuộc họp các quan chức cấp cao": the officials with "các".
# "Hội nghị tham vấn lần thứ 20", "cuộc tham vấn lần thứ 22": a consultation said by its number alone.
_NO_BODY = re.compile(r"^(?:hoi nghi|cuoc hop|hop|cuoc gap|(?:cuoc )?tham van)(?: (?:cap cao|(?:cac )?bo truong(?: ngoai giao"
                      r"| kinh te| quoc phong)?|(?:cac )?som|tham van"
                      r"|dac biet|khong chinh thuc|truc tuyen|thuong nien|lan thu \w+|thu \d+"
                      # "Hội nghị Cấp cao kỷ niệm 50 năm quan hệ (đối tác đối thoại)": the anniversary of the ties.
                      r"|ky niem(?: \d{1,2} nam)?(?: (?:quan he|hop tac)(?: doi tac| doi thoai| huu nghi)*)?(?: hai ben)?"
                      # "hội nghị cấp cao giữa hai bên": the two sides the sentence names before it.
                      r"|(?:giua|cua) hai ben)){1,4}$")


_HOSTS = re.compile(r"\b(?:dang cai|chu tri|to chuc)\b")
_OCCASION_SUMMIT = re.compile(r"\bcap cao (?:dac biet|ky niem)\b")


def _partner_hosting_anniversary(text: str, before: str, canon: str) -> str | None:
    """"Nhật Bản sẽ đăng cai Hội nghị Cấp cao kỷ niệm", in an article about ASEAN: the one partner the sentence
    names hosts its commemorative or special summit with ASEAN."""
    if not _OCCASION_SUMMIT.search(canon) or not _HOSTS.search(fold(before)) \
            or "asean" not in fold(text):
        return None
    # "Tổng thống Joe Biden chủ trì Hội nghị Cấp cao đặc biệt": the partner by its known office-holder too.
    return _subject_partner(before, 0, len(before))


_BOTH_SIDES = re.compile(r"\bhai ben\b")
_SIDES_BACK = 300   # how far back the sentence before may name the two sides


def _both_sides_said_before(text: str, sentence_start: int, before: str, canon: str) -> str | None:
    """"Quan hệ ASEAN - Hoa Kỳ ... Trước đó, hai bên đã tổ chức Hội nghị Cấp cao đặc biệt tại Washington": the two
    sides are ASEAN and the one partner the sentence before names. So are they when the sentence names no one at
    all: "Năm 2014, Hội nghị Cấp cao đặc biệt kỷ niệm 25 năm được tổ chức tại Busan" after a sentence on ASEAN-Hàn
    Quốc's 20th anniversary summit."""
    if not _OCCASION_SUMMIT.search(canon) or not (_BOTH_SIDES.search(fold(before)) or _names_no_one(before)):
        return None
    earlier = canonical(text[max(0, sentence_start - _SIDES_BACK):sentence_start])
    partner = partner_of(earlier)
    return partner if partner and len(partners_named(text[max(0, sentence_start - _SIDES_BACK):sentence_start])) == 1 \
        else None


def _names_no_one(before: str) -> bool:
    """Whether the words before a meeting's name in its sentence name no country or organisation."""
    return not registry.find_countries(before) and "asean" not in fold(before)


# "Thủ tướng Trung Quốc Lý Khắc Cường và lãnh đạo các nước ASEAN đã dự", "Tổng thống Putin và các nhà lãnh đạo
# ASEAN": a partner's leader joined with ASEAN's as who met.
_JOINT_SUBJECT = re.compile(r"\b(?:va|cung(?: voi)?)\b[^,;.]{0,30}\basean\b|\basean\b[^,;.]{0,30}\b(?:va|cung(?: voi)?)\b")


def _joint_partner(before: str) -> str | None:
    """The one partner (or a known office-holder of one) a subject joined with ASEAN names."""
    if not _JOINT_SUBJECT.search(canonical(before)):
        return None
    return _subject_partner(before, 0, len(before))


def _held_by_asean_and_partner(text: str, found: MeetingMention, sentence_start: int) -> MeetingMention:
    """A meeting named by its level alone whose sentence says ASEAN and one partner hold it ("các nhà lãnh đạo
    ASEAN và Nhật Bản đã tổ chức hội nghị thượng đỉnh lần thứ 15", "ASEAN và Hoa Kỳ tổ chức Hội nghị Bộ trưởng
    Ngoại giao đặc biệt") is their ASEAN+1 meeting."""
    canon = canonical(found.name)
    if found.partner or not _NO_BODY.match(canon):
        return found
    before = text[sentence_start:found.start]
    partner = partner_of(canonical(before)) or _partner_hosting_anniversary(text, before, canon) \
        or _both_sides_said_before(text, sentence_start, before, canon) or _joint_partner(before)
    # "lãnh đạo ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc": more partners than one make no ASEAN+1 meeting.
    if partner is None or len(partners_named(before)) > 1:
        return found
    return replace(found, series=partner_series(canon + _level_of_who(before, canon)), partner=partner)


_WHO_LEADERS = re.compile(r"\b(?:cac )?(?:nha )?lanh dao\b")
_LEVEL_SAID = re.compile(r"\b(?:cap cao|thuong dinh|lanh dao|bo truong|ngoai truong|som)\b")


def _level_of_who(before: str, canon: str) -> str:
    """" lãnh đạo" when a name without its level ("cuộc họp thường niên lần thứ 24") is held by leaders the words
    before it name ("lãnh đạo ASEAN và Hàn Quốc đã có ..."), else nothing."""
    return " lanh dao" if not _LEVEL_SAID.search(canon) and _WHO_LEADERS.search(canonical(before)) else ""


# "lãnh đạo ASEAN, Australia và New Zealand", "các nhà lãnh đạo ASEAN cùng Thủ tướng Ấn Độ và ...": ASEAN and the
# partners after it as who met; "Thủ tướng Australia và Thủ tướng New Zealand cùng lãnh đạo ASEAN": before it.
# "ngoại trưởng 10 nước ASEAN và ba nước Trung Quốc, ...", "ASEAN và các nước đối tác Ấn Độ, ...": the partners counted.
_ASEAN_THEN_PARTNERS = re.compile(r"\basean\s*(?:,|va|cung(?: voi)?)\s*(?:(?:ba|3|cac) nuoc (?:doi tac )?(?:gom |la )?)?"
                                  r"(?:(?:cac )?(?:nha )?lanh dao |thu tuong |tong thong "
                                  r"|(?:cac )?(?:bo truong|ngoai truong)(?: [a-z]+){0,2}? )?$")
_PARTNERS_THEN_ASEAN = re.compile(r"(?: [a-z-]+){0,3}?\s*(?:,|va|cung(?: voi)?)\s*(?:cac )?(?:nha )?(?:lanh dao|bo truong"
                                  r"|ngoai truong)?(?: [a-z]+){0,2}? (?:cac nuoc )?asean\b")


def _partners_joined_with_asean(text: str, lo: int, hi: int) -> list[registry.GazetteerHit]:
    """The partners (two or more) a sentence lists beside ASEAN as who met, between ``lo`` and ``hi``."""
    listed = _listed_partners(text, lo, hi)
    if not listed:
        return []
    folded = fold(text)
    if _ASEAN_THEN_PARTNERS.search(folded, max(lo, listed[0].start - 40), listed[0].start) \
            or _PARTNERS_THEN_ASEAN.match(folded, listed[-1].end, hi):
        return listed
    return []


def _each_joined_partner(found: MeetingMention, hits: list[registry.GazetteerHit], level: str) -> list[MeetingMention]:
    """ASEAN's meeting with each partner met together (at ``level``, a partner series), or one ASEAN+3 meeting when
    they are its three; each shares the meeting's span and the words around it."""
    if {h.key for h in hits} == {"CN", "JP", "KR"}:
        return [replace(found, series="apt-summit" if level == "asean-partner-summit" else "apt-other", partner=None)]
    return [replace(found, series=level, partner=h.key, listed=found.start) for h in hits]


_ONE_BY_ONE = re.compile(r"\b(?:lan luot|rieng(?: re)?|tung nuoc|moi nuoc)\b")


def _held_by_asean_and_partners(text: str, found: MeetingMention, sentence_start: int) -> list[MeetingMention]:
    """A meeting named by its level alone ("họp thượng đỉnh") whose sentence says ASEAN and several partners met
    ("các nhà lãnh đạo ASEAN, Australia và New Zealand đã họp thượng đỉnh"): ASEAN's meeting with each of them."""
    canon = canonical(found.name)
    if not found.partner and found.series.startswith("asean-partner") and _WITH_ASEAN.search(canon) \
            and _ONE_BY_ONE.search(fold(text[sentence_start:found.end])):
        # "Lãnh đạo Nhật Bản, Hàn Quốc và Ấn Độ lần lượt họp thượng đỉnh với ASEAN": each partner listed before meets
        # ASEAN apart; without "lần lượt" ("riêng", "từng"), "Thủ tướng Australia và Thủ tướng New Zealand ... họp
        # thượng đỉnh với ASEAN" is one summit of the two together.
        listed = _listed_partners(text, sentence_start, found.start)
        return _each_joined_partner(found, listed, found.series) if listed else [found]
    if found.partner or not _NO_BODY.match(canon):
        return [found]
    hits = _partners_joined_with_asean(text, sentence_start, found.start)
    if not hits:
        return [found]
    return _each_joined_partner(found, hits, partner_series(canon + _level_of_who(text[sentence_start:found.start], canon)))


@lru_cache(maxsize=1)
def _levelless_partner_name() -> re.Pattern[str]:
    # "Hội nghị ASEAN - Hàn Quốc", "Hội nghị ASEAN+1 với Nhật Bản (lần thứ 26)": ASEAN and one partner, no level.
    # "hội nghị với Trung Quốc" in an article about ASEAN: the fallback's ASEAN+1 meeting.
    # "hội nghị kỷ niệm 40 năm quan hệ ASEAN - Mỹ": the anniversary said, the level not.
    return re.compile(r"^(?:hoi nghi|cuoc hop|phien hop)(?: ky niem \d{1,2} nam(?: quan he)?(?: doi tac)?(?: doi thoai)?)?"
                      # "Hội nghị 10+1 giữa ASEAN và Trung Quốc": the two sides said with "giữa".
                      rf"(?: asean(?: ?\+ ?1)?(?: ?- ?| voi )| voi |(?: asean ?\+ ?1)? giua asean (?:va|voi) )"
                      rf"(?:{partner_alternation()})"
                      r"(?: lan thu \w+)?(?: nam (?:nay|ngoai|toi))?$|^(?:hoi nghi|cuoc hop) asean(?: ?\+ ?1)? \(voi "
                      rf"(?:{partner_alternation()})\)$"
                      # "Hội nghị 10+1", its partner read from the sentence.
                      r"|^(?:hoi nghi|cuoc hop) asean ?\+ ?1$")


def levelless_partner_name(name: str) -> bool:
    """Whether a meeting name gives ASEAN and one partner without its level ("Hội nghị ASEAN - Hàn Quốc")."""
    return bool(_levelless_partner_name().match(canonical(name)))


# "hội nghị ASEAN+3 (lần thứ 9)": ASEAN+3 with no level.
_LEVELLESS_APT = re.compile(r"^(?:hoi nghi|cuoc hop) asean\+3(?: lan thu \w+)?$")
# A head of state or government as the sentence's subject; a deputy ("Phó Thủ tướng") leads ministers' meetings.
_LEADER_ATTENDS = re.compile(r"(?<!\bpho )\b(?:thu tuong|chu tich nuoc|tong thong|tong bi thu|quoc vuong|nha vua"
                             r"|(?:cac )?nha lanh dao|lanh dao (?:cac nuoc )?asean)\b")


def _leaders_series(found: MeetingMention) -> str | None:
    """The leaders' series of a meeting named without its level, else None."""
    canon = canonical(found.name)
    if found.series == "asean-partner-other" and _levelless_partner_name().match(canon):
        return "asean-partner-summit"
    if found.series == "apt-other" and _LEVELLESS_APT.match(canon):
        return "apt-summit"
    return None


def _attended_by_leaders(folded: str, found: MeetingMention, sentence_start: int, sentence_end: int) -> MeetingMention:
    """A meeting of ASEAN and one or three partners named without its level ("Thủ tướng dự Hội nghị ASEAN+1 với
    Hàn Quốc", "Tại Hội nghị ASEAN - Nhật Bản, Thủ tướng đề nghị", "các nhà lãnh đạo dự hội nghị ASEAN+3") is the
    leaders' when a head of state or government is the sentence's actor."""
    series = _leaders_series(found)
    if series is None or not (_LEADER_ATTENDS.search(folded[:sentence_end], sentence_start)
                              or _AT_LEADERS_LEVEL.match(folded, found.end, sentence_end)):
        return found
    return replace(found, series=series)


# "Hội nghị ASEAN với Ấn Độ ở cấp thượng đỉnh": the level said after the name.
_AT_LEADERS_LEVEL = re.compile(r"\s*(?:o |tai )?cap (?:cao|thuong dinh|nguyen thu)\b")


# "cuộc họp", "hội nghị cấp bộ trưởng": a meeting named by its noun alone.
_BARE_MEETING = re.compile(r"^(?:hoi nghi|cuoc hop|cuoc gap(?= thuong nien|$))(?: (?:cap bo truong|cap bo|cap cao|thuong nien))?$")


@lru_cache(maxsize=1)
def _participants() -> re.Pattern[str]:
    # "ngoại trưởng (các nước) ASEAN và Trung Quốc", "ASEAN và Nhật Bản": ASEAN and one partner as who met.
    return re.compile(r"\b((?:(?:cac )?(?:nha )?(?:bo truong(?: ngoai giao| kinh te| quoc phong)?|ngoai truong"
                      r"|quan chuc(?: cap cao| cao cap)?|lanh dao|dai dien|nha ngoai giao) (?:cua )?(?:cac nuoc )?)?"
                      rf"asean (?:va|voi) (?:{partner_alternation()}))\b(?! duong\b)(?! ?- ?\w)(?!,? (?:va )?(?:{partner_alternation()})\b)")


_REFERS_BACK = re.compile(r"\s*(?:nay|do|tren(?! (?:dao|tau|du thuyen)\b)|noi tren|ay)\b")
_OF_BEFORE = re.compile(r"\b(?:cua|cac|nhung|moi)\s*$")
_PLACED_OR_DATED = re.compile(r"\s*(?:(?:da|se|vua|duoc|dang) )?(?:(?:dien ra|to chuc|khai mac|hop) )?"
                              r"(?:o|tai|tren|hom|ngay|vao|sang|chieu|toi|trua|truc tuyen)\b")


def _both_sides_of_the_title(text: str, sentence: str) -> str | None:
    """"ASEAN - Trung Quốc: ..." over "Tại hội nghị hôm qua, lãnh đạo hai bên ...": the two sides are ASEAN and the
    one partner the title names beside it."""
    if not _BOTH_SIDES.search(fold(sentence)):
        return None
    title = text[:text.find("\n")] if "\n" in text else ""
    if "asean" not in fold(title):
        return None
    codes = partners_named(title)
    return codes.pop() if len(codes) == 1 else None


# "các ngoại trưởng ASEAN", "Bộ trưởng Kinh tế các nước ASEAN", "Thủ tướng các nước ASEAN" (canonical: "lanh dao",
# "bo truong ngoai giao", "som"): one of ASEAN's own bodies as who met.
_ASEAN_BODY = re.compile(r"\b(?:cac )?(?:nha )?(?:bo truong(?: ngoai giao| kinh te| quoc phong)?|lanh dao|som)"
                         r" (?:cua )?(?:cac nuoc |cac quoc gia |(?:\d{1,2}|muoi) nuoc )?(?:thanh vien )?(?:asean|dong nam a)\b"
                         r"(?! ?[+-])")


def _met_by_asean_body(around: str, found: MeetingMention) -> MeetingMention | None:
    """A meeting named by its noun alone where only ASEAN's ministers or leaders are said to be ("Tại cuộc họp
    thường niên ở Manila, các ngoại trưởng ASEAN ..."): that body's own meeting, when one body alone is said."""
    bodies = {classify("hoi nghi " + b.group())[0] for b in _ASEAN_BODY.finditer(canonical(around))}
    if len(bodies) != 1 or None in bodies:
        return None
    return replace(found, series=bodies.pop())


# A framework of ASEAN's partners the title names ("ASEAN+3 nhất trí ...", "EAS 12: ...", "ARF kêu gọi ...").
_TITLE_FRAMEWORK = re.compile(r"\b(?:asean\+3|eas|cap cao dong a|arf|dien dan khu vuc asean)\b")
_WHO_MINISTERS = re.compile(r"\b(?:cac )?bo truong ngoai giao\b")


def _framework_of_the_title(text: str, found: MeetingMention, around: str, sentence_end: int) -> MeetingMention | None:
    """"ASEAN+3 nhất trí ..." over "Tại hội nghị hôm qua, lãnh đạo các nước ...": a bare meeting placed or dated by the
    words right after its noun, no partner said, is the meeting of the framework the title names, at the level of
    who met (the leaders, the foreign ministers)."""
    title = text[:text.find("\n")] if "\n" in text else ""
    frame = _TITLE_FRAMEWORK.search(canonical(title))
    if frame is None or partners_named(around) \
            or not _PLACED_OR_DATED.match(fold(text[found.end:min(sentence_end, found.end + 40)])):
        return None
    who = canonical(around)
    level = "cap cao " if _WHO_LEADERS.search(who) else "bo truong ngoai giao " if _WHO_MINISTERS.search(who) else None
    if level is None:
        return None
    series = classify(f"hoi nghi {level}{frame.group()}")[0]
    return replace(found, series=series, partner=None) if series in _LISTED_SERIES else None


def _annual_meeting_of_asean(text: str, found: MeetingMention, around: str, sentence_end: int) -> MeetingMention | None:
    """ASEAN's own body at its annual meeting placed or dated by the words right after the noun ("cuộc họp thường
    niên ở Manila"), no partner said; a bare "hội nghị" placed so is as often another meeting of the article's."""
    placed = _PLACED_OR_DATED.match(fold(text[found.end:min(sentence_end, found.end + 40)]))
    # "... sẽ bật đèn xanh trong một cuộc họp trên đảo Bali vào ngày 20-4": "một" introduces a meeting of its own.
    annual = canonical(found.name).endswith("thuong nien") or _INDEFINITE.search(fold(text[max(0, found.start - 8):found.start]))
    return _met_by_asean_body(around, found) if placed and annual and not partners_named(around) else None


_INDEFINITE = re.compile(r"\bmot\s*$")


def _met_by_participants(text: str, found: MeetingMention, sentence_start: int, sentence_end: int
                         ) -> MeetingMention | None:
    """A meeting named by its noun alone whose sentence says ASEAN and one partner met at it ("Ngoại trưởng các
    nước ASEAN và Trung Quốc thông qua khung COC tại cuộc họp ở Manila") is their ASEAN+1 meeting, at the
    level of who met."""
    # Only one told apart by its place or day ("cuộc họp ở Manila hôm 6/8"): "tại Hội nghị này", "của hội
    # nghị" refer back to a meeting named before.
    if _REFERS_BACK.match(fold(text[found.end:min(sentence_end, found.end + 40)])) \
            or _OF_BEFORE.search(fold(text[max(sentence_start, found.start - 10):found.start])):
        return None
    around = text[sentence_start:found.start] + " . " + text[found.end:sentence_end]
    if not (registry.find_cities(around) or find_dates(around)):
        return None
    m = _participants().search(canonical(around))
    if m is None or len(partners_named(around)) != 1:
        # "Ngoại trưởng Vương Nghị cùng các ngoại trưởng ASEAN dự cuộc họp tại Bangkok": a partner's office-holder
        # joined with ASEAN's before it.
        before = text[sentence_start:found.start]
        # "Pháp đã gửi thư cho ASEAN ... và ông tin tưởng các ngoại trưởng Đông Nam Á sẽ ... trong một cuộc họp trên đảo
        # Bali": ASEAN's body alone in the noun's own clause meets by itself.
        clause = before[_clause_start(before):]
        if _joint_partner(clause) is None and not partners_named(clause) and m is None \
                and (own := _annual_meeting_of_asean(text, found, clause, sentence_end)) is not None:
            return own
        joint = _joint_partner(before) or _both_sides_of_the_title(text, text[sentence_start:sentence_end])
        if joint:
            return replace(found, series=partner_series(canonical(found.name) + _level_of_who(around, "")),
                           partner=joint)
        if m is not None:
            return None
        return _framework_of_the_title(text, found, around, sentence_end) \
            or _annual_meeting_of_asean(text, found, around, sentence_end)
    phrase = canonical(found.name) + " " + m.group(1)
    return replace(found, series=partner_series(phrase), partner=partner_of(m.group(1)))


_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:và|còn|nhưng)\s")


def _clause_start(before: str) -> int:
    """Where the last clause of ``before`` starts: after its last comma, colon or joining "và"."""
    last = None
    for last in _CLAUSE_BREAK.finditer(before):
        pass
    return last.end() if last else 0


# Meetings of airlines, companies or industry federations are not meetings of governments.
_NOT_GOVERNMENTS = re.compile(r"\b(?:hang hang khong|doanh nghiep|cong ty|tap doan|lien doan|hiep hoi doanh|doanh nhan"
                              r"|cac hang|nha dau tu)\b")
# "các nước ASEAN 6", "ASEAN 4 nước": a group of members, not the 6th or 4th summit.
_MEMBER_GROUP = re.compile(r"(?:nuoc|nhom|khoi|cac|thanh vien)\s+$")
_AT_A_SUMMIT = re.compile(r"\b(?:tai|du|tham du|ben le|khai mac|be mac|truoc them|hoi nghi|thuong dinh|cap cao"
                          r"|sau|dip|nhan dip)\s+$")
_MEMBER_GROUP_AFTER = re.compile(r"\s*(?:nuoc|thanh vien|quoc gia|ty|trieu|nghin|ngan|usd|%)(?!\w)")
# "Chủ tịch Diễn đàn Kinh tế Thế giới Klaus Schwab": the forum an office-holder heads is the organisation.
_FORUM_AS_BODY = re.compile(r"\b(?:cua|theo|thuoc|do|chu tich|nguoi sang lap|giam doc dieu hanh|tong giam doc)\s+$")
# "với tư cách Chủ nhà Diễn đàn APEC 2017": the forum's year a country hosts ("nước chủ nhà Diễn đàn Khu vực ASEAN
# (ARF) lần thứ 30" is a meeting).
_HOST_OF_BEFORE = re.compile(r"\bchu nha\s+$")


def _hosted_forum_year(folded: str, start: int, at: int, found: MeetingMention) -> bool:
    """Whether an unnumbered forum outside ASEAN's bodies opening at ``at`` is said as the year a country hosts."""
    return found.ordinal is None and found.series == "other-multilateral" and folded.startswith("dien dan", at) \
        and bool(_HOST_OF_BEFORE.search(folded, max(start, at - 12), at))
# What an organisation does and a meeting does not: rank, publish, forecast, estimate, warn.
_FORUM_ACTS = re.compile(r" (?:(?:vua|da|moi|thuong) )?(?:xep hang|cong bo|du bao|uoc tinh|canh bao)\b")


def _forum_acts(folded: str, after: int, stop: int, end: int) -> bool:
    """Whether the forum named from ``after`` (past "Diễn đàn") does what an organisation does, in its name's words
    or just after them; the first word is its name's own ("Diễn đàn Dự báo khí hậu ASEAN")."""
    second = folded.find(" ", after + 1, stop)
    return second >= 0 and bool(_FORUM_ACTS.search(folded, second, min(end, stop + 20)))
# "quan hệ Đối tác Đối thoại ASEAN-Ấn Độ" is a partnership, not a dialogue meeting.
_NOT_A_MEETING_BEFORE = re.compile(r"(?:doi tac|quan he)\s+$")
# "trên cương vị Chủ tịch Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM)": the body a country chairs for its
# year, not one of its meetings (one numbered, "Chủ tịch ADMM lần thứ 18", is).
_CHAIR_OF_BODY = re.compile(r"\b(?:cuong vi|vai tro|tu cach|nhiem ky|nam)(?: la)? chu tich\s+$")
# The UN's General Assembly unnumbered and not attended ("nghị quyết của Đại hội đồng Liên hợp quốc", "Chủ tịch Đại
# hội đồng LHQ", "được Đại hội đồng Liên hợp quốc bầu") is the organ that acts, not one of its sessions ("tại Đại
# hội đồng Liên hợp quốc khóa 78", "dự Đại hội đồng LHQ").
_UN_ASSEMBLY = re.compile(r"dai hoi dong (?:lien hop quoc|lien hiep quoc|lhq)\b")
# "phiên họp đặc biệt tháng 4/2016 của Đại hội đồng ...": a session of it said before.
_ATTENDED_BEFORE = re.compile(r"\b(?:tai|du|ben le|khai mac|be mac|truoc)\s+$|\b(?:phien|ky hop|khoa hop)\b[^,.;]{0,40}\bcua\s+$")


# "Đại hội đồng Liên hợp quốc đã khai mạc kỳ họp ...": the assembly that meets.
_ASSEMBLY_MEETS = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:(?:da|se|vua|dang|chinh thuc) )*(?:khai mac|be mac|hop|nhom hop"
                             r"|dien ra|tien hanh)\b")


def _assembly_as_organ(folded: str, start: int, at: int, found: MeetingMention) -> bool:
    """Whether a mention opening at ``at`` is the UN General Assembly as an organ, not a session of it."""
    un = _UN_ASSEMBLY.match(folded, at)
    return found.ordinal is None and un is not None and not _ATTENDED_BEFORE.search(folded, max(start, at - 60), at) \
        and not _ASSEMBLY_MEETS.match(folded, un.end())


_NAMED_WHEN_PLURAL = {"apt-summit", "apt-other", "eas", "eas-other", "asean-partner-summit", "asean-partner-other"}


@dataclass(frozen=True)
class MeetingMention:
    start: int
    end: int
    name: str
    series: str
    partner: str | None
    ordinal: int | None
    generic: bool       # "các hội nghị cấp cao": not one specific meeting
    acronym_only: bool  # named only by an acronym ("ARF"): attaches to a fuller mention
    listed: int | None = None  # one of several meetings named under one head noun: where that name starts


_OPEN_QUOTE = re.compile(r"(?:^|(?<=\s))[\"“](?=\w)")
_CLOSE_QUOTE = re.compile(r"(?<=\S)[\"”]")


def _inside_quotes(folded: str, start: int, offset: int) -> bool:
    """True when a quotation opened inside the name and is still open at ``offset``."""
    stretch = folded[start:offset]
    return len(_OPEN_QUOTE.findall(stretch)) > len(_CLOSE_QUOTE.findall(stretch))


def _country_follows(text: str, offset: int) -> bool:
    """A country (or, after "với", a partner: "..., với Hàn Quốc lần thứ 24") opens what follows ``offset``."""
    hits = registry.find_countries(text[offset:offset + 40])
    before = text[offset:offset + hits[0].start].strip() if hits else None
    return before is not None and (not before or before == "với" and hits[0].key in ALL_PARTNERS)


# The rest of a portfolio after its first comma, up to the acronym in brackets: " Công nghệ và Đổi mới sáng tạo ASEAN (".
_PORTFOLIO_REST = re.compile(r" [^\W\d_][^,;.()\n]{0,40}? và [^,;.()\n]{1,60}?\(")


def _name_end(text: str, folded: str, lower: str, start: int, limit: int) -> int:
    limit = min(limit, start + MAX_NAME)
    end = limit
    for stop in _STOP.finditer(lower, start, limit):
        if _inside_quotes(folded, start, stop.start()):
            continue
        if lower[stop.start()] == ")" and lower.count("(", start, stop.start()) > lower.count(")", start, stop.start()):
            continue  # the name's own bracket closes: "Diễn đàn ... (APEC)"
        # "Hội nghị Bộ trưởng ASEAN về phòng, chống ma túy": "phòng, chống" (prevent and combat) is one phrase.
        if lower[stop.start()] == "," and lower.endswith("phòng", start, stop.start()) \
                and lower.startswith(" chống", stop.end()):
            continue
        # "Hội nghị Bộ trưởng Khoa học, Công nghệ và Đổi mới sáng tạo ASEAN (AMMSTI)": a portfolio of several words.
        if lower[stop.start()] == "," and "bộ trưởng" in lower[max(0, start - 12):stop.start()] \
                and _PORTFOLIO_REST.match(lower, stop.end()):
            continue
        # "hội nghị cấp cao Campuchia, Lào, Myanmar và Việt Nam": a list of members is part of the name.
        if lower[stop.start()] in ",:" and _country_follows(text, stop.end()):
            continue
        # "Cấp cao ASEAN - Nhật Bản, ASEAN+3, Đông Á": a framework's meeting next in the list the head noun opens.
        if lower[stop.start()] == "," and _FRAMEWORK_FOLLOWS.match(folded, stop.end()):
            continue
        # "ASEAN-Trung Quốc lần thứ 28; ASEAN-Hàn Quốc lần thứ 26": the next partner's meeting under the same head.
        if lower[stop.start()] == ";" and _NEXT_PARTNER.match(folded, stop.end()):
            continue
        if folded[stop.start():stop.start() + 1] == " " and _NESTED_BEFORE.search(folded, start, stop.start()) \
                and re.match(r" (?:hoi nghi|cuoc hop|doi thoai)", folded[stop.start():stop.end()]):
            continue
        end = stop.start()
        break
    # "Hội nghị cấp cao ASEAN+3 và EAS": an acronym after "và" is a second meeting.
    joined = _AND_ACRONYM.search(text, start, end)
    if joined:
        end = joined.start()
    # A quoted title is part of the name: Diễn đàn "Vành đai và Con đường".
    quoted = _QUOTED.match(folded, end)
    if quoted and end - start < 60:
        end = quoted.end()
    # Keep a parenthesised abbreviation that follows the name: "Hội nghị điều phối chung (JCM)".
    paren = _PAREN_ABBR.match(folded, end)
    if paren and not re.search(r"\d{1,2}[/-]\d|,\s*(?:19|20)\d\d$", paren.group(1)):
        end = paren.end()
        # "Hội nghị Cấp cao ASEAN - Trung Quốc (10+1) lần thứ 26": the number said after the abbreviation.
        number = _NUMBER_AFTER.match(lower, end)
        if number:
            end = number.end()
    return end


@lru_cache(maxsize=1)
def _next_partner() -> re.Pattern[str]:
    return re.compile(rf" ?asean ?- ?(?:{partner_alternation()})\b")


class _LazyPattern:
    """A pattern built from the registry on its first use (the partners' names), matched like a compiled one."""

    def __init__(self, build: Callable[[], re.Pattern[str]]) -> None:
        self._build = build

    def match(self, folded: str, pos: int) -> re.Match[str] | None:
        return self._build().match(folded, pos)


_NEXT_PARTNER = _LazyPattern(_next_partner)
SeriesFallback = Callable[[str], "str | None"]


# "Hội nghị ASEAN - Nga với Ngoại trưởng Nga Sergey Lavrov": the partner's minister who co-chairs it, said after a
# name that already names the partner.
_WITH_OFFICE = re.compile(r"\s+với\s+(?:các\s+|những\s+)?(?:người\s+)?(?:Ngoại trưởng|Bộ trưởng|Thủ tướng|Tổng thống|Chủ tịch"
                          r"|đồng cấp|Đại diện|Cao ủy|Ủy viên)\b", re.IGNORECASE)


def _without_cochair(name: str, series: str, partner: str) -> str:
    """The name without the office-holder said after it, when the words before name the same meeting."""
    cut = _WITH_OFFICE.search(name)
    if cut is None or cut.start() == 0:
        return name
    return name[:cut.start()] if classify(name[:cut.start()]) == (series, partner) else name


def _mention(text: str, folded: str, start: int, end: int, *, acronym_only: bool,
             fallback: SeriesFallback | None = None, classify_as: str | None = None) -> MeetingMention | None:
    name = text[start:end].strip()
    series, partner = classify(classify_as or name)
    if series is None and fallback is not None:
        series = fallback(classify_as or name)  # a name no rule knows, read in the light of the article
        if series in ("asean-partner-summit", "asean-partner-other"):
            partner = partner_with(canonical(classify_as or name))
    if series is None or _NOT_GOVERNMENTS.search(canonical(name)):
        return None
    name = _without_cochair(name, series, partner) if partner and classify_as is None else name
    # "các hội nghị cấp cao" is no one meeting; "các Hội nghị Cấp cao ASEAN+3 và EAS" names two.
    generic = bool(_GENERIC_BEFORE.search(lower_keep_length(text[max(0, start - 12):start]))) \
        and not _FRAMED_PLURAL.search(folded, max(0, start - 24), start) \
        and series not in _NAMED_WHEN_PLURAL
    ordinal = None if _COUNT_IN_PERIOD.match(folded, start + len(name)) else ordinal_of(canonical(name)) \
        or _first_of_its_kind(text, start + len(name))
    return MeetingMention(start, start + len(name), name, series, partner, ordinal, generic, acronym_only)


# "Hội nghị Thượng đỉnh Đông Á lần đầu tiên được tổ chức tại Kuala Lumpur", "Thượng đỉnh ASEAN - Nga đầu tiên năm
# 2005": the first meeting, its number said as a word after the name; not the first time of something else ("lần
# đầu tiên có sự tham gia của ...", "lần đầu tiên được tổ chức trực tuyến", "... tại Việt Nam": the first time in a
# form or a country). Read only where a city or a year follows.
# "Hội nghị Cấp cao Đông Á đầu tiên sẽ được tổ chức tại Malaysia": the first one (not "lần đầu tiên", the first time)
# may be placed by its country.
_FIRST = re.compile(r" đầu tiên (?:(?:sẽ |được |đã )*(?:tổ chức|diễn ra|khai mạc|họp) )?(?:(?:vào )?năm (?:19|20)\d\d|(?:tại|ở) )")


def _first_of_its_kind(text: str, end: int) -> int | None:
    """1 when what follows a name ending at ``end`` says the meeting was the first of its kind, else None."""
    first = _FIRST.match(lower_keep_length(text[end:end + 60]))
    if first is None or not first.group().endswith(" "):
        return 1 if first else None     # a year follows
    after = text[end + first.end():end + first.end() + 40]
    cities, countries = registry.find_cities(after), registry.find_countries(after)
    the_first = not lower_keep_length(text[max(0, end - 4):end]).endswith(" lần")
    return 1 if cities and cities[0].start == 0 and not (countries and countries[0].start == 0) \
        or the_first and countries and countries[0].start == 0 else None


# "Cuộc họp X thứ 2 trong năm", "lần thứ hai trong tháng này": a count within the period, not the meeting's number.
_COUNT_IN_PERIOD = re.compile(r"\s*trong (?:nam|thang|tuan|quy|nhiem ky|ky)\b")


# The groups outside ASEAN whose members' meeting is read from who met.
_OUTSIDE_GROUP = re.compile(r"\b(?:g20|g7|asem|brics)\b")
_MEETING_NOUN = re.compile(r"\b(?:hoi nghi|cuoc hop)\b")


def _outside_group_names_its_meeting(folded: str, met: re.Match) -> bool:
    """"Các nhà lãnh đạo G7 sẽ bắt đầu hội nghị thượng đỉnh": a group outside ASEAN whose meeting is named after
    the verb holds the meeting its article names ("Hội nghị thượng đỉnh G7"), not a second one named by who met;
    only "Các ngoại trưởng G20 đã nhóm họp" (no meeting named) is read from who met."""
    return bool(_OUTSIDE_GROUP.search(folded, met.start(), met.end(1))
                and not re.search(r"\basean\b", folded[met.start():met.end(1)])
                and _MEETING_NOUN.search(folded, met.end(1), met.end()))


def find_meeting_mentions(text: str, folded: str, lower: str, start: int, end: int, *,
                          fallback: SeriesFallback | None = None) -> list[MeetingMention]:
    """Named meetings in ``text[start:end]``; ``folded`` and ``lower`` are the length-preserving fold
    and lower-casing of ``text``. ``fallback`` gives the series of a name no rule knows, from what the
    article is about ("Hội nghị cấp cao" in an article about ASEAN is the ASEAN Summit)."""
    out: list[MeetingMention] = []
    covered: list[tuple[int, int]] = []
    body_chaired: int | None = None   # where the last body named as chaired for its year ends
    for m in _TRIGGER.finditer(folded, start, end):
        if any(a <= m.start() < b for a, b in covered):
            continue
        if _NOT_A_MEETING_BEFORE.search(folded, max(start, m.start() - 12), m.start()):
            continue
        if folded.startswith("dien dan", m.start()) and _FORUM_AS_BODY.search(folded, max(start, m.start() - 20), m.start()):
            continue  # "theo đánh giá của Diễn đàn Kinh tế thế giới": the organisation, not a meeting
        stop = _name_end(text, folded, lower, m.end(), end)
        if folded.startswith("dien dan", m.start()) and _forum_acts(folded, m.end(), stop, end):
            continue  # "Diễn đàn Kinh tế thế giới xếp hạng Việt Nam thứ 67": the organisation, not a meeting
        round_ = _ROUND_BEFORE.search(folded, max(start, m.start() - 18), m.start())
        opens = round_.start() if round_ else m.start()
        # "các hội nghị cấp cao với Trung Quốc, Nhật Bản trong khuôn khổ Hội nghị Cấp cao ASEAN 43": the frame is
        # another meeting, when what comes before it names one by itself ("Hội nghị bàn tròn các nhà lãnh đạo
        # trong khuôn khổ Diễn đàn ..." does not, and keeps its frame).
        framed = _FRAMED_BY_MEETING.search(folded, m.end(), stop)
        if framed and (classify(text[opens:framed.start()])[0] or partner_with(canonical(text[opens:framed.start()]))):
            stop = framed.start()
        body = _body_before().search(folded, max(start, m.start() - 50), m.start())
        number = None
        if body:
            # "ASEAN-Trung Quốc Hội nghị thượng đỉnh", "15 ASEAN-Nhật Bản Hội nghị thượng đỉnh": the English order a
            # translated page keeps, the body (and the number) before the meeting noun.
            opens, number = body.start(2), int(body.group(1)) if body.group(1) else None
        found = _mention(text, folded, opens, stop, acronym_only=False, fallback=fallback)
        if body and number and found and found.ordinal is None:
            found = replace(found, ordinal=number)
        if found is None and _BARE_MEETING.match(canonical(text[opens:stop].strip())):
            # "tại cuộc họp ở Manila, ngoại trưởng ASEAN và Trung Quốc ...": the sentence says who met.
            name = text[opens:stop].strip()
            found = _met_by_participants(text, MeetingMention(
                opens, opens + len(name), name, "", None, None, False, False), start, end)
        elif found is None and _NO_BODY.match(canonical(text[opens:stop].strip())):
            # No rule reads a level alone ("Hội nghị Bộ trưởng Ngoại giao đặc biệt"): the sentence's holders may.
            name = text[opens:stop].strip()
            bare = MeetingMention(opens, opens + len(name), name, "", None, ordinal_of(canonical(name)), False, False)
            found = _held_by_asean_and_partner(text, bare, start)
            # "Các nhà lãnh đạo ASEAN và Úc, New Zealand ... tại hội nghị cấp cao kỷ niệm": several partners, read below.
            found = found if found.partner else bare if _partners_joined_with_asean(text, start, opens) else None
        elif found is None and _WITH_ASEAN_ONLY.match(canonical(text[opens:stop].strip())):
            # "Thủ tướng Nhật Bản dự hội nghị với ASEAN": the subject's country meets ASEAN, at the subject's level.
            name = text[opens:stop].strip()
            partner = _subject_partner(text, start, opens)
            level = " lanh dao" if _LEADER_ATTENDS.search(fold(text[start:opens])) else ""
            found = MeetingMention(opens, opens + len(name), name, partner_series(canonical(name) + level), partner,
                                   None, False, False) if partner else None
        if found and _assembly_as_organ(folded, start, m.start(), found):
            continue
        if found and _hosted_forum_year(folded, start, m.start(), found):
            continue
        if found and found.ordinal is None and (
                _CHAIR_OF_BODY.search(folded, max(start, found.start - 40), found.start)
                or body_chaired is not None and re.fullmatch(r"\s+va\s+", folded[body_chaired:found.start])):
            covered.append((found.start, found.end))   # its bracketed acronym is the body too
            body_chaired = found.end                   # "Chủ tịch ADMM và ADMM+": both bodies
            continue
        if found:
            found = _hosted_by_partner(text, found, start, end)
            found = _held_by_asean_and_partner(text, found, start)
            found = _plus_one_of_subject(text, found, start)
            out += _held_by_asean_and_partners(text, found, start)
            covered.append((found.start, found.end))
    for m in _bare_level().finditer(folded, start, end):
        if any(a <= m.start() < b for a, b in covered) \
                or _NOT_BARE_BEFORE.search(folded, max(start, m.start() - 16), m.start()):
            continue
        stop = _name_end(text, folded, lower, m.end(), end)
        # "thượng đỉnh với Mỹ" is read as "Hội nghị thượng đỉnh với Mỹ" is: in the light of the article.
        with_partner = folded.startswith("thuong dinh", m.start()) and " voi " in folded[m.start():m.start() + 25]
        found = _mention(text, folded, m.start(), stop, acronym_only=False, fallback=fallback if with_partner else None,
                         classify_as="Hội nghị " + text[m.start():stop] if with_partner else None)
        if found and (found.partner or not with_partner):
            found = _hosted_by_partner(text, found, start, end)
            out.append(found)
            covered.append((found.start, found.end))
    # An English name needs the word "summit" (or "leaders", "meeting", "conference"): most sentences have none and skip the scan (which
    # starts with \b, so re cannot skip ahead by itself).
    english = ("summit", "leaders", "meeting", "conference")
    for m in _english_summit().finditer(folded, start, end) if _may_hold(folded, start, end, english) else ():
        if any(a <= m.start() < b for a, b in covered):
            continue
        found = _mention(text, folded, m.start(), _name_end(text, folded, lower, m.end(), end), acronym_only=False)
        if found:
            out.append(found)
            covered.append((found.start, found.end))
    # The next three readings each need "asean" written in the sentence: most sentences skip their scans.
    names_asean = folded.find("asean", start, end) >= 0
    # "các Bộ trưởng đã họp với từng đối tác ...": ASEAN's partners said without ASEAN.
    for m in _asean_meets_partner().finditer(folded, start, end) \
            if names_asean or _may_hold(folded, start, end, ("doi tac", "aem")) else ():
        # The partner is the one its office-holder serves: read as "ASEAN's ministers with the partner's minister".
        # "họp cấp cao với ...": the level the verb says.
        level = " cấp cao" if _LEADERS_VERB.search(folded, m.end(1), m.start(2)) else ""
        met = m.start(2) + _counted_partners_len(folded, m.start(2))
        found = _mention(text, folded, m.start(), m.end(), acronym_only=False,
                         classify_as=f"Hội nghị{level} {_asean_said(text[m.start(1):m.end(1)])} với {text[met:m.end(2)]}")
        more = _more_partners().match(folded, m.end(), end)
        if found and more:   # the name runs over the list, for the partner-list reading to split
            found = replace(found, end=more.end(), name=text[found.start:more.end()])
        if found and more and _three_as_apt(folded, found, more.end(), end):
            # "... họp với Trung Quốc, Nhật Bản và Hàn Quốc trong khuôn khổ ASEAN+3": one ASEAN+3 meeting.
            found = _mention(text, folded, found.start, found.end, acronym_only=False,
                             classify_as=f"Hội nghị {_asean_said(text[m.start(1):m.end(1)])} ASEAN+3")
        if not (found and (found.partner or found.series.startswith("apt"))) \
                or any(a <= found.start < b or found.start <= a < found.end for a, b in covered):
            continue
        # ", Ngoại trưởng Nhật Bản Kamikawa Yoko và Ngoại trưởng Hàn Quốc ...": each next minister met, one list
        # whose words around it are each one's.
        others = [_mention(text, folded, o.start(1), o.end(1), acronym_only=False,
                           classify_as=f"Hội nghị {_asean_said(text[m.start(1):m.end(1)])} với {text[o.start(1):o.end(1)]}")
                  for o in _more_office_holders(folded, m.end(), end)]
        others = [o for o in others if o and o.partner and o.partner != found.partner]
        if not more and not others and found.partner:
            # "người đồng cấp Trung Quốc Vương Nghị, Nhật Bản Kono Taro và Mỹ ...": partners listed with their
            # office-holders' names between them.
            listed = _listed_partners(text, m.start(2), end)
            if listed and listed[0].key == found.partner and listed[0].start < m.end():
                head = found.name[:found.name.rfind(listed[0].surface)]
                others = [replace(found, partner=h.key, name=head + h.surface) for h in listed[1:]]
        for one in [found] + others:
            one = replace(one, listed=found.start) if others else one
            out.append(one)
            covered.append((one.start, one.end))
    # "các quan chức cấp cao ARF đã họp": the frameworks' officials too; "Hội đồng AFTA đã họp" names no ASEAN.
    for m in _MET_AS_A_BODY.finditer(folded, start, end) if names_asean \
            or _may_hold(folded, start, end, ("dong nam a", "dong a", "arf", "eas", "afta", "rcep", "cptpp", "g20",
                                             "g7", "asem", "brics")) \
            else ():
        # "Bộ trưởng kinh tế các nước ASEAN vừa nhóm họp tại Singapore": a meeting told by its verb.
        # "các nhà lãnh đạo ASEAN bước vào cuộc họp thượng đỉnh": the meeting named after the verb is read already.
        # Folded, "hợp tác" (cooperate) reads as "họp": the verb must be a meeting's.
        if any(a <= m.start() < b or m.end(1) <= a < m.end() for a, b in covered) \
                or _COOPERATE.search(lower, m.end(1), m.end()) or _outside_group_names_its_meeting(folded, m):
            continue
        # "... đã kết thúc hội nghị thường niên lần thứ 9": the name runs to the number.
        nth = "nth" if m.group("nth") else "met_nth" if m.group("met_nth") else None
        found = _mention(text, folded, m.start(), m.end(nth) if nth else m.end(1), acronym_only=False,
                         classify_as="Hội nghị " + text[m.start():m.end(1)] + (m.group("how") or ""))
        joint = _joint_partner(text[start:m.end(1)]) if found and found.series in _ASEAN_LEVELS else None
        if joint:
            # "Tổng thống Putin và các nhà lãnh đạo ASEAN đã họp": ASEAN's meeting with that partner, at its level.
            found = replace(found, series=_ASEAN_LEVELS[found.series], partner=joint)
        # "lãnh đạo ASEAN, Australia và New Zealand đã họp": ASEAN's meeting with each.
        joined = _partners_joined_with_asean(text, start, m.end(1)) \
            if found and not joint and found.series in _ASEAN_LEVELS else []
        if found:
            out += _each_joined_partner(found, joined, _ASEAN_LEVELS[found.series]) if joined else [found]
            covered.append((found.start, found.end))
    for m in _asean_and_partner_met().finditer(folded, start, end) if names_asean else ():
        # "Lãnh đạo ASEAN và Ấn Độ đã họp thượng đỉnh": the verb opens the meeting's name, read already.
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in covered) or not _meets(lower, m.end()):
            continue
        found = _mention(text, folded, m.start(), m.end(1), acronym_only=False,
                         classify_as="Hội nghị " + text[m.start():m.end(1)])
        if found and found.partner:
            out.append(found)
            covered.append((found.start, found.end))
    for m in _PARTNER_MEETS_ASEAN.finditer(folded, start, end) if names_asean else ():
        # Only where the sentence names the partner: the series rules read it from the counterpart phrase, else
        # the partner's office-holder says it ("Ngoại trưởng Vương Nghị đã gặp các Ngoại trưởng ASEAN").
        phrase = text[m.start():m.end(1)]
        found = _mention(text, folded, m.start(), m.end(1), acronym_only=False, classify_as="Hội nghị " + phrase)
        holder = office_holder_partner(phrase) if found is None or not found.partner else None
        if holder:
            found = _mention(text, folded, m.start(), m.end(1), acronym_only=False,
                             classify_as=f"Hội nghị {phrase} với {registry.countries()[holder].names[0]}")
        if found and found.partner and not any(a <= found.start < b or found.start <= a < found.end
                                               for a, b in covered):
            # "Thủ tướng Australia ... và Thủ tướng New Zealand ... đã họp với lãnh đạo ASEAN": each partner listed.
            listed = _listed_partners(text, start, m.end(1))
            out += _each_joined_partner(found, listed, found.series) \
                if found.partner in {h.key for h in listed} else [found]
            covered.append((found.start, found.end))
    heads: list[tuple[int, int]] = []
    for head, items in _related_lists(text, folded, start, end):
        # The head noun phrase ("các Hội nghị Cấp cao ASEAN với các đối tác") names the list, not one more meeting.
        out = [x for x in out if not (x.start < head[1] and head[0] < x.end)]
        covered = [(a, b) for a, b in covered if not (a < head[1] and head[0] < b)]
        heads.append(head)
        for found in items:
            if not any(a <= found.start < b or found.start <= a < found.end for a, b in covered):
                out.append(found)
                covered.append((found.start, found.end))
    for m in _ACRONYM.finditer(text, start, end):
        # "với các Đối tác (PMC+1) với Trung Quốc, ...": the acronym in a list's head names the list's meetings.
        if any(a <= m.start() < b for a, b in covered + heads):
            continue
        if _MEMBER_GROUP.search(folded, max(start, m.start() - 14), m.start()) \
                or _MEMBER_GROUP_AFTER.match(folded, m.end()):
            continue
        if m.group().startswith("ASEAN") and not _AT_A_SUMMIT.search(folded, max(start, m.start() - 16), m.start()):
            continue  # "mức trung bình của ASEAN-4" is a group of economies; "tại ASEAN 10" is a summit
        # "các Hội nghị cấp cao ASEAN+3 và EAS": the acronym shares the named meeting's head noun.
        shared = _SHARED_HEAD_NOUN.search(folded, max(start, m.start() - 100), m.start())
        # "dự PMC với Trung Quốc, Nhật Bản, Hàn Quốc": the acronym names the meetings with the partners after it.
        with_partners = _WITH_PARTNERS_AFTER.match(folded, m.end()) if m.group().startswith("PMC") else None
        stop = _name_end(text, folded, lower, m.end(), end) if with_partners else m.end()
        found = _mention(text, folded, m.start(), stop,
                         acronym_only=not (shared or with_partners or _NAMED_BY_YEAR.match(m.group())))
        if found:
            out.append(found)
            covered.append((found.start, found.end))
    for found in _frameworks_attended(text, folded, start, end) if names_asean else ():
        if not any(a <= found.start < b or found.start <= a < found.end for a, b in covered):
            out.append(found)
            covered.append((found.start, found.end))
    out = _second_ordinals(text, folded, out)
    out += [x for m in out if (x := _another_edition(text, folded, m, end)) is not None]
    out += [x for m in list(out) for x in _elided_partner_meetings(text, folded, m, end, out)]
    out = [x for m in out for x in _slashed_acronyms(m)]
    out = [x for m in out for x in _mixed_list(text, m)]
    out = [x for m in out for x in _three_then_each(text, m)]
    out = _partner_lists(text, folded, out)
    out = [_attended_by_leaders(folded, x, start, end) for x in out]
    out = _each_partner_of_plus_one(text, out, start, end)
    out = out or _schedule_item(text, folded, start, end)
    out = [x for m in out for x in _expanded_summit(text, folded, m, end)]
    out = [x for m in out for x in _partners_after_the_three(text, folded, m, end)]
    out = [x for m in out for x in _office_holders_met_after(text, folded, m, end)]
    out.sort(key=lambda x: x.start)
    return out


# "dự ASEAN+3", "Tại ASEAN+3 hôm qua", "dự ASEAN+1 với Nhật Bản", "bên lề ASEAN - Trung Quốc": a framework named alone
# as what is attended, its meeting noun left out.
@lru_cache(maxsize=1)
def _framework_attended() -> re.Pattern[str]:
    alt = partner_alternation()
    return re.compile(r"\b(?:tai|du|tham du|ben le|khai mac|be mac) "
                      rf"((?:asean|10) ?\+ ?3|(?:asean|10) ?\+ ?1 voi (?:{alt})|asean ?- ?(?:{alt})|(?:{alt}) ?- ?asean)\b"
                      r"(?! ?[-+])")


def _frameworks_attended(text: str, folded: str, start: int, end: int) -> list[MeetingMention]:
    """The meetings of frameworks named alone as what is attended, at the level of who attends: leaders make the
    summit ("Thủ tướng sẽ dự ASEAN+3"), anyone else the framework's meeting with no level."""
    out = []
    for m in _framework_attended().finditer(folded, start, end):
        level = "Cấp cao " if _LEADER_ATTENDS.search(folded, start, end) else ""
        found = _mention(text, folded, m.start(1), m.end(1), acronym_only=False,
                         classify_as=f"Hội nghị {level}{text[m.start(1):m.end(1)]}")
        if found and found.series in _LISTED_SERIES and (found.partner or found.series.startswith("apt")):
            out.append(found)
    return out


# Between two partners of one list: a comma or "và", perhaps the next one's office or leaders ("Thủ tướng Trung
# Quốc, Thủ tướng Nhật Bản và Tổng thống Hàn Quốc") or the one before's office-holder's name ("Thủ tướng Nhật Bản
# Abe, Thủ tướng Ấn Độ Modi": capitalised words, tested apart since a pattern's case-folding would admit any word).
_PARTNER_JOINT = re.compile(r"\s*(?:,|và|cùng)\s*(?:(?:các\s+)?(?:nhà\s+)?(?:lãnh đạo|[Tt]hủ tướng|[Tt]ổng thống"
                            r"|[Cc]hủ tịch(?: nước)?|[Nn]goại trưởng|[Bb]ộ trưởng(?: [\wÀ-ỹ]+){0,3}?)\s+)?")
_NAME_WORD = re.compile(r"\s+([\w-]+)")
_NAME_WORDS_MAX = 4


def _joins_partners(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, between two partners' names, joins them in one list: up to four capitalised words
    (the first one's office-holder), then a joint."""
    at = lo
    for _ in range(_NAME_WORDS_MAX + 1):
        if _PARTNER_JOINT.fullmatch(text, at, hi):
            return True
        word = _NAME_WORD.match(text, at, hi)
        if word is None or not word.group(1)[0].isupper():
            return False
        at = word.end()
    return False


# A schedule's line: a bullet or a time, then a framework alone ("14h00: ASEAN - Trung Quốc", "+ ASEAN+3").
_ITEM_OPENER = re.compile(r"[ \t]*(?:[-–•*+·][ \t]*|\d{1,2}[.)][ \t]*)?(?:\d{1,2}(?:h\d{0,2}|:\d{2})(?:\s*-\s*\d{1,2}(?:h\d{0,2}|:\d{2}))?"
                          r"\s*:?\s*)?")
_FRAMEWORK_ALONE = re.compile(r"(?:asean ?\+ ?3|asean ?- ?[a-z ]{2,20}?|dong a|eas)(?: lan thu \w+)?\s*[.;]?\s*$")
_HEAD_LEVEL_WORDS = ((re.compile(r"\b(?:cap cao|thuong dinh|lanh dao)\b"), "Hội nghị Cấp cao "),
                     (re.compile(r"\b(?:bo truong ngoai giao|ngoai truong)\b"), "Hội nghị Bộ trưởng Ngoại giao "),
                     (re.compile(r"\bbo truong kinh te\b"), "Hội nghị Bộ trưởng Kinh tế "))


def _schedule_item(text: str, folded: str, start: int, end: int) -> list[MeetingMention]:
    """A schedule line that names a framework's meeting by its parties alone ("14h00: ASEAN - Trung Quốc" under
    "Các hội nghị cấp cao ASEAN+1:"), at the level the line above the schedule says."""
    line = text.rfind("\n", 0, start) + 1
    opener = _ITEM_OPENER.match(folded, line, end)
    if line != start or opener is None or opener.end() == line or not _FRAMEWORK_ALONE.fullmatch(folded, opener.end(), end):
        return []
    at = opener.end()
    name = text[at:end].strip().rstrip(".;").strip()
    head = text.rfind("\n", 0, max(0, line - 1))
    while head > 0 and _ITEM_OPENER.match(folded, head + 1).end() > head + 1:
        head = text.rfind("\n", 0, head)    # past the items above to the schedule's head line
    above = folded[head + 1:text.find("\n", head + 1)]
    level = next((words for pattern, words in _HEAD_LEVEL_WORDS if pattern.search(above)), "Hội nghị ")
    series, partner = classify(level + name)
    if series not in _LISTED_SERIES or series.startswith("asean-partner") and not partner:
        return []
    return [MeetingMention(at, at + len(name), name, series, partner, ordinal_of(canonical(name)), False, False)]


# "... Trung Quốc, Nhật Bản, Hàn Quốc (ASEAN+3), Ấn Độ, Australia và New Zealand": the three's framework in brackets,
# then more partners met one by one (each perhaps with its own "(10+1)", "với" or leaders again).
_THREE_BRACKET = re.compile(r"\s*\((?:asean|10) ?\+ ?3\)")
_NEXT_MET = re.compile(r"\s*(?:\((?:ASEAN|10) ?\+ ?1\))?\s*(?:,|;|và|cùng)\s*(?:với\s+)?(?:(?:các\s+)?(?:nhà\s+)?lãnh đạo\s+"
                       r"|Thủ tướng\s+|Tổng thống\s+)?", re.I)


def _partners_after_the_three(text: str, folded: str, m: MeetingMention, end: int) -> list[MeetingMention]:
    """An ASEAN+3 meeting read from its three partners and its bracket, and one ASEAN+1 meeting (at its level) with
    each partner listed after the bracket; a name that ran over those partners stops at the bracket."""
    bracket = _THREE_BRACKET.search(folded, m.start, min(end, m.end + 12)) if m.series.startswith("apt") else None
    if bracket is None:
        return [m]
    out = [replace(m, end=bracket.end(), name=text[m.start:bracket.end()]) if m.end > bracket.end() else m]
    level = "asean-partner-summit" if m.series == "apt-summit" else "asean-partner-other"
    pos = bracket.end()
    for hit in registry.find_countries(text[pos:end]):
        joint = _NEXT_MET.fullmatch(text, pos, bracket.end() + hit.start)
        if hit.key not in ALL_PARTNERS or hit.key in ("CN", "JP", "KR") \
                or joint is None and not _joins_partners(text, pos, bracket.end() + hit.start):
            break
        at = bracket.end() + hit.start
        name = f"Hội nghị {'Cấp cao ' if level == 'asean-partner-summit' else ''}ASEAN - {hit.surface}"
        # The three's span: the words around it (its day, place, status) are each one's too.
        out.append(replace(out[0], name=name, series=level, partner=hit.key, listed=m.start))
        pos = at + len(hit.surface)
    if len(out) > 1:
        out[0] = replace(out[0], listed=m.start)
    return out


# "Hội nghị thượng đỉnh ASEAN sẽ mở rộng với sự tham gia của lãnh đạo Trung Quốc, Nhật Bản, Hàn Quốc": the Summit
# widened to its partners' leaders.
_EXPANDED = re.compile(r"\s*(?:(?:se|da|duoc|cung) )*mo rong\b")


def _expanded_summit(text: str, folded: str, m: MeetingMention, end: int) -> list[MeetingMention]:
    """The ASEAN Summit "mở rộng" with the partners listed after it: the ASEAN+3 summit when they are its three, else
    ASEAN's summit with each of them (the Summit itself is said elsewhere)."""
    widened = folded.find(" mo rong", m.start, m.end + 16)
    if m.series != "asean-summit" or m.ordinal is not None or widened < 0 \
            or not _EXPANDED.match(folded, min(widened, m.end)):
        return [m]
    listed = _listed_partners(text, widened, end)
    return _each_joined_partner(m, listed, "asean-partner-summit") if listed else [m]


_WITH_OFFICE_HOLDER = re.compile(r"^(.*\bvới )(?:các )?(?:Tổng thống|Thủ tướng|Chủ tịch|Ngoại trưởng|Bộ trưởng|Ủy viên|Cao ủy"
                                 r"|Đại diện)\b", re.I)


def _office_holders_met_after(text: str, folded: str, m: MeetingMention, end: int) -> list[MeetingMention]:
    """A partner meeting named by the partner's office-holder ("tham vấn với Bộ trưởng Thương mại Trung Quốc") and
    the next office-holders of other partners after it (", Bộ trưởng METI Nhật Bản và Đại diện Thương mại Mỹ"):
    one meeting with each."""
    head = _WITH_OFFICE_HOLDER.match(m.name) if m.partner and m.listed is None \
        and m.series.startswith("asean-partner") else None
    if head is None or m.end != m.start + len(m.name):
        return [m]
    out = [m]
    for o in _more_office_holders(folded, m.end, end):
        partner = _subject_partner(text, o.start(1), o.end(1))
        if partner and partner not in {x.partner for x in out}:
            out.append(replace(m, start=o.start(1), end=o.end(1), name=head.group(1) + text[o.start(1):o.end(1)],
                               partner=partner, listed=m.start))
    if len(out) > 1:
        out[0] = replace(m, listed=m.start)
    return out


def _listed_partners(text: str, start: int, end: int) -> list[registry.GazetteerHit]:
    """The longest run of two or more partners the sentence lists one after the other, else none."""
    hits = [h for h in registry.find_countries(text[start:end]) if h.key in ALL_PARTNERS]
    best: list[registry.GazetteerHit] = []
    run: list[registry.GazetteerHit] = []
    for hit in hits:
        if run and _joins_partners(text, start + run[-1].end, start + hit.start):
            run.append(hit)
        else:
            run = [hit]
        if len(run) > len(best):
            best = list(run)
    return [replace(h, start=start + h.start, end=start + h.end) for h in best] if len(best) > 1 else []


def _each_partner_of_plus_one(text: str, mentions: list[MeetingMention], start: int, end: int) -> list[MeetingMention]:
    """An ASEAN+1 meeting said without its partner ("trong khuôn khổ các hội nghị 10+1", "(hội nghị 10+1)") in a
    sentence that lists partners ("gặp riêng rẽ lãnh đạo Trung Quốc, Nhật Bản, Hàn Quốc ...") is one meeting with
    each of them, at its level; partners another mention already meets are left to it."""
    plural = [m for m in mentions if m.series.startswith("asean-partner") and m.partner is None
              and PLUS_ONE.search(canonical(m.name))]
    if not plural:
        return mentions
    listed = _listed_partners(text, start, end)
    out = [m for m in mentions if m not in plural]
    for m in plural:
        if not listed:
            # "Thủ tướng Trung Quốc dự hội nghị thượng đỉnh ASEAN+1 và ASEAN+3": the one partner before it; an item of
            # a list that stays without one names no meeting.
            m = _plus_one_of_subject(text, m, start)
            out += [m] if m.partner or m.listed is None else []
            continue
        met = {x.partner for x in out if x.series == m.series}
        for hit in listed:
            if hit.key in met:
                continue
            met.add(hit.key)
            out.append(replace(m, start=hit.start, end=hit.end, name=f"{m.name} với {hit.surface}", partner=hit.key,
                               listed=m.start))
    return out


# "... và các hội nghị cấp cao liên quan gồm: ASEAN+3, ASEAN - Trung Quốc, ...", "các Hội nghị Cấp cao ASEAN với các
# đối tác: Trung Quốc, Hàn Quốc": a list the head noun announces, each item one meeting at the head's level.
# Also "với các Đối tác (PMC) gồm ...", "với từng đối tác là ...", and the list in brackets "với các đối tác (Trung
# Quốc, Nhật Bản)".
_LIST_INTRO = re.compile(r"\b(?:hoi nghi|cuoc hop)(?: (cap cao|thuong dinh|bo truong(?: ngoai giao| kinh te)?))?"
                         r"(?: asean)?(?: ?\+ ?1)?(?: lien quan| voi (?:cac|tung) (?:nuoc |ben )?doi tac(?: doi thoai)?)"
                         r"(?: khac)?(?: \((?:pmc|amm|aem)(?: ?\+ ?1)?\))?"
                         # "(PMC+1) với Trung Quốc, Nhật Bản": the partners after the acronym; a bracket that opens the
                         # acronym itself opens no list.
                         r"\s*,?\s*(?:(?:gom(?: co)?|bao gom|nhu|la|voi)\s*:?|:|\((?!(?:pmc|amm|aem)\b))\s*")
_LEVEL_BEFORE = re.compile(r".*\b(cap cao|thuong dinh|bo truong ngoai giao|bo truong kinh te|bo truong)\b", re.S)
_LEVEL_WORDS = {"cap cao": "Cấp cao", "thuong dinh": "Cấp cao", "bo truong ngoai giao": "Bộ trưởng Ngoại giao",
                "bo truong kinh te": "Bộ trưởng Kinh tế", "bo truong": "Bộ trưởng"}
# An item may carry its own bracket, words after it too when it is the last: "ASEAN - Hàn Quốc (lần thứ 21) đã ...".
_LIST_ITEM = re.compile(r"\s*(?:,|;|\bvà\b)?\s*([^,;.:()\n]+?(?:\s*\([^()\n]{1,20}\)[^,;.:()\n]*?)?)"
                        r"(?=\s*(?:,|;|\bvà\b|[.:)\n]|$))")


def _item_stop(lower: str) -> re.Match[str] | None:
    """Where a listed item's name stops: the first stop that is not the close of the item's own bracket."""
    return next((stop for stop in _STOP.finditer(lower)
                 if not (lower[stop.start()] == ")" and lower.count("(", 0, stop.start()) > lower.count(")", 0, stop.start()))),
                None)
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)?$")
_FRAMEWORK_ITEM = re.compile(r"\b(?:asean|dong a|eas|arf|apt|pmc|mekong)\b")
_LISTED_SERIES = {"apt-summit", "apt-other", "eas", "eas-other", "arf", "arf-other", "asean-partner-summit",
                  "asean-partner-other"}


def _may_hold(folded: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``folded[start:end]`` holds one of ``words``: a str.find is far cheaper than a pattern that opens
    with \\b, tried at every position."""
    return any(folded.find(word, start, end) >= 0 for word in words)


@lru_cache(maxsize=1)
def _with_partners_after_pattern() -> re.Pattern[str]:
    return re.compile(rf" (?:voi|giua asean (?:va|voi)) (?:cac |tung )?(?:nuoc |ben )?(?:doi tac )?(?:{partner_alternation()})\b")


_WITH_PARTNERS_AFTER = _LazyPattern(_with_partners_after_pattern)


def _related_lists(text: str, folded: str, start: int, end: int) -> list[tuple[tuple[int, int], list[MeetingMention]]]:
    """Each announced list: the span of its head noun phrase and the meetings its items name."""
    lists = []
    if not _may_hold(folded, start, end, ("hoi nghi", "cuoc hop")):
        return lists                       # every list opens with one of the two nouns: no scan without them
    for intro in _LIST_INTRO.finditer(folded, start, end):
        out: list[MeetingMention] = []
        level = intro.group(1) or next(iter(_LEVEL_BEFORE.findall(folded, start, intro.start())[-1:]), None)
        pos = intro.end()
        while pos < end:
            item = _LIST_ITEM.match(text, pos, end)
            if item is None or not item.group(1).strip():
                break
            name = item.group(1).strip()
            pos = item.end()
            # The last item ends where a name ends: "..., Hàn Quốc tại Jakarta".
            cut = _item_stop(lower_keep_length(name))
            if cut:
                name = name[:cut.start()].strip()
                pos = end
            own = canonical(name)
            # No level said ("các hội nghị ASEAN với các đối tác gồm ..."): ASEAN's meetings with each partner.
            head = f"Hội nghị {_LEVEL_WORDS[level]}" if level else "Hội nghị"
            # "Trung Quốc (ASEAN+1)": the bracket glosses the list, the item is still a partner.
            framework = _FRAMEWORK_ITEM.search(_TRAILING_BRACKET.sub("", own))
            as_meeting = f"{head} {name if framework else 'ASEAN - ' + name}"
            series, partner = classify(as_meeting)
            if series not in _LISTED_SERIES or (series.startswith("asean-partner") and not partner
                                                and not framework):
                break
            if series.startswith("asean-partner") and not partner:
                continue   # "ASEAN+1" among the frameworks: ASEAN's meetings with each partner, none named
            at = item.start(1)
            # Named with the head's level ("Hội nghị Cấp cao ASEAN - Trung Quốc"): a bare "Trung Quốc" names no meeting.
            out.append(MeetingMention(at, at + len(name), as_meeting, series, partner, ordinal_of(own), False, False,
                                      listed=intro.start()))
        if out:
            lists.append(((intro.start(), intro.end()), out))
    return lists


# "Hội nghị Cấp cao ASEAN 43, ASEAN+3, ASEAN - Trung Quốc và Đông Á": one head noun over meetings of different
# frameworks. Each item after the first opens with ASEAN+3, ASEAN's dash, East Asia or the level again.
_MIXED_ITEM = re.compile(r"(?:,|;| và)\s+(?=(?:ASEAN|10) ?\+ ?[13]\b|APT\b|EAS\b|SOM (?:ASEAN ?\+ ?3|EAS|ARF|APT)\b|ARF SOM\b|Đông Á\b|ASEAN ?[\u2010-\u2015\u2212-] ?\w|Cấp cao\b"
                         r"|Thượng đỉnh\b|Mekong\b|Mê Công\b|CLMV\b|CLV\b|ACMECS\b|GMS\b|AEM ?[\u2010-\u2015-] ?(?:METI|MOFCOM|USTR|ROK|CER)\b)", re.I)
_HEAD_NOUN = re.compile(r"^((?:các )?(?:hội nghị|cuộc họp|(?:cuộc )?tham vấn))\b", re.I)
_HEAD_LEVEL = re.compile(r"^(.*?\b(?:cấp cao|thượng đỉnh|bộ trưởng(?: ngoại giao| kinh tế| quốc phòng)?|ngoại trưởng"
                         r"|quan chức cao cấp|SOM)\b)", re.I)


def _mixed_list(text: str, m: MeetingMention) -> list[MeetingMention]:
    """One mention per item of a list under one head noun that names meetings of different frameworks (an
    ASEAN+3 item next to ASEAN+1 ones); a list of one framework is left to the partner-list reading."""
    if m.acronym_only:
        return [m]
    cuts = [c for c in _MIXED_ITEM.finditer(m.name)]
    if not cuts:
        return [m]
    pieces = []
    at = 0
    for c in cuts:
        pieces.append((at, c.start()))
        at = c.end()
    pieces.append((at, len(m.name)))
    named = [classify(m.name[a:b]) for a, b in pieces]
    frameworks = {series for series, _ in named if series}
    # "AEM-MOFCOM, AEM-METI": one framework, each item its own partner, which no country's name says.
    by_ministry = len({partner for _, partner in named if partner}) == len(named) \
        and not any(h.key in ALL_PARTNERS for h in registry.find_countries(m.name))
    # "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13 và Mekong - Hàn Quốc lần thứ 3": subregional items are each
    # their own body's meeting.
    if len(frameworks) < 2 and not any(series is None for series, _ in named[1:]) and frameworks != {"subregional"} \
            and not by_ministry:
        return [m]
    head = _HEAD_LEVEL.match(m.name[pieces[0][0]:pieces[0][1]]) or _HEAD_NOUN.match(m.name)
    if head is None:
        return [m]
    out = []
    for a, b in pieces:
        item = m.name[a:b].strip()
        if item.endswith(")") and item.count("(") < item.count(")"):
            item = item[:-1].rstrip()  # "(ASEAN+1, ASEAN+3, EAS)": the list's bracket closes on its last item
        own = item if a == 0 or re.match(r"(?:hội nghị|cuộc họp|cấp cao|thượng đỉnh|SOM|ARF SOM)\b", item, re.I) \
            else f"{head.group(1)} {item}"
        series, partner = classify(own)
        # "(ASEAN+1, ASEAN+3, EAS)": ASEAN's meetings with each partner, none of them named (an "ASEAN+1" item waits
        # for the partners its sentence may name: _each_partner_of_plus_one).
        if series is None or series.startswith("asean-partner") and partner is None \
                and not PLUS_ONE.search(canonical(own)):
            continue
        # "các Hội nghị SOM ASEAN, SOM ASEAN+3, SOM EAS và SOM ARF": the plural counts the list's own meetings.
        out.append(MeetingMention(m.start + a, m.start + a + len(item), own, series, partner, ordinal_of(canonical(own)),
                                  False, False, listed=m.start))
    return out or [m]


# "Hội nghị Cấp cao ASEAN với Trung Quốc, Nhật Bản, Hàn Quốc (ASEAN+3) và với từng nước (ASEAN+1)": the three
# together, then each of them alone.
_THREE_THEN_EACH = re.compile(r"^(?P<head>.+?)\s+với\s+(?P<three>[^()]+?)\s*\((?:ASEAN|10) ?\+ ?3\)"
                              r"\s*(?:,\s*)?(?:và|cũng như)\s+(?:với\s+)?(?:từng|mỗi|riêng(?: từng)?)\s+(?:nước|đối tác|bên)"
                              r"(?:\s*\((?:ASEAN|10) ?\+ ?1\))?$", re.I)


def _three_then_each(text: str, m: MeetingMention) -> list[MeetingMention]:
    """One ASEAN+3 meeting and one ASEAN+1 meeting with each of the three, from a name that says both."""
    found = _THREE_THEN_EACH.match(m.name) if not _head_added(text, m) else None
    if found is None:
        return [m]
    three = m.name.find(")", found.end("three")) + 1    # the name of the three together ends with its bracket
    series, _ = classify(m.name[:three])
    if series not in ("apt-summit", "apt-other"):
        return [m]
    out = [replace(m, end=m.start + three, name=m.name[:three], series=series, partner=None, listed=m.start)]
    level = partner_series(canonical(found.group("head")))
    for hit in registry.find_countries(found.group("three")):
        if hit.key in ALL_PARTNERS:
            at = m.start + found.start("three") + hit.start
            out.append(replace(m, start=at, end=at + len(hit.surface), name=f"{found.group('head')} với {hit.surface}",
                               series=level, partner=hit.key, listed=m.start))
    return out


# "Hội nghị Cấp cao ASEAN lần thứ 40, 41", "lần thứ 28 và 29", "thứ 44 và 45": two numbered meetings held together.
# A full stop may end the sentence after it ("lần thứ 40, 41."), not a number ("41.5").
_SECOND_ORDINAL = re.compile(r" ?(?:,|va|-|&) ?(\d{1,3})(?![\w/-]|\.\w)")


def _second_ordinals(text: str, folded: str, mentions: list[MeetingMention]) -> list[MeetingMention]:
    """Each mention numbered "N, N+1" becomes two: the name takes in the second number."""
    out = []
    for m in mentions:
        if m.ordinal is not None and _NAMED_TWICE.search(canonical(m.name)) \
                and int(_NAMED_TWICE.search(canonical(m.name)).group(2)) == m.ordinal + 1:
            # The name already holds both numbers ("lần thứ 40 và 41"): its twin is the next number.
            out += _twins(m, m.name)
            continue
        two = _SECOND_ORDINAL.match(folded, m.end) if m.ordinal is not None else None
        if two is None or int(two.group(1)) != m.ordinal + 1 \
                or not re.search(rf"(?:lan thu|asean)[ -]{m.ordinal}$", canonical(m.name).rstrip()):
            out.append(m)
            continue
        out += _twins(replace(m, end=two.end()), text[m.start:two.end()])
    return out


# "Hội nghị Cấp cao ASEAN-Trung Quốc lần thứ 25 (tháng 11/2022) và lần thứ 26 (tháng 9/2023)", "... lần thứ 21 ngày
# 20/8/2022 và lần thứ 22 ngày 21/8/2023": another edition said by its number alone after the first one's day or place,
# then a time, place or verb of its own ("lần thứ hai liên tiếp" is a count, no edition).
_ANOTHER_EDITION = re.compile(r"(?:\s*\([^()\n]{1,40}\)|\s+(?:ngay|thang|nam|tai|o)\s[^,;.()\n]{1,30}?)*\s*(?:,|va|;)\s*"
                              r"(?:hoi nghi\s+|cuoc hop\s+)?(lan thu \w+)(?=\s*[(,.;]|\s+(?:ngay|thang|nam|tai|o|dien ra"
                              r"|duoc|da|se|deu|cung|vao|hoi)\b|\s*$)")


def _another_edition(text: str, folded: str, m: MeetingMention, end: int) -> MeetingMention | None:
    """The next edition of a numbered meeting said by its number alone after it, as a meeting of its own."""
    if m.ordinal is None or m.acronym_only:
        return None
    found = _ANOTHER_EDITION.match(folded, m.end, end)
    number = ordinal_of(found.group(1)) if found else None
    if number is None or number == m.ordinal:
        return None
    head = _NTH.search(m.name)
    if head is None:
        return None
    at = found.start(1)
    return replace(m, start=at, end=found.end(1), name=m.name[:head.start()] + text[at:found.end(1)], ordinal=number,
                   listed=None)


@lru_cache(maxsize=1)
def _elided_partner() -> re.Pattern[str]:
    # ", chiều cùng ngày là ASEAN-Nhật Bản", ", rồi đến ASEAN+1 với Hàn Quốc": the next partner's meeting, its head
    # noun and level left to the one named before.
    return re.compile(rf"\s*[,;]\s*(?:[a-z ]{{0,30}}?\s)?(?:la|den|toi|roi|tiep theo|tiep do)\s+"
                      rf"(asean ?(?:\+ ?1 voi |- ?)(?:{partner_alternation()}))\b(?! ?-)")


def _elided_partner_meetings(text: str, folded: str, m: MeetingMention, end: int,
                             found: list[MeetingMention]) -> list[MeetingMention]:
    """"Hội nghị cấp cao ASEAN-Trung Quốc, chiều cùng ngày là ASEAN-Nhật Bản": a meeting with the next partner
    named by ASEAN and the partner alone, after a partner meeting named with its head noun."""
    head = re.search(r"\basean\b", canonical(m.name)) if m.partner and not m.acronym_only else None
    elided = _elided_partner().match(folded, m.end, end) if head else None
    if elided is None or any(x.start <= elided.start(1) < x.end for x in found):
        return []
    words = m.name[:m.name.lower().find("asean")] if "asean" in m.name.lower() else ""
    at, stop = elided.start(1), elided.end(1)
    one = _mention(text, folded, at, stop, acronym_only=False, classify_as=words + text[at:stop])
    return [replace(one, name=words + text[at:stop])] if one and one.partner and one.partner != m.partner else []


_NTH = re.compile(r"(?i)lần\s+thứ\s*")
# "ASEAN 44 và 45", "ASEAN-44, 45": the first number's head ends at ASEAN's name.
_FIRST_NUMBER = re.compile(r"(?i)\bASEAN[\s-]+(?=\d{1,3}\s*(?:,|và|-|&)\s*\d)")


def _twins(m: MeetingMention, both: str) -> list[MeetingMention]:
    """Two meetings from one mention numbered twice, each named with its own number ("... lần thứ 40",
    "... lần thứ 41"); the span stays the phrase that names both."""
    nth = _NTH.search(both) or _FIRST_NUMBER.search(both)
    if nth is None:
        return [replace(m, name=both), replace(m, name=both, ordinal=m.ordinal + 1)]
    head = both[:nth.end()]
    return [replace(m, name=f"{head}{m.ordinal}"), replace(m, name=f"{head}{m.ordinal + 1}", ordinal=m.ordinal + 1)]


# "các hội nghị AMM/PMC", "AMM-PMC": two bodies' acronyms joined by a slash or dash, the meetings of a week held
# back to back.
_SLASHED = re.compile(r"\b(AMM|AEM|ADMM|SOM|PMC|ARF|EAS)(?:\+\d)?\s*[/\u2010-\u2015-]\s*(AMM|AEM|ADMM|SOM|PMC|ARF|EAS)"
                      r"(?:\+\d)?\b")


def _slashed_acronyms(m: MeetingMention) -> list[MeetingMention]:
    """A mention naming two bodies by their acronyms joined by a slash is one meeting of each, when each
    acronym alone names a series of its own."""
    pair = _SLASHED.search(m.name)
    if pair is None or m.acronym_only:
        return [m]
    head = m.name[:pair.start()]
    out = []
    for i in (1, 2):
        name = head + m.name[pair.start(i):pair.end(i)]
        series, partner = classify(name)
        if series is None:
            return [m]
        out.append(replace(m, name=name, series=series, partner=partner))
    return out if out[0].series != out[1].series else [m]


# "Cấp cao ASEAN 44 và 45": the numbers after ASEAN's name as well.
_NAMED_TWICE = re.compile(r"(?:(?:lan )?thu|asean) (\d{1,3}) ?(?:,|va|-|&) ?(\d{1,3})\s*$")


# "các cuộc gặp Bộ trưởng Kinh tế ASEAN-Úc và ASEAN-Hàn Quốc", "Hội nghị Cấp cao ASEAN với Trung Quốc,
# Nhật Bản và Hàn Quốc": one head noun, one meeting per partner.
# Between two partners: a comma, "và" or a dash, perhaps the first one's number or acronym ("lần thứ 27", "(PMC+1)")
# and "với" or "ASEAN -" ("ASEAN +", "AEM -") again.
_LIST_JOINT = re.compile(r"(?:\s*lần thứ \d{1,3})?(?:\s*\([^()]{1,20}\))?\s*(?:,|;|và|cùng|[\u2010-\u2015\u2212-])?\s*(?:với\s+)?"
                         r"(?:(?:ASEAN|AEM|ADMM)\s*[\u2010-\u2015\u2212+-]\s*)?$")


# "ASEAN - Trung Quốc lần thứ 27, ASEAN - Hàn Quốc lần thứ 25": each partner's meeting has its own number.
_OWN_NUMBER = re.compile(r"\s*\(?lần (?:thứ )?(\d{1,3})(?!\d)\)?")


def _number_of(found: re.Match[str] | None) -> int | None:
    return int(found.group(1)) if found else None


_DASH_BETWEEN = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")


def _as_cer(name: str, hits: list[registry.GazetteerHit], series: str) -> list[registry.GazetteerHit]:
    """"Australia - New Zealand" in a list of partners below leaders: the two as one partner, the CER the AEM
    consults (ASEAN's leaders meet each of the two)."""
    if series != "asean-partner-other":
        return hits
    out: list[registry.GazetteerHit] = []
    for hit in hits:
        if out and {out[-1].key, hit.key} == {"AU", "NZ"} and _DASH_BETWEEN.fullmatch(name, out[-1].end, hit.start):
            out[-1] = registry.GazetteerHit(out[-1].start, hit.end, "CER", name[out[-1].start:hit.end])
            continue
        out.append(hit)
    return out


def _head_added(text: str, m: MeetingMention) -> int:
    """How many characters of ``m.name`` stand before the words the text writes at ``m.start``: an item of a list
    under one head noun is named with the head before it ("Hội nghị Cấp cao " + "ASEAN+1 với Trung Quốc, ...")."""
    written = text[m.start:m.end]
    return len(m.name) - len(written) if m.name != written and m.name.endswith(written) else 0


# "... với Thủ tướng Nhật Bản": the first partner met through its office-holder, so the next ones may be too.
_OFFICE_BEFORE = re.compile(r"(?:Tổng thống|Thủ tướng|Chủ tịch(?: nước)?|Ngoại trưởng|Bộ trưởng(?: [\wÀ-ỹ]+){0,3}?"
                            r"|(?:các\s+)?(?:nhà\s+)?lãnh đạo)\s*$", re.I)


def _joins_listed(name: str, first: int, lo: int, hi: int) -> bool:
    """Whether ``name[lo:hi]``, between two partners, joins them in one list: a joint (perhaps a number, "với" or
    "ASEAN -"); or, when the first partner follows its office ("với Thủ tướng Nhật Bản và Tổng thống Hàn Quốc"),
    the next office too, after the first one's office-holder's name."""
    gap = name[lo:hi]
    if gap.strip() and _LIST_JOINT.match(gap):
        return True
    return bool(_OFFICE_BEFORE.search(name, 0, first)) and _joins_partners(name, lo, hi)


def _list_head(head: str) -> str:
    """The words before a list of partners, without the bracket that opens the list ("với sáu đối tác (Trung
    Quốc, ...)"): each partner's meeting is named by the head and its own partner."""
    return head[:-1] if head.endswith("(") else head


def _partner_lists(text: str, folded: str, mentions: list[MeetingMention]) -> list[MeetingMention]:
    out = []
    for m in mentions:
        hits = _as_cer(m.name, [h for h in registry.find_countries(m.name) if h.key in ALL_PARTNERS], m.series) \
            if m.partner else []
        first = next((i for i, h in enumerate(hits) if h.key == m.partner), None)
        listed = []
        if first is not None:
            for prev, hit in zip(hits[first:], hits[first + 1:]):
                if not _joins_listed(m.name, hits[first].start, prev.end, hit.start):
                    break
                listed.append(hit)
        if not listed:
            out.append(m)
            continue
        # The first meeting ends with its partner (and its own number, when each is numbered); each other partner's
        # name starts at its "ASEAN-" or its own name.
        items = [hits[first]] + listed
        numbered = [_OWN_NUMBER.match(m.name, h.end) for h in items]
        own_numbers = any(numbered)
        cut = numbered[0].end() if numbered[0] else hits[first].end
        at = m.start - _head_added(text, m)
        head = _list_head(m.name[:hits[first].start])
        out.append(replace(m, end=at + cut, name=head + m.name[hits[first].start:cut], listed=m.start,
                           ordinal=_number_of(numbered[0]) if own_numbers else m.ordinal))
        seen = {m.partner}
        for hit, number in zip(listed, numbered[1:]):
            if hit.key in seen:
                continue
            seen.add(hit.key)
            end = number.end() if number else hit.end
            own = m.name[hit.start:end]
            out.append(replace(m, start=at + hit.start, end=at + end, name=head + own, partner=hit.key,
                               listed=m.start, ordinal=_number_of(number) if own_numbers else m.ordinal))
    return out
