"""What a new user waits for, timed in fresh processes: ``minutebook serve`` until ``/healthz`` answers and then
its first answer (with the serving process's memory), and ``minutebook ask`` end to end.

The command is given by the caller (the composition root knows how the CLI is started), so this module starts
processes without importing the entry package.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status_mb(pid: int, field: str) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _post(url: str, payload: dict[str, Any], timeout: float = 120) -> dict[str, Any]:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return dict(json.loads(response.read()))


def serve_times(cli: list[str], store: Path, questions: list[str], env: dict[str, str] | None = None,
                timeout: float = 300) -> dict[str, Any]:
    """Start ``minutebook serve`` on ``store``: seconds until ``/healthz`` is 200, then the first answer's seconds,
    and the process's memory after it has answered ``questions`` (its resident and peak RSS)."""
    port = _free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen([*cli, "serve", "--store", str(store), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    try:
        healthy = None
        while time.perf_counter() - t0 < timeout:
            if proc.poll() is not None:
                raise RuntimeError(f"minutebook serve exited: {proc.stderr.read() if proc.stderr else ''}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    if response.status == 200:
                        healthy = time.perf_counter() - t0
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.02)
        if healthy is None:
            raise RuntimeError(f"minutebook serve was not healthy within {timeout} s")
        t1 = time.perf_counter()
        first = _post(f"http://127.0.0.1:{port}/ask", {"question": questions[0]})
        first_s = time.perf_counter() - t1
        for q in questions[1:]:
            _post(f"http://127.0.0.1:{port}/ask", {"question": q})
        return {"healthy_s": round(healthy, 2), "first_answer_s": round(first_s, 3), "found": first.get("found"),
                "asked": len(questions), "rss_mb": _status_mb(proc.pid, "VmRSS"),
                "peak_rss_mb": _status_mb(proc.pid, "VmHWM")}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def cli_ask_time(cli: list[str], store: Path, question: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """``minutebook ask --json QUESTION`` in a new process: wall seconds from start to the printed answer."""
    t0 = time.perf_counter()
    out = subprocess.run([*cli, "ask", "--store", str(store), "--json", question], capture_output=True, text=True,
                         timeout=600, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - t0
    if out.returncode not in (0, 3):  # 3: answered "not found"
        raise RuntimeError(f"minutebook ask failed ({out.returncode}): {out.stderr[-500:]}")
    return {"seconds": round(wall, 2), "found": json.loads(out.stdout)["found"]}
