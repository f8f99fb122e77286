"""National rules about identity documents and certificates."""

from beianrules.rules.declaration import Doc, Example, Ref, Rule, Text, fact, when

ID_EXPIRED = Rule(
    code="ID_EXPIRED",
    kind="rejection",
    conditions=when(fact("id_document", "doc", expired=True)),
    paths=(Ref("doc", "valid_until_path"),),
    evidence={"valid_until": Ref("doc", "valid_until"), "as_of": Ref("doc", "as_of")},
    message=Text(
        zh="证件已过有效期：有效期至 {valid_until}，早于检查日期 {as_of}（证件非最新）。",
        en="The document has expired: valid until {valid_until}, before the check date {as_of}.",
    ),
    remedy=Text(
        zh="请换领新证件，并上传在有效期内的最新证件（已备案的请提交变更备案）。",
        en="Renew the document and upload the current one (for an approved filing, file a change).",
    ),
    doc=Doc(
        what="An ID document of the entity principal or of a website/APP principal, or the entity's "
             "certificate, has a `valid_until` before `as_of`. A document valid through `as_of` itself "
             "is not expired; `长期` (long-term) never expires.",
        why="The bureau rejects filings with an expired ID, and a provider's special check issues a "
            "rectification notice (证件非最新) for approved filings whose principal's ID expired.",
        fix="Upload the renewed ID or certificate; for an approved filing, submit a change filing (变更备案).",
        sources=("SEED:L13", "HW-ERR(1.6)"),
    ),
    examples=(
        Example("the principal's ID expired before the check date", fires=True,
                changes={"entity.principal.id_document.valid_until": "2026-01-31"}),
        Example("a website principal's ID expired", fires=True,
                changes={"websites[0].principal.id_document.valid_until": "2025-12-31"}),
        Example("the certificate's validity ended", fires=True,
                changes={"entity.certificate.valid_until": "2026-11-27"}),
        Example("valid through the check date itself", fires=False,
                changes={"entity.principal.id_document.valid_until": "2026-11-28"}),
        Example("a long-term (长期) ID", fires=False,
                changes={"entity.principal.id_document.valid_until": "长期"}),
        Example("no validity given", fires=False,
                changes={"entity.principal.id_document.valid_until": None}),
    ),
)

RULES = (ID_EXPIRED,)
