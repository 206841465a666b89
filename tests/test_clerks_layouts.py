"""Layouts clerks use that the parser had not met, each class read from several small fictional papers written for
these tests (other councils, other formats, other words):

* the line fixing the next meeting printed after the last item ("Next meeting: ...", "Date of next meeting: ...",
  "Dates of future meetings: ..."), often under an exempt item or an action table: a part of its own, never exempt;
* items numbered in capital roman numerals ("IV. Minutes of the previous meeting");
* "Min. 61 — Title" and other headings whose number and title an em dash divides;
* a header line "Meeting held on <date> at <time> in <venue>" under "<Committee> — Minutes", and papers that keep
  "Notes of the meeting held on ..." rather than minutes;
* attendance under a heading of its own ("Present", "Sederunt", "Who attended") over a bulleted list, written as
  prose ("Trustees present were ..."), as the whole membership with a status column ("... Chairman",
  "... apologies"), as a table with a "Present" column of Yes / No by member council, or grouped by seat
  ("Maintained primary heads  Mrs X (Chair)");
* the council over the committee: the English half of a bilingual name, not a bracketed note under it, not the
  Scottish "Minute of Meeting of ..." line.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from index.nodes import record_title
from ingest.pipeline import parse_file
from minutebook.model import Meeting
from tests.conftest import parsed_meeting


def _docx_meeting(tmp_path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
                  table_after: int = 0) -> Meeting:
    document = docx.Document()
    for k, p in enumerate(paragraphs):
        document.add_paragraph(p)
        if table and k == table_after:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    (meeting,) = parse_file(path).meetings
    return meeting


def _item(meeting: Meeting, title_word: str):  # type: ignore[no-untyped-def]
    return next(i for i in meeting.items if title_word.lower() in i.title.lower())


# ----------------------------------------------------------------------------- the next meeting's line


NEXT_TXT = """ASHCOMBE DISTRICT COUNCIL

LICENSING COMMITTEE

Minutes of a meeting of the Licensing Committee held at the Guildhall, Ashcombe on Monday 4 March 2024 at 10.00am.

Present: Councillor Ruth Amble (Chair), Councillors Ben Crake and Dora Fell.

LC/24/10  APOLOGIES
There were no apologies.

LC/24/11  EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED that the press and public be excluded for the following item under paragraph 1 of Schedule 12A.

LC/24/12  DRIVER LICENCE REVIEW (EXEMPT)
The Committee considered a driver's conduct.
RESOLVED that the licence be suspended.

The meeting closed at 11.20am.
Next meeting: Monday 8 April 2024, 10.00am, the Guildhall.
"""
NEXT_MD = """# Brackley Harbour Board

**Minute of Meeting of the Board** held at the Harbour Office on Friday 2 February 2018 at 2.00 pm

Present: Mr Alan Ives (Chair), Mrs Beth Cole, Captain Carl Dunn.

**Min. 14 — Harbour Dues**

The Board approved the dues for 2018.

**Actions arising**

| No. | Action | Lead | By |
|---|---|---|---|
| 1 | Publish dues | Harbour Master | 1 March 2018 |

*Date of next meeting: Friday 6 April 2018 at 2.00 pm, Harbour Office.*
"""
NEXT_HTML = """<html><body><main><h1>Fenwold Schools Forum</h1>
<p>Minutes of the meeting held on Wednesday 10 January 2024 at 8.30am, Fenwold Hall</p>
<p>Present: Mrs Ann Bell (Chair), Mr Carl Dean.</p>
<h3>1. High needs funding</h3><p>The Forum noted the report.</p>
<h3>2. Any other business</h3><p>There was none.</p>
<p>Dates of future meetings: 13 March 2024 and 19 June 2024, both at 8.30am.</p>
</main></body></html>"""


@pytest.mark.parametrize(("text", "name", "date_word"), [(NEXT_TXT, "m.txt", "8 April"), (NEXT_MD, "m.md", "6 April"),
                                                         (NEXT_HTML, "m.html", "13 March")], ids=["txt", "md", "html"])
def test_the_next_meeting_line_after_the_last_item_is_a_public_part_of_its_own(
        tmp_path: Path, text: str, name: str, date_word: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    nxt = [i for i in meeting.items if "meeting" in i.title.lower() and ("next" in i.title.lower()
                                                                          or "future" in i.title.lower())]
    assert len(nxt) == 1, (name, [i.title for i in meeting.items])
    assert date_word in nxt[0].text and not nxt[0].exempt and nxt[0].number is None
    assert all(date_word not in i.text for i in meeting.items if i is not nxt[0])


# ----------------------------------------------------------------------------- roman numerals, em dashes


@pytest.mark.parametrize("k", range(3))
def test_items_numbered_in_capital_roman_numerals_are_items(tmp_path: Path, k: int) -> None:
    md = """# Wexcombe Town Council

