"""The follow-up register page: actions filtered by committee, status, owner and due date; and a CSV of what it shows.

Statuses are the register's, except that an outstanding action whose due date has passed today is shown
overdue (as the Slack bot shows it). Each action's evidence quote links to the minute it is quoted from.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from minutebook.errors import InvalidQueryError
from minutebook.model import Action, ActionStatus, item_key, meeting_key
from service.links import absolute, base_url, citation_path, item_path
from service.web.pages import minutebook, parse_date
from service.web.render import Ui, html_errors

STATUSES = [s.value for s in (ActionStatus.OVERDUE, ActionStatus.OUTSTANDING, ActionStatus.SCHEDULED,
                              ActionStatus.COMPLETED)]
CSV_COLUMNS = ["committee", "meeting_date", "minute", "resolution", "item_title", "action", "owner", "due", "status",
               "evidence_date", "evidence", "evidence_url", "minute_url"]
NO_OWNER = "(none named)"


def shown_status(action: Action, today: dt.date) -> ActionStatus:
    """The register's status, except that an outstanding action past its due date is overdue."""
    if action.status == ActionStatus.OUTSTANDING and action.due is not None and action.due < today:
        return ActionStatus.OVERDUE
    return action.status


@dataclass
class Filters:
    committee: str = ""
    status: str = ""
    owner: str = ""
    due_from: str = ""
    due_to: str = ""

    def form(self) -> dict[str, str]:
        return dict(vars(self))

    def check(self) -> None:
        if self.status and self.status not in STATUSES:
            raise InvalidQueryError(f"status: {self.status!r} is not one of {', '.join(STATUSES)}")


@dataclass
class Row:
    action: Action
    status: ActionStatus
    href: str  # the minute the action arises from, at its resolution
    evidence: list[tuple[Any, str]]  # (citation, link to the minute it quotes), oldest first


def rows(request: Request, f: Filters, today: dt.date) -> tuple[list[Row], list[str]]:
    """The actions the filters select, in the register's order; and the owners to choose from."""
    f.check()
    mb = minutebook(request)
    due_from, due_to = parse_date(f.due_from, "due from"), parse_date(f.due_to, "due to")
    if due_from and due_to and due_from > due_to:
        raise InvalidQueryError("due from is after due to")
    actions = mb.actions(committee=f.committee or None)
    owners = sorted({a.owner for a in actions if a.owner}, key=str.lower) + \
        ([NO_OWNER] if any(not a.owner for a in actions) else [])
    out = []
    for a in actions:
        status = shown_status(a, today)
        if f.status and status.value != f.status:
            continue
        if f.owner and (a.owner or NO_OWNER) != f.owner:
            continue
        if (due_from or due_to) and (a.due is None or (due_from and a.due < due_from) or (due_to and a.due > due_to)):
            continue
        key = item_key(meeting_key(a.committee, a.meeting_date), a.minute, a.item_title)
        href = item_path(key) + (f"#r{a.resolution}" if a.resolution else "")
        out.append(Row(a, status, href, [(c, citation_path(c, with_quote=True)) for c in a.evidence]))
    return out, owners


def csv_text(shown: list[Row], base: str) -> str:
    """The rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8)."""
    out = io.StringIO()
    out.write("\ufeff")
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for r in shown:
        a = r.action
        latest = r.evidence[-1] if r.evidence else None
        w.writerow([_cell(x) for x in (
            a.committee, a.meeting_date.isoformat(), a.minute or "", a.resolution or "", a.item_title, a.text,
            a.owner or "", a.due.isoformat() if a.due else "", r.status.value,
            latest[0].meeting_date.isoformat() if latest else "", (latest[0].quote or latest[0].item_title) if latest
            else "", absolute(base, latest[1]) if latest else "", absolute(base, r.href))])
    return out.getvalue()


def _cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def add_routes(pages: APIRouter, site: APIRouter, ui: Ui) -> None:
    @pages.get("/actions", response_class=HTMLResponse)
    @html_errors(ui)
    def register(request: Request, committee: str = "", status: str = "", owner: str = "", due_from: str = "",
                 due_to: str = "") -> HTMLResponse:
        f = Filters(committee, status, owner, due_from, due_to)
        today = dt.date.today()
        shown, owners = rows(request, f, today)
        counts = {s: sum(r.status.value == s for r in shown) for s in STATUSES}
        return ui.page(request, "register.html", section="actions", title="Follow-up register", rows=shown,
                       owners=owners, statuses=STATUSES, form=f.form(), counts=counts, today=today,
                       several=len({r.action.committee for r in shown}) > 1,
                       committees=minutebook(request).catalogue.committees())

    @site.get("/actions.csv", response_model=None)
    @html_errors(ui)
    def register_csv(request: Request, committee: str = "", status: str = "", owner: str = "", due_from: str = "",
                     due_to: str = "") -> Response:
        today = dt.date.today()
        shown, _ = rows(request, Filters(committee, status, owner, due_from, due_to), today)
        name = f"follow-ups-{today.isoformat()}{f'-{status}' if status else ''}.csv"
        return Response(csv_text(shown, base_url(ui.settings, request)), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})
