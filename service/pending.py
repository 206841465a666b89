"""An outcome asked for, where the papers speak of it only as still to come.

"Was the fish farm feed barge approved" met by "Fish farm feed barge, Loch Arrick - decision still awaited"; "what
did the culture review find" met by "an independent culture review ... would report in September"; "who took over
as secretary at the AGM" met by "she will stand down as Secretary at the AGM"; "what was the outcome of the appeal"
met by "an appeal ... had been lodged". The passage is on the subject, at the right meeting, and says the one thing
that answers the question is not known yet. The check reads the question for an outcome (a decision, a finding,
whether something happened, who succeeded) and the quotes for how minutes say something is pending, beside the
subject's own words, with no outcome beside them. The words are council usage (minutebook.vocabulary).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from minutebook.vocabulary import (
    ACTION_LABEL,
    ASKED_OF_BODY,
    DECISION_LABELS,
    DEFERRED_SAID,
    FINAL_ASKED,
    OUTCOME_AFTER_DASH,
    PAPER_TO_COME,
    PENDING_SAID,
    REQUESTED_SAID,
    SETTLED_SAID,
    STATUS_DONE,
    STATUS_OPEN,
    STEP_BEFORE_OUTCOME,
    compiled,
)
from service.evidence import ROW_CELLS, asks_decision, decision_verb, records_decision, sentences, stems
from service.papers import Asked, Papers
from service.said_status import FOLLOW_UP_ASKED, status_asked
from service.schemas import Answer

# how minutes say it is still to come, and how an action log's status cell says it ("Review of wheelchair service
# contract | COO | Sep 25 | Open - meeting with ICB on 14 August 2025": the review still open, its outcome to come)
PENDING = compiled((*PENDING_SAID, *STATUS_OPEN), r"\b{}")
# a resolution that only notes or receives what it is on ("That the progress report be noted", "The Board noted the
# action log"): it decides nothing the report says is still to come
NOTING = re.compile(r"^\W*(?:(?:resolved|agreed|decision)\W*)?(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,5}?"
                    r"(?:be|was|were|been|is|are)\s+(?:duly\s+)?(?:noted|received)(?:\s+and\s+(?:noted|received))?\W*$"
                    r"|^\W*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:noted|received)\s+the\s+(?:[\w'’-]+\s+){0,4}?"
                    r"(?:report|update|log|minutes|briefing|information|presentation)\W*$", re.I)
# an action set ("Action: Director of Transport to update the committee when the Department for Transport decision is
# received"): a thing still to do, whatever words of deciding it holds
ACTION = re.compile(rf"^\W*(?:{ACTION_LABEL.form})", re.I)
DONE_STATUS = compiled(STATUS_DONE, r"\b{}")  # an action marked done: "Complete", "Actioned 3 June"
REQUESTED = re.compile(rf"\b(?:{REQUESTED_SAID.form})", re.I)
# a measure asked of the body by someone else: "He asked the Authority to make a Traffic Regulation Order"
ASKED_OF = compiled((ASKED_OF_BODY,), r"\b{}")
# whether a measure was brought in, asked as people ask it: "have they brought in a TRO", "did the council introduce
# the 20mph limit", "has the parish put in place a ban", "did they impose a PSPO"
# (yes or no: not "when did the club put in the licence application", a date)
BROUGHT_IN_ASKED = re.compile(r"(?<!when\s)(?<!why\s)(?<!how\s)(?<!where\s)(?<!what\s)(?<!who\s)"
                              r"\b(?:did|has|have|had)\s+(?:[\w'’&-]+\s+){1,6}?(?:brought\s+in|bring\s+in|"
                              r"introduc(?:e|ed)|impos(?:e|ed)|implement(?:ed)?|put\s+in(?:\s+place)?|"
                              r"install(?:ed)?|ban(?:ned)?|adopt(?:ed)?|made|make)\b", re.I)
# a sentence that notes what was reported: "The council noted that ...", "RESOLVED that members note that ..."
NOTED_THAT = re.compile(r"^\W*(?:(?:resolved|agreed)\W*)?(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                        r"(?:noted|notes?)\s+that\b", re.I)
SETTLED = re.compile(rf"\b(?:{SETTLED_SAID.form})\b", re.I)
# what came of something, asked in other words than a decision's: "what did the review find", "what did the review
# come up with", "who took over as secretary", "did anyone appeal the decision", "did the EH team close the case"; what
# members made of something, which they can say only once it has happened ("what did members make of the site at the
# site visit")
FINDING = (r"\b(?:what|how)\s+did\b[^?]*?\b(?:find|show|conclude|come\s+of|come\s+up\s+with|turn\s+out|end\s+up|"
           r"make\s+of|think\s+of)\b"
           # what a report asked for brought: "what came back on the transport cost options", "what has come back"
           r"|\bwhat(?:['’]s|\s+has|\s+have)?\s+(?:came|come)\s+back\b"
           # how an event went: "how did the site visit go", "how did the open day go down"
           r"|\bhow\s+did\b[^?]*?\bgo(?:\s+down|\s+off)?\s*(?:[?.!]|$)")
FINDING_ASKED = re.compile(FINDING, re.I)  # what a report, a visit, a review found or showed
OUTCOME_ASKED = re.compile(
    FINDING +
    # the outcome by its noun: "taxi CCTV consultation: what were the results?", "what was the outcome of the review"
    r"|\bwhat\s+(?:was|were|are|is)\s+(?:the\s+|its\s+|their\s+)?(?:results?|outcomes?|findings?|conclusions?|"
    r"verdict)\b"
    # when a decision was taken, which papers saying it is still awaited do not give: "when was the business case
    # approved by the department for transport"
    r"|\bwhen\s+(?:did|was|were|has|have|had)\b[^?]*?\b(?:approv\w*|grant\w*|agreed?|decided?|adopt\w*|confirm\w*|"
    r"accept\w*|reject\w*|refus\w*)\b"
    r"|\bwho\b[^?]*?\b(?:took\s+over|take\s+over|replaced|succeeded|became|got\s+the\s+job|(?:was|were)\s+"
    r"(?:made|appointed|elected|chosen|picked))\b"
    r"|\b(?:did|has|have)\s+(?:[\w'’&-]+\s+){1,6}?(?:appeal(?:ed)?|close[d]?|complete[d]?|finish(?:ed)?|"
    r"go\s+ahead|gone\s+ahead|happen(?:ed)?|open(?:ed)?|report(?:ed)?|"
    # a competition's or an award's result: "did sedgecombe win britain in bloom", "have they won the award", "did
    # they take the small town category", "did it come first in the regional finals"
    r"win|won|lose|lost|take|took|c[ao]me\s+(?:first|top|second|third|last)|place[ds]?|"
    # a motion's or an amendment's fate, in everyday words: "did the precept freeze get through", "did it pass"
    r"get\s+through|got\s+through|go\s+through|went\s+through|pass(?:ed)?|succeed(?:ed)?|fail(?:ed)?|fall|fell)\b"
    rf"|{BROUGHT_IN_ASKED.pattern}",
    re.I)
# asked of the future or of how things stand, which "still awaited" answers: "when will the review report", "has it
# been decided yet", "any news on", "what's the latest"
# or of something not done, whose pending words are the subject's own ("the councils that hadn't replied"); "ever"
# asks as "yet" does, whether it has happened at all ("did the minister's consultation ever get finished": "the
# consultation responses were ongoing" is its answer, not yet)
NOT_YET_ASKED = re.compile(r"\b(?:will|going\s+to|gonna|when\s+(?:is|are|does|do)|next|planned|plans?\s+to|"
                           r"expect\w*|due|yet|ever|still|progress|update|latest|any\s+news|status|so\s+far|"
                           r"where\s+are\s+we|pending|awaited|propos\w+|outstanding|not|never|no\s+one|nobody)\b"
                           r"|n['’]t\b", re.I)
# the tag of a yes-or-no question, which asks whether it happened, not of something not done: "did they veto the
# precept or not", "was it approved or wasn't it", "did the motion pass or no"
WHETHER_TAG = re.compile(r"[\s,]*\bor\s+(?:not|no|(?:was|wasn|were|weren|did|didn|has|hasn|have|haven)['’]?t"
                         r"(?:\s+(?:it|they|he|she))?)\b\W*$", re.I)
# whether a thing has been done, which "still awaited" answers (not yet): "has the lease been renewed", "have the dog
# bins been put in" (how members ask after a follow-up, without "yet")
HAS_BEEN_DONE = re.compile(
    r"\b(?:has|have)\s+(?:[\w'’&-]+\s+){1,8}?been\s+(?!doing\b|going\b)[a-z]+(?:ed|en|t|ne|wn|ut)\b", re.I)
# a subject's verb in its past form: the thing asked whether it happened, said to have happened ("had appealed",
# "complained to the Ombudsman"); not the adjective of something still to come ("the proposed")
DONE = re.compile(r"(?!proposed\b)[a-z]{3,}(?:ed)", re.I)
DEFERRED = re.compile(rf"\b(?:{DEFERRED_SAID.form})", re.I)
# what came after a step, or at the end of a run of them: "what did they finally decide", "did they end up reporting
# it", "what was agreed in the end", "what came out of the site visit", "what did they decide after the site visit"
# "the final decision", "which did they settle on" (minutebook.vocabulary.FINAL_ASKED)
SEQUEL_ASKED = re.compile(r"\b(?:finally|eventually|ultimately|in\s+the\s+end|at\s+last|end(?:ed|s)?\s+up|"
                          rf"{FINAL_ASKED.form})\b", re.I)
# the step itself named: "after the site visit", "following the consultation", "what came out of the site visit", "the
# outcome of the review", "the contamination rate now the campaign is running"
AFTER_STEP = re.compile(r"\b(?:after|following|c[ao]me\s+(?:out\s+)?of|outcome\s+of|result(?:ed)?\s+(?:of|from)|"
                        r"now(?:\s+that)?)\s+"
                        r"(?:(?:the|that|its|their|this)\s+)?((?:[\w'’-]+\s*){1,3})", re.I)  # "after inspection"
# the step named by a pronoun, which is the matter asked about: "dog control orders review - what came out of it"
STEP_IS_SUBJECT = re.compile(r"(?:it|that|this|them|those|these)\b", re.I)
# the step named before a dash closing the question with the outcome asked: "day centre transport review - outcome?"
STEP_THEN_OUTCOME = re.compile(OUTCOME_AFTER_DASH.form, re.I)
# a step short of the outcome that is not a deferral: options put to consultation, a final plan to come to a later
# meeting, a paper still to be brought ("agreed to consult tenants on rent increases of 3.5%, 4.5% and 5.5%")
STEP_TAKEN = compiled((STEP_BEFORE_OUTCOME, *PAPER_TO_COME), r"\b{}")
# a meeting's own decision, as minutes set it down: "RESOLVED: That ...", "DECISION: ...", "That the results be noted
# and a final plan be brought ..." (not a reported view: "64% supported moving the appliance")
DECISION_FORM = compiled(DECISION_LABELS, r"^\W*(?:{})\b|^\W*that\s+(?:[\w'’-]+\s+){1,8}?be\b")
# what a meeting decided, asked as a "what" question (not whether it went a way: "was it approved"): a deferral is
# what it decided ("what did the cabinet decide on the library closure": "Deferred to May 2035 meeting pending further
# consultation")
WHAT_DECIDED = re.compile(r"\bwhat\s+(?:did|was|were|has|have|had)\b[^?]*?\b(?:decide[ds]?|decision|agree[ds]?|"
                          r"resolve[ds]?)\b", re.I)
WINDOW = 8  # words either side of the subject's words in which a pending or settled word speaks of it
WORD = re.compile(r"[A-Za-z0-9][\w'’/.-]*")


@lru_cache(maxsize=1024)  # a question's, asked again by several routes
def asks_outcome(question: str) -> bool:
    """Does the question ask what came of something (a decision, a finding, whether it happened, who took over),
    and not when it will or how it stands?"""
    question = WHETHER_TAG.sub("", question)
    # (nor a thing promised asked after: "the visit to the hub - has it happened", which a log's "In progress" answers)
    if NOT_YET_ASKED.search(question) or HAS_BEEN_DONE.search(question) or FOLLOW_UP_ASKED.search(question):
        return False
    return bool(asks_decision(question) or decision_verb(question) or OUTCOME_ASKED.search(question))


def pending_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """The outcome asked for, where the quotes speak of the subject only as still to come: a pending word ("still
    awaited", "would report", "had been lodged", "will stand down", "the proposed ...") beside the subject's words,
    and no quote with an outcome beside them (nor a resolution on it). The resolutions routes quote resolutions,
    numbered or not: "That planning permission be granted subject to ... a School Travel Plan to be submitted" under
    the title "Ashby Fen Primary School - Two Classroom Extension" is the decision, whatever it leaves to come."""
    resolutions = route in ("resolved", "resolved_on_point")
    if not answer.found or not asks_outcome(asked.plan.corrected) or not asks_outcome(asked.question):
        return None
    # the subject's words and the names it goes by ("the Scar Top Barn appeal"), not where it is asked of
    subject = [*asked.subject, *(t for t, w in asked.terms.items() if w in asked.plan.names and w not in
                                 asked.plan.places and t not in asked.subject)]
    pending = False
    for n, c in enumerate(answer.citations):
        near = beside(asked, subject, c.quote)
        # (a resolution of the item on the subject, its title naming all of it: not "a site visit to the proposed
        # digestion plant" resolved under the next meeting's date)
        titled = resolutions and all(asked.has(t, set(stems(c.item_title))) for t in subject)
        # (a noting of what was reported decides nothing of it: "The council noted that the town had been entered
        # into the Northern Fells in Bloom competition, with judging on 22 July")
        reported = NOTED_THAT.match(c.quote) is not None
        settled = NOTED_THAT.sub(" ", near[1]) if reported else near[1]
        if SETTLED.search(settled) or ((c.resolution or titled) and near[1] and not reported) \
                or done(asked, subject, c.quote) or (DEFERRED.search(near[0]) and WHAT_DECIDED.search(asked.question)
                                                     and not SEQUEL_ASKED.search(asked.question)):
            return None
        # (an action set on the subject and not marked done is a thing still to do: "ACTION: Area Manager - breakdown
        # of false alarms by premises type - next meeting" is no breakdown given)
        # (what information asked for showed, where the minutes record only the asking: "asked for a breakdown of")
        finding = bool(FINDING_ASKED.search(asked.question))
        # (not where whether it was done is asked: the register's status for the action says, "has the panel had the
        # report on the referral delays": its log's row, "Complete - minute 38/27")
        # (a measure asked of the body, where whether it was brought in is asked: "asked the Authority to make a
        # Traffic Regulation Order" is no order made)
        requested = REQUESTED.search(near[0]) or (BROUGHT_IN_ASKED.search(asked.question) and any(
            ASKED_OF.search(s) and beside(asked, subject, s)[0] for s in sentences(c.quote)))
        if PENDING.search(near[0]) or ((finding or BROUGHT_IN_ASKED.search(asked.question)) and requested) \
                or (near[0] and ACTION.match(c.quote) and not DONE_STATUS.search(c.quote)
                    and not status_asked(asked.question)):
            if decided_too(asked, answer, n, subject):
                return None
            pending = True
    return "The papers record it only as still to come, not its outcome." if pending else None


def decided_too(asked: Asked, answer: Answer, at: int, subject: list[str]) -> bool:
    """Does the answer quote, from the pending quote ``at``'s item, a decision on the thing it names by a word of it
    ("Three quotations had been received for cleaning the war memorial" and "It was moved, seconded and carried that
    the quotation of J. Prydderch & Son be accepted"): the thing was pending, then decided at the meeting? The words
    are those of the pending quote's sentences (or a table's cells) holding the ``subject``, not the rest of it: an
    action log quoted with the minutes' approval before it ("were approved as an accurate record") decides nothing
    of the log's open review, while "To confirm that the items ... marked Part 2 [will be taken] in private" is
    decided by "This was confirmed."."""
    first = answer.citations[at]
    item = (first.meeting_date, first.minute, first.item_title)
    own = set(stems(first.item_title)) | {t for t in asked.terms}
    holding = [s for s in sentences(first.quote) if beside(asked, subject, s)[0]] or [first.quote]
    said = set(stems(" ".join(holding))) - own
    return any((c.meeting_date, c.minute, c.item_title) == item and records_decision(c.quote)
               and not PENDING.search(c.quote) and not NOTING.match(c.quote) and not ACTION.match(c.quote)
               and said & set(stems(c.quote))
               for n, c in enumerate(answer.citations) if n != at)


def still_to_come(asked: Asked, answer: Answer) -> bool:
    """Asked whether a thing has been done ("has the lease been renewed"), where a quote says it is still to come
    beside the subject's words ("the renewal of the lease ... is still awaited"): the answer is "not yet"."""
    if not HAS_BEEN_DONE.search(asked.question):
        return False
    subject = list(asked.subject) or list(asked.terms)
    return any(PENDING.search(beside(asked, subject, c.quote)[0]) for c in answer.citations)


def beside(asked: Asked, subject: list[str], quote: str) -> tuple[str, str]:
    """The words of ``quote`` within :data:`WINDOW` of the subject's words: as read for a pending word (the words
    themselves and those after or before them) and for a settled one (the same, but not the subject's own words:
    "the appeal" is not an outcome of it)."""
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(quote)]
    at = [n for n, (_, _, w) in enumerate(words) if any(asked.has(t, set(stems(w))) for t in subject)]
    if not at:
        return "", ""
    spans: list[tuple[int, int]] = []
    for n in at:
        lo, hi = max(0, n - WINDOW), min(len(words) - 1, n + WINDOW)
        start, end = words[lo][0], words[hi][1]
        row = row_around(quote, words[n][0])
        if row is not None:  # a table's row: its own cells, not the status of the rows above and below it
            start, end = max(start, row[0]), min(end, row[1])
        spans.append((start, end))
    text = " … ".join(quote[a:b] for a, b in merged(spans))
    own = {words[n][2].lower() for n in at}
    settled = " ".join(w for w in WORD.findall(text) if w.lower() not in own)
    return text, settled


