"""Wave-1a rules about ID documents, certificate numbers and the entity's nature and addresses
(REASONS-WAVE1, table 1a): ID_VALIDITY_UNDER_3_MONTHS, ID_NUMBER_INVALID, ID_HMT_DOCS (GD),
ID_FOREIGN_PERSONAL (HE), ENTITY_CERT_NUMBER_NOT_USCC, ENTITY_MAILING_ADDRESS_NOT_DETAILED,
ENTITY_ADDRESS_CROSS_CITY and ENTITY_NATURE_MISMATCH. Their facts: ``beianrules.facts.identity_checks``."""

import datetime as _dt

from beianrules.declaration import (
    Doc,
    DocZh,
    Effective,
    Example,
    Mode,
    Ref,
    Rule,
    Text,
    any_of,
    fact,
    when,
)
from beianrules.examples import address, own

_ORDERS_ONLY: frozenset[Mode] = frozenset({"order"})
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}
_AT_BUREAU = {"order.status": "authority_review", "order.submitted_to_authority_on": "2026-10-01"}


def _wrong_check_character(number: str) -> str:
    """The same number with another 18th character (its check character no longer fits)."""
    return number[:17] + ("1" if number[17] != "1" else "2")


# -- ID_VALIDITY_UNDER_3_MONTHS -------------------------------------------------------------------

_SHORT_VALIDITY = fact("id_validity_window", "doc", under_three_months=True)

ID_VALIDITY_UNDER_3_MONTHS = Rule(
    code="ID_VALIDITY_UNDER_3_MONTHS",
    kind="rejection",
    reads=("id_validity",),
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(_SHORT_VALIDITY, fact("province", "bureau", id_validity="error")),
        when(_SHORT_VALIDITY, fact("province", "bureau", id_validity="warning"), severity="warning"),
    ),
    paths=(Ref("doc", "path"),),
    evidence={"valid_until": Ref("doc", "valid_until"), "bureau_day": Ref("doc", "bureau_day"),
              "three_months_after": Ref("doc", "three_months_after"), "province": Ref("bureau", "code"),
              "strictness": Ref("bureau", "id_validity")},
    message=Text(
        zh="证件有效期至 {valid_until}，自 {bureau_day}（已提交管局的为提交管局之日，否则为检查日）起"
           "剩余有效期不足三个月（须至少有效至 {three_months_after}）；"
           "{province:province}管局：{strictness:strictness}。",
        en="The ID is valid until {valid_until}: from {bureau_day} (the day the order reached the bureau, else "
           "the check day) fewer than three months remain (it must be valid at least until "
           "{three_months_after}); {province:province}: {strictness:strictness}.",
    ),
    remedy=Text(
        zh="请先换领新证件，再以新证件的号码、有效期和照片提交备案。",
        en="Renew the ID first, then file with the new ID's number, validity and images.",
    ),
    doc=Doc(
        what="A principal's (the entity principal's or a website/APP principal's) `id_document.valid_until`, "
             "of any ID type, is on or after the check day `D` (not expired) and fewer than three months "
             "remain at the bureau day `R` (W4): `valid_until < add_months(R, 3)` — a date exactly three "
             "months after `R` is enough. `R` is `order.submitted_to_authority_on` for an order in "
             "`authority_review`, else `D`. Severity by the bureau's `id_validity`: error in HE NM SD QH JX, "
             "warning elsewhere. Silent when `valid_until` is not given or long-term (长期), when it is "
             "already before `D` (ID_EXPIRED's), when `R` is unknown (at the bureau without "
             "`submitted_to_authority_on`), on the entity certificate (the row is about the person's ID), "
             "and on approved filings (audit: no).",
        why="Bureaus reject an ID that expires soon after the filing reaches them: the review takes weeks "
            "and the filed ID must stay valid; HE NM SD QH JX say so on their own pages, Huawei's KB gives "
            "it as a general reason.",
        fix="Renew the ID before filing and enter the new one.",
        sources=("AL-HE", "AL-NM", "AL-SD", "AL-QH", "VE-JX", "HW-KB(doc_0024)"),
        zh=DocZh(
            what="负责人（主体负责人或网站/APP负责人）的 `id_document.valid_until`（任何证件类型）在检查日 `D` "
                 "当天或之后（未过期），但到管局日 `R`（W4）时剩余有效期不足三个月："
                 "`valid_until < add_months(R, 3)`——恰好为 `R` 之后三个月的日期即满足要求。处于 `authority_review` "
                 "的订单，`R` 为 `order.submitted_to_authority_on`，否则为 `D`。严重程度取决于该管局的 `id_validity`："
                 "HE NM SD QH JX 为错误，其他地区为警告。以下情况不触发：`valid_until` 未给出或为“长期”；已早于 "
                 "`D`（属于 ID_EXPIRED）；`R` 未知（已在管局但未填 `submitted_to_authority_on`）；"
                 "主体证件（该行针对的是个人的身份证件）；已通过的备案（核查：否）。",
            why="备案提交到管局后不久即到期的证件会被管局驳回：审核需要数周，而备案的证件必须保持有效；HE NM SD QH JX "
                "管局在各自的页面上有明确说明，华为的知识库将其列为通用驳回原因。",
            fix="请在备案前换领证件，并填写新证件的信息。",
        ),
    ),
    examples=(
        Example("a day short of three months (Zhejiang: warning)", fires=True,
                paths=("entity.principal.id_document.valid_until",),
                changes={"entity.principal.id_document.valid_until": "2027-02-27"}),
        Example("exactly three months remain", fires=False,
                changes={"entity.principal.id_document.valid_until": "2027-02-28"}),
        Example("Hebei rejects it (error)", fires=True, province="HE",
                paths=("entity.principal.id_document.valid_until",),
                changes={"entity.principal.id_document.valid_until": "2026-12-31"}),
        Example("a website principal's passport, two weeks left", fires=True,
                paths=("websites[0].principal.id_document.valid_until",),
                changes={"websites[0].principal.id_document": {"type": "passport", "number": "E12345678",
                                                               "valid_until": "2026-12-12"}}),
        Example("valid through the check day itself", fires=True, paths=("entity.principal.id_document.valid_until",),
                changes={"entity.principal.id_document.valid_until": "2026-11-28"}),
        Example("expired the day before: ID_EXPIRED's", fires=False,
                changes={"entity.principal.id_document.valid_until": "2026-11-27"}),
        Example("a long-term (长期) ID", fires=False, changes={"entity.principal.id_document.valid_until": "长期"}),
        Example("no validity given", fires=False, changes={"entity.principal.id_document.valid_until": None}),
        Example("month end: from 2026-11-30 three months reach 2027-02-28", fires=False, as_of="2026-11-30",
                changes={"entity.principal.id_document.valid_until": "2027-02-28"}),
        Example("month end: a day earlier is short", fires=True, as_of="2026-11-30",
                paths=("entity.principal.id_document.valid_until",),
                changes={"entity.principal.id_document.valid_until": "2027-02-27"}),
        Example("at the bureau since 2026-10-01: measured from that day", fires=True,
                paths=("entity.principal.id_document.valid_until",),
                changes={**_AT_BUREAU, "entity.principal.id_document.valid_until": "2026-12-31"}),
        Example("at the bureau since 2026-10-01: three months from then are enough", fires=False,
                changes={**_AT_BUREAU, "entity.principal.id_document.valid_until": "2027-01-01"}),
        Example("at the bureau, the day it got there unknown", fires=False,
                changes={**_AT_BUREAU, "order.submitted_to_authority_on": None,
                         "entity.principal.id_document.valid_until": "2026-12-01"}),
        Example("the entity certificate is not a person's ID", fires=False,
                changes={"entity.certificate.valid_until": "2026-12-01"}),
        Example("an approved filing is not judged", fires=False,
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
                         "entity.principal.id_document.valid_until": "2026-12-01"}),
    ),
)

