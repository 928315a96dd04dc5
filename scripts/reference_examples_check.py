"""SignalWire's reference examples, as written for the official SDK, run on both SDKs.

A developer tool, like `official_parity.py`; no test depends on it. It reads material that
is not part of this project, and says where from:

- the Python REST reference pages (`fern/products/server-sdks/pages/reference/python/rest/`
  of the `signalwire/docs` repository: a checkout or a bare git directory, `--reference`);
- the official SDK's own REST examples and docs, shipped in its wheel
  (`signalwire/_docs/rest/examples/*.py`, `_docs/rest/docs/*.md`, `_docs/rest/README.md`),
  found through `--official-python` (a side venv: `python3 -m venv /tmp/sdk &&
  /tmp/sdk/bin/pip install signalwire-sdk==3.7.5`);
- the spec mock `/work/shared/tools/prism.sh start` (127.0.0.1:4010, validates every request).

    python3 scripts/reference_examples_check.py [--targets prism,fake] [--only SUBSTRING] [-v]

Each ```python block of a page (and each example script whole) that uses `signalwire.rest`
is one example. A block that uses `client` without making one (a fragment of a longer page)
gets `from signalwire.rest import RestClient` and `client = RestClient()` put before it,
the same for both SDKs. Each example runs three ways, each in its own process per target:

- `official`: as written, with the official SDK;
- `ours`: only the import changed, `signalwire.rest` -> `signalwire_async`;
- `ours-async`: the import becomes `from signalwire_async import AsyncRestClient as
  RestClient`, then a mechanical transform (`AwaitTransform`): every call made on a client
  (an attribute chain rooted at a name bound to `RestClient(...)`) gets `await`, except as
  the iterable of a `for`, which becomes `async for`; a `def` that now awaits becomes
  `async def`, and calls of it are awaited in turn; top-level awaits run as a coroutine.

Pointing at the target is the harness's part, equal for every way: `RestClient` is
replaced, before the example runs, by a subclass that sets project, token and host (the
example's `your-space.signalwire.com` and `your-project-id` become the target's, as a DNS
entry and a real project would), and `SIGNALWIRE_*` variables name the target too;
`time.sleep` returns at once. An example passes when it runs to its end without an
uncaught exception (its own `try/except` counts as handling).

Targets: `prism` (the spec mock, started beforehand) and `fake` (our fake space served over
HTTP from this process, emptied before each example so state does not leak between them).
Printed per target: examples found, official passes, ours passes, and every example that
passes with the official SDK but fails with ours, with the reason. Exit status 1 when any.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES = "fern/products/server-sdks/pages/reference/python/rest"
DEFAULT_REFERENCE = "/work/.mirror/signalwire+docs/repo"
PROJECT = "6f0a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b"  # Compat paths need a uuid AccountSid
TOKEN = "PTexampletoken"
PRELUDE = "from signalwire.rest import RestClient\nclient = RestClient()\n"
BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.S | re.M)


@dataclass
class Example:
    name: str
    code: str
    fragment: bool = False


# --- finding the examples -------------------------------------------------------------


def _git_files(reference: str) -> dict[str, str]:
    """The reference pages, from a checkout or a (bare) git directory."""
    folder = Path(reference) / PAGES
    if folder.is_dir():
        return {str(p.relative_to(folder)): p.read_text() for p in sorted(folder.rglob("*.mdx"))}
    git = ["git", "--git-dir", reference]
    names = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", "HEAD", PAGES],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        name[len(PAGES) + 1 :]: subprocess.run(
            [*git, "show", f"HEAD:{name}"], capture_output=True, text=True, check=True
        ).stdout
        for name in names
        if name.endswith(".mdx")
    }


def _uses_rest(code: str) -> bool:
    imports = re.findall(r"^\s*(?:from|import)\s+(signalwire[\w.]*)", code, re.M)
    if any(not m.startswith("signalwire.rest") for m in imports):
        return False  # RELAY, agents, SWML: not the REST client
    return "signalwire.rest" in code or re.search(r"\bclient\.\w", code) is not None


def _blocks(name: str, text: str) -> list[Example]:
    found = []
    for number, match in enumerate(BLOCK.finditer(text), 1):
        code = textwrap.dedent(match.group(1))
        if not _uses_rest(code):
            continue
        fragment = "RestClient(" not in code
        found.append(Example(f"{name}#{number}", PRELUDE + code if fragment else code, fragment))
    return found


def collect(reference: str | None, official_python: str) -> list[Example]:
    examples: list[Example] = []
    if reference:
        for page, text in _git_files(reference).items():
            examples += _blocks(f"ref:{page}", text)
    where = subprocess.run(
        [official_python, "-c", "import signalwire; print(signalwire.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    docs = Path(where).parent / "_docs" / "rest"
    for script in sorted((docs / "examples").glob("*.py")):
        examples.append(Example(f"sdk:examples/{script.name}", script.read_text()))
    for doc in [docs / "README.md", *sorted((docs / "docs").glob("*.md"))]:
        examples += _blocks(f"sdk:{doc.relative_to(docs)}", doc.read_text())
    return examples


# --- the transforms ---------------------------------------------------------------------


class _Imports(ast.NodeTransformer):
    """`signalwire.rest` -> `signalwire_async`; with `use_async`, `RestClient` is the
    async client under the same name."""

    def __init__(self, use_async: bool) -> None:
        self.use_async = use_async

    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.ImportFrom:
        if node.module and node.module.startswith("signalwire.rest"):
            node.module = "signalwire_async"
            if self.use_async:
                for alias in node.names:
                    if alias.name == "RestClient":
                        alias.name, alias.asname = "AsyncRestClient", alias.asname or "RestClient"
        return node


def _root(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _client_names(tree: ast.AST) -> set[str]:
    names = {"client"}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
            continue
        if _root(node.value.func) == "RestClient":
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


class AwaitTransform(ast.NodeTransformer):
    """Adds `await` to calls on a client (and to calls of functions that now await),
    `async for` over a client call, `async def` for functions that await."""

    def __init__(self, clients: set[str], async_functions: set[str], lambdas: bool) -> None:
        self.clients = clients
        self.async_functions = async_functions
        self.lambdas = lambdas  # some lambda calls the client: it returns the awaitable
        self.in_lambda = 0
        self.parameters: list[set[str]] = []

    def _awaits(self, call: ast.Call) -> bool:
        func = call.func
        if isinstance(func, ast.Name):
            return func.id in self.async_functions
        return isinstance(func, ast.Attribute) and _root(func) in self.clients

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if self.in_lambda:
            return node
        func = node.func
        if (
            self.lambdas
            and isinstance(func, ast.Name)
            and self.parameters
            and (func.id in self.parameters[-1])
        ):  # a callable handed in, maybe such a lambda: awaited when its result is
            return ast.Await(ast.Call(ast.Name("_maybe_awaited_", ast.Load()), [node], []))
        return ast.Await(node) if self._awaits(node) else node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        self.in_lambda += 1
        try:
            return self.generic_visit(node)
        finally:
            self.in_lambda -= 1

    def visit_For(self, node: ast.For) -> ast.AST:
        if isinstance(node.iter, ast.Call) and self._awaits(node.iter):
            node.iter = self.generic_visit(node.iter)  # type: ignore[assignment]
            node.body = [self.visit(s) for s in node.body]
            node.orelse = [self.visit(s) for s in node.orelse]
            loop = ast.AsyncFor(node.target, node.iter, node.body, node.orelse)
            return ast.copy_location(loop, node)
        return self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
        self.parameters.append({a.arg for a in arguments})
        try:
            self.generic_visit(node)
        finally:
            self.parameters.pop()
        awaits = (ast.Await, ast.AsyncFor)
        if not any(isinstance(n, awaits) for s in node.body for n in ast.walk(s)):
            return node
        self.async_functions.add(node.name)
        fields = {name: getattr(node, name) for name in node._fields}
        return ast.copy_location(ast.AsyncFunctionDef(**fields), node)


def transform(code: str, way: str) -> str:
    if way == "official":
        return code
    tree = _Imports(way == "ours-async").visit(ast.parse(code))
    if way == "ours-async":
        source, clients, functions = ast.unparse(tree), _client_names(tree), set[str]()
        lambdas = any(
            isinstance(n, ast.Lambda)
            and any(isinstance(c, ast.Call) and _root(c.func) in clients for c in ast.walk(n))
            for n in ast.walk(tree)
        )
        for _ in range(5):  # again from the start until the async functions stop growing
            before = set(functions)
            tree = AwaitTransform(clients, functions, lambdas).visit(ast.parse(source))
            if functions == before:
                break
        if lambdas:
            at = next(  # after the docstring and `from __future__` imports
                (i for i, n in enumerate(tree.body) if not _leading(n)), len(tree.body)
            )
            tree.body[at:at] = ast.parse(MAYBE_AWAITED).body
    return ast.unparse(ast.fix_missing_locations(tree))


def _leading(node: ast.stmt) -> bool:
    if isinstance(node, ast.ImportFrom):
        return node.module == "__future__"
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)


MAYBE_AWAITED = """
async def _maybe_awaited_(value):
    return await value if hasattr(value, '__await__') else value
