"""Where and when a meeting was held, written where the parser had not looked, each read from several small fictional
papers written for these tests:

* a sentence after the attendance ("The meeting was held in Committee Room 1, Bexford Town Hall, commencing at
  7.00pm.", "The meeting took place at the Scout Hut, Mill Road, starting at 7.30pm."): the venue, and the time when the
  header gives none;
* a remote meeting "held ... via Zoom" or "via Microsoft Teams": the platform is where it was held;
* a "Vice Chair" row of an attendance table names a member present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import parsed_meeting

ITEMS = "\n1.  APOLOGIES\n\nNone.\n\n2.  BUDGET\n\nRESOLVED: That the budget be noted.\n"


@pytest.mark.parametrize(("text", "name", "venue", "time"), [
    ("BEXFORD BOROUGH COUNCIL\n\nFINANCE COMMITTEE\n\nTuesday, 4th March 2014\n\n"
     "Present: Councillor Ann Lowe (Chairman), Councillors B Rix and C Sewell\n\n"
     "The meeting was held in the Ryland Room, Bexford Town Hall, commencing at 7.00pm.\n" + ITEMS, "m.txt",
     "the Ryland Room, Bexford Town Hall", "7.00pm"),
    ("# Little Hatton Parish Council\n\n## Minutes — Monday 3 June 2019\n\n**Present:** Cllrs Dee Amos (Chair), "
     "Rob Bain and Sue Cole\n\nThe meeting took place at the Scout Hut, Mill Road, starting at 7.30pm.\n" + ITEMS,
     "m.md", "the Scout Hut, Mill Road", "7.30pm"),
    ("<html><body><h1>Licensing Committee</h1><p>Minutes of the remote meeting held on Monday, 1st June, 2020 at "
     "6.00 pm via Zoom</p><p>Present: Councillors Eve Ford (Chair), Guy Hart.</p>"
     "<h2>1. Apologies</h2><p>None.</p><h2>2. Fees</h2><p>RESOLVED: That the fees be noted.</p></body></html>",
     "m.html", "Zoom", "6.00 pm"),
    ("CABINET\n\nMinutes of the virtual meeting held on Wednesday, 9th September, 2020 at 2.00 pm via Microsoft "
     "Teams (Remote Meetings Regulations 2020)\n\nPresent: Councillors Ian Jones (Chair), Kay Lamb.\n" + ITEMS, "m.txt",
     "Microsoft Teams", "2.00 pm"),
], ids=["held-in-txt", "took-place-md", "via-zoom-html", "via-teams-txt"])
def test_the_venue_said_in_a_sentence_or_by_platform(tmp_path: Path, text: str, name: str, venue: str,
                                                     time: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    assert meeting.venue == venue and meeting.time == time, (meeting.venue, meeting.time)


@pytest.mark.parametrize(("label", "person"), [("Vice Chair", "Joanne Hamill"), ("Vice-Chairman", "Joanne Hamill"),
                                               ("Deputy Chair", "Joanne Hamill")])
def test_a_vice_chair_row_names_a_member_present(tmp_path: Path, label: str, person: str) -> None:
    html = ("<html><body><h1>Planning Committee</h1><p>Minutes of the meeting held on Wednesday 12 April 2023 at "
            "10.30 am in the Council Chamber</p><table><tr><td>In the Chair</td><td>Alderman Sean Carr</td></tr>"
            f"<tr><td>{label}</td><td>Councillor {person}</td></tr>"
            "<tr><td>Members present</td><td>Councillors Dee Magee and Orla Quinn</td></tr></table>"
            "<h2>1. Apologies</h2><p>None.</p><h2>2. Appeals</h2><p>Noted.</p></body></html>")
    meeting = parsed_meeting(tmp_path, html, "m.html")
    assert person in meeting.present and "Orla Quinn" in meeting.present, meeting.present


# ----------------------------------------------------------------------------- the next meeting under its own heading

NEXT_TXT = """WYEFORD BOROUGH COUNCIL

LICENSING COMMITTEE

Minutes of the meeting held on Thursday 5 December 2013 at 6.30pm in the Council Chamber

Present: Councillor Joan Tate (Chairman), Councillors B Yule and C Zeal

LC 40  EXCLUSION OF THE PUBLIC

        RESOLVED: That the public be excluded for the following item under paragraph 1 of Schedule 12A.

LC 41  DRIVER LICENCE REVIEW

        RESOLVED: That the licence be revoked.

        NEXT MEETING

        The next meeting of the Committee will be held on Thursday, 6th February 2014 at 6.30pm.
"""
NEXT_MD = """# Amberley Town Council

Minutes of the meeting of Amberley Town Council held on Monday 8 January 2024 at 7pm in the Town Hall

**Present:** Cllrs Ada Lee (Mayor), Ben Moor and Cy North

**24/1 Apologies**

None.

**24/2 Staffing (confidential)**

*Resolved* that the recommendations be approved.

**Date of next meeting**

Monday 12 February 2024 at 7pm.
"""
NEXT_HTML = """<html><body><h1>Harbour Board</h1><p>Minutes of the meeting held on Tuesday 5 March 2019 at 10.00am in
the Harbour Office</p><p>Present: Mr Ian Kerr (Chairman), Mrs Jo Reay.</p>
<h3>HB 19/4 Apologies</h3><p>None.</p>
<h3>HB 19/5 Exclusion of the press and public</h3><p>Resolved: that the press and public be excluded for the following
item as it involves exempt information.</p>
<h3>HB 19/6 Berth rents</h3><p>Resolved: that the rents be increased by 4%.</p>
<h3>Next Meeting</h3><p>Tuesday 4 June 2019 at 10.00am.</p></body></html>"""


@pytest.mark.parametrize(("text", "name", "day"), [(NEXT_TXT, "m.txt", "6th February 2014"),
                                                   (NEXT_MD, "m.md", "12 February 2024"),
                                                   (NEXT_HTML, "m.html", "4 June 2019")], ids=["txt", "md", "html"])
def test_a_next_meeting_heading_after_the_last_item_is_a_public_part_of_its_own(
        tmp_path: Path, text: str, name: str, day: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    nxt = [i for i in meeting.items if "next meeting" in i.title.lower()]
    assert len(nxt) == 1 and day in nxt[0].text and not nxt[0].exempt, [(i.title, i.exempt) for i in meeting.items]
    assert all(day not in i.text for i in meeting.items if i is not nxt[0])
