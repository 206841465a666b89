"""The default answerer: no LLM, never invents. It routes by what is asked and quotes the papers.

- attendance, apologies, chair  → the meeting's attendance record (:mod:`service.records`);
- declarations of interest      → the meeting's declarations, or its "no declarations" minute
                                  (:mod:`service.declarations_answered`);
- the next meeting              → the meeting's "date and time of next meeting" item (:mod:`service.next_meeting`);
- follow-ups                    → the follow-up register, status with its evidence (:mod:`service.followups`);
- what was resolved             → the matching minutes' resolutions, newest first (:mod:`service.resolutions`);
- anything else (facts)         → the best supporting sentences of the best items (:mod:`service.facts`).

Each route is a function of the papers (:class:`service.papers.Papers`) and the question as read once
(:class:`service.papers.Asked`).

Every sentence of an answer ends in [n] markers; each citation carries a
verbatim quote. When the evidence is weak the answer is ``found: false`` with no
citations. Weak means: a date or meeting the question names is not in the papers,
or the best item lacks the words the question turns on (see ``service.evidence``),
or a question for a figure meets text without one.
"""

from __future__ import annotations

import dataclasses
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

from index.bodies import COMMITTEE_KINDS, abbreviates
from index.fusion import Hit
from index.intents import STAGES_ASKED, cue_intents
from index.nodes import NodeKind
from index.query import Intent, QueryPlan, SearchFilters, in_periods
from index.store import MinutebookIndex
from ingest.catalogue import Catalogue
from minutebook.model import ActionStatus, Audience
from minutebook.vocabulary import (
    AFFILIATION_ASKED,
    ASKED_AFTER_DASH,
    CHAT_FRAME,
    CHOSE_NOT_TO,
    COMPARED_WITH_THEN,
    DECIDED_EVERYDAY,
    DECIDED_UNSAID,
    EVENTS_HELD,
    ITEM_ROLES,
    MEETING_IN_PUBLIC,
    MET_AGAIN,
    MOTION_NAMES,
    NUMBERS_ASKED,
    OUTCOME_EVERYDAY,
    QUORUM_ENOUGH,
    SITTING_NAMED,
    SOMEONE,
    TAKEN_UP_ASKED,
    TAKEN_UP_VERBS,
    unframed,
    written_out,
)
from service.asks import unmet
from service.bodies_asked import (
    CABINET_ACTED,
    PLACE_THEN_KIND,
    bodies_each,
    compared,
    held_loosely,
    kind_named,
    kinds_owned,
    minutes_of,
    own_places,
    sent_to,
    unnamed,
)
from service.choices import NOT_CHOSEN, side_words
from service.council_bodies import (
    body_not_held,
    committee_not_held,
    council_named_only,
    council_unheld,
    of_another_named,
    part_not_held,
    place_not_held,
)
from service.declarations_answered import declarations
from service.declared_items import item_declared_on
from service.declarers import with_declarer
from service.drafting import NO_FIGURE, NOT_FOUND, not_found
from service.evidence import COUNT_BY_NOUN, asks_quantity, stem_map, stems
from service.excluded_for import with_item_excluded_for
from service.exclusion_grounds import with_exclusion_grounds
from service.facts import PROGRAMME, facts, of_then
from service.figure_sequels import with_sequel
from service.figures_asked import sum_unquoted
from service.followups import (
    followups,
    logged_row,
    with_item_action,
    with_item_pointed_to,
    with_logged_row,
    with_quoted_status,
    with_said_beside,
)
from service.full_meeting_unheld import full_meeting_unheld
from service.header_evidence import header_hits
from service.held_over import asks_held_over, held_over, put_off_taken_up, with_taken_up
from service.initials_named import with_initials_named
from service.item_words import alternatives, misspelt
from service.later_entries import with_later_entry, with_whole_point
from service.meeting_business import asks_business, business
from service.meeting_dated import held_list, unheld_meeting
from service.meeting_details import closing_time, contact, start_time, venue
from service.meetings_held import asks_meetings_held, meetings_held
from service.minutes_standing import asks_standing, minutes_standing
from service.minutes_taken_up import asks_taken_up, minutes_taken_up
from service.movers import minuted_mover, with_mover
from service.next_meeting import next_meeting
from service.papers import Asked, Papers
from service.pending import latest_first
from service.place_search import by_subject, unplaced
from service.printed_dates import dates_as_words, prints_date, prints_minutes_date
from service.question_parts import (
    REFERS_BACK,
    STATUS_OF_IT,
    office_parts,
    particular_parts,
    parts_linked,
    question_parts,
    speaks_to,
    with_part,
)
from service.records import RECORDS_STEMS, attendance, meetings_asked
from service.replies_unsaid import replier_named
from service.resolutions import resolved, resolved_on_point
from service.said_status import FOLLOW_UP_ASKED, status_asked, with_said_status
from service.schemas import Answer
from service.scopes import cites_scope, own_terms, scopes_each, stranger_body
from service.subject_bodies import kind_spoken_of, named_as_subject
from service.sums_and_awards import winner_frame
from service.timeline import timeline
from service.who_where import outside_office, prints_office_of

__all__ = ["Answerer", "Asked", "ExtractiveAnswerer"]

STATUS_WORDS = re.compile(
    r"\b(outstanding|overdue|still|yet|ever|done|complete\w*|circulated|sent|arriv\w*|where\s+are\s+we|"
    r"follow[- ]?ups?|chased|happened\s+to|c[oa]me\s+back|c[oa]me\s+of|gone\s+(?:out|round)|"
    r"paid\s+out|finished|closed\s+off|eventually|in\s+the\s+end|finally|at\s+last|sorted|progress|"
    r"end(?:ed)?\s+up|end\s+result|hear[ds]?\s+back|heard\s+anything|any\s+(?:answer|word|reply|response)\s+from|"
    r"where['’]?s\b[^?]{1,60}?\bat)\b"
    # the state asked in a word or two after the thing named: "leone's newsletter - out?", "the kingsmead park toilets,
    # reopened?", "cameras for the skate park, happening?", "the memorial trees - in the ground?"
    r"|[-–—:,]\s*(?:[\w'’]+\s+){0,2}?(?:out|in|back|open|re-?opened|happening|fixed|repaired|mended|relocated|"
    r"put\s+right|corrected|amended|"
    r"in\s+the\s+ground|up\s+and\s+running|live|started|underway)\s*\?+\s*$"
    # the same asked of "it" after the thing is named: "whose action is the newsletter and is it out?", "are they
    # back up yet?"
    r"|\b(?:is|are)\s+(?:it|they|that|this)\s+(?:out|back(?:\s+up)?|up|live|happening|in\s+place|under\s*way)"
    r"(?:\s+(?:yet|now))?\s*\?",
    # "grants from march - paid out?", "finished?", "were the october minutes eventually signed?", "where's the loos
    # consultation at?", "how did it end up?", "any answer from county highways?"
    re.I,
)
# what became of a recommendation sent to another body: "did cabinet take up the panel's recommendation", "did they act
# on the recommendations", "what was the response to the proposals": where it stands, which the sender's later
# papers (a recommendations tracker) say
TAKEN_UP = re.compile(r"\b(?:" + TAKEN_UP_ASKED.form.replace("{verb}", f"(?:{TAKEN_UP_VERBS.form})") + ")", re.I)


