"""Answers that quote the right text: a timeline with what each meeting heard and decided, a bullet point quoted
whole, a dated sentence for "when", a next-meeting resolution printed over wrapped lines, a month without a
year read in the year the question gives for another month, and a list printed a line an entry without bullets
read as its lead-in's.

The papers are a fictional town council's, written for the test, ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.evidence import framed_sentences
from service.facts import figure_first
from service.question_parts import question_parts
from tests.conftest import papers_minutebook

JULY_2021 = """MARLOWE TOWN COUNCIL
Minutes of the meeting of the Town Council held on Tuesday 13 July 2021 at 7.00 pm in the Guildhall

Present: Cllr A. Brennan (Mayor); Councillors Cole, Dunne and Ferris.

1. APOLOGIES FOR ABSENCE
Apologies for absence were received from Cllr H. Gower.

2. SKATE PARK
The Town Clerk reported that the skate park by the river had been closed after a survey found cracked ramps.
RESOLVED: That the Town Clerk obtain quotes for repairing the skate park ramps.

3. DATE OF NEXT MEETING
The next meeting will be held on Tuesday 12 October 2021.
"""

JULY_2022 = """MARLOWE TOWN COUNCIL
Minutes of the meeting of the Town Council held on Tuesday 12 July 2022 at 7.00 pm in the Guildhall

Present: Cllr J. Cole (Mayor); Councillors Brennan, Dunne and Gower.

1. APOLOGIES FOR ABSENCE
Apologies for absence were received from Cllr P. Ferris.

2. SKATE PARK
The Town Clerk reported that three quotes had been received for the skate park repairs.
RESOLVED: That the quote of £18,500 from Ramp Works Ltd be accepted for the skate park.

3. RIVERSIDE PATH
Members raised the poor lighting of the riverside path.
RESOLVED: That the Town Clerk circulate the lighting survey of the riverside path to members.

4. ALLOTMENTS
The allotments officer reported on the plots:
- 64 plots were let on 1 June 2022 (91%). A rise of six since last year. Across the county 78%
- The waiting list stood at 23 households
The allotment association's new water supply had been delayed. Work on the supply began in March 2022.

5. DATE OF NEXT MEETING
RESOLVED: (1) That it be noted that the meeting scheduled for Tuesday, 11th October,
2022 will not take place, and that an informal budget workshop will be held on
Tuesday, 18th October, 2022 instead.

(2) That the next meeting take place on Tuesday, 8th November, 2022.
"""

SEPTEMBER_2022 = """MARLOWE TOWN COUNCIL
Minutes of the meeting of the Town Council held on Tuesday 27 September 2022 at 7.00 pm in the Guildhall

Present: Cllr J. Cole (Mayor); Councillors Brennan, Dunne, Ferris and Gower.

1. SKATE PARK
The Town Clerk reported that the skate park had reopened on 3 September 2022 after the ramps were repaired.
RESOLVED: That a plaque thanking the skate park volunteers be installed.

2. JULY MEETING FOLLOW-UP
Members noted that in July the lighting of the riverside path had been raised.

3. RIVERSIDE LIGHTING
Further to Minute No. 3 of 12 July 2022, members asked about the lighting survey of the riverside path. The Town \
Clerk advised that the lighting survey had found 14 failed lamps and would be circulated in October 2022.

4. QUESTIONS FROM MEMBERS OF THE PUBLIC
Mrs. K. Moss, of the Riverside Residents Association, asked:-
"Residents have waited two years for the towpath to be resurfaced.
When will the towpath resurfacing be done, and who will pay for it?"
In response, the Town Clerk advised that the towpath resurfacing was booked for the spring of 2023.
"""

JULY_2023 = """MARLOWE TOWN COUNCIL
Minutes of the meeting of the Town Council held on Tuesday 11 July 2023 at 7.00 pm in the Guildhall

Present: Cllr J. Cole (Mayor); Councillors Brennan, Dunne, Ferris and Gower.

