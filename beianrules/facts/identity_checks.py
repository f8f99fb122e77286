"""Facts for the wave-1a identity and entity rows (REASONS-WAVE1, table 1a).

One fact per finding the rows report (W15), each carrying the path it names:

- ``id_validity_window`` — a principal's ID (W7 principals, any ID type) that has
  not expired at the check day ``D`` and whose remaining validity is measured at
  the bureau day ``R`` (W4: ``order.submitted_to_authority_on`` for an order in
  ``authority_review``, unknown when absent; ``D`` otherwise). Not built when
  ``valid_until`` is not given or long-term (长期), already before ``D``
  (ID_EXPIRED's), or ``R`` is unknown. The entity certificate is not a person's ID
  document here (ID_VALIDITY_UNDER_3_MONTHS).
- ``id_number_check`` — a number ID_NUMBER_INVALID judges, with the W8 problem
  found: a ``resident_id`` number (principals', or the certificate's when its
  type is ``resident_id``) other than a 15-digit one; a resident-ID-shaped number
  with no type given (principals' ID documents, an individual filer's
  certificate) or the legal representative's ``id_number``; a USCC-shaped number
  on a unit certificate.
- ``filer_id_type`` — an individual filer's certificate type and principal ID
  type, flagged for the ID types the GD and HE rows refuse; under 1.1 also
  flagged when the principal's ``nationality`` is HK or MO and the type is a
  person ID other than ``residence_permit`` (ID_HMT_DOCS).
- ``filer_nationality`` — an individual filer's principal whose ``nationality``
  is foreign (:func:`beianrules.facts.standing.foreign`), when neither ID type
  already says so (ID_FOREIGN_PERSONAL).
- ``licence_number`` — a unit's ``business_license`` number: USCC-shaped or not,
  whether the bureau accepts an old licence for this order type
  (``old_licence_order_types``), and — with the document's own
  ``business_registration.uscc`` — whether a valid USCC differs from it and
  whether the bureau requires the newest licence (``latest_licence_order_types``,
  LICENCE_NOT_LATEST).
- ``mailing_address_issue`` — one per way ``entity.mailing_address`` falls short
  of a detailed address (shorthand, no door marker, a word the bureau refuses:
  ``mailing_address_forbidden``).
- ``address_places`` — a unit's mailing and certificate addresses placed by
  prefecture (W12, :func:`beianrules.regions.address_prefecture`) and province;
  a flag is left out when either side is unknown. Where the mailing address's
  text names no prefecture, ``entity.region.city`` places it (FORMAT 1.1).
- ``entity_nature_mismatch`` — one per clause by which ``entity.type``
  contradicts the certificate type, the name or the USCC's kind code.
"""

from __future__ import annotations

import datetime as _dt
import re

from beianrules.facts.context import Context, bureau_day
from beianrules.facts.registration import region_prefecture
from beianrules.facts.schema import DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.standing import foreign
from beianrules.finding import Fact
from beianrules.model import LONG_TERM, Filing, date_text
from beianrules.provinces._schema import ProvinceParameters
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.reference.days import add_months, fewer_months_remain
from beianrules.reference.idnumbers import (
    id_key,
    is_person_id,
    is_unit_certificate,
    resident_id_problem,
    uscc_problem,
)
from beianrules.reference.text import contains, name_key, normalise_hyphens
from beianrules.regions import address_prefecture, address_province, prefecture_name
from beianrules.registry import principals

