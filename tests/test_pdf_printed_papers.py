"""A paper printed to PDF reads as the page it was printed from.

A table printed without ruling lines keeps its columns and rows.

A council's web page printed by a browser, or a Word table with its borders hidden, draws no lines round its
cells, so the PDF reader saw no table: each visual line ran its cells together ("Councillor Alun Beddoe Member
Present") and a cell that wrapped (or one set in the middle of a taller row) spilled into lines of its own. The
attendance table lost its chair and its apologies, the declarations table its members.

Each paper here is fictional HTML printed to PDF by the real browser and read by the real reader and parser; the
same paper read as HTML is the reference. Lists with a hanging indent and justified paragraphs stay text.

A heading set in larger type that wraps is one heading: it wraps where its next word will not fit, which may
be well short of the margin, and the PDF reader took the short line for the heading's end (the item lost the
rest of its title, and with it an "(Exempt)" mark).

In a narrow column (a small page, a two-column layout) a line wraps wherever the next word would not fit, which
may be far short of the margin when that word is long: such a line is not the end of its paragraph or heading.

A browser draws a list's bullets as shapes, not characters: the printed list showed no markers, so its points
ran together as one paragraph (several resolutions read as one).

A numbered heading in bold run in with the text it heads ("**PH61. Apologies** Apologies were received ...") is
a heading of its own: the item's title had taken in its first sentence.

An action log whose first column holds minute references ("27/12") is a table, not numbered paragraphs: its
references and actions had run together into one cell. And where the log starts at the foot of a page and its
rows go on over the page, the heading row left behind on the first page still names the columns of the rows.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ingest.action_logs import log_rows
from ingest.pipeline import parse_file
from ingest.readers import read_source
from minutebook.model import Meeting

_CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(_CHROMIUM is None, reason="needs a browser to print the page")


def _print(tmp_path: Path, body: str, style: str = "") -> Path:
    page = tmp_path / "minutes.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>Minutes</title><style>{style}</style></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    pdf = tmp_path / "minutes.pdf"
    subprocess.run([str(_CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
                    "--no-pdf-header-footer", page.as_uri()], capture_output=True, timeout=120, check=False)
    assert pdf.exists()
    return pdf


def _both(tmp_path: Path, body: str, style: str = "") -> tuple[Meeting, Meeting]:
    """The paper's one meeting as read from the HTML and from its print."""
    pdf = _print(tmp_path, body, style)
    (from_html,) = parse_file(tmp_path / "minutes.html").meetings
    (from_pdf,) = parse_file(pdf).meetings
    return from_html, from_pdf


