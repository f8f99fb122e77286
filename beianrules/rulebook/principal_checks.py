"""Wave-1a rules about principals (REASONS-WAVE1, table 1a): who may be a principal, who he must (not) be.

Facts: ``facts/principal_checks.py`` (service principals compared with the
entity principal and the legal representative, individual filers compared with
their principal, ages at the bureau day, the entity principal elsewhere in the
registry, the legal representative's ID number, finance content) and
``facts/people.py``'s ``person`` fact (the entity principal against the legal
representative). Province parameters are read from the ``province`` fact.
Every row here is ``audit: no``: each judges what the bureau accepts when it
receives the order.
"""

from stdnum.cn import ric

from beianrules.declaration import Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import other, own

_ORDERS: frozenset[Mode] = frozenset({"order"})


def _resident_id(district: str, birth: str, seq: str = "123") -> str:
    """A valid resident ID (GB 11643 check character) issued in ``district`` to someone born on ``birth``."""
    body = f"{district}{birth}{seq}"
    return body + ric.calc_check_digit(body + "0")


def _spaced(number: str) -> str:
    """``330106198503121234`` as ``330106 19850312 1234``: the same number, written with inner spaces."""
    return f"{number[:6]} {number[6:14]} {number[14:]}"


# An individual filer: the entity is the principal himself, with his ID as the certificate.
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}

_NOT_LEGAL_REP = fact("person", "principal", role="entity_principal", is_legal_rep=False)
_AUTHORIZED = fact("principal_authority", "principal", finding="not_legal_rep", is_legal_rep=False, letter=True)
_LETTER = {"type": "authorization_letter", "file": "authorization_letter.jpg", "size_bytes": 512345}


# -- PERSONAL_PRINCIPAL_NOT_FILER ----------------------------------------------------------------

PERSONAL_PRINCIPAL_NOT_FILER = Rule(
    code="PERSONAL_PRINCIPAL_NOT_FILER",
    kind="rejection",
    modes=_ORDERS,
    conditions=when(fact("filer_mismatch", "mismatch", differs=True)),
    paths=(Ref("mismatch", "path"), Ref("mismatch", "filer_path")),
    evidence={"field": Ref("mismatch", "field"), "value": Ref("mismatch", "value"),
              "filer_value": Ref("mismatch", "filer_value")},
    message=Text(
        zh="个人备案的主体负责人必须是备案者本人，而主体负责人的{field:filer_field}（{value}）"
           "与备案者的{field:filer_field}（{filer_value}）不一致。",
        en="In a personal filing the principal must be the filer himself, but the principal's "
           "{field:filer_field} ({value}) is not the filer's {field:filer_field} ({filer_value}).",
    ),
    remedy=Text(
        zh="请将主体负责人的姓名和证件号码填写为备案者本人的信息（与主办者名称、主体证件号码一致）；"
           "如实际由他人办理网站，请以该人本人的身份提交个人备案。",
        en="Give the filer's own name and ID number as the principal's (the same as the entity name and "
           "certificate number); if someone else runs the site, he files in his own name.",
    ),
    doc=Doc(
        what="An `individual` filer's principal is not the filer: (a) `entity.certificate.number` and "
             "`entity.principal.id_document.number` are both given and their ID keys (W8: NFKC, white space "
             "and hyphens removed, upper-case) differ — paths `entity.principal.id_document.number`, "
             "`entity.certificate.number`; (b) `entity.name` and `entity.principal.name` are both given and "
             "their name keys (W5) differ — paths `entity.principal.name`, `entity.name`. One reason per "
             "clause. Silent for units, and for a clause whose side is not given (a blank name is not given). "
             "Orders only.",
        why="A personal filing is made by the person himself: its principal is the individual filer, with "
            "the same name and ID as the filing's entity (HW-SPECIAL).",
        fix="Make the principal the filer himself (his name and ID number).",
        sources=("HW-SPECIAL",),
        zh=DocZh(
            what="`individual` 备案者的主体负责人不是备案者本人：(a) `entity.certificate.number` 与 "
                 "`entity.principal.id_document.number` 均已填写，且二者的证件键（W8：NFKC、去除空白和连字符、"
                 "转为大写）不同——路径 `entity.principal.id_document.number`、`entity.certificate.number`；(b) "
                 "`entity.name` 与 `entity.principal.name` 均已填写，且二者的姓名键（W5）不同——路径 "
                 "`entity.principal.name`、`entity.name`。每项一条原因。以下情况不触发：单位，"
                 "以及某项中有一方未填写（空白姓名视为未填写）。仅检查订单。",
            why="个人备案由本人办理：其主体负责人就是个人备案者，姓名和证件与备案主体相同（HW-SPECIAL）。",
            fix="请由备案者本人担任主体负责人（填写其本人的姓名和证件号码）。",
        ),
    ),
    examples=(
        Example("another person's ID number as the principal's", fires=True,
                paths=("entity.certificate.number", "entity.principal.id_document.number"),
                changes={**_INDIVIDUAL, "entity.principal.id_document.number":
                         other("entity.principal.id_document.number")}),
        Example("another person's name as the filer's", fires=True, paths=("entity.name", "entity.principal.name"),
                changes={**_INDIVIDUAL, "entity.name": other("entity.principal.name")}),
        Example("both differ: one reason per clause", fires=True, count=2,
                paths=("entity.certificate.number", "entity.name", "entity.principal.id_document.number",
                       "entity.principal.name"),
                changes={**_INDIVIDUAL, "entity.principal": other("entity.principal")}),
        Example("the principal is the filer", fires=False, changes=_INDIVIDUAL),
        Example("the same number written with inner spaces and the same name with a space", fires=False,
                changes={**_INDIVIDUAL,
                         "entity.certificate.number": own("entity.principal.id_document.number", then=_spaced),
                         "entity.name": own("entity.principal.name", then=lambda name: f"{name[0]} {name[1:]}")}),
        Example("no certificate number, the names equal", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "resident_id"},
                         "entity.principal.id_document.number": other("entity.principal.id_document.number")}),
        Example("the principal's ID number not given", fires=False,
                changes={**_INDIVIDUAL, "entity.principal.id_document": None}),
        Example("a unit: its principal is not its name", fires=False),
    ),
)


# -- PRINCIPAL_AUTH_REQUIRES_SAME_PERSON ---------------------------------------------------------

_JS_LEGAL_REP = {"name": "钱国华", "id_number": _resident_id("320102", "19840101")}

