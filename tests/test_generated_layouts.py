"""Layouts and wordings of councils the parser and answerer had not met, from fictional papers written for these
tests (each class found by writing new councils' minutes and asking them as members would):

* the closing line naming which meeting comes next, a word or two between "next" and "meeting" ("Next scheduled
  meeting:", "Next ordinary meeting –", "Date of the next Board meeting:"): a part of its own, not the text of the
  item above it (which may be exempt);
* minutes kept in a table, each item a row whose last cell opens with its title in bold and a line break ("23/104 |
  <strong>MINUTES</strong><br>RESOLVED that ..."): the title alone, the body below it;
* a declarations list run on in one paragraph, a sentence a member ("Cllr Jago – non-registerable interest, item 7.
  Cllr Bolitho – registerable interest, item 8."): a declaration each;
* the declarations item under the longer titles fire, police and parish bodies give it ("Disclosure of Pecuniary and
  Non-Pecuniary Interests", "Declarations of Members' Interests") with "None." or "Nil." under it: none declared;
* a motion's outcome in one sentence whose members' titles and initials carry full stops ("It was proposed by Cllr.
  Brennan, seconded by Cllr. Nolan and agreed to ...", "Proposed by Mr. J. Byrne, seconded by Mrs. K. Doyle and
  resolved that ..."): a decision;
* whether a follow-up has been done, asked without "yet" ("has the allotments lease been renewed"), where the
  record says it is still awaited: answered so (not yet), while what was decided on a matter still awaited is not;
* the minute of apologies that refers back to the attendance block ("Apologies as above.", "As listed above.",
  "See above."): who sent apologies is the block's list, not that line; and "which cllrs gave apologies" names no
  person by "cllrs";
* an action log run into lines, its status after a dash ("– open, due May 2018", "– closed, presented February") or
  a tracker's "to come to the January meeting": where the follow-up stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook, parsed_meeting

KESTHORPE = """<html><head><title>Kesthorpe Borough Council | Licensing Committee | 2 June 2021</title></head><body>
<div class="content"><h1>Licensing Committee - Minutes</h1>
<p>Minutes of the meeting held on Wednesday 2 June 2021 at 6.30 pm, Kesthorpe Civic Centre.</p>
<p>Present: Councillors A. Fell (Chair), B. Gorse and C. Heath.</p>
<div class="item"><h3>KL/1/21 Minutes</h3><p>The minutes of 3 March 2021 were confirmed.</p></div>
<div class="item"><h3>KL/2/21 Exclusion of the press and public</h3><p>Resolved that the press and public be
excluded for the following item under paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.</p></div>
<div class="item exempt"><h3>KL/3/21 Suitability of a licence holder (exempt)</h3>
<p>Members considered the conduct of driver ref. D17. Decision: that the licence be revoked.</p></div>
<div class="next-meeting"><p>Next scheduled meeting: Wednesday 1 September 2021, 6.30 pm.</p></div>
</div></body></html>
"""

ORRINGTON = """ORRINGTON PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Monday 3 February 2025 at 7pm, Village Hall

Present: Cllrs D. Ives (Chairman), E. Jory, F. Kemp

25/14 Playing field
RESOLVED to buy two benches at £640.

25/15 Staffing (confidential)
The public were excluded under the Public Bodies (Admission to Meetings) Act 1960. The Clerk's hours were reviewed.

Next ordinary meeting – Monday 3 March 2025 at 7pm.
"""

HALLBECK = """# Hallbeck Harbour Trust - Board

Minutes of the Board meeting held on 12 May 2022, Harbour Office

Present: G. Lund (Chair), H. Mace, I. Noble

## 1. Dredging contract

The Board approved the dredging contract with Tidewater Ltd for £86,000.

