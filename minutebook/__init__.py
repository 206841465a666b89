"""minutebook: a retrieval service and chat assistant over committee papers.

This package is the domain, the floor every stage stands on: the model of the
minute book (:mod:`minutebook.model`, with the :class:`~minutebook.model.Audience`
policy for exempt material), the settings object (:mod:`minutebook.settings`),
the named errors (:mod:`minutebook.errors`) and dates as papers write them
(:mod:`minutebook.dates`). The stages stand on it: ``ingest`` (papers to the
catalogue), ``index`` (catalogue to hybrid search), ``service`` (answers over
HTTP), ``bot`` (Slack) and ``evals`` (measurement); ``entry`` (the command line
and the composition root) is the top floor.
"""

__version__ = "0.1.0"
