"""Format-1.1 rules about principals' ages, ID document types, photos and units' special certificates
(FORMAT 1.1, "The rules 1.1 makes checkable"). Their facts: ``beianrules.facts.person_documents``.

PRINCIPAL_AGE_16_18_PROOF (JS individual filers, TJ legal representatives: the ``age_16_18_proof`` parameter),
SERVICE_PRINCIPAL_RETIRED (TJ, advice), LEGAL_REP_NONLOCAL_PHOTOS (NM), ID_TEMPORARY_CARD (HI, NM:
``temporary_id_refused``), ID_CITIZEN_MUST_USE_RIC (HI, BJ: ``citizen_resident_id``), ENTITY_FOREIGN_COMPANY_CERT
(national), ENTITY_SH_E_LICENCE (SH) and ENTITY_GOV_UNIT_APPROVAL (JX, HL, NM, and advice elsewhere:
``gov_unit_approval``). Every rule but ENTITY_FOREIGN_COMPANY_CERT judges what the bureau accepts when it receives
the order (orders only).
"""

from collections.abc import Callable
from typing import Any

from stdnum.cn import ric

from beianrules.declaration import Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own

_ORDERS: frozenset[Mode] = frozenset({"order"})


def _resident_id(district: str, birth: str, seq: str = "123") -> str:
    """A valid resident ID (GB 11643 check character) issued in ``district`` to someone born on ``birth``; the
    last digit of ``seq`` is the sex digit (odd: a man, even: a woman)."""
    body = f"{district}{birth}{seq}"
    return body + ric.calc_check_digit(body + "0")


def _file(attachment_type: str, target: str | None = None) -> dict[str, object]:
    attached: dict[str, object] = {"type": attachment_type, "file": f"{attachment_type}.jpg", "size_bytes": 312345}
    return {**attached, "for": target} if target is not None else attached


def _adding(*files: dict[str, object]) -> dict[str, object]:
    """Changes: the example order's own attachments (its province's documents), and ``files`` after them."""
    added = list(files)
    then: Callable[[Any], Any] = lambda existing: [*existing, *added]  # noqa: E731
    return {"attachments": own("attachments", then=then)}


def _individual(number: object) -> dict[str, object]:
    """Changes: an individual filer (the entity is the principal himself) whose ID number is ``number``."""
    return {"entity.type": "individual", "entity.legal_representative": None,
            "entity.name": own("entity.principal.name"),
            "entity.principal.id_document.number": number,
            "entity.certificate": {"type": "resident_id", "number": number}}


_AT_BUREAU = {"order.status": "authority_review", "order.submitted_to_provider_on": "2026-10-28",
              "order.submitted_to_authority_on": "2026-11-01"}
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2026-06-01"}


# -- PRINCIPAL_AGE_16_18_PROOF -------------------------------------------------------------------

# The check day of every example is 2026-11-28.
_JS_AGED_17 = _resident_id("320102", "20090101")
_JS_AGED_15 = _resident_id("320102", "20110601")
_JS_16_TODAY = _resident_id("320102", "20101128")
_JS_16_TOMORROW = _resident_id("320102", "20101129")
_JS_18_TODAY = _resident_id("320102", "20081128")
_JS_18_TOMORROW = _resident_id("320102", "20081129")
_JS_18_ON_15_NOVEMBER = _resident_id("320102", "20081115")
_JS_BAD_CHECK = _JS_AGED_17[:-1] + ("0" if _JS_AGED_17[-1] != "0" else "1")
_TJ_AGED_17 = _resident_id("120101", "20090101")
_TJ_AGED_15 = _resident_id("120101", "20110601")
_PRINCIPAL_NUMBER = "entity.principal.id_document.number"
_REP_NUMBER = "entity.legal_representative.id_number"
_PROOF = "employment_or_income_proof"

