"""Print noise out, rows in: the text the structure parser reads.

Readers give paragraphs (:class:`minutebook.model.Line`). This stage splits
them into rows at hard line breaks and removes what the printer, the website or
the document viewer added and the clerk did not write: running page headers
("IMPROVING LIVES SELECT COMMISSION - 18/09/18"), page footers ("Page 3"), HTML
fragments left in exported text (``<sup>th</sup>``, ModernGov's ``<AI1>``), site
links ("Share this item", "pdf icon PDF 127 KB"), and letters stacked one per line.

Text that PDF extraction flattened onto one long line is cut back into rows at
the places a new line must have stood: before a minute number that follows a
full stop, before an attendance label, before "Minutes of ...", at bullets. Those
rows are *soft*: they rejoin with a space when the text is put back together.
Pipe tables ("2. | Election of Chairman |") become tab-separated rows.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from minutebook import vocabulary as v
from minutebook.model import Line


@dataclass(frozen=True)
class Row:
    """One cleaned row of text with its page, heading level and paragraph index.

    ``soft`` marks a row cut from a flattened line: it continues the row before it.
    """

    text: str
    page: int | None
    level: int
    para: int
    soft: bool = False


def join_rows(rows: list[Row]) -> str:
    """The rows' text as the clerk wrote it: a line per row, soft rows continuing their line."""
    out: list[str] = []
    for r in rows:
        if r.soft and out and not r.text.startswith("- "):
            out[-1] += " " + r.text
        else:
            out.append(r.text)
    return "\n".join(out)


_SUP = re.compile(r"<sup>\s*(st|nd|rd|th)\s*</sup>", re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|div|br|tr|h[1-6])\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-z][a-z0-9]*\b[^>]*>", re.I)
_PAGE_FOOTER = re.compile(r"^(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*-)?$", re.I)
# A running header: a name in capitals, a dash, and a numeric date: "IMPROVING LIVES SELECT COMMISSION - 18/09/18".
_RUNNING_HEADER = re.compile(r"^[A-Z][A-Z0-9 '’&,()./-]{3,}\s+[-–]\s+\d{1,2}/\d{1,2}/\d{2,4}$")
_SPACES = re.compile(r"[ \u00a0\u2007\u202f]+")
_BULLET_ONLY = re.compile(r"^[-•*·▪◦–]$")
_FURNITURE = v.compiled(v.FURNITURE, r"^\s*(?:[-•]\s*)?{}\s*$")
_LINK_NOISE = re.compile(
    r"\s*\bpdf\s+ico(?:n\b)?\w*(?:\s*PDF\s*\d+(?:\.\d+)?\s*[KM]B)?\s*|\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.I
)
_VIEWER_WARNING = re.compile(v.VIEWER_WARNING.form, re.I | re.S)
_PIPE_CELLS = re.compile(r"\s*\|\s*")