PRINCIPAL_AUTH_REQUIRES_SAME_PERSON = Rule(
    code="PRINCIPAL_AUTH_REQUIRES_SAME_PERSON",
    kind="rejection",
    modes=_ORDERS,
    reads=("letter_requires_same_person",),
    conditions=when(
        fact("province", "bureau", letter_requires_same_person="on"),
        _NOT_LEGAL_REP,
        fact("service_principal", "service", same_as_entity_principal=False),
    ),
    paths=(Ref("service", "id_number_path"), Ref("service", "principal_id_number_path")),
    evidence={"province": Ref("bureau", "code"), "role": Ref("service", "role")},
    message=Text(
        zh="主体负责人不是单位的法定代表人；{province:province}管局规定，由法定代表人授权他人担任主体负责人时，"
           "{role:person_role}须与主体负责人为同一人，而该{role:person_role}的证件号码与主体负责人的不同。",
        en="The entity principal is not the unit's legal representative; {province:province} requires that, when "
           "the legal representative authorizes someone else as principal, the {role:person_role} be that same "
           "person, but this {role:person_role}'s ID number is not the entity principal's.",
    ),
    remedy=Text(
        zh="请将{role:person_role}改为主体负责人本人（同一证件），或由法定代表人担任主体负责人。",
        en="Make the entity principal himself (the same ID) the {role:person_role}, or make the legal "
           "representative the entity principal.",
    ),
    doc=Doc(
        what="In a province whose `letter_requires_same_person` is `on` (JS, AH), a unit's entity principal "
             "is known not to be the legal representative (W7: by ID number when both are given, else by "
             "name), and a website or APP principal is a different person from the entity principal (W7: "
             "both give an ID number and their ID keys differ). One reason per such service principal; "
             "paths: its `id_document.number`, then `entity.principal.id_document.number`. Silent when the "
             "principal is the legal representative or that is unknown, when sameness is unknown (an ID "
             "number missing on either side; names are not used), for individual filers, and in other "
             "provinces. Whether the authorization letter is attached is PRINCIPAL_NOT_LEGAL_REP's question. "
             "Orders only.",
        why="Jiangsu and Anhui accept an authorized principal only if that one person is also every "
            "website/APP principal (AL-JS; HW-KB doc_0221, doc_0223).",
        fix="Make the authorized principal the service principal too, or make the legal representative "
            "the principal.",
        sources=("AL-JS", "HW-KB(doc_0221, doc_0223)"),
        zh=DocZh(
            what="在 `letter_requires_same_person` 为 `on` 的省份（JS、AH），已知单位的主体负责人不是法定代表人（W7："
                 "双方都填写了证件号码时按证件号码比较，否则按姓名比较），"
                 "且某位网站或APP负责人与主体负责人不是同一人（W7：双方都填写了证件号码且证件键不同）。"
                 "每位这样的网站/APP负责人一条原因；路径：其 `id_document.number`，然后是 "
                 "`entity.principal.id_document.number`。以下情况不触发：主体负责人就是法定代表人或无法确定，"
                 "无法确定是否为同一人（任一方缺少证件号码；不按姓名判断），个人备案者，以及其他省份。"
                 "是否上传了授权书由 PRINCIPAL_NOT_LEGAL_REP 判定。仅检查订单。",
            why="江苏和安徽只有在被授权的主体负责人同时担任每一个网站/APP负责人时才接受授权（AL-JS；HW-KB doc_0221、"
                "doc_0223）。",
            fix="请由被授权的主体负责人同时担任网站/APP负责人，或由法定代表人担任主体负责人。",
        ),
    ),
    examples=(
        Example("Jiangsu: an authorized principal and another website principal", fires=True, province="JS",
                paths=("entity.principal.id_document.number", "websites[0].principal.id_document.number"),
                changes={"entity.legal_representative": _JS_LEGAL_REP,
                         "websites[0].principal": other("entity.principal"), "attachments": [_LETTER]}),
        Example("Jiangsu: a website and an APP principal who are not the authorized principal", fires=True,
                province="JS", count=2,
                paths=("apps[0].principal.id_document.number", "entity.principal.id_document.number",
                       "websites[0].principal.id_document.number"),
                changes={"entity.legal_representative": _JS_LEGAL_REP,
                         "websites[0].principal": other("entity.principal"),
                         "apps": [{"name": "南京示例", "platforms": ["wechat"],
                                   "principal": other("entity.principal")}]}),
        Example("Anhui: an authorized principal and another website principal", fires=True, province="AH",
                paths=("entity.principal.id_document.number", "websites[0].principal.id_document.number"),
                changes={"entity.legal_representative": {"name": "钱国华",
                                                         "id_number": _resident_id("340102", "19840101")},
                         "websites[0].principal": other("entity.principal")}),
        Example("Jiangsu: the authorized principal is the website principal too", fires=False, province="JS",
                changes={"entity.legal_representative": _JS_LEGAL_REP, "attachments": [_LETTER]}),
        Example("Jiangsu: the principal is the legal representative", fires=False, province="JS",
                changes={"websites[0].principal": other("entity.principal")}),
        Example("Jiangsu: no legal representative given, so who he is cannot be told", fires=False,
                province="JS",
                changes={"entity.legal_representative": None, "websites[0].principal": other("entity.principal")}),
        Example("Jiangsu: the website principal gives no ID number, so sameness is unknown", fires=False,
                province="JS",
                changes={"entity.legal_representative": _JS_LEGAL_REP,
                         "websites[0].principal": other("entity.principal"),
                         "websites[0].principal.id_document": None}),
        Example("Zhejiang does not require one person", fires=False,
                changes={"entity.legal_representative": {"name": "钱国华",
                                                         "id_number": _resident_id("330106", "19840101")},
                         "websites[0].principal": other("entity.principal")}),
    ),
)


# -- SERVICE_PRINCIPAL_AUTH_LETTER ---------------------------------------------------------------

_SERVICE_NO_LETTER = fact("service_principal", "service", is_unit=True, is_legal_rep=False, letter=False)

