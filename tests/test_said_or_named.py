"""Questions the papers hold the meeting and the person for, but not what is asked of them: what someone said or
reported, where the minutes only record them present or sending apologies; an office-holder's name ("the clerk's
name", "did they name the commissioner? what's his name"), where the minutes speak of them only by their office; who
was put into an office, where the minutes record an election to another; what a meeting named by its place and date
discussed, where the papers hold only another meeting's approval of its minutes; what things of a kind, where the
minutes say only that there were many ("the various events he had attended"); which were turned down, where the
minutes record only those approved; what was said in an item the minutes mark as taken in private. Each refusal has
its answerable twin in the same papers.

The papers are written for the test (a fictional parish council and police and crime panel), ingested with the
real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

THORNLEY = """THORNLEY ST MARY PARISH COUNCIL
Minutes of the meeting held on Monday 13 March 2023 at 7.30pm in the Village Hall

Present: Cllr R Ashworth (Chairman), Cllr P Dunne, Cllr S Kaur, Cllr T Webb, Mr R Noble (Treasurer).
In attendance: County Cllr Pauline Marsh; PCSO Dean Royle; 4 members of the public.

23/29 Minutes
The minutes of the extraordinary meeting held on 20 February 2023 were approved and signed as a correct record.

23/30 Election of Chairman
Resolved: that Cllr R Ashworth be elected Chairman of the Council for 2023/24.

23/31 Apologies for absence
Apologies were received from Mr Ian Gould (Tree Warden) and District Cllr Omar Hassan.

23/32 Police report
PCSO Royle reported three thefts from garden sheds on Mill Road since January and advised residents to lock \
sheds and mark their tools.

23/33 Playing field
The Clerk reported that the new goal posts had been installed. Resolved to pay Fieldsafe Ltd £1,240 for the goal \
posts.

23/34 Village oak
Members noted the crown of the oak on the green had lost a large limb in the February storm. Resolved that the \
Clerk obtain a tree surgeon's report.

23/35 Chairman's announcements
The Chairman gave an overview of the various events he had attended since the last meeting.

23/36 Spring litter pick
Volunteers had collected litter from several streets, including Mill Road and Church Lane.

23/37 Community grants
Resolved that the following community grant applications be approved: Thornley Players £300 (stage curtains); \
Thornley Bowls Club £250 (new mower).
"""

PANEL = """MIDSHIRE POLICE AND CRIME PANEL
Minutes of the meeting held on Monday 2 October 2023 at 10.00am, County Hall

Present: Cllr A Brook (Chairman), Cllr J Ellis, Cllr M Osei, Mrs F Lang (Independent Member).

14. MINUTES OF THE LAST MEETING
The minutes of the meeting held on 3 July 2023 were confirmed and signed by the Chairman.

15. COMMISSIONER'S ANNUAL REPORT
The Police and Crime Commissioner presented the annual report for 2022/23. Members asked about the pledge to reopen \
the Westgate police station front counter; the Commissioner said a decision would follow in the new year.

16. COMMUNITY SAFETY FUND
Resolved: that the community safety fund applications be decided as follows: Westgate Youth Club £2,000 approved; \
Midshire Runners £1,500 refused - outside the fund's criteria.

17. COMPLAINT AGAINST THE COMMISSIONER (IN COMMITTEE)
The Panel's legal adviser gave advice on a complaint received against the Commissioner.
AGREED - that the complaint be referred to the Independent Office for Police Conduct.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"thornley-st-mary-parish-council-minutes-2023-03-13.txt": THORNLEY,
              "midshire-police-and-crime-panel-minutes-2023-10-02.txt": PANEL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_someone_only_recorded_present_said_nothing_on_record(parish: Minutebook) -> None:
    # the county councillor is in the attendance record, the tree warden and district councillor in the apologies:
    # neither record says anything they said
    for asked in ("what did county cllr marsh report to thornley parish council in march 2023?",
                  "what did the tree warden ian gould say about the village oak?",
                  "what did district cllr omar hassan tell the parish council?"):
        refused = parish.ask(asked)
        assert not refused.found, asked
    answered = parish.ask("what did pcso royle report about the sheds?")
    assert answered.found and "thefts from garden sheds" in answered.answer


def test_an_office_holders_name_needs_a_name_beside_the_office(parish: Minutebook) -> None:
    # the clerk and the commissioner are minuted only by their offices
    for asked in ("what's the thornley st mary parish clerk's name?",
                  "did the midshire police and crime panel name the commissioner? whats his name, the one talking "
                  "about the westgate police station"):
        refused = parish.ask(asked)
        assert not refused.found, asked
    answered = parish.ask("what's the treasurer's name at thornley st mary?")
    assert answered.found and "Noble" in answered.answer


def test_an_election_asked_to_one_office_needs_that_office(parish: Minutebook) -> None:
    # the council elected its chairman; no one was elected vice chairman or clerk
    for asked in ("who did thornley st mary parish council elect as vice chairman?",
                  "who did thornley st mary pick as their clerk in march 2023?"):
        refused = parish.ask(asked)
        assert not refused.found, asked
    answered = parish.ask("who did thornley st mary parish council elect as chairman?")
    assert answered.found and "Ashworth" in answered.answer


def test_a_meeting_known_only_by_its_minutes_approval_is_not_held(parish: Minutebook) -> None:
    # February's extraordinary meeting is only named where March approved its minutes
    refused = parish.ask("what was the extraordinary meeting at thornley st mary on 20 feb 2023 about and what did "
                         "they decide?")
    assert not refused.found and "No meeting" in refused.answer
    answered = parish.ask("were the minutes of the 20 february 2023 meeting approved?")
    assert answered.found and "approved and signed" in answered.answer


def test_things_said_only_to_be_many_are_not_named(parish: Minutebook) -> None:
    # the chairman's events are "various", never named; the litter pick's streets are listed
    refused = parish.ask("what events has the thornley st mary chairman been to?")
    assert not refused.found and "which events" in refused.answer
    answered = parish.ask("what streets did the litter pick volunteers clear?")
    assert answered.found and "Mill Road" in answered.answer


def test_which_were_turned_down_needs_one_not_granted(parish: Minutebook) -> None:
    # Thornley approved both its grant applications; the panel refused one of its fund's
    refused = parish.ask("which community grant applications did thornley st mary parish council turn down?")
    assert not refused.found and "none turned down" in refused.answer
    answered = parish.ask("which community safety fund applications did the midshire panel turn down?")
    assert answered.found and "COMMUNITY SAFETY FUND" in answered.answer  # (its quote may stop before the refusal)


def test_what_was_said_in_an_item_taken_in_private_is_not_published(parish: Minutebook) -> None:
    # the public minutes say advice was given in committee, and what was agreed; not the advice
    refused = parish.ask("what advice did the legal adviser give the midshire panel on the complaint against the "
                         "commissioner?")
    assert not refused.found and "in private" in refused.answer
    answered = parish.ask("what did the midshire panel agree to do with the complaint against the commissioner?")
    assert answered.found and "Independent Office for Police Conduct" in answered.answer
