"""The id type every path, query and body id is checked against.

Ids are PostgreSQL `integer`s: a larger number (2^31 and up, 2^64) is no id of
ours and would only make the database raise. With this type such numbers get a
422 before any query runs, and the OpenAPI schema says so.
"""

from typing import Annotated

from annotated_types import Ge, Le

MAX_ID = 2**31 - 1
Id = Annotated[int, Ge(1), Le(MAX_ID)]
