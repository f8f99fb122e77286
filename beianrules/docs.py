"""References generated from the code: ``docs/rules.md``, ``docs/provinces.md``, ``docs/format.md`` and
``beianrules rules``.

Regenerate them with ``python -m beianrules.docs``; a test fails when a
committed file differs from what the declarations, the province modules and
the model say (``docs/format.md`` is :mod:`beianrules.formatdoc`'s).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from beianrules.declaration import Rule
from beianrules.examples import Copied
from beianrules.formatdoc import render_format
from beianrules.provinces import all_parameters, parameters
from beianrules.provinces._schema import (
    DocumentRequirement,
    LocalPhones,
    Sourced,
    parameter_fields,
)
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.rulebook import all_rules
from beianrules.sources import CATALOG_SECTIONS, SOURCES, cite
from beianrules.vocabulary import VOCABULARIES, Vocabulary


def _scope(rule: Rule) -> str:
    return rule.province or "national"


def render_rule_list(province: str | None = None, fmt: str = "text", rules: Iterable[Rule] | None = None) -> str:
    """The rule list as text or Markdown (``beianrules rules``; its JSON is :mod:`beianrules.rulebook_export`'s).

    With a ``province``, that bureau's parameters first. ``rules``, when given,
    is a selection (``--as-of``, ``--changed-between``) listed in place of every rule of the province.
    """
    selected = all_rules(province) if rules is None else tuple(rules)
    if fmt == "markdown":
        if rules is not None:
            return "\n\n".join(render_rule(r) for r in selected) + "\n"
        return render_reference() if province is None else render_province(province) + "\n"
    if fmt != "text":
        raise ValueError(f"unknown rule list format {fmt!r}: text or markdown")
    listing = _listing(selected)
    if province is None:
        return listing
    return render_province_text(province) + "\n\n" + listing


def _listing(rules: Sequence[Rule]) -> str:
    if not rules:
        return "(no rules)"
    width = max(len(r.code) for r in rules)
    return "\n".join(f"{r.code:{width}}  {r.kind:17}  {_scope(r):8}  {_first_sentence(r.doc.what)}"
                     for r in rules)


def _zh(heading: str, text: str | None) -> list[str]:
    """A doc section's Chinese paragraph, where the rule has one."""
    return [f"**{heading}。** {text}", ""] if text else []


# -- province parameters ------------------------------------------------------------------------

def _vocabulary(name: str) -> Vocabulary:
    found = VOCABULARIES[name]
    assert isinstance(found, Vocabulary)
    return found


def _province_name(code: str) -> str:
    return f"{code} {PROVINCE_NAMES[code].short_zh}"


def value_text(value: Any) -> str:
    """A parameter value as the references show it."""
    if value is None:
        return "none"
    if isinstance(value, LocalPhones):
        text = "numbers of " + ", ".join(sorted(value.accepted))
        if value.entity_types is not None:
            text += " for " + ", ".join(sorted(value.entity_types))
        if value.remark_exempts_units:
            text += "; a unit giving a reason in entity.remark is exempt"
        return text
    return str(value)


def _sources(sourced: Sourced[Any]) -> str:
    return ", ".join(sourced.sources) if sourced.sources else "nothing documented"


def document_text(document: DocumentRequirement, *, markdown: bool = True) -> str:
    """One required document set as the references show it: its rule, attachments, dates, limits."""
    quote = (lambda text: f"`{text}`") if markdown else (lambda text: text)
    code = f"[`{document.code}`](rules.md#{document.code.lower()})" if markdown else document.code
    text = f"{code}: {', '.join(quote(a) for a in document.attachments)} from {document.since.isoformat()}"
    if document.transition_from is not None:
        text += f" (orders at the provider from {document.transition_from.isoformat()})"
    if document.max_bytes is not None:
        text += f", at most {document.max_bytes:,} bytes each"
    if document.commercial is not None:
        text += f", {'commercial' if document.commercial else 'non-commercial'} orders"
    if document.valid_working_days is not None:
        text += f", signature valid {document.valid_working_days} working days"
    return text


def render_province_text(province: str) -> str:
    params = parameters(province)
    lines = [f"Parameters of {province} ({PROVINCE_NAMES[province].name_zh}, {PROVINCE_NAMES[province].name_en}):"]
    for field in parameter_fields():
        value = getattr(params, field.name)
        if isinstance(value, Sourced):
            lines.append(f"  {field.name:20} {value_text(value.value)}  [{_sources(value)}]")
            if value.conflict:
                lines.append(f"  {'':20} conflict: {value.conflict}")
    for document in params.documents:
        lines.append(f"  {'documents':20} {document_text(document, markdown=False)}  [{', '.join(document.sources)}]")
    lines += [f"  {'note':20} {note}" for note in params.notes]
    return "\n".join(lines)


def provinces_by_value(name: str) -> dict[str, list[tuple[str, Sourced[Any]]]]:
    """Parameter ``name``'s values, each with the provinces that have it (and their sourced values)."""
    grouped: dict[str, list[tuple[str, Sourced[Any]]]] = {}
    for code, params in all_parameters().items():
        sourced = getattr(params, name)
        grouped.setdefault(value_text(sourced.value), []).append((code, sourced))
    field = next(f for f in parameter_fields() if f.name == name)
    if field.metadata["vocabulary"]:
        order = list(_vocabulary(field.metadata["vocabulary"]).tokens)
        return {value: grouped[value] for value in order if value in grouped}
    return dict(sorted(grouped.items(), key=lambda item: (item[0] != "none", item[0])))


def _by_value_lines(name: str) -> list[str]:
    if name == "documents":  # not one value per province: each province's required documents, if any
        return [f"- {_province_name(code)}: {document_text(document)} ({', '.join(document.sources)})"
                for code, params in all_parameters().items() for document in params.documents]
    field = next(f for f in parameter_fields() if f.name == name)
    vocabulary = _vocabulary(field.metadata["vocabulary"]) if field.metadata["vocabulary"] else None
    lines = []
    for value, provinces in provinces_by_value(name).items():
        meaning = f" — {vocabulary.terms[value].meaning}" if vocabulary is not None else ""
        lines.append(f"- `{value}`{meaning}: " + "; ".join(
            f"{_province_name(code)} ({_sources(sourced)})" for code, sourced in provinces))
    return lines


def render_province(province: str) -> str:
    params = parameters(province)
    name = PROVINCE_NAMES[province]
    lines = [f"## {province} — {name.name_zh} ({name.name_en})", "", "| parameter | value | sources |",
             "|---|---|---|"]
    for field in parameter_fields():
        value = getattr(params, field.name)
        if isinstance(value, Sourced):
            lines.append(f"| `{field.name}` | {value_text(value.value)} | {_sources(value)} |")
    for document in params.documents:
        lines.append(f"| `documents` | {document_text(document)} | {', '.join(document.sources)} |")
    conflicts = [(f.name, getattr(params, f.name).conflict) for f in parameter_fields()
                 if isinstance(getattr(params, f.name), Sourced) and getattr(params, f.name).conflict]
    if conflicts or params.notes:
        lines.append("")
        lines += [f"- conflict on `{field}`: {text}" for field, text in conflicts]
        lines += [f"- note: {note}" for note in params.notes]
    return "\n".join(lines)


def render_provinces() -> str:
    """``docs/provinces.md``: every parameter, its values by province with sources, then each province."""
    lines = [
        "# Province parameters",
        "",
        "Generated from `beianrules/provinces/` by `python -m beianrules.docs`; do not edit by hand.",
        "Each value carries its RULE-CATALOG §6 source keys; where providers disagree, the conflict and the "
        "reading chosen (always the one that rejects less) are written below the province.",
        "",
        "## Parameters",
    ]
    rules = all_rules()
    for field in parameter_fields():
        readers = [r.code for r in rules if field.name in r.reads]
        lines += ["", f"### {_parameter_heading(field.name)}", "", field.metadata["meaning"], ""]
        if readers:
            lines += ["Read by " + ", ".join(f"[`{c}`](rules.md#{c.lower()})" for c in readers) + ".", ""]
        lines += _by_value_lines(field.name)
    lines += ["", "## By province", ""]
    lines += ["\n\n".join(render_province(code) for code in PROVINCE_NAMES)]
    return "\n".join(lines) + "\n"


def _parameter_heading(name: str) -> str:
    field = next(f for f in parameter_fields() if f.name == name)
    return f"`{name}` — {field.metadata['zh']} ({field.metadata['en']})"


def _parameter_anchor(name: str) -> str:
    """The anchor GitHub and MyST give the parameter's heading in provinces.md: lower case, characters other
    than letters, digits, ``_``, ``-`` and spaces dropped, spaces as ``-``."""
    heading = _parameter_heading(name).lower().replace("`", "")
    return "".join(ch for ch in heading if ch.isalnum() or ch in "_- ").replace(" ", "-")


def _first_sentence(text: str) -> str:
    head = text.split(". ")[0].rstrip(".")
    return head if len(head) <= 100 else head[:97] + "..."


def _shown(value: Any) -> str:
    """An example's value as the reference shows it (a value copied from an example document by its origin)."""
    if isinstance(value, Copied):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, default=repr)


