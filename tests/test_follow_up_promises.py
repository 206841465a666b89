"""Where a follow-up stands when the minutes promise it for a meeting, list it on a work programme, bring it back
"further to" its minute, or cannot yet give a date; and how people ask after it ("is it going in?", "did they find a
new treasurer?").

- a promise for a meeting named without its date ("Clerk to report back at next meeting", "report to the October
  meeting") is scheduled while that meeting is still to come by the body's latest paper, overdue once a later paper
  of the body is held and says nothing of it; an open promise followed by one that says when it comes back takes
  the latter;
- an action log's "On the work programme for 9 September 2025" is scheduled;
- a later minute opening "Further to minute 6 of 8 February 2024, ... presented the plan" brings it back: done;
- "not in a position to give a date", "unable to confirm" is still awaited; a place name ending in -ed that the
  question names ("the bramsted panel") is not the question's verb of doing;
- a matters-arising entry whose sentence a hard wrap carries onto a line opening with a date ("... took place on
  Thursday" / "7 August 2025 and ...") runs on to the end of that sentence; one done straight after its title
  ("Members' site visit ... - DONE. The site visit took place ...") is done;
- minutes "fixed" are minutes corrected, amended or updated ("did they fix the march minutes").

The papers are written for the test (fictional councils and panels), parsed and ingested with the real model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from ingest.actions import track
from ingest.arising_entries import brought_back, entry_at
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from service.core import Minutebook
from service.said_status import stated, status_asked
from tests.conftest import papers_minutebook

HELD = dt.date(2024, 6, 10)


@pytest.mark.parametrize(
    ("line", "latest", "status"),
    [
        # the next meeting: still to come while these minutes are the body's latest paper
        ("Clerk to report back at next meeting.", HELD, ActionStatus.SCHEDULED),
        ("The Treasurer will bring the revised figures to the next meeting.", HELD, ActionStatus.SCHEDULED),
        # a later paper of the body is held and the promise is all the papers say: overdue
        ("Clerk to report back at next meeting.", dt.date(2024, 7, 8), ActionStatus.OVERDUE),
        # a month's meeting named without its year: the one after the minutes'
        ("ACTION: Deputy Clerk to arrange fitting of the new benches by the end of August 2024 and report to the "
         "September meeting.", HELD, ActionStatus.SCHEDULED),
        ("ACTION: Deputy Clerk to arrange fitting of the new benches by the end of August 2024 and report to the "
         "September meeting.", dt.date(2024, 10, 14), ActionStatus.OVERDUE),
        # a date it is due by alone: outstanding until it passes
        ("ACTION: Deputy Clerk to arrange fitting of the new benches by 31 August 2024.", HELD,
         ActionStatus.OUTSTANDING),
        # no date and no meeting: an open promise
        ("The Clerk said she would contact two possible auditors.", HELD, ActionStatus.OUTSTANDING),
    ],
)
def test_a_promise_for_a_meeting_is_scheduled_until_a_later_paper_passes_it(line: str, latest: dt.date,
                                                                           status: ActionStatus) -> None:
    assert stated(line, HELD, latest=latest) == status


@pytest.mark.parametrize(
    ("line", "question", "status"),
    [
        ("The Commissioner was not in a position at present to give a date for the cameras in Bramsted town "
         "centre.", "did the commissioner ever give the bramsted panel a date for the cameras?",
         ActionStatus.OUTSTANDING),
        ("Officers were unable to confirm when the footbridge at Elmsted Lock would reopen.",
         "has the elmsted-lock footbridge been reopened", ActionStatus.OUTSTANDING),
        # the question's own verb, said as done, still counts
        ("The gate at the allotments was replaced on 3 May.", "has the allotment gate been replaced",
         ActionStatus.COMPLETED),
    ],
)
def test_an_answer_still_to_come_is_awaited_and_a_name_is_no_verb(line: str, question: str,
                                                                 status: ActionStatus) -> None:
    assert stated(line, HELD, question) == status


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("the new benches on the green - are they going in?", True),
        ("harfield pc skate park lights, is it going in", True),
        ("did they find a new treasurer after mrs cole stood down?", True),
        ("have they found someone to cut the churchyard grass", True),
        ("what did the audit find", False),
        ("is it going to be discussed at the annual meeting", True),  # (asked before: a thing to happen)
    ],
)
def test_asked_whether_it_is_going_in_or_a_post_was_filled(question: str, asked: bool) -> None:
    assert status_asked(question) is asked


def test_a_later_minute_further_to_the_ask_brings_it_back() -> None:
    assert brought_back("Further to minute 6 of 8 February 2024, Superintendent Okafor presented the call handling "
                        "improvement plan. Average answer times had fallen.")
    assert brought_back("Arising from Minute 14.2, the Head of Housing submitted the damp and mould action plan.")
    assert not brought_back("Further to minute 6, members discussed parking in the square again.")
    assert not brought_back("Superintendent Okafor presented the plan, further to minute 6.")


PANEL_JANUARY = """# Marlcombe Council - Communities Scrutiny Panel

