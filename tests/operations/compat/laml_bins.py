"""Rows of `client.compat.laml_bins`: hosted cXML scripts."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.laml_bins import CompatLamlBin

from ...data import PROJECT
from .. import Row, compat_page

BINS = f"/api/laml/2010-04-01/Accounts/{PROJECT}/LamlBins"
BIN_SID = "2c9e5f1a-64b7-4d03-8e1f-a7b39d520c46"
BIN = f"{BINS}/{BIN_SID}"
REDIRECT = "<Response><Redirect>https://ivr.example.com/menu</Redirect></Response>"
GREETING = "<Response><Say>Thanks for calling Acme Plumbing.</Say><Hangup/></Response>"


def laml_bin(**changes: Any) -> dict[str, Any]:
    """A cXML script as the API sends it, with `changes`."""
    data: dict[str, Any] = {
        "sid": BIN_SID,
        "date_created": "Mon, 16 Nov 2026 09:12:44 +0000",
        "date_updated": "Mon, 16 Nov 2026 09:12:44 +0000",
        "date_last_accessed": None,
        "account_sid": PROJECT,
        "name": "after-hours greeting",
        "contents": GREETING,
        "request_url": f"https://example.signalwire.com/laml-bins/{BIN_SID}",
        "num_requests": 0,
        "api_version": "2010-04-01",
        "uri": BIN,
    }
    data.update(changes)
    return data


ROWS = [
    Row(
        call="compat.laml_bins.list",
        kwargs={"PageSize": 20, "Name": "after-hours greeting"},
        path=BINS,
        query={"PageSize": "20", "Name": "after-hours greeting"},
        response=compat_page(
            "laml_bins",
            [laml_bin(num_requests=37, date_last_accessed="Tue, 17 Nov 2026 22:40:05 +0000")],
            f"{BINS}?PageSize=20",
        ),
        returns=CompatLamlBin,
        paged=True,
        items="laml_bins",
    ),
    Row(
        call="compat.laml_bins.create",
        kwargs={"Name": "after-hours greeting", "Contents": GREETING},
        method="POST",
        path=BINS,
        form=True,
        body={"Name": "after-hours greeting", "Contents": GREETING},
        status=201,
        response=laml_bin(),
        returns=CompatLamlBin,
    ),
    Row(
        call="compat.laml_bins.get",
        args=(BIN_SID,),
        path=BIN,
        response=laml_bin(),
        returns=CompatLamlBin,
    ),
    Row(
        call="compat.laml_bins.update",
        args=(BIN_SID,),
        kwargs={"Contents": REDIRECT},
        method="POST",
        path=BIN,
        form=True,
        body={"Contents": REDIRECT},
        response=laml_bin(
            contents=REDIRECT,
            date_updated="Wed, 18 Nov 2026 08:30:00 +0000",
        ),
        returns=CompatLamlBin,
    ),
    Row(call="compat.laml_bins.delete", args=(BIN_SID,), method="DELETE", path=BIN, status=204),
]
