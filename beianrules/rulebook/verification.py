"""Format-1.1 rules about what the provider and the bureau verified — calls, SMS checks, identity checks,
rectification notices — and about the emergency contact (FORMAT 1.1 group G and "Smaller additions").

Facts: ``facts/verification.py`` (SMS and identity checks, emergency contacts, the rectification notice) and
``facts/people.py``'s ``contact`` and ``verification_call`` (calls paired with the order's phones, the 1.1
result ``blocked`` included). Nothing here reads the registry.
"""

from beianrules.declaration import Alongside, Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import other, own

_ORDERS_ONLY: frozenset[Mode] = frozenset({"order"})
_AUDITS_ONLY: frozenset[Mode] = frozenset({"audit"})

# The base document as an approved filing (an audit).
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2026-10-01",
             "entity.filing_number": "浙ICP备2026000123号", "websites[0].filing_number": "浙ICP备2026000123号-1"}

# The base document as an order at the bureau (the SMS is sent once it arrives there).
_AT_BUREAU = {"order.status": "authority_review", "order.submitted_to_provider_on": "2026-11-20",
              "order.submitted_to_authority_on": "2026-11-24"}

# An individual filer: the entity is the principal himself, with his ID as the certificate.
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}

# A website principal who is another person (the other example entity's principal, with his own contacts).
_OTHER_SITE_PRINCIPAL = {"websites[0].principal": other("entity.principal")}

_MOBILE = own("entity.principal.mobile")
_EMERGENCY = own("entity.principal.emergency_phone")
_ELSEWHERE_MOBILE = "13800211234"  # a Shanghai number no example document holds
_THIRD_PERSON = {"name": "赵敏", "position": "行政主管"}


def _spaced(mobile: str) -> str:
    """``13805741234`` as ``+86 138 0574 1234``: the same number as people write it (the converter normalises it)."""
    return f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}"


_MOBILE_SPACED = own("entity.principal.mobile", then=_spaced)


def _call(number: object, result: str, on: str | None = "2026-11-21") -> dict[str, object]:
    return {"phone": number, "result": result, "on": on}


# -- CONTACT_PHONE_BLOCKING ------------------------------------------------------------------------