"""


# --- the child: runs a list of examples in one process -----------------------------------

CHILD = r"""
import ast, asyncio, contextlib, io, json, os, signal, sys, time, traceback, urllib.request
way, host, reset_url = sys.argv[1:4]
jobs = json.load(sys.stdin)
time.sleep = lambda s: None
PROJECT, TOKEN = @PROJECT@, @TOKEN@
os.environ.update(SIGNALWIRE_PROJECT_ID=PROJECT, SIGNALWIRE_API_TOKEN=TOKEN, SIGNALWIRE_SPACE=host)

def redirect(module, name):
    base = getattr(module, name)
    class Redirected(base):
        def __init__(self, project=None, token=None, host_=None, *args, **kwargs):
            kwargs.pop("host", None)
            super().__init__(PROJECT, TOKEN, host, *args, **kwargs)
    Redirected.__name__ = Redirected.__qualname__ = name
    setattr(module, name, Redirected)

if way == "official":
    import signalwire.rest as module
    redirect(module, "RestClient")
else:
    import signalwire_async as module
    redirect(module, "RestClient")
    redirect(module, "AsyncRestClient")

def alarm(*_):
    raise TimeoutError("example took over 30 s")
signal.signal(signal.SIGALRM, alarm)

for job in jobs:
    out = io.StringIO()
    error = None
    if reset_url:  # an empty fake space for each example
        urllib.request.urlopen(urllib.request.Request(reset_url, method="POST")).close()
    signal.alarm(30)
    try:
        code = compile(job["code"], job["name"], "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        scope = {"__name__": "__main__"}
        with contextlib.redirect_stdout(out):
            result = eval(code, scope)
            if asyncio.iscoroutine(result):
                asyncio.run(result)
    except BaseException as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == job["name"]]
        lines = job["code"].splitlines()
        at = f" (at: {lines[frames[-1].lineno - 1].strip()})" if frames else ""
        error = f"{type(exc).__name__}: {exc}"[:400] + at
    finally:
        signal.alarm(0)
    print(json.dumps({"name": job["name"], "error": error}), flush=True)
