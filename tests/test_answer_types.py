"""Questions asking for a kind of thing (what was said, a name, a date, an outcome) are refused where the quotes found
hold nothing of that kind on what is asked about, and answered where they do: each refusal has an answerable twin
in the same papers.

The papers are written for the test (a fictional parish council's March and April minutes), ingested with the real
model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.answer_types import holder_beside
from service.core import Minutebook
from service.sums_and_awards import AWARD
from tests.conftest import papers_minutebook

MARCH = """BROOKFIELD PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 14 March 2023 at 7.30pm in the Memorial Hall

Present: Cllr Ames (Chair), Cllr Burr, Cllr Cole, Cllr Dunn.
In attendance: Mrs K Ives (Clerk).

23/31 APOLOGIES FOR ABSENCE

Apologies were received from Cllr Eyre (work commitments).

23/32 DECLARATIONS OF INTEREST

Cllr Burr declared a personal interest in item 23/38 (Quarry Lane Drainage) as a neighbouring landowner.
Cllr Dunn declared a prejudicial interest in item 23/39 (Mayfield Allotments Lease) as a plot holder.
Item 23/40 - Cllr Cole (Non-Financial).

23/33 CHAIR'S REMARKS

The Vice Chair thanked Mr Peter Lund of the Brookfield Society for organising the litter pick. The Treasurer \
welcomed Mrs Joan Hart, the new volunteer at the library.

23/34 FINANCE

The council had received the precept of £24,000 for 2023/24. A new reserve account was to be opened with a \
bank for the playground fund. Fourteen suppliers had submitted invoices late. £2,000 was spent from the \
playground fund on new swings. The hall roof repairs cost £3,500, paid from the hall fund. Grants of £500 to \
the Brookfield Scouts and £300 to the Brookfield Gardening Club were approved from the community fund.

23/35 VILLAGE HALL ROOF

The Clerk reported that the roof repairs would begin in the spring. Cllr Cole asked when the car park would \
reopen; the Clerk said that depended on the surveyor's report, due in April.

23/36 PLANNING APPLICATION - LAND AT MILL FARM

The applicant has the right of appeal to the Planning Inspectorate against any refusal. Any objector may \
complain to the Ombudsman.

23/37 BOUNDARY HEDGE

Resolved: That the boundary hedge at the playing field be cut back in the autumn.

23/39 EXCLUSION OF THE PUBLIC

Resolved: That the public and press be excluded for the following item, as it involves exempt information as \
defined in paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.

23/40 STAFFING MATTER (EXEMPT)

The Council considered the Clerk's salary review. Resolved: That the Clerk's salary be increased to SCP 24 \
from 1 April 2023.

23/41 GRASS CUTTING AND BUS SHELTER

Tenders for the grass cutting contract would be invited in the autumn. The Clerk was asked to obtain three \
quotes for painting the bus shelter.

23/38 DATE OF NEXT MEETING

Resolved: That the next meeting be held on Tuesday 11 April 2023 at 7.30pm.
"""

APRIL = """BROOKFIELD PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 11 April 2023 at 7.30pm in the Memorial Hall

Present: Cllr Ames (Chair), Cllr Burr (Vice Chair), Cllr Cole, Cllr Eyre.
In attendance: Mrs K Ives (Clerk), Mr R Noble (Treasurer).

23/41 APOLOGIES FOR ABSENCE

Apologies were received from Cllr Dunn. Cllr Frost attended as substitute for Cllr Dunn.

23/42 DECLARATIONS OF INTEREST

Cllr Eyre declared a personal interest in item 23/45 (Church Path Lighting) as a churchwarden.

23/43 MATTERS ARISING

The Clerk reported that the reserve account had been opened with Lloyds Bank. The car park would reopen on 2 \
May 2023.

23/44 COMMUNITY FUND

The balance remaining in the community fund after this year's grants was £1,150.

23/45 CHURCH PATH LIGHTING

Three quotes had been received for new lighting on the church path, the lowest being £2,400 from Brightline Ltd.
Resolved: That the quote from Brightline Ltd be accepted.

23/46 PLANNING APPLICATION - LAND AT MILL FARM

The applicant had appealed to the Planning Inspectorate against the refusal.

23/47 PLAY AREA

Cllr Cole asked when the new play equipment would be installed; the Clerk would chase the supplier. The \
footpath diversion at Church Lane had been agreed with the County Council.

23/48 PAVILION AND HALL

The pavilion plans drawn up by an architect were approved. The insurance for the pavilion was renewed with \
the existing insurer. Resolved: That the contract for the hall extension be awarded to Hanley Builders Ltd.

23/49 VILLAGE SURVEY

