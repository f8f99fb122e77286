"""Format-1.1 rules about foreign legal representatives and authorization letters (FORMAT 1.1 groups A, D).

Facts: ``beianrules.facts.authorization`` (``foreign_legal_rep_check``: one per finding about a unit whose legal
representative is known to be non-mainland). PRINCIPAL_NOT_LEGAL_REP, which gives way to this rule, is in
``rulebook/principals.py``; the service principals' letter and citizenship rows are in
``rulebook/principal_checks.py``.
"""

from beianrules.declaration import Condition, Doc, DocZh, Example, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import other, own, own_filing

_JUDGING = ("authorize_mainland", "authorize_mainland_unlisted")
_ELSEWHERE = ("id_number_elsewhere", "mobile_elsewhere", "email_elsewhere")


def _clause(requirement: str, finding: str) -> tuple[Condition, ...]:
    return when(fact("province", "bureau", foreign_legal_rep=requirement),
                fact("foreign_legal_rep_check", "check", finding=finding))


_TAN = {"name": "TAN MING KAI", "id_number": "E1234567N", "id_type": "passport", "nationality": "SG"}
_HK_REP = {"name": "陈家明", "id_number": "H12345678", "id_type": "hk_macao_permit"}
_LETTER = {"type": "authorization_letter", "file": "shouquanshu.jpg", "size_bytes": 512345,
           "for": "entity.principal"}
_FOREIGN = {"entity.legal_representative": _TAN}
_AUTHORIZED = {**_FOREIGN, "attachments": [_LETTER]}
_REP_AS_PRINCIPAL = {**_FOREIGN, "entity.principal.name": "TAN MING KAI",
                     "entity.principal.id_document": {"type": "passport", "number": "E1234567N"}}