KINDS = (
    FactKind("id_validity_window", "A principal's ID not yet expired: its remaining validity at the bureau day (W4).", {
        "path": PATH, "valid_until": DATE, "bureau_day": DATE, "three_months_after": DATE,
        "under_three_months": FLAG,
    }),
    FactKind("id_number_check", "A number ID_NUMBER_INVALID judges, and what is wrong with it (W8).", {
        "path": PATH, "number": TEXT, "invalid": FLAG, "problem": token("id_number_problem"),
    }),
    FactKind("filer_id_type", "An individual filer's certificate or principal ID type, for the ID-type rows.", {
        "path": PATH, "hk_macao_permit": FLAG, "foreign_permanent_residence": FLAG, "hmt_other_id": FLAG,
        "nationality": TEXT, "hmt_problem": token("hmt_filer_id"), "foreign_problem": token("foreign_filer"),
    }),
    FactKind("filer_nationality", "An individual filer's principal whose nationality is foreign.", {
        "path": PATH, "nationality": TEXT, "foreign": FLAG, "foreign_problem": token("foreign_filer"),
    }),
    FactKind("licence_number", "A unit's business-licence number: whether it is USCC-shaped (W8).", {
        "path": PATH, "number": TEXT, "uscc_shaped": FLAG, "old_licence_accepted": FLAG,
        "problem": token("licence_number_problem"), "registry_path": PATH, "registered_uscc": TEXT,
        "retrieved_on": DATE, "latest_licence_required": FLAG, "province": token("province"),
    }),
    FactKind("mailing_address_issue", "One way `entity.mailing_address` falls short of a detailed address.", {
        "path": PATH, "remark_path": PATH, "problem": token("mailing_address_problem"), "shorthand": TEXT,
        "words": TEXT,
    }),
    FactKind("address_places", "A unit's mailing and certificate addresses, by prefecture (W12) and province.", {
        "path": PATH, "certificate_path": PATH, "region_path": PATH, "prefecture_differs": FLAG,
        "province_differs": FLAG, "mailing_place": TEXT, "certificate_place": TEXT,
    }),
    FactKind("entity_nature_mismatch", "One clause by which `entity.type` contradicts the certificate or name.", {
        "path": PATH, "type_path": PATH, "problem": token("entity_nature_problem"), "heuristic": FLAG,
        "entity_type": token("entity_type"), "uscc_prefix": TEXT,
    }),
)


def facts(ctx: Context) -> list[Fact]:
    filing, params, as_of = ctx.filing, ctx.params, ctx.as_of
    return ctx.built((
        (("id_validity_window",), lambda: _validity_windows(filing, as_of)),
        (("id_number_check",), lambda: _id_numbers(filing, as_of)),
        (("filer_id_type",), lambda: _filer_id_types(filing)),
        (("filer_nationality",), lambda: _filer_nationality(filing)),
        (("licence_number",), lambda: _licence_number(filing, params)),
        (("mailing_address_issue",), lambda: _mailing_address(filing, params)),
        (("address_places",), lambda: _address_places(filing, params)),
        (("entity_nature_mismatch",), lambda: _nature_mismatches(filing)),
    ))


# -- ID_VALIDITY_UNDER_3_MONTHS ------------------------------------------------------------------


def _validity_windows(filing: Filing, as_of: _dt.date) -> list[Fact]:
    day = bureau_day(filing, as_of)
    if day is None:
        return []
    found = []
    for path, _role, person in principals(filing):
        doc = person.id_document
        valid_until = doc.valid_until if doc is not None else None
        if valid_until is None or valid_until == LONG_TERM or valid_until < as_of:
            continue  # not given, never expires, or already ID_EXPIRED's
        try:
            bound = add_months(day, 3).isoformat()
        except OverflowError:
            bound = None
        found.append({
            "kind": "id_validity_window",
            "ref": f"{path}.id_document.valid_until:window",
            "path": f"{path}.id_document.valid_until",
            "valid_until": date_text(valid_until),
            "bureau_day": day.isoformat(),
            "three_months_after": bound,
            "under_three_months": fewer_months_remain(valid_until, day, 3),
        })
    return found


# -- ID_NUMBER_INVALID ---------------------------------------------------------------------------

_RESIDENT_PROBLEM = {
    "shape": "resident_shape", "check_digit": "resident_check_digit", "birth_date": "resident_birth_date",
    "province_code": "resident_province_code",
}
_FIRST_GENERATION = re.compile(r"[0-9]{15}")
_RESIDENT_SHAPE = re.compile(r"[0-9]{17}[0-9X]")


