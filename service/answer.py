"""The default answerer: no LLM, never invents. It routes by what is asked and quotes the papers.

- attendance, apologies, chair  → the meeting's attendance record;
- declarations of interest      → the meeting's declarations (or its "no declarations" minute);
- the next meeting              → the meeting's "date and time of next meeting" item;
- follow-ups                    → the follow-up register (status with its evidence);
- what was resolved             → the resolutions of the matching minute items, newest first;
- anything else (facts)         → the best supporting sentences of the best items.

Every sentence of an answer ends in [n] markers; each citation carries a
verbatim quote. When the evidence is weak the answer is ``found: false`` with no
citations. Weak means: a date or meeting the question names is not in the papers,
or the best item lacks the words the question turns on (see ``service.evidence``),
or a question for a figure meets text without one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from index.nodes import ATTENDANCE_TITLE, IndexNode
from index.query import QueryPlan, SearchFilters, in_periods
from minutebook.dates import find_dates, first_date
from minutebook.model import Action, ActionStatus, Citation, Meeting, MinuteItem, item_key, meeting_key
from minutebook.settings import Settings
from service.evidence import (
    Line,
    TermWeights,
    asks_money,
    asks_quantity,
    framed_sentences,
    has_money,
    has_quantity,
    sentences,
    stem_map,
    stems,
    words,
)
from service.links import citation_url
from service.schemas import NOT_FOUND, Answer

if TYPE_CHECKING:
    from index.store import Hit, MinutebookIndex
    from ingest.catalogue import Catalogue

# Calibrated on the shared dev set (see evals/ and the README); generic, not per question.
ITEM_SUPPORT = 0.70  # share of the question's term weight the best item must contain
SENTENCE_SUPPORT = 0.30  # least score of the best sentence (cosine and term coverage, averaged)
KEEP_RATIO = 0.80  # further sentences kept when they score this share of the best one
ACTION_MATCH = 0.45  # least term coverage for a follow-up to be "the one asked about"
FIGURE_SUPPORT = 0.5  # a figure's sentence (with its title and lead-in) must carry this much of the question
PARAPHRASE = 0.65  # a question word counts as present when the item has a word this close in meaning
MAX_CANDIDATES = 160  # sentences compared with the question by embedding, per answer
TABLE_ROWS = 8  # a table of up to this many rows is quoted whole; a longer one by its header and the rows asked

NEXT_MEETING = re.compile(r"\bnext\s+meeting\b|\bdate\s+(?:and|&)\s+time\b|\bfuture\s+meeting", re.I)
DECLARATIONS = re.compile(r"\bdeclarations?\s+of\s+(?:\w+\s+)?interests?\b", re.I)
LISTING = re.compile(r"\b(which|what|any|list|all)\b.*\b(follow[- ]?ups?|actions?|outstanding|overdue)\b", re.I)
MEETING_WORD = re.compile(r"\bmeeting\b", re.I)
STATUS_WORDS = re.compile(
    r"\b(outstanding|overdue|still|yet|done|complete\w*|circulated|sent|arriv\w*|where\s+are\s+we|"
    r"follow[- ]?ups?|chased|happened\s+to|c[oa]me\s+back|c[oa]me\s+of)\b",
    re.I,
)
OPEN_WORDS = re.compile(r"\b(outstanding|overdue|still|open|pending|not\s+(?:yet\s+)?done)\b", re.I)


@dataclass
class Asked:
    """A question as the answerer reads it: its plan, and the content terms (stem → the word asked)."""

    text: str
    plan: QueryPlan
    terms: dict[str, str]


@dataclass(frozen=True)
class _Segment:
    """An item's text as one run: its passages joined in order (a list may straddle two), with offsets."""

    nodes: list[tuple[IndexNode, int]]  # each passage node and where its body starts in ``text``
    text: str
    lines: list[Line]

    def pieces(self, start: int, end: int) -> list[tuple[IndexNode, int, int]]:
        """The span [start, end) of ``text`` as (node, start, end) spans of the nodes' own bodies."""
        out = []
        for node, at in self.nodes:
            a, b = max(start, at) - at, min(end, at + len(node.body)) - at
            if a < b:
                piece = node.body[a:b]
                a += len(piece) - len(piece.lstrip())
                b -= len(piece) - len(piece.rstrip())
                if a < b:
                    out.append((node, a, b))
        return out


