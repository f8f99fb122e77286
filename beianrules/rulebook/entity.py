"""National rules about the entity: filing numbers, order types, its other filings, its access.

The facts are built in :mod:`beianrules.facts.entity` (the registry's
documents of this entity, the filing numbers the order gives, the order's
differences from the approved filing) and :mod:`beianrules.facts.order`
(``verification.statements``).

Examples: the base document is a Zhejiang enterprise's draft first filing
with no registry; a registry document is ``other_entity_document`` (another
company's approved filing, 浙ICP备2023000777号) with changes. ``_filed`` makes
it the *base entity's own* approved filing and ``_itself`` a copy of the
checked order, so the examples show that the entity's own documents in the
registry — its earlier filings and the order itself — never count against it.
"""


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
from beianrules.examples import order_itself as _itself
from beianrules.examples import own_filing as _filed

_NUMBER = "浙ICP备2023000777号"  # the other entity's number in the Zhejiang examples
_SECOND_NUMBER = "浙ICP备2024000888号"
_OTHER_CERTIFICATE = "91330106MA1XC4D5XX"  # a certificate number the base entity does not have


ENTITY_MULTIPLE_FILING_NUMBERS = Rule(
    code="ENTITY_MULTIPLE_FILING_NUMBERS",
    kind="rectification",
    conditions=when(fact("entity_filings", "filings", several_filing_numbers=True)),
    paths=(Ref("filings", "certificate_path"), Ref("filings", "filing_number_path")),
    evidence={"count": Ref("filings", "filing_number_count"), "filing_numbers": Ref("filings", "filing_numbers")},
    message=Text(
        zh="同一主体证件下有{count}个主体备案号（{filing_numbers}）；一个主体只能有一个备案号。",
        en="The entity's certificate holds {count} entity filing numbers ({filing_numbers}); "
           "an entity may hold only one.",
    ),
    remedy=Text(
        zh="如果有两个备案号，需要注销其中一个：请注销（注销主体）多余的主体备案号，只保留一个，再继续办理。",
        en="Cancel (注销主体) the extra entity filing numbers so that only one remains, then continue.",
    ),
    doc=Doc(
        what="The registry's approved filings that share the entity's certificate (type + number) hold two or "
             "more different entity filing numbers — counting the checked document's own `entity.filing_number` "
             "only when it is itself an approved filing (REASONS-WAVE1, clarification (a)): an order that states "
             "a number other than the registry's makes no second number; that mismatch is "
             "ACCESS_INFO_INCONSISTENT's on a `new_access` or `new_website` order (and "
             "FILING_NUMBER_PREFIX_PROVINCE's when the abbreviation is another bureau's). "
             "Only `entity.filing_number` values count — the entity part of a website's or APP's number is "
             "derived data (FILING_NUMBER_FORMAT checks that it extends the entity number). Numbers are "
             "compared parsed, so the alternates 蜀/川, 黔/贵, 滇/云, 陇/甘 of one bureau are one number, and a "
             "number that does not parse (FILING_NUMBER_FORMAT's finding) is not counted as a second one. "
             "A number on an approved `cancel_entity` document has been cancelled and no longer counts; "
             "orders in flight, rejected or abandoned hold no number; a `cancel_entity` order (the remedy "
             "under way) is not reminded. Silent without a registry.",
        why="An entity (identified by certificate type and number) may hold only one entity filing number; "
            "its websites and APPs share it and differ only in the `-n` suffix. Tianjin refuses access and "
            "new-website orders until the extra number is cancelled.",
        fix="Cancel all but one entity filing number, then continue.",
        sources=("SEED:L3", "TC-TJ-3P", "XYCC-3P"),
        zh=DocZh(
            what="备案库中与该主体证件（类型 + 号码）"
                 "相同的已通过备案持有两个或以上不同的主体备案号——所检查文档自身的 `entity.filing_number` "
                 "仅在其本身就是已通过的备案时才计入（REASONS-WAVE1，澄清 (a)）：订单填写了与备案库不同的号码，"
                 "并不构成第二个备案号；这种不一致在 `new_access` 或 `new_website` 订单中属 "
                 "ACCESS_INFO_INCONSISTENT（省份简称属于另一管局时还属 FILING_NUMBER_PREFIX_PROVINCE）。只计 "
                 "`entity.filing_number` 的值——网站或APP备案号中的主体部分是派生数据（由 FILING_NUMBER_FORMAT "
                 "检查其是否以主体备案号为前缀）。备案号解析后比较，因此同一管局的别称 蜀/川、黔/贵、滇/云、陇/甘 "
                 "视为同一号码；无法解析的号码（属 FILING_NUMBER_FORMAT）不算作第二个号码。已通过的 "
                 "`cancel_entity` 文档上的号码已被注销，不再计入；办理中、被驳回或已放弃的订单不持有备案号；"
                 "`cancel_entity` 订单（正在进行整改）不再提示。没有备案库时不触发。",
            why="一个主体（以证件类型和号码识别）只能持有一个主体备案号；其网站和APP共用该号码，只以 `-n` "
                "后缀区分。天津在多余的备案号注销之前，不受理接入和新增网站订单。",
            fix="请注销多余的主体备案号，只保留一个，然后继续办理。",
        ),
    ),
    examples=(
        Example("two approved filings of this certificate under different numbers", fires=True,
                paths=("entity.certificate.number",),
                registry=(_filed(), _filed(_SECOND_NUMBER, **{"order.id": "REG-ZJ-2"}))),
        Example("the order gives a number other than the one the registry holds for its certificate: a "
                "mismatch, not a second number", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _SECOND_NUMBER},
                registry=(_filed(),)),
        Example("an approved filing audited with a second number on its certificate", fires=True,
                paths=("entity.certificate.number", "entity.filing_number"),
                changes={"order.status": "approved", "order.type": "new_website",
                         "entity.filing_number": _SECOND_NUMBER},
                registry=(_filed(),)),
        Example("the entity's earlier filing and the order itself, one number", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _NUMBER},
                registry=(_filed(), _itself(**{"order.type": "new_website", "order.status": "provider_review",
                                                "entity.filing_number": _NUMBER}))),
        Example("the extra number has been cancelled", fires=False,
                registry=(_filed(), _filed(_SECOND_NUMBER, **{"order.id": "REG-ZJ-2"}),
                          _filed(_SECOND_NUMBER, **{"order.id": "REG-ZJ-3", "order.type": "cancel_entity"}))),
        Example("a rejected order of this certificate quoting another number", fires=False,
                registry=(_filed(), _filed(_SECOND_NUMBER, **{"order.id": "REG-ZJ-2", "order.status": "rejected"}))),
        Example("the other number is another entity's", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _SECOND_NUMBER},
                registry=({},)),
        Example("蜀 and 川 are one Sichuan number", fires=False, province="SC",
                changes={"order.type": "new_website", "entity.filing_number": "蜀ICP备2023000777号"},
                registry=(_filed("川ICP备2023000777号", "SC"),)),
        Example("a cancel_entity order for the extra number", fires=False,
                changes={"order.type": "cancel_entity", "entity.filing_number": _SECOND_NUMBER},
                registry=(_filed(),)),
        Example("the order's number mistyped with a space", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": "浙ICP备 2023000777号"},
                registry=(_filed(),)),
        Example("no registry given", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _SECOND_NUMBER}),
    ),
)