def strip_markup(text: str) -> str:
    """Remove HTML fragments left in text, keeping ordinals ("20<sup>th</sup>" -> "20th")."""
    text = _SUP.sub(r"\1", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def strip_link_noise(text: str) -> str:
    """A title without the site's link text: "MINUTES pdf icon PDF 127 KB" -> "MINUTES"."""
    return _LINK_NOISE.sub(" ", text).strip()


# A mail-merge field left in a template: "FIELD-ITEM-NUMBER", "(a) FIELD-ITEM-NUMBER".
_MERGE_FIELD = re.compile(r"^(?:\(\w{1,3}\)\s*)?[A-Z]+(?:-[A-Z]+){2,}$")
_LEAD_LETTER = re.compile(r"^(?:\(\w{1,3}\)\s*)?[A-Z]$")


def _join_stacked(rows: list[Row]) -> list[Row]:
    """Join runs of one-letter rows (F / I / E / L / D) back into the word they spell."""
    out: list[Row] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and len(rows[j].text) == 1:
            j += 1
        if j - i >= 3:
            word = "".join(r.text for r in rows[i:j])
            if out and _LEAD_LETTER.match(out[-1].text):
                word = out.pop().text + word  # "(a) F" + "IELD..." was one stacked word
            out.append(Row(word, rows[i].page, 0, rows[i].para))
            i = j
        else:
            out.append(rows[i])
            i += 1
    return out


# ----------------------------------------------------------------------------- flattened text

REFLOW_MIN = 600  # a row this long holds more than one paragraph only if extraction flattened it
_MONTH_NAMES = "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
_MONTHS = rf"(?:{_MONTH_NAMES})\b"
_NOT_PREFIX = rf"(?:ON|OF|AT|TO|IN|BY|NO|THE|AND|FOR|ITEM|PAGE|PART|ROOM|{_MONTH_NAMES})\b"  # words, not a prefix
_ITEM_NUM = r"(?:\d{1,4}\.(?:\d{1,2}\.?)?|\d{1,4}\.\d{1,2}|[A-Z][A-Za-z]{0,5}/\s?\d{1,4}(?:/[\d-]{2,8})*)"
_LABEL = (
    v.alternation(v.PRESENT_LABELS + v.APOLOGY_LABELS[:1] + v.ATTENDANCE_LABELS[:1])
    + r"|the\s+following\s+\w+\s+were\s+(?:present|in\s+attendance)"
)
_CUES = re.compile(  # case matters: capitals mark where a heading or a label begins
    rf"(?<=[.:;!?)\]”\"])(?<!\bNo\.)\s+(?={_ITEM_NUM}\s+[A-Z“\"(])"  # "Rogers. 2. DECLARATIONS", "p.m. 167.0 Agenda"
    r"|\s+(?=\d{1,3}\.(?:\d{1,2})?\s+[A-Z][A-Z’'&-]+\b)"  # "... 10.50 am 1. APOLOGIES FOR ABSENCE"
    r"|\s+(?=[A-Z][A-Za-z]{0,5}/\s?\d{1,4}/[\d-]{2,8}\s)"  # "... Groby Cou/285/07-08 Present ..."
    r"|\s+(?=AGENDA\s+ITEMS?\s+\d)"  # "AGENDA ITEM 3: MINUTES"
    rf"|\s+(?=(?!{_NOT_PREFIX})[A-Z]{{2,6}}[ .]\d{{1,3}}(?:/\d{{2,4}})?\s+(?!{_MONTHS})[A-Z][A-Z’'&-]+\b)"  # EX.56
    r"|\s+(?=\d{1,2}\.\d{1,2}\s+That\b)"  # "RESOLVED 4.1 That ... 4.2 That ..."
    r"|\s+(?=[•·▪]\s)"  # bullets
    rf"|(?<!following)\s+(?=(?=[A-Z])(?i:{_LABEL})\s*:)"  # "... Independent Members: ...", "In Attendance: ..."
    r"|\s+(?=(?:PRESENT|APOLOGIES|IN\s+ATTENDANCE)\b)"  # "... 10.30am PRESENT Eric Baird ..."
    r"|\s+(?=(?i:the\s+following\s+\w+\s+were\s+(?:present|in\s+attendance)))"
    r"|(?<![Tt]he)(?<!THE)(?<![Oo]f)(?<!OF)(?<![Aa]nd)(?<!AND)(?<![Tt]o)(?<!TO)"
    r"\s+(?=(?:MINUTES\s+OF|Minutes\s+of\s+(?:a|the|Meeting)|At\s+a\s+meeting\s+of)\b)"
)
_INLINE_PAGE = re.compile(r"\bPage\s+\d{1,3}\s+of\s+\d{1,3}\b")
_SPACED_HINT = re.compile(r" [A-Za-z] [A-Za-z] ")  # a cheap test before the full pattern
_SPACED_WORD = re.compile(r"(?<!\S)(?:[A-Za-z] ){3,}[A-Za-z](?=[:;,.]|\s|$)")  # "P r e s e n t:"


def _reflow(row: Row, least: int = REFLOW_MIN) -> list[Row]:
    """Cut a flattened line back into rows at the places a new line must have stood."""
    if len(row.text) < least:
        return [row]
    cuts = [0]
    for m in _CUES.finditer(row.text):
        if len(row.text[cuts[-1] : m.start()].split()) > 1:  # a piece of one word or number stays with what follows
            cuts.append(m.end())
    cuts.append(len(row.text))
    out: list[Row] = []
    text = _INLINE_PAGE.sub(lambda m: " " * len(m.group(0)), row.text)  # "Page 2 of 3" printed into the text
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b].strip()
        if piece:
            piece = re.sub(r"^[•·▪]\s*", "- ", piece)
            for part in _venue_line_apart(piece):
                out.append(Row(part, row.page, row.level if not out else 0, row.para, soft=bool(out)))
    return out


_VENUE_THEN_TIMES = re.compile(v.VENUE_THEN_TIMES.form, re.I)
_OFFICER_POST_END = re.compile(v.OFFICER_POST_END.form, re.I)


