"""Answers to anything else: the sentences of the best items that best support the question, read the way the
clerk wrote them (a lead-in with its list, a table row with its table, a heading with what it heads)."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.fusion import Hit
from index.nodes import IndexNode, NodeKind
from index.query import ITEM_ITSELF, Intent, in_periods
from minutebook.vocabulary import (
    BAND_D_NAMED,
    EACH_ASKED,
    EACH_SAID,
    HAPPENED_AT_BODY,
    HONORIFICS,
    HOW_IT_WENT,
    MOTION_ACTS,
    SUBJECT_ASKED,
    SUBJECT_SAID,
    TOOK_PART_ASKED,
    TOOK_PART_SAID,
    UPDATED_SAID,
    alternation,
)
from service.annexes import annexed
from service.asked_beyond import asks_beyond, goes_on_from_known, says_only_known, set_aside
from service.drafting import Draft, label, not_found
from service.evidence import (
    Line,
    asks_duration,
    asks_money,
    asks_quantity,
    has_duration,
    has_money,
    has_quantity,
    records_decision,
    stems,
    whether_decided,
)
from service.papers import Asked, Papers
from service.parts_quoted import parts_unquoted
from service.pending import asks_outcome
from service.post_holders import holders_named
from service.reading import Candidate, Segment, dated_block_end, dated_heading, looks_header, prints_day
from service.schemas import Answer
from service.set_out_above import CHANGES
from service.sub_items import sub_item_hits, sub_items_said
from service.sums_and_awards import AWARD, WINNER_ASKED
from service.votes import VOTE_LINES_MOST, records_vote, vote_asked
from service.who_where import OFFICE_ASKED

# a question asked whole, by its question word ("when does the consultation run", "and how much will it cost"), not a
# fragment going on from the one before ("and in 2023?")
OWN_QUESTION = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|which|who|whom|whose|how|why|when|where)\b", re.I)
SENTENCE_SUPPORT = 0.30  # least score of the best sentence (cosine and term coverage, averaged)
TITLE_SHARE = 0.8  # a sentence's coverage read with its item's title counts this much of its own
KEEP_RATIO = 0.80  # further sentences kept when they score this share of the best one
# the price of one of several asked ("cost per plough?", "how much each"), and how minutes price one ("£14,500 each")
# (not the Band D charge "per household": a Band D figure is the tax on one dwelling, priced so in itself)
EACH_PRICE_ASKED = re.compile(rf"^(?!.*(?:{BAND_D_NAMED.form})).*?(?:{EACH_ASKED.form})", re.I | re.S)
EACH_OF = re.compile(r"\bhow\s+much\b|\bcost\w*|\bprice\w*", re.I)  # a price asked of each, not a count of each
EACH_PRICED = re.compile(EACH_SAID.form, re.I)
BEYOND_KEEP_RATIO = 0.70  # ... and of the best one's item, where the question asks beyond what it names ("who else")
FIGURE_SUPPORT = 0.5  # a figure's sentence (with its title and lead-in) must carry this much of the question
MAX_CANDIDATES = 160  # sentences compared with the question by embedding, per answer
TABLE_ROWS = 8  # a table of up to this many rows is quoted whole; a longer one by its header and the rows asked
# a lead-in that gives amendments, corrections, conditions or matters "as follows": its list is one record (minutes
# "approved with amendments to the following:-"), unlike "Members raised the following issues:", each a point apart
THE_FOLLOWING = re.compile(r"\b(?:amend\w*|correct\w*|chang\w*|conditions?|matters)\b[^.]{0,60}?"
                           r"\b(?:the\s+following|as\s+follows)\b[^.]{0,40}[:\-–]+\s*$", re.I)
SHORT_LIST = 5  # a list of up to this many entries that a lead-in calls "the following" is quoted whole
PLAIN_LEAD = 160  # a lead-in this short is said with the one entry a timeline line quotes
# "when", and "what's the deadline for public questions": a date answers it
WHEN_ASKED = re.compile(r"^\s*(?:and\s+|so\s+)?when\b(?!['’]s\s+the\s+next)|\bwhat\s+date\b|"
                        r"\bwhich\s+(?:year|month)\b|"
                        r"\bwhat(?:['’]?s|\s+is|\s+was)\s+the\s+(?:deadline|closing\s+date|cut[- ]?off(?:\s+date)?)\b|"
                        # a later part asking when of the first part's subject, read with it ("what will the fare cap
                        # be, and when does it start"), not "what happened when the council met"
                        r"\bwhen\s+(?:does|do|did|will|would|is|are|was|were)\s+(?:it|they|that|this)\s+"
                        r"(?:start|begin|run|end|finish|open|close|come\s+in|take\s+effect|happen|go\s+live)",
                        re.I)
DATED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b|"
                   r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                   r"\b(?:in|during|since|from|by|until)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b", re.I)
# "where is the first 19-25 provision": a sentence that places it answers it ("was based in the Broom Valley area")
WHERE_ASKED = re.compile(r"^\s*(?:and\s+|so\s+)?where\b", re.I)
PLACED = re.compile(r"\b(?:based|located|situated|sited|housed|hosted)\s+(?:in|at|within)\b|"
                    r"\b(?:in|at)\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:area|ward|estate|building|centre|site)\b")
# "who chairs the railway committee", "which councillors ...": a sentence that names a person (or an officer by
# title) answers it ("Councillor Mansel Williams is the chairman of the committee"), more than one that restates the
# subject; "which other councils backed it": one that names councils ("Telford and Wrekin Council have
# participated"); "on what grounds", "why": one that gives a reason ("in view of ... exempt information as defined
# in paragraph 3"). Names as minutes print them: a title or "Councillor" before a capitalised name.
WHO_ASKED = re.compile(r"^\s*(?:and\s+|so\s+)?who\b(?!['’]s\s+the\s+next)|"
                       r"\bwhich\s+(?:\w+\s+)?(?:councillors|cllrs|members|officers|people|person|players|residents)\b",
                       re.I)
PERSON = re.compile(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Sir|Dame|Rev(?:d|erend)?)\.?\s+"
                    r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+|"
                    r"\b(?:Director|Manager|Officer|Head|Leader|Chair(?:man|woman|person)?|Mayor|Provost|Clerk|"
                    r"Chief\s+Executive|Cabinet\s+Member|Minister|Secretary|Inspector|Commissioner)\b")
# a member asked for by name: "backed by which cllr", "which councillor moved it", "which member seconded" (the
# minutes name the member: "Councillor Forster seconded"; an agenda's "the Deputy Mayor will second" names an office)
MEMBER_ASKED = re.compile(r"\bwhich\s+(?:\w+\s+)?(?:councillor|cllr|member)\b", re.I)
MEMBER = re.compile(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z](?:\.\s*|\s+))*[A-Z][\w'’-]+")
# "who seconded ...", "who moved ...", "who proposed ...": the act asked of someone; after what the question sets out
# ("the agenda said the deputy mayor would second it, who actually seconded it?")
WHO_DID = re.compile(rf"^(?:[^?]*?\s[-–—:]\s+)?(?P<premise>[^?,]*?,\s+)?\s*(?:and\s+|so\s+)?who\s+"
                     rf"(?:actually\s+|really\s+|in\s+fact\s+|in\s+the\s+end\s+|eventually\s+|finally\s+)?"
                     rf"(?P<act>{MOTION_ACTS.form})\b", re.I)
BODIES_ASKED = re.compile(r"\bwhich\s+(?:\w+\s+)?(?:councils|authorities|bodies|organisations|organizations|"
                          r"partners|agencies)\b", re.I)
BODY = re.compile(r"\b(?:[A-Z][\w'’-]+,?\s+(?:and\s+|&\s+)?){1,6}(?:(?i:community|town|parish|city|county|"
                  r"borough|district)\s+)?(?:(?i:councils?)|Authority|Authorities|Board|Trust|Partnership|Agency|"
                  r"Association|Group|Forum|"
                  # a firm, as contract awards print it ("Greenway Surfaces Ltd", "Brodie and Lamont Construction Ltd")
                  r"Ltd|Limited|(?i:plc)|LLP|Contractors|Construction)(?:\b|(?<=\.))")
PERSON_OR_BODY = re.compile(f"{PERSON.pattern}|{BODY.pattern}")
TOOK_PART = re.compile(TOOK_PART_ASKED.form, re.I)
TAKING_PART = re.compile(TOOK_PART_SAID.form, re.I)
WHY_ASKED = re.compile(r"^\s*(?:and\s+|so\s+)?why\b|\b(?:on|under)\s+what\s+(?:grounds?|basis)\b|"
                       r"\bfor\s+what\s+reasons?\b|\bwhat\s+(?:was|were|is|are)\s+the\s+(?:reasons?|grounds?)\b",
                       re.I)
REASON = re.compile(r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+view\s+of|on\s+the\s+grounds?|"
                    r"by\s+(?:reason|virtue)\s+of|exempt\s+information|paragraphs?\s+\d+|reasons?\s+(?:for|being))\b",
                    re.I)
# "a resident spoke - what about?": the sentence saying what it was about ("... in regard to Uncle Kam's ...")
ABOUT_ASKED = re.compile(SUBJECT_ASKED.form, re.I)
SUBJECT = re.compile(SUBJECT_SAID.form, re.I)
_NOT_NOUN = r"(?!(?:was|is|has|does|this|its)\b)"
# "which local rugby players", "which gps": several of a kind asked for (and asked for as a list: "list the church fund
# awards", "list all the grants")
SEVERAL_ASKED = re.compile(rf"\bwhich\s+(?:{_NOT_NOUN}[a-z]+\s+){{0,2}}?{_NOT_NOUN}[a-z]+[^s\W]s\b|"
                           rf"\blist\s+(?:out\s+)?(?:all\s+|any\s+|every\s+)?(?:of\s+)?(?:the\s+)?"
                           rf"(?:[\w'’&-]+\s+){{0,3}}?[a-z]+[^s\W]s\b", re.I)
SEVERAL_MOST = 6  # the sentences (a list's entries, most often) kept for "which X-s", each scoring near the best
ASK_CLAUSE = re.compile(r",|;|\band\b|\?")  # a question's parts
# where a question's next question starts (", and how many ...", "; who ..."): not "children and young people"
QUESTION_PART = re.compile(r"(?:,\s*|\s+)and\s+(?=(?:did|was|were|is|are|has|have|how|what|who|which|when|where|why)\b)"
                           r"|[?;]\s*|,\s*(?=(?:did|was|were|how|what|who|which|when|where|why)\b)", re.I)
ASKS = re.compile(r"\b(?:who|whom|which|what|when|where|why|how|did|was|were|is|are|has|have)\b", re.I)
SPEAKER_ASKED = re.compile(r"\bwhat\s+(?:else\s+)?did\s+(?:the\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
                           r"(?:tell|say|advise|explain|reply|answer|respond|add)\b", re.I)
# what came of a matter, asked in everyday words ("what happened with the quarry extension", "what happened to the call
# in", "what happened at planning"): where an item decided on it, its decision is what came of it (not "what's
# happening with", how it stands)
CAME_OF = re.compile(r"\bwhat\s+happen(?:ed|d)\s+(?:to|with)\b|" + HAPPENED_AT_BODY.form, re.I)
# a motion put to the meeting, which a vote decides: "Proposed by Councillor Boyce, seconded by Alderman Kinkead, that
# the application be approved", "It was moved by Dr Lund ... that the application be refused"
MOVED = re.compile(rf"\b(?:{MOTION_ACTS.form})\b[^.;]{{0,200}}?\bthat\b", re.I)
_TITLE_BEFORE = re.compile(rf"^(?:{HONORIFICS.form})\.?\s+", re.I)  # "Cllr" before a speaker's name
SPEAKER_SHARE = 0.3  # the share of a sentence's coverage that the speaker's saying it (or a place, for where) holds
SPOKE = r"(?:advised|said|stated|explained|confirmed|replied|responded|told|added|informed|reported|assured)"
# a question put at the meeting, minuted as asked ("Members asked about ...", "The Chair queried whether ...")
PUT_QUESTION = re.compile(r"\b(?:asked|queried|enquired|questioned|sought\s+clarification|raised\s+concerns?)\b",
                          re.I)
REPLIED = re.compile(rf"^\s*in\s+response\b|\b{SPOKE}\b", re.I)  # the reply: "In response, ...", "The officer advised"
REPLY_WITHIN = 100  # the reply's verb comes within this many characters of its start ("The Service Manager advised")
MEETING_WORD = re.compile(r"\bmeetings?\b", re.I)  # "at the July meeting", "which of the meetings in spring 2021"
# a year said as a meeting's minutes say it, of the meeting's own ("june 2023 - how much was last year's underspend",
# "what's the target for next year"): a period the question names beside it is the meeting's
YEAR_OF_MEETING = re.compile(r"\b(?:last|this|next)\s+year\b", re.I)
# a committee's work programme or forward plan: a list, printed ahead, of what its later meetings will take up
PROGRAMME = re.compile(r"\b(?:work\s+programme|forward\s+plan|work\s+plan)\b", re.I)
SAID = re.compile(r"\b(?:say|said|told|tell|discuss\w*|conclu\w*|ask(?:ed)?|raised?|question\w*)\b", re.I)


def facts(papers: Papers, asked: Asked) -> Answer:
    hits = asked.hits
    if asked.periods and (MEETING_WORD.search(asked.text) or asked.plan.bodies or YEAR_OF_MEETING.search(asked.text)) \
            and papers.held(asked.periods):
        # "at the July 2020 meeting": the answer is in that meeting's papers or nowhere; so too "june 2024 - how many
        # visits last year", a year said as that meeting's minutes say it
        held = papers.meetings_in(asked)
        if SAID.search(asked.text) and held and not any(s.has_minutes for s in held):
            return not_found("The papers hold only the agenda of that meeting, not its minutes.")
        if asked.plan.confidence(Intent.FOLLOWUP) >= 0.5:  # "the update we asked for in March 2020": since then
            since = min(a for a, _ in asked.periods)
            hits = [h for h in hits if h.node.meeting_date >= since]
        elif of_then(asked):
            # "how many died by suicide in 2018, according to the hwb": the year is the figure's, reported then or at
            # a later meeting (the board's July 2019 plan), not the meeting's
            since = min(a for a, _ in asked.periods)
            hits = [h for h in hits if h.node.meeting_date >= since]
        elif not held and PROGRAMME.search(asked.text):
            # "what's on the work programme for December 2020": no meeting of then is in the papers, but a programme
            # printed before it says what was planned for it (read by the dates it prints, below)
            hits = [h for h in hits if h.node.meeting_date <= max(b for _, b in asked.periods)]
        else:
            hits = [h for h in hits if in_periods(h.node.meeting_date.isoformat(), asked.periods)]
    supported = [h for h in hits[:4] if papers.supports(asked, h)]
    if not supported or (supported[0] not in hits[:3] and not outranks(papers, asked, hits, supported[0])):
        return not_found()
    # "how did the fire service do in its inspection": what the item reports of the result, not the decision noting it
    how_it_went = HOW_WENT.search(asked.question)
    kept = best_sentences(papers, asked, minutes_first(supported),
                          leave_out=(lambda text: bool(DECIDED.search(text))) if how_it_went else None)
    if not kept and (subs := sub_item_hits(papers, asked, supported[:1])):
        # "4. MATTERS ARISING FROM THE MINUTES" printing nothing under it: its business is its sub-items' ("4.1
        # Minute 6 - Annual Report ...")
        kept = best_sentences(papers, asked, subs) or sub_items_said(papers, asked, subs)
    if not kept:
        return not_found()
    top = max(asked.plan.intents, key=lambda i: asked.plan.intents[i]) if asked.plan.intents else None
    if (top == Intent.RESOLUTION and DECISION_ASKED.search(asked.plan.corrected)
            and not all(node.kind == NodeKind.HEADER for _, node, _ in kept)  # a header's particulars: no decision
            and not any(DECIDED.search(sent) for _, _, sent in kept)):
        # "what did the council decide about the new school": words about it, but no decision, answer nothing
        return not_found("The papers record no decision on it.")
    draft = papers.draft()
    say_sentences(draft, kept)
    for _, node, sent in kept:  # "subject to the recommendations set out in the Annex to these minutes": the annex
        if (annex := annexed(papers, asked, node.meeting_key, node.item_key, sent)) is not None \
                and not any(annex[0] in part for part in draft.parts):
            draft.say(*annex)
    holders_named(papers, asked, kept, draft)  # "who is the legal services manager that ...": the record names them
    return draft.done()


# a date given as when something takes effect: "going up to ... from april 2025", "the charge as of 1 april"
TAKES_EFFECT = re.compile(r"\b(?:from|as\s+of|starting|effective(?:\s+from)?)\s+(?:the\s+)?"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
                          re.I)


def entries_with(candidates: list[Candidate], kept: list[int]) -> list[int]:
    """The candidates that are entries of a list or table that one of ``kept`` leads into or is an entry of (a
    lead-in's list, a table's rows under its header), in the order printed."""
    def lead(c: Candidate) -> int | None:
        return c.lines[c.j].lead

    lists = {(id(candidates[n].segment), lead(candidates[n])) for n in kept if lead(candidates[n]) is not None}
    lists |= {(id(candidates[n].segment), candidates[n].j) for n in kept
              if candidates[n].lines[candidates[n].j].is_lead_in}
    return sorted((n for n, c in enumerate(candidates) if lead(c) is not None and (id(c.segment), lead(c)) in lists),
                  key=lambda n: (candidates[n].rank, candidates[n].j))


def resolves(c: Candidate) -> bool:
    """Is the candidate's sentence a decision the meeting took (its resolution: "RESOLVED: That listed building
    consent ... be GRANTED"), not a step before it the item reports ("The item had been deferred from the last
    meeting")?"""
    return records_decision(c.point) and (c.node.kind == NodeKind.RESOLUTION or bool(DECIDED.search(c.point)))