ORDER_WRONG_TYPE = Rule(
    code="ORDER_WRONG_TYPE",
    kind="rejection",
    modes=frozenset({"order"}),
    conditions=any_of(
        when(fact("order", "order", type="new_filing"),
             fact("entity_filings", "filings", certificate_already_filed=True)),
        when(fact("order", "order", type="new_website"),
             fact("entity_filings", "filings", registry_knows_entity=False)),
        when(fact("order", "order", type="new_access"),
             fact("entity_filings", "filings", registry_knows_entity=False)),
    ),
    paths=(Ref("order", "type_path"), Ref("filings", "certificate_path"), Ref("filings", "filing_number_path")),
    evidence={"type": Ref("order", "type"),
              "filed_state": Ref("filings", "filed_state")},
    message=Text(
        zh="备案类型错误：本单为“{type:order_type}”，但{filed_state:filed_state}。",
        en="Wrong order type: this is a {type:order_type} order, but {filed_state:filed_state}.",
    ),
    remedy=Text(
        zh="已有主体备案号的主体请选择“新增网站”“新增APP”或“新增接入”，尚未备案的主体请选择“首次备案”；"
           "请先核对主体名称和证件号码是否填写正确，再按正确的类型重新创建订单。",
        en="An entity that already holds a filing number files a new website, new APP or new access order; "
           "one that has none files a first filing. Check the entity's name and certificate number, then "
           "create the order again with the right type.",
    ),
    doc=Doc(
        what="`order.type` is `new_filing` while an approved filing in the registry that shares the certificate "
             "(type + number) holds an entity filing number (one cancelled by an approved `cancel_entity` does "
             "not count); or `order.type` is `new_website` or `new_access` and the registry holds no document "
             "of the entity at all — none sharing the certificate, none carrying the order's own "
             "`entity.filing_number` (read as a number: 蜀/川 etc. alike). Any document counts as knowing the "
             "entity, whatever its status, the order itself included (that can only keep the rule silent). "
             "`new_app` follows the table and is not checked. Silent without a registry or with an empty one "
             "(it knows nothing), and on approved filings (it is about submitting).",
        why="The order type must match the MIIT state of the entity: a first filing for an entity that is "
            "already filed, or an access / new-website order for one that is not, is rejected as 备案类型错误 — "
            "usually the name or certificate number was mistyped.",
        fix="Re-create the order with the right type.",
        sources=("SEED:L3", "HW-KB(doc_0026)", "HW-KB(doc_0027)", "IN-REJ", "KEPAI-3P"),
        zh=DocZh(
            what="`order.type` 为 `new_filing`，而备案库中与其证件（类型 + 号码）"
                 "相同的已通过备案持有主体备案号（已被已通过的 `cancel_entity` 注销的不计）；或 `order.type` 为 "
                 "`new_website` 或 `new_access`，而备案库中完全没有该主体的文档——既没有证件相同的，"
                 "也没有带有订单自身 `entity.filing_number` 的（按号码解读：蜀/川 等视为相同）。任何文档，"
                 "不论其状态（包括订单本身），都算作已知该主体（这只会使规则不触发）。`new_app` 按表格不检查。"
                 "没有备案库或备案库为空（一无所知）时不触发，已通过的备案也不触发（本规则针对的是提交）。",
            why="订单类型必须与该主体在工信部的备案状态相符：已备案的主体提交首次备案，"
                "或未备案的主体提交接入/新增网站订单，会以“备案类型错误”被驳回——通常是主体名称或证件号码填错了。",
            fix="请按正确的类型重新创建订单。",
        ),
    ),
    examples=(
        Example("a first filing for a certificate that already holds a number", fires=True,
                paths=("entity.certificate.number", "order.type"),
                registry=(_filed(),)),
        Example("a new-website order for an entity the registry does not know", fires=True,
                paths=("entity.certificate.number", "order.type"),
                changes={"order.type": "new_website"}, registry=({},)),
        Example("a new-access order for an entity the registry does not know", fires=True,
                paths=("entity.certificate.number", "order.type"),
                changes={"order.type": "new_access"}, registry=({},)),
        Example("a new-website order for a filed entity", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _NUMBER}, registry=(_filed(),)),
        Example("a new-access order whose own filing number the registry holds (another certificate)", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER},
                registry=(_filed(**{"entity.certificate.number": _OTHER_CERTIFICATE}),)),
        Example("a 蜀 number the registry holds as 川, under another certificate", fires=False, province="SC",
                changes={"order.type": "new_access", "entity.filing_number": "蜀ICP备2023000777号"},
                registry=(_filed("川ICP备2023000777号", "SC", **{"entity.certificate.number": _OTHER_CERTIFICATE}),)),
        Example("a new-APP order for an unknown entity (not in the table)", fires=False,
                changes={"order.type": "new_app"}, registry=({},)),
        Example("a new-website order without a registry", fires=False,
                changes={"order.type": "new_website"}),
        Example("a first filing: the registry holds only the order itself and another company", fires=False,
                registry=(_itself(**{"order.status": "provider_review"}), {})),
        Example("a first filing after a rejected earlier attempt", fires=False,
                registry=(_itself(**{"order.id": "EX-ZJ-0", "order.status": "rejected"}),)),
        Example("a first filing after the entity's number was cancelled", fires=False,
                registry=(_filed(), _filed(**{"order.id": "REG-ZJ-9", "order.type": "cancel_entity"}))),
        Example("an approved filing is not checked", fires=False,
                changes={"order.status": "approved", "entity.filing_number": _NUMBER},
                registry=(_filed(),)),
    ),
)

