"""Tests for scripts/unasync.py, the stage of scripts/generate.py that writes the ``_sync``
trees, and for the generator's whole runs on a fixture repository with that stage alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import generate  # noqa: E402
import unasync  # noqa: E402

# The production table plus names only these fixtures use.
TEST_TABLE = {
    **unasync.RENAMES,
    "AsyncPage": "Page",
    "AsyncBaseTransport": "BaseTransport",
    "StopAsyncIteration": "StopIteration",
    "_async": "_sync",
}


def transform(source: str, *, is_test: bool = False) -> str:
    result: str = unasync.Unasync(TEST_TABLE).transform(textwrap.dedent(source), is_test)
    return result


# --- token-level rules (no ruff involved, so formatting is exactly as written) --------------


def test_async_and_await_removed_formatting_kept() -> None:
    source = """\
        async def fetch(self,  a ,b):  # odd spacing stays
            async with lock:
                value = await   self.get( a )
            async for item in pages:
                print(item)
            return [x async for x in await  gen()]
        """
    assert transform(source) == textwrap.dedent("""\
        def fetch(self,  a ,b):  # odd spacing stays
            with lock:
                value = self.get( a )
            for item in pages:
                print(item)
            return [x for x in gen()]
        """)


def test_names_renamed_as_whole_tokens_only() -> None:
    source = """\
        from signalwire_async._async._pager import AsyncPage, AsyncPager
        from tests._async.conftest import helper

        class AsyncClient(AsyncBaseTransport):
            def __aenter__(self) -> AsyncClient:
                raise StopAsyncIteration
            def run(self, t: AsyncPagerish) -> None:
                self.transport.aclose()
                name = "AsyncClient.aclose"
        """
    assert transform(source) == textwrap.dedent("""\
        from signalwire_async._sync._pager import Page, Pager
        from tests._sync.conftest import helper

        class Client(BaseTransport):
            def __enter__(self) -> Client:
                raise StopIteration
            def run(self, t: AsyncPagerish) -> None:
                self.transport.close()
                name = "Client.close"
        """)


def test_strings_and_comments_get_phrase_fixes_f_strings_do_not() -> None:
    source = '''\
        """Use ``async with AsyncClient()`` and ``async for p in AsyncPager``."""

        def close():
            """Call await client.aclose(); see signalwire_async._async."""
            # await the AsyncClient, then async for each AsyncPage
            message = "await AsyncClient, use `async with`"
            f"{AsyncClient} await x"
            return f"await {message}"
        '''
    assert transform(source) == textwrap.dedent('''\
        """Use ``with Client()`` and ``for p in Pager``."""

        def close():
            """Call client.close(); see signalwire_async._sync."""
            # the Client, then for each Page
            message = "Client, use `with`"
            f"{AsyncClient} await x"
            return f"await {message}"
        ''')


def test_async_words_left_in_generated_code_are_reported() -> None:
    generated = {
        "pkg/_sync/a.py": "# GENERATED\n# source: pkg/_async/a.py\nx = f'{y} await z'\n",
        "pkg/_sync/b.py": "# h\n# h\nimport asyncio\nUA = 'signalwire-async/1'\n# an async one\n",
    }
    assert unasync.async_words_left(generated) == [
        "pkg/_sync/a.py:3: x = f'{y} await z'",
        "pkg/_sync/b.py:5: # an async one",
    ]


def test_check_and_write_fail_on_async_words_left(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "signalwire_async/_async/_words.py").write_text(
        'WORDS = f"{1} await this"\n', encoding="utf-8"
    )
    assert run(repo) == 1
    assert run(repo, "--check") == 1
    assert "async/await left in generated code: signalwire_async/_sync/_words.py:3" in (
        capsys.readouterr().out
    )


MARKED = """\
    import pytest

    pytestmark = pytest.mark.asyncio

    @pytest.mark.asyncio
    async def test_a() -> None:
        pass

    class TestB:
        @pytest.mark.parametrize("x", [1])
        @pytest.mark.asyncio(loop_scope="function")  # trailing comment
        async def test_b(self, x: int) -> None:
            pass
    """


def test_asyncio_markers_removed_in_tests_only() -> None:
    assert transform(MARKED, is_test=True) == textwrap.dedent("""\
        import pytest


        def test_a() -> None:
            pass

        class TestB:
            @pytest.mark.parametrize("x", [1])
            def test_b(self, x: int) -> None:
                pass
        """)
    assert "@pytest.mark.asyncio" in transform(MARKED, is_test=False)


def test_twins_map_each_async_tree_and_skip_the_rest() -> None:
    texts = {
        "signalwire_async/_async/a.py": "async def f() -> None: ...\n",
        "signalwire_async/_transports/_async/b.py": "await_me = 1\n",
        "tests/_async/test_c.py": "import pytest\n@pytest.mark.asyncio\nasync def test_c(): ...\n",
        "signalwire_async/types/__init__.py": "x = 1\n",
        "api.md": "# API\n",
    }
    twins = unasync.twins(texts, unasync.Unasync({}))
    assert twins == {
        "signalwire_async/_sync/a.py": unasync.HEADER.format("signalwire_async/_async/a.py")
        + "def f() -> None: ...\n",
        "signalwire_async/_transports/_sync/b.py": unasync.HEADER.format(
            "signalwire_async/_transports/_async/b.py"
        )
        + "await_me = 1\n",
        "tests/_sync/test_c.py": unasync.HEADER.format("tests/_async/test_c.py")
        + "import pytest\ndef test_c(): ...\n",
    }


# --- whole runs on a fixture repository ---------------------------------------------------

FIXTURE_TABLE = {
    name: TEST_TABLE[name]
    for name in ("AsyncClient", "AsyncPager", "__aenter__", "__aexit__", "aclose", "_async")
}

# 93 characters once generated: ruff's default line length (88) would wrap it, the fixture's
# 100 keeps it.
ARGS = "first_argument, second_argument, third_argument, fourth_argument, fifth"
LONG_CALL = f"    return await self.wait({ARGS})"

CLIENT = f'''\
"""The client: ``async with AsyncClient() as client``."""

from __future__ import annotations

from signalwire_async._async._pager import AsyncPager


class AsyncClient:
    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await   AsyncPager().aclose()


async def long_call(self: AsyncClient) -> None:
{LONG_CALL}
'''

TEST_CLIENT = """\
import httpx
import pytest