## Finance Committee — Minutes

**Meeting held on Monday 3 June 2024 at 7.30pm in the Council Chamber, Wexcombe**

Present: Cllr Ada Finch (Chair), Cllr Bob Gale, Cllr Cat Hume.

### I. Apologies for absence

Cllr Dan Ince sent apologies.

### II. Declarations of interest

None.

### III. Grants

AGREED: that £500 be given to the Wexcombe Youth Club.

### IV. Bank reconciliation

AGREED: that the reconciliation be approved.
"""
    txt = """HOLMBRIDGE PARISH COUNCIL

Minutes of a meeting of Holmbridge Parish Council held in the Village Hall on Tuesday 12 March 2019 at 7pm.

Present: Cllrs E Jones (Chairman), F Khan and G Lowe.

I.    APOLOGIES
      Cllr H Moss.

II.   MINUTES
      The minutes of 12 February 2019 were approved.

III.  PLAYING FIELD
      RESOLVED to buy a new goal at £420.

IV.   CORRESPONDENCE
      A letter from the county council on gritting was noted.

V.    FINANCE
      RESOLVED to pay the clerk's salary.
"""
    html = """<html><body><main><h1>Orrington Community Council</h1>
<p>Minutes of the meeting of Orrington Community Council held on Thursday 9 May 2019 at 7.00pm in the Memorial Hall</p>
<p>Present: Cllr Ian Oak (Chair), Cllr Jo Pine.</p>
<h3>VI. Apologies</h3><p>None.</p>
<h3>VII. Footpaths</h3><p>RESOLVED that the stile be repaired.</p>
<h3>VIII. Planning</h3><p>No objection to 19/0042.</p>
<h3>IX. Date of next meeting</h3><p>Thursday 13 June 2019.</p>
</main></body></html>"""
    cases = ((md, "m.md", ["I", "II", "III", "IV"], "Grants"), (txt, "m.txt", ["I", "II", "III", "IV", "V"],
             "PLAYING FIELD"), (html, "m.html", ["VI", "VII", "VIII", "IX"], "Footpaths"))
    text, name, numbers, title = cases[k]
    meeting = parsed_meeting(tmp_path, text, name)
    assert [i.number for i in meeting.items if i.number] == numbers, (name, [i.title for i in meeting.items])
    assert _item(meeting, title).resolutions


@pytest.mark.parametrize("k", range(3))
def test_a_number_and_title_divided_by_an_em_dash_give_a_clean_title(tmp_path: Path, k: int) -> None:
    heading, number = (("**Min. 61 — Pontoon Replacement**", "61"), ("Minute 7 — Pontoon Replacement", "7"),
                            ("12 — Pontoon Replacement", "12"))[k]
    paper = (f"# Carrick Marina Trust\n\nMinute of Meeting of the Trustees held at the Marina Office on "
             f"Friday 5 May 2017 at 10 am\n\nPresent: Mr Ed Ross (Chair), Mrs Flo Kerr.\n\n"
             f"{heading}\n\nThe Trustees approved the tender of £61,000.\n\n"
             f"{heading.replace('61', '62').replace(' 7 ', ' 8 ').replace('12', '13').replace('Pontoon', 'Slipway')}"
             f"\n\nThe Trustees noted the report.\n")
    meeting = parsed_meeting(tmp_path, paper, "m.md")
    item = _item(meeting, "Pontoon")
    assert (item.number, item.title) == (number, "Pontoon Replacement")


# ----------------------------------------------------------------------------- headers


@pytest.mark.parametrize("k", range(3))
def test_a_meeting_held_line_under_the_committee_line_is_the_header(tmp_path: Path, k: int) -> None:
    text, committee, council, venue_word = (
        ("# Pelbury Town Council\n\n## Amenities Committee — Minutes\n\n**Meeting held on Tuesday 18 June 2024 at "
         "7.00pm in the Corn Exchange, Market Place, Pelbury**\n\nCouncillors present: Cllr A Bly (Chair), Cllr C "
         "Dow.\n\n### I. Apologies\n\nNone.\n\n### II. Benches\n\nAGREED: that two benches be bought.\n",
         "Amenities Committee", "Pelbury Town Council", "Corn Exchange"),
        ("STOWMERE SCHOOLS FORUM\n\nNotes of the meeting held on Wednesday 20 January 2021, 8.30am, by Microsoft "
         "Teams\n\nPresent: Mrs E Fry (Chair), Mr G Hale\n\nITEM 1  FUNDING FORMULA\n1.1 The formula was noted.\n\n"
         "ITEM 2  GROWTH FUND\n2.1 The growth fund was agreed.\n", "Stowmere Schools Forum", None, None),
        ("Lindon Parish Council\n\nPlanning Committee - Draft Minutes\n\nMeeting held on Monday 2 October 2023 at "
         "7.30pm in the Pavilion, Lindon\n\nPresent: Cllr J Kay (Chair), Cllr L Moor\n\n1. Apologies\nNone.\n\n"
         "2. Applications\nNo objection was raised.\n", "Planning Committee", "Lindon Parish Council", "Pavilion"),
    )[k]
    meeting = parsed_meeting(tmp_path, text, "m.md")
    assert (meeting.committee, meeting.council) == (committee, council)
    assert venue_word is None or venue_word in (meeting.venue or "")
    assert meeting.chair is not None and len(meeting.items) == 2


@pytest.mark.parametrize("k", range(3))
def test_the_council_is_the_english_name_not_a_note_or_the_minutes_line(tmp_path: Path, k: int) -> None:
    top, council = (
        ("Tregaron County Borough Council / Cyngor Bwrdeistref Sirol Tregaron", "Tregaron County Borough Council"),
        ("ASHLEY COUNTY COUNCIL\n(Administering Authority for the Ashley Pension Fund)", "Ashley County Council"),
        ("KILBRANNAN HARBOUR TRUST", "Kilbrannan Harbour Trust"),
    )[k]
    paper = (f"{top}\n\nMinute of Meeting of the Board of Trustees held at the Offices on Monday 6 March 2023 at "
             "10 am\n\nPresent: Mr A Bain (Chair), Mrs C Dow.\n\n1. Accounts\nThe accounts were approved.\n\n"
             "2. Dredging\nThe report was noted.\n")
    assert parsed_meeting(tmp_path, paper).council == council


# ----------------------------------------------------------------------------- attendance


@pytest.mark.parametrize("k", range(3))
def test_a_present_heading_over_a_bulleted_list_is_the_attendance(tmp_path: Path, k: int) -> None:
    html = """<html><body><h1>Ambry Scrutiny Committee</h1>