CONTACT_PHONE_BLOCKING = Rule(
    code="CONTACT_PHONE_BLOCKING",
    kind="rejection",
    conditions=when(
        fact("contact", "contact", is_phone=True),
        fact("verification_call", "call", contact=Ref("contact", "ref"), blocked=True, reached_later=False),
    ),
    # The field to correct first (as in every contact rule), then the call that was blocked.
    paths=(Ref("contact", "path"), Ref("call", "path")),
    evidence={"phone": Ref("contact", "value"),
              "field": Ref("contact", "field"),
              "called_on": Ref("call", "on"),
              "result": Ref("call", "result")},
    message=Text(
        zh="拨打您订单中的{field:contact_field} {phone} 进行核验时，来电被拦截（{result:call_result}）；"
           "备案信息中的联系电话不得设置拦截陌生来电或呼叫限制，须保证核验电话能够接通。",
        en="The verification call to the {field:contact_field} {phone} of this order was intercepted "
           "({result:call_result}); the contact numbers of a filing may not block unknown callers or restrict "
           "calls: the verification call must get through.",
    ),
    remedy=Text(
        zh="请关闭该号码的来电拦截、骚扰拦截或呼叫限制（含手机安全软件与运营商的拦截服务），保持电话畅通并由本人接听。",
        en="Turn off call blocking, spam interception and call restrictions on that number (phone security apps "
           "and the carrier's blocking services included), and keep it reachable, answered in person.",
    ),
    doc=Doc(
        what="`verification.calls` records a call with format 1.1's result `blocked` (来电拦截 / 呼叫限制: the "
             "number blocks unknown callers) to one of the order's phones — a principal's mobile, emergency or "
             "office number, compared in normalised form (W6). One reason per blocked call and per field holding "
             "the number (paths: that field, then the call's result); for that call CONTACT_PHONE_UNREACHABLE is "
             "not reported. A call to a number the order does not hold is not this rule. No 1.0 clause: a 1.0 "
             "document cannot record that a call was blocked (RULE-CATALOG's row says only that numbers must not "
             "block unknown callers; `blocked` is a 1.1 token), so the rule never fires on a 1.0 document, where "
             "such a call is recorded as `unreachable` and stays CONTACT_PHONE_UNREACHABLE's. "
             "Reading: a blocked call is made up for, as a failed call is for CONTACT_PHONE_UNREACHABLE, when "
             "the same number was reached by a call on the same day or later (the blocking was lifted), and the "
             "rule is silent when the dates cannot be compared and no dated call settles it — the reading that "
             "rejects less. On an approved filing the reason is a rectification.",
        why="Contact numbers must be real and reachable, and must not block strange callers: the verification "
            "call of the provider or the bureau has to get through (SEED:L7, truncated after this sentence; the "
            "seed provider's knowledge base, HW-KB doc_0080). A call that is intercepted fails the verification "
            "as a call not answered does.",
        fix="Lift the call blocking on the number and answer the verification call in person; ask the provider "
            "to call again.",
        sources=("SEED:L7", "HW-KB(doc_0080)"),
        zh=DocZh(
            what="`verification.calls` 记录了一次结果为格式 1.1 的 `blocked`（来电拦截 / 呼叫限制：该号码拦截陌生来电）"
                 "的呼叫，拨打的是订单中的某个电话——负责人的手机、应急联系电话或办公电话，按规范化形式比较（W6）。"
                 "每次被拦截的呼叫、每个含有该号码的字段各一条原因（路径：该字段，然后是该呼叫的结果）；"
                 "对该呼叫不再报告 CONTACT_PHONE_UNREACHABLE。拨打订单中没有的号码不属于本规则。没有 1.0 条款：1.0 "
                 "文档无法记录呼叫被拦截（RULE-CATALOG 该行只说号码不得拦截陌生来电；`blocked` 是 1.1 的值），"
                 "因此本规则不会对 1.0 文档触发，在 1.0 文档中此类呼叫记为 `unreachable`，仍由 "
                 "CONTACT_PHONE_UNREACHABLE 处理。解读：与 CONTACT_PHONE_UNREACHABLE 中未接通的呼叫一样，"
                 "同一号码在同一天或之后有呼叫接通的（拦截已解除），被拦截的呼叫即视为已弥补；日期无法比较、"
                 "且没有带日期的呼叫能作出判断时，本规则不触发——这是驳回更少的读法。已备案的，该原因为整改。",
            why="联系电话须真实、可接通，且不得拦截陌生来电：接入商或管局的核验电话必须能够接通（SEED:L7，"
                "该句之后被截断；种子接入商的知识库 HW-KB doc_0080）。来电被拦截，与无人接听一样，核验不通过。",
            fix="解除该号码的来电拦截，由本人接听核验电话；并请接入商重新拨打。",
        ),
    ),
    examples=(
        Example("the principal's mobile blocks the verification call", fires=True, count=2,
                paths=("entity.principal.mobile", "verification.calls[0].result", "websites[0].principal.mobile"),
                changes={"verification.calls": [_call(_MOBILE, "blocked")]}),
        Example("the entity principal's emergency number blocks it, the mobile is reached (a website principal "
                "of his own)", fires=True,
                paths=("entity.principal.emergency_phone", "verification.calls[1].result"),
                changes={**_OTHER_SITE_PRINCIPAL,
                         "verification.calls": [_call(_MOBILE, "reached"), _call(_EMERGENCY, "blocked")]}),
        Example("the call, written with +86 and spaces, to the office phone of another website principal",
                fires=True, paths=("verification.calls[0].result", "websites[0].principal.office_phone"),
                changes={**_OTHER_SITE_PRINCIPAL,
                         "verification.calls": [_call(other("entity.principal.office_phone"), "blocked")]}),
        Example("reached once, then blocked on a later day", fires=True, count=2,
                paths=("entity.principal.mobile", "verification.calls[1].result", "websites[0].principal.mobile"),
                changes={"verification.calls": [_call(_MOBILE, "reached", "2026-11-20"), _call(_MOBILE, "blocked")]}),
        Example("an undated blocked call and no call that reached the number", fires=True, count=2,
                paths=("entity.principal.mobile", "verification.calls[0].result", "websites[0].principal.mobile"),
                changes={"verification.calls": [_call(_MOBILE, "blocked", None)]}),
        Example("an approved filing's principal blocks the call (rectification)", fires=True, count=2,
                paths=("entity.principal.mobile", "verification.calls[0].result", "websites[0].principal.mobile"),
                changes={**_APPROVED, "verification.calls": [_call(_MOBILE, "blocked")]}),
        Example("blocked, then reached on a later day: the blocking was lifted", fires=False,
                changes={"verification.calls": [_call(_MOBILE, "blocked"), _call(_MOBILE, "reached", "2026-11-22")]}),
        Example("blocked and reached on the same day", fires=False,
                changes={"verification.calls": [_call(_MOBILE, "reached"), _call(_MOBILE, "blocked")]}),
        Example("a reached call whose date is unknown: the order of the calls is unknown", fires=False,
                changes={"verification.calls": [_call(_MOBILE, "blocked"), _call(_MOBILE, "reached", None)]}),
        Example("a blocked call to a number that is not in the order", fires=False,
                changes={"verification.calls": [_call(_ELSEWHERE_MOBILE, "blocked")]}),
        Example("a call not reached is CONTACT_PHONE_UNREACHABLE's", fires=False,
                changes={"verification.calls": [_call(_MOBILE, "unreachable")]}),
        Example("no calls recorded", fires=False),
    ),
)


# -- CONTACT_EMERGENCY_THIRD_PERSON (GS) ----------------------------------------------------------

_GS_UNIT_FINDING = ("principal_mobile", "principal_name")