Minutes of the meeting held on Tuesday 14 January 2025 at 10.00 am

Present: Councillor P Rowe (Chair), Councillor S Adeyemi, Councillor T Byrne

## 21. Winter Maintenance

Members asked how the gritting routes had been chosen.

ACTION: Head of Highways to present the review of gritting routes to the Panel at its meeting on 9 September 2025.
"""

PANEL_APRIL = """# Marlcombe Council - Communities Scrutiny Panel

Minutes of the meeting held on Tuesday 15 April 2025 at 10.00 am

Present: Councillor P Rowe (Chair), Councillor S Adeyemi, Councillor T Byrne

## 30. Minutes of the Previous Meeting and Action Log

The minutes of the meeting held on 14 January 2025 were approved as a correct record.

| Minute | Action | Lead | Progress |
|---|---|---|---|
| 21 | Review of gritting routes to come to the Panel | Head of Highways | On the work programme for 9 September 2025 |
"""

PLANNING_JULY = """NORTHBY DISTRICT COUNCIL

PLANNING COMMITTEE

Minutes of the meeting held on Wednesday 9 July 2025 at 6.00 pm

Present: Councillor A Lyle (Chair), Councillors B Marsh, C Penn

PC/25/031  25/0412/FUL - THE OLD MILL, RIVER LANE, NORTHBY

Members wished to see the relationship with the neighbouring cottages before deciding.

RESOLVED - That consideration of the application be DEFERRED for a site visit by members of the Committee.

ACTION: Clerk to arrange the site visit before the next meeting.
"""

PLANNING_AUGUST = """NORTHBY DISTRICT COUNCIL

PLANNING COMMITTEE

Minutes of the meeting held on Wednesday 13 August 2025 at 6.00 pm

Present: Councillor A Lyle (Chair), Councillors B Marsh, C Penn

PC/25/040  MINUTES AND MATTERS ARISING

RESOLVED - That the minutes of the meeting held on 9 July 2025 be
approved as a correct record and signed by the Chair.

Matters arising - the Clerk reported on the actions recorded at the
last meeting:

  PC/25/031  Members' site visit to the former Mill House, River
             Lane - DONE. The site visit took place on Thursday
             7 August 2025 and was attended by six members of the
             Committee. The application is on tonight's agenda.
