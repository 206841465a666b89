"""Who chaired a meeting whose minutes print no attendance record naming a chair: the line saying who opened it ("The
Leader of Wexmoor Council welcomed everyone to the meeting"), not a line of apologies that happens to name a chair of
another body ("Apologies were received from Harriet Lomax, Chair of the Wexmoor Chamber of Commerce"). One who opens a
meeting without presiding ("The Clerk welcomed members") says nothing of the chair; a record naming its chair
("Cllr P. Nakamura (Chair)") still answers.

Papers in tests/fixtures/chair-by-opening/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

from service.chair_taken import PRESIDED, present_part
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "chair-by-opening"


papers = papers_fixture(PAPERS)


def test_opening_words_read() -> None:
    assert PRESIDED.search("The Mayor welcomed everyone to the meeting.")
    assert PRESIDED.search("Cllr Hale opened the meeting at 7pm.")
    assert not PRESIDED.search("The Board welcomed the report.")
    assert not present_part("Apologies: Cllr Frome (Chairman)").strip()
    assert "Nakamura" in present_part("Present: Cllr P. Nakamura (Chair)\nApologies: Cllr T. Wren (Vice-Chair)")
    # a record run into one line: the chair named before the apologies chaired
    assert "Chair" in present_part("Mr B Kerr in the Chair 12 Apologies for absence were intimated for Ms Roy.")


def test_who_opened_the_meeting_chaired_it(papers: Minutebook) -> None:
    answer = papers.ask("who chaired the wexmoor economic partnership board in june 2024?")
    assert answer.found
    assert "Leader of Wexmoor Council welcomed everyone" in answer.answer
    assert "Lomax" not in answer.answer  # sent apologies: not the chair


def test_a_clerks_welcome_does_not_say_who_chaired(papers: Minutebook) -> None:
    answer = papers.ask("who was in the chair at kelby parish council in march 2024?")
    assert not answer.found or "Frome" not in answer.answer


def test_a_record_naming_its_chair_still_answers(papers: Minutebook) -> None:
    answer = papers.ask("who chaired ormsby planning committee in april 2024?")
    assert answer.found and "Nakamura" in answer.answer