CONTACT_EMERGENCY_THIRD_PERSON = Rule(
    code="CONTACT_EMERGENCY_THIRD_PERSON",
    kind="rejection",
    province="GS",
    modes=_ORDERS_ONLY,
    conditions=any_of(*(when(fact("emergency_contact_check", "check", is_unit=True, problem=problem))
                        for problem in _GS_UNIT_FINDING)),
    paths=(Ref("check", "path"), Ref("check", "other_path")),
    evidence={"role": Ref("check", "role"),
              "problem": Ref("check", "problem"),
              "value": Ref("check", "value"),
              "other_role": Ref("check", "other_role")},
    message=Text(
        zh="甘肃管局要求单位备案的应急联系人为主体负责人、网站负责人以外的第三人（单位其他工作人员），"
           "而{role:person_role}的{problem:emergency_problem}。",
        en="The Gansu bureau wants a unit's emergency contact to be a third person (another member of the unit's "
           "staff), neither the entity principal nor a website principal, but for the {role:person_role} "
           "{problem:emergency_problem}.",
    ),
    remedy=Text(
        zh="请填写单位另一名工作人员的手机号码作为应急联系电话，并填写该人员的姓名和职务（应急联系人）。",
        en="Give the mobile of another member of the unit's staff as emergency phone, with that person's name and "
           "position (the emergency contact).",
    ),
    doc=Doc(
        what="In GS, for a unit (`entity.type` not `individual`), the entity principal or a website principal "
             "(a) gives an `emergency_phone` that is the `mobile` of one of them — the entity principal or a "
             "website principal, himself included (W6, normalised numbers) — paths: the emergency field, then "
             "that mobile's field (his own first, then the entity principal's, then the website principals' in "
             "order); or (b) gives an `emergency_contact` whose `name` is, by name key (W5), the entity "
             "principal's or a website principal's name — paths: `emergency_contact.name`, then that name's "
             "field (same order). One reason per clause and principal. Silent for individual filers, in the "
             "other provinces, and when a number or name is not given. An emergency phone equal to the "
             "principal's own mobile is also CONTACT_EMERGENCY_EQUALS_PRIMARY's (everywhere). "
             "Reading: \"the principals\" of this row are the two it names — the unit principal and the website "
             "principals; APP principals' numbers and names are neither judged nor compared (FC-GS speaks of the "
             "site principal), the reading that rejects less. "
             "Reading: the row's clause \"`emergency_contact` is absent and `entity.remark` names no third person "
             "with a position\" is not checked: whether a free-text remark names a person and his position "
             "cannot be told (wave 1 left the GS remark clauses out of scope for this reason), an absent "
             "`emergency_contact` is a field not given (a 1.0 document cannot give it), and firing on every GS "
             "unit order without one would reject what 1.0 accepted — so only the clauses (a) and (b) fire, the "
             "reading that rejects less. Orders only (`audit: no`, W2): the bureau judges the contact data when "
             "it receives the order.",
        why="The Gansu bureau's guideline (FC-GS) asks units for an emergency phone that reaches a third member "
            "of the staff — neither the principal nor the website principal — with that person's name and "
            "position, so that the bureau reaches a second person when the principals cannot be reached.",
        fix="Give a third staff member's mobile as emergency phone, with his name and position.",
        sources=("FC-GS",),
        zh=DocZh(
            what="在 GS，对单位（`entity.type` 不是 `individual`），主体负责人或某位网站负责人：(a) 给出的 "
                 "`emergency_phone` 是其中某人的 `mobile`——主体负责人或某位网站负责人，包括其本人（W6，规范化后的号码）"
                 "——路径：应急联系电话字段，然后是该手机号码所在的字段（先本人的，再主体负责人的，"
                 "再按顺序为各网站负责人的）；或 (b) 给出的 `emergency_contact` 的 `name` 按姓名键（W5）"
                 "是主体负责人或某位网站负责人的姓名——路径：`emergency_contact.name`，然后是该姓名所在的字段"
                 "（顺序同上）。每个条款、每位负责人一条原因。不触发：个人备案者、其他省份、号码或姓名未给出。"
                 "应急联系电话与负责人本人手机号码相同的，也由 CONTACT_EMERGENCY_EQUALS_PRIMARY 报告（所有省份）。"
                 "解读：该行所说的“负责人”即其点名的两类——单位负责人和网站负责人；APP负责人的号码和姓名既不判断也不参与"
                 "比较（FC-GS 说的是网站负责人），这是驳回更少的读法。解读：该行的条款“`emergency_contact` 缺失且 "
                 "`entity.remark` 未写明第三人及其职务”不作检查：自由填写的备注是否写明某人及其职务无法判断（wave 1 "
                 "即因此将甘肃的备注条款排除在范围之外），`emergency_contact` 缺失即字段未给出（1.0 "
                 "文档无法给出该字段），而对每个没有该字段的甘肃单位订单都触发，就会驳回 1.0 所接受的订单——因此只有条款"
                 " (a) 和 (b) 触发，这是驳回更少的读法。仅限订单（`audit: no`，W2）：管局在收到订单时判断联系信息。",
            why="甘肃管局的指引（FC-GS）要求单位提供的应急联系电话能联系到第三名工作人员——既不是负责人也不是网站负责人"
                "——并写明此人的姓名和职务，以便在联系不上负责人时，管局能联系到另一个人。",
            fix="填写第三名工作人员的手机号码作为应急联系电话，并写明其姓名和职务。",
        ),
    ),
    examples=(
        Example("Gansu: the entity principal's emergency phone is the website principal's mobile", fires=True,
                paths=("entity.principal.emergency_phone", "websites[0].principal.mobile"), province="GS",
                changes={**_OTHER_SITE_PRINCIPAL,
                         "entity.principal.emergency_phone": other("entity.principal.mobile")}),
        Example("Gansu: the website principal's emergency phone is the entity principal's mobile, written with +86",
                fires=True, paths=("entity.principal.mobile", "websites[0].principal.emergency_phone"), province="GS",
                changes={**_OTHER_SITE_PRINCIPAL,
                         "websites[0].principal.emergency_phone": own("entity.principal.mobile", then=_spaced)}),
        Example("Gansu: the entity principal's emergency phone is his own mobile", fires=True,
                paths=("entity.principal.emergency_phone", "entity.principal.mobile"), province="GS",
                changes={**_OTHER_SITE_PRINCIPAL, "entity.principal.emergency_phone": _MOBILE}),
        Example("Gansu: the emergency contact named is the website principal", fires=True,
                paths=("entity.principal.emergency_contact.name", "websites[0].principal.name"), province="GS",
                changes={**_OTHER_SITE_PRINCIPAL,
                         "entity.principal.emergency_contact": {"name": other("entity.principal.name"),
                                                                "position": "网站管理员"}}),
        Example("Gansu: the emergency contact named is the principal himself, written with a space", fires=True,
                paths=("entity.principal.emergency_contact.name", "entity.principal.name"), province="GS",
                changes={"entity.principal.emergency_contact": {
                    "name": own("entity.principal.name", then=lambda name: f"{name[0]} {name[1:]}"),
                    "position": "总经理"}}),
        Example("Gansu: a public institution, both clauses for one principal", fires=True, count=2, province="GS",
                paths=("entity.principal.emergency_contact.name", "entity.principal.emergency_phone",
                       "websites[0].principal.mobile", "websites[0].principal.name"),
                changes={**_OTHER_SITE_PRINCIPAL, "entity.type": "public_institution",
                         "entity.principal.emergency_phone": other("entity.principal.mobile"),
                         "entity.principal.emergency_contact": {"name": other("entity.principal.name"),
                                                                "position": "网站管理员"}}),
        Example("Gansu: a third person's number and name", fires=False, province="GS",
                changes={**_OTHER_SITE_PRINCIPAL, "entity.principal.emergency_contact": _THIRD_PERSON}),
        Example("Gansu: no emergency contact and no remark (reading: the remark clause is not checked)",
                fires=False, province="GS"),
        Example("Gansu: an APP principal's mobile is not compared (reading)", fires=False, province="GS",
                changes={"apps": [{"name": "示例App", "platforms": ["android"],
                                   "principal": other("entity.principal")}],
                         "entity.principal.emergency_phone": other("entity.principal.mobile")}),
        Example("Gansu: an APP principal's emergency contact is not judged (reading)", fires=False, province="GS",
                changes={"apps": [{"name": "示例App", "platforms": ["android"],
                                   "principal": {"name": "赵敏", "mobile": "13809317777",
                                                 "emergency_phone": _MOBILE,
                                                 "emergency_contact": {"name": own("entity.principal.name"),
                                                                       "position": "经理"}}}]}),
        Example("Gansu: an individual filer", fires=False, province="GS",
                changes={**_INDIVIDUAL, "entity.principal.emergency_contact": {"name": own("entity.principal.name"),
                                                                               "position": "本人"}}),
        Example("Zhejiang does not check it", fires=False, province="ZJ",
                changes={**_OTHER_SITE_PRINCIPAL,
                         "entity.principal.emergency_phone": other("entity.principal.mobile")}),
        Example("Gansu: an approved filing is not audited for it", fires=False, province="GS",
                changes={**_APPROVED, "entity.filing_number": "陇ICP备2026000123号",
                         "websites[0].filing_number": "陇ICP备2026000123号-1", **_OTHER_SITE_PRINCIPAL,
                         "entity.principal.emergency_phone": other("entity.principal.mobile")}),
    ),
)


