"""The entry package: the composition root (:mod:`entry.compose`), the ``minutebook`` command
(:mod:`entry.cli`, its tables in :mod:`entry.terminal`) and the Slack Socket Mode runner (:mod:`entry.socket`).

It is the top floor: it may import every stage, and nothing imports it.
"""
