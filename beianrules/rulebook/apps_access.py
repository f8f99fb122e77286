"""Format-1.1 rules about APP kinds, icons and domains, and where the servers are (FORMAT 1.1 groups E and F):
APP_ICON_RULES, APP_DOMAIN_LEVEL, MINIPROGRAM_FIELD_LIMITS, DOMAIN_RESOLUTION_NOT_PROVIDER (audits only),
ACCESS_WHERE_SERVER_IS and ACCESS_IP_NOT_PROVIDER. Their facts: ``beianrules.facts.apps_access``. (The 1.1
clauses of FILING_NUMBER_FORMAT, DOMAIN_HOLDER_MISMATCH, DOMAIN_NOT_REAL_NAME and APP_FEATURE_INFO are declared
with their 1.0 clauses, in ``rulebook/entity.py``, ``rulebook/domain_checks.py`` and ``rulebook/site_counts.py``.)
"""

from beianrules.declaration import Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own

_ORDERS: frozenset[Mode] = frozenset({"order"})
_AUDITS: frozenset[Mode] = frozenset({"audit"})
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
             "entity.filing_number": "浙ICP备2023000777号", "websites[0].filing_number": "浙ICP备2023000777号-1"}
_CHANGE = {"order.type": "change", "entity.filing_number": "浙ICP备2023000777号"}
_ACCESS = {"order.type": "new_access", "entity.filing_number": "浙ICP备2023000777号"}


def _app(**fields: object) -> dict[str, object]:
    """A native APP entry (kind ``app``) with complete feature data, with ``fields``."""
    return {"name": "示例App", "kind": "app", "platforms": ["android"], "package_names": ["cn.example.app"],
            "signatures": [{"platform": "android", "md5": "9F2C4A710B8ED356A1C07E4419B26DF8",
                            "public_key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"}],
            "content_categories": ["tools"], **fields}


def _mini(**fields: object) -> dict[str, object]:
    """A WeChat mini-program entry, with ``fields``."""
    return {"name": "示例小程序", "kind": "mini_program", "platforms": ["wechat"], "app_id": "wx1234567890abcdef",
            "content_categories": ["tools"], "remark": "本小程序为示例公司提供在线预约与查询服务，不涉及前置审批内容。",
            **fields}


# -- APP_ICON_RULES -----------------------------------------------------------------------------------------------

_ICON = "apps[0].icon.size_bytes"


def _icon(size: int, **fields: object) -> dict[str, object]:
    return {"apps": [_app(icon={"file": "icon.png", "size_bytes": size}, **fields)]}


APP_ICON_RULES = Rule(
    code="APP_ICON_RULES",
    kind="rejection",
    modes=_ORDERS,
    conditions=when(fact("app_icon", "icon", too_large=True)),
    paths=(Ref("icon", "path"),),
    evidence={"name": Ref("icon", "name"), "size_bytes": Ref("icon", "size_bytes"), "limit": Ref("icon", "limit")},
    message=Text(
        zh="APP“{name}”的图标有 {size_bytes} 字节，超过 100KB（{limit} 字节）的上限。",
        en="The icon of the APP {name} has {size_bytes} bytes, over the 100 KB ({limit} bytes) limit.",
    ),
    remedy=Text(
        zh="请压缩或重新导出图标，使其不超过 100KB（{limit} 字节）后重新上传；图标不得使用系统图标或带有误导性的角标。",
        en="Compress or export the icon again to at most 100 KB ({limit} bytes) and upload it anew; it must not be "
           "a system icon or carry misleading badges.",
    ),
    doc=Doc(
        what="An `apps[i]` of kind `app` (absent `kind` means `app`) gives `icon.size_bytes` above 102,400 (100 KB "
             "read as 100 × 1024 bytes; exactly 102,400 passes), in a content order (W2: `new_filing`, "
             "`new_website`, `new_app`, `change`). One reason per APP. Silent: mini-programs and quick apps "
             "(their icon is the platform's), no icon or no size given, other order types. Not checkable: the "
             "icon's content (system icons, misleading badges). Orders only: the limit is one of the filing "
             "form's upload, which an approved filing has passed. Reading: 100 KB is 102,400 bytes, the larger "
             "of the two readings (the other is 100,000), so the row rejects less.",
        why="Providers' APP filing forms take an icon of at most 100 KB (HW-KB); a larger one cannot be uploaded "
            "and the order is returned.",
        fix="Upload a smaller icon.",
        sources=("HW-KB(doc_0110, doc_0122)",),
        zh=DocZh(
            what="`kind` 为 `app` 的 `apps[i]`（未给出 `kind` 即为 `app`）在内容类订单（W2：`new_filing`、"
                 "`new_website`、`new_app`、`change`）中给出的 `icon.size_bytes` 超过 102,400（100 KB 按 100 × 1024 "
                 "字节计；正好 102,400 的通过）。每个APP一条原因。不触发：小程序和快应用（其图标由平台提供）、"
                 "未给出图标或其大小、其他订单类型。无法检查：图标的内容（系统图标、误导性角标）。仅限订单："
                 "该上限是备案表单上传时的限制，已备案的已经通过。解读：100 KB 取 102,400 字节，即两种读法（另一种为 "
                 "100,000）中较大的一种，因此驳回更少。",
            why="接入商的APP备案表单只接受不超过 100 KB 的图标（HW-KB）；更大的图标无法上传，订单会被退回。",
            fix="上传更小的图标。",
        ),
    ),
    examples=(
        Example("an icon of 100 KB and one byte", fires=True, paths=(_ICON,), changes=_icon(102401)),
        Example("an icon of exactly 100 KB", fires=False, changes=_icon(102400)),
        Example("an icon of 100,001 bytes (below 100 × 1024)", fires=False, changes=_icon(100001)),
        Example("an APP without kind is an app", fires=True, paths=(_ICON,),
                changes={"apps": [{**_app(icon={"size_bytes": 204800}), "kind": None}]}),
        Example("a mini-program's icon is not judged", fires=False,
                changes={"apps": [_mini(icon={"size_bytes": 204800})]}),
        Example("a quick app's icon is not judged", fires=False,
                changes={"apps": [_app(kind="quick_app", icon={"size_bytes": 204800})]}),
        Example("an icon without a size", fires=False, changes={"apps": [_app(icon={"file": "icon.png"})]}),
        Example("the second APP's icon", fires=True, paths=("apps[1].icon.size_bytes",),
                changes={"apps": [_app(icon={"size_bytes": 2048}),
                                  _app(name="示例App二", icon={"size_bytes": 512000})]}),
        Example("a change order", fires=True, paths=(_ICON,), changes={**_CHANGE, **_icon(204800)}),
        Example("a new access copies filed data: not judged", fires=False, changes={**_ACCESS, **_icon(204800)}),
        Example("an approved filing is not judged", fires=False, changes={**_APPROVED, **_icon(204800)}),
    ),
)

