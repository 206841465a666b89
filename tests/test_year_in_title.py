"""A figure asked of a financial year, where the item's title names the year ("Performance report - Quarter 4 2020/21",
"Treasury management outturn 2019/20") and its text gives the figures without repeating it (or names only last
year's for comparison). The figures are of the year the title names.

The papers are written for the test (fictional councils, several formats), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

WASTE = """<html><body><h1>Orrell and Bickley Waste Partnership</h1><h2>Joint Committee</h2>
<p>Minutes of the meeting held on Wednesday 7 December 2022 at 2.00pm, Orrell Civic Centre</p>
<p><strong>Present:</strong> Councillors Amy Platt (Chair), Joe Nairn and Rita Singh.</p>
<h3>14. Quarterly performance report Q2 2022/23</h3>
<p>The Contract Manager presented the report for July to September.</p>
<ul><li>Household recycling and composting: 47.6% (same quarter last year: 45.1%).</li>
<li>Fly-tipping incidents: 312.</li></ul>
<p><strong>Resolved:</strong> that the report be noted.</p>
</body></html>"""

FINANCE = """# Colmere District Council

## Audit and Governance Committee

Minutes of the meeting held on Tuesday 28 July 2020 at 6.30pm, held remotely.

**Present:** Councillors Neil Pryor (Chair), Dee Hart and Om Rana.

### 21. Treasury management outturn 2019/20

The Chief Finance Officer reported that investment income had been £1.24 million, against a budget of £1.1 million,
and that external borrowing stood at £38 million at the year end.

**Resolved:** that the outturn report be noted.
"""

COMPLAINTS = """WYNDHAM VALE BOROUGH COUNCIL

Minutes of the meeting of the Standards Committee held on Thursday 9 June 2022 at 7.00pm, Town Hall

Present: Councillor Lee Grant (Chair), Councillors Fay Ward and Imogen Ross.

30. ANNUAL COMPLAINTS REPORT 2021/22

The Customer Services Manager reported that the Council had received 412 formal complaints, of which 38 went to
the second stage and 9 to the Ombudsman. Housing repairs were the largest single cause.

RESOLVED that the report be noted.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"orrell-and-bickley-waste-partnership-joint-committee-2022-12-07.html": WASTE,
             "colmere-district-council-audit-and-governance-committee-2020-07-28.md": FINANCE,
             "wyndham-vale-borough-council-standards-committee-2022-06-09.txt": COMPLAINTS}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("orrell and bickley recycling rate for q2 22/23?", "47.6%"),
    ("how much investment income did colmere get in 2019/20", "£1.24 million"),
    ("how many complaints did wyndham vale get in 21/22?", "412"),
])
def test_a_figure_of_the_year_an_items_title_names_is_answered(papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer


@pytest.mark.parametrize(("question", "said"), [
    ("fly tipping incidents q2 22/23 orrell and bickley", "312"),
    ("colmere external borrowing at year end 2019/20", "£38 million"),
])
def test_a_figure_asked_without_how_many_of_the_year_an_items_title_names_is_answered(
        papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer
