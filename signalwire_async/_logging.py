"""The `SIGNALWIRE_LOG` debug switch: `SIGNALWIRE_LOG=debug` (or `info`) prints the
library's log records to stderr without any logging set up by the application.

Only the `signalwire_async` logger is touched (one handler, its level); the root logger
and propagation are left alone, so handlers the application installs still see records.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

__all__ = ["ENV_LOG", "LOGGER_NAME", "configure_from_env"]

ENV_LOG = "SIGNALWIRE_LOG"
LOGGER_NAME = "signalwire_async"

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# How a later call recognizes the handler an earlier one attached.
_HANDLER_NAME = "signalwire_async.SIGNALWIRE_LOG"


def configure_from_env() -> None:
    """Apply `SIGNALWIRE_LOG` (`debug` or `info`, any case) to the `signalwire_async` logger.

    Set: the logger gets that level and one stderr handler, however often this is called.
    Unset or empty: nothing happens. Anything else: a warning naming the accepted values.
    """
    value = os.environ.get(ENV_LOG, "")
    if not value:
        return
    level = _LEVELS.get(value.strip().lower())
    if level is None:
        accepted = " or ".join(repr(name) for name in _LEVELS)
        warnings.warn(
            f"{ENV_LOG}={value!r} is not a log level this library knows; "
            f"use {accepted} (any case), or leave it unset",
            stacklevel=2,
        )
        return
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    if not any(handler.name == _HANDLER_NAME for handler in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.name = _HANDLER_NAME
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
