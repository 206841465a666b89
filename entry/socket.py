"""Socket Mode: ``minutebook slack`` runs the bot over a WebSocket, for installs without a public URL.

The same listeners as HTTP mode (``bot.listeners.build_app``), given the public minute book; the connection
needs an app-level token (``SLACK_APP_TOKEN``, ``xapp-…``, scope ``connections:write``) and the bot token
(``SLACK_BOT_TOKEN``).
"""

from __future__ import annotations

import logging

from entry.compose import open_minutebook
from minutebook.errors import MinutebookError
from minutebook.settings import Settings

log = logging.getLogger("minutebook.bot")


class SlackConfigError(MinutebookError):
    """The Slack tokens this mode needs are not in the environment."""


def check_socket_settings(settings: Settings) -> tuple[str, str]:
    """The app-level and bot tokens, or a clear error naming what is missing."""
    missing = [name for name, value in (("SLACK_APP_TOKEN", settings.slack_app_token),
                                        ("SLACK_BOT_TOKEN", settings.slack_bot_token)) if value is None]
    if missing:
        raise SlackConfigError(
            f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set: Socket Mode needs an "
            "app-level token (xapp-…, scope connections:write) and the bot token (xoxb-…). "
            "See the Slack section of the README."
        )
    assert settings.slack_app_token is not None and settings.slack_bot_token is not None
    app_token = settings.slack_app_token.get_secret_value()
    if not app_token.startswith("xapp-"):
        raise SlackConfigError("SLACK_APP_TOKEN must be an app-level token (it starts with xapp-)")
    return app_token, settings.slack_bot_token.get_secret_value()


def run_socket_mode(settings: Settings) -> None:
    """Open the papers, connect to Slack and answer until interrupted."""
    app_token, _ = check_socket_settings(settings)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.listeners import build_app

    with open_minutebook(settings, warm=True) as mb:
        public = mb.public()  # a Slack workspace is never entitled to exempt material
        app = build_app(settings, lambda: public)
        handler = SocketModeHandler(app, app_token)
        log.info("minutebook: Socket Mode connecting")
        try:
            handler.start()
        finally:
            handler.close()
