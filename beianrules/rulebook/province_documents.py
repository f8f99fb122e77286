"""One national template for "the bureau requires these documents from a start date on".

A province module states a :class:`~beianrules.provinces._schema.DocumentRequirement`
as data; :func:`document_rule` turns it into the rule: the shared condition
(required, applies by the start date, missing or over the size limit), the
shared message around the bureau's own wording, the doc, and the start-date
boundary examples every such rule needs — besides the examples the province
module states itself.
"""

from __future__ import annotations

import datetime as _dt

from beianrules.declaration import Doc, DocZh, Example, Pattern, Ref, Rule, Text, any_of, fact, when
from beianrules.provinces._schema import DocumentExample, DocumentRequirement
from beianrules.vocabulary import ATTACHMENT_TYPE, PROVINCE, Severity, label

MESSAGE = Text(
    zh="{province:province}管局自 {since} 起要求{requirement}：{problem:document_problem}。",
    en="From {since} the {province:province} bureau requires {requirement}: {problem:document_problem}.",
)


def document_rule(province: str, requirement: DocumentRequirement) -> Rule:
    """The rule for one province's required documents."""
    def document(**tests: bool) -> Pattern:
        return fact("required_document", "document", requirement=requirement.code, **tests)

    # In force: an error. Before it (REASONS-WAVE1, clarification (b)): a warning for orders not yet at the bureau.
    conditions = any_of(when(document(before_start=False, applies=True, present=False)),
                        when(document(before_start=True, awaiting_bureau=True, present=False), severity="warning"))
    if requirement.max_bytes is not None:
        conditions = any_of(conditions,
                            when(document(before_start=False, applies=True, oversize=True)),
                            when(document(before_start=True, awaiting_bureau=True, oversize=True), severity="warning"))
    evidence = {name: Ref("document", name) for name in ("province", "since", "document", "problem", "max_bytes",
                                                          "size_bytes", "needed_from")}
    return Rule(
        code=requirement.code,
        kind="rejection",
        province=province,
        conditions=conditions,
        paths=(Ref("document", "path"),),
        evidence=evidence,
        message=Text(zh=MESSAGE.zh.replace("{requirement}", requirement.requirement.zh),
                     en=MESSAGE.en.replace("{requirement}", requirement.requirement.en)),
        remedy=Text(zh=requirement.remedy.zh, en=requirement.remedy.en),
        doc=Doc(what=_what(province, requirement), why=requirement.why, fix=_fix(requirement),
                sources=requirement.sources,
                zh=DocZh(what=_what_zh(province, requirement), why=requirement.why_zh, fix=_fix_zh(requirement))),
        examples=(*(_example(province, e) for e in requirement.examples), *boundary_examples(province, requirement)),
    )


def _names(requirement: DocumentRequirement) -> str:
    return " and ".join(f"`{a}` ({ATTACHMENT_TYPE.terms[a].en})" for a in requirement.attachments)


def _what(province: str, requirement: DocumentRequirement) -> str:
    since = requirement.since.isoformat()
    scope = {None: "", False: ", `order.commercial` is false (not given: silent)",
             True: ", `order.commercial` is true (not given: silent)"}[requirement.commercial]
    size = "" if requirement.max_bytes is None else (
        f", or one of them is larger than {requirement.max_bytes:,} bytes")
    transition = "" if requirement.transition_from is None else (
        f" Orders had to comply from {requirement.transition_from.isoformat()} on already, while still at the "
        "provider: the error applies from that day.")
    first = requirement.effective_from.isoformat()
    early = (f" Checked before {first} (REASONS-WAVE1, clarification (b)), an order not yet at the bureau "
             "(`draft`, `provider_review`, `rejected`) that lacks a document (or carries one over the limit) gets "
             f"a **warning**, with `needed_from` {since}: it will need it if it reaches the bureau on or after that "
             "day; orders at the bureau and approved filings are silent then.")
    return (f"`order.province` is {province}{scope}, the order had not reached the bureau before {since} "
            "(orders in draft or at the provider always need them; an order rejected by the bureau needs them "
            "when resent — REASONS.md \"Start dates\"; orders at the bureau, or approved, before that day are "
            "exempt; when the day it reached the bureau is not given, silent), and "
            f"{_names(requirement)} {'is' if len(requirement.attachments) == 1 else 'are each'} required: "
            f"one that is missing fires{size}.{transition}{early} " + (requirement.notes or "")).strip()


