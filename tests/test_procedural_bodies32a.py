"""Procedural items and the body a question names, asked as members type them (round 32a).

A possessive typed without its apostrophe ("the commissioners precept") is the papers' "Commissioner's precept", not
the name of a body whose papers call it "Commissioners" (a harbour's board); a word clipped in chat ("the capital
prog") is the papers' word ("Capital Programme"). The chairman elected is named by the election's own words
("confirmed he was happy to remain as Chairman and was elected to the position of Chairman"), and whether he was
"opposed" (or "oposed") is answered by "unopposed". Minutes named by their date ("the 22 aug minutes", "the special
meeting minutes (16 aug)") are those a later meeting took up, its item found by that date whatever words it uses
("amendments" for the question's "changes"), and quoted with the list its approval leads into.
The papers are fictional councils', written for these tests, ingested with the real model and asked through
``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.item_words import said_words, typed_forms
from tests.conftest import papers_minutebook

PANEL = """Minutes of the meeting of the Westvale Police and Crime Panel
Held on Thursday 4th February 2027 at 10.00am at County Hall

Present: Councillor A Marsh (Chair), Councillor B Nolan, Councillor C Ofori, Mrs D Price (Independent Member)

1. Apologies
Apologies were received from Councillor E Quayle.

2. Proposed Police and Crime Commissioner precept 2027/28
The Commissioner presented her proposed precept, explaining that it would fund 18 additional police officers.
RESOLVED that the Panel
1. supported the Commissioner's proposed precept of £287.12 for a Band D property for 2027/28;
2. asked the Commissioner to report back on the recruitment of the additional officers.
"""

HARBOUR = """TREMARROW HARBOUR COMMISSIONERS

MINUTES OF THE BOARD MEETING HELD AT THE HARBOUR OFFICE, QUAY STREET,
TREMARROW ON TUESDAY 9 MARCH 2027 AT 2.00 PM

Commissioners present: Mr F Rowe (Chair), Mrs G Sands, Mr H Tull

1. Declarations of interest
None.

2. Harbour dues 2027/28
The Commissioners agreed that harbour dues rise by 3% from 1 April 2027.
"""

PANEL_JUNE = """Minutes of the meeting of the Westvale Police and Crime Panel
Held on Thursday 10th June 2027 at 10.00am at County Hall

Present: Councillor A Marsh (Chair), Councillor B Nolan, Councillor C Ofori

1. Commissioner's annual report 2026/27
The Commissioner presented her annual report. RESOLVED that the report be noted.
"""

ANNUAL = """Minutes of the Annual Meeting of the Ashby Magna Parish Council held in the Village Hall on Wednesday 12th \
May 2027, 7pm
Present: Councillors P Hale, R Ince, S Jory, T Kemp

1. | Election of Chairman:
Cllr Ince thanked members for the year past. There being no other nominations, Cllr Peter Hale confirmed \
he was happy to remain as Chairman and was elected to the position of Chairman unopposed. |
2. | Election of Vice-Chairman:
It was proposed by Cllr Hale that Cllr Kemp be appointed as Vice-Chairman. Cllr Kemp was elected unopposed. |
"""

LOCHAN = """LOCHAN VALLEY PARK AUTHORITY MINUTES OF THE PLANNING COMMITTEE held at The Village Hall, Carrbridge on 5th \
September 2025 at 10.30am

PRESENT: Ann Baird, Colin Dunn, Eve Fraser, Gil Hay

AGENDA ITEM 1: APOLOGIES
1. Apologies were received from Ian Jack.

AGENDA ITEM 2: MINUTES & MATTERS ARISING FROM THE PREVIOUS MEETING
2. The minutes of the previous meeting, 22nd August 2025, held at The Institute, Nethy Bridge were approved with \
amendments to the following:
- Paragraph 4 - Change of the name Colin Dunn to Eve Fraser.
- Paragraph 12 - to include reference to the bat survey requested by the applicant.
3. There were no matters arising.

AGENDA ITEM 3: DECLARATION OF INTEREST
4. No declarations of interest were made.
"""

COUNCIL = """Minutes of the Meeting of Drumard District Council held in the Council Chamber on Tuesday, \
13 September 2025 at 7.30 pm

Presiding: M Orr

1 Minutes

1.1 It was

Proposed by Councillor N Pike Seconded by Councillor O Quinn, and

Resolved: that Minutes of the Meeting of the Council held on Tuesday, 9 August 2025 be taken as read and signed as \
correct.

1.2 It was

Proposed by Councillor R Shaw Seconded by Councillor N Pike, and

Resolved: that Minutes of a Special Meeting of the Council held on Tuesday, 16 August 2025 be taken as read and \
signed as correct.