The Clerk reported on the village survey. 62% of households had replied, and 40% of those who replied wanted \
more allotments. 35 people had volunteered for the litter pick, 80% of them from the new estate.

23/50 GRANTS AND BUDGETS

The youth club grant was set at £1,200. The bowls club grant was deferred pending its accounts. The footpath \
budget for 2023/24 was £4,000. The bridleway budget would be set in June.

23/51 TRAINING

Two councillors, namely Cllr Ames and Cllr Cole, had attended the planning training. Three residents had \
written about the bus times.

23/52 VERGE CUTTING

Two quotations for the verge cutting were considered. Resolved: That the quotation from Hedgerow Services (£1,240) \
be approved.

23/53 NOTICEBOARD

The Clerk was instructed to invite quotes for a new noticeboard for the green.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"brookfield-parish-council-minutes-2023-03-14.txt": MARCH,
              "brookfield-parish-council-minutes-2023-04-11.txt": APRIL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_a_subject_named_only_in_a_declaration_is_not_what_was_said_of_it(parish: Minutebook) -> None:
    # the drainage and the lease are named only where members declared interests in them
    for asked in ("what was said about the quarry lane drainage at brookfield in march 2023",
                  "how much land is in the mayfield allotments lease",
                  "what did the parish council report on the quarry lane drainage"):
        refused = parish.ask(asked)
        assert not refused.found, asked
    # who declared, and why, is what the declaration says
    answered = parish.ask("which councillor declared an interest in the quarry lane drainage")
    assert answered.found and "Burr" in answered.answer
    answered = parish.ask("why did cllr burr declare an interest in march")
    assert answered.found and "neighbouring landowner" in answered.answer
    answered = parish.ask("what was said about the church path lighting")  # its own item says it
    assert answered.found and "Brightline" in answered.answer
    # a member's interest asked in everyday words, or of the member by name, is what their declaration says
    for asked in ("what was cllr burr's link to the quarry lane drainage", "did anyone have a stake in the mayfield "
                  "allotments lease", "was cllr dunn involved with the mayfield allotments",
                  "which item did cllr burr sit out in march"):
        answered = parish.ask(asked)
        assert answered.found and ("Burr" in answered.answer or "Dunn" in answered.answer), asked


def test_a_right_to_appeal_is_not_an_appeal_made(parish: Minutebook) -> None:
    # March states the applicant's right of appeal; April records the appeal made
    refused = parish.ask("did the mill farm applicant appeal at the march 2023 meeting")
    assert not refused.found and "still to come" in refused.answer
    answered = parish.ask("did the mill farm applicant appeal to the planning inspectorate")
    assert answered.found and "had appealed" in answered.answer


def test_an_office_holder_needs_a_name_beside_the_office(parish: Minutebook) -> None:
    # March's "The Vice Chair thanked Mr Peter Lund", "The Treasurer welcomed Mrs Joan Hart": names, but not theirs
    refused = parish.ask("who's the vice chair at brookfield in march 2023")
    assert not refused.found and "do not name the vice chair" in refused.answer
    assert not parish.ask("who is the treasurer of brookfield parish council in march 2023").found
    # the office asked by its holder's name, the council's name in the possessive before it
    refused = parish.ask("what's the name of brookfield's vice chair in march 2023?")
    assert not refused.found and "do not name the vice chair" in refused.answer
    answered = parish.ask("what's the name of brookfield parish council's treasurer in april 2023?")
    assert answered.found and "Noble" in answered.answer
    answered = parish.ask("who was vice chair of brookfield pc in april 2023")  # "Cllr Burr (Vice Chair)"
    assert answered.found and "Burr" in answered.answer
    answered = parish.ask("who is the clerk at brookfield")  # "Mrs K Ives (Clerk)"
    assert answered.found and "Ives" in answered.answer


@pytest.mark.parametrize("record", [
    "Present:\nChairman Cllr Foss\nVice Chairman Cllr Austen\nCllr Abbott",  # the office before the name
    "Presiding: G C Shiels\nOther Members Present: P J Bateson",  # Northern Ireland's mark of the chair
    "In the Chair: Councillor M. Reid",
])
def test_the_chair_is_named_by_any_of_the_records_marks(record: str) -> None:
    assert holder_beside("chair", record, set())
    assert not holder_beside("chair", "The Chairman welcomed Mrs Joan Hart to the meeting", set())


