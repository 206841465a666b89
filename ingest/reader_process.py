"""The child process that reads and parses papers: ``python -m ingest.reader_process LIMITS_JSON``.

:class:`ingest.paper_reader.PaperReader` starts it and kills it when a paper uses more than its time limit;
its memory is capped here, at start (``RLIMIT_AS``), so a decompression bomb or a runaway parse ends in a
``MemoryError`` in this process instead of the machine's memory. It dies with its parent (``PR_SET_PDEATHSIG``).

Protocol, one JSON object a line: it prints ``{"ready": true}`` once its imports are done; then, for each
request ``{"path": ..., "source": ...}`` on stdin, it prints either ``{"ok": true, "doc": <ParsedDocument>}`` or
``{"ok": false, "reason": <IngestReason>, "message": ...}``. It exits at the end of its input, and after a
``MemoryError`` (once it has answered), since a process that ran out of memory may be left in any state.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import resource
import signal
import sys
from pathlib import Path
from typing import Any

from ingest.readers import read_source
from ingest.structure import parse_text
from minutebook.errors import IngestError, IngestReason
from minutebook.model import sha256_bytes

_PR_SET_PDEATHSIG = 1


def _limit(memory_mb: int) -> None:
    """Cap this process's address space, and have the kernel kill it if its parent dies."""
    cap = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    logging.disable(logging.WARNING)  # pdfminer's warnings about damaged files would only be noise here


def _failed(reason: IngestReason, message: str) -> dict[str, Any]:
    return {"ok": False, "reason": reason.value, "message": message}


def read_one(path: str, source: str, max_text_chars: int, memory_mb: int) -> tuple[dict[str, Any], bool]:
    """Read and parse one paper; return the reply and whether this process should go on."""
    try:
        data = Path(path).read_bytes()
        text = read_source(Path(path), max_chars=max_text_chars)
        doc = parse_text(text, source, sha256_bytes(data))
        del data, text
        return {"ok": True, "doc": doc.model_dump(mode="json")}, True
    except IngestError as err:
        return _failed(err.reason, err.message), True
    except OSError as err:
        return _failed(IngestReason.UNSUPPORTED, f"cannot read: {err.strerror or err}"), True
    except MemoryError:  # the process may be in a bad way: the reader starts a fresh one for the next paper
        return _failed(IngestReason.TOO_LARGE, f"reading it needed more than {memory_mb} MB of memory"), False
    except RecursionError:
        return _failed(IngestReason.TOO_LARGE, "nested too deeply to read (a structure hundreds of levels deep)"), True
    except Exception as exc:  # a reader or parser failing on a file it does not expect: the file fails alone
        why = f"{type(exc).__name__}: {str(exc)[:200]}"
        return _failed(IngestReason.CRASHED, f"the reader failed on this file ({why})"), True


def main(argv: list[str]) -> int:
    limits = json.loads(argv[0]) if argv else {}
    memory_mb = int(limits.get("memory_mb", 2048))
    max_text_chars = int(limits.get("max_text_chars", 10_000_000))
    _limit(memory_mb)
    out = sys.stdout.buffer
    out.write(b'{"ready": true}\n')
    out.flush()
    for line in sys.stdin.buffer:
        request = json.loads(line)
        reply, go_on = read_one(request["path"], request["source"], max_text_chars, memory_mb)
        try:
            encoded = json.dumps(reply)  # ASCII: any character survives the pipe
        except MemoryError:
            encoded, go_on = (
                json.dumps(
                    {
                        "ok": False,
                        "reason": IngestReason.TOO_LARGE.value,
                        "message": f"its text needed more than {memory_mb} MB of memory",
                    }
                ),
                False,
            )
        del reply
        out.write(encoded.encode("ascii") + b"\n")
        out.flush()
        if not go_on:
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
