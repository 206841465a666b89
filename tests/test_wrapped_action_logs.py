"""An action log set out in plain text, its columns aligned with spaces and its cells wrapped onto the lines below
(``fixtures/wrapped-action-logs``: a joint committee's two meetings), and where its rows say each action stands:

* a line under a row with no text at the table's left edge carries on that row's cells, each piece in the column it
  stands in: every row is read whole, to the last (the log does not end at the first wrapped line);
* "Not done - ...; tour now 4 Dec 2025": a new day fixed for it, scheduled (not done: "Not done -" is no "Done -");
* "Booked - roofer to attend week commencing 17 November 2025": scheduled for that week;
* "Not yet done - awaiting ...": still to do, overdue past its date; "Done - emailed 28 July 2025": completed.

Asked whether it happened, the answer gives the status with the row that says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.actions import track
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

PAPERS = sorted((REPO / "tests" / "fixtures" / "wrapped-action-logs").iterdir())


def test_a_rows_wrapped_cells_are_read_into_the_row() -> None:
    (meeting,) = parse_file(PAPERS[1]).meetings
    (log,) = [i for i in meeting.items if i.title == "ACTIONS FROM THE LAST MEETING"]
    rows = log.text.split("\n")[2:]
    assert rows == [
        "Arrange a members' tour of the new cremator and the abatement plant\tDemocratic Services\tNot done - plant "
        "handover late; tour now 4 Dec 2025",
        "Circulate the memorial garden survey results\tBereavement Services Manager\tDone - emailed 28 July 2025",
        "Fix the leaking roof over the chapel porch\tFacilities Manager\tBooked - roofer to attend week commencing 17 "
        "November 2025",
        "Write to funeral directors about the new booking times\tBereavement Services Manager\tNot yet done - awaiting "
        "new booking system",
    ]


def test_each_rows_status_is_the_one_its_position_cell_says() -> None:
    register = {a.text.split(" the ")[0]: (a.owner, a.status) for a in track([parse_file(p) for p in PAPERS])}
    assert register == {
        "Arrange a members' tour of": ("Democratic Services", ActionStatus.SCHEDULED),
        "Circulate": ("Bereavement Services Manager", ActionStatus.COMPLETED),
        "Fix": ("Facilities Manager", ActionStatus.SCHEDULED),
        "Write to funeral directors about": ("Bereavement Services Manager", ActionStatus.OVERDUE),
    }


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {p.name: p.read_text(encoding="utf-8") for p in PAPERS}) as mb:
        yield mb


def test_whether_it_happened_is_answered_with_the_day_now_fixed(opened: Minutebook) -> None:
    answer = opened.ask("crematorium committee - did councillors ever get their tour of the new cremator?")
    assert answer.found and answer.status == ActionStatus.SCHEDULED and "4 Dec 2025" in answer.answer
    answer = opened.ask("has the chapel porch roof at the crematorium been repaired yet")
    assert answer.found and answer.status == ActionStatus.SCHEDULED and "17 November 2025" in answer.answer


def test_a_ruled_headings_cells_are_its_columns_even_after_a_full_stop() -> None:
    """"No.   From   Action ..." over a rule of dashes: "No." is a column's name, not a sentence the typist ended."""
    paper = REPO / "tests" / "fixtures" / "ruled-action-logs" / "hembury-vale-internal-drainage-board-2027-10-14.txt"
    rows = {a.id.rsplit("/", 1)[1]: (a.text, a.owner, a.due, a.status) for a in track([parse_file(paper)])}
    assert rows == {
        "log-b4": ("Desilt the Longmead main drain", "Clerk", None, ActionStatus.COMPLETED),
        "log-b5": ("Survey of the Kettle Lane culvert", "Engineer", dt.date(2028, 1, 20), ActionStatus.OUTSTANDING),
        "log-b6": ("Replace the Otter Bridge flap valve", "Clerk", dt.date(2027, 10, 14), ActionStatus.COMPLETED),
    }