# -- ID_NUMBER_INVALID ----------------------------------------------------------------------------

# Resident IDs of the base document's district (330106) with their GB 11643 check characters.
_BORN_TOMORROW = "330106202611291237"  # 2026-11-29, the day after the examples' check day
_BORN_TODAY = "330106202611281231"
_BORN_29_FEB_2000 = "330106200002291232"
_BORN_29_FEB_1999 = "330106199902291232"  # no such day
_TAIWAN_PREFIX = "710106198503121232"  # 71: not one of the 31 mainland province codes
_USCC_AUTHORITY_A = "A1330106MA1XC4D5E7"  # registration authority A: valid (stdnum's validate refuses it)

ID_NUMBER_INVALID = Rule(
    code="ID_NUMBER_INVALID",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=when(fact("id_number_check", "number", invalid=True)),
    paths=(Ref("number", "path"),),
    evidence={"number": Ref("number", "number"), "problem": Ref("number", "problem")},
    message=Text(
        zh="证件号码“{number}”无效：{problem:id_number_problem}。",
        en="The number '{number}' is not valid: {problem:id_number_problem}.",
    ),
    remedy=Text(
        zh="请对照证件原件逐位核对并填写正确的号码（居民身份证和统一社会信用代码均为18位）。",
        en="Check the number character by character against the original document and enter it correctly "
           "(resident IDs and unified social credit codes have 18 characters).",
    ),
    doc=Doc(
        what="(a) A person ID typed `resident_id` — a principal's `id_document`, or `entity.certificate` with "
             "type `resident_id` — whose number is not a valid resident ID (W8: 17 digits then a digit or X, "
             "GB 11643's check character, a birth date that is a real day not after `D`, one of the 31 "
             "mainland province codes); (b) a principal's ID with no type, an individual filer's certificate "
             "with no type, or `entity.legal_representative.id_number`, that has the resident-ID shape but "
             "is not valid; (c) a unit certificate's number (W8) with the USCC shape whose GB 32100 check "
             "character is wrong. Numbers are judged by their ID key (NFKC, spaces and hyphens removed, "
             "upper-case). One reason per number. Silent: a `resident_id` number of exactly 15 digits "
             "(first generation, not judged); other ID types; county codes (not judged); a unit number "
             "without the USCC shape (ENTITY_CERT_NUMBER_NOT_USCC's for a business licence); approved "
             "filings (audit: no). Reading: a certificate without a type is a person ID only for an "
             "individual filer; a unit's untyped certificate is not judged.",
        why="A number that fails its own check cannot match the identity or business registers, so the "
            "provider's or the bureau's verification rejects it.",
        fix="Correct the number from the original document.",
        sources=("derived (GB 11643, GB 32100)", "§4 (python-stdnum)"),
        zh=DocZh(
            what="(a) 类型为 `resident_id` 的个人证件——负责人的 `id_document`，或类型为 `resident_id` 的 "
                 "`entity.certificate`——其号码不是有效的居民身份证号码（W8：17 位数字后接一位数字或 X，符合 GB 11643 "
                 "的校验码，出生日期是真实存在且不晚于 `D` 的日期，省级代码属于 31 个内地省级行政区之一）；(b) "
                 "未填类型的负责人证件、个人备案主体未填类型的主体证件，或 `entity.legal_representative.id_number`，"
                 "具有居民身份证号码的格式但无效；(c) 单位证件号码（W8）具有统一社会信用代码的格式，但 GB 32100 "
                 "校验码错误。号码按证件号码键判断（NFKC，去除空格和连字符，转为大写）。每个号码一条原因。"
                 "以下情况不触发：恰好 15 位数字的 `resident_id` 号码（第一代身份证，不判断）；其他证件类型；"
                 "县级代码（不判断）；不具有统一社会信用代码格式的单位证件号码（营业执照的由 "
                 "ENTITY_CERT_NUMBER_NOT_USCC 判断）；已通过的备案（核查：否）。解读：未填类型的主体证件，"
                 "仅在个人备案主体时视为个人证件；单位未填类型的证件不判断。",
            why="本身校验不通过的号码不可能与身份信息或工商登记信息相符，接入商或管局核验时会将其驳回。",
            fix="请对照证件原件更正号码。",
        ),
    ),
    examples=(
        Example("the principal's ID with a wrong check character", fires=True,
                paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.number":
                         own("entity.principal.id_document.number", then=_wrong_check_character)}),
        Example("a 17-character resident ID", fires=True, paths=("websites[0].principal.id_document.number",),
                changes={"websites[0].principal.id_document.number":
                         own("entity.principal.id_document.number", then=lambda n: n[:17])}),
        Example("a 15-digit first-generation number is not judged", fires=False,
                changes={"entity.principal.id_document.number": "330106850312123"}),
        Example("born the day after the check day", fires=True, paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.number": _BORN_TOMORROW}),
        Example("born on the check day itself", fires=False,
                changes={"entity.principal.id_document.number": _BORN_TODAY}),
        Example("born on 29 February 2000", fires=False,
                changes={"entity.principal.id_document.number": _BORN_29_FEB_2000}),
        Example("a 29 February that never was (1999)", fires=True, paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.number": _BORN_29_FEB_1999}),
        Example("a province code outside the mainland", fires=True, paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.number": _TAIWAN_PREFIX}),
        Example("a valid number written with spaces and a hyphen", fires=False,
                changes={"entity.principal.id_document.number":
                         own("entity.principal.id_document.number", then=lambda n: f"{n[:6]} {n[6:14]}-{n[14:]}")}),
        Example("a passport number is not judged", fires=False,
                changes={"entity.principal.id_document": {"type": "passport", "number": "E1234567",
                                                          "valid_until": "2030-01-01"}}),
        Example("no ID type, resident-ID shape, wrong check character", fires=True,
                paths=("entity.principal.id_document.number",),
                changes={"entity.principal.id_document.type": None,
                         "entity.principal.id_document.number":
                         own("entity.principal.id_document.number", then=_wrong_check_character)}),
        Example("no ID type and no resident-ID shape: not judged", fires=False,
                changes={"entity.principal.id_document.type": None,
                         "entity.principal.id_document.number": "E12345678"}),
        Example("the legal representative's number", fires=True, paths=("entity.legal_representative.id_number",),
                changes={"entity.legal_representative.id_number":
                         own("entity.legal_representative.id_number", then=_wrong_check_character)}),
        Example("an individual filer's certificate", fires=True, paths=("entity.certificate.number",),
                changes={**_INDIVIDUAL, "entity.certificate.number":
                         own("entity.principal.id_document.number", then=_wrong_check_character)}),
        Example("a USCC with a wrong check character", fires=True, paths=("entity.certificate.number",),
                changes={"entity.certificate.number": own("entity.certificate.number", then=_wrong_check_character)}),
        Example("a USCC of registration authority A", fires=False,
                changes={"entity.certificate.number": _USCC_AUTHORITY_A}),
        Example("a 15-digit registration number: ENTITY_CERT_NUMBER_NOT_USCC's", fires=False,
                changes={"entity.certificate.number": "330106000012345"}),
        Example("two wrong numbers, two reasons", fires=True, count=2,
                paths=("entity.certificate.number", "entity.principal.id_document.number"),
                changes={"entity.certificate.number": own("entity.certificate.number", then=_wrong_check_character),
                         "entity.principal.id_document.number":
                         own("entity.principal.id_document.number", then=_wrong_check_character)}),
    ),
)

# -- ID_HMT_DOCS (GD), ID_FOREIGN_PERSONAL (HE) ----------------------------------------------------

_HK_PERMIT = {"type": "hk_macao_permit", "number": "H1234567801", "valid_until": "2030-01-01"}
_HMT_RESIDENCE_PERMIT = {"type": "residence_permit", "number": "810000199001011234"}
_MO_RESIDENCE_PERMIT = {"type": "residence_permit", "number": "820000199001011234"}
_HK_PASSPORT = {"type": "passport", "number": "K12345678", "valid_until": "2030-01-01"}

ID_HMT_DOCS = Rule(
    code="ID_HMT_DOCS",
    kind="rejection",
    province="GD",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("filer_id_type", "id", hk_macao_permit=True)),
        when(fact("filer_id_type", "id", hmt_other_id=True)),
    ),
    paths=(Ref("id", "path"),),
    evidence={"problem": Ref("id", "hmt_problem"), "nationality": Ref("id", "nationality")},
    message=Text(zh="{problem:hmt_filer_id}", en="{problem:hmt_filer_id}"),
    remedy=Text(
        zh="请办理港澳居民居住证，并以居住证（证件类型“居住证”）的号码和照片提交个人备案。",
        en="Obtain the Residence Permit for Hong Kong and Macao Residents and file with it (ID type "
           "'residence permit').",
    ),
    doc=Doc(
        what="In Guangdong, an individual filer's `entity.certificate.type` or `entity.principal.id_document.type` "
             "is `hk_macao_permit` (1.0), or — FORMAT 1.1 — the principal's `nationality` is `HK` or `MO` and "
             "that field is any other person ID type but `residence_permit` (a passport, say). One reason per "
             "field. Silent: `taiwan_permit` and a `TW` nationality (the Guangdong page speaks of Hong Kong and "
             "Macao only), `residence_permit`, no nationality given with a passport (who holds it is unknown), "
             "units, approved filings (audit: no). Reading: the catalog's Shanghai and Beijing clauses (3P: "
             "advice) are not declared — Shanghai's page accepts the travel permit when no residence permit is "
             "at hand, Beijing's asks Hong Kong citizens for a passport, so neither refuses what Guangdong "
             "refuses, and the row's `fires when` names Guangdong alone.",
        why="Guangdong's personal-filing page asks Hong Kong and Macao residents for the residence permit "
            "(港澳居民居住证), not the travel permit.",
        fix="File with the residence permit.",
        sources=("HW-GD-P",),
        zh=DocZh(
            what="在广东，个人备案主体的 `entity.certificate.type` 或 `entity.principal.id_document.type` 为 "
                 "`hk_macao_permit`（1.0），或者——FORMAT 1.1——主体负责人的 `nationality` 为 `HK` 或 `MO`，"
                 "且该字段是除 `residence_permit` 以外的其他个人证件类型（例如护照）。每个字段一条原因。"
                 "以下情况不触发：`taiwan_permit` 和 `TW` 国籍（广东的页面只提到香港和澳门）；`residence_permit`；"
                 "持护照但未给出国籍（无法判断持有人身份）；单位主体；已通过的备案（核查：否）。解读："
                 "目录中上海和北京的条款（第三方来源：提示）未予声明——上海的页面在手头没有居住证时接受通行证，"
                 "北京的页面要求香港居民提供护照，二者都没有拒绝广东所拒绝的证件，且该行的 `fires when` "
                 "只列出了广东。",
            why="广东的个人备案说明要求港澳居民使用港澳居民居住证，而不是港澳居民来往内地通行证。",
            fix="请使用港澳居民居住证备案。",
        ),
    ),
    examples=(
        Example("a Hong Kong resident files with his travel permit", fires=True, count=2,
                paths=("entity.certificate.type", "entity.principal.id_document.type"),
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "hk_macao_permit", "number": "H1234567801"},
                         "entity.principal.id_document": _HK_PERMIT}),
        Example("the certificate says residence permit, the principal's ID the travel permit", fires=True,
                paths=("entity.principal.id_document.type",),
                changes={**_INDIVIDUAL, "entity.certificate": _HMT_RESIDENCE_PERMIT,
                         "entity.principal.id_document": _HK_PERMIT}),
        Example("with the residence permit", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": _HMT_RESIDENCE_PERMIT,
                         "entity.principal.id_document": _HMT_RESIDENCE_PERMIT}),
        Example("a Taiwan permit is not judged", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "taiwan_permit", "number": "12345678"},
                         "entity.principal.id_document": {"type": "taiwan_permit", "number": "12345678"}}),
        Example("1.1: a Hong Kong resident files with his passport", fires=True, count=2,
                paths=("entity.certificate.type", "entity.principal.id_document.type"),
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "passport", "number": "K12345678"},
                         "entity.principal.id_document": _HK_PASSPORT, "entity.principal.nationality": "HK"}),
        Example("1.1: a Macao resident's passport as his ID, the certificate the residence permit", fires=True,
                paths=("entity.principal.id_document.type",),
                changes={**_INDIVIDUAL, "entity.certificate": _MO_RESIDENCE_PERMIT,
                         "entity.principal.id_document": _HK_PASSPORT, "entity.principal.nationality": "MO"}),
        Example("1.1: a Hong Kong resident with the residence permit", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": _HMT_RESIDENCE_PERMIT,
                         "entity.principal.id_document": _HMT_RESIDENCE_PERMIT, "entity.principal.nationality": "HK"}),
        Example("1.1: the travel permit with nationality HK: one reason per field, as in 1.0", fires=True, count=2,
                paths=("entity.certificate.type", "entity.principal.id_document.type"),
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "hk_macao_permit", "number": "H1234567801"},
                         "entity.principal.id_document": _HK_PERMIT, "entity.principal.nationality": "HK"}),
        Example("1.1: a Taiwan resident's passport is not judged", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "passport", "number": "K12345678"},
                         "entity.principal.id_document": _HK_PASSPORT, "entity.principal.nationality": "TW"}),
        Example("a passport without nationality is not judged", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "passport", "number": "K12345678"},
                         "entity.principal.id_document": _HK_PASSPORT}),
        Example("a company whose principal holds the travel permit", fires=False,
                changes={"entity.principal.id_document": _HK_PERMIT}),
        Example("in Zhejiang the rule does not apply", fires=False, province="ZJ",
                changes={**_INDIVIDUAL, "entity.principal.id_document": _HK_PERMIT}),
    ),
)