1. FINANCE
The Town Clerk presented the accounts for 2022/23; the reserves stood at £41,000.
RESOLVED: That the accounts for 2022/23 be approved.

2. WORK PROGRAMME
Items for the autumn: the allotments, the riverside path and the Christmas lights.

3. DATE OF NEXT MEETING
The next meeting will be held on Tuesday 10 October 2023.
"""

MAY_2023 = """MARLOWE TOWN COUNCIL
Minutes of the Annual Meeting of the Town Council held on Tuesday 16 May 2023 at 7.00 pm in the Guildhall

Present: Councillors Brennan, Cole, Dunne, Ferris and Gower.

1. ELECTION OF CHAIRMAN
Councillor J. Cole was elected Chairman of the Council until the Annual Meeting in May 2024.

2. DECLARATIONS OF INTEREST
Councillor P. Ferris declared an interest in item 3, Riverside Boathouse. The reason being that she is a trustee of \
the Marlowe Rowing Club. Councillor Ferris left the room for that item.

3. PLANNING APPLICATIONS
The Council considered the applications received:
- 23/0141/FUL - No objection
- 23/0150/HOUSE - Object, on grounds of overlooking
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "marlowe-minutes-2021-07-13.txt": JULY_2021,
            "marlowe-minutes-2022-07-12.txt": JULY_2022,
            "marlowe-minutes-2022-09-27.txt": SEPTEMBER_2022,
            "marlowe-minutes-2023-07-11.txt": JULY_2023,
            "marlowe-minutes-2023-05-16.txt": MAY_2023,
    }) as opened:
        yield opened


def test_a_timeline_has_one_line_per_meeting_with_what_was_heard_and_decided(town: Minutebook) -> None:
    answer = town.ask("What has happened with the skate park each time it came up?")
    assert answer.found
    lines = answer.answer.splitlines()
    assert [line.split(" — ")[0] for line in lines] == ["27 September 2022", "12 July 2022", "13 July 2021"]
    assert "reopened on 3 September 2022" in lines[0] and "plaque" in lines[0]  # heard, and decided
    assert "£18,500" in lines[1] and "three quotes" in lines[1]
    assert "cracked ramps" in lines[2] and "obtain quotes" in lines[2]
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == len(set(quotes))


def test_a_timeline_of_decisions_leaves_out_the_meeting_that_only_shares_a_word(town: Minutebook) -> None:
    answer = town.ask("What did we decide about the skate park each time, in 2021 and in 2022?")
    assert answer.found
    assert "£18,500" in answer.answer and "obtain quotes for repairing" in answer.answer
    assert "allotment" not in answer.answer.lower()


def test_a_bullet_point_is_quoted_whole(town: Minutebook) -> None:
    answer = town.ask("What share of allotment plots were let, compared with the county?")
    assert answer.found
    assert "- 64 plots were let on 1 June 2022 (91%). A rise of six since last year. Across the county 78%" in [
        c.quote for c in answer.citations]


def test_when_is_answered_by_the_sentence_that_gives_a_date(town: Minutebook) -> None:
    answer = town.ask("When did work on the allotment water supply start?")
    assert answer.found
    assert "began in March 2022" in answer.answer


def test_a_next_meeting_resolution_printed_over_wrapped_lines_is_read_whole(town: Minutebook) -> None:
    answer = town.ask("Is the October 2022 meeting still on?")
    assert answer.found
    flat = " ".join(answer.answer.split())
    assert "will not take place, and that an informal budget workshop will be held on Tuesday, 18th October" in flat
    assert "8th November, 2022" in flat


def test_a_month_without_a_year_takes_the_year_the_question_gives(town: Minutebook) -> None:
    answer = town.ask("How did what we heard about the skate park move on between the July and September 2022 "
                      "meetings?")
    assert answer.found
    dates = {c.meeting_date.isoformat() for c in answer.citations}
    assert dates == {"2022-07-12", "2022-09-27"}  # July 2022, not the latest July (2023)


