"""Load test: N concurrent clients for T seconds on ``/ask`` and ``/search`` against a real ``minutebook serve``.

The service is started cold (a fresh process: ``python -m entry.cli serve`` under uvicorn) on a free loopback
port; the clock starts once ``/healthz`` says ready. Each client loops, alternating a question on ``/ask`` and
one on ``/search`` (questions from a JSONL set, taken in turn), while one more client polls ``/healthz`` every
100 ms. Reported: requests and throughput, errors (a status other than 200, or no answer within the client's
timeout), p50/p95/p99/max latency per route, ``/healthz`` latency during the load, and the server's RSS when
ready and after the run (and their ratio).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

READY_TIMEOUT_S = 300.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children (the reader children, if any), in MB."""
    total = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1]) / 1024
    return round(total, 1)


def _pcts(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    v = sorted(values)

    def at(p: float) -> float:
        return round(v[min(len(v) - 1, int(p * len(v)))] * 1000, 1)

    return {"p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99), "max_ms": round(v[-1] * 1000, 1)}


def _questions(path: Path) -> list[str]:
    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            out.append(json.loads(line)["question"])
    return out or ["What was resolved?"]


async def _drive(url: str, clients: int, seconds: float, questions: list[str], timeout_s: float) -> dict[str, Any]:
    latencies: dict[str, list[float]] = {"ask": [], "search": [], "healthz": []}
    errors: dict[str, dict[str, int]] = {"ask": {}, "search": {}, "healthz": {}}
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients + 2, max_keepalive_connections=clients + 2)

    def fail(route: str, why: str) -> None:
        errors[route][why] = errors[route].get(why, 0) + 1

    async with httpx.AsyncClient(base_url=url, timeout=timeout_s, limits=limits) as http:

        async def client(n: int) -> None:
            i = n
            while time.monotonic() < stop:
                q = questions[i % len(questions)]
                for route in ("ask", "search"):
                    started = time.monotonic()
                    try:
                        if route == "ask":
                            r = await http.post("/ask", json={"question": q})
                        else:
                            r = await http.get("/search", params={"q": q, "k": 10})
                    except httpx.TimeoutException:
                        fail(route, "timeout")
                        continue
                    except httpx.TransportError as err:
                        fail(route, type(err).__name__)
                        continue
                    latencies[route].append(time.monotonic() - started)
                    if r.status_code != 200:
                        fail(route, str(r.status_code))
                i += clients

        async def health() -> None:
            while time.monotonic() < stop:
                started = time.monotonic()
                try:
                    r = await http.get("/healthz")
                    latencies["healthz"].append(time.monotonic() - started)
                    if r.status_code != 200:
                        fail("healthz", str(r.status_code))
                except httpx.HTTPError as err:
                    fail("healthz", type(err).__name__)
                await asyncio.sleep(0.1)

        started = time.monotonic()
        await asyncio.gather(health(), *(client(n) for n in range(clients)))
        elapsed = time.monotonic() - started
    done = len(latencies["ask"]) + len(latencies["search"])
    return {
        "elapsed_s": round(elapsed, 1),
        "requests": done,
        "throughput_rps": round(done / elapsed, 1),
        "errors": {route: sum(e.values()) for route, e in errors.items()},
        "error_kinds": errors,
        "ask": {"n": len(latencies["ask"]), **_pcts(latencies["ask"])},
        "search": {"n": len(latencies["search"]), **_pcts(latencies["search"])},
        "healthz": {"n": len(latencies["healthz"]), **_pcts(latencies["healthz"])},
    }


def run_load(store: Path, questions: Path, *, clients: int = 50, seconds: float = 60.0, timeout_s: float = 30.0,
             env: dict[str, str] | None = None) -> dict[str, Any]:
    """Start ``minutebook serve`` on ``store`` cold, load it, stop it; the figures."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    root = Path(__file__).resolve().parents[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "entry.cli", "serve", "--store", str(store), "--port", str(port)],
        cwd=root,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        t0 = time.monotonic()
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"the service exited with code {server.returncode} before it was ready")
            try:
                if httpx.get(f"{url}/healthz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() - t0 > READY_TIMEOUT_S:
                raise RuntimeError("the service was not ready in time")
            time.sleep(0.1)
        ready_s = time.monotonic() - t0
        rss_ready = _rss_mb(server.pid)
        figures = asyncio.run(_drive(url, clients, seconds, _questions(questions), timeout_s))
        rss_after = _rss_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return {
        "clients": clients,
        "seconds": seconds,
        "ready_s": round(ready_s, 1),
        **figures,
        "rss_ready_mb": rss_ready,
        "rss_after_mb": rss_after,
        "rss_ratio": round(rss_after / rss_ready, 2) if rss_ready else None,
    }
