"""The pipeline: document → model → facts → engine → reasons → report."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from beianrules import engine as durable_engine
from beianrules import evaluator
from beianrules.coherence import dates_after
from beianrules.convert import (
    DOCUMENT_FORMS,
    bureau_code,
    date_argument,
    is_file_object,
    read_text,
    structure_filing,
)
from beianrules.declaration import Rule, check_mode
from beianrules.errors import EngineUnavailable, InputError, UnknownProvinceError
from beianrules.facts import build_facts
from beianrules.finding import Finding
from beianrules.model import Filing
from beianrules.provinces._table import PROVINCE_CODES
from beianrules.registry import Registry
from beianrules.report import Reason, Report
from beianrules.rulebook import all_rules, fact_kinds_read, rulebook
from beianrules.rulebook import registry as rule_registry

if TYPE_CHECKING:
    from beianrules.auditing import InputErrorResult

EngineName = Literal["durable", "python"]

DEFAULT_ENGINE: EngineName = "durable" if durable_engine.AVAILABLE else "python"


Day = _dt.date | _dt.datetime | str
"""A check day as the calls take it: a date, a datetime (its date) or ISO text (``2026-11-28``)."""


def check(document: Any, *, registry: Registry | Iterable[Any] | None = None,
          as_of: Day | None = None, engine: EngineName | None = None) -> Report:
    """Check one filing order (or audit one approved filing) and return its report.

    ``document`` is a mapping, JSON text, UTF-8 bytes, a path (``pathlib.Path``), a file object (binary
    or text) or a :class:`~beianrules.model.Filing`; a UTF-8 byte order mark is allowed. ``registry`` is a
    :class:`~beianrules.Registry` or an iterable of documents. The document's own ``as_of`` wins; else
    ``as_of`` here; else today.
    Raises :class:`~beianrules.InputError` for a document that does not fit the format (``docs/format.md``),
    :class:`TypeError` for an argument of another kind than these, saying what to pass.
    """
    day = _day(as_of)
    index = _registry(registry)
    chosen = _engine(engine)
    filing, on = _read(document, day)
    return _check(filing, registry=index, as_of=on, engine=chosen)


def validate(document: Any, *, as_of: Day | None = None) -> Filing:
    """Read ``document`` and check its shape without running any rule: the :class:`~beianrules.model.Filing`
    the rules would read.

    Raises the :class:`~beianrules.InputError` :func:`check` would raise for it, every offending path at
    once: fields that do not fit the format, references and regions that do not agree, dates after the check
    day. Takes a document in every form :func:`check` does.
    """
    return _read(document, _day(as_of))[0]


def rules(province: str | None = None) -> tuple[Rule, ...]:
    """Every declared rule, or those that can apply in ``province`` (the national rules and its own).

    ``province`` is read as ``order.province`` is (``JS``, ``js``, ``苏``, ``32``, ``320000``, ``江苏``);
    one that names no bureau is an :class:`~beianrules.UnknownProvinceError`.
    """
    if province is None:
        return all_rules()
    if not isinstance(province, str):
        raise TypeError(f"province takes text such as 'JS', '苏' or '320000', got {type(province).__name__}")
    code = bureau_code(province)
    if code is None:
        raise UnknownProvinceError(f"unknown province {province!r}: expected one of {' '.join(PROVINCE_CODES)} "
                                   "(or the one-character abbreviation such as 苏, or the code such as 32 or 320000)")
    return all_rules(code)


def audit(documents: Iterable[Any], *, registry: Registry | Iterable[Any] | None = None,
          as_of: Day | None = None, engine: EngineName | None = None, jobs: int = 1,
          strict: bool = False) -> Iterator[Report | InputErrorResult]:
    """Check many filings as they stand, in two phases (:mod:`beianrules.auditing`); results in input order.

    Without a ``registry`` the documents themselves are the registry (each filing is compared with all the
    others, through an index of the keys they share). An ``as_of`` given here is the day of every report,
    overriding the documents' own. A bad document yields an :class:`~beianrules.auditing.InputErrorResult`
    (item, line, issues) in its place and the others are audited; ``strict=True`` instead raises one
    :class:`~beianrules.InputError` with every bad document's problems before the first report. ``jobs``
    processes check the filings (1: this process). Each document may take any form :func:`check` takes; one
    document on its own is a :class:`TypeError` naming the call to make instead.
    """
    from beianrules.auditing import audit as two_phase_audit
    return two_phase_audit(_documents(documents), registry=registry, as_of=_day(as_of), engine=engine, jobs=jobs,
                           strict=strict)


def _read(document: Any, day: _dt.date | None) -> tuple[Filing, _dt.date]:
    """The filing and its check day, or the :class:`InputError` of everything wrong with it."""
    filing = structure_filing(_not_a_file_name(document))
    on = _as_of(filing, day)
    late = dates_after(filing, on)
    if late:
        raise InputError(late)
    return filing, on


_FILE_SUFFIXES = (".json", ".jsonl", ".txt")


def _not_a_file_name(document: Any) -> Any:
    """``document``, unless it is text that cannot be JSON but names a file: the caller meant to read it."""
    if isinstance(document, str):
        text = document.strip()
        if (text and text[0] not in "{[" and "\n" not in text and len(text) < 4096
                and (text.lower().endswith(_FILE_SUFFIXES) or os.path.isfile(text))):
            raise TypeError(f"a str is read as JSON text, and {document!r} is not JSON but looks like a file name: "
                            f"pass pathlib.Path({document!r}) (or an open file) to read the file")
    return document


def _one_source(value: Any) -> bool:
    """Text, bytes, a path or a file object: what holds one document (or one file of them)."""
    return isinstance(value, (str, bytes, bytearray, memoryview, os.PathLike)) or is_file_object(value)


def _documents(documents: Any) -> Iterable[Any]:
    """An audit's documents, or the :class:`TypeError` naming the call its caller meant."""
    if isinstance(documents, (Mapping, Filing)):
        raise TypeError(f"audit() takes an iterable of documents, got one document ({type(documents).__name__}): "
                        "call check(document) for one, or audit([document])")
    if _one_source(documents):
        raise TypeError(f"audit() takes an iterable of documents, got a {type(documents).__name__}: pass a list "
                        "of documents (each a dict, JSON text, a path or a file); for one document call check(); "
                        "for a JSON Lines file, audit(Path(name).read_text(encoding='utf-8').splitlines())")
    if not isinstance(documents, Iterable):
        raise TypeError(f"audit() takes an iterable of documents, got {type(documents).__name__}")
    # An audit reads each document more than once (beianrules.auditing): a file object only once, here.
    return (read_text(document) if is_file_object(document) else document for document in documents)