# -- CONTACT_EMERGENCY_MISSING (TJ) ----------------------------------------------------------------

_TJ_CONTACTS = {"entity.principal.emergency_contact": _THIRD_PERSON,
                "websites[0].principal.emergency_contact": {"name": "孙丽", "position": "技术主管"}}

CONTACT_EMERGENCY_MISSING = Rule(
    code="CONTACT_EMERGENCY_MISSING",
    kind="advice",
    severity="warning",
    province="TJ",
    modes=_ORDERS_ONLY,
    conditions=when(fact("emergency_contact_check", "check", problem="no_contact")),
    paths=(Ref("check", "path"), Ref("check", "other_path")),
    evidence={"role": Ref("check", "role"),
              "problem": Ref("check", "problem"),
              "value": Ref("check", "value"),
              "other_role": Ref("check", "other_role")},
    message=Text(
        zh="{role:person_role}{problem:emergency_problem}；天津地区一般要求写明应急联系人的姓名、手机号码和职务"
           "（个人备案写明与本人的关系）。",
        en="For the {role:person_role}, {problem:emergency_problem}; Tianjin usually asks for the emergency "
           "contact's name, mobile and position (for personal filings, the relationship to the filer).",
    ),
    remedy=Text(
        zh="建议填写应急联系人：单位备案填写其姓名和职务，个人备案填写其姓名和与本人的关系（如配偶）。",
        en="Give the emergency contact: for a unit his name and position, for a personal filing his name and "
           "relationship to the filer (e.g. spouse).",
    ),
    doc=Doc(
        what="In TJ, a principal — the entity principal or a website or APP principal — gives an "
             "`emergency_phone` and no `emergency_contact`. One piece of advice per such principal; paths: "
             "`<principal>.emergency_contact`, then `<principal>.emergency_phone`. Silent when no emergency "
             "phone is given, and in the other provinces. Advice only: the source is a third-party page. "
             "Reading: an `emergency_contact` that gives a name or a position is given (the row's parenthesis "
             "says what it holds, not that both parts are required); one that gives neither counts as absent. "
             "Being a missing item, this row fires on the absence of `emergency_contact` — also on 1.0 "
             "documents, which cannot give one (advice, never a cause of rejection). Orders only (`audit: no`, "
             "W2): form completeness at filing time.",
        why="Third-party pages on Tianjin (GUOKEYUN-TJ-3P) say the bureau asks for the emergency contact's name, "
            "mobile and title (units) or relationship (personal filings); providers flag a missing emergency "
            "contact where it is needed (IN-REJ, TC-SUBJ).",
        fix="Give the emergency contact's name and position (or, for a personal filing, the relationship).",
        sources=("GUOKEYUN-TJ-3P", "IN-REJ", "TC-SUBJ"),
        zh=DocZh(
            what="在 TJ，某位负责人——主体负责人或网站、APP负责人——给出了 `emergency_phone` 而没有 `emergency_contact`。"
                 "每位此类负责人一条建议；路径：`<principal>.emergency_contact`，然后是 `<principal>.emergency_phone`。"
                 "未给出应急联系电话时不触发，其他省份也不触发。仅为建议：来源是第三方页面。解读：给出姓名或职务的 "
                 "`emergency_contact` 即视为已给出（该行括号说明的是其内容，而非要求两项都有）；两项都没有的视为缺失。"
                 "由于这是缺项，本行在 `emergency_contact` 缺失时触发——包括无法给出该字段的 1.0 文档（仅为建议，"
                 "绝不会因此驳回）。仅限订单（`audit: no`，W2）：检查的是备案时表单的完整性。",
            why="关于天津的第三方页面（GUOKEYUN-TJ-3P）称，管局要求写明应急联系人的姓名、手机号码和职务（单位）"
                "或与本人的关系（个人备案）；接入商会在需要时指出缺少应急联系人（IN-REJ、TC-SUBJ）。",
            fix="填写应急联系人的姓名和职务（个人备案则写明与本人的关系）。",
        ),
    ),
    examples=(
        Example("Tianjin: neither principal names his emergency contact", fires=True, count=2, province="TJ",
                paths=("entity.principal.emergency_contact", "entity.principal.emergency_phone",
                       "websites[0].principal.emergency_contact", "websites[0].principal.emergency_phone")),
        Example("Tianjin: the website principal does not", fires=True, province="TJ",
                paths=("websites[0].principal.emergency_contact", "websites[0].principal.emergency_phone"),
                changes={**_TJ_CONTACTS, "websites[0].principal.emergency_contact": None}),
        Example("Tianjin: an APP principal does not", fires=True, province="TJ",
                paths=("apps[0].principal.emergency_contact", "apps[0].principal.emergency_phone"),
                changes={**_TJ_CONTACTS,
                         "apps": [{"name": "示例App", "platforms": ["android"],
                                   "principal": own("websites[0].principal", province="TJ")}]}),
        Example("Tianjin: an emergency contact with neither name nor position counts as absent", fires=True,
                province="TJ", paths=("entity.principal.emergency_contact", "entity.principal.emergency_phone"),
                changes={**_TJ_CONTACTS, "entity.principal.emergency_contact": {"name": " ", "position": None}}),
        Example("Tianjin: an individual filer gives no relationship", fires=True, province="TJ",
                paths=("entity.principal.emergency_contact", "entity.principal.emergency_phone"),
                changes={**_TJ_CONTACTS, **_INDIVIDUAL, "entity.principal.emergency_contact": None}),
        Example("Tianjin: both name their emergency contacts", fires=False, province="TJ", changes=_TJ_CONTACTS),
        Example("Tianjin: a name without a position is given (reading)", fires=False, province="TJ",
                changes={**_TJ_CONTACTS, "entity.principal.emergency_contact": {"name": "赵敏"}}),
        Example("Tianjin: no emergency phone, nothing to name", fires=False, province="TJ",
                changes={**_TJ_CONTACTS, "entity.principal.emergency_contact": None,
                         "entity.principal.emergency_phone": None}),
        Example("Zhejiang does not ask", fires=False, province="ZJ"),
        Example("Tianjin: an approved filing is not audited for it", fires=False, province="TJ",
                changes={**_APPROVED, "entity.filing_number": "津ICP备2026000123号",
                         "websites[0].filing_number": "津ICP备2026000123号-1"}),
    ),
)


