"""The extractive answerer reads papers the way a clerk writes them: lead-ins with their lists, tables with their
heads, schedules by date, matters arising as commitments.

The paper here is written for the test (a fictional panel), so nothing is tuned to the shared corpus: it is
ingested with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from entry.compose import open_minutebook
from index.embedder import Embedder
from ingest.catalogue import Catalogue
from minutebook.settings import Settings
from service.core import Minutebook
from service.evidence import framed_sentences
from tests.conftest import ILSC, build_store, papers_minutebook

MINUTES = """HOUSING SCRUTINY PANEL
TUESDAY, 14TH MAY, 2024

Present:- Councillor Ferris (in the Chair); Councillors Abbott, Brennan and Dale.

11. MINUTES OF THE PREVIOUS MEETING HELD ON 2ND APRIL, 2024

Resolved:- That the minutes of the previous meeting held on 2nd April, 2024, be approved as a correct record.

Arising from Minute No. 7(2) (Damp and Mould), it was noted that the tenant survey results had been requested \
from the contractor. The matter would be pursued and circulated to Members when received.

12. REPAIRS PERFORMANCE

Consideration was given to a report on responsive repairs. Most repairs had been completed within target. \
Between April and March the completion of repairs was as follows:

\tTotal Jobs\tOn Time\t\tLate\t
Emergency\t4120\t4010\t97.3%\t110\t2.7%
Urgent\t6300\t5607\t89.0%\t693\t11.0%
Routine\t9810\t8142\t83.0%\t1668\t17.0%
All\t20230\t17759\t87.8%\t2471\t12.2%

The Panel's task group set out its recommendations:-

- That the repairs call centre publish its answer times each quarter
- That void properties be inspected within five working days of the keys being returned
- That tenants with a disability be offered a named repairs officer

Resolved:- That the report be noted.

13. WORK PROGRAMME

Consideration was given to the Panel's work programme for 2024/25.

Meeting Date\tAgenda Item\tPurpose
9 July\tHomelessness Strategy\tTo review the draft strategy.
\tAllocations Policy\tTo consider the consultation results.
\tWork Programme\tTo consider the work programme.
17 September\tTenant Satisfaction Measures\tTo receive the annual results.
\tWork Programme\tTo consider the work programme.

Resolved:- That the work programme be approved.
"""


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_lead_ins_frame_their_lists_and_tables() -> None:
    lines = framed_sentences(
        "The issues raised were:-\n- Waiting lists\n- Voids\nA new paragraph.\n"
        "Visits were as follows:\n\tTotal\tPhysical\nCIN\t10\t9\nAll\t20\t18\n"
        "2.10\tReoffending fell.\n2.11\tThe YJB figures are old."
    )
    by_text = {line.text: (n, line) for n, line in enumerate(lines)}
    lead = by_text["The issues raised were:-"][0]
    assert by_text["- Waiting lists"][1].lead == lead and by_text["- Voids"][1].lead == lead
    assert by_text["A new paragraph."][1].lead is None
    table = by_text["Visits were as follows:"][0]
    header = by_text["Total\tPhysical"][0]
    assert by_text["All\t20\t18"][1].lead == table and by_text["All\t20\t18"][1].header == header
    # one tab after a paragraph number is not a table
    assert not by_text["2.10\tReoffending fell."][1].row and by_text["2.11\tThe YJB figures are old."][1].lead is None


def test_offsets_are_verbatim() -> None:
    text = "Intro sentence here. Then:\n- one item\n\tA\tB\nx\t1\t2\n"
    for line in framed_sentences(text):
        assert text[line.start : line.end] == line.text


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "housing-minutes.txt": MINUTES,
    }) as opened:
        yield opened


def test_a_figure_in_a_table_is_answered_with_its_table(panel: Minutebook) -> None:
    answer = panel.ask("What proportion of repairs were done on time overall?")
    assert answer.found
    assert "87.8%" in answer.answer  # the All row
    assert "Total Jobs" in answer.answer  # said with the header that gives the figures their meaning
    assert {c.minute for c in answer.citations} == {"12"}
    assert all(_squash(c.quote) in _squash(MINUTES) for c in answer.citations)  # verbatim, up to white space


def test_a_lead_in_is_said_with_its_list(panel: Minutebook) -> None:
    answer = panel.ask("What did the task group recommend about void properties?")
    assert answer.found
    assert "inspected within five working days" in answer.answer
    assert "set out its recommendations" in answer.answer  # what the list entry is


def test_a_schedule_row_is_found_by_the_day_asked(panel: Minutebook) -> None:
    answer = panel.ask("What is on the work programme for the 9 July meeting?")
    assert answer.found
    assert "Homelessness Strategy" in answer.answer and "Allocations Policy" in answer.answer
    assert "Tenant Satisfaction Measures" not in answer.answer  # another meeting's rows


def test_a_matter_arising_whose_minute_is_not_in_the_papers_is_a_follow_up(panel: Minutebook) -> None:
    actions = panel.actions()
    arising = [a for a in actions if a.minute == "11"]
    assert len(arising) == 1 and "tenant survey results" in arising[0].text
    assert arising[0].status.value == "outstanding"
    answer = panel.ask("Did the tenant survey results we were waiting on ever arrive?")
    assert answer.found and answer.status is not None and answer.status.value == "outstanding"
    assert answer.citations[0].minute == "11"


def test_a_question_whose_words_are_not_in_the_papers_is_still_refused(panel: Minutebook) -> None:
    answer = panel.ask("How much did the council spend on grass cutting in 2023?")
    assert not answer.found and answer.citations == []


def test_a_hit_whose_meeting_the_catalogue_lacks_does_not_break_an_answer(
    tmp_path: Path, fake_embedder: Embedder
) -> None:
    """A removal takes a paper out of the catalogue before the index: a process killed in between (or a
    Chroma server written by another process) leaves index nodes whose meeting the catalogue lacks. The routes
    that read a hit's meeting pass over such a hit instead of failing the question."""
    minutes = ILSC / "ilsc-minutes-2018-09-18.md"
    store = build_store(tmp_path / "store", [minutes, ILSC / "ilsc-agenda-pack-2020-09-22.md"], fake_embedder)
    with Catalogue(store / "catalogue.sqlite3") as catalogue:
        assert catalogue.remove_document(minutes.name)
    with open_minutebook(Settings(store=store), fake_embedder) as mb:
        for question in ("What was resolved at the latest meeting?", "How has SEND provision changed over time?"):
            assert mb.ask(question).answer