def _judged(path: str, number: str | None, as_of: _dt.date, reading: str) -> Fact | None:
    """The ``id_number_check`` of one number, or None when ID_NUMBER_INVALID does not judge it.

    ``reading``: ``resident_id`` — a number typed as a resident ID, judged in full except a
    first-generation 15-digit number (a); ``untyped`` — a person ID with no type, or the legal
    representative's number, judged only when it has the resident-ID shape (b); ``unit`` — a unit
    certificate number, judged only when it has the USCC shape (c).
    """
    key = id_key(number)
    if number is None or key is None:
        return None
    problem: str | None
    if reading == "unit":
        found = uscc_problem(key)
        if found == "shape":
            return None
        problem = "uscc_check_digit" if found == "check_digit" else None
    else:
        if reading == "resident_id" and _FIRST_GENERATION.fullmatch(key):
            return None
        if reading == "untyped" and not _RESIDENT_SHAPE.fullmatch(key):
            return None
        resident = resident_id_problem(key, as_of)
        problem = _RESIDENT_PROBLEM[resident] if resident is not None else None
    return {"kind": "id_number_check", "ref": f"{path}:check", "path": path, "number": number.strip(),
            "invalid": problem is not None, "problem": problem}


def _id_numbers(filing: Filing, as_of: _dt.date) -> list[Fact]:
    entity = filing.entity
    judged = []
    for path, _role, person in principals(filing):
        doc = person.id_document
        if doc is not None and doc.type in (None, "resident_id"):  # other ID types are not judged
            judged.append(_judged(f"{path}.id_document.number", doc.number, as_of, doc.type or "untyped"))
    cert = entity.certificate
    if cert is not None:
        # A certificate without a type is a person ID only for an individual filer (FORMAT: individuals
        # file with a person ID); for a unit it is neither kind, and not judged.
        reading = ("resident_id" if cert.type == "resident_id"
                   else "untyped" if cert.type is None and entity.type == "individual"
                   else "unit" if is_unit_certificate(cert.type) else None)
        if reading is not None:
            judged.append(_judged("entity.certificate.number", cert.number, as_of, reading))
    rep = entity.legal_representative
    if rep is not None:
        judged.append(_judged("entity.legal_representative.id_number", rep.id_number, as_of, "untyped"))
    return [fact for fact in judged if fact is not None]


# -- ID_HMT_DOCS (GD), ID_FOREIGN_PERSONAL (HE) ---------------------------------------------------


_PERSON_ID_TYPES = frozenset({"resident_id", "temporary_resident_id", "passport", "hk_macao_permit", "taiwan_permit",
                              "foreign_permanent_residence", "residence_permit"})


def _filer_types(filing: Filing) -> list[tuple[str, str]]:
    entity = filing.entity
    doc = entity.principal.id_document
    return [(path, id_type) for path, id_type in (
        ("entity.certificate.type", entity.certificate.type if entity.certificate else None),
        ("entity.principal.id_document.type", doc.type if doc else None)) if id_type is not None]


def _filer_id_types(filing: Filing) -> list[Fact]:
    entity = filing.entity
    if entity.type != "individual":
        return []
    nationality = entity.principal.nationality
    hong_kong_or_macao = nationality in ("HK", "MO")
    found = []
    for path, id_type in _filer_types(filing):
        travel_permit = id_type == "hk_macao_permit"
        # 1.1: a Hong Kong or Macao principal with any person ID but the residence permit (the travel permit is
        # the 1.0 clause's).
        other = hong_kong_or_macao and id_type in _PERSON_ID_TYPES and id_type not in ("residence_permit",
                                                                                       "hk_macao_permit")
        card = id_type == "foreign_permanent_residence"
        found.append({"kind": "filer_id_type", "ref": path, "path": path,
                      "hk_macao_permit": travel_permit,
                      "foreign_permanent_residence": card,
                      "hmt_other_id": other,
                      "nationality": nationality if other else None,
                      "hmt_problem": "travel_permit" if travel_permit else "other_id" if other else None,
                      "foreign_problem": "permanent_residence_card" if card else None})
    return found