def _segments(nodes: list[IndexNode]) -> list[_Segment]:
    """An item's nodes as runs of text: consecutive passages joined, every other node on its own."""
    runs: list[list[IndexNode]] = []
    for node in nodes:
        joins = node.meta.get("node_kind") in ("passage", "section", "agenda")
        if runs and joins and runs[-1][-1].meta.get("node_kind") == node.meta.get("node_kind"):
            runs[-1].append(node)
        else:
            runs.append([node])
    out = []
    for run in runs:
        placed, at = [], 0
        for node in run:
            placed.append((node, at))
            at += len(node.body) + 1
        text = "\n".join(n.body for n in run)
        out.append(_Segment(placed, text, framed_sentences(text)))
    return out


@dataclass(frozen=True)
class _Candidate:
    """A sentence that may answer the question: its item's rank among the hits, its text run and place."""

    rank: int
    segment: _Segment
    j: int

    @property
    def lines(self) -> list[Line]:
        return self.segment.lines

    @property
    def node(self) -> IndexNode:
        """The passage the sentence is printed in."""
        at = self.lines[self.j].start
        return next(n for n, a in reversed(self.segment.nodes) if a <= at)

    @property
    def text(self) -> str:
        return self.lines[self.j].text

    @property
    def context(self) -> str:
        """What frames the sentence: its lead-in and table header, else the sentence before it."""
        line = self.lines[self.j]
        if line.lead is not None:  # the whole paragraph the lead-in ends, and the table's header row
            lead = self.lines[line.lead]
            paragraph = self.segment.text[self.segment.text.rfind("\n", 0, lead.start) + 1 : lead.end]
            return " ".join([paragraph, *([self.lines[line.header].text] if line.header is not None else [])])
        return self.lines[self.j - 1].text if self.j else ""

    @property
    def reading(self) -> str:
        """The sentence as a reader takes it in: a list entry or table row with what introduces it."""
        return f"{self.context} {self.text}" if self.lines[self.j].lead is not None else self.text

    def row_group(self) -> tuple[int, int]:
        """The table row's group: in a schedule keyed by date (a work programme), the rows from the dated row
        above to the next dated row; otherwise the row and those whose first cell is empty after it."""
        lines, lead = self.lines, self.lines[self.j].lead

        def in_table(k: int) -> bool:
            return 0 <= k < len(lines) and lines[k].row and lines[k].lead == lead and k != lines[k].header

        first = self.j
        while not self.dated_group(first) and in_table(first - 1) and lines[first - 1].header is not None:
            first -= 1
        if self.dated_group(first):
            last = self.j
            while in_table(last + 1) and not self.dated_group(last + 1) and last - first < 12:
                last += 1
            return first, last
        first = last = self.j
        while first > 0 and lines[first].continues and in_table(first - 1):
            first -= 1
        while in_table(last + 1) and lines[last + 1].continues:
            last += 1
        return first, last

    def dated_group(self, k: int) -> bool:
        """Does row ``k`` open a group of a schedule keyed by date ("9 July\tHomelessness Strategy\t...")?"""
        ref = dt.date.fromisoformat(str(self.node.meta["meeting_date"]))
        line = self.lines[k]
        return line.row and any(f.day_given for f in find_dates(line.text.split("\t", 1)[0], ref))

    def framed_until(self, lead: int, most: int = 12) -> int:
        """The last sentence of the list or table that ``lead`` introduces (at most ``most`` of them)."""
        last = lead
        for k in range(lead + 1, min(len(self.lines), lead + 1 + most)):
            if self.lines[k].lead != lead:
                break
            last = k
        return last


class Answerer(Protocol):
    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer: ...