def _check(filing: Filing, *, registry: Registry | None, as_of: _dt.date, engine: EngineName) -> Report:
    order = filing.order
    mode = check_mode(order.type, order.operation, order.status)
    rules = rulebook(province=order.province, mode=mode, as_of=as_of)
    facts = build_facts(filing, as_of=as_of, registry=registry,
                        kinds=fact_kinds_read(province=order.province, mode=mode, as_of=as_of))
    run = durable_engine.evaluate if engine == "durable" else evaluator.evaluate
    findings = run(rules, facts)
    known = rule_registry()
    reasons: dict[Any, Reason] = {}
    for finding in findings:
        reason = _reason(known[finding.code], finding, audit=filing.is_audit)
        kept = reasons.setdefault(reason.sort_key(), reason)
        if kept.severity != "error" and reason.severity == "error":
            # The same finding under two alternatives of different severity: the surer one stands.
            reasons[reason.sort_key()] = reason
    standing = _alongside([reasons[k] for k in sorted(reasons)], known)
    return Report(
        order_id=filing.order.id,
        province=filing.order.province,
        as_of=as_of.isoformat(),
        reasons=tuple(standing),
    )


def _alongside(reasons: list[Reason], known: Mapping[str, Rule]) -> list[Reason]:
    """``reasons`` without those of rules declared ``alongside`` another finding that the check did not make
    (:class:`~beianrules.declaration.Alongside`); only reasons of rules without that declaration count."""
    independent = [r for r in reasons if known[r.code].alongside is None]

    def stands(reason: Reason) -> bool:
        need = known[reason.code].alongside
        return need is None or any(other.code != reason.code and other.kind in need.kinds
                                   and other.severity in need.severities for other in independent)

    return [r for r in reasons if stands(r)]


def _reason(rule: Rule, finding: Finding, *, audit: bool) -> Reason:
    def value(ref: Any) -> Any:
        found = finding.fact(ref.alias).get(ref.field)
        return list(found) if isinstance(found, tuple) else found

    paths = tuple(p for p in (value(ref) for ref in rule.paths) if p is not None)
    # Raw tokens and values: the labels are rendered into the message and remedy only.
    evidence: Mapping[str, Any] = {name: v for name, ref in rule.evidence.items() if (v := value(ref)) is not None}
    return Reason(
        code=rule.code,
        kind=rule.kind_for(audit, finding.condition),
        severity=rule.severity_of(finding.condition),
        paths=paths,
        message=rule.message.render(evidence),
        remedy=rule.remedy.render(evidence),
        province=rule.province,
        evidence=evidence,
    )


def _registry(registry: Registry | Iterable[Any] | None) -> Registry | None:
    if registry is None or isinstance(registry, Registry):
        return registry
    if _one_source(registry):
        raise TypeError(f"registry= takes a beianrules.Registry or an iterable of documents, got a "
                        f"{type(registry).__name__}: for a JSON Lines file pass "
                        "registry=beianrules.Registry.from_jsonl(path)")
    if isinstance(registry, (Mapping, Filing)):
        raise TypeError(f"registry= takes a beianrules.Registry or an iterable of documents, got one document "
                        f"({type(registry).__name__}): pass registry=[document]")
    if not isinstance(registry, Iterable):
        raise TypeError(f"registry= takes a beianrules.Registry or an iterable of documents ({DOCUMENT_FORMS}), "
                        f"got {type(registry).__name__}")
    return Registry.from_documents(registry)


def _day(as_of: Day | None) -> _dt.date | None:
    return None if as_of is None else date_argument(as_of, "as_of")


def _as_of(filing: Filing, day: _dt.date | None) -> _dt.date:
    """The document's own check day wins; else the argument's; else today."""
    if filing.as_of is not None:
        return filing.as_of
    return day if day is not None else _dt.date.today()


def _engine(engine: EngineName | None) -> EngineName:
    if engine is None:
        return DEFAULT_ENGINE
    if engine not in ("durable", "python"):
        raise ValueError(f"engine must be 'durable' or 'python', got {engine!r}")
    if engine == "durable" and not durable_engine.AVAILABLE:
        raise EngineUnavailable("durable-rules is not installed here; use engine='python'")
    return engine
