"""Where a follow-up stands when the register holds no action for it: the status its quoted words state.

A question about a follow-up ("has the defib been checked?", "the bus shelter on Fore St, fixed yet?") is often
answered from the minutes' own words: a matters-arising note, an action log's row, "Cllr X to look at the track".
The register (:mod:`ingest.actions`) holds actions arising from decisions, so it may hold none for those words, and
the answer then said nothing of where the matter stands. The words say it themselves: "now been checked",
"Outstanding", "Arranged 18 July", "A note will be added". Of the answer's quotes, the line or sentence that best
covers the question's subject is read, and in it the last word of status counts (a tracker's row ends with the
present status; a note ends "Completed." or "Carried forward."). With no such word, a promise or an ask still to be
met is outstanding, or scheduled where it fixes a date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from minutebook import vocabulary as v
from minutebook.dates import MONTHS, FoundDate, find_dates
from minutebook.errors import NotFoundError
from minutebook.model import ActionStatus, Citation, Meeting, MinuteItem, item_key, meeting_key, slug
from service.drafting import when
from service.evidence import records_decision, sentences, stems
from service.papers import Asked, Papers
from service.schemas import Answer

# words of asking after a follow-up, not of what it is; and of asking after a commitment ("has it been promised",
# "who owes members an update", "wasn't someone meant to", "supposed to", "or just a commitment so far")
GENERIC = frozenset(stems("follow ups follow-ups actions action outstanding overdue still completed done circulated "
                          "sent round arrived where are we promised promise owes owe owed supposed meant undertook "
                          "undertaken someone somebody anyone far eventually finally ever anywhere"))  # "so far": when,
# not what; "is the record being corrected anywhere": whether, not where
# a thing put in place, asked in everyday words: "has the SID gone up yet", "did the new signs go up" (the doing
# asked after, not the thing; "gone in to wldc", "gone to the department" name where it went)
PUT_UP = re.compile(r"\b(?:go|goes|gone|went|going)\s+up\b", re.I)
PUT_UP_STEMS = frozenset(stems("go goes gone went going"))


def subject_terms(asked: Asked) -> list[str]:
    """The question's terms that say what the follow-up is, not that it is followed up ("has the SID gone up yet":
    the SID)."""
    put_up = PUT_UP_STEMS if PUT_UP.search(asked.question) else frozenset()
    return [t for t in asked.terms if t not in GENERIC and t not in put_up]


DONE = re.compile(r"\b" + v.alternation(v.STATUS_DONE).replace("{done}", v.alternation(v.DONE_VERBS))
                  .replace("{owner}", v.alternation(v.ACTION_OWNERS)), re.I)
PENDING = v.compiled(v.STATUS_PENDING, r"\b{}\b")
RECORDS_SIGNED = v.compiled((v.RECORDS_SIGNED,), r"\b{}")
SIGNING_ASKED = v.compiled((v.SIGNING_ASKED,))
RECORD_AMENDED = v.compiled((v.RECORD_AMENDED,))
DONE_AT_MEETING = v.compiled((v.DONE_AT_MEETING,))
NOW_EXPECTED = v.compiled((v.NOW_EXPECTED,))
SCHEDULED = v.compiled(v.STATUS_SCHEDULED, r"\b{}")
PROMISED = re.compile(
    r"\b" + v.alternation(v.STATUS_PROMISED).replace("{owner}", v.alternation(v.ACTION_OWNERS)), re.I
)
# "has the co-opted councillor signed his acceptance of office?": the question's own past participle, which the
# papers' "Cllr Hickman signed the Declaration" says was done
_NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{d}\s)" for d in ("the", "a", "an", "any", "its", "their", "this", "that"))
# (not a name joined to another, "the dyfed-powys panel"; nor a participle the question uses as an adjective, after
# "the", "a" or "any": "have they spoken to sepa about the localised flooding yet" asks after the talking, not the
# flooding, which the papers' "the localised flooding issues" does not say was done)
ASKED_DONE = re.compile(r"\b(?:has|have|had|did)\s+(?:[\w'’-]+\s+){0,6}?(?:been\s+)?" + _NOT_AFTER_DETERMINER
                        + r"(?P<verb>[a-z]{3,}ed)\b(?![-'’])", re.I)
# not the verb said as still to do, or as not done ("had not been started", "have not yet been replaced", "had
# never been sent")
NOT_DONE_BEFORE = (r"(?<!\bto\s)(?<!\bbe\s)(?<!\bnot\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bnot\sbeen\s)"
                   r"(?<!\bnot\syet\s)(?<!\byet\sbeen\s)(?<!\bnever\s)(?<!\bnever\sbeen\s)")
# how people ask after a thing promised, around what it is (minutebook.vocabulary.FOLLOW_UP_FRAME): its words are no
# subject, and where it stands is what is asked
FOLLOW_UP_ASKED = re.compile(v.FOLLOW_UP_FRAME.form, re.I)
# an action asked of by what was given ("what was the clerk asked to price up"), or a doing asked in one word after the
# thing ("- inspected? which cllr has taken it on"): where it stands is asked too
ACTION_GIVEN = re.compile(v.ACTION_GIVEN_ASKED.form, re.I)
DONE_ALONE = re.compile(v.DONE_ASKED_ALONE.form, re.I)
DONE_SINCE = re.compile(v.DONE_SINCE_ASKED.form, re.I)  # "signed off since?": done after the meeting known of
DOING = re.compile(v.DOING_ASKED.form, re.I)  # "who's putting the minutes up", "did members actually do the visit"
# a yes-or-no question of whether something has happened, beyond the follow-up words the router knows
STATUS_ASKED = re.compile(
    r"\b(?:has|have)\s+(?:[\w'’-]+\s+){1,8}?(?:been\s+[a-z]+|[a-z]+(?:ed|en|ne|wn)|found|got|had|done|put|made|"
    r"paid|sent|set\s+up)\b|\bsorted\b|\bany\s+(?:news|update|progress)\b"
    # "whats the latest on the cctv money": where it stands now
    r"|\bwhat['’]?s\s+the\s+latest\s+(?:on|with|about|regarding|re)\b"
    r"|\bwhen\s+(?:will|is|are|do|does)\s+(?:[\w'’-]+\s+){0,6}?(?:get|have|see|receive|due|coming|come)\b"
    # what is to happen, and when: "is the seat going to be looked at again", "the visit to the control room,
    # when's that" (not the next meeting, whose own route says when)
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){1,16}?going\s+to\s+be\b"
    # whether it is under way or only promised: "is the extra money actually happening, or just a commitment"
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){1,12}?(?:actually\s+|really\s+|now\s+)?(?:happening|going\s+ahead|"
    r"under\s*way|in\s+place|being\s+(?:done|delivered|paid|spent|carried\s+out))\b"
    # what is being done about it, asked in the progressive: "is the record being corrected anywhere", "are the signs
    # being replaced" (not "is it being considered": a decision's stage, which its own route says)
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){1,8}?being\s+(?!(?:considered|discussed|debated|decided|looked\s+at)\b)"
    r"[a-z]+(?:ed|en|ne|wn)\b"
    r"|\bwhen['’]?s\s+(?:the|that|this|it|our|their)\b(?![^?]*\bnext\s+(?:meeting|one|mtg)\b)"
    # whether a thing got done, or came back as asked: "did the march minutes get corrected", "did the hedge get cut
    # back", "did the progress report come to the september meeting"
    r"|\bdid\s+(?:[\w'’-]+\s+){1,10}?get\s+(?:[a-z]+(?:ed|en)|done|made|sent|paid|put|built|cut|set\s+up|sorted)\b"
    # the thing done to named between: "did the october questions doc get a note added", "did the hall get the roof
    # fixed"
    r"|\bdid\s+(?:[\w'’-]+\s+){1,10}?get\s+(?:a|an|the|its|their|some|any)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:[a-z]+(?:ed|en)|done|made|sent|paid|put|built|cut|set\s+up|sorted)\b"
    r"|\bdid\s+(?:the|that|this|our|their|its|it)\b(?:\s+[\w'’-]+){0,11}?\s+(?:come|go)\s+(?:back|to|before)\b"
    # "the noticeboard - was it fixed?", "were they ever sent"
    # (not a decision asked about: "was it approved", "were they refused")
    r"|\b(?:was|were)\s+(?:it|that|this|they|those|these)\s+(?:ever\s+|finally\s+|actually\s+)?(?!(?:approved|agreed|"
    r"decided|granted|refused|passed|adopted|accepted|rejected|carried|supported|noted|discussed|considered|raised|"
    r"mentioned|allowed|dismissed|upheld|deferred)\b)(?:[a-z]+ed|done|sorted|made|sent|paid|put|cut|set\s+up)\b"
    # whether it is now done, asked of the thing: "the bus shelter that got smashed, is it fixed", "the railings - are
    # they repaired", "is it working again" (not "is it needed", "are they allowed": no doing asked after)
    r"|\b(?:is|are)\s+(?:it|they|that|this|these|those)\s+(?:now\s+|all\s+|actually\s+|finally\s+)?(?:fixed|"
    r"repaired|replaced|mended|sorted|done|finished|completed?|installed|fitted|cleared|resurfaced|"
    r"open(?:ed)?\s+again|back\s+up|working(?:\s+again)?)\b"
    # whether a thing to be published is out: "is the conflicts of interest register up on the website now", "are the
    # draft minutes online yet"
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){1,12}?(?:up|live|published|online|posted)\s+(?:on\s+(?:the\s+)?(?:website|"
    r"web\s*site|site|noticeboard)|yet|now)\b"
    # where it stands, asked outright: "what's the status of the recommendations", "progress on the bus shelter?"
    r"|\b(?:status|progress)\s+(?:of|on|with)\b|\bwhat['’]?s\s+happen(?:ing|ed)\s+(?:with|to|about)\b"
    # "the carers strategy review - where is it", "where's that at", "where does it stand"
    r"|\bwhere(?:['’]s|\s+is|\s+are)\s+(?:it|that|this|they|those)\b|\bwhere\s+does\s+(?:it|that|this)\s+stand\b"
    # whether they did what they were told to, asked with the verb left out: "cllrs were told to look over their
    # interest forms - did they?", "the clerk was to write to the trust; did she, and what came back"
    r"|\bdid\s+(?:they|he|she|it|we|you)(?:\s+(?:ever|actually|in\s+the\s+end))?(?=\s*(?:[,?;.!]|and\b|$))"
    # whether the one asked did it: "did the pcc send them", "did the clerk ever write to them" (not a decision:
    # "did the board approve it" is the decision's route)
    r"|\bdid\s+(?:[\w'’-]+\s+){1,8}?(?:ever\s+)?(?:send|pay|deliver|provide|circulate|publish|finish|complete|fix|"
    r"install|write|reply|respond|issue|chase|arrange|repair|replace|sign)\b"  # not "order": a noun in minutes'
    # "diversion order", "traffic regulation order" ("did the footpath diversion order end up going to the Secretary
    # of State"); "did he sign his acceptance of office": signed, or not yet
    # a thing done, asked of it by name: "was the workforce plan action closed off", "were the new bins installed"
    # (and a record put right: "were the march minutes corrected to record him as absent", "was the register updated")
    r"|\b(?:was|were)\s+(?:[\w'’-]+\s+){1,12}?(?:ever\s+|finally\s+)?(?:closed|completed|finished|sent|paid|"
    r"delivered|fixed|installed|circulated|issued|published|repaired|replaced|chased|told|informed|notified|"
    r"corrected|amended|updated|written\s+to|checked|gone\s+through|looked\s+over)\b"
    # forms or records gone over as asked: "were the DOI forms reviewed on the night", "were the registers checked at
    # the meeting" (not a policy reviewed: a decision's route)
    r"|\b(?:was|were)\s+(?:the|their|those|these|all\s+the)\s+(?:[\w'’-]+\s+){0,4}?(?:forms?|registers?|"
    r"records?|returns?|details|entries)\s+(?:ever\s+|actually\s+)?(?:reviewed|checked|updated|looked\s+at)\b"
    # where a thing handed over went: "where did the nursery petition end up after it was handed in", "where has the
    # complaint gone" (passed to a department, referred to a committee: where it stands)
    r"|\bwhere\s+(?:did|has|have)\s+(?:[\w'’-]+\s+){1,10}?(?:end(?:ed)?\s+up|gone|go)\b"
    # who has it in hand now: "which part of the council is dealing with them now", "which department is handling
    # the complaint", "who's looking into it" (passed to a department, referred to an officer: where it stands)
    r"|\b(?:which|what)\s+(?:[\w&'’-]+\s+){0,6}?(?:is|are)\s+(?:now\s+)?(?:dealing\s+with|handling|"
    r"looking\s+(?:into|at)|responsible\s+for|taking\s+(?:it|them|this|that)\s+forward)\b"
    r"|\bwho(?:['’]s|\s+is|\s+are)\s+(?:now\s+)?(?:dealing\s+with|handling|looking\s+into)\b"
    # a matter to be taken up again: "are they going to look at the primary care network rep again", "will the board
    # revisit the grant again"
    r"|\b(?:going\s+to|gonna|will|plan(?:s|ning)?\s+to)\b[^?]{0,60}?\bagain\b"
    # a thing put in place, asked in everyday words: "did the new boards at the car park go up", "did the bin go in"
    r"|\bdid\s+(?:the|that|this|our|their|its|it|they)\b(?:\s+[\w'’-]+){0,10}?\s+(?:go|get\s+put)\s+(?:up|in)\b"
    # whether it now stands done, asked in the present: "the bus shelter that got smashed, is it fixed", "are the
    # streetlights repaired yet", "are the harbour toilets open again"
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){0,8}?(?:now\s+|finally\s+|actually\s+)?(?:fixed|repaired|replaced|installed|"
    r"mended|cleared|finished|completed|up\s+and\s+running|open(?:ed)?\s+again|re-?opened|back\s+open)\b"
    # when what was promised is to happen: "when is the 101 scrutiny session happening", "when's the survey due"
    r"|\bwhen(?:['’]s|\s+is|\s+are|\s+will)\s+(?:[\w'’-]+\s+){1,10}?(?:happening|happen|taking\s+place|"
    r"take\s+place|due)\b"
    # the state asked alone after the thing: "brinscombe bus shelter glass - fixed?", "abbey road street lights, all
    # fixed now?", "the care at home report action - closed?", "the quay loos, open again now?"
    r"|[-–—,:]\s*(?:all\s+|now\s+)?(?:fixed|sorted|closed|finished|complete[d]?|installed|repaired|replaced|"
    r"signed\s+off|open(?:ed)?|re-?opened|back\s+open|working)(?:\s+again)?(?:\s+now|\s+yet)?\s*\??\s*$"
    # a state asked of the thing by name: "is the corridor care audit action closed", "is the defib at the old phone
    # box registered with the ambulance service now"
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){1,8}?(?:now\s+)?(?:closed|closed\s+off|registered|in\s+place|signed\s+up)\b"
    # whether the thing asked for came: "did they get the list of schemes", "did members ever get the figures"
    # (information asked for, not what a body won: "did the council get the grant" asks an outcome)
    r"|\bdid\s+(?:they|we|members|councillors|governors)\s+(?:ever\s+|actually\s+|finally\s+)?get\s+"
    r"(?:the|a|an|their|our|any)\s+(?:[\w'’-]+\s+){0,3}?(?:list|figures|numbers|breakdown|report|update|briefing|"
    r"note|data|details|information|letter|reply|response|paper|copy|answer)s?\b"
    # whether what was to start did: "round 3 - did it actually open", "did it happen in the end"
    r"|\bdid\s+(?:it|they|that|this)\s+(?:actually\s+|ever\s+|finally\s+|really\s+)?(?:open|happen|go\s+ahead|"
    r"start|take\s+place)\b"
    # whether a thing agreed is to be put in: "the skate park cctv - is it going in?", "are the new benches going up"
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){1,6}?(?:actually\s+|still\s+|now\s+)?going\s+(?:in|up)\b"
    # whether a post left empty was filled: "did they find a new internal auditor", "have they found a replacement"
    r"|\b(?:did|have|has)\s+(?:[\w'’-]+\s+){1,6}?(?:ever\s+|yet\s+)?(?:find|found)\s+(?:a|an|any|someone|somebody|"
    r"anyone)\b(?:\s+(?:new|replacement|successor)\b)?",
    re.I,
)
SUBJECT_MATCH = 0.3  # least share of the question's subject a quoted line must hold to speak for it
CITED = re.compile(r"\s*\[(\d+)\]\s*$")  # an answer's sentence ends in its citation's marker
SHOWN = 220  # characters of the line quoted with the status


@lru_cache(maxsize=1024)  # a question's, asked again by several routes
def status_asked(question: str) -> bool:
    """Does the question ask whether something has been done ("has the defib been checked?", "sorted?"), or after a
    thing promised in everyday words ("still waiting on it?", "has it happened", "whose job is it")?"""
    return bool(STATUS_ASKED.search(question) or FOLLOW_UP_ASKED.search(question) or ACTION_GIVEN.search(question)
                or DONE_ALONE.search(question) or DOING.search(question) or DONE_SINCE.search(question))


def with_said_status(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the status its quotes state for the subject asked about, said in a sentence of its own;
    unchanged where it has a status already, or no quoted line on the subject says where it stands."""
    if answer.status is not None or not answer.found:
        return answer
    subject = subject_terms(asked)
    # no subject beyond the words of following up, answered from a meeting's header: the meeting's business as a whole
    # is asked after ("can the decisions be put into action yet"), which its publication note speaks of ("DEADLINE
    # FOR CALL-IN: 25 SEPTEMBER 2017 ... DECISIONS ... MAY THEN BE IMPLEMENTED"): every line it quotes is on it
    whole = not subject and answer.citations and asked.headers_only(answer.citations)
    if not subject and not whole:
        return answer
    # an answer's line mostly repeats its quote: each sentence of each citation is weighed once
    # (a table quoted whole is weighed a row at a time: the row on the subject says where it stands, not the last
    # row's status)
    weighed = {(n, line): c for n, c, text in _said(answer) for said in sentences(text)
               for line in _rows_of(said)}
    after, rows = _following(papers, asked, answer)

    def on_subject(line: str) -> tuple[float, float]:
        """How much of the subject the line covers, and read with its tracker's row where it is a cell of one ("Options
        report now expected at the January 2027 meeting." in the row on "alternative premises for Ropewalk Lane
        Enterprise Hub tenants": the row's first cells name what its last say where it stands); a row set out in
        cells (tabs or bars), not prose aligned by spaces."""
        if whole:
            return 1.0, 1.0
        own = papers.cover(asked, line, subject)
        flat = " ".join(line.split())
        row = next((r for r in rows if flat and flat in " ".join(r.split()) and CELLED.search(r)), "") \
            if own < SUBJECT_MATCH else ""
        return own, papers.cover(asked, (line, row), subject) if row else own

    # (a line on the subject in its own words before one that borrows its row's)
    lines = [(own, c.meeting_date, n, line, c) for (n, line), c in weighed.items()
             for own, read in [on_subject(line)] if read >= SUBJECT_MATCH]
    if not lines:
        return answer  # no quoted line is on the subject: nothing it says is where the subject stands

    def latest_of(committee: str) -> dt.date | None:
        return latest_paper(papers, committee)

    def status_of(line: str, c: Citation) -> tuple[ActionStatus | None, str, str, bool]:
        """What the line states (read in its tracker's row, where it is a cell of one), else what the sentences
        after it on the same item state ("Mr Varma circulated the breakdown on 15 December." then "Complete."; "Cllr
        Mold asked what progress had been made." then "Mr Fairweather agreed to provide a written response."); and
        whether a tracker's row said it."""
        flat = " ".join(line.split())
        # an answer's own line leads with where it is from ("Minute 19, 18 July 2019 (...): Cllr Mold asked ...")
        quoted = flat if flat in after else max((q for q in after if q and flat.endswith(q)), key=len, default="")
        # a cell of a tracker's row ("That the Deputy Leader explores ..."): the row, whose last cell says where it
        # stands now ("Chased 6 July | Information provided in report to ILSC on 28 July | COMPLETED")
        row = next((r for r in rows if (quoted or flat) in " ".join(r.split())), "") if flat else ""
        if TRACKER_ROW.search(flat):
            row = line
        # (a row's own cells say where it stands: the rows after it in its table are other actions, "A9 | ... |
        # Closed" under "A8 | Review of on-call availability | ... | A")
        later = [x for x in after.get(quoted, []) if not (row and TRACKER_ROW.search(x))]
        read = [*([row] if row else []), line, *later]
        if RECORD_AMENDED.search(flat):  # "were approved with amendments to the following:": the record put right
            return ActionStatus.COMPLETED, quoted or line, quoted or line, False
        if not row and later and DONE_AT_MEETING.search(later[0]):
            # an ask met there and then: "... would need to check their Declaration of Interests Form" then "The
            # Councillors did this at the meeting"
            return ActionStatus.COMPLETED, quoted or line, later[0], False
        # a word of status first, in the line or a sentence after it on the subject; only then a promise or an ask:
        # "... contrary to the minutes and should be noted under the 'apologies' section." then "The minutes were
        # updated." (the ask, then its doing)
        for promises in (False, True):
            last: tuple[ActionStatus | None, str, str, bool] | None = None
            for said in read:
                if last is not None and len(said.split()) > SHORT and not promises:
                    continue  # after a word of status, only one said alone closes the point ("No reply yet.")
                if said not in (row, line) and papers.cover(asked, said, subject) == 0:
                    if REPORTED.match(said) and not QUESTION_PUT.search(line):
                        break  # "Councillor Sandhu reported that the CCTV upgrade was complete.": another's point
                        # (after a question put, "The Clerk said they would be fitted on 15 April" is its reply)
                    if not promises and len(said.split()) > SHORT:
                        continue  # before a promise, only a status of the subject, or one said alone ("Complete.")
                status = stated(said, c.meeting_date, asked.question, latest=latest_of(c.committee),
                                promises=promises)
                if promises and last is not None and (status != ActionStatus.SCHEDULED or records_decision(said)):
                    continue  # after an open promise, only one that fixes when it comes (not a decision of its own:
                    # "It was further RESOLVED that a report on the floodlighting be brought to the March meeting")
                if status is not None:
                    shown = quoted or line  # the minutes' words, without the answer's lead
                    last = status, shown, said if said != line else shown, said == row
                    if (promises and status != ActionStatus.OUTSTANDING) or said == row:
                        break  # a tracker's row says where it stands; of promises, the first that fixes a date
                        # (an open one, "she would contact them", is followed by the one that says when it comes
                        # back: "Clerk to report back at next meeting.")
                    # (else a status said alone after it closes the point, where it stands now: "a holding reply
                    # had been received." then "No substantive reply yet.")
            if last is not None:
                return last
        if RECORD_AMENDED.search(lead_in(c.quote or "", flat)):
            # a change listed under minutes approved with amendments, itself stating nothing: made by the approval
            shown = quoted or line
            return ActionStatus.COMPLETED, shown, shown, False
        return None, line, line, False

    # the line most on the subject that says where it stands ("Minute 113 – Allotments." says nothing of it; the
    # next line, "Cllr Faulkner Smith to look at the track.", does); a tracker's row first, the record of where each
    # action stands
    read = [(not from_row, -cover, -held.toordinal(), status, n, line, said, c)
            for cover, held, n, line, c in lines
            for status, line, said, from_row in [status_of(line, c)] if status is not None]
    if not read:
        return answer
    *_, status, n, line, said, cite = min(read, key=lambda x: x[:3])
    if status is None or cite is None:
        return answer
    citations = list(answer.citations)
    if said != line:  # the sentence after it says where it stands: quoted (and cited) as the minutes print it
        flat = " ".join(said.split())
        n = next((c.n for c in citations if flat in " ".join((c.quote or "").split())), 0)
        if not n:
            citations.append(cite.model_copy(update={"quote": said, "n": len(citations) + 1}))
            n = len(citations)
        line = said if len(said.split()) > SHORT else f"{line} {said}"  # "Complete.": with what is complete
    if len(line) <= SHOWN:
        shown = line
    elif TRACKER_ROW.search(line):  # a row ends with where it stands now: its last cells
        shown = "… " + line[-SHOWN:].split(" ", 1)[-1]
    else:
        shown = line[:SHOWN].rsplit(" ", 1)[0] + " …"
    said = f"Status: {status.value} — {when(cite.meeting_date)}: “{shown}” [{n}]"
    if status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE):
        # "... had not yet been completed because ..." then "It was now expected in June.": when it is looked for
        expected = next((s for s in after.get(" ".join(line.split()), [])[:1] if NOW_EXPECTED.search(s)
                         and s not in line), None)
        if expected is not None:
            citations.append(cite.model_copy(update={"quote": expected, "n": len(citations) + 1}))
            said += f" “{' '.join(expected.split())}” [{len(citations)}]"
    # "Action 20/15 (...) - carried forward; see action list": the action list's row for it, with its owner and due
    # date, where the same minutes print one
    listed = listed_row(papers, asked, cite, line)
    if listed is not None:
        row_cite, row = listed
        citations.append(row_cite.model_copy(update={"n": len(citations) + 1}))
        said += f"\nAction list: “{' '.join(row.split())}” [{len(citations)}]"
        if status == ActionStatus.OUTSTANDING:
            status = stated(row, cite.meeting_date, latest=latest_of(cite.committee)) or status
    return answer.model_copy(update={"answer": f"{answer.answer}\n{said}", "status": status, "citations": citations})