SERVICE_PRINCIPAL_AUTH_LETTER = Rule(
    code="SERVICE_PRINCIPAL_AUTH_LETTER",
    kind="rejection",
    modes=_ORDERS,
    reads=("service_principal_letter",),
    conditions=any_of(
        when(fact("province", "bureau", service_principal_letter="error"), _SERVICE_NO_LETTER),
        when(fact("province", "bureau", service_principal_letter="warning"), _SERVICE_NO_LETTER,
             severity="warning"),
    ),
    paths=(Ref("service", "path"), Ref("service", "legal_rep_path"), Ref("service", "attachments_path")),
    evidence={"province": Ref("bureau", "code"), "requirement": Ref("bureau", "service_principal_letter"),
              "role": Ref("service", "role")},
    message=Text(
        zh="{role:person_role}不是单位的法定代表人，而订单未上传授权委托书；{province:province}管局对"
           "网站/APP负责人授权委托书的要求：{requirement:requirement}。",
        en="The {role:person_role} is not the unit's legal representative, and the order carries no "
           "authorization letter ({province:province}, the letter for a website/APP principal: "
           "{requirement:requirement}).",
    ),
    remedy=Text(
        zh="请上传法定代表人签字（并加盖单位公章）的{role:person_role}授权委托书，或由法定代表人担任{role:person_role}。",
        en="Upload the {role:person_role}'s authorization letter signed by the legal representative (with the "
           "unit's seal), or make the legal representative the {role:person_role}.",
    ),
    doc=Doc(
        what="In a province whose `service_principal_letter` is `error` (14 provinces) or "
             "`warning` (SD, a copy on a third-party page: severity warning), a unit's website or APP principal "
             "is known not to be the legal representative (W7: the legal-representative test applied to the "
             "service principal — by ID number when `entity.legal_representative.id_number` and his are both "
             "given, else by name), and no `authorization_letter` counts for that principal (FORMAT 1.1 group "
             "A: a letter whose `for` names him, names another principal with his ID number, or is absent). "
             "One reason per such service principal; paths: the principal (`websites[0].principal`), "
             "`entity.legal_representative`, `attachments`. A 1.0 document, whose letters have no `for`, keeps "
             "the conservative form: any `authorization_letter` silences the rule (the principal's and the "
             "service principal's letters are one type). Silent when the comparison is unknown, for individual "
             "filers and where the parameter is `off`. Orders only.",
        why="These bureaus accept a website/APP principal other than the legal representative only with the "
            "legal representative's authorization letter (网站负责人授权书) (TC-SITE and the provinces' pages).",
        fix="Upload the service principal's authorization letter, or make the legal representative the "
            "service principal.",
        sources=("TC-SITE", "AL-FJ", "AL-GZ", "AL-JS", "AL-HN-ZH", "HW-S4(NX, HB)", "HW-S3(QH)", "HW-KB(NM, SH)",
                 "TC-SC", "SD-COPY-3P"),
        zh=DocZh(
            what="在 `service_principal_letter` 为 `error`（14 个省份）或 `warning`（SD，依据第三方页面上的副本："
                 "严重程度为警告）的省份，已知单位的网站或APP负责人不是法定代表人（W7："
                 "对网站/APP负责人做法定代表人比较——`entity.legal_representative.id_number` "
                 "与其证件号码都已填写时按证件号码，否则按姓名），且没有对该负责人有效的 "
                 "`authorization_letter`（FORMAT 1.1 A 组：`for` 指向他本人、指向证件号码与他相同的另一位负责人，"
                 "或未填写 `for` 的授权书）。每位这样的网站/APP负责人一条原因；路径："
                 "该负责人（`websites[0].principal`）、`entity.legal_representative`、`attachments`。1.0 "
                 "文档的授权书没有 `for`，保留保守的判断：只要有任何 `authorization_letter` "
                 "即不触发（主体负责人的授权书与网站/APP负责人的授权书是同一类型）。以下情况不触发：无法比较、"
                 "个人备案者，以及该参数为 `off` 的省份。仅检查订单。",
            why="这些管局接受法定代表人以外的人担任网站/APP负责人，"
                "但须有法定代表人出具的授权委托书（网站负责人授权书）（TC-SITE 及各省页面）。",
            fix="请上传网站/APP负责人的授权委托书，或由法定代表人担任网站/APP负责人。",
        ),
    ),
    examples=(
        Example("Shanghai: another person as website principal, no letter", fires=True, province="SH",
                paths=("attachments", "entity.legal_representative", "websites[0].principal"),
                changes={"websites[0].principal": other("entity.principal")}),
        Example("Shandong (a third-party copy only): the same, as a warning", fires=True, province="SD",
                paths=("attachments", "entity.legal_representative", "websites[0].principal"),
                changes={"websites[0].principal": other("entity.principal")}),
        Example("Shanghai: the legal representative's name but another ID number", fires=True, province="SH",
                paths=("attachments", "entity.legal_representative", "websites[0].principal"),
                changes={"websites[0].principal.id_document.number": other("entity.principal.id_document.number")}),
        Example("Tianjin's example order without its letter", fires=True, province="TJ",
                paths=("attachments", "entity.legal_representative", "websites[0].principal"),
                changes={"attachments": own("attachments", then=lambda files: [
                    f for f in files if f["type"] != "authorization_letter"])}),
        Example("Tianjin's example order: another website principal, with the letter", fires=False, province="TJ"),
        Example("Shanghai: a letter attached", fires=False, province="SH",
                changes={"websites[0].principal": other("entity.principal"), "attachments": [_LETTER]}),
        Example("Shanghai: the letter names the website principal", fires=False, province="SH",
                changes={"websites[0].principal": other("entity.principal"),
                         "attachments": [{**_LETTER, "for": "websites[0].principal"}]}),
        Example("Shanghai: the only letter is the entity principal's", fires=True, province="SH",
                paths=("attachments", "entity.legal_representative", "websites[0].principal"),
                changes={"websites[0].principal": other("entity.principal"),
                         "attachments": [{**_LETTER, "for": "entity.principal"}]}),
        Example("Shanghai: a letter for the APP principal, who has the website principal's ID number",
                fires=False, province="SH",
                changes={"websites[0].principal": other("entity.principal"),
                         "apps": [{"name": "上海示例", "platforms": ["ios"], "principal": other("entity.principal")}],
                         "attachments": [{**_LETTER, "for": "apps[0].principal"}]}),
        Example("Shanghai: two other principals, one letter for the APP's", fires=True, province="SH",
                paths=("attachments", "entity.legal_representative", "websites[0].principal"),
                changes={"websites[0].principal": other("entity.principal"),
                         "apps": [{"name": "上海示例", "platforms": ["ios"], "principal": {
                             "name": "赵敏",
                             "id_document": {"type": "resident_id", "number": _resident_id("310104", "19900101")}}}],
                         "attachments": [{**_LETTER, "for": "apps[0].principal"}]}),
        Example("Shanghai: the legal representative is the website principal", fires=False, province="SH"),
        Example("Shanghai: by name when the legal representative's ID number is not given", fires=False,
                province="SH", changes={"entity.legal_representative.id_number": None,
                                        "websites[0].principal.id_document.number":
                                        other("entity.principal.id_document.number")}),
        Example("Shanghai: no legal representative given, so the comparison is unknown", fires=False,
                province="SH",
                changes={"entity.legal_representative": None, "websites[0].principal": other("entity.principal")}),
        Example("Shanghai: an individual filer", fires=False, province="SH",
                changes={**_INDIVIDUAL, "websites[0].principal": other("entity.principal")}),
        Example("Beijing: providers disagree, so no letter is required", fires=False, province="BJ",
                changes={"websites[0].principal": other("entity.principal")}),
    ),
)


# -- PRINCIPAL_ID_USED_BY_OTHER_ENTITY -----------------------------------------------------------

_OUR_PRINCIPAL_THERE = {"entity.principal": own("entity.principal")}

