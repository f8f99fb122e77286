"""Reference computations for the wave 1 rules (REASONS-WAVE1.md, readings W4, W5, W8 and W9).

Low-level, pure functions that the fact builders call: no rules, no facts. Every
reference datum comes from a well-kept library at run time — the Chinese
statutory calendar from ``chinese-calendar``, month arithmetic from
``python-dateutil``, Unicode scripts and normalisation from ``regex`` and
``unicodedata``, check characters from ``python-stdnum``, IDNA from ``idna`` and
the Public Suffix List from ``tldextract``'s bundled snapshot — never a table
re-typed into this package. Nothing here reads the network or writes a file.

Modules:

- :mod:`beianrules.reference.days` — W4 months, working days, and W8 age.
- :mod:`beianrules.reference.text` — W5 NFKC, name keys, Han characters, hyphens, *contains*.
- :mod:`beianrules.reference.idnumbers` — W8 ID keys, resident IDs, USCCs, certificate kinds.
- :mod:`beianrules.reference.domains` — W9 hosts, U-form, public suffix, registrable domain, domain keys.
"""