_PR_CARD = {"type": "foreign_permanent_residence", "number": "USA110085031210", "valid_until": "2030-01-01"}

ID_FOREIGN_PERSONAL = Rule(
    code="ID_FOREIGN_PERSONAL",
    kind="rejection",
    province="HE",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("filer_id_type", "id", foreign_permanent_residence=True)),
        when(fact("filer_nationality", "id", foreign=True)),
    ),
    paths=(Ref("id", "path"),),
    evidence={"problem": Ref("id", "foreign_problem"), "nationality": Ref("id", "nationality")},
    message=Text(zh="{problem:foreign_filer}", en="{problem:foreign_filer}"),
    remedy=Text(
        zh="外籍人士不能在河北以个人名义备案；如有需要，请由其所在单位以单位主体办理备案。",
        en="A foreign national cannot file as an individual in Hebei; where needed, his unit files as the entity.",
    ),
    doc=Doc(
        what="In Hebei, an individual filer's `entity.certificate.type` or `entity.principal.id_document.type` "
             "is `foreign_permanent_residence` (1.0; one reason per field), or — FORMAT 1.1 — the principal's "
             "`nationality` is foreign (none of `CN`, `HK`, `MO`, `TW`: FORMAT's *foreign*) and neither field "
             "is `foreign_permanent_residence` (then the 1.0 clause has said it; path "
             "`entity.principal.nationality`). Silent: a `passport` without `nationality` (Chinese citizens "
             "hold passports too); Hong Kong, Macao and Taiwan residents (not foreign); units; approved filings "
             "(audit: no).",
        why="Huawei's Hebei rules refuse personal filings by foreigners.",
        fix="File through a unit instead.",
        sources=("HW-KB(doc_0216)",),
        zh=DocZh(
            what="在河北，个人备案主体的 `entity.certificate.type` 或 `entity.principal.id_document.type` 为 "
                 "`foreign_permanent_residence`（1.0；每个字段一条原因），或者——FORMAT 1.1——主体负责人的 "
                 "`nationality` 为外国（不是 `CN`、`HK`、`MO`、`TW` 之一：即 FORMAT 所说的 *foreign*），"
                 "且两个字段都不是 `foreign_permanent_residence`（否则 1.0 条款已经报告；路径为 "
                 "`entity.principal.nationality`）。以下情况不触发：`passport` 未给出 `nationality`"
                 "（中国公民也持有护照）；港澳台居民（不属于外国人）；单位主体；已通过的备案（核查：否）。",
            why="华为公布的河北管局规则不接受外国人以个人名义备案。",
            fix="请改由所在单位以单位主体备案。",
        ),
    ),
    examples=(
        Example("a foreign resident files for himself", fires=True, count=2,
                paths=("entity.certificate.type", "entity.principal.id_document.type"),
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "foreign_permanent_residence",
                                                               "number": "USA110085031210"},
                         "entity.principal.id_document": _PR_CARD}),
        Example("only the principal's ID is the residence card", fires=True,
                paths=("entity.principal.id_document.type",),
                changes={**_INDIVIDUAL, "entity.principal.id_document": _PR_CARD}),
        Example("a passport without nationality is not judged", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "passport", "number": "E1234567"},
                         "entity.principal.id_document": {"type": "passport", "number": "E1234567"}}),
        Example("1.1: a Singaporean files with his passport", fires=True, paths=("entity.principal.nationality",),
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "passport", "number": "E1234567"},
                         "entity.principal.id_document": {"type": "passport", "number": "E1234567"},
                         "entity.principal.nationality": "SG"}),
        Example("1.1: the residence card with a nationality: the card's reasons only", fires=True, count=2,
                paths=("entity.certificate.type", "entity.principal.id_document.type"),
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "foreign_permanent_residence",
                                                               "number": "USA110085031210"},
                         "entity.principal.id_document": _PR_CARD, "entity.principal.nationality": "US"}),
        Example("1.1: a Hong Kong resident's passport is not foreign", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "passport", "number": "K12345678"},
                         "entity.principal.id_document": {"type": "passport", "number": "K12345678"},
                         "entity.principal.nationality": "HK"}),
        Example("1.1: a mainland citizen's passport", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate": {"type": "passport", "number": "E1234567"},
                         "entity.principal.id_document": {"type": "passport", "number": "E1234567"},
                         "entity.principal.nationality": "CN"}),
        Example("1.1: a unit's foreign principal is not judged", fires=False,
                changes={"entity.principal.id_document": {"type": "passport", "number": "E1234567"},
                         "entity.principal.nationality": "SG"}),
        Example("a company whose principal holds the card", fires=False,
                changes={"entity.principal.id_document": _PR_CARD}),
        Example("in Zhejiang the rule does not apply", fires=False, province="ZJ",
                changes={**_INDIVIDUAL, "entity.principal.id_document": _PR_CARD}),
    ),
)

