"""Attendance asked of a body named in full, as its papers' heading names it: the words of its name are where, not
whom ("nhs kelderby clinical commissioning group": not the "Clinical Chair" line of the record), and "did dr hale make
the ... meeting" asks whether she came."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """Kelderby CCG Governing Body Meeting in Public
Held on 9th February 2022 via Microsoft Teams
CONFIRMED
Present:
Dr Omar Vance OV Clinical Chair
Dr Lucy Pryce LP Governing Body GP
Karen Holt KH Chief Finance Officer
Peter Ames PA Lay Member for Governance
Apologies:
Dr Sian Hale SH Governing Body GP
Marcus Tilby MT Director of Public Health
In attendance:
Jo Rendell JR Minute Taker

GBP/21/101 Welcome, Apologies and Quoracy
The Chair welcomed members. Apologies were noted as above. The meeting was quorate.

GBP/21/102 Declarations of Interest
No declarations of interest were made.

GBP/21/103 Winter Pressures
The Chief Finance Officer reported that 14 additional community beds had been funded until March 2022.
RESOLVED: The Governing Body NOTED the winter pressures report.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"kelderby-ccg-governing-body-2022-02-09.txt": MINUTES}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_apologies_to_a_body_named_in_full_are_the_records_apologies(board: Minutebook) -> None:
    answer = board.ask("who sent apologies to nhs kelderby clinical commissioning group governing body meeting in "
                       "public")
    assert answer.found and "Hale" in answer.answer and "Tilby" in answer.answer
    assert "Vance" not in answer.answer


@pytest.mark.parametrize("question", ["did dr hale make the kelderby ccg governing body meeting",
                                      "did the chair miss the march meeting?"])
def test_did_someone_make_the_meeting_asks_whether_they_came(board: Minutebook, question: str) -> None:
    assert cue_intents(question).get(Intent.ATTENDANCE, 0) >= 0.8
    assert Intent.ATTENDANCE not in cue_intents("did they make the decision at the march meeting")
    answer = board.ask("did dr hale make the kelderby ccg governing body meeting")
    assert answer.found and "Hale" in answer.answer and "Apologies" in answer.answer
