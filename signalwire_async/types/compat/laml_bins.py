"""`compat.laml_bins`: cXML scripts (LaML bins) that SignalWire hosts at a URL of their own.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs
from typing_extensions import Required

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields

__all__ = [
    "CompatLamlBin",
    "CompatLamlBinCreateParams",
    "CompatLamlBinListParams",
    "CompatLamlBinUpdateParams",
]


@attrs.frozen(kw_only=True)
class CompatLamlBin(Model):
    """A cXML script, requested at its `request_url`."""

    sid: str
    """The script's id (a uuid)."""
    account_sid: str | None = None
    name: str | None = None
    contents: str | None = None
    """The cXML document itself."""
    request_url: str | None = None
    """The URL to point a call or message handler at."""
    num_requests: int | None = None
    """How many times the script has been requested."""
    date_created: str | None = None
    date_updated: str | None = None
    date_last_accessed: str | None = None
    """None until the script is first requested."""
    api_version: str | None = None
    uri: str | None = None


# Parameters: the API's form field (or query) names. Each inherits the request options.


class _CompatLamlBinListFields(ParamFields, total=False):
    Name: str | None
    """Only scripts with this name."""


class CompatLamlBinListParams(_CompatLamlBinListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.laml_bins.list()`: paging, and a name filter."""


class _CompatLamlBinCreateFields(ParamFields, total=False):
    Name: Required[str]
    """A name of your choosing."""
    Contents: str | None
    """The cXML document, e.g. `<Response><Say>Hello</Say></Response>`."""


class CompatLamlBinCreateParams(_CompatLamlBinCreateFields, RequestKeywords):
    """Form of `compat.laml_bins.create()`."""


class _CompatLamlBinUpdateFields(ParamFields, total=False):
    Name: str | None
    Contents: str | None


class CompatLamlBinUpdateParams(_CompatLamlBinUpdateFields, RequestKeywords):
    """Form of `compat.laml_bins.update()`; fields left out are not changed."""
