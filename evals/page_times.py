"""Page serve times for ``minutebook bench``: every web page but ask and search, against the data reads it makes.

The real app, as the composition root builds it (``entry.compose.build_app``, handed in by the bench's caller), is
served in process through Starlette's test client, which speaks ASGI as uvicorn does (no socket). Each page is
fetched as a browser asks for it (``Accept: text/html``), once to warm up and then ``rounds`` times; its "bare"
figure is the read the page is built from (the minute book's or the catalogue's), timed the same way, so the ratio
is the cost of the page itself (routing, filtering, highlighting, templates).
The goal (issue 15) is p95 under 100 ms at the shared corpus.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

HTML = {"Accept": "text/html"}
GOAL_MS = 100.0
ROUNDS = 20


def _ms(samples: list[float]) -> dict[str, float]:
    q = statistics.quantiles(samples, n=100, method="inclusive") if len(samples) > 1 else samples * 99
    return {"p50_ms": round(q[49] * 1000, 2), "p95_ms": round(q[94] * 1000, 2)}


def _time(fn: Callable[[], Any], bare: Callable[[], Any] | None, rounds: int) -> tuple[list[float], list[float]]:
    """``rounds`` timings of ``fn`` and of ``bare``, interleaved so that the machine's load falls on both alike."""
    fn()  # warm up: templates compiled, caches filled
    if bare is not None:
        bare()
    page: list[float] = []
    read: list[float] = []
    for _ in range(rounds):
        for f, out in ((fn, page), (bare, read)):
            if f is not None:
                t0 = time.perf_counter()
                f()
                out.append(time.perf_counter() - t0)
    return page, read


def bench_pages(app: FastAPI, rounds: int = ROUNDS) -> dict[str, Any]:
    """p50/p95 per page (ms) of ``app`` (the service as composed, not yet started), the bare read behind each
    page, and the slowest page's p95 against the goal."""
    from fastapi.testclient import TestClient

    from minutebook.model import item_key

    with TestClient(app) as client:
        mb = client.app.state.minutebook  # type: ignore[attr-defined]
        meetings = mb.meetings()
        meeting = next(m for m in meetings if m.has_minutes)
        full = mb.meeting(meeting.key)
        minute = next(i for i in full.items if i.resolutions and not i.exempt)
        key = item_key(meeting.key, minute.number, minute.title)
        quote = minute.resolutions[-1].text
        pages: dict[str, tuple[str, Callable[[], Any] | None]] = {
            "home (ask form)": ("/", mb.committees),
            "search form": ("/search", mb.committees),
            "meetings": ("/meetings", mb.meetings),
            "a meeting": (f"/meetings/{meeting.key}", lambda: mb.meeting(meeting.key)),
            "a minute, quote marked": (f"/items/{key}", lambda: mb.item(key)),
            "follow-up register": ("/actions", mb.actions),
            "register, overdue": ("/actions?status=overdue", mb.actions),
            "register CSV": ("/actions.csv", mb.actions),
            "papers (ingest status)": ("/papers", lambda: (mb.catalogue.documents(), mb.catalogue.failures())),
            "API docs": ("/docs", None),
        }
        out: dict[str, Any] = {"rounds": rounds, "goal_p95_ms": GOAL_MS, "meetings": len(meetings), "pages": {}}
        for name, (path, bare) in pages.items():
            params = {"quote": quote} if path.startswith("/items/") else None
            r = client.get(path, headers=HTML, params=params)
            if r.status_code != 200:
                raise RuntimeError(f"{path} answered {r.status_code}")
            def fetch(p: str = path, q: dict[str, str] | None = params) -> Any:
                return client.get(p, headers=HTML, params=q)

            timed, read = _time(fetch, bare, rounds)
            page = _ms(timed)
            row: dict[str, Any] = {"path": path, **page}
            if read:
                b = _ms(read)
                row |= {"bare_p50_ms": b["p50_ms"], "ratio_p50": round(page["p50_ms"] / max(b["p50_ms"], 0.01), 1)}
            out["pages"][name] = row
        out["healthz"] = _ms(_time(lambda: client.get("/healthz"), None, rounds)[0])  # the app's floor per request
    out["max_p95_ms"] = max(r["p95_ms"] for r in out["pages"].values())
    out["goal_met"] = out["max_p95_ms"] < GOAL_MS
    return out


def rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    """The figures as (measure, value) rows for the bench table."""
    out = []
    for name, r in result["pages"].items():
        bare = f"; bare read p50 {r['bare_p50_ms']} ms (x{r['ratio_p50']})" if "bare_p50_ms" in r else ""
        out.append((f"page: {name}", f"p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms{bare}"))
    verdict = "met" if result["goal_met"] else "NOT met"
    out.append(("page serve times", f"slowest p95 {result['max_p95_ms']} ms (goal < {result['goal_p95_ms']} ms: "
                                    f"{verdict}); /healthz p50 {result['healthz']['p50_ms']} ms"))
    return out
