"""Realistic example documents: the base every rule example starts from.

``base_document(province)`` is a clean enterprise filing for that bureau:
entity, certificate and principal in the provincial capital, local mobile and
landline numbers (mobile blocks that ``phonenumbers`` places in the province),
valid resident ID and USCC check digits, the province's special documents
attached, no registry conflicts. A rule example
changes a few paths of it (:func:`apply_changes`); the rule reference shows
those changes. ``other_entity_document`` is a different company's approved
filing in the same province, for registry examples.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs
from stdnum.cn import ric, uscc

from beianrules.provinces import parameters
from beianrules.provinces._table import PROVINCE_NAMES

if TYPE_CHECKING:
    from beianrules.declaration import Example, Rule

EXAMPLE_AS_OF = "2026-11-28"

# code: (capital, district, GB/T 2260 district code, landline area code, local mobile block)
_PLACES: dict[str, tuple[str, str, str, str, str]] = {
    "BJ": ("北京市", "朝阳区", "110105", "010", "1380000"),
    "TJ": ("天津市", "和平区", "120101", "022", "1380203"),
    "HE": ("石家庄市", "长安区", "130102", "0311", "1380315"),
    "SX": ("太原市", "小店区", "140105", "0351", "1380035"),
    "NM": ("呼和浩特市", "新城区", "150102", "0471", "1380476"),
    "LN": ("沈阳市", "和平区", "210102", "024", "1380042"),
    "JL": ("长春市", "南关区", "220102", "0431", "1380434"),
    "HL": ("哈尔滨市", "道里区", "230102", "0451", "1380364"),
    "SH": ("上海市", "黄浦区", "310101", "021", "1380021"),
    "JS": ("南京市", "玄武区", "320102", "025", "1380140"),
    "ZJ": ("杭州市", "西湖区", "330106", "0571", "1380574"),
    "AH": ("合肥市", "瑶海区", "340102", "0551", "1380056"),
    "FJ": ("福州市", "鼓楼区", "350102", "0591", "1380504"),
    "JX": ("南昌市", "东湖区", "360102", "0791", "1380070"),
    "SD": ("济南市", "历下区", "370102", "0531", "1380063"),
    "HA": ("郑州市", "中原区", "410102", "0371", "1380371"),
    "HB": ("武汉市", "江岸区", "420102", "027", "1380714"),
    "HN": ("长沙市", "芙蓉区", "430102", "0731", "1380735"),
    "GD": ("广州市", "越秀区", "440104", "020", "1380224"),
    "GX": ("南宁市", "兴宁区", "450102", "0771", "1380077"),
    "HI": ("海口市", "龙华区", "460106", "0898", "1380756"),
    "CQ": ("重庆市", "渝中区", "500103", "023", "1380833"),
    "SC": ("成都市", "锦江区", "510104", "028", "1380028"),
    "GZ": ("贵阳市", "南明区", "520102", "0851", "1380945"),
    "YN": ("昆明市", "五华区", "530102", "0871", "1380875"),
    "XZ": ("拉萨市", "城关区", "540102", "0891", "1388904"),
    "SN": ("西安市", "新城区", "610102", "029", "1380091"),
    "GS": ("兰州市", "城关区", "620102", "0931", "1380931"),
    "QH": ("西宁市", "城东区", "630102", "0971", "1380098"),
    "NX": ("银川市", "兴庆区", "640104", "0951", "1389506"),
    "XJ": ("乌鲁木齐市", "天山区", "650102", "0991", "1380994"),
}


def _resident_id(district: str, birth: str, seq: str) -> str:
    body = f"{district}{birth}{seq}"
    return body + ric.calc_check_digit(body + "0")


def _uscc(district: str, serial: str) -> str:
    body = f"91{district}{serial}"
    return body + uscc.calc_check_digit(body + "0")


def address(province: str, street: str = "示例路1号") -> str:
    name = PROVINCE_NAMES[province]
    city, district = _PLACES[province][:2]
    prefix = "" if name.name_zh == city else name.name_zh
    return f"{prefix}{city}{district}{street}"


def _person(province: str, name: str, birth: str, seq: str, tail: str, email: str) -> dict[str, Any]:
    _city, _district, code, area, block = _PLACES[province]
    return {
        "name": name,
        "id_document": {"type": "resident_id", "number": _resident_id(code, birth, seq),
                        "valid_until": "2036-05-01", "address": address(province, "人民路8号")},
        "mobile": f"{block}{tail}",
        "emergency_phone": f"{block}{(int(tail) + 4444) % 10000:04d}",
        "office_phone": f"{area}-8{tail}{'0' * (7 - len(tail))}"[: len(area) + 9],
        "email": email,
    }


# Tianjin refuses the entity principal as the website principal (TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL) and wants
# a letter for a service principal who is not the legal representative (SERVICE_PRINCIPAL_AUTH_LETTER): its example
# order names another person, with his own contacts, and attaches the letter.
_OWN_SERVICE_PRINCIPAL = frozenset({"TJ"})


# -- format 1.1: supporting_documents --
# Files a bureau asks of every order (rules of beianrules.rulebook.supporting_documents, not DocumentRequirements:
# they have no start date or depend on the order type): the example orders carry them, so they stay clean.
_PROVINCE_FILES: dict[str, tuple[str, ...]] = {
    "TJ": ("tj_content_statement",), "SH": ("sh_commitment_letter",), "XJ": ("party_building_confirmation",),
}


def base_document(province: str = "ZJ") -> dict[str, Any]:
    """A clean enterprise order (a first filing, draft) for ``province``."""
    _city, _district, code, _area, _block = _PLACES[province]
    principal = _person(province, "王海燕", "19850312", "123", "1234", "wanghy@example-tech.cn")
    if province in _OWN_SERVICE_PRINCIPAL:
        service_principal = _person(province, "张伟", "19880607", "789", "5678", "zhangw@example-tech.cn")
        letters = [{"type": "authorization_letter", "file": "authorization_letter.jpg", "size_bytes": 512345}]
    else:
        service_principal, letters = copy.deepcopy(principal), []
    return {
        "as_of": EXAMPLE_AS_OF,
        "order": {"id": f"EX-{province}-1", "type": "new_filing", "status": "draft", "operation": "submit",
                  "province": province, "commercial": False, "provider": "example-cloud",
                  "submitted_to_provider_on": None, "submitted_to_authority_on": None},
        "entity": {
            "type": "enterprise",
            "name": f"{_city_short(province)}示例科技有限公司",
            "filing_number": None,
            "mailing_address": address(province),
            "certificate": {"type": "business_license", "number": _uscc(code, "MA1XC4D5E"),
                            "address": address(province), "valid_until": None},
            "legal_representative": {"name": principal["name"], "id_number": principal["id_document"]["number"]},
            "principal": principal,
        },
        "websites": [{
            "name": f"{_city_short(province)}示例科技官网",
            "domains": ["example-tech.cn"],
            "content_categories": ["company_homepage"],
            "principal": service_principal,
            "pre_approvals": [],
        }],
        "apps": [],
        "attachments": [
            {"type": attachment, "file": f"{attachment}.jpg", "size_bytes": 812345, "signed_on": "2026-11-20"}
            for requirement in parameters(province).documents for attachment in requirement.attachments
        ] + letters + [{"type": attachment, "file": f"{attachment}.jpg", "size_bytes": 612345}
                       for attachment in _PROVINCE_FILES.get(province, ())],
        "verification": {"calls": [], "statements": []},
    }


def other_entity_document(province: str = "ZJ") -> dict[str, Any]:
    """Another company's approved filing in ``province`` (no data shared with the base document)."""
    _city, _district, code, _area, _block = _PLACES[province]
    principal = _person(province, "李建国", "19790823", "456", "2468", "lijg@other-trade.cn")
    abbreviation = PROVINCE_NAMES[province].abbreviation
    return {
        "as_of": EXAMPLE_AS_OF,
        "order": {"id": f"REG-{province}-1", "type": "new_filing", "status": "approved", "operation": "submit",
                  "province": province, "commercial": False, "submitted_to_authority_on": "2023-05-01"},
        "entity": {
            "type": "enterprise",
            "name": f"{_city_short(province)}他方贸易有限公司",
            "filing_number": f"{abbreviation}ICP备2023000777号",
            "mailing_address": address(province, "解放路9号"),
            "certificate": {"type": "business_license", "number": _uscc(code, "MA2YD5E6F"),
                            "address": address(province, "解放路9号")},
            "legal_representative": {"name": principal["name"], "id_number": principal["id_document"]["number"]},
            "principal": principal,
        },
        "websites": [{
            "name": f"{_city_short(province)}他方贸易官网",
            "domains": ["other-trade.cn"],
            "content_categories": ["company_homepage"],
            "filing_number": f"{abbreviation}ICP备2023000777号-1",
            "principal": copy.deepcopy(principal),
        }],
    }


