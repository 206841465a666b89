"""Council web pages: the content (site furniture dropped, "pdf icon PDF 116 KB" noise removed) as headings,
paragraphs, numbered list items and table rows."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag

from ingest.readers.codec import decode_html
from ingest.readers.common import BULLET, collapse, letters, roman, to_int
from minutebook import vocabulary as v
from minutebook.errors import IngestError, IngestReason
from minutebook.model import Line, SourceFormat, SourceText

_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "aside", "svg", "iframe", "button", "head", "title"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "figure",
    "figcaption", "address", "center", "form", "fieldset", "header", "footer", "body", "html", "caption", "hr",
}  # fmt: skip
_NOISE = re.compile(r"\s*(?:pdf\s+icon\s*)?\(?\s*PDF\s*,?\s*\d+(?:\.\d+)?\s*[KM]B\s*\)?\s*$", re.IGNORECASE)
_HEADING_TAGS = {f"h{level}" for level in range(1, 7)}
_JUNK = re.compile(r"breadcrumb|skip[-_]?(?:link|nav|to)|cookie|visually-hidden|sr-only", re.IGNORECASE)
MAX_TABLE_NESTING = 32  # tables inside table cells; a council page has two or three


class HtmlFlattener:
    """Walks HTML and collects (text, heading level) paragraphs in document order."""

    def __init__(self) -> None:
        self.out: list[tuple[str, int]] = []
        self.buf: list[str] = []
        self.prefix = ""

    def flush(self, level: int = 0) -> None:
        """End the open paragraph, as a heading of ``level`` if non-zero."""
        if not self.buf:  # most elements of a deep page close with nothing open
            return
        text = "".join(self.buf)
        self.buf = []
        text = "\n".join(filter(None, (collapse(part) for part in text.split("\n"))))
        if level:
            text = text.replace("\n", " ")
        text = _NOISE.sub("", text)
        if text:
            if self.prefix:
                text = BULLET.sub("", text)
            self.out.append((self.prefix + text, level))
            self.prefix = ""

    def walk(self, node: Tag) -> None:
        """Collect the text under ``node``.

        Elements are handled by generators that yield the child elements to handle before they go on, kept on
        a stack of our own: a page nested thousands of elements deep costs no Python recursion.
        """
        stack: list[Iterator[Tag]] = [self._children(node)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            else:
                stack.append(self._tag(child))

    def _children(self, node: Tag) -> Iterator[Tag]:
        """Text under ``node`` into the buffer; its child elements yielded in turn."""
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, doctype or CDATA
                    self.buf.append(re.sub(r"[\r\n]+", " ", child))  # only <br> breaks a line
            elif isinstance(child, Tag):
                yield child

    def _tag(self, tag: Tag) -> Iterator[Tag]:
        """Dispatch one element: skipped, line break, heading, table, list or block, else inline."""
        name = tag.name
        if name in _SKIP_TAGS:
            return
        if name == "br":
            self.buf.append("\n")
        elif name in _HEADING_TAGS:
            self.flush()
            yield from self._children(tag)
            self.flush(level=int(name[1]))
        elif name == "table":
            self.flush()
            self._table(tag)
        elif name in ("ul", "ol"):
            self.flush()
            yield from self._list(tag)
        elif name == "dl":
            self.flush()
            yield from self._definitions(tag)
        elif name == "li":
            yield from self._item(tag, "- ")
        elif name in _BLOCK_TAGS:
            self.flush()
            yield from self._children(tag)
            self.flush()
        else:
            yield from self._children(tag)

    def _item(self, li: Tag, prefix: str) -> Iterator[Tag]:
        """A list item: its first paragraph gets the bullet or number."""
        self.flush()
        self.prefix = prefix
        yield from self._children(li)
        self.flush()
        self.prefix = ""

    def _definitions(self, dl: Tag) -> Iterator[Tag]:
        """A definition list as labelled lines: "<dt>Date</dt><dd>30 January 2025</dd>" as "Date: 30 January 2025";
        a term over several definitions ("<dt>Members present</dt>" over one <dd> a member) as its label on a line
        of its own, each definition a line under it."""
        children = [c for c in dl.children if isinstance(c, Tag)]
        for k, child in enumerate(children):
            if child.name == "dt":
                self.flush()
                label = collapse(child.get_text(" ")).rstrip(" :")
                after = list(itertools.takewhile(lambda c: c.name != "dt", children[k + 1 :]))
                if sum(c.name == "dd" for c in after) == 1:
                    self.prefix = f"{label}: "
                elif label:
                    self.out.append((f"{label}:", 0))
            elif child.name == "dd":
                yield from self._children(child)
                self.flush()
            else:
                yield child

    def _list(self, tag: Tag) -> Iterator[Tag]:
        """<ul> items get "- ", <ol> items their number (``start``, ``type``, ``value``, ``reversed``)."""
        ordered = tag.name == "ol"
        kind = str(tag.get("type") or "1")
        step = -1 if tag.has_attr("reversed") else 1
        number = to_int(tag.get("start"), 1)
        for child in tag.children:
            if isinstance(child, Tag) and child.name == "li":
                number = to_int(child.get("value"), number)
                yield from self._item(child, f"{_ol_marker(number, kind)} " if ordered else "- ")
                number += step
            elif isinstance(child, Tag):
                yield child
            elif type(child) is NavigableString:  # text loose in the list, as in broken markup
                self.buf.append(re.sub(r"[\r\n]+", " ", child))
        self.flush()

    def _table(self, table: Tag) -> None:
        """One line per row of this table (not of tables nested in its cells), cells tab-joined."""
        for caption in table.find_all("caption", recursive=False):
            self.out.append((collapse(caption.get_text(" ")), 0))
        heads: list[str] = []  # the table's heading row: "No. | Item | Action by"
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is table:
                tds = tr.find_all(["td", "th"], recursive=False)
                cells = [cell_text(td) for td in tds]
                if not heads:
                    heads = cells
                below = titled_cell_body(tds[-1]) if tds else []
                titled = bool(below)
                if below:  # "23/112 | <b>DATE OF NEXT MEETING</b><br>Tuesday 10th October": the title ends the row
                    cells[-1] = collapse(tds[-1].find(_TITLE_TAGS).get_text(" "))  # type: ignore[union-attr]
                elif (at := _titled_between(tds, cells)) is not None:
                    # "3 | <b>Branch closure</b><br>The Committee ... DECISION: ... | MD": minutes kept in a table with
                    # a column after the item's (who acts): the title ends the row, the body and then each later
                    # column's cell, labelled by its heading ("Action by: MD"), are the item's own lines
                    below = titled_cell_body(tds[at])
                    titled = True
                    below += [f"{heads[k]}: {cells[k]}" if k < len(heads) and heads[k] else cells[k]
                              for k in range(at + 1, len(cells)) if cells[k]]
                    cells = [*cells[:at], collapse(tds[at].find(_TITLE_TAGS).get_text(" "))]  # type: ignore[union-attr]
                elif len(tds) == 2 and len(blocks := cell_blocks(tds[-1])) > 1:
                    # "Discussion | <p>...</p><p>...</p><ul><li>Against (1): ...</li></ul>": minutes kept as a form of
                    # labelled rows; the cell's paragraphs and list entries are lines of their own, as on the page
                    cells[-1], below = blocks[0], blocks[1:]
                if any(cells):
                    # a row whose item cell opens with a bold title marks that title as a heading, as <h3> would:
                    # read as a title however long it runs ("Confirmation hearing – proposed appointment of Deputy
                    # Police and Crime Commissioner")
                    self.out.append(("\t".join(cells), 1 if titled else 0))
                self.out.extend((line, 0) for line in below)


_NUMBER_CELL_MOST = 12  # characters of a cell that numbers an item ("3", "23/104", "ICB/24/001")


def _titled_between(tds: list[Tag], cells: list[str]) -> int | None:
    """Where a row's item cell opens with a bold title and a break, after a cell numbering it and before others:
    "No. | Item | Action by" (NHS committees, partnerships). None when the row is not so."""
    for k in range(1, len(tds) - 1):
        if all(len(c) <= _NUMBER_CELL_MOST for c in cells[:k]) and any(cells[:k]) and titled_cell_body(tds[k]):
            return k
    return None


def cell_text(cell: Tag) -> str:
    """A table cell's paragraphs and list items on one line ("including: - first - second")."""
    flat = HtmlFlattener()
    flat.walk(cell)
    flat.flush()
    return collapse(" ".join(text for text, _ in flat.out))


