"""What a declarations item says besides whether interests were declared, read from a fictional parish's minutes
written for this test: a question about the members' forms is answered from the item's sentences about the forms,
not from its "None declared." alone, while a question whether anyone declared an interest still is; "which
councillors declared" is answered by a record saying none did ("There were none."), not refused for naming no one.
Ingested with the real model, asked through ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

OXLEY = """Minutes of the Annual Meeting of Oxley Parish Council
Held on Monday 9th May 2016 at 7.30pm in the Village Hall

Present: Cllrs Ann Rook (Chair), Bob Teal, Cy Wren

1. Election of Chairman
1.1. Cllr Rook was elected Chairman for the year.

2. Apologies
2.1. There were apologies from Cllr Di Hart.

3. Declarations of Interest
3.1. The Clerk asked Councillors to check that their Register of Interests forms were still correct. The \
Councillors did so at the meeting and no changes were needed.
3.2. None declared.

4. Footpaths
4.1. The stile on footpath 7 has been repaired by the county council.
"""


BARFORD = """Barford Fire Authority - Thursday, 12th March, 2020 10.00 am

1. Apologies for absence
Apologies were received from Councillor Pell.

2. Declarations of interest
All Members present are required to declare any disclosable pecuniary interests.
Minutes:
There were none.

3. Fleet replacement
The Authority approved the purchase of four fire appliances.
"""


@pytest.fixture(scope="module")
def oxley(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"oxley-parish-council-2016-05-09.txt": OXLEY,
                                                          "barford-fire-authority-2020-03-12.txt": BARFORD}) as opened:
        yield opened


def test_a_question_about_the_members_forms_is_answered_from_what_the_item_says_of_them(oxley: Minutebook) -> None:
    answer = oxley.ask("did oxley councillors have to update their register of interests forms?")
    assert answer.found and "no changes were needed" in answer.answer


def test_whether_anyone_declared_is_answered_from_the_record(oxley: Minutebook) -> None:
    answer = oxley.ask("were any interests declared at oxley in may 2016?")
    assert answer.found and "None declared." in answer.answer


def test_which_members_declared_is_answered_by_a_record_of_none(oxley: Minutebook) -> None:
    for question in ("which councillors declared at the barford fire authority?",
                     "which members declared an interest at barford in march"):
        answer = oxley.ask(question)
        assert answer.found and "There were none." in answer.answer, question
