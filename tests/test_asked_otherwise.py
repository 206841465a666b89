"""Questions the answerer gets right, asked again in other words: the same answer, or the same refusal.

Read from a small fictional parish council's two meetings written for these tests, beside a town council's one
(``fixtures/asked-otherwise``):

* the meeting after a given one asked as "the meeting following 10 March - date and venue?": the next meeting, with
  its place (not a refusal for want of a meeting on that date);
* the attendance record asked as "did anyone arrive after the start", "did the highways department send anyone",
  "what reason did X give for missing the meeting", "parish clerk - name?";
* declarations asked as "did any councillor have a stake in an agenda item";
* a summary of the meeting's business printed above its minutes ("At this meeting the council: - Agreed expenditure
  on additional playground equipment ...") is searched as any passage is: "was extra play equipment approved";
* near misses asked otherwise are still refused: "what did the quotes come to" (no sum is given), "what's the
  council putting in its newsletter" (still to be drafted), "name the six allotment holders that haven't paid" (a
  count, no names), "the tenant - what did they say" (a councillor advised the tenant), "who is vice-chairman now"
  (only who held the office that day), "X in April - who proposed approving the March minutes" (no mover), "what
  holiday let occupancy figure was given" (a count of lets is no occupancy figure), "what did the council pay to repair
  the shelter" (no sum), "when's the footpath supposed to open" (a report on it is to come), and "the consultation:
  what were the results?" (it is still running).
"""

from __future__ import annotations

import pytest

from service.core import Minutebook
from tests.conftest import REPO, papers_fixture

FIXTURES = REPO / "tests" / "fixtures" / "asked-otherwise"


opened = papers_fixture(FIXTURES)


def test_the_meeting_following_a_date_is_the_next_one_with_its_place(opened: Minutebook) -> None:
    answer = opened.ask("fenwick moor pc: the meeting following 10 march 2026 - date and venue?")
    assert answer.found and "14 April 2026" in answer.answer and "Memorial Hall" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Was everyone there at Fenwick Moor Parish Council in April 2026, or was someone missing?", "Lyle"),
    ("did any councillor arrive after the start of the fenwick moor pc meeting in march 2026?", "7.45pm"),
    ("did the county highways department send anyone to fenwick moor parish council in march 2026?", "Doyle"),
    ("what reason did cllr ames give for missing the fenwick moor pc meeting in march 2026?", "work commitments"),
    ("fenwick moor parish clerk - name?", "Gorman"),
])
def test_the_attendance_record_asked_in_other_words(opened: Minutebook, question: str, said: str) -> None:
    answer = opened.ask(question)
    assert answer.found and said in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    # chat's framing and shorthand ask nothing of the papers: "sorry if this is obvious", "any idea", "can u check",
    # "do you know", "cncl", "wen", "pls"
    ("sorry if this is obvious, but fenwick moor pc in march 2026 - absences?", "Ames"),
    ("any idea who put their name to the february record at fenwick moor parish cncl?", "signed by the Chairman"),
    ("can u check wen the beck road resurfacing starts, fenwick moor cncl", "June 2026"),
    ("quick one: do you know which cllr declared an interest at fenwick moor in march 2026?", "Birch"),
    # a record asked by its noun alone, or two listed by their nouns
    ("fenwick moor pc 10/3/26 - location?", "Memorial Hall"),
    ("fenwick moor pc 10/3/26 - start time n venue pls", "7.30pm"),
    ("fenwick moor pc 10/3/26 - start time n venue pls", "Memorial Hall"),
    # the next meeting asked as the sitting after a date, or when they reconvene
    ("fenwick moor pc: date of the sitting following 10/3/26?", "14 April 2026"),
    ("fenwick moor parish council - what date do they reconvene?", "12 May 2026"),
    ("when can the public next attend a fenwick moor parish council meeting?", "12 May 2026"),
    ("fenwick moor pc had a meeting on 10/3/26; the date of the one that followed?", "14 April 2026"),
    # who stayed away, asked without naming anyone
    ("fenwick moor pc 10/3/26 - who didn't show?", "Ames"),
    ("fenwick moor pc, april 2026: anyone not there?", "Lyle"),
    ("fenwick moor pc april 2026 - absentees?", "Lyle"),
    # away with apologies (the minute of them) and without (the record's "Not present:" line)
    ("who didnt turn up to ashby clough town council in february 2026?", "Ashdown"),
    ("who didnt turn up to ashby clough town council in february 2026?", "Venn"),
    # a month set off by punctuation, as a heading names the meeting ("march" is no verb there)
    ("fenwick moor pc, March - who sent apologies?", "Ames"),
])
def test_chat_framing_and_shorthand_ask_nothing_of_the_papers(opened: Minutebook, question: str, said: str) -> None:
    answer = opened.ask(question)
    assert answer.found and said in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "fenwick moor pc - the mill lane ditch quotes, in?",
    "fenwick moor pc: where's the mill lane ditch clearing at?",
])
def test_where_a_matter_stands_asked_in_a_word_or_two(opened: Minutebook, question: str) -> None:
    # the state asked after the thing named ("- in?", "where's X at?"): the action with the latest word on it (April's
    # "requested and were awaited"), and where it stands
    answer = opened.ask(question)
    assert answer.found and answer.status == "outstanding" and "awaited" in answer.answer, answer.answer


