"""An inspection's grades asked in everyday words ("what grades did it get", "what rating did ofsted give", "how was
the care home graded") where the papers write the inspector's judgement ("evaluated as 'good'", "judged to require
improvement", "rated 'inadequate' by the CQC"): the sentence with the judgement answers. The papers are written for
the test (a fictional county's committees), ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

COMMITTEE = """STRATHCONAN COUNCIL
EDUCATION COMMITTEE
MINUTE of Meeting of the Education Committee held in the Council Chambers on Thursday 7 June 2018 at 10.00 am

Present: Councillor Ailsa Ross (Convener); Councillors Bruce Dunn and Cara Weir.

5.   INSPECTION - BALLINTORE HIGH SCHOOL

     The Committee had before it a report by the Executive Director (EC/18/12) on the inspection of Ballintore High \
School carried out in March 2018. The school was evaluated as "very good" for leadership of change and "weak" \
for raising attainment and achievement. A further visit would follow within a year.

     Decision

     The Committee noted the report.

6.   CARE INSPECTORATE - GLENSIDE CHILDREN'S HOUSE

     The Head of Children's Services reported that Glenside Children's House had been inspected in April 2018 \
and was graded "adequate" for care and support and "good" for staffing. An improvement plan had been agreed.

     Decision

     The Committee noted the position.

7.   OFSTED MONITORING - ST BRIDE'S NURSERY

     Officers reported that St Bride's Nursery had been judged to "require improvement" at its inspection in \
January 2018, with leadership and management found to be "good".

     Decision

     The Committee noted the report.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"strathconan-council-education-committee-2018-06-07.txt": COMMITTEE}
    with papers_minutebook(tmp_path_factory, embedder, papers) as mb:
        yield mb


@pytest.mark.parametrize(("question", "grade"), [
    ("ballintore high inspection - what grades did it get", "very good"),
    ("what rating did glenside children's house get from the care inspectorate", "adequate"),
    ("st bride's nursery - what grade did it get at the january inspection", "require improvement"),
    ("what grades did ofsted give st bride's nursery", "require improvement"),
    ("ballintore high school inspection ratings?", "very good"),
])
def test_an_inspection_s_grades_are_its_judgements(council: Minutebook, question: str, grade: str) -> None:
    answer = council.ask(question)
    assert answer.found and grade in answer.answer, answer.answer