<p><b>Date:</b> Thursday 13 February 2020, 10.00am</p>
<h2>Present</h2>
<ul><li>County Councillor Jane Orr (Chairman)</li><li>County Councillor Bill Pike (Vice-Chairman)</li>
<li>County Councillors Ann Quay and Tom Rudd</li></ul>
<p><b>Also present:</b> Mr Ken Sale (Ambulance Trust).</p>
<h2>Minute 12 &ndash; Apologies</h2><p>Apologies were received from County Councillor Fay Tidd.</p>
<h2>Minute 13 &ndash; Ambulances</h2><p>RESOLVED: That the report be noted.</p></body></html>"""
    md = """# Dunmore Fire Authority

Minutes of a meeting of Dunmore Fire Authority held at Fire HQ on Friday 6 May 2022 at 10.30am

**Present**

- Cllr Jane Orr (Chair)
- Cllr Bill Pike
- Cllr Ann Quay

In attendance: Mr Ken Sale (Chief Fire Officer)

1. **Apologies** — Cllr Fay Tidd.

2. **Budget** — RESOLVED that the budget be approved.
"""
    txt = """KELBY HOUSING BOARD

Minutes of a meeting of the Kelby Housing Board held at Kelby House on Monday 9 January 2023 at 2.00pm

PRESENT
  * Councillor Jane Orr (Chair)
  * Councillor Bill Pike
  * Councillor Ann Quay

