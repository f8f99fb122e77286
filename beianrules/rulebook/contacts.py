"""National rules about contacts: phones and emails, within and across filings.

Which numbers are checked (REASONS.md, "Phones"): the mobile, emergency and
office numbers of the entity principal and of every website/APP principal,
compared in normalised form. Cross-filing rules read the registry only through
flags (``facts/crossfiling.py``): no other entity's data reaches a report.
"""

from beianrules.declaration import Doc, DocZh, Example, Ref, Rule, Text, fact, when
from beianrules.examples import other, own

# An individual filer: the entity is the principal himself, with his ID as the certificate.
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}

# Personal filings in the registry (changes to the other entity's document): the base principal's own, and
# the other principal's.
_HIS_OWN_PERSONAL_FILING = {"entity.type": "individual", "entity.legal_representative": None,
                            "entity.name": own("entity.principal.name"), "entity.principal": own("entity.principal"),
                            "entity.certificate": {"type": "resident_id",
                                                   "number": own("entity.principal.id_document.number")}}
_ANOTHER_PERSONAL_FILING = {"entity.type": "individual", "entity.legal_representative": None,
                            "entity.name": other("entity.principal.name"),
                            "entity.certificate": {"type": "resident_id",
                                                   "number": other("entity.principal.id_document.number")}}

# The same legal representative as ours heads the other company (registry changes).
_HEADED_BY_OUR_LEGAL_REP = {"entity.legal_representative": own("entity.legal_representative"),
                            "entity.principal": own("entity.principal")}

# Numbers by where phonenumbers places their block or area code (regions.phone_region).
_BEIJING_MOBILE = "13800001234"
_SHANGHAI_MOBILE = "13800211234"
_SHANGHAI_LANDLINE = "021-81234000"
_TIANJIN_LANDLINE = "022-81234000"
_GUANGDONG_MOBILE = "13802241234"
_UNPLACED_MOBILE = "19912345678"  # a 199 block the geocoder places only as 中国: region unknown

_CALLED = own("entity.principal.mobile")


def _spaced(mobile: str) -> str:
    """``13805741234`` as ``+86 138 0574 1234``: the same number, written as people write it."""
    return f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}"


_CALLED_EMERGENCY = own("entity.principal.emergency_phone")


CONTACT_PHONE_NOT_LOCAL_SEGMENT = Rule(
    code="CONTACT_PHONE_NOT_LOCAL_SEGMENT",
    kind="rejection",
    reads=("local_phones",),
    conditions=when(
        fact("contact", "contact", is_phone=True, local=False),
        fact("province", "bureau"),
    ),
    paths=(Ref("contact", "path"),),
    evidence={"phone": Ref("contact", "value"),
              "field": Ref("contact", "field"),
              "region": Ref("contact", "region"),
              "province": Ref("bureau", "code"),
              "accepted": Ref("contact", "accepted")},
    message=Text(
        zh="{field:contact_field} {phone} 属于{region:province_short}号段，不是备案地区号段的电话号码"
           "（{province:province}管局接受的号段：{accepted:province_short}）。",
        en="The {field:contact_field} {phone} belongs to {region:province_short}'s number segments, "
           "not to the filing region's ({province:province} bureau accepts numbers of: {accepted:province_short}).",
    ),
    remedy=Text(
        zh="建议填写备案所在省、自治区、直辖市号段的电话号码（{accepted:province_short}）。",
        en="Give a number of the filing province's segments ({accepted:province_short}).",
    ),
    doc=Doc(
        what="A mobile, emergency or office number of the entity principal or of a website/APP principal "
             "belongs, by its number block (号段) or landline area code, to a province the bureau does not "
             "accept — only in provinces whose `local_phones` parameter requires local numbers for this "
             "filer: HE (Hebei, Beijing and Tianjin numbers accepted), SX, HN, and GS for individual "
             "filers. A number whose region cannot be determined (blocks the geocoder places only as "
             "China, such as 199, foreign numbers, malformed text) never fires. In SX a unit that explains "
             "its non-local number in `entity.remark` is not rejected.",
        why="Bureaus with a local-number requirement reject contact numbers outside the filing region's "
            "segments (SEED:L5 驳回原因一); the requirement is applied only where a provider's own page "
            "documents it (REASONS.md, \"Local numbers\"; RULE-CATALOG §1.3 and §2). The region is where "
            "the block was allocated, not where the subscriber lives: a ported number keeps its block.",
        fix="Give a number of the filing province's segments (or of an accepted neighbour, in Hebei).",
        sources=("SEED:L5", "TC-REJ", "AL-HE", "AL-SX18", "AL-HN18", "HW-KB", "KS-HN", "FC-GS"),
        zh=DocZh(
            what="主体负责人或网站/APP负责人的手机号码、应急联系电话或办公电话，"
                 "按其号段或固定电话区号属于管局不接受的省份——仅适用于 `local_phones` "
                 "参数要求该类备案使用本地号码的省份：HE（河北，也接受北京、天津号码）、SX、HN，以及 GS "
                 "的个人备案。无法确定归属地区的号码（地理编码只能定位到“中国”的号段如 199、境外号码、"
                 "格式不正确的文本）一律不触发。在 SX，单位在 `entity.remark` 中说明了使用外地号码原因的，"
                 "不予驳回。",
            why="有本地号码要求的管局会驳回不属于备案地区号段的联系电话（SEED:L5 驳回原因一）；"
                "仅在接入商自己的页面载明该要求的省份适用（REASONS.md“Local numbers”；RULE-CATALOG §1.3 和 §2）。"
                "归属地区指号段的分配地，而非用户的居住地：携号转网的号码仍保留原号段。",
            fix="请填写备案所在省份号段的电话号码（河北也可填写其接受的相邻地区号段）。",
        ),
    ),
    examples=(
        Example("Hebei, a Shanghai mobile", fires=True, paths=("entity.principal.mobile",), province="HE",
                changes={"entity.principal.mobile": _SHANGHAI_MOBILE}),
        Example("Hebei, a website principal's Shanghai office landline", fires=True,
                paths=("websites[0].principal.office_phone",), province="HE",
                changes={"websites[0].principal.office_phone": _SHANGHAI_LANDLINE}),
        Example("Hunan, a Guangdong emergency number", fires=True,
                paths=("entity.principal.emergency_phone",), province="HN",
                changes={"entity.principal.emergency_phone": _GUANGDONG_MOBILE}),
        Example("Hebei accepts a Beijing mobile", fires=False, province="HE",
                changes={"entity.principal.mobile": _BEIJING_MOBILE}),
        Example("Hebei accepts a Tianjin landline", fires=False, province="HE",
                changes={"entity.principal.office_phone": _TIANJIN_LANDLINE}),
        Example("Zhejiang has no local-number requirement", fires=False,
                changes={"entity.principal.mobile": _SHANGHAI_MOBILE}),
        Example("Hebei, a 199 number whose region is unknown", fires=False, province="HE",
                changes={"entity.principal.mobile": _UNPLACED_MOBILE}),
        Example("Gansu requires local numbers of individual filers only: an enterprise", fires=False,
                province="GS", changes={"entity.principal.mobile": _SHANGHAI_MOBILE}),
        Example("Gansu, an individual filer with a Shanghai mobile", fires=True,
                paths=("entity.principal.mobile",), province="GS",
                changes={"entity.type": "individual", "entity.legal_representative": None,
                         "entity.principal.mobile": _SHANGHAI_MOBILE}),
        Example("Shanxi, an enterprise with a Shanghai mobile and no remark", fires=True,
                paths=("entity.principal.mobile",), province="SX",
                changes={"entity.principal.mobile": _SHANGHAI_MOBILE}),
        Example("Shanxi, an enterprise that explains its non-local mobile in the remark", fires=False,
                province="SX", changes={"entity.principal.mobile": _SHANGHAI_MOBILE,
                                        "entity.remark": "负责人常驻上海，手机号码为上海号段"}),
        Example("Shanxi, an individual filer: a remark does not exempt him", fires=True,
                paths=("entity.principal.mobile",), province="SX",
                changes={"entity.type": "individual", "entity.legal_representative": None,
                         "entity.remark": "常驻上海", "entity.principal.mobile": _SHANGHAI_MOBILE}),
    ),
)


