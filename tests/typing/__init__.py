"""Static checks of the public surface: `assert_type` lines that mypy (strict, over `tests`)
verifies, and `# type: ignore[code]` lines that prove a mistake is reported (strict mode's
`warn_unused_ignores` fails the run when it is not). `[tool.pyright]` checks this folder too.

The checks are plain functions; the tests here run those that are safe to run (against the
in-process fake space), so pytest also sees the types hold at run time. Functions whose
name starts with `never_run_` hold lines that must not type-check and are never called.
"""