@lru_cache(maxsize=1024)  # a question's, asked again by several routes
def asks_status(question: str) -> bool:
    """Does the question ask where something stands, by its words (:data:`STATUS_WORDS`, :data:`TAKEN_UP`)?"""
    return bool(STATUS_WORDS.search(question) or TAKEN_UP.search(question))


# a time still to come asked of something ("when is the public meeting on the town centre plan", "when will the
# survey be done"): where an answer quotes an action arranging it, the register's latest word on that action says
WHEN_AHEAD = re.compile(r"\bwhen(?:['’]s|\s+(?:is|are|will|shall)\b)", re.I)
def without_replier(text: str) -> str:
    """``text`` less the words naming the party whose reply to another it asks of (:func:`replier_named`)."""
    who = replier_named(text)
    return text if who is None else text.replace(who, " ", 1)


FOLLOWUP_ASKED = 0.5  # the plan's confidence in a follow-up question for its answer to say where it stands

# an event other than a meeting (a meeting is the facts route's: its own papers or nothing), and words that look
# ahead to it rather than back
EVENT = re.compile(rf"\b(?:{EVENTS_HELD.form})\b", re.I)
COMPARED_THEN = re.compile(COMPARED_WITH_THEN.form, re.I)  # "compare with the budget they had in september"
MONTH_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b", re.I)
AHEAD = re.compile(r"\b(?:plan\w*|lined\s+up|will|going\s+to|scheduled|due|set\s+for|when|where|arranged|"
                   r"coming\s+up|next)\b", re.I)
OUTCOME = re.compile(r"\b(?:came?\s+out\s+of|conclu\w*|outcomes?|results?|decid\w*|decisions?|agreed|found|"
                     r"findings?|recommend\w*|learn\w*)\b", re.I)
# what was done at the event, asked in the past: "did the panel confirm the new cfo at the february 2018 hearing", "who
# spoke at the march workshop" (not "what's the date for the hearing": the papers announcing it say)
AT_EVENT = re.compile(r"\b(?:did|was|were|had)\b[^?]*?\b(?:at|during)\s+(?:the|that|this|its|their)\s+"
                      r"(?:[\w'’/-]+\s+){0,4}?" + EVENT.pattern, re.I)
# how a question asks across meetings ("each time it came up", "how did what we heard move on"): not words the
# papers must hold
OVER_TIME = re.compile(r"\b(?:each|every|over|any)\s+time\b|\bover\s+the\s+years\b|\bmove[ds]?\s+on\b|"
                       r"\b(?:start|beginning)\s+to\s+(?:finish|end)\b|\b(?:whole|full)\s+story\b|"
                       r"\bcome\s+along\b|\bwhat\s+(?:we|members|councillors)\s+(?:heard|were\s+told)\b|"
                       # "how did the street trading zones thing play out over the two meetings"
                       r"\bpla(?:y|yed|ying|ys)\s+out\b|"
                       # "what did the pcp hear", "what did members hear about ...": what the meeting was told
                       r"\bwhat\s+did\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?hear\b|"
                       # "from the proposal to the final decision": the stages asked across, which the minutes name
                       # their own way ("the proposed changes", "RESOLVED")
                       + STAGES_ASKED, re.I)

# how a question asked across meetings asks how a thing moved between them ("how has staff sickness moved between the
# jan and march meetings", "the june mtg vs september"): each meeting's figure is asked, not these words
# ("changed" stays a term: the papers' "change in the number of ..." and the amended/changed group of the lexicon)
# (and how far it got: "the street trading rules - progress between the jan and march meetings?")
CHANGE_BETWEEN = re.compile(r"\b(?:mov(?:ed|ing)|compar(?:ed?|ing)|vs|versus|progress(?:ed|ing)?)\b", re.I)
ACROSS_ASKED = 0.5  # the plan's confidence in a question across meetings for its words of change to say only that

PERSON_CALLED = re.compile(SOMEONE.form)  # "the guy from it": who, not what the papers must hold
MOTION_NAMED = re.compile(MOTION_NAMES.form, re.I)  # "the names on the motion": who moved it, not what the papers hold
AFFILIATION = re.compile(AFFILIATION_ASKED.form, re.I)  # "what firm were they from": whom, not what the papers hold
MET_AGAIN_SAID = re.compile(MET_AGAIN.form, re.I)  # "when they next get together": the next meeting, no subject

Route = Callable[[Papers, Asked], Answer | None]
ROLE = {role: re.compile(term.form, re.I) for role, term in ITEM_ROLES.items()}


class Answerer(Protocol):
    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer: ...

    def warm(self, audience: Audience) -> int: ...


