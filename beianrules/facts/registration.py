"""Facts for the format-1.1 rows about the business-registration snapshot and the entity's certificate
(FORMAT 1.1 groups B, H, I).

``entity.business_registration`` is the checked document's own snapshot of the entity's public record; a
registry document's snapshot is never read ("rules use the checked document's snapshot only"). Names and
addresses are compared by their *registry key*: W5's name key (NFKC — which unifies full- and half-width
brackets, ``（`` → ``(`` — white space removed, Latin letters case-folded, name separators read as ``·``)
after W5's hyphens are read as ``-``; brackets and their content are kept. One fact per finding (W15):

- ``registration_abnormal`` — one per clause of ENTITY_STATUS_ABNORMAL: a ``status`` other than
  ``active``, an ``on_abnormal_list`` that is ``true``.
- ``registered_name`` — a unit's ``entity.name`` against ``business_registration.name``, both given:
  whether their keys differ and whether ``entity.name`` is one of ``former_names`` (the unit was renamed).
- ``registered_address`` — a unit's ``entity.certificate.address`` against ``business_registration.address``.
- ``individual_business_form`` — one per clause of the bureau's ``individual_business_form`` that a
  registered 个体工商户 (``kind`` ``individual_business``) breaks.
- ``region_mismatch`` — ``entity.mailing_address`` names, in its leading text, a province, prefecture or
  district other than the selected ``entity.region``'s (the most general level that differs).
- ``name_and_certificate_change`` — a ``change`` order whose entity name and certificate number both differ
  from every approved filing the registry holds under the order's ``entity.filing_number``, with the
  allowances' inputs (the filed name among ``former_names``; a ``name_change_certificate`` for ``entity``).
  The filed name and number are never put in the fact.
"""

from __future__ import annotations

import re

from beianrules import _region_data, divisions
from beianrules.facts.context import Context
from beianrules.facts.entity import former_name_listed, is_approved
from beianrules.facts.schema import DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.standing import has_attachment_for
from beianrules.finding import Fact
from beianrules.model import Filing, Region
from beianrules.provinces._schema import ProvinceParameters
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.reference.text import contains, name_key, nfkc, normalise_hyphens
from beianrules.regions import address_prefecture, address_province, prefecture_name
from beianrules.registry import Registry, normalise_id

KINDS = (
    FactKind("registration_abnormal", "One way the business registration snapshot shows the entity is not in "
             "normal standing.", {
                 "path": PATH, "problem": token("registration_abnormality"), "status": token("registration_status"),
                 "retrieved_on": DATE,
             }),
    FactKind("registered_name", "A unit's `entity.name` against the name in its business registration snapshot.", {
        "path": PATH, "registry_path": PATH, "name": TEXT, "registered_name": TEXT, "retrieved_on": DATE,
        "differs": FLAG, "case": token("registry_name_case"),
    }),
    FactKind("registered_address", "A unit's certificate address against the address in its business registration "
             "snapshot.", {
                 "path": PATH, "registry_path": PATH, "address": TEXT, "registered_address": TEXT,
                 "retrieved_on": DATE, "differs": FLAG,
             }),
    FactKind("individual_business_form", "One clause of the bureau's form for a 个体工商户 that the order breaks.", {
        "path": PATH, "problem": token("individual_business_problem"), "entity_type": token("entity_type"),
        "expected_name": TEXT, "operator": TEXT, "remark_words": TEXT, "province": token("province"),
    }),
    FactKind("region_mismatch", "The mailing address names a place outside the selected `entity.region`.", {
        "path": PATH, "region_path": PATH, "level": token("region_level"), "named": TEXT, "selected": TEXT,
    }),
    FactKind("name_and_certificate_change", "A change order altering both the entity name and the certificate "
             "number of the entity's filing (matched by `entity.filing_number`).", {
                 "path": PATH, "certificate_path": PATH, "filing_number": TEXT, "former_name_listed": FLAG,
                 "name_change_certificate": FLAG,
             }),
)


