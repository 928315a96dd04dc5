"""A RELAY IVR: answer, ask for a digit, record a message, hang up; then an outbound dial
and an SMS. Runs against `FakeRelay` on loopback (the caller is scripted); point
`RelayClient` at your space instead (and drop the fake) to run it for real.

    python examples/relay_ivr.py            # asyncio
    python examples/relay_ivr.py trio
"""

from __future__ import annotations

import sys

import anyio

from signalwire_async.relay import Call, CallEndedError, CollectEvent, RelayClient
from signalwire_async.testing import FakeRelay


async def ivr(call: Call) -> None:
    await call.answer()
    menu = await call.prompt_tts("Press 1 for sales, 2 to leave a message", {"digits": {"max": 1}})
    choice = await menu.wait()
    assert isinstance(choice, CollectEvent)
    print(f"ivr: caller pressed {choice.digits}")
    async with call.record({"format": "wav"}, beep=True) as recording:
        try:
            done = await recording.wait()
        except CallEndedError:
            print("ivr: caller hung up while recording")
            return
        print(f"ivr: recorded {done.params.get('url')}")


async def main() -> None:
    with FakeRelay() as relay:
        async with RelayClient(
            relay.project, relay.token, host=relay.host, contexts=["office"]
        ) as client:
            done = anyio.Event()

            @client.on_call
            async def on_call(call: Call) -> None:
                try:
                    await ivr(call)
                finally:
                    done.set()

            caller = relay.inbound_call("office")
            await relay.wait_for(lambda: relay.journal.frames("calling.play_and_collect"))
            caller.press("2")
            await relay.wait_for(lambda: relay.journal.frames("calling.record"))
            caller.hang_up()
            await done.wait()

            device = {
                "type": "phone",
                "params": {"to_number": "+15550100", "from_number": "+15550199"},
            }
            call = await client.dial([[device]])
            print(f"dial: {call.state} {call.direction}")
            await (await call.play_tts("Your order has shipped")).wait()
            await call.hangup()
            print(f"dial: {(await call.wait_for_ended()).params['call_state']}")

            message = await client.send_message(
                to_number="+15550100", from_number="+15550199", body="Shipped!"
            )
            print(f"sms: {(await message.wait()).params['message_state']}")


if __name__ == "__main__":
    anyio.run(main, backend=sys.argv[1] if len(sys.argv) > 1 else "asyncio")