def row_around(quote: str, at: int) -> tuple[int, int] | None:
    """The span of the line holding character ``at`` where that line is a table's row (its cells set apart by tabs or
    pipes: "BT/37/012 – Mental health out-of-area placements review\tDirector of Strategy\tOpen – due May 2037"), so
    that what is read beside a subject in a log is its own row's status, not "Closed" in the row above; None in
    prose."""
    start = quote.rfind("\n", 0, at) + 1
    end = quote.find("\n", at)
    end = len(quote) if end < 0 else end
    line = quote[start:end]
    return (start, end) if ROW_CELLS.search(line) else None


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping character spans joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def done(asked: Asked, subject: list[str], quote: str) -> bool:
    """Does ``quote`` say the subject's own verb was done, in its past form ("the applicant had appealed", "a resident
    complained to the Ombudsman"): the thing asked whether it happened, said to have happened?"""
    return any(DONE.fullmatch(w) and not PENDING.search(quote[max(0, m.start() - 30):m.start() + len(w)])
               and any(asked.has(t, set(stems(w))) for t in subject)
               for m in WORD.finditer(quote) for w in [m.group(0)])


def sequel_unmet(asked: Asked, answer: Answer) -> str | None:
    """What came after a step ("what did they finally decide on Scarrow Quarry after the site visit", "did they end
    up reporting the late statements to the Regulator", "what came out of the site visit for the wind turbine"),
    where every quote is from a record that puts the step still to come ("Deferred for a site visit, to take place on
    22 November", "which might need to be reported to The Pensions Regulator") and none is from a later meeting: the
    papers record the step, not what came after it. A sentence on it that records an outcome, with no deferral or
    pending word, answers it."""
    question = asked.question
    if not answer.citations or status_asked(question):  # "was it replaced in the end": where it stands is asked,
        return None  # which the register's status says
    step_of = AFTER_STEP.search(question)
    if (step_of is not None and STEP_IS_SUBJECT.match(step_of.group(1))) \
            or (step_of is None and STEP_THEN_OUTCOME.search(question)):
        step_of = None  # "what came out of it", "... review - outcome?": the step is the matter asked about
        step = list(asked.subject)
    elif step_of is not None:
        step = [t for t in stems(step_of.group(1)) if t in asked.terms]
    elif (sequel := SEQUEL_ASKED.search(question)) is not None:
        # the matter's words and the names it goes by ("hollins cross on-call switch"), not the words asking for its
        # end ("final decision")
        framing = set(stems(sequel.group(0)))
        step = [t for t in dict.fromkeys([*asked.subject, *(t for t, w in asked.terms.items()
                                                           if w in asked.plan.names and w not in asked.plan.places)])
                if t not in framing]
    else:
        return None
    if not step:
        return None
    # the step's words together ("site visit", not a row's "Site for 14 dwellings"), or its head word, the step said
    # as a verb ("deferred so that members could visit the park"); two of the subject's
    need = len(step) if step_of is not None else min(2, len(step))
    head = step[-1] if step_of is not None else None
    put_off: list[dt.date] = []
    decided_later: set[tuple[dt.date, str | None, str]] = set()  # items whose own decision puts the matter off
    settled: list[tuple[tuple[dt.date, str | None, str], bool]] = []  # the items of sentences recording an outcome
    for c in answer.citations:
        title = set(stems(c.item_title))  # a decision's sentence speaks of its item: "Deferred for a site inspection"
        item = (c.meeting_date, c.minute, c.item_title)
        for s in sentences(c.quote):
            present = title | set(stems(s))
            if sum(1 for t in step if asked.has(t, present)) < need and not (head and asked.has(head, present)):
                continue
            decision = bool(c.resolution) or DECISION_FORM.match(s) is not None
            if DEFERRED.search(s) or PENDING.search(s) or STEP_TAKEN.search(s):
                put_off.append(c.meeting_date)
                if decision:
                    decided_later.add(item)
            elif SETTLED.search(s):
                settled.append((item, decision))  # "the application was approved following the site visit"
    # (what the item heard before its decision put the matter off is no outcome of it: "64% supported moving the
    # appliance ... to an on-call basis", then "RESOLVED: That ... a final plan be brought to the June meeting")
    if any(decision or item not in decided_later for item, decision in settled):
        return None
    if not put_off or any(c.meeting_date > min(put_off) for c in answer.citations):
        return None
    return "The papers record it only as put off to a later step, not what came after."


LATEST_AMONG = 3  # the top hits among which a later meeting's item on the same matter is put first
ON_THE_MATTER = 0.5  # share of the subject's term weight an item's title holds where the item is on the matter


def latest_first(papers: Papers, asked: Asked) -> None:
    """For a question asking how a matter ended ("who got the grass cutting contract in the end", "what happened in
    the end with the hall"), the top hit from the latest meeting whose item is on the matter first: an October item
    on the quotes asked for is not how it ended when November's chose the contractor. Reorders ``asked.hits``."""
    if not SEQUEL_ASKED.search(asked.question) or AFTER_STEP.search(asked.question) or not asked.subject:
        return
    top = asked.hits[:LATEST_AMONG]
    subject = list(asked.subject)
    on_it = [h for h in top if papers.cover(asked, h.node.citation.item_title, subject) >= ON_THE_MATTER]
    if len({h.node.meeting_date for h in on_it}) < 2:
        return
    latest = max(on_it, key=lambda h: h.node.meeting_date)
    asked.hits = [latest, *(h for h in asked.hits if h is not latest)]
