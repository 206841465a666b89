"""The prepositions and pronouns of chat are not what a question is about: "besides the towns along the coast,
which ...", "who took everyone through the rules", "what did everybody think of ...". A minute need not print them to
answer, so they must not count against it in the support test (where other items print them, as a mayor's
thanks do, they would).

The paper is written for the test (a fictional rail partnership and licensing panel), ingested with the real model
into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.evidence import stems
from tests.conftest import papers_minutebook

SEPTEMBER = """KELBROOK TOWN COUNCIL
Minutes of the meeting of the Town Council held on Monday 9 September 2019

41. COASTAL RAIL PARTNERSHIP

Mrs Anwen Prothero of the Coastal Rail Partnership spoke about the campaign for a two-hourly Sunday service.
The Partnership had written to the councils on the Kelbrook to Marrowby line, and would also ask the councils
on the Tidewater branch to support the campaign.

42. STREET TRADING CONSENT - MARKET SQUARE

The Licensing Officer explained the hearing procedure to the parties before the applicant, Mr Dace, set out
his application for a consent to sell hot food in Market Square on Saturdays.
RESOLVED that the consent be granted for twelve months.

43. MAYOR'S ANNOUNCEMENTS

The Mayor thanked everyone who had helped at the regatta along the seafront: besides the volunteers, everybody
from the harbour staff had worked through the weekend, and nothing had been left to chance. Among those thanked
were the lifeboat crew, who had stood by around the clock.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"kelbrook-town-council-full-council-2019-09-09.txt": SEPTEMBER}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("besides councils along the kelbrook to marrowby line, which others did the rail partnership want on board "
     "for the sunday service campaign", "Tidewater"),
    ("at the kelbrook street trading hearing who took everyone through the procedure", "Licensing Officer"),
    ("kelbrook market square street trading - who explained the procedure to everybody?", "Licensing Officer"),
])
def test_chat_function_words_do_not_count_against_the_minute(town: Minutebook, question: str, said: str) -> None:
    answered = town.ask(question)
    assert answered.found and said in answered.answer


def test_chat_function_words_are_no_terms() -> None:
    said = stems("besides the councils along the route, which others did everybody want among the partners")
    assert not {"besid", "along", "everybodi", "among"} & set(said)
    assert {"rout", "partner"} <= set(said)