class ExtractiveAnswerer:
    """Answers composed from the catalogue and retrieved passages, quoting them verbatim.

    Everything it reads goes through the reads that apply the question's audience: the index's searches and
    item nodes, the catalogue's meetings, and the follow-up register.
    """

    def __init__(self, catalogue: Catalogue, index: MinutebookIndex, *, public_url: str | None) -> None:
        self.papers = Papers(catalogue, index, public_url)
        # the last searches, with what each was asked (text, k, filters, plan, store generation): a later part of a
        # question searched with the same words as the whole question is answered from the same hits (:meth:`search`)
        self._searched: OrderedDict[tuple[str, int], tuple[SearchFilters, QueryPlan, str, list[Hit]]] = OrderedDict()

    @property
    def public_url(self) -> str | None:
        return self.papers.public_url

    def warm(self, audience: Audience) -> int:
        """Read the latest meetings' items before the first question (:meth:`Papers.warm`); how many were read."""
        return self.papers.warm(audience)

    def search(self, query: str, k: int, filters: SearchFilters, plan: QueryPlan) -> list[Hit]:
        """:meth:`MinutebookIndex.search`, once for the same text, plan and filters among the last few searches on the
        same store: the later part of a two-part question is searched with the whole question's words (:meth:`ask`).
        The plan is the same object only while the index keeps the question's reading."""
        generation = self.papers.index.generation()
        last = self._searched.get((query, k))  # request threads share the answerer: one read of the entry
        if last is not None and last[0] == filters and last[1] is plan and last[2] == generation:
            return list(last[3])
        hits = self.papers.index.search(query, k=k, filters=filters, plan=plan)
        self._searched[query, k] = (dataclasses.replace(filters), plan, generation, hits)
        while len(self._searched) > SEARCHES_KEPT:
            self._searched.popitem(last=False)
        return list(hits)

    def ask(self, question: str, filters: SearchFilters, *, context: Sequence[str] = (), part: bool = False,
            council: set[str] | None = None, whole: str | None = None, its: bool = False,
            among: list[set[str]] | None = None) -> Asked:
        """Read the question once: its plan, the filters it implies, the search, and its content terms. ``part``: the
        question is a later part of one question (``context`` its first part), whose words are all it asks about;
        the first part only says where to look. ``council``: the meetings of the one council (of several the
        question names) it is asked of. ``whole``: the question a later part comes from, searched in the part's place
        where the part after the first says the same words ("who asked a public question in July, and what was it
        about": the two parts joined are the question less its "and"). ``its``: a later part whose subject is the
        first part's ("..., and when does it start?"), read with the first part's words, not as asked of the
        meeting. ``among``: the meetings of each council or body the question names, where it is asked of ``council``:
        what it asks of the others is not asked of this one (:func:`own_terms`)."""
        papers = self.papers
        papers.refresh()
        # "p&r cttee", "b&h urgency sub": as printed; "hi, ... thx": the question less the greeting and thanks
        question, context = written_out(papers.spelt_joined(unframed(question))), [written_out(c) for c in context]
        plan = papers.index.plan(search_text(question, context) if its else question)
        if council is not None:  # asked of one of the meetings it names: the places only the others' papers print
            plan = dataclasses.replace(plan, places={p for p in plan.places if any(
                p in papers.meeting_words.get(k, ()) for k in council)})
        query = search_text(question, context)
        if whole is not None and stems(whole) == stems(query):
            query = whole  # the same words: one search serves the whole question and its later part
        searched = plan if query == question else papers.index.plan(query)  # each text is planned once
        if council is not None:  # asked of one council of several: the places the others' papers print say where not
            plan, searched = own_places(papers, plan, council), own_places(papers, searched, council)
        # a follow-up that names no meeting of its own ("And who sent apologies?") is about the conversation's
        where = plan if plan.names_meeting else searched
        # the council or place it names ("at Woking", "west bergholt's"): its meetings alone are evidence (not the one
        # whose reply to another is asked: "did thornhallow dc ever get back to the town council", which the town
        # council's papers record)
        own = papers.where(without_replier(question)) if council is None else council
        place = own if own is not None or plan.names_meeting else papers.where(without_replier(query))
        # the committee it names, where it is one of the council named ("argyll bute - the p&r cttee minutes": not
        # another council's Policy & Resources Urgency Sub-Committee)
        if where.committee and place is not None and not any(
                s.key in place for s in papers.meetings(where.committee)):
            same = searched is plan  # each text is planned once
            plan = unnamed(plan)
            searched = plan if same else unnamed(searched)
            where = plan if plan.names_meeting else searched
        if where.committee and not filters.committee:
            filters = dataclasses.replace(filters, committee=where.committee)
        hits = self.search(query, 10, filters, searched)
        if place is not None:
            hits = [h for h in hits if h.node.meeting_key in place]
            if len(hits) < PLACE_HITS:  # its meetings' passages further down the ranking
                hits = [h for h in papers.index.search(query, k=PLACE_SEARCH, filters=filters, plan=searched)
                        if h.node.meeting_key in place][:10]
            if (bare := unplaced(query, papers.named_words(place))) is not None:
                # "the band d precept for harbourne town council": its meetings' passages by what is asked, the
                # name saying only where (service.place_search)
                hits = by_subject(papers.index, bare, place, filters, hits)
        scope = [] if filters.committee else list(dict.fromkeys(c for b in where.bodies for c in b.committees))
        if council is not None:  # asked of one of the meetings it names: the bodies it names that held them
            scope = [c for c in scope if any(s.key in council for s in papers.meetings(c))]
        named = [filters.committee] if filters.committee else []
        named += [c for c in papers.catalogue.committees() if c.lower() in query.lower()]
        # the words naming the council ("welton le marsh"), each one: they say where, not what (as do the other
        # councils' names, where the question is asked of one of several it names)
        councils = place if council is None else council | (papers.where(question) or set())
        naming = papers.named_words(councils) if councils is not None else set()
        # the words naming the council, each one, as named or abbreviated as no paper prints ("notts fire")
        corrections = {**searched.corrections, **plan.corrections}
        placed = [w for w in re.findall(r"[a-z]+", query.lower()) if w in naming or papers.meant_place(w) in naming
                  or corrections.get(w, w).lower() in naming or (  # "welton le marsh annuual meeting"
            len(w) >= 4 and papers.weights.unknown(stems(w)) and any(abbreviates(w, n) for n in naming))
            or (w in papers.initials and papers.weights.unknown(stems(w)))  # "the glos hwb": initials say where
            # "the derby ccg gb": two letters no paper prints, the initials of a body of the council named beside them
            or (councils is not None and w in papers.pairs and bool(papers.pairs[w] & councils)
                and papers.weights.unknown(stems(w)))]
        # (not a person's name in the possessive: "pattison's declaration form" asks of the item naming Pattison)
        drop = set(stems(" ".join([*named, *placed, *(where.scope_words - papers.whose(query, hits)),
                                   *(b.text for b in where.bodies),
                                   *OVER_TIME.findall(query), *plan.date_words, *searched.date_words,
                                   *(CHANGE_BETWEEN.findall(query) if plan.confidence(Intent.TIMELINE) >= ACROSS_ASKED
                                     else []),
                                   *PERSON_CALLED.findall(query), *AFFILIATION.findall(query),
                                   *side_words(query),  # "and which side?": the side asked, not a word printed
                                   *MOTION_NAMED.findall(query),  # "the names on the motion": who moved it
                                   *winner_frame(query), *MET_AGAIN_SAID.findall(query),
                                   *(m.group(0) for m in CHAT_FRAMING.finditer(query)),
                                    *(m.group(0) for m in EVERYDAY_DECIDED.finditer(query)),  # "get the go-ahead"
                                    *(m.group(0) for m in FOLLOW_UP_ASKED.finditer(query)),  # "whose job is it"
                                   *(m.group(0) for m in TAIL_ASKED.finditer(query)),  # "- reception?": the ask
                                   *(m.group(0) for m in CHOSE_NOT.finditer(query)),  # "chose not to": a decision
                                   *FIGURES_AS_NUMBERS.findall(query),  # "q1 numbers?": figures asked
                                   *IN_PUBLIC.findall(query),  # "the ddccg board in public": which meeting
                                   *QUORUM_ASKED.findall(query),  # "enough members for quoracy": a quorum asked
                                   *SITTING_ASKED.findall(query),  # "prior to the december sitting": the meeting
                                   *COUNT_BY_NOUN.findall(query)])))  # "the number of" frames a count
        # a word misspelt for one that says nothing ("minuets", "comittee") or for one dropped above: no more a term
        # than the word meant
        drop |= {t for typed, fixed in corrections.items() if set(stems(fixed)) <= drop for t in stems(typed)}
        terms = {t: w for t, w in stem_map(question if part else query).items()
                 if t not in drop and len(w) > 1}  # a letter alone ("p&r" split) is no subject
        if council is not None and among:
            terms = own_terms(papers, query, terms, council, among)
        asked = Asked(plan.read or question, query, plan, filters, hits, terms, scope=scope,
                      alternatives=alternatives(terms, searched), misspelt=misspelt(terms, searched), where=place,
                      among=among or [])
        # the support test compares the question with the passages found by their words alone: their vectors in one read
        papers.index.node_similarities(asked.text, [h.node.id for h in hits if h.dense is None])
        asked.periods = papers.periods(asked, where)
        then = COMPARED_THEN.search(question) if asked.periods else None
        if then is not None and not MONTH_NAMED.search(question[:then.start()]):
            # "how did the tenders compare with the budget they had in september": the month is the time of what is
            # compared against; the matter's later item is asked too, so no meeting is the question's
            asked.periods = []
        # a work programme's month is read by the dates the programme prints (the facts route), not as words
        printed = [] if PROGRAMME.search(asked.text) else dates_as_words(papers, asked, where)
        if printed:  # a date printed in the papers, not a meeting's: its items first, and no meeting is asked
            asked.printed = printed
            asked.periods = [p for p in asked.periods if p not in printed]
            dated = [h for h in hits if any(prints_date(papers, asked, h, p) for p in printed)]
            asked.hits = dated + [h for h in hits if h not in dated]
        # "were the september minutes changed": the item that approves them first (it prints their date)
        approving = [h for h in asked.hits if prints_minutes_date(papers, asked, h)]
        if approving:
            asked.hits = approving + [h for h in asked.hits if h not in approving]
        asked.hits = header_hits(papers, asked) + asked.hits  # what only a meeting's header says (a summary, "Draft")
        return asked

    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer:
        """The question's answer; a question in two parts ("was the meeting quorate, and were there any public
        questions?") has its later part answered too, as a follow-up of the first, when the first is answered; a
        question asked of several councils ("salford priors in 2019 and welton le marsh in 2024 - did either keep
        its chairman?") is answered for each, from its own meetings."""
        self.papers.refresh()
        question = unframed(question)  # "hi, ... thx": the question less the greeting and thanks around it
        question = self.papers.spelt_joined(question)  # "b&h": "brighton and hove", as the papers name it
        councils = self.papers.where_each(question) if not context else []
        if len(councils) < 2 and not context:  # "the glos hwb (jan 20) or the ddccg gb (jan 22)": bodies, not places
            councils = bodies_each(self.papers, self.papers.index.plan(written_out(question))) or councils
        if len(councils) < 2 and not context and len(own := self.papers.bodies_each(question)) > 1 \
                and len(own) >= len(set(self.ask(question, filters).periods)):
            # "the carms leader decisions mtg (dec 17) and the standards cttee (sept 19)": each of a council's bodies
            # named by its words, as a council named is (a period each more than the bodies named says more:
            # "leader decisions dec 17, standards sept 19, full council sept 23", service.scopes)
            councils = own
        if len(councils) > 1 and compared(self.papers, self.ask(question, filters), councils):
            answers = [self.answer_of(question, filters, c, councils) for c in councils]
            result = next((a for a in answers if a.found), answers[0])
            for more in answers[answers.index(result) + 1:]:
                result = with_part(result, more)
            return result
        question = written_out(question)
        # "the one Mrs Penrose declared on": the item her declaration names, by its title
        question = item_declared_on(question, lambda rest: meetings_asked(self.papers, self.ask(rest, filters),
                                                                          most=5) or [])
        offices = office_parts(question) or particular_parts(question)
        if offices and not context:  # "who's chair and vice": the chairman's election, the vice-chairman's, in order
            # (so "start time and venue": the meeting's opening, then its venue)
            answers = [self.answer_asked(self.ask(q, filters)) for q in [*offices, question]]
            result = next((a for a in answers if a.found), answers[-1])
            for more in answers[answers.index(result) + 1:]:
                result = with_part(result, more)
            return result
        parts = question_parts(question)
        whole = self.ask(question, filters, context=context)
        result = self.answer_asked(whole)
        if not context:
            result = self.each_meeting(whole, filters, result)
        if len(parts) < 2:
            return result
        if not result.found:
            # "was it quorate? was it in person?": the route answering one part (where it was held) cannot speak to
            # the other (a passage noting the quorum), nor one item to two things asked; each part is answered alone,
            # and the question is answered where every part is
            reasoned = result.answer not in LIFTED_BY_PARTS
            return self.each_part(question, parts, filters, context, reasoned=reasoned) or result
        # the first part read alone too, where the answer does not already speak to it: the whole question's best
        # passage may answer only its later part ("was the board quorate, and were there any public questions" met
        # by the public questions item alone)
        if not speaks_to(parts[0], result, whole.plan.scope_words | whole.plan.places):
            result = with_part(result, self.answer_asked(self.ask(parts[0], filters, context=context)))
        for part in parts[1:]:
            if STATUS_OF_IT.search(part) and (status_asked(part) or asks_status(part)):
                # "the churchyard wall; has it been repaired yet?": where the first part's subject stands, which the
                # whole question's answer says (the part alone names nothing to look for)
                result = self.with_status(whole, result, asked_for=True)
                continue
            result = with_part(result, self.later_part(question, parts, part, filters))
        return result

    def later_part(self, question: str, parts: list[str], part: str, filters: SearchFilters, *,
                   particular: bool = False) -> Answer:
        """The answer to a later part of a question in parts, read after its first part. ``particular``: the part
        asks a particular of the meeting ("where did they meet?"), whose "they" is the body, not the first part's
        subject."""
        # "..., and when does it start?": a part whose subject is the first part's ("it") asks about that subject
        # too, not about the meeting's own start
        # (not where the first part asks of the meeting itself: "what time did it kick off and where was it?")
        its = bool(REFERS_BACK.search(part)) and not particular and not any(
            cue_intents(parts[0]).get(i, 0.0) >= PARTICULARS_ASKED for i in MEETING_PARTICULARS)
        return self.answer_asked(self.ask(part, filters, context=[parts[0]], part=not its, whole=question, its=its))

    def each_part(self, question: str, parts: list[str], filters: SearchFilters,
                  context: Sequence[str], *, reasoned: bool = False) -> Answer | None:
        """The answer of a question in parts refused whole, made of each part's own answer: a part may ask a
        particular of the meeting (where it was held, when it began or ended, who chaired) and another of its business
        ("was it quorate? was it in person?"), or each a thing of its own that no one item holds ("enough members for
        quoracy? did the public send in any qs": the quoracy minute, the public questions minute). None where a part is
        refused too (a part the papers do not answer is reason enough to refuse the question), where the parts'
        answers share no meeting (each part's words alone found another's), where a part asks only where the first
        part's subject stands, or (``reasoned``) where the whole was refused for what it asks (a name the papers do not
        print), not for want of an item holding every part, and no part asks a particular of the meeting."""
        asks = [any(cue_intents(p).get(i, 0.0) >= PARTICULARS_ASKED for i in MEETING_PARTICULARS) for p in parts]
        if reasoned and not any(asks):
            return None  # refused whole for what it asks ("whats his name": the papers name no one), not for want of
            # one item holding every part
        if any(STATUS_OF_IT.search(p) and (status_asked(p) or asks_status(p)) for p in parts[1:]):
            return None
        answers = [self.answer_asked(self.ask(parts[0], filters, context=context))]
        if not answers[0].found:
            return None
        for part, particular in zip(parts[1:], asks[1:], strict=True):
            answers.append(self.later_part(question, parts, part, filters, particular=particular))
            if not answers[-1].found:
                return None
        if not parts_linked(answers):  # (a later meeting putting right what an earlier one was told is linked)
            return None
        result = answers[0]
        for more in answers[1:]:
            result = with_part(result, more)
        return result

    def answer_of(self, question: str, filters: SearchFilters, council: set[str], among: list[set[str]]) -> Answer:
        """The question's answer from the meetings of one of the councils or bodies it names; a question in parts
        that asks each of its own ("what did the leader give out from the welsh church fund in dec 2017, and what did
        the standards cttee decide on code compliance in sept 2019"), refused whole by a body, is answered by the
        part that body's meetings answer. ``among``: each council's or body's meetings the question names."""
        answer = self.answer_asked(self.ask(question, filters, council=council, among=among))
        parts = question_parts(written_out(question))
        if answer.found or len(parts) < 2:
            return answer
        return next((more for part in parts
                     if (more := self.answer_asked(self.ask(part, filters, council=council))).found), answer)

    def each_meeting(self, asked: Asked, filters: SearchFilters, result: Answer) -> Answer:
        """``result`` for a question asking the same thing of several meetings it names (:func:`scopes_each`): each
        that the answer does not cite is asked on its own and its answer added; a question refused whole is
        answered where every meeting it names answers it (one that does not is reason enough to refuse)."""
        scopes = scopes_each(self.papers, asked)
        missing = [s for s in scopes if not cites_scope(self.papers, result, s)]
        if not missing or (result.found and len(missing) == len(scopes)):
            return result
        answers = [self.answer_asked(self.ask(asked.question, filters, council=s, among=scopes)) for s in missing]
        if not result.found:
            if not all(a.found for a in answers):
                return result
            result, answers = answers[0], answers[1:]
        for more in answers:
            result = with_part(result, more)
        return result

    def with_status(self, asked: Asked, result: Answer, *, asked_for: bool = False) -> Answer:
        """``result`` with where the follow-up it answers stands, where the question asks it (``asked_for``: a part of
        it asks only that) and the answer's words or the register say it."""
        if not result.found:
            return result
        # "the school closure got called in - what did cabinet do after": the later minute taking it up, quoted, says
        # it was dealt with
        result = with_taken_up(self.papers, asked, result)
        followup = asked_for or asks_status(asked.question) or status_asked(asked.question) \
            or asked.plan.confidence(Intent.FOLLOWUP) >= FOLLOWUP_ASKED
        if result.status is None and followup:
            # "was the cctv ever put up", "the bus shelter that got smashed, is it fixed": a later meeting's matters
            # arising, naming the minute quoted, says where it stands (the latest word, before the minute's own)
            result = with_later_entry(self.papers, asked, result)
        if result.status is None and (asked_for or asks_status(asked.question) or WHEN_AHEAD.search(asked.question)):
            # "did the clerk ever send the thank-you letter" answered from the minute that asked for it: the
            # register's status for the action quoted (and "when is the public meeting on the plan", answered from the
            # action to arrange it: the later word fixing its day)
            result = with_quoted_status(self.papers, asked, result)
        if result.status is None and followup:
            # "has the order for the play equipment gone in" answered from the decision to accept the quote: the row
            # the body's action log keeps on it ("Place order with Playscape Southern | ... | Open")
            result = with_logged_row(self.papers, asked, result)
        if result.status is None and followup:
            # "lea park tree works - have we got quotes in" answered from the item, not its action line ("Action: Clerk
            # to obtain quotes for agreed works"): that action, and the register's status for it
            result = with_item_action(self.papers, asked, result)
        if result.status is None and followup:
            # "has the defib been checked" answered from words the register holds no action for: the status those
            # words state ("now been checked")
            result = with_said_status(self.papers, asked, result)
        if followup and result.status in (None, ActionStatus.OUTSTANDING, ActionStatus.OVERDUE) \
                and asked.plan.confidence(Intent.TIMELINE) < ACROSS_ASKED:
            # a matter put off, asked after without saying so ("did members actually do the site visit"), answered
            # still open from the minute putting it off and no later word on it: the later minute taking it up, where
            # one is among the best hits on the subject ("(Deferred from the meeting on 20 January.)"), is its latest
            # (not for a question asked across the meetings, "start to finish": its answer tells each meeting's word)
            later = put_off_taken_up(self.papers, asked)
            result = later if later is not None and later.status is not None else result
        if result.status is not None:
            # a matters-arising point quoted for where it stands, to its end: "... so the results were not yet
            # available." goes on "The Waste and Fleet Manager would now report them to the January meeting."
            result = with_whole_point(self.papers, asked, result)
            # a log's row saying where it was done ("Complete - minute 38/27"): what that minute says of it
            result = with_item_pointed_to(self.papers, asked, result)
            # a later log's row the latest word: what that meeting's other items say of it ("carried forward to the
            # January 2028 meeting" under its work programme)
            result = with_said_beside(self.papers, asked, result)
        return result

    def answer_asked(self, asked: Asked) -> Answer:
        """Route a question read by :meth:`ask`: the routes its intents make likely, in order of the intent's
        confidence with what the best hits are (an attendance record, a declarations minute, a resolution);
        the first route with an answer gives it, and the quoted sentences answer anything else."""
        # a body named as the minutes asked about ("the community services committee minutes") is the subject
        # the council itself, named by the words of its own name ("the fenmere drainage board": the papers of Fenmere
        # Internal Drainage Board, whose committee is the "Annual Meeting of the Board"), is no unknown body
        # ("the drainage board", naming no place: a council whose own name holds those words)
        keys = asked.where if asked.where is not None else {s.key for s in self.papers.meetings()}
        councils = {frozenset(self.papers.named_words({k})) for k in keys}
        # (nor a body asked what it made of what was sent to it, which the minutes found speak of: "did amberleigh
        # cabinet go for the scrutiny panel's recs", whose minutes report "Cabinet's response to the Panel's
        # recommendations")
        sent = bool(TAKEN_UP.search(asked.question))
        unknown = [b for b in asked.plan.unknown_bodies if not minutes_of(b.text, asked.question)
                   and not named_as_subject(self.papers, asked, b)
                   and not sent_to(asked.question, b.text)
                   and not any(set(re.findall(r"[a-z]+", b.text.lower())) <= c for c in councils)
                   and not held_loosely(self.papers, b.text, keys)
                   and not (sent and kind_spoken_of(self.papers, asked, b.kind))]
        if unknown and not asked.filters.committee:
            held = ", ".join(self.papers.catalogue.committees())
            return not_found(f"The papers hold no meetings of the {unknown[0].text.title()}; they hold meetings of: "
                             f"{held}.")
        # a committee named as a part of a body the papers hold ("the fire authority's audit and risk committee"),
        # by words no committee of the papers is named by: the body's own meetings are not it (not a committee its
        # minutes speak of: "the authority's pension board minutes", "what did the authority say of its pension board")
        parts = [b for b in asked.plan.bodies if not b.strong and b.kind in COMMITTEE_KINDS
                 and not minutes_of(b.text, asked.question) and not named_as_subject(self.papers, asked, b)]
        if parts and asked.filters.committee == asked.plan.committee \
                and (part := part_not_held(self.papers, asked, parts)):
            return not_found(part)
        if stranger := stranger_body(self.papers, asked):  # "the gwent police and crime panel": Dyfed-Powys's is not it
            return not_found(stranger)
        if unheld_council := council_unheld(self.papers, asked):  # "cookstown district council": Magherafelt's is
            return not_found(unheld_council)  # not it
        if named_only := council_named_only(self.papers, asked):  # "what did shropshire council decide": named in
            return not_found(named_only)  # passing (a consortium chairman's seat), no meetings of it held
        if whole := full_meeting_unheld(self.papers, asked):  # "did auchenbrae's full council sign it off": its
            return not_found(whole)  # papers are a committee's, which referred the matter up
        if not asked.filters.committee or asked.filters.committee == asked.plan.committee:
            # "kettlewick's finance committee": another council's finance committee is not it
            # (asked of one of several councils it names: not a body of another of them)
            theirs = [b for b in asked.plan.bodies if not minutes_of(b.text, asked.question)
                      and not sent_to(asked.question, b.text) and not of_another_named(self.papers, asked, b)]
            if foreign := body_not_held(self.papers, asked, theirs) or place_not_held(self.papers, asked, theirs) \
                    or committee_not_held(self.papers, asked, theirs):
                return not_found(foreign)
        if asked.where is not None:
            # "Surrey County Council's cabinet": the place named holds no meeting of a body of that kind (its police
            # and crime panel is not its cabinet)
            bodies = {s.committee.lower() for s in self.papers.in_where(asked, self.papers.meetings())}
            kinds = [*kinds_owned(asked.question),  # "holmbridge cabinet": a kind after the place's name
                     *(m.group(2) for m in PLACE_THEN_KIND.finditer(asked.question) if m.group(1).lower() in
                       self.papers.places),
                     *(next(g for g in m.groups() if g) for m in CABINET_ACTED.finditer(asked.question))]
            # (not a body its minutes speak of: "did northwold cabinet take up the panel's recommendation", whose
            # minutes recommend "TO CABINET")
            # (asked what it made of a recommendation sent to it: "... take up the scrutiny panel's recommendation")
            missing = next((k.lower() for k in kinds if not any(kind_named(k.lower(), c) for c in bodies)
                            and not (sent and kind_spoken_of(self.papers, asked, k.lower()))), None)
            if bodies and missing is not None:
                return not_found(f"The papers hold no meetings of a {missing} of the council named.")
        # (a body named as the minutes asked about is not the meeting: "what happened to the p&r minutes in jan 16")
        subjects = [b for b in asked.plan.bodies if named_as_subject(self.papers, asked, b)]
        named = {c for b in asked.plan.bodies if b.strong and not minutes_of(b.text, asked.question)
                 and b not in subjects for c in b.committees}
        if named and asked.periods and asked.plan.confidence(Intent.NEXT_MEETING) < 0.5 \
                and not PROGRAMME.search(asked.question) and not of_then(asked) and not asked.plan.relative_years:
            # ("the underspend from last yr": "last year" says which year's thing, not which meeting)
            # a work programme says what was planned for a month; a figure of a year may be reported after it
            f = asked.filters
            in_range = self.papers.meetings(f.committee, f.date_from, f.date_to)
            of_body = [m for m in in_range if m.committee in named]
            # a body named beside its council ("the notts & city fire policy cttee on 24/7/15") whose committees of
            # that name are all another council's: the council's own body by those words, met that day, is meant
            # ("... - Policy and Strategy"), not the other council's
            placed = [m for m in self.papers.in_where(asked, in_range) if in_periods(m.date.isoformat(), asked.periods)]
            others_only = asked.where is not None and bool(placed) and not self.papers.in_where(asked, of_body)
            if not others_only and not any(in_periods(m.date.isoformat(), asked.periods) for m in of_body):
                # "What did Carmarthenshire's planning committee decide in September 2023?"
                body = next(b.text for b in asked.plan.bodies if b.strong and b not in subjects)
                listed = f"; they hold its meetings of {held_list(of_body)}" if of_body else ""
                return not_found(f"No meeting of the {body} on that date is in the papers{listed}.")
        if unheld := unheld_meeting(self.papers, asked):  # "kettlewick planning & highways march 2025 - ..."
            return not_found(unheld)
        # a date printed in the papers, not a meeting's, is the event's when its outcome is asked for
        dated = asked.periods or (asked.printed if OUTCOME.search(asked.question) or AT_EVENT.search(asked.question)
                                  else [])
        if dated and EVENT.search(asked.question) and not AHEAD.search(asked.question):
            # "what came out of the January 2024 workshop": papers from before it can only say it was to be held
            start = min(a for a, _ in dated)
            asked.hits = [h for h in asked.hits if h.node.meeting_date >= start]
        latest_first(self.papers, asked)  # "who got the contract in the end": the latest meeting's item on it
        refused: Answer | None = None  # the likeliest route's refusal
        passed: Answer | None = None  # a route's refusal for a sum its quotes do not print
        unchosen: Answer | None = None  # a decision route's refusal for a choice its quotes do not make
        outside = outside_office(asked)
        for route in routes(asked):
            result = route(self.papers, asked)
            if result is None:
                continue
            reason = unmet(self.papers, asked, result, route.__name__)
            if reason is not None and refused is None and route is not facts and sum_unquoted(asked, result):
                # "what precept is the parish looking at": the resolution noting the draft budget prints no sum; the
                # item's report, which the quoted sentences give, may
                passed = passed or not_found(reason)
                continue
            if passed is not None and not result.found:
                return passed  # the sum asked is nowhere: the first route's word for it
            if reason == NOT_CHOSEN and refused is None and route.__name__ in DECISION_ROUTES:
                # "old forge yard - the speaker, for or against?": the decision on the application says neither side;
                # the quoted sentences on who spoke may (the facts route, whose quotes the same check reads)
                unchosen = unchosen or not_found(reason)
                continue
            if reason is None and (refused is None or (result.found and prints_office_of(result, outside))):
                # "did they chuck the press out, and for which item": the item the exclusion names by its number
                # "on what grounds were the press excluded": the statute and paragraph printed with the exclusion
                found = with_exclusion_grounds(self.papers, asked, with_item_excluded_for(self.papers, asked, result))
                # "who put him forward": the line naming the decision's mover, beside the decision quoted
                # "did any councillor own land there": the member whose declaration is quoted, where no quote names them
                found = with_declarer(self.papers, asked, found)
                # "band d amount?": what the sum is for, said next ("this would fund ..."); "and why": the reason
                found = with_sequel(self.papers, asked, found)
                found = minuted_mover(self.papers, asked, found)  # the minute's mover, not the agenda's to come
                found = with_mover(self.papers, asked, found)
                # "apologies ... from Cllr BJ": whom the minutes' key of initials says BJ is
                return self.with_status(asked, with_initials_named(self.papers, asked, found))
            refused = passed or refused or unchosen or (not_found(reason) if reason is not None else result)
            if not outside or reason is None:
                return refused if refused.found else with_exclusion_grounds(self.papers, asked, refused)
            # an outside body's officer ("who's the clerk to the railway committee"): the attendance record names
            # none; the item on the body may ("The clerk to the committee is Mr Robert Robinson")
        last = refused or passed or unchosen or not_found()
        return last if last.found else with_exclusion_grounds(self.papers, asked, last)


