"""Parameters typed `Sequence[...]` and `... | None`: a tuple (or any sequence) goes on the
wire exactly as a list does, in a JSON body, a query and a Compatibility form; a str is
never split into characters; None is JSON null in a body and left out of a query or form."""

from __future__ import annotations

import collections
import json
from typing import Any

import pytest

from signalwire_async.testing import FakeSpace
from signalwire_async.testing._requests import RecordedRequest

TO, FROM = "+15125550143", "+15125550100"
MEDIA = ("https://example.com/a.png", "https://example.com/b.png")


def last(space: FakeSpace) -> RecordedRequest:
    return space.requests[-1]


@pytest.mark.asyncio
async def test_a_json_body_sends_any_sequence_as_a_list_and_none_as_null() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        endpoints = client.fabric.sip_endpoints
        bodies = set()
        codecs: Any
        for n, codecs in enumerate(
            [["PCMU", "OPUS"], ("PCMU", "OPUS"), collections.deque(["PCMU", "OPUS"])]
        ):
            await endpoints.create(username=f"u{n}", password="pw", codecs=codecs, caller_id=None)
            bodies.add(last(space).body.replace(f'"u{n}"'.encode(), b'"u"'))  # usernames differ
        assert len(bodies) == 1  # the same bytes
        assert json.loads(bodies.pop())["codecs"] == ["PCMU", "OPUS"]
        assert json.loads(last(space).body)["caller_id"] is None
        await endpoints.create(username="u3", password="pw", codecs="PCMU")  # type: ignore[arg-type]
        assert json.loads(last(space).body)["codecs"] == "PCMU"  # one value, not "P", "C", ...


def _form(request: RecordedRequest) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(request.body.decode(), keep_blank_values=True)


@pytest.mark.asyncio
async def test_a_form_repeats_a_field_for_a_tuple_as_for_a_list_and_leaves_none_out() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        messages = client.compat.messages
        sent = []
        media: Any
        for media in (list(MEDIA), MEDIA, collections.deque(MEDIA)):
            await messages.create(To=TO, From=FROM, MediaUrl=media, StatusCallback=None)
            sent.append(_form(last(space)))
        assert sent[0] == sent[1] == sent[2]
        assert [v for k, v in sent[1] if k == "MediaUrl"] == list(MEDIA)
        assert "StatusCallback" not in dict(sent[1])
        await messages.create(To=TO, From=FROM, MediaUrl=MEDIA[0])  # a str: one URL
        assert [v for k, v in _form(last(space)) if k == "MediaUrl"] == [MEDIA[0]]
        await messages.create(To=TO, From=FROM, Body="")  # an empty value is sent as one
        assert ("Body", "") in _form(last(space))


@pytest.mark.asyncio
async def test_a_query_repeats_a_key_for_a_tuple_as_for_a_list_and_leaves_none_out() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        calls = client.compat.calls
        queries = []
        for status in (["queued", "ringing"], ("queued", "ringing"), range(2)):
            await calls.list(Status=status, To=None, PageSize=None).first_page()  # type: ignore[arg-type]
            queries.append(last(space).query)
        assert queries[0] == queries[1] == (("Status", "queued"), ("Status", "ringing"))
        assert queries[2] == (("Status", "0"), ("Status", "1"))
        await calls.list(To=TO).first_page()
        assert last(space).query == (("To", TO),)  # a str is one value
        await client.fabric.sip_endpoints.list(page_size=None, page_token=None).first_page()
        assert last(space).query == ()
