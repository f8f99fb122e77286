"""``docs/format.md``: the format reference, generated from :mod:`beianrules.model`.

Every object of the filing document with every field — its key, type, the format
version that added it, its meaning (the field's metadata) and the rules that
read it — then every enumeration with its tokens and their meaning. The fields
and tokens come from the attrs classes and their ``Literal`` types; a token's
meaning from the vocabulary that labels it (:mod:`beianrules.vocabulary`), else
from :data:`TOKEN_TERMS` below; "read by" from the rule declarations: the rules
whose reasons point at the field (as their examples state), and, for 1.1 fields, the catalog rows
FORMAT 1.1 says the field serves. ``python -m beianrules.docs`` writes it with
the other references; a test fails when the committed file is stale.
"""

from __future__ import annotations

import datetime as _dt
import re
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from beianrules import model
from beianrules.convert import literal_tokens
from beianrules.model import Filing, json_key
from beianrules.provinces._table import PROVINCE_CODES
from beianrules.rulebook import all_rules
from beianrules.vocabulary import VOCABULARIES, Vocabulary, label

# The model's Literal types that a vocabulary labels (the facts and messages read them).
_VOCABULARY_OF = {
    "OrderType": "order_type", "OrderStatus": "order_status", "Operation": "operation", "EntityType": "entity_type",
    "AttachmentType": "attachment_type", "CallResult": "call_result", "Statement": "statement",
    "Industry": "industry",
}

_PERSON_IDS = {
    "resident_id": ("居民身份证", "the mainland resident identity card"),
    "passport": ("护照", "a passport"),
    "hk_macao_permit": ("港澳居民来往内地通行证", "the mainland travel permit of Hong Kong and Macao residents"),
    "taiwan_permit": ("台湾居民来往大陆通行证", "the mainland travel permit of Taiwan residents"),
    "foreign_permanent_residence": ("外国人永久居留身份证", "a foreigner's permanent residence ID"),
    "residence_permit": ("港澳台居民居住证", "the residence permit of Hong Kong, Macao and Taiwan residents (the "
                                              "mainland 居住证 is an attachment, not an ID)"),
}

