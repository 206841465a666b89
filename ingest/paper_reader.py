"""Papers read in a child process with limits: :class:`PaperReader` and its :class:`ReadLimits`.

Every reader (PDF, DOCX, HTML, markdown, text) and the structure stage run in one child process
(:mod:`ingest.reader_process`), kept for a whole batch. A paper whose reading uses more processor time than the time
limit has the child killed (``timeout``): processor time, not the clock, so a busy machine does not fail a paper an
idle one reads (the clock still stops a child that waits on nothing at a few times the limit, and one that works
but never finishes at many times it). One that needs more
memory than the child may have, or more text than a paper holds, fails as ``too-large``; a reader that fails in a
way it does not know fails as ``crashed``. Each of those is that paper's failure alone: the next paper gets a fresh
child, and the batch goes on. The parent checks the file's size before anything is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType

from minutebook.errors import IngestError, IngestReason
from minutebook.model import ParsedDocument
from minutebook.settings import Settings

START_TIMEOUT_S = 120.0  # the child's imports, on a busy machine: not counted against a paper's time
WALL_FACTOR = 4.0  # a paper may take this many times the limit on the clock while its processor time is under it
BUSY_WALL_FACTOR = 30.0  # ... and this many while the child is still working (a machine loaded many times over)
_WORKING = {"R", "D"}  # proc(5) states of a child at work: running or waiting for the CPU, or reading the disk


@dataclass(frozen=True)
class ReadLimits:
    """What reading one paper may take."""

    timeout_s: float = 60.0
    memory_mb: int = 2048
    max_file_mb: int = 200
    max_text_chars: int = 10_000_000

    @classmethod
    def of(cls, settings: Settings) -> ReadLimits:
        return cls(settings.read_timeout_s, settings.read_memory_mb, settings.max_file_mb, settings.max_text_chars)


def check_size(path: Path, limits: ReadLimits) -> None:
    """``too-large`` for a file over the size limit, before anything is read."""
    size = path.stat().st_size
    if size > limits.max_file_mb * 1024 * 1024:
        raise IngestError(
            IngestReason.TOO_LARGE, f"{size / 1024 / 1024:,.0f} MB file (the limit is {limits.max_file_mb} MB)"
        )


def file_sha256(path: Path, limits: ReadLimits) -> str:
    """The file's SHA-256, read in chunks; ``too-large`` before reading a file over the size limit."""
    check_size(path, limits)
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class PaperReader:
    """Reads and parses papers in a child process with a time and memory limit. Use as a context manager."""

    def __init__(self, limits: ReadLimits | None = None) -> None:
        self.limits = limits or ReadLimits()
        self._child: subprocess.Popen[bytes] | None = None
        self._selector: selectors.BaseSelector | None = None
        self._pending = b""

    def __enter__(self) -> PaperReader:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop the child (it also dies with this process)."""
        child, self._child = self._child, None
        if self._selector is not None:
            self._selector.close()
            self._selector = None
        if child is None:
            return
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()

    # ------------------------------------------------------------------ reading

    def read(self, path: Path, source: str | None = None) -> ParsedDocument:
        """The paper at ``path`` understood (``source`` names it; the path by default), or :class:`IngestError`."""
        path = Path(path)
        if not path.is_file():
            raise IngestError(IngestReason.UNSUPPORTED, "no such file" if not path.exists() else "not a file")
        check_size(path, self.limits)
        self._start()
        request = json.dumps({"path": str(path.resolve()), "source": source or str(path)})  # ASCII
        child = self._child
        assert child is not None and child.stdin is not None
        try:
            child.stdin.write(request.encode("ascii") + b"\n")
            child.stdin.flush()
        except (BrokenPipeError, OSError):
            raise self._died() from None
        line = self._reply()
        if line is None:
            self._kill()
            raise IngestError(
                IngestReason.TIMEOUT,
                f"reading it took more than {self.limits.timeout_s:g} s of processor time (the reader was stopped)",
            )
        reply = json.loads(line)
        if not reply.get("ok"):
            if reply["reason"] == IngestReason.TOO_LARGE.value and "memory" in reply["message"]:
                self.close()  # it ran out of memory and exits: the next paper gets a fresh one
            raise IngestError(IngestReason(reply["reason"]), reply["message"])
        return ParsedDocument.model_validate(reply["doc"])

    def _start(self) -> None:
        if self._child is not None and self._child.poll() is None:
            return
        self.close()
        root = str(Path(__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        limits = json.dumps(asdict(self.limits))
        self._child = subprocess.Popen(
            [sys.executable, "-m", "ingest.reader_process", limits],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,  # Ctrl-C reaches this process, which stops the child; not the child itself
        )
        assert self._child.stdout is not None
        os.set_blocking(self._child.stdout.fileno(), False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._child.stdout, selectors.EVENT_READ)
        self._pending = b""
        ready = self._line(time.monotonic() + START_TIMEOUT_S)
        if ready is None or not json.loads(ready).get("ready"):
            self._kill()
            raise IngestError(IngestReason.CRASHED, "the reader process did not start")

    def _reply(self) -> bytes | None:
        """The child's answer to a paper, or None once it has used the time limit in processor time.

        The child is waited on in steps of what is left of the limit; when the clock says the limit has passed, the
        child's processor time decides: under the limit (it shared the processor), the wait goes on, up to
        :data:`WALL_FACTOR` times the limit on the clock, or :data:`BUSY_WALL_FACTOR` times while the child is at
        work (on a machine loaded many times over, a paper's second of processor time can take a minute).
        """
        assert self._child is not None
        limit = self.limits.timeout_s
        started, at_start = time.monotonic(), _progress(self._child.pid)
        deadline = started + limit
        while True:
            line = self._line(deadline)
            if line is not None:
                return line
            progress = _progress(self._child.pid)
            now = time.monotonic()
            if progress is None or at_start is None or now - started >= BUSY_WALL_FACTOR * limit:
                return None
            used, state = progress
            if now - started >= WALL_FACTOR * limit and state not in _WORKING:
                return None
            left = limit - (used - at_start[0])
            if left <= 0:
                return None
            deadline = now + min(left, limit)  # looked at again at least once a limit, to see if it still works

    def _line(self, deadline: float) -> bytes | None:
        """The child's next line of output; None at the deadline; :class:`IngestError` if the child died."""
        assert self._child is not None and self._child.stdout is not None and self._selector is not None
        cap = 16 * self.limits.max_text_chars + (1 << 20)  # a reply is the paper's text a few times over
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if not self._selector.select(timeout=left):
                continue
            chunk = os.read(self._child.stdout.fileno(), 1 << 20)
            if not chunk:
                raise self._died()
            self._pending += chunk
            if len(self._pending) > cap:
                self._kill()
                raise IngestError(IngestReason.TOO_LARGE, "the reader's answer was larger than any paper's")
        line, _, self._pending = self._pending.partition(b"\n")
        return line

    def _died(self) -> IngestError:
        """The error for a child that died mid-paper (killed by the kernel, or a reader crashing in C)."""
        child = self._child
        code = child.wait() if child is not None else None
        self.close()
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            if -code == signal.SIGKILL:
                return IngestError(IngestReason.TOO_LARGE, f"the reader was killed ({name}), most likely for memory")
            return IngestError(IngestReason.CRASHED, f"the reader crashed on this file ({name})")
        return IngestError(IngestReason.CRASHED, f"the reader stopped on this file (exit code {code})")

    def _kill(self) -> None:
        if self._child is not None and self._child.poll() is None:
            self._child.kill()
        if self._child is not None:
            self._child.wait()
        self.close()


def _progress(pid: int) -> tuple[float, str] | None:
    """The processor time (user + system) process ``pid`` has used and its state letter (``R`` running or waiting to
    run, ``S`` asleep ...), from one read of ``/proc``; None where they are not known."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5), counted after the command name
    return (utime + stime) / os.sysconf("SC_CLK_TCK"), fields[0]