PRINCIPAL_AGE_16_18_PROOF = Rule(
    code="PRINCIPAL_AGE_16_18_PROOF",
    kind="rejection",
    modes=_ORDERS,
    reads=("age_16_18_proof",),
    conditions=any_of(
        when(fact("province", "bureau", age_16_18_proof="individual"),
             fact("age_proof", "person", role="individual", lacking=True)),
        when(fact("province", "bureau", age_16_18_proof="legal_rep"),
             fact("age_proof", "person", role="legal_rep", lacking=True)),
    ),
    paths=(Ref("person", "path"),),
    evidence={"role": Ref("person", "role"), "age": Ref("person", "age"), "on": Ref("person", "on"),
              "problem": Ref("person", "problem"), "province": Ref("bureau", "code")},
    message=Text(
        zh="{role:age_role}在 {on} 为 {age} 周岁：{problem:age_proof_problem}（{province:province}管局的要求）。",
        en="The {role:age_role} is {age} years old on {on}: {problem:age_proof_problem} (a requirement of "
           "{province:province}).",
    ),
    remedy=Text(
        zh="未满16周岁的不能担任{role:age_role}，请改由年满16周岁的人办理；年满16周岁未满18周岁的，请上传其本人的"
           "工作证明或收入证明（附件的 for 指向该人，或不填）。",
        en="Someone under 16 cannot be the {role:age_role}: have a person aged 16 or over file. For someone aged 16 "
           "or 17, attach his proof of employment or income (with `for` naming him, or no `for`).",
    ),
    doc=Doc(
        what="In a province whose `age_16_18_proof` is `individual` (JS), an `individual` filer's "
             "`entity.principal`, and in one where it is `legal_rep` (TJ), a unit's `entity.legal_representative`, "
             "is under 16, or is 16 or 17 and no `employment_or_income_proof` counts for him (group A's `for` "
             "reading: the file names him, or another principal with his ID number, or names no one). The age is "
             "W8's, from a valid 18-digit resident ID only (`entity.principal.id_document.number`, "
             "`entity.legal_representative.id_number`), in whole years on the check day `as_of` — the row says "
             "`as_of`, not W4's bureau day. Path: that ID number; evidence: the role, the age, the day and which "
             "clause — never the birth date. Being exactly 16 on `as_of` is enough for the proof clause, exactly 18 "
             "for silence. Silent: no valid resident ID (reading: a number given with an ID type other than "
             "`resident_id` is not read as one, as in PRINCIPAL_MIN_AGE); JS units, TJ individual filers and TJ "
             "entity or service principals (PRINCIPAL_MIN_AGE's); other provinces. Under 16 the bureau's minimum "
             "age may also give PRINCIPAL_MIN_AGE (TJ legal representative, JS individual). Orders only: the age "
             "is judged when the bureau receives the order.",
        why="Jiangsu refuses personal filers under 16 and asks those aged 16 to 18 for a proof of employment or "
            "income (HW-KB doc_0221; WORLDCST-3P); Tianjin asks the same of a legal representative aged 16 to 18 "
            "(AL-TJ).",
        fix="Have an adult file, or attach the person's proof of employment or income.",
        sources=("HW-KB(doc_0221)", "AL-TJ", "WORLDCST-3P"),
        zh=DocZh(
            what="在 `age_16_18_proof` 为 `individual` 的省份（JS），`individual` 备案者的 `entity.principal`，"
                 "以及在其为 `legal_rep` 的省份（TJ），单位的 `entity.legal_representative`，未满 16 周岁，或为 16 或 "
                 "17 周岁而没有计入其名下的 `employment_or_income_proof`（A 组的 `for` 读法：文件指向其本人，"
                 "或指向证件号码与其相同的另一位负责人，或未指向任何人）。年龄按 W8 计算，只取自有效的 18 "
                 "位居民身份证号码（`entity.principal.id_document.number`、`entity.legal_representative.id_number`），"
                 "按检查日 `as_of` 计算周岁——该行说的是 `as_of`，而非 W4 的管局日。路径：该证件号码；证据：角色、年龄、"
                 "日期以及所属条款——绝不含出生日期。在 `as_of` 当天恰满 16 周岁即适用证明条款，恰满 18 周岁即不触发。"
                 "不触发：没有有效的居民身份证号码（解读：证件类型不是 `resident_id` 的号码不按居民身份证读取，与 "
                 "PRINCIPAL_MIN_AGE 相同）；JS 的单位、TJ 的个人备案者以及 TJ 的主体负责人或服务负责人（属 "
                 "PRINCIPAL_MIN_AGE）；其他省份。未满 16 周岁时，管局的最低年龄要求也可能触发 PRINCIPAL_MIN_AGE（TJ "
                 "的法定代表人、JS 的个人）。仅限订单：年龄在管局收到订单时判断。",
            why="江苏不受理未满 16 周岁的个人备案，并要求 16 至 18 周岁者提供工作证明或收入证明（HW-KB doc_0221；"
                "WORLDCST-3P）；天津对 16 至 18 周岁的法定代表人有同样的要求（AL-TJ）。",
            fix="改由成年人备案，或附上该人的工作证明或收入证明。",
        ),
    ),
    examples=(
        Example("Jiangsu: an individual filer aged 17 without a proof", fires=True, province="JS",
                paths=(_PRINCIPAL_NUMBER,), changes=_individual(_JS_AGED_17)),
        Example("Jiangsu: aged 17, a proof with no `for`", fires=False, province="JS",
                changes={**_individual(_JS_AGED_17), **_adding(_file(_PROOF))}),
        Example("Jiangsu: aged 17, a proof for the principal", fires=False, province="JS",
                changes={**_individual(_JS_AGED_17), **_adding(_file(_PROOF, "entity.principal"))}),
        Example("Jiangsu: aged 17, a proof for the website principal, another person", fires=True, province="JS",
                paths=(_PRINCIPAL_NUMBER,),
                changes={**_individual(_JS_AGED_17), **_adding(_file(_PROOF, "websites[0].principal"))}),
        Example("Jiangsu: aged 17, a proof for the website principal with his ID number", fires=False,
                province="JS",
                changes={**_individual(_JS_AGED_17), "websites[0].principal.id_document.number": _JS_AGED_17,
                         **_adding(_file(_PROOF, "websites[0].principal"))}),
        Example("Jiangsu: aged 15, even with a proof", fires=True, province="JS", paths=(_PRINCIPAL_NUMBER,),
                changes={**_individual(_JS_AGED_15), **_adding(_file(_PROOF))}),
        Example("Jiangsu: turns 16 on the check day, with a proof", fires=False, province="JS",
                changes={**_individual(_JS_16_TODAY), **_adding(_file(_PROOF))}),
        Example("Jiangsu: turns 16 on the check day, without a proof", fires=True, province="JS",
                paths=(_PRINCIPAL_NUMBER,), changes=_individual(_JS_16_TODAY)),
        Example("Jiangsu: turns 16 the day after, with a proof", fires=True, province="JS",
                paths=(_PRINCIPAL_NUMBER,), changes={**_individual(_JS_16_TOMORROW), **_adding(_file(_PROOF))}),
        Example("Jiangsu: turns 18 on the check day", fires=False, province="JS", changes=_individual(_JS_18_TODAY)),
        Example("Jiangsu: turns 18 the day after", fires=True, province="JS", paths=(_PRINCIPAL_NUMBER,),
                changes=_individual(_JS_18_TOMORROW)),
        Example("Jiangsu, at the bureau: 17 on the day it arrived, 18 on the check day (measured at `as_of`)",
                fires=False, province="JS", changes={**_individual(_JS_18_ON_15_NOVEMBER), **_AT_BUREAU}),
        Example("Jiangsu: a number with a wrong check character gives no age", fires=False, province="JS",
                changes=_individual(_JS_BAD_CHECK)),
        Example("Jiangsu: a unit whose legal representative is 17 is not judged", fires=False, province="JS",
                changes={_REP_NUMBER: _JS_AGED_17}),
        Example("Tianjin: a legal representative aged 17 without a proof", fires=True, province="TJ",
                paths=(_REP_NUMBER,), changes={_REP_NUMBER: _TJ_AGED_17}),
        Example("Tianjin: a legal representative aged 17, a proof for him", fires=False, province="TJ",
                changes={_REP_NUMBER: _TJ_AGED_17, **_adding(_file(_PROOF, "entity.legal_representative"))}),
        Example("Tianjin: a proof for the entity principal, another person", fires=True, province="TJ",
                paths=(_REP_NUMBER,),
                changes={_REP_NUMBER: _TJ_AGED_17, **_adding(_file(_PROOF, "entity.principal"))}),
        Example("Tianjin: a proof for the entity principal, who is the legal representative", fires=False,
                province="TJ",
                changes={_REP_NUMBER: _TJ_AGED_17, _PRINCIPAL_NUMBER: _TJ_AGED_17,
                         **_adding(_file(_PROOF, "entity.principal"))}),
        Example("Tianjin: a legal representative aged 15", fires=True, province="TJ", paths=(_REP_NUMBER,),
                changes={_REP_NUMBER: _TJ_AGED_15, **_adding(_file(_PROOF))}),
        Example("Tianjin: the legal representative's ID type is a passport", fires=False, province="TJ",
                changes={"entity.legal_representative": {"name": own("entity.principal.name"),
                                                         "id_number": _TJ_AGED_17, "id_type": "passport"}}),
        Example("Tianjin: an individual filer aged 17 is not this row's", fires=False, province="TJ",
                changes=_individual(_TJ_AGED_17)),
        Example("Zhejiang: no such requirement", fires=False,
                changes=_individual(_resident_id("330106", "20090101"))),
        Example("Jiangsu: an approved filing is not judged", fires=False, province="JS",
                changes={**_individual(_JS_AGED_17), **_APPROVED}),
    ),
)


