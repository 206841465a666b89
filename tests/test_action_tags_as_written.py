"""Action tags and action logs as clerks write them, read into the follow-up register:

- a tag inside a Markdown blockquote, hard-wrapped ("> **ACTION:** Deputy Clerk to arrange ... by the end of" /
  "> August 2025 and report to the September meeting."), is one action with its whole text;
- a line of a paragraph that stops on a word no sentence ends with ("... by the end of") runs on into the next;
- an owner whose role joins words with "and" ("Police and Crime Commissioner") or names the officer after it in
  brackets ("Democratic Services Officer (Ellen Pryce)") owns the tag;
- an action log whose status column is headed "Position" gives each row's status ("Done - ...").

The papers are written for the test (fictional councils), parsed as ``minutebook parse`` does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.actions import track
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from tests.conftest import parsed_meeting

TOWN_JUNE = """# Penmorrow Town Council

## Full Council

Minutes of the meeting held on Monday 9 June 2025 at 7.00 pm in the Guildhall

**Present:** Cllr R Tregear (Mayor), Cllr S Hosking, Cllr T Jago

### P.31 Play park at Higher Fields

Members discussed vandalism at the play park over the spring. The Clerk had obtained a quote of £2,940 for two
cameras and £860 for new bins.

It was **RESOLVED** to approve two cameras at a cost of £2,940 and the new bins at £860, both from the open
spaces budget.

> **ACTION:** Deputy Clerk to arrange fitting of the play park cameras by the end of
> August 2025 and report to the September meeting.

### P.32 Clerk's report on actions from the last meeting

| Minute | Action | Who | Position |
|---|---|---|---|
| P.20 | Ask the county council to repaint the Fore Street crossing | Town Clerk | Done - repainted 2 June 2025 |
| P.22 | Quotes for the war memorial clean | Deputy Clerk | Awaiting a second quote |
"""


def test_a_blockquoted_wrapped_tag_is_one_action(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, TOWN_JUNE, "penmorrow-town-council-2025-06-09.md")
    (park,) = [i for i in meeting.items if i.number == "P.31"]
    texts = [r.text for r in park.resolutions]
    assert "ACTION: Deputy Clerk to arrange fitting of the play park cameras by the end of August 2025 and report to " \
           "the September meeting." in texts
    # the decision above it, wrapped mid-sentence, is one sentence too
    assert any(t.endswith("both from the open spaces budget.") for t in texts)
    assert "> " not in park.text


def test_a_log_headed_position_gives_each_row_its_status(tmp_path: Path) -> None:
    path = tmp_path / "penmorrow-town-council-2025-06-09.md"
    path.write_text(TOWN_JUNE, encoding="utf-8")
    logged = {a.text: a for a in track([parse_file(path)]) if "/log-" in a.id}
    assert logged["Ask the county council to repaint the Fore Street crossing"].status == ActionStatus.COMPLETED
    assert logged["Quotes for the war memorial clean"].status == ActionStatus.OUTSTANDING


PANEL = """<html><head><title>Harrowdene Police and Crime Panel - 8 February 2024</title></head><body>
<h1>Harrowdene Police and Crime Panel</h1><p>Minutes of the meeting held on Thursday 8 February 2024</p>
<p>Present: Councillor R Dale (Chair), Councillor M Iqbal, Councillor N Shore</p>
<h3>6. Proposed Police Precept 2024/25</h3>
<p>Members asked about the time taken to answer non-emergency calls.</p>
<p>RESOLVED - That the Panel supports the proposed precept.</p>
<p>ACTION: Police and Crime Commissioner to present a call handling improvement plan to the Panel by its June 2024
meeting.</p>
<h3>7. Complaints Sub-Committee</h3>
<p>RESOLVED - That a meeting of the Sub-Committee be held in March.</p>
<p>ACTION: Democratic Services Officer (Priya Nandra) to arrange the Sub-Committee meeting before the end of
March.</p>
</body></html>"""


def test_an_owner_named_by_a_role_with_and_or_with_the_officer_in_brackets(tmp_path: Path) -> None:
    path = tmp_path / "harrowdene-police-and-crime-panel-2024-02-08.html"
    path.write_text(PANEL, encoding="utf-8")
    owners = {a.owner: a for a in track([parse_file(path)], as_of=dt.date(2024, 2, 8))}
    plan = owners["Police and Crime Commissioner"]
    assert "call handling improvement plan" in plan.text and plan.due == dt.date(2024, 6, 30)
    assert "Sub-Committee meeting" in owners["Democratic Services Officer (Priya Nandra)"].text
