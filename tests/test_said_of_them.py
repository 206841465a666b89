"""Near misses whose evidence is in the right meeting but does not say what is asked: a person's name found in one
sentence and the subject in another (or only in the meeting's attendance list), unless the name heads or leads in
to what follows; whether a licence was granted or a motion passed where the minutes stop before the outcome; a
decision asked for on an item that a declarations minute only names. Each refusal has its answerable twin in the
same papers.

The papers are written for the test (a fictional town council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """BRINDLE HOLLOW TOWN COUNCIL
MONDAY, 14TH MARCH, 2022

Present:- Councillor Danvers (in the Chair); Councillors Alys Penrose, Hugh Penrose, Maddox and Quayle.

61. DECLARATIONS OF INTEREST

Councillors Hugh and Alys Penrose both declared a personal interest in item 64 (Cemetery Extension) as their \
house adjoins the cemetery, and remained in the room. Councillor Hugh Penrose declared a personal interest in \
item 66 (Canal Trust Grant) as a trustee of the Canal Trust and left the room for that item.

62. RAIL USERS' GROUP

Mr Owain Pritchard of the Rail Users' Group told members that an hourly train service to Carnforth would \
start in May, with later trains on Saturdays. Councillor Dilys Maddox is the chair of the group and also sits \
on the county transport forum.

63. FERRY MEADOW - PREMISES LICENCE

The Clerk presented an application from the Ferry Meadow Trust for a premises licence for outdoor concerts. \
The applicant asked for live music until 23:00 hours on Fridays and Saturdays.

64. CEMETERY EXTENSION

The Clerk reported that the cemetery had space for two more years of burials.

Resolved:- That the Council buy the adjoining paddock to extend the cemetery.

65. OLD FORGE - PREMISES LICENCE

The Clerk presented an application for a premises licence for the Old Forge tea room.

Resolved:- That the premises licence for the Old Forge be granted.

66. CANAL TRUST GRANT

Resolved:- That a grant of £500 be made to the Canal Trust for towpath repairs.

67. NOTICE OF MOTION - 20MPH LIMIT ON MILL STREET

Councillor Quayle moved a motion asking the county council to set a 20mph limit on Mill Street, citing the \
number of children walking to school.

68. NOTICE OF MOTION - BUS SHELTER ON STATION ROAD

Councillor Maddox moved a motion asking for a bus shelter on Station Road. On being put to the vote the motion \
was carried.

69. QUESTIONS FROM THE PUBLIC

Mr Colm Fenwick asked:

“When will the Mill Street footbridge reopen?”

In response the Clerk advised that the footbridge would reopen in June once new handrails had been fitted.

70. ENVIRONMENT – Ms Rowan Ashby

A talk about the volunteer river wardens scheme. The wardens would clear litter from the river banks every \
month from April.
"""

APRIL = """BRINDLE HOLLOW TOWN COUNCIL
MONDAY, 11TH APRIL, 2022

Present:- Councillor Danvers (in the Chair); Councillors Maddox and Quayle.

71. DECLARATIONS OF INTEREST

Any declarations of interest made in respect of item 74 - Woodland Management - were reported once the decision \
to exclude the press and public had been made and are recorded in the confidential minutes.

72. TOWN CLERK'S REPORT

The Town Clerk reported that the spring litter pick had collected forty bags of rubbish.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "brindle-hollow-town-council-minutes-2022-03-14.txt": MARCH,
            "brindle-hollow-town-council-minutes-2022-04-11.txt": APRIL,
    }) as opened:
        yield opened


def test_what_a_named_person_said_needs_one_sentence_saying_it_of_them(town: Minutebook) -> None:
    # Cllr Maddox is named beside the trains item, not as telling members anything about trains
    refused = town.ask("What did Dilys Maddox tell the council about the hourly trains?")
    assert not refused.found and "Dilys Maddox" in refused.answer
    answered = town.ask("What did Owain Pritchard tell the council about the hourly trains?")
    assert answered.found and "hourly train service" in answered.answer


def test_a_heading_or_lead_in_naming_them_says_it_of_what_follows(town: Minutebook) -> None:
    # "Mr Colm Fenwick asked:" frames the Clerk's reply; "Ms Rowan Ashby" heads her talk under the item's title
    answered = town.ask("What did the Clerk tell Mr Fenwick about the footbridge?")
    assert answered.found and "reopen in June" in answered.answer
    answered = town.ask("What did Rowan Ashby tell the council about the river wardens?")
    assert answered.found and "river wardens" in answered.answer
    # Cllr Quayle asked nothing about it
    assert not town.ask("What did the Clerk tell Cllr Quayle about the footbridge?").found


def test_two_people_may_be_said_of_in_sentences_of_their_own(town: Minutebook) -> None:
    # each moved a motion of their own, minuted apart
    answered = town.ask("What motions did Cllr Quayle and Cllr Maddox move?")
    assert answered.found and "20mph" in answered.answer and "bus shelter" in answered.answer


def test_a_named_member_s_declaration_must_be_theirs(town: Minutebook) -> None:
    # Alys Penrose declared on the cemetery; only Hugh Penrose declared on the Canal Trust grant
    assert not town.ask("Why did Alys Penrose declare an interest in the Canal Trust grant?").found
    answered = town.ask("Why did Hugh Penrose declare an interest in the Canal Trust grant?")
    assert answered.found and "trustee" in answered.answer
    # Cllr Danvers chaired the meeting (the papers name him) and declared nothing
    assert not town.ask("What did Cllr Danvers declare?").found


def test_whether_it_was_granted_or_passed_needs_the_outcome(town: Minutebook) -> None:
    # the Ferry Meadow minute stops before any decision; the Old Forge's records it
    refused = town.ask("Was the Ferry Meadow licence granted in the end?")
    assert not refused.found and "decision" in refused.answer
    answered = town.ask("Was the Old Forge licence granted?")
    assert answered.found and "be granted" in answered.answer
    # the Mill Street motion is minuted as moved, the Station Road one as carried
    assert not town.ask("Did the Mill Street 20mph motion pass?").found
    answered = town.ask("Did the Station Road bus shelter motion pass?")
    assert answered.found and "carried" in answered.answer


def test_a_declarations_minute_decides_nothing_on_the_items_it_names(town: Minutebook) -> None:
    # woodland management is named only in April's declarations minute (its "decision to exclude the press" is not
    # one on it); the cemetery extension has its own resolution
    refused = town.ask("What did the council decide on woodland management in April 2022?")
    assert not refused.found and "decision" in refused.answer
    answered = town.ask("What did the council decide on the cemetery extension?")
    assert answered.found and "adjoining paddock" in answered.answer