TOKEN_TERMS: dict[str, dict[str, tuple[str, str]]] = {
    "FormatVersion": {
        "1.0": ("格式 1.0", "the first release of the format (absent means this)"),
        "1.1": ("格式 1.1", "1.0 with the optional additions of 1.1"),
    },
    "PersonIdType": _PERSON_IDS,
    "PersonIdType11": {"temporary_resident_id": ("临时居民身份证", "the temporary resident identity card")},
    "CertificateType": {
        "business_license": ("营业执照", "a business licence"),
        "public_institution_certificate": ("事业单位法人证书", "a public institution's legal person certificate"),
        "social_group_certificate": ("社会团体法人登记证书", "a social group's registration certificate"),
        "organization_code": ("组织机构代码证", "an organisation code certificate"),
        "other_certificate": ("其他证件", "any other unit certificate"),
        **_PERSON_IDS,
    },
    "CertificateType11": {
        "temporary_resident_id": ("临时居民身份证", "the temporary resident identity card (individuals)"),
        "foreign_representative_office_certificate": (
            "外国（地区）企业常驻代表机构登记证", "a foreign enterprise's resident representative office certificate, "
                                                 "issued in the mainland"),
    },
    "Industry11": {"religion": ("宗教", "religious information; approval document 《互联网宗教信息服务许可证》")},
    "AttachmentType11": {
        "certificate_image": ("主体证件照片", "a colour photo or scan of the entity's certificate (for: entity)"),
        "id_image_front": ("证件正面照片", "the ID's front (身份证人像面) (for: a person)"),
        "id_image_back": ("证件背面照片", "the ID's back (身份证国徽面) (for: a person)"),
        "holding_id_photo": ("手持证件照", "a photo of the person holding his ID (for: a person)"),
        "holding_licence_photo": ("手持营业执照照片", "a photo of the person holding the licence (for: a person)"),
        "principal_photo": ("负责人核验照片", "the principal's verification photo (幕布照、人像照) (for: a person)"),
        "promise_video": ("承诺视频", "a commitment video"),
        "name_change_certificate": ("名称变更证明", "proof of the entity's renaming (准予变更登记通知书、工商更名函) "
                                                    "(for: entity)"),
        "establishment_approval": ("机构编制部门批复", "the establishment office's approval of a government or "
                                                       "public institution's website"),
        "public_institution_site_application": ("事业单位网站开办审核申请表", "Inner Mongolia's application form"),
        "gov_domain_review_form": ("政府网站域名业务审核表", "the government website domain review form"),
        "party_building_confirmation": ("党建确认函", "Xinjiang's party-building confirmation"),
        "tj_content_statement": ("天津地区互联网信息服务内容说明", "Tianjin's content statement"),
        "sh_commitment_letter": ("上海市互联网信息服务备案承诺书", "Shanghai's filing commitment letter"),
        "site_construction_plan": ("网站建设方案书", "the website (or mini-program) construction plan"),
        "site_situation_statement": ("网站情况说明书", "a sealed statement on the websites"),
        "domain_certificate": ("域名证书", "a domain certificate"),
        "access_contract": ("接入服务协议", "the access service contract with the provider"),
        "finance_commitment_letter": ("承诺书（金融）", "Guangdong's commitment to offer no financial service "
                                                       "before approval"),
        "no_pre_approval_commitment": ("不涉及前置审批承诺书", "a commitment that no pre-approval is needed"),
        "national_unit_proof": ("国家级单位证明函", "a national unit's sealed proof, for website names beginning "
                                                     "中国, 国家, …"),
        "employment_or_income_proof": ("工作证明或收入证明", "proof of work or income of a 16- or 17-year-old "
                                                           "(for: a person)"),
        "guardian_documents": ("监护人材料", "the guardian's ID and household register (for: a person)"),
    },
    "CallResult11": {"blocked": ("来电拦截", "the number blocks unknown callers, so the call could not get through")},
    "SmsResult": {
        "verified": ("核验完成", "the SMS verification is done"),
        "pending": ("等待核验", "the SMS was sent and awaits the answer"),
        "timeout": ("核验超时", "the answer did not come in time"),
        "failed": ("核验失败", "failed (wrong answers in a row)"),
    },
    "IdentityCheckResult": {
        "matched": ("核验通过", "the identity was confirmed"),
        "mismatch": ("姓名与证件号码不一致", "the name does not match the ID number"),
        "face_failed": ("人脸核验未通过", "the face check failed (not the person, or the liveness test)"),
        "pending": ("核验未完成", "the check is not finished"),
    },
    "RegistrationStatus": {
        "active": ("存续（在营、开业、在册）", "registered and operating"),
        "suspended": ("停业/歇业", "suspended"),
        "liquidating": ("清算", "in liquidation"),
        "revoked": ("吊销", "licence revoked"),
        "deregistered": ("注销", "deregistered"),
        "cancelled": ("撤销登记", "registration cancelled"),
        "moved_out": ("迁出", "moved to another registration authority"),
        "not_found": ("查无此主体", "no such subject in the registry"),
    },
    "RegistrationKind": {
        "company": ("公司/企业法人", "a company or other enterprise legal person"),
        "branch": ("分公司/分支机构", "a branch"),
        "individual_business": ("个体工商户", "an individual business"),
        "partnership": ("合伙企业", "a partnership"),
        "sole_proprietorship": ("个人独资企业", "a sole proprietorship"),
        "farmers_cooperative": ("农民专业合作社", "a farmers' cooperative"),
        "foreign_representative_office": ("外国企业常驻代表机构", "a foreign enterprise's representative office"),
        "other": ("其他", "any other kind"),
    },
    "RealNameStatus": {
        "verified": ("已实名认证", "the holder's real-name verification passed"),
        "pending": ("实名审核中", "the verification is under review"),
        "unverified": ("未实名认证", "not verified"),
    },
    "AppKind": {
        "app": ("移动APP", "a native APP (the 1.0 meaning of every entry)"),
        "mini_program": ("小程序", "a mini-program hosted by a platform (`platforms`: `wechat`, `douyin`, …)"),
        "quick_app": ("快应用", "a quick app"),
    },
}
"""Chinese term and meaning of every token that no vocabulary labels, by the model's Literal name."""


