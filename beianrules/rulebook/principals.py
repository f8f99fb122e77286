"""National rules about principals and the legal representative (province sets as parameters)."""

from beianrules.declaration import (
    Doc,
    Example,
    Ref,
    Rule,
    Text,
    any_of,
    fact,
    when,
)

_NOT_LEGAL_REP = fact("person", "principal", role="entity_principal", is_legal_rep=False)

PRINCIPAL_NOT_LEGAL_REP = Rule(
    code="PRINCIPAL_NOT_LEGAL_REP",
    kind="rejection",
    reads=("legal_rep",),
    conditions=any_of(
        when(_NOT_LEGAL_REP, fact("province", "bureau", legal_rep="required")),
        when(_NOT_LEGAL_REP, fact("province", "bureau", legal_rep="letter"),
             fact("attachments", "attached", authorization_letter=False)),
    ),
    paths=(Ref("principal", "path"), Ref("principal", "legal_rep_path")),
    evidence={"province": Ref("bureau", "code"),
              "policy": Ref("bureau", "legal_rep")},
    message=Text(
        zh="主体负责人不是单位的法定代表人，而{province:province}管局规定：{policy:legal_rep_policy}。",
        en="The entity principal is not the unit's legal representative, "
           "and in {province:province} {policy:legal_rep_policy}.",
    ),
    remedy=Text(
        zh="请将主体负责人改为单位的法定代表人；管局接受授权的省份，也可上传法定代表人签署的授权委托书。",
        en="Make the unit's legal representative the principal; where the bureau accepts it, upload the "
           "legal representative's signed authorization letter instead.",
    ),
    doc=Doc(
        what="A unit's principal (主体负责人) differs from its legal representative — compared by ID number "
             "when both are given, else by name — in a province whose `legal_rep` parameter is `required`, "
             "or is `letter` and no `authorization_letter` is attached. Provinces with `free` are silent, "
             "as are documents that give neither the legal representative's ID number nor his name.",
        why="Most bureaus require the legal representative as principal; some accept an authorization "
            "letter from him instead (RULE-CATALOG §1.2 province sets, §2 table, §7 conflicts).",
        fix="Make the legal representative the principal, or upload his authorization letter where accepted.",
        sources=("SEED:L10", "TC-SUBJ", "HW-ERR(1.5)", "HW-KB(备案管局咨询)"),
    ),
    examples=(
        Example("Zhejiang requires the legal representative", fires=True,
                paths=("entity.legal_representative", "entity.principal"),
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "330106198401011234"}}),
        Example("Sichuan accepts a letter, none attached", fires=True,
                paths=("entity.legal_representative", "entity.principal"), province="SC",
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "510104198401011236"}}),
        Example("Sichuan with the legal representative's letter", fires=False, province="SC",
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "510104198401011236"},
                         "attachments": [{"type": "authorization_letter", "file": "auth.jpg"}]}),
        Example("Beijing: providers disagree, so the rule stays silent", fires=False, province="BJ",
                changes={"entity.legal_representative": {"name": "钱国华", "id_number": "110105198401011237"}}),
        Example("the principal is the legal representative", fires=False),
        Example("names differ but the ID numbers match", fires=False,
                changes={"entity.legal_representative.name": "王海艳"}),
        Example("an individual filer has no legal representative", fires=False,
                changes={"entity.type": "individual", "entity.legal_representative": None}),
    ),
)

RULES = (PRINCIPAL_NOT_LEGAL_REP,)
