"""Douyin's ``submit_record_info`` request → a FORMAT 1.1 document (``shared/spec/CLIENTS.md`` §5)::

    from beianrules.clients import douyin
    tables = douyin.load_code_tables("examples/clients/douyin/code_tables")  # the query_*_list responses
    facts = {"order.type": "new_filing", "order.status": "draft", "apps[0].name": "蓉锦非遗手作课"}
    report = douyin.check(open("examples/clients/douyin/request.json").read(), code_tables=tables,
                          facts=facts, as_of="2026-11-28")
    report.ok, [(r.code, r.paths) for r in report.reasons]

Douyin sends no legal representative and neither the name nor the ID of the mini-program's principal: they are
facts of the caller's (§5.3). Without ``apps[0].principal.name`` the app principal is left out and what the
request says of him (contacts, letters, the face check) goes to ``extensions.douyin``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

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
    TableSpec,
    apply_facts,
    certificate_token,
    china_day,
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
    put,
)
from beianrules.problems import excerpt
from beianrules.registry import Registry
from beianrules.report import Report

__all__ = ["ENDPOINTS", "adapt", "check", "load_code_tables", "to_document"]

CLIENT = "douyin"

CORP_TYPES = TableSpec("query_corp_type_list", ("data", "corp_type_list"), "corp_type_id", "corp_type_name")
PEOPLE_CREDENTIALS = TableSpec("query_incharge_people_credentials_type_list", ("data", "credentials_type_list"),
                               "credentials_type_id", "credentials_type_name")
SERVICE_CONTENT_TYPES = TableSpec("query_service_content_type_list", ("data", "service_content_type_list"),
                                  "service_content_type_id", "service_content_type_name",
                                  children_key="sub_service_content_type_list")
PRE_APPROVAL_TYPES = TableSpec("query_pre_approval_item_type_list", ("data", "pre_approval_item_type_list"),
                               "pre_approval_item_id", "pre_approval_item_name")
REGIONS = TableSpec("query_region_list", ("data", "region_list"), "code", "name", children_key="sub_region",
                    id_as_text=True)
ENDPOINTS = tuple(spec.endpoint for spec in (CORP_TYPES, PEOPLE_CREDENTIALS, SERVICE_CONTENT_TYPES,
                                             PRE_APPROVAL_TYPES, REGIONS))
"""The list endpoints whose responses the adapter reads (``<endpoint>.json`` in a code-table directory)."""

FACE_RESULTS = frozenset({"matched", "face_failed", "pending"})

_CORP = (
    "corp_type", "credentials_type", "credentials_name", "credentials_number", "credentials_pic",
    "credentials_address", "province_code", "province_name", "city_code", "city_name", "region_code", "region_name",
    "communication_address", "incharge_people_name", "incharge_people_credentials_type",
    "incharge_people_credentials_number", "incharge_people_credentials_front", "incharge_people_credentials_back",
    "incharge_people_credentials_has_end_time", "incharge_people_credentials_valid_start_time",
    "incharge_people_credentials_valid_end_time", "incharge_people_email", "incharge_people_phone",
    "incharge_people_emergency_phone", "corp_authority_letter", "corp_commitment", "corp_other_materials", "remark",
)
_APP = (
    "app_language", "facial_recognition_token", "incharge_people_email", "incharge_people_phone",
    "incharge_people_emergency_phone", "involve_pre_approval", "pre_approval_list", "service_content_type_list",
    "app_authority_letter", "app_other_materials", "remark",
)
_CONTACTS = (("incharge_people_email", "email"), ("incharge_people_phone", "mobile"),
             ("incharge_people_emergency_phone", "emergency_phone"))
_ENTITY_PRINCIPAL = PersonKeys(
    name="incharge_people_name", required=("主体负责人姓名", "the entity principal's name"), contacts=_CONTACTS,
    id_number="incharge_people_credentials_number", id_type="incharge_people_credentials_type",
    id_types=PEOPLE_CREDENTIALS)


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
          as_of: _dt.date | str | None = None, face_check: Mapping[str, Any] | None = None) -> Adapted:
    """A ``submit_record_info`` request (dict or JSON text) → :class:`Adapted`.

    ``facts`` are FORMAT paths → values for what the request lacks (``order.type``, ``order.status``,
    ``apps[0].name``, ``apps[0].app_id``, the legal representative, ``apps[0].principal.name`` and its ID, …;
    CLIENTS.md §5.3); a fact never replaces what the request says. ``face_check`` is the result of
    ``query_facial_recognition_status`` for the request's ``facial_recognition_token``, already read as
    ``{"result": "matched" | "face_failed" | "pending", "on": day}`` (Douyin's enumeration was not captured:
    the caller maps it). Raises :class:`~beianrules.InputError` with the request's paths.
    """
    issues = Issues()
    r = Reader(issues)
    b = Builder.start(CLIENT, as_of, "corp_info.corp_other_materials")
    data = load_json(request)
    top = r.obj(data, "", ("corp_info", "app_info"))
    if top is None:
        issues.add("", "request_not_an_object")
        issues.raise_any()
        return Adapted(CLIENT, {}, {})  # pragma: no cover - raise_any raised
    _corp(r, code_tables, b, top, issues)
    named = _named_app_principal(facts or {})
    _app(r, code_tables, b, top, issues, named, face_check)
    issues.raise_any()
    apply_facts(b, facts)
    return b.finish(CLIENT, issues, (
        ("order.type", "订单类型（new_filing、new_app…）须由调用方给出",
         "the order type (new_filing, new_app, …) is the caller's to give"),
        ("order.status", "调用前为 draft", "draft before the call"),
        ("apps[0].name", "请求体中没有所授权小程序的名称：请给出",
         "the authorized mini-program's name is not in the body: give it")))


def _named_app_principal(facts: Mapping[str, Any]) -> bool:
    """Does the caller name the app principal (§5.3)? Read from the facts as they will be applied."""
    scratch: dict[str, Any] = {"apps": [{}]}
    for path, value in facts.items():
        try:
            put(scratch, path, value)
        except (KeyError, ValueError, TypeError):
            continue  # apply_facts reports it
    return isinstance(get(scratch, "apps[0].principal.name"), str)


def _material(r: Reader, obj: Mapping[str, Any] | None, key: str, path: str) -> tuple[str, str] | None:
    """A ``{"path": …}`` upload → (its request path, the file path)."""
    where = join(path, key)
    found = r.obj(None if obj is None else obj.get(key), where, ("path",))
    text = r.text(found, "path", where)
    return None if text is None else (where, text)


def _materials(r: Reader, obj: Mapping[str, Any] | None, key: str, path: str) -> list[tuple[str, str]]:
    found = []
    for where, item in r.items(obj, key, path):
        upload = r.obj(item, where, ("path",))
        text = r.text(upload, "path", where)
        if text is not None:
            found.append((where, text))
    return found


# -- corp_info -----------------------------------------------------------------------------------------------------

def _corp(r: Reader, tables: CodeTables, b: Builder, top: Mapping[str, Any], issues: Issues) -> None:
    src = "corp_info"
    corp = r.obj(top.get("corp_info"), src, _CORP)
    if corp is None:
        issues.add(src, "missing")
        return
    b.mark("entity", src)
    b.mark("entity.certificate", src)
    b.mark("entity.region", src)
    corp_id = r.ident(corp, "corp_type", src)
    corp_entry = None
    if corp_id is not None:
        corp_entry = lookup(tables, CORP_TYPES, corp_id, join(src, "corp_type"), issues)
        token = None if corp_entry is None else entity_type(corp_entry, join(src, "corp_type"), issues)
        if corp_entry is not None and token is not None:
            b.set("entity.type", token, join(src, "corp_type"))
            if token in KEPT_NAME_TOKENS:
                b.source_name(CLIENT, join(src, "corp_type"), corp_entry)
    else:
        issues.add(join(src, "corp_type"), "request_required", what_zh="主体性质", what_en="the entity's nature")
    individual = get(b.document, "entity.type") == "individual"
    cred_id = r.ident(corp, "credentials_type", src)
    if cred_id is not None and corp_entry is not None:
        entry = _credentials_of(corp_entry, cred_id, join(src, "credentials_type"), issues)
        found = None if entry is None else certificate_token(entry, join(src, "credentials_type"), issues,
                                                             person=individual)
        if entry is not None and found is not None:
            b.set("entity.certificate.type", found[0], join(src, "credentials_type"))
            if found[0] in KEPT_NAME_TOKENS:
                b.source_name(CLIENT, join(src, "credentials_type"), entry)
    for key, target in (("credentials_name", "entity.name"), ("credentials_number", "entity.certificate.number"),
                        ("credentials_address", "entity.certificate.address"), ("remark", "entity.remark")):
        value = r.text(corp, key, src)
        if value is not None:
            b.set(target, value, join(src, key))
    _region(r, tables, b, corp, src, issues)
    upload = _material(r, corp, "credentials_pic", src)
    if upload is not None:
        b.attach("certificate_image", upload[1], upload[0], "entity")
    _principal(r, tables, b, corp, src, issues)  # attaches the ID images
    for key, kind, for_ in (("corp_authority_letter", "authorization_letter", "entity.principal"),
                            ("corp_commitment", "service_commitment_letter", "entity"),
                            ("corp_other_materials", "other", "entity")):
        for where, file in _materials(r, corp, key, src):
            b.attach(kind, file, where, for_)


def _credentials_of(corp: Entry, key: int, path: str, issues: Issues) -> Entry | None:
    """The certificate type in that corp type's ``credentials_type_list``."""
    listed = corp.raw.get("credentials_type_list")
    for item in listed if isinstance(listed, list) else []:
        if isinstance(item, dict) and item.get("credentials_type_id") == key:
            name = item.get("credentials_type_name")
            if isinstance(name, str):
                return Entry(key, name.strip(), corp, item)
    issues.add(path, "credentials_not_of_corp_type", value=key, corp_type=corp.id, corp_name=excerpt(corp.name))
    return None


