"""Pages nested deeper than libxml2 reads: flatten the excess nesting, keep every word.

libxml2 stops building the tree at 256 levels ("Excessive depth in document") and the rest of the
page is silently lost, so a page wrapped in a thousand <div>s came out as "no article text". Such a
page is rewritten before extraction: tags below ``MAX_DEPTH`` levels are dropped (a dropped block
tag leaves a space so words do not run together), text, entities and the shallow markup stay as
written. The scan is a flat loop over tags (the standard library's tokenizer), so no depth makes it
recurse.
"""
from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import lxml.etree
import lxml.html

# Well inside libxml2's 256 and Python's recursion limit, far beyond what real pages use (~30).
MAX_DEPTH = 120
# Elements that never hold content, so never add a level.
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
                  "param", "source", "track", "wbr"})
INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
                    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"})


def too_deep(html: str) -> bool:
    """True when libxml2 gives up on the page's nesting (and would drop what lies deeper)."""
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return False  # not a depth problem; extraction reports what it finds
    return any(_is_depth_error(entry) for entry in parser.error_log)


def _is_depth_error(entry: lxml.etree._LogEntry) -> bool:
    # "Excessive depth in document: 256, use XML_PARSE_HUGE option"; other resource limits are not ours.
    return entry.type_name == "ERR_RESOURCE_LIMIT" and "depth" in entry.message.lower()


def flatten(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with every tag deeper than ``max_depth`` open elements removed."""
    writer = _Flattener(max_depth)
    writer.feed(html)
    writer.close()
    return "".join(writer.out)


class _Flattener(HTMLParser):
    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=False)  # entities pass through as written
        self.max_depth = max_depth
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []   # (tag, kept) of each open element
        self.open_count: Counter[str] = Counter()  # how many of each tag are open: a stray end tag costs nothing

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.out.append(self.get_starttag_text() or "")
            return
        kept = len(self.open) < self.max_depth
        self.open.append((tag, kept))
        self.open_count[tag] += 1
        self.out.append((self.get_starttag_text() or "") if kept else _gap(tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        # Close the innermost open element of that name, and those left open inside it; an end tag
        # with nothing open of its name is dropped. Each element is popped once: linear overall.
        if not self.open_count[tag]:
            return
        while True:
            name, kept = self.open.pop()
            self.open_count[name] -= 1
            if name == tag:
                self.out.append(f"</{tag}>" if kept else _gap(tag))
                return

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def _gap(tag: str) -> str:
    return "" if tag in INLINE else " "