PRINCIPAL_ID_USED_BY_OTHER_ENTITY = Rule(
    code="PRINCIPAL_ID_USED_BY_OTHER_ENTITY",
    kind="rejection",
    modes=_ORDERS,
    reads=("principal_id_exclusive",),
    conditions=any_of(
        when(fact("province", "bureau", principal_id_exclusive="error"),
             fact("principal_id_elsewhere", "elsewhere", same_legal_rep=False)),
        when(fact("province", "bureau", principal_id_exclusive="warning"),
             fact("principal_id_elsewhere", "elsewhere", same_legal_rep=False), severity="warning"),
    ),
    paths=(Ref("elsewhere", "path"),),
    evidence={"province": Ref("bureau", "code"), "requirement": Ref("bureau", "principal_id_exclusive")},
    message=Text(
        zh="主体负责人的证件号码已是另一主体备案中的主体负责人证件号码，且两个主体并非由同一法定代表人负责；"
           "{province:province}管局对一人只能担任一个主体的主体负责人的要求：{requirement:requirement}。",
        en="The entity principal's ID number is already the entity principal's in another entity's filing, "
           "and the two entities are not headed by one legal representative ({province:province}, one entity "
           "per principal: {requirement:requirement}).",
    ),
    remedy=Text(
        zh="请另行指定本单位的主体负责人，或先变更另一主体备案中的主体负责人信息。",
        en="Nominate another entity principal, or first change the principal of the other entity's filing.",
    ),
    doc=Doc(
        what="In a province whose `principal_id_exclusive` is `error` (HA, SC, JX) or `warning` (TJ, a "
             "third-party page: severity warning), the ID key (W8) of `entity.principal.id_document.number` "
             "is the entity principal's ID key in a registry document of another entity (REASONS.md \"Same "
             "entity\": sharing neither the certificate nor the entity filing number), and one such entity is "
             "known to be headed by someone else (`same_legal_rep` known false: a unit's head is its legal "
             "representative, an individual filer himself). One reason, however many other entities; path "
             "`entity.principal.id_document.number`; the evidence names no other entity. Silent without a "
             "registry, for the entity's own documents, when one person heads both (LEGAL_REP_CONTACTS_"
             "INCONSISTENT governs that case), when `same_legal_rep` is unknown, and when the ID appears only "
             "as another entity's website/APP principal (SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY's). "
             "Reading: the registry is looked up by the number as written and by its ID key, then compared by "
             "ID key; a registry number written with inner spaces or hyphens is not found (silence). Orders "
             "only.",
        why="These bureaus let one person be the entity principal of one entity only, unless he heads both "
            "(HW-S1 for Henan, TC-SC, VE-JX; TC-TJ-3P for Tianjin).",
        fix="Nominate another principal, or correct the other entity's filing.",
        sources=("HW-S1(HA)", "TC-SC", "VE-JX", "TC-TJ-3P"),
        zh=DocZh(
            what="在 `principal_id_exclusive` 为 `error`（HA、SC、JX）或 `warning`（TJ，依据第三方页面："
                 "严重程度为警告）的省份，`entity.principal.id_document.number` 的证件键（W8）"
                 "是备案库中另一主体的文档里主体负责人的证件键（REASONS.md“Same entity”：既不共用主体证件，"
                 "也不共用主体备案号），且已知其中某个这样的主体由他人负责（`same_legal_rep` 已知为 false："
                 "单位的负责人是其法定代表人，个人备案者是其本人）。无论涉及多少其他主体，只给一条原因；路径 "
                 "`entity.principal.id_document.number`；证据中不指明另一主体。以下情况不触发：没有备案库、"
                 "本主体自己的文档、同一人负责两个主体（该情况由 LEGAL_REP_CONTACTS_INCONSISTENT 判定）、"
                 "`same_legal_rep` 未知，以及该证件号码只作为另一主体的网站/APP负责人出现（属于 "
                 "SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY）。解读：在备案库中按所填写的号码及其证件键查找，"
                 "再按证件键比较；备案库中带内部空格或连字符的号码查不到（不触发）。仅检查订单。",
            why="这些管局规定一人只能担任一个主体的主体负责人，除非两个主体都由他负责（河南见 HW-S1，TC-SC，VE-JX；"
                "天津见 TC-TJ-3P）。",
            fix="请另行指定主体负责人，或更正另一主体的备案。",
        ),
    ),
    examples=(
        Example("Henan: our principal is another company's principal", fires=True, province="HA",
                paths=("entity.principal.id_document.number",), registry=(_OUR_PRINCIPAL_THERE,)),
        Example("Henan: two other companies, one reason", fires=True, province="HA",
                paths=("entity.principal.id_document.number",),
                registry=(_OUR_PRINCIPAL_THERE,
                          {**_OUR_PRINCIPAL_THERE, "entity.name": "郑州他方物流有限公司",
                           "entity.filing_number": "豫ICP备2023000888号",
                           "entity.certificate.number": "91410102MA2YD5E7XH"})),
        Example("Henan: our number written with inner spaces is the same ID key", fires=True, province="HA",
                paths=("entity.principal.id_document.number",), registry=(_OUR_PRINCIPAL_THERE,),
                changes={"entity.principal.id_document.number": own("entity.principal.id_document.number",
                                                                    then=_spaced)}),
        Example("Tianjin (a third-party page): the same, as a warning", fires=True, province="TJ",
                paths=("entity.principal.id_document.number",), registry=(_OUR_PRINCIPAL_THERE,)),
        Example("Henan: our legal representative heads the other company too", fires=False, province="HA",
                registry=({**_OUR_PRINCIPAL_THERE,
                           "entity.legal_representative": own("entity.legal_representative")},)),
        Example("Henan: the other company gives no legal representative (unknown)", fires=False, province="HA",
                registry=({**_OUR_PRINCIPAL_THERE, "entity.legal_representative": None},)),
        Example("Henan: he is only the other company's website principal", fires=False, province="HA",
                registry=({"websites[0].principal": own("entity.principal")},)),
        Example("Henan: the entity's own earlier filing", fires=False, province="HA",
                registry=({"entity": own("entity"), "entity.filing_number": "豫ICP备2023000777号"},)),
        Example("Henan: no registry given", fires=False, province="HA"),
        Example("Zhejiang: no such requirement", fires=False, registry=(_OUR_PRINCIPAL_THERE,)),
    ),
)


# -- TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL -------------------------------------------------------

TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL = Rule(
    code="TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL",
    kind="rejection",
    province="TJ",
    modes=_ORDERS,
    conditions=when(fact("service_principal", "service", is_unit=True, same_as_entity_principal=True)),
    paths=(Ref("service", "id_number_path"), Ref("service", "principal_id_number_path")),
    evidence={"role": Ref("service", "role")},
    message=Text(
        zh="天津管局要求单位的{role:person_role}与主体负责人不能为同一人，而该{role:person_role}的证件号码"
           "与主体负责人相同。",
        en="Tianjin requires a unit's {role:person_role} to be another person than the entity principal, but "
           "this {role:person_role} has the entity principal's ID number.",
    ),
    remedy=Text(
        zh="请指定另一人担任{role:person_role}，并填写其本人的证件号码、手机号码和电子邮箱。",
        en="Nominate another person as {role:person_role}, with his own ID number, mobile and email.",
    ),
    doc=Doc(
        what="`order.province` is TJ, `entity.type` is not `individual`, and a website or APP principal is the "
             "same person as the entity principal (W7: both give an ID number and their ID keys are equal; "
             "names are not used). One reason per such service principal; paths: its `id_document.number`, "
             "then `entity.principal.id_document.number`. Silent when sameness is unknown and for individual "
             "filers (their service principal is the filer). The catalog's second clause (one mobile under "
             "two different principals) is PRINCIPAL_SAME_PERSON_CONSISTENCY's finding. Orders only.",
        why="Tianjin's bureau refuses unit filings whose entity principal is also the website principal "
            "(AL-TJ-NOTE).",
        fix="Nominate a different service principal.",
        sources=("AL-TJ-NOTE",),
        zh=DocZh(
            what="`order.province` 为 TJ，`entity.type` 不是 `individual`，"
                 "且某位网站或APP负责人与主体负责人是同一人（W7：双方都填写了证件号码且证件键相同；不按姓名判断）。"
                 "每位这样的网站/APP负责人一条原因；路径：其 `id_document.number`，然后是 "
                 "`entity.principal.id_document.number`。以下情况不触发：无法确定是否为同一人，"
                 "以及个人备案者（其网站/APP负责人就是备案者本人）。"
                 "目录中的第二项（同一手机号码登记在两位不同的负责人名下）由 PRINCIPAL_SAME_PERSON_CONSISTENCY 判定。"
                 "仅检查订单。",
            why="天津管局不接受主体负责人同时担任网站负责人的单位备案（AL-TJ-NOTE）。",
            fix="请另行指定一人担任网站/APP负责人。",
        ),
    ),
    examples=(
        Example("the entity principal is the website principal", fires=True,
                paths=("entity.principal.id_document.number", "websites[0].principal.id_document.number"),
                changes={"websites[0].principal": own("entity.principal")}),
        Example("another name, but the entity principal's ID number", fires=True,
                paths=("entity.principal.id_document.number", "websites[0].principal.id_document.number"),
                changes={"websites[0].principal.id_document.number": own("entity.principal.id_document.number")}),
        Example("the website and the APP principal are both the entity principal", fires=True, count=2,
                paths=("apps[0].principal.id_document.number", "entity.principal.id_document.number",
                       "websites[0].principal.id_document.number"),
                changes={"websites[0].principal": own("entity.principal"),
                         "apps": [{"name": "天津示例", "platforms": ["wechat"],
                                   "principal": own("entity.principal")}]}),
        Example("the example order's own, distinct website principal", fires=False),
        Example("the entity principal's name, but another ID number", fires=False,
                changes={"websites[0].principal.name": own("entity.principal.name")}),
        Example("the website principal gives no ID number: unknown", fires=False,
                changes={"websites[0].principal": own("entity.principal"),
                         "websites[0].principal.id_document": None}),
        Example("an individual filer is his own website principal", fires=False,
                changes={**_INDIVIDUAL, "websites[0].principal": own("entity.principal")}),
    ),
)