def _city_short(province: str) -> str:
    return _PLACES[province][0].removesuffix("市")


DEFAULT_EXAMPLE_PROVINCE = "ZJ"

# The parts of a filing document besides ``as_of`` (what a registry copy of the order itself replaces).
DOCUMENT_PARTS = ("order", "entity", "websites", "apps", "attachments", "verification")


@attrs.frozen
class Copied:
    """A value taken from an example document when the example is built, not when its rule is declared.

    ``own("entity.principal.mobile")`` is that path of the base document of the
    example's province (or of ``province``), ``other(...)`` of the other
    entity's document; ``then`` transforms the value (``str.upper``). Rule
    modules refer to example data this way so that declaring a rule builds no
    document; the rule reference shows ``<own entity.principal.mobile>``.
    """

    document: Literal["own", "other"]
    path: str
    province: str | None = None
    then: Callable[[Any], Any] | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        where = f" [{self.province}]" if self.province else ""
        changed = ", transformed" if self.then is not None else ""
        return f"<{self.document}{where} {self.path}{changed}>"

    def resolve(self, province: str) -> Any:
        province = self.province or province
        document = base_document(province) if self.document == "own" else other_entity_document(province)
        value = _at(document, self.path)
        return self.then(value) if self.then is not None else value


def own(path: str, *, province: str | None = None, then: Callable[[Any], Any] | None = None) -> Copied:
    """The value at ``path`` of the base document (the checked entity's), taken when the example is built."""
    return Copied("own", path, province, then)


