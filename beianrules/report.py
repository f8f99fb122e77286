"""Reasons and reports: what a check returns (``docs/format.md``, "The report")."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from beianrules import vocabulary
from beianrules.notebook import Html, cell, evidence_html, lines, plural, table
from beianrules.paths import sort_key as path_sort_key
from beianrules.vocabulary import LANGS, Lang


@attrs.frozen
class Reason:
    """One finding of a check: why an order would be rejected, what an approved filing must correct, or advice.

    ``code`` is the rule's stable code (``beianrules explain CODE``); ``kind`` is ``rejection``,
    ``rectification``, ``operation_blocked`` or ``advice``; ``severity`` is ``error`` (the order is not
    acceptable) or ``warning``. ``paths`` are the input paths at fault, in the document's own terms
    (``websites[0].domains[0]``). ``message`` and ``remedy`` are keyed by language (``zh``, ``en``);
    ``province`` is the bureau whose rule this is (None for a national rule); ``evidence`` holds the raw
    values and tokens the rule read (``beianrules.vocabulary`` has their labels).
    """

    code: str
    kind: str
    severity: str
    paths: tuple[str, ...]
    message: Mapping[str, str]
    remedy: Mapping[str, str]
    province: str | None
    evidence: Mapping[str, Any]

    def sort_key(self) -> tuple[Any, ...]:
        """Paths in natural order (``websites[2]`` before ``websites[10]``), then code and evidence."""
        return (tuple(path_sort_key(p) for p in self.paths), self.code,
                json.dumps(dict(self.evidence), sort_keys=True, ensure_ascii=False), self.paths)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, as in ``docs/format.md`` ("The report")."""
        return {
            "code": self.code,
            "kind": self.kind,
            "severity": self.severity,
            "paths": list(self.paths),
            "message": dict(self.message),
            "remedy": dict(self.remedy),
            "province": self.province,
            "evidence": dict(self.evidence),
        }

    def __repr__(self) -> str:
        shown = ", ".join(self.paths[:3]) + (f", +{len(self.paths) - 3} more" if len(self.paths) > 3 else "")
        return f"<Reason {self.code} {self.severity} at {shown or '(document)'}>"

    def to_html(self, lang: Lang | None = None) -> str:
        """The reason as a one-row HTML table: message, remedy and evidence, in ``lang`` or (None) both."""
        langs = shown_langs(lang)
        return table(_headers(langs), [_row(self, langs)])

    def _repr_html_(self) -> str:  # notebooks
        return self.to_html()


