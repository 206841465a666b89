"""Answers about follow-ups, from the register as the question's audience may read it: the one action asked
about (its status and latest evidence), or a list of them."""

from __future__ import annotations

import datetime as dt
import re

from index.fusion import Hit
from index.nodes import IndexNode
from index.query import in_periods, year_spans
from ingest.action_logs import is_logged
from minutebook import vocabulary as v
from minutebook.errors import NotFoundError
from minutebook.model import Action, ActionStatus, Citation, item_key, meeting_key, standing_body
from service.drafting import Draft, label, when
from service.evidence import sentences, stems
from service.facts import PUT_QUESTION, best_sentences, say_sentences
from service.later_entries import referred_back
from service.named_people import owner_as_named
from service.papers import Asked, Papers
from service.question_parts import with_part
from service.said_status import (
    TRACKER_ROW,
    due_ahead,
    latest_paper,
    listed_row,
    promised_status,
    stated,
    subject_terms,
)
from service.schemas import Answer

ACTION_MATCH = 0.45  # least term coverage for a follow-up to be "the one asked about"
# least term coverage for an action log's row to be what a status question asks about, whatever route its other words
# point to: most of the subject, in the row's own action cell
ROW_MATCH = 0.6
BESIDE_HITS = 8  # of the question's best hits, those read for what a later meeting says beside a log's row
POINTED_SENTENCES = 2  # of the item a log's row points to, its sentences said besides its opening
ROW_SHARE = 0.2  # least of the subject a row must hold itself to be read with the decision an answer quotes
TERSE_ASK = 6  # words: an ask this short ("That a letter be sent") leaves its matter to its item's discussion
LISTING = re.compile(r"\b(which|what|any|list|all)\b.*\b(follow[- ]?ups?|actions?|outstanding|overdue)\b", re.I)
PRESENTED = v.compiled((v.BROUGHT_BACK,), r"\b(?:{})\b")  # a later minute presenting what was asked for
SLIPPED = re.compile(v.STATUS_SLIPPED.form, re.I)
OPEN_WORDS = re.compile(r"\b(outstanding|overdue|still|open|pending|not\s+(?:yet\s+)?done)\b", re.I)




def followups(papers: Papers, asked: Asked) -> Answer | None:
    question = asked.text
    actions = in_scope(papers, asked)
    if not actions:
        return None
    specific = subject_terms(asked)
    # one follow-up asked about: a resolution's ask; an action log's row is its own latest word, which the quoted
    # sentences give as the log prints it (with the matters arising beside it), not the register's first sight of it
    # (the matter as it was put counts with the action's words; between actions it makes equal, the one whose own
    # words hold more: the ask itself, not a later promise on it made in reply to a question on the same matter)
    # (and between those, the one whose own words also say the doing asked of it: "did the visitor numbers get sent
    # round" is the footfall summary "be circulated", not the report on the hubs that was to include footfall)
    scored = [(cover, a) for cover, _, _, a in sorted(
        ((papers.cover(asked, (a.text, a.item_title, *said_around(papers, asked, a, specific), owner), specific),
          papers.cover(asked, (a.text, a.item_title, owner), specific), papers.cover(asked, (a.text, a.item_title)), a)
         # (its owner as the question names them: "via barry rooks" for "Clerk to obtain quotes", where the record
         # lists "Barry Rooks(Parish Clerk)")
         for a in actions if not is_logged(a) for owner in [owner_as_named(papers, asked, a)]),
        key=lambda x: (-x[0], -x[1], -x[2]))]
    draft = papers.draft()
    # a list for a question about follow-ups in general; one that names its subject (several words no action
    # holds: "what did councillors want covered in the follow-up report on the holiday scheme") is not one
    if LISTING.search(question) and len(specific) <= 2:
        wanted = [a for a in actions if a.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)] \
            if OPEN_WORDS.search(question) else actions
        if not wanted:
            return None
        for a in wanted[:8]:
            say_action(papers, draft, a, asked)
        statuses = {a.status for a in wanted}
        if statuses == {ActionStatus.OUTSTANDING, ActionStatus.OVERDUE}:  # overdue ones are outstanding too
            statuses = {ActionStatus.OUTSTANDING}
        return draft.done(status=statuses.pop() if len(statuses) == 1 else None)
    if not scored:
        return None
    best_score, best = scored[0]
    if best_score < ACTION_MATCH:
        return None
    return answer_action(papers, asked, best)