def _table(rows: list[list[str]], header: list[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


_ITEMS = ("<h3>1. Minutes</h3><p>RESOLVED that the minutes of the last meeting be approved.</p>"
          "<h3>2. Budget</h3><p>RESOLVED that the budget be noted.</p>")

ATTENDANCE = {
    "name, role, attendance": (
        "<h1>Fenbridge District Council</h1><h2>Minutes of the Licensing Committee, Tuesday 4 March 2025</h2>"
        "<h3>Attendance</h3>"
        + _table([["Councillor Rhona Pike", "Chair", "Present"],
                  ["Councillor Tom Ellery-Vane", "Vice-Chair", "Present"],
                  ["Councillor Asha Quill", "Member", "Apologies"],
                  ["Mr Owen Dray", "Co-opted Member (Tenants' Forum, North Area)", "Present"],
                  ["Councillor Ben Lusk", "Member", "Present"]], ["Member", "Role", "Attendance"])
        + _ITEMS,
        "Rhona Pike", ["Asha Quill"]),
    "a role that wraps, the other cells set in the middle of the row": (
        "<h1>Saltmere Harbour Trust</h1><h2>Board meeting, 12 June 2024</h2><h3>Attendance</h3>"
        + _table([["Mrs Ada Crane", "Chair", "✓"],
                  ["Mr Hugo Barnes-Lyle", "Trustee (Senior Independent Trustee, nominated by the Port Users' "
                   "Association)", "✓"],
                  ["Dr Ines Wold", "Trustee", "A"],
                  ["Mr Colm Reddy", "Chief Executive", "✓"]], ["Name", "Role", "12 Jun"])
        + "<p>✓ present · A apologies</p>" + _ITEMS,
        "Ada Crane", ["Ines Wold"]),
}


@pytest.mark.parametrize("case", list(ATTENDANCE), ids=list(ATTENDANCE))
def test_an_attendance_table_without_borders_reads_as_its_page_does(tmp_path: Path, case: str) -> None:
    body, chair, apologies = ATTENDANCE[case]
    from_html, from_pdf = _both(tmp_path, body, "td{vertical-align:middle} table{width:100%}")
    assert from_html.chair is not None and chair in from_html.chair
    assert from_pdf.chair == from_html.chair
    assert from_pdf.present == from_html.present and len(from_pdf.present) >= 3
    assert [a.split()[-1] for a in from_pdf.apologies] == [a.split()[-1] for a in apologies]
    assert [(i.number, i.title, len(i.resolutions)) for i in from_pdf.items] == [
        (i.number, i.title, len(i.resolutions)) for i in from_html.items]


def test_a_declarations_table_keeps_each_members_cells_together(tmp_path: Path) -> None:
    body = ("<h1>Lowther Vale Council</h1><h2>Planning Committee, 9 January 2024</h2>"
            "<h3>1. Declarations of interest</h3>"
            + _table([["Councillor Priya Namdev-Holt", "3", "Her brother owns land next to the site at Mill Lane",
                       "Personal and prejudicial; left the room"],
                      ["Councillor Jon Abe", "4", "Member of the Ramblers' Association", "Personal; remained"]],
                     ["Member", "Item", "Interest", "Action"])
            + "<h3>2. Minutes</h3><p>RESOLVED that the minutes be approved.</p>")
    pdf = _print(tmp_path, body, "table{width:60%} td{vertical-align:middle}")
    rows = [line.text.split("\t") for line in read_source(pdf).lines if "\t" in line.text]
    assert rows[0] == ["Member", "Item", "Interest", "Action"]
    assert rows[1][:2] == ["Councillor Priya Namdev-Holt", "3"]  # the wrapped name is one cell, its item beside it
    assert rows[1][3] == "Personal and prejudicial; left the room"
    assert rows[2] == ["Councillor Jon Abe", "4", "Member of the Ramblers' Association", "Personal; remained"]
    (meeting,) = parse_file(pdf).meetings
    assert sorted((d.member, d.item) for d in meeting.declarations) == [("Jon Abe", "4"), ("Priya Namdev-Holt", "3")]


def test_a_label_set_in_the_middle_of_its_row_stays_with_the_row(tmp_path: Path) -> None:
    """Minutes laid out as a two-column grid (label | text): the label sits level with the text's middle line."""
    long = ("Councillor Nia Hollis (Chair) (Corbridge District Council), Councillor Amos Teague (Vice-Chair) "
            "(Fellside Borough Council), Councillor Ruth Okafor (Corbridge District Council), Mr Ivan Shaw "
            "(independent member)")
    body = ("<h1>CORBRIDGE AND FELLSIDE JOINT SCRUTINY PANEL</h1><p>MINUTES of the meeting held on 8 May 2024</p>"
            + _table([["Panel members present", long],
                      ["Officers", "Mrs Lena Fox (Panel Support Officer), Mr Karl Dunn (Legal Adviser)"],
                      ["Apologies", "Councillor Beth Arne (Fellside Borough Council)"]], ["", ""]).replace(
                "<tr><th></th><th></th></tr>", "")
            + "<h3>12. Minutes</h3><p>RESOLVED that the minutes be approved.</p>")
    from_html, from_pdf = _both(tmp_path, body, "table{width:100%} td{vertical-align:middle}")
    assert from_html.chair == "Nia Hollis" or (from_html.chair or "").endswith("Nia Hollis")
    assert (from_pdf.chair, from_pdf.present, from_pdf.apologies) == (
        from_html.chair, from_html.present, from_html.apologies)
    assert len(from_pdf.present) == 4


def test_rows_of_wrapped_cells_set_in_the_middle_keep_apart(tmp_path: Path) -> None:
    body = ("<h1>Hollin Valley Combined Authority</h1><h2>Transport Committee, 6 October 2022</h2>"
            "<h3>Attendance</h3>"
            + _table([["Ashdown City Council", "Cllr Mina Roe (Chair)", "Yes"],
                      ["Barrowdale Borough Council", "Cllr Lewis Pryce", "No – Cllr Tom Abbot substituted"],
                      ["Coldmere Borough Council", "Cllr Ursula Venn-Hardcastle (Vice-Chair)", "Yes"],
                      ["Ashdown City Council", "Cllr Pat Greer", "No – apologies"]],
                     ["Constituent council", "Voting member", "Present"])
            + _ITEMS)
    pdf = _print(tmp_path, body, "table{width:75%} td{vertical-align:middle}")
    rows = [line.text.split("\t") for line in read_source(pdf).lines if "\t" in line.text]
    assert rows[1:] == [["Ashdown City Council", "Cllr Mina Roe (Chair)", "Yes"],
                        ["Barrowdale Borough Council", "Cllr Lewis Pryce", "No – Cllr Tom Abbot substituted"],
                        ["Coldmere Borough Council", "Cllr Ursula Venn-Hardcastle (Vice-Chair)", "Yes"],
                        ["Ashdown City Council", "Cllr Pat Greer", "No – apologies"]]

def test_entries_one_a_line_in_a_labelled_row_stay_apart(tmp_path: Path) -> None:
    """A row of labels and entries, each entry on a line of its own (<br>): the entries are not one name."""
    body = ("<h1>Lisvane and Carrow Borough Council</h1><p>Minutes of the Environmental Services Committee held on "
            "8 June 2015</p>"
            + _table([["In the Chair", "Councillor C Mulvey"],
                      ["Members Present", "Alderman J Kerr, Alderman S Orr, Councillors P Devlin, A Gorm and T Rain"],
                      ["Officers Present", "Director of Environmental Services - Mr N Beech<br>Head of Waste - Mrs G "
                       "Tremble<br>Democratic Services Officer - Miss H Dorey"]], ["", ""]).replace(
                "<tr><th></th><th></th></tr>", "")
            + _ITEMS)
    from_html, from_pdf = _both(tmp_path, body, "table{width:100%}")
    assert [n.split()[-1] for n in from_html.in_attendance] == ["Beech", "Tremble", "Dorey"]
    assert (from_pdf.chair, from_pdf.present, from_pdf.in_attendance) == (
        from_html.chair, from_html.present, from_html.in_attendance)

def test_hanging_indents_and_justified_text_stay_text(tmp_path: Path) -> None:
    bullets = "".join(f"<li>{t}</li>" for t in (
        "In what circumstances the emergency procedure had been used since the last review of the policy",
        "Which partner agencies had been involved and at what level of seniority in each of the cases",
        "How the views of tenants had been captured"))
    para = ("<p style='text-align:justify'>Having had the opportunity to question officers and partners at some "
            "length, Members were assured that the Council and its partners were working effectively within the "
            "procedure, and that the recommendations of the review would be in place by the end of the year.</p>")
    numbered = "".join(f"<p style='padding-left:3em;text-indent:-3em'>{n}.&emsp;&emsp;{t}</p>" for n, t in (
        (7, "The Committee considered the report of the Director on the review of the housing allocations "
            "policy and the consultation with tenants."),
        (8, "The Committee noted the quarterly performance report and asked for the figures on void properties "
            "to be broken down by area.")))
    pdf = _print(tmp_path, f"<ul>{bullets}</ul>{para}{numbered}", "body{width:14cm}")
    lines = [line.text for line in read_source(pdf).lines]
    assert not [t for t in lines if "\t" in t]
    assert any(t.startswith("Having had the opportunity") and t.endswith("end of the year.") for t in lines)


HEADINGS = {
    "a minute's title": ("<h2>Minute 12 – Kelso Street Depot: Fleet Maintenance and Decarbonisation</h2>",
                         "Kelso Street Depot: Fleet Maintenance and Decarbonisation"),
    "an exempt item's title": ("<h2>CAB21-07 Brookside Depot – Future Operating Model for the Site (Exempt)</h2>",
                               "Brookside Depot – Future Operating Model for the Site (Exempt)"),
}


@pytest.mark.parametrize("case", list(HEADINGS), ids=list(HEADINGS))
def test_a_heading_that_wraps_is_one_title(tmp_path: Path, case: str) -> None:
    heading, title = HEADINGS[case]
    body = ("<h1>Ardle Borough Council</h1><h2>Minutes of the Cabinet, 3 February 2021</h2>"
            "<p>Present: Councillor Mair Bell (Chair), Councillor Ivo Penn</p>"
            f"{heading}<p>The report was considered. Members asked about the cost of the work, the timetable for it "
            "and the effect on the services that residents receive, and officers answered their questions.</p>"
            "<p>RESOLVED that the report be noted.</p>"
            "<h3>Minute 116 – Date of next meeting</h3><p>The next meeting will be held on 3 March 2021.</p>")
    from_html, from_pdf = _both(tmp_path, body, "body{width:12cm}")
    assert from_html.items[0].title == title
    assert [(i.title, i.exempt, len(i.resolutions)) for i in from_pdf.items] == [
        (i.title, i.exempt, len(i.resolutions)) for i in from_html.items]


BULLETS = {
    "discs": ("", "<h3>4. Grants</h3><p>RESOLVED:</p><ul><li>That £150 be given to Tollby Brass Band.</li>"
                  "<li>That £90 be given to the Tollby Gala committee.</li>"
                  "<li>That the application from the bowls club be deferred.</li></ul>"),
    "squares": ("ul{list-style:square}", "<h3>4. Highways</h3><p>Resolved –</p><ul><li>That the Clerk report the "
                "potholes on Mill Lane.</li><li>That the County Council be asked for a traffic count on Church "
                "Street.</li></ul>"),
}


@pytest.mark.parametrize("case", list(BULLETS), ids=list(BULLETS))
def test_a_list_with_drawn_bullets_keeps_its_points_apart(tmp_path: Path, case: str) -> None:
    style, item = BULLETS[case]
    body = ("<h1>Tollby Parish Council</h1><h2>Minutes of the meeting held on 2 April 2024</h2>"
            "<p>Present: Cllr Ann Roe (Chair), Cllr Ben Sayle</p>" + item
            + "<h3>5. Date of next meeting</h3><p>7 May 2024.</p>")
    from_html, from_pdf = _both(tmp_path, body, style)
    counts = [(i.number, len(i.resolutions)) for i in from_pdf.items]
    assert counts == [(i.number, len(i.resolutions)) for i in from_html.items]
    assert counts[0][1] >= 2


RUN_IN = {
    "letters and a number": ("PH", "To receive apologies for absence", "Apologies were received from Cllr Rose Tiller "
                             "(illness) and Cllr Mark Owusu (work).", ["Rose Tiller", "Mark Owusu"]),
    "a number alone": ("", "Apologies", "Apologies for absence were received from Councillor Ivy Brand.",
                       ["Ivy Brand"]),
}


@pytest.mark.parametrize("case", list(RUN_IN), ids=list(RUN_IN))
def test_a_bold_numbered_heading_run_in_with_its_text_is_a_heading(tmp_path: Path, case: str) -> None:
    prefix, title, text, apologies = RUN_IN[case]
    body = ("<h1>Hathersage Town Council</h1><p>Minutes of the Planning Committee held on 5 March 2025</p>"
            "<p>Present: Cllr Ada Lowe (Chairman), Cllr Sam Pike, Cllr Tess Kerr</p>"
            f"<p><strong>{prefix}31. {title}</strong> {text}</p>"
            f"<p><strong>{prefix}32. Minutes</strong> RESOLVED that the minutes of the meeting held on 5 February "
            "2025 be approved as a true record.</p>")
    (from_pdf,) = parse_file(_print(tmp_path, body)).meetings
    assert [(i.number, i.title) for i in from_pdf.items] == [(f"{prefix}31", title), (f"{prefix}32", "Minutes")]
    assert [a.split()[-1] for a in from_pdf.apologies] == [a.split()[-1] for a in apologies]
    assert len(from_pdf.items[1].resolutions) == 1


NARROW = {
    "a heading in bold body type": ("<p><strong>43. MINUTES OF THE PREVIOUS MEETING HELD ON 10TH NOVEMBER, "
                                    "2022</strong></p>", "MINUTES OF THE PREVIOUS MEETING HELD ON 10TH NOVEMBER, 2022"),
    "a heading in larger type": ("<h3>43. Safeguarding Partnership: Independent Scrutineer's Recommendations</h3>",
                                 "Safeguarding Partnership: Independent Scrutineer's Recommendations"),
}


@pytest.mark.parametrize("case", list(NARROW), ids=list(NARROW))
def test_a_line_wrapped_in_a_narrow_column_goes_on(tmp_path: Path, case: str) -> None:
    heading, title = NARROW[case]
    body = ("<h1>Wexcombe Borough Council</h1><p>Minutes of the Scrutiny Panel held on 12 January 2023</p>"
            "<p>Present: Councillor Dee Pellow (Chair), Councillors Ashdown, Begum and Carrick</p>"
            f"{heading}<p>RESOLVED that the minutes of the meeting held on 10 November 2022 be approved.</p>"
            "<p><strong>44. DECLARATIONS OF INTEREST</strong></p><p>There were no declarations.</p>")
    from_html, from_pdf = _both(tmp_path, body, "@page{size:105mm 297mm;margin:10mm}")
    assert from_html.items[0].title == title
    assert [(i.number, i.title, len(i.resolutions)) for i in from_pdf.items] == [
        (i.number, i.title, len(i.resolutions)) for i in from_html.items]


_LOG = ("<h1>Cawdor Vale Parish Council</h1><p>Minutes of the meeting held on Monday 7 June 2027 at 7.00 pm in the "
        "Village Hall</p><p><b>Present:</b> Councillors Ann Lowe (Chair), Tom Birch and Ravi Shah.</p>"
        "<h3>27/41 Matters arising</h3><p>The Clerk reported on the actions from the last meeting.</p>"
        "<table><tr class='head'><td><b>Ref</b></td><td><b>Action</b></td><td><b>Owner</b></td><td><b>Update</b></td>"
        "</tr><tr><td>27/12</td><td>Ask the county council to repaint the school keep-clear markings</td>"
        "<td>Clerk</td><td>Done. Markings repainted on 20 May 2027.</td></tr>"
        "<tr><td>27/15</td><td>Obtain three quotes for the bus shelter roof</td><td>Cllr Birch</td>"
        "<td>Not yet obtained; two contractors have not replied.</td></tr></table>"
        "<h3>27/42 Planning</h3><p>No applications had been received.</p>")


@pytest.mark.parametrize("style", ["", ".head{break-after:page}"],
                         ids=["one-page", "heading-row-left-on-the-page-before"])
def test_an_action_log_of_minute_references_reads_row_by_row(tmp_path: Path, style: str) -> None:
    pdf = _print(tmp_path, _LOG, "td{padding:4px 12px;vertical-align:middle} " + style)
    (meeting,) = parse_file(pdf).meetings
    rows = log_rows(meeting)
    assert [(r.ref, r.owner) for r in rows] == [("27/12", "Clerk"), ("27/15", "Cllr Birch")]
    assert rows[0].text == "Ask the county council to repaint the school keep-clear markings"
    assert rows[1].status == "Not yet obtained; two contractors have not replied."
