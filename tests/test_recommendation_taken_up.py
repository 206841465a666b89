"""What became of a panel's recommendation to another body, asked of that body ("did harwick cabinet take up the
communities panel's recommendation on library hours"): the papers are the panel's, whose minutes recommend "TO
CABINET" and whose later recommendations tracker says what the Cabinet did. The cabinet named is a body the minutes
speak of, not a meeting the papers must hold; a cabinet they never speak of is still one the papers do not hold. The
papers are written for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE = """<html><body>
<h1>Harwick District Council</h1>
<h2>Communities Scrutiny Panel - Wednesday, 11 June 2025 6.30 pm</h2>
<p>Present: Councillor L. Baines (Chair), Councillors Coker, Dutt and Earle.</p>
<h3>9. Library Service Review</h3>
<p>The Head of Culture presented the draft library service review, which proposed shorter opening hours at four
branch libraries.</p>
<p>Members felt that evening opening at Harwick Central Library should be kept for students and working people.</p>
<p>RESOLVED: That the Panel RECOMMENDS TO CABINET that late opening until 8pm on two evenings a week be kept at
Harwick Central Library.</p>
<h3>10. Allotment Waiting Lists</h3>
<p>The Panel noted that 212 people were waiting for an allotment plot.</p>
</body></html>
"""

OCTOBER = """<html><body>
<h1>Harwick District Council</h1>
<h2>Communities Scrutiny Panel - Wednesday, 8 October 2025 6.30 pm</h2>
<p>Present: Councillor L. Baines (Chair), Councillors Coker, Dutt and Earle.</p>
<h3>15. Recommendations Tracker</h3>
<p>The Panel noted the response to its recommendations:</p>
<table>
<tr><th>Minute</th><th>Recommendation</th><th>Response</th><th>Status</th></tr>
<tr><td>9 (11 Jun 25)</td><td>Keep late opening at Harwick Central Library</td><td>Accepted; Cabinet agreed on
2 September 2025 to keep late opening on Tuesdays and Thursdays</td><td>Completed</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "harwick-district-council-communities-scrutiny-panel-2025-06-11.html": JUNE,
            "harwick-district-council-communities-scrutiny-panel-2025-10-08.html": OCTOBER,
    }) as opened:
        yield opened


@pytest.mark.real_model
def test_what_the_body_sent_the_recommendation_did_is_the_trackers_row(panel: Minutebook) -> None:
    answer = panel.ask("did harwick cabinet take up the communities panel's recommendation on library late opening")
    assert answer.found, answer.answer
    assert "Tuesdays and Thursdays" in answer.answer, answer.answer
    assert any(c.meeting_date.isoformat() == "2025-10-08" for c in answer.citations)


@pytest.mark.real_model
def test_a_cabinet_the_minutes_never_speak_of_is_still_not_held(panel: Minutebook) -> None:
    answer = panel.ask("what did harwick cabinet decide about allotment waiting lists")
    assert not answer.found, answer.answer