# a note's reference to an action by its number: "Action 20/15", "Action No. 12", "action A24/07"
ACTION_REF = re.compile(r"\baction\s+(?:no\.?\s*|ref\.?\s*)?(?P<ref>[A-Z]{0,4}-?\d+(?:[-/]\d+)+|[A-Z]{1,4}-?\d+|\d+)\b",
                        re.I)


def listed_row(papers: Papers, asked: Asked, cite: Citation, line: str) -> tuple[Citation, str] | None:
    """The row of an action list or tracker in the same minutes (of ``cite``) whose first cell is the action ``line``
    refers to by number ("2.3 Action No. 7 (letter to the DfE) - carried forward.": "| 7 | Letter to the DfE on the
    high needs block | Chair | 31/01/24 | In progress |"), cited; None where ``line`` names no action, or the minutes
    list none."""
    listed = _listed(papers, asked, cite, line)
    if listed is None:
        return None
    (meeting, item), row = listed
    return papers.item_citation(meeting, item, row.strip()), row


def _listed(papers: Papers, asked: Asked, cite: Citation, line: str) -> tuple[tuple[Meeting, MinuteItem], str] | None:
    """The row of an action list or tracker in the same minutes whose first cell is the action ``line`` refers to by
    number, and its item; None where ``line`` names no action, or the minutes list none."""
    ref = ACTION_REF.search(line)
    if ref is None:
        return None
    try:
        meeting = papers.meeting(meeting_key(cite.committee, cite.meeting_date), asked.filters.audience)
    except NotFoundError:
        return None
    first = re.compile(rf"^[\s|]*{re.escape(ref.group('ref'))}(?:\s|\|)", re.I)
    for item in meeting.items:
        for row in item.text.splitlines():
            if first.match(row) and TRACKER_ROW.search(row) and " ".join(row.split()) not in " ".join(line.split()):
                return (meeting, item), row
    return None


