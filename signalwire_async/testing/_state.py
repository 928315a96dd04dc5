"""What the fake space holds: the items of each collection (keyed by its concrete path),
the index of their unique values, the singletons a PUT changed, and the tokens issued.

Plain data and the rules for changing it, with no HTTP in sight, so the answers and the
facade can share it. Not thread-safe: the space calls it under its own lock.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Hashable, Mapping
from typing import Any

from . import _routes
from ._routes import Route
from ._samples import Context, fields_of, now_iso, now_rfc2822, sample, shape

_STAMPS = ("created_at", "updated_at", "date_created", "date_updated")


class State:
    """The stored collections and what else a space remembers between requests."""

    def __init__(self, project: str) -> None:
        self.project = project
        """The project the made-up fields name (`project_id`, `account_sid`)."""
        self.collections: dict[str, dict[str, dict[str, Any]]] = {}
        self.tokens: set[str] = set()
        self._unique: dict[str, tuple[str, ...]] = {}  # collection -> its unique fields
        self._holders: dict[tuple[str, str], dict[Any, str]] = {}  # -> value -> item id
        self._singletons: dict[str, dict[str, Any]] = {}

    def clear(self) -> None:
        self.collections.clear()
        self.tokens.clear()
        self._unique.clear()
        self._holders.clear()
        self._singletons.clear()

    def count(self) -> int:
        return sum(len(items) for items in self.collections.values())

    def copied_items(self, collection: str) -> list[dict[str, Any]]:
        """A copy of the items stored at `collection`, safe to keep after the lock."""
        items = self.collections.get(collection, {})
        return [json.loads(json.dumps(item)) for item in items.values()]

    def new_token(self) -> str:
        token = f"fake-{uuid.uuid4().hex}"
        self.tokens.add(token)
        return token

    def _context(self, route: Route) -> Context:
        return Context(self.project, _type_name(route), route.op.form, self.new_token)

    # -- collections -----------------------------------------------------------------------

    def store(self, route: Route, collection: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Create an item of `route`'s model in `collection` from `fields`, the rest made
        up; returns the stored JSON."""
        model = route.model
        item = sample(model, self._context(route))
        shape(model, item, fields)
        declared = fields_of(model)
        key = "sid" if "sid" in declared and "id" not in declared else "id"
        item[key] = str(uuid.uuid4())
        if "display_name" in declared and "display_name" not in item and "name" in fields:
            item["display_name"] = fields["name"]  # a Fabric envelope is named after it
        if "project_id" in declared:  # the API sends it; official code reads it
            item.setdefault("project_id", self.project)
        for stamp in _STAMPS:
            if stamp in declared:
                item[stamp] = now_rfc2822() if stamp.startswith("date_") else now_iso()
        self.collections.setdefault(collection, {})[item[key]] = item
        if route.op.unique:
            self._unique[collection] = route.op.unique
            self._index(collection, item[key], item)
        return item

    def taken(
        self, collection: str, fields: Mapping[str, Any], item_id: str | None = None
    ) -> str | None:
        """The first unique field whose value `fields` give and another item of the
        collection than `item_id` already holds."""
        for field in self._unique.get(collection, ()):
            value = fields.get(field)
            if not isinstance(value, Hashable) or value is None:
                continue
            holder = self._holders.get((collection, field), {}).get(value)
            if holder is not None and holder != item_id:
                return field
        return None

    def _index(self, collection: str, item_id: str, item: Mapping[str, Any]) -> None:
        """Note who holds the collection's unique values, so a create checks in O(1)."""
        for field in self._unique.get(collection, ()):
            value = item.get(field)
            if isinstance(value, Hashable) and value is not None:
                self._holders.setdefault((collection, field), {})[value] = item_id

    def _unindex(self, collection: str, item_id: str, item: Mapping[str, Any]) -> None:
        """Free the unique values the item holds (before it changes or goes)."""
        for field in self._unique.get(collection, ()):
            value = item.get(field)
            holders = self._holders.get((collection, field), {})
            if isinstance(value, Hashable) and holders.get(value) == item_id:
                del holders[value]

    def find(
        self, route: Route, values: dict[str, str], item_id: str
    ) -> tuple[str, dict[str, Any]] | None:
        """The path of the collection holding item `item_id`, and the item; None if none
        does. Through a view (`fabric.resources`), the item as the view shows it."""
        parent_values = dict(list(values.items())[:-1])
        for template in route.collections:
            if template in _routes.views():  # `fabric.resources.get(id)`: any kind
                for path in self._shown(template):
                    if item_id in self.collections[path]:
                        return path, _as_resource(self.collections[path][item_id])
                continue
            try:
                paths = [_routes.fill(template, parent_values)]
            except KeyError:  # an item on a flat path: search each nested collection
                regex = _routes.pattern(template)
                paths = [path for path in self.collections if regex.match(path)]
            for path in paths:
                if item_id in self.collections.get(path, {}):
                    return path, self.collections[path][item_id]
        return None

    def delete(self, collection: str, item_id: str) -> None:
        self._unindex(collection, item_id, self.collections[collection].pop(item_id))

    def change(
        self,
        route: Route,
        collection: str,
        item_id: str,
        item: dict[str, Any],
        fields: Mapping[str, Any],
    ) -> None:
        """Apply an update's `fields` to the stored item, stamp it, and re-index it."""
        model = route.model
        self._unindex(collection, item_id, item)
        if model is not None:  # no declared update answers nothing; the model is the shape
            shape(model, item, fields)
            declared = fields_of(model)
            if "updated_at" in declared:
                item["updated_at"] = now_iso()
            if "date_updated" in declared:
                item["date_updated"] = now_rfc2822()
        self._index(collection, item_id, item)

    def listed(self, collection: str) -> list[dict[str, Any]]:
        """The items a list of `collection` starts from (a view's shown as resources)."""
        if collection in _routes.views():
            shown = self._shown(collection)
            return [_as_resource(i) for path in shown for i in self.collections[path].values()]
        return list(self.collections.get(collection, {}).values())

    def _shown(self, view: str) -> list[str]:
        """The stored collections a view shows."""
        below = _routes.views()[view]
        return [path for path in self.collections if below.match(path)]

    # -- stateless operations --------------------------------------------------------------

    def stateless(self, route: Route, path: str, fields: Mapping[str, Any]) -> Any:
        """What a stateless operation answers (None: nothing). A GET and PUT on one path
        (the SIP profile) is a singleton: a PUT's changes stay."""
        model = route.model
        if model is None:
            return None
        stored = self._singletons.get(path)
        if route.op.http == "GET":
            return stored or sample(model, self._context(route))
        answer = stored if stored is not None else sample(model, self._context(route))
        shape(model, answer, fields)
        if route.op.http in ("PUT", "PATCH"):
            self._singletons[path] = answer
        return answer


def _as_resource(item: dict[str, Any]) -> dict[str, Any]:
    """An item as `/api/fabric/resources` shows it: the envelope, with the kind's own
    object under the key its `type` names (items stored as envelopes already are)."""
    kind = str(item.get("type"))
    if kind in item:
        return item
    envelope: dict[str, Any] = {
        key: item[key] for key in ("id", "type", "created_at", "updated_at") if key in item
    }
    name = item.get("display_name") or item.get("name") or item.get("username")
    return {**envelope, "display_name": name, kind: item}


def _type_name(route: Route) -> str:
    """A record's `type`: the collection's last word (else the path's), singular
    (`sip_endpoints` -> `sip_endpoint`)."""
    path = route.collections[0] if route.collections else route.op.path
    last = [word for word in path.split("/") if word and "{" not in word][-1]
    return last.removesuffix("s")
