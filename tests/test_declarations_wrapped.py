"""A declaration whose sentence a plain-text paper breaks onto the next line, though the next word would have fitted
("... as a director of Corrow" / "Leisure. She remained ..."): the declaration is the whole sentence, not the line, so
what the interest is comes back in full ("a director of Corrow Leisure"); so too a title in brackets broken across the
lines before its dash.

Paper in tests/fixtures/declarations-wrapped/, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "declarations-wrapped"
PAPER = PAPERS / "corrow-vale-borough-council-scrutiny-committee-2026-02-18.txt"


papers = papers_fixture(PAPERS)


def test_a_wrapped_declaration_is_read_whole() -> None:
    declared = {d.member: d for d in parse_file(PAPER).meetings[0].declarations}
    assert declared["Lowther"].text.endswith("as a director of Corrow Leisure.")
    assert declared["Lowther"].item == "SC.64"
    # a bracketed title broken across the lines, the next line opening with its dash
    assert "(Housing Repairs - Contractor Performance) as a tenant of the Council." in declared["Quilter"].text
    assert declared["Quilter"].item == "SC.65"


def test_the_interest_asked_comes_back_in_full(papers: Minutebook) -> None:
    answer = papers.ask("anyone declare an interest at corrow vale scrutiny in feb 2026?")
    assert answer.found
    said = " ".join(answer.answer.split())
    assert "director of Corrow Leisure." in said
    assert "as a tenant of the Council" in said
