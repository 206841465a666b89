"""A tracker's row still open that puts the work on a coming meeting ("Open - proposals to be reported to the December
2025 meeting") says it is scheduled, not merely outstanding; typed in columns and hard-wrapped, its cells are read
whole. The rows are written for the test, in the layouts clerks use (tabs where columns were aligned by spaces).
"""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.model import ActionStatus
from service.said_status import cells_rejoined, stated

HELD = dt.date(2025, 6, 24)  # the meeting whose matters arising print the row
LATEST = HELD  # the body's latest paper


@pytest.mark.parametrize(("row", "status"), [
    # open, and put on a coming meeting: scheduled
    ("TR/25/03\tSavings plan for the leisure contract\tOpen - plan to be brought to the November 2025 meeting",
     ActionStatus.SCHEDULED),
    ("Ongoing - report to come to the October meeting", ActionStatus.SCHEDULED),
    # hard-wrapped in its columns: the status cell runs on onto the next line, after the action cell's last words
    ("TR/25/04\tReview of the grass cutting contract by the\tOpen - findings to be reported\n"
     "end of the season\tto the January 2026 meeting", ActionStatus.SCHEDULED),
    # open, with no meeting named, or a date it is due by: outstanding
    ("TR/25/05\tWrite to the bus operator\tOpen - to be chased", ActionStatus.OUTSTANDING),
    ("TR/25/06\tAllotment lease renewal\tOpen - to be reported by 30 September 2025", ActionStatus.OUTSTANDING),
    # open, put on a meeting already past by the latest paper: still outstanding (not a meeting to come)
    ("TR/25/07\tCar park lighting\tOpen - to be reported to the March 2025 meeting", ActionStatus.OUTSTANDING),
    # not yet, then a promise in a sentence of its own: the not yet is the status (a matters-arising note)
    ("Minute 9 (noise survey) - the survey had overrun, so the results were not yet available. The Environmental "
     "Health Manager would now report them to the November meeting.", ActionStatus.OUTSTANDING),
])
def test_where_an_open_row_stands(row: str, status: ActionStatus) -> None:
    assert stated(row, HELD, "did they ever bring it back", latest=LATEST) == status


def test_a_wrapped_row_is_read_cell_by_cell() -> None:
    row = "A1\tReplace the bench at the\tOpen - quotes awaited\nbus stop\tfrom two firms"
    assert cells_rejoined(row) == "A1\tReplace the bench at the bus stop\tOpen - quotes awaited from two firms"
    # a line carried on in one cell says not which column it is: left as printed
    assert cells_rejoined("A2\tHedge cutting\tComplete\nreport") == "A2\tHedge cutting\tComplete\nreport"
    assert cells_rejoined("Not a row\nat all") == "Not a row\nat all"