def outranks(papers: Papers, asked: Asked, hits: list[Hit], hit: Hit) -> bool:
    """Does ``hit``, ranked below the best three, hold clearly more of the question than every hit above it (none of
    which holds what it turns on)? "did the coldharbour quarry extension get approved": the items approving last
    meeting's minutes and another application rank first by their "approved"; the quarry's own item holds it all."""
    own = papers.support_measures(asked, hit)
    if own is None:
        return False
    above = [papers.support_measures(asked, h) for h in hits[:hits.index(hit)]]
    return all(m is None or m.coverage + OUTRANKS <= own.coverage for m in above)


OUTRANKS = 0.3  # how much more of the question's term weight a lower hit must hold than each above it


def of_then(asked: Asked) -> bool:
    """Does the question ask for a figure of the period it names ("how many died by suicide in 2018 according to the
    hwb", "how much was the grant for 2013"), not for what a meeting then said ("at the July 2020 meeting")? A
    figure of a year is reported in it or after it. Not where the figure's year is said as the meeting's own
    minutes say it ("june 2023 - how much was last year's underspend"): the period named is the meeting's."""
    return figure_first(asked.plan.corrected) and not MEETING_WORD.search(asked.question) \
        and not YEAR_OF_MEETING.search(asked.question)


def best_sentences(papers: Papers, asked: Asked, hits: list[Hit], most: int = 4, plain: bool = False,
                   leave_out: Callable[[str], bool] | None = None) -> list[tuple[int, IndexNode, str]]:
    """The passages of the hits' items that best answer the question: (item rank, node, verbatim span).

    Sentences are scored with what frames them (the sentence before, or the lead-in and header of the
    list or table they sit in); a list's lead-in is said with its list, a table row with its table. ``plain``
    (a timeline's one line per meeting): a sentence that says something itself, not a lead-in, heading or
    table header, and a list entry or table row without the rest of its list or table. ``leave_out``: sentences
    not to choose (a timeline's line quotes what the meeting heard, and its decision apart).
    """
    question, terms = asked.text, list(asked.terms)
    # "besides the parish council thing, what else did she say": a sentence saying only what is set aside does not
    # answer, one going on from it to another thing of its kind does (service.asked_beyond)
    known = set_aside(asked.question)
    candidates: list[Candidate] = []
    seen: set[str] = set()
    items_done: set[str] = set()
    for rank_no, h in enumerate(hits):
        key = h.node.item_key
        if key in items_done:
            continue
        items_done.add(key)
        nodes = papers.index.item_nodes(key, asked.filters.audience) or [h.node]
        for segment in papers.segments(nodes):
            for j, line in enumerate(segment.lines):
                if plain and (line.is_lead_in or line.is_heading or (line.row and line.lead is not None
                                                                          and line.header is None
                                                                          and looks_header(line.text))):
                    continue
                if leave_out is not None and leave_out(line.text):
                    continue
                if line.text not in seen and len(line.text) >= 12 and not said_nothing(line.text, nodes) \
                        and not said_above(line.text, segment, seen):
                    seen.add(line.text)
                    candidates.append(Candidate(rank_no, segment, j))
    # the figure a question asks for is in its own words; a later part that asks a whole question of its own ("how
    # many pupils at glenbirnie, and when does the consultation run": "when does the consultation run") asks for what
    # it asks, not for the figure the first part asked (its words read with the first part's only to search)
    kind = asked.question if OWN_QUESTION.match(asked.question) else question
    figure: Callable[[str], bool] | None = (
        has_money if asks_money(kind) else
        (has_duration if asks_duration(kind) else has_quantity) if figure_first(kind) else None
    )
    if figure is not None:  # "how many": only sentences with a figure in them can answer
        candidates = [c for c in candidates if figure(c.point)]
        # "how many answered the survey, and how many want a mix of home and office": the figure answers the part
        # that asks for it; the later part is answered on its own (service.answer), by another sentence
        terms = figure_terms(question, terms)
    if known:
        candidates = [c for c in candidates if not says_only_known(c.point, known)] or candidates
    if not candidates:
        return []

    # a day (or month) in which no meeting in the papers was held ("what's lined up for 27 October") is looked for
    # in the text; a day that was a meeting is which meeting, not words to find
    days = [(a, b) for a, b in [*asked.periods, *asked.printed] if not any(a <= d <= b for d in papers.meeting_dates)]
    # "when did the inquiry kick off": a sentence that gives a date answers it ("commenced during January 2017")
    dated = bool(WHEN_ASKED.search(asked.question))
    placed = not dated and bool(WHERE_ASKED.search(asked.question))
    named = None if dated or placed else asked_for(asked.question)  # a person, councils or a reason
    # "who seconded alan green's nomination", "who moved it": the person the sentence that says the act names (not
    # the one after it naming Alan Green again); the act in the question's word or another wording ("proposed")
    act = act_asked(asked) if named is not None else []
    if act:  # "the agenda said the deputy mayor would second it, who actually seconded it?": what the asker sets out
        terms = asked_after_premise(asked.question, terms)  # first says where, not who did it
    # the act as an agenda plans it ("The Mayor will move, and the Deputy Mayor will second:-") is not who did it
    # (asked in the past: "who seconded"); "going by the agenda, who seconds the motion" asks what it plans
    planned = re.compile(rf"\b(?:will|shall|would|is\s+to|are\s+to)\s+(?:be\s+)?(?:{'|'.join(map(re.escape, act))})",
                         re.I) if act and done_asked(asked.question) else None
    # "what did the Chair tell Mr Harron ...": what the Chair said ("In response the Chair advised that ..."), not
    # what was put to the Chair
    # (named as the minutes name them: "what else did Cllr Helme say" of "Councillor Helme also stated")
    speaker = speaker_asked(asked.question)
    spoke = re.compile(rf"\b{re.escape(speaker)}\b[^.;:]{{0,60}}?\b{SPOKE}\b", re.I) if speaker else None
    if spoke is not None and not any(spoke.search(c.point) for c in candidates):
        spoke = None  # no sentence has them speak: the question's words alone choose

    def cover(c: Candidate, alone: bool = False) -> float:
        """Term coverage of a sentence read with what frames it (a question and its answer, a table's head);
        a day the question names counts as one more term, held by sentences that print it (likewise a date for
        "when", a place for "where", and the speaker's words for "what did the Chair say")."""
        title = c.node.citation.item_title
        # a figure asked is the entry's own, with the words the entry or its lead-in say: not "£50 a week" under "The
        # report recommended:" because the paragraph's first sentence gave the count asked for (Candidate.figure_frame)
        frame = c.figure_frame if figure else c.context
        item = c.node.item_key  # the words its item prints meaning the question's count in its sentences
        got = papers.cover(asked, c.point if alone else (title, frame, c.point), terms, item)
        if not figure and not alone:  # the item's title says what its sentences are about, less than their words
            got = max(papers.cover(asked, (c.context, c.point), terms, item), TITLE_SHARE * got)
        if not days and not dated and not placed and spoke is None and named is None:
            return got
        share = 1 / (len(set(terms)) + 1)
        if days:
            printed = prints_day(c, days)
        elif dated:
            printed = bool(DATED.search(c.point))
        elif placed:  # where it is, as much as what it is, is what the question turns on
            share = max(share, SPEAKER_SHARE)
            printed = bool(PLACED.search(c.point))
        elif spoke is not None:  # who said it is what the question turns on, more than any one of its words
            share = max(share, SPEAKER_SHARE)
            printed = bool(spoke.search(c.point))
        else:  # who it was (or which councils, or why), as much as what it is about
            share = max(share, SPEAKER_SHARE)
            printed = named is not None and bool(named.search(c.point)) and (
                not act or (papers.cover(asked, c.point, act) > 0
                            and not (planned is not None and planned.search(c.point))))
        return (1 - share) * got + (share if printed else 0.0)

    if days and not TAKES_EFFECT.search(asked.question):
        # "what's on the programme for December 2020": what the papers print of then, where they print it (not when a
        # figure asked takes effect: "what's the membership going up to from april 2025" is the sentence giving the
        # new price, beside the one adopting the charges from 1 April)
        candidates = [c for c in candidates if prints_day(c, days)] or candidates
    # "who spoke on plans list item 2", "what was question 3": the entry that prints the number asked, where one does
    # (not item 1's, whose words are the same)
    numbered = [re.compile(rf"\b{m.group(1)}\w*\s+(?:no\.?\s*)?{re.escape(m.group(2))}(?![\w.]*\d)", re.I)
                for m in NUMBERED_ASKED.finditer(asked.question)]
    if numbered:
        printing = [c for c in candidates if any(n.search(c.point) for n in numbered)]
        others = [m for m in NUMBERED_ASKED.finditer(asked.question) if m.group(1).lower() in LISTED_BY_NUMBER]
        if not printing and others and any(re.search(rf"\b{m.group(1)}s?\s+\d", c.point, re.I)
                                           for m in others for c in candidates):
            # "what did they add to the april minutes at para 30": the amendments list paragraphs 12 and 19 of the
            # minutes; the paragraph asked is not among them
            return []
        candidates = printing or candidates
    covers = [cover(c) for c in candidates]
    if known:  # what goes on from what is set aside ("... and also from Machynlleth to Pwllheli") is what is asked
        covers = [(1 - SPEAKER_SHARE) * got + (SPEAKER_SHARE if goes_on_from_known(c.point, known) else 0.0)
                  for c, got in zip(candidates, covers, strict=True)]
    if len(candidates) > MAX_CANDIDATES:  # a long report: embed only the sentences that share most words
        best = sorted(sorted(range(len(candidates)), key=lambda n: -covers[n])[:MAX_CANDIDATES])
        candidates, covers = [candidates[n] for n in best], [covers[n] for n in best]
    sims = papers.index.similarities(question, [c.reading for c in candidates])
    scored = sorted(
        ((0.5 * sim + 0.5 * covers[n] - 0.03 * candidates[n].rank, n) for n, sim in enumerate(sims)),
        reverse=True,
    )
    top = scored[0][0]
    if top < SENTENCE_SUPPORT or (figure is not None and covers[scored[0][1]] < FIGURE_SUPPORT):
        return []
    kept: list[int] = []
    per_item: dict[int, int] = {}
    # "which local rugby players were congratulated": several, which the clerk may give a sentence each
    # (and "what else", "who else": the rest of what the best item says on it, though its words restate the question
    # less than the sentence giving the one elected: "Cllr Pike proposed Cllr Morland, who declined the nomination")
    beyond = asks_beyond(asked.question)
    several = bool(SEVERAL_ASKED.search(asked.question)) or beyond
    per_item_most = SEVERAL_MOST if several else 2
    most = max(most, SEVERAL_MOST) if several else most
    for score, n in scored:
        if len(kept) == most:
            break
        if score < KEEP_RATIO * top and not (beyond and score >= BEYOND_KEEP_RATIO * top
                                             and candidates[n].rank == candidates[scored[0][1]].rank):
            continue
        item = candidates[n].rank
        if per_item.get(item, 0) < per_item_most:
            kept.append(n)
            per_item[item] = per_item.get(item, 0) + 1
    if several and kept:
        # "list the church fund awards": the rest of the list or table a kept entry is of, entry by entry (each
        # entry's words share less with the question than its lead-in's or its header's)
        kept += [n for n in entries_with(candidates, kept) if n not in kept][:max(0, most - len(kept))]
    # "the petition - number of names and cost of the repairs": a part no sentence kept speaks to, by its own sentence
    kept += parts_unquoted(asked.question, asked.terms, candidates, kept, scored,
                           lambda c, part: papers.cover(asked, c.point, part, c.node.item_key) > 0)
    if EACH_PRICE_ASKED.search(asked.question) and EACH_OF.search(asked.question) and kept \
            and not any(has_money(candidates[n].point) and EACH_PRICED.search(candidates[n].point) for n in kept):
        # "the ploughs they bought - cost per plough?": the resolution's total restates the question best; the sentence
        # pricing each ("six gritter ploughs at £14,500 each"), in an item quoted, answers it
        ranks = {candidates[n].rank for n in kept}
        kept += [n for _, n in scored if candidates[n].rank in ranks and n not in kept
                 and has_money(candidates[n].point) and EACH_PRICED.search(candidates[n].point)][:1]
    gives = PLACED if placed else DATED if dated else named  # what "where", "when" or "who" asks the answer to give
    if gives is not None and kept and not any(gives.search(candidates[n].point) for n in kept):
        # the sentences that restate the question ("reported on the scheme") rank first; the one that places or
        # dates it is the answer: it takes the last place kept, if it scores near enough the best
        giving = next((n for score, n in scored if score >= KEEP_RATIO * top and gives.search(candidates[n].point)),
                      None)
        if giving is not None:
            kept[-1] = giving
    if kept and TOOK_PART.search(asked.question) and not any(
            MEMBER.search(candidates[n].point) and TAKING_PART.search(candidates[n].point) for n in kept):
        # "who went on the harker fold site visit": the sentence reporting the visit ranks first ("The Development
        # Manager reported that members had visited the site"); the one in its item naming those who took part
        # ("Councillors Ellison, Grange ... had attended") answers
        first = candidates[kept[0]].rank
        kept += [n for n, c in enumerate(candidates) if c.rank == first and n not in kept
                 and MEMBER.search(c.point) and TAKING_PART.search(c.point)][:1]
    if WINNER_ASKED.search(asked.question) and kept and not any(AWARD.search(candidates[n].point) for n in kept):
        # "who got the job replacing the cremators": the sentences on the work rank first; the one giving it to someone
        # ("That the tender from Evans Universal Ltd ... be accepted"), in the item they come from, answers
        # (in any item a kept sentence comes from: the best may be a later meeting's "quotes obtained (see item 8)")
        ranks = {candidates[n].rank for n in kept}
        award = next((n for _, n in scored if candidates[n].rank in ranks and AWARD.search(candidates[n].point)), None)
        if award is not None:
            kept.append(award)
    came_of = bool(CAME_OF.search(asked.question))
    if kept and (vote_asked(asked.question) or asks_outcome(asked.question)):
        # "who voted against the precept": the division's lines in the item the answer comes from ("Against (1):
        # Councillor Hussain", "ABSTAINED: none", "the Chair used her casting vote"), whatever their words share
        first = candidates[kept[0]].rank
        kept += [n for n, c in enumerate(candidates)
                 if c.rank == first and n not in kept and records_vote(c.point)][:VOTE_LINES_MOST]
    if kept and asks_outcome(asked.question):
        # how it ended, asked of a matter heard more than once ("the tithe barn, outcome once it came back"): the
        # decision of the first item quoted (the latest hearing, service.pending.latest_first), not only the earlier
        # meeting's "DEFERRED" kept beside it
        # (its resolution: "The item had been deferred from the last meeting" tells the step before)
        top = min(candidates[n].rank for n in kept)
        if not any(resolves(candidates[n]) for n in kept if candidates[n].rank == top):
            ended = next((n for n, c in enumerate(candidates) if c.rank == top and resolves(c)), None)
            kept += [] if ended is None else [ended]
    if kept and (whether_decided(asked.plan.corrected) or whether_decided(asked.question)
                 or came_of) and not any(records_decision(candidates[n].point) for n in kept):
        # "did the forum agree to move money into high needs": the sentences on the proposal rank first; the one in
        # their item that records what was decided ("The Forum did not agree the transfer") answers whether it was;
        # so too "what happened with the quarry extension", whose presentation and speakers rank first
        first = candidates[kept[0]].rank
        decided = next((n for _, n in scored if candidates[n].rank == first and records_decision(candidates[n].point)),
                       None)
        if decided is not None:
            kept.append(decided)
            moved = candidates[decided]
            if MOVED.search(moved.point):
                # a motion's words, then its fate ("It was moved ... that the application be refused. On being put to
                # the vote the motion was carried by 7 votes to 2."), and the item's outcome where it is recorded
                # apart ("The Committee REFUSED planning permission", a decisions table's "Approved, contrary to
                # officer recommendation")
                fate = next((n for n, c in enumerate(candidates) if c.segment is moved.segment and c.j == moved.j + 1
                             and (records_vote(c.point) or records_decision(c.point))), None)
                outcome = next((n for _, n in scored if candidates[n].rank == first and n != fate
                                and records_decision(candidates[n].point) and not MOVED.search(candidates[n].point)),
                               None)
                kept += [n for n in (fate, outcome) if n is not None and n not in kept]
    if kept and not plain:
        # "53 of the 72 councils had replied": a later sentence of the item giving the figure as it stood at the meeting
        # ("following publication of the agenda ..., increasing the total number received to 57, with 15 councils yet
        # to respond") is the latest word on it, whatever its words share with the question
        kept += brought_up_to_date(candidates, kept)
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
        if plain and line.lead is not None:
            if line.row:
                say(c, *c.row_group())
            else:  # a list entry, after its lead-in when that is short ("Members asked:")
                if len(c.lines[line.lead].text) <= PLAIN_LEAD:
                    say(c, line.lead, line.lead)
                say(c, c.j, c.point_end())
        elif line.is_lead_in:  # "... highlighted 4 themes:": the themes are the answer
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
        elif days and not line.row and (head := dated_heading(c)) is not None:
            say(c, head, dated_block_end(c, head))  # "15 December" and the items listed under it
        elif (line.lead is not None and THE_FOLLOWING.search(c.lines[line.lead].text)
              and c.framed_until(line.lead, most=SHORT_LIST + 1) - line.lead <= SHORT_LIST):
            # "approved with amendments to the following:-": the short list it introduces is one record, all of it
            say(c, line.lead, c.framed_until(line.lead))
        elif line.lead is not None and tally(c, line.lead) and not any(
                papers.cover(asked, e.text, terms) > 0 for e in c.lines[line.lead + 1:c.framed_until(line.lead) + 1]):
            # "graded the Service as follows: / Good 1 / Adequate 7 / Requires improvement 3 / Inadequate 0": a
            # breakdown's lines are one record, all of them, where the question singles out none of them (not "how
            # much does Tamerbridge chip in": its own line)
            say(c, line.lead, c.framed_until(line.lead))
        elif line.lead is not None:  # a list entry or a quotation, after its lead-in
            say(c, line.lead, line.lead)
            say(c, c.j, c.point_end())
            if explained_next(c.lines, c.point_end()) or answered_next(c.lines, c.point_end()):
                say(c, c.point_end() + 1, c.point_end() + 1)  # a question quoted, and the reply to it
        else:
            alone = cover(c, alone=True)  # the sentence's own words (and the date, place or speaker it prints)
            if figure is not None and c.opening is not None and papers.cover(
                    asked, (c.lines[c.opening].text, c.point), terms) > papers.cover(asked, c.point, terms):
                # the sentence opening a figure's paragraph, which says what it reports on and the figure does not
                # name again ("reported on the National Fraud Initiative exercise. ... To date £71,300 had been
                # identified for recovery"); not the sentences between, of other things ("had run at 4 venues")
                say(c, c.opening, c.opening)
            if c.j > 0 and (covers[n] - alone >= 0.2 or CHANGES.match(line.text)):
                # (or the sentence names what it acts on by the one before: "With these amendments the minutes were
                # passed" after the amendments)
                before = c.lines[c.j - 1].lead  # a quotation's first sentence, after who asked it
                if before is not None:
                    say(c, before, before)
                say(c, c.j - 1, c.j - 1)  # what the sentence answers: "Concerns about care leavers ..."
            end = c.point_end()
            say(c, c.j, end)
            if answered_next(c.lines, end) or explained_next(c.lines, end) \
                    or (speaker is not None and said_next_by(c.lines, end, speaker)):
                # "The Chair asked what the impact would be. The manager advised ..."; "what did the panel say when
                # ...": "The Panel noted that ... had tendered her resignation ... The Panel expressed its best wishes"
                say(c, end + 1, end + 1)
    return out