# -- SERVICE_PRINCIPAL_RETIRED -------------------------------------------------------------------

_SITE_NUMBER = "websites[0].principal.id_document.number"
_MAN_61 = _resident_id("120101", "19650601", "789")
_MAN_60 = _resident_id("120101", "19660101", "789")
_MAN_61_TODAY = _resident_id("120101", "19651128", "789")
_MAN_61_TOMORROW = _resident_id("120101", "19651129", "789")
_MAN_61_ON_15_NOVEMBER = _resident_id("120101", "19651115", "789")
_MAN_56 = _resident_id("120101", "19700101", "789")
_WOMAN_56 = _resident_id("120101", "19700101", "788")
_WOMAN_55 = _resident_id("120101", "19710101", "788")
_MINOR = _resident_id("120101", "20090101", "789")
_GUARDIAN = "guardian_documents"

SERVICE_PRINCIPAL_RETIRED = Rule(
    code="SERVICE_PRINCIPAL_RETIRED",
    kind="advice",
    severity="warning",
    province="TJ",
    modes=_ORDERS,
    conditions=when(fact("retirement_age", "service", flagged=True)),
    paths=(Ref("service", "path"),),
    evidence={"role": Ref("service", "role"), "age": Ref("service", "age"), "on": Ref("service", "on"),
              "problem": Ref("service", "problem")},
    message=Text(
        zh="{role:person_role}在 {on} 为 {age} 周岁，{problem:retirement_problem}；据第三方资料，天津管局不支持"
           "这样的负责人。",
        en="The {role:person_role} is {age} years old on {on}, {problem:retirement_problem}; third-party pages say "
           "Tianjin does not accept such a principal.",
    ),
    remedy=Text(
        zh="建议改由其他人担任{role:person_role}；未满18周岁的，请上传其监护人材料（监护人身份证件及户口簿，附件的"
           " for 指向该负责人），或改由监护人担任。",
        en="Consider nominating another {role:person_role}; for one under 18, attach his guardian's documents (the "
           "guardian's ID and the household register, with `for` naming him), or make the guardian the principal.",
    ),
    doc=Doc(
        what="In TJ, a unit's website or APP principal is older than the statutory retirement age by his resident "
             "ID — more than 60 whole years for a man, more than 55 for a woman (the 17th character of the ID "
             "number: odd for a man, even for a woman) — or under 18 with no `guardian_documents` counting for "
             "him (group A's `for` reading). The 1.0 clause (RULE-CATALOG: past the retirement age, or under 18) "
             "needs only the ID number; the 1.1 clause lets `guardian_documents` lift the under-18 one (a 1.0 "
             "document, which cannot carry them, keeps the catalog's verdict). The age is W8's, from a valid "
             "resident ID only, at the bureau day `R` (W4: an age at submission). Reading: \"past 60\" is more "
             "than 60 whole years — a man of 60 is silent until his 61st birthday (women: 56th), which rejects "
             "less and leaves room for the gradual rise of the retirement age from 2025. Path: the principal's "
             "`id_document.number`; evidence: role, age, day and clause — never the birth date or the sex itself. "
             "Silent: no valid resident ID (a number under another ID type is not read); `R` unknown; the entity "
             "principal; individual filers (reading: their service principal is the filer, who is no employee); "
             "other provinces. Advice (a warning): only a third-party page gives the row. Under 18 the unit's "
             "service principal also meets Tianjin's minimum age (PRINCIPAL_MIN_AGE). Orders only.",
        why="A third-party copy of Tencent's Tianjin rules says Tianjin does not support website principals past "
            "the statutory retirement age (men 60, women 55), and that a principal under 18 must be replaced by a "
            "guardian with the household register (TC-TJ-3P).",
        fix="Nominate another principal, or attach the guardian's documents for a minor.",
        sources=("TC-TJ-3P",),
        zh=DocZh(
            what="在 TJ，单位的网站或APP负责人按其居民身份证已超过法定退休年龄——男性周岁年龄大于 60、女性大于 55"
                 "（按身份证号码第 17 位：奇数为男，偶数为女）——或未满 18 周岁而没有计入其名下的 `guardian_documents`"
                 "（A 组的 `for` 读法）。1.0 条款（RULE-CATALOG：超过退休年龄，或未满 18 周岁）只需要证件号码；1.1 "
                 "条款允许以 `guardian_documents` 解除未满 18 周岁的条款（1.0 文档无法携带这些材料，仍按目录判定）。"
                 "年龄按 W8 计算，只取自有效的居民身份证号码，按管局日 `R` 计算（W4：提交时的年龄）。解读：“过 60 岁”"
                 "指周岁年龄大于 60——男性 60 周岁时不触发，直到其 61 周岁生日（女性：56 周岁），这样驳回更少，也为 "
                 "2025 年起逐步延迟退休留有余地。路径：负责人的 `id_document.number`；证据：角色、年龄、日期和条款——"
                 "绝不含出生日期或性别本身。不触发：没有有效的居民身份证号码（其他证件类型下的号码不读取）；`R` 未知；"
                 "主体负责人；个人备案者（解读：其服务负责人即备案者本人，不是雇员）；其他省份。建议（警告）："
                 "只有第三方页面给出该行。未满 18 周岁时，单位的服务负责人也会触及天津的最低年龄要求"
                 "（PRINCIPAL_MIN_AGE）。仅限订单。",
            why="一份腾讯云天津规则的第三方转载称，天津不支持超过法定退休年龄（男 60 岁、女 55 岁）的网站负责人，未满 "
                "18 周岁的负责人须改由监护人担任并提供户口簿（TC-TJ-3P）。",
            fix="另行指定负责人，或为未成年负责人附上监护人材料。",
        ),
    ),
    examples=(
        Example("a man aged 61", fires=True, province="TJ", paths=(_SITE_NUMBER,),
                changes={_SITE_NUMBER: _MAN_61}),
        Example("a man aged 60", fires=False, province="TJ", changes={_SITE_NUMBER: _MAN_60}),
        Example("a man who turns 61 on the check day", fires=True, province="TJ", paths=(_SITE_NUMBER,),
                changes={_SITE_NUMBER: _MAN_61_TODAY}),
        Example("a man who turns 61 the day after", fires=False, province="TJ",
                changes={_SITE_NUMBER: _MAN_61_TOMORROW}),
        Example("a woman aged 56", fires=True, province="TJ", paths=(_SITE_NUMBER,),
                changes={_SITE_NUMBER: _WOMAN_56}),
        Example("a woman aged 55", fires=False, province="TJ", changes={_SITE_NUMBER: _WOMAN_55}),
        Example("a man aged 56", fires=False, province="TJ", changes={_SITE_NUMBER: _MAN_56}),
        Example("an APP principal aged 61", fires=True, province="TJ", paths=("apps[0].principal.id_document.number",),
                changes={"apps": [{"name": "天津示例", "platforms": ["wechat"],
                                   "principal": own("websites[0].principal")}],
                         "apps[0].principal.id_document.number": _MAN_61}),
        Example("at the bureau: 60 on the day it arrived, 61 on the check day", fires=False, province="TJ",
                changes={**_AT_BUREAU, _SITE_NUMBER: _MAN_61_ON_15_NOVEMBER}),
        Example("at the bureau, the day it arrived not given", fires=False, province="TJ",
                changes={**_AT_BUREAU, "order.submitted_to_authority_on": None, _SITE_NUMBER: _MAN_61}),
        Example("a principal aged 17 without guardian's documents", fires=True, province="TJ",
                paths=(_SITE_NUMBER,), changes={_SITE_NUMBER: _MINOR}),
        Example("aged 17, guardian's documents for him", fires=False, province="TJ",
                changes={_SITE_NUMBER: _MINOR, **_adding(_file(_GUARDIAN, "websites[0].principal"))}),
        Example("aged 17, guardian's documents with no `for`", fires=False, province="TJ",
                changes={_SITE_NUMBER: _MINOR, **_adding(_file(_GUARDIAN))}),
        Example("aged 17, guardian's documents for the entity principal", fires=True, province="TJ",
                paths=(_SITE_NUMBER,),
                changes={_SITE_NUMBER: _MINOR, **_adding(_file(_GUARDIAN, "entity.principal"))}),
        Example("a passport is not read as a resident ID", fires=False, province="TJ",
                changes={_SITE_NUMBER: _MAN_61, "websites[0].principal.id_document.type": "passport"}),
        Example("the entity principal aged 61 is not this row's", fires=False, province="TJ",
                changes={_PRINCIPAL_NUMBER: _MAN_61, _REP_NUMBER: _MAN_61}),
        Example("an individual filer aged 61 is not judged", fires=False, province="TJ",
                changes={**_individual(_MAN_61), "websites[0].principal": own("entity.principal"),
                         "websites[0].principal.id_document.number": _MAN_61}),
        Example("Zhejiang: not judged", fires=False, province="ZJ",
                changes={_SITE_NUMBER: _resident_id("330106", "19650601", "789")}),
        Example("an approved filing is not judged", fires=False, province="TJ",
                changes={**_APPROVED, _SITE_NUMBER: _MAN_61}),
    ),
)


