"""Nothing of another entity reaches a report, also when registry documents carry format 1.1's crawl results and
company-registry snapshots (issue 9, part 3): only the checked entity's own data may appear in its report."""

import json
from pathlib import Path

import pytest

import beianrules
from beianrules.examples import apply_changes, base_document, other_entity_document

FORMAT_11 = json.loads((Path(__file__).resolve().parents[1] / "examples" / "format-1.1.json").read_text("utf-8"))

# Another entity's filing, sharing the checked order's mobile (a cross-filing finding), with a crawl of its site
# and a snapshot of its company registration taken from the 1.1 example, then made its own.
_OTHER = other_entity_document("ZJ")
_SECRETS = {
    "registered name": "杭州他方贸易股份有限公司（登记名）",
    "registered legal representative": "赵他方",
    "registered address": "浙江省杭州市上城区他方路99号",
    "business scope": "他方专属的经营范围：仓储服务",
    "former name": "杭州他方旧名有限公司",
    "crawled title": "他方贸易 - 首页（抓取）",
    "displayed filing number": "浙ICP备2023000777号-9",
    "displayed PSB number": "浙公网安备33010202099999号",
}


def _registry_document():
    registration = {**FORMAT_11["entity"]["business_registration"],
                    "name": _SECRETS["registered name"], "uscc": _OTHER["entity"]["certificate"]["number"],
                    "legal_representative": _SECRETS["registered legal representative"],
                    "address": _SECRETS["registered address"], "business_scope": _SECRETS["business scope"],
                    "former_names": [_SECRETS["former name"]]}
    observed = {**FORMAT_11["websites"][0]["observed"], "url": "https://other-trade.cn/",
                "title": _SECRETS["crawled title"], "displayed_filing_number": _SECRETS["displayed filing number"],
                "displayed_psb_number": _SECRETS["displayed PSB number"]}
    return apply_changes(_OTHER, {
        "format_version": FORMAT_11["format_version"],
        "entity.business_registration": registration,
        "websites[0].observed": observed,
        "entity.principal.mobile": base_document("ZJ")["entity"]["principal"]["mobile"],
    })


@pytest.mark.parametrize("engine_name", ["python", "durable"])
def test_crawl_results_and_registry_snapshots_of_other_entities_never_reach_the_report(engine_name):
    from beianrules import engine
    if engine_name == "durable" and not engine.AVAILABLE:
        pytest.skip("durable-rules is not installed")
    report = beianrules.check(base_document("ZJ"), registry=[_registry_document()], engine=engine_name)
    assert "CONTACT_PHONE_USED_BY_OTHER_ENTITY" in report.codes  # the registry document was read
    text = report.to_json() + report.to_text("zh") + report.to_text("en")
    for what, secret in _SECRETS.items():
        assert secret not in text, what
    for secret in (_OTHER["entity"]["name"], _OTHER["entity"]["certificate"]["number"],
                   _OTHER["entity"]["principal"]["name"], _OTHER["entity"]["principal"]["email"]):
        assert secret not in text
