"""Input checks that span fields, run by the converter once a document has its shape (FORMAT 1.1).

A single field's form (a code, a path's syntax, a token) is the converter's
hooks' business; what needs the rest of the document is checked here, every
problem named by its path and reported at once as :class:`InputError`:

- ``attachments[].for`` and ``verification.identity_checks[].person`` name
  something the document has (``websites[2]`` needs three websites,
  ``entity.legal_representative`` needs one), of the kind the token wants (a
  person's document names a person, ``certificate_image`` names ``entity``);
- ``entity.region`` resolves (codes known, names found within the parts above
  them), nests (a city shares its province's two first digits, a district its
  city's four) and lies in ``order.province``; :func:`settle` returns the filing
  with every part as its six-digit code;
- a ``nationality`` agrees with the person's ID type; a
  ``foreign_representative_office_certificate`` with ``issued_in`` says ``CN``;
- ``id_document.valid_from`` is a real day, not after ``valid_until``;
- an inspection that records a number also says it was shown; an observed
  ``url`` is the website's own;
- a rectification deadline is not before its notice;
- no inspection is dated after ``as_of`` (:func:`dates_after`: the checker
  repeats it with the check date it settles on when the document gives none).
"""

from __future__ import annotations

import datetime as _dt
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any, Literal

import attrs
import idna

from beianrules import divisions
from beianrules.countries import admitted_text, agrees_with_id_type
from beianrules.errors import InputError, InputIssue
from beianrules.model import (
    ENTITY_ATTACHMENTS,
    LONG_TERM,
    PERSON_ATTACHMENTS,
    App,
    Division,
    Filing,
    Person,
    Region,
    Website,
)
from beianrules.problems import issue
from beianrules.provinces._table import PROVINCE_NAMES, province_code

Target = Literal["entity", "person", "service"]

_PERSON_TARGETS = "entity.principal, entity.legal_representative, websites[i].principal or apps[i].principal"


def _services(filing: Filing) -> Iterator[tuple[str, Website | App]]:
    """(path, service) for every website, then every APP."""
    for i, site in enumerate(filing.websites):
        yield f"websites[{i}]", site
    for i, app in enumerate(filing.apps):
        yield f"apps[{i}]", app


def settle(filing: Filing) -> Filing:
    """``filing`` with ``entity.region`` resolved to codes; InputError naming every cross-field problem."""
    issues = [*_target_issues(filing), *_nationality_issues(filing), *_certificate_issues(filing),
              *_validity_issues(filing), *_observation_issues(filing), *_notice_issues(filing)]
    if filing.as_of is not None:
        issues += dates_after(filing, filing.as_of)
    region = filing.entity.region
    if region is not None:
        region, region_issues = _resolve_region(region, filing.order.province)
        issues += region_issues
    if issues:
        raise InputError(issues)
    if region is filing.entity.region:
        return filing
    return attrs.evolve(filing, entity=attrs.evolve(filing.entity, region=region))


# -- paths into the document ----------------------------------------------------------------------------------

def targets(filing: Filing) -> dict[str, Target]:
    """Every path ``attachments[].for`` and ``identity_checks[].person`` may name in this document, by kind."""
    found: dict[str, Target] = {"entity": "entity", "entity.principal": "person"}
    if filing.entity.legal_representative is not None:
        found["entity.legal_representative"] = "person"
    for path, service in _services(filing):
        found[path] = "service"
        if service.principal is not None:
            found[f"{path}.principal"] = "person"
    return found


def _target_issues(filing: Filing) -> Iterator[InputIssue]:
    present = targets(filing)
    for n, attachment in enumerate(filing.attachments):
        target = attachment.for_
        if target is None:
            continue
        path = f"attachments[{n}].for"
        if target not in present:
            yield issue(path, "target_not_in_document", target=target)
        elif attachment.type in PERSON_ATTACHMENTS and present[target] != "person":
            yield issue(path, "target_not_a_person", attachment=attachment.type, targets=_PERSON_TARGETS)
        elif attachment.type in ENTITY_ATTACHMENTS and target != "entity":
            yield issue(path, "target_not_entity", attachment=attachment.type)
    for n, check in enumerate(filing.verification.identity_checks):
        path = f"verification.identity_checks[{n}].person"
        if check.person not in present:
            yield issue(path, "target_not_in_document", target=check.person)
        elif present[check.person] != "person":
            yield issue(path, "check_not_of_a_person", targets=_PERSON_TARGETS)


# -- identity ----------------------------------------------------------------------------------------------------

def _principals(filing: Filing) -> Iterator[tuple[str, Person]]:
    yield "entity.principal", filing.entity.principal
    for path, service in _services(filing):
        if service.principal is not None:
            yield f"{path}.principal", service.principal


