"""Shared material of the client-adapter tests: the worked examples of CLIENTS.md §6 and their caller answers."""

import copy
import json
from pathlib import Path

from beianrules.clients import Reading, douyin, wechat

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "clients"
SPEC = ROOT.parent / "shared" / "spec" / "CLIENTS.md"
AS_OF = "2026-11-28"


def load(client, name):
    return json.loads((EXAMPLES / client / f"{name}.json").read_text(encoding="utf-8"))


def tables(client):
    return (wechat if client == "wechat" else douyin).load_code_tables(EXAMPLES / client / "code_tables")


WECHAT_FACTS = {
    "order.id": "WX-QT-20261128-01", "order.type": "new_filing", "order.status": "draft", "order.commercial": False,
    "apps[0].name": "青藤生活缴费助手", "apps[0].app_id": "wx3f7a9c21b8e04d65",
}
WECHAT_TASKS = {"R5PqRPNb6GmG3i0rqd4pTg": Reading({"errcode": 0, "is_finish": True, "face_status": 3}, "2026-11-27")}
MINIMAL_WECHAT_FACTS = {"order.type": "new_filing", "order.status": "draft", "apps[0].name": "青藤生活缴费助手"}


def douyin_facts():
    expected = load("douyin", "expected")
    return {
        "order.id": "DY-RJ-20261128-01", "order.type": "new_filing", "order.status": "draft",
        "order.commercial": False,
        "entity.business_registration": expected["entity"]["business_registration"],
        "entity.legal_representative": expected["entity"]["legal_representative"],
        "apps[0].name": "蓉锦非遗手作课", "apps[0].app_id": "tt8a3f5c1e07b24d96",
        "apps[0].principal.name": "赵敏", "apps[0].principal.nationality": "CN",
        "apps[0].principal.id_document": {"type": "resident_id", "number": "510107199204093423"},
    }


DOUYIN_FACE = {"result": "matched", "on": "2026-11-27"}
MINIMAL_DOUYIN_FACTS = {"order.type": "new_filing", "order.status": "draft", "apps[0].name": "蓉锦非遗手作课"}


def adapt_wechat(request=None, facts=None, **kwargs):
    request = load("wechat", "request") if request is None else request
    kwargs.setdefault("as_of", AS_OF)
    return wechat.adapt(request, code_tables=tables("wechat"), facts=WECHAT_FACTS if facts is None else facts,
                        **kwargs)


def adapt_douyin(request=None, facts=None, **kwargs):
    request = load("douyin", "request") if request is None else request
    kwargs.setdefault("as_of", AS_OF)
    return douyin.adapt(request, code_tables=tables("douyin"), facts=douyin_facts() if facts is None else facts,
                        **kwargs)


def normal(value):
    """Absent ≡ null ≡ [] (FORMAT), so a document compares field by field whatever its key order."""
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [normal(v) for v in value]
    return value


def changed(request, path, value):
    """A copy of a request with one dotted path set (None removes it)."""
    from beianrules.clients._common import steps
    copy_ = copy.deepcopy(request)
    chain = steps(path)
    target = copy_
    for step in chain[:-1]:
        target = target[step]
    if value is None:
        target.pop(chain[-1], None)
    else:
        target[chain[-1]] = value
    return copy_


def request_has(request, path):
    """Does the request (or its status/verify responses) hold ``path``? ``""`` is the request as a whole."""
    from beianrules.clients._common import get
    return path == "" or get(request, path) is not None


def assert_round_trip(adapted, request, facts, engine="python"):
    """Every path of a report on the adapted document maps to a request field or to a fact the caller supplied
    (issue 10, point 5), and the translated report says exactly that. Returns the translated report."""
    import beianrules
    raw = beianrules.check(adapted.document, engine=engine)
    translated = adapted.translate_report(raw)
    for reason in raw.reasons:
        for path in reason.paths:
            origin = adapted.origin(path)
            assert origin is not None, (reason.code, path)
            if origin.kind == "request":
                assert request_has(request, origin.path), (reason.code, path, origin)
            elif origin.kind == "fact":
                assert origin.path in facts, (reason.code, path, origin)
            else:
                assert origin.path.startswith("getIcpEntranceInfo"), (reason.code, path, origin)
    assert {(r.code, tuple(dict.fromkeys(adapted.translate(p) for p in r.paths))) for r in raw.reasons} == {
        (r.code, r.paths) for r in translated.reasons}
    return translated
