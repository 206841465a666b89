"""The reading pages: ask, search, meetings, a meeting, an item (a minute or an agenda item), and the papers.

Every page is a GET that works with JavaScript off; filters are plain query strings, so a page can be
bookmarked or shared. Pages read through ``Minutebook``, whose audience leaves exempt material
out unless the deployment is entitled (:mod:`service.web.visible` says what was left out).
"""

from __future__ import annotations

import datetime as dt
import html
import mimetypes
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from index.nodes import ATTENDANCE_TITLE
from ingest.naming import short_names
from minutebook.errors import InvalidQueryError, NotFoundError, StoreError
from minutebook.model import DocumentKind, MinuteItem, item_key, slug
from service.core import Minutebook
from service.links import ATTENDANCE_ANCHOR, item_path, meeting_path, node_path
from service.web import visible
from service.web.highlight import Marker, quote_spans, term_spans
from service.web.render import Ui, html_errors

PER_PAGE = 10
_MARKER = re.compile(r"\[(\d+)\]")


def minutebook(request: Request) -> Minutebook:
    mb: Minutebook | None = request.app.state.minutebook
    if mb is None:
        raise StoreError("the store is not open yet; try again in a moment")
    return mb


def parse_date(value: str | None, label: str) -> dt.date | None:
    """A form's date field: empty is no limit, anything else must be YYYY-MM-DD."""
    if not value or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidQueryError(f"{label}: {value!r} is not a date (YYYY-MM-DD)") from None


def linked_answer(text: str) -> list[Markup]:
    """The answer's lines as HTML, each ``[n]`` a link to citation n below it."""
    return [Markup(_MARKER.sub(r'<a class="marker" href="#c\1" aria-label="citation \1">[\1]</a>', html.escape(line)))
            for line in text.split("\n") if line.strip()]