CONTACT_PHONE_UNREACHABLE = Rule(
    code="CONTACT_PHONE_UNREACHABLE",
    kind="rejection",
    conditions=when(
        fact("contact", "contact", is_phone=True),
        fact("verification_call", "call", contact=Ref("contact", "ref"), reached=False, reached_later=False,
             blocked=False),
    ),
    # The field to correct first (as in every contact rule), then the call that failed.
    paths=(Ref("contact", "path"), Ref("call", "path")),
    evidence={"phone": Ref("contact", "value"),
              "called_on": Ref("call", "on"),
              "field": Ref("contact", "field"),
              "result": Ref("call", "result")},
    message=Text(
        zh="拨打您订单中的{field:contact_field} {phone} 进行核验，结果：{result:call_result}。"
           "备案信息中的所有联系方式需保持畅通，以便核实备案信息的真实性。",
        en="The verification call to the {field:contact_field} {phone} of this order failed: {result:call_result}. "
           "Every contact number of a filing must stay reachable so that its details can be verified.",
    ),
    remedy=Text(
        zh="请保持电话畅通并由本人接听，勿设置拦截；如未及时接起，可后续拨打 950808 转 5 进行咨询核验"
           "（华为云的核验专线，其他接入商以其通知为准）；号码已停用或非本人使用的，请改填本人长期使用的号码。",
        en="Keep the phone reachable, answered by the principal in person, with no call blocking; if the call "
           "was missed, call 950808 extension 5 to be verified (Huawei Cloud's verification line; other "
           "providers give their own); replace a number that is out of service or not the principal's own.",
    ),
    doc=Doc(
        what="`verification.calls` records a call to one of the order's phones (a principal's mobile, "
             "emergency or office number, compared in normalised form) whose result is not `reached` "
             "(`unreachable`, `refused`, `wrong_person`). A call to a number the order does not hold is not "
             "this rule, nor a call with format 1.1's result `blocked` (the number blocks unknown callers): that "
             "call is CONTACT_PHONE_BLOCKING's, and this rule is not reported for it (FORMAT 1.1 group G). "
             "A failed call is made up for — the rule stays silent — when the same number was "
             "reached by a call on the same day or later; when the dates cannot be compared (one is "
             "missing) and no dated call settles it, the rule also stays silent. One reason per failed call "
             "and per field holding the number (paths: that field, then the call's result).",
        why="The provider and the bureau call the contact numbers to verify the filing; a call not "
            "answered, refused or answered by someone else gets the order rejected (SEED:L5, SEED:L12), "
            "and a provider's special check issues a rectification for an approved filing whose principal "
            "cannot be reached (HW-CHK).",
        fix="Keep the numbers reachable and answer in person; after a missed call, call the provider's "
            "verification line (Huawei: 950808 ext. 5, SEED:L12, HW-CHK); replace a dead number by a "
            "change filing.",
        sources=("SEED:L5", "SEED:L12", "TC-REJ", "HW-CHK", "HW-ERR(4.1, 4.2)", "TC-CHECK"),
        zh=DocZh(
            what="`verification.calls` 中记录了一次拨打本订单某个电话（负责人的手机号码、应急联系电话或办公电话，"
                 "按规范化形式比较）的核验电话，其结果不是 `reached`（而是 `unreachable`、`refused`、"
                 "`wrong_person`）。拨打订单中没有的号码不属于本规则；1.1 格式中结果为 "
                 "`blocked`（该号码拦截陌生来电）的电话也不属于本规则：它属于 CONTACT_PHONE_BLOCKING，"
                 "本规则不对其报告（FORMAT 1.1 G 组）。同一号码在同一天或之后有一次接通的电话，"
                 "即视为补上了失败的核验，本规则不触发；日期无法比较（其中一个缺失）且没有带日期的电话能判定时，"
                 "本规则同样不触发。每次失败的电话、每个填有该号码的字段各一条原因（路径：该字段，"
                 "然后是该电话的结果）。",
            why="接入商和管局会拨打联系电话核验备案；电话无人接听、被拒接或由他人接听的，订单将被驳回（SEED:L5、"
                "SEED:L12）；接入商的专项核查中，已通过备案的负责人无法联系到的，会下发整改通知（HW-CHK）。",
            fix="请保持号码畅通并由本人接听；错过来电后，请拨打接入商的核验专线（华为：950808 转 5，SEED:L12、"
                "HW-CHK）；号码已停用的，请通过变更备案更换。",
        ),
    ),
    examples=(
        Example("the principal's mobile was not reached", fires=True,
                paths=("entity.principal.mobile", "verification.calls[0].result", "websites[0].principal.mobile"),
                count=2,
                changes={"verification.calls": [{"phone": _CALLED, "result": "unreachable", "on": "2026-11-21"}]}),
        Example("the emergency number refused the verification", fires=True,
                paths=("entity.principal.emergency_phone", "verification.calls[0].result",
                       "websites[0].principal.emergency_phone"), count=2,
                changes={"verification.calls": [{"phone": _CALLED_EMERGENCY, "result": "refused",
                                                 "on": "2026-11-21"}]}),
        Example("the call, written with +86 and spaces, was answered by someone else", fires=True,
                paths=("entity.principal.mobile", "verification.calls[0].result", "websites[0].principal.mobile"),
                count=2,
                changes={"verification.calls": [{"phone": own("entity.principal.mobile", then=_spaced),
                                                 "result": "wrong_person", "on": "2026-11-21"}]}),
        Example("reached once, then not reached on a later day", fires=True,
                paths=("entity.principal.mobile", "verification.calls[1].result", "websites[0].principal.mobile"),
                count=2,
                changes={"verification.calls": [{"phone": _CALLED, "result": "reached", "on": "2026-11-20"},
                                                {"phone": _CALLED, "result": "unreachable", "on": "2026-11-21"}]}),
        Example("an undated failed call and no call that reached the number", fires=True,
                paths=("entity.principal.mobile", "verification.calls[0].result", "websites[0].principal.mobile"),
                count=2,
                changes={"verification.calls": [{"phone": _CALLED, "result": "unreachable"}]}),
        Example("an approved filing's principal cannot be reached (rectification)", fires=True,
                paths=("entity.principal.mobile", "verification.calls[0].result", "websites[0].principal.mobile"),
                count=2,
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2025-03-01",
                         "verification.calls": [{"phone": _CALLED, "result": "unreachable", "on": "2026-11-21"}]}),
        Example("the call reached the principal", fires=False,
                changes={"verification.calls": [{"phone": _CALLED, "result": "reached", "on": "2026-11-21"}]}),
        Example("a call to a number that is not in the order", fires=False,
                changes={"verification.calls": [{"phone": _SHANGHAI_MOBILE, "result": "unreachable",
                                                 "on": "2026-11-21"}]}),
        Example("not reached, then reached on a later day", fires=False,
                changes={"verification.calls": [{"phone": _CALLED, "result": "unreachable", "on": "2026-11-21"},
                                                {"phone": _CALLED, "result": "reached", "on": "2026-11-22"}]}),
        Example("not reached and reached on the same day", fires=False,
                changes={"verification.calls": [{"phone": _CALLED, "result": "reached", "on": "2026-11-21"},
                                                {"phone": _CALLED, "result": "unreachable", "on": "2026-11-21"}]}),
        Example("a reached call whose date is unknown: the order of the calls is unknown", fires=False,
                changes={"verification.calls": [{"phone": _CALLED, "result": "unreachable", "on": "2026-11-21"},
                                                {"phone": _CALLED, "result": "reached"}]}),
        Example("no calls recorded", fires=False),
        Example("a blocked call (format 1.1) is CONTACT_PHONE_BLOCKING's, not this rule's", fires=False,
                changes={"verification.calls": [{"phone": _CALLED, "result": "blocked", "on": "2026-11-21"}]}),
    ),
)