def said_around(papers: Papers, asked: Asked, a: Action, specific: list[str]) -> tuple[str, ...]:
    """The sentences of the action's own item putting what the action and the question both name: the matter the
    action answers, as it was raised ("Members raised concerns about ... one external wall insulation contractor on the
    Penybryn estate" for "a written update on the Penybryn remedial works", asked as "the penybryn wall insulation
    mess"; "Councillor Crossthwaite asked for an analysis of the reserves position" for the reserves statement
    promised). None where the action's own words and its item's title hold none of the question's subject."""
    anchors = set(specific) & set(stems(f"{a.text} {a.item_title}"))
    if not anchors:
        return ()
    key = item_key(meeting_key(a.committee, a.meeting_date), a.minute, a.item_title)
    # (the matter as it was put: a member asking or raising it, not whatever else the item says of those words: "Two
    # hubs were now open: Millbeck Family Hub ..." is no asking after "the constellation hub home in millbeck")
    said = dict.fromkeys(s for n in papers.index.item_nodes(key, asked.filters.audience)
                         for s in sentences(n.body) if PUT_QUESTION.search(s) and anchors & set(stems(s)))
    return tuple(said)


def logged_row(papers: Papers, asked: Asked) -> Answer | None:
    """Where a question asking where something stands names the subject of one row of a body's action log ("where
    are we on the 111 online rollout update": "GB072 | Update on 111 online rollout | GR | 26/07/18 | On track"):
    that row at its latest printing, with the status the log gives it, whatever else the question's words look like
    (a "conflicts of interest register" is no declaration, a report that "came to board" no attendance). None where
    no one row holds most of the subject, or a resolution's action holds as much of it."""
    actions = in_scope(papers, asked)
    specific = subject_terms(asked)
    if not actions or not specific:
        return None
    rows = sorted(((papers.cover(asked, a.text, specific), a) for a in actions if is_logged(a) and a.evidence),
                  key=lambda x: -x[0])
    if not rows or rows[0][0] < ROW_MATCH or (len(rows) > 1 and rows[1][0] == rows[0][0]):
        return None
    best = rows[0][0]
    asks = [(papers.cover(asked, (a.text, a.item_title), specific), a) for a in actions if not is_logged(a)]
    # (a resolution holding as much only with its item's title is an ask made under that subject, not the subject:
    # "a further report on a day-crewing trial at Porthwen" under "On-call availability at Porthwen (Action A1)" for
    # "did the porthwen on-call report come back", which the row "Report on on-call availability at Porthwen" is)
    if any(cover > best or (cover == best and papers.cover(asked, a.text, specific) >= best) for cover, a in asks):
        return None
    return answer_action(papers, asked, rows[0][1])


def in_scope(papers: Papers, asked: Asked) -> list[Action]:
    """The register as the question's audience may read it, of the meetings and periods the question names."""
    actions = papers.register(asked.filters.audience, asked.filters.committee)
    if asked.where is not None:
        actions = [a for a in actions if meeting_key(a.committee, a.meeting_date) in asked.where]
    if asked.periods:
        actions = [a for a in actions if in_periods(a.meeting_date.isoformat(), asked.periods)]
    if spans := asked.plan.year_spans:
        # "home safety visits done in 29/30?": an action a meeting after that year raised, naming no such year, was not
        # there to be done in it (as the support test rules out items that neither print the year nor were held in it)
        actions = [a for a in actions if a.meeting_date < dt.date(max(spans) + 1, 4, 1)
                   or set(spans) & set(year_spans(f"{a.item_title}\n{a.text}"))]
    return actions