# -- APP_DOMAIN_LEVEL ---------------------------------------------------------------------------------------------

_APP_DOMAIN = "apps[0].domains[0]"


def _app_domains(*domains: str) -> dict[str, object]:
    return {"apps": [_app(domains=list(domains))]}


APP_DOMAIN_LEVEL = Rule(
    code="APP_DOMAIN_LEVEL",
    kind="rejection",
    modes=_ORDERS,
    conditions=when(fact("app_domain_level", "d", too_deep=True)),
    paths=(Ref("d", "path"),),
    evidence={"name": Ref("d", "name"), "domain": Ref("d", "domain"), "registrable": Ref("d", "registrable"),
              "level": Ref("d", "level")},
    message=Text(
        zh="APP“{name}”的域名 {domain} 是 {level} 级域名（主域名 {registrable} 之下超过两级）；APP备案只能填写"
           "二至四级域名。",
        en="The domain {domain} of the APP {name} is a level-{level} domain (more than two labels below its "
           "registrable domain {registrable}); an APP filing takes domains of the 2nd to the 4th level.",
    ),
    remedy=Text(
        zh="请填写APP实际使用的、不超过主域名 {registrable} 之下两级的域名（如 api.{registrable}）。",
        en="Enter the domains the APP really uses, at most two labels below {registrable} (such as "
           "api.{registrable}).",
    ),
    doc=Doc(
        what="An `apps[i].domains[j]` that is a host (W9: NFKC, trimmed, lower case, one trailing dot removed; "
             "not a URL) with a known registrable domain (W9, the Public Suffix List's ICANN section bundled with "
             "tldextract, read offline) has more than two labels below that registrable domain: "
             "`c.b.a.example.com` (5th level) fires, `b.a.example.com` (4th) does not; under a two-label suffix "
             "the count is the same (`b.a.example.com.cn` passes). The evidence's level counts the registrable "
             "domain's own labels (`example.com` is level 2). Any APP kind (mini-programs and quick apps list "
             "their server domains too). One reason per domain, in a content order (W2). Silent: hosts whose "
             "suffix is unknown, URLs, other order types, approved filings (orders only: the form's rule on what "
             "is entered). The row's real-name clause is DOMAIN_HOLDER_MISMATCH on `apps[i].domain_details`; "
             "that the domain has a website filing is no prerequisite (HW-S7) and is not checked. Reading: "
             "\"2nd to 4th level\" counts levels from the registrable domain as the 2nd (the row: \"more than two "
             "labels below its registrable domain\"), which for `.com.cn` domains allows one level more than "
             "counting from the root — the reading that rejects less.",
        why="APP filings take the server domains the APP uses, from the 2nd to the 4th level (HW-S7, HW-KB); a "
            "deeper domain is refused.",
        fix="Enter a domain at most two labels below the registrable domain.",
        sources=("HW-S7", "HW-KB(doc_0112, doc_0126)"),
        zh=DocZh(
            what="`apps[i].domains[j]` 为主机名（W9：NFKC、去除首尾空白、转为小写、去掉一个末尾的点；不是 URL），"
                 "其主域名已知（W9，tldextract 附带的公共后缀列表 ICANN 部分，离线读取），且在主域名之下超过两级："
                 "`c.b.a.example.com`（5 级）触发，`b.a.example.com`（4 级）不触发；在两段后缀下计数相同"
                 "（`b.a.example.com.cn` 通过）。证据中的级数包含主域名本身的各段（`example.com` 为 2 级）。"
                 "适用于任何类型的APP（小程序和快应用也会列出其服务器域名）。在内容类订单（W2）中每个域名一条原因。"
                 "不触发：后缀未知的主机名、URL、其他订单类型、已备案的（仅限订单：这是表单对填写内容的规定）。"
                 "该行的实名条款由 DOMAIN_HOLDER_MISMATCH 对 `apps[i].domain_details` 检查；域名已有网站备案并非前提"
                 "（HW-S7），不作检查。解读：“二至四级”以主域名为第二级计数（该行：“主域名之下超过两级”），对 "
                 "`.com.cn` 域名比从根开始计数多允许一级——这是驳回更少的读法。",
            why="APP备案填写APP使用的服务器域名，限二至四级（HW-S7、HW-KB）；更深的域名会被拒绝。",
            fix="填写不超过主域名之下两级的域名。",
        ),
    ),
    examples=(
        Example("a 5th-level domain", fires=True, paths=(_APP_DOMAIN,),
                changes=_app_domains("c.b.a.example-tech.cn")),
        Example("a 4th-level domain", fires=False, changes=_app_domains("b.a.example-tech.cn")),
        Example("under .com.cn: three labels below", fires=True, paths=(_APP_DOMAIN,),
                changes=_app_domains("c.b.a.example.com.cn")),
        Example("under .com.cn: two labels below", fires=False, changes=_app_domains("b.a.example.com.cn")),
        Example("upper case and a trailing dot are read as the host", fires=True, paths=(_APP_DOMAIN,),
                changes=_app_domains("C.B.A.Example-Tech.CN.")),
        Example("the registrable domain itself", fires=False, changes=_app_domains("example-tech.cn")),
        Example("the second domain", fires=True, paths=("apps[0].domains[1]",),
                changes=_app_domains("api.example-tech.cn", "d.c.b.a.example-tech.cn")),
        Example("a mini-program's deep domain", fires=True, paths=(_APP_DOMAIN,),
                changes={"apps": [_mini(domains=["c.b.a.example-tech.cn"])]}),
        Example("a URL is not a host", fires=False, changes=_app_domains("https://c.b.a.example-tech.cn/")),
        Example("an unknown suffix is not judged", fires=False, changes=_app_domains("c.b.a.example.invalidtld")),
        Example("a change order", fires=True, paths=(_APP_DOMAIN,),
                changes={**_CHANGE, **_app_domains("c.b.a.example-tech.cn")}),
        Example("an approved filing is not judged", fires=False,
                changes={**_APPROVED, **_app_domains("c.b.a.example-tech.cn")}),
    ),
)

