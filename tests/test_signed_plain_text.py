"""A plain-text paper signed off with a line of underscores ("____________________" over "CHAIR") or set apart with a
row of asterisks is plain text, its columns aligned with spaces: the line is a signature's rule, not Markdown's
emphasis. Read as Markdown, the spaces lose their meaning, and an action sheet's columns ("LC 32   Revised draft
taxi licensing policy   B. Castle   22/01/2026") run together into a line of words.

The paper is written for the test (a district licensing committee, typed in plain text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.actions import track
from ingest.pipeline import parse_file
from ingest.readers.detect import detect_format
from minutebook.model import SourceFormat

PAPER = Path(__file__).parent / "fixtures" / "signed-plain-text" \
    / "harlow-moor-district-council-licensing-committee-2025-11-20.txt"


@pytest.mark.parametrize("rule", ["____________________", "********************", "**********"])
def test_a_rule_of_underscores_or_asterisks_is_no_markdown(rule: str) -> None:
    text = f"MINUTES OF THE MEETING\n\nMinute    Action    Officer\n\n{rule}\nCHAIR\n"
    assert detect_format(text.encode()) is SourceFormat.TEXT


@pytest.mark.parametrize("marked", ["**RESOLVED** that the report be noted.", "__Present:__ Cllr A"])
def test_emphasis_is_still_markdown(marked: str) -> None:
    assert detect_format(f"Minutes\n\n{marked}\n".encode()) is SourceFormat.MARKDOWN


def test_the_action_sheet_of_a_signed_paper_is_read_by_its_columns() -> None:
    register = track([parse_file(PAPER)])
    rows = [a for a in register if a.text == "Revised draft taxi licensing policy"]
    assert len(rows) == 1 and rows[0].owner == "B. Castle", [(a.text, a.owner) for a in register]
    # the decision's ask has the sheet's row as its word on it, the officer by name
    ask = next(a for a in register if "revised draft policy" in a.text)
    assert ask.evidence and "B. Castle" in ask.evidence[-1].quote
