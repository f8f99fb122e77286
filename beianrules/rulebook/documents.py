"""National rules about identity documents and certificates: validity and the province of their address."""

from beianrules.declaration import (
    Doc,
    DocZh,
    Example,
    Ref,
    Rule,
    Text,
    any_of,
    fact,
    when,
)
from beianrules.examples import address, own

_JIANGSU_ADDRESS = address("JS", "中山路8号")
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None}

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
        zh=DocZh(
            what="主体负责人或网站/APP负责人的身份证件，或主体证件，其 `valid_until` 早于 `as_of`。有效期至 `as_of` "
                 "当天的证件不算过期；`长期`（长期有效）永不过期。",
            why="证件过期的备案会被管局驳回；对已备案的，接入商的专项核查会对主体负责人证件已过期的备案下发整改通知"
                "（证件非最新）。",
            fix="上传换领后的身份证件或主体证件；已备案的，请提交变更备案。",
        ),
    ),
    examples=(
        Example("the principal's ID expired before the check date", fires=True,
                paths=("entity.principal.id_document.valid_until",),
                changes={"entity.principal.id_document.valid_until": "2026-01-31"}),
        Example("a website principal's ID expired", fires=True,
                paths=("websites[0].principal.id_document.valid_until",),
                changes={"websites[0].principal.id_document.valid_until": "2025-12-31"}),
        Example("the certificate's validity ended", fires=True, paths=("entity.certificate.valid_until",),
                changes={"entity.certificate.valid_until": "2026-11-27"}),
        Example("valid through the check date itself", fires=False,
                changes={"entity.principal.id_document.valid_until": "2026-11-28"}),
        Example("a long-term (长期) ID", fires=False,
                changes={"entity.principal.id_document.valid_until": "长期"}),
        Example("no validity given", fires=False,
                changes={"entity.principal.id_document.valid_until": None}),
    ),
)

ENTITY_PROVINCE_NOT_CERT_PROVINCE = Rule(
    code="ENTITY_PROVINCE_NOT_CERT_PROVINCE",
    kind="rejection",
    conditions=when(fact("address", "address", document="certificate", is_unit=True, in_filing_province=False)),
    paths=(Ref("address", "path"),),
    evidence={"province": Ref("address", "province"),
              "filing_province": Ref("address", "filing_province")},
    message=Text(
        zh="主办单位证件住所位于{province:province}，不在备案所在地{filing_province:province}：管局要求主办单位证件住所为当前备案所在地。",
        en="The unit's certificate address lies in {province:province}, not in the filing province "
           "{filing_province:province}: the bureau requires the certificate address to be in the filing province.",
    ),
    remedy=Text(
        zh="请向证件住所所在省份（{province:province}）的管局备案；如住所已迁入{filing_province:province}，请先办理证件变更并上传最新证件。",
        en="File with the bureau of the certificate's province ({province:province}); if the unit has moved to "
           "{filing_province:province}, update the certificate first and upload the current one.",
    ),
    doc=Doc(
        what="The filer is a unit (any `entity.type` but `individual`) and the province of "
             "`entity.certificate.address` (by `beianrules.regions.address_province`) is not "
             "`order.province`. Silent when the address is missing or its province cannot be told "
             "(a bare district name, an ambiguous text). The USCC's region code is where the unit was "
             "first registered, a hint only (RULE-CATALOG §1.4 ID_REGION_CODE_HINT): it never fires "
             "this rule. Individuals are ID_ADDRESS_OUTSIDE_PROVINCE's.",
        why="The bureau requires the filer's certificate domicile (证件住所) to be in the filing province; "
            "filings from elsewhere are rejected.",
        fix="File with the bureau of the province the certificate names, or update the certificate.",
        sources=("SEED:L9",),
        zh=DocZh(
            what="备案主体为单位（`entity.type` 为 `individual` 以外的任何类型），且 `entity.certificate.address` "
                 "所在省份（按 `beianrules.regions.address_province` 判断）不是 `order.province`。"
                 "地址缺失或无法判断其省份（只有区县名称、文字有歧义）时不触发。统一社会信用代码中的行政区划码是单位最"
                 "初登记的地方，仅作提示（RULE-CATALOG §1.4 ID_REGION_CODE_HINT），不会触发本规则。个人备案者由 "
                 "ID_ADDRESS_OUTSIDE_PROVINCE 判断。",
            why="管局要求备案主体的证件住所位于备案所在省份；在外省备案的会被驳回。",
            fix="向证件所载省份的管局备案，或先办理证件变更。",
        ),
    ),
    examples=(
        Example("a Zhejiang filing by a company registered in Jiangsu", fires=True,
                paths=("entity.certificate.address",),
                changes={"entity.certificate.address": _JIANGSU_ADDRESS}),
        Example("a public institution whose certificate names Shanghai", fires=True,
                paths=("entity.certificate.address",),
                changes={"entity.type": "public_institution",
                         "entity.certificate.type": "public_institution_certificate",
                         "entity.certificate.address": "上海市黄浦区中山东一路1号"}),
        Example("an approved filing audited (rectification)", fires=True, paths=("entity.certificate.address",),
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
                         "entity.certificate.address": _JIANGSU_ADDRESS}),
        Example("the certificate address is in the filing province", fires=False),
        Example("an address whose province cannot be told", fires=False,
                changes={"entity.certificate.address": "朝阳区建国路1号"}),
        Example("no certificate address", fires=False, changes={"entity.certificate.address": None}),
        Example("a USCC registered in Jiangsu, local address: the region code is only a hint", fires=False,
                changes={"entity.certificate.number": own("entity.certificate.number", province="JS")}),
        Example("an individual filer is not judged here", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate.address": _JIANGSU_ADDRESS}),
    ),
)