def _region(r: Reader, tables: CodeTables, b: Builder, corp: Mapping[str, Any], src: str, issues: Issues) -> None:
    levels: list[Division | None] = []
    for level in ("province", "city", "region"):  # Douyin's "region" is the district
        code, name = r.text(corp, f"{level}_code", src), r.text(corp, f"{level}_name", src)
        if code is None and name is not None:
            issues.add(join(src, f"{level}_name"), "name_without_code", field=f"{level}_code")
        levels.append(None if code is None else
                      Division(code, join(src, f"{level}_code"), name, join(src, f"{level}_name")))
    address = r.text(corp, "communication_address", src)
    map_region(b, tables, REGIONS, levels, join(src, "province_code"),
               None if address is None else (address, join(src, "communication_address")), issues)


def _principal(r: Reader, tables: CodeTables, b: Builder, corp: Mapping[str, Any], src: str,
               issues: Issues) -> None:
    target = "entity.principal"
    document = map_person(r, tables, b, corp, src, target, _ENTITY_PRINCIPAL, issues)
    if document is None:
        return
    start_key, end_key = "incharge_people_credentials_valid_start_time", "incharge_people_credentials_valid_end_time"
    has_end = r.flag(corp, "incharge_people_credentials_has_end_time", src)
    start, end = corp.get(start_key), corp.get(end_key)
    if start is not None:
        day = china_day(start, join(src, start_key), issues)
        if day is not None:
            b.set(join(document, "valid_from"), day, join(src, start_key))
    if has_end is False:
        b.set(join(document, "valid_until"), "long_term", join(src, "incharge_people_credentials_has_end_time"))
        if end is not None:
            b.extension(CLIENT, end_key, end)  # sent anyway with has_end_time false: dropped (§2.6)
    elif end is not None:
        day = china_day(end, join(src, end_key), issues)
        if day is not None:
            b.set(join(document, "valid_until"), day, join(src, end_key))
    elif has_end is True:
        issues.add(join(src, end_key), "required_when_true", field="incharge_people_credentials_has_end_time")
    for key, kind in (("incharge_people_credentials_front", "id_image_front"),
                      ("incharge_people_credentials_back", "id_image_back")):
        upload = _material(r, corp, key, src)
        if upload is not None:
            b.attach(kind, upload[1], upload[0], target)