# -- LEGAL_REP_NONLOCAL_PHOTOS -------------------------------------------------------------------

_ID_ADDRESS = "entity.legal_representative.id_address"
_BEIJING_ADDRESS = "北京市朝阳区建国路88号"
_HOLDING_ID, _HOLDING_LICENCE = "holding_id_photo", "holding_licence_photo"
_LEGAL_REP = "entity.legal_representative"

LEGAL_REP_NONLOCAL_PHOTOS = Rule(
    code="LEGAL_REP_NONLOCAL_PHOTOS",
    kind="rejection",
    province="NM",
    modes=_ORDERS,
    conditions=when(fact("legal_rep_photo", "photo", outside=True, missing=True)),
    paths=(Ref("photo", "path"),),
    evidence={"document": Ref("photo", "document"), "id_province": Ref("photo", "id_province")},
    message=Text(
        zh="法定代表人的证件住址在{id_province:province}，不在内蒙古自治区；内蒙古管局要求上传法定代表人的"
           "《{document:attachment_type}》，而订单中没有适用于法定代表人的该照片。",
        en="The legal representative's ID address is in {id_province:province}, outside Inner Mongolia; the Inner "
           "Mongolia bureau then asks for his {document:attachment_type}, and no such photo counts for him.",
    ),
    remedy=Text(
        zh="请上传法定代表人的《{document:attachment_type}》（附件的 for 指向法定代表人，或不填）。",
        en="Attach the legal representative's {document:attachment_type} (with `for` naming "
           "`entity.legal_representative`, or no `for`).",
    ),
    doc=Doc(
        what="`order.province` is NM, the filer is a unit, `entity.legal_representative.id_address` names a "
             "province (`beianrules.regions.address_province`: its leading text) other than Inner Mongolia, and no "
             "`holding_id_photo`, or no `holding_licence_photo`, counts for `entity.legal_representative` (group "
             "A's `for` reading: the file names him, or a principal with his ID number, or names no one). One "
             "reason per missing photo; path: `entity.legal_representative.id_address`. The ID number's region "
             "code is never used: it is where the ID was issued, not where he is registered. Reading: the "
             "catalog's \"household registration\" is read from the ID address (FORMAT names that field); an "
             "address that names no province we can tell is unknown (silence). Silent: no `id_address`; an "
             "address in Inner Mongolia; individual filers (no legal representative); other provinces. Not "
             "checked: that the ID photo shows both sides. Orders only: the photos are the order's material.",
        why="Inner Mongolia asks a legal representative registered outside the region for photos of him holding "
            "his ID (both sides) and holding the business licence (AL-NM).",
        fix="Upload both photos for the legal representative.",
        sources=("AL-NM",),
        zh=DocZh(
            what="`order.province` 为 NM，备案主体为单位，`entity.legal_representative.id_address` "
                 "指明了内蒙古以外的省份（`beianrules.regions.address_province`：按其开头的文字判断），且没有计入 "
                 "`entity.legal_representative` 名下的 `holding_id_photo`，或没有计入其名下的 `holding_licence_photo`"
                 "（A 组的 `for` 读法：文件指向其本人，或指向证件号码与其相同的负责人，或未指向任何人）。"
                 "每缺一张照片一条原因；路径：`entity.legal_representative.id_address`。从不使用证件号码中的行政区划"
                 "码：那是证件的签发地，而非其户籍所在地。解读：目录中的“户籍”按证件住址读取（FORMAT 给出的是该字段）；"
                 "无法从中判断省份的地址视为未知（不触发）。不触发：没有 `id_address`；地址在内蒙古；个人备案者"
                 "（没有法定代表人）；其他省份。不检查：手持的证件照片是否为正反两面。仅限订单：照片是订单的材料。",
            why="内蒙古要求户籍在区外的法定代表人提供其手持身份证（正反两面）的照片和手持营业执照的照片（AL-NM）。",
            fix="为法定代表人上传这两张照片。",
        ),
    ),
    examples=(
        Example("an ID address in Beijing, no photos: one reason per photo", fires=True, province="NM", count=2,
                paths=(_ID_ADDRESS,), changes={_ID_ADDRESS: _BEIJING_ADDRESS}),
        Example("only the photo holding the ID", fires=True, province="NM", paths=(_ID_ADDRESS,),
                changes={_ID_ADDRESS: _BEIJING_ADDRESS, **_adding(_file(_HOLDING_ID))}),
        Example("both photos, no `for`", fires=False, province="NM",
                changes={_ID_ADDRESS: _BEIJING_ADDRESS, **_adding(_file(_HOLDING_ID), _file(_HOLDING_LICENCE))}),
        Example("both photos for the legal representative", fires=False, province="NM",
                changes={_ID_ADDRESS: _BEIJING_ADDRESS,
                         **_adding(_file(_HOLDING_ID, _LEGAL_REP), _file(_HOLDING_LICENCE, _LEGAL_REP))}),
        Example("both photos for the entity principal, who is the legal representative (same ID number)",
                fires=False, province="NM",
                changes={_ID_ADDRESS: _BEIJING_ADDRESS, **_adding(_file(_HOLDING_ID, "entity.principal"),
                                                                  _file(_HOLDING_LICENCE, "entity.principal"))}),
        Example("both photos for the entity principal, another person", fires=True, province="NM", count=2,
                paths=(_ID_ADDRESS,),
                changes={_LEGAL_REP: {"name": "钱国华", "id_number": _resident_id("110105", "19840101"),
                                      "id_address": _BEIJING_ADDRESS},
                         **_adding(_file(_HOLDING_ID, "entity.principal"),
                                   _file(_HOLDING_LICENCE, "entity.principal"))}),
        Example("an Inner Mongolia ID number with a Beijing address", fires=True, province="NM", count=2,
                paths=(_ID_ADDRESS,),
                changes={_ID_ADDRESS: _BEIJING_ADDRESS, _REP_NUMBER: _resident_id("150102", "19840101")}),
        Example("a Beijing ID number with an Inner Mongolia address (the number's region is not used)",
                fires=False, province="NM",
                changes={_ID_ADDRESS: "内蒙古自治区呼和浩特市新城区人民路8号",
                         _REP_NUMBER: _resident_id("110105", "19840101")}),
        Example("an address that names no province", fires=False, province="NM",
                changes={_ID_ADDRESS: "朝阳区建国路88号"}),
        Example("no ID address given", fires=False, province="NM"),
        Example("Zhejiang: not required", fires=False, province="ZJ", changes={_ID_ADDRESS: _BEIJING_ADDRESS}),
        Example("an approved filing is not judged", fires=False, province="NM",
                changes={**_APPROVED, _ID_ADDRESS: _BEIJING_ADDRESS}),
    ),
)