def _kind_entry(kind: str | None, number: str) -> dict[str, object]:
    """An ``apps`` entry of ``kind`` (format 1.1; None: not given) with the filing number ``number``."""
    return {"name": "示例小程序", "kind": kind, "platforms": ["wechat"], "filing_number": number}


FILING_NUMBER_FORMAT = Rule(
    code="FILING_NUMBER_FORMAT",
    kind="rejection",
    conditions=any_of(
        when(fact("filing_number_given", "number", well_formed=False)),
        when(fact("filing_number_given", "number", extends_entity_number=False)),
        # format 1.1: an APP entry's suffix letter against its kind (facts: beianrules.facts.apps_access)
        when(fact("app_number_kind", "number", kind_matches=False)),
    ),
    paths=(Ref("number", "path"), Ref("number", "entity_number_path")),
    evidence={"number": Ref("number", "number"),
              "problem": Ref("number", "problem"), "entity_number": Ref("number", "entity_number")},
    message=Text(
        zh="备案号“{number}”有误：{problem:filing_number_problem}。",
        en="The filing number '{number}' is wrong: {problem:filing_number_problem}.",
    ),
    remedy=Text(
        zh="请按工信部备案系统中的记录逐字填写：主体备案号形如“浙ICP备12345678号”，网站/APP备案号为主体备案号加"
           "“-n”序号（如“浙ICP备12345678号-1”，APP为“-2A”）。",
        en="Copy the number exactly as the MIIT record shows it: the entity number reads like "
           "'浙ICP备12345678号'; a website's or APP's number is the entity number followed by '-n' "
           "('浙ICP备12345678号-1', an APP '-2A').",
    ),
    doc=Doc(
        what="A `filing_number` the order gives does not parse (`beianrules.filing_number`: `{abbr}ICP备{serial}号` "
             "with an 8- or 10-digit serial, `…号-{n}[A|X|K]` for a service; the licence forms `…ICP证…号[-n]` "
             "and `…B2-…[-n…]` are valid), or is at the wrong level — `entity.filing_number` must be an entity "
             "number, `websites[i].filing_number` and `apps[i].filing_number` service numbers — or a service "
             "number does not extend the entity's number (only when both are given, parse and are of one "
             "form; 蜀/川 and the other alternates count as one bureau). The evidence is the parser's own "
             "wording of what is wrong. (1.1) An `apps[i].filing_number` that parses as a service number has a "
             "suffix letter that disagrees with `apps[i].kind`: `app` → `A`, `mini_program` → `X`, `quick_app` "
             "→ `K` (no letter names a website; licence forms such as `粤B2-20090059-1626X` by their last "
             "letter), path `apps[i].filing_number`. Reading: an entry of kind `app` is judged only in a "
             "document that declares `format_version` `1.1` — a 1.0 document cannot say what an entry is, so "
             "`app` is there only the default and a mini-program's `-3X` number in it keeps the 1.0 verdict; "
             "entries of kind `mini_program` or `quick_app` (which only 1.1 can say) are always judged. Numbers "
             "that do not parse, or are at the wrong level, are the 1.0 clauses' only.",
        why="The filing number is issued by the bureau and must match the MIIT record character for character; "
            "all websites and APPs of an entity share its number and differ only in the `-n` suffix.",
        fix="Give the number exactly as issued.",
        sources=("SEED:L3", "SEED:L15", "TC-NUMDEF", "HW-S3", "HGHA-README", "WX-API"),
        zh=DocZh(
            what="订单填写的某个 `filing_number` 无法解析（`beianrules.filing_number`：`{abbr}ICP备{serial}号`，"
                 "序号为 8 位或 10 位，服务为 `…号-{n}[A|X|K]`；许可证形式 `…ICP证…号[-n]` 和 `…B2-…[-n…]` 有效），"
                 "或层级不对——`entity.filing_number` 必须是主体备案号，`websites[i].filing_number` 和 "
                 "`apps[i].filing_number` "
                 "必须是服务备案号——或服务备案号不是在主体备案号基础上延伸的（仅当两者都已填写、"
                 "均可解析且形式相同时判断；蜀/川 及其他别称视为同一管局）。证据为解析器自己对错误的描述。（1.1）"
                 "可解析为服务备案号的 `apps[i].filing_number`，其后缀字母与 `apps[i].kind` 不符：`app` → `A`，"
                 "`mini_program` → `X`，`quick_app` → `K`（没有字母表示网站；`粤B2-20090059-1626X` "
                 "这类许可证形式看最后一个字母），路径为 `apps[i].filing_number`。解读：`app` 类条目只在声明 "
                 "`format_version` 为 `1.1` 的文档中判断——1.0 文档无法说明条目是什么，因此其中的 `app` 只是默认值，"
                 "小程序的 `-3X` 号码在其中保持 1.0 的结论；`mini_program` 或 `quick_app` 类条目（只有 1.1 能表达）"
                 "始终判断。无法解析或层级不对的号码只由 1.0 的条款处理。",
            why="备案号由管局核发，必须与工信部的记录逐字一致；一个主体的所有网站和APP共用其备案号，只以 `-n` "
                "后缀区分。",
            fix="请按核发的备案号原样填写。",
        ),
    ),
    examples=(
        Example("a website's number in the entity field", fires=True, paths=("entity.filing_number",),
                changes={"order.type": "new_website", "entity.filing_number": f"{_NUMBER}-1"}),
        Example("a space inside a website's number", fires=True, paths=("websites[0].filing_number",),
                changes={"websites[0].filing_number": "浙ICP备 2023000777号-1"}),
        Example("the suffix before 号", fires=True, paths=("websites[0].filing_number",),
                changes={"websites[0].filing_number": "浙ICP备2023000777-1号"}),
        Example("an entity number in a website's field", fires=True, paths=("websites[0].filing_number",),
                changes={"websites[0].filing_number": _NUMBER}),
        Example("a website number under another entity number", fires=True,
                paths=("entity.filing_number", "websites[0].filing_number"),
                changes={"entity.filing_number": _NUMBER, "websites[0].filing_number": "浙ICP备2023000778号-1"}),
        Example("entity, website and APP numbers that belong together", fires=False,
                changes={"entity.filing_number": _NUMBER, "websites[0].filing_number": f"{_NUMBER}-1",
                         "apps": [{"name": "示例App", "platforms": ["android"], "filing_number": f"{_NUMBER}-2A"}]}),
        Example("licence forms", fires=False,
                changes={"entity.filing_number": "浙ICP证030173号", "websites[0].filing_number": "浙ICP证030173号-1"}),
        Example("a licence number beside a filing number: no verdict", fires=False,
                changes={"entity.filing_number": _NUMBER, "websites[0].filing_number": "浙B2-20090059-1626X"}),
        Example("a website number alone", fires=False,
                changes={"websites[0].filing_number": f"{_NUMBER}-1"}),
        Example("蜀 entity number, 川 website number: one Sichuan entity", fires=False, province="SC",
                changes={"entity.filing_number": "蜀ICP备2023000777号",
                         "websites[0].filing_number": "川ICP备2023000777号-1"}),
        Example("1.1: a mini-program with an APP's letter", fires=True, paths=("apps[0].filing_number",),
                changes={"apps": [_kind_entry("mini_program", f"{_NUMBER}-2A")]}),
        Example("1.1: a mini-program with X", fires=False,
                changes={"apps": [_kind_entry("mini_program", f"{_NUMBER}-2X")]}),
        Example("1.1: a quick app with X", fires=True, paths=("apps[0].filing_number",),
                changes={"apps": [_kind_entry("quick_app", f"{_NUMBER}-2X")]}),
        Example("1.1: a quick app with K", fires=False, changes={"apps": [_kind_entry("quick_app", f"{_NUMBER}-2K")]}),
        Example("1.1: a mini-program with a website's number (no letter)", fires=True,
                paths=("apps[0].filing_number",), changes={"apps": [_kind_entry("mini_program", f"{_NUMBER}-2")]}),
        Example("1.1: a mini-program's licence-form number ending in X", fires=False,
                changes={"apps": [_kind_entry("mini_program", "粤B2-20090059-1626X")]}),
        Example("1.1: a mini-program's licence-form number ending in A", fires=True,
                paths=("apps[0].filing_number",),
                changes={"apps": [_kind_entry("mini_program", "粤B2-20090059-1626A")]}),
        Example("1.1 declared: an APP with X", fires=True, paths=("apps[0].filing_number",),
                changes={"format_version": "1.1", "apps": [_kind_entry("app", f"{_NUMBER}-2X")]}),
        Example("1.1 declared: an APP without kind, with A", fires=False,
                changes={"format_version": "1.1", "apps": [_kind_entry(None, f"{_NUMBER}-2A")]}),
        Example("1.0: an APP entry with X keeps its 1.0 verdict", fires=False,
                changes={"apps": [_kind_entry(None, f"{_NUMBER}-2X")]}),
        Example("1.1: a mini-program number under another entity number: the 1.0 clause alone", fires=True,
                paths=("apps[0].filing_number", "entity.filing_number"),
                changes={"entity.filing_number": _NUMBER,
                         "apps": [_kind_entry("mini_program", "浙ICP备2023000778号-2X")]}),
    ),
)

