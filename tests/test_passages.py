"""How a minute's text is cut into passages for the index: at paragraphs, then sentences, and, in a long paragraph
that a PDF flattened into one line, before a record's label ("In Attendance:", "Also in Attendance:"), so that the
label's line is in one passage and a citation of the minute can quote it whole."""

from __future__ import annotations

from index.nodes import MAX_WORDS, split_passages

NAMES = " ".join(f"Mr A Member{n}" for n in range(74))  # 222 words of names, no sentence end
FLATTENED = (f"Present: {NAMES} In Attendance: Chief Executive, Director of Finance "
             "Also in Attendance: Inspector M Laing, Police Scotland, Group Manager P Nairn, Fire and Rescue Service "
             "Mrs A Baird in the Chair. Apologies for absence were intimated on behalf of Mr R Scott.")


def test_label_run_on_after_a_list_starts_a_new_passage_unit() -> None:
    passages = split_passages(FLATTENED)
    assert all(len(p.split()) <= MAX_WORDS for p in passages)
    also = "Also in Attendance: Inspector M Laing, Police Scotland, Group Manager P Nairn, Fire and Rescue Service"
    assert any(also in " ".join(p.split()) for p in passages), passages


def test_short_paragraphs_are_kept_whole() -> None:
    text = "Present: Cllr A, Cllr B. In attendance: the Clerk.\nThe minutes were approved."
    assert split_passages(text) == ["Present: Cllr A, Cllr B. In attendance: the Clerk.\nThe minutes were approved."]