# -- ENTITY_CERT_NUMBER_NOT_USCC ------------------------------------------------------------------

_REGISTRATION_NUMBER = "330106000012345"  # a 15-digit 工商注册号 of the old licence
_OTHER_USCC = "91330106MA2YD5E6F8"  # a valid USCC the base entity does not hold


def _snapshot(**fields: object) -> dict[str, object]:
    """An `entity.business_registration` retrieved the day before the examples' check day."""
    return {"retrieved_on": "2026-11-27", **fields}


ENTITY_CERT_NUMBER_NOT_USCC = Rule(
    code="ENTITY_CERT_NUMBER_NOT_USCC",
    kind="rejection",
    reads=("old_licence_order_types", "latest_licence_order_types"),
    effective=Effective(since=_dt.date(2015, 10, 1)),
    conditions=any_of(
        when(fact("licence_number", "licence", uscc_shaped=False, old_licence_accepted=False,
                  latest_licence_required=False)),
        when(fact("licence_number", "licence", problem="registry_differs")),
    ),
    paths=(Ref("licence", "path"), Ref("licence", "registry_path")),
    evidence={"number": Ref("licence", "number"), "problem": Ref("licence", "problem"),
              "registered_uscc": Ref("licence", "registered_uscc"), "retrieved_on": Ref("licence", "retrieved_on")},
    message=Text(zh="{problem:licence_number_problem}", en="{problem:licence_number_problem}"),
    remedy=Text(zh="{problem:licence_number_remedy}", en="{problem:licence_number_remedy}"),
    doc=Doc(
        what="A unit (`entity.type` not `individual`) whose `entity.certificate.type` is `business_license` "
             "gives a `number` whose ID key (W8) does not have the USCC shape (e.g. a 15-digit 注册号). "
             "Applies from 2015-10-01 (`D`), on orders and on approved filings (rectification). Silent: a "
             "USCC-shaped number (a wrong check character is ID_NUMBER_INVALID's); other certificate types; "
             "individuals; the number not given; an order type the bureau's `old_licence_order_types` lets "
             "use the old licence (Sichuan: `new_access`, `new_website`); a number LICENCE_NOT_LATEST reports "
             "(HA, SC: the snapshot gives the unit's USCC). FORMAT 1.1 adds: the number is a valid USCC (W8) "
             "whose ID key differs from the document's own `entity.business_registration.uscc` (paths: the "
             "number and the snapshot's `uscc`). Reading: a registry document's snapshot is never read.",
        why="Since the 三证合一 reform of 2015-10-01 a business licence's number is its unified social credit "
            "code; providers and the special checks flag filings still showing the old registration number.",
        fix="File with the new licence and its unified social credit code.",
        sources=("TC-SUBJ", "AL-CHECK-FAQ", "HW-ERR(1.3)", "TC-SC"),
        zh=DocZh(
            what="`entity.certificate.type` 为 `business_license` 的单位（`entity.type` 不是 `individual`），所填 "
                 "`number` 的证件号码键（W8）不具有统一社会信用代码的格式（例如 15 位的注册号）。自 2015-10-01 "
                 "起适用（按 `D` 判断），适用于订单和已通过的备案（整改）。以下情况不触发："
                 "具有统一社会信用代码格式的号码（校验码错误属于 ID_NUMBER_INVALID）；其他证件类型；个人主体；"
                 "未填号码；该管局 `old_licence_order_types` 允许使用旧营业执照的订单类型（四川：`new_access`、"
                 "`new_website`）；由 LICENCE_NOT_LATEST 报告的号码（HA、SC："
                 "登记快照给出了该单位的统一社会信用代码）。FORMAT 1.1 增加：号码是有效的统一社会信用代码（W8），"
                 "但其证件号码键与文档自身的 `entity.business_registration.uscc` 不同（路径：该号码和登记快照的 "
                 "`uscc`）。解读：从不读取备案库中文档的登记快照。",
            why="自 2015-10-01 “三证合一”改革起，营业执照号码即统一社会信用代码；仍显示旧注册号的备案，"
                "接入商和专项核查会将其标出。",
            fix="请以新营业执照及其统一社会信用代码备案。",
        ),
    ),
    examples=(
        Example("a 15-digit registration number", fires=True, paths=("entity.certificate.number",),
                changes={"entity.certificate.number": _REGISTRATION_NUMBER}),
        Example("an approved filing audited (rectification)", fires=True, paths=("entity.certificate.number",),
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2014-03-01",
                         "entity.certificate.number": _REGISTRATION_NUMBER}),
        Example("from the first day of the reform", fires=True, as_of="2015-10-01",
                paths=("entity.certificate.number",),
                changes={"entity.certificate.number": _REGISTRATION_NUMBER}),
        Example("the day before the reform", fires=False, as_of="2015-09-30",
                changes={"entity.certificate.number": _REGISTRATION_NUMBER}),
        Example("a USCC-shaped number with a wrong check character: ID_NUMBER_INVALID's", fires=False,
                changes={"entity.certificate.number": own("entity.certificate.number", then=_wrong_check_character)}),
        Example("a valid USCC in lower case", fires=False,
                changes={"entity.certificate.number": own("entity.certificate.number", then=str.lower)}),
        Example("an organisation code certificate is not judged", fires=False,
                changes={"entity.certificate": {"type": "organization_code", "number": "MA1XC4D5-E",
                                                "address": address("ZJ")}}),
        Example("Sichuan accepts the old licence for a new website", fires=False, province="SC",
                changes={"order.type": "new_website", "entity.certificate.number": "510104000012345"}),
        Example("Sichuan accepts the old licence for a new access", fires=False, province="SC",
                changes={"order.type": "new_access", "entity.certificate.number": "510104000012345"}),
        Example("Sichuan, a first filing", fires=True, province="SC", paths=("entity.certificate.number",),
                changes={"entity.certificate.number": "510104000012345"}),
        Example("Zhejiang, a new website", fires=True, paths=("entity.certificate.number",),
                changes={"order.type": "new_website", "entity.certificate.number": _REGISTRATION_NUMBER}),
        Example("no number given", fires=False, changes={"entity.certificate.number": None}),
        Example("1.1: a valid USCC other than the registered one", fires=True,
                paths=("entity.business_registration.uscc", "entity.certificate.number"),
                changes={"entity.business_registration": _snapshot(uscc=_OTHER_USCC)}),
        Example("1.1: the registered USCC, written in lower case", fires=False,
                changes={"entity.business_registration": _snapshot(uscc=own("entity.certificate.number")),
                         "entity.certificate.number": own("entity.certificate.number", then=str.lower)}),
        Example("1.1: a snapshot without a USCC", fires=False, changes={"entity.business_registration": _snapshot()}),
        Example("1.1: a wrong check character is ID_NUMBER_INVALID's, whatever the snapshot says", fires=False,
                changes={"entity.business_registration": _snapshot(uscc=own("entity.certificate.number")),
                         "entity.certificate.number": own("entity.certificate.number", then=_wrong_check_character)}),
        Example("1.1: an old number with a snapshot in Zhejiang: the 1.0 clause", fires=True,
                paths=("entity.certificate.number",),
                changes={"entity.business_registration": _snapshot(uscc=own("entity.certificate.number")),
                         "entity.certificate.number": _REGISTRATION_NUMBER}),
        Example("1.1: Henan, an old number with the registered USCC known: LICENCE_NOT_LATEST's", fires=False,
                province="HA",
                changes={"entity.business_registration": _snapshot(uscc=own("entity.certificate.number")),
                         "entity.certificate.number": "410102000012345"}),
        Example("1.1: Henan, an old number without a snapshot", fires=True, province="HA",
                paths=("entity.certificate.number",), changes={"entity.certificate.number": "410102000012345"}),
    ),
)