# -- app_info ------------------------------------------------------------------------------------------------------

def _app(r: Reader, tables: CodeTables, b: Builder, top: Mapping[str, Any], issues: Issues, named: bool,
         face_check: Mapping[str, Any] | None) -> None:
    src = "app_info"
    info = r.obj(top.get("app_info"), src, _APP)
    if info is None:
        issues.add(src, "request_required", what_zh="小程序", what_en="the mini-program")
        return
    app = "apps[0]"
    b.set(app, {"kind": "mini_program", "platforms": [CLIENT]}, src)
    b.mark(join(app, "kind"), src)
    b.mark(join(app, "platforms"), src)
    remark = r.text(info, "remark", src)
    if remark is not None:
        b.set(join(app, "remark"), remark, join(src, "remark"))
    languages = r.idents(info, "app_language", src)
    if languages:
        b.extension(CLIENT, "app_language", [value for _path, value in languages])
    _contents(r, tables, b, info, src, issues)
    _pre_approvals(r, tables, b, info, src, issues)
    contacts = {field: (value, join(src, key)) for key, field in _CONTACTS
                if (value := r.text(info, key, src)) is not None}
    letters = _materials(r, info, "app_authority_letter", src)
    token = r.text(info, "facial_recognition_token", src)
    if token is not None:
        b.extension(CLIENT, "facial_recognition_token", token)
    check = _face_check(face_check, token, src, issues)
    person = join(app, "principal")
    if named:
        b.mark(person, src)
        for field, (value, where) in contacts.items():
            b.set(join(person, field), value, where)
        for where, file in letters:
            b.attach("authorization_letter", file, where, person)
        if check is not None:
            b.set("verification.identity_checks", [{"person": person, **check}],
                  join(src, "facial_recognition_token"))
    else:  # no name, no FORMAT principal (§5.3): what the request says of him is kept, not dropped
        if contacts:
            b.extension(CLIENT, "app_incharge_people", {field: value for field, (value, _w) in contacts.items()})
        if letters:
            b.extension(CLIENT, "app_authority_letter", [file for _w, file in letters])
        if check is not None:
            b.extension(CLIENT, "face_check", check)
    for where, file in _materials(r, info, "app_other_materials", src):
        b.attach("other", file, where, app)