def other(path: str, *, province: str | None = None, then: Callable[[Any], Any] | None = None) -> Copied:
    """The value at ``path`` of the other entity's document, taken when the example is built."""
    return Copied("other", path, province, then)


def own_filing(number: str = "浙ICP备2023000777号", province: str | None = None, /, **changes: Any) -> dict[str, Any]:
    """Registry changes: the base entity's own approved filing under ``number``, same data as the order."""
    return {"entity": own("entity", province=province), "entity.filing_number": number, **changes}


def order_itself(**changes: Any) -> dict[str, Any]:
    """Registry changes: a copy of the checked order itself, with ``changes`` applied to it."""
    return {**{part: own(part) for part in DOCUMENT_PARTS}, **changes}


def resolve(value: Any, province: str) -> Any:
    """``value`` with every :class:`Copied` in it replaced by the value it names."""
    if isinstance(value, Copied):
        return value.resolve(province)
    if isinstance(value, dict):
        return {key: resolve(item, province) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(resolve(item, province) for item in value)
    return value


def example_documents(rule: Rule, example: Example) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """The document and registry (None when it has none) that one of ``rule``'s examples describes.

    The document is the base document of the example's province (else the
    rule's, else Zhejiang) with the example's changes and ``as_of``; each
    registry entry is another entity's filing with its changes.
    """
    province = example.province or rule.province or DEFAULT_EXAMPLE_PROVINCE
    document = apply_changes(base_document(province), resolve(dict(example.changes), province))
    if example.as_of:
        document["as_of"] = example.as_of
    registry = [apply_changes(other_entity_document(province), resolve(dict(changes), province))
                for changes in example.registry]
    return document, (registry or None)


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    return [int(i) if i else k for k, i in _STEP.findall(path)]


def _at(document: dict[str, Any], path: str) -> Any:
    value: Any = document
    for step in _steps(path):
        value = value[step]
    return copy.deepcopy(value)


def apply_changes(document: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with each dotted path set to its value (None removes the key), in order."""
    changed = copy.deepcopy(document)
    for path, value in changes.items():
        steps = _steps(path)
        target: Any = changed
        for step in steps[:-1]:
            target = target[step]
        if value is None and isinstance(target, dict):
            target.pop(steps[-1], None)
        else:
            target[steps[-1]] = copy.deepcopy(value)
    return changed