def facts(ctx: Context) -> list[Fact]:
    filing, params = ctx.filing, ctx.params
    registry = ctx.registry if ctx.registry is not None and len(ctx.registry) else None
    return [
        *_abnormal(filing),
        *_registered_name(filing),
        *_registered_address(filing),
        *_individual_business(filing, params),
        *_region_mismatch(filing),
        *(_name_and_certificate_change(filing, registry) if registry is not None else ()),
    ]


def registry_key(text: str | None) -> str | None:
    """The registry key of a name or address (module docstring); None when blank."""
    return name_key(normalise_hyphens(text)) if text is not None else None


_SNAPSHOT = "entity.business_registration"


# -- ENTITY_STATUS_ABNORMAL ----------------------------------------------------------------------


def _abnormal(filing: Filing) -> list[Fact]:
    snapshot = filing.entity.business_registration
    if snapshot is None:
        return []
    found = []
    retrieved_on = snapshot.retrieved_on.isoformat()
    if snapshot.status is not None and snapshot.status != "active":
        found.append({"kind": "registration_abnormal", "ref": f"{_SNAPSHOT}.status:abnormal",
                      "path": f"{_SNAPSHOT}.status", "problem": "status", "status": snapshot.status,
                      "retrieved_on": retrieved_on})
    if snapshot.on_abnormal_list is True:
        found.append({"kind": "registration_abnormal", "ref": f"{_SNAPSHOT}.on_abnormal_list:abnormal",
                      "path": f"{_SNAPSHOT}.on_abnormal_list", "problem": "abnormal_list",
                      "retrieved_on": retrieved_on})
    return found


# -- ENTITY_NAME_REGISTRY_MISMATCH ---------------------------------------------------------------


def _registered_name(filing: Filing) -> list[Fact]:
    entity, snapshot = filing.entity, filing.entity.business_registration
    if entity.type == "individual" or snapshot is None:
        return []
    ours, theirs = registry_key(entity.name), registry_key(snapshot.name)
    if ours is None or theirs is None or snapshot.name is None:
        return []
    former = {registry_key(name) for name in snapshot.former_names} - {None}
    return [{
        "kind": "registered_name", "ref": "entity.name:registered", "path": "entity.name",
        "registry_path": f"{_SNAPSHOT}.name", "name": entity.name.strip(), "registered_name": snapshot.name.strip(),
        "retrieved_on": snapshot.retrieved_on.isoformat(), "differs": ours != theirs,
        "case": "renamed" if ours in former else "differs",
    }]


# -- ENTITY_CERT_ADDRESS_MISMATCH ----------------------------------------------------------------


def _registered_address(filing: Filing) -> list[Fact]:
    entity, snapshot = filing.entity, filing.entity.business_registration
    certificate = entity.certificate
    if entity.type == "individual" or snapshot is None or certificate is None:
        return []
    ours, theirs = registry_key(certificate.address), registry_key(snapshot.address)
    if ours is None or theirs is None or certificate.address is None or snapshot.address is None:
        return []
    return [{
        "kind": "registered_address", "ref": "entity.certificate.address:registered",
        "path": "entity.certificate.address", "registry_path": f"{_SNAPSHOT}.address",
        "address": certificate.address.strip(), "registered_address": snapshot.address.strip(),
        "retrieved_on": snapshot.retrieved_on.isoformat(), "differs": ours != theirs,
    }]


# -- ENTITY_INDIVIDUAL_BUSINESS_FORM -------------------------------------------------------------

OPERATOR_NAME_SUFFIX = "（个体工商户）"