def _filer_nationality(filing: Filing) -> list[Fact]:
    """ID_FOREIGN_PERSONAL under 1.1: the principal's ``nationality`` says he is foreign, and no ID type
    (``foreign_permanent_residence``, the 1.0 clause) already said so."""
    entity = filing.entity
    principal = entity.principal
    if entity.type != "individual" or principal.nationality is None:
        return []
    if any(id_type == "foreign_permanent_residence" for _path, id_type in _filer_types(filing)):
        return []
    is_foreign = foreign(principal)
    return [{"kind": "filer_nationality", "ref": "entity.principal.nationality:filer",
             "path": "entity.principal.nationality", "nationality": principal.nationality, "foreign": is_foreign,
             "foreign_problem": "foreign_nationality" if is_foreign else None}]


# -- ENTITY_CERT_NUMBER_NOT_USCC ----------------------------------------------------------------


def _licence_number(filing: Filing, params: ProvinceParameters) -> list[Fact]:
    entity, cert = filing.entity, filing.entity.certificate
    if entity.type == "individual" or cert is None or cert.type != "business_license":
        return []
    key = id_key(cert.number)
    if cert.number is None or key is None:
        return []
    problem = uscc_problem(key)
    shaped = problem != "shape"
    snapshot = entity.business_registration
    registered = str(snapshot.uscc) if snapshot is not None and snapshot.uscc is not None else None
    # LICENCE_NOT_LATEST: an old number while the snapshot gives the unit's USCC, on an order type the bureau
    # names; always True or False, so that ENTITY_CERT_NUMBER_NOT_USCC keeps every 1.0 verdict.
    latest = not shaped and registered is not None and filing.order.type in params.latest_licence_order_types.value
    differs = problem is None and registered is not None and key != registered
    return [{
        "kind": "licence_number",
        "ref": "entity.certificate.number:licence",
        "path": "entity.certificate.number",
        "number": cert.number.strip(),
        "uscc_shaped": shaped,
        "old_licence_accepted": filing.order.type in params.old_licence_order_types.value,
        "problem": "not_uscc" if not shaped else "registry_differs" if differs else None,
        "registry_path": "entity.business_registration.uscc" if latest or differs else None,
        "registered_uscc": registered if latest or differs else None,
        "retrieved_on": snapshot.retrieved_on.isoformat() if snapshot is not None and (latest or differs) else None,
        "latest_licence_required": latest,
        "province": params.code if latest else None,
    }]


# -- ENTITY_MAILING_ADDRESS_NOT_DETAILED --------------------------------------------------------

_SHORTHAND = re.compile(r"[0-9]+-[0-9]+-[0-9]+")
DOOR_MARKERS = ("号", "室", "栋", "幢", "座", "单元", "楼", "层", "户", "组", "门")
DETAIL_REMARKS = ("最详细", "无门牌", "没有门牌")


def _compact_address(text: str) -> str:
    """W5 for the mailing-address row: NFKC, white space removed, hyphens read as ``-``."""
    return "".join(character for character in normalise_hyphens(text) if not character.isspace())


def _mailing_address(filing: Filing, params: ProvinceParameters) -> list[Fact]:
    text = filing.entity.mailing_address
    if text is None or not text.strip():
        return []
    address = _compact_address(text)
    path = "entity.mailing_address"
    found: list[Fact] = []
    shorthand = _SHORTHAND.search(address)
    if shorthand is not None:
        found.append({"kind": "mailing_address_issue", "ref": f"{path}:shorthand", "path": path,
                      "problem": "shorthand", "shorthand": shorthand.group()})
    remark = filing.entity.remark or ""
    if not any(marker in address for marker in DOOR_MARKERS) and not any(contains(remark, w) for w in DETAIL_REMARKS):
        found.append({"kind": "mailing_address_issue", "ref": f"{path}:no_door_number", "path": path,
                      "remark_path": "entity.remark", "problem": "no_door_number"})
    words = [word for word in params.mailing_address_forbidden.value if contains(address, word)]
    if words:
        found.append({"kind": "mailing_address_issue", "ref": f"{path}:forbidden_word", "path": path,
                      "problem": "forbidden_word", "words": "、".join(words)})
    return found


