"""Whether something was decided, asked in everyday words: "did they say yes to", "did they let ... be", "what price
did they go for", "what happened to the bid", "did they give it the go-ahead", "did members OK / sign off". Minutes
record the answer in the item's decision ("Decision: Refused", "RESOLVED that ... be approved"), after paragraphs
that share the question's words; the answer must carry the decision, not only the discussion (nor a speaker's
"supported").

The papers are written for the test (a fictional national park planning committee and a town council), ingested
with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PLANNING = """<html><body><h1>Fellmoor National Park Authority</h1><h2>Planning Committee</h2>
<p>Minutes of the meeting held on Thursday 8 June 2017 at 10.00am, Park Offices, Ambleby</p>
<p><strong>Present:</strong> Mr Hugh Tarn (Chair), Cllr Ruth Sowerby, Mrs Ann Pape, Cllr Dev Rao.</p>
<h2>Application NP/17/0201/FUL - Hill Top Farm, Brackenthwaite</h2>
<p>The proposal was a new agricultural barn of 600 square metres for the farmer's sheep, with a hardstanding.</p>
<p>The farmer, Mr Lowther, said the barn was needed for lambing and that the existing buildings were too small.
Two neighbours objected that the barn would be seen from the fell road.</p>
<p><strong>Decision:</strong> Granted, subject to conditions on materials (dark green cladding) and landscaping.</p>
<h2>Application NP/17/0233/FUL - The Swan Inn, Ambleby</h2>
<p>The proposal was to extend the opening hours of the Swan's beer garden to midnight at weekends.</p>
<p>Residents of Church Lane said the late beer garden would disturb them; the landlord said it would help the
business through the winter.</p>
<p><strong>Decision:</strong> Refused, because of the harm to residents' living conditions from noise after 11pm.</p>
<h2>Application NP/17/0250/OUT - Land at Beck Lane, Ambleby</h2>
<p>The proposal was for 10 affordable homes for local people on land at Beck Lane.</p>
<p>Mrs Jean Kemp, for Ambleby Parish Council, supported the affordable homes but asked for a footpath to the school.</p>
<p>Mr Tom Ridley, a neighbour, supported the affordable homes for local people at Beck Lane but objected to the
access.</p>
<p><strong>Decision:</strong> Approved, subject to a Section 106 agreement.</p>
</body></html>"""

TOWN = """# Ashby Cross Town Council

Minutes of the meeting held on Monday 12 March 2018 at 7.00pm in the Town Hall.

**Present:** Cllrs Jo Marsh (Mayor), Ken Ball, Priya Dutt and Sam Ware.

**18/40 Allotment rents**

The Clerk set out three options for allotment rents from October: hold at £32 a plot, rise to £36, or rise to
£40 with a discount for pensioners. Members discussed the rents charged by neighbouring councils.

It was resolved that allotment rents be set at £36 a plot from 1 October 2018.

**18/41 Skate park**

Cllr Ware reported on the skate park bid to the Lottery, which the youth council had worked on for a year. Young
people had drawn up the design for the skate park.

It was resolved that the skate park bid of £85,000 be submitted to the Lottery by 30 April.

**18/42 Statement of accounts**

The Responsible Financial Officer presented the accounts for 2017/18.

It was resolved that the accounts for 2017/18 be approved and signed by the Mayor.

**18/43 Christmas lights**

Cllr Dutt proposed a new contract for the Christmas lights with Festive Lighting Ltd at £4,200 a year for three
years. Cllr Ball said the old lights had failed twice last winter.

Agreed, with one abstention.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"fellmoor-national-park-authority-planning-committee-2017-06-08.html": PLANNING,
             "ashby-cross-town-council-full-council-2018-03-12.md": TOWN}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("did fellmoor say yes to the late beer garden at the swan?", "Refused"),
    ("did they let the farmer at hill top put up the new barn?", "Granted"),
    ("allotment rents - what price did ashby cross go for?", "£36 a plot"),
    ("what happened to the skate park bid in ashby cross?", "be submitted"),
    ("did ashby cross town council sign off the accounts?", "approved"),
    ("did ashby cross say yes to the new christmas lights contract?", "Agreed"),
    # a speaker's support ("Mrs Kemp ... supported the affordable homes") is not the committee's decision
    ("did fellmoor approve the affordable homes at beck lane?", "Approved"),
    ("beck lane affordable homes scheme - did the fellmoor planning cttee say yes", "Approved"),
])
def test_a_decision_asked_in_everyday_words_is_answered_with_the_decision(
        papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer
