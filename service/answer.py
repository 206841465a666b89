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

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from index.fusion import Hit
from index.nodes import ATTENDANCE_TITLE, IndexNode, NodeKind
from index.query import QueryPlan, SearchFilters, in_periods
from index.store import MinutebookIndex
from ingest.catalogue import Catalogue
from ingest.register import read_register
from minutebook.dates import first_date
from minutebook.model import Action, ActionStatus, Citation, Meeting, MinuteItem, item_key, meeting_key
from service.drafting import Draft, label, not_found, when
from service.evidence import (
    TermWeights,
    asks_money,
    asks_quantity,
    has_money,
    has_quantity,
    sentences,
    stem_map,
    stems,
    words,
)
from service.reading import Candidate, prints_day, segments
from service.schemas import Answer

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
    """A question as the answerer reads it, made once per question and passed to every route.

    ``text`` is what was searched (the question, after the conversation's last question when there is one);
    ``plan`` is the question's own plan; ``filters`` carry the caller's limits and audience (and the committee
    the question names); ``hits`` the search's; ``terms`` the content terms (stem → the word asked).
    """

    question: str
    text: str
    plan: QueryPlan
    filters: SearchFilters
    hits: list[Hit]
    terms: dict[str, str]


class Answerer(Protocol):
    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer: ...


