"""The durable-rules path, and the only module that imports ``durable``.

durable-rules 2.0.28 is safe only inside the narrow pattern of
``shared/design/ENGINE.md``; every choice below answers a failure reproduced
there:

- conditions come only from our declarations, compiled to durable's dict form
  (constant tests and equality joins on builder-assigned keys; never ``id``/``sid``);
- one host of our own whose dispatcher threads never start;
- one evaluation at a time per process, under one lock, in a fresh session;
- a START rule that always fires (so ``delete_state`` is safe) and a SINK rule
  that observes every fact (so no fact is ever "not handled");
- facts carry ids from a set checked for 32-bit FNV-1a collisions (extended, still checked, for a
  batch larger than the ids made at import);
- actions only append to a collector and cannot raise; a non-empty
  ``state['exception']`` after the batch is an engine error;
- ``delete_state`` in ``finally``; findings sorted before they become reasons;
- in a forked child the lock and the host are made anew (``os.register_at_fork``):
  a fork taken while another thread was inside a check must not inherit a held lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from beianrules.declaration import Pattern, Ref, Rule
from beianrules.errors import EngineError, EngineFailure, EngineUnavailable
from beianrules.finding import Fact, Finding

try:  # durable-rules is not installable on Python >= 3.13; the reference evaluator stands in.
    import durable.engine as _durable
except ImportError:  # pragma: no cover - exercised on 3.13 in CI
    _durable = None

AVAILABLE = _durable is not None
"""Whether durable-rules is installed here (it has no build for Python >= 3.13: the reference evaluator
runs there)."""

START = "START"
SINK = "SINK"
CHECKED_AT_IMPORT = 4096
"""How many fact ids are made and hash-checked at import; a larger batch extends the set (:func:`fact_ids`)."""


__all__ = ["AVAILABLE", "EngineError", "EngineFailure", "EngineUnavailable", "compile_rulebook", "evaluate",
           "fact_ids"]


def fnv1a_32(text: str) -> int:
    """The hash durable-rules identifies sessions, facts and field names by."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


class _FactIds:
    """Fact ids whose 32-bit FNV-1a hashes are all distinct (colliding ids would drop a fact).

    Made on demand: a filing of tens of thousands of facts extends the set once per process (about
    16 µs an id); a candidate whose hash is taken is skipped, so the set never holds a collision.
    """

    def __init__(self, count: int):
        self.ids: list[str] = []
        self._hashes: set[int] = set()
        self._candidates = itertools.count()
        self._lock = threading.Lock()
        self.extend(count)

    def extend(self, count: int) -> None:
        with self._lock:
            while len(self.ids) < count:
                candidate = f"f{next(self._candidates)}"
                digest = fnv1a_32(candidate)
                if digest not in self._hashes:
                    self._hashes.add(digest)
                    self.ids.append(candidate)


_IDS = _FactIds(CHECKED_AT_IMPORT)


def fact_ids(count: int) -> list[str]:
    """``count`` fact ids with pairwise distinct hashes (the same ones, in the same order, every time)."""
    if len(_IDS.ids) < count:
        _IDS.extend(count)
    return _IDS.ids[:count]


# --- compiling declarations -------------------------------------------------

def engine_rule_names(rule: Rule) -> list[str]:
    if len(rule.conditions) == 1:
        return [rule.code]
    return [f"{rule.code}#{n}" for n in range(1, len(rule.conditions) + 1)]


def _code_and_condition(engine_name: str) -> tuple[str, int]:
    """``CODE#2`` → (``CODE``, 1): the rule and the index of its alternative condition."""
    code, _, number = engine_name.partition("#")
    return code, int(number) - 1 if number else 0


def compile_pattern(pattern: Pattern) -> dict[str, Any]:
    tests: list[dict[str, Any]] = [{"kind": pattern.kind}]
    for name, expected in pattern.tests:
        if isinstance(expected, Ref):
            tests.append({name: {expected.alias: expected.field}})
        else:
            tests.append({name: expected})
    return {pattern.alias: {"$and": tests}}


def compile_rulebook(rules: Sequence[Rule]) -> dict[str, dict[str, Any]]:
    """durable's ruleset definition (without actions) for these rules."""
    definition: dict[str, dict[str, Any]] = {
        START: {"all": [{"m": {"$and": [{"kind": "start"}]}}]},
        SINK: {"all": [{"m": {"$ex": {"kind": 1}}}]},
    }
    for rule in sorted(rules, key=lambda r: r.code):
        for name, condition in zip(engine_rule_names(rule), rule.conditions, strict=True):
            definition[name] = {"all": [compile_pattern(p) for p in condition]}
    return definition