def literal_names() -> dict[Any, str]:
    """Each ``Literal`` type of the model by its name (``AttachmentType``)."""
    return {value: name for name, value in vars(model).items() if typing.get_origin(value) is typing.Literal}


def _members(type_: Any) -> list[Any]:
    if typing.get_origin(type_) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(type_) if m is not type(None)]
    return [type_]


def _is_token_type(type_: Any) -> bool:
    members = _members(type_)
    return bool(members) and all(typing.get_origin(m) is typing.Literal for m in members)


# -- walking the model ----------------------------------------------------------------------------------------

@attrs.frozen
class Row:
    """One field of one object: where it is and what it is."""

    owner: type
    field: attrs.Attribute[Any]
    type: Any

    @property
    def key(self) -> str:
        return json_key(self.field)


def objects() -> dict[type, list[str]]:
    """Every object class of the document, in reading order, with the paths it appears at (``""``: the root)."""
    found: dict[type, list[str]] = {}

    def visit(cls: type, path: str) -> None:  # the document is a tree: every path is visited once
        found.setdefault(cls, []).append(path)
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            for inner, suffix in _inner_objects(hints[field.name]):
                visit(inner, f"{path}.{json_key(field)}{suffix}".lstrip("."))

    visit(Filing, "")
    return found


def _inner_objects(type_: Any) -> Iterator[tuple[type, str]]:
    for member in _members(type_):
        if typing.get_origin(member) is tuple:
            (item, _ellipsis) = typing.get_args(member)
            if attrs.has(item):
                yield item, "[]"
        elif attrs.has(member):
            yield member, ""


def rows(cls: type) -> list[Row]:
    hints = typing.get_type_hints(cls)
    return [Row(cls, field, hints[field.name]) for field in attrs.fields(cls)]


def field_paths() -> dict[str, Row]:
    """Every field of the document by its path with list indexes as ``[]`` (``websites[].principal.mobile``)."""
    paths: dict[str, Row] = {}
    for cls, where in objects().items():
        for row in rows(cls):
            for base in where:
                paths[f"{base}.{row.key}".lstrip(".")] = row
    return paths


# -- what reads a field -----------------------------------------------------------------------------------------

_INDEX = re.compile(r"\[\d+\]")


def _generic(path: str) -> str:
    """A concrete path with its indexes as ``[]`` and no trailing index (``websites[0].domains[1]`` →
    ``websites[].domains``)."""
    generic = _INDEX.sub("[]", path)
    while generic.endswith("[]"):
        generic = generic[:-2]
    return generic


def readers() -> dict[str, list[str]]:
    """Rule codes by generic field path: the rules whose reasons point at the field, as their examples state.

    The paths a rule reports are the fields it judged; the fields its examples merely set (an order's status to
    reach audit mode, a whole registry document) would name nearly every rule for a few fields and say little.
    """
    found: dict[str, set[str]] = {}
    for rule in all_rules():
        for example in rule.examples:
            for path in example.paths or ():
                found.setdefault(_generic(path), set()).add(rule.code)
    return {path: sorted(codes) for path, codes in found.items()}


# -- rendering ----------------------------------------------------------------------------------------------------

_SCALAR_TEXT: dict[Any, str] = {
    str: "text", bool: "boolean", int: "whole number", _dt.date: "date", dict: "object (free-form)",
    model.Phone: "phone (text)", model.Province: "province", model.ServerRegion: "province or `outside_mainland`",
    model.CountryCode: "country code", model.DocumentPath: "path", model.Division: "division (code or name)",
    model.IpAddress: "IP address", model.Uscc: "USCC", model.NonEmptyText: "non-empty text",
    model.ByteCount: "whole number ≥ 0",
}


def type_text(type_: Any) -> str:
    """How the reference writes a field's type, with links to objects and token tables."""
    if _is_token_type(type_):
        names = literal_names()
        return "token: " + " · ".join(f"[`{names[m]}`](#{names[m].lower()})" for m in _members(type_))
    members = _members(type_)
    (member,) = members
    if typing.get_origin(member) is tuple:
        return "list of " + type_text(typing.get_args(member)[0])
    if typing.get_origin(member) is dict:
        return _SCALAR_TEXT[dict]
    if attrs.has(member):
        return f"object [`{member.__name__}`](#{member.__name__.lower()})"
    return _SCALAR_TEXT[member]


