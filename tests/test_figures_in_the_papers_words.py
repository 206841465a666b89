"""A figure or a decision asked in the words people use, given by an item in the words councils write: "HMO"
for houses in multiple occupation, "long-term empty homes" for homes "empty for more than six months", "rent rises"
given as percentages ("rent increases of 3%, 4.5% and 6%"), an allowance "bumped up" minuted as "increased". The item
holds the answer (and what a post is "paid" is its salary); it must be given, not
refused as a figure of something else, as no sum, or as no decision.

The papers are written for the test (a fictional district council's housing committee, in plain text, a Scottish
council's social work committee, in Markdown, and a police and crime panel, in HTML), ingested with the real model
into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.evidence import asks_money
from tests.conftest import papers_minutebook

HOUSING = """BRANTWICK DISTRICT COUNCIL

HOUSING AND COMMUNITIES COMMITTEE

Minutes of the meeting held on Tuesday 6 October 2026 at 6.00 pm, Civic Hall, Brantwick.

PRESENT: Councillor Olive Sandham (Chair); Councillors Ainsworth, Blezard, Crook, Dobson and Eccleston.

HC/26/31  HOUSES IN MULTIPLE OCCUPATION – SELECTIVE LICENSING PROPOSAL

The Environmental Health Manager reported on the consultation on a selective HMO licensing scheme for the Millgate
area. There had been 188 responses, most of them from tenants. The proposed licence fee was £715 for five years,
with a discount of £100 for accredited landlords.

RESOLVED – That the scheme be recommended to Cabinet for approval.

HC/26/32  EMPTY PROPERTY STRATEGY 2026-2029

The Housing Standards Officer introduced the draft strategy. There were 437 homes in the district that had been
empty for more than six months, 96 of them for more than two years. Twenty-two homes had been brought back into use
during the year with empty homes loans.

RESOLVED – That the Empty Property Strategy 2026-2029 be adopted.

HC/26/33  COUNCIL HOUSE RENTS 2027/28

The Head of Housing reported that the average weekly rent in 2026/27 was £91.10.

Councillor Blezard moved, and Councillor Crook seconded, that tenants be consulted on three options: rent increases
of 3%, 4.5% and 6%. The motion was carried.

HC/26/34  DATE OF NEXT MEETING

Tuesday 1 December 2026 at 6.00 pm.
"""

SOCIAL_WORK = """# Loch Arran Council

## Social Work Committee

Minutes of meeting held on Thursday 14 May 2026 at 10.00 am in the Council Chambers, Arranford.

**Present:** Councillor Morag Baird (Convener), Councillors Dunn, Fraser, Lamont and Reid.

### 5. KINSHIP CARE ALLOWANCES

There was submitted a report by the Chief Social Work Officer on the allowances paid to kinship carers. The report
proposed that the weekly allowance for a child aged 5 to 10 be increased from £102.40 to £139.00, with equivalent
increases for other ages.

**Decision**

The Committee agreed:-

(1) to approve the revised allowance rates set out in the appendix to the report, with effect from 1 August 2026;
and

(2) to refer the unfunded balance of £88,000 to the Finance Committee.
"""

PANEL = """<html><body><h1>Hartfell and Oxley Police and Crime Panel</h1>
<p>Minutes of the meeting held on Wednesday 8 July 2026 at 2.00 pm, Shire Hall, Hartfell.</p>
<p><b>Present:</b> Cllr Ruth Ambler (Chair), Cllr Dev Sandhu, Cllr Peter Lowe, Mrs Anne Carver (independent member).</p>
<h2>HOP/26/08 Proposed appointment of Deputy Police and Crime Commissioner</h2>
<p>The Panel held a confirmation hearing for the proposed appointment of Mr Daniel Ogden as Deputy Police and Crime
Commissioner. Mr Ogden answered questions on his experience and on how he would divide his time between the
Commissioner's office and his other work. The proposed salary was £52,500 a year for a three-day week.</p>
<p><b>Decision:</b> The Panel recommends that Mr Daniel Ogden be appointed as Deputy Police and Crime Commissioner.</p>
<h2>HOP/26/09 Police and Crime Plan performance</h2>
<p>The Commissioner reported that 91% of 999 calls had been answered within 10 seconds.</p>
</body></html>"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"brantwick-district-council-housing-and-communities-committee-2026-10-06.txt": HOUSING,
             "loch-arran-council-social-work-committee-2026-05-14.md": SOCIAL_WORK,
             "hartfell-and-oxley-police-and-crime-panel-2026-07-08.html": PANEL}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("brantwick hmo licensing - whats the licence fee going to be", "£715"),
    ("how many long term empty homes are there in brantwick district", "437"),
    ("brantwick housing cttee - what rent rises are tenants being consulted on", "4.5%"),
    ("hartfell police and crime panel - what's the new deputy pcc getting paid", "£52,500"),
    ("loch arran - did the cttee agree to bump up the kinship carers' allowances? from when", "1 August 2026"),
])
def test_a_figure_asked_in_everyday_words_is_given(papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer


def test_a_change_in_a_sum_is_not_asked_as_a_sum() -> None:
    assert not asks_money("what rent rises are tenants being consulted on")
    assert not asks_money("what fee increase did the board agree")
    assert asks_money("what rent are tenants paying now")
    assert asks_money("what fee will the hall charge")
