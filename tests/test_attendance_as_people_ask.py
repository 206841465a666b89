"""Attendance asked as people ask it, over fictional papers written for this test (tests/fixtures/attendance-asked):

- who joined by video and whether they could vote, where the record notes it beside the list ("(Cllr Owen Pryde
  joined by video link and took no part in voting)");
- whether people asked after by their post were there ("were both the finance and nursing directors at the board"),
  answered with the record's lines naming the post and the minute of apologies that minutes them "as recorded above";
- who chaired, where an item of that meeting elected the chair, and who stood in for a chair or vice-chair away
  ("the chairman couldn't make it, who stepped in?");
- who sent apologies, where the minute of apologies says only "as detailed above" of the record's list;
- whether a member was there "last time": the latest meeting, and the minute of apologies naming them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from service.record_parts import post_lines
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "attendance-asked"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "who joined the kelsworth pc meeting on zoom?",
    "which members attended the parish council meeting remotely",
    "did anyone take part in the hearing by phone",
    "were the two public health directors at the governing body in jan?",
    "was the clerk there in march",
    "were both vice-chairs at the panel",
    "the vice chairman wasnt there, who filled in?",
    "who took the chair when the mayor was away",
    "lcr combined authorty 15 sept 17 - did cllr maher come?",  # "come", ending the question
])
def test_asked_as_attendance(question: str) -> None:
    intents = cue_intents(question)
    assert intents.get(Intent.ATTENDANCE, 0) > max(
        (c for i, c in intents.items() if i != Intent.ATTENDANCE), default=0), intents


@pytest.mark.parametrize("question", [
    "was the report at the meeting",  # a thing, not a post
    "did anything come of the petition",  # an outcome, not someone coming
    "who decided the meeting would be held on zoom",
    "who replaced the treasurer as the board's finance lead",  # a post filled, not a meeting's chair
    "who took over as secretary of the club at the agm",
    "audit cttee - what did the national fraud initiative turn up to be clawed back, £?",  # found, not came
])
def test_not_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)


RECORD = """Present:
Prof Alan Hirst - Chair
Mrs Joan Akers - Non-Executive Director / Vice Chair
Apologies:
Ms Rita Osei - Director of Finance
Dr Colm Byrne - Director of Nursing and Quality
In attendance:
Mr Tim Vale - Director of Estates
Miss Jo Kirk - Board Secretary (minutes)"""


@pytest.mark.parametrize(("question", "lines"), [
    ("were both the finance and nursing directers there", ["Apologies:", "Ms Rita Osei - Director of Finance",
                                                           "Dr Colm Byrne - Director of Nursing and Quality"]),
    ("was the director of estates at the board", ["In attendance:", "Mr Tim Vale - Director of Estates"]),
    ("was the vice chair at the may board", ["Present:", "Mrs Joan Akers - Non-Executive Director / Vice Chair"]),
    ("were any officers there", []),  # a kind of people, which the record's labels list
    ("were the two secretaries of state there", []),  # a post the record does not print
    ("who sat on the board that head the estates strategy", []),  # "head" a verb ("heard" as spelt right), no post
])
def test_lines_naming_the_post_asked(question: str, lines: list[str]) -> None:
    assert post_lines(RECORD, question) == lines


def cited(answer: object, minute: str) -> bool:
    return any(c.minute == minute for c in answer.citations)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("question", "said", "minute", "not_said"), [
    # who joined by video, and whether they could vote: the record's note beside its list
    ("who attended the kelsworth pc meeting by video link in september and could they vote?",
     ["Owen Pryde", "took no part in voting"], None, None),
    ("did any councillors take part remotely at kelsworth parish council?", ["Owen Pryde"], None, None),
    # people asked after by their post: the record's lines naming it, and the minute of apologies "as recorded above"
    ("were both the finance and nursing directors at the thornmere trust board in may?",
     ["Rita Osei", "Colm Byrne", "Apologies"], "TB/24/31", "Tim Vale"),
    ("was the director of estates at the thornmere board?", ["Tim Vale", "In attendance"], None, "Rita Osei"),
    # who chaired, where the meeting elected its chair
    ("who chaired the eastmoor fire authority in july", ["Megan Hollis"], "EFA/24/20", None),
    # who stood in for a chair or vice-chair away
    ("the chairman couldn't make the wexford vale planning committee in october - who stepped in?",
     ["Jill Amos took the chair"], "PL/24/40", None),
    ("kelsworth pc: the vice-chair wasn't there in september, who covered for her?", ["Hugh Vane"], "24/101", None),
    # apologies minuted "as detailed above": the record's list of them
    ("Which members gave apologies to the Hartmoor Joint Scrutiny Panel?", ["Nia Rees", "Ed Shaw"], "JSP/24/12",
     "Zoe Ince"),
    # "last time": the latest meeting, where she sent apologies, and the minute that names her
    ("was cllr ferris at the wexcombe housing scrutiny panel last time?", ["Sent apologies", "17 September 2024"],
     "9", None),
    ("was cllr ferris at the wexcombe housing panel in june?", ["Present", "11 June 2024"], None, "apologies"),
])
def test_attendance_as_people_ask(asked: Minutebook, question: str, said: list[str], minute: str | None,
                                  not_said: str | None) -> None:
    answer = asked.ask(question)
    assert answer.found, answer.answer
    assert all(s in answer.answer for s in said), answer.answer
    assert minute is None or cited(answer, minute), [(c.minute, c.item_title) for c in answer.citations]
    assert not_said is None or not_said not in answer.answer, answer.answer
