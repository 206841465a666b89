"""Minutes as word processors, boards' secretaries and panels' clerks print them, read from small fictional papers
written for these tests (each class found by writing eight new councils' minutes and asking them as people do):

* minute numbers of the body's letters, the year and a serial, each after a dot ("FC.24.031", "P.23.7");
* a title in capitals run into sentence-case text after a dash, whatever dashes the title itself holds ("LOW MEADOW
  – LEASE TO THE RUGBY CLUB – Members considered ..."), or however the text ends ("... – The Clerk reported:");
* page furniture a word processor printed into plain text (a running footer beside "Page 2 of 3", "Chairman's
  initials ......", dashed rules), which may cut a sentence in two: gone, and the sentence whole again;
* items numbered "4.0" over their paragraphs "4.1", "4.2": the ".0" rows are the items;
* "declared a conflict of interest" (Irish boards, NHS bodies), "made a transparency statement" (Scottish
  councils): a declaration;
* a middle dot or bar between an item's number and its title ("TB23/071 · Declarations of interest");
* an attendance grid marking members with ticks and letters under a key ("✓ present · A apologies"), its column headed
  by the meeting's date;
* "The Board: NOTED the report", "The Board, as corporate trustee, APPROVED ...": decisions;
* minutes kept as a form of labelled rows ("Minute | 48", "Subject | ...", "Discussion | <p>..</p><ul>..</ul>"): the
  title without its label, the cell's paragraphs and list entries a line each;
* an action log under the item whose title names it ("Minutes of 4 May and action log"): the item's own text;
* where a follow-up stands, said in rolling action logs' words ("remains open", "was closed on", "Open — on track",
  "Closed — see ..."), and asked in everyday words ("where is it", "did the pcc send them", "was it closed off",
  "when is it happening", "paid out?");
* a recorded vote a side a line ("AGAINST: Cllrs ...", "Against (1): ..."), asked who voted against: those lines;
* shorthand and other names people ask with ("appts", "recs", "the accounts" for financial statements).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook, parsed_meeting

RULE = "- " * 30
FOOTER = RULE + "\nHallow Green Parish Council – 05.11.25          Page {n} of 2\nChair's initials ..........\n" + RULE

HALLOW_GREEN = f"""HALLOW GREEN PARISH COUNCIL

MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON WEDNESDAY 5TH
NOVEMBER 2025 AT 7.30PM IN HALLOW GREEN VILLAGE HALL

PRESENT:   Cllr Ruth Tamsett (Chair), Cllr Owen Pidgeley, Cllr Fay Lusted,
           Cllr Simon Creasey

P.25.61  APOLOGIES – Cllr Ben Nutley (work).

P.25.62  BURIAL GROUND EXTENSION – The Clerk reported that two quotes
had been received for the boundary fence. It was RESOLVED to accept


{FOOTER.format(n=1)}


the quote of Weald Fencing Ltd at £7,415, to be paid from the burial
ground reserve.

P.25.63  GRASS CUTTING CONTRACT – RENEWAL 2026 – The contract with
Greenline Grounds Ltd ends in March. It was RESOLVED to renew it for two
years at £4,980 a year.

P.25.64  PROGRESS REPORT – The Clerk reported:
(a) P.25.51 bus shelter glazing – replaced on 14th October. Complete.

P.25.65  DATE OF NEXT MEETING – Wednesday 3rd December 2025 at 7.30pm.


{FOOTER.format(n=2)}
"""


def test_dotted_numbers_and_capital_titles_run_into_text_after_a_dash(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, HALLOW_GREEN, "hallow-green-parish-council-2025-11-05.txt")
    titles = {item.number: item.title for item in meeting.items}
    assert titles == {"P.25.61": "APOLOGIES", "P.25.62": "BURIAL GROUND EXTENSION",
                      "P.25.63": "GRASS CUTTING CONTRACT – RENEWAL 2026", "P.25.64": "PROGRESS REPORT",
                      "P.25.65": "DATE OF NEXT MEETING"}
    by_number = {item.number: item for item in meeting.items}
    assert by_number["P.25.63"].text.startswith("The contract with Greenline")
    assert by_number["P.25.64"].text.startswith("The Clerk reported:")


def test_a_sentence_naming_a_page_is_no_page_furniture(tmp_path: Path) -> None:
    text = HALLOW_GREEN.replace("P.25.61  APOLOGIES – Cllr Ben Nutley (work).",
                                "P.25.61  APOLOGIES – Cllr Ben Nutley (work).\n\n“Please explain the item on page 45 "
                                "of the agenda papers.”")
    meeting = parsed_meeting(tmp_path, text, "hallow-green-parish-council-2025-11-05.txt")
    assert "item on page 45 of the agenda" in meeting.items[0].text


def test_page_furniture_is_dropped_and_the_sentence_it_cut_is_whole(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, HALLOW_GREEN, "hallow-green-parish-council-2025-11-05.txt")
    fence = next(item for item in meeting.items if item.number == "P.25.62")
    assert any("to accept the quote of Weald Fencing Ltd at £7,415" in " ".join(r.text.split())
               for r in fence.resolutions), [r.text for r in fence.resolutions]
    for item in meeting.items:
        assert "Page 1 of 2" not in item.text and "initials" not in item.text and "- - -" not in item.text


KILDORRA = """# Kildorra Local Development Company