FILING_NUMBER_PREFIX_PROVINCE = Rule(
    code="FILING_NUMBER_PREFIX_PROVINCE",
    kind="rejection",
    conditions=when(fact("filing_number_given", "number", in_order_province=False), fact("province", "bureau")),
    paths=(Ref("number", "path"),),
    evidence={"number": Ref("number", "number"),
              "number_province": Ref("number", "province"),
              "order_province": Ref("bureau", "code")},
    message=Text(
        zh="备案号“{number}”的省份简称属于{number_province:province}，而本单的备案省份为{order_province:province}。",
        en="The filing number '{number}' was issued in {number_province:province}, but the order is filed in "
           "{order_province:province}.",
    ),
    remedy=Text(
        zh="请核对备案号；备案号由主体住所所在省的通信管理局核发，备案省份应与之一致。",
        en="Check the number: it is issued by the bureau of the entity's domicile province, which is the "
           "province the order is filed in.",
    ),
    doc=Doc(
        what="A filing number the order gives parses, and its province abbreviation belongs to a bureau other "
             "than `order.province`. The alternates 黔/贵 (GZ), 滇/云 (YN), 蜀/川 (SC) and 陇/甘 (GS) each "
             "belong to one bureau. Numbers that do not parse are FILING_NUMBER_FORMAT's finding, not this one's.",
        why="The prefix is the abbreviation of the bureau that issued the number, the bureau of the entity's "
            "domicile province.",
        fix="Give the right number, or file with the right bureau.",
        sources=("SEED:L15", "REG33", "TC-NUMDEF"),
        zh=DocZh(
            what="订单填写的某个备案号可以解析，但其省份简称属于 `order.province` 以外的管局。别称 黔/贵（GZ）、"
                 "滇/云（YN）、蜀/川（SC）和 陇/甘（GS）各属同一管局。无法解析的号码属于 FILING_NUMBER_FORMAT "
                 "的检查结果，不属于本规则。",
            why="备案号的前缀是核发该号码的管局的简称，即主体住所所在省的管局。",
            fix="请填写正确的备案号，或向正确的管局备案。",
        ),
    ),
    examples=(
        Example("a Jiangsu entity number on a Zhejiang order", fires=True, paths=("entity.filing_number",),
                changes={"order.type": "new_website", "entity.filing_number": "苏ICP备2023000777号"}),
        Example("a Beijing website number on a Zhejiang order", fires=True, paths=("websites[0].filing_number",),
                changes={"websites[0].filing_number": "京ICP备2023000777号-1"}),
        Example("a Zhejiang number", fires=False,
                changes={"entity.filing_number": _NUMBER, "websites[0].filing_number": f"{_NUMBER}-1"}),
        Example("蜀 and 川 in Sichuan", fires=False, province="SC",
                changes={"entity.filing_number": "蜀ICP备2023000777号",
                         "websites[0].filing_number": "川ICP备2023000777号-1"}),
        Example("黔 in Guizhou", fires=False, province="GZ",
                changes={"entity.filing_number": "黔ICP备2023000777号"}),
        Example("陇 in Gansu", fires=False, province="GS",
                changes={"entity.filing_number": "陇ICP备12345678号"}),
        Example("a number that does not parse", fires=False,
                changes={"entity.filing_number": "苏ICP备123号"}),
    ),
)