def render_rule(rule: Rule) -> str:
    lines = [
        f"## `{rule.code}`",
        "",
        f"- kind: {rule.kind} (an approved filing gets {rule.kind_for(True)}); severity: {rule.severity}",
        f"- scope: {_scope(rule)}; checked on: {', '.join(sorted(rule.modes))}",
    ]
    if rule.effective.since or rule.effective.until:
        lines.append(f"- in force: from {rule.effective.since or '—'} until {rule.effective.until or '—'}")
    kinds = [rule.kind_for(False, n) for n in range(len(rule.conditions))]
    if set(kinds) != {rule.kind}:
        lines.append(f"- kind by condition: {', '.join(kinds)}")
    severities = sorted({rule.severity_of(n) for n in range(len(rule.conditions))})
    if severities != [rule.severity]:
        lines.append(f"- severity by condition: {', '.join(rule.severity_of(n) for n in range(len(rule.conditions)))}")
    lines += [
        f"- sources: {'; '.join(citation_text(key) for key in rule.doc.sources)}",
        "",
        f"**What.** {rule.doc.what}",
        "",
        *_zh("规则说明", rule.doc.zh.what if rule.doc.zh else None),
        f"**Why.** {rule.doc.why}",
        "",
        *_zh("原因", rule.doc.zh.why if rule.doc.zh else None),
        f"**How to fix.** {rule.doc.fix}",
        "",
        *_zh("如何整改", rule.doc.zh.fix if rule.doc.zh else None),
        "**Message.**",
        f"- zh: {rule.message.zh}",
        f"- en: {rule.message.en}",
        "",
        "**Remedy.**",
        f"- zh: {rule.remedy.zh}",
        f"- en: {rule.remedy.en}",
        "",
        "**Condition** (one line per alternative):",
        "",
    ]
    for condition in rule.conditions:
        lines.append("- " + " and ".join(f"`{p}`" for p in condition))
    for name in rule.reads:
        lines += ["", f"**Province parameter `{name}`** ([provinces](provinces.md#{_parameter_anchor(name)})):", ""]
        lines += _by_value_lines(name)
    lines += ["", "**Examples** (changes to the example document of the province):", ""]
    for example in rule.examples:
        where = f" [{example.province}]" if example.province else ""
        when = f" as of {example.as_of}" if example.as_of else ""
        changes = "; ".join(f"`{k}` = `{_shown(v)}`" for k, v in example.changes.items())
        registry = f"; registry: {len(example.registry)} other filing(s)" if example.registry else ""
        verdict = "fires" if example.fires else "silent"
        reported = ""
        if example.fires and example.paths:
            reported = f"; reports {example.expected_count} at " + ", ".join(f"`{p}`" for p in example.paths)
        lines.append(f"- {verdict}{where}{when}: {example.title}" + (f" — {changes}" if changes else "") + registry
                     + reported)
    return "\n".join(lines)


