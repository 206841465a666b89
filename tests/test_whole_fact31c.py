"""Which meeting and the whole fact (class 31c): a meeting to come that a later meeting announces beside its next
ordinary one, the rest of a count with when it is due, and a sentence a page break cut before its figure.

- a meeting called out of the cycle ("a special meeting for the ... hearing", "an extraordinary meeting to consider
  the consultation responses", "an additional meeting ... to consider the draft plan"), announced in a later
  meeting's next-meeting item beside the next ordinary meeting, and asked by its business ("when's the special mtg for
  the irmp responses"): that sentence of the later meeting's item, not the earlier meeting's next-meeting date (the
  earlier meeting, which spoke of the business, is the best hit); "special", "extraordinary", "additional" and "extra"
  name the one kind of meeting; the next ordinary meeting is still answered with its own date;
- a count given as part of a whole ("18 of the 24 on-call firefighters had been appointed", "Of the 12 ... 9 had been
  installed", "£84,000 of the £120,000 grant had been spent"), asked how many or how much: the sentence after it on
  the rest ("The remaining six were expected to complete their initial training by November 2036", "The other three
  would be fitted by ...", "The balance of £36,000 would be spent by ...") is part of the answer; a sentence after the
  figure on something else is not; so too where a council web page keeps the account apart from the decision;
- a sentence cut by a page break, with the running footer between, before the figure, sum or date it goes on with
  ("... would be lowered from" / footer / "40 mph to 30 mph ...", "at a cost of" / footer / "£14,860 plus VAT",
  "would begin on" / "Page 2 of 4" / "3 March 2037 ..."): one sentence again, so the new figure is quoted; a page
  that ends on a whole line (a heading, a name) is not run on into the next.

Papers in tests/fixtures/whole-fact-31c/ (a fire authority's two meetings as council HTML, a parish council's two
meetings as text extracted from PDF with running footers, a Scottish valuation joint board's two meetings as
markdown, a combined authority's committee as a ModernGov page whose account of an item is kept apart from its
decision), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.page_breaks import without_page_furniture
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "whole-fact-31c"


papers = papers_fixture(PAPERS)


def cited_dates(answer: object) -> set[str]:
    return {c.meeting_date.isoformat() for c in answer.citations}  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------- a meeting out of the cycle


def test_a_special_meeting_announced_beside_the_next_ordinary_one(papers: Minutebook) -> None:
    for question in ("fellhaven fire - when's the special meeting on the IRMP consultation responses",
                     "date of the extraordinary mtg for the risk management plan consultation responses?",
                     "the extra fire authority meeting for the IRMP consultation responses - when is it?"):
        answer = answered(papers, question, ["9 September 2036"], ["16 October"])
        assert cited_dates(answer) == {"2036-07-24"}, (question, answer.answer)


def test_an_additional_meeting_asked_as_the_extra_one(papers: Minutebook) -> None:
    for question in ("great oxley - when's the extra meeting about the neighbourhood plan?",
                     "when is the additional parish council meeting on the draft neighbourhood plan",
                     "neighbourhood plan special meeting - what date?"):
        answer = answered(papers, question, ["27 April 2036"], ["11 May"])
        assert cited_dates(answer) == {"2036-04-13"}, (question, answer.answer)


def test_a_special_meeting_announced_after_the_next_ordinary_one(papers: Minutebook) -> None:
    for question in ("strathmory vjb - date of the special mtg for the auditor's report?",
                     "when is the joint board's extraordinary meeting on the external audit annual report",
                     "external auditor's annual report - when is the special meeting to receive it"):
        answer = answered(papers, question, ["3 March 2037"], ["21 April"])
        assert cited_dates(answer) == {"2037-01-20"}, (question, answer.answer)


def test_the_next_ordinary_meeting_is_still_its_own(papers: Minutebook) -> None:
    answered(papers, "fellhaven fire authority - when is the next ordinary meeting", ["16 October 2036"])
    answered(papers, "strathmory valuation joint board next meeting date?", ["21 April 2037"])
    answered(papers, "when does great oxley parish council next meet", ["11 May 2036"])


# ----------------------------------------------------------------------------- the rest of a count


def test_the_rest_of_a_count_with_when_it_is_due(papers: Minutebook) -> None:
    answered(papers, "how many of the 24 on-call firefighters have fellhaven taken on?",
             ["18 of the 24", "November 2036"])
    answered(papers, "fellhaven on-call recruitment campaign - number appointed so far?",
             ["18 of the 24", "November 2036"])
    answered(papers, "great oxley led street lights - how many replaced so far?", ["9 had", "end of May 2036"])
    answered(papers, "how many of the new street lights have been put up in great oxley", ["9 had", "end of May 2036"])
    answered(papers, "how much of the digital records grant has the assessor spent?",
             ["£84,000", "31 March 2037"])
    answered(papers, "strathmory digital records grant - amount spent to date", ["£84,000", "31 March 2037"])
    # an account a council web page keeps apart from the item's decision ("Decision: The Committee noted ...")
    answered(papers, "kelbourne bus shelter renewal - how many shelters replaced so far?",
             ["140 of the 220", "June 2037"])
    answered(papers, "how many of the bus shelters has the combined authority renewed", ["140 of the 220", "June 2037"])


def test_a_sentence_on_something_else_is_not_the_rest(papers: Minutebook) -> None:
    answered(papers, "how many fellhaven stations held open days", ["14 stations"], ["thanked the crews"])
    answered(papers, "great oxley allotments - how many on the waiting list", ["4 names"])


# ----------------------------------------------------------------------------- a sentence cut by a page break


def test_a_figure_after_a_page_break_is_the_sentence_s(papers: Minutebook) -> None:
    for question in ("sandpit lane speed limit - what's it changing to?",
                     "great oxley: how did the sandpit lane speed limit change",
                     "new speed limit on sandpit lane?"):
        answered(papers, question, ["40 mph to 30 mph"])


def test_a_sum_after_a_page_break_is_the_resolution_s(papers: Minutebook) -> None:
    for question in ("how much is the pavilion roof repair costing great oxley",
                     "pavilion roof - which quote did they accept and for how much?",
                     "cost of the pavilion roof repairs?"):
        answered(papers, question, ["£14,860"])


def test_a_date_after_a_page_break_is_the_sentence_s(papers: Minutebook) -> None:
    for question in ("when do the kirkbrae house car park resurfacing works start?",
                     "strathmory - staff car park resurfacing start date",
                     "kirkbrae house car park - when does the resurfacing begin?"):
        answered(papers, question, ["3 March 2037"])


def test_a_page_that_ends_on_a_whole_line_is_not_run_on() -> None:
    footer = ["Great Oxley Parish Council - 09.03.36          Page 1 of 3"]
    # a sentence cut before its figure, its sum, its date, or lower case: one paragraph again
    for before, after in ((["the speed limit would be lowered from"], ["40 mph to 30 mph from 1 June."]),
                          (["the quotation was accepted at a cost of"], ["£14,860 plus VAT."]),
                          (["the works would begin on"], ["3 March 2037 and take six weeks."]),
                          (["the Clerk would write to the"], ["landowner about the hedge."])):
        assert without_page_furniture([before, footer, after]) == [before + after], (before, after)
    # a heading, a line of names, a closed sentence: the next page starts anew
    for before, after in ((["36/27 FINANCE"], ["12 members of the public were present."]),
                          (["Present: Cllr A Brown, Cllr C Dean, Cllr E Frost"], ["2 APOLOGIES"]),
                          (["The report was noted."], ["£3,412.18 of payments were approved."]),
                          (["Members asked about the works"], ["The Clerk said they were booked."])):
        assert without_page_furniture([before, footer, after]) == [before, after], (before, after)