UPDATED = re.compile(rf"\b(?:{alternation(UPDATED_SAID)})", re.I)


def brought_up_to_date(candidates: list[Candidate], kept: list[int]) -> list[int]:
    """The sentences, after a kept sentence giving a figure, that bring a figure of its item up to date at the meeting
    (:data:`minutebook.vocabulary.UPDATED_SAID`), one an item, not kept already."""
    out: list[int] = []
    for n in kept:
        if not has_quantity(candidates[n].point):
            continue
        later = next((m for m in range(n + 1, len(candidates)) if candidates[m].rank == candidates[n].rank
                      and m not in kept and m not in out and UPDATED.search(candidates[m].point)
                      and has_quantity(candidates[m].point)), None)
        if later is not None and not any(candidates[m].rank == candidates[n].rank for m in out):
            out.append(later)
    return out


def said_above(text: str, segment: Segment, seen: set[str]) -> bool:
    """Is ``text`` a resolution that the item's passages already gave, as a line read before it (its label on:
    "Recommended that the Council approve ...")? One sentence is one candidate: read twice, it took two of an item's
    places, and the sentence giving the figure asked ("at an estimated capital cost of £27.5 million") none."""
    if not all(node.kind == NodeKind.RESOLUTION for node, _ in segment.nodes):
        return False
    flat = " ".join(text.split())
    return any(flat in " ".join(other.split()) for other in seen)


