"""Tests for scripts/generate_api.py, the stage of scripts/generate.py that renders the
resources, type exports and api.md, and for the generator's runs on this repository."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402
import generate_api  # noqa: E402

from signalwire_async import _declarations as declarations  # noqa: E402


def test_the_generated_files_are_up_to_date() -> None:
    assert generate.main(["--check"]) == 0


def move_the_first_fabric_path(monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """Change one declaration; return the new path and the resource's attribute."""
    (fabric,) = [top for top in generate_api.NAMESPACES if top.attr == "fabric"]
    assert isinstance(fabric, declarations.Namespace)
    first = fabric.resources[0]
    moved = dataclasses.replace(first.ops[0], path=first.ops[0].path + "/moved")
    changed = dataclasses.replace(first, ops=[moved, *first.ops[1:]])
    namespace = dataclasses.replace(fabric, resources=[changed, *fabric.resources[1:]])
    others = [top for top in generate_api.NAMESPACES if top.attr != "fabric"]
    monkeypatch.setattr(generate_api, "NAMESPACES", [namespace, *others])
    return moved.path, first.attr


def test_check_fails_when_a_declaration_changes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, attr = move_the_first_fabric_path(monkeypatch)
    assert generate.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert f'+{" " * 12}"{path}"' in out or path in out
    assert "+++ b/api.md" in out
    # The sync twin follows in the same run: stage 2 reads stage 1's output, not the disk.
    assert f"+++ b/signalwire_async/_sync/resources/fabric/{attr}.py" in out


def test_one_run_from_a_stale_checkout_writes_the_right_sync_twin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of every input and output the generator reads, under another root.
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copy(ROOT / "api.md", tmp_path)
    for tree in (
        "signalwire_async/_async",
        "signalwire_async/_sync",
        "signalwire_async/_transports/_async",
        "signalwire_async/_transports/_sync",
        "signalwire_async/types",
        "tests/_async",
        "tests/_sync",
    ):
        shutil.copytree(ROOT / tree, tmp_path / tree, ignore=shutil.ignore_patterns("__pycache__"))
    path, attr = move_the_first_fabric_path(monkeypatch)
    async_module = tmp_path / f"signalwire_async/_async/resources/fabric/{attr}.py"
    sync_module = tmp_path / f"signalwire_async/_sync/resources/fabric/{attr}.py"
    assert path not in async_module.read_text("utf-8")
    assert generate.main(["--root", str(tmp_path)]) == 0
    assert path in async_module.read_text("utf-8")
    assert path in sync_module.read_text("utf-8")
    assert generate.main(["--root", str(tmp_path), "--check"]) == 0


def test_stale_files_are_told_by_the_mark_old_or_new(tmp_path: Path) -> None:
    resources = tmp_path / "signalwire_async/_async/resources"
    resources.mkdir(parents=True)
    old_mark = generate_api.MARK.replace("scripts/generate.py", "scripts/generate_api.py")
    assert old_mark not in generate_api.MARK
    for name, mark in (("new.py", generate_api.MARK), ("old.py", old_mark), ("own.py", "Ours.")):
        (resources / name).write_text(f'"""A module.\n\n{mark}\n"""\n', "utf-8")
    assert generate_api.generated_now(tmp_path) == {
        "signalwire_async/_async/resources/new.py",
        "signalwire_async/_async/resources/old.py",
    }


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
    (tmp_path / "ns" / "a.py").write_text('__all__ = ["Thing"]\nclass Thing:\n    pass\n')
    (tmp_path / "ns" / "b.py").write_text('__all__ = ["Thing"]\nThing = int\n')
    monkeypatch.setattr(generate_api, "TYPES", tmp_path)
    with pytest.raises(SystemExit, match="Thing"):
        generate_api.type_index()


def test_the_type_index_is_each_modules_all_of_definitions_not_imports(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    source = (
        "from typing import Literal, TypeVar\nfrom x import Imported\n"
        "__all__ = {names}\n"
        "T = TypeVar('T')\nKind = Literal['a']\nclass Model:\n    pass\n_private = 1\n"
    )
    module.write_text(source.format(names='["Model", "Kind"]'))
    assert generate_api.exported_names(module) == ["Model", "Kind"]  # not T, defined but unlisted
    module.write_text(source.format(names='["Kind", "Imported"]'))
    with pytest.raises(SystemExit, match="Imported"):  # an import does not count
        generate_api.exported_names(module)
    module.write_text(source.format(names='["Kind"] + ["Model"]'))
    with pytest.raises(SystemExit, match="literal list"):
        generate_api.exported_names(module)
    module.write_text("__all__: list[str] = []\n_Private = int\n")
    assert generate_api.exported_names(module) == []


def test_a_type_module_without_all_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ns").mkdir()
    (tmp_path / "ns" / "__init__.py").write_text("")  # generated: needs none
    (tmp_path / "ns" / "a.py").write_text('__all__ = ["Thing"]\nclass Thing:\n    pass\n')
    monkeypatch.setattr(generate_api, "TYPES", tmp_path)
    assert generate_api.type_index() == {"Thing": "ns.a"}
    (tmp_path / "ns" / "b.py").write_text("class Other:\n    pass\n")
    with pytest.raises(SystemExit, match=r"b\.py has no `__all__`"):
        generate_api.type_index()


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