*Date of the next Board meeting: Thursday 14 July 2022, 10am.*
"""


@pytest.mark.parametrize(("text", "name", "label", "said"), [
    (KESTHORPE, "kesthorpe-borough-council-licensing-committee-2021-06-02.html", "Next scheduled meeting",
     "Wednesday 1 September 2021"),
    (ORRINGTON, "orrington-parish-council-2025-02-03.txt", "Next ordinary meeting", "Monday 3 March 2025"),
    (HALLBECK, "hallbeck-harbour-trust-board-2022-05-12.md", "Date of the next Board meeting", "Thursday 14 July 2022"),
])
def test_the_next_meeting_named_by_kind_is_a_part_of_its_own(tmp_path: Path, text: str, name: str, label: str,
                                                               said: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    last = meeting.items[-1]
    assert last.number is None and last.title == label
    assert said in last.text and not last.exempt
    assert all(said not in item.text for item in meeting.items[:-1])


PENTREATH = """<html><head><title>Pentreath Town Council - minutes - 12 September 2023</title></head><body>
<div class="entry-content"><p><strong>PENTREATH TOWN COUNCIL</strong></p>
<p>Minutes of the Meeting of Pentreath Town Council held on Tuesday 12th September 2023 at 7pm in the Town Hall.</p>
<table><tbody>
<tr><td><strong>PRESENT:</strong></td><td>Cllrs J Tregear (Mayor), P Roskilly, A Nance, S Bolt, M Jewell</td></tr>
<tr><td>23/102</td><td><strong>DECLARATIONS OF INTEREST</strong><br>Cllr Jewell – non-registerable interest, item
23/107 (applicant is a relative). Cllr Bolt – registerable interest, item 23/108 (member of Pentreath Bowling Club).
</td></tr>
<tr><td>23/104</td><td><b>MINUTES</b><br>RESOLVED that the minutes of 11th July 2023 be approved.</td></tr>
<tr><td>23/107</td><td><p><strong>PLANNING</strong><br>PA23/06118 – Extension at 14 Chapel Terrace.
No objection.</p></td></tr>
<tr><td>23/108</td><td><strong>RECREATION GROUND</strong><br>RESOLVED to accept the quote of £42,750 for play
equipment.<br>Clerk to order two dog bins.</td></tr>
<tr><td>23/112</td><td><strong>DATE OF NEXT MEETING</strong><br>Tuesday 10th October 2023 at 7pm.</td></tr>
</tbody></table></div></body></html>
"""


def test_a_bold_title_over_a_line_break_in_a_table_row_is_the_items_title(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, PENTREATH, "pentreath-town-council-2023-09-12.html")
    titles = {item.number: item.title for item in meeting.items}
    assert titles == {"23/102": "DECLARATIONS OF INTEREST", "23/104": "MINUTES", "23/107": "PLANNING",
                      "23/108": "RECREATION GROUND", "23/112": "DATE OF NEXT MEETING"}
    by_number = {item.number: item for item in meeting.items}
    assert by_number["23/112"].text.startswith("Tuesday 10th October 2023")
    assert "Clerk to order two dog bins." in by_number["23/108"].text


# a panel's minutes kept in a table whose item titles are long and wrapped in the page's source, one with a dash
# between its subject and what was done ("Confirmation hearing – proposed appointment of ...")
THORNCASTLE = """<html><body><h1>Thorncastle and Wyre Police and Crime Panel</h1>
<p>Minutes of the meeting held on Thursday 9 October 2025 at 10.00 am, Council Chamber, Wyre House</p>
<table>
<tr><td class="ref">PCP/25/31</td><td><b>Apologies</b><br>Apologies were received from Cllr Ann Pybus.</td></tr>
<tr><td class="ref">PCP/25/32</td><td><b>Confirmation hearing &ndash; proposed appointment
of Chief Executive to the Police and Crime Commissioner</b><br>
The Panel questioned Mr Dev Anand on his record in public service. The proposed salary was £98,500 a year.<br>
RESOLVED that the Panel recommends the appointment.</td></tr>
<tr><td class="ref">PCP/25/33</td><td><b>Date of next meeting</b><br>Thursday 11 December 2025 at 10.00 am.</td></tr>
</table></body></html>
"""


def test_a_long_bold_title_wrapped_in_the_source_is_the_items_title_however_it_reads(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, THORNCASTLE, "thorncastle-and-wyre-police-and-crime-panel-2025-10-09.html")
    titles = {item.number: item.title for item in meeting.items}
    assert titles["PCP/25/32"] == (
        "Confirmation hearing – proposed appointment of Chief Executive to the Police and Crime Commissioner")
    assert titles["PCP/25/33"] == "Date of next meeting"
    hearing = next(item for item in meeting.items if item.number == "PCP/25/32")
    assert hearing.text.startswith("The Panel questioned Mr Dev Anand")


def test_a_declarations_list_run_on_in_one_paragraph_is_a_declaration_each(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, PENTREATH, "pentreath-town-council-2023-09-12.html")
    made = {d.member: d for d in meeting.declarations}
    assert set(made) == {"Jewell", "Bolt"}
    assert made["Bolt"].item == "23/108" and "Bowling Club" in made["Bolt"].text
    assert "Bolt" not in made["Jewell"].text


DRUMCASH = """DRUMCASH MUNICIPAL DISTRICT
Minutes of the Monthly Meeting of Drumcash Municipal District held on Monday 10th March 2025 at 10.00 a.m.