# -- ENTITY_MAILING_ADDRESS_NOT_DETAILED -----------------------------------------------------------

ENTITY_MAILING_ADDRESS_NOT_DETAILED = Rule(
    code="ENTITY_MAILING_ADDRESS_NOT_DETAILED",
    kind="rejection",
    severity="warning",
    reads=("mailing_address_forbidden",),
    modes=_ORDERS_ONLY,
    conditions=when(fact("mailing_address_issue", "issue")),
    paths=(Ref("issue", "path"), Ref("issue", "remark_path")),
    evidence={"problem": Ref("issue", "problem"), "shorthand": Ref("issue", "shorthand"),
              "words": Ref("issue", "words")},
    message=Text(
        zh="通信地址可能不够详细：{problem:mailing_address_problem}。",
        en="The mailing address may not be detailed enough: {problem:mailing_address_problem}.",
    ),
    remedy=Text(
        zh="请填写到门牌号的详细通信地址（如“XX路XX号XX栋XX单元XX室”），不要使用“1-2-3”式简写；"
           "确无门牌号的，请在备注中说明该地址已是最详细地址。",
        en="Give the mailing address down to the door number (road, number, building, unit, room), without "
           "'1-2-3' shorthand; where there is no door number, say in the remark that this is the most "
           "detailed address.",
    ),
    doc=Doc(
        what="On a given, non-blank `entity.mailing_address`, read after NFKC with white space removed and "
             "hyphens read as `-` (W5): (a) it contains three or more digit groups joined by `-` "
             "(`[0-9]+-[0-9]+-[0-9]+`: the `1-2-3` shorthand); (b) it contains none of the door or room "
             "markers 号 室 栋 幢 座 单元 楼 层 户 组 门, and `entity.remark` contains none of 最详细, 无门牌, "
             "没有门牌; (c) it contains a word of the bureau's `mailing_address_forbidden` (Tianjin: 市辖区, "
             "a third-party page). One reason per clause, a warning throughout: a marker list cannot prove "
             "that an address stops short of the door number. Silent when the address is not given, and on "
             "approved filings (audit: no). Not checked: Tianjin's students' faculty and class (FORMAT does "
             "not say who is a student). Reading: digits are the ASCII digits after NFKC.",
        why="Providers and bureaus reject mailing addresses that do not reach the door number, or that use "
            "numeric shorthand, since mail and on-site checks must be able to find the unit.",
        fix="Write the full address down to the door number, or explain in the remark why there is none.",
        sources=("TC-SUBJ", "KS-FIELDS", "IN-REJ", "VE-JX", "TC-TJ-3P"),
        zh=DocZh(
            what="对已填写且非空白的 `entity.mailing_address`，经 NFKC、去除空白并将连字符读作 `-`（W5）后：(a) "
                 "含有三组或更多以 `-` 连接的数字（`[0-9]+-[0-9]+-[0-9]+`：即 `1-2-3` 式简写）；(b) "
                 "不含任何门牌或房号标志字（号 室 栋 幢 座 单元 楼 层 户 组 门），且 `entity.remark` 不含“最详细”"
                 "“无门牌”“没有门牌”中的任何一个；(c) 含有该管局 `mailing_address_forbidden` 中的字词（天津：市辖区，"
                 "来自第三方页面）。每种情形一条原因，一律为警告：标志字列表无法证明地址确实没有写到门牌号。"
                 "以下情况不触发：未填写通信地址；已通过的备案（核查：否）。不检查："
                 "天津要求学生填写的院系和班级（FORMAT 没有说明谁是学生）。解读：数字指经 NFKC 后的 ASCII 数字。",
            why="接入商和管局会驳回没有写到门牌号或使用数字简写的通信地址，因为邮寄和实地核查都必须能找到该单位。",
            fix="请填写到门牌号的完整地址；确无门牌号的，请在备注中说明原因。",
        ),
    ),
    examples=(
        Example("'1-2-3' shorthand after the door number", fires=True, paths=("entity.mailing_address",),
                changes={"entity.mailing_address": "浙江省杭州市西湖区文三路5号1-2-3"}),
        Example("full-width hyphens and digits read as ASCII", fires=True, paths=("entity.mailing_address",),
                changes={"entity.mailing_address": "浙江省杭州市西湖区文三路5号１－２－３"}),
        Example("two digit groups are no shorthand", fires=False,
                changes={"entity.mailing_address": "浙江省杭州市西湖区文三路5号1-2"}),
        Example("shorthand and no door marker: two reasons", fires=True, count=2,
                paths=("entity.mailing_address", "entity.remark"),
                changes={"entity.mailing_address": "浙江省杭州市西湖区文三路1-2-3"}),
        Example("the address stops at the road", fires=True, paths=("entity.mailing_address", "entity.remark"),
                changes={"entity.mailing_address": "浙江省杭州市西湖区文三路"}),
        Example("the remark says it is the most detailed address", fires=False,
                changes={"entity.mailing_address": "浙江省杭州市西湖区双浦镇铜鉴湖村",
                         "entity.remark": "该通信地址已是最详细地址"}),
        Example("the remark says there is no door number", fires=False,
                changes={"entity.mailing_address": "浙江省杭州市西湖区双浦镇铜鉴湖村",
                         "entity.remark": "村里没有门牌号"}),
        Example("a floor is a marker", fires=False,
                changes={"entity.mailing_address": "浙江省杭州市西湖区文三路科技大厦8层"}),
        Example("Tianjin refuses 市辖区", fires=True, province="TJ", paths=("entity.mailing_address",),
                changes={"entity.mailing_address": "天津市市辖区和平区示例路1号"}),
        Example("elsewhere 市辖区 is not judged", fires=False,
                changes={"entity.mailing_address": "浙江省杭州市市辖区西湖区示例路1号"}),
        Example("no mailing address", fires=False, changes={"entity.mailing_address": None}),
        Example("an approved filing is not judged", fires=False,
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
                         "entity.mailing_address": "浙江省杭州市西湖区文三路"}),
    ),
)