"""

# a reflowed paper can leave a wrapped date's day at a line's start (it reads like a numbered point)
REFLOWED = ("Matters arising - the Clerk reported on the actions recorded at the last meeting:\n"
            "PC/25/031 Members' site visit to the former Mill House, River Lane - DONE. The site visit took place on "
            "Thursday\n7 August 2025 and was attended by six members of the Committee.\n"
            "PC/25/033 List of open enforcement cases - DONE. Sent to all members on 20 July 2025.\n"
            "4 Correspondence\nNone.")


def _write(tmp_path: Path, files: dict[str, str]) -> list[Path]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [tmp_path / name for name in files]


def test_a_log_listing_it_on_the_work_programme_is_scheduled(tmp_path: Path) -> None:
    paths = _write(tmp_path, {"marlcombe-communities-scrutiny-panel-2025-01-14.md": PANEL_JANUARY,
                              "marlcombe-communities-scrutiny-panel-2025-04-15.md": PANEL_APRIL})
    actions = [a for a in track([parse_file(p) for p in paths]) if "gritting" in a.text]
    assert len(actions) == 2  # the action asked for, and the log's row on it
    assert all(a.status == ActionStatus.SCHEDULED for a in actions)
    assert all("9 September 2025" in a.evidence[-1].quote for a in actions)


def test_an_entry_done_after_its_title_is_done(tmp_path: Path) -> None:
    paths = _write(tmp_path, {"northby-planning-committee-2025-07-09.txt": PLANNING_JULY,
                              "northby-planning-committee-2025-08-13.txt": PLANNING_AUGUST})
    (visit,) = [a for a in track([parse_file(p) for p in paths]) if "site visit" in a.text]
    assert visit.status == ActionStatus.COMPLETED  # "... River Lane - DONE. The site visit took place ..."
    assert "7 August 2025" in visit.evidence[-1].quote


def test_a_wrapped_entry_runs_on_to_the_end_of_its_sentence() -> None:
    at = REFLOWED.index("PC/25/031")
    entry = entry_at(REFLOWED, at, [REFLOWED.index("PC/25/033")])
    assert entry.endswith("7 August 2025 and was attended by six members of the Committee.")
    # a point that closes its sentence ends there: the next line's number opens a point of its own
    last = entry_at(REFLOWED, REFLOWED.index("PC/25/033"), [at])
    assert last.endswith("on 20 July 2025.")


PANEL_FEBRUARY = """<html><head><title>Harrowdene Police and Crime Panel - 8 February 2024</title></head><body>
<h1>Harrowdene Police and Crime Panel</h1><p>Minutes of the meeting held on Thursday 8 February 2024</p>
<p>Present: Councillor R Dale (Chair), Councillor M Iqbal, Councillor N Shore, Mr K Lutz (Independent Member)</p>
<h3>6. Proposed Police Precept 2024/25</h3>
<p>Members asked about the time taken to answer non-emergency calls, which had averaged 12 minutes in December.
The Commissioner accepted that this was not good enough.</p>
<p>RESOLVED - That the Panel supports the proposed precept.</p>
<p>ACTION: Police and Crime Commissioner to present a call handling improvement plan to the Panel by its June 2024
meeting.</p>
</body></html>"""

PANEL_JUNE = """<html><head><title>Harrowdene Police and Crime Panel - 20 June 2024</title></head><body>
<h1>Harrowdene Police and Crime Panel</h1><p>Minutes of the meeting held on Thursday 20 June 2024</p>
<p>Present: Councillor R Dale (Chair), Councillor M Iqbal, Councillor N Shore, Mr K Lutz (Independent Member)</p>
<h3>4. Non-Emergency Calls - Improvement Plan</h3>
<p>Further to minute 6 of 8 February 2024, Superintendent Okafor presented the call handling improvement plan.
The average time to answer non-emergency calls had fallen to 4 minutes 50 seconds in May 2024.</p>
<p>RESOLVED - That the improvement plan be noted.</p>
</body></html>"""

PARISH_MAY = """HARFIELD PARISH COUNCIL
Minutes of the Annual Meeting of the Parish Council held on Monday 13 May 2024 at 7.30 pm in the Village Hall

Present: Cllr D Frost (Chair), Cllr E Gale, Cllr F Hume

3. Election of other offices

3.1 Internal Auditor - the Clerk informed the Council that Mr Ian Pike would not continue as Internal Auditor, and
she would approach two possible replacements. Clerk to report back at next meeting.

4. Village hall

Members agreed to support the hall committee's bid for a new boiler.
"""


PLANNING_APRIL = """Item 2 Fellsmoor National Park Authority Planning Committee

Public Minutes of the meeting held at the Old School, Kettlewick on Thursday 17 April 2025.

Present: Ann Barker, Colin Dyer, Mary Earnshaw, Tom Fenwick, Joan Hurst

Apologies: Peter Lund, Susan Marr

12/25 Minutes

Resolved: That the minutes of the meeting held on 20 March 2025 be confirmed and signed by the Chair as a correct
record. After the meeting Tom Fenwick told the Authority that he had not attended the March meeting, contrary to the
minutes, and should be recorded under apologies. The minutes were corrected before being signed by the Chair.

13/25 Members Interests

No interests were declared.
"""


@pytest.fixture(scope="module")
def panels(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "harrowdene-police-and-crime-panel-2024-02-08.html": PANEL_FEBRUARY,
            "harrowdene-police-and-crime-panel-2024-06-20.html": PANEL_JUNE,
            "harfield-parish-council-annual-meeting-2024-05-13.txt": PARISH_MAY,
            "fellsmoor-npa-planning-committee-2025-04-17.txt": PLANNING_APRIL}) as mb:
        yield mb


def test_a_plan_brought_back_further_to_its_minute_is_done(panels: Minutebook) -> None:
    answer = panels.ask("did the harrowdene commissioner ever bring the call handling plan back to the panel")
    assert answer.found and answer.status == ActionStatus.COMPLETED
    assert "4 minutes 50 seconds" in answer.answer


def test_a_post_to_be_filled_reported_back_next_meeting_is_scheduled(panels: Minutebook) -> None:
    answer = panels.ask("harfield pc - did they find a new internal auditor after ian pike?")
    assert answer.found and answer.status == ActionStatus.SCHEDULED
    assert "report back at next meeting" in answer.answer


def test_minutes_fixed_are_minutes_corrected(panels: Minutebook) -> None:
    answer = panels.ask("fellsmoor planning - did they fix the march minutes that had tom fenwick there?")
    assert answer.found and answer.status == ActionStatus.COMPLETED
    assert "corrected before being signed" in answer.answer