Members Present: Cllr. S. Daly (Cathaoirleach), Cllrs. C. Mulvey, A. Brennan, P. Nolan

Item No. 1 Community Enhancement Programme
It was proposed by Cllr. Brennan, seconded by Cllr. Nolan and agreed to allocate €62,500 across the 14 groups.

Item No. 2 Annual Accounts of the Drumcash Regatta Committee
Proposed by Mr. J. Byrne, seconded by Mrs. K. Doyle and resolved that the regatta accounts be noted.

Item No. 3 Festive Lighting
It was proposed by Cllr. Mulvey, seconded by Cllr. Daly and carried that €4,000 be spent on festive lighting.
"""


@pytest.mark.parametrize(("number", "said"), [
    ("1", "agreed to allocate €62,500"), ("2", "resolved that the regatta accounts be noted"),
    ("3", "carried that €4,000 be spent"),
])
def test_a_motion_whose_members_titles_carry_full_stops_is_a_decision(tmp_path: Path, number: str, said: str) -> None:
    meeting = parsed_meeting(tmp_path, DRUMCASH, "drumcash-municipal-district-2025-03-10.txt")
    item = next(i for i in meeting.items if i.number == number)
    assert any(said in r.text for r in item.resolutions), [r.text for r in item.resolutions]


NORTHWICK = """NORTHWICK FIRE AND RESCUE AUTHORITY
AUDIT AND RISK COMMITTEE

MINUTES of a meeting held at Fire Service Headquarters, Northwick, on 15 July 2014 at 10.30 am.

MEMBERS
  County Councillor G. Harlow (in the Chair)
  County Councillors B. Ashby, L. Fenn

1.   APOLOGIES
     Apologies were received from County Councillor N. Shaw.

2.   DISCLOSURE OF PECUNIARY AND NON-PECUNIARY INTERESTS
     None.

3.   STATEMENT OF ACCOUNTS 2013/14
3.1  The Treasurer said the general reserve stood at £3.2 million.
3.2  AGREED: That the unaudited Statement of Accounts be noted.

4.   ACTION LOG
     - ARC/13/21 Fleet fuel card review – open, due October 2014.
     - ARC/13/19 Estates strategy paper – closed, presented April.
     - Review of the gifts and hospitality register: to come to the January 2015 meeting.
"""

CALDERSHAW = """# Caldershaw Town Council – Finance Committee

Minutes of the meeting held on Tuesday 6 February 2024 at the Town Hall

**Present:** Cllrs R. Marr (Chair), S. Nye, T. Oates

## 1. Declarations of Members' Interests

Nil.

## 2. Budget 2024/25

RESOLVED to set a precept of £412,000.
"""


BRINDLEY = """BRINDLEY PARISH COUNCIL
Minutes of the Parish Council meeting held on Monday 8 April 2024 at 7.30pm, Brindley Village Hall

Present: Cllrs U. Vane (Chairman), W. Yeo, Z. Abbot

24/31 Matters arising
(a) Allotments: the renewal of the lease with the Church Commissioners is still awaited.
(b) Dog bins: quotes from the district council are still awaited.
(c) Section 106: the payment of £18,500 from Brindley Homes for the play area is awaited.
(d) Barn conversion at Lower Farm: the planning authority's decision is still awaited.
"""


GLENFARG = """# Glenfarg & District Community Council

**Minutes of meeting, Monday 3 June 2019, 7.30pm, Glenfarg Hall**

## Sederunt

- Present: Ann Baxter (Convener), Colin Dow, Eilidh Fraser
- Apologies: Ian Moir, Jean Pollock

## 1. Apologies

As listed above.

## 2. Village hall