TALLY_ENTRY = 40  # characters: a breakdown's entry is a label and its figure ("Requires improvement  3")


def tally(c: Candidate, lead: int) -> bool:
    """Is the list ``lead`` introduces a short breakdown: at most SHORT_LIST entries, each a short label with a
    figure?"""
    end = c.framed_until(lead, most=SHORT_LIST + 1)
    entries = [line.text for line in c.lines[lead + 1:end + 1]]
    return 1 < len(entries) <= SHORT_LIST and all(len(e) <= TALLY_ENTRY and re.search(r"\d", e) for e in entries)


def minutes_first(hits: list[Hit]) -> list[Hit]:
    """The hits with a meeting's attendance record after its minutes that are hits too: a record that runs on into
    the first minutes ("Apologies for absence were received from ... it was RESOLVED to elect Councillor Beck as Vice
    Chairman for the meeting") prints their sentences, which are cited to the minute that records them."""
    minuted = {h.node.meeting_key for h in hits if h.node.kind != NodeKind.ATTENDANCE}
    records = [h for h in hits if h.node.kind == NodeKind.ATTENDANCE and h.node.meeting_key in minuted]
    return [h for h in hits if h not in records] + records


def act_asked(asked: Asked) -> list[str]:
    """The terms of the act a "who" question asks of someone ("who seconded ...": second), if it asks one."""
    did = WHO_DID.match(asked.question)
    if did is None or (did.group("premise") and not premise_end(asked.question)):
        return []  # "going by the woking agenda, who seconds the motion": what the agenda says, not an act done
    return [t for t in stems(did.group("act")) if t in asked.terms]