# a sentence that reports what another member or officer said: a point of its own, not the one before continued
REPORTED = re.compile(rf"\s*(?:{v.alternation(v.ACTION_OWNERS)})\s+(?:reported|highlighted|said|noted|asked|raised|"
                      r"informed|advised|stated|explained|mentioned|commented|queried|welcomed|thanked)\b")
SHORT = 4  # words of a status said alone ("Complete.", "Carried forward.")
FOLLOWING = 2  # sentences after a line on the subject that may say where it stands
# a sentence that opens a point of its own ("2.3 Action 20/15 ...", "(b) Footpath 12 stile: ...", "Action 24/07"):
# what it says is of another matter
NEW_POINT = re.compile(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]|\d+(?:\.\d+)+|action\s+[\w/.-]*\d)\s", re.I)


def latest_paper(papers: Papers, committee: str) -> dt.date | None:
    """The date of the committee's latest paper: what a date given for a follow-up is read against."""
    return papers.latest_dates.get(slug(committee))  # as the catalogue matches a committee: by its key's slug


def _following(papers: Papers, asked: Asked, answer: Answer) -> tuple[dict[str, list[str]], list[str]]:
    """Each sentence of the items the answer quotes, flattened, with the sentences after it on the same item (the
    item's own text as the minutes print it, else the quotes of it in the order cited), up to the next point of its
    own; and the items' tracker rows, each flattened."""
    passages: dict[tuple[object, ...], list[str]] = {}
    rows: list[str] = []
    for c in answer.citations:
        key = (c.meeting_date, c.minute, c.item_title.lower())
        if key not in passages:
            text = _item_text(papers, asked, c)
            passages[key] = sentences(text) if text else []
            rows += tracker_rows(text)
        said = passages[key]
        said += [s for s in sentences(c.quote or "") if s not in said]
    out: dict[str, list[str]] = {}
    for said in passages.values():
        for k, line in enumerate(said):
            nxt: list[str] = []
            for s in said[k + 1:k + 1 + FOLLOWING]:
                if NEW_POINT.match(s):
                    break
                nxt.append(s)
            out.setdefault(" ".join(line.split()), nxt)
    return out, rows


