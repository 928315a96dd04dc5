"""The package stays readable: no import circle among its modules (every import counts, also
under `TYPE_CHECKING` and inside functions), no hand-written module over 500 lines and no
hand-written function over 60. Generated modules (they say so at their top) are exempt from
the sizes: their size is the generator's business."""

from __future__ import annotations

import ast
from pathlib import Path

import signalwire_async

from .test_testing_layout import circle, too_long

ROOT = Path(signalwire_async.__file__).parent


def dotted(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {dotted(p): p for p in sorted(ROOT.rglob("*.py")) if "__pycache__" not in p.parts}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in known:
                    found.add(f"{target}.{alias.name}")
                elif target in known:
                    found.add(target)
    return found - {name}


def generated(source: str) -> bool:
    head = source[:800]
    return "GENERATED" in head or "do not edit" in head


def test_the_package_has_no_import_circle() -> None:
    modules = all_modules()
    known = set(modules)
    graph = {name: imports_of(name, path, known) for name, path in modules.items()}
    assert (
        "signalwire_async._transports.per_loop" in graph["signalwire_async._transports.factories"]
    )
    assert circle(graph) is None


def test_no_hand_written_module_or_function_is_too_long() -> None:
    found: list[str] = []
    for name, path in all_modules().items():
        source = path.read_text("utf-8")
        if not generated(source):
            found += too_long(name, source)
    assert found == []


def test_generated_resource_code_costs_at_most_twelve_lines_per_operation() -> None:
    """Both trees of generated resources (their namespaces too) over the client's 385
    operations: the declarations, not the generated code, are where an operation is said."""
    trees = [ROOT / "_async" / "resources", ROOT / "_sync" / "resources"]
    lines = sum(
        len(path.read_text("utf-8").splitlines())
        for tree in trees
        for path in tree.rglob("*.py")
        if generated(path.read_text("utf-8"))
    )
    assert lines <= 12 * 385, f"{lines / 385:.1f} generated lines per operation"
