"""Dates and times as the API accepts them (issue 12): written out, and plausible.

Pydantic would take a number as seconds since 1970 (`?to=0` became 1970-01-01)
and any year from 1 to 9999. A day must be written YYYY-MM-DD, a moment as an
ISO 8601 date-time, both between 2000 and 2100; anything else is a 422 that
says how to write it.
"""

import re
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _written_day(value):
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DAY.match(value.strip()):
        return value.strip()
    raise ValueError("a date is written YYYY-MM-DD, e.g. 2026-03-01")


def _written_moment(value):
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _MOMENT.match(value.strip()):
        return value.strip()
    raise ValueError("a time is written in ISO 8601, e.g. 2026-03-01T09:30:00+01:00")


def _plausible(value):
    day = value.date() if isinstance(value, datetime) else value
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"the date must be between {FIRST_DAY} and {LAST_DAY}")
    return value


Day = Annotated[date, BeforeValidator(_written_day), AfterValidator(_plausible)]
Moment = Annotated[datetime, BeforeValidator(_written_moment), AfterValidator(_plausible)]