def _read_by(row: Row, where: list[str], known_rules: set[str], reading: dict[str, list[str]]) -> str:
    codes = sorted({code for base in where for code in reading.get(f"{base}.{row.key}".lstrip("."), ())})
    text = ", ".join(f"[`{code}`](rules.md#{code.lower()})" for code in codes)
    served = [code for code in row.field.metadata.get("serves", ()) if code not in codes]
    if served:
        shown = ", ".join(f"[`{c}`](rules.md#{c.lower()})" if c in known_rules else f"`{c}`" for c in served)
        text += ("; " if text else "") + "serves " + shown
    return text or "—"


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _object_section(cls: type, where: list[str], known_rules: set[str], reading: dict[str, list[str]]) -> list[str]:
    doc = _one_line(cls.__doc__ or "")
    shown_paths = ", ".join(f"`{p}`" for p in where) if where != [""] else "the document itself"
    lines = [f"### {cls.__name__}", "", f"At {shown_paths}. {doc}", "",
             "| key | type | since | meaning | read by |", "|---|---|---|---|---|"]
    for row in rows(cls):
        required = attrs.NOTHING is row.field.default
        kind = type_text(row.type) + (" — **required**" if required else "")
        default = row.field.default
        if not required and default not in (None, ()) and isinstance(default, str):
            kind += f" — absent: `{default}`"
        lines.append(f"| `{row.key}` | {kind} | {row.field.metadata.get('since', '1.0')} | "
                     f"{_one_line(row.field.metadata.get('meaning', ''))} | "
                     f"{_read_by(row, where, known_rules, reading)} |")
    return lines


def token_meaning(literal_name: str, token: str) -> tuple[str, str]:
    """(Chinese term, meaning) of one token of the model's Literal ``literal_name``."""
    vocabulary_name = _VOCABULARY_OF.get(literal_name)
    if vocabulary_name is not None:
        vocabulary = VOCABULARIES[vocabulary_name]
        assert isinstance(vocabulary, Vocabulary)
        en = label(vocabulary_name, token, "en")
        return label(vocabulary_name, token, "zh"), f"{en}: {vocabulary.terms[token].meaning}"
    return TOKEN_TERMS[literal_name][token]


def _token_section(name: str, literal: Any, used_at: list[str]) -> list[str]:
    since = "1.1" if name.endswith("11") or name in _NEW_IN_1_1 else "1.0"
    lines = [f"### {name}", "", f"Tokens of {', '.join(f'`{p}`' for p in used_at)} (format {since}).", "",
             "| token | 中文 | meaning |", "|---|---|---|"]
    for token in literal_tokens(literal):
        zh, meaning = token_meaning(name, token)
        lines.append(f"| `{token}` | {_one_line(zh)} | {_one_line(meaning)} |")
    return lines


# Enumerations that format 1.1 introduced (the `…11` ones add tokens to a 1.0 enumeration).
_NEW_IN_1_1 = frozenset({"FormatVersion", "SmsResult", "IdentityCheckResult", "RegistrationStatus",
                         "RegistrationKind", "RealNameStatus", "AppKind"})