# -- ENTITY_ADDRESS_CROSS_CITY ---------------------------------------------------------------------

ENTITY_ADDRESS_CROSS_CITY = Rule(
    code="ENTITY_ADDRESS_CROSS_CITY",
    kind="rejection",
    reads=("address_same",),
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("address_places", "places", prefecture_differs=True),
             fact("province", "bureau", address_same="city")),
        when(fact("address_places", "places", province_differs=True),
             fact("province", "bureau", address_same="province")),
    ),
    paths=(Ref("places", "path"), Ref("places", "certificate_path"), Ref("places", "region_path")),
    evidence={"mailing_place": Ref("places", "mailing_place"),
              "certificate_place": Ref("places", "certificate_place"),
              "province": Ref("bureau", "code"), "scope": Ref("bureau", "address_same")},
    message=Text(
        zh="单位通信地址位于{mailing_place}，证件住所位于{certificate_place}；{province:province}管局要求："
           "{scope:address_scope}。",
        en="The unit's mailing address lies in {mailing_place}, its certificate address in {certificate_place}; "
           "in {province:province} {scope:address_scope}.",
    ),
    remedy=Text(
        zh="请填写证件住所所在地（{certificate_place}）的实际通信地址；单位已迁址的，请先办理证件住所变更并上传最新证件。",
        en="Give a mailing address in {certificate_place}, where the certificate address is; if the unit has "
           "moved, update the certificate first and upload the current one.",
    ),
    doc=Doc(
        what="In a province whose `address_same` is set, a unit (`entity.type` not `individual`) gives both "
             "`entity.mailing_address` and `entity.certificate.address`, and — for `city` (HE HA GZ) — the "
             "prefectures of both (W12, `regions.address_prefecture`) are known and differ, or — for "
             "`province` (JX) — the provinces of both (`regions.address_province`) are known and differ. A "
             "municipality is one prefecture. Silent: either side unknown (a bare district, a county-level "
             "start such as 河北省三河市…, an ambiguous text, a prefecture named only by a short form without "
             "its province); individuals (a person's mailing address may lie anywhere his ID allows); "
             "approved filings (audit: no). Reading: a name that survives only as a former prefecture no "
             "longer in the division table (沧州地区) is unknown, since its counties now lie in current "
             "prefectures. FORMAT 1.1: where the mailing address's text names no prefecture, the selected "
             "`entity.region.city` places it (a municipality is one prefecture; a city part `XX90` — county-level "
             "units directly under the province — by its district; a former prefecture code places nothing), "
             "and the reason also names `entity.region.city`. Reading: JX compares provinces from the two texts "
             "only (the fallback the row gives is the city's, and the region's province is always the filing "
             "province).",
        why="These bureaus want a unit's mailing (office) address in the city (JX: the province) of its "
            "registered domicile; a unit operating elsewhere files where it is registered or updates its "
            "certificate.",
        fix="Give a mailing address in the certificate's city or province, or update the certificate.",
        sources=("HW-KB(doc_0216, doc_0232, doc_0244)", "KS-JX"),
        zh=DocZh(
            what="在设置了 `address_same` 的省份，单位（`entity.type` 不是 `individual`）同时填写了 "
                 "`entity.mailing_address` 和 `entity.certificate.address`，且——对 `city`（HE HA GZ）"
                 "——两者的地级行政区（W12，`regions.address_prefecture`）均可确定且不同，或——对 `province`（JX）"
                 "——两者的省份（`regions.address_province`）均可确定且不同。直辖市视为一个地级行政区。以下情况不触发："
                 "任一方无法确定（只写区县、以县级行政区开头，如河北省三河市…、文字有歧义、地级市只写简称而未写省份）；"
                 "个人主体（个人的通信地址可以在其证件所允许的任何地方）；已通过的备案（核查：否）。解读："
                 "仅作为旧地级行政区存在、已不在区划表中的名称（沧州地区）视为无法确定，"
                 "因为其下属各县现已分属现行的地级行政区。FORMAT 1.1：通信地址的文字没有写明地级行政区时，以所选的 "
                 "`entity.region.city` 定位（直辖市视为一个地级行政区；市一级为 `XX90` "
                 "的——即省直辖的县级行政区——按其区县定位；旧的地区代码无法定位），此时原因还会指向 "
                 "`entity.region.city`。解读：JX 只比较两段文字中的省份（该行给出的后备办法针对的是市，"
                 "而所选区域的省份总是备案省份）。",
            why="这些管局要求单位的通信（办公）地址位于其登记住所所在的市（JX：省）；在外地经营的单位，"
                "须在登记地备案，或先更新证件。",
            fix="请填写位于证件住所所在市（或省）的通信地址，或更新证件。",
        ),
    ),
    examples=(
        Example("Hebei: mailing address in Baoding, certificate in Shijiazhuang", fires=True, province="HE",
                paths=("entity.certificate.address", "entity.mailing_address"),
                changes={"entity.mailing_address": "河北省保定市竞秀区示例路1号"}),
        Example("Hebei: a short form followed by one of its districts", fires=True, province="HE",
                paths=("entity.certificate.address", "entity.mailing_address"),
                changes={"entity.mailing_address": "河北保定竞秀区示例路1号"}),
        Example("Hebei: mailing address in Beijing", fires=True, province="HE",
                paths=("entity.certificate.address", "entity.mailing_address"),
                changes={"entity.mailing_address": address("BJ")}),
        Example("Hebei: another district of Shijiazhuang, province left out", fires=False, province="HE",
                changes={"entity.mailing_address": "石家庄市桥西区示例路1号"}),
        Example("Hebei: a county-level start is unknown", fires=False, province="HE",
                changes={"entity.mailing_address": "河北省三河市燕郊镇示例路1号"}),
        Example("Hebei: a bare district is unknown", fires=False, province="HE",
                changes={"entity.mailing_address": "竞秀区示例路1号"}),
        Example("Henan: Jiyuan, directly under the province", fires=True, province="HA",
                paths=("entity.certificate.address", "entity.mailing_address"),
                changes={"entity.mailing_address": "河南省济源市示例路1号"}),
        Example("Guizhou: mailing address in Zunyi", fires=True, province="GZ",
                paths=("entity.certificate.address", "entity.mailing_address"),
                changes={"entity.mailing_address": "贵州省遵义市红花岗区示例路1号"}),
        Example("Jiangxi compares provinces: another city of Jiangxi", fires=False, province="JX",
                changes={"entity.mailing_address": "江西省九江市濂溪区示例路1号"}),
        Example("Jiangxi compares provinces: Hunan", fires=True, province="JX",
                paths=("entity.certificate.address", "entity.mailing_address"),
                changes={"entity.mailing_address": address("HN")}),
        Example("Zhejiang does not compare", fires=False,
                changes={"entity.mailing_address": "浙江省宁波市海曙区示例路1号"}),
        Example("Hebei: an individual filer is not judged", fires=False, province="HE",
                changes={**_INDIVIDUAL, "entity.mailing_address": "河北省保定市竞秀区示例路1号"}),
        Example("Hebei: no mailing address", fires=False, province="HE", changes={"entity.mailing_address": None}),
        Example("1.1 Hebei: a bare district, the region's city Baoding", fires=True, province="HE",
                paths=("entity.certificate.address", "entity.mailing_address", "entity.region.city"),
                changes={"entity.mailing_address": "竞秀区示例路1号", "entity.region": {"city": "130600"}}),
        Example("1.1 Hebei: a bare district, the region's city Shijiazhuang", fires=False, province="HE",
                changes={"entity.mailing_address": "桥西区示例路1号", "entity.region": {"city": "石家庄市"}}),
        Example("1.1 Hebei: the text decides before the region", fires=False, province="HE",
                changes={"entity.mailing_address": "河北省石家庄市桥西区示例路1号",
                         "entity.region": {"city": "130600"}}),
        Example("1.1 Hebei: a region without a city", fires=False, province="HE",
                changes={"entity.mailing_address": "竞秀区示例路1号", "entity.region": {"province": "130000"}}),
        Example("1.1 Henan: a county-level city under the province, by its district", fires=True, province="HA",
                paths=("entity.certificate.address", "entity.mailing_address", "entity.region.city"),
                changes={"entity.mailing_address": "示例路1号", "entity.region": {"city": "419000",
                                                                               "district": "419001"}}),
        Example("1.1 Jiangxi compares the texts' provinces only", fires=False, province="JX",
                changes={"entity.mailing_address": "示例路1号", "entity.region": {"city": "360400"}}),
    ),
)