# -- MINIPROGRAM_FIELD_LIMITS -------------------------------------------------------------------------------------


def _file(kind: str, target: str | None, n: int = 0) -> dict[str, object]:
    return {"type": kind, "file": f"{kind}-{n}.pdf", "size_bytes": 123456, "for": target}


def _files(kind: str, target: str | None, count: int) -> list[dict[str, object]]:
    return [_file(kind, target, n) for n in range(count)]


_APPROVAL = {"industry": "news", "number": "浙新出〔2026〕1号", "issued_by": "浙江省新闻出版局",
             "valid_until": "2028-12-31", "attachment": "news.pdf"}

MINIPROGRAM_FIELD_LIMITS = Rule(
    code="MINIPROGRAM_FIELD_LIMITS",
    kind="rejection",
    modes=_ORDERS,
    conditions=when(fact("miniprogram_limit", "m", breaks=True)),
    paths=(Ref("m", "path"),),
    evidence={"name": Ref("m", "name"), "app_id": Ref("m", "app_id"), "problem": Ref("m", "problem"),
              "count": Ref("m", "count"), "industry": Ref("m", "industry"), "slot": Ref("m", "slot"),
              "document": Ref("m", "document")},
    message=Text(
        zh="微信小程序“{name}”{problem:miniprogram_limit}。",
        en="The WeChat mini-program {name} {problem:miniprogram_limit}.",
    ),
    remedy=Text(
        zh="请按微信小程序备案接口的限制修改后再提交：服务内容最多5项；每个行业的前置审批只填一项；备注20–200个字符；"
           "主体和小程序的“其他材料”各最多10份；承诺书、更名函、党建确认函、承诺视频、真实性核验材料、建设方案书和手持证件照"
           "各只能上传一份。",
        en="Fix the order within the limits of WeChat's filing interface and submit again: at most 5 content "
           "categories; one pre-approval per industry; a remark of 20 to 200 characters; at most 10 'other' "
           "files for the entity and for the mini-program each; one file each of the commitment letter, name-change "
           "certificate, party-building confirmation, promise video, authenticity documents, construction plan "
           "and photo holding the ID.",
    ),
    doc=Doc(
        what="An `apps[i]` of kind `mini_program` whose `platforms` hold `wechat` (trimmed, case-insensitive), "
             "in a content order (W2), breaks a limit of WeChat's filing interface: (1) more than 5 distinct "
             "non-blank `content_categories` (path `apps[i].content_categories`); (2) two or more "
             "`pre_approvals` of one industry (`apps[i].pre_approvals`, one reason per industry); (3) a `remark` "
             "of fewer than 20 or more than 200 characters once trimmed (`apps[i].remark`; a blank remark is not "
             "given); (4) more than 10 `other` attachments whose `for` is `apps[i]`, or more than 10 whose `for` "
             "is `entity` (path: the 11th such file); (5) more than one attachment of a single-file type — "
             "`service_commitment_letter`, `name_change_certificate`, `party_building_confirmation`, "
             "`promise_video`, `authenticity_responsibility_notice`, `authenticity_commitment`, "
             "`site_construction_plan`, `holding_id_photo` — in one slot: files whose `for` is `apps[i]`, or "
             "`entity` (`name_change_certificate`: `entity` only), or, for `holding_id_photo`, "
             "`apps[i].principal` (path: the second such file). Silent: other kinds and platforms (Douyin, "
             "Alipay …), mini-programs without `wechat`, other order types, approved filings (orders only: the "
             "limits are those of the submission interface). Reading: a file counts in a slot only when its "
             "`for` names that slot's path exactly — a file without `for` belongs to the order as a whole and "
             "which slot WeChat would put it in is unknown, and a file for another principal with the same ID "
             "fills that principal's slot — the reading that rejects less (group A's \"counts for\" reading "
             "answers whether someone *has* a file; for an upper limit it would count one file in several "
             "slots). Reading: characters are counted as written (NFC code points) after trimming white space. "
             "Not checked: \"以上都不涉及\" when no pre-approval applies and the filer being the mini-program "
             "account's entity (error 86355) — no field says them.",
        why="WeChat's filing interface (applyIcpFiling) refuses a mini-program filing with more than five service "
            "contents, a pre-approval industry listed twice, a remark outside 20–200 characters, more than ten "
            "'other' files per slot or more than one file of a single-file material.",
        fix="Keep the mini-program's fields within WeChat's limits.",
        sources=("WX-API",),
        zh=DocZh(
            what="类型为 `mini_program` 且 `platforms` 含 `wechat`（去除首尾空白，不区分大小写）的 `apps[i]`，"
                 "在内容类订单（W2）中违反微信备案接口的某项限制：(1) 非空且互不相同的 `content_categories` 多于 5 项"
                 "（路径 `apps[i].content_categories`）；(2) 同一行业的 `pre_approvals` 有两项或以上"
                 "（`apps[i].pre_approvals`，每个行业一条原因）；(3) `remark` 去除首尾空白后少于 20 或多于 200 个字符"
                 "（`apps[i].remark`；空白备注视为未给出）；(4) `for` 为 `apps[i]` 的 `other` 附件多于 10 份，或 `for` "
                 "为 `entity` 的多于 10 份（路径：第 11 份此类文件）；(5) 单份类型的附件——`service_commitment_letter`、"
                 "`name_change_certificate`、`party_building_confirmation`、`promise_video`、"
                 "`authenticity_responsibility_notice`、`authenticity_commitment`、`site_construction_plan`、"
                 "`holding_id_photo`——在同一槽位中多于一份：槽位指 `for` 为 `apps[i]` 的文件，或 `for` 为 `entity` "
                 "的文件（`name_change_certificate`：仅 `entity`），或就 `holding_id_photo` 而言 `for` 为 "
                 "`apps[i].principal` 的文件（路径：第二份此类文件）。不触发：其他类型和平台（抖音、支付宝……）、不含 "
                 "`wechat` 的小程序、其他订单类型、已备案的（仅限订单：这些是提交接口的限制）。解读：文件只有在其 "
                 "`for` 恰好指向某槽位的路径时才计入该槽位——未填 `for` 的文件属于整个订单，"
                 "微信会把它放进哪个槽位无从得知；为证件号码相同的另一位负责人上传的文件占用的是那位负责人的槽位——"
                 "这是驳回更少的读法（A 组的“计入”读法回答的是某人是否*有*某份文件；用于上限时会把一份文件计入多个槽"
                 "位）。解读：字符按书写计数（NFC 码位），在去除首尾空白后计算。不检查：不涉及前置审批时的"
                 "“以上都不涉及”，以及备案主体须为小程序账号的主体（错误 86355）——没有字段说明这些。",
            why="微信的备案接口（applyIcpFiling）会拒绝以下小程序备案：服务内容多于五项、同一前置审批行业列出两次、"
                "备注不在 20–200 个字符之间、每个槽位的“其他”文件多于十份，或单份材料多于一份。",
            fix="使小程序的各字段符合微信的限制。",
        ),
    ),
    examples=(
        Example("six content categories", fires=True, paths=("apps[0].content_categories",),
                changes={"apps": [_mini(content_categories=["tools", "news", "education", "shopping", "travel",
                                                            "life_service"])]}),
        Example("five content categories", fires=False,
                changes={"apps": [_mini(content_categories=["tools", "news", "education", "shopping", "travel"])]}),
        Example("six entries of which two repeat: five distinct", fires=False,
                changes={"apps": [_mini(content_categories=["tools", "news", "education", "shopping", "travel",
                                                            "tools"])]}),
        Example("two news pre-approvals", fires=True, paths=("apps[0].pre_approvals",),
                changes={"apps": [_mini(pre_approvals=[_APPROVAL, {**_APPROVAL, "number": "浙新出〔2026〕2号"}])]}),
        Example("one news pre-approval", fires=False, changes={"apps": [_mini(pre_approvals=[_APPROVAL])]}),
        Example("a remark of 19 characters", fires=True, paths=("apps[0].remark",),
                changes={"apps": [_mini(remark="本小程序提供在线预约服务不涉及前置审批")]}),
        Example("a remark of 20 characters, spaces around it", fires=False,
                changes={"apps": [_mini(remark="  本小程序提供在线预约服务不涉及前置审批内  ")]}),
        Example("a remark of 200 characters", fires=False, changes={"apps": [_mini(remark="预" * 200)]}),
        Example("a remark of 201 characters", fires=True, paths=("apps[0].remark",),
                changes={"apps": [_mini(remark="预" * 201)]}),
        Example("a blank remark is not given", fires=False, changes={"apps": [_mini(remark=" ")]}),
        Example("11 'other' files for the mini-program", fires=True, paths=("attachments[10]",),
                changes={"apps": [_mini()], "attachments": _files("other", "apps[0]", 11)}),
        Example("10 'other' files for the mini-program and 10 for the entity", fires=False,
                changes={"apps": [_mini()],
                         "attachments": [*_files("other", "apps[0]", 10), *_files("other", "entity", 10)]}),
        Example("11 'other' files for the entity", fires=True, paths=("attachments[10]",),
                changes={"apps": [_mini()], "attachments": _files("other", "entity", 11)}),
        Example("11 'other' files without `for` fill no slot", fires=False,
                changes={"apps": [_mini()], "attachments": _files("other", None, 11)}),
        Example("two promise videos for the mini-program", fires=True, paths=("attachments[1]",),
                changes={"apps": [_mini()], "attachments": _files("promise_video", "apps[0]", 2)}),
        Example("a promise video for the mini-program and one for the entity", fires=False,
                changes={"apps": [_mini()], "attachments": [_file("promise_video", "apps[0]"),
                                                            _file("promise_video", "entity", 1)]}),
        Example("two name-change certificates for the entity", fires=True, paths=("attachments[1]",),
                changes={"apps": [_mini()], "attachments": _files("name_change_certificate", "entity", 2)}),
        Example("two photos holding the ID for the mini-program's principal", fires=True, paths=("attachments[1]",),
                changes={"apps": [_mini(principal=own("entity.principal"))],
                         "attachments": _files("holding_id_photo", "apps[0].principal", 2)}),
        Example("a photo for the entity principal and one for the mini-program's principal, one person", fires=False,
                changes={"apps": [_mini(principal=own("entity.principal"))],
                         "attachments": [_file("holding_id_photo", "entity.principal"),
                                    _file("holding_id_photo", "apps[0].principal", 1)]}),
        Example("two limits broken: two reasons", fires=True, count=2,
                paths=("apps[0].content_categories", "apps[0].remark"),
                changes={"apps": [_mini(remark="太短", content_categories=["tools", "news", "education", "shopping",
                                                                         "travel", "life_service"])]}),
        Example("platform written WeChat", fires=True, paths=("apps[0].remark",),
                changes={"apps": [_mini(platforms=[" WeChat "], remark="太短")]}),
        Example("a Douyin mini-program is not judged", fires=False,
                changes={"apps": [_mini(platforms=["douyin"], remark="太短")]}),
        Example("a native APP is not judged", fires=False, changes={"apps": [_app(remark="太短")]}),
        Example("a new access is not judged", fires=False, changes={**_ACCESS, "apps": [_mini(remark="太短")]}),
        Example("an approved filing is not judged", fires=False, changes={**_APPROVED, "apps": [_mini(remark="太短")]}),
    ),
)

