"""WeChat's ``applyIcpFiling`` request → a FORMAT 1.1 document (``shared/spec/CLIENTS.md`` §3, §4)::

    from beianrules.clients import wechat
    tables = wechat.load_code_tables("examples/clients/wechat/code_tables")  # the query_icp_* responses
    facts = {"order.type": "new_filing", "order.status": "draft", "apps[0].name": "青藤生活缴费助手"}
    report = wechat.check(open("examples/clients/wechat/request.json").read(), code_tables=tables,
                          facts=facts, as_of="2026-11-28")
    report.ok, [(r.code, r.paths) for r in report.reasons]

Report paths are the request's (``icp_subject.principal_info.mobile``); a path that came from a fact is that
fact's FORMAT path (``apps[0].name``). The getIcpEntranceInfo status (§4.1) and queryIcpVerifyTask results (§4.2)
come in as :class:`Reading` objects.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from beianrules import checker
from beianrules.clients._common import (
    KEPT_NAME_TOKENS,
    Adapted,
    Builder,
    CodeTables,
    Division,
    Entry,
    Issues,
    PersonKeys,
    PreApprovalItem,
    Reader,
    Reading,
    TableSpec,
    apply_facts,
    certificate_token,
    content_record,
    day_text,
    entity_type,
    get,
    join,
    load_json,
    lookup,
    map_contents,
    map_person,
    map_pre_approvals,
    map_region,
    ymd,
)
from beianrules.problems import excerpt, expected
from beianrules.registry import Registry
from beianrules.report import Report

__all__ = ["ENDPOINTS", "ORDER_STATUS", "adapt", "check", "entrance_info", "load_code_tables", "to_document"]

CLIENT = "wechat"

SUBJECT_TYPES = TableSpec("query_icp_subject_types", ("items",), "type", "name")
CERTIFICATE_TYPES = TableSpec("query_icp_certificate_types", ("items",), "type", "name")
SERVICE_CONTENT_TYPES = TableSpec("query_icp_service_content_types", ("items",), "type", "name")
NRLX_TYPES = TableSpec("query_icp_nrlx_types", ("items",), "type", "name")
DISTRICTS = TableSpec("query_icp_district_code", ("items",), "code", "name", children_key="sub_list", id_as_text=True)
ENDPOINTS = tuple(spec.endpoint for spec in (SUBJECT_TYPES, CERTIFICATE_TYPES, SERVICE_CONTENT_TYPES, NRLX_TYPES,
                                             DISTRICTS))
"""The list endpoints whose responses the adapter reads (``<endpoint>.json`` in a code-table directory)."""

_PERSON_KEYS = PersonKeys(
    name="name", required=("负责人姓名", "the principal's name"),
    contacts=(("mobile", "mobile"), ("emergency_contact", "emergency_phone"), ("email", "email")),
    id_number="certificate_number", id_type="certificate_type", id_types=CERTIFICATE_TYPES)

ORDER_STATUS: dict[int, str] = {2: "provider_review", 3: "rejected", 4: "authority_review", 5: "rejected",
                                6: "approved", 1024: "draft", 1025: "draft", 1026: "draft", 1027: "draft"}
"""getIcpEntranceInfo ``status`` → ``order.status`` (§4.1)."""
SMS_RESULT = {1: "pending", 2: "verified", 3: "timeout"}

_TOP = ("icp_subject", "icp_applets", "icp_materials")
_SUBJECT = ("base_info", "personal_info", "organize_info", "principal_info", "legal_person_info")
_BASE = ("type", "name", "province", "city", "district", "address", "comment", "record_number")
_ORGANIZE = ("certificate_type", "certificate_number", "certificate_address", "certificate_photo")
_PRINCIPAL = ("name", "mobile", "email", "emergency_contact", "certificate_type", "certificate_number",
              "certificate_validity_date_start", "certificate_validity_date_end", "certificate_photo_front",
              "certificate_photo_back", "authorization_letter", "verify_task_id")
_APPLET_BASE = ("appid", "name", "service_content_types", "nrlx_details", "comment", "record_number")
_MATERIALS: dict[str, tuple[str, str | None]] = {
    "commitment_letter": ("service_commitment_letter", None),
    "business_name_change_letter": ("name_change_certificate", "entity"),
    "party_building_confirmation_letter": ("party_building_confirmation", None),
    "promise_video": ("promise_video", None),
    "authenticity_responsibility_letter": ("authenticity_responsibility_notice", None),
    "authenticity_commitment_letter": ("authenticity_commitment", None),
    "website_construction_proposal": ("site_construction_plan", "apps[0]"),
    "subject_other_materials": ("other", "entity"),
    "applets_other_materials": ("other", "apps[0]"),
    "holding_certificate_photo": ("holding_id_photo", None),
}


def load_code_tables(directory: str | Path) -> CodeTables:
    """The list responses saved as ``<endpoint>.json`` in ``directory`` (see :data:`ENDPOINTS`)."""
    return CodeTables.from_directory(directory)


def to_document(request: Any, **kwargs: Any) -> dict[str, Any]:
    """The FORMAT 1.1 document (a plain dict ``beianrules.check`` accepts); arguments as :func:`adapt`."""
    return adapt(request, **kwargs).document


def check(request: Any, *, registry: Registry | Iterable[Any] | None = None,
          engine: checker.EngineName | None = None, **kwargs: Any) -> Report:
    """Adapt and check; the report's paths are the request's own field names. Arguments as :func:`adapt`."""
    return adapt(request, **kwargs).check(registry=registry, engine=engine)


def adapt(request: Any, *, code_tables: CodeTables, facts: Mapping[str, Any] | None = None,
          as_of: _dt.date | str | None = None, entrance: Reading | None = None,
          verify_tasks: Mapping[str, Reading] | None = None,
          residence_proof: Literal["address_proof", "residence_permit"] = "address_proof") -> Adapted:
    """An ``applyIcpFiling`` request (dict or JSON text; ``icp_applets`` may be the one-element list of
    ``getOnlineIcpOrder``) → :class:`Adapted`.

    ``facts`` are FORMAT paths → values for what the request lacks (``order.type``, ``order.status``,
    ``apps[0].name``, ``apps[0].app_id``, ``order.commercial``, …; CLIENTS.md §3.3); a fact never replaces what
    the request says. ``entrance`` is a getIcpEntranceInfo response with the day it was read (→ ``order.status``,
    §4.1); ``verify_tasks`` the queryIcpVerifyTask responses by task id (→ ``verification.identity_checks``,
    §4.2). ``residence_proof``: what the caller knows ``personal_info.residence_permit`` to be (§3.1).
    Raises :class:`~beianrules.InputError` with the request's paths.
    """
    issues = Issues()
    r = Reader(issues)
    b = Builder.start(CLIENT, as_of, "icp_materials")
    data = load_json(request)
    top = r.obj(data, "", _TOP)
    if top is None:
        issues.add("", "request_not_an_object")
        issues.raise_any()
        return Adapted(CLIENT, {}, {})  # pragma: no cover - raise_any raised
    tasks: dict[str, tuple[str, str]] = {}
    _subject(r, code_tables, b, top, issues, tasks, residence_proof)
    _applets(r, code_tables, b, top, issues, tasks)
    _materials(r, b, top)
    issues.raise_any()
    apply_facts(b, facts)
    if entrance is not None:
        _status(b, entrance, issues)
    _verify_tasks(b, verify_tasks or {}, tasks, issues)
    return b.finish(CLIENT, issues, (
        ("order.type", "订单类型（new_filing、new_app…）须由调用方给出",
         "the order type (new_filing, new_app, …) is the caller's to give"),
        ("order.status", "调用前为 draft，否则取自 getIcpEntranceInfo（§4.1）",
         "draft before the call, else from getIcpEntranceInfo (§4.1)"),
        ("apps[0].name", "微信会填入小程序的昵称：请给出", "WeChat fills in the mini-program's nickname: give it")),
        audit_data=_audit_data(entrance))


# -- icp_subject ---------------------------------------------------------------------------------------------------

def _subject(r: Reader, tables: CodeTables, b: Builder, top: Mapping[str, Any], issues: Issues,
             tasks: dict[str, tuple[str, str]], residence_proof: str) -> str | None:
    subject = r.obj(top.get("icp_subject"), "icp_subject", _SUBJECT)
    if subject is None:
        issues.add("icp_subject", "missing")
        return None
    b.mark("entity", "icp_subject")
    base_path = "icp_subject.base_info"
    base = r.obj(subject.get("base_info"), base_path, _BASE)
    token: str | None = None
    if base is None:
        issues.add(base_path, "missing")
    else:
        b.mark("entity.region", base_path)
        subject_id = r.ident(base, "type", base_path)
        if subject_id is not None:
            entry = lookup(tables, SUBJECT_TYPES, subject_id, join(base_path, "type"), issues)
            if entry is not None:
                token = entity_type(entry, join(base_path, "type"), issues)
                if token is not None:
                    b.set("entity.type", token, join(base_path, "type"))
                    if token in KEPT_NAME_TOKENS:
                        b.source_name(CLIENT, join(base_path, "type"), entry)
        elif "type" not in base:
            issues.add(join(base_path, "type"), "request_required", what_zh="主体性质", what_en="the entity's nature")
        for key, target in (("name", "entity.name"), ("comment", "entity.remark"),
                            ("record_number", "entity.filing_number")):
            value = r.text(base, key, base_path)
            if value is not None:
                b.set(target, value, join(base_path, key))
        _region(r, tables, b, base, base_path, issues)
    personal = r.obj(subject.get("personal_info"), "icp_subject.personal_info", ("residence_permit",))
    media = r.text(personal, "residence_permit", "icp_subject.personal_info")
    if media is not None:
        b.attach(residence_proof, media, "icp_subject.personal_info.residence_permit", "entity.principal")
    organize_path = "icp_subject.organize_info"
    organize = r.obj(subject.get("organize_info"), organize_path, _ORGANIZE)
    if organize is not None:
        b.mark("entity.certificate", organize_path)
        cert_id = r.ident(organize, "certificate_type", organize_path)
        number = r.text(organize, "certificate_number", organize_path)
        if cert_id is not None:
            where = join(organize_path, "certificate_type")
            entry = lookup(tables, CERTIFICATE_TYPES, cert_id, where, issues)
            if entry is not None:
                _subject_of_certificate(entry, base, where, issues)
                found = certificate_token(entry, where, issues, person=token == "individual")
                if found is not None:
                    b.set("entity.certificate.type", found[0], where)
                    if found[0] in KEPT_NAME_TOKENS:
                        b.source_name(CLIENT, where, entry)
        for key, target in (("certificate_number", "number"), ("certificate_address", "address")):
            value = number if key == "certificate_number" else r.text(organize, key, organize_path)
            if value is not None:
                b.set(f"entity.certificate.{target}", value, join(organize_path, key))
        photo = r.text(organize, "certificate_photo", organize_path)
        if photo is not None:
            b.attach("certificate_image", photo, join(organize_path, "certificate_photo"), "entity")
    principal_path = "icp_subject.principal_info"
    principal = r.obj(subject.get("principal_info"), principal_path, _PRINCIPAL)
    if principal is None:
        issues.add(principal_path, "request_required", what_zh="主体负责人", what_en="the entity principal")
    else:
        _person(r, tables, b, principal, principal_path, "entity.principal", issues, tasks)
    legal_path = "icp_subject.legal_person_info"
    legal = r.obj(subject.get("legal_person_info"), legal_path, ("name", "certificate_number"))
    legal_name = r.text(legal, "name", legal_path)
    legal_number = r.text(legal, "certificate_number", legal_path)
    if legal_name is not None or legal_number is not None:
        b.mark("entity.legal_representative", legal_path)
        if legal_name is not None:
            b.set("entity.legal_representative.name", legal_name, join(legal_path, "name"))
        if legal_number is not None:
            b.set("entity.legal_representative.id_number", legal_number, join(legal_path, "certificate_number"))
    elif token is not None and token != "individual" and principal is not None:
        # WeChat asks for legal_person_info exactly when the principal is not the legal representative.
        person = b.document.get("entity", {}).get("principal", {})
        copied = {"name": (person.get("name"), "name"),
                  "id_number": (person.get("id_document", {}).get("number"), "certificate_number"),
                  "id_type": (person.get("id_document", {}).get("type"), "certificate_type"),
                  "nationality": (person.get("nationality"), "certificate_type")}
        b.mark("entity.legal_representative", principal_path)
        for key, (value, source) in copied.items():
            if value is not None:
                b.set(f"entity.legal_representative.{key}", value, join(principal_path, source))
    return token


def _subject_of_certificate(entry: Entry, base: Mapping[str, Any] | None, where: str, issues: Issues) -> None:
    """A certificate type listed for another subject type than ``base_info.type`` is a contradiction (§1 rule 4)."""
    listed = entry.raw.get("subject_type")
    given = None if base is None else base.get("type")
    if isinstance(listed, int) and isinstance(given, int) and not isinstance(given, bool) and listed != given:
        issues.add(where, "certificate_not_of_subject_type", certificate=entry.id,
                   certificate_name=excerpt(entry.name), listed=listed, given=given)


def _region(r: Reader, tables: CodeTables, b: Builder, base: Mapping[str, Any], base_path: str,
            issues: Issues) -> None:
    levels = [None if (code := r.text(base, key, base_path)) is None else Division(code, join(base_path, key))
              for key in ("province", "city", "district")]
    address = r.text(base, "address", base_path)
    map_region(b, tables, DISTRICTS, levels, join(base_path, "province"),
               None if address is None else (address, join(base_path, "address")), issues)


def _person(r: Reader, tables: CodeTables, b: Builder, info: Mapping[str, Any], src: str, target: str,
            issues: Issues, tasks: dict[str, tuple[str, str]]) -> None:
    """``principal_info`` (of the subject or of the applet) → a FORMAT person, its photos and letter."""
    document = map_person(r, tables, b, info, src, target, _PERSON_KEYS, issues)
    if document is None:
        return
    for key, field, long_term in (("certificate_validity_date_start", "valid_from", False),
                                  ("certificate_validity_date_end", "valid_until", True)):
        text = r.text(info, key, src)
        day = None if text is None else ymd(text, join(src, key), issues, long_term=long_term)
        if day is not None:
            b.set(join(document, field), day, join(src, key))
    for key, kind in (("certificate_photo_front", "id_image_front"), ("certificate_photo_back", "id_image_back"),
                      ("authorization_letter", "authorization_letter")):
        media = r.text(info, key, src)
        if media is not None:
            b.attach(kind, media, join(src, key), target)
    task = r.text(info, "verify_task_id", src)
    if task is not None:
        tasks[task] = (target, join(src, "verify_task_id"))
        b.extension(CLIENT, "verify_task_id" if target.startswith("apps") else "subject_verify_task_id", task)


# -- icp_applets ---------------------------------------------------------------------------------------------------

def _applets(r: Reader, tables: CodeTables, b: Builder, top: Mapping[str, Any], issues: Issues,
             tasks: dict[str, tuple[str, str]]) -> None:
    value = top.get("icp_applets")
    src = "icp_applets"
    if isinstance(value, list):  # getOnlineIcpOrder's form
        if len(value) != 1:
            issues.add(src, "one_app_per_filing", count=len(value))
            return
        value, src = value[0], "icp_applets[0]"
    applets = r.obj(value, src, ("base_info", "principal_info"))
    if applets is None:
        issues.add(src, "request_required", what_zh="小程序", what_en="the mini-program")
        return
    app = "apps[0]"
    b.set(app, {"kind": "mini_program", "platforms": [CLIENT]}, src)
    b.mark(join(app, "kind"), src)
    b.mark(join(app, "platforms"), src)
    base_path = join(src, "base_info")
    base = r.obj(applets.get("base_info"), base_path, _APPLET_BASE)
    for key, field in (("appid", "app_id"), ("name", "name"), ("comment", "remark"),
                       ("record_number", "filing_number")):
        text = r.text(base, key, base_path)
        if text is not None:
            b.set(join(app, field), text, join(base_path, key))
    contents = r.idents(base, "service_content_types", base_path)
    if contents:
        resolved = [(path, _with_parent(tables, entry)) for path, key in contents
                    if (entry := lookup(tables, SERVICE_CONTENT_TYPES, key, path, issues)) is not None]
        map_contents(b, join(base_path, "service_content_types"), resolved)
        b.extension(CLIENT, "service_content_types", [
            {"type": entry.id, "parent_type": entry.raw.get("parent_type"), "name": content_record(entry)}
            for _path, entry in resolved])
    _nrlx(r, tables, b, base, base_path, issues)
    principal_path = join(src, "principal_info")
    principal = r.obj(applets.get("principal_info"), principal_path, _PRINCIPAL)
    if principal is not None and any(v not in (None, "", []) for v in principal.values()):
        _person(r, tables, b, principal, principal_path, join(app, "principal"), issues, tasks)


def _with_parent(tables: CodeTables, entry: Entry) -> Entry:
    """WX-SVC is flat: ``parent_type`` names the first-level entry (0: none)."""
    table = tables.table(SERVICE_CONTENT_TYPES) or {}
    above = entry.raw.get("parent_type")
    found = table.get(above) if isinstance(above, int) and above != 0 else None
    return Entry(entry.id, entry.name, found, entry.raw) if found is not None else entry


def _nrlx(r: Reader, tables: CodeTables, b: Builder, base: Mapping[str, Any] | None, base_path: str,
          issues: Issues) -> None:
    entries = r.items(base, "nrlx_details", base_path)
    if not entries:
        return
    items: list[PreApprovalItem] = []
    for path, item in entries:
        detail = r.obj(item, path, ("type", "code", "media"))
        key = r.ident(detail, "type", path)
        if key is None:
            if detail is not None:
                issues.add(join(path, "type"), "missing")
            continue
        entry = lookup(tables, NRLX_TYPES, key, join(path, "type"), issues)
        if entry is not None:
            code, media = r.text(detail, "code", path), r.text(detail, "media", path)
            items.append(PreApprovalItem(path, join(path, "type"), entry,
                                         None if code is None else (code, join(path, "code")),
                                         () if media is None else ((join(path, "media"), media),)))
    map_pre_approvals(b, join(base_path, "nrlx_details"), items, issues)
    b.extension(CLIENT, "nrlx_details", [{"type": item.entry.id, "name": item.entry.name} for item in items])


def _materials(r: Reader, b: Builder, top: Mapping[str, Any]) -> None:
    materials = r.obj(top.get("icp_materials"), "icp_materials", _MATERIALS)
    for key, (kind, for_) in _MATERIALS.items():
        for path, media in r.texts(materials, key, "icp_materials"):
            b.attach(kind, media, path, for_)


# -- status calls (§4) ---------------------------------------------------------------------------------------------

def entrance_info(response: Any) -> dict[str, Any]:
    """getIcpEntranceInfo's ``info``, read strictly: ``status`` (with its ``order.status``), ``sms_verify_status``,
    ``is_canceling``, ``available`` and ``audit_data`` (a tuple of ``{key_name, error, suggest}``)."""
    issues = Issues()
    r = Reader(issues)
    data = load_json(response, "getIcpEntranceInfo", "getIcpEntranceInfo")
    where = "getIcpEntranceInfo"
    if not isinstance(data, dict):
        issues.add(where, "response_not_an_object", platform_zh="微信", platform_en="WeChat")
        issues.raise_any()
    if data.get("errcode") not in (None, 0):
        issues.add(join(where, "errcode"), "platform_call_failed", value=data.get("errcode"), key="errcode")
    info_path = join(where, "info")
    info = data.get("info")
    if not isinstance(info, dict):
        issues.add(info_path, "response_field_missing", **expected("object"))
        issues.raise_any()
    status = r.ident(info, "status", info_path)
    if status is None:
        issues.add(join(info_path, "status"), "missing")
    elif status not in ORDER_STATUS:
        issues.add(join(info_path, "status"), "unknown_platform_value", value=status, what_zh="状态", what_en="status",
                   known=", ".join(map(str, sorted(ORDER_STATUS))))
    sms = r.ident(info, "sms_verify_status", info_path)
    if status == 4 and sms is not None and sms not in SMS_RESULT:
        issues.add(join(info_path, "sms_verify_status"), "unknown_platform_value", value=sms, what_zh="值",
                   what_en="value", known=", ".join(map(str, sorted(SMS_RESULT))))
    audit: list[dict[str, str]] = []
    for path, item in r.items(info, "audit_data", info_path):
        row = r.obj(item, path, ("key_name", "error", "suggest"))
        if row is not None:
            audit.append({key: text for key in ("key_name", "error", "suggest")
                          if (text := r.text(row, key, path)) is not None})
    issues.raise_any()
    assert status is not None
    return {"status": status, "order_status": ORDER_STATUS[status],
            "sms_verify_status": sms if status == 4 else None,
            "is_canceling": info.get("is_canceling"), "available": info.get("available"),
            "audit_data": tuple(audit)}


def _audit_data(entrance: Reading | None) -> tuple[Mapping[str, str], ...]:
    return () if entrance is None else tuple(entrance_info(entrance.response)["audit_data"])


def _status(b: Builder, entrance: Reading, issues: Issues) -> None:
    info = entrance_info(entrance.response)
    on = day_text(entrance.on, "getIcpEntranceInfo (the day it was read)")
    src = "getIcpEntranceInfo.info.status"
    given = get(b.document, "order.status")
    if given is not None and given != info["order_status"]:
        issues.add("fact:order.status", "fact_contradicts_status", value=given, status=info["status"],
                   order_status=info["order_status"])
        return
    b.set("order.status", info["order_status"], src, "status")
    status = info["status"]
    provider_day = get(b.document, "order.submitted_to_provider_on")
    authority_day = get(b.document, "order.submitted_to_authority_on")
    if status == 2 and provider_day is None:
        b.set("order.submitted_to_provider_on", on, src, "status")
    if status == 3 and authority_day is not None:
        issues.add("fact:order.submitted_to_authority_on", "status_never_reached_bureau")
    if status == 4 and authority_day is None:
        b.set("order.submitted_to_authority_on", on, src, "status")
    if status == 5 and authority_day is None:
        issues.add("fact:order.submitted_to_authority_on", "status_needs_authority_day")
    sms = info["sms_verify_status"]
    if sms is not None:
        b.set("verification.sms", [{"result": SMS_RESULT[sms], "on": on}], "getIcpEntranceInfo.info.sms_verify_status",
              "status")


def _verify_tasks(b: Builder, readings: Mapping[str, Reading], tasks: Mapping[str, tuple[str, str]],
                  issues: Issues) -> None:
    """queryIcpVerifyTask results → ``verification.identity_checks`` (§4.2), for the task ids the request sends."""
    for task, reading in readings.items():
        found = tasks.get(task)
        where = f"queryIcpVerifyTask[{task}]"
        if found is None:
            issues.add(where, "unknown_verify_task")
            continue
        person, source = found
        data = load_json(reading.response, "queryIcpVerifyTask", where)
        finished, status = (data.get("is_finish"), data.get("face_status")) if isinstance(data, dict) else (None, None)
        if not isinstance(finished, bool) or isinstance(status, bool) or status not in (0, 1, 2, 3):
            issues.add(where, "bad_verify_task_response")
            continue
        result = "pending" if not finished or status in (0, 1) else "matched" if status == 3 else "face_failed"
        checks = b.document.setdefault("verification", {}).setdefault("identity_checks", [])
        b.mark(f"verification.identity_checks[{len(checks)}]", source)
        checks.append({"person": person, "result": result, "on": day_text(reading.on, where)})