CONTACT_PHONE_USED_BY_OTHER_ENTITY = Rule(
    code="CONTACT_PHONE_USED_BY_OTHER_ENTITY",
    kind="rejection",
    conditions=when(
        fact("contact", "contact", field="mobile"),
        fact("other_entity_contact", "other", contact=Ref("contact", "ref"), same_legal_rep=False),
    ),
    paths=(Ref("contact", "path"),),
    evidence={"mobile": Ref("contact", "value")},
    message=Text(
        zh="手机号码 {mobile} 已用于其他主体的备案。",
        en="The mobile number {mobile} is already used in another entity's filing.",
    ),
    remedy=Text(
        zh="请更换为未在其他主体备案过的号码，或先变更另一主体备案中的该号码。",
        en="Use a number never filed for another entity, or first change it in the other entity's filing.",
    ),
    doc=Doc(
        what="A principal's mobile (entity principal, website or APP principal) appears as a principal's "
             "phone in the registry under a different entity — one that shares neither the certificate "
             "nor the entity filing number. Silent when the same legal representative heads both "
             "entities (he keeps one set of contacts, SEED:L7; an individual filer heads his own filing), "
             "when that cannot be determined, and without a registry.",
        why="One mobile may serve only one entity; the bureau rejects numbers already filed by another.",
        fix="Use a number never filed before, or change the other entity's filing.",
        sources=("SEED:L5", "SEED:L7", "TC-REJ", "TC-SITE", "HW-S3(CQ)", "HW-S7(HE)", "IN-REJ"),
        zh=DocZh(
            what="某负责人（主体负责人、网站或APP负责人）的手机号码，"
                 "在备案库中作为另一主体——证件和主体备案号均不相同的主体——的负责人电话出现。以下情况不触发："
                 "两个主体由同一法定代表人担任（其只保留一套联系方式，SEED:L7；个人备案者即其本人备案的负责人）、"
                 "无法确定是否同一法定代表人，以及没有备案库。",
            why="一个手机号码只能用于一个主体；管局会驳回已被其他主体备案过的号码。",
            fix="请使用从未备案过的号码，或变更另一主体的备案。",
        ),
    ),
    examples=(
        Example("another company filed the same mobile", fires=True, paths=("entity.principal.mobile",),
                changes={"entity.principal.mobile": other("entity.principal.mobile")},
                registry=({},)),
        Example("a website principal's mobile is another company's", fires=True,
                paths=("websites[0].principal.mobile",),
                changes={"websites[0].principal.mobile": other("entity.principal.mobile")},
                registry=({},)),
        Example("an individual filer's mobile is another company's", fires=True, paths=("entity.principal.mobile",),
                changes={**_INDIVIDUAL, "entity.principal.mobile": other("entity.principal.mobile")},
                registry=({},)),
        Example("the same legal representative heads both companies", fires=False,
                changes={"entity.principal.mobile": other("entity.principal.mobile"),
                         "entity.legal_representative": other("entity.legal_representative"),
                         "entity.principal.name": other("entity.principal.name"),
                         "entity.principal.id_document": other("entity.principal.id_document")},
                registry=({},)),
        Example("an individual filer who is the other company's legal representative", fires=False,
                changes={**_INDIVIDUAL, "entity.name": other("entity.principal.name"),
                         "entity.certificate.number": other("entity.legal_representative.id_number"),
                         "entity.principal.mobile": other("entity.principal.mobile")},
                registry=({},)),
        Example("the registry holds this entity's own earlier filing", fires=False,
                changes={"entity.principal.mobile": other("entity.principal.mobile")},
                registry=({"entity.certificate.number": own("entity.certificate.number")},)),
        Example("no registry given", fires=False,
                changes={"entity.principal.mobile": other("entity.principal.mobile")}),
    ),
)


