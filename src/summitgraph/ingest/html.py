"""HTML pages: main text and metadata by trafilatura, with the gaps it leaves on Vietnamese
news pages filled from the page itself (the bold lead paragraph, "Thứ Năm, 16/01/2020, 14:27"
date lines with their time, "Tác giả:" bylines, the site name from its meta tags)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import lxml.html

from summitgraph.errors import InputError
from summitgraph.ingest.clean import FOLLOW_US, credit_spans, fold_line, related_marker
from summitgraph.ingest.flatten import flatten, too_deep
from summitgraph.ingest.meta import MAX_DATE_LINE, parse_byline, parse_date, parse_date_line, published_part
from summitgraph.ingest.structured import article_body, body_to_read, structured_date
from summitgraph.registry import find_countries
from summitgraph.text.normalize import fold

# Only dates the page states (meta tags, structured data, the URL), never a guess from the
# text: htmldate's extensive search turns "ASEAN 2022" into 2022-01-01.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Class names of a lead ("sapo") block, as a word of the class list or a BEM part of one: "sapo",
# "detail-sapo", "article__sapo", "cms-desc", "singular-sapo", "description".
# "intro", "excerpt", "standfirst" and "chappeau" name it on other CMSs ("article-intro", "post-excerpt").
LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:sapo|chapp?eau|lead|summary|desc|description|intro|excerpt|standfirst)"
                        r"(?=$|[\s_-])", re.IGNORECASE)
MIN_LEAD_CHARS = 40
DATE_CLASS = re.compile(r"date|time|publish|meta|ngay", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlPage:
    title: str | None
    text: str                       # extracted main text, lead paragraph first when the page has one
    published: str | None = None
    published_time: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    body_from: str = "page text"     # where the text came from and why (ingest/structured.py body_to_read)


def extract_html(html: str, source: str, url: str | None = None) -> HtmlPage:
    """Main text and metadata of one page; InputError when the page holds no article text."""
    if too_deep(html):
        html = flatten(html)  # else libxml2 stops at 256 levels and whatever lies deeper is lost
    if _LAYOUT_TABLE.search(html):
        html = unwrap_layout(html)
    tree = _parse(html)
    if tree is not None and drop_story_cards(tree):
        html = lxml.html.tostring(tree, encoding="unicode", doctype=tree.getroottree().docinfo.doctype)
    import trafilatura  # a fifth of a second to import: only commands that read a page pay it

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=True, date_extraction_params=DATE_PARAMS)
    text = (document.text or "").strip() if document is not None else ""
    text, body_from = body_to_read(text, article_body(tree) if tree is not None else None)
    if not text:
        raise InputError(source, "no article text found in the HTML")
    if tree is not None:
        text = with_linked_paragraphs(tree, text)
        text = without_lines(text, photo_captions(tree) | other_stories_boxed(tree, text) | footer_texts(tree))
    # trafilatura may find no body at all where the structured data holds one: its metadata is then absent
    outlet = getattr(document, "sitename", None) or (site_name(tree) if tree is not None else None)
    title = _clean_title(restored_title(_title_element(tree), getattr(document, "title", None)), outlet)
    if title and tree is not None and is_section_name(title, tree):
        title = None
    text = without_title_line(text, title)
    lead = (lead_paragraph(tree, text) or heading_lead(tree, text)) if tree is not None else None
    if lead:
        text = lead + "\n" + text
    stated = page_date_line(tree) if tree is not None else None
    found = getattr(document, "date", None)
    if found and tree is not None and another_storys_date(tree, found):
        found = None
    published, published_time = stated if stated else parse_date(found or "")
    if published is not None and published_time is None and tree is not None:
        published_time = structured_time(tree, published)
    author = clean_author(getattr(document, "author", None)) or (page_byline(tree) if tree is not None else None)
    return HtmlPage(title=title, text=text, published=published, published_time=published_time, author=author,
                    outlet=outlet, url=getattr(document, "url", None) or url, body_from=body_from)


# A page laid out with tables and <br><br> between paragraphs (old Vietnamese sites): trafilatura would
# render the layout as one table row, body, menu and related stories run together on one line.
_LAYOUT_TABLE = re.compile(r"<td[^>]*>(?:(?!</td>).){120,}?<br\s*/?>\s*<br", re.I | re.S)
_LAYOUT_TAGS = re.compile(r"<(/?)(?:table|tbody|thead|tr|td|th)\b[^>]*>", re.I)
_BREAKS = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)
# <font> and <center> wrap whole columns on such pages: a paragraph break inside one nests every later
# paragraph in the first, and the body comes out as one line with the related stories after it.
_PRESENTATIONAL = re.compile(r"</?(?:font|center)\b[^>]*>", re.I)


def unwrap_layout(html: str) -> str:
    """Layout tables become blocks and double line breaks paragraph breaks, so the text column reads as
    paragraphs and the menu and side columns as blocks of their own that cleaning can drop."""
    html = _PRESENTATIONAL.sub("", html)
    html = _LAYOUT_TAGS.sub(lambda m: "</div>" if m.group(1) else "<div>", html)
    return _BREAKS.sub("<p>", html)


def drop_story_cards(tree: lxml.html.HtmlElement) -> bool:
    """Remove the <article> cards of other stories from the page, in place; True when there were any. CMSs set
    each same-topic story of a box inside the body as an <article> (headline, teaser), and trafilatura, which
    looks for <article> first, may read the first card as the article's opening and keep its teaser after the
    byline."""
    cards = [element for element in tree.iter("article") if is_story_card(element)]
    for card in cards:
        box = card.getparent()
        card.drop_tree()
        if box is not None and box.getparent() is not None and only_a_header_left(box):
            box.drop_tree()
    return bool(cards)


def only_a_header_left(box: lxml.html.HtmlElement) -> bool:
    """A box whose cards are gone and whose text is now its header alone ("Tin liên quan") or nothing: left,
    the header would make its neighbours, the body's paragraphs, look like the box's stories."""
    text = " ".join(box.text_content().split())
    return not text or related_marker(text)


def is_story_card(element: lxml.html.HtmlElement) -> bool:
    """An element that is another story's card: short, no <h1>, a subheading that links a headline to
    another page. The article's own <article> holds its <h1>, or a body longer than a card."""
    if next(element.iter("h1"), None) is not None:
        return False
    if len(" ".join(element.text_content().split())) > MAX_CARD_CHARS:
        return False
    return any(_headline_link(link) for heading in element.iter("h2", "h3", "h4", "h5", "h6")
               for link in heading.iter("a"))


