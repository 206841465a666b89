"""A figure asked for is the one printed with what is asked, whatever else frames the sentences near it:

- a count given in a paragraph that ends by opening a list ("... had 214 fostering households at 31 March. The report
  recommended:") is answered by its own sentence, not by a list entry's figure ("£40 a week") that borrows the
  paragraph's words; a paragraph that gives no figure itself still says what its list's figures count (dev-010's table);
- pay asked of an office typed as initials ("the harlowmere deputy pcc's salary") is the office's, though the same
  letters are another council's initials (Pentland County Council's papers are in the store too): the question names
  where it asks, and those initials name none of its meetings; and a heading in capitals spells the initials out with
  its "AND" ("DEPUTY POLICE AND CRIME COMMISSIONER");
- a rate whose subject the sentence before it names ("... data on vacant shop units. The vacancy rate in the town
  centre was 16.2%") is the rate asked for by that subject ("the shop vacancy rate").

The papers are written for the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from index.embedder import Embedder
from tests.conftest import papers_minutebook

PARENTING = """ASHWELD COUNTY COUNCIL
CORPORATE PARENTING PANEL
Minutes of the meeting held on Wednesday 16 April 2025 at 10.00 am at County Hall, Ashweld

Present: Councillor Joan Pryce (Chair), Councillors Ben Adeyemi, Carol Finch and Dev Rana.

CPP/25/11 APOLOGIES
None.

CPP/25/12 FOSTERING SUFFICIENCY
The Head of Fostering reported that the Council had 214 fostering households at 31 March 2025, a net loss of 9 \
in the year. 30 households had left (mostly retirement) and 21 had been approved. The report recommended:

1. increasing the fee for Level 2 foster carers by £40 a week from June 2025;
2. a £750 "refer a friend" payment when a referral leads to approval; and
3. joining the county's "Foster Ashweld" recruitment hub.

Members asked about the reasons foster carers gave for leaving:

- retirement or ill health (17 households);
- moving to an independent fostering agency (5).

RESOLVED: That the recommendations be endorsed.

CPP/25/13 DATE OF NEXT MEETING
The next meeting will be held on 9 July 2025.
"""

PANEL = """HARLOWMERE POLICE AND CRIME PANEL
Minutes of the meeting held on Thursday 5 June 2025 at 2.00 pm in the Guildhall, Harlowmere

Present: Councillor Ray Dunn (Chair), Councillors Amy Kerr, Lee Marsh and Sue Oakes.

4. CONFIRMATION HEARING - DEPUTY POLICE AND CRIME COMMISSIONER
The Commissioner had notified the Panel of his proposal to appoint Mr Owen Tate as Deputy Police and Crime
Commissioner at a salary of £61,500. The Panel questioned Mr Tate on his experience.
RESOLVED: That the Panel supports the appointment.

5. PCC'S ANNUAL REPORT
The PCC presented his annual report for 2024/25. RESOLVED: That the report be noted.
"""

TOWN_CENTRES = """OAKHALLOW COUNCIL
REGENERATION SCRUTINY PANEL
Minutes of the meeting held on Tuesday 9 September 2025 at 6.00 pm in Committee Room 2, Oakhallow

Present: Councillor Nia Bell (Chair), Councillors Omar Khan and Rose Tait.

14. HIGH STREET VACANCY RATES
The Town Centres Officer presented data on vacant shop units. The vacancy rate in Oakhallow town centre was 16.2% in
June 2025, compared with a national average of 13.9%. The rate in Millbrook district centre was 8.7%.
RESOLVED: That the data be noted.
"""

PENTLAND = """PENTLAND COUNTY COUNCIL
Minutes of the meeting of the County Council held on Tuesday 20 May 2025 at 10.30 am at Pentland House

Present: Councillor Iris Vaughan (Chair), Councillor Tom Hale (Deputy Leader) and 40 other Members.
Officers: the Chief Executive, the Deputy Chief Executive and the Deputy Monitoring Officer.

12. MEMBERS' ALLOWANCES SCHEME
The Deputy Chief Executive presented the panel's report. The Deputy Leader moved the recommendations.
RESOLVED: That the basic allowance for 2025/26 be £14,200.
"""


@pytest.fixture(scope="module")
def minutebook(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Any]:
    with papers_minutebook(tmp_path_factory, embedder, {
        "ashweld-county-council-corporate-parenting-panel-2025-04-16.txt": PARENTING,
        "harlowmere-police-and-crime-panel-2025-06-05.txt": PANEL,
        "pentland-county-council-full-council-2025-05-20.txt": PENTLAND,
        "oakhallow-council-regeneration-scrutiny-panel-2025-09-09.txt": TOWN_CENTRES,
    }) as opened:
        yield opened


def test_a_count_is_answered_by_its_own_sentence_not_a_list_entry_after_it(minutebook: Any) -> None:
    answer = minutebook.ask("how many fostering households does ashweld have")
    assert answer.found
    first = answer.answer.splitlines()[0]
    assert "214 fostering households" in first, answer.answer


def test_a_rate_whose_subject_the_sentence_before_names(minutebook: Any) -> None:
    # "shop" is said only by the sentence before the rate's: "... data on vacant shop units. The vacancy rate ..."
    answer = minutebook.ask("what's the shop vacancy rate in oakhallow town centre")
    assert answer.found, answer.answer
    assert "16.2%" in answer.answer


def test_pay_of_an_office_typed_as_initials_another_council_has(minutebook: Any) -> None:
    answer = minutebook.ask("what salary is the harlowmere deputy pcc on")
    assert answer.found, answer.answer
    assert "£61,500" in answer.answer
    assert all(c.meeting_date.isoformat() == "2025-06-05" for c in answer.citations)
