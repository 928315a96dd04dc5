"""Generate every generated file from its sources, or check that none is out of date.

    python scripts/generate.py          # write what changed, delete what is stale
    python scripts/generate.py --check  # exit 1, with a unified diff, on any difference

Two stages fill one temporary tree:

1. `scripts/generate_api.py` renders the declarations (`signalwire_async/_declarations/`) and
   the `__all__` of the type modules (`signalwire_async/types/`) into the async resources,
   the lazy `signalwire_async.types` exports and `api.md`; `scripts/generate_swml.py` renders
   the SWML schema's facts into `signalwire_async/swml/_verbs.py`;
2. `scripts/unasync.py` turns each async tree into its sync twin (`signalwire_async/_async` ->
   `_sync`, `signalwire_async/_transports/_async` -> `_transports/_sync`, `tests/_async` ->
   `tests/_sync`), reading stage 1's resources from the temporary tree, not from disk, so one
   run from a stale checkout writes the right sync code.

The Python of each stage goes through the same ruff steps, in one batch per stage, with the
repository's config: imports sorted and the unused ones dropped, then `ruff format`. The union
is then compared with the repository: a file differs, is missing, or is stale (a generated file
on disk that the run no longer produces: in stage 1's places one carrying its mark; in the twin
trees, which are wholly generated, any `.py`). `--check` prints each as a unified diff, and
also fails on rename-table entries no source used (so the table cannot rot) and on the words
async/await left in a sync file (reword the source). Writing rewrites only the files that
changed (the others keep their mtime) and deletes the stale ones.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

try:
    import generate_api
    import generate_relay
    import generate_swml
    import unasync
except ModuleNotFoundError as missing:  # the stages import the package, which needs its deps
    sys.exit(
        f"generate.py needs the package and its dependencies ({missing.name} is missing): "
        "python3 -m pip install -e '.[test,lint]'"
    )

ROOT = SCRIPTS.parent

# Imports first (renames may unsort them or leave some unused), then the format. `check` exits
# 1 when unfixable violations remain; `ruff check .` reports those, not the generator.
RUFF_STEPS = ((["check", "--fix", "--select", "I,F401"], (0, 1)), (["format"], (0,)))


# Written exactly as rendered: the generated resource trees are laid out by their templates
# (`scripts/generate_api.py`), and pyproject.toml keeps ruff's formatter and import order
# off them too.
VERBATIM_TREES = ("signalwire_async/_async/resources/", "signalwire_async/_sync/resources/")


def verbatim(rel: str) -> bool:
    return rel.startswith(VERBATIM_TREES)


def ruff_command() -> list[str]:
    if importlib.util.find_spec("ruff") is not None:
        return [sys.executable, "-m", "ruff"]
    if exe := shutil.which("ruff"):
        return [exe]
    raise SystemExit("generate: ruff is needed (pip install ruff): not importable nor on PATH")


def formatted(root: Path, stage: Path, files: Mapping[str, str]) -> dict[str, str]:
    """`files` (by path relative to the root) as the ruff steps leave them: the Python ones are
    written under `stage`, in the repository's layout, and formatted in one batch."""
    python = sorted(rel for rel in files if rel.endswith(".py") and not verbatim(rel))
    for rel in python:
        (stage / rel).parent.mkdir(parents=True, exist_ok=True)
        (stage / rel).write_bytes(files[rel].encode("utf-8"))
    if python:
        # Run from the root with its config: the staged files live outside it. isort tells
        # first-party imports by whether the full module path exists under `src` (default: the
        # root and root/src), so the stage is added: new modules exist only there.
        config = root / "pyproject.toml"
        options = [
            "--no-cache",
            "--quiet",
            *(["--config", str(config)] if config.is_file() else []),
            *("--config", f"src = {[str(stage), str(root), str(root / 'src')]!r}"),
        ]
        paths = [str(stage / rel) for rel in python]
        for step, ok_codes in RUFF_STEPS:
            command = [*ruff_command(), *step, *options, *paths]
            result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
            if result.returncode not in ok_codes:
                raise SystemExit(
                    f"generate: `ruff {step[0]}` failed:\n{result.stdout}{result.stderr}"
                )
    return {
        rel: (stage / rel).read_bytes().decode("utf-8") if rel in python else text
        for rel, text in files.items()
    }


