"""The pipeline: document → model → facts → engine → reasons → report."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from beianrules import engine as durable_engine
from beianrules import evaluator
from beianrules.coherence import dates_after
from beianrules.convert import structure_filing
from beianrules.declaration import Rule, check_mode
from beianrules.errors import EngineUnavailable, InputError, InputIssue
from beianrules.facts import build_facts
from beianrules.finding import Finding
from beianrules.model import Filing
from beianrules.registry import Registry
from beianrules.report import Reason, Report
from beianrules.rulebook import registry as rule_registry
from beianrules.rulebook import rulebook

EngineName = Literal["durable", "python"]

DEFAULT_ENGINE: EngineName = "durable" if durable_engine.AVAILABLE else "python"


def check(document: Any, *, registry: Registry | Iterable[Any] | None = None,
          as_of: _dt.date | str | None = None, engine: EngineName | None = None) -> Report:
    """Check one filing order (or audit one approved filing) and return its report.

    ``document`` is a dict, JSON text or a :class:`~beianrules.model.Filing`.
    The document's own ``as_of`` wins; else ``as_of`` here; else today.
    Raises :class:`~beianrules.InputError` for a document that does not fit the format (``docs/format.md``).
    """
    filing = structure_filing(document)
    day = _as_of(filing, as_of)
    late = dates_after(filing, day)
    if late:
        raise InputError(late)
    return _check(filing, registry=_registry(registry), as_of=day, engine=_engine(engine))


def audit(documents: Iterable[Any], *, registry: Registry | Iterable[Any] | None = None,
          as_of: _dt.date | str | None = None, engine: EngineName | None = None) -> Iterator[Report]:
    """Check many filings as they stand, indexing the cross-filing data once.

    Without a ``registry`` the documents themselves are the registry (each
    filing is compared with all the others). Every document is read before the
    first report, so a bad one is reported with all the others' problems at once.
    """
    filings: list[tuple[Filing, _dt.date]] = []
    issues: list[InputIssue] = []
    for n, document in enumerate(documents):
        try:
            filing = structure_filing(document)
        except InputError as err:
            issues.extend(_in_document(n, err.issues))
            continue
        day = _as_of(filing, as_of)  # a malformed as_of argument is the caller's error, named as such
        issues.extend(_in_document(n, dates_after(filing, day)))
        filings.append((filing, day))
    if issues:
        raise InputError(issues)
    index = _registry(registry) if registry is not None else Registry([filing for filing, _day in filings])
    chosen = _engine(engine)
    for filing, day in filings:
        yield _check(filing, registry=index, as_of=day, engine=chosen)


def _in_document(n: int, issues: Iterable[InputIssue]) -> Iterator[InputIssue]:
    return (InputIssue(f"[{n}]" + ("." + i.path if i.path else ""), i.problem) for i in issues)


def _check(filing: Filing, *, registry: Registry | None, as_of: _dt.date, engine: EngineName) -> Report:
    order = filing.order
    rules = rulebook(province=order.province, mode=check_mode(order.type, order.operation, order.status), as_of=as_of)
    facts = build_facts(filing, as_of=as_of, registry=registry)
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
    return Report(
        order_id=filing.order.id,
        province=filing.order.province,
        as_of=as_of.isoformat(),
        reasons=tuple(reasons[k] for k in sorted(reasons)),
    )


def _reason(rule: Rule, finding: Finding, *, audit: bool) -> Reason:
    def value(ref: Any) -> Any:
        found = finding.fact(ref.alias).get(ref.field)
        return list(found) if isinstance(found, tuple) else found

    paths = tuple(p for p in (value(ref) for ref in rule.paths) if p is not None)
    # Raw tokens and values: the labels are rendered into the message and remedy only.
    evidence: Mapping[str, Any] = {name: v for name, ref in rule.evidence.items() if (v := value(ref)) is not None}
    return Reason(
        code=rule.code,
        kind=rule.kind_for(audit),
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
    return Registry.from_documents(registry)


def _as_of(filing: Filing, as_of: _dt.date | str | None) -> _dt.date:
    if filing.as_of is not None:
        return filing.as_of
    if as_of is None:
        return _dt.date.today()
    if isinstance(as_of, str):
        from beianrules.convert import parse_date
        try:
            return parse_date(as_of)
        except ValueError as exc:
            raise InputError([InputIssue("as_of", str(exc))]) from None
    return as_of


def _engine(engine: EngineName | None) -> EngineName:
    if engine is None:
        return DEFAULT_ENGINE
    if engine not in ("durable", "python"):
        raise ValueError(f"engine must be 'durable' or 'python', got {engine!r}")
    if engine == "durable" and not durable_engine.AVAILABLE:
        raise EngineUnavailable("durable-rules is not installed here; use engine='python'")
    return engine
