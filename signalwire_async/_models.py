"""Response models: attrs classes with typed attributes that are also the JSON the API sent.

A model keeps the decoded JSON object it was built from (`_raw`). Reading it as a mapping
(`ep["id"]`, `in`, `get`, `len`, iteration) and `to_dict()` see exactly the keys the API sent:
a key the API left out stays out, even though its typed attribute reads `None`. Keys the model
does not declare are kept and readable (`ep["new_field"]`). A field the spec calls required
that the answer lacks reads `None` (logged at debug): a successful status is a success. Only
an answer that is not a JSON object (or holds a value a field refuses) makes `from_json`
raise `ValueError`, which the caller turns into `InvalidResponseError`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

import attrs
from typing_extensions import Self

M = TypeVar("M", bound="Model")

logger = logging.getLogger("signalwire_async")

# `_raw` of a model built with its constructor, until `__attrs_post_init__` fills it in.
_FROM_FIELDS: Mapping[str, Any] = MappingProxyType({})


class _Info(NamedTuple):
    """What a model class needs at run time, computed once per class."""

    keys: dict[str, str]  # JSON key -> attribute name, in declaration order
    fast: frozenset[str]  # the JSON keys, when each is its attribute name (else empty)
    defaults: tuple[tuple[str, str, Any], ...]  # (JSON key, attribute name, default)


_INFO: dict[type[Any], _Info] = {}


def json_key(name: str) -> dict[str, str]:
    """Field metadata for an attribute whose JSON key differs (`from_` -> `from`)."""
    return {"json": name}


def _info_of(cls: type[Model]) -> _Info:
    info = _INFO.get(cls)
    if info is None:
        fields = [f for f in attrs.fields(cls) if f.name != "_raw"]
        keys = {f.metadata.get("json", f.name): f.name for f in fields}
        info = _Info(
            keys=keys,
            fast=frozenset(keys) if all(k == n for k, n in keys.items()) else frozenset(),
            defaults=tuple((f.metadata.get("json", f.name), f.name, f.default) for f in fields),
        )
        _INFO[cls] = info
    return info


@attrs.frozen(kw_only=True)
class Model(Mapping[str, Any]):
    """Base of every response model: typed attributes over the JSON object the API sent.

    `ep.caller_id` is the typed value (`None` when absent); `ep["caller_id"]` reads the JSON and
    raises `KeyError` when the API did not send it. For JSON text, use the one documented way:

        json.dumps(ep.to_dict())

    A model built with its constructor (tests, fakes) has as its JSON its required fields and
    the fields whose value differs from the default; a field set to its default (usually
    `None`) counts as absent. Equal models have equal typed fields and equal JSON.

    `from_json` keeps the dict it is given, so do not mutate that dict afterwards. Nor use
    `attrs.evolve`, which keeps the old JSON: build `Cls.from_json({**m.to_dict(), ...})`.
    """

    _raw: Mapping[str, Any] = attrs.field(
        default=_FROM_FIELDS, alias="_raw", repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        if self._raw is _FROM_FIELDS:
            object.__setattr__(self, "_raw", _json_of_fields(self))

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Build the model from decoded JSON; keeps `data` itself (not a copy) as its JSON."""
        if type(data) is not dict and not isinstance(data, Mapping):
            raise ValueError(
                f"expected a JSON object for {cls.__name__}, got {type(data).__name__}"
            )
        info = _INFO.get(cls) or _info_of(cls)
        try:
            if info.fast.issuperset(data):  # the common case: nothing unknown, nothing renamed
                return cls(**data, _raw=data)
            return cls(**_known(info, data), _raw=data)
        except TypeError as exc:  # a required field is missing
            return _without_required(cls, info, data, exc)

    def to_dict(self) -> dict[str, Any]:
        """The JSON the API sent, as a new plain dict (a deep copy; nested models as dicts)."""
        raw = self._raw
        return {key: _plain(raw[key]) for key in self}

    def __getitem__(self, key: str) -> Any:
        value = self._raw[key]  # KeyError when the API did not send `key`
        name = (_INFO.get(type(self)) or _info_of(type(self))).keys.get(key)
        return value if name is None else getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        """Declared keys in declaration order, then unknown keys in the order they came."""
        raw = self._raw
        keys = (_INFO.get(type(self)) or _info_of(type(self))).keys
        yield from (key for key in keys if key in raw)
        yield from (key for key in raw if key not in keys)

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, key: object) -> bool:
        return key in self._raw


def _known(info: _Info, data: Mapping[str, Any]) -> dict[str, Any]:
    """The declared keys of `data`, by attribute name."""
    get = info.keys.get
    return {name: value for key, value in data.items() if (name := get(key)) is not None}


def _without_required(cls: type[M], info: _Info, data: Mapping[str, Any], error: TypeError) -> M:
    """A model of an answer that lacks fields the spec calls required: a 2xx is a success,
    and the spec errs on answers as it does on requests. The absent fields read None (the
    JSON keeps them absent); a debug line says what was expected."""
    known = _known(info, data)
    missing = [n for _, n, default in info.defaults if default is attrs.NOTHING and n not in known]
    if not missing:  # not a missing field: a value the class refuses
        raise ValueError(f"{cls.__name__}: {error}") from None
    logger.debug("%s: the answer lacks %s; read as None", cls.__name__, ", ".join(missing))
    try:
        return cls(**known, **dict.fromkeys(missing), _raw=data)
    except TypeError as exc:  # a field that refuses None too
        raise ValueError(f"{cls.__name__}: {exc}") from None


def _json_of_fields(model: Model) -> dict[str, Any]:
    """The JSON of a model built with its constructor: required and non-default fields."""
    json: dict[str, Any] = {}
    for key, name, default in _info_of(type(model)).defaults:
        value = getattr(model, name)
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory(model) if default.takes_self else default.factory()
        if default is attrs.NOTHING or not (value is default or value == default):
            json[key] = _plain(value)
    return json


def _plain(value: Any) -> Any:
    """A deep copy of `value` as plain JSON data."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def nested(model: type[M]) -> Any:
    """A field holding one `model`, absent by default: `x: Sub | None = nested(Sub)`.

    Its converter builds the model from a JSON object (`from_json`) and leaves `None` and an
    already built model alone.
    """

    def convert(value: Any) -> M | None:
        if value is None or isinstance(value, model):
            return value
        return model.from_json(value)

    return attrs.field(default=None, converter=convert)


def nested_list(model: type[M]) -> Any:
    """A field holding a list of `model`, absent by default: `x: list[Sub] | None = ...`."""

    def convert(value: Any) -> list[M] | None:
        if value is None:
            return None
        if not isinstance(value, (list, tuple)):
            raise ValueError(
                f"expected a JSON array of {model.__name__}, got {type(value).__name__}"
            )
        return [v if isinstance(v, model) else model.from_json(v) for v in value]

    return attrs.field(default=None, converter=convert)