_ID_OUTSIDE = fact("address", "address", document="principal_id", is_unit=False, in_filing_province=False)

ID_ADDRESS_OUTSIDE_PROVINCE = Rule(
    code="ID_ADDRESS_OUTSIDE_PROVINCE",
    kind="rejection",
    reads=("out_of_province_id",),
    conditions=any_of(
        when(_ID_OUTSIDE, fact("province", "bureau", out_of_province_id="proof_accepted"),
             fact("attachments", "attached", residence_permit=False, address_proof=False)),
        when(_ID_OUTSIDE, fact("province", "bureau", out_of_province_id="residence_permit_only"),
             fact("attachments", "attached", residence_permit=False)),
        when(_ID_OUTSIDE, fact("province", "bureau", out_of_province_id="local_id_only")),
    ),
    paths=(Ref("address", "path"),),
    evidence={"province": Ref("address", "province"),
              "filing_province": Ref("address", "filing_province"),
              "requirement": Ref("address", "requirement")},
    message=Text(
        zh="个人备案者的证件住址位于{province:province}，不在备案所在地{filing_province:province}：{requirement:out_of_province_id}。",
        en="The individual filer's ID address lies in {province:province}, outside the filing province "
           "{filing_province:province}: {requirement:out_of_province_id}.",
    ),
    remedy=Text(
        zh="请在各地区管局ICP备案规则中查看您备案所在省份的规则，并根据备案所需资料的要求上传证明材料（居住证等）；"
           "该省只接受本省证件的，请在证件所在省份备案。",
        en="Check the filing province's rules and upload the address proof it asks for (a residence permit "
           "or similar); where it accepts local IDs only, file in the province of the ID.",
    ),
    doc=Doc(
        what="The filer is an `individual` and the province of `entity.principal.id_document.address` is "
             "not `order.province`, and by the bureau's `out_of_province_id` parameter: "
             "`proof_accepted` — neither a `residence_permit` nor an `address_proof` is attached; "
             "`residence_permit_only` — no `residence_permit` is attached (an address proof does not do); "
             "`local_id_only` — whatever is attached, and the message says the bureau accepts local IDs "
             "only; `unknown` — silent. Silent too when the address is missing or its province cannot be "
             "told. The ID number's region code is where it was issued, not the address printed on the "
             "card (RULE-CATALOG §1.4 ID_REGION_CODE_HINT): it never fires this rule. Principals of "
             "Sichuan's 个体工商户/商贸公司 (TC-SC) are not covered.",
        why="The bureau wants a personal filer's domicile in the filing province; an ID from elsewhere "
            "needs a residence permit or another address proof where accepted, and several bureaus "
            "refuse non-local personal filers altogether. Missing proof leads to rejection.",
        fix="Upload the proof the province accepts, or file in the province of the ID.",
        sources=("SEED:L9", "TC-REJ", "HW-KB", "HW-JX-P", "HW-GD-P", "TC-SC", "WX-API", "FC-GS"),
        zh=DocZh(
            what="备案主体为 `individual`，`entity.principal.id_document.address` 所在省份不是 `order.province`，"
                 "并按管局的 `out_of_province_id` 参数判断：`proof_accepted`——既未附 `residence_permit` 也未附 "
                 "`address_proof`；`residence_permit_only`——未附 `residence_permit`（住址证明不能替代）；"
                 "`local_id_only`——无论附了什么都触发，提示信息说明该管局只接受本省证件；`unknown`——不触发。"
                 "地址缺失或无法判断其省份时也不触发。身份证号码中的行政区划码是证件签发地，而非证件上印的住址"
                 "（RULE-CATALOG §1.4 ID_REGION_CODE_HINT），不会触发本规则。四川个体工商户/商贸公司（TC-SC）"
                 "的负责人不在本规则范围内。",
            why="管局要求个人备案者的住所位于备案所在省份；持外省证件的，在允许的省份须提供居住证或其他住址证明，"
                "还有多个管局完全不受理非本地的个人备案。缺少证明的会被驳回。",
            fix="上传该省认可的证明材料，或到证件所在省份备案。",
        ),
    ),
    examples=(
        Example("a Zhejiang personal filing with a Jiangsu ID and no proof", fires=True,
                paths=("entity.principal.id_document.address",),
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": _JIANGSU_ADDRESS}),
        Example("Zhejiang accepts a residence permit", fires=False,
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": _JIANGSU_ADDRESS,
                         "attachments": [{"type": "residence_permit", "file": "jzz.jpg"}]}),
        Example("Zhejiang accepts another address proof", fires=False,
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": _JIANGSU_ADDRESS,
                         "attachments": [{"type": "address_proof", "file": "house.jpg"}]}),
        Example("Jiangxi accepts only a residence permit", fires=True,
                paths=("entity.principal.id_document.address",), province="JX",
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": _JIANGSU_ADDRESS,
                         "attachments": [{"type": "address_proof", "file": "house.jpg"}]}),
        Example("Jiangxi with a residence permit", fires=False, province="JX",
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": _JIANGSU_ADDRESS,
                         "attachments": [{"type": "residence_permit", "file": "jzz.jpg"}]}),
        Example("Gansu accepts local IDs only, whatever is attached", fires=True,
                paths=("entity.principal.id_document.address",), province="GS",
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": _JIANGSU_ADDRESS,
                         "attachments": [{"type": "residence_permit", "file": "jzz.jpg"}]}),
        Example("Jiangsu's policy is unknown: silent", fires=False, province="JS",
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": address("ZJ", "文三路200号")}),
        Example("the ID address is in the filing province", fires=False, changes=_INDIVIDUAL),
        Example("an ID address whose province cannot be told", fires=False,
                changes={**_INDIVIDUAL, "entity.principal.id_document.address": "朝阳区建国路1号"}),
        Example("an ID number issued in Jiangsu, local address: the region code is only a hint", fires=False,
                changes={**_INDIVIDUAL, "entity.principal.id_document.number":
                         own("entity.principal.id_document.number", province="JS")}),
        Example("a unit's principal is not judged here", fires=False,
                changes={"entity.principal.id_document.address": _JIANGSU_ADDRESS}),
    ),
)

RULES = (ID_EXPIRED, ENTITY_PROVINCE_NOT_CERT_PROVINCE, ID_ADDRESS_OUTSIDE_PROVINCE)
