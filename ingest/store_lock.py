"""The store's writer lock: one process at a time may write to a store (or serve it).

An OS file lock (``flock`` through filelock) on ``<store>/.writer.lock``: the kernel releases it when its
process ends, however it ends, so a lock left by a killed process never blocks the next one. The holder writes
its pid and command beside it (``.writer.owner``) so that the next process can say who holds the store.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from minutebook.errors import StoreLockedError


class WriterLock:
    """Held from construction until :meth:`release` (or the end of a ``with`` block)."""

    def __init__(self, store: Path) -> None:
        store.mkdir(parents=True, exist_ok=True)
        self._lock: FileLock | None = FileLock(str(store / ".writer.lock"))
        owner = store / ".writer.owner"
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            self._lock = None
            holder = owner.read_text().strip() if owner.exists() else "another process"
            raise StoreLockedError(
                f"store {store} is in use by {holder}; wait for it to finish, or send requests to the running service"
            ) from None
        owner.write_text(f"pid {os.getpid()} ({' '.join(Path(a).name for a in sys.argv[:2])})")

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.release()
