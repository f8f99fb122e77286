"""Every exception the library raises on purpose, under one root.

``BeianrulesError`` is the one class a caller needs to catch everything the
library raises deliberately; the command line maps each class (never a
message) to an exit status. Every class survives a ``pickle`` round trip with
its data, so an error raised in a worker process (``ProcessPoolExecutor``,
Celery) reaches the parent whole instead of breaking the pool.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs

from beianrules.notebook import Html, cell, lines, plural, table
from beianrules.paths import Location, location
from beianrules.paths import sort_key as path_sort_key

__all__ = [
    "BeianrulesError", "EngineError", "EngineFailure", "EngineUnavailable", "FilingNumberError", "InputError",
    "InputIssue", "LocDataError", "RuleDeclarationError", "Source", "UnknownProvinceError",
]


class BeianrulesError(Exception):
    """The root of every exception the library raises on purpose."""


Source = Literal["document", "registry", "argument"]
"""Where an issue lies: the document checked (or the audit's item / line), a registry document, an argument."""


@attrs.frozen
class InputIssue:
    """One offending field, located precisely and explained in Chinese and English.

    ``path`` is the dotted path inside its document, as in reports (``""`` for
    the whole document; ``--as-of`` for a command-line option); ``location`` is
    the same as a tuple (``("websites", 10, "domains", 0)``). ``code`` is the
    stable problem code (``beianrules.problems``: ``unknown_key``, ``missing``,
    ``wrong_type``, ``bad_token``, …); ``problem`` and ``problem_zh`` say it in
    English and Chinese; ``value`` is a short excerpt of the offending value.
    Which document: ``source`` (``document``, ``registry`` or ``argument``),
    ``item`` (its index among several: an audit's documents, a registry list)
    and ``line`` (its line in a JSON Lines file), when there are several.
    """

    path: str
    problem: str
    code: str = "invalid"
    problem_zh: str = ""
    value: str | None = None
    source: Source = "document"
    line: int | None = None
    item: int | None = None

    def __iter__(self) -> Iterator[str]:  # lets callers write `for path, problem in err.issues`
        return iter((self.path, self.problem))

    @property
    def location(self) -> Location:
        """The path as a tuple: ``"websites[10].domains[0]"`` → ``("websites", 10, "domains", 0)``."""
        return location(self.path)

    def where(self, lang: str = "en") -> str:
        """Which document, in words (``registry line 3``, ``[1]``; in zh ``登记库第 3 行``), or "" for the one
        document checked."""
        zh = lang == "zh"
        parts = [("登记库" if zh else "registry")] if self.source == "registry" else []
        if self.line is not None:
            parts.append(f"第 {self.line} 行" if zh else f"line {self.line}")
        elif self.item is not None:
            parts.append(f"第 {self.item} 份" if zh else f"[{self.item}]")
        return ("" if zh else " ").join(parts)

    def message(self, lang: str = "en") -> str:
        """The problem in ``lang`` (``zh`` or ``en``)."""
        return (self.problem_zh or self.problem) if lang == "zh" else self.problem

    def in_item(self, item: int, source: Source | None = None) -> InputIssue:
        """This issue, said of the ``item``-th document of several."""
        return attrs.evolve(self, item=item, source=source or self.source)

    def on_line(self, line: int, source: Source | None = None) -> InputIssue:
        """This issue, said of the document on ``line`` of a JSON Lines file."""
        return attrs.evolve(self, line=line, source=source or self.source)

    def sort_key(self) -> tuple[Any, ...]:
        """Arguments first, then by document (item, line) and path in natural order."""
        return (self.source != "argument", self.source, self.item if self.item is not None else -1,
                self.line if self.line is not None else -1, path_sort_key(self.path), self.code, self.problem)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: path, location, code, message (zh, en), value; and item, line, source where they say more."""
        found: dict[str, Any] = {"path": self.path, "location": list(self.location), "code": self.code,
                                 "message": {"zh": self.message("zh"), "en": self.problem}, "value": self.value}
        if self.source != "document":
            found["source"] = self.source
        if self.item is not None:
            found["item"] = self.item
        if self.line is not None:
            found["line"] = self.line
        return found

    def text(self, lang: str = "en") -> str:
        """One line: where, the path, the problem, in ``lang``."""
        where = self.where(lang)
        whole = "（整个文档）" if lang == "zh" else "(document)"
        return f"{where + ': ' if where else ''}{self.path or whole}: {self.message(lang)}"

    def __str__(self) -> str:
        return self.text("en")


class InputError(BeianrulesError, ValueError):
    """A document (or an argument) that does not fit the format (``docs/format.md``).

    ``.issues`` lists every offending field, in natural order (``websites[2]``
    before ``websites[10]``); :meth:`to_dict` / :meth:`to_json` give them to a
    portal as they are, coded and in both languages.
    """

    def __init__(self, issues: Iterable[InputIssue]):
        self.issues: list[InputIssue] = sorted(set(issues), key=InputIssue.sort_key)
        super().__init__(f"{len(self.issues)} problem(s) in the document: " + "; ".join(map(str, self.issues)))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.issues,))

    def to_dict(self) -> dict[str, Any]:
        """``{"error": "input", "issues": [...]}``: what a portal returns with a 400."""
        return {"error": "input", "issues": [i.to_dict() for i in self.issues]}

    def to_json(self, **dumps: Any) -> str:
        """:meth:`to_dict` as JSON text, Chinese as it is; ``dumps`` go to :func:`json.dumps`."""
        return json.dumps(self.to_dict(), ensure_ascii=False, **dumps)

    def messages(self, lang: str = "en") -> list[str]:
        """One line per issue, in ``lang`` (``zh`` or ``en``)."""
        return [i.text(lang) for i in self.issues]

    def __repr__(self) -> str:
        shown = ", ".join(f"{i.path or '(document)'} {i.code}" for i in self.issues[:3])
        more = f", +{len(self.issues) - 3} more" if len(self.issues) > 3 else ""
        return f"<InputError {plural(len(self.issues), 'issue')}: {shown}{more}>"

    def to_html(self) -> str:
        """The issues as an HTML table: which document, path, code, message in Chinese and English, value."""
        caption = lines(f"输入有 {len(self.issues)} 处问题", f"{plural(len(self.issues), 'problem')} in the input")
        whole = lines("（整个文档）", "(document)")
        rows = [[lines(i.where("zh"), i.where("en")), Html(f"<code>{cell(i.path)}</code>") if i.path else whole,
                 Html(f"<code>{cell(i.code)}</code>"), i.message("zh"), i.problem, i.value] for i in self.issues]
        return table([lines("文档", "document"), lines("路径", "path"), lines("代码", "code"), "问题",
                      "problem", lines("值", "value")], rows, caption=caption)

    def _repr_html_(self) -> str:  # notebooks
        return self.to_html()


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