CONTACT_SHARED_ACROSS_ENTITIES = Rule(
    code="CONTACT_SHARED_ACROSS_ENTITIES",
    kind="rejection",
    conditions=when(
        fact("contact", "contact", field="email"),
        fact("other_entity_contact", "other", contact=Ref("contact", "ref"), same_legal_rep=False),
    ),
    paths=(Ref("contact", "path"),),
    evidence={"email": Ref("contact", "value")},
    message=Text(
        zh="电子邮箱 {email} 已用于其他主体的备案；不同主体的主体负责人、互联网信息服务负责人的邮箱不能相同。",
        en="The email address {email} is already used in another entity's filing; the principals of "
           "different entities may not share an email address.",
    ),
    remedy=Text(
        zh="请填写本主体专用的电子邮箱，或先变更另一主体备案中的该邮箱。",
        en="Give an email address of this entity's own, or first change it in the other entity's filing.",
    ),
    doc=Doc(
        what="The email of the entity principal or of a website/APP principal appears as a principal's "
             "email in the registry under a different entity (one that shares neither the certificate nor "
             "the entity filing number). Emails are compared case-insensitively. Silent when the same "
             "legal representative heads both entities (as for CONTACT_PHONE_USED_BY_OTHER_ENTITY; an "
             "individual filer heads his own filing), when that cannot be determined, and without a "
             "registry. Shared mobiles are CONTACT_PHONE_USED_BY_OTHER_ENTITY.",
        why="Different entities may not share the principal's or the service principal's contacts "
            "(SEED:L7); the only exception is one legal representative heading several companies, who "
            "keeps one set of contacts.",
        fix="Use entity-specific contacts, or change the other entity's filing.",
        sources=("SEED:L7", "HW-S7(HE)"),
        zh=DocZh(
            what="主体负责人或网站/APP负责人的电子邮箱，在备案库中作为另一主体（证件和主体备案号均不相同的主体）"
                 "的负责人邮箱出现。邮箱比较不区分大小写。以下情况不触发：两个主体由同一法定代表人担任（与 "
                 "CONTACT_PHONE_USED_BY_OTHER_ENTITY 相同；个人备案者即其本人备案的负责人）、"
                 "无法确定是否同一法定代表人，以及没有备案库。手机号码重复属于 CONTACT_PHONE_USED_BY_OTHER_ENTITY。",
            why="不同主体的主体负责人或互联网信息服务负责人不得使用相同的联系方式（SEED:L7）；"
                "唯一的例外是同一法定代表人担任多家公司的负责人，其只保留一套联系方式。",
            fix="请使用本主体专用的联系方式，或变更另一主体的备案。",
        ),
    ),
    examples=(
        Example("the principal's email is another company's", fires=True, paths=("entity.principal.email",),
                changes={"entity.principal.email": other("entity.principal.email")},
                registry=({},)),
        Example("a website principal's email is another company's, in other letter case", fires=True,
                paths=("websites[0].principal.email",),
                changes={"websites[0].principal.email": other("entity.principal.email", then=str.upper)},
                registry=({},)),
        Example("an APP principal's email is another company's", fires=True, paths=("apps[0].principal.email",),
                changes={"apps": [{"name": "示例App", "platforms": ["android"],
                                   "principal": {"name": "赵敏", "email": other("entity.principal.email")}}]},
                registry=({},)),
        Example("an individual filer's email is another company's", fires=True, paths=("entity.principal.email",),
                changes={**_INDIVIDUAL, "entity.principal.email": other("entity.principal.email")},
                registry=({},)),
        Example("the same legal representative heads both companies", fires=False,
                changes={"entity.principal.email": other("entity.principal.email")},
                registry=({"entity.legal_representative": own("entity.legal_representative")},)),
        Example("the registry holds this entity's own earlier filing", fires=False,
                changes={"entity.principal.email": other("entity.principal.email")},
                registry=({"entity.certificate.number": own("entity.certificate.number")},)),
        Example("another company in the registry, with other emails", fires=False, registry=({},)),
        Example("no registry given", fires=False,
                changes={"entity.principal.email": other("entity.principal.email")}),
    ),
)


