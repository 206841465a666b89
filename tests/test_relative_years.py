""""This year" and "last year" are the years of the council asked about, not of the newest paper in the store, and a
figure of "last year" is the year just gone as councils report it (2022/23's, reported in June 2023)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

ASHWORTH = """ASHWORTH PARISH COUNCIL
Minutes of the meeting of Ashworth Parish Council held on Monday 12 July 2021 at 7.30pm in the Village Hall

Present: Cllr P. Dunn (Chairman), Cllrs Evans, Fraser and Gill.

21/041 FINANCE
The Clerk reported that the precept for 2021/22 was £18,400 and that the village hall grant from the District
Council this year was £2,750.
RESOLVED: That the finance report be noted.
"""

BRENTWICK = """BRENTWICK FIRE AND RESCUE AUTHORITY
Minutes of the meeting of the Authority held on Thursday 20 June 2024 at 10.00am at Service Headquarters

Present: Councillor R. Oakes (Chair), Councillors Lyle, Mensah and Tait.

FA/24/18 REVENUE OUTTURN 2023/24
The Treasurer reported an underspend of £412,000 on the 2023/24 revenue budget, mainly from vacancies in control.
RESOLVED: That £300,000 of the underspend be transferred to the Pay and Pensions Reserve.

FA/24/19 SAFE AND WELL VISITS
The Area Manager reported that 3,210 safe and well visits had been made in 2023/24, against a target of 3,000.
"""


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "ashworth-parish-council-2021-07-12.txt": ASHWORTH,
            "brentwick-fire-authority-2024-06-20.txt": BRENTWICK,
    }) as opened:
        yield opened


def test_this_year_is_the_year_of_the_council_asked_about(councils: Minutebook) -> None:
    answer = councils.ask("how much is ashworth pc getting for the village hall grant this yr?")
    assert answer.found and "£2,750" in answer.answer


def test_last_year_is_the_year_just_gone_as_the_council_reports_it(councils: Minutebook) -> None:
    answer = councils.ask("brentwick fire authority - where did the underspend from last year go")
    assert answer.found and "Pay and Pensions Reserve" in answer.answer
    answer = councils.ask("how many safe and well visits did brentwick fire do last year")
    assert answer.found and "3,210" in answer.answer
