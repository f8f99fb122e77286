"""National rules about principals and the legal representative (province sets as parameters).

Facts: ``facts/authorization.py``'s ``principal_authority`` — the entity principal against the legal
representative, whether an authorization letter counts for him and whether the legal representative is known
to be non-mainland (``not_legal_rep``), and the registered legal representative against the filed one
(``changed``, read on audits)."""

from beianrules.declaration import Condition, Doc, DocZh, Example, Ref, Rule, Scalar, Text, any_of, fact, when
from beianrules.examples import own

# PRINCIPAL_FOREIGN_LEGAL_REP judges a non-mainland legal representative's order where the bureau asks for an
# authorized mainland principal; elsewhere, and whenever the document does not say that he is non-mainland,
# this rule judges as in 1.0.
_FOREIGN_JUDGED = ("authorize_mainland", "authorize_mainland_unlisted")
_FOREIGN_NOT_JUDGED = ("passport_accepted", "unknown")
_POLICIES = ("required", "letter")


def _order_clause(policy: str, handled: str) -> tuple[Condition, ...]:
    """The 1.0 clause where `legal_rep` is ``policy`` and `foreign_legal_rep` is ``handled``."""
    tests: dict[str, Scalar] = {"finding": "not_legal_rep", "is_legal_rep": False}
    if policy == "letter":
        tests["letter"] = False  # no authorization_letter counts for entity.principal
    if handled in _FOREIGN_JUDGED:
        tests["rep_non_mainland"] = False  # a non-mainland legal representative is PRINCIPAL_FOREIGN_LEGAL_REP's
    return when(fact("principal_authority", "principal", **tests),
                fact("province", "bureau", legal_rep=policy, foreign_legal_rep=handled))


def _audit_clause(policy: str) -> tuple[Condition, ...]:
    """On an audit: the business registration names another legal representative than the filing."""
    return when(fact("order", "order", audit=True),
                fact("principal_authority", "principal", finding="changed", differs=True),
                fact("province", "bureau", legal_rep=policy))


# A legal representative who is not a mainland resident (FORMAT 1.1 group D).
_TAN = {"name": "TAN MING KAI", "id_number": "E1234567N", "id_type": "passport", "nationality": "SG"}
_LETTER_FOR_PRINCIPAL = {"type": "authorization_letter", "file": "shouquanshu.jpg", "size_bytes": 512345,
                         "for": "entity.principal"}
_SC_REP = {"name": "钱国华", "id_number": "510104198401011236"}
_REGISTRATION = {"retrieved_on": "2026-11-27", "legal_representative": "钱国华"}
_AUDIT = {"order.status": "approved", "order.submitted_to_authority_on": "2025-03-01"}

