"""`client.compat`: the Twilio-compatible (cXML, formerly LaML) API, one module per resource.

Every path sits under `/api/laml/2010-04-01`; `{AccountSid}` is filled by the client (the
project, or the subaccount of `client.compat.for_account(sid)`). Parameters are form fields
with the API's PascalCase names (`Op(..., form=True)`), and lists page by `next_page_uri`
with a per-resource items key (`Op(..., items="calls")`). Each module here defines one
`RESOURCE`; this package joins them, in name order.
"""

from __future__ import annotations

from .. import Namespace, members

BASE = "/api/laml/2010-04-01"
ACCOUNT = f"{BASE}/Accounts/{{AccountSid}}"


NAMESPACE = Namespace(
    "compat",
    "Compat",
    "the Twilio-compatible API (calls, messages, faxes, numbers and more)",
    members(__name__, __path__, "RESOURCE"),
    per_account=True,
)