# -- PRINCIPAL_MIN_AGE ---------------------------------------------------------------------------

# Tianjin's minimums (unit principal / individual / unit's service principals / legal rep): 16 / 18 / 18 / 16.
_TJ_AGED_15 = _resident_id("120101", "20110601")
_TJ_16_TODAY = _resident_id("120101", "20101128")
_TJ_16_TOMORROW = _resident_id("120101", "20101129")
_TJ_AGED_17 = _resident_id("120101", "20090101", "789")
_TJ_LEAP_DAY = _resident_id("120101", "20080229", "789")
_TJ_16_ON_15_NOVEMBER = _resident_id("120101", "20101115")
_TJ_BAD_CHECK = _TJ_AGED_15[:-1] + ("0" if _TJ_AGED_15[-1] != "0" else "1")

PRINCIPAL_MIN_AGE = Rule(
    code="PRINCIPAL_MIN_AGE",
    kind="rejection",
    modes=_ORDERS,
    reads=("minimum_ages",),
    conditions=when(fact("person_age", "person", under_minimum=True), fact("province", "bureau")),
    paths=(Ref("person", "path"),),
    evidence={"role": Ref("person", "role"), "age": Ref("person", "age"), "minimum": Ref("person", "minimum"),
              "on": Ref("person", "on"), "province": Ref("bureau", "code")},
    message=Text(
        zh="{role:age_role}在 {on} 未满 {minimum} 周岁（{age} 周岁），而{province:province}管局要求"
           "{role:age_role}年满 {minimum} 周岁。",
        en="The {role:age_role} is {age} years old on {on}; {province:province} requires a {role:age_role} "
           "aged {minimum} or over.",
    ),
    remedy=Text(
        zh="请改由年满 {minimum} 周岁的人担任{role:age_role}。",
        en="Make someone aged {minimum} or over the {role:age_role}.",
    ),
    doc=Doc(
        what="The age (W8: from a valid resident ID only, `d.year − b.year − ((d.month, d.day) < (b.month, "
             "b.day))`, so a 29 February birthday is reached on 1 March) at the bureau day R (W4: "
             "`order.submitted_to_authority_on` for an order in `authority_review`, else the check day) is below "
             "the bureau's `minimum_ages` value for the role: the entity principal of a unit, the entity "
             "principal of an individual filer, a unit's website/APP principal, `entity.legal_representative` "
             "(from its `id_number`). One reason per person and role (a principal who is also the legal "
             "representative can give two); path: the person's `id_document.number` "
             "(`entity.legal_representative.id_number`). Evidence: the age, the minimum, the role and the day "
             "— never the birth date. Silent with no valid resident ID (other ID types carry no birth date; "
             "reading: a number given with an `id_document.type` other than `resident_id` is not read as a "
             "resident ID), when R is unknown (at the bureau, arrival day not given), for a role the bureau "
             "sets no minimum for, and for individual filers' service principals (they must be the filer). "
             "Being exactly the minimum age on R is enough. Orders only.",
        why="Bureaus refuse principals below a minimum age, which differs by province and role "
            "(RULE-CATALOG §2; REASONS-WAVE1 `min_age`, the value that rejects less where sources differ). "
            "The 16–18 proof that JS and TJ ask for is PRINCIPAL_AGE_16_18_PROOF's (not in wave 1).",
        fix="Nominate a person of the required age.",
        sources=("AL-HE", "AL-LN", "AL-NM", "AL-HN-ZH", "AL-GZ", "AL-FJ", "AL-QH", "AL-TJ", "AL-SD", "HW-KB",
                 "HW-JX-P", "HW-GD-P", "HW-S1", "HW-S3", "TC-SC", "FC-GS"),
        zh=DocZh(
            what="在管局日 R（W4：处于 `authority_review` 的订单为 `order.submitted_to_authority_on`，否则为检查日）"
                 "的年龄（W8：仅根据有效的居民身份证号码计算，`d.year − b.year − ((d.month, d.day) < (b.month, b.day)"
                 ")`，因此 2 月 29 日出生者在 3 月 1 日长一岁）低于管局为该角色设定的 `minimum_ages`："
                 "单位的主体负责人、个人备案者的主体负责人、单位的网站/APP负责人、`entity.legal_representative`（按其 "
                 "`id_number`）。每人每个角色一条原因（主体负责人同时是法定代表人时可能有两条）；路径：该人的 "
                 "`id_document.number`（`entity.legal_representative.id_number`）。证据：年龄、最低年龄、"
                 "角色和日期——从不给出出生日期。以下情况不触发：没有有效的居民身份证号码（其他证件类型不含出生日期；"
                 "解读：`id_document.type` 不是 `resident_id` 时，所填号码不按居民身份证号码读取）、R "
                 "未知（已在管局但未填写到达日期）、管局未对该角色设定最低年龄，"
                 "以及个人备案者的网站/APP负责人（须为备案者本人）。在 R 当天恰好达到最低年龄即满足要求。仅检查订单。",
            why="管局不接受未达到最低年龄的负责人，最低年龄因省份和角色而异（RULE-CATALOG §2；REASONS-WAVE1 "
                "`min_age`，来源不一致时取驳回较少的值）。JS 和 TJ 要求的 16–18 周岁证明属于 "
                "PRINCIPAL_AGE_16_18_PROOF（不在 wave 1 中）。",
            fix="请指定达到规定年龄的人担任。",
        ),
    ),
    examples=(
        Example("Tianjin: a unit principal aged 15 (16 required)", fires=True, province="TJ",
                paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.number": _TJ_AGED_15}),
        Example("Tianjin: the unit principal turns 16 on the check day", fires=False, province="TJ",
                changes={"entity.principal.id_document.number": _TJ_16_TODAY}),
        Example("Tianjin: the unit principal turns 16 the day after", fires=True, province="TJ",
                paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.number": _TJ_16_TOMORROW}),
        Example("Tianjin: a website principal aged 17 (18 required)", fires=True, province="TJ",
                paths=("websites[0].principal.id_document.number",),
                changes={"websites[0].principal.id_document.number": _TJ_AGED_17}),
        Example("Tianjin: born on 29 February 2008, checked on 28 February 2026 (17)", fires=True, province="TJ",
                as_of="2026-02-28", paths=("websites[0].principal.id_document.number",),
                changes={"websites[0].principal.id_document.number": _TJ_LEAP_DAY}),
        Example("Tianjin: born on 29 February 2008, checked on 1 March 2026 (18)", fires=False, province="TJ",
                as_of="2026-03-01", changes={"websites[0].principal.id_document.number": _TJ_LEAP_DAY}),
        Example("Tianjin: a legal representative aged 15 (16 required)", fires=True, province="TJ",
                paths=("entity.legal_representative.id_number",),
                changes={"entity.legal_representative.id_number": _TJ_AGED_15}),
        Example("Tianjin: the principal, also the legal representative, aged 15: one reason per role", fires=True,
                province="TJ", count=2,
                paths=("entity.legal_representative.id_number", "entity.principal.id_document.number"),
                changes={"entity.principal.id_document.number": _TJ_AGED_15,
                         "entity.legal_representative.id_number": _TJ_AGED_15}),
        Example("Tianjin: an individual filer aged 17 (18 required)", fires=True, province="TJ",
                paths=("entity.principal.id_document.number",),
                changes={**_INDIVIDUAL, "entity.principal.id_document.number": _TJ_AGED_17,
                         "entity.certificate.number": _TJ_AGED_17}),
        Example("Tianjin: an individual filer's website principal is not age-checked", fires=False, province="TJ",
                changes={**_INDIVIDUAL, "websites[0].principal.id_document.number": _TJ_AGED_15}),
        Example("Tianjin, at the bureau: 15 on the day it arrived, 16 on the check day", fires=True, province="TJ",
                paths=("entity.principal.id_document.number",),
                changes={"order.status": "authority_review", "order.submitted_to_provider_on": "2026-10-28",
                         "order.submitted_to_authority_on": "2026-11-01",
                         "entity.principal.id_document.number": _TJ_16_ON_15_NOVEMBER}),
        Example("Tianjin, at the bureau, arrival day not given: unknown", fires=False, province="TJ",
                changes={"order.status": "authority_review", "entity.principal.id_document.number": _TJ_AGED_15}),
        Example("Tianjin: a number with a wrong check character gives no age", fires=False, province="TJ",
                changes={"entity.principal.id_document.number": _TJ_BAD_CHECK}),
        Example("Tianjin: a resident-ID-like number on a passport is not read", fires=False, province="TJ",
                changes={"entity.principal.id_document.type": "passport",
                         "entity.principal.id_document.number": _TJ_AGED_15}),
        Example("Hebei: a unit principal aged 13 (14 required)", fires=True, province="HE",
                paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.number": _resident_id("130102", "20130601")}),
        Example("Hebei sets no minimum for the legal representative", fires=False, province="HE",
                changes={"entity.legal_representative.id_number": _resident_id("130102", "20130601")}),
        Example("Zhejiang documents no minimum age", fires=False,
                changes={"entity.principal.id_document.number": _resident_id("330106", "20130601")}),
        Example("Tianjin: an approved filing is not judged", fires=False, province="TJ",
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2026-06-01",
                         "entity.principal.id_document.number": _TJ_AGED_15}),
    ),
)


# -- SERVICE_PRINCIPAL_NOT_CITIZEN ---------------------------------------------------------------

def _id_document(id_type: str | None, number: str) -> dict[str, str]:
    document = {"number": number, "valid_until": "2033-05-01"}
    return {**document, "type": id_type} if id_type else document


SERVICE_PRINCIPAL_NOT_CITIZEN = Rule(
    code="SERVICE_PRINCIPAL_NOT_CITIZEN",
    kind="rejection",
    modes=_ORDERS,
    reads=("service_principal_citizen",),
    conditions=when(fact("province", "bureau", service_principal_citizen="on"),
                    fact("service_principal", "service", foreign=True)),
    paths=(Ref("service", "foreign_path"),),
    evidence={"province": Ref("bureau", "code"), "role": Ref("service", "role"),
              "basis": Ref("service", "foreign_basis"), "nationality": Ref("service", "nationality")},
    message=Text(
        zh="{role:person_role}{basis:foreign_basis}，而{province:province}管局要求{role:person_role}"
           "为中国公民。",
        en="The {role:person_role} {basis:foreign_basis}, and {province:province} requires "
           "the {role:person_role} to be a Chinese citizen.",
    ),
    remedy=Text(
        zh="请改由中国公民（持居民身份证等中国公民证件）担任{role:person_role}。",
        en="Make a Chinese citizen (with a resident ID or another citizen's document) the {role:person_role}.",
    ),
    doc=Doc(
        what="In a province whose `service_principal_citizen` is `on` (LN, JX), a website or APP principal is "
             "foreign (FORMAT 1.1 \"Who counts as what\"): his `nationality` is given and is none of `CN`, `HK`, "
             "`MO`, `TW` (path: that `nationality`), or no `nationality` is given and his `id_document.type` is "
             "`foreign_permanent_residence` (path: that `id_document.type`). Silent for a `passport` without "
             "`nationality` (Chinese citizens hold passports too), `HK`/`MO`/`TW` residents and "
             "`hk_macao_permit`, `taiwan_permit`, `residence_permit` holders (citizens), a type and nationality "
             "not given, the entity principal, and other provinces. Orders only.",
        why="Liaoning and Jiangxi require website principals to be Chinese citizens (AL-LN, VE-JX); only the "
            "foreign permanent residence card says for certain that its holder is not one.",
        fix="Nominate a Chinese citizen as service principal.",
        sources=("AL-LN", "VE-JX"),
        zh=DocZh(
            what="在 `service_principal_citizen` 为 `on` 的省份（LN、JX），某位网站或APP负责人为外国人（FORMAT "
                 "1.1“Who counts as what”）：已填写其 `nationality` 且不是 `CN`、`HK`、`MO`、`TW` 之一（路径：该 "
                 "`nationality`），或未填写 `nationality` 而其 `id_document.type` 为 "
                 "`foreign_permanent_residence`（路径：该 `id_document.type`）。以下情况不触发：未填国籍的 "
                 "`passport`（中国公民也持有护照）、`HK`/`MO`/`TW` 居民以及持 `hk_macao_permit`、`taiwan_permit`、"
                 "`residence_permit` 者（均为中国公民）、证件类型和国籍都未填写、主体负责人，以及其他省份。"
                 "仅检查订单。",
            why="辽宁和江西要求网站负责人为中国公民（AL-LN、VE-JX）；"
                "只有外国人永久居留身份证能确定其持有人不是中国公民。",
            fix="请指定一名中国公民担任网站/APP负责人。",
        ),
    ),
    examples=(
        Example("Liaoning: a website principal with a foreign permanent residence card", fires=True, province="LN",
                paths=("websites[0].principal.id_document.type",),
                changes={"websites[0].principal.id_document": _id_document("foreign_permanent_residence",
                                                                           "USA210085010101")}),
        Example("Jiangxi: the same", fires=True, province="JX",
                paths=("websites[0].principal.id_document.type",),
                changes={"websites[0].principal.id_document": _id_document("foreign_permanent_residence",
                                                                           "USA360085010101")}),
        Example("Liaoning: a passport (citizens hold them too)", fires=False, province="LN",
                changes={"websites[0].principal.id_document": _id_document("passport", "E12345678")}),
        Example("Liaoning: a passport of a Singaporean", fires=True, province="LN",
                paths=("websites[0].principal.nationality",),
                changes={"websites[0].principal.id_document": _id_document("passport", "E12345678"),
                         "websites[0].principal.nationality": "SG"}),
        Example("Jiangxi: an APP principal with a foreign card and nationality", fires=True, province="JX",
                paths=("apps[0].principal.nationality",),
                changes={"apps": [{"name": "南昌示例", "platforms": ["android"], "principal": {
                    "name": "JOHN SMITH", "nationality": "us",
                    "id_document": _id_document("foreign_permanent_residence", "USA360085010101")}}]}),
        Example("Liaoning: a passport of a Chinese citizen", fires=False, province="LN",
                changes={"websites[0].principal.id_document": _id_document("passport", "E12345678"),
                         "websites[0].principal.nationality": "CN"}),
        Example("Liaoning: a Hong Kong resident's passport", fires=False, province="LN",
                changes={"websites[0].principal.id_document": _id_document("passport", "K12345678"),
                         "websites[0].principal.nationality": "HK"}),
        Example("Liaoning: a Taiwan resident", fires=False, province="LN",
                changes={"websites[0].principal.id_document": _id_document("taiwan_permit", "01234567"),
                         "websites[0].principal.nationality": "TW"}),
        Example("Liaoning: a Hong Kong and Macao permit", fires=False, province="LN",
                changes={"websites[0].principal.id_document": _id_document("hk_macao_permit", "H12345678")}),
        Example("Liaoning: the ID type not given", fires=False, province="LN",
                changes={"websites[0].principal.id_document": _id_document(None, "USA210085010101")}),
        Example("Liaoning: the entity principal's card is not this row's", fires=False, province="LN",
                changes={"entity.principal.id_document": _id_document("foreign_permanent_residence",
                                                                      "USA210085010101")}),
        Example("Zhejiang: no such requirement", fires=False,
                changes={"websites[0].principal.id_document": _id_document("foreign_permanent_residence",
                                                                           "USA330085010101")}),
    ),
)


# -- LEGAL_PERSON_INFO_MISSING -------------------------------------------------------------------

LEGAL_PERSON_INFO_MISSING = Rule(
    code="LEGAL_PERSON_INFO_MISSING",
    kind="advice",
    severity="warning",
    modes=_ORDERS,
    conditions=when(fact("legal_rep_id", "rep", is_unit=True, name_differs=True, id_number_missing=True)),
    paths=(Ref("rep", "path"),),
    message=Text(
        zh="主体负责人不是法定代表人（姓名不同），而订单未填写法定代表人的证件号码。",
        en="The entity principal is not the legal representative (the names differ), and the order gives no "
           "ID number for the legal representative.",
    ),
    remedy=Text(
        zh="建议填写法定代表人的证件号码，以便核对主体负责人的授权。",
        en="Give the legal representative's ID number, so that the principal's authorization can be checked.",
    ),
    doc=Doc(
        what="Completeness. `entity.type` is not `individual`, `entity.legal_representative.name` is given, its "
             "name key (W5) differs from `entity.principal.name`'s, and `entity.legal_representative.id_number` "
             "is absent or blank. Path: `entity.legal_representative.id_number`. Silent when "
             "`entity.legal_representative` is not given at all (whether the principal is the legal "
             "representative is then unknown) and when the names are equal. Reading: a blank name on either "
             "side is not given, so the names are not compared (silence). Reading: advice — the source is "
             "WeChat's filing API, which requires it when the principal is not the legal representative; "
             "elsewhere the missing number only weakens PRINCIPAL_NOT_LEGAL_REP's comparison. Orders only.",
        why="When the principal is authorized, the filing must say who the legal representative is, with his "
            "ID number (WX-API).",
        fix="Fill in the legal representative's ID number.",
        sources=("WX-API",),
        zh=DocZh(
            what="完整性检查。`entity.type` 不是 `individual`，已填写 `entity.legal_representative.name`，"
                 "其姓名键（W5）与 `entity.principal.name` 的不同，且 `entity.legal_representative.id_number` "
                 "缺失或为空白。路径：`entity.legal_representative.id_number`。以下情况不触发：完全未填写 "
                 "`entity.legal_representative`（此时无法确定主体负责人是否为法定代表人），以及姓名相同。解读："
                 "任一方的姓名为空白即视为未填写，因此不比较姓名（不触发）。解读：本规则为建议——来源是微信的备案接口，"
                 "它在主体负责人不是法定代表人时要求填写该号码；在其他地方，缺少该号码只会削弱 "
                 "PRINCIPAL_NOT_LEGAL_REP 的比较。仅检查订单。",
            why="主体负责人为被授权人时，备案须写明法定代表人是谁及其证件号码（WX-API）。",
            fix="请填写法定代表人的证件号码。",
        ),
    ),
    examples=(
        Example("another person's name and no ID number", fires=True,
                paths=("entity.legal_representative.id_number",),
                changes={"entity.legal_representative": {"name": "钱国华"}}),
        Example("another person's name and a blank ID number", fires=True,
                paths=("entity.legal_representative.id_number",),
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "  "}}),
        Example("another person's name with his ID number", fires=False,
                changes={"entity.legal_representative": {"name": "钱国华",
                                                         "id_number": _resident_id("330106", "19840101")}}),
        Example("the principal's name and no ID number", fires=False,
                changes={"entity.legal_representative": {"name": own("entity.principal.name")}}),
        Example("the principal's name written with a space", fires=False,
                changes={"entity.legal_representative": {"name": own("entity.principal.name",
                                                                     then=lambda name: f"{name[0]} {name[1:]}")}}),
        Example("no legal representative given", fires=False, changes={"entity.legal_representative": None}),
        Example("the legal representative's name not given", fires=False,
                changes={"entity.legal_representative": {"name": " "}}),
        Example("an individual filer", fires=False, changes={**_INDIVIDUAL, "entity.legal_representative":
                                                             {"name": "钱国华"}}),
    ),
)