def _fix(requirement: DocumentRequirement) -> str:
    signer = label("signer", requirement.signer, "en")
    size = "" if requirement.max_bytes is None else f", each at most {requirement.max_bytes:,} bytes"
    return f"Have {signer} sign {_names(requirement)} by hand as the template says, and upload them{size}."


def _names_zh(requirement: DocumentRequirement) -> str:
    return "和 ".join(f"`{a}`（《{ATTACHMENT_TYPE.terms[a].zh}》）" for a in requirement.attachments)


def _what_zh(province: str, requirement: DocumentRequirement) -> str:
    """:func:`_what` in Chinese, built from the same data."""
    if requirement.notes and not requirement.notes_zh:
        raise ValueError(f"{requirement.code}: notes are given without notes_zh")
    since = requirement.since.isoformat()
    scope = {None: "", False: "，`order.commercial` 为 false（未填写：不触发）",
             True: "，`order.commercial` 为 true（未填写：不触发）"}[requirement.commercial]
    size = "" if requirement.max_bytes is None else f"，或其中某一份大于 {requirement.max_bytes:,} 字节"
    transition = "" if requirement.transition_from is None else (
        f"自 {requirement.transition_from.isoformat()} 起，仍在接入商处的订单就已须符合要求：错误从该日起适用。")
    first = requirement.effective_from.isoformat()
    early = (f"在 {first} 之前检查时（REASONS-WAVE1，澄清 (b)），尚未提交到管局的订单（`draft`、`provider_review`、"
             "`rejected`）缺少文件（或某份文件超过上限）的，给出**警告**，`needed_from` 为 "
             f"{since}：如果它在该日或之后提交到管局，就需要这些文件；此时已在管局的订单和已通过的备案不触发。")
    each = "为必需：缺少即触发" if len(requirement.attachments) == 1 else "均为必需：缺少其中任何一份即触发"
    return (f"`order.province` 为 {province}{scope}，订单在 {since} 之前尚未提交到管局（草稿或在接入商处的订单"
            "始终需要；被管局驳回的订单重新提交时需要——REASONS.md“Start dates”；在该日之前已在管局或已通过的订单"
            "免于此要求；未填写提交到管局的日期时不触发），且 "
            f"{_names_zh(requirement)}{each}{size}。{transition}{early}"
            + requirement.notes_zh).strip()


def _fix_zh(requirement: DocumentRequirement) -> str:
    signer = label("signer", requirement.signer, "zh")
    size = "" if requirement.max_bytes is None else f"，每份不超过 {requirement.max_bytes:,} 字节"
    return f"请由{signer}按模板要求亲笔签署 {_names_zh(requirement)}，并上传{size}。"


def _example(province: str, example: DocumentExample) -> Example:
    return Example(example.title, fires=example.fires, changes=example.changes, as_of=example.as_of,
                   province=example.province or province, paths=example.paths, count=example.count,
                   severity=example.severity)


def _day(day: _dt.date, offset: int = 0) -> str:
    return (day + _dt.timedelta(days=offset)).isoformat()