_ACCESS_FIELDS = ("entity_name", "certificate_number", "principal_name", "principal_id_number",
                  "entity_filing_number")

ACCESS_INFO_INCONSISTENT = Rule(
    code="ACCESS_INFO_INCONSISTENT",
    kind="rejection",
    conditions=any_of(*(
        when(fact("order", "order", type=order_type),
             fact("filed_difference", "diff", field=field, differs_from_filing=True))
        for order_type in ("new_access", "new_website") for field in _ACCESS_FIELDS
    )),
    paths=(Ref("diff", "path"),),
    evidence={"field": Ref("diff", "field"),
              "type": Ref("order", "type")},
    message=Text(
        zh="“{type:order_type}”订单填写的{field:compared_field}与该主体已备案成功的信息不一致。",
        en="The {field:compared_field} in this {type:order_type} order differs from the entity's approved filing.",
    ),
    remedy=Text(
        zh="部分省市管局要求接入备案或新增网站前后备案信息保持一致：请按已备案的信息填写；如主体名称、证件号码或负责人已变更，"
           "请先在原接入商处办理变更备案，无法找回原备案信息的须注销后重新备案。",
        en="Some bureaus require the data to stay identical before and after an access or new-website order: "
           "enter it as filed; if the entity's name, certificate or principal has changed, first file a change "
           "at the original provider, or cancel and refile if the filed data cannot be recovered.",
    ),
    doc=Doc(
        what="A `new_access` or `new_website` order's entity name, certificate number, principal's name or "
             "principal's ID number differs from every approved filing of the entity in the registry — found by "
             "the order's `entity.filing_number` (蜀/川 etc. alike) when it gives one, else by its certificate. "
             "Its `entity.filing_number` differs when it parses as an entity number and is none of the numbers "
             "the approved filings of its **certificate** hold (REASONS-WAVE1, clarification (a): looked up by "
             "certificate, since a wrong number finds nothing; silent when they hold none, and a number that "
             "does not parse stays FILING_NUMBER_FORMAT's). "
             "One reason per differing field, at its path. Names are compared trimmed, ID and certificate "
             "numbers trimmed and upper-cased. Orders in flight, rejected or abandoned (the order itself among "
             "them) are not filed data; a field either side leaves out is not compared. The filed value is "
             "never shown, only that it differs. Silent without a registry or when no approved filing is found.",
        why="On an access filing or a new website whose original filing is at another provider, the data must "
            "match the MIIT record; the bureau rejects it as 接入商信息不一致.",
        fix="Make the data identical (change at the old provider first, or cancel and refile if the old data "
            "cannot be recovered).",
        sources=("SEED:L20", "TC-ACCESS", "HELPW-NX-3P", "MUCHS-NM-3P", "AL-SX18", "KEPAI-3P"),
        zh=DocZh(
            what="`new_access` 或 `new_website` 订单的主体名称、证件号码、负责人姓名或负责人证件号码，"
                 "与备案库中该主体的每一份已通过备案都不一致——订单填写了 `entity.filing_number` 时按该号码（蜀/川 "
                 "等视为相同）查找，否则按其证件查找。其 `entity.filing_number` 可解析为主体备案号，"
                 "且不是其**证件**下已通过备案所持有的任何号码时，视为不一致（REASONS-WAVE1，澄清 (a)：按证件查找，"
                 "因为错误的号码什么也查不到；这些备案不持有号码时不触发，无法解析的号码仍属 FILING_NUMBER_FORMAT）"
                 "。每个不一致的字段一条原因，路径为该字段。姓名去除首尾空白后比较，"
                 "证件号码去除首尾空白并转为大写后比较。办理中、被驳回或已放弃的订单（包括订单本身）"
                 "不是已备案数据；任一方未填写的字段不比较。已备案的值从不显示，只说明不一致。"
                 "没有备案库或找不到已通过的备案时不触发。",
            why="办理接入备案，或原备案在其他接入商处而新增网站时，所填信息必须与工信部的记录一致；"
                "否则管局会以“接入商信息不一致”驳回。",
            fix="请使信息完全一致（先在原接入商处办理变更；无法找回原备案信息的，注销后重新备案）。",
        ),
    ),
    examples=(
        Example("a new-access order with another entity name", fires=True, paths=("entity.name",),
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER,
                         "entity.name": "杭州示例网络有限公司"},
                registry=(_filed(),)),
        Example("a new-website order with another principal's ID number", fires=True,
                paths=("entity.principal.id_document.number",),
                changes={"order.type": "new_website", "entity.filing_number": _NUMBER,
                         "entity.principal.id_document.number": "330106199001011234"},
                registry=(_filed(),)),
        Example("a new-access order with a new certificate number, found by filing number", fires=True,
                paths=("entity.certificate.number",),
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER,
                         "entity.certificate.number": _OTHER_CERTIFICATE},
                registry=(_filed(),)),
        Example("a new-website order without a number, found by certificate, another principal", fires=True,
                paths=("entity.principal.name",),
                changes={"order.type": "new_website", "entity.principal.name": "王海"},
                registry=(_filed(),)),
        Example("a new-website order states another entity number than its certificate's", fires=True,
                paths=("entity.filing_number",),
                changes={"order.type": "new_website", "entity.filing_number": _SECOND_NUMBER},
                registry=(_filed(),)),
        Example("a new-access order states another entity number than its certificate's", fires=True,
                paths=("entity.filing_number",),
                changes={"order.type": "new_access", "entity.filing_number": _SECOND_NUMBER},
                registry=(_filed(),)),
        Example("蜀 and 川 are one Sichuan number", fires=False, province="SC",
                changes={"order.type": "new_access", "entity.filing_number": "蜀ICP备2023000777号"},
                registry=(_filed("川ICP备2023000777号", "SC"),)),
        Example("the certificate's filings hold no number", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _SECOND_NUMBER},
                registry=(_filed(**{"entity.filing_number": None}),)),
        Example("another number that does not parse is FILING_NUMBER_FORMAT's", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": "浙ICP备 2024000888号"},
                registry=(_filed(),)),
        Example("a change order stating another number: not judged in wave 1", fires=False,
                changes={"order.type": "change", "entity.filing_number": _SECOND_NUMBER},
                registry=(_filed(),)),
        Example("a new-access order identical to the filing", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER},
                registry=(_filed(), _itself(**{"order.type": "new_access", "order.status": "provider_review",
                                                "entity.filing_number": _NUMBER}))),
        Example("the principal changed by an approved change order", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _NUMBER,
                         "entity.principal.name": "王海"},
                registry=(_filed(), _filed(**{"order.id": "REG-ZJ-2", "order.type": "change",
                                               "entity.principal.name": "王海"}))),
        Example("only the order itself, not approved, differs", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER,
                         "entity.name": "杭州示例网络有限公司"},
                registry=(_itself(**{"order.type": "new_access", "order.status": "rejected",
                                     "entity.filing_number": _NUMBER}),)),
        Example("a change order may change the name", fires=False,
                changes={"order.type": "change", "entity.filing_number": _NUMBER,
                         "entity.name": "杭州示例网络有限公司"},
                registry=(_filed(),)),
        Example("the filing gives no principal ID number", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER,
                         "entity.principal.id_document.number": "330106199001011234"},
                registry=(_filed(**{"entity.principal.id_document": None}),)),
        Example("no registry given", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER,
                         "entity.name": "杭州示例网络有限公司"}),
    ),
)