# -- ENTITY_NATURE_MISMATCH ------------------------------------------------------------------------

_MISMATCH = "entity_nature_mismatch"

ENTITY_NATURE_MISMATCH = Rule(
    code="ENTITY_NATURE_MISMATCH",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact(_MISMATCH, "mismatch", heuristic=False)),
        when(fact(_MISMATCH, "mismatch", heuristic=True), severity="warning"),
    ),
    paths=(Ref("mismatch", "path"), Ref("mismatch", "type_path")),
    evidence={"problem": Ref("mismatch", "problem"), "entity_type": Ref("mismatch", "entity_type"),
              "uscc_prefix": Ref("mismatch", "uscc_prefix")},
    message=Text(
        zh="主体性质与证件或名称不符：{problem:entity_nature_problem}。",
        en="The filer's nature does not fit its certificate or name: {problem:entity_nature_problem}.",
    ),
    remedy=Text(
        zh="请按证件选择正确的主体性质：个人以个人证件、以本人姓名备案；企业、事业单位、社会团体等以对应的单位证件备案，"
           "并核对统一社会信用代码。",
        en="Choose the nature the certificate shows: an individual files with a person's ID under his own "
           "name; a company, institution or association files with its unit certificate, and its unified "
           "social credit code should be checked.",
    ),
    doc=Doc(
        what="(a) `entity.type` is `individual` and `entity.certificate.type` is a unit certificate (W8); "
             "(b) `entity.type` is a unit type and `entity.certificate.type` is a person ID; (c) "
             "`entity.type` is `individual` and the name key (W5) of `entity.name` ends with 公司; (d) a "
             "warning: `entity.certificate.number` is a valid USCC (W8) whose positions 1–2 contradict "
             "`entity.type` under GB 32100 — `enterprise` with 11, 12, 13, 19, 51, 52, 53 or 59 (organs, "
             "public institutions, social organisations), or `government`, `public_institution`, "
             "`social_group`, `private_non_enterprise` or `foundation` with a first character 9 (market "
             "registrations) other than 92 (个体工商户, which files as enterprise or individual by province). "
             "One reason per clause. Silent: types or numbers not given; approved filings (audit: no); "
             "content that only units may run (SITE_CONTENT_VS_ENTITY_NATURE's). Reading: the row's silence "
             "for `law_firm` and `other_organization` (no fixed code in wave 1) is read as part of clause "
             "(d); (b) holds for every unit type.",
        why="The bureau checks that the filer's nature, its certificate and its name agree; an individual "
            "filing under a company's licence or name, or a unit filing with a person's ID, is rejected.",
        fix="Choose the nature the certificate shows, or file with the matching certificate.",
        sources=("TC-REJ", "HW-SPECIAL", "derived (GB 32100) for (d)"),
        zh=DocZh(
            what="(a) `entity.type` 为 `individual`，而 `entity.certificate.type` 是单位证件（W8）；(b) `entity.type` "
                 "是单位类型，而 `entity.certificate.type` 是个人证件；(c) `entity.type` 为 `individual`，而 "
                 "`entity.name` 的名称键（W5）以“公司”结尾；(d) 警告：`entity.certificate.number` "
                 "是有效的统一社会信用代码（W8），但按 GB 32100 其第 1–2 位与 `entity.type` 矛盾——`enterprise` 配 11、"
                 "12、13、19、51、52、53 或 59（机关、事业单位、社会组织），或 `government`、`public_institution`、"
                 "`social_group`、`private_non_enterprise`、`foundation` 配首位为 9（市场主体登记）但不是 92 "
                 "的代码（92 为个体工商户，按省份以企业或个人备案）。每种情形一条原因。以下情况不触发："
                 "类型或号码未给出；已通过的备案（核查：否）；只有单位才能开办的内容（属于 "
                 "SITE_CONTENT_VS_ENTITY_NATURE）。解读：该行对 `law_firm` 和 `other_organization` "
                 "未作规定（wave 1 中没有固定代码），理解为 (d) 条款的一部分；(b) 对所有单位类型都成立。",
            why="管局会核验主体性质、主体证件和主办单位名称是否一致；个人使用公司的营业执照或名称备案，"
                "或单位使用个人证件备案的，会被驳回。",
            fix="请按证件选择主体性质，或使用与主体性质相符的证件备案。",
        ),
    ),
    examples=(
        Example("an individual with the company's licence", fires=True,
                paths=("entity.certificate.type", "entity.type"),
                changes={"entity.type": "individual", "entity.legal_representative": None,
                         "entity.name": own("entity.principal.name")}),
        Example("a company with a person's ID as certificate", fires=True,
                paths=("entity.certificate.type", "entity.type"),
                changes={"entity.certificate": {"type": "resident_id",
                                                "number": own("entity.principal.id_document.number")}}),
        Example("an individual named like a company", fires=True, paths=("entity.name", "entity.type"),
                changes={**_INDIVIDUAL, "entity.name": "杭州示例科技有限 公司 "}),
        Example("an individual by type alone: licence and company name, two reasons", fires=True, count=2,
                paths=("entity.certificate.type", "entity.name", "entity.type"),
                changes={"entity.type": "individual", "entity.legal_representative": None}),
        Example("a company whose code is a public institution's (warning)", fires=True,
                paths=("entity.certificate.number", "entity.type"),
                changes={"entity.certificate.number": "12330106MA1XC4D5ED"}),
        Example("a public institution with a market-registration code (warning)", fires=True,
                paths=("entity.certificate.number", "entity.type"),
                changes={"entity.type": "public_institution",
                         "entity.certificate.type": "public_institution_certificate"}),
        Example("a public institution with its own code", fires=False,
                changes={"entity.type": "public_institution",
                         "entity.certificate": {"type": "public_institution_certificate",
                                                "number": "12330106MA1XC4D5ED", "address": address("ZJ")}}),
        Example("a social group with a 个体工商户 code (92) is not judged", fires=False,
                changes={"entity.type": "social_group", "entity.certificate": {
                    "type": "social_group_certificate", "number": "92330106MA1XC4D5E5", "address": address("ZJ")}}),
        Example("a law firm has no fixed code here", fires=False,
                changes={"entity.type": "law_firm", "entity.certificate": {
                    "type": "other_certificate", "number": "11330106MA1XC4D5EG", "address": address("ZJ")}}),
        Example("an invalid USCC is ID_NUMBER_INVALID's", fires=False,
                changes={"entity.certificate.number": "12330106MA1XC4D5E1"}),
        Example("an individual filer with his own ID and name", fires=False, changes=_INDIVIDUAL),
        Example("a company with its licence", fires=False),
        Example("no certificate type given", fires=False, changes={"entity.certificate.type": None}),
    ),
)

RULES = (ID_VALIDITY_UNDER_3_MONTHS, ID_NUMBER_INVALID, ID_HMT_DOCS, ID_FOREIGN_PERSONAL,
         ENTITY_CERT_NUMBER_NOT_USCC, ENTITY_MAILING_ADDRESS_NOT_DETAILED, ENTITY_ADDRESS_CROSS_CITY,
         ENTITY_NATURE_MISMATCH)