# a whole question's refusals that its parts, answered alone, may lift: no one item holds every part, or the figure
# one part asks is not where the other part's words are ("how many kids at the school and what does it cost per pupil")
LIFTED_BY_PARTS = (NOT_FOUND, f"{NOT_FOUND} {NO_FIGURE}")


def search_text(question: str, context: Sequence[str]) -> str:
    """The text a question is searched with: after the conversation's last question, when there is one."""
    return " ".join([*context[-1:], question])


ROUTES: dict[Intent, Route] = {
    Intent.NEXT_MEETING: next_meeting,
    Intent.VENUE: venue,
    Intent.CLOSING: closing_time,
    Intent.START: start_time,
    Intent.CONTACT: contact,
    Intent.DECLARATION: declarations,
    Intent.ATTENDANCE: attendance,
    Intent.FOLLOWUP: followups,
    Intent.TIMELINE: timeline,
    Intent.RESOLUTION: resolved,
}


PLACE_HITS = 5  # fewer hits than this in the place named: search further down


PLACE_SEARCH = 60  # how far down
DECISION_ROUTES = ("resolved", "resolved_on_point")  # the routes quoting a meeting's decisions


# what a question asks of a meeting itself: its time, place, attendance, contact or next date
MEETING_PARTICULARS = (Intent.START, Intent.CLOSING, Intent.VENUE, Intent.ATTENDANCE, Intent.CONTACT,
                       Intent.NEXT_MEETING)


