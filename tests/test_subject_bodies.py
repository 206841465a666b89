"""A body the question names as what the minutes speak of, beside the meeting it asks about: "when did Cllr Olsen say
he'd first declared at the Riverside Area Cttee? Oakridge TC March 2023 mtg". The papers hold no meeting of the
area committee, and need not: the town council's minutes print its name, and the question names their meeting by
its council and date. A question naming only the area committee is still refused: it asks of a meeting the papers
do not hold.

The paper is written for the test (a fictional town council's March minutes), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """OAKRIDGE TOWN COUNCIL
Minutes of the meeting of the Town Council held on Monday 20 March 2023 at 7.00pm in the Guildhall, Oakridge

Present: Cllr Nash (Mayor), Cllr Olsen, Cllr Platt, Cllr Quayle, Cllr Rowe.
In attendance: Mr D Soames (Town Clerk).

TC/101 APOLOGIES
Apologies were received from Cllr Tate.

TC/102 DECLARATIONS OF INTEREST
Cllr Olsen advised that in respect of item TC/104 he had declared a non-financial interest at the Riverside \
Area Committee on 2 February 2023, as a trustee of the boat club.

TC/103 YOUTH FORUM
Miss Ella Vance, Chair of the Oakridge Youth Forum, reported that the forum had surveyed 120 young people about \
the skate park in the riverside area.

TC/104 RIVERSIDE MOORINGS
Members noted the condition of the moorings along the riverside path. Resolved: That the moorings be repaired.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"oakridge-town-council-full-council-2023-03-20.txt": MARCH}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("asked", [
    "when did cllr olsen say he'd first declared at the riverside area cttee? oakridge tc march 2023 mtg",
    "oakridge tc march 2023 - what did cllr olsen declare at the riverside area committee?",
])
def test_a_body_the_minutes_speak_of_is_not_the_meeting_asked_about(town: Minutebook, asked: str) -> None:
    answered = town.ask(asked)
    assert answered.found and "Riverside Area Committee on 2 February 2023" in answered.answer, asked


def test_a_body_named_alone_is_the_meeting_asked_about(town: Minutebook) -> None:
    refused = town.ask("what did the riverside area committee decide in february 2023?")
    assert not refused.found and "hold no meetings of the Riverside Area Committee" in refused.answer
