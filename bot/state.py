"""What the bot remembers between requests: answers behind buttons, conversations in threads, events handled.

All three are safe to share between Bolt's listener threads. Answers and threads live in memory (bounded; a
lost entry only costs a second look-up: buttons carry the question, threads are read back from Slack). Events
handled are kept in a small SQLite file in the store when it can be written, so a Slack retry that reaches
another worker process, or the same process after a restart, is still recognised.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from service.schemas import Answer

log = logging.getLogger("minutebook.bot")


@dataclass
class AnswerRecord:
    """An answer the bot gave, kept so its buttons can share it or rate it without asking again."""

    question: str
    answer: Answer
    rated_by: set[str] = field(default_factory=set)


class AnswerCache:
    """The most recent answers by key (least recently used out first)."""

    def __init__(self, size: int = 2000) -> None:
        self._size = size
        self._items: OrderedDict[str, AnswerRecord] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, question: str, answer: Answer) -> str:
        key = uuid.uuid4().hex
        with self._lock:
            self._items[key] = AnswerRecord(question, answer)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return key

    def get(self, key: str) -> AnswerRecord | None:
        with self._lock:
            record = self._items.get(key)
            if record is not None:
                self._items.move_to_end(key)
            return record

    def remember(self, key: str, record: AnswerRecord) -> None:
        """Put back an answer asked again after it had left the cache, under its old key."""
        with self._lock:
            self._items[key] = record
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def first_rating(self, key: str, user: str) -> bool:
        """True the first time ``user`` rates answer ``key``: a double click records one verdict, not two."""
        with self._lock:
            record = self._items.get(key)
            if record is None:
                return True
            if user in record.rated_by:
                return False
            record.rated_by.add(user)
            return True


class ThreadMemory:
    """Questions asked in each conversation thread the bot takes part in, keyed by (channel, thread_ts).

    A thread checked and found not to be the bot's is remembered for ``negative_ttl_s``, so chatter in other
    threads does not cost a conversations.replies call per message.
    """

    def __init__(self, size: int = 5000, negative_ttl_s: float = 600.0) -> None:
        self._size = size
        self._ttl = negative_ttl_s
        self._threads: OrderedDict[tuple[str, str], list[str]] = OrderedDict()
        self._not_ours: OrderedDict[tuple[str, str], float] = OrderedDict()
        self._lock = threading.Lock()

    def questions(self, channel: str, thread_ts: str) -> list[str] | None:
        """The thread's earlier questions, or None when the bot does not know this thread."""
        with self._lock:
            qs = self._threads.get((channel, thread_ts))
            if qs is None:
                return None
            self._threads.move_to_end((channel, thread_ts))
            return list(qs)

    def add(self, channel: str, thread_ts: str, question: str) -> None:
        with self._lock:
            key = (channel, thread_ts)
            self._not_ours.pop(key, None)
            self._threads.setdefault(key, []).append(question)
            self._threads.move_to_end(key)
            while len(self._threads) > self._size:
                self._threads.popitem(last=False)

    def adopt(self, channel: str, thread_ts: str, questions: list[str]) -> None:
        """Take on a thread read back from Slack (after a restart, or one another worker answered)."""
        with self._lock:
            key = (channel, thread_ts)
            self._not_ours.pop(key, None)
            self._threads[key] = list(questions)
            while len(self._threads) > self._size:
                self._threads.popitem(last=False)

    def mark_not_ours(self, channel: str, thread_ts: str) -> None:
        with self._lock:
            self._not_ours[(channel, thread_ts)] = time.monotonic() + self._ttl
            while len(self._not_ours) > self._size:
                self._not_ours.popitem(last=False)

    def known_not_ours(self, channel: str, thread_ts: str) -> bool:
        with self._lock:
            until = self._not_ours.get((channel, thread_ts))
            if until is None:
                return False
            if until < time.monotonic():
                del self._not_ours[(channel, thread_ts)]
                return False
            return True


class EventLedger:
    """Slack event ids already taken on, so a retry of one (``X-Slack-Retry-Num``) is acknowledged and dropped.

    An id is claimed when the event arrives, before any work: a retry that comes while the first delivery is
    still being answered is dropped too. Ids are forgotten after ``ttl_s`` (Slack retries within minutes).
    With ``path`` the ledger is a SQLite file shared by every process on the store; without it (or when the
    file cannot be opened) it is kept in memory.
    """

    def __init__(self, path: Path | None = None, ttl_s: float = 3600.0) -> None:
        self._ttl = ttl_s
        self._lock = threading.Lock()
        self._memory: OrderedDict[str, float] = OrderedDict()
        self._conn: sqlite3.Connection | None = None
        self._claims = 0
        if path is not None:
            try:
                conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode = WAL").fetchall()
                conn.execute("CREATE TABLE IF NOT EXISTS slack_events (event_id TEXT PRIMARY KEY, at REAL NOT NULL)")
                self._conn = conn
            except sqlite3.Error as e:
                log.warning("slack event ledger %s unavailable (%s); keeping it in memory", path, e)

    def claim(self, event_id: str) -> bool:
        """True if ``event_id`` is new (and now taken); False if it was already taken."""
        now = time.time()
        with self._lock:
            self._claims += 1
            if self._conn is not None:
                try:
                    return self._claim_sql(event_id, now)
                except sqlite3.Error as e:
                    log.warning("slack event ledger failed (%s); falling back to memory", e)
            return self._claim_memory(event_id, now)

    def _claim_sql(self, event_id: str, now: float) -> bool:
        assert self._conn is not None
        if self._claims % 500 == 0:
            self._conn.execute("DELETE FROM slack_events WHERE at < ?", (now - self._ttl,))
        cur = self._conn.execute("INSERT OR IGNORE INTO slack_events (event_id, at) VALUES (?, ?)", (event_id, now))
        if cur.rowcount == 1:
            return True
        row = self._conn.execute("SELECT at FROM slack_events WHERE event_id = ?", (event_id,)).fetchone()
        if row is not None and row[0] < now - self._ttl:  # an old id reused after its time: take it again
            self._conn.execute("UPDATE slack_events SET at = ? WHERE event_id = ?", (now, event_id))
            return True
        return False

    def _claim_memory(self, event_id: str, now: float) -> bool:
        while self._memory and next(iter(self._memory.values())) < now - self._ttl:
            self._memory.popitem(last=False)
        if event_id in self._memory:
            return False
        self._memory[event_id] = now
        return True

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
