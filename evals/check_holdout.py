"""Check a question set against the papers it was written from: every line loads, every evidence
quote is on the line it names, and every expected fact is printed in a paper the question cites.

    PYTHONPATH=$PWD .venv/bin/python -m evals.check_holdout evals/councils-holdout.jsonl /work/shared/corpus/other-councils
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from evals.questions import load_questions


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\u2018\u2019\u201b`´]", "'", s)
    s = re.sub(r"[\u201c\u201d]", '"', s)
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"(\d),(\d{3})", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()


def check(path: Path, papers: Path) -> list[str]:
    problems: list[str] = []
    questions = load_questions(path)
    texts: dict[str, list[str]] = {}
    for raw in (json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()):
        qid = raw["id"]
        cited_files = set()
        for e in raw.get("evidence", []):
            f = papers / e["file"]
            if not f.exists():
                problems.append(f"{qid}: no paper {e['file']}")
                continue
            lines = texts.setdefault(e["file"], f.read_text(encoding="utf-8").splitlines())
            n = e["line"]
            if not (1 <= n <= len(lines)) or e["quote"] not in lines[n - 1]:
                problems.append(f"{qid}: quote not on {e['file']}:{n}")
            cited_files.add(e["file"])
        if raw["kind"] != "unanswerable":
            if not raw["expected"].get("citations"):
                problems.append(f"{qid}: answerable but cites nothing")
            body = _norm("\n".join("\n".join(texts[f]) for f in cited_files))
            for fact in raw["expected"].get("facts", []):
                if _norm(fact) not in body:
                    problems.append(f"{qid}: fact {fact!r} not printed in its papers")
        elif raw["expected"].get("citations") or raw["expected"].get("facts"):
            problems.append(f"{qid}: unanswerable with expectations")
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    return problems


if __name__ == "__main__":
    path, papers = Path(sys.argv[1]), Path(sys.argv[2])
    found = check(path, papers)
    print("\n".join(found) or f"{path}: {len(load_questions(path))} questions, all evidence and facts found")
    sys.exit(1 if found else 0)
