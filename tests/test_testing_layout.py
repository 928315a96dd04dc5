"""The fake space package (`signalwire_async/testing/`) stays readable: no import circle
among its modules, no module over 500 lines, no function over 60.

Every import counts, wherever it is written: at the top, under `if TYPE_CHECKING:`, or
inside a function. A circle hidden in a function still ties the modules together for a
reader. The arrows point down: the `FakeSpace` facade builds the transport and the server,
and those two know only the `Handler` protocol and `Reply`.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import signalwire_async.testing

PACKAGE = Path(signalwire_async.testing.__file__).parent
DOTTED = "signalwire_async.testing"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def modules() -> dict[str, Path]:
    """Each module of the package by its name (`_space`, `__init__`)."""
    return {path.stem: path for path in sorted(PACKAGE.glob("*.py"))}


def imported(source: str, names: set[str]) -> set[str]:
    """The package's modules (among `names`) that `source` imports, anywhere in it.
    Naming the package itself (`from . import FakeSpace`) imports `__init__`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == DOTTED or alias.name.startswith(DOTTED + "."):
                    found.add(_module(alias.name.removeprefix(DOTTED), names))
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1:
                within = node.module or ""
            elif node.level == 0 and node.module and node.module.startswith(DOTTED):
                within = node.module.removeprefix(DOTTED).lstrip(".")
            else:
                continue  # outside the package (`from .. import types`, `import attrs`)
            if within:
                found.add(_module(within, names))
            else:  # `from . import _routes`: a module, or a name of `__init__`
                found.update(_module(alias.name, names) for alias in node.names)
    return found


def _module(dotted: str, names: set[str]) -> str:
    first = dotted.lstrip(".").split(".")[0]
    return first if first in names else "__init__"


def import_graph() -> dict[str, set[str]]:
    found = modules()
    names = set(found)
    return {name: imported(path.read_text(), names) - {name} for name, path in found.items()}


def circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of `graph` (its modules in order, the first repeated), or None."""
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str] | None:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return None
        for target in sorted(graph.get(name, ())):
            found = visit(target, [*path, name])
            if found:
                return found
        done.add(name)
        return None

    for start in sorted(graph):
        found = visit(start, [])
        if found:
            return found
    return None


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_every_kind_of_import_is_an_arrow() -> None:
    source = textwrap.dedent(
        """
        from typing import TYPE_CHECKING
        from . import _routes
        from ._replies import Reply
        from signalwire_async.testing._faults import Faults
        import signalwire_async.testing._state
        from .. import types
        if TYPE_CHECKING:
            from ._space import FakeSpace
        def later():
            from ._server import ServedSpace
            from . import FakeSpace
        """
    )
    names = {"__init__", "_routes", "_replies", "_faults", "_state", "_space", "_server"}
    assert imported(source, names) == names


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circle(graph) == ["a", "b", "c", "a"]
    assert circle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_the_testing_modules_import_one_another_without_a_circle() -> None:
    graph = import_graph()
    assert {"_space", "_server", "_transport", "_handler"} <= graph.keys()
    assert circle(graph) is None


def test_the_transport_and_the_server_know_the_handler_not_the_space() -> None:
    graph = import_graph()
    for carrier in ("_transport", "_server"):
        assert "_handler" in graph[carrier]
        assert not reachable(graph, carrier) & {"_space", "__init__"}, carrier


def too_long(name: str, source: str) -> list[str]:
    """What in one module passes the limits: the module's length, each function's."""
    found: list[str] = []
    lines = len(source.splitlines())
    if lines > MAX_MODULE_LINES:
        found.append(f"{name}: {lines} lines")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            span = (node.end_lineno or node.lineno) - first + 1
            if span > MAX_FUNCTION_LINES:
                found.append(f"{name}.{node.name} (line {node.lineno}): {span} lines")
    return found


def test_no_testing_module_is_over_500_lines_nor_function_over_60() -> None:
    found = [item for name, path in modules().items() for item in too_long(name, path.read_text())]
    assert found == []
