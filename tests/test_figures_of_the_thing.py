"""A figure asked of a thing the papers print, met only by figures of other things, is refused; the figure of the
thing itself is given.

- "how many walkers used the coast path": the item speaks of walkers, but counts "three volunteer wardens" and says
  the café opens "six days a week";
- "how much will the council save by emptying the litter bins weekly": the item's sums are a charge for each bin
  and a fine, not a saving;
- "how much are allotment rents going up": "allotment rent arrears ... a rise of 4%" is a change in the arrears;
- "what's the 3 hour charge at the harbour car park": the item gives the all-day charge only;
- "what opening hours did they set for the museum": the item says they are not set (and sets the library's);
- "what is the recycling target": the item gives the rate achieved;
- "how much is each new bench": the item gives the budget they are bought within.

Each is asked again of what the papers do give, which is answered. The papers are written for the test, ingested
with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE = """PENHALLOW TOWN COUNCIL
Minutes of the meeting of the Town Council held on Tuesday 11 June 2024 at 7.00pm in the Guildhall, Penhallow

Present: Cllr M Trevail (Mayor), Cllr D Rowe, Cllr S Pascoe, Cllr J Nance

PT24/51 Coast path
The Clerk reported on the summer arrangements for walkers on the coast path above Polgrain cove, including: three \
volunteer wardens on the cliff section; and the café at the path's head opening six days a week from July.
RESOLVED that the arrangements for walkers be noted.

PT24/52 Street lighting
The Council owns 214 street lights and paid £9,300 for their electricity in 2023/24. The Clerk reported that the \
Duchy Fund had offered a grant of £18,500 towards replacing them with LED lanterns. RESOLVED to accept the grant and \
to invite quotations for the work.

PT24/53 Allotments
Allotment rent arrears stood at £1,240 at 31 May, a rise of 4% on last year. Two plots had been re-let. The Clerk \
said there were 23 people on the waiting list.

PT24/54 Harbour car park
RESOLVED that the all-day charge at the Harbour car park be £5.50 from 1 July 2024.

PT24/55 Town museum
A resident asked about the museum's opening hours once it reopens; the Mayor replied that these had not been set and \
would depend on how many volunteers came forward.

PT24/56 Litter bins
The Clerk reported a proposal to empty the town's 46 litter bins weekly instead of twice a week over the winter. \
The contractor charges £3.20 for each bin emptied, and the Council had been fined £250 by the county for an \
overflowing bin on the quay in March. RESOLVED to consult the Chamber of Trade on weekly emptying.

PT24/57 Library
The Clerk reported that the volunteers' rota for the library was complete. RESOLVED that the library's opening hours \
be 9.30am to 5pm, Monday to Saturday, from 1 July 2024.

PT24/58 Performance
The Clerk reported that the town's recycling rate was 52% in 2023/24. Sickness absence among the Council's staff was \
3.1% against a target of 4%.

PT24/59 Street furniture
RESOLVED to buy four new benches for the Platt within the capital budget of £12,000. RESOLVED also to buy twelve \
planters for Fore Street at £95 each.
"""


@pytest.fixture(scope="module")
def penhallow(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"penhallow-town-council-full-council-2024-06-11.txt": JUNE}) as opened:
        yield opened


def test_a_count_of_other_things_is_not_a_count_of_the_thing_asked(penhallow: Minutebook) -> None:
    answered = penhallow.ask("how many walkers used the penhallow coast path?")
    assert not answered.found and "count" in answered.answer
    answered = penhallow.ask("how many allotment plots had been re-let in penhallow?")
    assert answered.found and "Two plots" in answered.answer
    answered = penhallow.ask("how many street lights does penhallow town council own?")
    assert answered.found and "214" in answered.answer


def test_a_sum_that_is_no_saving_is_not_the_saving_asked(penhallow: Minutebook) -> None:
    answered = penhallow.ask("how much will penhallow save by emptying the litter bins weekly?")
    assert not answered.found and "saving" in answered.answer
    answered = penhallow.ask("how much does the contractor charge penhallow to empty a litter bin?")
    assert answered.found and "£3.20" in answered.answer


def test_a_change_in_another_thing_is_not_the_change_asked(penhallow: Minutebook) -> None:
    answered = penhallow.ask("how much are penhallow allotment rents going up?")
    assert not answered.found
    answered = penhallow.ask("how much were the allotment rent arrears in penhallow?")
    assert answered.found and "£1,240" in answered.answer


def test_a_figure_of_another_length_is_not_the_one_asked(penhallow: Minutebook) -> None:
    answered = penhallow.ask("whats the 3 hour charge at the penhallow harbour car park?")
    assert not answered.found
    answered = penhallow.ask("whats the all-day charge at the penhallow harbour car park?")
    assert answered.found and "£5.50" in answered.answer


def test_hours_asked_where_none_were_set(penhallow: Minutebook) -> None:
    answered = penhallow.ask("what opening hours did penhallow set for the town museum?")
    assert not answered.found and "hours" in answered.answer
    answered = penhallow.ask("what opening hours did penhallow set for the library?")
    assert answered.found and "9.30am" in answered.answer


def test_a_figure_of_another_kind_is_not_the_kind_asked(penhallow: Minutebook) -> None:
    answered = penhallow.ask("what is the penhallow recycling target?")
    assert not answered.found and "target" in answered.answer
    answered = penhallow.ask("what is the staff sickness absence target at penhallow town council?")
    assert answered.found and "4%" in answered.answer
    answered = penhallow.ask("how much is each new bench for the platt in penhallow?")
    assert not answered.found and "each" in answered.answer
    answered = penhallow.ask("how much is each new planter for fore street in penhallow?")
    assert answered.found and "£95" in answered.answer
