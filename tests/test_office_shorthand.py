"""Office and project shorthand as people type it in notes and chat ("woodland mgmt plan", "the chamber refurb",
"comms plan", "date tbc") is read as the papers print it, and answered from them; words that only begin the same way
("prognosis", "reps 2 and 3" of a list) are left alone.

The paper is fictional, written for the test: a parish council's meeting.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from index.embedder import Embedder
from minutebook.vocabulary import written_out
from tests.conftest import answered, papers_minutebook

MINUTES = """\
HOLLINGBY PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Monday 3 March 2031 at 7.30 pm in the Village Hall.

Present: Councillor A. Marsh (Chairman), Councillors P. Dunn, R. Okafor and S. Whitlow.
In attendance: Mrs J. Pell (Clerk).

31/14 WOODLAND MANAGEMENT PLAN
The Clerk reported that the draft woodland management plan for Church Spinney had been circulated. Members agreed
the thinning works in compartment 2.
RESOLVED: that the Clerk obtain three quotations for the agreed thinning works and report to the April meeting.

31/15 VILLAGE HALL REFURBISHMENT
Councillor Dunn reported that the refurbishment of the hall kitchen had been completed at a cost of £8,450,
within the budget of £9,000.
RESOLVED: that the report be noted.

31/16 VILLAGE HALL LIGHTING
The Clerk reported that the replacement of the hall's main lights with LED fittings would cost £2,300.
RESOLVED: that the quotation from Brightwell Electrical be accepted.

31/17 VILLAGE HALL HIRE CHARGES
Members reviewed the charges for hiring the hall, which cost the Council £1,150 a year to administer.
RESOLVED: that the hire charge be raised to £14 an hour from 1 April 2031.

31/18 TREE MANAGEMENT
The Clerk reported that the tree survey of the recreation ground would cost £640.
RESOLVED: that the survey be commissioned.

31/19 COMMUNICATIONS PLAN
Members considered a draft communications plan for the parish newsletter and website.
RESOLVED: that the communications plan be adopted.

The meeting closed at 8.40 pm.
"""


@pytest.fixture(scope="module")
def hollingby(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Any]:
    papers = {"hollingby-parish-council-2031-03-03.txt": MINUTES}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("typed", "printed"), [
    ("woodland mgmt plan - quotes in yet?", "woodland management plan - quotes in yet?"),
    ("asset mgt review", "asset management review"),
    ("what did the hall refurb cost", "what did the hall refurbishment cost"),
    ("the capital prog for 2031", "the capital programme for 2031"),
    ("was the comms plan adopted", "was the communications plan adopted"),
    ("date tbc?", "date to be confirmed?"),
    ("who are the parent reps", "who are the parent representatives"),
])
def test_office_shorthand_is_written_as_the_papers_print_it(typed: str, printed: str) -> None:
    assert written_out(typed) == printed


@pytest.mark.parametrize("text", ["the prognosis for the budget", "reps 2 and 3 of the exercise", "progress on it"])
def test_words_that_only_begin_alike_are_left_alone(text: str) -> None:
    assert written_out(text) == text


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said"), [
    ("hollingby woodland mgmt plan - what was the clerk asked to get", "three quotations"),
    ("how much did the hall refurb come to", "£8,450"),
    ("what did the refurb cost", "£8,450"),
    ("did they adopt the comms plan", "adopted"),
])
def test_shorthand_questions_are_answered_from_the_papers(hollingby: Any, question: str, said: str) -> None:
    answered(hollingby, question, said=[said])