# -- ORDER_SMS_VERIFICATION ------------------------------------------------------------------------

def _sms(result: str, on: str | None = "2026-11-25", number: object = _MOBILE) -> dict[str, object]:
    return {"phone": number, "result": result, "on": on}


ORDER_SMS_VERIFICATION = Rule(
    code="ORDER_SMS_VERIFICATION",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("sms_check", "sms", returns_order=True, settled_later=False)),
        when(fact("sms_check", "sms", result="pending", settled_later=False), kind="advice", severity="warning"),
    ),
    paths=(Ref("sms", "path"),),
    evidence={"result": Ref("sms", "result"), "phone": Ref("sms", "phone"), "on": Ref("sms", "on")},
    message=Text(
        zh="工信部备案系统的短信核验{result:sms_result}。核验超时或失败的订单会被管局退回；"
           "等待核验的，须在收到短信后 24 小时内完成核验。",
        en="The MIIT filing system's SMS verification is {result:sms_result}. An order whose verification timed "
           "out or failed is returned by the bureau; a pending one must be verified within 24 hours of the SMS.",
    ),
    remedy=Text(
        zh="收到短信后 24 小时内登录 beian.miit.gov.cn，按短信提示输入证件号码、手机号码和验证码完成核验"
           "（连续输错 5 次即核验失败）；订单已被退回的，请重新提交后按时核验。",
        en="Within 24 hours of the SMS, sign in to beian.miit.gov.cn and enter the ID number, mobile and code as "
           "the SMS says (five wrong entries fail the check); if the order was returned, submit it again and "
           "verify in time.",
    ),
    doc=Doc(
        what="`verification.sms` has an entry with result `timeout` or `failed` — a rejection (error): the "
             "bureau returns the order — or `pending` — advice (warning): verify within 24 hours. One reason per "
             "entry, at `verification.sms[i].result`. Silent for `verified` entries and when none is recorded. "
             "Reading: an entry is settled, and silent, when a later entry of the same number (W6) settles it "
             "— for `timeout` or `failed` a `verified` one dated the same day or later (the order was sent "
             "again and verified), for `pending` any entry that is no longer `pending` (its outcome is then "
             "that entry's); when a settling entry cannot be matched (a number or a date not given) the entry "
             "is silent too — the reading that rejects less. A `pending` entry is not taken for a timeout from "
             "its date alone. Orders only: an approved filing has passed the SMS check, whatever was recorded "
             "before.",
        why="After the order reaches the bureau, each principal gets an MIIT SMS and must verify on "
            "beian.miit.gov.cn within 24 hours; five wrong entries of ID number, mobile or code fail the check, "
            "and a timeout or a failure returns the order (GZIDC-3P, RENWEN-SH-3P, HW-HAINAN; for access "
            "filings, the original website principal verifies: SD-COPY-3P).",
        fix="Verify within 24 hours of the SMS; after a timeout or failure, submit again and verify in time.",
        sources=("GZIDC-3P", "RENWEN-SH-3P", "HW-HAINAN", "SD-COPY-3P"),
        zh=DocZh(
            what="`verification.sms` 中有结果为 `timeout` 或 `failed` 的条目——驳回（错误）：管局会退回订单——或结果为 "
                 "`pending` 的条目——建议（警告）：须在 24 小时内完成核验。每个条目一条原因，位于 "
                 "`verification.sms[i].result`。`verified` 条目以及未记录任何条目时不触发。解读：同一号码（W6）"
                 "之后的条目能了结某条目时，该条目不触发——对 `timeout` 或 `failed`，是日期为同一天或之后的 `verified` "
                 "条目（订单已重新提交并完成核验）；对 `pending`，是任何不再为 `pending` 的条目（其结果以该条目为准）；"
                 "无法匹配能了结它的条目时（号码或日期未给出），该条目同样不触发——这是驳回更少的读法。不会仅凭日期就把 "
                 "`pending` 条目当作超时。仅限订单：已备案的已通过短信核验，无论之前记录了什么。",
            why="订单到达管局后，每位负责人都会收到工信部的短信，须在 24 小时内登录 beian.miit.gov.cn 完成核验；"
                "证件号码、手机号码或验证码输错五次即核验失败，超时或失败都会导致订单被退回（GZIDC-3P、RENWEN-SH-3P、"
                "HW-HAINAN；接入备案由原网站负责人核验：SD-COPY-3P）。",
            fix="收到短信后 24 小时内完成核验；超时或失败的，重新提交订单并按时核验。",
        ),
    ),
    examples=(
        Example("the SMS verification timed out", fires=True, severity="error", paths=("verification.sms[0].result",),
                changes={**_AT_BUREAU, "verification.sms": [_sms("timeout")]}),
        Example("the SMS verification failed (wrong entries)", fires=True, severity="error",
                paths=("verification.sms[0].result",),
                changes={**_AT_BUREAU, "verification.sms": [_sms("failed")]}),
        Example("a timeout reported without the number (WeChat)", fires=True, severity="error",
                paths=("verification.sms[0].result",),
                changes={**_AT_BUREAU, "verification.sms": [_sms("timeout", number=None)]}),
        Example("the SMS check is pending: advice", fires=True, severity="warning",
                paths=("verification.sms[0].result",),
                changes={**_AT_BUREAU, "verification.sms": [_sms("pending")]}),
        Example("pending, then timed out on a later day: only the timeout", fires=True, severity="error",
                paths=("verification.sms[1].result",),
                changes={**_AT_BUREAU, "verification.sms": [_sms("pending", "2026-11-24"), _sms("timeout")]}),
        Example("verified earlier, failed later", fires=True, severity="error", paths=("verification.sms[1].result",),
                changes={**_AT_BUREAU, "verification.sms": [_sms("verified", "2026-11-24"), _sms("failed")]}),
        Example("one number timed out, another was verified", fires=True, severity="error",
                paths=("verification.sms[0].result",),
                changes={**_AT_BUREAU, "verification.sms": [_sms("timeout"),
                                                            _sms("verified", number=_ELSEWHERE_MOBILE)]}),
        Example("a rejected order whose SMS check timed out", fires=True, severity="error",
                paths=("verification.sms[0].result",),
                changes={**_AT_BUREAU, "order.status": "rejected", "verification.sms": [_sms("timeout")]}),
        Example("the SMS check was verified", fires=False,
                changes={**_AT_BUREAU, "verification.sms": [_sms("verified")]}),
        Example("timed out, then verified on a later day (sent again)", fires=False,
                changes={**_AT_BUREAU, "verification.sms": [_sms("timeout", "2026-11-24"),
                                                            _sms("verified", number=_MOBILE_SPACED)]}),
        Example("pending, then verified the same day", fires=False,
                changes={**_AT_BUREAU, "verification.sms": [_sms("pending"), _sms("verified")]}),
        Example("timed out, and a verified entry without the number: cannot be matched (reading)", fires=False,
                changes={**_AT_BUREAU, "verification.sms": [_sms("timeout", "2026-11-24"),
                                                            _sms("verified", number=None)]}),
        Example("timed out, and an undated verified entry: cannot be ordered (reading)", fires=False,
                changes={**_AT_BUREAU, "verification.sms": [_sms("timeout"), _sms("verified", on=None)]}),
        Example("no SMS check recorded", fires=False, changes=_AT_BUREAU),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_APPROVED, "verification.sms": [_sms("timeout")]}),
    ),
)


