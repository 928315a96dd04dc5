"""`imported_numbers`: numbers hosted elsewhere, brought into the project.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
The answer is a `PhoneNumber` (`signalwire_async.types.phone_numbers`).
"""

from collections.abc import Sequence
from typing import Literal

from typing_extensions import NotRequired

from .._options import ParamFields, RequestKeywords

__all__ = ["ImportedNumberCapability", "ImportedNumberCreateParams", "ImportedNumberType"]

ImportedNumberType = Literal["longcode", "tollfree"]
"""The kind of number imported."""

ImportedNumberCapability = Literal["sms", "voice", "fax", "mms"]
"""Something an imported number can do."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _ImportedNumberCreateFields(ParamFields):
    number: str
    """The number to import, in E.164 form (5 to 30 characters)."""
    number_type: ImportedNumberType
    """`longcode` or `tollfree`."""
    capabilities: NotRequired[Sequence[ImportedNumberCapability] | None]
    """What the number can do."""


class ImportedNumberCreateParams(_ImportedNumberCreateFields, RequestKeywords):
    """Body of `imported_numbers.create()`."""
