"""`client.compat.laml_bins`: cXML scripts (LaML bins) hosted by SignalWire."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

BASE = f"{ACCOUNT}/LamlBins"
ONE = f"{BASE}/{{sid}}"

RESOURCE = Resource(
    "laml_bins",
    "CompatLamlBins",
    "hosted cXML scripts (LaML bins), each served at its own URL",
    [
        Op(
            "list",
            "GET",
            BASE,
            "CompatLamlBin",
            "CompatLamlBinListParams",
            paged=True,
            form=True,
            items="laml_bins",
            summary="every cXML script of the account",
        ),
        Op(
            "create",
            "POST",
            BASE,
            "CompatLamlBin",
            "CompatLamlBinCreateParams",
            form=True,
            summary="store a new cXML script",
        ),
        Op("get", "GET", ONE, "CompatLamlBin", form=True, summary="one cXML script"),
        Op(
            "update",
            "POST",
            ONE,
            "CompatLamlBin",
            "CompatLamlBinUpdateParams",
            form=True,
            summary="change a cXML script's name or contents",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete a cXML script"),
    ],
)