def _item_text(papers: Papers, asked: Asked, c: Citation) -> str:
    """The text of the minute a citation quotes, as the audience may read it; empty where it is no minute of the
    catalogue's (a report in a pack)."""
    try:
        meeting = papers.meeting(meeting_key(c.committee, c.meeting_date), asked.filters.audience)
    except NotFoundError:
        return ""
    item = papers.item_cited(meeting, c)
    if item is not None:
        return item.text
    # a report or schedule in a pack: its passages as indexed (under its agenda number), in the order printed
    agenda = next((a for a in meeting.agenda if a.title.lower() == c.item_title.lower()), None)
    number = agenda.number if agenda is not None else c.minute
    nodes = papers.index.item_nodes(item_key(meeting.key, number, c.item_title), asked.filters.audience)
    return "\n".join(n.body for n in nodes)


def lead_in(quote: str, line: str) -> str:
    """The lead-in closing in a colon that ``line`` (flattened) is listed under in ``quote``; empty where none."""
    lead = ""
    for said in quote.split("\n"):
        flat = " ".join(said.split())
        if (flat and flat in line) or (line and line in flat):
            return lead
        if flat.endswith(":"):
            lead = flat
        elif flat and not LISTED.match(flat):
            lead = ""  # a sentence of its own between: the list has ended
    return ""


