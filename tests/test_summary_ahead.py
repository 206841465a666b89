"""A summary a paper prints above its minutes' title: some parish clerks open the minutes with "a brief summary of
key elements of the meeting", a few bulleted points saying what the meeting did, before "Minutes of the Parish
Council Meeting" and the date and place. The points are the meeting's business in the clerk's words (one of them may
be all the paper says of a matter: the application whose entrance the summary names is not named again in the
minutes), so the summary is an item of its own, first as printed, and is searched like any other; it is not the
meeting's header, which is found by its particulars alone.

The paper is in ``tests/fixtures/summary-ahead/`` (a fictional parish council), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import answered, papers_fixture, parsed_meeting

PAPERS = Path(__file__).parent / "fixtures" / "summary-ahead"

summarised = papers_fixture(PAPERS)


def test_the_summary_is_the_first_item_and_the_header_keeps_its_particulars(tmp_path: Path) -> None:
    [paper] = PAPERS.glob("*.txt")
    meeting = parsed_meeting(tmp_path, paper.read_text(encoding="utf-8"))
    first = meeting.items[0]
    assert first.number is None
    assert first.title == "Summary of the main business of the Parish Council meeting of 14th November 2029"
    assert "Stonepit Road" in first.text and "Footpaths Warden" in first.text  # every point, the last one too
    assert "Stonepit Road" not in meeting.header_text
    assert meeting.header_text.startswith("Minutes of the Parish Council Meeting")
    assert [i.number for i in meeting.items[1:4]] == ["29/101", "29/102", "29/103"]
    assert meeting.venue and "Village Hall" in meeting.venue


def test_a_publication_note_above_the_title_stays_in_the_header(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, (
        "These minutes were published on 20 November 2029 and will be approved at the next meeting.\n"
        "Minutes of the Parish Council Meeting\n"
        "Held on Wednesday 14th November 2029 at 7.00pm in the Village Hall\n"
        "Present: Cllrs Ashdown, Lorne and Dacre\n"
        "29/101 Apologies\nNone.\n"
        "29/102 Benches\nRESOLVED – to buy two benches.\n"))
    assert [i.number for i in meeting.items] == ["29/101", "29/102"]
    assert "published on 20 November" in meeting.header_text


def test_a_matter_only_the_summary_names_is_answered_from_it(summarised) -> None:  # type: ignore[no-untyped-def]
    answer = answered(summarised, "the quarry firm's application - where would the new site access be?",
                      said=["Stonepit Road"])
    assert answer.citations[0].item_title.startswith("Summary of the main business")


def test_an_entrance_asked_is_the_site_access_the_papers_name(summarised) -> None:  # type: ignore[no-untyped-def]
    answered(summarised, "where's the way in going to be for the quarry application at thornbury magna?",
             said=["Stonepit Road"])
