"""Importing the package and building a client stay cheap: heavy parts load on first use."""

from __future__ import annotations

import subprocess
import sys

LAZY = (
    "aiohttp",
    "trio",
    "anyio",
    "signalwire_async._async.resources.fabric",
    "signalwire_async._sync.resources.fabric",
    # the declarations are data for the generator and the fake space, never for the client
    "signalwire_async._declarations",
    "signalwire_async.testing",
)


def test_import_and_construction_load_nothing_heavy() -> None:
    code = (
        "import sys, signalwire_async\n"
        "signalwire_async.AsyncRestClient('p', 't', 'example')\n"
        f"print(','.join(m for m in {LAZY!r} if m in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""


def test_public_names_are_exported() -> None:
    import signalwire_async

    for name in signalwire_async.__all__:
        assert getattr(signalwire_async, name) is not None
    assert signalwire_async.AsyncRestClient.__module__ == "signalwire_async"


def loaded_after(code: str) -> set[str]:
    """The signalwire_async modules a fresh interpreter has loaded after running `code`."""
    script = f"import sys\n{code}\nprint(' '.join(m for m in sys.modules if 'signalwire' in m))"
    out = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_one_resource_loads_its_own_module_and_types_only() -> None:
    loaded = loaded_after(
        "import signalwire_async\n"
        "signalwire_async.AsyncRestClient('p', 't', 'example').fabric.sip_gateways"
    )
    assert "signalwire_async._async.resources.fabric.sip_gateways" in loaded
    assert "signalwire_async.types.fabric.sip_gateways" in loaded
    fabric = {m for m in loaded if ".fabric." in m}
    assert fabric == {
        "signalwire_async._async.resources.fabric.sip_gateways",
        "signalwire_async.types.fabric.sip_gateways",
        "signalwire_async.types.fabric._common",
        "signalwire_async.types.fabric.addresses",
    }


def test_the_type_packages_load_a_module_on_first_use_of_a_name() -> None:
    loaded = loaded_after(
        "from signalwire_async.types import SipGateway\n"
        "from signalwire_async.types.fabric import AiAgent\n"
    )
    assert "signalwire_async.types.fabric.sip_gateways" in loaded
    assert "signalwire_async.types.fabric.ai_agents" in loaded
    assert "signalwire_async.types.fabric.call_flows" not in loaded


def test_every_exported_type_name_resolves() -> None:
    import signalwire_async.types as types
    import signalwire_async.types.fabric as fabric

    for package in (types, fabric):
        for name in package.__all__:
            assert getattr(package, name) is not None
        assert set(package.__all__) <= set(dir(package))
    assert types.SipGateway is fabric.SipGateway
    try:
        types.NoSuchType  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchType" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")


def test_the_package_never_imports_developer_data() -> None:
    """The spec corrections (and the rest of tests/) are for tests and scripts, not the wheel."""
    import ast
    from pathlib import Path

    import signalwire_async

    package = Path(signalwire_async.__file__).parent
    assert not (package / "_spec_corrections.py").exists()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] in ("tests", "scripts") for n in names), path
            assert not any("spec_corrections" in n for n in names), path