def asked_after_premise(question: str, terms: list[str]) -> list[str]:
    """The terms of a "who did it" question after what the asker sets out before it ("the agenda said the deputy mayor
    would second going into private, who actually seconded it?": seconded), where it sets something out and the
    question holds terms of its own; else all of them."""
    after = premise_end(question)
    if not after:
        return terms
    held = set(stems(question[after:]))
    return [t for t in terms if t in held] or terms


def premise_end(question: str) -> int:
    """Where a "who did it" question starts after what the asker sets out before it ("the agenda said the deputy mayor
    would second going into private, who actually seconded it?"); 0 where it sets nothing out, or where it asks what
    was planned ("going by the woking agenda, who seconds the motion": the agenda is what it asks of)."""
    did = WHO_DID.match(question)
    return did.end("premise") if did is not None and did.group("premise") and done_asked(question) else 0


def done_asked(question: str) -> bool:
    """Does a "who did it" question ask who did it, in the past ("who seconded", "who actually moved"), not who is
    to ("who seconds the motion", going by the agenda)?"""
    did = WHO_DID.match(question)
    return did is not None and did.group("act").lower().endswith("ed")


def asked_for(question: str) -> re.Pattern[str] | None:
    """What a sentence must print to answer a "who", "which councils", "why" or "what about" question, if it asks
    one."""
    if WHY_ASKED.search(question):
        return REASON
    # (not of an item asked by its number, "item 33, what was it about?": the item itself says what it is about)
    if ABOUT_ASKED.search(question) and not ITEM_ITSELF.search(question):
        return SUBJECT
    if BODIES_ASKED.search(question):
        return BODY
    if MEMBER_ASKED.search(question):  # "backed by which cllr": a member by name, not an office ("the Deputy Mayor")
        return MEMBER
    office = OFFICE_ASKED.search(question)
    if office is not None:  # "who's the clerk to the railway committee": the sentence that prints the office names them
        return re.compile(rf"\b{re.escape(office.group(1).split()[-1][:5])}", re.I)
    # "who will it be shared with": a board; "the agenda said ..., who actually seconded it?": who did it
    return PERSON_OR_BODY if WHO_ASKED.search(question) or premise_end(question) else None