def boundary_examples(province: str, requirement: DocumentRequirement) -> tuple[Example, ...]:
    """The start-date, province, size and scope boundaries every province document rule is tested at."""
    since, first, n = requirement.since, requirement.effective_from, len(requirement.attachments)
    # Orders in the requirement's scope (commercial or not), with none of the documents attached.
    scope: dict[str, object] = {} if requirement.commercial is None else {"order.commercial": requirement.commercial}
    missing: dict[str, object] = {**scope, "attachments": []}
    other = "ZJ" if province != "ZJ" else "JS"

    def fires(title: str, changes: dict[str, object], as_of: str | None = None,
              paths: tuple[str, ...] = ("attachments",), count: int | None = n if n > 1 else None,
              severity: Severity = "error") -> Example:
        return Example(f"[boundary] {title}", fires=True, province=province, changes=changes, as_of=as_of,
                       paths=paths, count=count, severity=severity)

    def silent(title: str, changes: dict[str, object], as_of: str | None = None) -> Example:
        return Example(f"[boundary] {title}", fires=False, province=province, changes=changes, as_of=as_of)

    def at(status: str, reached: str | None = None, sent: str | None = None) -> dict[str, object]:
        changes = {**missing, "order.status": status}
        if reached:
            changes["order.submitted_to_authority_on"] = reached
        if sent:
            changes["order.submitted_to_provider_on"] = sent
        return changes

    examples = [
        fires("a draft without the documents", missing),
        silent("every document attached", scope),
        fires("at the provider since the day before the start date", at("provider_review", sent=_day(since, -1)),
              as_of=_day(since)),
        silent("reached the bureau the day before the start date", at("authority_review", reached=_day(since, -1)),
               as_of=_day(since, 1)),
        fires("reached the bureau on the start date", at("authority_review", reached=_day(since)),
              as_of=_day(since, 1)),
        silent("at the bureau, the day it got there not given", at("authority_review"), as_of=_day(since, 1)),
        fires("rejected after reaching the bureau the day before the start date, sent again",
              at("rejected", reached=_day(since, -1)), as_of=_day(since, 1)),
        silent("approved after reaching the bureau the day before the start date (audit)",
               at("approved", reached=_day(since, -1))),
        fires("approved after reaching the bureau on the start date (audit)", at("approved", reached=_day(since))),
        Example(f"[boundary] a {PROVINCE.terms[other].en} order needs none of them", fires=False, province=other,
                changes=missing),
        # Before the rule is in force (clarification (b)): orders not yet at the bureau are warned.
        fires("a draft checked the day before the rule is in force: a warning", missing, as_of=_day(first, -1),
              severity="warning"),
        fires("rejected, checked before the rule is in force: a warning", at("rejected"), as_of=_day(first, -1),
              severity="warning"),
        silent("at the bureau, checked before the rule is in force", at("authority_review", reached=_day(first, -5)),
               as_of=_day(first, -1)),
        silent("approved, checked before the rule is in force (audit)", at("approved", reached=_day(first, -5)),
               as_of=_day(first, -1)),
        silent("every document attached, checked before the rule is in force", scope, as_of=_day(first, -1)),
    ]
    if requirement.transition_from is not None:
        examples.append(fires("at the provider on the first day of the transitional window",
                              at("provider_review", sent=_day(first)), as_of=_day(first)))
    if requirement.max_bytes is not None:
        limit = requirement.max_bytes
        sized = [{"type": a, "file": f"{a}.jpg", "size_bytes": 812345} for a in requirement.attachments]
        examples += [
            silent("the first document exactly at the size limit",
                   {**scope, "attachments": [{**sized[0], "size_bytes": limit}, *sized[1:]]}),
            fires("the first document one byte over the size limit",
                  {**scope, "attachments": [{**sized[0], "size_bytes": limit + 1}, *sized[1:]]},
                  paths=("attachments[0].size_bytes",), count=None),
        ]
    if requirement.commercial is not None:
        examples += [
            silent(f"order.commercial is {str(not requirement.commercial).lower()}",
                   {**missing, "order.commercial": not requirement.commercial}),
            silent("order.commercial not given", {**missing, "order.commercial": None}),
        ]
    return tuple(examples)
