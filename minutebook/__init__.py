"""minutebook: a retrieval service and chat assistant over committee papers.

The package holds what every stage shares: the domain model of the minute
book (:mod:`minutebook.model`), the settings object (:mod:`minutebook.settings`),
the named errors (:mod:`minutebook.errors`) and the command line
(:mod:`minutebook.cli`). The stages live beside it: ``ingest`` (papers to the
catalogue), ``index`` (catalogue to hybrid search), ``service`` (answers over
HTTP), ``bot`` (Slack) and ``evals`` (measurement).
"""

__version__ = "0.1.0"
