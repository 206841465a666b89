"""Minutes of many councils, read and scored against hand-made truth by the shared scorer.

Two sets: the real minutes of other councils in the shared corpus, and ``fixtures/house-styles``: 31 papers
we wrote by hand, one per house style (fictional councils and people: district and county councils, parish,
town and community councils, Scottish and Welsh bilingual minutes, NHS and ICB boards, fire and police
bodies, combined authorities, school governors, licensing hearings, decision sessions), each with its truth
in ``expected.json`` (the ``notes`` of each entry say what the style tests); and ``fixtures/unmet-layouts``: 32
fictional papers in layouts the reader had not met (prose attendance, labels side by side, minutes kept as a table
of items, Part A / Part B, Scottish, Irish, Northern Irish and Welsh forms), truth in ``truth.json``; and
``fixtures/unmet-layouts2``: 34 more (modern.gov and CMIS HTML, <dl> headers, setext Markdown, dashed lists, Welsh
parallel columns, a merged two-column page, PDF page furniture, tables typed with spaces), truth in ``truth.json``.
The scorer checks, per paper, the meeting's date, committee, chair, who was present and sent apologies, every item,
each item's decision count, declarations and exempt flags. A floor, not a figure: the reading may only get better.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, REPO, SHARED

SCORER = SHARED / "tools" / "score-parse"
HOUSE_STYLES = REPO / "tests" / "fixtures" / "house-styles" / "expected.json"
UNMET_LAYOUTS = REPO / "tests" / "fixtures" / "unmet-layouts" / "truth.json"
UNMET_LAYOUTS2 = REPO / "tests" / "fixtures" / "unmet-layouts2" / "truth.json"
FLOOR = 0.95


def score(truth: Path) -> tuple[int, int, int, int, str]:
    """(papers understood, papers, checks holding, checks) as the shared scorer reports them, and its output."""
    if not SCORER.exists():
        pytest.skip("the shared scorer (../shared/tools/score-parse) is not present")
    done = subprocess.run(
        [sys.executable, str(SCORER), "-v", str(truth)], capture_output=True, text=True, timeout=600, cwd=REPO
    )
    assert not done.stderr.strip(), done.stderr  # it exits 1 when any check fails: the figure is what counts
    m = re.search(r"(\d+)/(\d+) papers understood; (\d+)/(\d+) structure checks hold", done.stdout)
    assert m, done.stdout
    understood, papers, held, checks = map(int, m.groups())
    return understood, papers, held, checks, done.stdout


@pytest.mark.parametrize(
    "truth",
    [CORPUS / "other-councils" / "truth.json", HOUSE_STYLES, UNMET_LAYOUTS, UNMET_LAYOUTS2],
    ids=["other-councils", "house-styles", "unmet-layouts", "unmet-layouts2"],
)
def test_minutes_of_many_councils_are_read(truth: Path) -> None:
    if not truth.exists():
        pytest.skip(f"{truth} is not present")
    understood, papers, held, checks, report = score(truth)
    assert understood == papers, report
    assert held / checks >= FLOOR, report