APP_NO_LONGER_USED = Rule(
    code="APP_NO_LONGER_USED",
    kind="rectification",
    conditions=when(fact("verification_statement", "said", statement="app_no_longer_used")),
    paths=(Ref("said", "path"),),
    message=Text(
        zh="核验时经电话沟通表示已不再使用该APP。",
        en="On the verification call the filer said the APP is no longer used.",
    ),
    remedy=Text(
        zh="请取消或注销该APP在本接入商的备案接入（取消接入或注销APP）。",
        en="Cancel the APP's access at this provider (cancel access, or cancel the APP's filing).",
    ),
    doc=Doc(
        what="`verification.statements` contains `app_no_longer_used` (the caller records what the filer said "
             "on the verification call).",
        why="A filing must describe services actually run through the provider; an APP no longer used leaves "
            "an inaccurate filing, which a special check (专项核查) sends back for rectification.",
        fix="Cancel the APP's access (or its filing) at the provider.",
        sources=("SEED:L21", "TC-CHECK", "HW-ERR(5.1)"),
        zh=DocZh(
            what="`verification.statements` 中含有 `app_no_longer_used`（核验人员记录备案者在核验电话中所说的情况）"
                 "。",
            why="备案必须反映实际通过该接入商运行的服务；已不再使用的APP会使备案信息不准确，"
                "专项核查时会被退回整改。",
            fix="请在接入商处取消该APP的接入（或注销该APP的备案）。",
        ),
    ),
    examples=(
        Example("the filer said the APP is no longer used", fires=True, paths=("verification.statements[0]",),
                changes={"verification.statements": ["app_no_longer_used"]}),
        Example("an approved filing, among other statements", fires=True, paths=("verification.statements[1]",),
                changes={"order.status": "approved", "entity.filing_number": _NUMBER,
                         "verification.statements": ["server_no_longer_used", "app_no_longer_used"]}),
        Example("the servers, not the APP", fires=False,
                changes={"verification.statements": ["server_no_longer_used"]}),
        Example("no statement recorded", fires=False),
    ),
)