def cell_blocks(cell: Tag) -> list[str]:
    """A table cell's paragraphs and list entries, a line each."""
    flat = HtmlFlattener()
    flat.walk(cell)
    flat.flush()
    return [collapse(line) for text, _ in flat.out for line in text.split("\n") if line.strip()]


_TITLE_TAGS = ["strong", "b"]


def titled_cell_body(cell: Tag) -> list[str]:
    """The lines under a bold title that opens a table cell and ends at a line break, as minutes kept in a table
    print each item ("23/104 | <strong>MINUTES</strong><br>RESOLVED that ..."): the title stays on the row, the
    body below it is read as the item's own lines (else title and first sentence run together). Empty when the
    cell does not open so."""
    first = next((c for c in cell.descendants if not (isinstance(c, NavigableString) and not c.strip())), None)
    while isinstance(first, Tag) and first.name in ("p", "div", "span") and first.contents:
        first = next((c for c in first.children if not (isinstance(c, NavigableString) and not c.strip())), None)
    if not (isinstance(first, Tag) and first.name in _TITLE_TAGS and collapse(first.get_text(" "))):
        return []
    after = first.next_sibling
    while isinstance(after, NavigableString) and not after.strip():
        after = after.next_sibling
    if not (isinstance(after, Tag) and after.name == "br"):
        return []
    flat = HtmlFlattener()
    flat.walk(cell)
    flat.flush()
    lines = [line for text, _ in flat.out for line in text.split("\n") if line.strip()]
    return lines[1:] if lines and lines[0].startswith(collapse(first.get_text(" "))) else []


