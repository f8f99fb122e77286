"""National rules about the entity: filing numbers, order types, and its other filings."""

RULES = ()