# -- DOMAIN_RESOLUTION_NOT_PROVIDER -------------------------------------------------------------------------------

_IP = "203.0.113.10"
_IPS = [{"ip": _IP, "at_provider": True, "region": "ZJ"}]
_RESOLVES = "websites[0].domain_details[0].resolves_to"


def _resolves(addresses: list[str] | None, ips: list[dict[str, object]] | None = None) -> dict[str, object]:
    return {**_APPROVED, "websites[0].ips": _IPS if ips is None else ips,
            "websites[0].domain_details": [{"domain": "example-tech.cn", "resolves_to": addresses,
                                            "resolved_on": "2026-11-27"}]}


DOMAIN_RESOLUTION_NOT_PROVIDER = Rule(
    code="DOMAIN_RESOLUTION_NOT_PROVIDER",
    kind="rectification",
    modes=_AUDITS,
    conditions=any_of(*(when(fact("domain_resolution", "r", problem=problem))
                        for problem in ("no_address", "not_filed_ip", "not_at_provider", "outside_mainland"))),
    paths=(Ref("r", "path"),),
    evidence={"name": Ref("r", "name"), "domain": Ref("r", "domain"), "address": Ref("r", "address"),
              "problem": Ref("r", "problem"), "resolved_on": Ref("r", "resolved_on")},
    message=Text(
        zh="已备案网站“{name}”的域名 {domain} {problem:resolution_problem}。",
        en="The domain {domain} of the filed website {name} {problem:resolution_problem}.",
    ),
    remedy=Text(
        zh="请将域名解析到本接入商为该网站备案的境内接入IP；已更换服务器的，请变更备案的接入信息；网站不再使用的，请注销网站或"
           "取消接入。",
        en="Point the domain to the mainland server address filed with this provider; if the server changed, "
           "update the filed access data; if the site is no longer used, cancel the website or its access.",
    ),
    doc=Doc(
        what="On an approved filing (audits only), a `websites[i].domain_details[j]` whose `domain` is a host "
             "(W9) gives `resolves_to`: (a) empty (`[]`: looked up, no address; path `…resolves_to`); or an "
             "address `resolves_to[k]` that (b) is none of the website's `ips[].ip` (compared as IP addresses), "
             "(c) whose `ips` entry has `region` `outside_mainland`, or (d) whose entry has `at_provider` "
             "`false` (one problem per address, in this order). One reason per address. Silent: `resolves_to` "
             "absent or null (not looked up); (b)–(d) when the website gives no `ips` (the filed addresses are "
             "not known: only (a) is judged); an entry whose `at_provider` and `region` are not given; APPs' "
             "domains (the row names website domains); orders (SITE_LIVE_BEFORE_APPROVAL reads `resolves_to` "
             "there). Reading: a website without `ips` has no filed address to compare with, so (b) stays "
             "silent rather than finding every address foreign — the reading that rejects less.",
        why="Providers' audits check that a filed domain resolves to the provider's filed mainland address; a "
            "domain without DNS records, resolving abroad or to another server is a rectification finding "
            "(HW-S7, HW-ERR 5.1–5.2, TC-CHECK).",
        fix="Point DNS at the filed address, change the filed address, or cancel the access.",
        sources=("HW-S7", "HW-ERR(5.1, 5.2)", "TC-CHECK", "HONGXIN-3P"),
        zh=DocZh(
            what="对已备案的（仅限核查），`websites[i].domain_details[j]` 的 `domain` 为主机名（W9），且给出的 "
                 "`resolves_to`：(a) 为空（`[]`：已查询，无地址；路径 `…resolves_to`）；或其中某个地址 "
                 "`resolves_to[k]`：(b) 不是该网站任何一个 `ips[].ip`（按IP地址比较），(c) 其 `ips` 条目的 `region` 为 "
                 "`outside_mainland`，或 (d) 其条目的 `at_provider` 为 `false`（每个地址只报一个问题，按此顺序）。"
                 "每个地址一条原因。不触发：`resolves_to` 缺失或为 null（未查询）；网站未给出 `ips` 时的 (b)–(d)"
                 "（备案的地址未知：只判断 (a)）；`at_provider` 和 `region` 均未给出的条目；APP的域名"
                 "（该行只提网站域名）；订单（在订单中由 SITE_LIVE_BEFORE_APPROVAL 读取 `resolves_to`）。解读：没有 "
                 "`ips` 的网站没有可比较的备案地址，因此 (b) 不触发，而不是把每个地址都判为外部地址——"
                 "这是驳回更少的读法。",
            why="接入商会核查已备案的域名是否解析到接入商备案的境内地址；没有DNS记录、解析到境外或其他服务器的域名属于"
                "整改项（HW-S7、HW-ERR 5.1–5.2、TC-CHECK）。",
            fix="将DNS解析指向备案的地址、变更备案的地址，或取消接入。",
        ),
    ),
    examples=(
        Example("resolves to the filed address", fires=False, changes=_resolves([_IP])),
        Example("looked up, no address", fires=True, paths=(_RESOLVES,), changes=_resolves([])),
        Example("not looked up", fires=False, changes=_resolves(None)),
        Example("resolves to another address", fires=True, paths=(f"{_RESOLVES}[0]",),
                changes=_resolves(["198.51.100.7"])),
        Example("the filed address and another: one reason", fires=True, paths=(f"{_RESOLVES}[1]",),
                changes=_resolves([_IP, "198.51.100.7"])),
        Example("an IPv6 address written in full equals its compressed form", fires=False,
                changes=_resolves(["2001:db8::1"], [{"ip": "2001:0db8:0000:0000:0000:0000:0000:0001",
                                                      "at_provider": True}])),
        Example("the filed address is outside the mainland", fires=True, paths=(f"{_RESOLVES}[0]",),
                changes=_resolves([_IP], [{"ip": _IP, "region": "outside_mainland"}])),
        Example("the filed address is not the provider's", fires=True, paths=(f"{_RESOLVES}[0]",),
                changes=_resolves([_IP], [{"ip": _IP, "at_provider": False}])),
        Example("the filed address with nothing known about it", fires=False,
                changes=_resolves([_IP], [{"ip": _IP}])),
        Example("no filed addresses: another address is not judged", fires=False,
                changes=_resolves(["198.51.100.7"], [])),
        Example("no filed addresses: no address at all still is", fires=True, paths=(_RESOLVES,),
                changes=_resolves([], [])),
        Example("an order is not judged", fires=False,
                changes={**_resolves([]), "order.status": "draft", "entity.filing_number": None,
                         "websites[0].filing_number": None}),
    ),
)