# -- ID_TEMPORARY_CARD ---------------------------------------------------------------------------

ID_TEMPORARY_CARD = Rule(
    code="ID_TEMPORARY_CARD",
    kind="rejection",
    modes=_ORDERS,
    reads=("temporary_id_refused",),
    conditions=when(fact("province", "bureau", temporary_id_refused="on"), fact("temporary_id", "card")),
    paths=(Ref("card", "path"),),
    evidence={"holder": Ref("card", "holder"), "province": Ref("bureau", "code")},
    message=Text(
        zh="{holder:id_holder}为临时居民身份证，而{province:province}管局不接受临时居民身份证。",
        en="The {holder:id_holder} is a temporary resident ID card, which {province:province} does not accept.",
    ),
    remedy=Text(
        zh="请使用正式的居民身份证（有效期内）重新填写证件信息并上传。",
        en="Give and upload the person's (permanent) resident ID card instead.",
    ),
    doc=Doc(
        what="In a province whose `temporary_id_refused` is `on` (HI, NM), `temporary_resident_id` is the "
             "`id_document.type` of a principal (the entity principal, a website or APP principal), the "
             "`id_type` of a unit's `entity.legal_representative`, or the `entity.certificate.type` of an "
             "`individual` filer. One reason per such field (an individual filer whose principal's ID and "
             "certificate are both temporary gets two); path: the type field. Silent: the type not given (the "
             "number's form is never used to guess it), other types, other provinces. The sources speak of "
             "personal filings; the FORMAT row names every principal and the legal representative, and so does "
             "this rule. Orders only.",
        why="Hainan and Inner Mongolia do not accept temporary resident ID cards (HW-HAINAN; HW-KB doc_0218).",
        fix="Use the permanent resident ID card.",
        sources=("HW-HAINAN", "HW-KB(doc_0218)"),
        zh=DocZh(
            what="在 `temporary_id_refused` 为 `on` 的省份（HI、NM），`temporary_resident_id` 是某位负责人"
                 "（主体负责人、网站或APP负责人）的 `id_document.type`、单位 `entity.legal_representative` 的 "
                 "`id_type`，或 `individual` 备案者的 `entity.certificate.type`。每个此类字段一条原因"
                 "（个人备案者的负责人证件和主体证件都是临时身份证的，得到两条）；路径：该类型字段。不触发：未给出类型"
                 "（从不根据号码的形式猜测类型）、其他类型、其他省份。来源讲的是个人备案；FORMAT "
                 "的该行点名了所有负责人和法定代表人，本规则亦然。仅限订单。",
            why="海南和内蒙古不接受临时居民身份证（HW-HAINAN；HW-KB doc_0218）。",
            fix="使用正式的居民身份证。",
        ),
    ),
    examples=(
        Example("Hainan: the entity principal's ID is temporary", fires=True, province="HI",
                paths=("entity.principal.id_document.type",),
                changes={"entity.principal.id_document.type": "temporary_resident_id"}),
        Example("Inner Mongolia: a website principal's ID is temporary", fires=True, province="NM",
                paths=("websites[0].principal.id_document.type",),
                changes={"websites[0].principal.id_document.type": "temporary_resident_id"}),
        Example("Hainan: the legal representative's ID is temporary", fires=True, province="HI",
                paths=("entity.legal_representative.id_type",),
                changes={"entity.legal_representative.id_type": "temporary_resident_id"}),
        Example("Hainan: an individual filer's certificate and ID are temporary", fires=True, province="HI", count=2,
                paths=("entity.certificate.type", "entity.principal.id_document.type"),
                changes={**_individual(own("entity.principal.id_document.number")),
                         "entity.certificate.type": "temporary_resident_id",
                         "entity.principal.id_document.type": "temporary_resident_id"}),
        Example("Hainan: a resident ID", fires=False, province="HI",
                changes={"entity.legal_representative.id_type": "resident_id"}),
        Example("Hainan: the ID type not given", fires=False, province="HI",
                changes={"entity.principal.id_document.type": None}),
        Example("Zhejiang: temporary IDs are not refused", fires=False,
                changes={"entity.principal.id_document.type": "temporary_resident_id"}),
        Example("Hainan: an approved filing is not judged", fires=False, province="HI",
                changes={**_APPROVED, "entity.principal.id_document.type": "temporary_resident_id"}),
    ),
)


