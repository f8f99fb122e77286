"""Reports as flat rows, for a spreadsheet, a CSV file or a pandas DataFrame (an audit's results at a glance).

One row per reason, and one row for a report with no reason (``code`` None there), so that every document
of an audit appears: an acceptable filing is a row too, and a document the audit could not read
(:class:`~beianrules.auditing.InputErrorResult`) gives one row per input problem, with ``kind``
``input_error``, the problem's code and path, and the value's excerpt as its evidence. Every value is a
scalar: the paths are joined with ``", "`` and the evidence is JSON text.

    >>> import beianrules
    >>> from beianrules.examples import base_document
    >>> document = base_document("ZJ")
    >>> document["entity"]["principal"]["id_document"]["valid_until"] = "2025-01-31"
    >>> rows = beianrules.to_records([beianrules.check(document), beianrules.check(base_document("JS"))])
    >>> [(row["item"], row["province"], row["code"], row["paths"]) for row in rows]
    [(0, 'ZJ', 'ID_EXPIRED', 'entity.principal.id_document.valid_until'), (1, 'JS', None, None)]
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from beianrules.errors import InputIssue
from beianrules.report import Report, shown_langs
from beianrules.vocabulary import LANGS

if TYPE_CHECKING:  # imported where it is used: the audit machinery loads with the first audit, as in checker
    from beianrules.auditing import InputErrorResult

__all__ = ["columns", "to_dataframe", "to_records"]

_REPORT_COLUMNS = ("item", "order_id", "province", "as_of", "ok")
_REASON_COLUMNS = ("code", "kind", "severity", "paths", "rule_province")


def columns(lang: str | None = "en") -> tuple[str, ...]:
    """The columns of :func:`to_records` rows, in order: ``message`` and ``remedy`` in ``lang``, or with None
    ``message_zh``, ``message_en``, ``remedy_zh``, ``remedy_en``."""
    langs = shown_langs(lang)
    texts = (("message", "remedy") if lang is not None
             else tuple(f"{field}_{one}" for field in ("message", "remedy") for one in langs))
    return (*_REPORT_COLUMNS, *_REASON_COLUMNS, *texts, "evidence")


def to_records(reports: Report | InputErrorResult | Iterable[Report | InputErrorResult],
               lang: str | None = "en") -> list[dict[str, Any]]:
    """Flat rows, one per reason (keys: :func:`columns`), in report order then reason order.

    ``reports`` is one :class:`~beianrules.Report` or several: ``beianrules.audit(...)`` as it comes, its
    :class:`~beianrules.auditing.InputErrorResult` items included. ``item`` is each one's position among
    them (an input error's own ``item``). ``lang`` is ``zh`` or ``en``, or None for both.
    """
    from beianrules.auditing import InputErrorResult

    langs = shown_langs(lang)  # refuses an unknown language before any report is read
    names = columns(lang)
    rows: list[dict[str, Any]] = []
    for item, report in enumerate([reports] if isinstance(reports, (Report, InputErrorResult)) else _reports(reports)):
        if isinstance(report, InputErrorResult):
            rows += [_problem_row(report, issue, lang, names) for issue in report.issues]
            continue
        if not isinstance(report, Report):
            raise TypeError(f"to_records takes beianrules.Report objects (what check() and audit() return); "
                            f"item {item} is a {type(report).__name__}")
        head = {"item": item, "order_id": report.order_id, "province": report.province, "as_of": report.as_of,
                "ok": report.ok}
        if not report.reasons:
            rows.append({name: head.get(name) for name in names})
        for reason in report.reasons:
            row: dict[str, Any] = {**head, "code": reason.code, "kind": reason.kind, "severity": reason.severity,
                                   "paths": ", ".join(reason.paths), "rule_province": reason.province}
            for field in ("message", "remedy"):
                texts = getattr(reason, field)
                if lang is not None:
                    row[field] = texts[lang]
                else:
                    row.update({f"{field}_{one}": texts[one] for one in langs})
            row["evidence"] = json.dumps(dict(reason.evidence), ensure_ascii=False, sort_keys=True)
            rows.append(row)
    return rows


def _problem_row(result: InputErrorResult, issue: InputIssue, lang: str | None,
                 names: tuple[str, ...]) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(names)
    row.update(item=result.item, ok=False, code=issue.code, kind="input_error", severity="error", paths=issue.path,
               evidence=json.dumps({"value": issue.value}, ensure_ascii=False))
    if lang is not None:
        row["message"] = issue.message(lang)
    else:
        row.update({f"message_{one}": issue.message(one) for one in LANGS})
    return row


def to_dataframe(reports: Report | InputErrorResult | Iterable[Report | InputErrorResult],
                 lang: str | None = "en") -> Any:
    """:func:`to_records` as a ``pandas.DataFrame`` with the columns of :func:`columns`, also when empty.

    pandas is an optional dependency: ``pip install 'beianrules[pandas]'``.
    """
    try:
        import pandas
    except ImportError as exc:
        raise ImportError("to_dataframe needs pandas, which beianrules does not install by itself: "
                          "pip install 'beianrules[pandas]' (or use to_records)") from exc
    return pandas.DataFrame.from_records(to_records(reports, lang), columns=list(columns(lang)))


def _reports(reports: Any) -> Iterable[Any]:
    if isinstance(reports, (str, bytes, dict)) or not isinstance(reports, Iterable):
        raise TypeError(f"to_records takes a Report or an iterable of Reports, not a {type(reports).__name__}")
    return reports