def _individual_business(filing: Filing, params: ProvinceParameters) -> list[Fact]:
    entity, snapshot = filing.entity, filing.entity.business_registration
    clauses = set(params.individual_business_form.value)
    if snapshot is None or snapshot.kind != "individual_business" or not clauses:
        return []
    operator = snapshot.legal_representative.strip() if snapshot.legal_representative else None
    no_trade_name = snapshot.has_trade_name is False
    found: list[Fact] = []

    def breaks(problem: str, path: str, **extra: object) -> None:
        found.append({"kind": "individual_business_form", "ref": f"{path}:individual_business:{problem}",
                      "path": path, "problem": problem, "province": params.code, **extra})

    if "enterprise" in clauses and entity.type != "enterprise":
        breaks("enterprise", "entity.type", entity_type=entity.type)
    if "operator_name" in clauses and no_trade_name and operator:
        expected = operator + OPERATOR_NAME_SUFFIX
        if registry_key(entity.name) != registry_key(expected):
            breaks("operator_name", "entity.name", expected_name=expected)
    if "seal" in clauses and entity.has_seal is False:
        breaks("seal", "entity.has_seal")
    if "operator_principal" in clauses and operator:
        principal = name_key(entity.principal.name)
        if principal is not None and principal != name_key(operator):
            breaks("operator_principal", "entity.principal.name", operator=operator)
    if "personal" in clauses and no_trade_name and entity.type != "individual":
        breaks("personal", "entity.type", entity_type=entity.type)
    if "remark" in clauses and no_trade_name:
        words = params.individual_business_remark.value
        remark = entity.remark or ""
        if not remark.strip():
            breaks("remark", "entity.remark")
        elif words and not all(contains(remark, word) for word in words):
            breaks("remark_words", "entity.remark", remark_words="、".join(words))
    return found


# -- ENTITY_MAILING_ADDRESS_OUTSIDE_REGION (and ENTITY_ADDRESS_CROSS_CITY's fallback) ---------------

_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
_COUNTRY = re.compile(r"^(?:中华人民共和国|中国)")
_PREFECTURE_SUFFIXES = ("地区", "盟", "市")


def _gb_of(region: Region) -> str | None:
    for code in (region.province, region.city, region.district):
        if code is not None:
            return code[:2]
    return None


def region_prefecture(region: Region | None) -> str | None:
    """The prefecture of ``entity.region`` as :func:`beianrules.regions.address_prefecture` writes it, or None.

    A municipality is its own prefecture (``110000``); a county-level unit directly under the province
    (``XX90ZZ``) is one, so a city part ``XX9000`` places nothing without its district; a code the current
    prefecture table does not hold (a former prefecture) places nothing.
    """
    if region is None:
        return None
    city, district = region.city, region.district
    code: str | None
    if city is not None:
        if city[:2] in _MUNICIPALITIES:
            code = city[:2] + "0000"
        elif city[2:4] == "90":
            code = district if district is not None and district[:4] == city[:4] else None
        else:
            code = city
    elif district is not None:
        if district[:2] in _MUNICIPALITIES:
            code = district[:2] + "0000"
        else:
            code = district if district[2:4] == "90" else district[:4] + "00"
    else:
        return None
    return code if code is not None and prefecture_name(code) is not None else None


def _text(address: str) -> str:
    """An address as the place look-ups read it: NFKC, white space removed, a leading 中国 dropped."""
    return _COUNTRY.sub("", "".join(c for c in nfkc(address) if not c.isspace()))


def _names(code: str) -> list[str]:
    return [name for name, _current in _region_data.divisions().get(code, ())
            if name not in _region_data.PLACEHOLDER_NAMES]


def _after(text: str, names: list[str]) -> str | None:
    """``text`` after the longest of ``names`` it starts with, or None."""
    starts = [name for name in names if name and text.startswith(name)]
    return text[len(max(starts, key=len)):] if starts else None


def _province_openings(gb: str) -> list[str]:
    province = next(p for p in PROVINCE_NAMES.values() if p.gb_code == gb)
    openings = [province.name_zh, province.short_zh, *_names(gb + "0000")]
    if gb not in _MUNICIPALITIES:
        openings.append(province.short_zh + "省")
    return openings