_INTRO = """\
# The filing format

Generated from `beianrules/model.py` by `python -m beianrules.docs`; do not edit by hand. The JSON Schema of
the same document is `beianrules schema` (or `beianrules.json_schema()`).

This is the input of `beianrules.check` and `beianrules audit`: one filing order, or, with `order.status`
`approved`, an existing filing. Registry documents (the other filings a check compares with) have the same
format, one JSON document a line on the command line.

## Reading the format

- **Versions.** `format_version` is `"1.0"` (when absent) or `"1.1"`, as text. The library reads every field and
  token below whatever the document declares; the declaration is for older readers, which refuse the unknown key
  instead of checking less than the caller expects. Any other value, or a number, is an input error. A registry
  may mix 1.0 and 1.1 documents.
- **Absent and null are the same: "not given".** This holds for every field, lists and objects included
  (`"apps": null`, `"verification": null`, `"order.operation": null` → `submit`). A rule whose input is not
  given stays silent; it never rejects. Lists: absent, `null` and `[]` all mean none given — except
  `domain_details[].resolves_to`, where `[]` means "looked up, no address". Booleans: absent means not known;
  `false` is a statement.
- **Strict otherwise.** An unknown key is an error (a typo must not pass silently), except under `extensions`,
  which the library ignores. Tokens are case-sensitive strings; phones, codes and dates are text, never numbers
  (a number loses a leading zero). Every offending path is reported at once, with what was expected there.
- **Dates** are written year first: `2026-11-28` (also `2026/11/28`, `2026.11.28`, `2026年11月28日`,
  `20261128`); a `valid_until` may be `long_term` or `长期` for a document valid without end. Day-first forms are
  refused, never guessed. Inspections (`business_registration.retrieved_on`, `observed.checked_on`,
  `domain_details[].resolved_on`) may not be dated after `as_of`.
- **Provinces** (`order.province`, `ips[].region`): the two-letter code ({provinces}), the one-character
  abbreviation (`苏`), the two-digit GB/T 2260 prefix (`32`), the name (`江苏省`, `Jiangsu`) or the six-digit
  province code (`320000`); all are read as the two-letter code.
- **Paths inside the document** (`attachments[].for`, `verification.identity_checks[].person`) are written like
  report paths (`websites[0].principal`) and must name something the document has: `entity`, a person
  (`entity.principal`, `entity.legal_representative`, `websites[i].principal`, `apps[i].principal`) or a service
  (`websites[i]`, `apps[i]`).
- **Nationality and place of issue** (`nationality`, `entity.certificate.issued_in`): `CN` mainland China; `HK`,
  `MO`, `TW`; any other officially assigned ISO 3166-1 alpha-2 code is that country. Lower case is accepted. A
  nationality must agree with the person's ID type (`resident_id` → `CN`, `hk_macao_permit` → `HK` or `MO`,
  `taiwan_permit` → `TW`, `residence_permit` → `HK`, `MO` or `TW`, `foreign_permanent_residence` → a foreign
  code, `passport` → any).
- **Regions** (`entity.region`): six-digit GB/T 2260 codes as text or names, resolved with python-stdnum's
  division table (current and former names); a city shares its province's first two digits, a district its
  city's first four; the region must lie in `order.province`.
- **Privacy.** A report may show a value of the checked document, or of the checked entity's own filings in the
  registry. A value from another entity's filing is never shown — at most "another entity's filing".

## The report

`check` returns `ok` (no reason of severity `error`), `order_id`, `province`, `as_of` (the day used) and
`reasons`, ordered by path then code. A reason has a stable `code` (`beianrules rules`, [rules.md](rules.md)),
a `kind` ({kinds}), a `severity` ({severities}), `paths` into the document (`websites[0].principal.mobile`), a
`message` and a `remedy` in `zh` and `en`, the `province` whose rule fired (`null`: national) and its `evidence`
(raw tokens and values). Input that does not fit this format is not a report but an input error naming every
offending path.

## Objects

Each object below lists its keys; "read by" names the rules whose reasons point at the field (as their examples
state) and, for fields added in 1.1, the catalog rows the field serves (FORMAT 1.1; rows whose rule is not
declared yet are shown without a link)."""


def render_format() -> str:
    """``docs/format.md``."""
    from beianrules.vocabulary import RULE_KIND, SEVERITY
    intro = _INTRO.format(provinces=" ".join(PROVINCE_CODES),
                          kinds=" · ".join(f"`{t}`" for t in RULE_KIND.tokens),
                          severities=" · ".join(f"`{t}`" for t in SEVERITY.tokens))
    known_rules = {rule.code for rule in all_rules()}
    reading = readers()
    lines = [intro]
    found = objects()
    for cls, where in found.items():
        lines += [""] + _object_section(cls, where, known_rules, reading)
    lines += ["", "## Tokens", "", "Every enumeration of the document, with the fields that use it."]
    used_at: dict[str, list[str]] = {}
    for path, row in field_paths().items():
        for member in _members(row.type):
            item = typing.get_args(member)[0] if typing.get_origin(member) is tuple else member
            if typing.get_origin(item) is typing.Literal:
                used_at.setdefault(literal_names()[item], []).append(path)
    for literal, name in literal_names().items():
        if name in used_at:
            lines += [""] + _token_section(name, literal, used_at[name])
    return "\n".join(lines) + "\n"