def _face_check(given: Mapping[str, Any] | None, token: str | None, src: str,
                issues: Issues) -> dict[str, str] | None:
    if given is None:
        return None
    where = "face_check"
    if token is None:
        issues.add(join(src, "facial_recognition_token"), "face_check_without_token")
        return None
    result, on = given.get("result"), given.get("on")
    if result not in FACE_RESULTS:
        issues.add(where, "bad_face_check_result", value=result, allowed=", ".join(sorted(FACE_RESULTS)))
        return None
    if on is None:
        return {"result": str(result)}
    return {"result": str(result), "on": day_text(on, join(where, "on"))}


def _contents(r: Reader, tables: CodeTables, b: Builder, info: Mapping[str, Any], src: str, issues: Issues) -> None:
    contents = r.idents(info, "service_content_type_list", src)
    if not contents:
        return
    resolved = [(path, entry) for path, key in contents
                if (entry := lookup(tables, SERVICE_CONTENT_TYPES, key, path, issues)) is not None]
    map_contents(b, join(src, "service_content_type_list"), resolved)
    b.extension(CLIENT, "service_content_type_list",
                [{"id": entry.id, "name": content_record(entry)} for _path, entry in resolved])


def _pre_approvals(r: Reader, tables: CodeTables, b: Builder, info: Mapping[str, Any], src: str,
                   issues: Issues) -> None:
    involved = r.flag(info, "involve_pre_approval", src)
    entries = r.items(info, "pre_approval_list", src)
    list_path = join(src, "pre_approval_list")
    if involved is True and not entries:
        issues.add(list_path, "pre_approval_list_empty")
    if involved is False and entries:
        issues.add(join(src, "involve_pre_approval"), "pre_approval_not_involved")
    if involved is None and not entries:
        return
    items: list[PreApprovalItem] = []
    for path, item in entries:
        detail = r.obj(item, path, ("pre_approval_item_id", "pre_approval_number", "pre_approval_files"))
        key = r.ident(detail, "pre_approval_item_id", path)
        if key is None:
            if detail is not None:
                issues.add(join(path, "pre_approval_item_id"), "missing")
            continue
        entry = lookup(tables, PRE_APPROVAL_TYPES, key, join(path, "pre_approval_item_id"), issues)
        if entry is not None:
            number = r.text(detail, "pre_approval_number", path)
            items.append(PreApprovalItem(path, join(path, "pre_approval_item_id"), entry,
                                         None if number is None else (number, join(path, "pre_approval_number")),
                                         tuple(_materials(r, detail, "pre_approval_files", path))))
    map_pre_approvals(b, list_path if entries else join(src, "involve_pre_approval"), items, issues)
    if items:
        b.extension(CLIENT, "pre_approval_list",
                    [{"pre_approval_item_id": item.entry.id, "name": item.entry.name} for item in items])
