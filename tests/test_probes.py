"""Probes: questions written from a store's own papers (``minutebook probes``), scored by ``minutebook eval``.

A fictional parish council's minutes are ingested with the real model; the probes are read from the store's
catalogue, written in the evaluation format and scored through the same harness as any question set: each asks what
the parse read (who chaired, who sent apologies, who declared, what was decided on each item), and routine items
("Minutes", "Apologies") are asked of by their own probes only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from evals.harness import headline, run_eval
from evals.probes import council_of, probes
from evals.questions import load_questions
from index.embedder import Embedder
from ingest.catalogue import Catalogue
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPER = """WENBURY PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Monday 14 April 2025 at 7.30pm in the Village Hall

Present: Cllr Hazel Crane (Chair), Cllr Ivor Dent, Cllr June Ellis

25/40 APOLOGIES
Apologies were received from Cllr Karl Finch and Cllr Lena Gray.

25/41 DECLARATIONS OF INTEREST
Cllr Dent declared an interest in minute 25/44 as a member of the allotment society.

25/42 MINUTES
The minutes of the meeting held on 10 March 2025 were approved as a correct record.

25/43 VILLAGE HALL HEATING
The clerk reported that the boiler had failed its service. RESOLVED – that a new boiler be fitted by Warmway Ltd \
at a cost of £4,350.

25/44 ALLOTMENT RENTS
RESOLVED – that allotment rents stay at £35 a plot for 2025/26.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"wenbury-parish-council-2025-04-14.txt": PAPER}) as opened:
        yield opened


def _probes(parish: Minutebook) -> list[dict[str, object]]:
    with Catalogue(parish.settings.catalogue_path) as catalogue:
        return probes(catalogue.parsed_documents())


def test_probes_ask_what_the_parse_read_and_leave_routine_items_to_their_own(parish: Minutebook) -> None:
    found = _probes(parish)
    asked = [str(q["question"]) for q in found]
    assert "who chaired the Wenbury Parish Council in April 2025?" in asked, asked
    assert any(a.startswith("who sent apologies") for a in asked)
    assert any(a.startswith("who declared an interest") for a in asked)
    decided = [a for a in asked if " decide about " in a]
    assert len(decided) == 2 and any("village hall heating" in a for a in decided), decided
    assert not any("minutes" in a.split(" decide about ")[-1] for a in decided)  # a routine item
    apologies = next(q for q in found if str(q["question"]).startswith("who sent apologies"))
    assert apologies["expected"]["facts"] == ["Finch", "Gray"]  # type: ignore[index]


def test_probes_are_a_question_set_the_answerer_answers(parish: Minutebook, tmp_path: Path) -> None:
    path = tmp_path / "probes.jsonl"
    path.write_text("".join(json.dumps(q) + "\n" for q in _probes(parish)), encoding="utf-8")
    assert len(load_questions(path)) == 5
    figures = headline(run_eval(parish, path, include=["minutebook"]))
    assert figures["citation_hit"] == 1.0 and figures["fact_recall"] == 1.0, figures


def test_the_council_is_named_from_the_file_where_the_minutes_do_not_name_it() -> None:
    from minutebook.model import Meeting

    meeting = Meeting(committee="Planning Committee", date="2025-04-14")
    assert council_of("papers/eastmere-county-council-planning-committee-2025-04-14.txt", meeting) == \
        "eastmere county council"
