"""Near misses are refused: the papers hold the meeting and the subject, but not the particular thing asked (who
chaired, who declared, what was decided, a figure of that year, what came out of an event held after the papers
that mention it). Each refusal has its answerable twin in the same papers, so a rule that refused everything
would fail.

The papers are written for the test (a fictional panel), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

NOVEMBER = """LEISURE AND AMENITIES PANEL
TUESDAY, 14TH NOVEMBER, 2023

Present:- Councillors Abbott, Brennan, Dale and Okafor.

21. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Ferris.

22. DECLARATIONS OF INTEREST

Members had received a briefing note from the Monitoring Officer in advance regarding the following matters:-

- Allotment Rents 2024/25 (item 24 on the agenda)
- Pavilion Lease (item 26 on the agenda)

23. PREMISES LICENCE - RIVERSIDE MEADOW

The Licensing Officer presented an application by the Parks Service for a premises licence for Riverside \
Meadow, for live and recorded music between 10:00 and 22:00 hours. No representations had been received from \
the responsible authorities. Two residents spoke about noise from previous events on the meadow.

24. PLAY AREAS AND ALLOTMENTS

Consideration was given to a report on play areas and allotments. It was noted that the number of play areas \
refurbished in 2024/25 would exceed the number refurbished in 2023/24. Six play areas had been closed for a \
week during the summer while the surfacing was repaired. In 2023/24, 212 allotment plots had been let, and \
the waiting list had fallen to 40. Members asked that the surfacing contract be reviewed before it was \
renewed.

Resolved:- That the report be noted.

26. HOLIDAY SPORTS SESSIONS

The Sports Development Officer reported on the summer holiday sports sessions. The sessions had run at 4 \
venues over the summer. Volunteers from the cricket club had helped at every session. In all, 85 children with an \
education, health and care plan had taken part, with support from their schools.

Resolved:- That the report be noted.

27. LOOKED AFTER CHILDREN

The Head of Service reported that there were 190 looked after children at the end of October 2023.

Resolved:- That the report be noted.

28. EMOTIONAL WELLBEING

The Service Manager reported that waiting times were longest for ADHD assessments, and that a report on them \
would come to a future meeting.

Resolved:- That the report be noted.

29. DATE AND TIME OF NEXT MEETING

Resolved:- That an informal budget workshop be held on Tuesday, 16th January, 2024, and that the next meeting \
of the Panel be held on Tuesday, 12th March, 2024.
"""

MARCH = """LEISURE AND AMENITIES PANEL
TUESDAY, 12TH MARCH, 2024

Present:- Councillor Ferris (in the Chair); Councillors Abbott, Brennan and Dale.

31. DECLARATIONS OF INTEREST

Councillor Dale declared a personal interest in Minute No. 33 (Pavilion Lease) as a member of the cricket club.

32. PREMISES LICENCE - ORCHARD FIELD

The Licensing Officer presented an application by the Parks Service for a premises licence for Orchard Field \
for a summer fair. No representations had been received.

Resolved:- That the premises licence for Orchard Field be granted for the hours applied for.

33. PAVILION LEASE

The site visit to the pavilion held on 6th February, 2024 concluded that the roof needed replacing before a \
new lease could be offered.

Resolved:- That a new lease be offered to the cricket club once the pavilion roof has been replaced.

34. CHILDREN'S HEALTH

The Designated Clinical Officer reported that the median wait for an autism assessment was 30 weeks.

Resolved:- That the report be noted.

35. ALLOTMENTS REVIEW

The Panel's review of allotments recommended that plot rents rise by 3% from April 2025, with a lower rent for \
plots let to schools.

