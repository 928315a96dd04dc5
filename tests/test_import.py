"""Importing the package and building a client stay cheap: heavy parts load on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

TYPES = Path(__file__).resolve().parent.parent / "signalwire_async" / "types"

LAZY = (
    "aiohttp",
    "trio",
    "anyio",
    "signalwire_async._async.resources.fabric",
    "signalwire_async._sync.resources.fabric",
    # the declarations are data for the generator and the fake space, never for the client
    "signalwire_async._declarations",
    "signalwire_async.testing",
    # only `signalwire_async.otel` imports it, and only when it is imported
    "opentelemetry",
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


# Loaded by the first call, or only by a client given hooks or a rate limiter.
FIRST_CALL = (
    "signalwire_async._async._request_loop",
    "signalwire_async._async._resource",
    "signalwire_async._decide",
    "signalwire_async._responses",
    "signalwire_async._options",
    "signalwire_async._hooks",
    "signalwire_async.hooks",
    "signalwire_async._rate",
)


def test_a_client_and_a_namespace_load_the_request_loop_at_the_first_resource() -> None:
    code = (
        "import sys, signalwire_async\n"
        "client = signalwire_async.AsyncRestClient('p', 't', 'example')\n"
        "client.fabric\n"
        f"print(','.join(m for m in {FIRST_CALL!r} if m in sys.modules))\n"
        "client.fabric.sip_endpoints\n"
        "print(type(client.fabric.sip_endpoints._requester).__name__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["", "AsyncRequester"]


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


def type_modules(file_name: str) -> list[str]:
    """`signalwire_async.types...` names of the modules under `types/` with that file name
    (`*.py` for all of them, `__init__.py` for the packages)."""
    return [
        ".".join(("signalwire_async", *path.relative_to(TYPES.parent).with_suffix("").parts))
        for path in sorted(TYPES.rglob(file_name))
        if "__pycache__" not in path.parts
    ]


def test_every_name_in_a_type_modules_all_exists() -> None:
    modules = [m for m in type_modules("*.py") if not m.endswith(".__init__")]
    assert len(modules) > 80
    for name in modules:
        module = importlib.import_module(name)
        assert isinstance(module.__all__, list), name
        for exported in module.__all__:
            assert hasattr(module, exported), f"{name}.{exported}"


def test_the_type_packages_export_no_type_variable() -> None:
    packages = [m.removesuffix(".__init__") for m in type_modules("__init__.py")]
    assert "signalwire_async.types" in packages
    for name in packages:
        package = importlib.import_module(name)
        for exported in package.__all__:
            kind = type(getattr(package, exported)).__name__
            assert kind not in {"TypeVar", "ParamSpec", "TypeVarTuple"}, f"{name}.{exported}"
    import signalwire_async.types as types

    assert "M" not in types.__all__  # `CallControl`'s type variable, once exported by accident
    assert not hasattr(types, "M")


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


def test_the_blocking_twin_and_bulk_load_on_first_use() -> None:
    loaded = loaded_after(
        "import signalwire_async\nsignalwire_async.AsyncRestClient('p', 't', 'example').fabric"
    )
    assert not {m for m in loaded if "._sync" in m or m.endswith(("._bulk", "._pages"))}
    assert "signalwire_async._async._pagination" not in loaded
    loaded = loaded_after("from signalwire_async import RestClient, run_bulk")
    assert {"signalwire_async._sync._client", "signalwire_async._bulk"} <= loaded


def test_names_loaded_on_first_use_look_like_the_others() -> None:
    code = (
        "import signalwire_async as s\n"
        "print(s.RestClient.__module__, s.Pager.__module__, s.BulkResult.__module__,"
        " 'RestClient' in dir(s), s.run_bulk.__name__)"
    )
    out = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["signalwire_async"] * 3 + ["True", "run_bulk"]


def test_unknown_name_is_an_attribute_error() -> None:
    import signalwire_async

    try:
        signalwire_async.NoSuchThing  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_namespaces_and_resources_are_built_once_with_the_owners_account() -> None:
    from signalwire_async import AsyncRestClient

    client = AsyncRestClient("p", "t", "example")
    assert client.fabric is client.fabric
    assert client.fabric.sip_gateways is client.fabric.sip_gateways
    assert type(client.fabric.sip_gateways).__name__ == "SipGateways"
    assert client.compat.calls._account_sid == "p"  # the project's own account
    assert client.compat.for_account("AC1").calls._account_sid == "AC1"
    assert repr(client.fabric) == "<Fabric namespace>"
