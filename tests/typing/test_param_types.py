"""Parameters are TypedDicts: a wrong type, a missing required key or an unknown keyword is
reported. Each `# type: ignore[code]` below must be needed (strict mode's
`warn_unused_ignores`), so each line proves the mistake is caught; none of it runs."""

from __future__ import annotations

from signalwire_async import AsyncRestClient, RestClient
from signalwire_async.types import PageParams
from signalwire_async.types.fabric import SipEndpointCreateParams


def check_a_params_dict_passes_through() -> None:
    params: SipEndpointCreateParams = {"username": "alice", "password": "pw"}
    paging: PageParams = {"page_size": 10}
    assert params and paging


async def check_optional_parameters_take_none_and_lists_any_sequence(
    client: AsyncRestClient, sync: RestClient
) -> None:
    endpoints = client.fabric.sip_endpoints
    await endpoints.create(username="a", password="pw", codecs=("PCMU", "OPUS"), caller_id=None)
    await endpoints.update("id", ciphers=None, codecs=["PCMU"], send_as=None)
    endpoints.list(page_size=None, page_token=None)
    sync.compat.calls.list(To=None, Status=None)
    params: SipEndpointCreateParams = {"username": "a", "password": "pw", "ciphers": ()}
    assert params


def never_run_a_params_dict_of_the_wrong_shape() -> None:
    bad: SipEndpointCreateParams = {"username": 1, "password": "pw"}  # type: ignore[typeddict-item]
    assert bad


async def never_run_async(client: AsyncRestClient) -> None:
    endpoints = client.fabric.sip_endpoints
    await endpoints.create(username=1, password="pw")  # type: ignore[arg-type]
    await endpoints.create(password="pw")  # type: ignore[call-arg]
    await endpoints.create(username=None, password="pw")  # type: ignore[arg-type]
    await endpoints.create(username="a", password="pw", codecs=("PCMX",))  # type: ignore[arg-type]
    await endpoints.create(username="a", password="pw", colour="red")  # type: ignore[call-arg]
    await endpoints.create(username="a", password="pw", encryption="maybe")  # type: ignore[arg-type]
    endpoints.list(page_size="10")  # type: ignore[arg-type]
    await client.calling.play("call-id", play=[{"type": "tts"}])  # type: ignore[list-item]


def never_run_sync(client: RestClient) -> None:
    endpoints = client.fabric.sip_endpoints
    endpoints.create(username=1, password="pw")  # type: ignore[arg-type]
    endpoints.create(password="pw")  # type: ignore[call-arg]
    endpoints.create(username="a", password="pw", colour="red")  # type: ignore[call-arg]
    endpoints.create(username="a", password="pw", encryption="maybe")  # type: ignore[arg-type]
    endpoints.list(page_size="10")  # type: ignore[arg-type]
    client.calling.play("call-id", play=[{"type": "tts"}])  # type: ignore[list-item]
