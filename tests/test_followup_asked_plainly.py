"""Whether something a meeting asked for was done, asked in everyday words without "yet": "they said to send it in
March - did it go out?", "did it happen?", "did it get done?". The question is a follow-up: answered from where the
matter stands (a later action log's "Sent on 4 April. Complete."), with its status, not with the decision that asked
for it.

The papers are written for the test (a fictional town council, two meetings, with an action log), ingested with the
real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """<html><body><h1>Penhallow Town Council</h1>
<p>Minutes of the meeting held on Monday 13 March 2023 at 7.00pm in the Town Hall</p>
<p><strong>Present:</strong> Councillors Ann Vose (Mayor), Tom Hext and Jen Pascoe.</p>
<h3>23/21 Bus services</h3>
<p>Members were concerned at the cut in the Sunday bus service to Penhallow.</p>
<p><strong>Resolved:</strong> that the Clerk write to Kernow Buses about the Sunday timetable.</p>
<h3>23/22 Parking consultation</h3><p>The draft parking leaflet was considered.</p>
<p><strong>Resolved:</strong> that the parking consultation leaflet be sent to every household on Fore
Street.</p>
<h3>23/23 Action log</h3>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
<tr>
<td>A23/04</td>
<td>Letter to Kernow Buses on Sunday timetable</td>
<td>Clerk</td>
<td>31 March 2023</td>
<td>Open</td></tr>
<tr>
<td>A23/05</td>
<td>Parking consultation leaflet to Fore Street households</td>
<td>Clerk</td>
<td>21 April 2023</td>
<td>Open</td></tr>
</table>
</body></html>"""

MAY = """<html><body><h1>Penhallow Town Council</h1>
<p>Minutes of the meeting held on Monday 8 May 2023 at 7.00pm in the Town Hall</p>
<p><strong>Present:</strong> Councillors Ann Vose (Mayor), Tom Hext and Jen Pascoe.</p>
<h3>23/40 Minutes and action log</h3><p>The minutes of the meeting held on 13 March 2023 were approved.</p>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Update</th><th>Status</th></tr>
<tr>
<td>A23/04</td>
<td>Letter to Kernow Buses on Sunday timetable</td>
<td>Clerk</td>
<td>Posted to the operator on 4 April 2023; reply awaited.</td>
<td>Closed</td></tr>
<tr>
<td>A23/05</td>
<td>Parking consultation leaflet to Fore Street households</td>
<td>Clerk</td>
<td>Delivered to all households on 18 April 2023.</td>
<td>Complete</td></tr>
</table>
<h3>23/41 Allotments</h3><p><strong>Resolved:</strong> that allotment rents be held at £30.</p>
</body></html>"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"penhallow-town-council-2023-03-13.html": MARCH, "penhallow-town-council-2023-05-08.html": MAY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("the letter to kernow buses they said to send in march - did it go out?", "4 April 2023"),
    ("penhallow parking consultation leaflet for fore street - did it happen?", "18 April 2023"),
    ("did the kernow buses letter get sent in the end?", "4 April 2023"),
])
def test_a_follow_up_asked_plainly_says_where_it_stands(town: Minutebook, question: str, said: str) -> None:
    answered = town.ask(question)
    assert answered.found and said in answered.answer, answered.answer
    assert answered.status == ActionStatus.COMPLETED, answered.answer
