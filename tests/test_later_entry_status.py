"""Whether a thing decided is now done ("the bus shelter that got smashed, is it fixed", "did the new dog bin ever
go in"), where the decision is no follow-up the register keeps ("RESOLVED to accept the quote of Shelterwise Ltd")
but a later meeting's matters arising names its minute ("- Bus shelter (PH67c): The side panel was replaced ...
Complete."): the answer says where it stands from that entry.

The papers are written for the test (a fictional town council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

JANUARY = """# Holtby Town Council

## Planning and Highways Committee

Minutes of the meeting held on Tuesday 16 January 2024 at 7.00 pm in the Town Hall

Present: Cllr G Hale (Chair), Cllr J Kay, Cllr L Moor

**P45. Highways and amenities**

(a) Dog bin at Beck Park. The bin by the gate had rusted through. RESOLVED to buy a replacement bin from Glasdon \
at £240.

(b) War memorial railings. The railings had been damaged by a car on 2nd January. RESOLVED to accept the quote of \
Ironside Forge of £1,150 and to claim on the driver's insurance.

(c) Station Road verge. Residents had complained about parking on the verge. RESOLVED to write to the police.

**P46. Correspondence**

Noted.
"""

FEBRUARY = """# Holtby Town Council

## Planning and Highways Committee

Minutes of the meeting held on Tuesday 13 February 2024 at 7.00 pm in the Town Hall

Present: Cllr G Hale (Chair), Cllr J Kay, Cllr L Moor

**P52. Clerk's report on matters arising**

- *Dog bin (P45a):* The new bin was fitted on 5th February. Complete.
- *Railings (P45b):* Ironside Forge could not start before March because of a backlog. The insurer has accepted \
the claim.
- *Verge (P45c):* Letter sent to the police on 18th January. No reply yet.

**P53. Correspondence**

Noted.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"holtby-2024-01-16.md": JANUARY,
                                                        "holtby-2024-02-13.md": FEBRUARY}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "status", "said"), [
    ("the rusty dog bin at beck park, is it replaced", ActionStatus.COMPLETED, "5th February"),
    ("holtby war memorial railings that got hit by a car - are they repaired", ActionStatus.OUTSTANDING, "March"),
    ("has the new dog bin at beck park gone in yet", ActionStatus.COMPLETED, "5th February"),
])
def test_a_decision_named_in_later_matters_arising_stands_as_it_says(council: Minutebook, question: str,
                                                                    status: ActionStatus, said: str) -> None:
    answer = council.ask(question)
    assert answer.found and said in answer.answer
    assert answer.status == status