It was agreed to contribute £300 to the new hall kitchen.
"""

TAVERLEY = """TAVERLEY PARISH COUNCIL
Minutes of the meeting of Taverley Parish Council held on Tuesday 9 July 2024 at 7pm, Taverley Village Hall

Present: Cllrs L. Marsh (Chairman), M. North, O. Pike
Apologies: Cllr K. Ross (holiday), Cllr R. Shaw (work)

1. APOLOGIES FOR ABSENCE
Apologies as above were accepted.

2. PLAY AREA
RESOLVED to repaint the swings at a cost of £450.
"""

ASHWELL = """ASHWELL TOWN COUNCIL
AMENITIES COMMITTEE
Minutes of the meeting held on Thursday 7 March 2024 at 7pm, Ashwell Town Hall

Present: Cllrs S. Tate (Chair), T. Usher, V. West
Apologies: Cllr P. Dane

1. WELCOME AND APOLOGIES
The Chair welcomed all. See above.

2. ALLOTMENTS
RESOLVED to raise allotment rents by £5 from October 2024.
"""


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "northwick-fire-and-rescue-authority-audit-and-risk-committee-2014-07-15.txt": NORTHWICK,
            "caldershaw-town-council-finance-committee-2024-02-06.md": CALDERSHAW,
            "kesthorpe-borough-council-licensing-committee-2021-06-02.html": KESTHORPE,
            "orrington-parish-council-2025-02-03.txt": ORRINGTON,
            "brindley-parish-council-2024-04-08.txt": BRINDLEY,
            "glenfarg-and-district-community-council-2019-06-03.md": GLENFARG,
            "taverley-parish-council-2024-07-09.txt": TAVERLEY,
            "ashwell-town-council-amenities-committee-2024-03-07.txt": ASHWELL,
    }) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said", "minute"), [
    ("were there any declarations at the northwick fire audit committee", "None", "2"),
    ("any interests declared at caldershaw finance cttee", "Nil", "1"),
])
def test_none_under_the_declarations_item_by_another_title(unseen: Minutebook, question: str, said: str,
                                                           minute: str) -> None:
    answer = unseen.ask(question)
    assert answer.found, question
    assert said in answer.answer
    assert answer.citations[0].minute == minute


@pytest.mark.parametrize(("question", "status"), [
    ("where are we on the fleet fuel card review northwick", "outstanding"),
    ("estates strategy paper northwick fire - done?", "completed"),
    ("whats the status of the gifts and hospitality register review at northwick", "scheduled"),
])
def test_an_action_logs_status_run_into_its_line(unseen: Minutebook, question: str, status: str) -> None:
    answer = unseen.ask(question)
    assert answer.found, question
    assert answer.status is not None and answer.status.value == status


@pytest.mark.parametrize(("question", "said"), [
    ("when's the next kesthorpe licensing meeting", "1 September 2021"),
    ("orrington pc next meeting?", "3 March 2025"),
])
def test_the_next_meeting_named_by_kind_is_answered(unseen: Minutebook, question: str, said: str) -> None:
    answer = unseen.ask(question)
    assert answer.found, question
    assert said in answer.answer


@pytest.mark.parametrize("question", [
    "has the allotments lease been renewed brindley",
    "have the new dog bins been put in at brindley",
    "brindley pc - has the s106 money for the play area been paid",
])
def test_whether_a_follow_up_has_been_done_is_answered_still_awaited(unseen: Minutebook, question: str) -> None:
    answer = unseen.ask(question)
    assert answer.found, question
    assert "awaited" in answer.answer
    assert answer.status is not None and answer.status.value == "outstanding"


def test_what_was_decided_on_a_matter_still_awaited_is_not_answered(unseen: Minutebook) -> None:
    assert not unseen.ask("what did the planning authority decide on the lower farm barn conversion").found


@pytest.mark.parametrize(("question", "named"), [
    ("who sent apologies to glenfarg cc", "Jean Pollock"),
    ("which taverley cllrs gave apologies in july", "R. Shaw"),
    ("who sent apologies to taverley pc in july", "K. Ross"),
    ("apologies at ashwell amenities cttee?", "P. Dane"),
])
def test_apologies_minuted_as_above_are_the_blocks_list(unseen: Minutebook, question: str, named: str) -> None:
    answer = unseen.ask(question)
    assert answer.found, question
    assert named in answer.answer