def add_routes(pages: APIRouter, site: APIRouter, ui: Ui) -> None:
    """``pages``: addresses the API also answers (HTML for browsers); ``site``: addresses only the pages have."""

    def committees(mb: Minutebook) -> list[str]:
        return mb.committees()

    @site.get("/", response_class=HTMLResponse)
    @html_errors(ui)
    def ask(request: Request, q: str = "", committee: str = "", date_from: str = "", date_to: str = "") -> HTMLResponse:
        mb = minutebook(request)
        form = {"q": q, "committee": committee, "date_from": date_from, "date_to": date_to}
        context: dict[str, Any] = {"form": form, "committees": committees(mb), "answer": None, "error": None}
        if q.strip():
            try:
                answer = mb.ask(q, committee=committee or None, date_from=parse_date(date_from, "from"),
                                date_to=parse_date(date_to, "to"))
            except InvalidQueryError as err:
                context["error"] = str(err)
            else:
                context |= {"answer": answer, "lines": linked_answer(answer.answer)}
        return ui.page(request, "ask.html", section="ask", title=q.strip() or "Ask the papers",
                       status=422 if context["error"] else 200, **context)

    @pages.get("/search", response_class=HTMLResponse)
    @html_errors(ui)
    def search(request: Request, q: str = "", committee: str = "", date_from: str = "", date_to: str = "",
               kind: str = "", page: int = 1) -> HTMLResponse:
        mb = minutebook(request)
        form = {"q": q, "committee": committee, "date_from": date_from, "date_to": date_to, "kind": kind}
        context: dict[str, Any] = {"form": form, "committees": committees(mb), "kinds": [k.value for k in DocumentKind],
                                   "hits": [], "page": max(page, 1), "has_next": False, "error": None,
                                   "first": 1}
        if q.strip():
            page = max(page, 1)
            k = min(page * PER_PAGE, mb.settings.max_k)
            try:
                hits = mb.search(q, k=k, committee=committee or None, date_from=parse_date(date_from, "from"),
                                 date_to=parse_date(date_to, "to"), doc_kind=kind or None)
            except InvalidQueryError as err:
                context["error"] = str(err)
            else:
                marker = Marker()
                shown = hits[(page - 1) * PER_PAGE: page * PER_PAGE]
                context["hits"] = [{"citation": h.citation, "kind": h.node.doc_kind,
                                    "section": h.node.section_title, "href": node_path(h.node, h.node.body),
                                    "text": marker.paragraphs(h.node.body, term_spans(h.node.body, q))}
                                   for h in shown]
                context["first"] = (page - 1) * PER_PAGE + 1  # the list's numbering goes on across pages
                context["has_next"] = len(hits) == k and k < mb.settings.max_k
        return ui.page(request, "search.html", section="search", title=f"Search: {q}" if q else "Search",
                       status=422 if context["error"] else 200, **context)

    @pages.get("/meetings", response_class=HTMLResponse)
    @html_errors(ui)
    def meetings(request: Request, committee: str = "", date_from: str = "", date_to: str = "") -> HTMLResponse:
        mb = minutebook(request)
        rows = mb.meetings(committee or None, parse_date(date_from, "from"), parse_date(date_to, "to"))
        grouped: dict[str, list[Any]] = {}
        for s in sorted(rows, key=lambda s: s.committee.lower()):
            grouped.setdefault(s.committee, []).append(s)
        form = {"committee": committee, "date_from": date_from, "date_to": date_to}
        return ui.page(request, "meetings.html", section="meetings", title="Meetings", form=form,
                       committees=committees(mb), grouped=grouped, count=len(rows))

    @pages.get("/meetings/{key:path}", response_class=HTMLResponse)
    @html_errors(ui)
    def meeting(request: Request, key: str, quote: str = "") -> HTMLResponse:
        mb = minutebook(request)
        m, left_out = visible.meeting(mb, key)
        summary = next(s for s in mb.meetings(m.committee, m.date, m.date) if s.key == m.key)
        papers = {d.source: d for d in mb.catalogue.documents()}
        names = dict(zip(summary.documents, short_names(summary.documents), strict=True))
        documents = [{"name": names[src], "id": papers[src].id if src in papers else None,
                      "shown": src in papers and visible.paper_shown(mb, papers[src].exempt),
                      "minutes": src == summary.minutes_document, "agenda": src == summary.agenda_document}
                     for src in summary.documents]
        marker = Marker()
        attendance = marker.paragraphs(m.attendance_text, quote_spans(m.attendance_text, quote) if quote else [])
        items = [{"item": i, "href": item_path(key), "text": marker.paragraphs(i.text)}
                 for key, i in m.keyed_items().items()]
        agenda = [{"item": a, "href": item_path(item_key(m.key, a.number, a.title))} for a in m.agenda]
        return ui.page(request, "meeting.html", section="meetings", title=f"{m.committee}, {m.date.isoformat()}",
                       meeting=m, items=items, agenda=agenda, documents=documents, left_out=left_out,
                       attendance=attendance, quoted=marker.marks > 0)

    @pages.get("/items/{key:path}", response_class=HTMLResponse, response_model=None)
    @html_errors(ui)
    def item(request: Request, key: str, quote: str = "") -> Response:
        mb = minutebook(request)
        try:
            rec = mb.item(key)
        except NotFoundError:
            moved = _moved(mb, key)
            if moved is None:
                raise
            if quote and "#" not in moved:
                moved += f"?{urlencode({'quote': quote})}#quote"
            return RedirectResponse(moved, status_code=303)
        marker = Marker()

        def marked(text: str) -> list[Markup]:
            return marker.paragraphs(text, quote_spans(text, quote) if quote.strip() else [])

        it = rec.item
        is_minute = isinstance(it, MinuteItem)
        # resolutions first: a quoted resolution is also printed in the minute's text, and the page's #quote
        # (the first mark written) belongs on the resolution the citation names
        resolutions = [{"r": r, "text": marked(r.text)} for r in it.resolutions] if isinstance(it, MinuteItem) else []
        context: dict[str, Any] = {
            "rec": rec, "it": it, "is_minute": is_minute, "resolutions": resolutions, "text": marked(it.text),
            "sections": [] if isinstance(it, MinuteItem) else [{"s": s, "text": marked(s.text)} for s in it.sections],
            "meeting_href": meeting_path(rec.meeting.key), "document": Path(rec.document).name,
        }
        doc = next((d for d in mb.catalogue.documents() if d.source == rec.document), None)
        context["paper_href"] = f"/papers/{doc.id}/file" if doc and visible.paper_shown(mb, doc.exempt) else None
        context["quote"] = quote
        context["quote_found"] = marker.marks > 0
        title = (f"Minute {it.cited}. " if isinstance(it, MinuteItem) and it.number else "") + it.title
        return ui.page(request, "item.html", section="meetings", title=title, **context)

    @site.get("/papers", response_class=HTMLResponse)
    @html_errors(ui)
    def papers(request: Request) -> HTMLResponse:
        mb = minutebook(request)
        docs = mb.catalogue.documents()
        failures = mb.catalogue.failures()
        names = short_names([d.source for d in docs] + [f.source for f in failures])
        order = sorted(range(len(docs)), key=lambda i: docs[i].ingested_at, reverse=True)  # newest first
        rows = [{"doc": docs[i], "name": names[i], "shown": visible.paper_shown(mb, docs[i].exempt)} for i in order]
        failed = [{"f": f, "name": n} for f, n in zip(failures, names[len(docs):], strict=True)]
        totals = {k: sum(getattr(d, k) for d in docs) for k in ("meetings", "items", "resolutions")}
        return ui.page(request, "papers.html", section="papers", title="Papers", rows=rows, failed=failed,
                       totals=totals, stats=mb.catalogue.stats())

    @site.get("/papers/{doc_id}/file", response_model=None)
    @html_errors(ui)
    def paper_file(request: Request, doc_id: int) -> Response:
        mb = minutebook(request)
        doc = mb.catalogue.find_document(str(doc_id))
        if not visible.paper_shown(mb, doc.exempt):
            raise NotFoundError("this paper prints exempt (Part 2) material and is not available here")
        path = Path(doc.source)
        if not path.is_file():
            raise NotFoundError(f"the paper is no longer at {doc.source}")
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or path.suffix.lower() in {".md", ".txt"}:
            kind = "text/plain; charset=utf-8"  # shown as text, never run as a page of this site
        headers = {"X-Content-Type-Options": "nosniff"}
        if kind != "application/pdf":  # the browser's PDF viewer will not open in a sandbox; nothing else may run
            headers["Content-Security-Policy"] = "sandbox"
        return FileResponse(path, media_type=kind, content_disposition_type="inline", filename=path.name,
                            headers=headers)


def _moved(mb: Minutebook, key: str) -> str | None:
    """Where a link to an item that is not stored under ``key`` should go: the meeting's attendance record
    (``.../attendance``), or the agenda item a title-made key names. ``None``: nowhere."""
    meeting_key, _, last = key.rpartition("/")
    if not meeting_key:
        return None
    try:
        m, _ = visible.meeting(mb, meeting_key)
    except NotFoundError:
        return None
    if last in {"attendance", slug(ATTENDANCE_TITLE)}:
        return f"{meeting_path(m.key)}#{ATTENDANCE_ANCHOR}"
    keyed = [(key, i.title) for key, i in m.keyed_items().items()]
    for key, title in keyed + [(item_key(m.key, a.number, a.title), a.title) for a in m.agenda]:
        if slug(title)[:80] == last:
            return item_path(key)
    return None