# -- ID_CITIZEN_MUST_USE_RIC ---------------------------------------------------------------------

def _passport(number: str = "E12345678", nationality: str | None = "CN") -> dict[str, object]:
    document: dict[str, object] = {"type": "passport", "number": number, "valid_until": "2033-05-01"}
    return {"id_document": document, **({"nationality": nationality} if nationality else {})}


def _person_with(path: str, changes: dict[str, object]) -> dict[str, object]:
    return {f"{path}.{key}": value for key, value in changes.items()}


ID_CITIZEN_MUST_USE_RIC = Rule(
    code="ID_CITIZEN_MUST_USE_RIC",
    kind="rejection",
    modes=_ORDERS,
    reads=("citizen_resident_id",),
    conditions=when(fact("province", "bureau", citizen_resident_id="on"), fact("citizen_id_type", "document")),
    paths=(Ref("document", "path"),),
    evidence={"role": Ref("document", "role"), "id_type": Ref("document", "id_type"),
              "province": Ref("bureau", "code")},
    message=Text(
        zh="{role:person_role}为内地居民（国籍或地区为 CN），却以{id_type:person_id_type}备案；"
           "{province:province}管局要求内地居民使用居民身份证。",
        en="The {role:person_role} is a mainland resident (nationality CN) but files with a {id_type:person_id_type}; "
           "{province:province} requires mainland residents to file with the resident ID card.",
    ),
    remedy=Text(
        zh="请填写并上传{role:person_role}的居民身份证。",
        en="Give and upload the {role:person_role}'s resident ID card.",
    ),
    doc=Doc(
        what="In a province whose `citizen_resident_id` is `on` (HI, BJ), a principal (the entity principal, a "
             "website or APP principal) whose `nationality` is given as `CN` has an `id_document.type` other than "
             "`resident_id` or `temporary_resident_id` (FORMAT's agreement of nationality and ID type leaves only "
             "`passport`). Path: that `id_document.type`; evidence: the role and the type. Silent: `nationality` "
             "not given (a passport says nothing of its holder's nationality), another nationality, the type not "
             "given, `entity.legal_representative` (not a principal: a unit's legal representative is registered "
             "as his licence names him), other provinces. Orders only.",
        why="Hainan and Beijing require mainland Chinese to file with their resident ID card (HW-HAINAN; AL-BJ18).",
        fix="File with the resident ID card.",
        sources=("HW-HAINAN", "AL-BJ18"),
        zh=DocZh(
            what="在 `citizen_resident_id` 为 `on` 的省份（HI、BJ），`nationality` 给出为 `CN` 的负责人（主体负责人、"
                 "网站或APP负责人）的 `id_document.type` 不是 `resident_id` 或 `temporary_resident_id`（FORMAT "
                 "要求国籍与证件类型一致，因此只剩下 `passport`）。路径：该 `id_document.type`；证据：角色和类型。"
                 "不触发：未给出 `nationality`（护照本身并不说明持有人的国籍）、其他国籍、未给出类型、"
                 "`entity.legal_representative`（不是负责人：单位的法定代表人按其营业执照所载登记）、其他省份。"
                 "仅限订单。",
            why="海南和北京要求内地居民使用居民身份证备案（HW-HAINAN；AL-BJ18）。",
            fix="使用居民身份证备案。",
        ),
    ),
    examples=(
        Example("Beijing: a mainland entity principal with a passport", fires=True, province="BJ",
                paths=("entity.principal.id_document.type",),
                changes=_person_with("entity.principal", _passport())),
        Example("Hainan: a mainland website principal with a passport", fires=True, province="HI",
                paths=("websites[0].principal.id_document.type",),
                changes=_person_with("websites[0].principal", _passport())),
        Example("Beijing: a mainland principal with his resident ID", fires=False, province="BJ",
                changes={"entity.principal.nationality": "CN"}),
        Example("Beijing: a mainland principal with a temporary resident ID", fires=False, province="BJ",
                changes={"entity.principal.nationality": "CN",
                         "entity.principal.id_document.type": "temporary_resident_id"}),
        Example("Beijing: a passport, nationality not given", fires=False, province="BJ",
                changes=_person_with("entity.principal", _passport(nationality=None))),
        Example("Beijing: a Singaporean with his passport", fires=False, province="BJ",
                changes=_person_with("entity.principal", _passport(nationality="SG"))),
        Example("Beijing: the legal representative is not a principal", fires=False, province="BJ",
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "E12345678",
                                                         "id_type": "passport", "nationality": "CN"}}),
        Example("Zhejiang: no such requirement", fires=False,
                changes=_person_with("entity.principal", _passport())),
    ),
)


# -- ENTITY_FOREIGN_COMPANY_CERT -----------------------------------------------------------------

_ISSUED_IN = "entity.certificate.issued_in"

