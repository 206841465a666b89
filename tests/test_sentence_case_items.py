"""Unnumbered minutes whose clerk titles items in sentence case, each title alone on its line over the prose: where
known items' titles ("Apologies for absence", "Minutes of the previous meeting") stand so, every short line standing
so over the clerk's prose is an item's title ("Highways budget 2024/25", "Chairman's announcements"), not text of
the item above; and a sum given in the sentence after the one that names what it is of answers a question for it.

The paper is written for the test (a fictional drainage board, hard-wrapped plain text), parsed as ingest parses it
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook, parsed_meeting

BOARD = """FENWICK LEVELS INTERNAL DRAINAGE BOARD

Minutes of the meeting of the Board held at the Pumping Station Offices,
Dyke Lane, Fenwick on Tuesday 11 March 2025 at 2.00 pm


Members present

Mr Robert Ashdown (Chairman), Mrs Lydia Broom, Mr Peter Cawood and
Mrs Ann Dimmock.


Apologies for absence

Apologies were received from Mr Simon Eade.


Minutes of the previous meeting

The minutes of the meeting held on 10 December 2024 were approved as a
correct record and signed by the Chairman.


Chairman's announcements

The Chairman thanked the pump attendants for their work during the
January floods, when the Dyke Lane station ran continuously for nine days.


Drainage rates 2025/26

The Finance Officer presented the estimates for 2025/26. The special levy
on the district council would be £412,600, an increase of 4.5 per cent.
The drainage rate on agricultural land was proposed at 9.2p in the pound.

RESOLVED - That the drainage rate for 2025/26 be set at 9.2p in the pound.


Water Level Management Grant Scheme - annual report

Mrs Broom took no part in this item.

The Operations Manager reported on the Water Level Management Grant
Scheme (WLMGS), which the Environment Agency had extended to 2026. Over
the year the Board had approved 31 projects with grants totalling
£286,000, most of them for culvert and sluice repairs.

RESOLVED - That the report be noted.


Date of next meeting

The next meeting will be held on Tuesday 10 June 2025 at 2.00 pm.
"""


def test_the_clerks_sentence_case_titles_are_items(tmp_path: Path) -> None:
    titles = [i.title for i in parsed_meeting(tmp_path, BOARD).items]
    assert "Chairman's announcements" in titles and "Drainage rates 2025/26" in titles
    assert "Water Level Management Grant Scheme - annual report" in titles
    previous = next(i for i in parsed_meeting(tmp_path, BOARD).items if i.title == "Minutes of the previous meeting")
    assert "special levy" not in previous.text  # the next items' text is theirs, not the minutes'


def test_a_list_after_a_lead_in_stays_the_items_text(tmp_path: Path) -> None:
    listed = BOARD.replace("The Chairman thanked the pump attendants",
                           "The Chairman reported on:\n\nRepairs to the sluice gates at the pumping station\n\n"
                           "The Chairman thanked the pump attendants")
    titles = [i.title for i in parsed_meeting(tmp_path, listed).items]
    assert "Chairman's announcements" in titles
    assert "Repairs to the sluice gates at the pumping station" not in titles


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"fenwick-levels-idb-board-meeting-2025-03-11.txt": BOARD}) as opened:
        yield opened


def test_a_sum_in_its_own_item(board: Minutebook) -> None:
    answered = board.ask("whats the special levy on the district council for 2025/26?")
    assert answered.found and "£412,600" in answered.answer
    assert {c.item_title for c in answered.citations} == {"Drainage rates 2025/26"}


def test_a_sum_in_the_sentence_after_its_subject(board: Minutebook) -> None:
    answered = board.ask("how many wlmgs projects did the fenwick board approve and how much grant")
    assert answered.found and "31 projects" in answered.answer and "£286,000" in answered.answer


def test_a_sum_after_another_subject_is_not_it(board: Minutebook) -> None:
    assert not board.ask("how much grant did the fenwick board give the pump attendants?").found