# -- ENTITY_ADDRESS_CROSS_CITY -------------------------------------------------------------------


def _differs(a: str | None, b: str | None) -> bool | None:
    return None if a is None or b is None else a != b


def _address_places(filing: Filing, params: ProvinceParameters) -> list[Fact]:
    entity = filing.entity
    mailing = entity.mailing_address
    certificate = entity.certificate.address if entity.certificate else None
    if entity.type == "individual" or not (mailing and mailing.strip()) or not (certificate and certificate.strip()):
        return []
    prefectures = address_prefecture(mailing), address_prefecture(certificate)
    provinces = address_province(mailing), address_province(certificate)
    scope = params.address_same.value
    region_path = None
    if prefectures[0] is None and entity.region is not None and entity.region.city is not None:
        # FORMAT 1.1: the mailing address's text names no prefecture; the selected region's city places it.
        selected = region_prefecture(entity.region)
        if selected is not None:
            prefectures = selected, prefectures[1]
            region_path = "entity.region.city" if scope == "city" else None
    if scope == "city":
        places = tuple(prefecture_name(code) if code else None for code in prefectures)
    elif scope == "province":
        places = tuple(PROVINCE_NAMES[code].name_zh if code else None for code in provinces)
    else:
        places = (None, None)
    return [{
        "kind": "address_places",
        "ref": "entity.mailing_address:places",
        "path": "entity.mailing_address",
        "certificate_path": "entity.certificate.address",
        "region_path": region_path,
        "prefecture_differs": _differs(*prefectures),
        "province_differs": _differs(*provinces),
        "mailing_place": places[0],
        "certificate_place": places[1],
    }]


# -- ENTITY_NATURE_MISMATCH ----------------------------------------------------------------------

# GB 32100 positions 1–2 that name organs (11), public institutions (12), trade unions (13), other
# organ-registered units (19) and civil-affairs registrations (51 social groups, 52 private
# non-enterprise units, 53 foundations, 59 other): no enterprise holds them.
_NOT_ENTERPRISE_PREFIXES = frozenset({"11", "12", "13", "19", "51", "52", "53", "59"})
# Units that never register with market regulation (first character 9: enterprises, 个体工商户, cooperatives).
_NOT_MARKET_TYPES = frozenset({"government", "public_institution", "social_group", "private_non_enterprise",
                               "foundation"})


def _uscc_contradicts(entity_type: str, key: str) -> bool:
    if entity_type == "enterprise":
        return key[:2] in _NOT_ENTERPRISE_PREFIXES
    if entity_type in _NOT_MARKET_TYPES:
        return key[0] == "9" and key[:2] != "92"  # 92: 个体工商户, which files either way by province
    return False


def _nature_mismatches(filing: Filing) -> list[Fact]:
    entity = filing.entity
    cert = entity.certificate
    cert_type = cert.type if cert else None
    individual = entity.type == "individual"

    def finding(clause: str, path: str, **extra: object) -> Fact:
        return {"kind": "entity_nature_mismatch", "ref": f"entity.type:{clause}", "path": path,
                "type_path": "entity.type", "problem": clause, "heuristic": clause == "uscc_kind",
                "entity_type": entity.type, **extra}

    found = []
    if individual and is_unit_certificate(cert_type):
        found.append(finding("unit_certificate_for_individual", "entity.certificate.type"))
    if not individual and is_person_id(cert_type):
        found.append(finding("person_id_for_unit", "entity.certificate.type"))
    name = name_key(entity.name)
    if individual and name is not None and name.endswith("公司"):
        found.append(finding("company_name_for_individual", "entity.name"))
    key = id_key(cert.number) if cert else None
    if key is not None and uscc_problem(key) is None and _uscc_contradicts(entity.type, key):
        found.append(finding("uscc_kind", "entity.certificate.number", uscc_prefix=key[:2]))
    return found
