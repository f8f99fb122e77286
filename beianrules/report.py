"""Reasons and reports: what a check returns (``docs/format.md``, "The report")."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class Reason:
    code: str
    kind: str
    severity: str
    paths: tuple[str, ...]
    message: Mapping[str, str]
    remedy: Mapping[str, str]
    province: str | None
    evidence: Mapping[str, Any]

    def sort_key(self) -> tuple[tuple[str, ...], str, str]:
        return (self.paths, self.code, json.dumps(dict(self.evidence), sort_keys=True, ensure_ascii=False))

    def to_dict(self) -> dict[str, Any]:
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


@attrs.frozen
class Report:
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
        return [r.code for r in self.reasons]

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "order_id": self.order_id,
            "province": self.province,
            "as_of": self.as_of,
            "reasons": [r.to_dict() for r in self.reasons],
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("indent", 2)
        return json.dumps(self.to_dict(), **kwargs)

    def to_text(self, lang: str = "en") -> str:
        """One line per reason: code, paths, message, remedy."""
        errors = sum(r.severity == "error" for r in self.reasons)
        head = (f"{self.order_id or '(no order id)'} {self.province} as of {self.as_of}: "
                + ("acceptable" if self.ok else f"not acceptable, {errors} error(s)"))
        lines = [head]
        for r in self.reasons:
            lines.append(f"{r.severity.upper():7} {r.code} [{r.kind}] {', '.join(r.paths)}: "
                         f"{r.message[lang]} — {r.remedy[lang]}")
        if not self.reasons:
            lines.append("no reasons")
        return "\n".join(lines)

    def _repr_html_(self) -> str:  # notebooks
        from html import escape
        rows = "".join(
            f"<tr><td>{escape(r.severity)}</td><td><code>{escape(r.code)}</code></td><td>{escape(r.kind)}</td>"
            f"<td>{escape(', '.join(r.paths))}</td><td>{escape(r.message['en'])}<br>{escape(r.message['zh'])}</td></tr>"
            for r in self.reasons)
        status = "ok" if self.ok else "not ok"
        return (f"<p><b>{escape(self.order_id or '')}</b> {escape(self.province)} as of {escape(self.as_of)}: "
                f"{status}</p><table><tr><th>severity</th><th>code</th><th>kind</th><th>paths</th>"
                f"<th>message</th></tr>{rows}</table>")
