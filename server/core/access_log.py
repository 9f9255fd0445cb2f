"""Keeps secrets out of the access log.

A participant's sign-in card is a QR code holding `<base>/app/signin/<token>`;
the phone opens it with a GET, so uvicorn would write the live token into the
access log (and anywhere logs are shipped). This filter rewrites the logged
path before any handler sees it: the sign-in path's token, and the value of
any token-like query parameter, become `[redacted]`.
"""

import logging
import re

REDACTED = "[redacted]"
# /signin/<token> anywhere in a path (the Flet client is mounted at /app).
_SIGNIN = re.compile(r"(/signin/)[^/?#\s]+", re.IGNORECASE)
_QUERY = re.compile(
    r"([?&](?:token|access_token|device_token|card|password)=)[^&#\s]*", re.IGNORECASE
)


def redact(text: str) -> str:
    return _QUERY.sub(rf"\g<1>{REDACTED}", _SIGNIN.sub(rf"\g<1>{REDACTED}", text))


class RedactTokens(logging.Filter):
    """For uvicorn.access: its records are ('%s - "%s %s HTTP/%s" %d', client, method,
    path, version, status); the path (and, to be safe, any other string) is redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install(logger_name: str = "uvicorn.access") -> None:
    """Add the filter once (create_app may run more than once in a process)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, RedactTokens) for f in logger.filters):
        logger.addFilter(RedactTokens())