@dataclasses.dataclass
class Run:
    """One run of both stages; paths are relative to the root."""

    produced: dict[str, str]  # every output, as it should be on disk
    current: dict[str, str]  # what is on disk at those paths and at the stale ones
    stale: set[str]  # generated files on disk that the run no longer produces
    unused: list[str]  # rename-table entries that no source used
    worded: list[str]  # `path:line: text` of each sync line still saying async or await


def build(root: Path, table: Mapping[str, str], declarations: bool) -> Run:
    """Run the stages into one temporary tree (stage 1 only with `declarations`)."""
    renamer = unasync.Unasync(table)
    with tempfile.TemporaryDirectory(prefix="generate-") as tmp:
        stage = Path(tmp)
        stage1 = (
            {**generate_api.outputs(), **generate_swml.outputs(), **generate_relay.outputs()}
            if declarations
            else {}
        )
        api = formatted(root, stage, stage1)
        api_now = generate_api.generated_now(root) if declarations else set()
        # The async trees as stage 1 leaves them: its resources from the temporary tree, and
        # none that it no longer produces.
        texts = {
            rel: text
            for rel, text in unasync.sources(root).items()
            if rel not in api_now or rel in api
        }
        texts.update(api)  # the outputs outside the async trees are skipped by `twins`
        sync = formatted(root, stage, unasync.twins(texts, renamer))
    produced = {**api, **sync}
    stale = (api_now | unasync.generated_now(root)) - produced.keys()
    current = {
        rel: (root / rel).read_bytes().decode("utf-8")
        for rel in produced.keys() | stale
        if (root / rel).is_file()
    }
    unused = [name for name in table if not renamer.used[name]]
    return Run(produced, current, stale, unused, unasync.async_words_left(sync))


def print_diff(rel: str, old: str | None, new: str | None) -> None:
    """One unified diff; None stands for a file that does not exist."""
    lines = difflib.unified_diff(
        (old or "").splitlines(True),
        (new or "").splitlines(True),
        "/dev/null" if old is None else f"a/{rel}",
        "/dev/null" if new is None else f"b/{rel}",
    )
    for line in lines:
        sys.stdout.write(line if line.endswith("\n") else f"{line}\n\\ No newline at end of file\n")


def check(run: Run) -> int:
    problems = []
    for rel in sorted(run.produced.keys() | run.stale):
        old, new = run.current.get(rel), run.produced.get(rel)
        if old != new:
            print_diff(rel, old, new)
            if old is None:
                problems.append(f"missing (not generated yet): {rel}")
            elif new is None:
                problems.append(f"stale (no longer generated): {rel}")
            else:
                problems.append(f"differs: {rel}")
    for line in problems:
        print(line)
    if run.unused:
        print(f"rename table entries never used: {', '.join(run.unused)}")
    for line in run.worded:
        print(f"async/await left in generated code: {line}")
    if problems:
        print(f"generate: {len(problems)} files out of date; run `python scripts/generate.py`")
    if problems or run.unused or run.worded:
        return 1
    print(f"{len(run.produced)} files up to date")
    return 0


def write(root: Path, run: Run) -> int:
    changed = [rel for rel, text in sorted(run.produced.items()) if run.current.get(rel) != text]
    for rel in changed:  # the others keep their mtime
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(run.produced[rel].encode("utf-8"))
    for rel in sorted(run.stale):
        (root / rel).unlink()
    if run.unused:
        print(f"warning: rename table entries never used: {', '.join(run.unused)}", file=sys.stderr)
    print(f"{len(run.produced)} files generated: {len(changed)} written, {len(run.stale)} deleted")
    for line in run.worded:
        print(f"async/await left in generated code: {line}")
    return 1 if run.worded else 0


def main(
    argv: list[str] | None = None,
    *,
    table: Mapping[str, str] = unasync.RENAMES,
    declarations: bool = True,
) -> int:
    """Entry point. Tests only: `table` replaces the rename table, and `declarations=False`
    skips stage 1 (a fixture repository has no declarations)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="repository root (default: the parent of scripts/)"
    )
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    run = build(root, table, declarations)
    return check(run) if args.check else write(root, run)


if __name__ == "__main__":
    sys.exit(main())
