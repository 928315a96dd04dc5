"""RELAY outbound: dial a customer, hang up on an answering machine, else connect the
customer to an agent (who is busy the first time: the app tries the next one); and answer
inbound SMS. Runs against `FakeRelay` on loopback; point `RelayClient` at your space
instead (and drop the fake) to run it for real.

    python examples/relay_outbound.py            # asyncio
    python examples/relay_outbound.py trio
"""

from __future__ import annotations

import sys

import anyio

from signalwire_async.relay import ConnectEvent, Message, RelayClient, RelayError
from signalwire_async.testing import FakeRelay

APP, CUSTOMER, MACHINE = "+15550100", "+15550111", "+15550122"
AGENTS = ["+15550201", "+15550202"]


def phone(to_number: str) -> list[list[dict[str, object]]]:
    return [[{"type": "phone", "params": {"to_number": to_number, "from_number": APP}}]]


async def reach(client: RelayClient, number: str) -> None:
    call = await client.dial(phone(number))
    detecting = await call.detect_answering_machine(initial_timeout=4.0)
    verdict = (await detecting.wait()).params["detect"]["params"]["event"]
    if verdict == "MACHINE":
        print(f"outbound: {number} is a machine, hanging up")
        await call.hangup()
        return
    await (await call.play_tts("Please hold for an agent")).wait()
    for agent in AGENTS:
        try:
            await call.connect(phone(agent))
        except RelayError as error:  # the agent's line refused the bridge
            print(f"outbound: agent {agent} failed ({error.code})")
            continue
        bridged = await call.wait_for(
            ConnectEvent, lambda e: e.connect_state in ("connected", "failed")
        )
        print(f"outbound: {number} -> {agent}: {bridged.connect_state}")
        if bridged.connect_state == "connected":
            break
    await call.hangup()
    print(f"outbound: {(await call.wait_for_ended()).params['call_state']}")


async def main() -> None:
    with FakeRelay() as relay:
        relay.dial_outcome(MACHINE, "machine")
        relay.ring_duration(0.2)  # an agent's phone rings a moment before the bridge
        relay.fail_command("calling.connect", "503", "agent line busy")  # the first agent
        async with RelayClient(
            relay.project, relay.token, host=relay.host, contexts=["sms"]
        ) as client:
            replied = anyio.Event()

            @client.on_message
            async def on_message(message: Message) -> None:
                print(f"sms: from {message.from_number}: {message.body}")
                answer = await client.send_message(
                    to_number=message.from_number, from_number=APP, body="Thanks, got it"
                )
                print(f"sms: reply {(await answer.wait()).params['message_state']}")
                replied.set()

            await reach(client, MACHINE)
            await reach(client, CUSTOMER)
            relay.message_arrives("sms", "Where is my order?", from_number=CUSTOMER)
            await replied.wait()


if __name__ == "__main__":
    anyio.run(main, backend=sys.argv[1] if len(sys.argv) > 1 else "asyncio")