LISTED = re.compile(r"^(?:[-•*·–]|\(?[a-z0-9]{1,3}[.)])\s")  # a list's entry: a bullet or a short label


def _said(answer: Answer) -> list[tuple[int, Citation, str]]:
    """What the answer says, each sentence with its citation: its own lines ending "[n]", and the quotes cited."""
    out = [(n, c, c.quote or "") for n, c in enumerate(answer.citations, 1)]
    for line in answer.answer.split("\n"):
        if (m := CITED.search(line)) and 0 < (n := int(m.group(1))) <= len(answer.citations):
            out.append((n, answer.citations[n - 1], line[:m.start()]))
    return out


def stated(line: str, held: dt.date, question: str = "", *, latest: dt.date | None = None,
           promises: bool = True) -> ActionStatus | None:
    """The status ``line`` states, of a meeting held on ``held``: its last word of status, else a promise's (unless
    ``promises`` is False). ``latest``: the date of the committee's latest paper, against which a date the line gives
    it by is read (a promise for a date already past, or a tracker's row still open past its due date, is
    overdue)."""
    line, marked = _read_marks(line)
    if (titled := TITLED.match(line)) is not None:
        # the status a clerk puts straight after the point's title is the point's, whatever its details say after
        # ("Minute 26/04 (park toilets) - NOT COMPLETE. ... Signs ... were put up on 26 January")
        if titled.group("done"):
            return ActionStatus.COMPLETED
        return ActionStatus.SCHEDULED if titled.group("open").lower() == "scheduled" else ActionStatus.OUTSTANDING
    # each mark where it starts and ends: the last to end is the last word (a word of not yet done that holds a word
    # of doing, "No reply has been received", says it not done)
    marks = list(marked)
    if SIGNING_ASKED.search(question):  # records signed as correct as the meeting resolved it, where that is asked
        marks += [(m.start(), m.end(), ActionStatus.COMPLETED) for m in RECORDS_SIGNED.finditer(line)]
    for verb in {m.group("verb").lower() for m in ASKED_DONE.finditer(question)}:
        # (the verb as the line writes it, not a name it prints capitalised within a sentence: "Dyfed Powys")
        marks += [(m.start(), m.end(), ActionStatus.COMPLETED)
                  for m in re.finditer(rf"{NOT_DONE_BEFORE}\b{verb}\b", line, re.I)
                  if not m.group(0)[0].isupper() or m.group(0).isupper() or not line[:m.start()].strip()
                  or line[:m.start()].rstrip()[-1] in ".:;|\t"]  # fmt: skip
    if marks:
        at, end, status = max(marks, key=lambda m: (m[1], m[2] == ActionStatus.OUTSTANDING, m[0]))
        if status == ActionStatus.COMPLETED and part_done(line[max((m.end() for m in CLAUSE_END.finditer(line, 0, at)),
                                                                   default=0):end]):
            return ActionStatus.OUTSTANDING  # "two of the three outstanding accounts had now been paid": not all
        if status == ActionStatus.OUTSTANDING and latest is not None and TRACKER_ROW.search(line):
            # a tracker's row: its due column, the last date before the status cell that is a cell of its own (not a
            # date in the update's prose: "Tenants written to on 4 November 2026." is when that was done; nor the
            # row's reference, "26 (15 Sep 26)", the minute it comes from)
            due = [f for cell in CELL_SPLIT.split(line[:at].strip(" |\t"))[1:] if len(cell.split()) <= DUE_CELL
                   for f in find_dates(cell, held) if f.explicit_year or f.day_given]
            if due and _by(due[-1]) < latest:
                return ActionStatus.OVERDUE
            if due and due[-1].day_given and due[-1].date > max(held, latest) and CARRIED.fullmatch(line[at:end]):
                # carried forward to a day its due column fixes ("A2 | Report on use of drones | ACC Deeley | 21
                # September 2033 | Carried forward"): put on that day's meeting
                return ActionStatus.SCHEDULED
        rest = line[end:]
        rest = rest[:next((m.start() for m in CLAUSE_END.finditer(rest)), len(rest))]  # its cell or sentence
        if status == ActionStatus.OUTSTANDING and promises and _promised(rest, held, latest) == ActionStatus.SCHEDULED:
            # "Open - proposals to be reported to the December 2025 meeting": open, and put on a coming meeting in the
            # same words (not "... were not yet available. The Manager would now report them to the January
            # meeting.": not yet, then a promise of its own)
            return ActionStatus.SCHEDULED
        return status
    return _promised(line, held, latest) if promises else None


