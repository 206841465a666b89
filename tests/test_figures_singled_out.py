"""A figure asked of one thing, met by the figures of another in the item that speaks to it, is refused; the figure
of the thing asked is given.

- "how many burglaries in kelton ward" (a ward the attendance record names): 72 across the town, "31 of them in
  Ashby ward", is no figure of Kelton's;
- "how many dog fouling complaints in may": the police report counts "March and April";
- "how much did the beacon cost": the item's "£450 on a marquee and bunting" is not the beacon's;
- "what was the footfall performance in june": May's;
- "how many members has the bowls club got": its reserves and its grant are sums, no count;
- "how many speak up concerns were raised": what is counted is the concerns, which the sentence counts ("17
  concerns had been raised") under a title that says what they are.

The papers are written for the test, ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MAY = """ORMSTON TOWN COUNCIL
Minutes of the Town Council meeting held on Monday 13 May 2024 at 7.30pm, Market Hall, Ormston

Present: Cllr P Dunmore (Mayor), Cllr A Keele (Ashby ward), Cllr S Rigby, Cllr V Tan (Kelton ward)

TC24/31 Police report
PC Harrow said 72 burglaries had been recorded in the town in 2023, 31 of them in Ashby ward, mostly sheds and \
garages. The Clerk reported 9 complaints about dog fouling on the Rec in March and April.

TC24/32 Coronation anniversary
The Clerk said the beacon on Castle Mound would be lit at 9.30pm on 6 June, with the scouts helping. RESOLVED to \
spend up to £450 from the events budget on a marquee and bunting for the Market Place.

TC24/34 Grant - Ormston Bowls Club
The club's accounts showed reserves of £1,980. RESOLVED to award £300 towards a new mower.

TC24/35 Freedom to Speak Up
The Guardian's annual report said 17 concerns had been raised in 2023, most about workloads.

TC24/33 Town centre footfall
The town centre manager reported that footfall was 41,200 in April, 6% higher than April 2023, and that the market \
traders' survey had closed with 38 replies.
"""


@pytest.fixture(scope="module")
def ormston(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"ormston-town-council-full-council-2024-05-13.txt": MAY}) as opened:
        yield opened


def test_a_figure_of_another_place_is_not_the_one_asked(ormston: Minutebook) -> None:
    answered = ormston.ask("how many burglaries were there in Kelton ward in ormston?")
    assert not answered.found
    answered = ormston.ask("how many burglaries were there in Ashby ward in ormston?")
    assert answered.found and "31" in answered.answer


def test_a_figure_of_other_months_is_not_the_one_asked(ormston: Minutebook) -> None:
    answered = ormston.ask("how many dog fouling complaints were there in ormston in may 2024?")
    assert not answered.found and "when it is asked" in answered.answer
    answered = ormston.ask("what was the town centre footfall performance in june?")
    assert not answered.found
    answered = ormston.ask("how many complaints about dog fouling on the rec in april 2024?")
    assert answered.found and "9 complaints" in answered.answer
    answered = ormston.ask("what was the town centre footfall in april?")
    assert answered.found and "41,200" in answered.answer


def test_a_sum_spent_on_other_things_is_not_the_cost_asked(ormston: Minutebook) -> None:
    answered = ormston.ask("how much did the castle mound beacon cost ormston?")
    assert not answered.found
    answered = ormston.ask("how much are they spending on the marquee and bunting?")
    assert answered.found and "£450" in answered.answer


def test_a_count_is_not_given_by_sums_of_money(ormston: Minutebook) -> None:
    answered = ormston.ask("how many members has ormston bowls club got?")
    assert not answered.found
    answered = ormston.ask("how many replies did the market traders survey get?")
    assert answered.found and "38 replies" in answered.answer


def test_a_count_of_the_head_of_what_is_asked_is_given(ormston: Minutebook) -> None:
    answered = ormston.ask("how many freedom to speak up concerns were raised in 2023 at ormston?")
    assert answered.found and "17 concerns" in answered.answer