PRINCIPAL_NOT_LEGAL_REP = Rule(
    code="PRINCIPAL_NOT_LEGAL_REP",
    kind="rejection",
    reads=("legal_rep", "foreign_legal_rep"),
    conditions=any_of(
        *(_order_clause(policy, handled) for policy in _POLICIES for handled in (*_FOREIGN_NOT_JUDGED,
                                                                                  *_FOREIGN_JUDGED)),
        *(_audit_clause(policy) for policy in _POLICIES),
    ),
    paths=(Ref("principal", "path"), Ref("principal", "other_path")),
    evidence={"province": Ref("bureau", "code"),
              "policy": Ref("bureau", "legal_rep"),
              "finding": Ref("principal", "finding"),
              "registered": Ref("principal", "registered"),
              "filed": Ref("principal", "filed")},
    message=Text(zh="{finding:legal_rep_finding}", en="{finding:legal_rep_finding}"),
    remedy=Text(zh="{finding:legal_rep_remedy}", en="{finding:legal_rep_remedy}"),
    doc=Doc(
        what="A unit's principal (主体负责人) differs from its legal representative — compared by ID number "
             "when both are given, else by name — in a province whose `legal_rep` parameter is `required`, "
             "or is `letter` and no `authorization_letter` counts for `entity.principal` (FORMAT 1.1 group A: "
             "its `for` names him, or another principal with his ID number, or is absent — so a 1.0 document "
             "keeps its verdicts). Paths: `entity.principal`, `entity.legal_representative`. Provinces with "
             "`free` are silent, as are documents that give neither the legal representative's ID number nor "
             "his name. Not where the bureau's `foreign_legal_rep` is `authorize_mainland` or "
             "`authorize_mainland_unlisted` (HE, SX, SD, LN, JX) and the legal representative is known to be "
             "non-mainland (`nationality` other than `CN`, or none and an ID type `passport`, `hk_macao_permit`, "
             "`taiwan_permit`, `residence_permit` or `foreign_permanent_residence`): "
             "PRINCIPAL_FOREIGN_LEGAL_REP judges those orders. Where his standing is unknown (a 1.0 document) "
             "the rule judges as in 1.0; NM, SH and ZJ (`passport_accepted`) apply it as usual. "
             "On an audit, also: `entity.business_registration.legal_representative` and "
             "`entity.legal_representative.name` are both given and their name keys (W5) differ — the legal "
             "representative changed after filing (paths: those two fields). Reading: that clause applies where "
             "`legal_rep` is `required` or `letter` (the row's scope; where anyone may be principal a new legal "
             "representative leaves the principal in place), and it is silent when the legal representative is "
             "known to be non-mainland: his passport name is often written otherwise than the registered name "
             "(RULE-CATALOG: SH asks for both), so a difference does not show a change.",
        why="Most bureaus require the legal representative as principal; some accept an authorization "
            "letter from him instead (RULE-CATALOG §1.2 province sets, §2 table, §7 conflicts). A unit whose "
            "legal representative is not a mainland resident must, in HE, SX, SD, LN and JX, authorize a "
            "mainland resident instead (PRINCIPAL_FOREIGN_LEGAL_REP), which 1.0 could not tell. A filing "
            "whose legal representative changed must be updated (RULE-CATALOG: a rectification item).",
        fix="Make the legal representative the principal, or upload his authorization letter where accepted; "
            "after a change of legal representative, submit a change filing.",
        sources=("SEED:L10", "TC-SUBJ", "HW-ERR(1.5)", "HW-KB(备案管局咨询)"),
        zh=DocZh(
            what="单位的主体负责人与其法定代表人不是同一人——双方都填写了证件号码时按证件号码比较，否则按姓名"
                 "比较——且所在省份的 `legal_rep` 参数为 `required`，或为 `letter` 而没有对 `entity.principal` "
                 "有效的 `authorization_letter`（FORMAT 1.1 A 组：其 `for` 指向他本人，或指向证件号码与他相同的"
                 "另一位负责人，或未填写——因此 1.0 文档的判定不变）。路径：`entity.principal`、"
                 "`entity.legal_representative`。参数为 `free` 的省份不触发；既未给出法定代表人证件号码、也未"
                 "给出其姓名的文档也不触发。管局的 `foreign_legal_rep` 为 `authorize_mainland` 或 "
                 "`authorize_mainland_unlisted`（HE、SX、SD、LN、JX），且已知法定代表人为非内地人员（`nationality` "
                 "不是 `CN`，或未填写国籍而证件类型为 `passport`、`hk_macao_permit`、`taiwan_permit`、"
                 "`residence_permit` 或 `foreign_permanent_residence`）时，本规则不适用：这类订单由 "
                 "PRINCIPAL_FOREIGN_LEGAL_REP 判定。法定代表人身份未知时（1.0 文档），本规则按 1.0 判定；NM、SH "
                 "和 ZJ（`passport_accepted`）照常适用本规则。检查已通过的备案时另有一项："
                 "`entity.business_registration.legal_representative` 与 `entity.legal_representative.name` 均已"
                 "填写且二者的姓名键（W5）不同——法定代表人在备案后已变更（路径：这两个字段）。解读：该项适用于 "
                 "`legal_rep` 为 `required` 或 `letter` 的省份（该行的适用范围；任何人都可担任主体负责人的省份，"
                 "新任法定代表人不影响原主体负责人）；已知法定代表人为非内地人员时不触发：其护照姓名的写法常与"
                 "登记姓名不同（RULE-CATALOG：SH 要求两者都提供），因此姓名不同并不说明已变更。",
            why="多数管局要求由法定代表人担任主体负责人；部分管局也接受法定代表人出具的授权书（RULE-CATALOG "
                "§1.2 省份集合、§2 表、§7 冲突）。法定代表人不是内地居民的单位，在 HE、SX、SD、LN 和 JX 须改为"
                "授权一名内地居民担任主体负责人（PRINCIPAL_FOREIGN_LEGAL_REP），而 1.0 无法区分这种情况。法定代表人"
                "已变更的备案须更新（RULE-CATALOG：整改事项）。",
            fix="请由法定代表人担任主体负责人，或在接受授权的省份上传法定代表人签署的授权书；法定代表人变更后，"
                "请提交变更备案。",
        ),
    ),
    examples=(
        Example("Zhejiang requires the legal representative", fires=True,
                paths=("entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "330106198401011234"}}),
        Example("Sichuan accepts a letter, none attached", fires=True,
                paths=("entity.legal_representative", "entity.principal"), province="SC",
                changes={"entity.legal_representative": _SC_REP}),
        Example("Sichuan with the legal representative's letter", fires=False, province="SC",
                changes={"entity.legal_representative": _SC_REP,
                         "attachments": [{"type": "authorization_letter", "file": "auth.jpg"}]}),
        Example("Sichuan: the letter names the entity principal", fires=False, province="SC",
                changes={"entity.legal_representative": _SC_REP, "attachments": [_LETTER_FOR_PRINCIPAL]}),
        Example("Sichuan: the only letter is for another person, the website principal", fires=True, province="SC",
                paths=("entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": _SC_REP, "websites[0].principal": {
                    "name": "李建国", "id_document": {"type": "resident_id", "number": "510104197908234560"}},
                    "attachments": [{**_LETTER_FOR_PRINCIPAL, "for": "websites[0].principal"}]}),
        Example("Sichuan: a letter for the website principal, who has the entity principal's ID number",
                fires=False, province="SC",
                changes={"entity.legal_representative": _SC_REP,
                         "attachments": [{**_LETTER_FOR_PRINCIPAL, "for": "websites[0].principal"}]}),
        Example("Beijing: providers disagree, so the rule stays silent", fires=False, province="BJ",
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "110105198401011237"}}),
        Example("the principal is the legal representative", fires=False),
        Example("names differ but the ID numbers match", fires=False,
                changes={"entity.legal_representative.name": "王海艳"}),
        Example("an individual filer has no legal representative", fires=False,
                changes={"entity.type": "individual", "entity.legal_representative": None}),
        # FORMAT 1.1, "The false rejection 1.1 removes".
        Example("Hebei: a Singaporean legal representative, a mainland principal with his letter", fires=False,
                province="HE",
                changes={"entity.legal_representative": _TAN, "attachments": [_LETTER_FOR_PRINCIPAL]}),
        Example("Hebei: the same without the letter is PRINCIPAL_FOREIGN_LEGAL_REP's", fires=False, province="HE",
                changes={"entity.legal_representative": _TAN}),
        Example("Hebei: a passport without nationality (non-mainland, for the legal representative)", fires=False,
                province="HE",
                changes={"entity.legal_representative": {"name": "TAN MING KAI", "id_number": "E1234567N",
                                                         "id_type": "passport"}}),
        Example("Hebei: a Hong Kong legal representative (home-return permit)", fires=False, province="HE",
                changes={"entity.legal_representative": {"name": "陈家明", "id_number": "H12345678",
                                                         "id_type": "hk_macao_permit"}}),
        Example("Hebei: another mainland person as legal representative", fires=True, province="HE",
                paths=("entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "130102198401011234",
                                                         "id_type": "resident_id", "nationality": "CN"}}),
        Example("Hebei: the legal representative's standing not given (1.0), as before", fires=True, province="HE",
                paths=("entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": {"name": "TAN MING KAI", "id_number": "E1234567N"},
                         "attachments": [_LETTER_FOR_PRINCIPAL]}),
        Example("Jiangxi: a foreign legal representative is PRINCIPAL_FOREIGN_LEGAL_REP's", fires=False,
                province="JX", changes={"entity.legal_representative": _TAN}),
        Example("Liaoning (letter): a foreign legal representative, no letter, is PRINCIPAL_FOREIGN_LEGAL_REP's",
                fires=False, province="LN", changes={"entity.legal_representative": _TAN}),
        Example("Zhejiang accepts the passport: the usual rule applies", fires=True,
                paths=("entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": _TAN, "attachments": [_LETTER_FOR_PRINCIPAL]}),
        Example("an audit: the registered legal representative is another person", fires=True,
                paths=("entity.business_registration.legal_representative", "entity.legal_representative.name"),
                changes={**_AUDIT, "entity.business_registration": _REGISTRATION}),
        Example("an audit in Sichuan (letter): the same", fires=True, province="SC",
                paths=("entity.business_registration.legal_representative", "entity.legal_representative.name"),
                changes={**_AUDIT, "entity.business_registration": _REGISTRATION}),
        Example("an audit: the registered name written with a space", fires=False,
                changes={**_AUDIT, "entity.business_registration": {
                    "retrieved_on": "2026-11-27", "legal_representative": own("entity.legal_representative.name",
                                                  then=lambda name: f"{name[0]} {name[1:]}")}}),
        Example("an order: the registration is not compared", fires=False,
                changes={"entity.business_registration": _REGISTRATION}),
        Example("an audit in Beijing (free): silent", fires=False, province="BJ",
                changes={**_AUDIT, "entity.business_registration": _REGISTRATION}),
        Example("an audit: a foreign legal representative's registered name may differ", fires=False,
                changes={**_AUDIT, "entity.legal_representative": {**_TAN, "id_number": "E7654321N"},
                         "entity.principal.name": "TAN MING KAI",
                         "entity.principal.nationality": "SG",
                         "entity.principal.id_document": {"type": "passport", "number": "E7654321N"},
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "legal_representative": "陈明凯"}}),
        Example("an audit without the registered legal representative", fires=False,
                changes={**_AUDIT, "entity.business_registration": {"retrieved_on": "2026-11-27"}}),
    ),
)

RULES = (PRINCIPAL_NOT_LEGAL_REP,)