**Minutes of the Board Meeting held on Thursday, 9th October 2025 at 6.00 p.m., Kildorra Enterprise Centre**

**Present:** Mr. Colm Deasy (Chairperson), Ms. Una Keohane, Mr. Fergal Lyne, Ms. Maeve Crowley

---

**1.0 Minutes of Previous Meeting**

1.1 The minutes of 11th September 2025 were adopted on the proposal of Ms. Keohane.

**2.0 Conflicts of Interest**

2.1 Ms. Crowley declared a conflict of interest in item 4.0 as a director of Kildorra Community Shop and left the
meeting for that item.

**3.0 Audited Financial Statements for the year ended 31st December 2024**

3.1 The auditors presented the statements. Income was €1.92 million.

3.2 The Board approved the financial statements.

**4.0 Community Shop Grant**

4.1 The Board approved a grant of €18,000 to Kildorra Community Shop.
"""


def test_point_zero_sections_are_the_items_over_their_paragraphs(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, KILDORRA, "kildorra-local-development-company-board-2025-10-09.md")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1.0", "Minutes of Previous Meeting"), ("2.0", "Conflicts of Interest"),
        ("3.0", "Audited Financial Statements for the year ended 31st December 2024"), ("4.0", "Community Shop Grant")]
    assert "Income was €1.92 million" in meeting.items[2].text


def test_a_conflict_of_interest_declared_is_a_declaration(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, KILDORRA, "kildorra-local-development-company-board-2025-10-09.md")
    (made,) = meeting.declarations
    assert made.member.endswith("Crowley") and made.item == "4.0" and made.withdrew


GLENBRAE = """<html><head><title>Glenbrae Council - Education Committee - Minute - 2 September 2025</title></head><body>
<h1>Education Committee</h1>
<p>Minute of Meeting of the Education Committee held in the Council Chamber, Glenbrae, on Tuesday 2 September 2025 at
10.00am.</p>
<p>Present: Councillor Moira Baird (Convener), Councillor Ewan Dunlop, Councillor Sheena Moffat</p>
<h2>1. Declarations of Interest</h2>
<p>Councillor Moffat made a transparency statement in respect of Item 3 as a parent council member at Kirkton
Primary School; she remained in the meeting.</p>
<h2>2. Minute of Previous Meeting</h2>
<p>The Minute of Meeting of 10 June 2025 was approved.</p>
<h2>3. Kirkton Primary School Roof</h2>
<p>The Committee agreed to replace the roof at a cost of £412,000.</p>
</body></html>
"""


def test_a_transparency_statement_is_a_declaration(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, GLENBRAE, "glenbrae-council-education-committee-2025-09-02.html")
    (made,) = meeting.declarations
    assert made.member.endswith("Moffat") and made.item == "3" and not made.withdrew


FARRINGFORD = """# Farringford Community Health NHS Trust

## Trust Board — Meeting in Public

**Minutes** · Tuesday 14 October 2025 · Board Room, Farringford House

### Attendance

| Name | Role | 14 Oct |
|---|---|---|
| Mrs Imogen Tarrant | Chair | ✓ |
| Mr Rupert Vale | Non-Executive Director | A |
| Dr Priya Sandhu | Medical Director | ✓ |
| Mr Alan Frost | Director of Finance | ✗ |

✓ present · A apologies · ✗ absent

### FT25/101 · Declarations of interest

None beyond the register.