# an entry of a numbered list asked by its label and number ("plans list item 2", "question 3", "application no. 4",
# "recommendation 2"); a minute's number is the minute routes' (service.answer)
NUMBERED_ASKED = re.compile(r"\b(item|question|application|recommendation|option|paragraph|appendix|petition|motion|"
                            r"objection|case|site|lot|schedule|annex|phase)s?\s+(?:no\.?\s*)?([a-z]?\d+[a-z]?)\b", re.I)
# entries a list names by their number alone, so that one not listed is not there ("Paragraph 12 - to include ...",
# "Paragraph 19 - ..." in minutes approved with amendments)
LISTED_BY_NUMBER = ("paragraph",)
CITES_PARAGRAPH = re.compile(r"\bparagraphs?\s+(\d+)\b", re.I)


def explained_next(lines: list[Line], k: int) -> bool:
    """Does line ``k`` cite a paragraph ("exempt information as defined in paragraph 3 of Part 1 of Schedule 12A")
    that the next line sets out ("Paragraph 3 – Information relating to the financial or business affairs of any
    particular person")? Exclusion minutes print the paragraph's words under the resolution: they are its grounds."""
    if k + 1 >= len(lines):
        return False
    cited = {m.group(1) for m in CITES_PARAGRAPH.finditer(lines[k].text)}
    opens = re.match(r"^\W*paragraph\s+(\d+)\b", lines[k + 1].text, re.I)
    return bool(cited) and opens is not None and opens.group(1) in cited


