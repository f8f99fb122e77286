"""Wave-1a contact rules (REASONS-WAVE1, table 1a): a principal's own numbers, the entity principal against
each service principal of the same document, and the shape of the numbers.

All six judge what the bureau accepts at filing time (`audit: no`): they run on orders only. Phones are
compared in the converter's normalised form (W6); whether two principal records are one person is W7's
test by ID key (``facts/contact_checks.py``). Nothing here reads the registry.
"""

from beianrules.declaration import Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import other, own

_ORDERS_ONLY: frozenset[Mode] = frozenset({"order"})

# An individual filer: the entity is the principal himself, with his ID as the certificate.
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}

# The base document as an approved filing (an audit: these rows are not checked there).
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2026-10-01",
             "entity.filing_number": "浙ICP备2026000123号"}

# A website principal who is another person (the other example entity's principal, with his own ID and contacts).
_OTHER_SITE_PRINCIPAL = {"websites[0].principal": other("entity.principal")}

# An APP whose principal is another person.
_OTHER_APP_PRINCIPAL = {"apps": [{"name": "示例App", "platforms": ["android"], "principal": other("entity.principal")}]}


def _spaced(mobile: str) -> str:
    """``13805741234`` as ``+86 138 0574 1234``: the same number as people write it (the converter normalises it)."""
    return f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}"


_OWN_MOBILE = own("entity.principal.mobile")
_OWN_MOBILE_SPACED = own("entity.principal.mobile", then=_spaced)
_OWN_EMERGENCY = own("entity.principal.emergency_phone")


CONTACT_EMERGENCY_EQUALS_PRIMARY = Rule(
    code="CONTACT_EMERGENCY_EQUALS_PRIMARY",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=when(fact("principal_phones", "principal", emergency_is_mobile=True)),
    paths=(Ref("principal", "emergency_path"), Ref("principal", "mobile_path")),
    evidence={"role": Ref("principal", "role"),
              "name": Ref("principal", "name"),
              "phone": Ref("principal", "mobile")},
    message=Text(
        zh="{role:person_role} {name} 的应急联系电话与手机号码相同（均为 {phone}）；"
           "手机号码和应急联系电话不能重复。",
        en="The {role:person_role} {name} gives the same number, {phone}, as mobile and as emergency phone; "
           "the mobile and the emergency phone may not be the same number.",
    ),
    remedy=Text(
        zh="请为{role:person_role} {name} 填写另一个可联系到的应急联系电话（不同于其手机号码）。",
        en="Give the {role:person_role} {name} another emergency phone that reaches someone, not the mobile again.",
    ),
    doc=Doc(
        what="For each principal — the entity principal and every website or APP principal (W7) — whose "
             "`emergency_phone` and `mobile` are both given and are the same number in the converter's "
             "normalised form (W6: `+86 138 0574 1234` is `13805741234`). One reason per principal, at "
             "`<principal>.emergency_phone` then `<principal>.mobile`. Silent when either number is not given. "
             "An emergency number equal to another principal's mobile is not this row's "
             "(CONTACT_EMERGENCY_CROSS_USE, in the provinces that check it); SH's third-party reading "
             "\"the emergency number may differ from none of the principal's contacts\" is not specified and "
             "not checked. Orders only (`audit: no`).",
        why="The seed provider's own knowledge base gives it as a general rejection reason (HW-KB doc_0023, "
            "驳回原因三: 主体负责人/互联网信息服务负责人的手机号码和应急号码不能重复), as does IN-REJ; the JX, XZ, NX, "
            "HB and NM pages say the same. Hence a national rule.",
        fix="Give an emergency number that is not the principal's own mobile.",
        sources=("HW-KB(doc_0023)", "IN-REJ", "HW-JX-P", "HW-S3(XZ)", "HW-S4(NX, HB)", "AL-NM"),
        zh=DocZh(
            what="针对每位负责人——主体负责人以及每位网站或APP负责人（W7）——其 `emergency_phone` 与 `mobile` "
                 "都已填写，且按转换器的规范化形式是同一号码（W6：`+86 138 0574 1234` 即 `13805741234`）。"
                 "每位负责人一条原因，路径为 `<principal>.emergency_phone`，然后是 `<principal>.mobile`。"
                 "任一号码未填写时不触发。应急联系电话等于另一位负责人的手机号码不属于本行（属 "
                 "CONTACT_EMERGENCY_CROSS_USE，仅在检查该项的省份）；"
                 "上海第三方页面的说法“应急联系电话不得与负责人的任何联系方式相同”未作规定，不检查。"
                 "仅检查订单（`audit: no`）。",
            why="种子接入商自己的知识库将其列为通用驳回原因（HW-KB doc_0023，驳回原因三："
                "主体负责人/互联网信息服务负责人的手机号码和应急号码不能重复），IN-REJ 亦同；江西、西藏、宁夏、"
                "湖北和内蒙古的页面说法相同。因此作为全国规则。",
            fix="请填写一个不同于负责人本人手机号码的应急联系电话。",
        ),
    ),
    examples=(
        Example("the entity principal's emergency phone is his mobile", fires=True,
                paths=("entity.principal.emergency_phone", "entity.principal.mobile"),
                changes={"entity.principal.emergency_phone": _OWN_MOBILE}),
        Example("the same number written with +86 and spaces", fires=True,
                paths=("entity.principal.emergency_phone", "entity.principal.mobile"),
                changes={"entity.principal.emergency_phone": _OWN_MOBILE_SPACED}),
        Example("a website principal's emergency phone is his mobile", fires=True,
                paths=("websites[0].principal.emergency_phone", "websites[0].principal.mobile"),
                changes={"websites[0].principal.emergency_phone": own("websites[0].principal.mobile")}),
        Example("an APP principal's emergency phone is his mobile", fires=True,
                paths=("apps[0].principal.emergency_phone", "apps[0].principal.mobile"),
                changes={**_OTHER_APP_PRINCIPAL,
                         "apps[0].principal.emergency_phone": other("entity.principal.mobile")}),
        Example("both principals of the order, one reason each", fires=True, count=2,
                paths=("entity.principal.emergency_phone", "entity.principal.mobile",
                       "websites[0].principal.emergency_phone", "websites[0].principal.mobile"),
                changes={"entity.principal.emergency_phone": _OWN_MOBILE,
                         "websites[0].principal.emergency_phone": _OWN_MOBILE}),
        Example("different numbers", fires=False),
        Example("no emergency phone given", fires=False, changes={"entity.principal.emergency_phone": None}),
        Example("no mobile given", fires=False, changes={"entity.principal.mobile": None}),
        Example("Tianjin: the entity principal's emergency phone is the website principal's mobile, "
                "not his own", fires=False, province="TJ",
                changes={"entity.principal.emergency_phone": own("websites[0].principal.mobile")}),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_APPROVED, "entity.principal.emergency_phone": _OWN_MOBILE}),
    ),
)


