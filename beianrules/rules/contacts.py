"""National rules about contacts: phones and emails, within and across filings."""

from beianrules.examples import base_document, other_entity_document
from beianrules.rules.declaration import Doc, Example, Ref, Rule, Text, fact, when

_OTHER = other_entity_document("ZJ")
_OWN_CERTIFICATE = base_document("ZJ")["entity"]["certificate"]["number"]

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
             "entities (he keeps one set of contacts, SEED:L7), and without a registry.",
        why="One mobile may serve only one entity; the bureau rejects numbers already filed by another.",
        fix="Use a number never filed before, or change the other entity's filing.",
        sources=("SEED:L5", "SEED:L7", "TC-REJ", "TC-SITE", "HW-S3(CQ)", "HW-S7(HE)", "IN-REJ"),
    ),
    examples=(
        Example("another company filed the same mobile", fires=True,
                changes={"entity.principal.mobile": _OTHER["entity"]["principal"]["mobile"]},
                registry=({},)),
        Example("a website principal's mobile is another company's", fires=True,
                changes={"websites[0].principal.mobile": _OTHER["entity"]["principal"]["mobile"]},
                registry=({},)),
        Example("the same legal representative heads both companies", fires=False,
                changes={"entity.principal.mobile": _OTHER["entity"]["principal"]["mobile"],
                         "entity.legal_representative": _OTHER["entity"]["legal_representative"],
                         "entity.principal.name": _OTHER["entity"]["principal"]["name"],
                         "entity.principal.id_document": _OTHER["entity"]["principal"]["id_document"]},
                registry=({},)),
        Example("the registry holds this entity's own earlier filing", fires=False,
                changes={"entity.principal.mobile": _OTHER["entity"]["principal"]["mobile"]},
                registry=({"entity.certificate.number": _OWN_CERTIFICATE},)),
        Example("no registry given", fires=False,
                changes={"entity.principal.mobile": _OTHER["entity"]["principal"]["mobile"]}),
    ),
)

RULES = (CONTACT_PHONE_USED_BY_OTHER_ENTITY,)