def _ol_marker(number: int, kind: str) -> str:
    """An ordered-list number as the browser shows it: "3.", "c.", "C.", "iii.", "III."."""
    if kind in ("a", "A"):
        return f"{letters(number, kind == 'A')}."
    if kind in ("i", "I"):
        return f"{roman(number, kind == 'I')}."
    return f"{number}."


def _is_chrome(tag: Tag) -> bool:
    """Site furniture inside the content: page header/footer, breadcrumbs, skip links, hidden parts."""
    if tag.name in ("header", "footer"):
        return tag.find("h1") is None
    if tag.get("role") in ("navigation", "banner", "contentinfo", "search") or tag.get("aria-hidden") == "true":
        return True
    if not tag.attrs:  # most elements of a page carry no attributes
        return tag.name == "a" and tag.get_text(" ").strip().lower().startswith("skip to")
    names = " ".join(str(v) for v in [*tag.get_attribute_list("class"), *tag.get_attribute_list("id")] if v)
    if tag.has_attr("hidden") or _JUNK.search(names):
        return True
    return tag.name == "a" and tag.get_text(" ").strip().lower().startswith("skip to")


_ROOT_TAGS = ["main", "article", "body"]  # where a page's content is, in order of preference


def _html_root(soup: BeautifulSoup) -> Tag:
    """The page's content: <main>, else <article>, else <body>, without site chrome."""
    found = {tag.name: tag for tag in reversed(soup.find_all(_ROOT_TAGS))}  # one walk, the first of each kept
    root = next((found[name] for name in _ROOT_TAGS if name in found), soup)
    for sup in root.find_all("sup"):
        if re.fullmatch(r"\s*(st|nd|rd|th)\s*", sup.get_text()):
            previous = sup.previous_sibling
            if isinstance(previous, NavigableString) and re.search(r"\d\s+$", previous):
                previous.replace_with(previous.rstrip())
    chrome = [tag for tag in root.find_all(True) if _is_chrome(tag)]
    for tag in chrome:
        if not tag.decomposed:
            tag.decompose()
    return root


def _table_nesting(root: Tag) -> int:
    """How many tables deep the page's tables go (walked without recursion)."""
    deepest = 0
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        depth += node.name == "table"
        deepest = max(deepest, depth)
        stack.extend((child, depth) for child in node.children if isinstance(child, Tag))
    return deepest


def parse_html(text: str) -> BeautifulSoup:
    """The element tree of a page or fragment. Raises :class:`IngestError` ``TOO_LARGE`` for tables nested
    deeper than :data:`MAX_TABLE_NESTING` (each cell's content is read as a table of its own)."""
    soup = BeautifulSoup(text, "lxml")
    if (nesting := _table_nesting(soup)) > MAX_TABLE_NESTING:
        raise IngestError(IngestReason.TOO_LARGE, f"tables nested {nesting} deep (more than {MAX_TABLE_NESTING})")
    return soup


def read_html(data: bytes, *, max_chars: int | None = None) -> SourceText:
    """A web page's content: title from the <h1>, then headings, paragraphs, list items and table rows.

    Raises :class:`IngestError` ``TOO_LARGE`` for a page of more than ``max_chars`` characters (before it is
    parsed) or tables nested too deep."""
    text = decode_html(data)
    if max_chars is not None and len(text) > max_chars:
        raise IngestError(IngestReason.TOO_LARGE, f"{len(text):,} characters of HTML (the limit is {max_chars:,})")
    soup = parse_html(text)
    del text
    main = soup.find("main")
    h1 = (main.find("h1") if isinstance(main, Tag) else None) or soup.find("h1")
    title = collapse(h1.get_text(" ")) if isinstance(h1, Tag) else None
    if not title and soup.title:
        title = collapse(soup.title.get_text(" ")) or None
    site_title = collapse(soup.title.get_text(" ")) or None if soup.title else None
    closing = _closing_lines(soup, main) if isinstance(main, Tag) else []
    flat = HtmlFlattener()
    flat.walk(_html_root(soup))
    flat.flush()
    lines = [Line(text=text, level=level) for text, level in flat.out]
    lines.extend(Line(text=text) for text in closing)
    return SourceText(format=SourceFormat.HTML, lines=lines, title=title, site_title=site_title)


_NEXT_MEETING = re.compile(rf"^\W{{0,3}}(?:{v.NEXT_MEETING_LINE.form})\s*[:–—-]\s*\S.*\d", re.I)


def _closing_lines(soup: BeautifulSoup, main: Tag) -> list[str]:
    """The minutes' closing line that a page template prints in its footer, outside <main>: "Next meeting:
    Thursday 24 November 2022, 1.00pm". The footer's links and contact details stay out."""
    out: list[str] = []
    for footer in soup.find_all("footer"):
        if not isinstance(footer, Tag) or main in footer.parents or footer in main.descendants:
            continue
        for block in footer.find_all(["p", "div", "li"]) or [footer]:
            text = collapse(block.get_text(" "))
            if _NEXT_MEETING.match(text) and text not in out:
                out.append(text)
    return out