IN ATTENDANCE: Mr Ken Sale (Director of Housing)

1.  APOLOGIES
    Apologies were received from Councillor Fay Tidd.

2.  VOIDS
    RESOLVED that the report be noted.
"""
    text, name = ((html, "m.html"), (md, "m.md"), (txt, "m.txt"))[k]
    meeting = parsed_meeting(tmp_path, text, name)
    assert meeting.chair == "Jane Orr", name
    assert {"Jane Orr", "Bill Pike", "Ann Quay"} <= set(meeting.present), (name, meeting.present)
    assert "Ken Sale" in " ".join(meeting.in_attendance) and "Fay Tidd" in " ".join(meeting.apologies)


@pytest.mark.parametrize("k", range(3))
def test_attendance_written_as_prose_under_a_heading_is_read(tmp_path: Path, k: int) -> None:
    block = (
        "**Sederunt**\n\nTrustees present were Mr Alan Ives (Chair), Mrs Beth Cole and Captain Carl Dunn. Mr Dan "
        "Eade sent apologies.\n\nIn attendance: Mrs Fay Gow (Secretary).",
        "Governors present were Mr Alan Ives (Chair), Mrs Beth Cole and Captain Carl Dunn. Mr Dan Eade sent "
        "apologies.\n\nIn attendance: Mrs Fay Gow (Clerk).",
        "Those present were: Mr Alan Ives (Chair), Mrs Beth Cole, Captain Carl Dunn. Apologies were received from "
        "Mr Dan Eade.\n\nAlso present: Mrs Fay Gow (Secretary).",
    )[k]
    paper = (f"# Glenmorie Trust\n\nMinute of Meeting of the Board held at the Trust Office on Thursday 11 October"
             f" 2018 at 10.30 am\n\n{block}\n\n**Min. 5 — Accounts**\n\nThe Board approved the accounts.\n\n"
             "**Min. 6 — Lease**\n\nThe Board noted the report.\n")
    meeting = parsed_meeting(tmp_path, paper, "m.md")
    assert meeting.chair is not None and "Alan Ives" in meeting.chair, block
    assert [p.split()[-1] for p in meeting.present] == ["Ives", "Cole", "Dunn"], (block, meeting.present)
    assert [p.split()[-1] for p in meeting.apologies] == ["Eade"]
    assert [p.split()[-1] for p in meeting.in_attendance] == ["Gow"]


@pytest.mark.parametrize("k", range(3))
def test_a_membership_list_with_a_status_column_marks_chair_and_apologies(tmp_path: Path, k: int) -> None:
    rows = (
        ["County Councillor Ian Carr .............. Chairman", "County Councillor Judy Penn ......... Vice-Chairman",
         "County Councillor Dev Moss", "County Councillor Paul White ............ apologies"],
        ["Cllr Ian Carr ........ Chair", "Cllr Judy Penn", "Cllr Dev Moss", "Cllr Paul White ........ Apologies"],
        ["Councillor Ian Carr ____________ Chairman", "Councillor Judy Penn", "Councillor Dev Moss",
         "Councillor Paul White ____________ absent (apologies)"],
    )[k]
    listing = "\n".join(f"  {r}" for r in rows)
    paper = ("ASHLEY COUNTY COUNCIL\n\nPENSION FUND COMMITTEE\n\nMINUTES of a meeting held at County Hall, Ashley "
             "on Thursday 9 March 2023 at 2.00pm\n\nThe Committee comprised the following members, all of whom "
             f"were present except where stated:\n\n{listing}\n\nOfficers: Mr Luke Gray (Committee Officer).\n\n"
             "13/23  MINUTES\n       The minutes were confirmed.\n\n14/23  VALUATION\n       RESOLVED - That the "
             "valuation be approved.\n")
    meeting = parsed_meeting(tmp_path, paper)
    assert meeting.chair == "Ian Carr", rows
    assert meeting.present == ["Ian Carr", "Judy Penn", "Dev Moss"], rows
    assert meeting.apologies == ["Paul White"]


@pytest.mark.parametrize("k", range(3))
def test_an_attendance_table_with_a_present_column_by_member_council(tmp_path: Path, k: int) -> None:
    header = ["Constituent council", "Voting member", "Present"]
    body = [["Abbot City Council", "Cllr Nadia Quinn (Chair)", "Yes"],
            ["Abbot City Council", "Cllr Joe Rudd", "Yes"],
            ["Brent Vale Borough Council", "Cllr Sue Cater", "No – Cllr Amir Pell substituted"],
            ["Brent Vale Borough Council", "Cllr Pat Mbeki", "No – apologies"]]
    html = ("<html><body><main><h1>Transport Committee</h1><p>Minutes of the meeting held on Thursday 29 September "
            "2022 at 1.00pm, Boardroom, Abbot</p><h2>Attendance</h2><table><tr>"
            + "".join(f"<th>{c}</th>" for c in header) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
            + "</table><p>Officers: Ms Hana Sow (Director).</p><h2>TC/22/31 Apologies</h2><p>Apologies were received"
            " from Cllr Cater and Cllr Mbeki.</p><h2>TC/22/32 Buses</h2><p>DECIDED that the report be noted.</p>"
            "</main></body></html>")
    md = ("# Abbot Combined Authority\n\n## Transport Committee\n\nMinutes of the meeting held on Thursday 29 September"
          " 2022 at 1.00pm, Boardroom, Abbot\n\n### Attendance\n\n| " + " | ".join(header) + " |\n|---|---|---|\n"
          + "".join("| " + " | ".join(r) + " |\n" for r in body)
          + "\nOfficers: Ms Hana Sow (Director).\n\n### TC/22/31 Apologies\n\nApologies were received from Cllr Cater"
          " and Cllr Mbeki.\n\n### TC/22/32 Buses\n\nDECIDED that the report be noted.\n")
    docx_meeting = _docx_meeting(
        tmp_path,
        ["Abbot Combined Authority", "Transport Committee", "Minutes of the meeting held on Thursday 29 September 2022"
         " at 1.00pm, Boardroom, Abbot", "Attendance", "Officers: Ms Hana Sow (Director).", "TC/22/31 Apologies",
         "Apologies were received from Cllr Cater and Cllr Mbeki.", "TC/22/32 Buses",
         "DECIDED that the report be noted."],
        [header, *body], table_after=3)
    meeting = (parsed_meeting(tmp_path, html, "m.html"), parsed_meeting(tmp_path, md, "m.md"), docx_meeting)[k]
    assert meeting.chair == "Nadia Quinn"
    assert set(meeting.present) == {"Nadia Quinn", "Joe Rudd", "Amir Pell"}, meeting.present
    assert "Sue Cater" not in meeting.present and "Pat Mbeki" in meeting.apologies


def test_members_grouped_by_seat_are_read_by_name_not_by_seat(tmp_path: Path) -> None:
    paper = """ORBY SCHOOLS FORUM

