"""Two kinds of near miss over a fictional planning committee's papers, each with answerable twins in the same papers.

A choice offered ("for or against", "pecuniary or non-pecuniary?", "by cheque or bank transfer?") where the sentence
on what is asked says neither: the papers name the speaker, the interest or the grant, not which (service.choices).
What came after a step ("what did they end up deciding", "after the site inspection", "did it eventually go to the
Secretary of State", "now the checklist is live") where every quote is from the record that put the step still to
come, and no later meeting says what came of it (service.pending.sequel_unmet). A measure asked by its noun ("what
were the costs awarded", "what's the street naming charge") where no item quoted prints a figure
(service.measures). Ingested with the real model and asked through ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """HARTWELL DISTRICT COUNCIL - PLANNING COMMITTEE
Minutes of the meeting held on Wednesday 8 March 2023 at the Civic Centre, Hartwell

Present: Cllr Dane (Chair), Cllrs Ames, Blake, Corrie and Ewart.

P/23/31 DECLARATIONS OF INTEREST

Cllr Ames declared an interest in item P/23/34 (Ferny Lane barn conversion).
Cllr Blake declared a pecuniary interest in item P/23/35 (Glebe Farm extension) as he rents land from the applicant.

P/23/32 PUBLIC SPEAKING

The following people addressed the Committee on the applications shown:
Application 23/0101 (Ferny Lane barn conversion) - Mrs Olive Greaves
Application 23/0102 (Mill Street shopfront) - Mr Ralph Pell, agent for the applicant, spoke in support

P/23/33 COMMUNITY GRANTS

The Committee agreed a grant of £600 to the 1st Hartwell Scouts towards a new minibus, to be paid in two instalments.
The Committee agreed a grant of £450 to Hartwell Youth Club for sports kit, to be paid by bank transfer.

P/23/34 APPLICATION 23/0101 - BARN CONVERSION, FERNY LANE

RESOLVED that planning permission be granted subject to the conditions in the report.

P/23/35 APPLICATION 23/0103 - GLEBE FARM EXTENSION

Members debated the extension at length. RESOLVED that planning permission be refused on the grounds of its scale.

P/23/36 APPLICATION 23/0104 - SOLAR FARM, KILNHURST

Deferred pending a site inspection by members on 4 April 2023, the application to return to the April meeting.

P/23/37 APPLICATION 23/0105 - TELECOMMUNICATIONS MAST, COLDHARBOUR HILL

Deferred for a site inspection, the date to be arranged by the Planning Manager.

P/23/38 FOOTPATH DIVERSION ORDERS

The Planning Manager reported that the Ashby Wood footpath diversion order might need to be referred to the \
Secretary of State if the two remaining objections were not withdrawn.
The Planning Manager reported that the Brook Meadow bridleway order might also need to be referred to the \
Secretary of State, as the landowner's objection stood.

P/23/39 APPEAL DECISIONS

The Planning Manager reported that the Inspector had allowed the appeal at Oak Cottage, Tanners Row, and had made \
an award of costs against the Council. Members asked that a letter be sent to the Inspectorate setting out their \
concerns about the award.
The Inspector had dismissed the appeal at Elm Farm, Bickley, and awarded costs of £4,250 against the appellant.

P/23/40 SERVICE UPDATE

The Planning Manager said a new online validation checklist would go live in May, which should cut the share of \
applications found invalid on receipt; that share had been 41% in the last quarter.
The Committee noted a review of the charges for street naming and numbering, to be reported in the summer.
The pre-application advice fee for householders would rise to £180 from 1 April 2023.
"""

APRIL = """HARTWELL DISTRICT COUNCIL - PLANNING COMMITTEE
Minutes of the meeting held on Wednesday 12 April 2023 at the Civic Centre, Hartwell

Present: Cllr Dane (Chair), Cllrs Ames, Blake, Corrie and Ewart.

P/23/41 APPLICATION 23/0104 - SOLAR FARM, KILNHURST

Members had inspected the site on 4 April 2023. RESOLVED that planning permission be granted subject to a \
landscaping condition.

P/23/42 RIGHTS OF WAY

The Planning Manager reported that the Brook Meadow bridleway order had been referred to the Secretary of State on \
20 March 2023.
"""


@pytest.fixture(scope="module")
def hartwell(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"hartwell-district-council-planning-committee-2023-03-08.txt": MARCH,
              "hartwell-district-council-planning-committee-2023-04-12.txt": APRIL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "was mrs greaves for or against the ferny lane barn conversion?",
    "olive greaves spoke on application 23/0101 - was she for or against it",
    "what kind of interest did cllr ames declare on the ferny lane barn, pecuniary or non-pecuniary?",
    "will the scouts minibus grant be paid by cheque or bank transfer?",
])
def test_a_choice_neither_side_of_which_is_said_is_refused(hartwell: Minutebook, question: str) -> None:
    refused = hartwell.ask(question)
    assert not refused.found, refused.answer


@pytest.mark.parametrize(("question", "said"), [
    ("was mr pell for or against the mill street shopfront?", "spoke in support"),
    ("cllr blake's interest in the glebe farm extension - pecuniary or non-pecuniary?", "pecuniary interest"),
    ("will the youth club sports kit grant be paid by cheque or bank transfer?", "bank transfer"),
    ("was the glebe farm extension granted or refused?", "refused"),
])
def test_a_choice_one_side_of_which_is_said_is_answered(hartwell: Minutebook, question: str, said: str) -> None:
    answered = hartwell.ask(question)
    assert answered.found and said in answered.answer, answered.answer


@pytest.mark.parametrize("question", [
    "what did hartwell planning decide on the coldharbour hill mast after the site inspection?",
    "did the coldharbour hill mast eventually get permission",
    "did the ashby wood footpath diversion order end up going to the secretary of state?",
])
def test_what_came_after_a_step_still_to_come_is_refused(hartwell: Minutebook, question: str) -> None:
    refused = hartwell.ask(question)
    assert not refused.found, refused.answer


@pytest.mark.parametrize(("question", "said"), [
    ("what did they end up deciding on the kilnhurst solar farm?", "granted"),
    ("what did hartwell planning decide on the kilnhurst solar farm after the site inspection?", "granted"),
    ("did the brook meadow bridleway order end up going to the secretary of state?", "had been referred"),
    ("what did the committee finally decide on the glebe farm extension?", "refused"),
])
def test_what_came_after_a_step_a_later_record_gives_is_answered(hartwell: Minutebook, question: str,
                                                                  said: str) -> None:
    answered = hartwell.ask(question)
    assert answered.found and said in answered.answer, answered.answer


@pytest.mark.parametrize("question", [
    "what's the share of invalid planning applications now the online validation checklist is live?",
    "what were the costs awarded against hartwell over oak cottage, tanners row?",
    "what's the street naming and numbering charge at hartwell?",
])
def test_a_measure_no_quoted_item_gives_is_refused(hartwell: Minutebook, question: str) -> None:
    refused = hartwell.ask(question)
    assert not refused.found, refused.answer


@pytest.mark.parametrize(("question", "said"), [
    ("what share of planning applications were invalid on receipt at hartwell?", "41%"),
    ("what were the costs awarded over the elm farm appeal at bickley?", "£4,250"),
    ("what's the householder pre-application advice fee going to be?", "£180"),
])
def test_a_measure_a_quoted_item_gives_is_answered(hartwell: Minutebook, question: str, said: str) -> None:
    answered = hartwell.ask(question)
    assert answered.found and said in answered.answer, answered.answer