def said_next_by(lines: list[Line], k: int, speaker: str) -> bool:
    """Does the line after ``k`` open with the speaker a question asks what they said ("what did the panel say when
    ..."): the same body or person going on ("The Panel expressed its best wishes ...")?"""
    if k + 1 >= len(lines) or not speaker:
        return False
    after = lines[k + 1]
    return after.lead is None and not after.row and not after.is_heading and opens_with(after.text, speaker)


def speaker_asked(question: str) -> str | None:
    """Whom a question asks what they said ("what did the panel say when ...": panel; "what did Cllr Helme tell
    them": Helme, as minutes name a member), or None."""
    speaker = SPEAKER_ASKED.search(question)
    return (_TITLE_BEFORE.sub("", speaker.group(1)) or speaker.group(1)) if speaker else None


def opens_with(text: str, speaker: str) -> bool:
    """Does ``text`` open with ``speaker`` saying it ("The Panel expressed ...", "Councillor Helme added ...")?"""
    return re.match(rf"^\W*(?:the\s+|(?:{HONORIFICS.form})\.?\s+)?{re.escape(speaker)}\b", text, re.I) is not None


QUOTED_QUESTION = re.compile(r"\?\W{0,3}$")  # a line that is a question, in its quotation marks or none


def answered_next(lines: list[Line], k: int) -> bool:
    """Does line ``k`` put a question ("Members asked about the consultation") that the next line answers ("The
    Assistant Director advised that it had closed with 417 responses")? The minutes' answer is in the reply."""
    # (or a question quoted whole: "How many Education, Health and Care Plans were issued ...?", a public question
    # read out, then "Dr Okonjo replied that ...")
    if k + 1 >= len(lines) or not (PUT_QUESTION.search(lines[k].text) or QUOTED_QUESTION.search(lines[k].text)):
        return False
    reply = lines[k + 1]
    return (reply.lead is None and not reply.row and not reply.is_heading
            and bool(REPLIED.search(reply.text[:REPLY_WITHIN])))


