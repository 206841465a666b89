"""Follow-ups kept in the minutes' own action logs ("Ref | Action | Owner | Due | Status", "Action | Lead | By when",
"Follow-up | Who | When"), read from small fictional papers: each row is an action of the meeting that first prints
it, with its owner and due date; the same row reprinted by a later meeting's log is the same action, whose status
that later log gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.embedder import Embedder
from ingest.actions import track
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from tests.conftest import papers_minutebook

JUNE = """<html><head><title>Ashgrove Joint Transport Board - 23 June 2021</title></head><body>
<h1>Ashgrove Joint Transport Board</h1><p>Minutes of the meeting held on 23 June 2021</p>
<p>Present: Cllr A. Webb (Chair), Cllr B. Kaur, Cllr C. Lord</p>
<h2>5. Bus shelter programme</h2><p>The Board noted the condition survey.</p>
<h2>6. Action log</h2>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
<tr><td>JT/07</td><td>Survey of cycle parking at the rail station</td><td>Transport Planner</td><td>September 2021</td>
<td>Open</td></tr>
<tr><td>JT/08</td><td>Write to the operator about Sunday services on route 12</td><td>Chair</td><td>July 2021</td>
<td>Open</td></tr>
<tr><td>JT/09</td><td>Book the October site visit to the depot</td><td>Clerk</td><td>31 August 2021</td>
<td>Open</td></tr>
</table></body></html>"""

SEPTEMBER = """<html><head><title>Ashgrove Joint Transport Board - 22 September 2021</title></head><body>
<h1>Ashgrove Joint Transport Board</h1><p>Minutes of the meeting held on 22 September 2021</p>
<p>Present: Cllr A. Webb (Chair), Cllr B. Kaur, Cllr D. Mills</p>
<h2>12. Matters arising</h2><p>None.</p>
<h2>13. Action log</h2>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
<tr><td>JT/07</td><td>Survey of cycle parking at the rail station</td><td>Transport Planner</td><td>September 2021</td>
<td>Complete – survey circulated 10 September</td></tr>
<tr><td>JT/08</td><td>Write to the operator about Sunday services on route 12</td><td>Chair</td><td>July 2021</td>
<td>Open – reply awaited</td></tr>
<tr><td>JT/09</td><td>Book the October site visit to the depot</td><td>Clerk</td><td>31 August 2021</td>
<td>Scheduled for 14 October</td></tr>
</table></body></html>"""

BRACKWATER = """# Brackwater Town Council – Amenities Committee

Minutes of the meeting held on Tuesday 5 March 2024

Present: Cllrs H. Lowe (Chair), I. Marsh, J. Nolan

## 1. Apologies

None.

## 2. Actions

| Action | Lead | By when |
|---|---|---|
| Obtain quotes for bins at Riverside Walk | Clerk | 30 April 2024 |
| Write to the county council about the Mill Street crossing | Chair | 31 March 2024 |
"""


def _write(tmp_path: Path, files: dict[str, str]) -> list[Path]:
    out = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        out.append(tmp_path / name)
    return out


def test_an_action_log_reprinted_gives_each_action_its_latest_status(tmp_path: Path) -> None:
    paths = _write(tmp_path, {"ashgrove-joint-transport-board-2021-06-23.html": JUNE,
                              "ashgrove-joint-transport-board-2021-09-22.html": SEPTEMBER})
    actions = {a.text: a for a in track([parse_file(p) for p in paths]) if "/log-" in a.id}
    assert len(actions) == 3  # one action a row, however many logs print it
    survey = actions["Survey of cycle parking at the rail station"]
    assert survey.meeting_date == dt.date(2021, 6, 23) and survey.owner == "Transport Planner"
    assert survey.status == ActionStatus.COMPLETED
    assert survey.evidence[-1].meeting_date == dt.date(2021, 9, 22)
    letter = actions["Write to the operator about Sunday services on route 12"]
    assert letter.due == dt.date(2021, 7, 31)
    assert letter.status == ActionStatus.OVERDUE  # still open at the latest paper, past its due date
    visit = actions["Book the October site visit to the depot"]
    assert visit.status == ActionStatus.SCHEDULED


def test_an_action_list_with_a_lead_and_a_date(tmp_path: Path) -> None:
    (path,) = _write(tmp_path, {"brackwater-town-council-amenities-committee-2024-03-05.md": BRACKWATER})
    actions = [a for a in track([parse_file(path)], as_of=dt.date(2024, 4, 2)) if "/log-" in a.id]
    assert [(a.owner, a.due) for a in actions] == [("Clerk", dt.date(2024, 4, 30)), ("Chair", dt.date(2024, 3, 31))]
    assert [a.status for a in actions] == [ActionStatus.OUTSTANDING, ActionStatus.OVERDUE]


def test_a_table_of_other_things_is_no_action_log(tmp_path: Path) -> None:
    text = BRACKWATER.replace("| Action | Lead | By when |", "| Grant | Group | Amount |")
    (path,) = _write(tmp_path, {"brackwater-town-council-amenities-committee-2024-03-05.md": text})
    assert not [a for a in track([parse_file(path)]) if "/log-" in a.id]


def test_the_register_lists_what_the_logs_leave_open(tmp_path_factory: pytest.TempPathFactory,
                                                     embedder: Embedder) -> None:
    with papers_minutebook(tmp_path_factory, embedder, {
            "ashgrove-joint-transport-board-2021-06-23.html": JUNE,
            "ashgrove-joint-transport-board-2021-09-22.html": SEPTEMBER}) as ashgrove:
        listed = ashgrove.ask("what's still outstanding from the ashgrove transport board?")
        assert listed.found and "Sunday services on route 12" in listed.answer
        assert "cycle parking" not in listed.answer  # done, by the September log
        one = ashgrove.ask("has the cycle parking survey at the station been done?")
        assert one.found and one.status == ActionStatus.COMPLETED
        assert any(c.meeting_date == dt.date(2021, 9, 22) for c in one.citations)  # the latest word on it
