"""Facts for the format-1.1 rows about province documents, pre-approval commitments and religion content
(FORMAT 1.1 groups A, J).

- ``order_document`` — one per file type a bureau asks of the order as a whole
  (:data:`ORDER_DOCUMENTS`: Tianjin's 《天津地区互联网信息服务内容说明》, Shanghai's
  《上海市互联网信息服务备案承诺书》, Xinjiang's 党建确认函), with ``present``: a file of the type is
  attached, whatever its ``for`` (these files are the order's: FORMAT group A marks them "any").
- ``qh_image`` — one per image of Qinghai's five (QH_FIVE_IMAGES): the entity's ``certificate_image`` and
  the ``authenticity_check_form`` (any ``for``: the first may only name ``entity``, the second is the order's),
  an ``id_image_front`` counting for ``entity.principal``, and for every website principal an
  ``id_image_front`` and a ``principal_photo`` counting for him (group A's ``for`` reading,
  :func:`beianrules.facts.standing.has_attachment_for`: a file for another principal with the same ID
  number counts, a file without ``for`` counts for everyone). ``image`` (``qh_image``) says which of the
  five it is; ``present`` whether one counts. Built for ``change`` orders only (the row's scope).
- ``religion_claim`` — religion that needs the 《互联网宗教信息服务许可证》 (PREAPPROVAL_XZ_RELIGION): one per
  website or APP whose ``content_categories`` declare ``religion`` (``claim`` ``content``; ``approved``: that
  service has a ``pre_approvals`` entry of industry ``religion``), and one for a
  ``entity.business_registration.business_scope`` that contains (W5) 宗教 (``claim`` ``business_scope``;
  ``approved``: any service of the order has such an entry). An entry counts whatever its state (an expired
  or incomplete one is PREAPPROVAL_EXPIRED_OR_UNCLEAR's).

Every fact carries the checked document's own data only; no registry is read.
"""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.services import services
from beianrules.facts.standing import has_attachment_for
from beianrules.finding import Fact
from beianrules.industries import implied_industries
from beianrules.model import Filing, Person
from beianrules.reference.text import contains

ORDER_DOCUMENTS = ("tj_content_statement", "sh_commitment_letter", "party_building_confirmation")
"""The files a bureau asks of every order in its scope (TJ_CONTENT_STATEMENT, SH_COMMITMENT_LETTER,
XJ_PARTY_BUILDING_PROOF)."""

RELIGION_WORD = "宗教"
"""The word a business scope involving religion contains (RULE-CATALOG PREAPPROVAL_XZ_RELIGION, HW-S3)."""

KINDS = (
    FactKind("order_document", "A file a bureau asks of the order as a whole, and whether one is attached.", {
        "path": PATH, "document": token("attachment_type"), "present": FLAG,
    }),
    FactKind("qh_image", "One of the five images Qinghai asks of a change order, and whether one counts for whom "
             "it must (group A's `for` reading).", {
                 "path": PATH, "image": token("qh_image"), "document": token("attachment_type"), "target": PATH,
                 "name": TEXT, "present": FLAG,
             }),
    FactKind("religion_claim", "Religion content declared by a service, or 宗教 in the business scope, and whether a "
             "`religion` pre-approval is given for it.", {
                 "path": PATH, "claim": token("religion_claim"), "service_name": TEXT, "approved": FLAG,
             }),
)


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    return [*_order_documents(filing), *_qh_images(filing), *_religion_claims(filing)]


def _attached(filing: Filing, document: str) -> bool:
    return any(a.type == document for a in filing.attachments)


def _order_documents(filing: Filing) -> list[Fact]:
    return [{"kind": "order_document", "ref": f"attachments:{document}", "path": "attachments",
             "document": document, "present": _attached(filing, document)} for document in ORDER_DOCUMENTS]


def _qh_images(filing: Filing) -> list[Fact]:
    if filing.order.type != "change":
        return []
    found: list[Fact] = [
        {"kind": "qh_image", "ref": f"attachments:qh:{image}", "path": "attachments", "image": image,
         "document": image, "present": _attached(filing, image)}
        for image in ("certificate_image", "authenticity_check_form")
    ]
    people: list[tuple[str, Person, tuple[tuple[str, str], ...]]] = [
        ("entity.principal", filing.entity.principal, (("principal_id", "id_image_front"),))]
    people += [(f"websites[{i}].principal", site.principal,
                (("site_principal_id", "id_image_front"), ("site_principal_photo", "principal_photo")))
               for i, site in enumerate(filing.websites) if site.principal is not None]
    for target, person, images in people:
        for image, document in images:
            found.append({"kind": "qh_image", "ref": f"{target}:qh:{image}", "path": target, "image": image,
                          "document": document, "target": target, "name": person.name,
                          "present": has_attachment_for(filing, document, target)})
    return found


def _religion_claims(filing: Filing) -> list[Fact]:
    listed = list(services(filing))
    approved = {path: any(entry.industry == "religion" for entry in service.pre_approvals)
                for path, service in listed}
    found: list[Fact] = [
        {"kind": "religion_claim", "ref": f"{path}:religion", "path": f"{path}.content_categories",
         "claim": "content", "service_name": service.name, "approved": approved[path]}
        for path, service in listed if "religion" in implied_industries(service.content_categories)
    ]
    registration = filing.entity.business_registration
    scope = registration.business_scope if registration is not None else None
    if scope is not None and contains(scope, RELIGION_WORD):
        found.append({"kind": "religion_claim", "ref": "entity.business_registration.business_scope:religion",
                      "path": "entity.business_registration.business_scope", "claim": "business_scope",
                      "approved": any(approved.values())})
    return found
