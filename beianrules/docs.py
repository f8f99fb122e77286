"""The rule reference, generated from the declarations (``docs/rules.md``, ``beianrules rules``).

Regenerate the reference with ``python -m beianrules.docs > docs/rules.md``;
a test fails when the committed file differs from what the declarations say.
"""

from __future__ import annotations

import json

from beianrules.rulebook import all_rules
from beianrules.declaration import Rule


def _scope(rule: Rule) -> str:
    return rule.province or "national"


def render_rule_list(province: str | None = None, fmt: str = "text") -> str:
    rules = all_rules(province)
    if fmt == "json":
        return json.dumps([{"code": r.code, "kind": r.kind, "severity": r.severity, "province": r.province,
                            "modes": sorted(r.modes), "message": {"zh": r.message.zh, "en": r.message.en},
                            "sources": list(r.doc.sources)} for r in rules], ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return render_reference()
    width = max(len(r.code) for r in rules)
    return "\n".join(f"{r.code:{width}}  {r.kind:17}  {_scope(r):8}  {_first_sentence(r.doc.what)}" for r in rules)


def _first_sentence(text: str) -> str:
    head = text.split(". ")[0].rstrip(".")
    return head if len(head) <= 100 else head[:97] + "..."


def render_rule(rule: Rule) -> str:
    lines = [
        f"## `{rule.code}`",
        "",
        f"- kind: {rule.kind} (an approved filing gets {rule.kind_for(True)}); severity: {rule.severity}",
        f"- scope: {_scope(rule)}; checked on: {', '.join(sorted(rule.modes))}",
    ]
    if rule.effective.since or rule.effective.until:
        lines.append(f"- in force: from {rule.effective.since or '—'} until {rule.effective.until or '—'}")
    lines += [
        f"- sources: {', '.join(rule.doc.sources)}",
        "",
        f"**What.** {rule.doc.what}",
        "",
        f"**Why.** {rule.doc.why}",
        "",
        f"**How to fix.** {rule.doc.fix}",
        "",
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
    lines += ["", "**Examples** (changes to the example document of the province):", ""]
    for example in rule.examples:
        where = f" [{example.province}]" if example.province else ""
        when = f" as of {example.as_of}" if example.as_of else ""
        changes = "; ".join(f"`{k}` = `{json.dumps(v, ensure_ascii=False)}`" for k, v in example.changes.items())
        registry = f"; registry: {len(example.registry)} other filing(s)" if example.registry else ""
        verdict = "fires" if example.fires else "silent"
        lines.append(f"- {verdict}{where}{when}: {example.title}" + (f" — {changes}" if changes else "") + registry)
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
    return "\n".join(head + [""] + ["\n" + render_rule(r) for r in rules]) + "\n"


if __name__ == "__main__":
    print(render_reference(), end="")
