"""W9 domains (beianrules.reference.domains): hosts, U-form, public suffix, registrable domain, TLD, domain keys."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest
import requests
import tldextract

from beianrules.reference import domains
from beianrules.reference.domains import (
    domain_key,
    has_subdomain,
    host,
    public_suffix,
    registrable_domain,
    tld,
    u_form,
)

# ---- host ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("example.com", "example.com"),
        ("  Example.COM ", "example.com"),
        ("ＷＷＷ．Ｅｘａｍｐｌｅ．ｃｏｍ", "www.example.com"),  # NFKC: full-width letters and full stop
        ("example.com.", "example.com"),                      # one trailing dot removed
        ("example.com..", "example.com."),                    # only one
        ("例子.中国", "例子.中国"),
        ("XN--FSQU00A.XN--FIQS8S", "xn--fsqu00a.xn--fiqs8s"),
        ("\u3000example.com\u3000", "example.com"),           # the ideographic space is trimmed
    ],
)
def test_host_normalises(text: str, expected: str) -> None:
    assert host(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        ".",
        "http://example.com",
        "example.com/path",
        "example.com／path",   # a full-width solidus is "/" after NFKC
        "example.com:8080",
        "[2001:db8::1]",
        "user@example.com",
        "example.com www.example.com",
        "example\tcom",
        "exa\u3000mple.com",   # the ideographic space is a space after NFKC
    ],
)
def test_text_with_a_slash_colon_at_or_white_space_is_not_a_host(text: str | None) -> None:
    assert host(text) is None
    assert domain_key(text) is None


# ---- u_form ----------------------------------------------------------------------------------------------------

def test_u_form_decodes_every_xn_label() -> None:
    assert u_form("www.xn--fsqu00a.xn--fiqs8s") == "www.例子.中国"
    assert u_form("xn--bcher-kva.example") == "bücher.example"
    assert u_form("example.xn--55qx5d.cn") == "example.公司.cn"


def test_u_form_keeps_labels_that_do_not_decode() -> None:
    assert u_form("xn--ls8h.com") == "xn--ls8h.com"  # an emoji label: IDNA 2008 forbids it
    assert u_form("xn--.com") == "xn--.com"          # no Punycode at all
    assert u_form("www.xn--ls8h.xn--fiqs8s") == "www.xn--ls8h.中国"


def test_u_form_leaves_other_labels_alone() -> None:
    assert u_form("www.example.com") == "www.example.com"
    assert u_form("例子.中国") == "例子.中国"


# ---- registrable_domain / public_suffix ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("host_text", "registrable", "suffix"),
    [
        ("www.example.com.cn", "example.com.cn", "com.cn"),
        ("example.com.cn", "example.com.cn", "com.cn"),
        ("blog.example.com.cn", "example.com.cn", "com.cn"),
        ("www.example.com", "example.com", "com"),
        ("a.b.example.co.uk", "example.co.uk", "co.uk"),
        ("www.example.gov.cn", "example.gov.cn", "gov.cn"),
        ("example.org.cn", "example.org.cn", "org.cn"),
        ("example.bj.cn", "example.bj.cn", "bj.cn"),
        ("www.例子.中国", "例子.中国", "中国"),
        ("www.xn--fsqu00a.xn--fiqs8s", "例子.中国", "中国"),       # compared in U-form
        ("example.xn--zfr164b", "example.政务", "政务"),
        ("example.公益", "example.公益", "公益"),
        ("x.example.github.io", "github.io", "io"),               # private section: not a suffix here
        ("a.b.example.blogspot.com", "blogspot.com", "com"),
    ],
)
def test_registrable_domain_and_public_suffix(host_text: str, registrable: str, suffix: str) -> None:
    assert registrable_domain(host_text) == registrable
    assert public_suffix(host_text) == suffix


@pytest.mark.parametrize(
    "host_text",
    [
        "192.0.2.1",            # an IP address
        "10.0.0.1",
        "example.invalidtld",   # no known suffix
        "localhost",
        "com.cn",               # a bare public suffix: nothing registrable
        "cn",
        "a..com",               # an empty label
        "example.com.",         # not a host (host() removes the dot): tldextract would drop it silently
        "例子。中国",            # 。 is no label separator in W9
        "http://example.com",   # not a host: tldextract would find example.com in the URL
        "example.com?x",
        "",
    ],
)
def test_unknown_registrable_domain_and_suffix(host_text: str) -> None:
    assert registrable_domain(host_text) is None
    assert public_suffix(host_text) is None
    assert has_subdomain(host_text) is None


# ---- tld -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("host_text", "expected"),
    [
        ("example.org.cn", "cn"),     # NX's .org row must not see .org.cn
        ("example.org", "org"),
        ("www.example.com", "com"),
        ("例子.xn--fiqs8s", "中国"),   # U-form
        ("example.政务", "政务"),
        ("example.invalidtld", "invalidtld"),  # named even when the suffix list does not know it
        ("xn--ls8h.xn--ls8h", "xn--ls8h"),
    ],
)
def test_tld_is_the_last_label_in_u_form(host_text: str, expected: str) -> None:
    assert tld(host_text) == expected


@pytest.mark.parametrize("host_text", ["192.0.2.1", "999.999.999.999", "example.", "", "a/b.com", "example.com:80"])
def test_an_ip_address_or_a_non_host_has_no_tld(host_text: str) -> None:
    assert tld(host_text) is None


# ---- has_subdomain ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("host_text", "expected"),
    [
        ("www.example.com", True),
        ("blog.example.com.cn", True),
        ("www.xn--fsqu00a.xn--fiqs8s", True),
        ("example.com", False),
        ("example.com.cn", False),
        ("xn--fsqu00a.xn--fiqs8s", False),   # A-form compared in U-form: 例子.中国 is registrable
        ("www.gov.cn", False),               # gov.cn is a suffix: www.gov.cn is the registrable domain
    ],
)
def test_has_subdomain(host_text: str, expected: bool) -> None:
    assert has_subdomain(host_text) is expected


# ---- domain_key ------------------------------------------------------------------------------------------------

def test_domain_key_is_the_registrable_domain_of_the_host() -> None:
    assert domain_key("www.example.com.cn") == "example.com.cn"
    assert domain_key("EXAMPLE.com.cn.") == "example.com.cn"
    assert domain_key("example.com") == domain_key("www.example.com") == "example.com"
    assert domain_key("ｗｗｗ．例子．中国") == domain_key("xn--fsqu00a.xn--fiqs8s") == "例子.中国"


@pytest.mark.parametrize("text", ["192.0.2.1", "example.invalidtld", "com.cn", "http://www.example.com/", None, ""])
def test_unknown_hosts_have_no_domain_key(text: str | None) -> None:
    assert domain_key(text) is None


# ---- offline: no network, no cache -----------------------------------------------------------------------------

PUBLIC_SUFFIX_LIST_URL = "https://publicsuffix.org/list/public_suffix_list.dat"


class NetworkAccess(AssertionError):
    pass


def _refuse_network(*args: object, **kwargs: object) -> NoReturn:
    raise NetworkAccess(f"network access attempted: {args!r} {kwargs!r}")


@pytest.fixture
def offline_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty HOME and cache directory, and every way to the network refused."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(home / "tldextract-cache"))
    # An explicit suffix_list_urls=() must win over the environment's URL list too.
    monkeypatch.setenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", PUBLIC_SUFFIX_LIST_URL)
    monkeypatch.setattr(socket.socket, "connect", _refuse_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse_network)
    monkeypatch.setattr(socket, "create_connection", _refuse_network)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse_network)
    monkeypatch.setattr(requests.Session, "send", _refuse_network)
    return home


def test_the_network_guard_catches_a_default_tldextract() -> None:
    # The guard of the next test bites: a TLDExtract given a URL tries to fetch the list.
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(requests.Session, "send", _refuse_network)
        with pytest.raises(NetworkAccess):
            tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(PUBLIC_SUFFIX_LIST_URL,))("www.example.com")


def test_the_suffix_list_is_read_offline_and_no_cache_is_written(offline_home: Path) -> None:
    home = offline_home
    package_cache = Path(tldextract.__file__).parent / ".suffix_cache"
    package_cache_existed = package_cache.exists()

    domains._extractor.cache_clear()  # a fresh TLDExtract, built under the patches above
    domains._extract.cache_clear()  # and no host answered from an earlier test's look-up
    try:
        assert domain_key("www.example.com.cn") == "example.com.cn"
        assert public_suffix("www.xn--fsqu00a.xn--fiqs8s") == "中国"
        assert registrable_domain("192.0.2.1") is None
        assert domains._extractor.cache_info().currsize == 1
    finally:
        domains._extractor.cache_clear()  # later tests build their own, outside the patches

    assert list(home.rglob("*")) == []
    assert package_cache.exists() == package_cache_existed


def test_one_extractor_is_shared() -> None:
    assert domains._extractor() is domains._extractor()


def test_importing_the_module_builds_no_extractor() -> None:
    # A fresh interpreter: importing must neither build the extractor nor read the suffix list.
    code = (
        "import beianrules.reference.domains as d, sys; "
        "sys.exit(0 if d._extractor.cache_info().currsize == 0 else 1)"
    )
    environment = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    repository = Path(__file__).resolve().parents[1]
    completed = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, cwd=repository, check=False
    )
    assert completed.returncode == 0, completed.stderr