def citation_text(key: str) -> str:
    """A source key as the references show it: the source's title (and the detail), linked to its address,
    then the key — ``[华为云 … (doc_0046)](https://…) (`HW-KB(doc_0046)`)``."""
    citation = cite(key)
    title = citation.label.replace("[", "(").replace("]", ")")
    shown = f"[{title}]({citation.source.address})" if citation.source.address else title
    return f"{shown} (`{key}`)"


def render_sources(keys: Iterable[str]) -> str:
    """The sources table of the rule reference: each source the ``keys`` cite, once, by key."""
    cited = sorted({cite(key).source.key for key in keys})
    table = {**SOURCES, **CATALOG_SECTIONS}
    lines = ["## Sources", "", "RULE-CATALOG §6 (`beianrules.sources`); page dates as the pages showed them.", "",
             "| key | title | publisher | page date | address |", "|---|---|---|---|---|"]
    for key in cited:
        source = table[key]
        note = f" — {source.note}" if source.note else ""
        address = f"<{source.address}>" if source.address else "not captured"
        lines.append(f"| `{key}` | {source.title}{note} | {source.publisher} | {source.page_date or '—'} | "
                     f"{address} |".replace("\n", " "))
    return "\n".join(lines)


def render_reference() -> str:
    rules = all_rules()
    head = [
        "# Rule reference",
        "",
        "Generated from the rule declarations by `python -m beianrules.docs`; do not edit by hand.",
        "Source keys refer to RULE-CATALOG §6. Kinds: a `rejection` of an order is a `rectification` "
        "when the document is an approved filing (an audit).",
        "",
        "| code | kind | scope | sources |",
        "|---|---|---|---|",
    ]
    head += [f"| [`{r.code}`](#{r.code.lower()}) | {r.kind} | {_scope(r)} | {', '.join(r.doc.sources)} |"
             for r in rules]
    sources = render_sources(key for r in rules for key in r.doc.sources)
    return "\n".join(head + [""] + ["\n" + render_rule(r) for r in rules] + ["", sources]) + "\n"


REFERENCES = {"rules.md": render_reference, "provinces.md": render_provinces, "format.md": render_format}


def write_references(directory: Path) -> list[Path]:
    written = []
    for name, render in REFERENCES.items():
        path = directory / name
        path.write_text(render(), encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m beianrules.docs [DIR]``: write every reference into DIR (default: ``docs/``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    directory = Path(args[0]) if args else Path("docs")
    for path in write_references(directory):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