# -- ORDER_RECTIFY_DEADLINE ------------------------------------------------------------------------

# Another rectification of the same audit: the principal's mobile could not be reached.
_UNREACHED = {"verification.calls": [_call(_MOBILE, "unreachable", "2026-11-26")]}


def _notice(deadline: str, issued_on: str = "2026-11-10") -> dict[str, object]:
    return {"verification.rectification_notice": {"issued_on": issued_on, "deadline": deadline}}


ORDER_RECTIFY_DEADLINE = Rule(
    code="ORDER_RECTIFY_DEADLINE",
    kind="rectification",
    modes=_AUDITS_ONLY,
    alongside=Alongside(kinds=frozenset({"rectification"}), severities=frozenset({"error"})),
    conditions=any_of(
        when(fact("rectification_notice", "notice", state="passed")),
        when(fact("rectification_notice", "notice", state="running"), severity="warning"),
    ),
    paths=(Ref("notice", "path"),),
    evidence={"issued_on": Ref("notice", "issued_on"),
              "state": Ref("notice", "state"),
              "deadline": Ref("notice", "deadline"),
              "as_of": Ref("notice", "as_of"),
              "days_left": Ref("notice", "days_left")},
    message=Text(
        zh="该备案于 {issued_on} 收到接入商的整改通知，{state:deadline_state}，而本次检查仍发现须整改的问题；"
           "逾期未整改的，接入商将取消接入。",
        en="This filing received the provider's rectification notice on {issued_on}; {state:deadline_state}, and "
           "this check still finds items to rectify. Access is cancelled when the deadline passes unrectified.",
    ),
    remedy=Text(
        zh="请在整改期限内按本报告的其他整改项提交变更备案；逾期被取消接入且无其他接入商的，主体将成为空壳主体，"
           "可能被管局注销备案。",
        en="Before the deadline, submit a change filing that fixes this report's other rectification items; once "
           "access is cancelled, an entity without another provider becomes a shell and its filing may be "
           "cancelled by the bureau.",
    ),
    doc=Doc(
        what="On an approved filing (an audit), `verification.rectification_notice` is given and the audit finds "
             "at least one other rectification: an error when the notice's `deadline` is before the check day "
             "`as_of` (access is cancelled after the deadline), a warning with the days left otherwise (0 on the "
             "deadline day). One reason, at `verification.rectification_notice.deadline`. The dependency on the "
             "other reasons is declared (`alongside`) and applied by the checker after evaluation: the reason "
             "stands only beside a reason of another rule of kind `rectification` and severity `error` in the "
             "same report. Reading: \"at least one other rectification\" counts error-severity rectifications "
             "only — a warning says the item *may* need rectifying, advice none — the reading that rejects less. "
             "Silent on orders (audits only), without a notice, and when the audit finds nothing else to "
             "rectify (the notice has then been complied with).",
        why="After a special check the provider sends a rectification notice with a deadline; a filing not "
            "rectified by then has its access cancelled (取消接入), and an entity left without another provider "
            "becomes a shell that the bureau clears (TC-OVERDUE, HW-KB doc_0202, HONGXIN-3P; VHOST-3P: 10 "
            "days).",
        fix="Submit the change filing that fixes the other rectification items before the deadline.",
        sources=("TC-OVERDUE", "HW-KB(doc_0202)", "HONGXIN-3P", "VHOST-3P"),
        zh=DocZh(
            what="对已备案的（核查），给出了 `verification.rectification_notice`，且本次核查还发现至少一项其他整改："
                 "通知的 `deadline` 早于检查日 `as_of` 时为错误（逾期后将被取消接入），否则为警告并给出剩余天数"
                 "（期限当天为 0）。一条原因，位于 `verification.rectification_notice.deadline`。"
                 "对其他原因的依赖已经声明（`alongside`），由检查器在评估后应用：只有同一报告中有另一条规则的、类型为 "
                 "`rectification` 且严重程度为 `error` 的原因时，该原因才保留。解读：“至少一项其他整改”"
                 "只计严重程度为错误的整改——警告表示该项*可能*需要整改，建议则表示不需要——这是驳回更少的读法。不触发："
                 "订单（仅限核查）、没有整改通知、核查未发现其他须整改的问题（此时通知已得到落实）。",
            why="专项核查后，接入商会下发附有期限的整改通知；逾期未整改的备案将被取消接入（取消接入），"
                "没有其他接入商的主体会成为空壳主体，被管局清理（TC-OVERDUE、HW-KB doc_0202、HONGXIN-3P；VHOST-3P：10 "
                "天）。",
            fix="在期限前提交变更备案，整改其他各项问题。",
        ),
    ),
    examples=(
        Example("the deadline has passed and the principal still cannot be reached", fires=True, severity="error",
                paths=("verification.rectification_notice.deadline",),
                changes={**_APPROVED, **_UNREACHED, **_notice("2026-11-20")}),
        Example("the deadline was yesterday", fires=True, severity="error",
                paths=("verification.rectification_notice.deadline",),
                changes={**_APPROVED, **_UNREACHED, **_notice("2026-11-27")}),
        Example("the deadline is today: 0 days left", fires=True, severity="warning",
                paths=("verification.rectification_notice.deadline",),
                changes={**_APPROVED, **_UNREACHED, **_notice("2026-11-28")}),
        Example("12 days are left", fires=True, severity="warning",
                paths=("verification.rectification_notice.deadline",),
                changes={**_APPROVED, **_UNREACHED, **_notice("2026-12-10")}),
        Example("the other rectification is a blocked call", fires=True, severity="error",
                paths=("verification.rectification_notice.deadline",),
                changes={**_APPROVED, "verification.calls": [_call(_MOBILE, "blocked", "2026-11-26")],
                         **_notice("2026-11-20")}),
        Example("a notice, and nothing else to rectify", fires=False,
                changes={**_APPROVED, **_notice("2026-11-20")}),
        Example("the call failed but was made up for: nothing else to rectify", fires=False,
                changes={**_APPROVED, **_notice("2026-11-20"),
                         "verification.calls": [_call(_MOBILE, "unreachable", "2026-11-26"),
                                                _call(_MOBILE, "reached", "2026-11-27")]}),
        Example("only advice beside the notice (reading: it is no rectification)", fires=False,
                changes={**_APPROVED, **_notice("2026-11-20"), "websites[0].content_categories": ["astrology"]}),
        Example("an approved filing with another rectification and no notice", fires=False,
                changes={**_APPROVED, **_UNREACHED}),
        Example("an order is not audited for it, even with a notice and a failed call", fires=False,
                changes={**_AT_BUREAU, **_UNREACHED, **_notice("2026-11-20")}),
    ),
)


