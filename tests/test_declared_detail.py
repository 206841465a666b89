"""A declaration says more than that an interest was declared: the member's part in the item ("took no part",
"remained in the room") and the item's own number or reference. Questions asking for those are answered from the
declarations item; questions asking what was said or decided on the item, or a member's part that the declaration
does not record, are still refused.

The paper is written for the test (a fictional district council's planning committee), ingested with the real model
into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PLANNING = """HOLMWOOD DISTRICT COUNCIL
Minutes of the Planning Committee held on Monday 6 March 2023 at 6.00pm in the Council Chamber, Holmwood

Present: Councillor Price (Chair), Councillor Quinn, Councillor Reed, Councillor Shah, Councillor Tate.

41 APOLOGIES

Apologies were received from Councillor Upton.

42 DECLARATIONS OF INTEREST

Councillor Quinn declared an interest in agenda item A4 22/01187/OUT Land off Wickham Road, Ashby, as a member \
of Ashby Town Council, and took no part in the discussion or vote on that application.
Councillor Reed declared a personal interest in item 7 (Ferry Lane Moorings) as a boat owner and remained in the \
room during the discussion.
Councillor Shah declared a prejudicial interest in item 9 (Kiln Yard Depot Lease) as a director of the tenant.

43 MINUTES

Resolved: That the minutes of the meeting held on 6 February 2023 be approved as a correct record.

44 TREE PRESERVATION ORDER - CHURCH MEADOW

Resolved: That Tree Preservation Order 3/2023 at Church Meadow be confirmed without modification.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"holmwood-district-council-planning-committee-2023-03-06.txt": PLANNING}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_a_members_part_recorded_in_the_declaration_is_answered(district: Minutebook) -> None:
    answered = district.ask("did cllr quinn take part when they discussed the wickham road application at holmwood?")
    assert answered.found and "took no part" in answered.answer
    answered = district.ask("did councillor reed stay for the discussion of the ferry lane moorings at holmwood?")
    assert answered.found and "remained in the" in answered.answer
    # the declaration names Shah's interest, not whether he took part
    refused = district.ask("did cllr shah take part in the kiln yard depot lease item at holmwood?")
    assert not refused.found


def test_an_items_number_or_reference_is_read_from_the_declaration(district: Minutebook) -> None:
    answered = district.ask("holmwood planning in march 2023 - whats the application ref for the wickham road scheme?")
    assert answered.found and "22/01187/OUT" in answered.answer
    answered = district.ask("what agenda number was the ferry lane moorings item at holmwood planning?")
    assert answered.found and "item 7" in answered.answer
    # what was decided on the lease is not in the declaration, which only names it
    refused = district.ask("what did holmwood planning decide on the kiln yard depot lease?")
    assert not refused.found
