"""National rules about websites and APPs: content and pre-approvals."""

RULES = ()
