"""Minutes hard-wrapped just before a sum or an aside: "... to Greenway Landscapes Ltd for two years" over "(2026 to
2027) at £14,260 per year.", "... in 2024/25 had been" over "£41,300, below the budget". The line carries on the
sentence above (no entry of a list opens with a sum, nor with an aside the sentence goes on after), so the resolution
keeps its sum and the sentence its figure; an aside standing on its own line ("(Cllr Pickford left the room.)") stays
apart. Papers in tests/fixtures/wrapped-before-sums/, written for these tests (one markdown, one plain text)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file
from ingest.readers.paragraphs import filled
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "wrapped-before-sums"


def items(name: str) -> dict[str, tuple[str, list[str]]]:
    """The paper's items by title: their text and their resolutions' texts."""
    doc = parse_file(PAPERS / name)
    return {it.title: (it.text, [r.text for r in it.resolutions]) for m in doc.meetings for it in m.items}


def test_a_resolution_wrapped_before_its_aside_keeps_its_sum() -> None:
    text, resolutions = items("pennock-vale-town-council-2025-10-13.md")["Grounds maintenance contract"]
    assert any("Greenway Landscapes Ltd for two years (2026 to 2027) at £14,260 per year" in r for r in resolutions), \
        resolutions
    assert "\n(Cllr Pickford left the room.)" in text, text  # an aside on its own line is its own


def test_a_sentence_wrapped_before_its_sum_is_one_sentence() -> None:
    text, _ = items("pennock-vale-town-council-2025-10-13.md")["Market hall roof"]
    assert "in 2024/25 had been £41,300, below the budget" in text, text
    text, _ = items("scarrow-parish-council-2025-11-04.txt")["Bus shelter"]
    assert "from Shelterline Ltd (glazed, with seat) at £6,980" in text, text


def test_what_opens_a_line_of_its_own_is_not_carried_on() -> None:
    assert filled("Income in 2024/25 had been", "£41,300, below the budget.", None)
    assert filled("to Greenway Landscapes Ltd for two years", "(2026 to 2027) at £14,260 per year.", None)
    assert not filled("Members noted the report", "(Cllr Pickford left the room.)", None)  # an aside alone
    assert not filled("Officers were asked to consider three options", "(c) close the car park", None)  # a list's
    assert not filled("Grounds Maintenance", "£14,260 for 2026", None)  # under a heading, not mid-sentence


papers = papers_fixture(PAPERS)


def test_the_sum_of_a_wrapped_resolution_is_answered(papers: Minutebook) -> None:
    answer = papers.ask("pennock vale - who won the grounds maintenance contract and how much a year")
    assert answer.found, answer.answer
    assert "Greenway Landscapes" in answer.answer and "£14,260" in answer.answer, answer.answer
