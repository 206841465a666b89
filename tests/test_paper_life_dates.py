"""A paper's own dates (approved, published, issued, updated) printed above the meeting's header are not the
meeting's: websites and clerks' templates put "Status: Approved 24/04/2025 | Published 28/04/2025" or "Date of
issue: 3 May 2023" over the minutes, and the meeting is the one the header says was held."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.pipeline import parse_file

_PAPERS = (
    # a website's document bar over the opening sentence (HTML flattened to a tab-separated row)
    ("m.html",
     "<html><head><title>Licensing Committee - 2 April 2024 - Brackwater Borough Council</title></head><body>"
     "<p>Brackwater Borough Council</p>"
     "<table><tr><td>Document: Minutes</td><td>Status: Approved 14/05/2024</td><td>Published 20/05/2024</td>"
     "</tr></table><h1>LICENSING COMMITTEE</h1>"
     "<p>Minutes of the meeting of the Licensing Committee held at the Town Hall, Brackwater on Tuesday, 2 April 2024"
     " at 6.00 pm.</p><p>PRESENT: Councillor A Bly (Chair), Councillors C Dow and E Fry</p>"
     "<h2>1. APOLOGIES</h2><p>None.</p><h2>2. TAXI FARES</h2><p>RESOLVED that the fares be approved.</p>"
     "</body></html>", dt.date(2024, 4, 2)),
    # a clerk's template: the issue date on its own line above the committee and its date line
    ("m.txt",
     "Date of issue: 3 May 2023\n\nOAKHURST PARISH COUNCIL\n\nFinance Committee\n\nTuesday 18 April 2023 at 7.30pm"
     "\n\nPresent: Cllr J Kay (Chair), Cllr L Moor\n\n1. Apologies\nNone.\n\n2. Budget\nThe budget was noted.\n",
     dt.date(2023, 4, 18)),
    # a Markdown page with a "last updated" line over a held-on sentence
    ("m.md",
     "# Fenley Town Council\n\nMinutes approved on 12 October 2022 - last updated 14/10/2022\n\n## Planning "
     "Committee\n\nMinutes of a meeting of the Planning Committee held on Monday 5 September 2022 at 7pm in the "
     "Guildhall\n\nPresent: Cllr P Roe (Chair), Cllr S Tay\n\n1. Apologies\nNone.\n\n2. Applications\nNo objection "
     "was raised.\n", dt.date(2022, 9, 5)),
    # published-date line in words above a committee-and-date title row
    ("m.txt",
     "Published: Friday 9 February 2024\n\nHARTWELL DISTRICT COUNCIL\n\nCABINET Wednesday, 31 January 2024\n\n"
     "Present: Councillor M Lee (Leader), Councillor N Ode\n\n1. Apologies\nNone.\n\n2. Budget\nThe budget was "
     "recommended to Council.\n", dt.date(2024, 1, 31)),
)


@pytest.mark.parametrize("k", range(len(_PAPERS)))
def test_a_papers_own_dates_above_the_header_are_not_the_meetings(tmp_path: Path, k: int) -> None:
    name, text, held = _PAPERS[k]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert meeting.date == held
    assert "approved" not in (meeting.committee or "").lower() and "status" not in (meeting.committee or "").lower()


_MORE = (
    # the council's name over a publication line: a committee-like line above a date row
    ("m.txt",
     "Brackwater Borough Council\nPublished: 20 May 2024\n\nLICENSING COMMITTEE\n\nMinutes of the meeting held on "
     "Tuesday 2 April 2024 at 6.00 pm at the Town Hall\n\nPresent: Councillor A Bly (Chair), Councillor C Dow\n\n"
     "1. Apologies\nNone.\n\n2. Taxi fares\nRESOLVED that the fares be approved.\n", dt.date(2024, 4, 2)),
    # a status line run together with the paper's name
    ("m.md",
     "# Marlow Fen Parish Council\n\nMinutes Approved 24 April 2025\n\n## Allotments Committee\n\nMinutes of a "
     "meeting of the Allotments Committee held on Thursday 6 March 2025 at 7pm\n\nPresent: Cllr R Hay (Chair), "
     "Cllr T Vane\n\n1. Apologies\nNone.\n\n2. Rents\nRents were agreed.\n", dt.date(2025, 3, 6)),
    # a ModernGov-like title over a despatch line
    ("m.txt",
     "Tarrow Valley Council\nDespatched: 1 March 2022\n\nAUDIT COMMITTEE\nWednesday, 23 February 2022\n\nPresent: "
     "Councillor B Orr (Chair), Councillor D Pike\n\n1. Apologies\nNone.\n\n2. Risk register\nThe register was "
     "noted.\n", dt.date(2022, 2, 23)),
)


@pytest.mark.parametrize("k", range(len(_MORE)))
def test_a_publication_line_under_the_councils_name_is_not_the_meeting(tmp_path: Path, k: int) -> None:
    name, text, held = _MORE[k]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert meeting.date == held