@lru_cache(maxsize=8_192)  # a quoted line is read for every question whose answer quotes it, and for each citation
def _read_marks(line: str) -> tuple[str, tuple[tuple[int, int, ActionStatus], ...]]:
    """``line`` as :func:`stated` reads it (cells rejoined, capitals as words), with where each word of done, not
    done and scheduled starts and ends in it."""
    line = cells_rejoined(line)  # a row hard-wrapped in its columns: each cell read whole
    line = SHOUTED.sub(lambda m: m.group(0).lower(), line)  # a run of capitals: words, not initials
    marks = [(m.start(), m.end(), ActionStatus.COMPLETED) for m in DONE.finditer(line)]
    marks += [(m.start(), m.end(), ActionStatus.OUTSTANDING) for m in PENDING.finditer(line)]
    marks += [(m.start(), m.end(), ActionStatus.SCHEDULED) for m in SCHEDULED.finditer(line)]
    return line, tuple(marks)


# some of the things asked of, not all: "two of the three outstanding drainage rate accounts had now been paid", "4 of
# the 6 signs had been replaced"
_COUNT = r"(?:\d+|" + "|".join(v.COUNT_WORDS) + ")"
PART_OF = re.compile(rf"\b(?P<part>{_COUNT})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|those\s+)?"
                     rf"(?P<whole>{_COUNT})\b", re.I)