MAX_SECTION_WORDS = 4


def is_section_name(title: str, tree: lxml.html.HtmlElement) -> bool:
    """A page without a headline whose <title> names the site's section ("Thời sự - Báo Mẫu"): the title is
    the text of one of the page's menu or breadcrumb links, a few words long. A headline is no menu item."""
    if len(title.split()) > MAX_SECTION_WORDS:
        return False
    folded = fold(title)
    return any(fold(" ".join(link.text_content().split())) == folded for link in tree.iter("a"))


def without_title_line(text: str, title: str | None) -> str:
    """The body without its first line when that line is the page's title: an <h1> inside the content
    block comes out as the body's first line, and the article would read its title twice, its lead
    sentence then out of the lead's place."""
    first, _, rest = text.partition("\n")
    if title and rest.strip() and fold(" ".join(first.split())) == fold(" ".join(title.split())):
        return rest.lstrip("\n")
    return text


MAX_LINKED_SHARE = 0.5
MIN_RESTORED_CHARS = 20


def with_linked_paragraphs(tree: lxml.html.HtmlElement, text: str) -> str:
    """The body's short paragraphs trafilatura dropped for their links put back in their place: sites link
    the names of countries, offices and places in the body to their tag pages, and a short sentence with
    two such links ("Ông đang ở Lào dự hội nghị ASEAN.") fails trafilatura's link-density test."""
    lines = text.split("\n")
    kept = set(lines)
    container = _body_container(tree, {" ".join(line.split()) for line in lines})
    if container is None:
        return text
    at = 0   # where the next put-back paragraph goes: after the last body paragraph seen
    for paragraph in container.iterchildren("p"):
        own = " ".join(paragraph.text_content().split())
        if own in kept:
            at = max(at, lines.index(own) + 1)
        elif _dropped_for_its_links(paragraph, own):
            lines.insert(at, own)
            at += 1
    return "\n".join(lines)