ENTITY_FOREIGN_COMPANY_CERT = Rule(
    code="ENTITY_FOREIGN_COMPANY_CERT",
    kind="rejection",
    conditions=when(fact("foreign_certificate", "certificate", mainland=False)),
    paths=(Ref("certificate", "path"),),
    evidence={"issued_in": Ref("certificate", "issued_in")},
    message=Text(
        zh="主体证件由内地以外（{issued_in}）签发；境外公司不能以境外证件备案，须使用中国内地签发的证件。",
        en="The entity's certificate was issued outside the mainland ({issued_in}); a company from outside the "
           "mainland cannot file with a foreign certificate, only with one issued in mainland China.",
    ),
    remedy=Text(
        zh="请以在中国内地登记的分支机构的营业执照，或《外国（地区）企业常驻代表机构登记证》备案。",
        en="File with the business licence of a branch registered in mainland China, or with the registration "
           "certificate of a resident representative office of a foreign enterprise "
           "(`foreign_representative_office_certificate`).",
    ),
    doc=Doc(
        what="A unit's `entity.certificate.issued_in` is given and is not `CN` (Hong Kong, Macao and Taiwan "
             "included). Path: `entity.certificate.issued_in`; evidence: the code. Silent when `issued_in` is not "
             "given (the certificate type or number is not used to guess where it was issued), for `CN`, and for "
             "individual filers (reading: the row names units; a person's ID is judged by the ID rules). An "
             "approved filing with a foreign certificate gets it as a rectification.",
        why="Units from outside the mainland must file with a certificate a mainland authority issued: the "
            "licence of their mainland branch, or a resident representative office's registration certificate "
            "(HW-KB 备案条件咨询 doc_0102; AL-NOTICE-3P).",
        fix="File as the mainland branch or the representative office.",
        sources=("HW-KB(doc_0102)", "AL-NOTICE-3P"),
        zh=DocZh(
            what="单位的 `entity.certificate.issued_in` 已给出且不是 `CN`（含港澳台）。路径："
                 "`entity.certificate.issued_in`；证据：该代码。不触发：未给出 `issued_in`（不根据证件类型或号码猜测签"
                 "发地）、`CN`、个人备案者（解读：该行说的是单位；个人的证件由证件类规则判断）。已备案的持境外证件的，"
                 "作为整改报告。",
            why="内地以外的单位须以内地机关签发的证件备案：其内地分支机构的营业执照，或常驻代表机构的登记证（HW-KB "
                "备案条件咨询 doc_0102；AL-NOTICE-3P）。",
            fix="以内地分支机构或常驻代表机构的名义备案。",
        ),
    ),
    examples=(
        Example("a Hong Kong certificate", fires=True, paths=(_ISSUED_IN,), changes={_ISSUED_IN: "HK"}),
        Example("a US certificate, written in lower case", fires=True, paths=(_ISSUED_IN,),
                changes={_ISSUED_IN: "us"}),
        Example("a mainland certificate", fires=False, changes={_ISSUED_IN: "CN"}),
        Example("where it was issued not given", fires=False),
        Example("a representative office's certificate issued in the mainland", fires=False,
                changes={"entity.certificate.type": "foreign_representative_office_certificate", _ISSUED_IN: "CN"}),
        Example("an individual filer is not judged", fires=False,
                changes={**_individual(own("entity.principal.id_document.number")), _ISSUED_IN: "HK"}),
        Example("an approved filing: a rectification", fires=True, paths=(_ISSUED_IN,),
                changes={**_APPROVED, "entity.filing_number": "浙ICP备2023000777号", _ISSUED_IN: "SG"}),
    ),
)


# -- ENTITY_SH_E_LICENCE -------------------------------------------------------------------------

_ELECTRONIC = "entity.certificate.electronic"

ENTITY_SH_E_LICENCE = Rule(
    code="ENTITY_SH_E_LICENCE",
    kind="rejection",
    province="SH",
    modes=_ORDERS,
    conditions=when(fact("electronic_licence", "licence", electronic=True)),
    paths=(Ref("licence", "path"),),
    message=Text(
        zh="上传的主体证件为电子营业执照；上海管局不接受电子营业执照，须上传营业执照原件的照片或彩色扫描件。",
        en="The uploaded certificate is an electronic business licence; Shanghai does not accept it and wants a "
           "photo or colour scan of the original licence.",
    ),
    remedy=Text(
        zh="请上传营业执照原件（正本或副本）的照片或彩色扫描件。",
        en="Upload a photo or colour scan of the original paper licence.",
    ),
    doc=Doc(
        what="`order.province` is SH and `entity.certificate.electronic` is `true`. Path: "
             "`entity.certificate.electronic`. Silent when it is `false` or not given, and in other provinces. "
             "Orders only: it judges the file uploaded with the order.",
        why="Shanghai does not accept the electronic business licence; a photo or colour scan of the original is "
            "required (HW-RULES, FilingMaterial).",
        fix="Upload the paper original.",
        sources=("HW-RULES",),
        zh=DocZh(
            what="`order.province` 为 SH，且 `entity.certificate.electronic` 为 `true`。路径："
                 "`entity.certificate.electronic`。为 `false` 或未给出时不触发，其他省份也不触发。仅限订单："
                 "判断的是随订单上传的文件。",
            why="上海不接受电子营业执照，须提供原件的照片或彩色扫描件（HW-RULES、FilingMaterial）。",
            fix="上传纸质营业执照原件。",
        ),
    ),
    examples=(
        Example("an electronic licence", fires=True, paths=(_ELECTRONIC,), changes={_ELECTRONIC: True}),
        Example("a photo of the original", fires=False, changes={_ELECTRONIC: False}),
        Example("not said", fires=False),
        Example("Zhejiang accepts it", fires=False, province="ZJ", changes={_ELECTRONIC: True}),
        Example("an approved filing is not judged", fires=False, changes={**_APPROVED, _ELECTRONIC: True}),
    ),
)


# -- ENTITY_GOV_UNIT_APPROVAL --------------------------------------------------------------------

_GOVERNMENT = {"entity.type": "government"}
_PUBLIC_INSTITUTION = {"entity.type": "public_institution"}
_APPROVAL, _APPLICATION, _FORM = ("establishment_approval", "public_institution_site_application",
                                  "gov_domain_review_form")


