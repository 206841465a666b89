"""Agenda packs: the cover, the agenda, and the papers tied to each agenda item.

A pack opens with a cover (committee, "Date and Time :- ...", "Venue:- ...")
and the AGENDA: numbered items, those with papers showing "(Pages 12 - 19)".
The papers follow in agenda order: usually the previous meeting's minutes,
then reports and briefings, each opening with a title block. We find each
paper's start by aligning title-like rows to the agenda titles in order (a
small dynamic programme, so a passing mention of a later item's title inside
an earlier paper does not cut it short).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.cleaning import Row
from ingest.titles import committee_like, heading_like
from minutebook.dates import find_time, first_date
from minutebook.model import AgendaItem, DocumentKind, ReportSection

AGENDA_ROW = re.compile(r"^(?:a\s?g\s?e\s?n\s?d\s?a|agenda)(?:\s+(?:items?|and\s+reports?))?\s*$", re.I)
AGENDA_ITEM = re.compile(r"^(?P<num>\d{1,2})[.)]?\s+(?P<title>\S.*)$")
PACK_PAGES = re.compile(r"\(\s*pages?\s+(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\s*\)", re.I)
DATE_LABEL = re.compile(r"^date(?:\s+and\s+time)?\s*[:;-]", re.I)
VENUE = re.compile(r"^(?:venue|place|location)\s*[:;-]+\s*-?\s*(?P<venue>.+)$", re.I)
STOP = {
    "the", "of", "and", "for", "in", "on", "to", "a", "an", "by", "with", "from", "at", "regarding", "report",
    "reports", "update", "updates", "briefing", "paper", "progress", "minutes", "item", "items", "title", "s",
}  # fmt: skip
TITLE_BLOCK = re.compile(
    r"^(?:briefing(?:\s+paper|\s+note)?|summary\s+sheet|(?:council|public|cabinet|committee)\s+report|"
    r"report\s+(?:title|to\b|author)|appendix\s+\w+)\b|"
    r"^(?:to|from|date|lead\s+officer|title|subject|committee\s+name[^:]*|report\s+author\W*s?\W*)\s*:",
    re.I,
)
EXEMPT_SECTION = re.compile(
    r"exempt\s+from\s+the\s+press\s+and\s+public\W{0,20}yes|not\s+for\s+publication|"
    r"by\s+virtue\s+of\s+paragraph\s+\d+\s+of\s+(?:part\s+1\s+of\s+)?schedule\s+12a",
    re.I,
)


@dataclass(frozen=True)
class Cover:
    """What an agenda pack's cover says about its meeting."""

    committee: str
    date: dt.date
    time: str | None
    venue: str | None
    agenda_row: int


def find_cover(rows: list[Row], title: str | None, limit: int = 80) -> Cover | None:
    """The pack's own meeting, if the paper opens with an agenda cover."""
    agenda_at = next(
        (i for i, r in enumerate(rows[:limit]) if AGENDA_ROW.match(r.text) or r.text.strip() == "AGENDA"), None
    )
    title_m = re.match(r"(?i)^agenda\s+(?:for|of)\s+(?:the\s+)?(?P<c>.+?)\s+on\s+(?P<d>.+)$", title or "")
    if agenda_at is None and not title_m:
        return None
    scope = rows[: (agenda_at if agenda_at is not None else limit)]
    date = None
    for r in scope:
        if DATE_LABEL.match(r.text) or date is None:
            d = first_date(r.text)
            if d and (DATE_LABEL.match(r.text) or len(r.text) < 60):
                date = d
                if DATE_LABEL.match(r.text):
                    break
    if date is None and title_m:
        date = first_date(title_m.group("d"))
    committee = next((r.text for r in scope if committee_like(r.text) and not AGENDA_ROW.match(r.text)), None)
    if committee is None and title_m:
        committee = title_m.group("c")
    if date is None or committee is None:
        return None
    time = next(
        (t for r in scope if DATE_LABEL.match(r.text) or r.text.lower().startswith("time") if (t := find_time(r.text))),
        None,
    )
    venue = next((m.group("venue").strip() for r in scope if (m := VENUE.match(r.text))), None)
    return Cover(committee, date, time, venue, agenda_at if agenda_at is not None else -1)


