"""The item that holds the question, ranked fourth behind items that share only its commonest word: "did the
marlpit quarry extension get approved" ranks the items approving last meeting's minutes, a member's appointment and
another application first, by their "approved"; the quarry's own item holds clearly more of the question than each,
and answers it.

The paper is written for the test (a fictional county regulation committee), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE = """WEXLEY COUNTY COUNCIL

REGULATION COMMITTEE

MINUTES of a meeting of the Regulation Committee held on Tuesday, 20 June 2023.

PRESENT: Mr A Hale (Chairman), Mrs B Ong, Mr C Pryor, Ms D Quist

41/23  Membership

The Committee noted that Mrs Ong had been approved as a member in place of Mr Tull.

42/23  Minutes of the meeting held on 7 March 2023

RESOLVED that the Minutes of the meeting held on 7 March 2023 are correctly recorded, were approved and that they \
be signed by the Chairman.

43/23  Application to register land at Pound Field, Aldmere as a Village Green

RESOLVED that the application be approved and the land be registered as a village green.

44/23  Marlpit Quarry, Fenbury - extension of clay extraction, application WX/22/0419

(1)  Members had visited the site on 12 June 2023.

(2)  The Principal Planning Officer reported that the application was for the extraction of about 900,000 tonnes \
of clay from 6 hectares south of the existing Marlpit quarry over 10 years, with restoration to grassland.

(3)  RESOLVED that permission be granted subject to conditions and a section 106 agreement securing lorry routing.
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "wexley-county-council-regulation-committee-2023-06-20.txt": JUNE,
    }) as opened:
        yield opened


def test_the_item_holding_the_question_answers_from_fourth(county: Minutebook) -> None:
    answer = county.ask("did the marlpit quarry extension get approved by wexley's regulation cttee")
    assert answer.found and "Marlpit" in answer.answer
    assert all(c.minute == "44/23" for c in answer.citations)