# -- PRINCIPAL_FINANCE_UNIT_NO_AUTH --------------------------------------------------------------

_LN_LEGAL_REP = {"name": "钱国华", "id_number": _resident_id("210102", "19840101")}
_FINANCE_APPROVAL = {"industry": "finance", "number": "辽金许〔2025〕12号", "issued_by": "辽宁省地方金融管理局",
                     "valid_until": "2028-12-31", "attachment": "finance.pdf"}

PRINCIPAL_FINANCE_UNIT_NO_AUTH = Rule(
    code="PRINCIPAL_FINANCE_UNIT_NO_AUTH",
    kind="rejection",
    province="LN",
    modes=_ORDERS,
    conditions=any_of(
        when(_AUTHORIZED, fact("finance_content", "finance", basis="business_scope")),
        when(_AUTHORIZED, fact("finance_content", "finance", basis="content"), severity="warning"),
    ),
    paths=(Ref("principal", "path"), Ref("principal", "other_path"), Ref("finance", "path")),
    evidence={"basis": Ref("finance", "basis"), "keywords": Ref("finance", "keywords")},
    message=Text(
        zh="主体负责人不是法定代表人（以授权委托书授权），而本单位{basis:finance_unit_basis}；"
           "辽宁管局要求金融类单位的主体负责人须为法定代表人，不接受授权。",
        en="The entity principal is not the legal representative (he is authorized by letter), and the unit "
           "{basis:finance_unit_basis}; Liaoning requires a financial "
           "unit's principal to be its legal representative and accepts no authorization.",
    ),
    remedy=Text(
        zh="如本单位为金融类单位，请由法定代表人担任主体负责人。",
        en="If the unit is a financial unit, make its legal representative the entity principal.",
    ),
    doc=Doc(
        what="`order.province` is LN, `entity.type` is not `individual`, the entity principal is known not to "
             "be the legal representative (W7), an `authorization_letter` counts for `entity.principal` (FORMAT "
             "1.1 group A; without one PRINCIPAL_NOT_LEGAL_REP — or, for a non-mainland legal representative, "
             "PRINCIPAL_FOREIGN_LEGAL_REP — already rejects the order: the row's \"whatever letter is "
             "attached\" is met by one reason, not two), and the unit is a financial unit: (a) error — "
             "`entity.business_registration.business_scope` contains a keyword of the national finance list "
             "(RULE-CATALOG §3, `document_checks.NATIONAL_KEYWORDS`; W5 *contains*; 基金 not before 会), path "
             "that field; or else (b) warning — some website or APP has the token `finance` in "
             "`content_categories` or a `pre_approvals` entry of industry `finance`, path the first such token "
             "or approval (reading: in document order — websites, then APPs; within a service its content "
             "tokens, then its pre-approvals). One reason; paths: `entity.principal`, "
             "`entity.legal_representative`, then the finance path. Silent without finance scope, content or "
             "approval and when the comparison is unknown. Reading: (b) stays a warning as in 1.0, because "
             "\"financial unit\" is only inferred from the content; the 1.1 table's error is given where the "
             "registered business scope says so. Reading: a bracketed note of the scope that names what the "
             "unit does not do — a bracket holding 不含, 不包括, 不得, 未经, 除 or 禁止, as in "
             "\"投资咨询（不含金融业务）\" — is not searched. Orders only.",
        why="Liaoning accepts an authorized principal except for financial units, whose principal must be the "
            "legal representative (AL-LN).",
        fix="Make the legal representative the principal.",
        sources=("AL-LN",),
        zh=DocZh(
            what="`order.province` 为 LN，`entity.type` 不是 `individual`，已知主体负责人不是法定代表人（W7），有对 "
                 "`entity.principal` 有效的 `authorization_letter`（FORMAT 1.1 A 组；没有授权书时，"
                 "PRINCIPAL_NOT_LEGAL_REP——法定代表人为非内地人员时为 PRINCIPAL_FOREIGN_LEGAL_REP——已驳回该订单："
                 "该行的“无论附何种授权书”由一条原因满足，而不是两条），且该单位为金融类单位：(a) "
                 "错误——`entity.business_registration.business_scope` 含全国金融关键词表中的关键词（RULE-CATALOG §3，"
                 "`document_checks.NATIONAL_KEYWORDS`；W5 *contains*；后接 会 的 基金 不算），路径为该字段；否则 (b) "
                 "警告——某个网站或APP的 `content_categories` 含 `finance`，或有行业为 `finance` 的 `pre_approvals` "
                 "条目，路径为第一个这样的内容类别或前置审批（解读：按文档顺序——先网站，后APP；同一服务内先内容类别，"
                 "后前置审批）。一条原因；路径：`entity.principal`、`entity.legal_representative`，"
                 "然后是金融相关的路径。以下情况不触发：没有金融类经营范围、内容或前置审批，以及无法比较。解读：(b) "
                 "与 1.0 一样保持为警告，因为“金融类单位”只是从内容推断的；登记的经营范围写明时，按 1.1 表给出错误。"
                 "解读：经营范围中说明单位不从事某项业务的括注——括号内含 不含、不包括、不得、未经、除 或 禁止，"
                 "如“投资咨询（不含金融业务）”——不在搜索范围内。仅检查订单。",
            why="辽宁接受被授权的主体负责人，但金融类单位除外：其主体负责人须为法定代表人（AL-LN）。",
            fix="请由法定代表人担任主体负责人。",
        ),
    ),
    examples=(
        Example("an authorized principal and a finance website", fires=True, province="LN",
                paths=("entity.legal_representative", "entity.principal", "websites[0].content_categories[0]"),
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "websites[0].content_categories": ["finance"], "websites[0].pre_approvals":
                         [_FINANCE_APPROVAL]}),
        Example("an authorized principal and a finance approval only", fires=True, province="LN",
                paths=("entity.legal_representative", "entity.principal", "websites[0].pre_approvals[0]"),
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "websites[0].pre_approvals": [_FINANCE_APPROVAL]}),
        Example("an APP's finance token", fires=True, province="LN",
                paths=("apps[0].content_categories[1]", "entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "apps": [{"name": "沈阳示例", "platforms": ["wechat"],
                                   "content_categories": ["tools", "finance"],
                                   "principal": own("entity.principal")}]}),
        Example("a finance keyword in the business scope", fires=True, province="LN", severity="error",
                paths=("entity.business_registration.business_scope", "entity.legal_representative",
                       "entity.principal"),
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "business_scope": "软件开发；金融信息服务"}}),
        Example("the business scope and finance content: one reason, the scope's", fires=True, province="LN",
                severity="error",
                paths=("entity.business_registration.business_scope", "entity.legal_representative",
                       "entity.principal"),
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "websites[0].content_categories": ["finance"],
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "business_scope": "股权投资；资产管理"}}),
        Example("the finance website alone is a warning", fires=True, province="LN", severity="warning",
                paths=("entity.legal_representative", "entity.principal", "websites[0].content_categories[0]"),
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "websites[0].content_categories": ["finance"],
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "business_scope": "软件开发"}}),
        Example("a scope that excludes finance in a note", fires=False, province="LN",
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "business_scope": "信息咨询（不含金融、理财业务）"}}),
        Example("a foundation (基金会) is not a fund", fires=False, province="LN",
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER],
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "business_scope": "为基金会提供软件服务"}}),
        Example("a finance scope, the principal is the legal representative", fires=False, province="LN",
                changes={"attachments": [_LETTER],
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "business_scope": "金融信息服务"}}),
        Example("a finance scope, the letter is for another person", fires=False, province="LN",
                changes={"entity.legal_representative": _LN_LEGAL_REP,
                         "attachments": [{**_LETTER, "for": "websites[0].principal"}],
                         "websites[0].principal": other("entity.principal"),
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "business_scope": "金融信息服务"}}),
        Example("an authorized principal, no finance content", fires=False, province="LN",
                changes={"entity.legal_representative": _LN_LEGAL_REP, "attachments": [_LETTER]}),
        Example("finance content, no letter (PRINCIPAL_NOT_LEGAL_REP's case)", fires=False, province="LN",
                changes={"entity.legal_representative": _LN_LEGAL_REP,
                         "websites[0].content_categories": ["finance"]}),
        Example("finance content, the principal is the legal representative", fires=False, province="LN",
                changes={"attachments": [_LETTER], "websites[0].content_categories": ["finance"]}),
        Example("finance content, no legal representative given (unknown)", fires=False, province="LN",
                changes={"entity.legal_representative": None, "attachments": [_LETTER],
                         "websites[0].content_categories": ["finance"]}),
        Example("another province", fires=False, province="SC",
                changes={"entity.legal_representative": {"name": "钱国华",
                                                         "id_number": _resident_id("510104", "19840101")},
                         "attachments": [_LETTER], "websites[0].content_categories": ["finance"]}),
    ),
)


RULES = (PERSONAL_PRINCIPAL_NOT_FILER, PRINCIPAL_AUTH_REQUIRES_SAME_PERSON, SERVICE_PRINCIPAL_AUTH_LETTER,
         PRINCIPAL_ID_USED_BY_OTHER_ENTITY, TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL, PRINCIPAL_MIN_AGE,
         SERVICE_PRINCIPAL_NOT_CITIZEN, LEGAL_PERSON_INFO_MISSING, PRINCIPAL_FINANCE_UNIT_NO_AUTH)