def _nationality_issues(filing: Filing) -> Iterator[InputIssue]:
    checked = [(path, person.nationality, person.id_document.type if person.id_document else None,
                "id_document.type") for path, person in _principals(filing)]
    rep = filing.entity.legal_representative
    if rep is not None:
        checked.append(("entity.legal_representative", rep.nationality, rep.id_type, "id_type"))
    for path, nationality, id_type, id_field in checked:
        if nationality is not None and id_type is not None and not agrees_with_id_type(nationality, id_type):
            yield issue(f"{path}.nationality", "nationality_disagrees", nationality=nationality, field=id_field,
                        id_type=id_type, admitted=admitted_text(id_type))


def _certificate_issues(filing: Filing) -> Iterator[InputIssue]:
    cert = filing.entity.certificate
    if (cert is not None and cert.type == "foreign_representative_office_certificate"
            and cert.issued_in is not None and cert.issued_in != "CN"):
        yield issue("entity.certificate.issued_in", "certificate_issued_abroad", issued_in=cert.issued_in)


def _validity_issues(filing: Filing) -> Iterator[InputIssue]:
    for path, person in _principals(filing):
        doc = person.id_document
        if doc is None or doc.valid_from is None:
            continue
        if doc.valid_from == LONG_TERM:
            yield issue(f"{path}.id_document.valid_from", "valid_from_long_term")
        elif doc.valid_until is not None and doc.valid_from > doc.valid_until:
            yield issue(f"{path}.id_document.valid_from", "valid_from_after_until",
                        valid_from=doc.valid_from.isoformat(), valid_until=doc.valid_until.isoformat())


# -- inspections ---------------------------------------------------------------------------------------------------

def _observation_issues(filing: Filing) -> Iterator[InputIssue]:
    for i, site in enumerate(filing.websites):
        seen = site.observed
        if seen is None:
            continue
        path = f"websites[{i}].observed"
        yield from _shown_issues(path, "filing_number", seen.shows_filing_number, seen.displayed_filing_number)
        yield from _shown_issues(path, "psb_number", seen.shows_psb_number, seen.displayed_psb_number)
        if seen.url is not None:
            problem = _url_problem(f"{path}.url", seen.url, site.domains)
            if problem:
                yield problem
    for i, app in enumerate(filing.apps):
        if app.observed is not None:
            yield from _shown_issues(f"apps[{i}].observed", "filing_number", app.observed.shows_filing_number,
                                     app.observed.displayed_filing_number)


def _shown_issues(path: str, number: str, shows: bool | None, displayed: str | None) -> Iterator[InputIssue]:
    if shows is False and displayed is not None:
        yield issue(f"{path}.shows_{number}", "shown_but_false", number=number)


def _domain_key(domain: str) -> str:
    text = domain.strip().rstrip(".").lower()
    try:
        return idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError:  # compared as written: a malformed domain is the domain rules' finding
        return text


def _url_problem(path: str, url: str, domains: tuple[str, ...]) -> InputIssue | None:
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return issue(path, "not_a_url", value=url)
    if parts.scheme.lower() not in ("http", "https") or not host:
        return issue(path, "url_not_http", value=url)
    if not domains:  # nothing to compare with: the website's missing domains are the domain rules' finding
        return None
    key = _domain_key(host)
    if any(key == own or key.endswith("." + own) for own in map(_domain_key, domains)):
        return None
    return issue(path, "url_not_of_the_site", host=host, domains=", ".join(domains))


def inspection_dates(filing: Filing) -> Iterator[tuple[str, _dt.date]]:
    """(path, day) of every inspection the document records (a copy, a look, a look-up)."""
    registration = filing.entity.business_registration
    if registration is not None:
        yield "entity.business_registration.retrieved_on", registration.retrieved_on
    for path, service in _services(filing):
        if service.observed is not None:
            yield f"{path}.observed.checked_on", service.observed.checked_on
        for j, detail in enumerate(service.domain_details):
            if detail.resolved_on is not None:
                yield f"{path}.domain_details[{j}].resolved_on", detail.resolved_on


def dates_after(filing: Filing, as_of: _dt.date) -> list[InputIssue]:
    """An issue for every inspection dated after ``as_of``: the check cannot know what was seen later."""
    return [issue(path, "after_as_of", day=day.isoformat(), as_of=as_of.isoformat())
            for path, day in inspection_dates(filing) if day > as_of]


def _notice_issues(filing: Filing) -> Iterator[InputIssue]:
    notice = filing.verification.rectification_notice
    if notice is not None and notice.deadline < notice.issued_on:
        yield issue("verification.rectification_notice.deadline", "deadline_before_notice",
                    deadline=notice.deadline.isoformat(), issued_on=notice.issued_on.isoformat())


# -- the selected region -----------------------------------------------------------------------------------------

