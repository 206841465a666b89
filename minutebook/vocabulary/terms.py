"""The form of an entry (:class:`Term`) and how entries are joined into one pattern.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One form a clerk writes, and where it comes from."""

    form: str  # a regular-expression fragment
    source: str


def alternation(terms: tuple[Term, ...]) -> str:
    """The forms of ``terms`` as one non-capturing alternation."""
    return "(?:" + "|".join(t.form for t in terms) + ")"


def compiled(terms: tuple[Term, ...], template: str = "{}", flags: int = re.I) -> re.Pattern[str]:
    """Compile ``template`` with the alternation of ``terms`` in place of ``{}``."""
    return re.compile(template.replace("{}", alternation(terms)), flags)
