"""A figure of the year asked, where the item's title names the subject and the year ("COUNCIL CARBON EMISSIONS
2023/24") and its sentences give the figures without naming the subject again ("Total emissions for 2023/24 were
6,842 tonnes"): the title says what the figures are of, so the item answers "how much carbon ... in 23/24". An
item whose title names the year but prints no figure of it is still refused.

The papers are written for the test (a fictional district council), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PANEL = """BRACKENDALE DISTRICT COUNCIL
COMMUNITIES PANEL
Minutes of the meeting held on Tuesday, 10 October 2023 at 6.00 pm

Present: Councillors Abbott (Chair), Brennan, Dale and Okafor.

31. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Ferris.

32. LIBRARY USE 2022/23

The Libraries Manager presented the annual report. There were 183,400 visits across the nine branches, 6 per \
cent more than the year before, and 41,250 e-books were borrowed. Opening hours at the two mobile stops were \
reviewed.

Resolved:- That the report be noted.

33. HOUSEHOLD WASTE RECYCLING 2022/23

The Waste Manager reported that 46.2 per cent was achieved in the year, against a target of 50 per cent. Garden \
collections had been suspended for three weeks in August because of driver shortages.

Resolved:- That the report be noted.

34. ENERGY USE IN COUNCIL BUILDINGS 2022/23

The Facilities Manager reported consumption of 4.1 GWh of electricity and 6.3 GWh of gas, with the swimming \
pool the largest single site. Solar panels on the depot roof had been commissioned in March.

Resolved:- That the report be noted.

35. WATER AT COUNCIL SITES 2022/23

The Facilities Manager reported metered consumption of 48,200 cubic metres, 7 per cent lower than the year \
before, after leaks at the cemetery lodge were repaired.

Resolved:- That the report be noted.

36. PUBLIC CONVENIENCES 2022/23

The Facilities Manager reported on the condition of the public conveniences. Members asked that the \
refurbishment of the park toilets be brought forward.

Resolved:- That the report be noted.

37. STREET LIGHTING LED CONVERSION 2022/23

The Highways Engineer reported that a further 2,140 lanterns had been replaced in the year, bringing the total \
to 11,900, or 78 per cent of the stock.

Resolved:- That the report be noted.

38. CUSTOMER CONTACT CENTRE PERFORMANCE

The Customer Services Manager reported that calls had been answered in an average of 4 minutes, and that the \
centre had been open for 52 hours a week since the Saturday morning session was added.

Resolved:- That the report be noted.
"""


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"brackendale-communities-2023-10-10.txt": PANEL}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "figure"), [
    ("what share of the street lights had been converted to LED by the end of 22/23", "78 per cent"),
    ("how much water did the council's sites use in 2022/23", "48,200"),
    ("how much of the household waste got recycled in 2022/23", "46.2"),
    ("how much energy did the council's buildings use in 2022/23", "4.1 GWh"),
])
def test_the_title_says_what_the_figures_of_its_year_are_of(panel: Minutebook, question: str, figure: str) -> None:
    answer = panel.ask(question)
    assert answer.found and figure in answer.answer


def test_a_titled_year_with_no_figure_is_still_refused(panel: Minutebook) -> None:
    assert not panel.ask("how many public toilets were refurbished in 2022/23").found


def test_hours_typed_short_are_hours(panel: Minutebook) -> None:
    from minutebook.vocabulary import written_out

    assert written_out("the 4 hr target, 12 hrs a week") == "the 4 hour target, 12 hour a week"
    answer = panel.ask("how many hrs a week is the contact centre open")
    assert answer.found and "52 hours" in answer.answer
