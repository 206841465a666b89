"""The Markdown report of an evaluation run, with a PNG plot of hit@5 by kind per system."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.harness import STAND_IN

SUMMARY_COLS = (
    "hit@1", "hit@5", "hit@10", "mrr", "citation_hit", "citation_precision", "fact_recall", "refusal",
    "status_accuracy", "citations_resolve", "quotes_verbatim", "latency_p50_s", "latency_p95_s",
)
KIND_COLS = ("questions", "hit@5", "mrr", "citation_hit", "fact_recall", "refusal")


def _fmt(v: Any) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def plot(result: dict[str, Any], path: Path) -> Path:
    """Grouped bars of hit@5 per question kind, one bar per system; written as PNG to ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = result["systems"]
    kinds = sorted({k for s in systems for k in s["by_kind"] if k != "unanswerable"})
    width = 0.8 / max(1, len(systems))
    fig, ax = plt.subplots(figsize=(max(6.0, 1.2 * len(kinds) + 2), 4))
    for n, s in enumerate(systems):
        values = [s["by_kind"].get(k, {}).get("hit@5") or 0.0 for k in kinds]
        ax.bar([i + n * width for i in range(len(kinds))], values, width, label=s["system"])
    ax.set_xticks([i + width * (len(systems) - 1) / 2 for i in range(len(kinds))])
    ax.set_xticklabels(kinds, rotation=20)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("hit@5")
    ax.set_title("hit@5 by question kind")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def markdown(result: dict[str, Any], plot_name: str | None = None) -> str:
    """The report text: summary table, per-kind tables, misses with what was returned."""
    systems = result["systems"]
    out = [
        "# minutebook evaluation",
        "",
        f"Questions: `{result['questions_file']}`; store: `{result['store']}` ({result['store_stats']}).",
        "",
    ]
    if any(s["answer_mode"] == STAND_IN for s in systems):
        out += [
            f"**Answers are an {STAND_IN}** wherever marked: the top-5 results' bodies, their citations, "
            "and `found` = best cosine similarity >= 0.35 (BM25: found when anything is returned). "
            "Answer metrics then measure retrieval, not an answerer.",
            "",
        ]
    out += ["## Summary", ""]
    out += _table(
        ["system", "answers", *SUMMARY_COLS],
        [[s["system"], s["answer_mode"], *(_fmt(s["overall"][c]) for c in SUMMARY_COLS)] for s in systems],
    )
    if plot_name:
        out += ["", f"![hit@5 by kind]({plot_name})"]
    out += ["", "## By kind", ""]
    for s in systems:
        out += [f"### {s['system']}", ""]
        out += _table(["kind", *KIND_COLS], [[k, *(_fmt(m[c]) for c in KIND_COLS)] for k, m in s["by_kind"].items()])
        out.append("")
    out += ["## Misses", "", "Answerable questions with no expected citation in the top 5 (top 3 returned shown);",
            "unanswerable questions that were answered.", ""]
    for s in systems:
        out += [f"### {s['system']}", ""]
        misses = [q for q in s["questions"] if (q["kind"] != "unanswerable" and (q["rank"] is None or q["rank"] > 5))
                  or (q["kind"] == "unanswerable" and not q["refused"])]
        if not misses:
            out += ["none", ""]
        for q in misses:
            got = "; ".join(f"{r['meeting_date'] or '?'} min {r['minute'] or '-'} “{r['item_title'][:60]}”"
                            for r in q["returned"]) or "nothing"
            rank = f"rank {q['rank']}" if q["rank"] else "not in top 10"
            label = "answered" if q["kind"] == "unanswerable" else rank
            out.append(f"- **{q['id']}** ({q['kind']}, {label}): {q['question']}  \n  returned: {got}")
        out.append("")
    return "\n".join(out) + "\n"


SIDE_BY_SIDE = ("citation_hit", "fact_recall", "refusal", "status_accuracy", "hit@5", "latency_p50_s")


def side_by_side(results: list[dict[str, Any]]) -> str:
    """Every question set's headline figures in one table: a row per system, a column group per set."""
    names = [Path(r["questions_file"]).name for r in results]
    systems = list(dict.fromkeys(s["system"] for r in results for s in r["systems"]))
    header = ["system", *(f"{n}: {c}" for n in names for c in SIDE_BY_SIDE)]
    rows = []
    for name in systems:
        row = [name]
        for r in results:
            s = next((x for x in r["systems"] if x["system"] == name), None)
            row += [_fmt(s["overall"][c]) if s else "–" for c in SIDE_BY_SIDE]
        rows.append(row)
    counts = ", ".join(f"`{n}` ({r['systems'][0]['overall']['questions']} questions, store `{r['store']}`)"
                       for n, r in zip(names, results, strict=True))
    lines = ["# minutebook evaluation: question sets side by side", "", f"Sets: {counts}.", ""]
    lines += _table(header, rows)
    return "\n".join(lines) + "\n"


def write_report(results: dict[str, Any] | list[dict[str, Any]], path: Path) -> tuple[Path, Path]:
    """Write the Markdown report and its PNG plot beside it; several sets get a side-by-side table first and
    then each set's full report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    results = results if isinstance(results, list) else [results]
    pngs = []
    parts = [side_by_side(results)] if len(results) > 1 else []
    for n, result in enumerate(results):
        png = plot(result, path.with_name(f"{path.stem}{'' if n == 0 else f'-{n + 1}'}.png"))
        pngs.append(png)
        parts.append(markdown(result, png.name))
    path.write_text("\n".join(parts), encoding="utf-8")
    return path, pngs[0]