def _second_site(websites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The example order's website, and a second one run by the same principal."""
    return [*websites, {"name": "示例政务服务网", "domains": ["example-gov.cn"],
                        "content_categories": ["company_homepage"], "principal": websites[0]["principal"],
                        "pre_approvals": []}]


_SECOND_SITE = {"websites": own("websites", then=_second_site)}

ENTITY_GOV_UNIT_APPROVAL = Rule(
    code="ENTITY_GOV_UNIT_APPROVAL",
    kind="rejection",
    modes=_ORDERS,
    reads=("gov_unit_approval",),
    conditions=any_of(
        when(fact("province", "bureau", gov_unit_approval="establishment_approval"),
             fact("gov_unit_document", "document", document=_APPROVAL, attached=False)),
        when(fact("province", "bureau", gov_unit_approval="public_institution_application"),
             fact("gov_unit_document", "document", document=_APPLICATION, attached=False)),
        when(fact("province", "bureau", gov_unit_approval="domain_review_form"),
             fact("gov_unit_document", "document", document=_FORM, attached=False),
             severity="warning", kind="advice"),
    ),
    paths=(Ref("document", "path"),),
    evidence={"entity_type": Ref("document", "entity_type"), "document": Ref("document", "document"),
              "province": Ref("bureau", "code"), "requirement": Ref("bureau", "gov_unit_approval")},
    message=Text(
        zh="{entity_type:entity_type}新增网站，{province:province}的要求是：{requirement:gov_unit_approval}；"
           "而订单中没有《{document:attachment_type}》。",
        en="A {entity_type:entity_type} adds a website, and the rule in {province:province} is: "
           "{requirement:gov_unit_approval}; the order has no {document:attachment_type}.",
    ),
    remedy=Text(
        zh="请取得并上传《{document:attachment_type}》。",
        en="Obtain the {document:attachment_type} and attach it.",
    ),
    doc=Doc(
        what="A `government` or `public_institution` filer's content order (W2: `new_filing`, `new_website`, "
             "`new_app`, `change`) adds a website (one without `filing_number`), and, by the bureau's "
             "`gov_unit_approval`: `establishment_approval` (JX, HL) — no `establishment_approval` is attached "
             "(both kinds of unit; an error); `public_institution_application` (NM) — a `public_institution` has "
             "no `public_institution_site_application` (an error); `domain_review_form` (every other bureau) — a "
             "`government` organ's website that the order adds has no `gov_domain_review_form` counting for it "
             "or for `entity` (advice, a warning: HW-KB only; one reason per such website, path `websites[i]`). "
             "The unit-level clauses report one reason with path `attachments`. Reading: the documents are "
             "needed to open a website (the catalog: \"before opening a site\"), so orders that add none — an "
             "APP only, filed websites only, a `new_access` order copying filed data — are silent. Reading: "
             "\"elsewhere\" is the bureaus other than JX, HL and NM, so there a government organ gets no advice "
             "(NM's own clause is for public institutions only). Reading: a review form whose `for` is `entity` "
             "covers every website of the unit. Silent for every other entity type. Orders only.",
        why="Government organs and public institutions need the establishment authority's approval before they "
            "open a website in Jiangxi and Heilongjiang (HW-KB doc_0226; HW-S1); Inner Mongolia's public "
            "institutions add the 事业单位网站开办审核申请表 (HW-KB doc_0218); government websites generally "
            "need a 政府网站域名业务审核表 (HW-KB doc_0148).",
        fix="Obtain and attach the approval or form.",
        sources=("HW-KB(doc_0226)", "HW-KB(doc_0218)", "HW-KB(doc_0148)", "HW-S1"),
        zh=DocZh(
            what="`government` 或 `public_institution` 备案者的内容类订单（W2：`new_filing`、`new_website`、`new_app`、"
                 "`change`）新增了网站（没有 `filing_number` 的网站），并按管局的 `gov_unit_approval` 判断："
                 "`establishment_approval`（JX、HL）——未附 `establishment_approval`（两类单位均适用；错误）；"
                 "`public_institution_application`（NM）——`public_institution` 没有 "
                 "`public_institution_site_application`（错误）；`domain_review_form`（其他所有管局）——订单新增的 "
                 "`government` 机关网站没有计入该网站或 `entity` 名下的 `gov_domain_review_form`（建议，警告：仅有 "
                 "HW-KB 为据；每个此类网站一条原因，路径 `websites[i]`）。单位层面的条款报告一条原因，路径 "
                 "`attachments`。解读：这些文件是开办网站所需（目录：“开办网站前”），因此不新增网站的订单——只有APP、"
                 "只有已备案网站、复制已备案数据的 `new_access` 订单——不触发。解读：“其他地区”指 JX、HL 和 NM "
                 "以外的管局，因此在这三地政府机关不会收到该建议（NM 自己的条款只针对事业单位）。解读：`for` 为 "
                 "`entity` 的审核表覆盖该单位的所有网站。其他主体类型不触发。仅限订单。",
            why="在江西和黑龙江，政府机关和事业单位开办网站前须取得机构编制部门的批准（HW-KB doc_0226；HW-S1）；"
                "内蒙古的事业单位还须附《事业单位网站开办审核申请表》（HW-KB doc_0218）；政府网站一般需要"
                "《政府网站域名业务审核表》（HW-KB doc_0148）。",
            fix="取得并附上批准文件或审核表。",
        ),
    ),
    examples=(
        Example("Jiangxi: a government organ without the approval", fires=True, province="JX",
                paths=("attachments",), changes=_GOVERNMENT),
        Example("Jiangxi: a public institution without the approval", fires=True, province="JX",
                paths=("attachments",), changes=_PUBLIC_INSTITUTION),
        Example("Jiangxi: a government organ with the approval", fires=False, province="JX",
                changes={**_GOVERNMENT, **_adding(_file(_APPROVAL))}),
        Example("Jiangxi: an enterprise needs none", fires=False, province="JX"),
        Example("Heilongjiang: a public institution without the approval", fires=True, province="HL",
                paths=("attachments",), changes=_PUBLIC_INSTITUTION),
        Example("Inner Mongolia: a public institution without the application form", fires=True, province="NM",
                paths=("attachments",), changes={**_PUBLIC_INSTITUTION, **_adding(_file(_APPROVAL))}),
        Example("Inner Mongolia: a public institution with the application form", fires=False, province="NM",
                changes={**_PUBLIC_INSTITUTION, **_adding(_file(_APPLICATION))}),
        Example("Inner Mongolia: a government organ (the form is for public institutions)", fires=False,
                province="NM", changes=_GOVERNMENT),
        Example("Zhejiang: a government website without the domain review form (advice)", fires=True,
                paths=("websites[0]",), severity="warning", changes=_GOVERNMENT),
        Example("Zhejiang: the form with no `for`", fires=False, changes={**_GOVERNMENT, **_adding(_file(_FORM))}),
        Example("Zhejiang: the form for the entity", fires=False,
                changes={**_GOVERNMENT, **_adding(_file(_FORM, "entity"))}),
        Example("Zhejiang: two websites, the form for the second only", fires=True, paths=("websites[0]",),
                severity="warning", changes={**_GOVERNMENT, **_SECOND_SITE, **_adding(_file(_FORM, "websites[1]"))}),
        Example("Zhejiang: two websites, no form: one reason each", fires=True, count=2,
                paths=("websites[0]", "websites[1]"), severity="warning",
                changes={**_GOVERNMENT, **_SECOND_SITE}),
        Example("Zhejiang: a public institution gets no advice", fires=False, changes=_PUBLIC_INSTITUTION),
        Example("Jiangxi: a change order of filed websites only", fires=False, province="JX",
                changes={**_GOVERNMENT, "order.type": "change", "entity.filing_number": "赣ICP备2023000777号",
                         "websites[0].filing_number": "赣ICP备2023000777号-1"}),
        Example("Jiangxi: an access order is not a content order", fires=False, province="JX",
                changes={**_GOVERNMENT, "order.type": "new_access"}),
        Example("Jiangxi: an APP-only order", fires=False, province="JX",
                changes={**_GOVERNMENT, "order.type": "new_app", "websites": [],
                         "apps": [{"name": "南昌政务", "platforms": ["wechat"],
                                   "principal": own("entity.principal")}]}),
        Example("Jiangxi: an approved filing is not judged", fires=False, province="JX",
                changes={**_GOVERNMENT, **_APPROVED}),
    ),
)


RULES = (PRINCIPAL_AGE_16_18_PROOF, SERVICE_PRINCIPAL_RETIRED, LEGAL_REP_NONLOCAL_PHOTOS, ID_TEMPORARY_CARD,
         ID_CITIZEN_MUST_USE_RIC, ENTITY_FOREIGN_COMPANY_CERT, ENTITY_SH_E_LICENCE, ENTITY_GOV_UNIT_APPROVAL)