PARTICULARS_ASKED = 0.5  # a cue's confidence that the first part asks one of them


SEARCHES_KEPT = 4  # the searches an answerer remembers: a question's whole, its parts and its places


# asked of a meeting's records alone (a declarations item's words may say what its record does not: "Members were
# reminded of their responsibility to declare ...")
RECORDS = {Intent.NEXT_MEETING, Intent.VENUE, Intent.START}


RECORDS_SURE = 0.8  # the intent's confidence for a records question to be answered from the records alone


TRY = 0.45  # least confidence (the question's cue with the hits' evidence) for a route to be tried


EVIDENCE = 0.15  # what a best hit of the route's own kind adds to its intent's confidence


def nothing_on_record(papers: Papers, asked: Asked) -> Answer:
    """The last route of a records question whose meeting's records do not say."""
    return not_found("The papers do not record that for the meeting asked about.")


# how a question is framed around what it asks ("I need the number of ...", "quick one:", "any idea", "do you know"):
# its words are no subject (minutebook.vocabulary.CHAT_FRAME)
CHAT_FRAMING = re.compile(CHAT_FRAME.form, re.I)


IN_PUBLIC = re.compile(MEETING_IN_PUBLIC.form, re.I)  # "the board in public": the meeting, no subject


SITTING_ASKED = re.compile(SITTING_NAMED.form, re.I)  # "the december sitting": which meeting, not what of it
QUORUM_ASKED = re.compile(QUORUM_ENOUGH.form, re.I)  # "enough members for quoracy": "enough" asks a quorum


