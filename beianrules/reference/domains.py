"""Domain names of REASONS-WAVE1.md W9: hosts, U-form, public suffix, registrable domain, TLD, domain keys.

The Public Suffix List is the snapshot bundled with the installed ``tldextract``
(ICANN section only), read offline: the one extractor of this module is built
on first use with ``suffix_list_urls=()`` (never fetch the list) and
``cache_dir=None`` (never write a cache), so importing or calling this module
touches neither the network nor the file system. Which suffixes are known is
therefore fixed by the tldextract version the package pins. IDNA labels are
decoded with ``idna`` (UTS 46).

:func:`host` and :func:`domain_key` take the text of a ``domains[j]`` entry;
the other functions take a *host*, the result of :func:`host`. Given a text
that is not one (a URL, a text with ``/``, ``:``, ``@`` or white space),
:func:`registrable_domain`, :func:`public_suffix`, :func:`tld` and
:func:`has_subdomain` answer None (unknown) rather than guess which host is meant.
"""

from __future__ import annotations

import functools

import idna
import tldextract

from beianrules.reference.text import nfkc

__all__ = ["domain_key", "has_subdomain", "host", "public_suffix", "registrable_domain", "tld", "u_form"]

# W9: a text containing one of these (or white space) is a URL, an e-mail address, a host with
# a port or a list — not a host, so no domain row judges it and none counts it.
_NOT_IN_A_HOST = frozenset("/:@")

# tldextract 5.3 renamed ExtractResult.registered_domain (now deprecated, with a warning) to
# top_domain_under_public_suffix; the value is the same. Older releases only have the old name.
_HAS_TOP_DOMAIN_UNDER_PUBLIC_SUFFIX = hasattr(tldextract.ExtractResult, "top_domain_under_public_suffix")


def _is_host_text(text: str) -> bool:
    return bool(text) and not any(character in _NOT_IN_A_HOST or character.isspace() for character in text)


def host(text: str | None) -> str | None:
    """The W9 *host* of a ``domains[j]`` entry or a ``domain_details[j].domain``; None when the text is not a host.

    NFKC, trimmed, lower-cased, one trailing ``.`` removed (``ＷＷＷ.Example.COM.`` →
    ``www.example.com``). A text that is then empty, or contains ``/``, ``:``, ``@`` or white
    space, is not a host (``http://example.com``, ``example.com/path``, ``example.com:8080``,
    ``a.com b.com``). Labels are not otherwise checked: a host whose suffix is unknown simply
    has no registrable domain.
    """
    if text is None:
        return None
    candidate = nfkc(text).strip().lower().removesuffix(".")  # one trailing dot only (W9)
    return candidate if _is_host_text(candidate) else None


def _u_label(label: str) -> str:
    if not label.lower().startswith("xn--"):
        return label
    try:
        return idna.decode(label, uts46=True)
    except ValueError:  # idna.IDNAError and the punycode codec's UnicodeError: keep the label as written (W9)
        return label


def u_form(host: str) -> str:
    """The W9 *U-form* of ``host``: every ``xn--`` label decoded with ``idna.decode`` (UTS 46).

    ``www.xn--fsqu00a.xn--fiqs8s`` → ``www.例子.中国``. A label that does not decode (``xn--``,
    ``xn--ls8h``, whose emoji IDNA 2008 forbids) is kept as written; other labels are unchanged.
    """
    return ".".join(_u_label(label) for label in host.split("."))


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    """The module's one extractor, created on first use (W9): bundled snapshot, ICANN section, no fetch, no cache."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)


@functools.lru_cache(maxsize=8192)  # one check reads the same few hosts many times
def _extract(host: str) -> tuple[str, str] | None:
    """(public suffix, registrable domain) of ``host`` in U-form, or None when either is unknown (W9)."""
    if not _is_host_text(host):
        return None
    unicode_host = u_form(host)
    result = _extractor().extract_str(unicode_host)
    # tldextract reads its input leniently as a URL (it drops a scheme, path, port or trailing dots,
    # and splits at 。 and ．). If its parts do not spell the host back, it answered about another
    # text, so the host counts as unknown rather than as the domain tldextract found in it.
    if ".".join(part for part in (result.subdomain, result.domain, result.suffix) if part) != unicode_host:
        return None
    registrable = (
        result.top_domain_under_public_suffix if _HAS_TOP_DOMAIN_UNDER_PUBLIC_SUFFIX else result.registered_domain
    )
    # Empty: no known suffix (example.invalidtld), an IP address, or a bare public suffix (com.cn).
    if not registrable or not result.suffix:
        return None
    return result.suffix, registrable


def registrable_domain(host: str) -> str | None:
    """The W9 *registrable domain* of ``host`` in U-form: the public suffix plus one label; None when unknown.

    From the Public Suffix List's ICANN section (``www.example.com.cn`` → ``example.com.cn``,
    ``blog.example.github.io`` → ``github.io``: private-section suffixes are not suffixes here).
    None for an IP address, a host without a known suffix, a bare public suffix (``com.cn``) and
    an empty label (``a..com``).
    """
    extracted = _extract(host)
    return extracted[1] if extracted else None


def public_suffix(host: str) -> str | None:
    """The W9 *public suffix* of ``host`` in U-form (``example.com.cn`` → ``com.cn``); None when unknown.

    Given only when the registrable domain is known too: a bare suffix (``com.cn``, ``org``) is
    no domain that one files, so it counts as unknown — W9 reads "an empty result" as unknown,
    and of the two results this is the reading under which the suffix rows fire less.
    """
    extracted = _extract(host)
    return extracted[0] if extracted else None


def tld(host: str) -> str | None:
    """The W9 *TLD* of ``host``: its last label in U-form (``example.org.cn`` → ``cn``, ``例子.xn--fiqs8s`` → ``中国``).

    Taken from the host itself, not from the suffix list, so an unlisted TLD is still named
    (``example.invalidtld`` → ``invalidtld``). None for a text that is not a host, an empty last
    label, and a last label of digits only: no TLD is all-numeric (RFC 3696 §2), so such a host
    is an IPv4 address (``192.0.2.1``) or a typing error, and neither has a TLD to judge.
    """
    if not _is_host_text(host):
        return None
    last_label = u_form(host).rsplit(".", 1)[-1]
    if not last_label or (last_label.isascii() and last_label.isdigit()):
        return None
    return last_label


def has_subdomain(host: str) -> bool | None:
    """Whether ``host`` *has a subdomain* (W9): its U-form differs from its registrable domain; None when unknown.

    ``www.example.com`` and ``blog.example.com.cn`` have one; ``example.com`` and
    ``xn--fsqu00a.xn--fiqs8s`` (``例子.中国``) do not. None when the registrable domain is unknown.
    """
    registrable = registrable_domain(host)
    if registrable is None:
        return None
    return u_form(host) != registrable


def domain_key(text: str | None) -> str | None:
    """The W9 *domain key* of a ``domains[j]`` text: the registrable domain (U-form) of its host, when known.

    ``www.example.com`` and ``EXAMPLE.com.`` share the key ``example.com``; a text that is not a
    host, or whose registrable domain is unknown, has no key (None) and is not counted.
    """
    text_host = host(text)
    return registrable_domain(text_host) if text_host is not None else None