HOW_WENT = re.compile(HOW_IT_WENT.form, re.I)
DECISION_ASKED = re.compile(r"\b(?:resolv\w*|decid\w*|decisions?)\b", re.I)  # not "ask for", "want": a fact may do
AGENDA_TASK = re.compile(r"^\s*(?:\d+[.)]?\s*)?to\s+(?:receive|consider|note|approve|agree|confirm|elect|appoint|"
                         r"resolve|discuss|decide)\b", re.I)
# "08/305/CP - No Call-in": a planning committee's decision not to call in an application (general planning usage)
DECIDED = re.compile(r"\b(?:resolved|agreed|decided|decision|approved|recommend\w*|endorsed|supported|elected|"
                     r"(?:no\s+)?call(?:ed)?[- ]in|"
                     r"noted|that\s+(?:the\s+)?[\w\s'’,-]{0,80}?\b(?:be|notes?|supports?|asks?|agrees?|approves?)\b)"
                     # a decisions table's cell opening with the outcome: "Closure of Eastgate library | Deferred to May
                     # 2035 meeting pending further consultation", "35/0101/FUL | Granted"
                     r"|(?:^|\t|\|)\s*(?:deferred|postponed|refused|granted|rejected|withdrawn)\b",
                     re.I)


def figure_terms(question: str, terms: list[str]) -> list[str]:
    """The question's terms that its first asking part holds (the part a figure answers), where that part holds
    some; else all of them."""
    first = next((c for c in QUESTION_PART.split(question) if c and ASKS.search(c)), question)
    held = set(stems(first))
    return [t for t in terms if t in held] or terms


def figure_first(question: str) -> bool:
    """Does the question ask first of all for a figure ("how many ...", "what proportion ...", "missed bins per 100k -
    what were they")? Not "who did they elect, and for how long": a later part's figure is not all the answer, and a
    sentence without one may be."""
    clauses = ASK_CLAUSE.split(question)
    at = next((k for k, c in enumerate(clauses) if ASKS.search(c)), len(clauses) - 1)
    # the clauses up to the first that asks: "missed bins per 100k - what were they in june" names its figure first
    return asks_quantity(" ".join(clauses[: at + 1]))


def said_nothing(text: str, nodes: list[IndexNode]) -> bool:
    """Is the line an agenda's task ("To receive any petitions") or the item's own title: no answer in itself?"""
    title = nodes[0].citation.item_title.strip().lower() if nodes else ""
    flat = re.sub(r"^\s*title\s*:\s*", "", text.strip(), flags=re.I).rstrip(".:;").lower()  # "Title: <title>"
    return bool(AGENDA_TASK.match(text)) or (bool(title) and flat == title)


def say_sentences(draft: Draft, kept: list[tuple[int, IndexNode, str]]) -> None:
    introduced: set[str] = {str(c.item_title) for c in draft.citations}
    for _, node, sent in kept:
        cite = node.quoting(sent)
        lead = ""
        if cite.item_title not in introduced:
            lead = label(cite.minute, None, cite.item_title, cite.meeting_date)
            lead += f" ({cite.item_title})" if cite.minute else ""
            introduced.add(cite.item_title)
        draft.say(f"{lead}: {sent}" if lead else sent, cite)