LEGAL_REP_CONTACTS_INCONSISTENT = Rule(
    code="LEGAL_REP_CONTACTS_INCONSISTENT",
    kind="rejection",
    conditions=when(
        fact("person", "principal", role="entity_principal", is_legal_rep=True),
        fact("contact", "contact", person=Ref("principal", "ref")),
        fact("principal_of_other_entity", "elsewhere", contact=Ref("contact", "ref"),
             other_is_unit=True, same_legal_rep=True, same_value=False),
    ),
    paths=(Ref("contact", "path"),),
    evidence={"name": Ref("principal", "name"),
              "value": Ref("contact", "value"),
              "field": Ref("contact", "field")},
    message=Text(
        zh="法定代表人 {name} 同时是另一主体的主体负责人，"
           "本订单中的{field:contact_field}（{value}）与其在该主体备案中填写的不一致；"
           "同一法定代表人有多家公司备案时，其联系方式需保持一致。",
        en="The legal representative {name} is also the principal of another entity, and the {field:contact_field} "
           "given here ({value}) differs from the one in that entity's filing; a legal representative of "
           "several companies keeps the same contact details in all their filings.",
    ),
    remedy=Text(
        zh="请在各公司的备案中填写同一{field:contact_field}：修改本订单，或先变更另一主体的备案。",
        en="Use the same {field:contact_field} in every company's filing: correct this order, or change the other "
           "entity's filing first.",
    ),
    doc=Doc(
        what="The entity principal is the legal representative (by ID number, else name), the same person "
             "(ID number) is the entity principal of another entity in the registry, a unit that he also "
             "heads as its legal representative, and his mobile or email differs between the two filings. "
             "One reason per differing field (`entity.principal.mobile`, `entity.principal.email`); only "
             "fields given in both filings are compared (mobiles normalised, emails case-insensitively). "
             "The other filing's value is never shown. Silent without a registry and when the other "
             "entity's legal representative is another person or not given: there the principal's "
             "contacts must differ instead (CONTACT_PHONE_USED_BY_OTHER_ENTITY), so requiring them to "
             "agree would reject either way. His own personal filing is not a company of his (SEED:L7 "
             "speaks of several companies): its contacts may differ.",
        why="The one case where contacts must be shared: when one legal representative has several "
            "companies filing, his contact details must be identical in each (SEED:L7).",
        fix="Use the same mobile and email in every filing, correcting this order or the other filing.",
        sources=("SEED:L7", "HW-KB(doc_0080)"),
        zh=DocZh(
            what="主体负责人即法定代表人（按证件号码判断，否则按姓名），同一人（按证件号码）"
                 "在备案库中又是另一主体的主体负责人，且该主体是由其担任法定代表人的单位，"
                 "而其手机号码或电子邮箱在两份备案中不一致。每个不一致的字段（`entity.principal.mobile`、"
                 "`entity.principal.email`）一条原因；只比较两份备案中都填写了的字段（手机号码规范化后比较，"
                 "邮箱不区分大小写）。另一份备案中的值从不显示。以下情况不触发：没有备案库；"
                 "另一主体的法定代表人是他人或未填写：此时负责人的联系方式反而必须不同（CONTACT_PHONE_USED_BY_OTHER"
                 "_ENTITY），若要求一致则无论如何都会驳回。其本人的个人备案不算其名下公司（SEED:L7 说的是多家公司）"
                 "：其联系方式可以不同。",
            why="这是联系方式必须相同的唯一情形：同一法定代表人有多家公司备案时，"
                "其联系方式在各份备案中须完全一致（SEED:L7）。",
            fix="请在各份备案中使用同一手机号码和电子邮箱：修改本订单，或变更另一份备案。",
        ),
    ),
    examples=(
        Example("he heads another company with another mobile", fires=True, paths=("entity.principal.mobile",),
                registry=({**_HEADED_BY_OUR_LEGAL_REP, "entity.principal.mobile": other("entity.principal.mobile")},)),
        Example("he heads another company with another email", fires=True, paths=("entity.principal.email",),
                registry=({**_HEADED_BY_OUR_LEGAL_REP, "entity.principal.email": "wanghy@other-trade.cn"},)),
        Example("he heads another company with the same contacts", fires=False,
                registry=(_HEADED_BY_OUR_LEGAL_REP,)),
        Example("the emails differ only in letter case", fires=False,
                registry=({**_HEADED_BY_OUR_LEGAL_REP,
                           "entity.principal.email": own("entity.principal.email", then=str.upper)},)),
        Example("the other filing gives no email: nothing to compare", fires=False,
                registry=({**_HEADED_BY_OUR_LEGAL_REP, "entity.principal.email": None},)),
        Example("our principal is not our legal representative", fires=False,
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "330106198401011234"}},
                registry=({**_HEADED_BY_OUR_LEGAL_REP, "entity.principal.mobile": other("entity.principal.mobile")},)),
        Example("he is the other company's principal but another person is its legal representative",
                fires=False,
                registry=({"entity.principal": own("entity.principal"),
                           "entity.principal.mobile": other("entity.principal.mobile")},)),
        Example("his own personal filing gives another mobile", fires=False,
                registry=({**_HEADED_BY_OUR_LEGAL_REP, "entity.type": "individual",
                           "entity.legal_representative": None, "entity.name": own("entity.principal.name"),
                           "entity.certificate": {"type": "resident_id",
                                                  "number": own("entity.principal.id_document.number")},
                           "entity.principal.mobile": other("entity.principal.mobile")},)),
        Example("the registry holds this entity's own earlier filing with another mobile", fires=False,
                registry=({**_HEADED_BY_OUR_LEGAL_REP, "entity.certificate.number": own("entity.certificate.number"),
                           "entity.principal.mobile": other("entity.principal.mobile")},)),
        Example("no registry given", fires=False),
    ),
)


SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY = Rule(
    code="SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY",
    kind="rejection",
    conditions=when(
        fact("person", "principal"),
        fact("other_entity_service_principal", "other", person=Ref("principal", "ref")),
    ),
    paths=(Ref("other", "path"),),
    evidence={"name": Ref("principal", "name")},
    message=Text(
        zh="互联网信息服务负责人 {name} 的证件号码已在其他主体的备案中作为网站/APP负责人"
           "（互联网信息服务负责人证件号码重复）。",
        en="The ID number of the website/APP principal {name} is already filed as a website/APP principal "
           "under another entity (duplicate service-principal ID number).",
    ),
    remedy=Text(
        zh="请为本网站/APP更换互联网信息服务负责人，或先变更、注销另一主体备案中由其担任的负责人。",
        en="Nominate another website/APP principal here, or first change or cancel that person's role in "
           "the other entity's filing.",
    ),
    doc=Doc(
        what="The ID number of a website or APP principal X (互联网信息服务负责人) appears as a website or APP "
             "principal's under a different entity in the registry (one that shares neither the "
             "certificate nor the entity filing number), in a document that is not X's own personal filing, "
             "and the checked document is not X's own personal filing either (REASONS-WAVE1's change to the "
             "seed row: a person may serve his own personal filing plus one company). X's own personal "
             "filing is an `individual` filing headed by X: the certificate number (else the principal's ID "
             "number) equals X's, the names compared only when neither number is given; when that cannot be "
             "told, it counts as his own (silence, W7). Filing his own site is always allowed: a second "
             "company is reported when that company's filing is checked. ID numbers are compared trimmed "
             "and case-insensitively (a final `x`). Being the other entity's entity principal only does not "
             "count. No exception for a shared legal representative. Silent without a registry.",
        why="One person may be the service principal of one entity only; the same person under two "
            "entities is rejected as a duplicate service-principal ID (SEED:L11).",
        fix="Nominate another person here, or change or cancel the other entity's filing (where the old "
            "filing is at the same provider, per HW).",
        sources=("SEED:L11", "KEPAI-3P", "VE-JX", "TC-SUBJ"),
        zh=DocZh(
            what="网站或APP负责人 X（互联网信息服务负责人）的证件号码，"
                 "在备案库中另一主体（证件和主体备案号均不相同的主体）下作为网站或APP负责人的证件号码出现，"
                 "该份备案不是 X 本人的个人备案，且所检查的文档也不是 X 本人的个人备案（REASONS-WAVE1 "
                 "对种子行的修改：一个人可以担任其本人个人备案及一家公司的负责人）。X 本人的个人备案是由 X "
                 "担任负责人的 `individual` 备案：证件号码（否则为负责人的证件号码）与 X 的相同，"
                 "只有在双方都未填号码时才比较姓名；无法判断时视为其本人的备案（不触发，W7）。"
                 "为自己的网站备案始终允许：第二家公司会在检查该公司的备案时报告。"
                 "证件号码去除首尾空白后不区分大小写比较（末位 `x`）。仅担任另一主体的主体负责人不计入。"
                 "同一法定代表人不构成例外。没有备案库时不触发。",
            why="一个人只能担任一个主体的互联网信息服务负责人；同一人出现在两个主体下，"
                "会以互联网信息服务负责人证件号码重复被驳回（SEED:L11）。",
            fix="请在本订单中另行指定负责人，或变更、注销另一主体的备案（按 HW，旧备案需在同一接入商处）。",
        ),
    ),
    examples=(
        Example("he also serves his own personal filing: allowed", fires=False,
                registry=({**_HIS_OWN_PERSONAL_FILING, "websites[0].principal": own("entity.principal")},)),
        Example("he also serves another person's personal filing", fires=True,
                paths=("websites[0].principal.id_document.number",),
                registry=({**_ANOTHER_PERSONAL_FILING, "websites[0].principal": own("entity.principal")},)),
        Example("his own personal filing checked, while he serves a company: filing his own site is allowed",
                fires=False, changes=_INDIVIDUAL,
                registry=({"websites[0].principal": own("entity.principal")},)),
        Example("another personal filing whose holder cannot be told counts as his own", fires=False,
                registry=({"entity.type": "individual", "entity.legal_representative": None, "entity.name": "",
                           "entity.certificate": None, "entity.principal.id_document": None,
                           "websites[0].principal": own("entity.principal")},)),
        Example("our website principal is another company's website principal", fires=True,
                paths=("websites[0].principal.id_document.number",),
                registry=({"websites[0].principal": own("entity.principal")},)),
        Example("our website principal is another company's APP principal", fires=True,
                paths=("websites[0].principal.id_document.number",),
                registry=({"apps": [{"name": "他方App", "platforms": ["ios"],
                                     "principal": own("entity.principal")}]},)),
        Example("our APP principal is another company's website principal", fires=True,
                paths=("apps[0].principal.id_document.number",),
                changes={"apps": [{"name": "示例App", "platforms": ["android"],
                                   "principal": other("entity.principal")}]},
                registry=({},)),
        Example("the ID number differs only in the letter case of its check character", fires=True,
                paths=("websites[0].principal.id_document.number",),
                province="HN",
                changes={"websites[0].principal.id_document.number":
                         own("entity.principal.id_document.number", province="HN", then=str.lower)},
                registry=({"websites[0].principal": own("entity.principal", province="HN")},)),
        Example("he is only the other company's entity principal", fires=False,
                registry=({"entity.principal": own("entity.principal")},)),
        Example("another company's website principal is our entity principal, not our website principal",
                fires=False,
                changes={"websites[0].principal": other("entity.principal")},
                registry=({"websites[0].principal": own("entity.principal")},)),
        Example("the registry holds this entity's own earlier filing", fires=False,
                registry=({"entity.certificate.number": own("entity.certificate.number"),
                           "websites[0].principal": own("entity.principal")},)),
        Example("no registry given", fires=False),
    ),
)


RULES = (
    CONTACT_PHONE_NOT_LOCAL_SEGMENT,
    CONTACT_PHONE_UNREACHABLE,
    CONTACT_PHONE_USED_BY_OTHER_ENTITY,
    CONTACT_SHARED_ACROSS_ENTITIES,
    LEGAL_REP_CONTACTS_INCONSISTENT,
    SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY,
)
