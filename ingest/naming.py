"""Naming papers to people: the shortest part of each path that tells it from the others (the ingest summary,
the papers page)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath


def short_names(paths: Sequence[str]) -> list[str]:
    """Each path's file name, with as many parent folders as it takes to tell it from the others.

    ``[".../pdf/ilsc-minutes.pdf", ".../html/ilsc-minutes.pdf"]`` -> ``["pdf/ilsc-minutes.pdf",
    "html/ilsc-minutes.pdf"]``; a name that is unique stays a bare file name.
    """
    parts = [PurePath(p).parts for p in paths]
    depth = [1] * len(paths)
    while True:
        names = [str(PurePath(*p[-d:])) for p, d in zip(parts, depth, strict=True)]
        seen: dict[str, list[int]] = {}
        for i, name in enumerate(names):
            seen.setdefault(name, []).append(i)
        clashes = [i for same in seen.values() if len(same) > 1 for i in same if depth[i] < len(parts[i])]
        if not clashes:
            return names
        for i in clashes:
            depth[i] += 1
