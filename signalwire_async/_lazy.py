"""Lazy re-exports: a package names its types, and imports a module on first use of one.

About 0.75 ms per attrs model class adds up over hundreds of models; `import signalwire_async`
and building a client must not pay for resources the program never touches.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, modules: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for `package`, whose name `N` lives in `package.modules[N]`."""
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(modules))

    return __getattr__, __dir__


def built_on_first_use(module: str, cls: str) -> Any:
    """A namespace or resource property of a generated class: class `cls` of the module
    `module` beside the owner's (in its package), imported and built on first use with the
    owner's requester and account, then cached. One generated line instead of a seven-line
    `cached_property`, whose function it imitates (module, name, return annotation) for the
    code that walks the client's properties; typed as what the generated line annotates."""

    def build(owner: Any) -> Any:
        found = getattr(importlib.import_module(f".{module}", built.package), cls)
        if issubclass(found, Namespace):  # the client itself: its request loop is not built yet
            return found(owner, owner._account_sid)
        return found(owner._requester, owner._account_sid)

    build.__annotations__ = {"return": cls}
    built = _BuiltOnFirstUse(build)
    return built


class _BuiltOnFirstUse(functools.cached_property[Any]):
    package = ""

    def __set_name__(self, owner: type, name: str) -> None:
        super().__set_name__(owner, name)
        self.package = sys.modules[owner.__module__].__package__ or ""
        self.func.__module__ = owner.__module__
        self.func.__name__ = name
        self.func.__qualname__ = f"{owner.__qualname__}.{name}"


class Namespace:
    """A generated namespace of the client (`client.fabric`): its resources are properties
    made by `built_on_first_use`, with the client's request loop and account. It holds the
    client, whose request loop is built when the first resource is."""

    def __init__(self, client: Any, account_sid: str | None = None) -> None:
        self._client = client
        self._account_sid = account_sid

    @property
    def _requester(self) -> Any:
        return self._client._requester

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"