def parse_agenda(rows: list[Row], start: int, end: int) -> list[AgendaItem]:
    """Numbered agenda items in rows[start:end], numbers running 1, 2, 3 ... (or from any small start)."""
    items: list[tuple[int, AgendaItem]] = []
    last = 0
    for i in range(start, end):
        m = AGENDA_ITEM.match(rows[i].text)
        if not m or len(rows[i].text) > 300:
            continue
        n = int(m.group("num"))
        if (not items and n <= 3) or (items and n == last + 1):
            title = m.group("title").strip()
            pages = PACK_PAGES.search(title)
            title = PACK_PAGES.sub("", title).strip(" -–")
            items.append((i, AgendaItem(number=str(n), title=title, pack_pages=_pages(pages))))
            last = n
    bounds = [i for i, _ in items] + [end]
    for (i, item), nxt in zip(items, bounds[1:], strict=False):
        item.text = "\n".join(r.text for r in rows[i + 1 : nxt])
        item.pages = sorted({r.page for r in rows[i:nxt] if r.page is not None})
    return [item for _, item in items]


def _pages(m: re.Match[str] | None) -> str | None:
    return re.sub(r"\s*[-–]\s*", " - ", m.group("pages")) if m else None


def tokens(text: str, ignore: set[str]) -> set[str]:
    """Content words, crudely stemmed, for matching titles."""
    out = set()
    for w in re.findall(r"[a-z]+", text.lower().replace("’", "'").replace("'s", "")):
        if w in STOP or len(w) < 2:
            continue
        for suffix in ("ing", "ies", "es", "s", "ed"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        if w not in ignore:
            out.add(w)
    return out


def _similarity(title: set[str], row: set[str]) -> float:
    if not title or not row:
        return 0.0
    overlap = len(title & row)
    if overlap < min(2, len(title)):
        return 0.0
    return (overlap / len(title)) * (overlap / len(row)) ** 0.3


def _block_start(rows: list[Row], i: int, floor: int) -> int:
    """Walk back from a matched title row over the title block above it (BRIEFING / TO: / DATE: ...)."""

    def opener(r: Row) -> bool:
        t = r.text
        return bool(
            r.level or TITLE_BLOCK.match(t) or (t.isupper() and len(t) <= 80) or (len(t) <= 90 and t.endswith(":"))
        )

    def short(r: Row) -> bool:
        return len(r.text) <= 90 and "\t" not in r.text and not r.text.endswith((".", ";"))

    j = i
    while j - 1 > floor and i - (j - 1) <= 8:
        if opener(rows[j - 1]):
            j -= 1
            continue
        # a wrapped title line or two between the label and the matched row
        k = next((k for k in range(j - 1, max(floor, j - 4), -1) if not short(rows[k]) or opener(rows[k])), None)
        if k is not None and k > floor and opener(rows[k]) and all(short(r) for r in rows[k + 1 : j]):
            j = k
            continue
        break
    return j


def _startness(rows: list[Row], i: int, block: int) -> float:
    """How much a row looks like the opening of a paper."""
    for r in rows[block : i + 1]:
        t = r.text
        if r.level or TITLE_BLOCK.match(t) or (t.isupper() and len(t.split()) >= 2):
            return 1.0
    if i > 0 and rows[i].page is not None and rows[i - 1].page != rows[i].page:
        return 0.9
    return 0.3 if "\t" not in rows[i].text else 0.15


def attach_sections(rows: list[Row], start: int, agenda: list[AgendaItem], committee: str) -> int | None:
    """Cut rows[start:] into papers tied to agenda items; returns the row where the first paper begins."""
    candidates = [a for a in agenda if not re.match(r"(?i)minutes\b", a.title)]
    if any(a.pack_pages for a in agenda):
        candidates = [a for a in candidates if a.pack_pages]
    if not candidates:
        return None
    ignore = tokens(committee, set())
    titles = [tokens(a.title, ignore) for a in candidates]
    scored: list[tuple[int, int, list[float]]] = []
    for i in range(start, len(rows)):
        t = re.sub(r"(?i)^(?:title|report\s+title)\s*[:;-]*\s*", "", rows[i].text)
        if len(t) > 200:
            continue
        titled = rows[i].level or heading_like(t.split("\t")[-1], rows[i].level) or TITLE_BLOCK.match(rows[i].text)
        if not titled:
            continue
        row_tokens = tokens(t, ignore)
        sims = [_similarity(tt, row_tokens) for tt in titles]
        if max(sims, default=0.0) >= 0.34:
            block = _block_start(rows, i, start - 1)
            strength = _startness(rows, i, block)
            scored.append((i, block, [s * strength for s in sims]))
    pairs = _earliest_openings(scored, _align(scored, len(candidates)))
    if not pairs:
        return None
    starts = sorted((scored[ci][1], candidates[ai]) for ci, ai in pairs)
    bounds = [s for s, _ in starts] + [len(rows)]
    for (s, item), e in zip(starts, bounds[1:], strict=False):
        text = "\n".join(r.text for r in rows[s:e])
        item.sections.append(
            ReportSection(
                title=_section_title(rows[s:e]) or item.title,
                kind=section_kind(item.title + "\n" + text[:600]),
                text=text,
                pages=sorted({r.page for r in rows[s:e] if r.page is not None}),
                exempt=bool(EXEMPT_SECTION.search(text)),
            )
        )
        item.exempt = item.exempt or item.sections[-1].exempt
    return bounds[0]


def _align(scored: list[tuple[int, int, list[float]]], n_items: int) -> list[tuple[int, int]]:
    """Monotone best assignment of candidate rows to agenda items (weighted LCS); earliest rows win ties."""
    n = len(scored)
    best = [[0.0] * (n_items + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, n_items + 1):
            s = scored[i - 1][2][j - 1]
            take = best[i - 1][j - 1] + s if s > 0 else 0.0
            best[i][j] = max(best[i - 1][j], best[i][j - 1], take)
    pairs: list[tuple[int, int]] = []
    i, j = n, n_items
    while i > 0 and j > 0:
        if best[i][j] == best[i - 1][j]:
            i -= 1
        elif best[i][j] == best[i][j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return sorted(pairs)


_TITLE_LABEL = re.compile(r"(?i)(?:^|\t)(?:report\s+)?title\s*[:;-]*\s*\t?(.*)$")


def _earliest_openings(
    scored: list[tuple[int, int, list[float]]], pairs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Move each paper's start back to the first row that opens it (a cover slide before the full title)."""
    out: list[tuple[int, int]] = []
    floor = -1
    for ci, ai in pairs:
        first = next((k for k in range(floor + 1, ci) if scored[k][2][ai] >= 0.3), ci)
        out.append((first, ai))
        floor = ci
    return out


def _section_title(rows: list[Row]) -> str | None:
    for i, r in enumerate(rows[:10]):
        m = _TITLE_LABEL.search(r.text)
        if m:
            title = m.group(1).strip() or (rows[i + 1].text if i + 1 < len(rows) else "")
            if len(title) > 3:
                return title
    for r in rows[:6]:
        if (r.level or heading_like(r.text)) and not TITLE_BLOCK.match(r.text) and 3 < len(r.text) <= 160:
            return r.text.strip()
    return None


def section_kind(text: str) -> DocumentKind:
    low = text.lower()
    if "work programme" in low:
        return DocumentKind.WORK_PROGRAMME
    if "monitoring" in low and ("schedule" in low or "recommendation" in low):
        return DocumentKind.MONITORING_SCHEDULE
    return DocumentKind.REPORT