from signalwire_async._async._client import AsyncClient


@pytest.mark.asyncio
async def test_client() -> None:
    async with AsyncClient() as client:
        assert client, httpx
"""

FIXTURE = {
    "pyproject.toml": '[project]\nname = "fixture"\n\n[tool.ruff]\nline-length = 100\n',
    "signalwire_async/__init__.py": "",
    "signalwire_async/_async/__init__.py": "",
    "signalwire_async/_async/_client.py": CLIENT,
    "signalwire_async/_async/_pager.py": "class AsyncPager:\n    async def aclose(self): ...\n",
    "signalwire_async/_async/notes.txt": "not python\n",
    "signalwire_async/_async/__pycache__/_client.py": "ignored = (\n",
    "tests/__init__.py": "",
    "tests/_async/__init__.py": "",
    "tests/_async/test_client.py": TEST_CLIENT,
}

SYNC_FILES = {
    "signalwire_async/_sync/__init__.py",
    "signalwire_async/_sync/_client.py",
    "signalwire_async/_sync/_pager.py",
    "tests/_sync/__init__.py",
    "tests/_sync/test_client.py",
}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for rel, text in FIXTURE.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def run(repo: Path, *args: str, table: Mapping[str, str] = FIXTURE_TABLE) -> int:
    """The generator on the fixture: no declarations there, so the sync stage alone."""
    return generate.main(["--root", str(repo), *args], table=table, declarations=False)


def sync_files(repo: Path) -> set[str]:
    return {p.relative_to(repo).as_posix() for p in repo.glob("*/_sync/**/*.py")}


def test_generate_writes_formatted_sync_twin(repo: Path) -> None:
    assert run(repo) == 0
    assert sync_files(repo) == SYNC_FILES

    client = (repo / "signalwire_async/_sync/_client.py").read_text(encoding="utf-8")
    assert client == (
        "# GENERATED by scripts/generate.py - DO NOT EDIT\n"
        "# source: signalwire_async/_async/_client.py\n"
        '"""The client: ``with Client() as client``."""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        "from signalwire_async._sync._pager import Pager\n"
        "\n"
        "\n"
        "class Client:\n"
        "    def __enter__(self) -> Client:\n"
        "        return self\n"
        "\n"
        "    def __exit__(self, *exc: object) -> None:\n"
        "        self.close()\n"
        "\n"
        "    def close(self) -> None:\n"
        "        Pager().close()\n"
        "\n"
        "\n"
        "def long_call(self: Client) -> None:\n"
        f"    return self.wait({ARGS})\n"
    )

    test_client = (repo / "tests/_sync/test_client.py").read_text(encoding="utf-8")
    # The marker is gone, so ruff's F401 fix drops the now unused ``import pytest``; the
    # first-party import stays in its own section although ruff ran on a staged copy.
    assert test_client == (
        "# GENERATED by scripts/generate.py - DO NOT EDIT\n"
        "# source: tests/_async/test_client.py\n"
        "import httpx\n"
        "\n"
        "from signalwire_async._sync._client import Client\n"
        "\n"
        "\n"
        "def test_client() -> None:\n"
        "    with Client() as client:\n"
        "        assert client, httpx\n"
    )


def test_check_passes_on_fresh_generation(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo) == 0
    capsys.readouterr()
    assert run(repo, "--check") == 0
    assert capsys.readouterr().out == "5 files up to date\n"


def test_check_fails_before_generation(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, "--check") == 1
    out = capsys.readouterr().out
    assert "missing (not generated yet): tests/_sync/test_client.py" in out
    assert "--- /dev/null\n+++ b/tests/_sync/test_client.py\n" in out  # the diff of a new file
    assert sync_files(repo) == set()  # --check never writes


def test_check_fails_on_hand_edited_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo) == 0
    edited = repo / "signalwire_async/_sync/_pager.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "x = 1\n", encoding="utf-8")
    capsys.readouterr()
    assert run(repo, "--check") == 1
    out = capsys.readouterr().out
    assert "--- a/signalwire_async/_sync/_pager.py" in out
    assert "+++ b/signalwire_async/_sync/_pager.py" in out
    assert "\n-x = 1\n" in out


def test_check_fails_on_stale_file_even_without_the_header(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo) == 0
    (repo / "tests/_sync/test_stale.py").write_text("", encoding="utf-8")
    capsys.readouterr()
    assert run(repo, "--check") == 1
    assert "stale (no longer generated): tests/_sync/test_stale.py" in capsys.readouterr().out


def test_check_fails_on_missing_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo) == 0
    (repo / "signalwire_async/_sync/_pager.py").unlink()
    capsys.readouterr()
    assert run(repo, "--check") == 1
    out = capsys.readouterr().out
    assert "missing (not generated yet): signalwire_async/_sync/_pager.py" in out


def test_check_shows_a_stale_file_as_a_deletion(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo) == 0
    (repo / "signalwire_async/_async/_pager.py").unlink()
    capsys.readouterr()
    assert run(repo, "--check") == 1
    out = capsys.readouterr().out
    assert "--- a/signalwire_async/_sync/_pager.py\n+++ /dev/null\n" in out
    assert "stale (no longer generated): signalwire_async/_sync/_pager.py" in out


def test_generate_deletes_stale_python_files_only(repo: Path) -> None:
    cache = repo / "tests/_sync/__pycache__/test_gone.py"
    kept = repo / "tests/_sync/data.txt"
    stale = repo / "tests/_sync/test_gone.py"
    for path in (cache, kept, stale):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("", encoding="utf-8")
    assert run(repo) == 0
    assert cache.exists() and kept.exists() and not stale.exists()


def test_unused_table_entry_fails_check(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = {**FIXTURE_TABLE, "AsyncNeverSeen": "NeverSeen"}
    assert run(repo, table=table) == 0  # writing only warns
    assert "AsyncNeverSeen" in capsys.readouterr().err
    assert run(repo, "--check", table=table) == 1
    assert "rename table entries never used: AsyncNeverSeen" in capsys.readouterr().out


def test_command_line(repo: Path) -> None:
    assert run(repo) == 0
    # The full production table is mostly unused by the small fixture, so --check fails.
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "generate.py"), "--check", "--root", str(repo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "rename table entries never used: AsyncRestClient, " in result.stdout