@dataclass
class Draft:
    """An answer being written: sentences with [n] markers, and the citations they point at."""

    settings: Settings
    parts: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def cite(self, c: Citation) -> int:
        for existing in self.citations:
            if (existing.meeting_date, existing.minute, existing.resolution, existing.item_title, existing.quote) == (
                c.meeting_date, c.minute, c.resolution, c.item_title, c.quote
            ):
                return existing.n
        n = len(self.citations) + 1
        url = c.url or citation_url(self.settings.public_url, c)
        self.citations.append(c.model_copy(update={"n": n, "url": url}))
        return n

    def say(self, sentence: str, *citations: Citation) -> None:
        marks = "".join(f"[{self.cite(c)}]" for c in citations)
        self.parts.append(f"{sentence.rstrip()} {marks}".rstrip())

    def done(self, status: ActionStatus | None = None) -> Answer:
        if not self.parts:
            return not_found()
        return Answer(answer="\n".join(self.parts), found=True, citations=self.citations, status=status)


def not_found(reason: str | None = None) -> Answer:
    return Answer(answer=f"{NOT_FOUND} {reason}".strip() if reason else NOT_FOUND, found=False, citations=[])


def when(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def label(minute: str | None, resolution: str | None, title: str, d: dt.date) -> str:
    """"Minute 83(3), 28 July 2020" — or the item's title where the minute has no number."""
    if minute:
        return f"Minute {minute}{f'({resolution})' if resolution else ''}, {when(d)}"
    return f"{title}, {when(d)}"


def _dated(c: _Candidate, days: list[tuple[dt.date, dt.date]]) -> bool:
    """Does the sentence (or the row group it belongs to) print one of the days asked about?"""
    ref = dt.date.fromisoformat(str(c.node.meta["meeting_date"]))
    first = c.row_group()[0] if c.lines[c.j].row else c.j
    text = " ".join(line.text for line in c.lines[first:c.j + 1])
    return any(in_periods(f.date.isoformat(), days) for f in find_dates(text, ref) if f.day_given)


def node_citation(node: IndexNode, quote: str) -> Citation:
    m = node.meta
    page = m.get("page")
    return Citation(
        committee=str(m["committee"]),
        meeting_date=dt.date.fromisoformat(str(m["meeting_date"])),
        minute=str(m.get("minute") or "") or None,
        resolution=str(m.get("resolution") or "") or None,
        item_title=str(m.get("item_title")),
        document=str(m.get("document")),
        page=int(page) if isinstance(page, int) and page >= 0 else None,
        quote=quote,
    )


class ExtractiveAnswerer:
    """Answers composed from the catalogue and retrieved passages, quoting them verbatim."""

    def __init__(
        self,
        settings: Settings,
        catalogue: Catalogue,
        index: MinutebookIndex,
        actions: Callable[[SearchFilters], list[Action]] | None = None,
    ) -> None:
        self.settings = settings
        self.catalogue = catalogue
        self.index = index
        self.actions = actions or (lambda filters: [])
        self._cache_key = -1
        self._items: dict[str, list[IndexNode]] = {}
        self._weights = TermWeights([])
        self._documents: dict[str, str] = {}  # meeting key -> file name its minutes are cited from
        self._meeting_dates: set[dt.date] = set()  # the days meetings in the papers were held

    # ------------------------------------------------------------------ shared state

    def _refresh(self) -> None:
        """Item → nodes map and term weights, rebuilt when the store's node count changes."""
        count = self.index.registry.count()
        if count == self._cache_key:
            return
        items: dict[str, list[IndexNode]] = {}
        nodes = list(self.index.registry.all())
        for node in nodes:
            items.setdefault(str(node.meta.get("item_key")), []).append(node)
        self._items = items
        self._weights = TermWeights(n.body for n in nodes)
        self._documents = {}
        self._meeting_dates = {s.date for s in self.catalogue.meetings()}
        self._cache_key = count

    def read(self, question: str, plan: QueryPlan) -> Asked:
        """The question's content terms, without the committee's own name."""
        committees = [plan.committee] if plan.committee else []
        committees += [c for c in self._committees() if c.lower() in question.lower()]
        drop = set(stems(" ".join(committees)))
        return Asked(question, plan, {t: w for t, w in stem_map(question).items() if t not in drop})

    def support(self, asked: Asked, key: str) -> float:
        """How much of what the question turns on the item ``key`` contains, paraphrases included."""
        present = self._item_stems(key)
        missing = [t for t in asked.terms if t not in present]
        if missing:
            vocab = self._item_vocab(key)
            for t in missing:
                if vocab and max(self.index.embedder.similarities(asked.terms[t], vocab)) >= PARAPHRASE:
                    present = present | {t}
        return self._weights.coverage(list(asked.terms), present)

    def _item_vocab(self, key: str) -> list[str]:
        nodes = self._items.get(key, [])
        text = " ".join([str(nodes[0].meta.get("item_title")) if nodes else "", *(n.body for n in nodes)])
        return sorted({w for w in words(text) if w.isalpha() and len(w) > 2 and stems(w)})

    def _committees(self) -> list[str]:
        return self.catalogue.committees()

    # ------------------------------------------------------------------ entry point

    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer:
        self._refresh()
        plan = self.index.plan(question)
        if plan.committee and not filters.committee:
            filters = SearchFilters(**{**filters.__dict__, "committee": plan.committee})
        query = " ".join([*context[-1:], question])
        hits = self.index.search(query, k=10, filters=filters)
        asked = self.read(query, plan)
        routes: list[Callable[[], Answer | None]] = []
        if "next_meeting" in plan.wants:
            routes.append(lambda: self.next_meeting(plan, filters, hits))
        if "declaration" in plan.wants:
            routes.append(lambda: self.declarations(plan, filters, hits))
        if "attendance" in plan.wants:
            routes.append(lambda: self.attendance(plan, filters, hits))
        if "followup" in plan.wants and ("resolution" not in plan.wants or STATUS_WORDS.search(question)):
            routes.append(lambda: self.followups(asked, filters))
        if "resolution" in plan.wants:
            routes.append(lambda: self.resolved(asked, hits))
        routes.append(lambda: self.facts(asked, hits))
        for route in routes:
            result = route()
            if result is not None:
                return result
        return not_found()

    # ------------------------------------------------------------------ meetings and their records

    def meetings_asked(self, plan: QueryPlan, filters: SearchFilters, hits: list[Hit]) -> list[Meeting] | None:
        """The meetings a records question is about: those in the dates it names, else the best hit's, else the
        latest. ``None`` when it names dates no meeting in the papers was held on."""
        summaries = self.catalogue.meetings(filters.committee, filters.date_from, filters.date_to)
        if plan.periods:
            chosen = [s for s in summaries if in_periods(s.date.isoformat(), plan.periods)]
            if not chosen:
                return None
        elif hits:
            best = str(hits[0].node.meta.get("meeting_key"))
            chosen = [s for s in summaries if s.key == best] or summaries[:1]
        else:
            chosen = summaries[:1]
        return [self.catalogue.meeting(s.key) for s in chosen[:3]]

    def _minutes_document(self, meeting: Meeting) -> str:
        """The file name of the paper the meeting's minutes (else its agenda) come from; looked up once."""
        if meeting.key not in self._documents:
            s = next((s for s in self.catalogue.meetings(meeting.committee, meeting.date, meeting.date)
                      if s.key == meeting.key), None)
            self._documents[meeting.key] = Path((s.minutes_document or s.agenda_document or "") if s else "").name
        return self._documents[meeting.key]

    def _item_citation(self, meeting: Meeting, item: MinuteItem, quote: str, resolution: str | None = None) -> Citation:
        return Citation(committee=meeting.committee, meeting_date=meeting.date, minute=item.number,
                        resolution=resolution, item_title=item.title, document=self._minutes_document(meeting),
                        page=item.pages[0] if item.pages else None, quote=quote)  # fmt: skip

    def attendance(self, plan: QueryPlan, filters: SearchFilters, hits: list[Hit]) -> Answer | None:
        meetings = self.meetings_asked(plan, filters, hits)
        if meetings is None:
            return not_found("No meeting on that date is in the papers.")
        draft = Draft(self.settings)
        for m in (m for m in meetings if m.attendance_text):
            cite = Citation(committee=m.committee, meeting_date=m.date, item_title=ATTENDANCE_TITLE,
                            document=self._minutes_document(m), page=m.pages[0] if m.pages else None)  # fmt: skip
            lead = f"{m.committee}, {when(m.date)}:"
            for n, s in enumerate(sentences(m.attendance_text)):
                draft.say(f"{lead} {s}" if n == 0 else s, cite.model_copy(update={"quote": s}))
        if not draft.parts:
            return not_found("The papers hold no minutes (and so no attendance record) of that meeting.")
        return draft.done()

    def declarations(self, plan: QueryPlan, filters: SearchFilters, hits: list[Hit]) -> Answer | None:
        meetings = self.meetings_asked(plan, filters, hits)
        if meetings is None:
            return not_found("No meeting on that date is in the papers.")
        draft = Draft(self.settings)
        for m in meetings:
            public = [i for i in m.items if not i.exempt or self.settings.include_exempt]
            where = next((i for i in public if DECLARATIONS.search(i.title)), None)
            lead = f"{m.committee}, {when(m.date)}:"
            if m.declarations:
                for d in m.declarations:
                    item = next((i for i in public if d.text[:60] in i.text), where)
                    if item is None:
                        continue
                    draft.say(f"{lead} {d.text}", self._item_citation(m, item, d.text))
                    lead = ""
            elif where is not None:
                for s in sentences(where.text)[:3] or [where.title]:
                    draft.say(f"{lead} {s}".strip(), self._item_citation(m, where, s))
                    lead = ""
        if not draft.parts:
            return not_found("The papers hold no record of declarations at that meeting.")
        return draft.done()

    def next_meeting(self, plan: QueryPlan, filters: SearchFilters, hits: list[Hit]) -> Answer | None:
        meetings = self.meetings_asked(plan, filters, hits)
        if meetings is None:
            return None  # the dates may be the next meeting's own: let retrieval look
        draft = Draft(self.settings)
        for m in meetings:
            lead = f"{m.committee}, {when(m.date)}:"
            item = next((i for i in m.items if NEXT_MEETING.search(i.title) and not i.exempt), None)
            if item is not None:
                for s in sentences(item.text)[:2] or [item.title]:
                    draft.say(f"{lead} {s}".strip(), self._item_citation(m, item, s))
                    lead = ""
                continue
            agenda = next((a for a in m.agenda if NEXT_MEETING.search(a.title) and not a.exempt), None)
            if agenda is not None:
                # "11. Date and time of the next meeting - Tuesday 24 April, 2018 at 5.30 pm": the title is the
                # answer, and the words printed under it belong to whatever follows on the agenda page
                dated = first_date(agenda.title, m.date) is not None
                text = agenda.title if dated or not agenda.text.strip() else agenda.text.strip()
                cite = Citation(committee=m.committee, meeting_date=m.date, minute=None, item_title=agenda.title,
                                document=self._minutes_document(m), page=agenda.pages[0] if agenda.pages else None)
                for s in sentences(text)[:2]:
                    draft.say(f"{lead} {s}".strip(), cite.model_copy(update={"quote": s}))
                    lead = ""
        return draft.done() if draft.parts else None

    # ------------------------------------------------------------------ follow-ups

    def followups(self, asked: Asked, filters: SearchFilters) -> Answer | None:
        question, plan = asked.text, asked.plan
        actions = self.actions(filters)
        if plan.periods:
            actions = [a for a in actions if in_periods(a.meeting_date.isoformat(), plan.periods)]
        if not actions:
            return None
        generic = {t for t in stems("follow ups follow-ups actions action outstanding overdue still completed done "
                                    "circulated sent round arrived where are we")}
        specific = [t for t in asked.terms if t not in generic]
        scored = sorted(
            ((self._weights.coverage(specific, set(stems(f"{a.text} {a.item_title}"))), a) for a in actions),
            key=lambda x: -x[0],
        )
        draft = Draft(self.settings)
        if LISTING.search(question) and (len(specific) <= 2 or scored[0][0] < ACTION_MATCH):
            wanted = [a for a in actions if a.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)] \
                if OPEN_WORDS.search(question) else actions
            if not wanted:
                return None
            for a in wanted[:8]:
                self._say_action(draft, a)
            statuses = {a.status for a in wanted}
            return draft.done(status=statuses.pop() if len(statuses) == 1 else None)
        best_score, best = scored[0]
        if best_score < ACTION_MATCH:
            return None
        self._say_action(draft, best)
        return draft.done(status=best.status)

    def _say_action(self, draft: Draft, a: Action) -> None:
        asked = Citation(committee=a.committee, meeting_date=a.meeting_date, minute=a.minute, resolution=a.resolution,
                         item_title=a.item_title, document=self._action_document(a), quote=a.text)  # fmt: skip
        owner = f" (owner: {a.owner})" if a.owner else ""
        due = f", due {when(a.due)}" if a.due else ""
        draft.say(f"{label(a.minute, a.resolution, a.item_title, a.meeting_date)}: {a.text.rstrip('. ')}{owner}{due}.",
                  asked)
        if a.evidence:
            latest = a.evidence[-1]
            draft.say(f"Status: {a.status.value} — {when(latest.meeting_date)}: “{latest.quote}”", latest)
        else:
            draft.say(f"Status: {a.status.value}: no later paper shows it done or scheduled.", asked)

    def _action_document(self, a: Action) -> str:
        nodes = self._items.get(item_key(meeting_key(a.committee, a.meeting_date), a.minute, a.item_title))
        return str(nodes[0].meta.get("document")) if nodes else ""

    # ------------------------------------------------------------------ resolutions

    def _item_stems(self, key: str) -> set[str]:
        nodes = self._items.get(key, [])
        title = str(nodes[0].meta.get("item_title")) if nodes else ""
        return set(stems(" ".join([title, *(n.body for n in nodes)])))

    def resolved(self, asked: Asked, hits: list[Hit]) -> Answer | None:
        plan = asked.plan
        minute_hits = [h for h in hits[:6] if h.node.meta.get("doc_kind") == "minutes"
                       and h.node.meta.get("node_kind") in ("resolution", "passage")]
        if plan.periods:
            minute_hits = [h for h in minute_hits if in_periods(str(h.node.meta["meeting_date"]), plan.periods)]
        chosen: list[tuple[Hit, MinuteItem, Meeting]] = []
        for h in minute_hits:
            if self.support(asked, str(h.node.meta["item_key"])) < ITEM_SUPPORT:
                continue
            if chosen and (h.score < 0.6 * chosen[0][0].score or plan.periods):
                continue
            meeting = self.catalogue.meeting(str(h.node.meta["meeting_key"]))
            item = next((i for i in meeting.items if item_key(meeting.key, i.number, i.title)
                         == h.node.meta["item_key"]), None)  # fmt: skip
            if item is None or not item.resolutions or (item.exempt and not self.settings.include_exempt):
                continue
            if any(m.key == meeting.key for _, _, m in chosen):
                continue
            chosen.append((h, item, meeting))
            if len(chosen) == 3:
                break
        if not chosen:
            return None
        # an item whose own title and resolutions are not on the subject (the previous meeting's minutes,
        # approved "as a correct record") only mentions it in passing: leave it out if any other speaks to it
        on_subject = [c for c in chosen if self._weights.coverage(
            list(asked.terms), set(stems(" ".join([c[1].title, *(r.text for r in c[1].resolutions)])))) >= 0.5]
        chosen = on_subject or chosen[:1]
        draft = Draft(self.settings)
        for _, item, meeting in sorted(chosen, key=lambda c: c[2].date, reverse=True):
            for r in item.resolutions:
                head = label(item.number, r.number, item.title, meeting.date)
                draft.say(f"{head} ({item.title}): {r.text}", self._item_citation(meeting, item, r.text, r.number))
        said = set(stems(" ".join(r.text for _, i, _ in chosen for r in i.resolutions)))
        if self._weights.coverage(list(asked.terms), said) < ITEM_SUPPORT:
            # the resolutions do not speak to what was asked ("what did the workshop recommend about X"):
            # add the item's own words on it
            self._say_sentences(draft, self.best_sentences(asked, [chosen[0][0]], most=2))
        return draft.done()

    # ------------------------------------------------------------------ facts

    def facts(self, asked: Asked, hits: list[Hit]) -> Answer:
        plan = asked.plan
        if plan.periods and MEETING_WORD.search(asked.text) and self._held(plan):
            # "at the July 2020 meeting": the answer is in that meeting's papers or nowhere
            hits = [h for h in hits if in_periods(str(h.node.meta["meeting_date"]), plan.periods)]
        if not hits or max(self.support(asked, str(h.node.meta["item_key"])) for h in hits[:3]) < ITEM_SUPPORT:
            return not_found()
        kept = self.best_sentences(asked, hits[:4])
        if not kept:
            return not_found()
        draft = Draft(self.settings)
        self._say_sentences(draft, kept)
        return draft.done()

    def _held(self, plan: QueryPlan) -> bool:
        """Do the question's dates fall on or before the newest meeting in the papers (not a future one)?"""
        return bool(self._meeting_dates) and min(a for a, _ in plan.periods) <= max(self._meeting_dates)

    def best_sentences(self, asked: Asked, hits: list[Hit], most: int = 4) -> list[tuple[int, IndexNode, str]]:
        """The passages of the hits' items that best answer the question: (item rank, node, verbatim span).

        Sentences are scored with what frames them (the sentence before, or the lead-in and header of the
        list or table they sit in); a list's lead-in is said with its list, a table row with its table.
        """
        question, terms = asked.text, list(asked.terms)
        candidates: list[_Candidate] = []
        seen: set[str] = set()
        items_done: set[str] = set()
        for rank_no, h in enumerate(hits):
            key = str(h.node.meta["item_key"])
            if key in items_done:
                continue
            items_done.add(key)
            nodes = [n for n in self._items.get(key, [h.node]) if not n.exempt or self.settings.include_exempt]
            for segment in _segments(nodes):
                for j, line in enumerate(segment.lines):
                    if line.text not in seen and len(line.text) >= 12:
                        seen.add(line.text)
                        candidates.append(_Candidate(rank_no, segment, j))
        figure: Callable[[str], bool] | None = (
            has_money if asks_money(question) else has_quantity if asks_quantity(question) else None
        )
        if figure is not None:  # "how many": only sentences with a figure in them can answer
            candidates = [c for c in candidates if figure(c.text)]
        if not candidates:
            return []

        # a day named that no meeting in the papers was held on ("what's lined up for 27 October") is looked for
        # in the text; a day that was a meeting is which meeting, not words to find
        days = [(a, b) for a, b in asked.plan.periods if a == b and a not in self._meeting_dates]

        def cover(c: _Candidate) -> float:
            """Term coverage of a sentence read with what frames it (a question and its answer, a table's head);
            a day the question names counts as one more term, held by sentences that print it."""
            title = str(c.node.meta.get("item_title")) if figure else ""
            got = self._weights.coverage(terms, set(stems(f"{title} {c.context} {c.text}")))
            if not days:
                return got
            share = 1 / (len(set(terms)) + 1)
            printed = _dated(c, days)
            return (1 - share) * got + (share if printed else 0.0)

        covers = [cover(c) for c in candidates]
        if len(candidates) > MAX_CANDIDATES:  # a long report: embed only the sentences that share most words
            best = sorted(sorted(range(len(candidates)), key=lambda n: -covers[n])[:MAX_CANDIDATES])
            candidates, covers = [candidates[n] for n in best], [covers[n] for n in best]
        sims = self.index.embedder.similarities(question, [c.reading for c in candidates])
        scored = sorted(
            ((0.5 * sim + 0.5 * covers[n] - 0.03 * candidates[n].rank, n) for n, sim in enumerate(sims)),
            reverse=True,
        )
        top = scored[0][0]
        if top < SENTENCE_SUPPORT or (figure is not None and covers[scored[0][1]] < FIGURE_SUPPORT):
            return []
        kept: list[int] = []
        per_item: dict[int, int] = {}
        for score, n in scored:
            if score < KEEP_RATIO * top or len(kept) == most:
                break
            item = candidates[n].rank
            if per_item.get(item, 0) < 2:
                kept.append(n)
                per_item[item] = per_item.get(item, 0) + 1
        out: list[tuple[int, IndexNode, str]] = []
        said: list[tuple[str, int, int]] = []  # (node id, start, end) of what is already in the answer

        def say(c: _Candidate, first: int, last: int) -> None:
            start, end = c.lines[first].start, c.lines[last].end
            for node, a, b in c.segment.pieces(start, end):  # a list may run on into the item's next passage
                if not any(nid == node.id and x <= a and b <= y for nid, x, y in said):
                    said.append((node.id, a, b))
                    out.append((c.rank, node, node.body[a:b]))

        for n in sorted(kept, key=lambda n: (candidates[n].rank, n)):
            c = candidates[n]
            line = c.lines[c.j]
            if line.is_lead_in:  # "... highlighted 4 themes:": the themes are the answer
                say(c, c.j, c.framed_until(c.j))
            elif line.is_heading and c.j + 1 < len(c.lines):  # a heading, with what it heads
                after = c.j + 1
                say(c, c.j, c.framed_until(after) if c.lines[after].is_lead_in else after)
            elif line.lead is not None and line.row:  # a table row means nothing without its table
                end = c.framed_until(line.lead, most=TABLE_ROWS + 1)
                first, last = c.row_group()
                if end - line.lead <= TABLE_ROWS and not c.dated_group(first):
                    say(c, line.lead, end)  # a small table: all of it
                else:  # a schedule or a long table: its head, and the rows of the group asked about
                    say(c, line.lead, line.lead if line.header is None else line.header)
                    say(c, first, last)
            elif line.lead is not None:  # a list entry or a quotation, after its lead-in
                say(c, line.lead, line.lead)
                say(c, c.j, c.j)
            else:
                alone = self._weights.coverage(terms, set(stems(c.text)))
                if c.j > 0 and covers[n] - alone >= 0.2:
                    say(c, c.j - 1, c.j - 1)  # what the sentence answers: "Concerns about care leavers ..."
                say(c, c.j, c.j)
        return out

    def _say_sentences(self, draft: Draft, kept: list[tuple[int, IndexNode, str]]) -> None:
        introduced: set[str] = {str(c.item_title) for c in draft.citations}
        for _, node, sent in kept:
            cite = node_citation(node, sent)
            lead = ""
            if cite.item_title not in introduced:
                lead = label(cite.minute, None, cite.item_title, cite.meeting_date)
                lead += f" ({cite.item_title})" if cite.minute else ""
                introduced.add(cite.item_title)
            draft.say(f"{lead}: {sent}" if lead else sent, cite)


def build_answerer(
    settings: Settings,
    catalogue: Catalogue,
    index: MinutebookIndex,
    actions: Callable[[SearchFilters], list[Action]] | None = None,
) -> Answerer:
    """The extractive answerer; behind an LLM when ``MINUTEBOOK_LLM_BASE_URL`` and ``..._MODEL`` are set."""
    extractive = ExtractiveAnswerer(settings, catalogue, index, actions)
    if settings.llm_base_url and settings.llm_model:
        from service.llm import LLMAnswerer

        return LLMAnswerer(settings, extractive)
    return extractive


def answer_question(index: MinutebookIndex, question: str) -> Answer:
    """One question against an open index, as the evaluation harness asks it."""
    from service.core import Minutebook

    return Minutebook.for_index(index).ask(question)