def answer_action(papers: Papers, asked: Asked, best: Action) -> Answer:
    """The one action asked about, and where it stands: its latest evidence (a log's row with what a later item says
    beside it), or what a later meeting's minutes say of it."""
    draft = papers.draft()
    latest = best.evidence[-1] if best.evidence else None
    later, later_word = said_later(papers, asked, best) if latest is None else ([], None)
    status = best.status
    if latest is not None and TRACKER_ROW.search(latest.quote):
        later = beside_row(papers, asked, best, latest)
        # (or an action past its first due date, the later row giving it a day still to come: "Report on enforcement
        # backlog | ... | 15 May 2029 | Open" after it was due in January)
        # (not one past its due date whose row says it slipped: "Red | Delayed; now expected in November" is overdue)
        slipped = status == ActionStatus.OVERDUE and SLIPPED.search(latest.quote) is not None
        if status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE) and not slipped and stated(
                latest.quote, latest.meeting_date, asked.question,
                latest=latest_paper(papers, best.committee)) == ActionStatus.SCHEDULED:
            # a log's row that fixes a day to come for it ("Order placed 18 September 2026. ... Supplier has
            # confirmed delivery and installation for the week beginning 7 December 2026"): scheduled, whatever of
            # the action's own ask is still open
            status = ActionStatus.SCHEDULED
        elif status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE) and later \
                and papers.cover(asked, later[0][2], subject_terms(asked)) > 0 and stated(
                    later[0][2], latest.meeting_date, asked.question,
                    latest=latest_paper(papers, best.committee)) == ActionStatus.SCHEDULED:
            # the row still open, and the minutes beside it putting it on a meeting to come ("... the enforcement
            # backlog report ... would now come to the May meeting"): scheduled, not overdue by its first date
            status = ActionStatus.SCHEDULED
        if status == ActionStatus.OVERDUE and not slipped and due_ahead(
                latest.quote, latest.meeting_date, latest_paper(papers, best.committee)):
            # past the due date it was first given, the later row giving it a new one still to come ("A2 | Obtain
            # quotes for defibrillator cabinet | Clerk | July 2036 | Open", after the Clerk took it over): open
            status = ActionStatus.OUTSTANDING
    if latest is None and later_word is None and status == ActionStatus.OUTSTANDING and promised_status(
            best.text, best.meeting_date, latest_paper(papers, best.committee)) == ActionStatus.SCHEDULED:
        # no later word, the ask itself naming a meeting still to come ("be invited to attend the June meeting"):
        # scheduled for it
        status = ActionStatus.SCHEDULED
    listed = listed_row(papers, asked, latest, latest.quote) if latest is not None and is_logged(best) \
        and not TRACKER_ROW.search(latest.quote) else None
    if listed is not None and latest is not None and status == ActionStatus.OUTSTANDING:
        # a log written in prose pointing to the action list's row ("Action No. 7 (...) - carried forward"): where
        # that row says it stands
        status = stated(listed[1], latest.meeting_date, latest=latest_paper(papers, best.committee)) or status
    say_action(papers, draft, best, asked, later_word, status=status)
    say_sentences(draft, matter_of_terse(papers, asked, best))
    if listed is not None:
        draft.say(f"Action list: “{' '.join(listed[1].split())}”", listed[0])
    if latest is not None and (_flat(latest.quote) == _flat(latest.item_title) or (
            best.status == ActionStatus.COMPLETED and PRESENTED.search(latest.quote)
            and not TRACKER_ROW.search(latest.quote))):
        # the evidence is the report itself, on a later agenda ("how's the pilot going"), or a later minute presenting
        # it ("The Environmental Health Manager presented the plan requested at minute LR/25/14": "did they ever get
        # the plan"): what it says on it
        came = [h for h in asked.hits[:6] if h.node.meeting_date == latest.meeting_date
                and h.node.citation.item_title == latest.item_title and h.node.meeting_date > best.meeting_date]
        if came:  # (not the sentence the status quotes again)
            say_sentences(draft, best_sentences(papers, asked, came[:1], most=2,
                                                leave_out=lambda text: _flat(text) == _flat(latest.quote)))
    elif later:  # (the sentence the status quotes is said there)
        said = later_word[1].quote if later_word is not None else None
        say_sentences(draft, [x for x in later if x[2] != said])
    return draft.done(status=later_word[0] if later_word is not None else status)