def _prefecture_forms(code: str) -> list[str]:
    names = _names(code)
    shorts = [name[: -len(suffix)] for name in names for suffix in _PREFECTURE_SUFFIXES
              if name.endswith(suffix) and len(name) - len(suffix) >= 2]
    return [*names, *shorts]


def _named_district(text: str, gb: str, prefecture: str) -> list[str] | None:
    """The county-level codes whose name (current or former) the address names right after its province and
    prefecture, or None when it names none there."""
    rest = _after(text, _province_openings(gb))
    rest = text if rest is None else rest
    if gb not in _MUNICIPALITIES:
        rest = _after(rest, _prefecture_forms(prefecture))
        if rest is None:
            return None
        within = prefecture[:4]
    else:
        within = gb
    districts = {code: _names(code) for code in _region_data.divisions()
                 if code.startswith(within) and divisions.level_of(code) == "district"}
    matched = _after(rest, [name for names in districts.values() for name in names])
    if matched is None:
        return None
    name = rest[: len(rest) - len(matched)]
    return [code for code, names in districts.items() if name in names]


def _region_mismatch(filing: Filing) -> list[Fact]:
    entity = filing.entity
    region, mailing = entity.region, entity.mailing_address
    if region is None or mailing is None or not mailing.strip():
        return []
    gb = _gb_of(region)
    province = address_province(mailing)
    if gb is None or province is None:
        return []  # the address names no province the look-ups can place: silent

    def mismatch(level: str, part: str, named: str | None, selected: str | None) -> list[Fact]:
        return [{"kind": "region_mismatch", "ref": "entity.mailing_address:region", "path": "entity.mailing_address",
                 "region_path": f"entity.region.{part}", "level": level, "named": named, "selected": selected}]

    given = [part for part in ("province", "city", "district") if getattr(region, part) is not None]
    if PROVINCE_NAMES[province].gb_code != gb:
        return mismatch("province", given[0], PROVINCE_NAMES[province].name_zh, divisions.name_of(gb + "0000"))
    prefecture = address_prefecture(mailing)
    selected = region_prefecture(region)
    if prefecture is None or selected is None:
        return []
    if prefecture != selected:
        part = "city" if region.city is not None else "district"
        return mismatch("city", part, prefecture_name(prefecture), prefecture_name(selected))
    district = region.district
    if district is None or (gb not in _MUNICIPALITIES and district[2:4] == "90"):
        return []
    named = _named_district(_text(mailing), gb, prefecture)
    if named is None or district in named:
        return []
    return mismatch("district", "district", divisions.name_of(named[0]), divisions.name_of(district))


# -- ENTITY_NAME_AND_CERT_CHANGED ----------------------------------------------------------------


def _name_and_certificate_change(filing: Filing, registry: Registry) -> list[Fact]:
    entity = filing.entity
    number = (entity.filing_number or "").strip()
    certificate = normalise_id(entity.certificate.number) if entity.certificate else None
    name = registry_key(entity.name)
    if filing.order.type != "change" or not number or certificate is None or name is None:
        return []
    filed = [e.filing for e in registry.by_entity_number(number) if is_approved(e)]
    names = {registry_key(f.entity.name) for f in filed} - {None}
    numbers = {normalise_id(f.entity.certificate.number) for f in filed if f.entity.certificate} - {None}
    if not names or not numbers or name in names or certificate in numbers:
        return []
    return [{
        "kind": "name_and_certificate_change", "ref": "entity:name_and_certificate_change", "path": "entity.name",
        "certificate_path": "entity.certificate.number", "filing_number": number,
        "former_name_listed": former_name_listed(filing, filed),
        "name_change_certificate": has_attachment_for(filing, "name_change_certificate", "entity"),
    }]