def part_done(clause: str) -> bool:
    """Does the clause say that only some of the things were done ("two of the three ... had now been paid")?"""
    def count(word: str) -> int:
        return int(word) if word.isdigit() else v.COUNT_WORDS[word.lower()]
    return any(count(m.group("part")) < count(m.group("whole")) for m in PART_OF.finditer(clause))


def promised_status(line: str, held: dt.date, latest: dt.date | None) -> ActionStatus | None:
    """The status an ask's own words give it, read as a promise only (an ask's words are not a report of where it
    stands: "to explain progress on the outstanding recommendations" is no status said): scheduled where it names a
    meeting or date still to come at ``latest``."""
    return _promised(line, held, latest)


def _promised(line: str, held: dt.date, latest: dt.date | None) -> ActionStatus | None:
    """The status a promise in ``line`` states: outstanding, scheduled where it fixes a date still to come, overdue
    where that date has passed by the ``latest`` paper; None where it makes none."""
    promised = PROMISED.search(line)
    if promised is None or QUESTION_PUT.search(line, 0, promised.start()):
        return None  # "A resident asked when the benches would be installed": a question put, no promise
    # a promise that fixes its date ("would be held on the 16th February, 2018", "to the June 2024 meeting"), in the
    # words of the promise (not a tracker row's other cells: "will be circulated | Chased 17 June")
    start = max((m.end() for m in CLAUSE_END.finditer(line, 0, promised.start())), default=0)
    end = next((m.start() for m in CLAUSE_END.finditer(line, promised.end())), len(line))
    clause = line[start:end]
    fixed = [f for f in find_dates(clause, held) if (f.explicit_year or f.day_given) and f.date > held]
    fixed = sorted([*fixed, *_meetings_named(clause, held, latest)], key=lambda f: f.start)
    if not fixed:
        return ActionStatus.OUTSTANDING
    if latest is not None and _by(fixed[-1]) < latest:
        return ActionStatus.OVERDUE  # the date has passed by the latest paper, which says no more of it
    if DEADLINE.search(clause[:fixed[-1].start]):
        return ActionStatus.OUTSTANDING  # "by 30 June 2024": a date it is due by, not one fixed for it
    return ActionStatus.SCHEDULED


MEETING_NAMED = v.compiled((v.MEETING_NAMED,), r"\b{}\b")
_MONTH_NAMES = "|".join(m for m in MONTHS if len(m) > 3 or m == "may")  # not "mar", "jun": words of their own
# "report to the October meeting", "at its May meeting", "be invited to attend the June meeting" (a year written is
# a date found); not a paper of a month's meeting ("the public questions document for the October meeting" in
# November's minutes: the one just held)
MONTH_MEETING = re.compile(rf"\b(?:to|at|until|before|attend)\s+(?:the|its|their|our)\s+(?P<month>{_MONTH_NAMES})"
                           r"\s+meeting\b", re.I)


# a month a thing is promised in, with no year, only after a thing said it will be done ("will be advertised in
# June"; the month's after the minutes' own; a month with its year is a date found)
MONTH_PROMISED = re.compile(v.MONTH_PROMISED.form.replace("{months}", _MONTH_NAMES), re.I)
WILL_BE_DONE = v.compiled((v.WILL_BE_DONE,))


