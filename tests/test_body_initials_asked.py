"""A question naming the body by its initials in capitals ("Harwell MD", "the JWC", "the OSC"): initials of the
committee's or council's name say where, like its name, and are not a thing the answer's item must print (as "ADHD"
or "CCTV" would be), even where other papers print the same letters as codes of their own ("MD/2021/14").

The papers are written for the test (fictional councils), ingested with the real model into a real store and asked
through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

DISTRICT = """HARWELL COUNTY COUNCIL
MEETING OF THE MEMBERS OF THE HARWELL MUNICIPAL DISTRICT

Minutes of the meeting held on Monday 8 April 2019 at 3.00pm in the Civic Offices, Harwell

Present: Cllr. Sean Doyle (Cathaoirleach), Cllr. Mary Quinn, Cllr. Pat Ryan.

M.30/19  LOCAL IMPROVEMENT SCHEMES 2019
The Area Engineer reported that the allocation for local improvement schemes in 2019 was EUR 412,000, covering
23 lanes.
On the proposal of Cllr. Quinn, seconded by Cllr. Ryan, the members approved the schemes as presented.
"""

WASTE = """# Dunley and Marsh Joint Waste Committee

Minutes of the meeting held on Wednesday 10 March 2021 at 10.00am, held remotely.

**Present:** Councillors Ann Lowe (Chair), Raj Patel and Tom Birch.

## 12. Trade waste charges 2021/22

The Commercial Manager set out the charges for trade waste sacks.

**AGREED:** That trade waste sacks be charged at £2.10 each from 1 April 2021.
"""

SCRUTINY = """<html><body><h1>Wyre Vale Borough Council</h1><h2>Overview and Scrutiny Committee</h2>
<p>Minutes of the meeting held on Tuesday 6 July 2021 at 6.00 pm, Town Hall</p>
<p><strong>Present:</strong> Councillors Jo Fell (Chair), Amir Khan and Bea Holt.</p>
<h3>7. Leisure centre contract</h3>
<p>Members questioned the Portfolio Holder about the leisure centre operator's losses of £640,000 in 2020/21.</p>
<p><strong>Resolved:</strong> that the Cabinet be asked to review the operator's contract by December.</p>
</body></html>"""


# another council's papers print the same letters as codes of their own: the letters are printed, so read as a thing
ELSEWHERE = """# Ostley Combined Authority

## Cabinet

Minutes of the meeting held on Thursday 2 September 2021 at 2.00pm, Ostley House.

**Present:** Mayor Kit Barnes (Chair), Councillors Ed Vane and Lyn Shore.

### C/21/40 Decisions taken since the last meeting

The Cabinet noted Mayoral decision MD/2021/14 on bus shelters, officer report JWC/21/2 on the waste transfer
station, and the referral OSC/21/6 on the skills budget.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"harwell-county-council-harwell-municipal-district-2019-04-08.txt": DISTRICT,
             "dunley-and-marsh-joint-waste-committee-2021-03-10.md": WASTE,
             "wyre-vale-borough-council-overview-and-scrutiny-committee-2021-07-06.html": SCRUTINY,
             "ostley-combined-authority-cabinet-2021-09-02.md": ELSEWHERE}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("harwell MD local improvement schemes 2019 - how much was allocated?", "412,000"),
    ("what did the dunley JWC set trade waste sacks at?", "£2.10"),
    ("what did the wyre vale OSC ask cabinet to do about the leisure centre contract?", "review the operator"),
])
def test_a_body_named_by_its_initials_is_where_not_what(papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer
