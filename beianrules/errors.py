"""Every exception the library raises on purpose, under one root.

``BeianrulesError`` is the one class a caller needs to catch everything the
library raises deliberately; the command line maps each class (never a
message) to an exit status. Every class survives a ``pickle`` round trip with
its data, so an error raised in a worker process (``ProcessPoolExecutor``,
Celery) reaches the parent whole instead of breaking the pool.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

__all__ = [
    "BeianrulesError", "EngineError", "EngineFailure", "EngineUnavailable", "FilingNumberError", "InputError",
    "InputIssue", "LocDataError", "RuleDeclarationError", "UnknownProvinceError",
]


class BeianrulesError(Exception):
    """The root of every exception the library raises on purpose."""


@attrs.frozen
class InputIssue:
    """One offending field: its dotted path (as in reports; ``""`` for the whole document) and the problem."""

    path: str
    problem: str

    def __iter__(self) -> Iterator[str]:  # lets callers write `for path, problem in err.issues`
        return iter((self.path, self.problem))


class InputError(BeianrulesError, ValueError):
    """A document (or an argument) that does not fit the format (``docs/format.md``). ``.issues`` lists every
    offending path."""

    def __init__(self, issues: Iterable[InputIssue]):
        self.issues: list[InputIssue] = sorted(set(issues), key=lambda i: (i.path, i.problem))
        super().__init__(
            f"{len(self.issues)} problem(s) in the document: "
            + "; ".join(f"{i.path or '(document)'}: {i.problem}" for i in self.issues)
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.issues,))


class FilingNumberError(BeianrulesError, ValueError):
    """A filing number (备案号) that does not parse.

    ``text`` is the input as given; ``position`` indexes into it, pointing at
    the offending character or where a missing one belongs (None for an empty
    input). ``problem`` and ``problem_zh`` say what is wrong, in English and Chinese.
    """

    def __init__(self, text: str, problem: str, problem_zh: str, position: int | None = None):
        super().__init__(f"{problem} in {text!r}")
        self.text = text
        self.problem = problem
        self.problem_zh = problem_zh
        self.position = position

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.text, self.problem, self.problem_zh, self.position))


class RuleDeclarationError(BeianrulesError):
    """A rule declaration is incomplete or inconsistent (a programming error, found at import)."""


class UnknownProvinceError(BeianrulesError, KeyError):
    """A code that is not one of the 31 two-letter province codes."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else "unknown province"


class EngineError(BeianrulesError, RuntimeError):
    """The rule engine could not give a result: :class:`EngineUnavailable` or :class:`EngineFailure`."""


class EngineUnavailable(EngineError):
    """The engine asked for is not installed here (durable-rules has no build for Python >= 3.13)."""


class EngineFailure(EngineError):
    """The engine reported a problem while checking; the check's result cannot be trusted."""



class LocDataError(BeianrulesError, RuntimeError):
    """stdnum's cn/loc data is not in the layout the region look-ups understand (an installation problem)."""
