"""PDFs, read by :mod:`ingest.pdf_worker` in a child process that is killed at the time limit.

The worker sits outside this package so that its process imports only what reading a PDF needs (starting
it under ``ingest.readers`` would import every reader first, for every PDF)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from minutebook.errors import IngestError, IngestReason
from minutebook.model import Line, SourceFormat, SourceText


def read_pdf(path: Path, timeout_s: float) -> SourceText:
    """Run :mod:`ingest.pdf_worker` in a child process, killed after ``timeout_s`` seconds."""
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "ingest.pdf_worker", str(path.resolve())]
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=timeout_s, env=env, stdin=subprocess.DEVNULL, check=False
        )
    except subprocess.TimeoutExpired:
        raise IngestError(IngestReason.TIMEOUT, f"PDF took longer than {timeout_s:g} s to read") from None
    try:
        result = json.loads(done.stdout)
    except ValueError:
        error = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        detail = error[-1] if error else f"exit code {done.returncode}"
        raise IngestError(IngestReason.CORRUPT, f"PDF reader failed: {detail}") from None
    if not result.get("ok"):
        raise IngestError(IngestReason(result["reason"]), result["message"])
    lines = [Line(**line) for line in result["lines"]]
    return SourceText(format=SourceFormat.PDF, lines=lines, page_count=result["page_count"], title=result["title"])