PRINCIPAL_FOREIGN_LEGAL_REP = Rule(
    code="PRINCIPAL_FOREIGN_LEGAL_REP",
    kind="rejection",
    reads=("foreign_legal_rep",),
    conditions=any_of(
        *(_clause(requirement, finding) for requirement in _JUDGING
          for finding in ("principal_not_mainland", "no_letter")),
        *(_clause("authorize_mainland_unlisted", finding) for finding in _ELSEWHERE),
    ),
    paths=(Ref("check", "path"), Ref("check", "other_path"), Ref("check", "attachments_path")),
    evidence={"province": Ref("bureau", "code"), "requirement": Ref("bureau", "foreign_legal_rep"),
              "finding": Ref("check", "finding")},
    message=Text(
        zh="单位的法定代表人不是内地居民，而{province:province}管局规定：{requirement:foreign_legal_rep}；"
           "本订单中{finding:foreign_rep_finding}。",
        en="The unit's legal representative is not a mainland resident, and in {province:province} "
           "{requirement:foreign_legal_rep}; here {finding:foreign_rep_finding}.",
    ),
    remedy=Text(
        zh="请授权一名内地居民（持居民身份证）担任主体负责人，并上传法定代表人为其签署的授权书"
           "（附件的 for 写 entity.principal 或不写）；管局的要求：{requirement:foreign_legal_rep}。",
        en="Authorize a mainland resident (with a resident ID) as the entity principal and upload the legal "
           "representative's signed letter for him (an attachment whose `for` is `entity.principal`, or none); "
           "the bureau's requirement: {requirement:foreign_legal_rep}.",
    ),
    doc=Doc(
        what="A unit's legal representative is known to be non-mainland (FORMAT 1.1 \"Who counts as what\": a "
             "`nationality` other than `CN`, or none and an ID type `passport`, `hk_macao_permit`, "
             "`taiwan_permit`, `residence_permit` or `foreign_permanent_residence`), the bureau's "
             "`foreign_legal_rep` is `authorize_mainland` (HE, SX, SD, LN) or `authorize_mainland_unlisted` "
             "(JX), and: (a) the entity principal is not a mainland person (`nationality` other than `CN`, or "
             "none and a non-mainland ID type; a `passport` without `nationality` is unknown for him — unless he "
             "is the legal representative himself, W7, who is non-mainland), paths `entity.principal`, "
             "`entity.legal_representative`; or (b) the principal is known not to be the legal representative "
             "and no `authorization_letter` counts for `entity.principal` (group A's `for` reading), paths "
             "`entity.principal`, `entity.legal_representative`, `attachments`; or (c) in JX "
             "(`authorize_mainland_unlisted`), the principal is known not to be the legal representative and "
             "his ID number (ID key, W8, as any principal), mobile (as any principal's phone, W6) or email "
             "(case-insensitive) appears in another entity's approved filing in the registry — one reason per "
             "field, path that field; the evidence names no other entity. One reason per clause. Silent where "
             "the legal representative's standing is unknown (a 1.0 document: PRINCIPAL_NOT_LEGAL_REP judges "
             "it as before), where he is a mainland person, for individual filers, and elsewhere — NM, SH, ZJ "
             "(`passport_accepted`) accept his passport and PRINCIPAL_NOT_LEGAL_REP applies as usual. "
             "Reading: (b) and (c) concern the authorized person, so they are silent while whether the "
             "principal is the legal representative is unknown, and when he is (then (a) is the finding). "
             "Reading: \"another entity's filing\" is an approved filing (RULE-CATALOG: \"any other filed "
             "entity\"); orders in flight are not counted, and — the source saying \"any other\" — an entity "
             "headed by the same legal representative is not exempt. The letter itself, and that the principal holds a "
             "mainland ID rather than merely being mainland by `nationality`, are not judged further.",
        why="HE, SX, SD, LN and JX accept a unit whose legal representative is foreign or from Hong Kong, Macao "
            "or Taiwan only with a mainland resident as principal, authorized by the legal representative's "
            "主体负责人授权书; in JX that person's ID and contacts must not appear in any other filed entity "
            "(RULE-CATALOG PRINCIPAL_FOREIGN_LEGAL_REP; FORMAT 1.1, \"The false rejection 1.1 removes\").",
        fix="Authorize a mainland resident as principal, with the legal representative's letter for him.",
        sources=("AL-HE", "HW-KB(doc_0217)", "AL-SD", "AL-LN", "VE-JX"),
        zh=DocZh(
            what="已知单位的法定代表人为非内地人员（FORMAT 1.1“Who counts as what”：`nationality` 不是 `CN`，"
                 "或未填写国籍而证件类型为 `passport`、`hk_macao_permit`、`taiwan_permit`、`residence_permit` 或 "
                 "`foreign_permanent_residence`），管局的 `foreign_legal_rep` 为 `authorize_mainland`（HE、SX、SD、"
                 "LN）或 `authorize_mainland_unlisted`（JX），并且：(a) 主体负责人不是内地人员（`nationality` 不是 "
                 "`CN`，或未填写国籍而证件类型为非内地证件；对他而言，未填国籍的 `passport` 视为未知——除非他就是"
                 "法定代表人本人（W7），此时为非内地人员），路径 `entity.principal`、`entity.legal_representative`；"
                 "或 (b) 已知主体负责人不是法定代表人，且没有对 `entity.principal` 有效的 `authorization_letter`"
                 "（按 A 组对 `for` 的解读），路径 `entity.principal`、`entity.legal_representative`、`attachments`；"
                 "或 (c) 在 JX（`authorize_mainland_unlisted`），已知主体负责人不是法定代表人，且其证件号码（证件键，"
                 "W8，作为任一负责人的证件号码）、手机号码（作为任一负责人的电话，W6）或电子邮箱（不区分大小写）"
                 "出现在备案库中另一主体已通过的备案里——每个字段一条原因，路径为该字段；证据中不指明另一主体。每项一条"
                 "原因。以下情况不触发：法定代表人身份未知（1.0 文档：由 PRINCIPAL_NOT_LEGAL_REP 照旧判定）、他是"
                 "内地人员、个人备案者，以及其他省份——NM、SH、ZJ（`passport_accepted`）接受其护照，照常适用 "
                 "PRINCIPAL_NOT_LEGAL_REP。解读：(b) 和 (c) 针对的是被授权人，因此在无法确定主体负责人是否为法定"
                 "代表人时不触发，主体负责人就是法定代表人时也不触发（此时由 (a) 判定）。解读：“另一主体的备案”指"
                 "已通过的备案（RULE-CATALOG：“any other filed entity”）；办理中的订单不计入，并且——来源说的是"
                 "“任何其他”——由同一法定代表人负责的主体也不例外。授权书本身，以及主体负责人持有内地身份证件"
                 "（而不仅是 `nationality` 显示为内地），不再进一步判定。",
            why="HE、SX、SD、LN 和 JX 接受法定代表人为外国人或港澳台居民的单位，但须由一名内地居民担任主体"
                "负责人，并由法定代表人出具《主体负责人授权书》；在 JX，该负责人的证件和联系方式不得出现在任何其他"
                "已备案主体中（RULE-CATALOG PRINCIPAL_FOREIGN_LEGAL_REP；FORMAT 1.1“The false rejection 1.1 "
                "removes”）。",
            fix="请授权一名内地居民担任主体负责人，并上传法定代表人为其签署的授权书。",
        ),
    ),
    examples=(
        Example("Hebei: a Singaporean legal representative, a mainland principal, no letter", fires=True,
                province="HE", paths=("attachments", "entity.legal_representative", "entity.principal"),
                changes=_FOREIGN),
        Example("Hebei: the same with the letter for the principal (FORMAT 1.1's false rejection)", fires=False,
                province="HE", changes=_AUTHORIZED),
        Example("Hebei: a letter without `for` counts for him too", fires=False, province="HE",
                changes={**_FOREIGN, "attachments": [{"type": "authorization_letter", "file": "a.jpg"}]}),
        Example("Hebei: the only letter is for another person, the website principal", fires=True, province="HE",
                paths=("attachments", "entity.legal_representative", "entity.principal"),
                changes={**_FOREIGN, "websites[0].principal": other("entity.principal", province="HE"),
                         "attachments": [{**_LETTER, "for": "websites[0].principal"}]}),
        Example("Hebei: a letter for the website principal, who has the entity principal's ID number",
                fires=False, province="HE",
                changes={**_FOREIGN, "attachments": [{**_LETTER, "for": "websites[0].principal"}]}),
        Example("Hebei: the authorized principal is himself foreign", fires=True, province="HE",
                paths=("entity.legal_representative", "entity.principal"),
                changes={**_AUTHORIZED, "entity.principal.nationality": "SG",
                         "entity.principal.id_document": {"type": "passport", "number": "E7654321N"}}),
        Example("Hebei: the foreign legal representative is the principal himself", fires=True, province="HE",
                paths=("entity.legal_representative", "entity.principal"), changes=_REP_AS_PRINCIPAL),
        Example("Hebei: a principal with a passport and no nationality (unknown), with the letter", fires=False,
                province="HE",
                changes={**_AUTHORIZED, "entity.principal.id_document": {"type": "passport", "number": "E7654321N"}}),
        Example("Hebei: a principal of nationality CN with the letter", fires=False, province="HE",
                changes={**_AUTHORIZED, "entity.principal.nationality": "CN"}),
        Example("Shandong: a Hong Kong legal representative, no letter", fires=True, province="SD",
                paths=("attachments", "entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": _HK_REP}),
        Example("Shanxi (anyone may be principal): still a mainland principal with the letter", fires=True,
                province="SX", paths=("attachments", "entity.legal_representative", "entity.principal"),
                changes=_FOREIGN),
        Example("Liaoning: no letter", fires=True, province="LN",
                paths=("attachments", "entity.legal_representative", "entity.principal"), changes=_FOREIGN),
        Example("Zhejiang accepts the passport", fires=False, changes=_FOREIGN),
        Example("Inner Mongolia accepts the passport", fires=False, province="NM", changes=_FOREIGN),
        Example("Hebei: a mainland legal representative", fires=False, province="HE",
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "130102198401011234",
                                                         "nationality": "CN"}}),
        Example("Hebei: the legal representative's standing not given (1.0)", fires=False, province="HE",
                changes={"entity.legal_representative": {"name": "TAN MING KAI", "id_number": "E1234567N"}}),
        Example("Hebei: an individual filer", fires=False, province="HE",
                changes={"entity.type": "individual", "entity.legal_representative": None,
                         "entity.name": own("entity.principal.name", province="HE"),
                         "entity.certificate": {"type": "resident_id",
                                                "number": own("entity.principal.id_document.number",
                                                              province="HE")}}),
        Example("Hebei: an approved filing without the letter (a rectification)", fires=True, province="HE",
                paths=("attachments", "entity.legal_representative", "entity.principal"),
                changes={**_FOREIGN, "order.status": "approved", "order.submitted_to_authority_on": "2025-03-01"}),
        Example("Jiangxi: the authorized principal's mobile is in another entity's filing", fires=True,
                province="JX", paths=("entity.principal.mobile",),
                changes=_AUTHORIZED,
                registry=({"entity.principal.mobile": own("entity.principal.mobile", province="JX")},)),
        Example("Jiangxi: his ID number is another entity's website principal's", fires=True, province="JX",
                paths=("entity.principal.id_document.number",), changes=_AUTHORIZED,
                registry=({"websites[0].principal.id_document.number":
                           own("entity.principal.id_document.number", province="JX")},)),
        Example("Jiangxi: ID number, mobile and email all in another entity's filing", fires=True, province="JX",
                paths=("entity.principal.email", "entity.principal.id_document.number", "entity.principal.mobile"),
                count=3, changes=_AUTHORIZED,
                registry=({"entity.principal": own("entity.principal", province="JX")},)),
        Example("Jiangxi: his email is another entity's, written in capitals", fires=True, province="JX",
                paths=("entity.principal.email",), changes=_AUTHORIZED,
                registry=({"entity.principal.email": own("entity.principal.email", province="JX",
                                                         then=str.upper)},)),
        Example("Jiangxi: the other entity's order is not approved yet", fires=False, province="JX",
                changes=_AUTHORIZED,
                registry=({"order.status": "provider_review",
                           "entity.principal.mobile": own("entity.principal.mobile", province="JX")},)),
        Example("Jiangxi: the entity's own earlier filing is no other entity", fires=False, province="JX",
                changes=_AUTHORIZED, registry=(own_filing("赣ICP备2023000555号", "JX"),)),
        Example("Jiangxi: the principal and his letter, nothing in the registry", fires=False, province="JX",
                changes=_AUTHORIZED, registry=({},)),
        Example("Hebei: the registry clause is Jiangxi's", fires=False, province="HE", changes=_AUTHORIZED,
                registry=({"entity.principal": own("entity.principal", province="HE")},)),
    ),
)

RULES = (PRINCIPAL_FOREIGN_LEGAL_REP,)
