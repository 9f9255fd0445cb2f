"""Dates and times as the API accepts them (issue 12): written out, and plausible.

Pydantic would take a number as seconds since 1970 (`?to=0` became 1970-01-01)
and any year from 1 to 9999. A day must be written YYYY-MM-DD, a moment as an
ISO 8601 date-time, both between 2000 and 2100; anything else is a 422 that
says how to write it.
"""

import re
from datetime import date, datetime, time, timedelta
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema
from pydantic_core import core_schema

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


class _WrittenMoment:
    """A moment is a datetime, or a text that starts like an ISO 8601 date-time (no
    number of seconds since 1970), on a plausible day (as `_plausible`: its own date,
    not UTC's, between FIRST_DAY and LAST_DAY), all checked in pydantic's own code: a
    phone's batch has a moment per event, and a Python validator per value was a tenth
    of the ingest's time on the event loop."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source, handler):
        written = core_schema.union_schema(
            [
                core_schema.is_instance_schema(datetime),
                core_schema.str_schema(pattern=_MOMENT.pattern, strip_whitespace=True),
            ]
        )
        told = core_schema.custom_error_schema(
            written,
            custom_error_type="moment_written",
            custom_error_message=("a time is written in ISO 8601, e.g. 2026-03-01T09:30:00+01:00"),
        )
        # Compared field by field, offset aside: a moment's own date, as `_plausible`.
        in_range = core_schema.datetime_schema(
            ge=datetime.combine(FIRST_DAY, time()),
            lt=datetime.combine(LAST_DAY + timedelta(days=1), time()),
        )
        plausible = core_schema.custom_error_schema(
            in_range,
            custom_error_type="moment_plausible",
            custom_error_message=f"the date must be between {FIRST_DAY} and {LAST_DAY}",
        )
        return core_schema.chain_schema([told, handler(source), plausible])


def _plausible(value):
    day = value.date() if isinstance(value, datetime) else value
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"the date must be between {FIRST_DAY} and {LAST_DAY}")
    return value


Day = Annotated[date, BeforeValidator(_written_day), AfterValidator(_plausible)]
Moment = Annotated[
    datetime,
    _WrittenMoment,
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
