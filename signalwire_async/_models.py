"""Response models: attrs classes with typed attributes that also read like the JSON.

A model keeps every field the API sent. Fields it does not declare land in `_extra` and stay
readable (`ep["new_field"]`), and `to_dict()` gives the JSON back. Missing required fields
make `from_json` raise `ValueError`, which the caller turns into `InvalidResponseError`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs
from typing_extensions import Self

_KEYS: dict[type[Any], dict[str, str]] = {}  # per model class: JSON key -> attribute name
_RENAMED: set[type[Any]] = set()
_NO_EXTRA: Mapping[str, Any] = MappingProxyType(
    {}
)  # shared: most models have no extras  # model classes with a JSON key unlike its attribute name


def json_key(name: str) -> dict[str, str]:
    """Field metadata for an attribute whose JSON key differs (`from_` -> `from`)."""
    return {"json": name}


def _keys_of(cls: type[Model]) -> dict[str, str]:
    keys = _KEYS.get(cls)
    if keys is None:
        keys = {
            f.metadata.get("json", f.name): f.name for f in attrs.fields(cls) if f.name != "_extra"
        }
        _KEYS[cls] = keys
        if any(key != name for key, name in keys.items()):
            _RENAMED.add(cls)
    return keys


@attrs.frozen(kw_only=True)
class Model(Mapping[str, Any]):
    """Base of every response model."""

    _extra: Mapping[str, Any] = attrs.field(default=_NO_EXTRA, repr=False, alias="_extra")

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Build the model from decoded JSON, keeping unknown keys."""
        if type(data) is not dict and not isinstance(data, Mapping):
            raise ValueError(
                f"expected a JSON object for {cls.__name__}, got {type(data).__name__}"
            )
        keys = _keys_of(cls)
        try:
            if cls not in _RENAMED and keys.keys() >= data.keys():
                return cls(**data)  # the common case: nothing unknown, nothing renamed
            known: dict[str, Any] = {}
            extra: dict[str, Any] = {}
            for key, value in data.items():
                name = keys.get(key)
                if name is None:
                    extra[key] = value
                else:
                    known[name] = value
            return cls(**known, _extra=extra)
        except TypeError as exc:  # a required field is missing
            raise ValueError(f"{cls.__name__}: {exc}") from None

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON data (nested models and lists included)."""
        return {key: _plain(self[key]) for key in self}

    def __getitem__(self, key: str) -> Any:
        name = _keys_of(type(self)).get(key)
        if name is not None:
            return getattr(self, name)
        return self._extra[key]

    def __iter__(self) -> Iterator[str]:
        yield from _keys_of(type(self))
        yield from self._extra

    def __len__(self) -> int:
        return len(_keys_of(type(self))) + len(self._extra)

    def __contains__(self, key: object) -> bool:
        return key in _keys_of(type(self)) or key in self._extra


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value
