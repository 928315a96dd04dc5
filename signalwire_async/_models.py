"""Response models: attrs classes with typed attributes that are also the JSON the API sent.

A model keeps the decoded JSON object it was built from (`_raw`). Reading it as a mapping
(`ep["id"]`, `in`, `get`, `len`, iteration) and `to_dict()` see exactly the keys the API sent:
a key the API left out stays out, even though its typed attribute reads `None`. Keys the model
does not declare are kept and readable (`ep["new_field"]`). A field the spec calls required
that the answer lacks reads `None` (logged at debug): a successful status is a success. Only
an answer that is not a JSON object (or holds a value a field refuses) makes `from_json`
raise `ValueError`, which the caller turns into `InvalidResponseError`.

Models cost (almost) nothing until read: `from_json` checks the shape it must check (an
object, the required fields, which it fills, and nested models, which it converts) and keeps
the dict; the optional fields' slots stay empty. Reading one of them reaches
`Model.__getattr__`, which fills that slot from the dict; a second one fills them all (so
reading every field costs no more than building the model eagerly did). Afterwards attribute
reads are plain slot reads. Everything that
reads attributes (equality, hashing, repr, pickling, `attrs.asdict`) sees the same values.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType, MemberDescriptorType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import attrs

if TYPE_CHECKING:
    from typing_extensions import Self

M = TypeVar("M", bound="Model")

logger = logging.getLogger("signalwire_async")

# `_raw` of a model built with its constructor, until `__attrs_post_init__` fills it in.
_FROM_FIELDS: Mapping[str, Any] = MappingProxyType({})

_Setter = Callable[[Any, Any], None]  # a slot's `__set__`


class _Info(NamedTuple):
    """What a model class needs at run time, computed once per class."""

    keys: dict[str, str]  # JSON key -> attribute name, in declaration order
    defaults: tuple[tuple[str, str, Any], ...]  # (JSON key, attribute name, default)
    lazy: bool  # whether `from_json` may leave the plain fields for `__getattr__`
    required: frozenset[str]  # JSON keys `from_json` checks are present
    fill: tuple[tuple[str, _Setter], ...]  # (key, slot setter) of required plain fields
    eager: tuple[tuple[str, _Setter, Any, Any], ...]  # (key, slot setter, converter, default)
    plain: tuple[tuple[str, _Setter, Any], ...]  # (key, slot setter, default), read on demand
    by_name: dict[str, tuple[str, _Setter, Any]]  # attribute name -> its `plain` entry


_INFO: dict[type[Any], _Info] = {}


def json_key(name: str) -> dict[str, str]:
    """Field metadata for an attribute whose JSON key differs (`from_` -> `from`)."""
    return {"json": name}


def _info_of(cls: type[Model]) -> _Info:
    info = _INFO.get(cls)
    if info is None:
        info = _INFO[cls] = _build_info(cls)
    return info


def _build_info(cls: type[Model]) -> _Info:
    fields = [f for f in attrs.fields(cls) if f.name != "_raw"]
    keys = {_key(f): f.name for f in fields}
    eager: list[tuple[str, _Setter, Any, Any]] = []
    plain: list[tuple[str, _Setter, Any]] = []
    fill: list[tuple[str, _Setter]] = []
    lazy = True
    for f in fields:
        key, slot = _key(f), getattr(cls, f.name, None)
        if f.validator is not None or type(slot) is not MemberDescriptorType:
            lazy = False  # a validated field, or not a slot: build through `__init__`
        elif f.converter is not None or isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            eager.append((key, slot.__set__, f.converter or _same, f.default))
        elif f.default is not attrs.NOTHING:
            plain.append((key, slot.__set__, f.default))
        else:  # required: `from_json` fills it (checking the key is there is reading it)
            fill.append((key, slot.__set__))
    return _Info(
        keys=keys,
        defaults=tuple((_key(f), f.name, f.default) for f in fields),
        lazy=lazy,
        required=frozenset(_key(f) for f in fields if f.default is attrs.NOTHING),
        fill=tuple(fill),
        eager=tuple(eager),
        plain=tuple(plain),
        by_name={keys[entry[0]]: entry for entry in plain},
    )


def _key(field: attrs.Attribute[Any]) -> str:
    return str(field.metadata.get("json", field.name))


def _same(value: Any) -> Any:
    return value


class _ReadMark:
    """A slot outside the attrs fields: set once a plain field of the model has been read."""

    __slots__ = ("_read_once",)


@attrs.frozen(kw_only=True)
class Model(Mapping[str, Any], _ReadMark):
    """Base of every response model: typed attributes over the JSON object the API sent.

    `ep.caller_id` is the typed value (`None` when absent); `ep["caller_id"]` reads the JSON and
    raises `KeyError` when the API did not send it. `ep.to_dict()` is that JSON as a plain
    dict, `ep.to_json()` as text.

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
        """Build the model from decoded JSON; keeps `data` itself (not a copy) as its JSON.

        Checks that `data` is an object, fills the required fields (so a missing one fails
        here) and converts nested models (so does one that does not fit); the other fields
        are read from `data` on first read (`__getattr__`).
        """
        if type(data) is not dict and not isinstance(data, Mapping):
            raise ValueError(
                f"expected a JSON object for {cls.__name__}, got {type(data).__name__}"
            )
        info = _INFO.get(cls) or _info_of(cls)
        if not info.lazy:
            return cls._from_json_eagerly(data, info)
        model = _new(cls)
        _set_raw(model, data)
        _set_read(model, False)
        try:
            for key, set_slot in info.fill:
                set_slot(model, data[key])
        except KeyError:  # a required field is absent: the eager path reads it as None
            return cls._from_json_eagerly(data, info)
        if info.eager:
            _convert_eager(model, data, info)
        return model

    @classmethod
    def _from_json_eagerly(cls, data: Mapping[str, Any], info: _Info) -> Self:
        known = {}
        get = info.keys.get
        for key, value in data.items():
            name = get(key)
            if name is not None:
                known[name] = value
        try:
            return cls(**known, _raw=data)
        except TypeError as exc:  # a required field is missing
            return _without_required(cls, info, data, exc)

    if not TYPE_CHECKING:  # typed code sees only the declared attributes

        def __getattr__(self, name: str) -> Any:
            # Only called for a slot that is empty: a plain field of a model that
            # `from_json` built and nobody has read yet.
            info = _INFO.get(type(self))
            entry = info.by_name.get(name) if info is not None else None
            if entry is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name
                )
            raw = self._raw
            key, set_slot, default = entry
            value = raw.get(key, default)
            set_slot(self, value)
            if _get_read(self):  # the second field read: the rest now, in one go
                for key, set_slot, default in info.plain:
                    set_slot(self, raw.get(key, default))
            else:
                _set_read(self, True)
            return value

    def to_dict(self) -> dict[str, Any]:
        """The JSON the API sent, as a new plain dict (a deep copy; nested models as dicts)."""
        raw = self._raw
        return {key: _plain(raw[key]) for key in self}

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text; `indent` pretty-prints it (see `json_text`)."""
        return json_text(self.to_dict(), indent)

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


# The package shows `Model` as `signalwire_async.Model`, whose namespace has no `Mapping`:
# a resolved annotation lets `typing.get_type_hints()` work on every model.
Model.__annotations__["_raw"] = Mapping[str, Any]

_new = object.__new__
# The slots' own setters: `from_json` and `__getattr__` fill a frozen model's slots with them.
_set_raw: _Setter = vars(Model)["_raw"].__set__
_set_read: _Setter = vars(_ReadMark)["_read_once"].__set__
_get_read: Callable[[Any], bool] = vars(_ReadMark)["_read_once"].__get__


def from_json_list(model: type[M], items: list[Any]) -> list[M]:
    """`[model.from_json(item) for item in items]`, faster: a page builds its items here."""
    info = _INFO.get(model) or _info_of(model)
    if not info.lazy or info.eager:
        return [model.from_json(item) for item in items]
    fill = info.fill
    out: list[M] = []
    append = out.append
    for data in items:
        if type(data) is not dict:
            append(model.from_json(data))  # raises, or takes a `Mapping` that is not a dict
            continue
        built = _new(model)  # the same steps as `from_json`
        _set_raw(built, data)
        _set_read(built, False)
        try:
            for key, set_slot in fill:
                set_slot(built, data[key])
        except KeyError:  # a required field is absent: the eager path reads it as None
            built = model._from_json_eagerly(data, info)
        append(built)
    return out


def _convert_eager(model: Model, data: Mapping[str, Any], info: _Info) -> None:
    """Fill the fields with a converter (nested models), so a misfit fails in `from_json`."""
    for key, set_slot, convert, default in info.eager:
        if key in data:
            try:
                set_slot(model, convert(data[key]))
            except TypeError as exc:
                raise ValueError(f"{type(model).__name__}.{info.keys[key]}: {exc}") from None
        elif default is attrs.NOTHING:  # required by the spec, absent: a 2xx is a success
            logger.debug("%s: the answer lacks %s; read as None", type(model).__name__, key)
            set_slot(model, None)
        else:
            set_slot(model, convert(_default(default, model)))


def _default(default: Any, model: Model) -> Any:
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return default.factory(model) if default.takes_self else default.factory()
    return default


def _json_of_fields(model: Model) -> dict[str, Any]:
    """The JSON of a model built with its constructor: required and non-default fields."""
    json: dict[str, Any] = {}
    for key, name, default in _info_of(type(model)).defaults:
        value = getattr(model, name)
        default = _default(default, model)
        if default is attrs.NOTHING or not (value is default or value == default):
            json[key] = _plain(value)
    return json


def json_text(data: Any, indent: int | None = None) -> str:
    """The `to_json()` of models and pages: non-ASCII text as itself, not `\\u` escapes."""
    return json.dumps(data, indent=indent, ensure_ascii=False)


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