PRINCIPAL_SAME_PERSON_CONSISTENCY = Rule(
    code="PRINCIPAL_SAME_PERSON_CONSISTENCY",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("principal_pair_field", "pair", problem="differs")),
        when(fact("principal_pair_field", "pair", problem="shared")),
    ),
    paths=(Ref("pair", "path"), Ref("pair", "entity_path")),
    evidence={"role": Ref("pair", "service_role"),
              "problem": Ref("pair", "problem"),
              "field": Ref("pair", "field")},
    message=Text(
        zh="{role:person_role}{problem:principal_consistency}。",
        en="The {role:person_role} {problem:principal_consistency}.",
    ),
    remedy=Text(
        zh="同一人同时担任主体负责人和{role:person_role}时，两处的姓名、手机号码和电子邮箱须完全一致；"
           "由不同的人担任时，须各自填写本人的手机号码和电子邮箱。请修改{role:person_role}或主体负责人的"
           "{field:principal_field}。",
        en="One person who is both the entity principal and the {role:person_role} gives the same name, mobile "
           "and email in both places; different persons each give their own mobile and email. Correct the "
           "{field:principal_field} of the {role:person_role} or of the entity principal.",
    ),
    doc=Doc(
        what="Compares the entity principal `P` with each website or APP principal `S` of the order. Same "
             "person (W7: both give `id_document.number` and their ID keys are equal): fires for each of "
             "`name`, `mobile`, `email` given on both that differs — names by name key (W5), numbers "
             "normalised (W6), emails trimmed and case-insensitively. Different persons (both give an ID "
             "number and the keys differ): fires when `S.mobile` = `P.mobile` or `S.email` = `P.email` "
             "(both given); an equal name of two persons is not a finding. One reason per differing or "
             "shared field, at the field of `S` (`websites[i].principal.mobile`, …), then the same field of "
             "`entity.principal`. Silent when sameness is unknown (an ID number missing on either side — "
             "names are never used to decide it), for fields not given on both, and between two service "
             "principals (not in the row). Covers TJ's and QH's \"no mobile under two different principals\" "
             "without a second reason. The catalog's \"ID numbers must differ\" is the definition of "
             "different persons, not a finding. Orders only (`audit: no`).",
        why="Providers reject a filing whose principal and website/APP principal are one person with "
            "different details, or two persons who share a mobile or email (IN-REJ; HW-KB doc_0080, "
            "doc_0023): the bureau's verification reaches each person by his own contacts.",
        fix="Align the records of one person, or give each person his own mobile and email.",
        sources=("IN-REJ", "HW-KB(doc_0080)", "HW-KB(doc_0023)"),
        zh=DocZh(
            what="将主体负责人 `P` 与订单中的每位网站或APP负责人 `S` 比较。同一人（W7：双方都填写了 "
                 "`id_document.number` 且证件键相同）：`name`、`mobile`、`email` 中双方都填写而不一致的，"
                 "每项触发——姓名按姓名键比较（W5），号码规范化后比较（W6），邮箱去除首尾空白后不区分大小写比较。"
                 "不同的人（双方都填写了证件号码且证件键不同）：`S.mobile` = `P.mobile` 或 `S.email` = "
                 "`P.email`（双方都已填写）时触发；两个人姓名相同不算问题。每个不一致或共用的字段一条原因，路径为 "
                 "`S` 的字段（`websites[i].principal.mobile` 等），然后是 `entity.principal` 的同一字段。"
                 "以下情况不触发：无法判断是否同一人（任一方缺少证件号码——从不依据姓名判断）、字段未在双方都填写，"
                 "以及两位网站/APP负责人之间（不在本行范围内）。"
                 "天津和青海的“同一手机号码不得用于两位不同负责人”已被涵盖，不另给原因。"
                 "目录中的“证件号码必须不同”是对“不同的人”的定义，不是一项检查结果。仅检查订单（`audit: no`）。",
            why="主体负责人与网站/APP负责人是同一人但信息不一致，或是两个人却共用手机号码或电子邮箱的，"
                "接入商会予以驳回（IN-REJ；HW-KB doc_0080、doc_0023）："
                "管局核验时要通过每个人自己的联系方式联系到本人。",
            fix="请统一同一人的各处信息，或让每个人填写本人的手机号码和电子邮箱。",
        ),
    ),
    examples=(
        Example("one person, another mobile for the website", fires=True,
                paths=("entity.principal.mobile", "websites[0].principal.mobile"),
                changes={"websites[0].principal.mobile": "13805749876"}),
        Example("one person, another name for the website", fires=True,
                paths=("entity.principal.name", "websites[0].principal.name"),
                changes={"websites[0].principal.name": "王海艳"}),
        Example("one person, another email and another mobile: one reason each", fires=True, count=2,
                paths=("entity.principal.email", "entity.principal.mobile",
                       "websites[0].principal.email", "websites[0].principal.mobile"),
                changes={"websites[0].principal.email": "wanghy@example-web.cn",
                         "websites[0].principal.mobile": "13805749876"}),
        Example("one person: the ID number's check letter in another case is the same key", fires=True,
                paths=("entity.principal.mobile", "websites[0].principal.mobile"), province="HN",
                changes={"websites[0].principal.id_document.number":
                         own("entity.principal.id_document.number", then=str.lower),
                         "websites[0].principal.mobile": "13807359876"}),
        Example("one person: the email in other letter case and with spaces", fires=False,
                changes={"websites[0].principal.email": own("entity.principal.email",
                                                            then=lambda e: f" {e.upper()} ")}),
        Example("one person: the name with a space and the mobile with +86", fires=False,
                changes={"websites[0].principal.name": "王 海燕",
                         "websites[0].principal.mobile": _OWN_MOBILE_SPACED}),
        Example("one person: the website gives no email", fires=False,
                changes={"websites[0].principal.email": None}),
        Example("sameness unknown: the website principal gives no ID number", fires=False,
                changes={"websites[0].principal.id_document": None,
                         "websites[0].principal.mobile": "13805749876"}),
        Example("two persons share the mobile", fires=True,
                paths=("entity.principal.mobile", "websites[0].principal.mobile"),
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.mobile": _OWN_MOBILE}),
        Example("two persons share the email, in other letter case", fires=True,
                paths=("entity.principal.email", "websites[0].principal.email"),
                changes={**_OTHER_SITE_PRINCIPAL,
                         "websites[0].principal.email": own("entity.principal.email", then=str.upper)}),
        Example("an APP principal, another person, shares the mobile", fires=True,
                paths=("apps[0].principal.mobile", "entity.principal.mobile"),
                changes={**_OTHER_APP_PRINCIPAL, "apps[0].principal.mobile": _OWN_MOBILE}),
        Example("two persons with the same name and their own contacts", fires=False,
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.name": own("entity.principal.name")}),
        Example("two persons, different contacts", fires=False, changes=_OTHER_SITE_PRINCIPAL),
        Example("two service principals share a mobile: not compared with each other", fires=False,
                changes={**_OTHER_SITE_PRINCIPAL,
                         "apps": [{"name": "示例App", "platforms": ["android"],
                                   "principal": {"name": "赵敏",
                                                 "id_document": {"type": "resident_id",
                                                                 "number": "330106199204051238"},
                                                 "mobile": other("entity.principal.mobile")}}]}),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_APPROVED, "websites[0].principal.mobile": "13805749876"}),
    ),
)