def _venue_line_apart(piece: str) -> list[str]:
    """A flattened list of officers with the venue-and-times line run on after it ("... K. Thomas, Democratic Services
    Officer Chamber, County Hall - County Hall, Carmarthen. SA31 1JP. - 10.00 - 10.50 am") as the two lines it was
    printed as: the venue begins after the last officer's post. Left whole where no post ends the list."""
    m = _VENUE_THEN_TIMES.search(piece)
    if m is None:
        return [piece]
    posts = [p.end() for p in _OFFICER_POST_END.finditer(piece, m.start("venue"), m.end("venue"))]
    if not posts:
        return [piece]
    return [piece[: posts[-1]].rstrip(), piece[posts[-1] :].strip()]


def _cells(text: str) -> str:
    """A pipe table row as tab-separated cells: "2. | Election of Chairman: |" -> "2.<TAB>Election of Chairman:"."""
    if "|" not in text or not (" | " in text or text.rstrip().endswith(" |") or text.lstrip().startswith("| ")):
        return text
    cells = [c for c in _PIPE_CELLS.split(text.strip().strip("|")) if c]
    return "\t".join(cells)


def clean_rows(lines: list[Line]) -> list[Row]:
    """Split paragraphs into rows and drop print and site noise. Row order is reading order."""
    rows: list[Row] = []
    least = REFLOW_MIN if len(lines) > 3 else 150  # a paper of one or two long lines was flattened whole
    for para, line in enumerate(lines):
        text = strip_markup(line.text)
        if "WARNING" in text:  # not from a browser's print stamp over the page, whose title may quote the warning
            head, sep, body = text.partition("\n") if _PRINT_STAMP.match(text) else ("", "", text)
            text = head + sep + _VIEWER_WARNING.sub(" ", body)
        for part in text.split("\n"):
            part = _SPACES.sub(" ", _cells(part)).strip()
            if _SPACED_HINT.search(part):
                part = _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), part)
            part = "\t".join(c.strip() for c in part.split("\t")).strip("\t ")
            if not part or _BULLET_ONLY.match(part) or _FURNITURE.match(part):
                continue
            rows.extend(_reflow(Row(part, line.page, line.level, para), least))
    rows = _join_stacked(rows)
    return _drop_furniture(rows)


_PRINT_STAMP = re.compile(rf"^{v.PRINT_STAMP.form}", re.I)
# "file:///.../minutes.html 1/2" (then the next page's stamp, when the reader joined the two)
_PRINT_FOOTER = re.compile(
    rf"^(?:(?:{v.PRINT_ADDRESS.form})\s+{v.PRINT_COUNTER.form}|(?:{v.PRINT_ADDRESS.form})|{v.PRINT_COUNTER.form})"
    rf"(?:\s+{v.PRINT_STAMP.form}.*)?$",
    re.I,
)
_BREADCRUMB = re.compile(rf"^(?:{v.BREADCRUMB.form})$", re.I)


def _printed_by_a_browser(rows: list[Row], k: int) -> bool:
    """A line the browser printed on the page, not the clerk: the stamp heading a page, the address and page counter
    at its foot, the site's breadcrumb. Only on printed pages: a web page's own text keeps its dates and links."""
    r = rows[k]
    if r.page is None:
        return False
    first = k == 0 or rows[k - 1].page != r.page
    last = k + 1 == len(rows) or rows[k + 1].page != r.page
    t = r.text.strip()
    if first and _PRINT_STAMP.match(t):
        return True  # "11/29/26, 8:58 PM Agenda and minutes" over the page
    if _PRINT_FOOTER.match(t) and (last or (re.search(v.PRINT_ADDRESS.form, t, re.I) and re.search(r"\d/\d", t))):
        return True  # "https://.../minutes.html 1/2" at the foot; a bare "1/2" or address only as the page's last line
    return bool(_BREADCRUMB.match(t)) and (first or k <= 2) and "\t" not in t


def _drop_furniture(rows: list[Row]) -> list[Row]:
    counts = Counter(r.text for r in rows)
    kept: list[Row] = []
    for k, r in enumerate(rows):
        t = r.text
        if _printed_by_a_browser(rows, k):
            continue
        if _PAGE_FOOTER.match(t) and not t.isdigit():
            continue  # "Page 3", "Page 3 of 40"
        if t.isdigit() and len(t) <= 3 and counts[t] == 1 and r.level == 0 and r.page is not None:
            continue  # a bare page number of a paginated paper
        if _MERGE_FIELD.match(t) or (_RUNNING_HEADER.match(t) and (kept or counts[t] > 1)):
            continue  # a title printed once at the top ("MINUTES - PLANNING COMMITTEE - 12/02/2025") is the paper's
        kept.append(r)
    return kept