def _resolve_region(region: Region, bureau: str) -> tuple[Region, list[InputIssue]]:
    """The region with each part as its code, and what is wrong with it (FORMAT 1.1 group H)."""
    issues: list[InputIssue] = []
    bureau_prefix = PROVINCE_NAMES[bureau].gb_code
    codes: dict[str, str | None] = {}

    def fail(part: str, code: str, **params: Any) -> None:
        issues.append(issue(f"entity.region.{part}", code, **params))

    def wrong_level(part: Level, value: str) -> None:
        fail(part, "region_not_a_code", value=value, **_LEVELS[part])

    province = region.province
    if province is not None:
        if province.isdigit():
            if divisions.level_of(province) != "province":
                wrong_level("province", province)
            elif not divisions.known(province):
                fail("province", "region_unknown_code", value=province)
            else:
                codes["province"] = province
        else:
            named = province_code(province)
            if named is None:
                fail("province", "region_unknown_name", value=province, where_zh="中国大陆", where_en="the mainland",
                     **_LEVEL_NAMES["province"])
            else:
                codes["province"] = PROVINCE_NAMES[named].gb_code + "0000"
    province_code_given = codes.get("province")
    prefix = province_code_given[:2] if province_code_given else None

    city = region.city
    if city is not None:
        if city.isdigit():
            if divisions.level_of(city) != "city":
                wrong_level("city", city)
            elif not divisions.known(city):
                fail("city", "region_unknown_code", value=city)
            elif prefix is not None and city[:2] != prefix:
                fail("city", "region_not_nested", value=city, within=codes["province"] or "", **_WITHIN["province"])
            else:
                codes["city"] = city
        else:
            codes["city"] = _named(city, "city", prefix or bureau_prefix, lambda c, **p: fail("city", c, **p))

    district = region.district
    city_code = codes.get("city")
    if district is not None:
        if district.isdigit():
            if divisions.level_of(district) != "district":
                wrong_level("district", district)
            elif not divisions.known(district):
                fail("district", "region_unknown_code", value=district)
            elif city_code is not None and district[:4] != city_code[:4]:
                fail("district", "region_not_nested", value=district, within=city_code, **_WITHIN["city"])
            elif prefix is not None and district[:2] != prefix:
                fail("district", "region_not_nested", value=district, within=codes["province"] or "",
                     **_WITHIN["province"])
            else:
                codes["district"] = district
        else:
            within = city_code[:4] if city_code else prefix or bureau_prefix
            codes["district"] = _named(district, "district", within, lambda c, **p: fail("district", c, **p))

    # The region lies where its highest resolved part says; it must be the filing province.
    for part in ("province", "city", "district"):
        code = codes.get(part)
        if code is not None:
            if code[:2] != bureau_prefix:
                fail(part, "region_not_filing_province", division=code, name=divisions.name_of(code[:2] + "0000") or "",
                     bureau=bureau, bureau_name=PROVINCE_NAMES[bureau].name_zh)
            break

    def resolved(part: str) -> Division | None:
        code = codes.get(part)
        return Division(code) if code is not None else None

    return Region(province=resolved("province"), city=resolved("city"), district=resolved("district")), issues


def _named(name: str, level: Level, within: str, fail: Callable[..., None]) -> str | None:
    found = divisions.resolve(name, level, within)
    where = divisions.name_of(within.ljust(6, "0")) or within
    if not found:
        fail("region_unknown_name", value=name, where_zh=where, where_en=where, **_LEVEL_NAMES[level])
        return None
    if len(found) > 1:
        listed = ", ".join(f"{code} ({divisions.name_of(code[:4] + '00')})" for code in found)
        fail("region_ambiguous_name", value=name, where_zh=where, where_en=where, found=listed, **_LEVEL_NAMES[level])
        return None
    return found[0]


Level = divisions.Level

_LEVEL_NAMES: dict[str, dict[str, str]] = {
    "province": {"level_zh": "省级行政区", "level_en": "province"},
    "city": {"level_zh": "地级市", "level_en": "city"},
    "district": {"level_zh": "区县", "level_en": "district"},
}
_LEVELS: dict[str, dict[str, str]] = {
    "province": {**_LEVEL_NAMES["province"], "rule_zh": "省级代码以 0000 结尾",
                 "rule_en": "a province code ends 0000"},
    "city": {**_LEVEL_NAMES["city"], "rule_zh": "地级市代码以 00 结尾，省级代码以 0000 结尾",
             "rule_en": "a city code ends 00, a province code 0000"},
    "district": {**_LEVEL_NAMES["district"], "rule_zh": "区县代码不以 00 结尾",
                 "rule_en": "a district code does not end 00"},
}
_WITHIN: dict[str, dict[str, str]] = {
    "province": {"within_zh": "省份", "within_en": "province", "nest_zh": "下级区划与所在省份的前两位代码相同",
                 "nest_en": "a division shares its province's first two digits"},
    "city": {"within_zh": "城市", "within_en": "city", "nest_zh": "区县与所在城市的前四位代码相同",
             "nest_en": "a district shares its city's first four digits"},
}