def _body_container(tree: lxml.html.HtmlElement, lines: set[str]) -> lxml.html.HtmlElement | None:
    """The element whose <p> children the text holds most of (at least two)."""
    best, best_count = None, 1
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        count = sum(" ".join(p.text_content().split()) in lines for p in element.iterchildren("p"))
        if count > best_count:
            best, best_count = element, count
    return best


def _dropped_for_its_links(paragraph: lxml.html.HtmlElement, text: str) -> bool:
    """A sentence with links in it, most of it not link text: a related link ("Xem thêm: ...") is mostly
    link and ends with no full stop."""
    linked = sum(len(" ".join(a.text_content().split())) for a in paragraph.iter("a"))
    return (linked > 0 and len(text) >= MIN_RESTORED_CHARS and text[-1] in ".!?…\"”"
            and linked <= MAX_LINKED_SHARE * len(text) and not related_marker(text.split(":")[0]))


MAX_CAPTION_CHARS = 300
IMAGE_TAGS = ("img", "amp-img", "picture")


def photo_captions(tree: lxml.html.HtmlElement) -> set[str]:
    """The texts printed under a picture as its caption: the block right after an image-only block, in
    italics or ending with a photo credit ("... phiên họp. Ảnh: Hữu Thắng"). trafilatura drops a <figcaption>
    but keeps a caption paragraph, and the cleaner keeps captions of plain text (they may name the meeting):
    on a page the markup says what it is."""
    captions = set()
    for element in tree.iter("p", "div", "tr"):   # a picture table: the image's row, then the caption's
        previous = element.getprevious()
        if previous is None or not _image_only(previous):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > MAX_CAPTION_CHARS:
            continue
        if _all_italic(element) or _ends_with_credit(text) or marked_as_caption(element):
            captions.add(text)
    return captions


# Class names CMSs give a photo's caption or the box holding the photo and its caption: "PhotoCMS_Caption",
# <td class="caption">, <p class="Image"> in a table "tplCaption", "chu-thich", <figure class="expNoEdit">.
CAPTION_CLASS = re.compile(r"caption|chu-?thich|^image$|expnoedit|(?:^|[\s_-])(?:picture|photo)(?=$|[\s_-])",
                           re.IGNORECASE)
MAX_CAPTION_BOX_LEVELS = 3


def marked_as_caption(element: lxml.html.HtmlElement) -> bool:
    """The block after a picture is its caption when the markup says so: its own class or a class inside it
    names a caption, or it sits in a picture box (a table or figure a few levels up whose class names one).
    Captions without italics or a credit ("Các đại biểu chụp ảnh chung.") are set so by CMSs."""
    if any(CAPTION_CLASS.search(part.get("class") or "") for part in element.iter() if isinstance(part.tag, str)):
        return True
    for level, box in enumerate(element.iterancestors()):
        if level >= MAX_CAPTION_BOX_LEVELS:
            break
        if box.tag in ("table", "figure") and CAPTION_CLASS.search(box.get("class") or ""):
            return True
    return False


MAX_BOX_CHARS = 1500
MAX_MARKER_CHARS = 60
_BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "div", "a", "td")


def other_stories_boxed(tree: lxml.html.HtmlElement, text: str) -> set[str]:
    """The texts of a box headed as a list of other stories ("Tin liên quan", "Bài tiếp theo"): the smallest
    block around the header that holds more than it, when it is short and holds neither the <h1> nor the
    text's first line (then it is the article's own block, a short one). trafilatura drops the header and the
    link-only headlines but may keep a story's teaser paragraph, which the cleaner, its header gone, then
    reads as the article's."""
    first_line = " ".join(text.split("\n", 1)[0].split())
    texts = set()
    for element in tree.iter(*_BLOCKS, "b", "strong", "span"):
        # the header's words open the element's own text: the whole text is read only then (a page is large)
        if not element.text or len(element.text) > MAX_MARKER_CHARS \
                or not related_marker(" ".join(element.text_content().split())):
            continue
        box = _box_around(element)
        held = {" ".join(block.text_content().split()) for block in box.iter(*_BLOCKS)} if box is not None else set()
        if first_line not in held:
            texts.update(held)
    texts.discard("")
    return texts


