"""``minutebook eval --retyped``: a question set typed again as people type keeps what each question asks (its
expected citations and facts), changes only how it is typed, and is the same copy every run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.questions import load_questions
from evals.retyped import WAYS, retyped

SET = [
    {"id": "q1", "question": "Who chaired the Planning Committee meeting in March?", "kind": "attendance",
     "expected": {"citations": [{"meeting_date": "2024-03-04", "minute": None, "item_title": "Attendance"}],
                  "facts": ["Price"]}},
    {"id": "q2", "question": "What did councillors decide about the allotments?", "kind": "resolved",
     "expected": {"citations": [{"meeting_date": "2024-03-04", "minute": "24/33", "item_title": "Allotments"}],
                  "facts": ["half plots"]}},
    {"id": "q3", "question": "who spoke", "kind": "unanswerable", "expected": {"citations": [], "facts": []}},
]


@pytest.fixture()
def question_set(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(q) + "\n" for q in SET))
    return path


def _records(path: Path) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in map(json.loads, path.read_text().splitlines())}


@pytest.mark.parametrize("way", list(WAYS))
def test_a_retyped_copy_asks_the_same_things_typed_otherwise(question_set: Path, tmp_path: Path, way: str) -> None:
    copy = retyped(question_set, way, tmp_path)
    records = _records(copy)
    assert records and all(i.endswith(f"~{way}") for i in records)
    originals = {q["id"]: q for q in SET}
    for i, record in records.items():
        original = originals[i.split("~")[0]]
        assert record["question"] != original["question"]
        assert record["expected"] == original["expected"] and record["kind"] == original["kind"]
    assert len(load_questions(copy)) == len(records)  # a valid question set


def test_a_slip_changes_one_long_word_by_a_letter(question_set: Path, tmp_path: Path) -> None:
    records = _records(retyped(question_set, "slips", tmp_path))
    assert "q3~slips" not in records  # no word of six letters or more: left out, not changed some other way
    for i, record in records.items():
        before = str(next(q["question"] for q in SET if q["id"] == i.split("~")[0])).split()
        after = str(record["question"]).split()
        changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
        assert len(changed) == 1 and abs(len(changed[0][0]) - len(changed[0][1])) <= 1


def test_shorthand_and_bare(question_set: Path, tmp_path: Path) -> None:
    short = _records(retyped(question_set, "shorthand", tmp_path))
    assert short["q1~shorthand"]["question"] == "Who chaired the Planning cttee mtg in March?"
    assert short["q2~shorthand"]["question"] == "What did cllr decide about the allotments?"
    bare = _records(retyped(question_set, "bare", tmp_path))
    assert bare["q1~bare"]["question"] == "who chaired the planning committee meeting in march"
    assert "q3~bare" not in bare


def test_chatty_wraps_the_question_in_a_greeting_and_thanks(question_set: Path, tmp_path: Path) -> None:
    chatty = _records(retyped(question_set, "chatty", tmp_path))
    for q in SET:
        typed = str(chatty[f"{q['id']}~chatty"]["question"])
        before, _, after = typed.partition(str(q["question"]))
        assert before.strip() and after.strip(), typed  # a greeting before it, thanks after it, the question whole


def test_the_same_copy_every_run(question_set: Path, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert retyped(question_set, "slips", tmp_path / "a").read_text() == \
        retyped(question_set, "slips", tmp_path / "b").read_text()


def test_an_unknown_way_is_refused(question_set: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no way of retyping"):
        retyped(question_set, "shouting", tmp_path)