Resolved:- That the review's recommendations be referred to Cabinet.
"""


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "leisure-panel-minutes-2023-11-14.txt": NOVEMBER,
            "leisure-panel-minutes-2024-03-12.txt": MARCH,
    }) as opened:
        yield opened


def test_who_chaired_is_refused_where_the_minutes_do_not_say(panel: Minutebook) -> None:
    refused = panel.ask("Who chaired the panel's November 2023 meeting?")
    assert not refused.found and "chaired" in refused.answer  # not the list of those present
    answered = panel.ask("Who chaired the panel's March 2024 meeting?")
    assert answered.found and "Ferris" in answered.answer


def test_who_declared_is_refused_where_the_item_records_no_declaration(panel: Minutebook) -> None:
    # the declarations minute lists the items members were briefed on: no member declared anything
    refused = panel.ask("Which councillors declared an interest in the allotment rents item in November 2023?")
    assert not refused.found
    answered = panel.ask("Which councillors declared an interest in the pavilion lease in March 2024?")
    assert answered.found and "Dale" in answered.answer


def test_a_decision_is_refused_where_the_minutes_record_none(panel: Minutebook) -> None:
    # the hearing's minute stops before the outcome
    refused = panel.ask("Did the panel grant the Riverside Meadow premises licence?")
    assert not refused.found and "decision" in refused.answer
    answered = panel.ask("Did the panel grant the Orchard Field premises licence?")
    assert answered.found and "granted" in answered.answer
    # in November the pavilion lease is only named in the declarations briefing: no decision on it
    assert not panel.ask("What did the panel decide about the pavilion lease in November 2023?").found
    assert panel.ask("What did the panel decide about the pavilion lease in March 2024?").found


def test_a_figure_of_the_year_asked_must_be_printed_with_that_year(panel: Minutebook) -> None:
    # "would exceed the number refurbished in 2023/24" names the year and gives no figure of it
    assert not panel.ask("How many play areas were refurbished in 2023/24?").found
    answered = panel.ask("How many allotment plots were let in 2023/24?")
    assert answered.found and "212" in answered.answer


def test_what_came_of_an_event_is_not_answered_from_papers_before_it(panel: Minutebook) -> None:
    # November's minutes only say the workshop is to be held; no later paper reports on it
    assert not panel.ask("What conclusions came out of the January 2024 budget workshop?").found
    answered = panel.ask("What did the February 2024 site visit to the pavilion conclude?")
    assert answered.found and "roof" in answered.answer


def test_a_phrase_asked_is_not_met_by_its_words_in_other_senses(panel: Minutebook) -> None:
    # "children in care" is looked after children; the sessions' item has "children" and "care plan" only
    assert not panel.ask("How many children in care took part in the holiday sports sessions?").found
    answered = panel.ask("How many children with an education, health and care plan took part in the holiday "
                         "sports sessions?")
    assert answered.found and "85" in answered.answer


def test_a_figure_must_count_what_is_asked(panel: Minutebook) -> None:
    # the item gives a figure of venues and none of volunteers
    assert not panel.ask("How many volunteers helped at the holiday sports sessions?").found
    answered = panel.ask("How many venues did the holiday sports sessions run at?")
    assert answered.found and "4 venues" in answered.answer


def test_a_figure_is_not_taken_from_papers_before_the_time_asked(panel: Minutebook) -> None:
    # November's figure is October's: no paper gives one for January 2024
    assert not panel.ask("How many looked after children were there in January 2024?").found
    answered = panel.ask("How many looked after children were there in October 2023?")
    assert answered.found and "190" in answered.answer


def test_an_initialism_asked_must_be_named_by_the_evidence(panel: Minutebook) -> None:
    # ADHD is not autism: the only median wait the papers give is an autism assessment's
    assert not panel.ask("What's the median wait for an ADHD assessment?").found
    answered = panel.ask("What's the median wait for an autism assessment?")
    assert answered.found and "30 weeks" in answered.answer


def test_a_named_review_must_be_in_the_papers(panel: Minutebook) -> None:
    # play areas come up, and so does a review, but the papers hold no review of play areas
    assert not panel.ask("What did the panel's play areas review recommend?").found
    answered = panel.ask("What did the panel's allotments review recommend?")
    assert answered.found and {c.minute for c in answered.citations} == {"35"}