FOOTER_NAME = re.compile(r"(?:^|[\s_-])(?:footer|foot|chan-?trang|chantrang)(?=$|[\s_-])", re.IGNORECASE)


def footer_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """The texts of the page's footer (<footer>, or a block whose id or class names one: "footer",
    "chantrang"), outside the article: the licence and the newsroom's address, which trafilatura keeps under
    a short article."""
    texts = set()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "footer" or FOOTER_NAME.search(f"{element.get('id') or ''} {element.get('class') or ''}"):
            # an <article>'s own footer holds its byline and source line, which the cleaner reads
            if next(element.iter("h1"), None) is None and next(element.iterancestors("article"), None) is None:
                texts.update(" ".join(block.text_content().split()) for block in (element, *element.iter(*_BLOCKS)))
    texts.discard("")
    return texts


def _box_around(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    own = len(" ".join(element.text_content().split()))
    for block in element.iterancestors():
        held = len(" ".join(block.text_content().split()))
        if held <= own:
            continue
        if held > MAX_BOX_CHARS or next(block.iter("h1"), None) is not None:
            return None
        return block
    return None


def _image_only(element: lxml.html.HtmlElement) -> bool:
    """A picture and no text: an <img>, or a block holding one and nothing else."""
    if element.tag in IMAGE_TAGS:
        return True
    return next(element.iter(*IMAGE_TAGS), None) is not None and not element.text_content().strip()


def _all_italic(element: lxml.html.HtmlElement) -> bool:
    """The block's whole text is in one <em> or <i>, as captions are set."""
    children = list(element)
    return (len(children) == 1 and children[0].tag in ("em", "i") and not (element.text or "").strip()
            and not (children[0].tail or "").strip())


def _ends_with_credit(text: str) -> bool:
    spans = credit_spans(text)
    return bool(spans) and spans[-1][1] >= len(text.rstrip(" .)")) - 1


def without_lines(text: str, drop: set[str]) -> str:
    """The text without the lines that are, whole, one of ``drop`` (never every line)."""
    if not drop:
        return text
    kept = [line for line in text.split("\n") if not all(cell in drop for cell in _cells(line))]
    return "\n".join(kept) if any(line.strip() for line in kept) else text


def _cells(line: str) -> list[str]:
    """The cells of a table row as trafilatura writes it ("| Tin liên quan | |"), else the line itself."""
    squeezed = " ".join(line.split())
    if len(squeezed) > 1 and squeezed.startswith("|") and squeezed.endswith("|"):
        return [cell.strip() for cell in squeezed.strip("|").split("|") if cell.strip()] or [squeezed]
    return [squeezed]


def _parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None  # trafilatura read it; the gap-filling below is optional


def lead_paragraph(tree: lxml.html.HtmlElement, text: str) -> str | None:
    """The bold lead ("sapo") most Vietnamese sites print above the body: trafilatura often
    leaves it out because it sits outside the body container. The first lead of the page's own story
    decides: a later one is the next story's, loaded below the article on endless-scroll pages."""
    for element in tree.iter():
        cls = element.get("class") or ""
        if not isinstance(element.tag, str) or not LEAD_CLASS.search(cls):
            continue
        lead = " ".join(element.text_content().split())
        if len(lead) < MIN_LEAD_CHARS or belongs_to_another_story(element):
            continue
        return lead if fold(lead)[:60] not in fold(text) else None
    return None


def heading_lead(tree: lxml.html.HtmlElement, text: str) -> str | None:
    """A lead printed as a subheading without a class (<h2> under the <h1>): the first block of text after
    the headline, when it is an <h2> (bylines and date lines are shorter; a box's heading is shorter too, and
    other stories' headlines come after the body) and the body does not already hold it."""
    headline = max(tree.iter("h1"), key=lambda h1: len(h1.text_content().strip()), default=None)
    if headline is None:   # the longest <h1>: some sites set their logo in one too
        return None
    for element in _after(tree, headline):
        own = " ".join("".join(element.xpath("text()")).split())
        if len(own) < MIN_LEAD_CHARS:
            continue
        heading = next((e for e in (element, *element.iterancestors()) if e.tag == "h2"), None)  # <h2><b>..</b></h2>
        if heading is None or belongs_to_another_story(heading):
            return None
        lead = " ".join(heading.text_content().split())
        return lead if fold(lead)[:60] not in fold(text) else None
    return None


def _after(tree: lxml.html.HtmlElement, element: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The elements that follow ``element`` in document order."""
    seen = False
    for other in tree.iter():
        if other is element:
            seen = True
        elif seen and isinstance(other.tag, str):
            yield other


# A story card is short: a headline, its date, maybe a teaser. A longer block is a page column.
MAX_CARD_CHARS = 400
MIN_HEADLINE_LINK_CHARS = 25


def belongs_to_another_story(element: lxml.html.HtmlElement) -> bool:
    """True when the element (a date, a lead) sits in another story's card: the smallest block around it
    that holds more than its own text is short and holds a headline of its own (a subheading, or a link
    as long as a headline) and not the page's <h1>. Lists of other stories print each one's date beside its
    link, and endless-scroll pages load the next story, its date and lead, under the article."""
    own = " ".join(element.text_content().split())
    for block in element.iterancestors():
        held = " ".join(block.text_content().split())
        if len(held) <= len(own):
            continue
        if len(held) > MAX_CARD_CHARS or next(block.iter("h1"), None) is not None:
            return False
        return next(block.iter("h2", "h3", "h4", "h5", "h6"), None) is not None or any(
            _headline_link(link) for link in block.iter("a"))
    return False


def _headline_link(link: lxml.html.HtmlElement) -> bool:
    """A link as long as a headline, and no follow-us prompt ("Theo dõi Báo Mẫu trên Google News"), which
    sites print beside the article's own date."""
    text = " ".join(link.text_content().split())
    return len(text) >= MIN_HEADLINE_LINK_CHARS and not FOLLOW_US.match(fold_line(text))


def page_date_line(tree: lxml.html.HtmlElement) -> tuple[str, str | None] | None:
    """A date line the page prints ("Thứ Năm, 16/01/2020, 14:27"), which also gives the time.
    Elements whose class names a date come first, then any short text."""
    candidates = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > 2 * MAX_DATE_LINE:
            continue
        parsed = parse_date_line(text) if len(text) <= MAX_DATE_LINE else None
        if parsed is None and (published := published_part(text)) is not None:
            parsed = parse_date_line(published)
        if parsed is not None and not belongs_to_another_story(element):
            dated_class = bool(DATE_CLASS.search((element.get("class") or "") + (element.get("itemprop") or "")))
            candidates.append((not dated_class, parsed))
    if not candidates:
        return None
    candidates.sort(key=lambda pair: pair[0])
    return candidates[0][1]


def structured_time(tree: lxml.html.HtmlElement, published: str) -> str | None:
    """The clock time of the JSON-LD's datePublished when it states the same day: trafilatura gives the day
    alone."""
    day, clock = parse_date(structured_date(tree) or "")
    return clock if day == published else None


def another_storys_date(tree: lxml.html.HtmlElement, found: str) -> bool:
    """True when the date trafilatura found is printed only beside another story (a list of other stories,
    the next story of an endless-scroll page) and no metadata of the page states it: trafilatura takes a
    page without a date of its own for one dated by the first story card."""
    iso, _ = parse_date(found)
    if iso is None or iso in _metadata_dates(tree):
        return False
    return iso in _card_dates(tree)


def _card_dates(tree: lxml.html.HtmlElement) -> set[str]:
    """The dates printed in other stories' cards."""
    dates = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        stamp = parse_date(element.get("datetime") or "")[0]
        if not stamp and not any(char.isdigit() for char in element.text or ""):
            continue   # a printed date is its element's own text; reading every block's whole text is slow
        text = " ".join(element.text_content().split())
        parsed = parse_date_line(text) if text and len(text) <= 80 else None
        for iso in (parsed[0] if parsed else None, stamp):
            if iso and belongs_to_another_story(element):
                dates.add(iso)
    return dates


def _metadata_dates(tree: lxml.html.HtmlElement) -> set[str]:
    """The dates the page's head states: meta tags and JSON-LD."""
    values = [*tree.xpath("//meta/@content"), structured_date(tree) or ""]
    return {iso for iso in (parse_date(value)[0] for value in values if value[:1].isdigit()) if iso}


def page_byline(tree: lxml.html.HtmlElement) -> str | None:
    """An author line trafilatura missed: "Tác giả: ..." or an element whose class says author."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        cls = (element.get("class") or "") + (element.get("itemprop") or "")
        text = " ".join(element.text_content().split())
        if not text or len(text) > 80:
            continue
        if re.search(r"author|byline|tac-?gia", cls, re.IGNORECASE) or fold(text).startswith("tac gia"):
            name = parse_byline(text)
            if name:
                return name
    return None


def site_name(tree: lxml.html.HtmlElement) -> str | None:
    """The outlet's name from og:site_name or application-name."""
    for xpath in ('//meta[@property="og:site_name"]/@content', '//meta[@name="application-name"]/@content',
                  '//meta[@name="og:site_name"]/@content'):
        values = [v.strip() for v in tree.xpath(xpath) if v.strip()]
        if values:
            return values[0]
    return None


def clean_author(author: str | None) -> str | None:
    """trafilatura keeps the label of "Tác giả: Hoàng Lâm" (without its colon); keep the name."""
    if not author:
        return None
    text = " ".join(author.split())
    match = _AUTHOR_LABEL.match(text)
    return (text[match.end():].strip() or None) if match else text


_AUTHOR_LABEL = re.compile(r"^(?:tác giả|bài(?: và|,)? ảnh|bài|thực hiện|phóng viên|pv)\s*:?\s+", re.IGNORECASE)


def _title_element(tree: lxml.html.HtmlElement | None) -> str | None:
    if tree is None:
        return None
    found = tree.find(".//title")
    return " ".join(found.text_content().split()) if found is not None else None


_TITLE_SEPARATOR = re.compile(r"\s+(?:[-–—|]|::)\s+")


def restored_title(page_title: str | None, title: str | None) -> str | None:
    """trafilatura takes a lone " - " in a <title> for the site-name separator and drops what follows it, so
    a headline about two parties ("Hội đàm Việt Nam - Nhật Bản") loses its second one. Put the dropped segment
    back when it opens with a country or organisation name: a site name does not."""
    if not page_title or not title:
        return title
    title = " ".join(title.split())
    if not page_title.startswith(title) or len(page_title) == len(title):
        return title
    rest = page_title[len(title):]
    separator = _TITLE_SEPARATOR.match(rest)
    if separator is None or separator.group().strip() == "|":
        return title
    segment = _TITLE_SEPARATOR.split(rest[separator.end():], maxsplit=1)[0]
    if any(hit.start == 0 for hit in find_countries(segment)):
        return title + rest[: separator.end() + len(segment)]
    return title


def _clean_title(title: str | None, outlet: str | None) -> str | None:
    """Drop the " | Site name" tail many <title> elements carry. A page whose headline is empty has a <title>
    that is that tail alone ("| Site name"), the site name, or a site name that comes first with nothing after
    its separator ("Site name |"): it has no title, and the site name is not the article's first line."""
    if not title:
        return None
    title = " ".join(title.split())
    if _HEADLESS_TITLE.match(title) or _SITE_FIRST_HEADLESS.search(title) or title == outlet \
            or related_marker(title):
        return None   # a box's header ("Đọc nhiều nhất") is what a page without a headline offers as one
    if outlet:
        for sep in (" | ", " - ", " – ", " :: "):
            if title.endswith(sep + outlet):
                return title[: -len(sep + outlet)].strip() or None
    return title


_HEADLESS_TITLE = re.compile(r"^(?:[|–—]|-|::)\s")
_SITE_FIRST_HEADLESS = re.compile(r"\s(?:[|–—]|-|::)$")
