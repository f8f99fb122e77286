"""The HTML that notebooks show for the library's objects (``_repr_html_``), built one way for all of them.

Reports, reasons, registries and input errors each render a caption and a table through :func:`table`.
Every value is escaped unless it is :class:`Html` already, so a document's text can never inject markup.
This module reads none of the library's objects, so every layer may use it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from html import escape

__all__ = ["Html", "cell", "evidence_html", "lines", "plural", "table"]


class Html(str):
    """Text that is HTML already: :func:`cell` puts it in as it is instead of escaping it."""

    __slots__ = ()


def cell(value: object) -> str:
    """One value as HTML: escaped text, ``Html`` as it is, ``None`` as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, Html):
        return str(value)
    return escape(str(value))


def lines(*values: object) -> Html:
    """Several values in one cell, one a line (a message in Chinese above the same in English); empty ones left
    out."""
    return Html("<br>".join(cell(v) for v in values if v not in (None, "")))


def evidence_html(evidence: Mapping[str, object]) -> Html:
    """A reason's evidence as ``name: value`` lines, values in JSON (tokens and lists as they are carried)."""
    return Html("<br>".join(f"<code>{escape(name)}</code>: {escape(json.dumps(value, ensure_ascii=False))}"
                            for name, value in sorted(evidence.items())))


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, caption: object = None) -> Html:
    """A caption (a paragraph above the table) and a table with one header row."""
    head = "".join(f"<th>{cell(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td style="text-align:left">{cell(v)}</td>' for v in row) + "</tr>"
                   for row in rows)
    above = f"<p>{cell(caption)}</p>" if caption is not None else ""
    return Html(f"<div>{above}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def plural(count: int, word: str) -> str:
    """``1 error``, ``4 errors``: English counts in reprs."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