def matter_of_terse(papers: Papers, asked: Asked, action: Action) -> list[tuple[int, IndexNode, str]]:
    """For an ask in a few words that leave its matter to the item's discussion ("4.2 That a letter be sent", after
    "... considered a letter should be sent to the Chairs of those authorities (copy to the Clerks) requesting the
    relevant information"): the item's sentence that best answers the question, the ask's own left out; none for an
    ask that says its matter itself."""
    if len(re.findall(r"[A-Za-z]+", action.text)) > TERSE_ASK or is_logged(action):
        return []
    key = item_key(meeting_key(action.committee, action.meeting_date), action.minute, action.item_title)
    nodes = papers.index.item_nodes(key, asked.filters.audience)
    own = _flat(action.text).rstrip(".")
    return best_sentences(papers, asked, [Hit(node=n, score=0.0) for n in nodes[:1]], most=1,
                          leave_out=lambda text: own in _flat(text)) if nodes else []


def said_later(papers: Papers, asked: Asked, action: Action) \
        -> tuple[list[tuple[int, IndexNode, str]], tuple[ActionStatus, Citation] | None]:
    """For an action the register found nothing on since: what a later meeting's minutes (of the question's best
    hits) say of it, and the status they state, if any: the latest word on it ("the cemetery fence had now been
    replaced")."""
    came = [h for h in asked.hits[:4] if h.node.meeting_date > action.meeting_date and h.node.doc_kind == "minutes"
            and papers.supports(asked, h)]
    later = best_sentences(papers, asked, came[:1], most=2) if came else []
    word: tuple[ActionStatus, Citation] | None = None
    for _, node, sent in later:
        status = stated(sent, node.meeting_date, asked.question, latest=latest_paper(papers, action.committee))
        if status is not None:
            word = (status, node.quoting(sent))
    if not came:
        # a later meeting's matters arising naming its minute: "Minute 17 (Gallows Lane) - the CCTV camera was put
        # up on 2 September 2024. Action completed."
        back = referred_back(papers, asked, action)
        if back is not None and back[1] is not None:
            word = (back[1], back[0])
    return later, word


def beside_row(papers: Papers, asked: Asked, action: Action, row: Citation) -> list[tuple[int, IndexNode, str]]:
    """What a later meeting's own item on the action says, beside the log's row on it that the register keeps as its
    latest word ("TC25/053 | Defibrillator ... - costs and consent | Costs obtained (see TC25/078); consent not yet
    received | Open": TC25/078's "would cost £1,685 ... subject to consent from the Harbour Commissioners"): the row
    says where it stands, the item what came of it."""
    if is_logged(action):
        # a log's own row: what the minutes of the meeting printing it say beside it, the log's item included ("That
        # the action tracker be noted and that action OSB.19 be carried forward to November", "Action 20/15 (falling
        # rolls criteria) - carried forward"), not the row again nor the log's other rows
        came = [h for h in asked.hits[:4] if h.node.meeting_date == row.meeting_date
                and h.node.doc_kind == "minutes" and papers.supports(asked, h)]
        # an item of that meeting on the action before the log's own, whose other lines are its rows and its
        # signature ("3.3 Action HB036 (dredging licence): the Harbour Master said ..." over "Signed: ... Chair")
        came.sort(key=lambda h: h.node.citation.item_title == row.item_title)
        return with_next_said(papers, asked, best_sentences(
            papers, asked, came[:1], most=2, leave_out=lambda text: bool(TRACKER_ROW.search(text)))) if came else []
    # (the log's own item too, its rows left out: what the meeting was told beside the row, "The breakdown showed that
    # 47 of the 112 out-of-borough placements were for children with autism" under "26 | Breakdown of out-of-borough
    # placements by need type | Completed – circulated 12 January 2028")
    came = [h for h in asked.hits[:4] if h.node.meeting_date > action.meeting_date and h.node.doc_kind == "minutes"
            and papers.supports(asked, h)]
    return best_sentences(papers, asked, came[:1], most=2,
                          leave_out=lambda text: bool(TRACKER_ROW.search(text))) if came else []


GOES_ON = re.compile(r"^(?:it|this|these|they)\s+(?:was|were|is|are|had|has|would|will)\b", re.I)