# -- ACCESS_WHERE_SERVER_IS ---------------------------------------------------------------------------------------


def _ips(*entries: dict[str, object]) -> dict[str, object]:
    return {"websites[0].ips": list(entries)}


_HERE = {"ip": _IP, "at_provider": True, "region": "ZJ"}
_ELSEWHERE = {"ip": "198.51.100.7", "at_provider": False, "region": "ZJ"}
_ABROAD = {"ip": "192.0.2.8", "at_provider": True, "region": "outside_mainland"}

ACCESS_WHERE_SERVER_IS = Rule(
    code="ACCESS_WHERE_SERVER_IS",
    kind="rejection",
    conditions=when(fact("server_location", "s", wrong_place=True)),
    paths=(Ref("s", "path"),),
    evidence={"name": Ref("s", "name"), "ips": Ref("s", "ips"), "problem": Ref("s", "problem")},
    message=Text(
        zh="网站“{name}”{problem:server_location}。",
        en="The website {name} {problem:server_location}.",
    ),
    remedy=Text(
        zh="请在实际提供服务器的接入商处办理备案（谁接入谁备案），或将网站迁移到本接入商的境内服务器并填写其IP；只使用境外服务器"
           "的网站无需备案，请撤回本单。",
        en="File with the provider whose servers host the site (the one that gives access files it), or move the "
           "site to this provider's mainland servers and enter their addresses; a site served only from outside "
           "the mainland needs no filing: withdraw the order.",
    ),
    doc=Doc(
        what="A website gives `ips` and (a) every entry has `region` `outside_mainland` (境外, Hong Kong, Macao "
             "and Taiwan included: no filing here), or else (b) every entry has `at_provider` `false` (file with "
             "the provider that hosts it). One reason per website, path `websites[i].ips`; (a) is named when "
             "both hold. An entry whose value is not given is neither: the clause is silent unless every entry "
             "says so. Orders and approved filings (a rectification there); silent on cancellations (a site "
             "being cancelled is not filed anew). Where this fires, ACCESS_IP_NOT_PROVIDER is not reported for "
             "the website. Reading: cancellation orders are not judged — the reading that rejects less.",
        why="\"谁接入谁备案\": a site is filed with the access provider whose mainland servers host it; a site "
            "hosted elsewhere is filed there, and one served only from abroad needs and allows no filing "
            "(TC-CAN, HW-RULES).",
        fix="File with the hosting provider, move the site here, or withdraw the order.",
        sources=("TC-CAN", "HW-RULES"),
        zh=DocZh(
            what="网站给出了 `ips`，且 (a) 所有条目的 `region` 均为 `outside_mainland`（境外，含港澳台：不在此备案），"
                 "或者 (b) 所有条目的 `at_provider` 均为 `false`（应到托管网站的接入商处备案）。每个网站一条原因，路径 "
                 "`websites[i].ips`；两者都成立时报 (a)。未给出该值的条目两者都不算：除非每个条目都如此表明，"
                 "否则该条款不触发。适用于订单和已备案的（已备案的为整改）；注销类订单不触发"
                 "（正在注销的网站不会重新备案）。本规则触发时，不再对该网站报告 ACCESS_IP_NOT_PROVIDER。解读："
                 "注销类订单不作判断——这是驳回更少的读法。",
            why="“谁接入谁备案”：网站在其境内服务器所在的接入商处备案；托管在别处的网站在别处备案，"
                "只由境外提供服务的网站既无需也不能备案（TC-CAN、HW-RULES）。",
            fix="在托管网站的接入商处备案、将网站迁移到本接入商，或撤回订单。",
        ),
    ),
    examples=(
        Example("every address is another provider's", fires=True, paths=("websites[0].ips",),
                changes=_ips(_ELSEWHERE, {**_ELSEWHERE, "ip": "198.51.100.8"})),
        Example("one address is ours", fires=False, changes=_ips(_ELSEWHERE, _HERE)),
        Example("one address unknown", fires=False, changes=_ips(_ELSEWHERE, {"ip": "198.51.100.8"})),
        Example("every address outside the mainland", fires=True, paths=("websites[0].ips",),
                changes=_ips(_ABROAD)),
        Example("abroad and at another provider: one reason", fires=True, paths=("websites[0].ips",),
                changes=_ips({**_ABROAD, "at_provider": False})),
        Example("one address abroad, one here", fires=False, changes=_ips(_ABROAD, _HERE)),
        Example("no addresses given", fires=False),
        Example("the second website", fires=True, paths=("websites[1].ips",),
                changes={"websites": [own("websites[0]"), {"name": "示例商城", "domains": ["example-shop.cn"],
                                                            "content_categories": ["company_homepage"],
                                                            "ips": [_ABROAD]}]}),
        Example("an access order", fires=True, paths=("websites[0].ips",), changes={**_ACCESS, **_ips(_ELSEWHERE)}),
        Example("an approved filing (rectification)", fires=True, paths=("websites[0].ips",),
                changes={**_APPROVED, **_ips(_ELSEWHERE)}),
        Example("a cancellation is not judged", fires=False,
                changes={"order.type": "cancel_access", "entity.filing_number": "浙ICP备2023000777号",
                         "websites[0].filing_number": "浙ICP备2023000777号-1", **_ips(_ELSEWHERE)}),
    ),
)