CONTACT_EMERGENCY_CROSS_USE = Rule(
    code="CONTACT_EMERGENCY_CROSS_USE",
    kind="rejection",
    modes=_ORDERS_ONLY,
    reads=("emergency_cross_use",),
    conditions=when(fact("emergency_pair", "pair", cross_use=True),
                    fact("province", "bureau", emergency_cross_use="on")),
    paths=(Ref("pair", "path"), Ref("pair", "mobile_path")),
    evidence={"emergency_role": Ref("pair", "emergency_role"),
              "mobile_role": Ref("pair", "mobile_role"),
              "phone": Ref("pair", "phone"),
              "province": Ref("bureau", "code"),
              "policy": Ref("bureau", "emergency_cross_use")},
    message=Text(
        zh="{emergency_role:person_role}的应急联系电话 {phone} 是{mobile_role:person_role}（另一人）的手机号码；"
           "{province:province}管局不接受主体负责人与互联网信息服务负责人互用对方的号码作应急联系电话。",
        en="The {emergency_role:person_role}'s emergency phone {phone} is the mobile of the "
           "{mobile_role:person_role}, another person; the {province:province} bureau does not accept the "
           "entity principal and a website/APP principal using each other's mobile as emergency phone.",
    ),
    remedy=Text(
        zh="请为{emergency_role:person_role}另填一个应急联系电话，不要使用{mobile_role:person_role}的手机号码。",
        en="Give the {emergency_role:person_role} another emergency phone, not the {mobile_role:person_role}'s "
           "mobile.",
    ),
    doc=Doc(
        what="In a province whose `emergency_cross_use` is on (FJ, LN, JX), the entity principal `P` and a "
             "website or APP principal `S` are different persons (W7: both give an ID number and the ID keys "
             "differ), and `P.emergency_phone` = `S.mobile` or `S.emergency_phone` = `P.mobile` (W6, both "
             "sides given). One reason per matching pair of fields (a swap gives two), at the emergency field "
             "that holds the other's mobile, then that mobile's field. Silent when sameness is unknown or they "
             "are one person (an equal number is then CONTACT_EMERGENCY_EQUALS_PRIMARY's), between two service "
             "principals, and in the other provinces. Reading: \"the two emergency numbers equal each other\" "
             "is read as silencing the pair whenever both emergency numbers are given and equal — also when "
             "one of them is the other's mobile (then that principal's emergency phone is his own mobile "
             "too, which CONTACT_EMERGENCY_EQUALS_PRIMARY reports): the reading that rejects less. A shared "
             "emergency contact alone is never cross-use. Orders only (`audit: no`).",
        why="The Fujian and Liaoning bureaus (AL-FJ, AL-LN) and Jiangxi's (VE-JX) require the principal's and "
            "the website principal's numbers to be independent: neither may give the other's mobile as his "
            "emergency contact, so that the bureau reaches a second person in an emergency.",
        fix="Give each principal an emergency number that is not the other principal's mobile.",
        sources=("AL-FJ", "AL-LN", "VE-JX"),
        zh=DocZh(
            what="在 `emergency_cross_use` 开启的省份（FJ、LN、JX），主体负责人 `P` 与某位网站或APP负责人 `S` "
                 "是不同的人（W7：双方都填写了证件号码且证件键不同），且 `P.emergency_phone` = `S.mobile` 或 "
                 "`S.emergency_phone` = `P.mobile`（W6，双方都已填写）。每对匹配的字段一条原因（互换则两条），"
                 "路径为填有对方手机号码的应急联系电话字段，然后是该手机号码的字段。以下情况不触发："
                 "无法判断是否同一人，或两者是同一人（号码相同则属 CONTACT_EMERGENCY_EQUALS_PRIMARY）、"
                 "两位网站/APP负责人之间，以及其他省份。解读：“两个应急联系电话彼此相同”解读为："
                 "只要两个应急联系电话都已填写且相同，"
                 "该对即不触发——其中一个是对方手机号码时也是如此（此时该负责人的应急联系电话也就是其本人的手机号码"
                 "，由 CONTACT_EMERGENCY_EQUALS_PRIMARY 报告）：即驳回较少的解读。仅共用同一个应急联系人，"
                 "从不算互用。仅检查订单（`audit: no`）。",
            why="福建和辽宁管局（AL-FJ、AL-LN）以及江西管局（VE-JX）要求主体负责人与网站负责人的号码相互独立："
                "任何一方都不得以对方的手机号码作为应急联系电话，以便管局在紧急情况下能联系到第二个人。",
            fix="请为每位负责人填写一个不是另一位负责人手机号码的应急联系电话。",
        ),
    ),
    examples=(
        Example("Fujian: the entity principal's emergency phone is the website principal's mobile", fires=True,
                paths=("entity.principal.emergency_phone", "websites[0].principal.mobile"), province="FJ",
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.mobile": _OWN_EMERGENCY}),
        Example("Liaoning: the website principal's emergency phone is the entity principal's mobile", fires=True,
                paths=("entity.principal.mobile", "websites[0].principal.emergency_phone"), province="LN",
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.emergency_phone": _OWN_MOBILE}),
        Example("Jiangxi: a swap gives two reasons", fires=True, count=2, province="JX",
                paths=("entity.principal.emergency_phone", "entity.principal.mobile",
                       "websites[0].principal.emergency_phone", "websites[0].principal.mobile"),
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.mobile": _OWN_EMERGENCY,
                         "websites[0].principal.emergency_phone": _OWN_MOBILE}),
        Example("Jiangxi: an APP principal's emergency phone is the entity principal's mobile, written with +86",
                fires=True, paths=("apps[0].principal.emergency_phone", "entity.principal.mobile"), province="JX",
                changes={**_OTHER_APP_PRINCIPAL, "apps[0].principal.emergency_phone": _OWN_MOBILE_SPACED}),
        Example("Zhejiang does not check it", fires=False,
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.mobile": _OWN_EMERGENCY}),
        Example("Fujian: one person (same ID number): CONTACT_EMERGENCY_EQUALS_PRIMARY's case", fires=False,
                province="FJ", changes={"websites[0].principal.emergency_phone": _OWN_MOBILE}),
        Example("Fujian: sameness unknown, the website principal gives no ID number", fires=False, province="FJ",
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.id_document": None,
                         "websites[0].principal.mobile": _OWN_EMERGENCY}),
        Example("Fujian: both give the same emergency contact", fires=False, province="FJ",
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.emergency_phone": _OWN_EMERGENCY}),
        Example("Fujian: the website principal's mobile and emergency phone are both the entity principal's "
                "emergency number (reading: a shared emergency number silences the pair)", fires=False,
                province="FJ",
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.mobile": _OWN_EMERGENCY,
                         "websites[0].principal.emergency_phone": _OWN_EMERGENCY}),
        Example("Fujian: the website principal gives no mobile", fires=False, province="FJ",
                changes={**_OTHER_SITE_PRINCIPAL, "websites[0].principal.mobile": None}),
        Example("Fujian: an approved filing is not audited for it", fires=False, province="FJ",
                changes={**_APPROVED, "entity.filing_number": "闽ICP备2026000123号", **_OTHER_SITE_PRINCIPAL,
                         "websites[0].principal.mobile": _OWN_EMERGENCY}),
    ),
)


CONTACT_LANDLINE_REQUIRED = Rule(
    code="CONTACT_LANDLINE_REQUIRED",
    kind="rejection",
    province="JS",
    modes=_ORDERS_ONLY,
    conditions=when(
        fact("principal_phones", "principal", role="entity_principal", entity_type="enterprise"),
        fact("principal_phone", "office", person=Ref("principal", "path"), field="office_phone",
             mobile_shaped=True),
    ),
    paths=(Ref("office", "path"),),
    evidence={"phone": Ref("office", "value")},
    message=Text(
        zh="江苏管局要求企业主体负责人的办公电话为固定电话，而填写的办公电话 {phone} 是手机号码。",
        en="The Jiangsu bureau requires an enterprise principal's office phone to be a landline; the office phone "
           "given, {phone}, is a mobile number.",
    ),
    remedy=Text(
        zh="请填写主体负责人真实的固定办公电话（区号加号码，如 025-83123456）。",
        en="Give the entity principal's real landline office number (area code and number, e.g. 025-83123456).",
    ),
    doc=Doc(
        what="`order.province` is JS, `entity.type` is `enterprise`, and `entity.principal.office_phone` is "
             "given and mobile-shaped (W6: `1\\d{10}` after normalisation). Silent when the office phone is "
             "not given (not a completeness row: a portal that leaves it out is not judged), for a value that "
             "is neither mobile- nor landline-shaped (not judged: an extension such as `025-83123456转801`), "
             "for units other than enterprises and for individual filers, for website/APP principals' office "
             "phones (TC-SUBJ speaks of the entity's details), and in the other provinces. Orders only "
             "(`audit: no`).",
        why="Jiangsu enterprise filings must give a real landline office number (TC-SUBJ); elsewhere a mobile "
            "may stand in for the office phone.",
        fix="Give the enterprise principal's landline office number.",
        sources=("TC-SUBJ",),
        zh=DocZh(
            what="`order.province` 为 JS，`entity.type` 为 `enterprise`，且 `entity.principal.office_phone` "
                 "已填写并呈手机号码形式（W6：规范化后为 `1\\d{10}`）。以下情况不触发："
                 "未填写办公电话（不是完整性检查：不对省略该项的门户作判断）；"
                 "既不像手机号码也不像固定电话的值（不判断：如带分机号的 `025-83123456转801`）；"
                 "企业以外的单位和个人备案；网站/APP负责人的办公电话（TC-SUBJ 说的是主体信息）；以及其他省份。"
                 "仅检查订单（`audit: no`）。",
            why="江苏的企业备案必须填写真实的固定办公电话（TC-SUBJ）；其他地区可以用手机号码作为办公电话。",
            fix="请填写企业主体负责人的固定办公电话。",
        ),
    ),
    examples=(
        Example("Jiangsu, an enterprise principal's office phone is a mobile", fires=True,
                paths=("entity.principal.office_phone",), province="JS",
                changes={"entity.principal.office_phone": own("entity.principal.emergency_phone")}),
        Example("Jiangsu, the mobile written with +86 and spaces", fires=True,
                paths=("entity.principal.office_phone",), province="JS",
                changes={"entity.principal.office_phone": own("entity.principal.mobile", then=_spaced)}),
        Example("Jiangsu, a landline", fires=False, province="JS"),
        Example("Jiangsu, no office phone given", fires=False, province="JS",
                changes={"entity.principal.office_phone": None}),
        Example("Jiangsu, a landline with an extension is not judged", fires=False, province="JS",
                changes={"entity.principal.office_phone": "025-83123456转801"}),
        Example("Jiangsu, a public institution", fires=False, province="JS",
                changes={"entity.type": "public_institution",
                         "entity.principal.office_phone": own("entity.principal.emergency_phone")}),
        Example("Jiangsu, an individual filer", fires=False, province="JS",
                changes={**_INDIVIDUAL, "entity.principal.office_phone": own("entity.principal.emergency_phone")}),
        Example("Jiangsu, the website principal's office phone is a mobile", fires=False, province="JS",
                changes={"websites[0].principal.office_phone": own("entity.principal.emergency_phone")}),
        Example("Zhejiang accepts a mobile as office phone", fires=False, province="ZJ",
                changes={"entity.principal.office_phone": _OWN_EMERGENCY}),
        Example("Jiangsu, an approved filing is not audited for it", fires=False, province="JS",
                changes={**_APPROVED, "entity.filing_number": "苏ICP备2026000123号",
                         "entity.principal.office_phone": own("entity.principal.emergency_phone")}),
    ),
)


CONTACT_OFFICE_PHONE_RULES = Rule(
    code="CONTACT_OFFICE_PHONE_RULES",
    kind="rejection",
    modes=_ORDERS_ONLY,
    reads=("office_phone_not_mobile",),
    conditions=when(
        fact("principal_phones", "principal", role="entity_principal", is_unit=True, office_is_mobile=True),
        fact("province", "bureau", office_phone_not_mobile="on"),
    ),
    paths=(Ref("principal", "office_path"), Ref("principal", "mobile_path")),
    evidence={"phone": Ref("principal", "mobile"),
              "province": Ref("bureau", "code"),
              "policy": Ref("bureau", "office_phone_not_mobile")},
    message=Text(
        zh="主体负责人的办公电话与其手机号码相同（均为 {phone}）；{province:province}管局要求办公电话不同于"
           "主体负责人的手机号码。",
        en="The entity principal's office phone is the principal's mobile ({phone} both); the {province:province} "
           "bureau requires an office phone other than the principal's mobile.",
    ),
    remedy=Text(
        zh="请填写单位的办公电话（固定电话或另一个号码），不要重复填写主体负责人的手机号码。",
        en="Give the unit's office number (a landline or another number), not the principal's mobile again.",
    ),
    doc=Doc(
        what="In a province whose `office_phone_not_mobile` is on (LN, JL, BJ), `entity.type` is not "
             "`individual`, and `entity.principal.office_phone` = `entity.principal.mobile` (W6, both given). "
             "Paths `entity.principal.office_phone`, then `entity.principal.mobile`. Silent for individual "
             "filers, when either number is not given, for a mobile office phone that is another number, for "
             "website/APP principals' office phones, and in the other provinces. Out of scope: the GS, CQ and "
             "TJ clauses (a mobile used as office phone needs a remark with the person's position or name): "
             "FORMAT's free-text `entity.remark` cannot be tied to a person or a field. Orders only "
             "(`audit: no`).",
        why="The Liaoning, Jilin and Beijing bureaus require the unit's office phone to differ from the "
            "principal's mobile (TC-SUBJ): the office number is a second way to reach the unit.",
        fix="Give an office number other than the principal's mobile.",
        sources=("TC-SUBJ",),
        zh=DocZh(
            what="在 `office_phone_not_mobile` 开启的省份（LN、JL、BJ），`entity.type` 不是 `individual`，且 "
                 "`entity.principal.office_phone` = `entity.principal.mobile`（W6，两者都已填写）。路径为 "
                 "`entity.principal.office_phone`，然后是 `entity.principal.mobile`。以下情况不触发：个人备案；"
                 "任一号码未填写；办公电话是另一个手机号码；网站/APP负责人的办公电话；以及其他省份。不在范围内："
                 "GS、CQ 和 TJ 的条款（以手机号码作为办公电话时需备注该人的职务或姓名）：FORMAT 中自由文本的 "
                 "`entity.remark` 无法对应到某个人或某个字段。仅检查订单（`audit: no`）。",
            why="辽宁、吉林和北京管局要求单位的办公电话不同于主体负责人的手机号码（TC-SUBJ）："
                "办公电话是联系该单位的第二种途径。",
            fix="请填写一个不同于主体负责人手机号码的办公电话。",
        ),
    ),
    examples=(
        Example("Liaoning, the office phone is the principal's mobile", fires=True, province="LN",
                paths=("entity.principal.mobile", "entity.principal.office_phone"),
                changes={"entity.principal.office_phone": _OWN_MOBILE}),
        Example("Jilin, the same number written with +86 and spaces", fires=True, province="JL",
                paths=("entity.principal.mobile", "entity.principal.office_phone"),
                changes={"entity.principal.office_phone": _OWN_MOBILE_SPACED}),
        Example("Beijing, a social group", fires=True, province="BJ",
                paths=("entity.principal.mobile", "entity.principal.office_phone"),
                changes={"entity.type": "social_group", "entity.principal.office_phone": _OWN_MOBILE}),
        Example("Liaoning, the office phone is another mobile", fires=False, province="LN",
                changes={"entity.principal.office_phone": _OWN_EMERGENCY}),
        Example("Liaoning, no office phone given", fires=False, province="LN",
                changes={"entity.principal.office_phone": None}),
        Example("Liaoning, no mobile given", fires=False, province="LN",
                changes={"entity.principal.mobile": None}),
        Example("Liaoning, an individual filer", fires=False, province="LN",
                changes={**_INDIVIDUAL, "entity.principal.office_phone": _OWN_MOBILE}),
        Example("Liaoning, the website principal's office phone is his mobile", fires=False, province="LN",
                changes={"websites[0].principal.office_phone": _OWN_MOBILE}),
        Example("Zhejiang does not check it", fires=False, changes={"entity.principal.office_phone": _OWN_MOBILE}),
        Example("Liaoning, an approved filing is not audited for it", fires=False, province="LN",
                changes={**_APPROVED, "entity.filing_number": "辽ICP备2026000123号",
                         "entity.principal.office_phone": _OWN_MOBILE}),
    ),
)


CONTACT_SEGMENT_UNSUPPORTED = Rule(
    code="CONTACT_SEGMENT_UNSUPPORTED",
    kind="advice",
    severity="warning",
    modes=_ORDERS_ONLY,
    conditions=when(fact("principal_phone", "phone", mobile_shaped=True, segment_valid=False)),
    paths=(Ref("phone", "path"),),
    evidence={"role": Ref("phone", "role"),
              "field": Ref("phone", "field"),
              "phone": Ref("phone", "value")},
    message=Text(
        zh="{role:person_role}的{field:contact_field} {phone} 不在已分配的手机号段内，"
           "备案系统可能提示“不支持该手机号段”。",
        en="The {role:person_role}'s {field:contact_field} {phone} is in no allocated mobile number block; the "
           "filing form may refuse it (\"不支持该手机号段\", segment not supported).",
    ),
    remedy=Text(
        zh="请核对该号码是否填写正确；如号码无误而系统仍不接受，请改用其他号段的手机号码。",
        en="Check that the number is written correctly; if it is and the form still refuses it, give a mobile "
           "number of another block.",
    ),
    doc=Doc(
        what="A principal's (the entity principal's, a website's or an APP's) `mobile`, `emergency_phone` or "
             "`office_phone` is mobile-shaped (W6: `1\\d{10}` after normalisation) and "
             "`phonenumbers.is_valid_number(phonenumbers.parse(number, \"CN\"))` is false — an unallocated "
             "block: in phonenumbers 9.0.43 e.g. `100…`, `106…`, `110…`, `120…`, `140…`, `141…`, `146…`, "
             "`148…`, `154…`, `160…`, `174…`, while `145…`, `162…`, `170…`, `190…`, `192…`, `199…` are "
             "valid. One reason per field, at the field. Silent for numbers that are not mobile-shaped "
             "(landlines, extensions, foreign numbers) and for numbers phonenumbers accepts (the provider's "
             "own list is unknown: TC-SUBJ gives none). Reading: a proxy for the provider-form message "
             "\"不支持该手机号段\", hence advice (warning) that never makes `ok` false; the phonenumbers "
             "metadata version is pinned with the library. Orders only (`audit: no`).",
        why="The provider's form refuses some number segments (\"不支持该手机号段\", TC-SUBJ); a number outside "
            "every allocated block is either mistyped or one such segment.",
        fix="Check the number; give a mobile of another block if the form refuses it.",
        sources=("TC-SUBJ",),
        zh=DocZh(
            what="某负责人（主体负责人、网站或APP负责人）的 `mobile`、`emergency_phone` 或 `office_phone` "
                 "呈手机号码形式（W6：规范化后为 `1\\d{10}`），而 `phonenumbers.is_valid_number(phonenumbers.parse("
                 "number, \"CN\"))` 为 false——即未分配的号段：在 phonenumbers 9.0.43 中如 `100…`、`106…`、`110…`、"
                 "`120…`、`140…`、`141…`、`146…`、`148…`、`154…`、`160…`、`174…`，而 `145…`、`162…`、`170…`、"
                 "`190…`、`192…`、`199…` 有效。每个字段一条原因，路径为该字段。以下情况不触发："
                 "不呈手机号码形式的号码（固定电话、分机号、境外号码），以及 phonenumbers "
                 "认可的号码（接入商自己的号段清单不明：TC-SUBJ 未给出）。解读："
                 "这是接入商表单提示“不支持该手机号段”的近似判断，因此仅作建议（warning），不会使 `ok` 为 false；"
                 "phonenumbers 的元数据版本随本库固定。仅检查订单（`audit: no`）。",
            why="接入商的表单会拒绝某些号段（“不支持该手机号段”，TC-SUBJ）；不在任何已分配号段内的号码，"
                "要么是填错了，要么就属于这类号段。",
            fix="请核对号码；如表单拒绝，请改填其他号段的手机号码。",
        ),
    ),
    examples=(
        Example("the principal's mobile is in the unallocated 140 block, on both records of him", fires=True,
                count=2, paths=("entity.principal.mobile", "websites[0].principal.mobile"),
                changes={"entity.principal.mobile": "14012345678", "websites[0].principal.mobile": "14012345678"}),
        Example("a website principal's emergency phone in the 100 block, written with +86", fires=True,
                paths=("websites[0].principal.emergency_phone",),
                changes={"websites[0].principal.emergency_phone": "+86 100 1234 5678"}),
        Example("an office phone given as a 174 mobile", fires=True,
                paths=("entity.principal.office_phone",), changes={"entity.principal.office_phone": "17412345678"}),
        Example("two fields of one principal, one reason each", fires=True, count=2,
                paths=("entity.principal.emergency_phone", "entity.principal.office_phone"),
                changes={"entity.principal.office_phone": "14112345678",
                         "entity.principal.emergency_phone": "15412345678"}),
        Example("the 145 block is allocated", fires=False, changes={"entity.principal.emergency_phone": "14512345678"}),
        Example("the 162 block is allocated", fires=False, changes={"entity.principal.emergency_phone": "16212345678"}),
        Example("the 199 block is allocated (its region is unknown, its block is not)", fires=False,
                changes={"entity.principal.emergency_phone": "19912345678"}),
        Example("a landline-shaped number phonenumbers refuses is not judged", fires=False,
                changes={"entity.principal.office_phone": "0571-8123400"}),
        Example("twelve digits starting with 1 are not mobile-shaped", fires=False,
                changes={"entity.principal.emergency_phone": "140123456789"}),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_APPROVED, "entity.principal.mobile": "14012345678"}),
    ),
)


RULES = (
    CONTACT_EMERGENCY_EQUALS_PRIMARY,
    PRINCIPAL_SAME_PERSON_CONSISTENCY,
    CONTACT_EMERGENCY_CROSS_USE,
    CONTACT_LANDLINE_REQUIRED,
    CONTACT_OFFICE_PHONE_RULES,
    CONTACT_SEGMENT_UNSUPPORTED,
)
