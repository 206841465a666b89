"""Minutes typed as plain text with columns aligned by spaces: a clerk's layout the reader had read as Markdown
(its dashed lists made it look so) and so lost its columns. Each class is read from a small fictional paper
written for these tests:

* a paper aligned in columns with spaces is plain text, even where its lists are dashed (Markdown gives spaces no
  meaning);
* "Attending:" over groups: "Members of the Panel" names the members, "Also attending" and "Officers" the others;
* "Not present: Cllr X (no apology received)": neither present nor an apology;
* a name with the items someone came for ("Dr A (Team Leader) - for minute 25") is still a name;
* a role in brackets wrapped within its column ("(Portfolio Holder for" / "Leisure)") is one entry;
* a heading underlined with a rule ("ACTIONS ARISING" over "-----") is a heading, not the start of a table.
"""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file
from ingest.readers.detect import detect_format
from minutebook.model import Meeting, SourceFormat

PAPER = """\
THORNCLIFFE BOROUGH COUNCIL

Parks and Open Spaces Panel

MINUTES of the meeting held on Wednesday, 12 March 2025 in Room 4,
Civic Offices, Thorncliffe, from 6.30 pm to 8.05 pm


Attending:

  Members of the Panel         Cllr Imogen Harrowby (Chair)
                               Cllr Declan Ostrowski (Vice-Chair)
                               Cllr Priya Wainwright
                               Cllr Callum Brierley

  Also attending               Cllr Yusuf Marchetti (Portfolio Holder for
                               Leisure and Culture)

  Officers                     Rosalind Keever (Head of Parks)
                               Dr Amos Littlejohn (Ecology Officer) - for minute 8
                               Fern Oakroyd (Committee Clerk)

Not present: Cllr Gideon Slater (no apology received)


6.   APOLOGIES

     An apology for absence was received from Cllr Maud Ellery.

7.   PLAY AREA RENEWAL

     The Panel considered the renewal of the play area at Brook Lane.

     - the equipment is past its design life
     - the surfacing fails its annual inspection

     RESOLVED that the renewal be approved at a cost of 48,000 pounds.

8.   MEADOW MANAGEMENT

     RESOLVED that the verges at Moss Road be cut once a year, in September.


ACTIONS ARISING
------------------------------------------------------------------
Min  Action                                    Who           By
------------------------------------------------------------------
7    Order play equipment                      R Keever      May 2025
8    Mark the Moss Road verges                 A Littlejohn  Apr 2025
------------------------------------------------------------------
"""


def _meeting(tmp_path: Path) -> Meeting:
    path = tmp_path / "thorncliffe-borough-council-parks-and-open-spaces-panel-2025-03-12.txt"
    path.write_text(PAPER, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    return meeting


def test_a_paper_aligned_with_spaces_is_plain_text_though_its_lists_are_dashed() -> None:
    assert detect_format(PAPER.encode()) is SourceFormat.TEXT
    # dashed lists with nothing aligned by spaces are still read as Markdown
    assert detect_format(b"# Minutes\n\n- one\n- two\n") is SourceFormat.MARKDOWN


def test_members_of_the_panel_are_the_members_and_the_others_attended(tmp_path: Path) -> None:
    meeting = _meeting(tmp_path)
    assert meeting.chair == "Imogen Harrowby"
    assert meeting.present == ["Imogen Harrowby", "Declan Ostrowski", "Priya Wainwright", "Callum Brierley"]
    assert meeting.in_attendance == ["Yusuf Marchetti", "Rosalind Keever", "Dr Amos Littlejohn", "Fern Oakroyd"]


def test_not_present_is_neither_there_nor_an_apology(tmp_path: Path) -> None:
    meeting = _meeting(tmp_path)
    assert not any("Slater" in n for n in meeting.present + meeting.in_attendance + meeting.apologies)
    assert "Not present: Cllr Gideon Slater" in meeting.attendance_text
    assert any("Ellery" in n for n in meeting.apologies)


def test_an_underlined_heading_after_the_last_item_is_not_the_last_item(tmp_path: Path) -> None:
    meeting = _meeting(tmp_path)
    last = meeting.items[-1]
    assert "Order play equipment" not in next(i.text for i in meeting.items if i.number == "8")
    assert last.title.upper().startswith("ACTIONS ARISING"), [i.title for i in meeting.items]