@attrs.frozen
class Report:
    """What a check returns for one document: the order (``order_id``, ``province``), the day it was judged
    (``as_of``, ISO text) and its reasons, sorted by path (natural order) then code.

    :attr:`ok` is False when any reason is an error. :meth:`to_dict` / :meth:`to_json` give the report of
    ``docs/format.md``; :meth:`to_text` one line a reason; :meth:`to_html` the table a notebook shows.
    """

    order_id: str | None
    province: str
    as_of: str
    reasons: tuple[Reason, ...]

    @property
    def ok(self) -> bool:
        """True when no reason has severity ``error``."""
        return not any(r.severity == "error" for r in self.reasons)

    @property
    def codes(self) -> list[str]:
        """The reasons' codes, in report order (a code appears once per reason)."""
        return [r.code for r in self.reasons]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``ok``, ``order_id``, ``province``, ``as_of`` and the ``reasons``."""
        return {
            "ok": self.ok,
            "order_id": self.order_id,
            "province": self.province,
            "as_of": self.as_of,
            "reasons": [r.to_dict() for r in self.reasons],
        }

    def to_json(self, **kwargs: Any) -> str:
        """:meth:`to_dict` as JSON text (Chinese as it is, indented by 2 unless ``kwargs`` say otherwise)."""
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("indent", 2)
        return json.dumps(self.to_dict(), **kwargs)

    def to_text(self, lang: str = "en") -> str:
        """The verdict, then one line per reason (severity, code, kind, paths: message — remedy), every word in
        ``lang`` (``zh`` or ``en``) but the codes and paths."""
        (language,) = shown_langs(lang)
        text = [_verdict(self, language)]
        for r in self.reasons:
            severity = vocabulary.label("severity", r.severity, language)
            kind = vocabulary.label("rule_kind", r.kind, language)
            shown = severity.upper().ljust(7) if language == "en" else severity.ljust(3)  # 错误 is two columns wide
            text.append(f"{shown} {r.code} [{kind}] "
                        f"{', '.join(r.paths)}: {r.message[language]} — {r.remedy[language]}")
        if not self.reasons:
            text.append("未发现问题" if language == "zh" else "no reasons")
        return "\n".join(text)

    def __repr__(self) -> str:
        errors = sum(r.severity == "error" for r in self.reasons)
        counts = [plural(errors, "error")]
        warnings = len(self.reasons) - errors
        if warnings:
            counts.append(plural(warnings, "warning"))
        order = f"{self.order_id} " if self.order_id else ""
        return f"<Report {order}{self.province} {self.as_of}: {', '.join(counts)}>"

    def to_html(self, lang: Lang | None = None) -> str:
        """The report as HTML: whether it is acceptable, then one row a reason with its severity, code, kind,
        paths, message, remedy and evidence, in ``lang`` (``zh`` or ``en``) or, with None, both."""
        langs = shown_langs(lang)
        caption = lines(*(_verdict(self, one) for one in langs))
        return table(_headers(langs), [_row(r, langs) for r in self.reasons], caption=caption)

    def _repr_html_(self) -> str:  # notebooks
        return self.to_html()


_HEADERS: dict[str, tuple[str, ...]] = {
    "zh": ("严重程度", "代码", "类型", "路径", "说明", "整改方法", "证据"),
    "en": ("severity", "code", "kind", "paths", "message", "remedy", "evidence"),
}


def shown_langs(lang: str | None) -> tuple[Lang, ...]:
    """The languages to show for ``lang``: that one (``zh`` or ``en``), or both for None; else a ValueError."""
    if lang is None:
        return LANGS
    for known in LANGS:
        if lang == known:
            return (known,)
    raise ValueError(f"lang must be one of {', '.join(LANGS)} or None (both), not {lang!r}")


def _headers(langs: tuple[Lang, ...]) -> list[Html]:
    return [lines(*names) for names in zip(*(_HEADERS[lang] for lang in langs), strict=True)]


def _row(reason: Reason, langs: tuple[Lang, ...]) -> list[object]:
    code = Html(f"<code>{cell(reason.code)}</code>" + (f" ({cell(reason.province)})" if reason.province else ""))
    return [lines(*(vocabulary.label("severity", reason.severity, lang) for lang in langs)), code,
            lines(*(vocabulary.label("rule_kind", reason.kind, lang) for lang in langs)),
            Html("<br>".join(f"<code>{cell(path)}</code>" for path in reason.paths)),
            lines(*(reason.message[lang] for lang in langs)), lines(*(reason.remedy[lang] for lang in langs)),
            evidence_html(reason.evidence)]


def _verdict(report: Report, lang: Lang) -> str:
    """``ORD-1 · ZJ · as of 2026-11-28: not acceptable, 4 errors, 1 warning``, in ``lang``."""
    errors = sum(r.severity == "error" for r in report.reasons)
    warnings = len(report.reasons) - errors
    order = f"{report.order_id} · " if report.order_id else ""
    if lang == "zh":
        verdict = "可接受" if report.ok else "不可接受"
        counts = f"{errors} 个错误" + (f"，{warnings} 个警告" if warnings else "")
        return f"{order}{report.province} · 检查日 {report.as_of}：{verdict}，{counts}"
    verdict = "acceptable" if report.ok else "not acceptable"
    counts = plural(errors, "error") + (f", {plural(warnings, 'warning')}" if warnings else "")
    return f"{order}{report.province} · as of {report.as_of}: {verdict}, {counts}"