### FT25/102 · Minutes of 9 September 2025 and action log

The minutes were approved.

Action log:

| Ref | Action | Lead | Due | Status |
|---|---|---|---|---|
| FT25/077 | Review of district nursing caseloads | Chief Nurse | Dec 25 | Open — on track |
| FT25/081 | Wheelchair service waiting list audit | Medical Director | Oct 25 | Closed — see FT25/104 |

### FT25/103 · Chief Executive's report

**The Board:** NOTED the report.

### FT25/104 · Charitable funds — sensory room

The Board, as corporate trustee, APPROVED £42,000 from charitable funds for a sensory room at Farringford House.
"""


def test_an_attendance_grid_of_ticks_and_letters_is_read_by_its_key(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, FARRINGFORD, "farringford-community-health-nhs-trust-trust-board-2025-10-14.md")
    assert meeting.present == ["Mrs Imogen Tarrant", "Dr Priya Sandhu"]
    assert meeting.apologies == ["Mr Rupert Vale"]
    assert meeting.chair == "Mrs Imogen Tarrant"
    assert "Mr Alan Frost" not in meeting.present + meeting.apologies


def test_a_middle_dot_after_the_number_and_a_board_deciding_after_a_colon_or_comma(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, FARRINGFORD, "farringford-community-health-nhs-trust-trust-board-2025-10-14.md")
    titles = {item.number: item.title for item in meeting.items if item.number}
    assert titles["FT25/101"] == "Declarations of interest"
    assert titles["FT25/103"] == "Chief Executive's report"
    by_number = {item.number: item for item in meeting.items}
    assert [r.text for r in by_number["FT25/103"].resolutions] == ["The Board: NOTED the report."]
    assert any("APPROVED £42,000" in r.text for r in by_number["FT25/104"].resolutions)


def test_an_action_log_under_the_item_that_names_it_is_that_items_text(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, FARRINGFORD, "farringford-community-health-nhs-trust-trust-board-2025-10-14.md")
    minutes = next(item for item in meeting.items if item.number == "FT25/102")
    assert "Wheelchair service waiting list audit" in minutes.text
    assert all(item.number for item in meeting.items)


CARNHOLM = """<html><head><title>Carnholm Fire and Rescue Panel - Minutes - 4 March 2025</title></head><body>
<h1>CARNHOLM FIRE AND RESCUE PANEL</h1>
<p>MINUTES of the meeting held at Carnholm Fire Headquarters on Tuesday 4 March 2025 at 10.00 am</p>
<p>Present: Councillor Jo Penrose (Chair), Councillor Aled Ware, Councillor Nia Cobb, Councillor Tom Rudd</p>
<table class="minute">
<tr><th>Minute</th><td>17</td></tr>
<tr><th>Subject</th><td>Station crewing review</td></tr>
<tr><th>Discussion</th><td><p>The Chief Fire Officer proposed moving Rudd Cross station to on-call crewing.</p>
<p>A recorded vote was taken:</p><ul><li>For (2): Councillors Penrose, Ware</li>
<li>Against (2): Councillors Cobb, Rudd</li></ul>
<p>The Chair used her casting vote in favour.</p></td></tr>
<tr><th>Resolution</th><td>That Rudd Cross station move to on-call crewing from 1 July 2025.</td></tr>
</table>
<table class="minute">
<tr><th>Minute</th><td>18</td></tr>
<tr><th>Subject</th><td>Home fire safety visits</td></tr>
<tr><th>Discussion</th><td>2,140 visits were made in the quarter. The review of the referral scheme remains open, with a
report expected in June 2025. Action 24/09 (smoke alarm stock audit) was closed on 20 February 2025.</td></tr>
<tr><th>Resolution</th><td>That the report be noted.</td></tr>
</table>
</body></html>
"""


def test_a_form_of_labelled_rows_gives_the_title_alone_and_the_cells_lines(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, CARNHOLM, "carnholm-fire-and-rescue-panel-2025-03-04.html")
    assert [(i.number, i.title) for i in meeting.items] == [("17", "Station crewing review"),
                                                            ("18", "Home fire safety visits")]
    lines = meeting.items[0].text.split("\n")
    assert "- Against (2): Councillors Cobb, Rudd" in lines


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "hallow-green-parish-council-2025-11-05.txt": HALLOW_GREEN,
            "kildorra-local-development-company-board-2025-10-09.md": KILDORRA,
            "farringford-community-health-nhs-trust-trust-board-2025-10-14.md": FARRINGFORD,
            "carnholm-fire-and-rescue-panel-2025-03-04.html": CARNHOLM,
            "mossbank-town-council-2025-06-10.txt": MOSSBANK,
    }) as opened:
        yield opened


MOSSBANK = """MOSSBANK TOWN COUNCIL
Minutes of the meeting of Mossbank Town Council held on Tuesday 10 June 2025 at 7pm, Mossbank Town Hall

