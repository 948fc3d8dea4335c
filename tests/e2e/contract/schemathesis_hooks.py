"""Loaded by schemathesis (SCHEMATHESIS_HOOKS) before it generates anything.

CPython 3.11 before 3.11.8 can raise SystemError ("AST constructor recursion depth mismatch") when
Hypothesis parses a source file deep in the stack (gh-106905), which it does only to describe a
lambda inside the repr of a strategy. The description is cosmetic, so a failed one reads as
Hypothesis's own "<unknown>" instead of ending the operation's tests. On a fixed Python nothing
changes.
"""

from hypothesis.internal import lambda_sources

_describe = lambda_sources._lambda_description


def _describe_or_admit_unknown(f, *args, **kwargs):
    try:
        return _describe(f, *args, **kwargs)
    except SystemError:
        return "lambda: <unknown>"


lambda_sources._lambda_description = _describe_or_admit_unknown