ACCESS_NOT_USING_PROVIDER = Rule(
    code="ACCESS_NOT_USING_PROVIDER",
    kind="rectification",
    conditions=when(fact("verification_statement", "said", statement="server_no_longer_used")),
    paths=(Ref("said", "path"),),
    message=Text(
        zh="核验时经电话沟通表示已不再使用本接入商的服务器。",
        en="On the verification call the filer said the provider's servers are no longer used.",
    ),
    remedy=Text(
        zh="请取消在本接入商的备案接入（取消接入）。",
        en="Cancel the filing's access at this provider (cancel access).",
    ),
    doc=Doc(
        what="`verification.statements` contains `server_no_longer_used`.",
        why="A filing stays attached to the provider that hosts the service (谁接入谁备案); a filing whose "
            "servers are no longer with the provider must have its access cancelled there.",
        fix="Cancel access.",
        sources=("SEED:L21", "TC-CHECK", "HW-ERR(5.1)"),
        zh=DocZh(
            what="`verification.statements` 中含有 `server_no_longer_used`。",
            why="备案跟随托管该服务的接入商（谁接入谁备案）；服务器已不在该接入商处的备案，"
                "必须在该接入商处取消接入。",
            fix="请取消接入。",
        ),
    ),
    examples=(
        Example("the filer said the servers are no longer used", fires=True, paths=("verification.statements[0]",),
                changes={"verification.statements": ["server_no_longer_used"]}),
        Example("an approved filing", fires=True, paths=("verification.statements[0]",),
                changes={"order.status": "approved", "entity.filing_number": _NUMBER,
                         "verification.statements": ["server_no_longer_used"]}),
        Example("the APP, not the servers", fires=False,
                changes={"verification.statements": ["app_no_longer_used"]}),
        Example("no statement recorded", fires=False),
    ),
)

RULES = (
    ENTITY_MULTIPLE_FILING_NUMBERS,
    ORDER_WRONG_TYPE,
    FILING_NUMBER_FORMAT,
    FILING_NUMBER_PREFIX_PROVINCE,
    ACCESS_INFO_INCONSISTENT,
    APP_NO_LONGER_USED,
    ACCESS_NOT_USING_PROVIDER,
)