# -- PRINCIPAL_NAME_ID_MISMATCH --------------------------------------------------------------------

def _checked(person: str, result: str, on: str | None = "2026-11-19") -> dict[str, object]:
    return {"person": person, "result": result, "on": on}


PRINCIPAL_NAME_ID_MISMATCH = Rule(
    code="PRINCIPAL_NAME_ID_MISMATCH",
    kind="rejection",
    conditions=when(fact("identity_check", "check", failed=True, matched_later=False)),
    paths=(Ref("check", "path"),),
    evidence={"person": Ref("check", "person"),
              "on": Ref("check", "on"),
              "result": Ref("check", "result"),
              "name": Ref("check", "name")},
    message=Text(
        zh="接入商对 {person} 的身份核验未通过：{result:identity_check_result}"
           "（姓名与证件号码须与公安部身份信息库一致，人脸核验须为本人）。",
        en="The provider's identity check of {person} failed: {result:identity_check_result} (name and ID number "
           "must match the national identity database, and the face check must show the person himself).",
    ),
    remedy=Text(
        zh="请核对并更正该负责人的姓名和证件号码（与身份证件完全一致），或由本人重新进行人脸核验。",
        en="Check and correct that person's name and ID number (exactly as on the ID), or have him redo the face "
           "check in person.",
    ),
    doc=Doc(
        what="`verification.identity_checks` has an entry with result `mismatch` (name and ID number do not "
             "match the identity database) or `face_failed` (the face check is not the same person, or the "
             "liveness check failed). One reason per entry; path: the entry (`verification.identity_checks[i]`); "
             "evidence: its `person` path and date (`on`), the result and the person's name. Silent for "
             "`matched` and `pending` entries. Reading: a failed check is settled, and silent, when a `matched` "
             "check of the same person path is dated the same day or later (the data were corrected or the face "
             "check redone), and when such a check cannot be ordered against it (a date missing) — the reading "
             "that rejects less. On an approved filing the reason is a rectification.",
        why="The name and ID number of a principal must match the national identity database (身份证与姓名不匹配 "
            "is a rejection and a rectification item), and the face check must show the person himself "
            "(VHOST-3P; HW-KB doc_0052).",
        fix="Correct the name or ID number, or redo the face check in person.",
        sources=("VHOST-3P", "HW-KB(doc_0052)"),
        zh=DocZh(
            what="`verification.identity_checks` 中有结果为 `mismatch`（姓名与证件号码和身份信息库不一致）或 "
                 "`face_failed`（人脸核验不是同一人，或活体检测未通过）的条目。每个条目一条原因；路径：该条目"
                 "（`verification.identity_checks[i]`）；证据：其 `person` 路径和日期（`on`）、结果以及该人的姓名。"
                 "`matched` 和 `pending` 条目不触发。解读：同一 `person` 路径有日期为同一天或之后的 `matched` 核验时"
                 "（资料已更正或已重新进行人脸核验），未通过的核验即视为已了结，不触发；此类核验无法与之排序时"
                 "（缺少日期）也不触发——这是驳回更少的读法。已备案的，该原因为整改。",
            why="负责人的姓名和证件号码须与全国身份信息库一致（“身份证与姓名不匹配”既是驳回项，也是整改项），"
                "人脸核验须为本人（VHOST-3P；HW-KB doc_0052）。",
            fix="更正姓名或证件号码，或由本人重新进行人脸核验。",
        ),
    ),
    examples=(
        Example("the entity principal's name and ID number do not match", fires=True,
                paths=("verification.identity_checks[0]",),
                changes={"verification.identity_checks": [_checked("entity.principal", "mismatch")]}),
        Example("the website principal's face check failed", fires=True, paths=("verification.identity_checks[0]",),
                changes={"verification.identity_checks": [_checked("websites[0].principal", "face_failed")]}),
        Example("the legal representative's check failed, undated", fires=True,
                paths=("verification.identity_checks[0]",),
                changes={"verification.identity_checks": [_checked("entity.legal_representative", "mismatch", None)]}),
        Example("two people fail: one reason each", fires=True, count=2,
                paths=("verification.identity_checks[0]", "verification.identity_checks[1]"),
                changes={"verification.identity_checks": [_checked("entity.principal", "mismatch"),
                                                          _checked("websites[0].principal", "face_failed")]}),
        Example("matched once, failed on a later day", fires=True, paths=("verification.identity_checks[1]",),
                changes={"verification.identity_checks": [_checked("entity.principal", "matched", "2026-11-18"),
                                                          _checked("entity.principal", "face_failed")]}),
        Example("failed, and another person matched later", fires=True, paths=("verification.identity_checks[0]",),
                changes={"verification.identity_checks": [_checked("entity.principal", "mismatch"),
                                                          _checked("websites[0].principal", "matched", "2026-11-20")]}),
        Example("an approved filing's principal fails a new check (rectification)", fires=True,
                paths=("verification.identity_checks[0]",),
                changes={**_APPROVED, "verification.identity_checks": [_checked("entity.principal", "mismatch")]}),
        Example("the check matched", fires=False,
                changes={"verification.identity_checks": [_checked("entity.principal", "matched")]}),
        Example("the check is pending", fires=False,
                changes={"verification.identity_checks": [_checked("entity.principal", "pending")]}),
        Example("failed, then matched on a later day", fires=False,
                changes={"verification.identity_checks": [_checked("entity.principal", "mismatch"),
                                                          _checked("entity.principal", "matched", "2026-11-20")]}),
        Example("failed, and an undated match: cannot be ordered (reading)", fires=False,
                changes={"verification.identity_checks": [_checked("entity.principal", "face_failed"),
                                                          _checked("entity.principal", "matched", None)]}),
        Example("no identity check recorded", fires=False),
    ),
)


RULES = (
    CONTACT_PHONE_BLOCKING,
    CONTACT_EMERGENCY_THIRD_PERSON,
    CONTACT_EMERGENCY_MISSING,
    ORDER_SMS_VERIFICATION,
    ORDER_RECTIFY_DEADLINE,
    PRINCIPAL_NAME_ID_MISMATCH,
)
