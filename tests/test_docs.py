"""`help()` and api.md list each operation's own parameters, read from its `TypedDict`.

No `from __future__ import annotations`: `_Written` below must hold real annotations, as the
type modules do, beside one written as a string.
"""

import pydoc
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import pytest
from typing_extensions import NotRequired, Required, TypedDict

from signalwire_async import AsyncRestClient, RestClient
from signalwire_async._docs import fields, type_text
from signalwire_async._options import OPTION_NAMES, RequestKeywords
from signalwire_async.testing import _routes

API_MD = (Path(__file__).resolve().parent.parent / "api.md").read_text("utf-8")


@pytest.fixture(params=["async", "sync"])
def client(request: pytest.FixtureRequest) -> Any:
    if request.param == "async":
        return AsyncRestClient("p", "t", "example")
    sync = RestClient("p", "t", "example")
    request.addfinalizer(sync.close)
    return sync


def entry(doc: str, name: str) -> str:
    """The line of `name` in a docstring's "Parameters:" section. The type modules may
    widen the optional fields' types (`| None`), so tests read the marks, not those types."""
    (line,) = [line for line in doc.splitlines() if line.startswith(f"    {name} (")]
    return line


def test_help_lists_the_parameters_with_the_required_ones_marked(client: Any) -> None:
    text = pydoc.plain(pydoc.render_doc(client.fabric.sip_gateways.create))
    assert "`POST /api/fabric/resources/sip_gateways`: create a SIP gateway." in text
    assert "Parameters:" in text
    assert "name (str): required." in text
    assert "uri (str): required." in text
    assert "encryption (Literal['required', 'optional', 'default']): required." in text
    assert "**options: the request options" in text
    for option in OPTION_NAMES:  # said once, not one line each
        assert f"    {option} (" not in text


def test_an_update_lists_every_field_as_optional(client: Any) -> None:
    doc = client.fabric.sip_gateways.update.__doc__
    assert "    id (str): required, positional." in doc
    assert entry(doc, "name").endswith("): optional.")
    assert "required." not in doc.split("positional.", 1)[1]


def test_positional_body_arguments_subscriber_tokens_and_paginate(client: Any) -> None:
    play = client.calling.play.__doc__
    assert "    call_id (str): required, positional." in play
    assert entry(play, "control_id").endswith("): optional.")
    assert entry(play, "play").endswith("): required.")
    deploy = client.fabric.call_flows.deploy_version.__doc__
    assert "    body (Mapping | None):" in deploy
    assert "give exactly one of `document_version`, `call_flow_version_id`" in deploy
    invite = client.fabric.tokens.create_invite_token.__doc__
    assert "    subscriber_token (str | None):" in invite
    assert "    address_id (str): required." in invite
    paginate = client.fabric.sip_gateways.paginate.__doc__
    assert entry(paginate, "page_size").endswith("): optional.")
    get = client.fabric.sip_gateways.get.__doc__
    assert get.count("\n    ") == 2  # the id and the request options: no own fields


def test_every_method_lists_every_field_of_its_operation() -> None:
    clients = (AsyncRestClient("p", "t", "example"), RestClient("p", "t", "example"))
    try:
        for route in _routes.routes():
            place, _, name = route.name.rpartition(".")
            for client in clients:
                owner: Any = client
                for attr in place.split("."):
                    owner = getattr(owner, attr)
                doc = getattr(owner, name).__doc__
                assert doc.count("\nParameters:\n") == 1, route.name
                for field, text, required in fields(route.op.params):
                    need = "required" if required else "optional"
                    assert f"\n    {field} ({text}): {need}." in doc, (route.name, field)
    finally:
        clients[1].close()


def test_api_md_lists_the_parameters_under_each_method() -> None:
    create = API_MD.split("- `create(**SipGatewayCreateParams) -> SipGateway`", 1)[1]
    listed = create.splitlines()[1]
    assert listed.startswith("  - `name: str` (required); `uri: str` (required);")
    update = API_MD.split("- `update(id, **SipGatewayUpdateParams) -> SipGateway`", 1)[1]
    assert update.splitlines()[1].startswith("  - `name: str")
    assert "(required)" not in update.splitlines()[1]
    for route in _routes.routes():
        for field, text, required in fields(route.op.params):
            assert f"`{field}: {text}`{' (required)' if required else ''}" in API_MD


class _Written(TypedDict, total=False):
    """Annotations as another module may write them: strings, wrappers, `None` accepted."""

    tags: Sequence[str] | None
    labels: Required[list[str]]
    note: NotRequired[str]
    kind: Literal["a", "b"]
    meta: Mapping[str, Any]
    later: "Sequence[Later] | None"  # a forward reference, never evaluated


class Later:
    pass


class _Keywords(RequestKeywords):
    name: str


def test_types_are_rendered_as_written_and_never_evaluated() -> None:
    assert fields(_Written) == [
        ("tags", "Sequence[str] | None", False),
        ("labels", "list[str]", True),
        ("note", "str", False),
        ("kind", "Literal['a', 'b']", False),
        ("meta", "Mapping[str, Any]", False),
        ("later", "Sequence[Later] | None", False),
    ]
    assert fields(_Keywords) == [("name", "str", True)]  # the request options left out
    assert fields(None) == []
    assert type_text("Custom[int]") == "Custom[int]"
    assert type_text("NotRequired[Sequence[str] | None]") == "Sequence[str] | None"
    assert type_text(typing.ForwardRef("A | None")) == "A | None"
    assert type_text(typing.Optional[int]) == "int | None"  # noqa: UP045
    assert type_text(None) == "None"