def _meetings_named(clause: str, held: dt.date, latest: dt.date | None) -> list[FoundDate]:
    """The meetings a promise names without a date, as the dates they fix: "the October meeting" (the month's,
    after the minutes' own), "the next meeting" (after the minutes' own: by the committee's latest paper where a
    later paper is held, which then says nothing of it, else a day after the minutes, still to come); and a month
    it is promised in ("will be advertised in June": the month's, after the minutes' own)."""
    out: list[FoundDate] = []
    for m in [*MONTH_MEETING.finditer(clause),
              *(m for m in MONTH_PROMISED.finditer(clause) if WILL_BE_DONE.search(clause, 0, m.start()))]:
        month = MONTHS[m.group("month").lower()]
        year = held.year + (month <= held.month)
        out.append(FoundDate(dt.date(year, month, 1), m.start(), m.end(), explicit_year=False, day_given=False))
    for m in MEETING_NAMED.finditer(clause):
        day = latest - dt.timedelta(days=1) if latest is not None and latest > held else held + dt.timedelta(days=1)
        out.append(FoundDate(day, m.start(), m.end(), explicit_year=False, day_given=True))
    return out


# a question put at the meeting, reported: what it asks "would" happen is asked, not promised
QUESTION_PUT = re.compile(r"\b(?:asked|enquired|inquired|queried|wondered|questioned)\s+(?:\w+\s+){0,3}?"
                          r"(?:when|whether|if|what|why|how|where)\b", re.I)
# what a due date is written after: "to write to the county by 30 June 2024", "no later than", "due:"
DEADLINE = re.compile(r"\b(?:by|before|no\s+later\s+than|due(?:\s+date)?|deadline|within)\s*:?\s*(?:the\s+)?"
                      r"(?:end\s+of\s+)?$", re.I)
# a status said straight after a point's title, its details after it: "PL/24/039 Ward breakdown - DONE. Circulated
# ...", "Minute 26/04 (park toilets) - NOT COMPLETE. The toilets did not reopen ..." (not done read first: its words
# hold a word of done)
TITLED = re.compile(r"^[^.\n]{0,160}?\s[-–—:]\s*(?:(?P<open>" + v.alternation(v.ENTRY_OPEN) + r")|(?P<done>"
                    + v.alternation(v.ENTRY_DONE) + r"))\s*[.;!]", re.I)
# a run of five words or more in capitals, as publication notes and headings print them ("FOLLOWING THE CALL-IN
# PERIOD, DECISIONS INCLUDED IN THESE MINUTES MAY THEN BE IMPLEMENTED"): its words are read as words, not as an
# owner's initials ("BE IMPLEMENTED" is no "AB circulated")
SHOUTED = re.compile(r"\b(?-i:[A-Z][A-Z'’-]*)(?:[\s,:;*]+(?-i:[A-Z][A-Z'’-]*)\b){4,}")
CELLED = re.compile(r"\t|\|")  # a row set out in cells: tabs or bars
CARRIED = re.compile(rf"(?:{v.CARRIED_ON.form})", re.I)  # a tracker's row moved on to a later meeting's log
CELL_SPLIT = re.compile(r"\t|\||\s{2,}")  # where a tracker's cells part: tabs, bars or runs of spaces
DUE_CELL = 5  # words of a due date's cell at most ("16/03/21", "30 June 2024", "by end of March 2025")
CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|[|\t]")  # where a sentence or a table's cell ends
# a row of a table: three cells or more, between bars or tab-separated ("1.2<tab>This briefing paper ..." is a
# numbered paragraph), or four or more aligned by runs of spaces
TRACKER_ROW = re.compile(r"\|(?:[^|\n]*\|){2,}|[^\t\n]*\t[^\t\n]*\t|(?:\S {2,}(?=\S)[^\n]*?){3}")
# (or columns aligned by spaces: "20/15   Falling rolls criteria   A Varma   16/03/21   Open")


def cells_rejoined(text: str) -> str:
    """A tracker's row typed in columns and hard-wrapped, its cells joined again: "FRA/25/04 | Proposals to close the
    gap by the | Open - proposals to be reported" over " | end of 2025 | to the December 2025 meeting" is read as
    "... by the end of 2025 | Open - proposals to be reported to the December 2025 meeting" (the words a status cell
    carries onto the next line are its own, not after the next cell's). A line carried on in two cells or more holds
    the row's last cells (the reference in the first column is short and does not wrap); one carried on in a single
    cell, whose column its text alone does not say, is left where it is."""
    lines = text.split("\n")
    head = lines[0].split("\t")
    if len(lines) < 2 or len(head) < 3:
        return text
    rest: list[str] = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if rest or not 2 <= len(cells) < len(head):
            rest.append(line)
            continue
        for k, cell in enumerate(cells, start=len(head) - len(cells)):
            head[k] = f"{head[k].rstrip()} {cell}" if cell else head[k]
    return "\n".join(["\t".join(head), *rest])


def _rows_of(said: str) -> tuple[str, ...]:
    """A quoted passage a row at a time where it is a table of several rows, else the passage."""
    rows = tracker_rows(said)
    return rows if len(rows) > 1 else (said,)


@lru_cache(maxsize=4096)  # an item's text is read for every follow-up question that quotes it
def tracker_rows(text: str) -> tuple[str, ...]:
    """The lines of an item's text that are rows of a tracker (three cells or more)."""
    return tuple(r for r in text.splitlines() if TRACKER_ROW.search(r))


def due_ahead(row: str, held: dt.date, latest: dt.date | None) -> bool:
    """Does a tracker's ``row`` (of a meeting held on ``held``) give its action a due date in a cell of its own that
    is still to come at ``latest``, the committee's latest paper ("A2 | Obtain quotes ... | Clerk | July 2036 | Open"
    in June 2036: due again, after it was taken over, in July)?"""
    if latest is None or not TRACKER_ROW.search(row):
        return False
    due = [f for cell in CELL_SPLIT.split(row.strip(" |\t"))[1:] if len(cell.split()) <= DUE_CELL
           for f in find_dates(cell, held) if f.explicit_year or f.day_given]
    return bool(due) and _by(due[-1]) >= latest


def _by(found: FoundDate) -> dt.date:
    """The last day a date given means: a month without a day ("the March 2024 meeting") runs to its end."""
    if found.day_given:
        return found.date
    d = found.date
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1)