""".replace("@PROJECT@", repr(PROJECT)).replace("@TOKEN@", repr(TOKEN))


def run_way(
    python: str, way: str, host: str, examples: list[Example], reset_url: str
) -> dict[str, str | None]:
    jobs = []
    for example in examples:
        try:
            jobs.append({"name": example.name, "code": transform(example.code, way)})
        except SyntaxError as exc:
            jobs.append({"name": example.name, "code": f"raise SyntaxError({str(exc)!r})"})
    done = subprocess.run(
        [python, "-c", CHILD, way, host, reset_url],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        cwd="/tmp",
        timeout=3600,
    )
    results = {}
    for line in done.stdout.splitlines():
        if line.startswith('{"name"'):
            row = json.loads(line)
            results[row["name"]] = row["error"]
    for example in examples:  # a crash of the child fails what it did not reach
        results.setdefault(example.name, f"not run: {done.stderr.strip()[-300:]}")
    return results


# --- targets ----------------------------------------------------------------------------


class ServedFake:
    """Our fake space, served over HTTP on loopback from this process (`FakeSpace.serve`),
    with a second loopback endpoint that empties it: the child calls it before each
    example, so every example meets an empty space whatever ran before it."""

    def __init__(self) -> None:
        import http.server
        import threading

        from signalwire_async.testing import FakeSpace

        space = FakeSpace(PROJECT, TOKEN)
        self.served = space.serve()
        self.host = self.served.__enter__().host

        class Reset(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                space.reset()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.reset = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Reset)
        self.reset_url = f"http://127.0.0.1:{self.reset.server_address[1]}/reset"
        threading.Thread(target=self.reset.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.reset.shutdown()
        self.served.__exit__(None, None, None)


def check_target(target: str, examples: list[Example], options: argparse.Namespace) -> int:
    results: dict[str, dict[str, str | None]] = {}
    for way in ("official", "ours", "ours-async"):
        python = options.official_python if way == "official" else sys.executable
        fake = ServedFake() if target == "fake" else None
        host = fake.host if fake else options.prism
        try:
            results[way] = run_way(python, way, host, examples, fake.reset_url if fake else "")
        finally:
            if fake:
                fake.stop()
    return report(target, examples, results, options.verbose)


def report(
    target: str, examples: list[Example], results: dict[str, dict[str, str | None]], verbose: bool
) -> int:
    official_ok = [e.name for e in examples if results["official"][e.name] is None]
    print(
        f"\n== {target}: {len(examples)} examples "
        f"({sum(e.fragment for e in examples)} fragments given a client)"
    )
    for way in ("official", "ours", "ours-async"):
        print(f"   {way:<11} passes {sum(results[way][e.name] is None for e in examples)}")
    gaps = 0
    for way in ("ours", "ours-async"):
        for name in official_ok:
            if results[way][name] is not None:
                gaps += 1
                print(f"   GAP {way}: {name}: {results[way][name]}")
    if verbose:
        for e in examples:
            if results["ours"][e.name] is None and results["ours-async"][e.name] is not None:
                print(f"   async only fails: {e.name}: {results['ours-async'][e.name]}")
        for e in examples:
            if results["official"][e.name] is not None:
                print(f"   official fails: {e.name}: {results['official'][e.name]}")
    print(f"   {target}: {gaps} examples pass with the official SDK and fail here")
    return gaps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--official-python", default="/tmp/sdk/bin/python")
    parser.add_argument(
        "--reference",
        default=DEFAULT_REFERENCE,
        help="signalwire/docs checkout or git directory ('' to skip)",
    )
    parser.add_argument("--targets", default="prism,fake")
    parser.add_argument("--prism", default="127.0.0.1:4010")
    parser.add_argument("--only", help="run only examples whose name holds this")
    parser.add_argument("--show", help="print the transformed code of one example and exit")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args()
    found = options.reference and os.path.exists(options.reference)
    reference = options.reference if found else None
    examples = collect(reference, options.official_python)
    if options.only:
        examples = [e for e in examples if options.only in e.name]
    if options.show:
        example = next(e for e in examples if e.name == options.show)
        print(transform(example.code, "ours-async"))
        return 0
    print(
        f"{len(examples)} examples: reference pages "
        f"{sum(e.name.startswith('ref:') for e in examples)}, official SDK "
        f"{sum(e.name.startswith('sdk:') for e in examples)}"
        + ("" if reference else " (no reference pages: --reference not found)")
    )
    gaps = sum(check_target(t, examples, options) for t in options.targets.split(","))
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