class ExtractiveAnswerer:
    """Answers composed from the catalogue and retrieved passages, quoting them verbatim.

    Everything it reads goes through the reads that apply the question's audience: the index's searches and
    item nodes, the catalogue's meetings, and the follow-up register.
    """

    def __init__(self, catalogue: Catalogue, index: MinutebookIndex, *, public_url: str) -> None:
        self.catalogue = catalogue
        self.index = index
        self.public_url = public_url
        self._cache_key = -1
        self._weights = TermWeights([])
        self._documents: dict[str, str] = {}  # meeting key -> file name its minutes are cited from
        self._meeting_dates: set[dt.date] = set()  # the days meetings in the papers were held

    # ------------------------------------------------------------------ shared state

    def _refresh(self) -> None:
        """Term weights and meeting days, rebuilt when the store's node count changes."""
        count = self.index.sync()
        if count == self._cache_key:
            return
        self._weights = TermWeights(n.body for n in self.index.nodes())
        self._documents = {}
        self._meeting_dates = {s.date for s in self.catalogue.meetings()}
        self._cache_key = count

    def _draft(self) -> Draft:
        return Draft(self.public_url)

    def ask(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Asked:
        """Read the question once: its plan, the filters it implies, the search, and its content terms."""
        self._refresh()
        plan = self.index.plan(question)
        if plan.committee and not filters.committee:
            filters = dataclasses.replace(filters, committee=plan.committee)
        query = " ".join([*context[-1:], question])
        searched = plan if query == question else self.index.plan(query)  # each text is planned once
        hits = self.index.search(query, k=10, filters=filters, plan=searched)
        committees = [plan.committee] if plan.committee else []
        committees += [c for c in self.catalogue.committees() if c.lower() in query.lower()]
        drop = set(stems(" ".join(committees)))
        terms = {t: w for t, w in stem_map(query).items() if t not in drop}
        return Asked(question, query, plan, filters, hits, terms)

    def support(self, asked: Asked, key: str) -> float:
        """How much of what the question turns on the item ``key`` contains, paraphrases included."""
        nodes = self.index.item_nodes(key, asked.filters.audience)
        present = _item_stems(nodes)
        missing = [t for t in asked.terms if t not in present]
        if missing:
            vocab = _item_vocab(nodes)
            for t in missing:
                if vocab and max(self.index.embedder.similarities(asked.terms[t], vocab)) >= PARAPHRASE:
                    present = present | {t}
        return self._weights.coverage(list(asked.terms), present)

    # ------------------------------------------------------------------ entry point

    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer:
        return self.answer_asked(self.ask(question, filters, context=context))

    def answer_asked(self, asked: Asked) -> Answer:
        """Route a question read by :meth:`ask` by what it asks for; the first route with an answer gives it."""
        wants = asked.plan.wants
        routes: list[Callable[[Asked], Answer | None]] = []
        if "next_meeting" in wants:
            routes.append(self.next_meeting)
        if "declaration" in wants:
            routes.append(self.declarations)
        if "attendance" in wants:
            routes.append(self.attendance)
        if "followup" in wants and ("resolution" not in wants or STATUS_WORDS.search(asked.question)):
            routes.append(self.followups)
        if "resolution" in wants:
            routes.append(self.resolved)
        routes.append(self.facts)
        for route in routes:
            result = route(asked)
            if result is not None:
                return result
        return not_found()

    # ------------------------------------------------------------------ meetings and their records

    def meetings_asked(self, asked: Asked) -> list[Meeting] | None:
        """The meetings a records question is about: those in the dates it names, else the best hit's, else the
        latest. ``None`` when it names dates no meeting in the papers was held on."""
        plan, filters, hits = asked.plan, asked.filters, asked.hits
        summaries = self.catalogue.meetings(filters.committee, filters.date_from, filters.date_to)
        if plan.periods:
            chosen = [s for s in summaries if in_periods(s.date.isoformat(), plan.periods)]
            if not chosen:
                return None
        elif hits:
            best = hits[0].node.meeting_key
            chosen = [s for s in summaries if s.key == best] or summaries[:1]
        else:
            chosen = summaries[:1]
        return [self.catalogue.meeting(s.key, filters.audience) for s in chosen[:3]]

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

    def attendance(self, asked: Asked) -> Answer | None:
        meetings = self.meetings_asked(asked)
        if meetings is None:
            return not_found("No meeting on that date is in the papers.")
        draft = self._draft()
        for m in (m for m in meetings if m.attendance_text):
            cite = Citation(committee=m.committee, meeting_date=m.date, item_title=ATTENDANCE_TITLE,
                            document=self._minutes_document(m), page=m.pages[0] if m.pages else None)  # fmt: skip
            lead = f"{m.committee}, {when(m.date)}:"
            for n, s in enumerate(sentences(m.attendance_text)):
                draft.say(f"{lead} {s}" if n == 0 else s, cite.model_copy(update={"quote": s}))
        if not draft.parts:
            return not_found("The papers hold no minutes (and so no attendance record) of that meeting.")
        return draft.done()

    def declarations(self, asked: Asked) -> Answer | None:
        meetings = self.meetings_asked(asked)
        if meetings is None:
            return not_found("No meeting on that date is in the papers.")
        draft = self._draft()
        for m in meetings:
            where = next((i for i in m.items if DECLARATIONS.search(i.title)), None)
            lead = f"{m.committee}, {when(m.date)}:"
            if m.declarations:
                for d in m.declarations:
                    item = next((i for i in m.items if d.text[:60] in i.text), where)
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

    def next_meeting(self, asked: Asked) -> Answer | None:
        meetings = self.meetings_asked(asked)
        if meetings is None:
            return None  # the dates may be the next meeting's own: let retrieval look
        draft = self._draft()
        for m in meetings:
            lead = f"{m.committee}, {when(m.date)}:"
            item = next((i for i in m.items if NEXT_MEETING.search(i.title)), None)
            if item is not None:
                for s in sentences(item.text)[:2] or [item.title]:
                    draft.say(f"{lead} {s}".strip(), self._item_citation(m, item, s))
                    lead = ""
                continue
            agenda = next((a for a in m.agenda if NEXT_MEETING.search(a.title)), None)
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

    def followups(self, asked: Asked) -> Answer | None:
        question, plan = asked.text, asked.plan
        actions = read_register(self.catalogue, asked.filters.audience, committee=asked.filters.committee)
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
        draft = self._draft()
        if LISTING.search(question) and (len(specific) <= 2 or scored[0][0] < ACTION_MATCH):
            wanted = [a for a in actions if a.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)] \
                if OPEN_WORDS.search(question) else actions
            if not wanted:
                return None
            for a in wanted[:8]:
                self._say_action(draft, a, asked)
            statuses = {a.status for a in wanted}
            return draft.done(status=statuses.pop() if len(statuses) == 1 else None)
        best_score, best = scored[0]
        if best_score < ACTION_MATCH:
            return None
        self._say_action(draft, best, asked)
        return draft.done(status=best.status)

    def _say_action(self, draft: Draft, a: Action, asked: Asked) -> None:
        cited = Citation(committee=a.committee, meeting_date=a.meeting_date, minute=a.minute, resolution=a.resolution,
                         item_title=a.item_title, document=self._action_document(a, asked), quote=a.text)  # fmt: skip
        owner = f" (owner: {a.owner})" if a.owner else ""
        due = f", due {when(a.due)}" if a.due else ""
        draft.say(f"{label(a.minute, a.resolution, a.item_title, a.meeting_date)}: {a.text.rstrip('. ')}{owner}{due}.",
                  cited)
        if a.evidence:
            latest = a.evidence[-1]
            draft.say(f"Status: {a.status.value} — {when(latest.meeting_date)}: “{latest.quote}”", latest)
        else:
            draft.say(f"Status: {a.status.value}: no later paper shows it done or scheduled.", cited)

    def _action_document(self, a: Action, asked: Asked) -> str:
        key = item_key(meeting_key(a.committee, a.meeting_date), a.minute, a.item_title)
        nodes = self.index.item_nodes(key, asked.filters.audience)
        return nodes[0].citation.document if nodes else ""

    # ------------------------------------------------------------------ resolutions

    def resolved(self, asked: Asked) -> Answer | None:
        plan = asked.plan
        minute_hits = [h for h in asked.hits[:6] if h.node.doc_kind == "minutes"
                       and h.node.kind in (NodeKind.RESOLUTION, NodeKind.PASSAGE)]
        if plan.periods:
            minute_hits = [h for h in minute_hits if in_periods(h.node.meeting_date.isoformat(), plan.periods)]
        chosen: list[tuple[Hit, MinuteItem, Meeting]] = []
        for h in minute_hits:
            if self.support(asked, h.node.item_key) < ITEM_SUPPORT:
                continue
            if chosen and (h.score < 0.6 * chosen[0][0].score or plan.periods):
                continue
            meeting = self.catalogue.meeting(h.node.meeting_key, asked.filters.audience)
            item = next((i for i in meeting.items if item_key(meeting.key, i.number, i.title)
                         == h.node.item_key), None)  # fmt: skip
            if item is None or not item.resolutions:
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
        draft = self._draft()
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

    def facts(self, asked: Asked) -> Answer:
        plan, hits = asked.plan, asked.hits
        if plan.periods and MEETING_WORD.search(asked.text) and self._held(plan):
            # "at the July 2020 meeting": the answer is in that meeting's papers or nowhere
            hits = [h for h in hits if in_periods(h.node.meeting_date.isoformat(), plan.periods)]
        if not hits or max(self.support(asked, h.node.item_key) for h in hits[:3]) < ITEM_SUPPORT:
            return not_found()
        kept = self.best_sentences(asked, hits[:4])
        if not kept:
            return not_found()
        draft = self._draft()
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
        candidates: list[Candidate] = []
        seen: set[str] = set()
        items_done: set[str] = set()
        for rank_no, h in enumerate(hits):
            key = h.node.item_key
            if key in items_done:
                continue
            items_done.add(key)
            nodes = self.index.item_nodes(key, asked.filters.audience) or [h.node]
            for segment in segments(nodes):
                for j, line in enumerate(segment.lines):
                    if line.text not in seen and len(line.text) >= 12:
                        seen.add(line.text)
                        candidates.append(Candidate(rank_no, segment, j))
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

        def cover(c: Candidate) -> float:
            """Term coverage of a sentence read with what frames it (a question and its answer, a table's head);
            a day the question names counts as one more term, held by sentences that print it."""
            title = c.node.citation.item_title if figure else ""
            got = self._weights.coverage(terms, set(stems(f"{title} {c.context} {c.text}")))
            if not days:
                return got
            share = 1 / (len(set(terms)) + 1)
            printed = prints_day(c, days)
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

        def say(c: Candidate, first: int, last: int) -> None:
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
            cite = node.quoting(sent)
            lead = ""
            if cite.item_title not in introduced:
                lead = label(cite.minute, None, cite.item_title, cite.meeting_date)
                lead += f" ({cite.item_title})" if cite.minute else ""
                introduced.add(cite.item_title)
            draft.say(f"{lead}: {sent}" if lead else sent, cite)


def _item_stems(nodes: list[IndexNode]) -> set[str]:
    title = nodes[0].citation.item_title if nodes else ""
    return set(stems(" ".join([title, *(n.body for n in nodes)])))


def _item_vocab(nodes: list[IndexNode]) -> list[str]:
    text = " ".join([nodes[0].citation.item_title if nodes else "", *(n.body for n in nodes)])
    return sorted({w for w in words(text) if w.isalpha() and len(w) > 2 and stems(w)})