def test_who_chaired_is_the_minute_that_elected_the_chairman_when_the_record_does_not_say(town: Minutebook) -> None:
    answer = town.ask("Who chaired the May 2023 meeting?")
    assert answer.found
    assert "Councillor J. Cole was elected Chairman" in answer.answer


def test_a_later_part_asking_how_long_does_not_make_the_answer_a_figure(town: Minutebook) -> None:
    answer = town.ask("Who did the council elect as chairman in May 2023, and for how long?")
    assert answer.found
    assert "until the Annual Meeting in May 2024" in answer.answer
    assert figure_first("How many plots were let, and who keeps the list?")
    assert not figure_first("Who did they elect as chairman, and for how long?")


def test_a_follow_up_with_nothing_in_the_register_since_quotes_what_a_later_minute_said(town: Minutebook) -> None:
    answer = town.ask("Have we had the lighting survey of the riverside path yet?")
    assert answer.found
    assert "circulate the lighting survey" in answer.answer  # what was asked for
    assert "14 failed lamps" in answer.answer  # and the later minute's word on it


def test_a_declaration_is_quoted_with_why_it_was_declared(town: Minutebook) -> None:
    answer = town.ask("What was Cllr Ferris's interest in the boathouse item in May 2023?")
    assert answer.found
    assert "trustee of the Marlowe Rowing Club" in " ".join(answer.answer.split())
    assert "left the room" in answer.answer


def test_a_question_in_two_parts_has_both_answered_without_a_quote_twice(town: Minutebook) -> None:
    answer = town.ask("Who sent apologies in July 2021, and what was said about the skate park?")
    assert answer.found
    assert "Cllr H. Gower" in answer.answer  # the first part
    # and the second, from the same meeting's minute on it
    assert {(c.meeting_date.isoformat(), c.item_title) for c in answer.citations} >= {("2021-07-13", "SKATE PARK")}
    quotes = [" ".join(c.quote.split()) for c in answer.citations]
    assert len(quotes) == len(set(quotes))
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert question_parts("was it quorate, and were there any public questions?") == [
        "was it quorate", "were there any public questions?"]
    assert question_parts("what did we decide about fostering and adoption?") == [
        "what did we decide about fostering and adoption?"]  # "and" between two subjects is one question


def test_a_quotation_is_quoted_after_who_asked_it(town: Minutebook) -> None:
    answer = town.ask("Who asked the public question at the September 2022 meeting, and what was it about?")
    assert answer.found
    assert "Mrs. K. Moss, of the Riverside Residents Association, asked:-" in answer.answer
    assert "towpath" in answer.answer


def test_the_meeting_after_the_one_that_took_up_a_subject(town: Minutebook) -> None:
    # the July 2022 minutes took up the allotments; the work programme of another meeting only names them
    answer = town.ask("when's the meeting after the one that looked at the allotment water supply?")
    assert answer.found
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2022-07-12"}
    assert "8th November, 2022" in answer.answer


def test_what_a_speaker_said_is_their_words_not_what_was_put_to_them(town: Minutebook) -> None:
    answer = town.ask("What did the Town Clerk tell Mrs Moss about the towpath?")
    assert answer.found
    assert "resurfacing was booked for the spring of 2023" in answer.answer


def test_a_list_printed_a_line_an_entry_without_bullets_is_its_lead_ins() -> None:
    text = ("Members had received a briefing note in advance regarding the following matters:-\n"
            "Council Tax Reduction Scheme 2016/17 (item 9 on the agenda)\n"
            "Council Tax: Discretion to allow discounts (item 10 on the agenda)\n"
            "Review of Statement of Licensing Policy (item 11 on the agenda)\n"
            "The Council then considered the budget.")
    lines = framed_sentences(text)
    assert [line.lead for line in lines] == [None, 0, 0, 0, None]  # the sentence after the list is not an entry