def test_a_stake_in_an_item_is_a_declared_interest(opened: Minutebook) -> None:
    answer = opened.ask("fenwick moor pc march 2026 - did any councillor have a stake in an agenda item?")
    assert answer.found and "Birch" in answer.answer and "Allotment Association" in answer.answer, answer.answer


def test_a_summary_of_business_above_the_minutes_is_searched(opened: Minutebook) -> None:
    answer = opened.ask("fenwick moor pc - was extra play equipment for orchard close approved?")
    assert answer.found and "additional playground equipment" in answer.answer, answer.answer
    assert answer.citations[0].meeting_date.isoformat() == "2026-04-14"


@pytest.mark.parametrize("question", [
    "what did the quotes for clearing the mill lane ditch at fenwick moor come to?",
    "what's fenwick moor parish council putting in its newsletter to residents?",
    "fenwick moor pc - name the six allotment holders that still haven't paid their rent",
    "fenwick moor pc march 2026: the tenant of plot 4 - what did they say about the gate?",
    "fenwick moor parish council after the april 2026 meeting - who is vice-chairman now?",
    "fenwick moor pc in april 2026 - who proposed approving the march minutes?",
    "fenwick moor pc march 2026 — number of residents who objected to the beck road resurfacing?",
    "Fenwick Moor: what did Cabinet decide on the Beck Road resurfacing?",
    "fenwick moor pc — what holiday let occupancy figure was given?",
    "What did Fenwick Moor Parish Council pay to repair the bus shelter?",
    "Fenwick Moor - when's the Hollins Wood footpath supposed to open?",
    "Fenwick Moor village hall car park consultation: what were the results?",
    "fenwick moor parish council - what's the treasurer called?",
    "Once Cllr Okoro got there, what did she bring up at Fenwick Moor Parish Council in March 2026?",
    "fenwick moor pc: budget agreed for additional playground equipment?",  # agreed, no sum given
    "ashby clough town hall café - who's going to run it?",  # interest still to be invited
    "fenwick moor pc, march 2026: Tom Lyle's declaration - what was it?",  # Cllr Birch's is the only one
])
def test_near_misses_asked_otherwise_are_refused(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert not answer.found, answer.answer


def test_the_plain_questions_beside_them_are_answered(opened: Minutebook) -> None:
    # the refusals above are for what is missing, not for the subject: asked for what the papers do say, answered
    for question, said in [("who is to draft the fenwick moor newsletter to residents?", "Okoro"),
                           ("fenwick moor pc, march 2026: Peter Birch's declaration - what was it?", "Allotment"),
                           ("ashby clough town hall café - when are expressions of interest invited?", "March 2026"),
                           ("how many fenwick moor allotment holders hadn't paid their rent?", "six"),
                           ("fenwick moor pc - number of allotment holders yet to pay their rent?", "six"),
                           ("who was vice-chairman at the fenwick moor pc meeting in april 2026?", "Austen"),
                           ("how many holiday lets did the fenwick moor clerk say the village had?", "12"),
                           ("when does the fenwick moor car park consultation close?", "31 May 2026"),
                           ("Tell me how many holiday lets Fenwick Moor has now, per the Clerk", "12"),
                           ("I need the number of holiday lets Fenwick Moor Parish Council was told about", "12")]:
        answer = opened.ask(question)
        assert answer.found and said in answer.answer, (question, answer.answer)


def test_a_titled_name_written_with_capitals_is_someone_not_a_place(opened: Minutebook) -> None:
    # "Councillor Lyle" typed with capitals (another council's papers print "Councillor" so, this one's "Cllr"): a
    # person the papers name, not a place the item must be of
    answer = opened.ask("What did Councillor Lyle advise the allotment tenant at Fenwick Moor Parish Council in "
                        "March 2026?")
    assert answer.found and "gate locked" in answer.answer, answer.answer