def ruleset_name(definition: dict[str, Any]) -> str:
    """Unique per compiled content, so re-importing or re-creating a rulebook is harmless."""
    digest = hashlib.sha256(json.dumps(definition, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return f"beianrules_{digest[:24]}"


# --- running ----------------------------------------------------------------

@contextlib.contextmanager
def _durable_quiet() -> Iterator[None]:
    """durable-rules' own deprecation (``datetime.utcfromtimestamp``, about 46 a check on Python 3.12) is
    not the user's to see: ignored for the engine's calls only, and only when raised from ``durable``'s code,
    so the user's filters (``-W error`` included) hold for everything else. The engine lock is held, so no
    other check runs inside this window."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"durable(\.|$)")
        yield


if _durable is not None:
    class _QuietHost(_durable.Host):  # type: ignore[misc]  # durable ships no types: Host is Any
        """A host whose dispatcher loop never starts: no background threads touch the engine."""

        def _run(self) -> None:
            pass

Collected = tuple[str, int, dict[str, Any]]


class _Rulebook:
    def __init__(self, host: Any, definition: dict[str, dict[str, Any]]):
        self.name = ruleset_name(definition)
        self.collected: list[Collected] = []
        with_actions = {}
        for engine_name, body in definition.items():
            with_actions[engine_name] = {**json.loads(json.dumps(body)),
                                         "run": self._recorder(*_code_and_condition(engine_name))}
        host.register_rulesets({self.name: with_actions})

    def _recorder(self, code: str, condition: int) -> Callable[[Any], None]:
        collected = self.collected

        def record(c: Any) -> None:
            try:
                if code not in (START, SINK):
                    bound = c._m if isinstance(c._m, dict) else {}
                    collected.append((code, condition, {alias: dict(f) for alias, f in bound.items()}))
            except Exception as exc:  # an action must never raise inside the engine
                collected.append(("!error", 0, {"error": {"message": repr(exc)}}))
        return record


class DurableEngine:
    """Evaluates rules with durable-rules, one batch in one fresh session at a time."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        """A fresh lock and no host: in a new engine, and in a forked child (see :meth:`after_fork`)."""
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._host: Any = None
        self._rulebooks: dict[str, _Rulebook] = {}
        self._compiled: dict[tuple[int, ...], tuple[tuple[Rule, ...], _Rulebook]] = {}
        self._sessions = itertools.count(1)

    def after_fork(self) -> None:
        # The fork may have been taken while another thread held the lock inside a check: that thread
        # does not exist in the child, so the inherited lock would never be released, and the host's
        # C state is the parent's. Both are dropped; the first check in the child makes them anew.
        self._reset()

    def _ensure_host(self) -> None:
        if _durable is None:
            raise EngineUnavailable("durable-rules is not installed (it has no build for Python >= 3.13)")
        if self._pid != os.getpid():  # a forked worker must not share the parent's engine state
            self._host = _QuietHost()
            self._rulebooks = {}
            self._compiled = {}
            self._pid = os.getpid()

    def _rulebook_for(self, rules: Sequence[Rule]) -> _Rulebook:
        # Compiling and hashing a definition costs more than a small check: remember it per
        # rule selection. The cached value holds the rules, so their ids cannot be reused.
        key = tuple(id(rule) for rule in rules)
        cached = self._compiled.get(key)
        if cached is None:
            definition = compile_rulebook(rules)
            name = ruleset_name(definition)
            book = self._rulebooks.get(name)
            if book is None:
                book = self._rulebooks[name] = _Rulebook(self._host, definition)
            cached = self._compiled[key] = (tuple(rules), book)
        return cached[1]

    def evaluate(self, rules: Sequence[Rule], facts: Sequence[Fact]) -> list[Finding]:
        ids = fact_ids(len(facts) + 1)
        with self._lock, _durable_quiet():
            self._ensure_host()
            book = self._rulebook_for(rules)
            sid = str(next(self._sessions))
            batch = [{"id": ids[0], "sid": sid, "kind": "start"}]
            batch += [{**f, "id": ids[n], "sid": sid} for n, f in enumerate(facts, start=1)]
            book.collected.clear()
            try:
                self._host.assert_facts(book.name, batch)
                state = self._host.get_state(book.name, sid)
                if state.get("exception"):
                    raise EngineFailure(f"durable-rules reported: {state['exception']}")
                collected = list(book.collected)
            except EngineError:
                raise
            except Exception as exc:
                raise EngineFailure(f"durable-rules failed: {exc!r}") from exc
            finally:
                book.collected.clear()
                with contextlib.suppress(Exception):  # the state is gone either way; nothing to report
                    self._host.delete_state(book.name, sid)
        errors = [b for code, _, b in collected if code == "!error"]
        if errors:
            raise EngineFailure(f"a rule action failed: {errors[0]['error']['message']}")
        return sorted({Finding.of(code, condition, bound) for code, condition, bound in collected})


_ENGINE = DurableEngine()
os.register_at_fork(after_in_child=_ENGINE.after_fork)


def evaluate(rules: Sequence[Rule], facts: Sequence[Fact]) -> list[Finding]:
    """Run ``rules`` over ``facts`` on durable-rules (one shared engine, inside ENGINE.md's safe pattern)."""
    return _ENGINE.evaluate(rules, facts)
