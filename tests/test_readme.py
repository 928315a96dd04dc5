"""The README's Python snippets at least compile, and name only what the package exports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


def test_there_are_snippets_to_check() -> None:
    assert len(BLOCKS) >= 6


def test_every_python_snippet_compiles() -> None:
    for block in BLOCKS:  # snippets may `await` at top level, as in a notebook
        compile(block, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_snippets_import_only_names_that_exist() -> None:
    import importlib

    for block in BLOCKS:
        for node in ast.walk(ast.parse(block)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "signalwire_async"
            ):
                module = importlib.import_module(node.module or "")
                for alias in node.names:
                    assert hasattr(module, alias.name), f"{node.module}.{alias.name}"