def with_next_said(papers: Papers, asked: Asked,
                   chosen: list[tuple[int, IndexNode, str]]) -> list[tuple[int, IndexNode, str]]:
    """The sentences chosen, each with the one after it in its item where that one goes on about the same thing
    ("On AL2, the Head of Prevention said the audit had not yet been completed ..." / "It was now expected in
    September."): where a row stands may take the officer two sentences to say."""
    out: list[tuple[int, IndexNode, str]] = []
    for rank, node, text in chosen:
        out.append((rank, node, text))
        nodes = papers.index.item_nodes(node.item_key, asked.filters.audience) or [node]
        for segment in papers.segments(nodes):
            at = next((k for k, line in enumerate(segment.lines) if line.text == text), None)
            if at is None or at + 1 >= len(segment.lines):
                continue
            after = segment.lines[at + 1]
            pieces = segment.pieces(after.start, after.end)
            if GOES_ON.match(after.text) and pieces and all(after.text != t for _, _, t in chosen):
                out.append((rank, pieces[0][0], after.text))
            break
    return out


def with_item_pointed_to(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer``, whose latest word on a follow-up is a log's row pointing to the item that did it ("Complete -
    minute 38/27"), with what that item says of it (:func:`pointed_to`), cited; unchanged where it quotes no such row,
    or quotes the item already."""
    rows = [c for c in answer.citations if TRACKER_ROW.search(c.quote)]
    if answer.status is None or not rows:
        return answer
    quoted = {" ".join(c.quote.split()) for c in answer.citations}
    pointed = [x for x in pointed_to(papers, asked, rows[-1]) if " ".join(x[2].split()) not in quoted]
    if not pointed:
        return answer
    draft = papers.draft()
    say_sentences(draft, pointed)
    return with_part(answer, draft.done()).model_copy(update={"status": answer.status})


def pointed_to(papers: Papers, asked: Asked, row: Citation) -> list[tuple[int, IndexNode, str]]:
    """What the item a log's row points to for it says: the minute its status cell names, of the meeting printing the
    row ("25/27 | HMICFRS action plan progress report | CFO | Complete - minute 38/27": 38/27's "19 of the 27 actions
    in the plan had been completed"; "Completed - on this agenda (LR/25/24)"), its sentences that best answer the
    question; none where the cell names no item of that meeting."""
    cells = [c for c in re.split(r"\t|\s\|\s|^\||\|$", row.quote) if c.strip()]
    if len(cells) < 2:
        return []
    try:
        meeting = papers.meeting(meeting_key(row.committee, row.meeting_date), asked.filters.audience)
    except NotFoundError:
        return []
    status = cells[-1]
    # an item named by a number of its own shape ("38/27", "LR/25/24", "B/27/011"), not a bare figure or a date's day
    named = [i for i in meeting.items if i.number and re.search(r"\d", i.number) and re.search(r"\D", i.number)
             and i.title != row.item_title
             and re.search(rf"(?<![\w/.]){re.escape(i.number)}(?![\w/])", status)]
    if len(named) != 1:
        return []
    nodes = papers.index.item_nodes(meeting.key_of(named[0]), asked.filters.audience)
    opening = next(iter(sentences(named[0].text)), None)
    node = next((n for n in nodes if opening is not None and opening in n.body), None)
    if node is None or opening is None:
        return []
    # its opening (what came: "The Chief Fire Officer reported that 19 of the 27 actions in the plan had been
    # completed"), and its sentences that best answer the question, as many as a later minute presenting what was
    # asked for gives (the report's plots and its cost: "46 plots", "a capital budget of £68,500")
    best = best_sentences(papers, asked, [Hit(node=node, score=0.0)], most=POINTED_SENTENCES,
                          leave_out=lambda text: _flat(text) == _flat(opening))
    return [(0, node, opening), *best[:POINTED_SENTENCES]]


def with_quoted_status(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """An answer by another route that quotes a follow-up in the minutes' own words ("Action: Clerk to action
    thankyou letter to Cllr Bradley.") with the register's status for it, read from the papers after it as the
    follow-ups route gives it, said in a sentence of its own; unchanged where it quotes no action asked about, or
    actions whose statuses differ."""
    actions = [a for a in papers.register(asked.filters.audience, asked.filters.committee) if not is_logged(a)]
    specific = subject_terms(asked)
    # the action must be the one asked about, as the follow-ups route matches it: "Clerk to report back at next
    # meeting" quoted for "did the clerk find a new internal auditor" is the report, not the finding
    # (the report an action asked for, cited, is one matter with it: the two read together must be the one asked about)
    # (an action said in reply to a question put just before it, "a CCTV camera would be put up at the lay-by", is
    # about what the answer quotes of its item: "fly-tipping in the lay-by on Gallows Lane"; the later word on an
    # action the answer quotes, "Minute 20 (HVO trial) - the trial had been extended ...", is about it too)
    found = [(n, a) for n, c in enumerate(answer.citations, 1) for a in actions
             if (quotes_action(a, c) and in_context(papers, asked, a, answer, specific))
             or ((reports_on(a, c) or quotes_evidence(a, c))
                 and papers.cover(asked, (a.text, a.item_title, c.item_title, _word_quoted(a, c)), specific)
                 >= ACTION_MATCH)]
    if not found or len({a.status for _, a in found}) > 1:
        return answer
    n, action = found[0]
    citations = list(answer.citations)
    status = action.status
    word = said_later(papers, asked, action)[1] if not action.evidence else None
    if action.evidence or word is not None:
        latest = action.evidence[-1] if word is None else word[1]
        status = action.status if word is None else word[0]
        if word is None and any(quotes_evidence(action, c) for c in answer.citations) \
                and not TRACKER_ROW.search(latest.quote):  # (a log's row: its status cell, as the register read it)
            # the answer quotes the later word itself: where that stands on what is asked ("At the date of this
            # meeting the repair had not been carried out"), not whether the action's own ask was met (the chase)
            status = stated(latest.quote, latest.meeting_date, asked.question,
                            latest=latest_paper(papers, action.committee)) or status
        citations.append(latest.model_copy(update={"n": len(citations) + 1}))
        said = f"Status: {status.value} — {when(latest.meeting_date)}: “{latest.quote}” [{len(citations)}]"
    else:
        said = f"Status: {action.status.value}: no later paper shows it done or scheduled. [{n}]"
    return answer.model_copy(update={"answer": f"{answer.answer}\n{said}", "citations": citations,
                                     "status": status})


def with_item_action(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """An answer by another route quoting an item whose own action on what is asked it leaves out ("Lea Park: decide
    on quotes for remedial work." of the item whose "Action: Clerk to obtain quotes for agreed works." it does not
    quote, for "lea park tree works - have we got quotes in?"): that action said, with the register's status for it.
    Unchanged where the answer has a status, quotes an action already, or not one action of its items is on the
    subject (:func:`in_context`)."""
    if answer.status is not None or not answer.found:
        return answer
    specific = subject_terms(asked)
    cited = {(c.meeting_date, c.item_title) for c in answer.citations}
    mine = [a for a in papers.register(asked.filters.audience, asked.filters.committee)
            if not is_logged(a) and (a.meeting_date, a.item_title) in cited]
    if not specific or any(quotes_action(a, c) for a in mine for c in answer.citations):
        return answer
    on = [a for a in mine if in_context(papers, asked, a, answer, specific)]
    if len(on) != 1:
        return answer
    draft = papers.draft()
    say_action(papers, draft, on[0], asked)
    return with_part(answer, draft.done()).model_copy(update={"status": on[0].status})


def with_said_beside(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer``, whose latest word on a follow-up is a later log's row, with what that meeting's own items say of it
    beside the row ("CLC/27/39 | Consult allotment holders on rents | ... | c/f - meeting with Association on
    25/11/2027" and, under the work programme, "The allotment rents item had been carried forward to the January 2028
    meeting"), cited; unchanged where no row quoted is a later meeting's, or nothing there is said of it."""
    rows = [c for c in answer.citations if TRACKER_ROW.search(c.quote)]
    first = min((c.meeting_date for c in answer.citations), default=None)
    if answer.status is None or not rows or first is None or rows[-1].meeting_date <= first:
        return answer
    row = rows[-1]
    quoted = {_flat(c.quote) for c in answer.citations}
    # (the log's own item too, where its prose says more of the row than its status cell: "the riverside lights had
    # been repaired on 22 February 2033" above "A4 | Arrange repair of riverside footpath lighting | ... | Complete")
    came = [h for h in asked.hits[:BESIDE_HITS] if h.node.meeting_date == row.meeting_date
            and h.node.doc_kind == "minutes" and papers.supports(asked, h)]
    beside = [x for x in best_sentences(papers, asked, came[:1], most=1,
                                        leave_out=lambda text: bool(TRACKER_ROW.search(text)))
              if _flat(x[2]) not in quoted] if came else []
    if not beside:
        return answer
    draft = papers.draft()
    say_sentences(draft, beside)
    return with_part(answer, draft.done()).model_copy(update={"status": answer.status})


def with_logged_row(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """An answer by another route, quoting a decision the register keeps no action for ("AGREED: that the Playscape
    Southern Ltd quotation be accepted"), with the row an action log of the same body keeps on what is asked, at that
    meeting or after ("AL-24-11 | Place order with Playscape Southern; agree start date | ... | Open"): its latest
    printing, cited, and the status the log gives. Unchanged where no one row is on the question's subject."""
    if answer.status is not None or not answer.found:
        return answer
    specific = subject_terms(asked)
    cited = {(standing_body(c.committee), c.meeting_date) for c in answer.citations}
    rows = [a for a in papers.register(asked.filters.audience, asked.filters.committee) if is_logged(a) and a.evidence
            and any(standing_body(a.committee) == body and a.meeting_date >= held for body, held in cited)]
    scored = sorted(((papers.cover(asked, a.text, specific), 0.0, a) for a in rows), key=lambda x: -x[0])
    if not scored or scored[0][0] < ACTION_MATCH:
        # a row in fewer words than the question ("Place order with Playscape Southern; agree start date" for "has
        # the order for the cuckoo meadow play kit gone in to playscape"), read with the decision the answer quotes
        # (the Cuckoo Meadow quotation of Playscape accepted): on the subject where the two together cover it and
        # the row adds what the quotes lack
        quoted = " ".join(c.quote for c in answer.citations)
        alone = papers.cover(asked, quoted, specific)
        scored = sorted(((both, own, a) for a in rows
                         if (own := papers.cover(asked, a.text, specific)) >= ROW_SHARE
                         and (both := papers.cover(asked, (a.text, quoted), specific)) > alone),
                        key=lambda x: (-x[0], -x[1]))
    if not scored or scored[0][0] < ACTION_MATCH or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
        return answer
    action = scored[0][2]
    latest = action.evidence[-1]
    citations = list(answer.citations)
    citations.append(latest.model_copy(update={"n": len(citations) + 1}))
    said = f"Status: {action.status.value} — {when(latest.meeting_date)}: “{' '.join(latest.quote.split())}” " \
           f"[{len(citations)}]"
    return answer.model_copy(update={"answer": f"{answer.answer}\n{said}", "citations": citations,
                                     "status": action.status})


QUOTED_ACTION = 20  # characters: an action's text, not a word or two of it


def quotes_action(a: Action, c: Citation) -> bool:
    """Does the citation quote the action's own words, from the meeting that asked for it?"""
    return a.meeting_date == c.meeting_date and len(_flat(a.text)) >= QUOTED_ACTION <= len(_flat(c.quote)) \
        and (_flat(a.text) in _flat(c.quote) or _flat(c.quote) in _flat(a.text))


def in_context(papers: Papers, asked: Asked, a: Action, answer: Answer, specific: list[str]) -> bool:
    """Is the quoted action the one asked about, read with the lines of its item the answer quotes: with the questions
    put there, or with the matter it arises on where the action's own words, not its owner, speak of what is asked
    ("place the approved minutes on the website" with "the minutes, A40, were passed", for "the A40 signed minutes -
    whose action to upload them online"; not "Clerk to report back at next meeting" with the internal auditor's
    leaving, for "did the clerk find a new auditor": the report is not the finding)?"""
    around = same_item(a, answer)
    put = [q for q in around if PUT_QUESTION.search(q)]
    if papers.cover(asked, (a.text, a.item_title, *put), specific) >= ACTION_MATCH:
        return True
    own = re.sub(re.escape(a.owner), " ", a.text, flags=re.I) if a.owner else a.text  # its doing, not its owner
    return papers.cover(asked, (own,), specific) > 0 \
        and papers.cover(asked, (a.text, a.item_title, *around), specific) >= ACTION_MATCH


def same_item(a: Action, answer: Answer) -> list[str]:
    """The lines of the action's own item that the answer quotes besides it: a question put there ("Mr Holroyd asked
    what the Council was doing about repeated fly-tipping in the lay-by on Gallows Lane"), which the action (the
    reply's promise) answers, or the matter it arises on ("With these amendments the minutes, A40, were passed ...")."""
    return [c.quote for c in answer.citations if c.meeting_date == a.meeting_date and c.item_title == a.item_title
            and not quotes_action(a, c)]


def quotes_evidence(a: Action, c: Citation) -> bool:
    """Does the citation quote the register's latest word on the action (a later meeting's matters arising)?"""
    if not a.evidence or len(_flat(c.quote)) < QUOTED_ACTION:
        return False
    latest = a.evidence[-1]
    return latest.meeting_date == c.meeting_date > a.meeting_date and (
        _flat(c.quote) in _flat(latest.quote) or _flat(latest.quote) in _flat(c.quote))


def _word_quoted(a: Action, c: Citation) -> str:
    """What of the citation speaks of the action: its latest word where the citation quotes it within more (a log's
    row in the whole table), else the citation's quote."""
    return a.evidence[-1].quote if quotes_evidence(a, c) else c.quote


def reports_on(a: Action, c: Citation) -> bool:
    """Is the citation the item the register's latest word on the action is: the report asked for, on a later
    agenda ("Complexity of Young People in Youth Offending Cohort" for "a further report be brought to the 22
    September 2020 meeting ... around changing demand")?"""
    if not a.evidence:
        return False
    latest = a.evidence[-1]
    return latest.meeting_date == c.meeting_date and latest.meeting_date > a.meeting_date \
        and _flat(latest.item_title) == _flat(c.item_title) and _flat(latest.quote) == _flat(latest.item_title)


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def say_action(papers: Papers, draft: Draft, a: Action, asked: Asked,
               later_word: tuple[ActionStatus, Citation] | None = None, *, status: ActionStatus | None = None) -> None:
    """The action, and where it stands: the register's status (or ``status``, read from its latest evidence) and its
    latest evidence, or ``later_word``, the status a later meeting's minutes state for it where the register found no
    evidence."""
    document, title = action_document(papers, a, asked)
    cited = Citation(committee=a.committee, meeting_date=a.meeting_date, minute=a.minute, resolution=a.resolution,
                     item_title=title, document=document, quote=a.text)  # fmt: skip
    # (not again where the action's own words give them: "ACTION: ... Owner: Mark Ellery. Due: 31 October 2026.")
    owner = f" (owner: {a.owner})" if a.owner and a.owner not in a.text else ""
    due = f", due {when(a.due)}" if a.due and when(a.due) not in a.text else ""
    # (an ask cut from a list of them ends at its joining word: "... by 30th September 2017; and")
    text = re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", a.text.rstrip(". "))
    draft.say(f"{label(a.minute, a.resolution, title, a.meeting_date)}: {text}{owner}{due}.", cited)
    if a.evidence:
        latest = a.evidence[-1]
        draft.say(f"Status: {(status or a.status).value} — {when(latest.meeting_date)}: “{latest.quote}”", latest)
    elif later_word is not None:
        status, said = later_word
        draft.say(f"Status: {status.value} — {when(said.meeting_date)}: “{said.quote}”", said)
    else:
        draft.say(f"Status: {(status or a.status).value}: " + ("the meeting it names is still to come."
                  if status == ActionStatus.SCHEDULED else "no later paper shows it done or scheduled."), cited)


def action_document(papers: Papers, a: Action, asked: Asked) -> tuple[str, str]:
    """The file the action's item is cited from, and the title it is cited by: the item's own, or for an item minuted
    without a heading the label the store cites it by ("Petition in respect of proposed cuts to ...")."""
    key = item_key(meeting_key(a.committee, a.meeting_date), a.minute, a.item_title)
    nodes = papers.index.item_nodes(key, asked.filters.audience)
    return (nodes[0].citation.document, a.item_title or nodes[0].citation.item_title) if nodes else ("", a.item_title)
