"""Near misses over another council's papers are refused: the papers hold the meeting and the subject, but not the
particular thing the question asks for: what someone was commended for where the sentence stops short, a sum of money
where the minutes only say quotes are to be obtained, a grant of another year, a decision on an objection the
minutes record only being made, a strategy approved where only the last minutes were, a decision about footpaths
that are only named in a declaration. Each refusal has its answerable twin in the same papers.

The papers are written for the test (a fictional parish council, in a scrutiny panel's house style with a table of
grants), ingested with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from entry.compose import open_minutebook
from index.embedder import Embedder
from minutebook.settings import Settings
from service.core import Minutebook
from tests.conftest import build_store, papers_minutebook

MAY = """ASHCOMBE PARISH COUNCIL
TUESDAY, 10TH MAY, 2022

Present:- Councillor Hale (in the Chair); Councillors Moss, Pryce and Quinn.

41. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Voss. In the absence of the Vice Chairman it was proposed \
by Councillor Hale that Councillor Moss be elected Vice Chairman for the meeting.

Resolved:- That Councillor Moss be elected Vice Chairman for the meeting.

42. DECLARATIONS OF INTEREST

Councillor Quinn declared a personal interest in item 49 (Millbrook Meadow Footpaths) as she walks there \
daily.

43. CHAIRMAN'S ANNOUNCEMENTS

Councillor Hale commended Ruth Ellery for her work restoring the village pond. Councillor Pryce commended \
Daniel Okoro from the

44. COMMUNITY GRANTS

Resolved:- That the following community grants be approved:

Applicant\tAward\tPurpose
Ashcombe Players\t£750.00\tstage lighting
Ashcombe Bowls Club\t£400.00\tnew mower

45. BUS SHELTER

The shelter on Mill Lane had been damaged in the storm. Action: Clerk to obtain quotes for repairs to the bus \
shelter. The Council agreed to plant two trees beside the shelter.

46. CHURCHYARD WALL

Two quotes for rebuilding the churchyard wall had been received: £1,200 from Stonecraft and £950 from Wall & \
Co.

Resolved:- That the quote from Wall & Co be accepted.

47. MINUTES OF THE PREVIOUS MEETING

The minutes of the meeting held on 12th April, 2022 were approved as a correct record. The Chairman reminded \
members that the playing field strategy, raised at the April meeting, would go out to consultation in the \
summer.

Resolved:- That the minutes be signed by the Chairman.

48. ORCHARD BARN - PREMISES LICENCE

Mr Tate spoke in objection to the application for a premises licence for Orchard Barn. The Clerk summarised \
the application, which asked for recorded music until 23:00 hours on Fridays and Saturdays.
"""

JULY = """ASHCOMBE PARISH COUNCIL
TUESDAY, 12TH JULY, 2022

Present:- Councillor Hale (in the Chair); Councillors Moss, Pryce, Quinn and Voss.

51. DECLARATIONS OF INTEREST

Councillor Moss Councillor Pryce - Personal interest in item 53 (Allotment Strategy) as allotment holders. \
Personal interest in item 54 (Village Hall Roof) as a relative is a roofer.

52. CIDER MILL - PREMISES LICENCE

Mrs Lowe spoke in objection to the application for a premises licence for the Cider Mill, citing noise from \
previous events.

Resolved:- That Mrs Lowe's objection be upheld and the application for the Cider Mill premises licence be \
refused.

53. ALLOTMENT STRATEGY

The Clerk presented the draft Allotment Strategy.

Resolved:- That the Allotment Strategy be approved.

54. VILLAGE HALL ROOF

The Clerk advised that the village hall roof would cost £8,000 to replace in 2024.

Resolved:- That the Clerk seek grant funding for the village hall roof.

55. VILLAGE FETE

The Clerk reported that 40% of the waste from the village fete had been recycled.

56. EXCLUSION OF THE PUBLIC

Resolved:- That the public be excluded for the following item, as it involves exempt information as defined in \
paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

57. LAND AT MILL LANE (EXEMPT)

The Clerk reported an offer of £15,000 for the council's land at Mill Lane from a neighbouring farmer.

