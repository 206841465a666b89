"""Query understanding without an LLM.

Dates and periods in a question ("July 2020", "28 July 2020", "in 2018",
"last year" relative to the newest paper) become date boosts; "minute 83" or
"Minute No. 40" is looked up directly; committee names become filters; and a
few words tell what kind of record is wanted (attendance, declarations, the
next meeting, what was resolved).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from minutebook.dates import find_dates
from minutebook.model import Audience


@dataclass
class SearchFilters:
    """Hard filters of a search: what the caller asks for (API and CLI), and who is asking.

    ``audience`` decides whether exempt (Part 2) nodes may be returned; it defaults to the public.
    """

    committee: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    doc_kind: str | None = None
    audience: Audience = field(default_factory=Audience.public)


@dataclass
class QueryPlan:
    """What the question itself says about where the answer is."""

    text: str
    periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    minutes: list[str] = field(default_factory=list)
    committee: str | None = None
    wants: set[str] = field(default_factory=set)  # attendance, declaration, next_meeting, resolution, followup


_SINCE = re.compile(r"\b(?:since|from|after)\s+(?:the\s+)?$", re.I)
_MINUTE = re.compile(r"\bminute\s+(?:no\.?\s*|number\s*)?(\d{1,4})\b", re.I)
_YEAR = re.compile(r"\b(?:in|during|of|for)\s+((?:19|20)\d\d)\b(?![/-])", re.I)
_WANTS = {
    "attendance": re.compile(r"\b(apolog\w*|attend\w*|present|chair(?:ed|man|person)?|who\s+was\s+there)\b", re.I),
    "declaration": re.compile(r"\b(declar\w*|interests?)\b", re.I),
    "next_meeting": re.compile(
        r"\bnext\s+meet\w*|\bmeet(?:s|ing)?\s+next\b|\bwhen\s+(?:does|is|was|will)\b.*\bmeet", re.I
    ),
    "resolution": re.compile(
        r"\b(resolv\w*|decid\w*|decision|agree\w*|ask(?:ed)?\s+for|request\w*|recommend\w*|want(?:ed)?|"
        r"call(?:ed)?\s+for)\b",
        re.I,
    ),
    "followup": re.compile(
        r"\b(outstanding|follow[- ]?ups?|actions?|circulated|sent\s+round|chased|still\s+waiting|"
        r"where\s+are\s+we|ever\s+arrive|c[oa]me\s+back|c[oa]me\s+of)\b",
        re.I,
    ),
}


def understand(question: str, committees: list[str], latest: dt.date | None) -> QueryPlan:
    """Read dates, minute numbers, committee names and intent out of a question."""
    plan = QueryPlan(text=question)
    for f in find_dates(question, latest, prefer_future=False):
        end = f.date if f.day_given else f.date.replace(day=calendar.monthrange(f.date.year, f.date.month)[1])
        if _SINCE.search(question[: f.start]):  # "since March 2023": from then to the latest paper
            end = max(latest or end, end)
        plan.periods.append((f.date, end))
    for m in _YEAR.finditer(question):
        year = int(m.group(1))
        if not any(a.year == year for a, _ in plan.periods):
            plan.periods.append((dt.date(year, 1, 1), dt.date(year, 12, 31)))
    if latest and re.search(r"\blast\s+year\b", question, re.I):
        plan.periods.append((dt.date(latest.year - 1, 1, 1), dt.date(latest.year - 1, 12, 31)))
    if latest and re.search(r"\bthis\s+year\b", question, re.I):
        plan.periods.append((dt.date(latest.year, 1, 1), latest))
    if re.search(r"\bsummer\s+((?:19|20)\d\d)\b", question, re.I):
        year = int(re.search(r"\bsummer\s+((?:19|20)\d\d)\b", question, re.I).group(1))  # type: ignore[union-attr]
        plan.periods.append((dt.date(year, 6, 1), dt.date(year, 9, 30)))
    plan.minutes = _MINUTE.findall(question)
    low = question.lower()
    for name in sorted(committees, key=len, reverse=True):
        if name.lower() in low:
            plan.committee = name
            break
    plan.wants = {w for w, rx in _WANTS.items() if rx.search(question)}
    return plan


def in_periods(date_iso: str, periods: list[tuple[dt.date, dt.date]], slack_days: int = 0) -> bool:
    d = dt.date.fromisoformat(date_iso)
    pad = dt.timedelta(days=slack_days)
    return any(a - pad <= d <= b + pad for a, b in periods)
