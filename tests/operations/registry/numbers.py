"""Operation rows of `registry.numbers`: phone numbers assigned to campaigns."""

from __future__ import annotations

from .. import Row
from ._data import ASSIGNMENT_ID, BASE

ROWS = [
    Row(
        call="registry.numbers.delete",
        args=(ASSIGNMENT_ID,),
        method="DELETE",
        path=f"{BASE}/numbers/{ASSIGNMENT_ID}",
        status=204,
    ),
]
