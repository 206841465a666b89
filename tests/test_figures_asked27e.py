"""Facts and figures asked in everyday words (class 27e): a figure asked by the word for one ("the band d number"), a
precept asked as the council tax's "element", a sum asked as a "ballpark", the press and public put out of a meeting
asked in everyday words, a body asked whether it was "ok with" a proposal (its decision), and a count of those who went
to a site visit ("how many went": "attended by 6 members"). Each refusal has a twin the papers do answer.

Papers in tests/fixtures/figures-asked-27e/ (a town council's full council, February 2034, and its planning
committee, February and March 2034), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "figures-asked-27e"


papers = papers_fixture(PAPERS)


def test_a_figure_asked_by_the_word_for_one(papers: Minutebook) -> None:
    answered(papers, "what band d number did orrinford settle on for 34/35?", ["£202.67"])
    assert not papers.ask("what band d number did orrinford settle on for 2031/32?").found


def test_a_precept_asked_as_the_council_tax_element(papers: Minutebook) -> None:
    answered(papers, "whats orrinford's element of the council tax for band d this time", ["£202.67"])


def test_a_word_typed_as_one_that_the_papers_print_as_two(papers: Minutebook) -> None:
    answered(papers, "ballpark price for the two playpark options?", ["£64,000", "£29,500"])
    answered(papers, "playpark options - ballpark price?", ["£64,000"])


def test_the_press_and_public_put_out_asked_in_everyday_words(papers: Minutebook) -> None:
    answered(papers, "orrinford full council feb 34 - were the press n public booted for the tanners lane land, under "
                     "what paragraph", ["paragraph 3"])
    answered(papers, "were residents & reporters asked to leave in february, what reason was minuted",
             ["financial or business affairs"])


def test_a_body_asked_whether_it_was_ok_with_a_proposal(papers: Minutebook) -> None:
    # the presentation shares the question's words; the resolution says whether the council was
    answered(papers, "was the council ok with the county opening the library on saturday afternoons and shutting it "
                     "wednesday mornings", ["supports", "without amendment"])


def test_how_many_went_to_a_site_visit(papers: Minutebook) -> None:
    # February deferred the application for the visit; March reports it
    answered(papers, "when was the members site visit to hallam quarry and how many went",
             ["4 March 2034", "6 members"])


def test_a_name_asked_of_a_role_no_one_holds(papers: Minutebook) -> None:
    assert not papers.ask("youth forum - named treasurer?").found
    answered(papers, "orrinford youth forum - named schools representative?", ["Mrs K Oyelaran"])
