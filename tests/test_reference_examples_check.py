"""The transforms of scripts/reference_examples_check.py: an example written for the official
SDK, with only the import changed (and `await` added mechanically for the async client).
The script itself reads material outside the project; these tests need none of it."""

from __future__ import annotations

import ast
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import reference_examples_check as check  # noqa: E402

EXAMPLE = textwrap.dedent(
    """
    from signalwire.rest import RestClient, SignalWireRestError

    rest = RestClient(project="p", token="t", host="h")

    def run(label, fn):
        try:
            fn()
        except SignalWireRestError:
            print(label)

    def main():
        numbers = rest.phone_numbers.list()
        for n in rest.queues.paginate():
            print(n, numbers.get("data"))
        run("pause", lambda: rest.calling.play_pause("c", control_id="x"))

    if __name__ == "__main__":
        main()
    """
)


def test_the_official_way_runs_the_example_as_written() -> None:
    assert check.transform(EXAMPLE, "official") == EXAMPLE


def test_the_sync_way_changes_only_the_import() -> None:
    ours = check.transform(EXAMPLE, "ours")
    assert "from signalwire_async import RestClient, SignalWireRestError" in ours
    assert "signalwire.rest" not in ours
    assert ast.dump(ast.parse(ours).body[1]) == ast.dump(ast.parse(EXAMPLE).body[1])
    assert "await" not in ours


def test_the_async_way_awaits_the_client_and_what_calls_it() -> None:
    ours = check.transform(EXAMPLE, "ours-async")
    assert "from signalwire_async import AsyncRestClient as RestClient" in ours
    assert "numbers = await rest.phone_numbers.list()" in ours
    assert "async for n in rest.queues.paginate():" in ours
    assert "async def main():" in ours and "\n    await main()" in ours
    # a lambda hands back the awaitable; the function calling it awaits it when it is one
    # (`ast.unparse` writes `lambda :` before Python 3.11)
    assert "lambda: rest.calling.play_pause(" in ours.replace("lambda :", "lambda:")
    assert "async def run(label, fn):" in ours
    assert "await _maybe_awaited_(fn())" in ours
    compile(ours, "example", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


@pytest.mark.parametrize(
    ("code", "uses"),
    [
        ("from signalwire.rest import RestClient\nclient = RestClient()\n", True),
        ("client.queues.list()\n", True),
        ("from signalwire.relay import Client\nclient.dial()\n", False),
        ("print('no client')\n", False),
    ],
)
def test_examples_are_the_blocks_that_use_the_rest_client(code: str, uses: bool) -> None:
    found = check._blocks("page", f"text\n```python\n{code}```\n")
    assert bool(found) is uses
    if found and "RestClient(" not in code:
        assert found[0].fragment and found[0].code.startswith(check.PRELUDE)
