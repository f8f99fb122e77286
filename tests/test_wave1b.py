"""Issue 8's acceptance: the order that came back acceptable before wave 1b, checked with no network at all."""

import socket

import pytest

import beianrules
from beianrules import engine
from beianrules.examples import apply_changes, base_document, other_entity_document


def _hebei_order():
    """A domain registered to another company, expiring in 3 days, real-name verified yesterday; a site named
    'abc'; a www. host as the filed domain (Hebei: 3 months of validity, unit or legal representative as holder)."""
    return apply_changes(base_document("HE"), {
        "websites[0].name": "abc",
        "websites[0].domains": ["www.example-tech.cn"],
        "websites[0].domain_details": [{
            "domain": "example-tech.cn", "registrant": other_entity_document("HE")["entity"]["name"],
            "expires_on": "2026-12-01", "real_name_verified_on": "2026-11-27"}],  # as_of 2026-11-28
    })


@pytest.fixture
def no_network(monkeypatch):
    """Every connection attempt fails, as with the network unplugged; a rule that tried one would raise."""
    def unplugged(*args, **kwargs):
        raise OSError("network unreachable (test)")
    monkeypatch.setattr(socket.socket, "connect", unplugged)
    monkeypatch.setattr(socket, "create_connection", unplugged)
    monkeypatch.setattr(socket, "getaddrinfo", unplugged)


@pytest.mark.parametrize("engine_name", ["python", "durable"])
def test_the_order_reports_each_of_its_five_problems(engine_name, no_network):
    if engine_name == "durable" and not engine.AVAILABLE:
        pytest.skip("durable-rules is not installed")
    report = beianrules.check(_hebei_order(), engine=engine_name)
    found = {(r.code, r.paths, r.severity) for r in report.reasons}
    assert found == {
        ("DOMAIN_HOLDER_MISMATCH", ("websites[0].domain_details[0].registrant", "entity.name"), "error"),
        ("DOMAIN_EXPIRED_OR_SHORT", ("websites[0].domain_details[0].expires_on",), "error"),
        ("DOMAIN_NOT_REAL_NAME", ("websites[0].domain_details[0].real_name_verified_on",), "warning"),
        ("SITE_NAME_PURE_DIGITS_LETTERS", ("websites[0].name",), "error"),
        ("DOMAIN_SUBDOMAIN_FILING", ("websites[0].domains[0]",), "error"),
        # 'abc' also shares nothing with the company's name: a warning, as REASONS-WAVE1 grades it.
        ("SITE_NAME_UNRELATED_TO_ENTITY", ("websites[0].name", "entity.name"), "warning"),
    }
    assert not report.ok


def test_every_domain_rule_example_runs_without_network(no_network):
    from beianrules.examples import example_documents
    from beianrules.rulebook import domain_checks
    for rule in domain_checks.RULES:
        for example in rule.examples:
            document, registry = example_documents(rule, example)
            report = beianrules.check(document, registry=registry, engine="python")
            assert (rule.code in report.codes) == example.fires, (rule.code, example.title)
