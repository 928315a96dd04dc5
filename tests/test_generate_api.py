"""Tests for scripts/generate_api.py, the generator of the resources, type exports and api.md."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_api_script", SCRIPTS / "generate_api.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate_api = _load_script()
from signalwire_async import _declarations as declarations  # noqa: E402


def test_the_generated_files_are_up_to_date() -> None:
    assert generate_api.main(["--check"]) == 0


def test_check_fails_when_a_declaration_changes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (fabric,) = [top for top in generate_api.NAMESPACES if top.attr == "fabric"]
    first = fabric.resources[0]
    moved = dataclasses.replace(first.ops[0], path=first.ops[0].path + "/moved")
    changed = dataclasses.replace(first, ops=[moved, *first.ops[1:]])
    namespace = dataclasses.replace(fabric, resources=[changed, *fabric.resources[1:]])
    others = [top for top in generate_api.NAMESPACES if top.attr != "fabric"]
    monkeypatch.setattr(generate_api, "NAMESPACES", [namespace, *others])
    assert generate_api.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert f'+{" " * 12}"{moved.path}"' in out or moved.path in out
    assert "api.md" in out


def test_a_type_no_module_defines_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    op = declarations.Op("get", "GET", "/api/x/{id}", "NoSuchModel")
    resource = declarations.Resource("things", "Things", "things", [op])
    namespace = declarations.Namespace("x", "X", "x", [resource])
    monkeypatch.setattr(generate_api, "NAMESPACES", [namespace])
    with pytest.raises(SystemExit, match="NoSuchModel"):
        generate_api.outputs()


def test_a_name_two_type_modules_define_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ns").mkdir()
    (tmp_path / "ns" / "a.py").write_text("class Thing:\n    pass\n")
    (tmp_path / "ns" / "b.py").write_text("Thing = int\n")
    monkeypatch.setattr(generate_api, "TYPES", tmp_path)
    with pytest.raises(SystemExit, match="Thing"):
        generate_api.type_index()


def test_the_type_index_sees_definitions_not_imports(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import Literal\nfrom x import Imported\n"
        "Kind = Literal['a']\nclass Model:\n    pass\n_private = 1\n"
    )
    assert generate_api.defined_names(module) == ["Kind", "Model"]


@pytest.mark.parametrize(
    ("http", "paged", "returns"), [("POST", True, "M"), ("GET", True, None), ("GRAB", False, "M")]
)
def test_an_impossible_operation_is_refused(http: str, paged: bool, returns: str | None) -> None:
    with pytest.raises(ValueError):
        declarations.Op("x", http, "/api/x", returns, paged=paged)


def test_crud_declares_the_common_shape() -> None:
    ops = declarations.crud("/api/x/things", "Thing", "thing", update="PATCH")
    assert [(op.name, op.http, op.path) for op in ops] == [
        ("list", "GET", "/api/x/things"),
        ("create", "POST", "/api/x/things"),
        ("get", "GET", "/api/x/things/{id}"),
        ("update", "PATCH", "/api/x/things/{id}"),
        ("delete", "DELETE", "/api/x/things/{id}"),
        ("list_addresses", "GET", "/api/x/things/{id}/addresses"),
    ]
    assert ops[1].params == "ThingCreateParams" and ops[3].params == "ThingUpdateParams"
    assert ops[0].paged and ops[-1].paged and ops[-1].returns == "FabricAddress"