Resolved:- That the offer for the land at Mill Lane be accepted.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("papers")
    (folder / "ashcombe-parish-council-minutes-2022-05-10.txt").write_text(MAY)
    (folder / "ashcombe-parish-council-minutes-2022-07-12.txt").write_text(JULY)
    return folder


@pytest.fixture(scope="module")
def parish(papers: Path, tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    store = build_store(tmp_path_factory.mktemp("store"), [papers], embedder)
    with open_minutebook(Settings(store=store), embedder) as opened:
        yield opened


def test_what_for_needs_the_reason_said(parish: Minutebook) -> None:
    # the second commendation stops short: it names who was commended, not what for
    refused = parish.ask("What was Daniel Okoro commended for?")
    assert not refused.found and "what for" in refused.answer
    answered = parish.ask("What was Ruth Ellery commended for?")
    assert answered.found and "village pond" in answered.answer
    # Councillor Hale commended her; Councillor Pryce commended someone else
    assert not parish.ask("What did Councillor Pryce commend Ruth Ellery for?").found
    assert parish.ask("What did Councillor Hale commend Ruth Ellery for?").found
    answered = parish.ask("What was the Ashcombe Bowls Club grant for?")  # a table says it in a column
    assert answered.found and "new mower" in answered.answer


def test_how_much_needs_a_sum_of_money(parish: Minutebook) -> None:
    # "Clerk to obtain quotes" and "two trees" are no sum; the churchyard wall's quotes are
    refused = parish.ask("How much were the quotes for the bus shelter repairs?")
    assert not refused.found and "sum of money" in refused.answer
    answered = parish.ask("How much were the quotes for the churchyard wall?")
    assert answered.found and "£950" in answered.answer
    answered = parish.ask("How much was recycled at the village fete?")  # a measure, not a sum
    assert answered.found and "40%" in answered.answer


def test_a_sum_of_another_year_is_not_the_year_asked(parish: Minutebook) -> None:
    # the grants were made in May 2022: no paper gives one of 2024
    refused = parish.ask("How much did the Ashcombe Players get from the community grants in 2024?")
    assert not refused.found and "when it is asked" in refused.answer
    answered = parish.ask("How much did the Ashcombe Players get from the community grants in 2022?")
    assert answered.found and "£750.00" in answered.answer
    answered = parish.ask("How much will the village hall roof cost to replace in 2024?")  # asked ahead of its time
    assert answered.found and "£8,000" in answered.answer


def test_whether_an_objection_was_upheld_needs_a_decision_on_it(parish: Minutebook) -> None:
    # May's minute stops after the objection was made; July's records it upheld
    refused = parish.ask("Did the council uphold Mr Tate's objection to the Orchard Barn licence?")
    assert not refused.found and "decision" in refused.answer
    answered = parish.ask("Did the council uphold Mrs Lowe's objection to the Cider Mill licence?")
    assert answered.found and "upheld" in answered.answer


def test_whether_a_strategy_was_approved_needs_its_approval(parish: Minutebook) -> None:
    # the playing field strategy is only mentioned in the item that approves the last minutes
    refused = parish.ask("Did the council approve the Playing Field Strategy?")
    assert not refused.found and "decision" in refused.answer
    answered = parish.ask("Did the council approve the Allotment Strategy?")
    assert answered.found and "Allotment Strategy be approved" in answered.answer
    assert parish.ask("Did the council approve the minutes of the April 2022 meeting?").found


def test_a_decision_about_a_thing_only_named_in_a_declaration_is_refused(parish: Minutebook) -> None:
    # the footpaths are named only in a member's declaration; the meeting decided other things
    refused = parish.ask("What did the council decide about the Millbrook Meadow footpaths?")
    assert not refused.found and "decision" in refused.answer
    answered = parish.ask("What did the council decide about the churchyard wall?")
    assert answered.found and "Wall & Co be accepted" in answered.answer
    # asked as "agreed", a decision is asked all the same
    refused = parish.ask("what was agreed about the millbrook meadow footpaths")
    assert not refused.found and "decision" in refused.answer
    answered = parish.ask("what did they agree on the churchyard wall?")
    assert answered.found and "Wall & Co be accepted" in answered.answer


def test_what_exempt_business_held_is_refused_to_the_public(parish: Minutebook, papers: Path, tmp_path: Path,
                                                            embedder: Embedder) -> None:
    # the public papers say the public were excluded for the item, never what it held
    refused = parish.ask("What was in the exempt report on the land at Mill Lane?")
    assert not refused.found and "exempt" in refused.answer
    assert parish.ask("Why were the public excluded at the July 2022 meeting?").found
    store = build_store(tmp_path / "store", [papers], embedder)  # an embedded store admits one process's opening
    with open_minutebook(Settings(store=store, include_exempt=True), embedder) as entitled:
        answered = entitled.ask("What was in the exempt report on the land at Mill Lane?")
        assert answered.found and "Mill Lane" in answered.answer


def test_which_member_needs_the_sentence_that_says_it_to_name_them(parish: Minutebook) -> None:
    # July's declarations run two names together, then the interests: the roofer's relative is nobody's in words
    refused = parish.ask("Which councillor has a relative who is a roofer?")
    assert not refused.found and "which member" in refused.answer
    answered = parish.ask("Which councillor declared an interest in the Millbrook Meadow footpaths?")
    assert answered.found and "Quinn" in answered.answer


CONFIRMED = """MARSHWOOD FIRE AUTHORITY - RESOURCES COMMITTEE
Minutes of the meeting held on Friday 7 July 2023

1.

MINUTES

Minutes:

The minutes of the meeting held on 14 April 2023 were confirmed as a correct record.

2.

EXCLUSION OF THE PUBLIC

Minutes:

The Committee decided to exclude the public from the meeting for the remaining item, as it involved exempt \
information as defined in paragraph 3 of Schedule 12A of the Local Government Act 1972.

3.

EXEMPT MINUTES

Of the meeting held on 14 April 2023 (for confirmation).

Minutes:

The Committee confirmed the exempt minutes of the meeting held on 14 April 2023 as a true record and they were \
signed by the Chair.
"""


def test_what_exempt_minutes_held_is_refused_as_asked_in_chat(tmp_path_factory: pytest.TempPathFactory,
                                                              embedder: Embedder) -> None:
    # the public minutes confirm the exempt minutes; what they held is not published
    papers = {"marshwood-fire-authority-resources-committee-2023-07-07.txt": CONFIRMED}
    with papers_minutebook(tmp_path_factory, embedder, papers) as fire:
        for asked in ("whats actually in the exempt april minutes the resources committee confirmed?",
                      "what's in the exempt minutes from april?", "what are in the exempt minutes of 14 april 2023"):
            refused = fire.ask(asked)
            assert not refused.found and "exempt" in refused.answer
        assert fire.ask("were the exempt minutes of april confirmed?").found



GRANTS = """KELDBY TOWN COUNCIL - FINANCE COMMITTEE
Minutes of the meeting held on Tuesday 12 September 2023

Present: Cllr Foss (Chair), Cllr Greer, Cllr Hume.

23/41 GRANT APPLICATIONS

The Committee considered four applications under the Small Grants Scheme.
RESOLVED that grants be awarded as follows:
  Keldby Youth Theatre                      £850
  Keldby Tennis Club                        refused - outside the Scheme's criteria
  Riverside Allotment Society               £300

23/42 BANK BALANCES

(a) Bank reconciliation. The balance at 31st August 2023 was £14,210.55 (current account).
"""


def test_a_sum_asked_of_one_row_needs_that_rows_sum(tmp_path_factory: pytest.TempPathFactory,
                                                    embedder: Embedder) -> None:
    # the tennis club's row gives no sum: the rows around it are other applicants'
    papers = {"keldby-town-council-finance-committee-2023-09-12.txt": GRANTS}
    with papers_minutebook(tmp_path_factory, embedder, papers) as town:
        refused = town.ask("how much did keldby tennis club ask for?")
        assert not refused.found and "sum of money" in refused.answer
        answered = town.ask("how much did the riverside allotment society get?")
        assert answered.found and "£300" in answered.answer
        answered = town.ask("how much did keldby town council have in the bank at the end of august?")  # a heading's
        assert answered.found and "£14,210.55" in answered.answer
