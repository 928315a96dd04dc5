"""Namespaces and resources: generated from declarations, imported only when first used.

How an operation is declared (the pattern for every namespace):

* **One place per operation.** Each operation is one `Op(...)` in
  `signalwire_async/_declarations/<namespace>.py`: its Python name, HTTP method and path
  exactly as the spec says, its parameter `TypedDict`, its model, and whether it pages or
  takes other credentials. The shape most resources share (list, create, get, update, delete,
  list_addresses) is one `crud(...)` call. `python scripts/generate.py` writes the
  resource modules here (one class per resource, one typed method per operation, a one-line
  body calling `AsyncResource._send`, `_send_empty` or `_list`), the lazy type exports, the
  sync twins and `api.md`. Never edit a generated file; `--check` fails on drift.
* **Types by hand.** A resource's models (attrs classes over the JSON) and parameter
  `TypedDict`s (inheriting `RequestOptions`) live in
  `signalwire_async/types/<namespace>/<resource>.py`, each public name listed in the
  module's `__all__` (the generator exports exactly those, and refuses a module without
  one); the declarations name them. Parameters describe what a caller sends: "required"
  means the caller must supply it.
* **Corrections to the spec** (a field it omits, a server-assigned field it requires) go in
  `signalwire_async/_spec_corrections.py`, one `Correction` each with its reason; the
  `TypedDict`s follow that list and a test checks that they do.
* **Tests are rows.** Each operation is a row of `tests/operations/<namespace>.py`: the
  request it must send and the answer it must decode. A missing or misrouted method fails.
* **Credentials.** `auth="subscriber"` gives the method a required `subscriber_token=`
  argument sent as a Bearer token; `auth="none"` sends no credentials. Neither ever sends
  the project's.
* **Other shapes, one field each.** A wrapper (`phone_numbers.set_ai_agent`) adds
  `fixed=` body fields and `body_args=` positional ones; a command (`calling.play`) nests
  the keyword arguments with `nest="params"`, and `starts=True` fills and returns its
  `control_id`; a JSON-RPC call (`ai.chat`) gets `fresh_id="id"`. A Compatibility
  operation says `form=True` (and `items=` for its lists), and its `{AccountSid}` is filled
  by the client (`Namespace(per_account=True)` adds `for_account(sid)`). A namespace is a
  new module in `signalwire_async/_declarations/` and a new module or package in
  `tests/operations/`: both are found by name. The fake space (`signalwire_async.testing`)
  serves whatever is declared.
"""