Present: Cllrs A. Breck (Chair), D. Orme, K. Pask, L. Voss

25/40 Surgery appointments
The Practice Manager reported that 3,212 appointments were offered in May, 412 of them on the same day.

25/41 Skate park
Cllr Orme proposed and Cllr Pask seconded that the skate park be resurfaced at £12,600. A recorded vote was taken.
FOR: Cllrs Orme, Pask, Breck
AGAINST: Cllr Voss
The motion was carried.

25/42 Internal audit
The internal auditor made six recommendations; four have been implemented.

25/43 Matters arising
(a) 25/21 The Clerk sent the road safety survey results to the county council on 2 June.
(b) 25/22 The new litter bins were paid for on 30 May.
(c) 25/27 The speed watch volunteers' training is to come to the July meeting.
"""


@pytest.mark.parametrize(("question", "status"), [
    ("carnholm referral scheme review - where is it", "outstanding"),
    ("was the smoke alarm stock audit action closed off", "completed"),
    ("district nursing caseload review at farringford - where are we", "outstanding"),
    ("farringford wheelchair waiting list audit, finished?", "completed"),
    ("did the mossbank clerk send the road safety survey results", "completed"),
    ("mossbank litter bins - paid out?", "completed"),
    ("when is the speed watch training happening at mossbank", "scheduled"),
])
def test_where_a_follow_up_stands_in_log_words_asked_in_everyday_words(printed: Minutebook, question: str,
                                                                       status: str) -> None:
    answer = printed.ask(question)
    assert answer.found, question
    assert answer.status is not None and answer.status.value == status, (question, answer.answer)


@pytest.mark.parametrize(("question", "named"), [
    ("who voted against the skate park resurfacing at mossbank", "AGAINST: Cllr Voss"),
    ("who voted against moving rudd cross station to on-call", "Against (2): Councillors Cobb, Rudd"),
])
def test_who_voted_against_is_answered_by_the_divisions_lines(printed: Minutebook, question: str,
                                                               named: str) -> None:
    answer = printed.ask(question)
    assert answer.found, question
    assert named in answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("how many appts did the mossbank surgery offer in may", "3,212"),
    ("how many of the internal audit recs have been done at mossbank", "four have been implemented"),
    ("did the kildorra board sign off the accounts", "approved the financial statements"),
])
def test_shorthand_and_other_names_people_ask_with(printed: Minutebook, question: str, said: str) -> None:
    answer = printed.ask(question)
    assert answer.found, question
    assert said in answer.answer


WYTHALL = """WYTHALL TOWN COUNCIL
Minutes of the meeting of Wythall Town Council held on Monday 12 May 2025 at 7pm, Wythall Institute

Present: Cllrs P. Arden (Chair), J. Moss, T. Reilly
Officers: Town Clerk, Deputy Town Clerk, Finance Officer

25/31 Budget monitoring
The Finance Officer reported income of £184,200 to date and reserves of £96,500.

25/32 Allotment water supply
RESOLVED to accept the quote of Severn Plumbing at £2,380 for new standpipes.
"""


@pytest.fixture(scope="module")
def sums(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"wythall-town-council-2025-05-12.txt": WYTHALL}) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "what's the town clerk paid at wythall",
    "how much does the wythall clerk earn",
    "what's the finance officer paid at wythall",
    "what is the deputy town clerk paid at wythall",
])
def test_a_sum_asked_of_one_thing_is_not_answered_by_sums_of_others(sums: Minutebook, question: str) -> None:
    assert not sums.ask(question).found, question


@pytest.mark.parametrize(("question", "said"), [
    ("how much are the new allotment standpipes at wythall", "2,380"),
    ("how much is in wythall's reserves", "96,500"),
])
def test_a_sum_given_with_the_thing_asked_is_answered(sums: Minutebook, question: str, said: str) -> None:
    answer = sums.ask(question)
    assert answer.found and said in answer.answer, question