# -- ACCESS_IP_NOT_PROVIDER ---------------------------------------------------------------------------------------

ACCESS_IP_NOT_PROVIDER = Rule(
    code="ACCESS_IP_NOT_PROVIDER",
    kind="rejection",
    conditions=when(fact("server_address", "a", alone=True)),
    paths=(Ref("a", "path"),),
    evidence={"name": Ref("a", "name"), "ip": Ref("a", "ip")},
    message=Text(
        zh="网站“{name}”的接入IP {ip} 不属于本接入商的IP地址段；备案的接入IP须为接入商的地址。",
        en="The server address {ip} of the website {name} is not in this access provider's address space; the "
           "filed addresses must be the provider's.",
    ),
    remedy=Text(
        zh="请删除该IP或改填本接入商分配给该网站的IP地址；网站同时使用其他接入商的服务器的，须在那家接入商处另行接入备案。",
        en="Remove the address or enter the one this provider assigned to the site; servers at another provider "
           "need an access filing with that provider.",
    ),
    doc=Doc(
        what="An entry `websites[i].ips[k]` has `at_provider` `false`, and ACCESS_WHERE_SERVER_IS does not fire "
             "for that website (some entry is the provider's, outside the mainland only in part, or not known). "
             "One reason per entry, path `websites[i].ips[k]`. Orders and approved filings (a rectification "
             "there); silent on cancellations and where `at_provider` is not given. Not checked: TJ's remark "
             "for addresses in several provinces (TC-TJ-3P; no row). Reading: cancellation orders are not "
             "judged, as for ACCESS_WHERE_SERVER_IS.",
        why="The filed server addresses must belong to the access provider's mainland address space "
            "(HW-SPECIAL, TC-TJ-3P).",
        fix="Use the provider's addresses.",
        sources=("HW-SPECIAL", "TC-TJ-3P"),
        zh=DocZh(
            what="条目 `websites[i].ips[k]` 的 `at_provider` 为 `false`，且 ACCESS_WHERE_SERVER_IS 对该网站不触发"
                 "（有条目属于本接入商、只有部分在境外，或情况未知）。每个条目一条原因，路径 `websites[i].ips[k]`。"
                 "适用于订单和已备案的（已备案的为整改）；注销类订单及未给出 `at_provider` 时不触发。不检查：天津（TJ）"
                 "对多省地址的备注要求（TC-TJ-3P；无对应行）。解读：与 ACCESS_WHERE_SERVER_IS 相同，"
                 "注销类订单不作判断。",
            why="备案的服务器地址须属于接入商的境内IP地址段（HW-SPECIAL、TC-TJ-3P）。",
            fix="使用本接入商的IP地址。",
        ),
    ),
    examples=(
        Example("one address of two is another provider's", fires=True, paths=("websites[0].ips[1]",),
                changes=_ips(_HERE, _ELSEWHERE)),
        Example("both addresses are ours", fires=False, changes=_ips(_HERE, {**_HERE, "ip": "203.0.113.11"})),
        Example("another provider's address beside an unknown one", fires=True, paths=("websites[0].ips[0]",),
                changes=_ips(_ELSEWHERE, {"ip": "198.51.100.8"})),
        Example("every address another provider's: ACCESS_WHERE_SERVER_IS's", fires=False,
                changes=_ips(_ELSEWHERE, {**_ELSEWHERE, "ip": "198.51.100.8"})),
        Example("every address abroad, one of them at another provider: ACCESS_WHERE_SERVER_IS's", fires=False,
                changes=_ips(_ABROAD, {**_ABROAD, "ip": "192.0.2.9", "at_provider": False})),
        Example("two foreign-provider addresses beside ours: two reasons", fires=True, count=2,
                paths=("websites[0].ips[1]", "websites[0].ips[2]"),
                changes=_ips(_HERE, _ELSEWHERE, {**_ELSEWHERE, "ip": "198.51.100.8"})),
        Example("at_provider not given", fires=False, changes=_ips(_HERE, {"ip": "198.51.100.8"})),
        Example("an approved filing (rectification)", fires=True, paths=("websites[0].ips[1]",),
                changes={**_APPROVED, **_ips(_HERE, _ELSEWHERE)}),
        Example("a cancellation is not judged", fires=False,
                changes={"order.type": "cancel_website", "entity.filing_number": "浙ICP备2023000777号",
                         "websites[0].filing_number": "浙ICP备2023000777号-1", **_ips(_HERE, _ELSEWHERE)}),
    ),
)

RULES = (APP_ICON_RULES, APP_DOMAIN_LEVEL, MINIPROGRAM_FIELD_LIMITS, DOMAIN_RESOLUTION_NOT_PROVIDER,
         ACCESS_WHERE_SERVER_IS, ACCESS_IP_NOT_PROVIDER)