def test_when_needs_a_time_said_of_the_subject(parish: Minutebook) -> None:
    # March records the question put and a report's date; April gives the day; the play equipment and the diversion
    # are given no time at all
    for asked in ("when will the car park reopen? brookfield march 2023",
                  "when will the new play equipment be installed at brookfield",
                  "when is the church lane footpath diversion going to start"):
        refused = parish.ask(asked)
        assert not refused.found and "when" in refused.answer, asked
    answered = parish.ask("when will the car park reopen? brookfield april 2023")
    assert answered.found and "2 May 2023" in answered.answer
    answered = parish.ask("when will the village hall roof repairs begin")
    assert answered.found and "spring" in answered.answer
    answered = parish.ask("when will the boundary hedge be cut")  # a resolution's time
    assert answered.found and "autumn" in answered.answer


def test_what_is_left_needs_a_balance_of_what_is_asked(parish: Minutebook) -> None:
    # March gives sums awarded and spent from the funds; April gives the community fund's balance, of no other fund
    for asked in ("how much is left in the brookfield community fund after the march grants",
                  "what's the balance of the brookfield playground fund",
                  "how much money is remaining in the hall fund after the roof repairs"):
        refused = parish.ask(asked)
        assert not refused.found and "what is left" in refused.answer, asked
    answered = parish.ask("how much is left in the community fund after this year's grants")
    assert answered.found and "£1,150" in answered.answer
    answered = parish.ask("how much did the brookfield scouts get from the community fund")
    assert answered.found and "£500" in answered.answer


def test_a_substitute_needs_a_substitution_recorded(parish: Minutebook) -> None:
    # March records Cllr Eyre's apology and no one in his place; April records Cllr Frost as Cllr Dunn's substitute
    for asked in ("who subbed for cllr eyre at brookfield in march 2023",
                  "who stood in for cllr eyre at the march 2023 brookfield meeting",
                  "brookfield pc march 2023: who sat in place of cllr eyre"):
        refused = parish.ask(asked)
        assert not refused.found and "no substitute" in refused.answer, asked
    for asked in ("who substituted for cllr dunn in april 2023",
                  "who stood in for cllr dunn at brookfield in april 2023"):
        answered = parish.ask(asked)
        assert answered.found and "Frost" in answered.answer, asked


def test_which_one_of_a_kind_needs_it_named(parish: Minutebook) -> None:
    # "an architect", "the existing insurer": the kind is spoken of, never named; the builder and the bank are named
    for asked in ("which architect did brookfield use for the pavilion plans",
                  "which insurer did brookfield renew the policy with"):
        refused = parish.ask(asked)
        assert not refused.found and "do not name" in refused.answer, asked
    answered = parish.ask("which builder did brookfield pick for the hall extension")
    assert answered.found and "Hanley Builders" in answered.answer
    answered = parish.ask("which bank was the reserve account opened with in april")
    assert answered.found and "Lloyds Bank" in answered.answer


def test_who_got_a_contract_needs_it_given_to_someone(parish: Minutebook) -> None:
    # March: tenders to be invited, quotes to be obtained; April: the hall extension awarded, a quote accepted
    for asked in ("who won the brookfield grass cutting contract",
                  "who got the job of painting the bus shelter at brookfield",
                  "who was awarded the grass cutting tender at brookfield"):
        refused = parish.ask(asked)
        assert not refused.found and "whom it went to" in refused.answer, asked
    answered = parish.ask("who won the brookfield hall extension contract")
    assert answered.found and "Hanley Builders" in answered.answer
    answered = parish.ask("who got the church path lighting job at brookfield")
    assert answered.found and "Brightline" in answered.answer
    # a quotation approved, a firm instructed: the job given, in the other words minutes use for it
    answered = parish.ask("who got the verge cutting work at brookfield")
    assert answered.found and "Hedgerow Services" in answered.answer
    # an officer instructed to invite tenders has given the job to no one
    assert not AWARD.search("The Board instructed the Chief Executive to invite tenders for the dredge.")


def test_where_a_meeting_was_held_is_not_where_something_else_is(parish: Minutebook) -> None:
    # "which building", "which room" asked of the insurance and the survey results: the venue is the meeting's
    for asked in ("which building is the brookfield pavilion insurance held in",
                  "which room will the brookfield village survey results be shown in"):
        refused = parish.ask(asked)
        assert not refused.found and "not that" in refused.answer, asked
    for asked in ("where did brookfield parish council meet in march 2023",
                  "which building was the april 2023 brookfield meeting held in"):
        answered = parish.ask(asked)
        assert answered.found and "Memorial Hall" in answered.answer, asked


def test_which_so_many_needs_them_named_not_counted(parish: Minutebook) -> None:
    # "Fourteen suppliers had submitted invoices late": counted, not named
    refused = parish.ask("which 14 suppliers were late with their invoices at brookfield")
    assert not refused.found and "count them" in refused.answer