2 Leisure Centre Roof
It was agreed that repairs to the leisure centre roof be procured.
"""

# a parish's meetings whose minutes items speak of changes approved, as the search's words go, in plenty
FILLER = {f"elmbury-parish-council-2025-{m:02d}-03.txt": f"""Minutes of the Meeting of Elmbury Parish Council
Held on {m}/3/2025 at 7pm in the Village Hall

Present: Cllrs U Vane, W Wren

1. Minutes of the previous meeting
The minutes were approved. Changes made to the minutes before they were approved were noted.

2. Changes to the allotments
Changes to the allotment rules were approved before they were made.
""".replace(f"{m}/3/2025", f"3rd {['', 'January', 'February', 'March', 'April', 'May', 'June', 'July'][m]} 2025")
          for m in range(1, 8)}

FIRE = """Minutes of the meeting of the Kelmarsh Fire and Rescue Authority
Held on Friday 19th February 2027 at 10.30am at Service Headquarters

Present: Cllr J Vance (Chair), Cllr K Webb, Cllr L Yates

1. Minutes of the Last Meeting
RESOLVED that the minutes of the meeting held on 11 December 2026 be approved as a correct record.

2. Capital Programme 2027/28 to 2031/32
The Treasurer presented the five-year capital programme totalling £24.3 million, including four replacement fire \
appliances in 2027/28.
It was proposed by Cllr Webb, seconded by Cllr Yates and carried unanimously that the capital programme be approved.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "westvale-police-and-crime-panel-2027-02-04.txt": PANEL,
            "westvale-police-and-crime-panel-2027-06-10.txt": PANEL_JUNE,
            "ashby-magna-parish-council-annual-meeting-2027-05-12.txt": ANNUAL,
            "lochan-valley-park-authority-planning-committee-2025-09-05.txt": LOCHAN,
            "drumard-district-council-full-council-2025-09-13.txt": COUNCIL,
            **FILLER,
            "tremarrow-harbour-commissioners-board-meeting-2027-03-09.txt": HARBOUR,
            "kelmarsh-fire-and-rescue-authority-full-authority-2027-02-19.txt": FIRE,
    }) as opened:
        yield opened


def test_a_possessive_typed_without_its_apostrophe_names_no_body(papers: Minutebook) -> None:
    # "commissioners" is the Commissioner's precept, not the harbour's Commissioners
    answer = papers.ask("did the pcp back the commissioners precept? whats the band d")
    assert answer.found, answer.answer
    assert "£287.12" in answer.answer and "harbour" not in answer.answer.lower()


def test_the_harbour_commissioners_are_still_named_by_their_place(papers: Minutebook) -> None:
    answer = papers.ask("tremarrow harbour commissioners - what did they decide on harbour dues?")
    assert answer.found and "3%" in answer.answer


def test_a_clipped_word_is_the_papers_word(papers: Minutebook) -> None:
    answer = papers.ask("fire auth capital prog - approved? total?")
    assert answer.found, answer.answer
    assert "carried unanimously" in answer.answer and "£24.3 million" in answer.answer


def test_an_owner_printed_is_printed_without_its_apostrophe_too() -> None:
    assert {"commissioner", "commissioners"} <= typed_forms(said_words("supported the Commissioner's proposed precept"))


def test_the_chairman_elected_is_named_beside_the_office_in_the_election_words(papers: Minutebook) -> None:
    # "Cllr Peter Hale confirmed he was happy to remain as Chairman and was elected to the position of Chairman"
    answer = papers.ask("who's chairman of ashby magna PC for 2027/28?")
    assert answer.found, answer.answer
    assert "Peter Hale" in answer.answer and "Vice" not in answer.answer


def test_whether_the_one_elected_was_opposed_is_unopposed_even_misspelt(papers: Minutebook) -> None:
    for question in ("who's chairman of ashby magna PC for 2027/28? was he oposed",
                     "was the ashby magna chairman opposed in 2027?"):
        answer = papers.ask(question)
        assert answer.found, (question, answer.answer)
        assert "unopposed" in answer.answer and "Peter Hale" in answer.answer


def test_what_was_changed_in_minutes_is_the_list_their_approval_leads_into(papers: Minutebook) -> None:
    # the question's "changes" is the minutes' "amendments": the item approving them is found by their date
    answer = papers.ask("what changes were made to the 22 aug minutes before they were approved?")
    assert answer.found, answer.answer
    assert "Eve Fraser" in answer.answer and "bat survey" in answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-09-05"}


def test_minutes_named_with_their_date_in_brackets_are_the_minutes_approved(papers: Minutebook) -> None:
    answer = papers.ask("who proposed and seconded the special meeting minutes (16 aug)?")
    assert answer.found, answer.answer
    assert "R Shaw" in answer.answer and "16 August 2025" in answer.answer