Notes of the meeting held on Tuesday 19 January 2021, 8.15am, by Microsoft Teams

WHO ATTENDED
  Schools members
    Maintained primary heads     Mrs Gail Orme (Chair) - Brook Primary
                                 Mr Raj Kohli - St Aidan's Primary
    Maintained primary governor  Mr Derek Sowe
    Diocese (Church of England)  Rev Canon Mike Tate
  Non-schools members
    Early years (PVI)            Mrs Bea Duck - Little Acorns
  Officers
    Ms Carol West (Director of Children's Services), Mr Ash Varn (Head of Schools
    Finance), Lesley Harr (Clerk)

  Apologies: Mr Gary Lidd (Academies).

ITEM 1  FORMULA
  1.1  The formula was noted.

ITEM 2  GROWTH FUND
  2.1  The fund was agreed.
"""
    meeting = parsed_meeting(tmp_path, paper)
    assert record_title(meeting).startswith("Attendance and apologies (WHO ATTENDED")  # cited by its own heading
    assert meeting.chair == "Mrs Gail Orme"
    assert meeting.present == ["Mrs Gail Orme", "Mr Raj Kohli", "Mr Derek Sowe", "Rev Canon Mike Tate",
                               "Mrs Bea Duck"]
    assert meeting.in_attendance == ["Ms Carol West", "Mr Ash Varn", "Lesley Harr"]
    assert meeting.apologies == ["Mr Gary Lidd"]


# ----------------------------------------------------------------------------- pages printed to PDF by a browser

_CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

_PAGES = {
    "one page, breadcrumb and footer links": (
        "Minutes - Harbour Board", "<p>Home &gt; Your council &gt; Meetings &gt; Harbour Board</p>",
        "<p>Contact us | Accessibility | Privacy</p>", 1),
    "one page, the browser's own header and footer": ("Minutes - Harbour Board", "", "", 1),
    "three pages, both": ("Harbour Board minutes", "<p>Home &gt; Council &gt; Committees &gt; Minutes</p>",
                          "<p>Contact us | Cookies | Accessibility statement</p>", 3),
}


def _page_html(title: str, top: str, foot: str, pages: int) -> str:
    filler = "".join(f"<p>The Board discussed berth {k} at length and noted the harbour master's report on its "
                     "condition, the dredging it needs and the cost of the works proposed for the coming year.</p>"
                     for k in range(1, 1 + 22 * (pages - 1)))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{top}"
            "<p>KILMORY HARBOUR BOARD</p><p>Minutes of a meeting of the Kilmory Harbour Board held at the Harbour "
            "Office on Monday 6 March 2023 at 10.00am</p><p>Present: Mr Angus Bain (Chair), Mrs Cara Dow, "
            "Mr Euan Fyfe</p><p>Apologies: Mrs Gail Hay</p><p>1. Harbour dues</p><p>RESOLVED that the dues be "
            f"raised by 3%.</p><p>2. Berths</p>{filler}<p>RESOLVED that the berth report be noted.</p>"
            f"<p>The meeting closed at 11.40am.</p>{foot}</body></html>")


@pytest.mark.skipif(_CHROMIUM is None, reason="needs a browser to print the page")
@pytest.mark.parametrize("case", list(_PAGES), ids=list(_PAGES))
def test_what_a_browser_prints_around_a_page_is_no_part_of_the_minutes(tmp_path: Path, case: str) -> None:
    title, top, foot, pages = _PAGES[case]
    page = tmp_path / "minutes.html"
    page.write_text(_page_html(title, top, foot, pages), encoding="utf-8")
    pdf = tmp_path / "minutes.pdf"
    subprocess.run([str(_CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
                    page.as_uri()], capture_output=True, timeout=120, check=False)
    assert pdf.exists()
    parsed = parse_file(pdf)
    assert parsed.page_count == pages
    (meeting,) = parsed.meetings
    assert meeting.committee == "Kilmory Harbour Board" and meeting.council in (None, "Kilmory Harbour Board")
    assert meeting.chair == "Mr Angus Bain" and meeting.apologies == ["Mrs Gail Hay"]
    assert [i.number for i in meeting.items] == ["1", "2"]
    text = "\n".join(i.text for i in meeting.items)
    for furniture in ("file://", "minutes.html", " PM ", "Your council", "Committees >", "Contact us", "Cookies",
                      f"1/{pages}"):
        assert furniture not in text, furniture
    assert text.rstrip().endswith("The meeting closed at 11.40am.")


def test_a_dated_line_that_opens_no_page_is_kept(tmp_path: Path) -> None:
    from ingest.cleaning import clean_rows
    from minutebook.model import Line

    lines = [Line(text="11/29/26, 8:58 PM Minutes - Harbour Board", page=1), Line(text="KILMORY HARBOUR BOARD", page=1),
             Line(text="06/03/2023, 10:00 Harbour Office", page=1),
             Line(text="https://kilmory.example/minutes.html 1/1", page=1)]
    assert [r.text for r in clean_rows(lines)] == ["KILMORY HARBOUR BOARD", "06/03/2023, 10:00 Harbour Office"]
    web = [Line(text="06/03/2023, 10:00 Harbour Office"), Line(text="See https://kilmory.example/minutes.html")]
    assert [r.text for r in clean_rows(web)] == [line.text for line in web]


# ----------------------------------------------------------------------------- declarations tables

_DECLARATIONS = {
    "html, what the member did in its own column": (
        "m.html",
        "<html><body><main><h1>Tregaron Scrutiny Committee</h1><p>Minutes of the meeting held on Thursday 7 March "
        "2019 at 10.00 am in Committee Room 2</p><p>Present: Councillor Ann Bevan (Chair), Councillor Rhys Cole, "
        "Mrs Eira Vaughan</p><h3>1. Declarations of Interest</h3><table><tr><th>Member</th><th>Item</th>"
        "<th>Nature of interest</th><th>Action</th></tr><tr><td>Councillor Rhys Cole</td><td>2</td><td>Governor of "
        "Ysgol y Bont</td><td>Personal interest; remained and took part</td></tr><tr><td>Mrs Eira Vaughan</td>"
        "<td>2</td><td>Trustee of the school's diocese</td><td>Personal and prejudicial; left the room for the item"
        "</td></tr></table><h3>2. School federation</h3><p>RESOLVED that the proposal be supported.</p>"
        "</main></body></html>"),
    "markdown, a trustees' table": (
        "m.md",
        "# Kilbrannan Harbour Trust\n\nMinute of Meeting of the Board held at the Harbour Office on Thursday 11 "
        "October 2018 at 10.30 am\n\nPresent: Mr Alan Ives (Chair), Mr Rhys Cole, Mrs Eira Vaughan.\n\n"
        "**Min. 1 — Declarations of Interest**\n\n| Trustee | Item | Interest |\n|---|---|---|\n"
        "| Mr R Cole | Min. 2 (Pontoon) | Brother is a tenderer. Left the meeting for the item. |\n"
        "| Mrs E Vaughan | Min. 2 (Pontoon) | Owns a berth. Remained. |\n\n**Min. 2 — Pontoon**\n\n"
        "The Board approved the tender.\n"),
    "text, a governors' table": (
        "m.txt",
        "ASHBY ACADEMY TRUST\n\nMinutes of the meeting of the Board held at Ashby School on Tuesday 5 March 2024 at "
        "6pm\n\nPresent: Mr Alan Ives (Chair), Mr Rhys Cole, Mrs Eira Vaughan\n\n1. DECLARATIONS OF INTEREST\n\n"
        "Governor        Agenda item   Interest                          Action taken\n"
        "Mr R Cole       2             Pecuniary - his firm tendered     Withdrew\n"
        "Mrs E Vaughan   2             Non-pecuniary - parent            Remained\n\n"
        "2. CATERING CONTRACT\n\nRESOLVED that the contract be awarded.\n"),
}


@pytest.mark.parametrize("case", list(_DECLARATIONS), ids=list(_DECLARATIONS))
def test_a_declarations_table_headed_by_the_board_s_own_words_is_read(tmp_path: Path, case: str) -> None:
    name, text = _DECLARATIONS[case]
    meeting = parsed_meeting(tmp_path, text, name)
    got = {d.member.split()[-1]: d for d in meeting.declarations}
    assert set(got) == {"Cole", "Vaughan"}, meeting.declarations
    assert all(d.item == "2" for d in got.values())
    assert [got["Cole"].withdrew, got["Vaughan"].withdrew] == ([False, True] if name == "m.html" else [True, False])


# ----------------------------------------------------------------------------- where the meeting was held

_VENUES = {
    "a venue line with the date run on": (
        "m.html", "<html><body><main><h1>Tregaron County Borough Council</h1><h2>Minutes of the Audit Committee</h2>"
        "<p>Venue: Committee Room 2, Neuadd y Sir, Tregaron. Thursday, 7th March, 2019 10.00 am</p><p>Present: "
        "Councillor Ann Bevan (Chair)</p><h3>1. Accounts</h3><p>RESOLVED that the accounts be noted.</p>"
        "<h3>2. Risks</h3><p>RESOLVED that the register be noted.</p></main></body></html>",
        "Committee Room 2, Neuadd y Sir, Tregaron"),
    "the place, a dash, the date": (
        "m.md", "# Kilbrannan Harbour Trust\n\n**Minute of Meeting of the Board of Trustees**\n\nHarbour Office, North"
        " Quay, Kilbrannan — Thursday 11 October 2018 at 10.30 am\n\nPresent: Mr Alan Ives (Chair), Mrs Beth Cole.\n"
        "\n**Min. 1 — Dues**\n\nThe Board approved the dues.\n\n**Min. 2 — Dredging**\n\nThe Board noted the report.\n",
        "Harbour Office, North Quay, Kilbrannan"),
    "the place after the time": (
        "m.txt", "ABBOT COMBINED AUTHORITY\n\nTRANSPORT COMMITTEE\n\nMinutes of the meeting held on Thursday 29 "
        "September 2022 at 1.00pm, Boardroom, Wellgate House, 4 Canal Street, Abbot\n\nPresent: Cllr Nadia Quinn "
        "(Chair), Cllr Joe Rudd\n\nTC/22/31  BUSES\nDECIDED that the report be noted.\n\nTC/22/32  TRAMS\nDECIDED "
        "that the business case be approved.\n", "Boardroom, Wellgate House, 4 Canal Street, Abbot"),
}


@pytest.mark.parametrize("case", list(_VENUES), ids=list(_VENUES))
def test_the_venue_is_the_place_without_the_date(tmp_path: Path, case: str) -> None:
    name, text, venue = _VENUES[case]
    assert parsed_meeting(tmp_path, text, name).venue == venue


# ----------------------------------------------------------------------------- what a page template holds


_TEMPLATES = {
    "title with bars, footer paragraph": (
        "Abbot Combined Authority | Transport Committee | Minutes 29 September 2022",
        "<footer><p>Next meeting: Thursday 24 November 2022, 1.00pm, Wellgate House.</p>"
        "<p>Contact: governance@abbot.example</p></footer>", "Abbot Combined Authority", "24 November 2022"),
    "title with dashes, footer div": (
        "Ambry County Council - Health Scrutiny Committee - Minutes - 13 February 2020",
        "<footer><div class='next'><i>Date of next meeting: Thursday 11 June 2020 at 10.00am</i></div></footer>",
        "Ambry County Council", "11 June 2020"),
    "the council last in the title, footer list": (
        "Minutes: Transport Committee, 29 September 2022 | Brent Vale Borough Council",
        "<footer><ul><li>Accessibility</li><li>Next meeting - Monday 5 December 2022 at 6pm</li></ul></footer>",
        "Brent Vale Borough Council", "5 December 2022"),
}


@pytest.mark.parametrize("case", list(_TEMPLATES), ids=list(_TEMPLATES))
def test_a_page_title_names_the_council_and_a_footer_the_next_meeting(tmp_path: Path, case: str) -> None:
    title, footer, council, date = _TEMPLATES[case]
    page = (f"<html><head><title>{title}</title></head><body><header><p>Site</p></header><main>"
            "<h1>Transport Committee</h1><p>Minutes of the meeting held on Thursday 29 September 2022 at 1.00pm, "
            "Boardroom, Abbot</p><p>Present: Cllr Nadia Quinn (Chair), Cllr Joe Rudd</p><h2>1. Buses</h2>"
            "<p>DECIDED that the report be noted.</p><h2>2. Trams</h2><p>DECIDED that the case be approved.</p>"
            f"</main>{footer}</body></html>")
    meeting = parsed_meeting(tmp_path, page, "m.html")
    assert meeting.council == council
    (nxt,) = [i for i in meeting.items if "next meeting" in i.title.lower()]
    assert date in nxt.text and not any("Accessibility" in i.text or "Contact" in i.text for i in meeting.items)
