"""A later meeting's matters arising gives an entry per earlier minute, several sentences long: "Minute 17 (Gallows
Lane) - the CCTV camera was put up on 2 September 2024. There had been one further dump since ... Action
completed.", "- Bus shelter (PH67c): The side panel was replaced ... Complete.". The entry is the word on that
minute's action, its status said anywhere in it (often last); a minute numbered with letters ("PH67", "P45") is
named without the word "Minute".

The papers are written for the test (fictional parish and district councils).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from ingest.actions import track
from ingest.pipeline import parse_file
from minutebook.model import Action, ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

APRIL = """ASHCOMBE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 9 April 2024 at 7.30 pm in the Village Hall

Present: Cllr A Bly (Chair), Cllr C Dow, Cllr E Fry

12. PLAY AREA

Members noted that the fence by the swings was broken. RESOLVED that the Clerk arrange for the play area fence \
to be repaired.

13. NOTICEBOARD

RESOLVED that the Clerk order a new noticeboard for the shop and arrange for it to be installed.

14. SPEEDING ON MILL ROAD

RESOLVED that the Clerk ask the County Council to carry out a speed survey on Mill Road and report the results \
to the Council.

15. PUBLIC QUESTIONS

Mrs P Orr asked what was being done about the flooding at the ford on Church Lane, where the road had been \
closed three times since January. The Clerk said that the drainage grips would be cleared by the lengthsman \
before the summer.
"""

MAY = """ASHCOMBE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 14 May 2024 at 7.30 pm in the Village Hall

Present: Cllr A Bly (Chair), Cllr C Dow, Cllr E Fry

20. MATTERS ARISING

The Clerk reported on the actions from the last meeting:
- Minute 12 (Play area) - the contractor attended on 3 May and the broken panels were renewed. Action completed.
- Minute 13 (Noticeboard) - the board was delivered on 7 May. It is now up outside the shop. Done.
- Minute 14 (Mill Road) - the County Council had not yet carried out the survey because its counters were in use \
elsewhere. The results would now come to the July meeting.
- Minute 15 (Church Lane ford) - the lengthsman cleared the grips on 29 April and the road has stayed open since. \
Complete.

21. FINANCE

RESOLVED that the payments listed be approved.
"""

JANUARY = """# Holtby Town Council

## Planning and Highways Committee

Minutes of the meeting held on Tuesday 16 January 2024 at 7.00 pm in the Town Hall

Present: Cllr G Hale (Chair), Cllr J Kay, Cllr L Moor

**P45. Highways matters**

(a) Bench on the green. The bench by the war memorial is broken. RESOLVED that the Clerk instruct the lengthsman \
to repair the bench.

**P46. Correspondence**

Noted.
"""

FEBRUARY = """# Holtby Town Council

## Planning and Highways Committee

Minutes of the meeting held on Tuesday 13 February 2024 at 7.00 pm in the Town Hall

Present: Cllr G Hale (Chair), Cllr J Kay, Cllr L Moor

**P52. Clerk's report on matters arising**

- *Bench on the green (P45a):* The lengthsman fitted new slats on 2nd February. Complete.

**P53. Correspondence**

Noted.
"""


def _register(tmp_path: Path, papers: dict[str, str]) -> list[Action]:
    docs = []
    for name, text in papers.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        docs.append(parse_file(tmp_path / name))
    return track(docs)


def _action(register: list[Action], word: str) -> Action:
    return next(a for a in register if word in a.text.lower())


@pytest.mark.parametrize(("word", "status", "said"), [
    ("fence", ActionStatus.COMPLETED, "Action completed"),
    ("noticeboard", ActionStatus.COMPLETED, "Done"),
    ("speed survey", None, "July meeting"),
])
def test_the_entry_for_a_minute_is_the_word_on_its_action(tmp_path: Path, word: str, status: ActionStatus | None,
                                                          said: str) -> None:
    register = _register(tmp_path, {"ashcombe-2024-04-09.txt": APRIL, "ashcombe-2024-05-14.txt": MAY})
    action = _action(register, word)
    assert action.evidence and said in action.evidence[-1].quote
    if status is not None:
        assert action.status == status
    else:
        assert action.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)


def test_a_lettered_minute_named_in_brackets_is_that_minute(tmp_path: Path) -> None:
    register = _register(tmp_path, {"holtby-2024-01-16.md": JANUARY, "holtby-2024-02-13.md": FEBRUARY})
    action = _action(register, "bench")
    assert action.status == ActionStatus.COMPLETED
    assert "2nd February" in action.evidence[-1].quote


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"ashcombe-2024-04-09.txt": APRIL,
                                                        "ashcombe-2024-05-14.txt": MAY}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "status", "said"), [
    ("has the broken fence at the play area been sorted yet", ActionStatus.COMPLETED, "3 May"),
    ("did the new noticeboard ever go up outside the shop", ActionStatus.COMPLETED, "7 May"),
    ("have the county done the mill road speed survey yet", None, "July meeting"),
    ("was anything ever done about the flooding at the church lane ford", ActionStatus.COMPLETED, "29 April"),
])
def test_a_follow_up_is_answered_with_its_matters_arising_entry(parish: Minutebook, question: str,
                                                               status: ActionStatus | None, said: str) -> None:
    answer = parish.ask(question)
    assert answer.found and said in answer.answer
    if status is not None:
        assert answer.status == status
    else:
        assert answer.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)
