"""Who was there, who had which role, who declared what and why, asked in everyday words, over fictional papers
written for this test (tests/fixtures/people-roles-22c):

- a seat at the meeting filled for an absent member ("X was away; who took his seat?"): the substitute the minutes
  record, not a vacancy on the council;
- members who came in late or left early, asked as people put it ("wandered in just after the start", "leave the ...
  meeting early");
- an interest by the kind the codes of conduct name ("a pecuniary stake to flag"), why it was declared where the
  minutes say "The reason being that ..." in the sentence after the one naming the member, and whether the member
  could or did take part ("despite her old trust board seat": a board she sat on, not the meeting asked about);
- apologies sent in the older word ("did X send regrets");
- a Welsh council's bilingual record: a "Yn Bresennol / Present" heading over a table whose role column reads
  "Cadeirydd / Chair", cited by its heading as printed, both halves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "people-roles-22c"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize(("question", "intent"), [
    ("cllr brill was absent from the urgency sub-committee; who took his seat?", Intent.ATTENDANCE),
    ("two councillors wandered in just after the 7.30pm start - who?", Intent.ATTENDANCE),
    ("did anybody leave the brookfold parish council meeting early in march", Intent.ATTENDANCE),
    ("did the two directors send their regrets", Intent.ATTENDANCE),
    ("which councillor had a pecuniary stake to flag, and on which item", Intent.DECLARATION),
    ("did cllr orr take part in the vote on the hall grant", Intent.DECLARATION),
])
def test_asked_in_everyday_words(question: str, intent: Intent) -> None:
    intents = cue_intents(question)
    assert intents.get(intent, 0) >= max(intents.values(), default=0) and intent in intents, intents


@pytest.mark.parametrize("question", [
    "who filled the seat left vacant when cllr jones resigned",  # a casual vacancy, no one away from a meeting
    "who took part in the consultation on the licensing policy",  # not a member joining in despite an interest
])
def test_not_read_as_a_meeting_record(question: str) -> None:
    intents = cue_intents(question)
    assert Intent.ATTENDANCE not in intents and Intent.DECLARATION not in intents, intents


def test_a_bilingual_record_is_read_with_its_role_column() -> None:
    meeting = parse_file(PAPERS / "dyffryn-teg-county-council-licensing-committee-2027-05-11.html").meetings[0]
    assert meeting.chair == "Morwenna Tudur"
    assert meeting.present[:2] == ["Morwenna Tudur", "Iestyn Garmon"]
    assert meeting.in_attendance == ["Nia Ellis", "Tegid Rowlands"]  # officers, their posts printed in both languages


@pytest.mark.parametrize(("question", "said", "cited"), [
    ("Councillor Brill was away from Ashcombe's policy urgency sub-committee in February; who took his seat?",
     ["Ames", "substitute for Councillor Brill"], "1"),
    ("brookfold pc march 2027: a couple of councillors wandered in just after the 7.30pm start - who, and when?",
     ["Hale (arrived at 7.34pm)", "Quist (arrived at 7.41pm)"], "BPC/101/27"),
    ("did anybody leave the brookfold parish council meeting early in march?", ["Yates (left at 8.50pm"],
     "BPC/101/27"),
    ("which brookfold councillor had a pecuniary stake to flag in march, and on which item?",
     ["S Pell", "BPC/107/27"], "BPC/103/27"),
    ("why did cllr orr flag the village hall grant at brookfold, and did he take part in the vote?",
     ["trustee of the Village Hall", "took no part"], "BPC/103/27"),
    ("why could cllr dunmore take part in the brookfold library room decision despite her old library trust board "
     "seat?", ["dispensation", "no longer a trustee"], "BPC/103/27"),
])
def test_asked_as_people_ask(asked: Minutebook, question: str, said: list[str], cited: str) -> None:
    answer = asked.ask(question)
    assert answer.found, answer.answer
    assert all(s in answer.answer for s in said), answer.answer
    assert any(c.minute == cited for c in answer.citations), [(c.minute, c.item_title) for c in answer.citations]


def test_who_chaired_a_bilingual_committee(asked: Minutebook) -> None:
    answer = asked.ask("who chaired the dyffryn teg licensing cttee in may")
    assert answer.found, answer.answer
    assert "Morwenna Tudur" in answer.answer
    titles = [c.item_title for c in answer.citations]
    assert any("Yn Bresennol / Present" in t for t in titles), titles  # the heading as printed, both halves