# what is asked of a matter, typed after a dash at the end ("- outcome?", "- next step agreed?"), and a decision not
# to act asked by its verb ("chose not to call in"): what is asked, not what the papers must hold
TAIL_ASKED = re.compile(ASKED_AFTER_DASH.form, re.I)
CHOSE_NOT = re.compile(CHOSE_NOT_TO.form, re.I)
FIGURES_AS_NUMBERS = re.compile(NUMBERS_ASKED.form, re.I)


# a decision asked in everyday words ("did it get the go-ahead", "what did they settle on"): that a decision is asked,
# which the routes read from the plan, not what it is on
EVERYDAY_DECIDED = re.compile(rf"\b(?:{DECIDED_EVERYDAY.form})|{DECIDED_UNSAID.form}|{OUTCOME_EVERYDAY.form}", re.I)


def routes(asked: Asked) -> list[Route]:
    """The routes to try for a question, most likely first; the fact route last."""
    plan = asked.plan
    scores = dict(plan.intents)
    for h in asked.hits[:3]:
        kind, title = h.node.kind, h.node.citation.item_title
        evidence = (
            (Intent.ATTENDANCE, kind == NodeKind.ATTENDANCE or ROLE["apologies"].search(title)),
            (Intent.DECLARATION, kind == NodeKind.DECLARATION or ROLE["declarations"].search(title)),
            (Intent.NEXT_MEETING, bool(ROLE["next_meeting"].search(title))),
            (Intent.RESOLUTION, kind == NodeKind.RESOLUTION),
            (Intent.TIMELINE, kind == NodeKind.RESOLUTION),  # a timeline says what was decided each time
        )
        for intent, matches in evidence:
            if matches and intent in scores:
                scores[intent] = scores[intent] + EVIDENCE
    if Intent.RESOLUTION in scores and asks_quantity(asked.question) and "how many" not in asked.question.lower():
        # "the number of planning applications decided in 2026/27": a count the item reports, not a decision (as "how
        # many did they decide" already is, by its own reading)
        del scores[Intent.RESOLUTION]
    if Intent.ATTENDANCE in scores and QUORUM_ASKED.search(written_out(asked.question)):
        # "were there enough members present for it to be valid": a quorum asked, which the minute saying the meeting
        # was quorate answers, not the list of who was present
        del scores[Intent.ATTENDANCE]
    if Intent.NEXT_MEETING in scores and Intent.VENUE in scores:
        scores[Intent.NEXT_MEETING] += 0.01  # "the meeting following 27 Sept - date and venue?": the next one's place
    if Intent.FOLLOWUP in scores and Intent.RESOLUTION in scores and not asks_status(asked.question):
        scores[Intent.FOLLOWUP] -= 0.2  # "what did we ask for": the resolution, not its progress
    ranked = sorted((i for i, c in scores.items() if c >= TRY), key=lambda i: -scores[i])
    out = [ROUTES[i] for i in ranked]
    if (STATUS_WORDS.search(asked.question) or status_asked(asked.question)) and not TAKEN_UP.search(asked.question):
        # "where are we on the 111 online rollout", "did the theatres agency spend report come to board": the row of
        # a body's action log on it, where one holds the subject, before what the other words look like (not what
        # became of a recommendation sent to another body: what was recommended, then the tracker's row on it)
        out.insert(0, logged_row)
    if asks_held_over(asked):  # "the ropeworks flats got put off in march - what happened to it": the later minute
        out.insert(0, held_over)
    if asks_standing(asked.question):  # "are the 13 jan minutes confirmed yet or still draft": the minutes' own
        out.insert(0, minutes_standing)
    elif asks_taken_up(asked):  # "were the dec 2017 minutes signed off as they were": the later meeting's item on them
        out.insert(0, minutes_taken_up)
    if asks_business(asked):  # "what was agreed last time": the meeting's business as a whole, no topic of it
        out.insert(0, business)
    if asks_meetings_held(asked):  # "when did each of the council's meetings take place": their dates
        out.insert(0, meetings_held)
    if ranked and ranked[0] in RECORDS and scores[ranked[0]] >= RECORDS_SURE and not set(asked.terms) - RECORDS_STEMS:
        # "when is Woking's next meeting?" asks for a record and nothing else: where the papers keep none, any
        # other passage of that meeting answers something not asked
        return [*out, nothing_on_record]
    if resolved not in out and any(h.node.kind == NodeKind.RESOLUTION for h in asked.hits[:2]):
        out.append(resolved_on_point)  # "who did the commission say the measures would be shared with"
    out.append(facts)
    return out
