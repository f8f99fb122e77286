"""The shape every province module fills in: its parameters, as data.

Each ``beianrules/provinces/<code>.py`` defines ``PARAMETERS`` (a
:class:`ProvinceParameters`) and ``RULES`` (a tuple of rule declarations that
only this bureau applies). Every parameter carries the catalog source keys it
rests on; where providers disagree the module says so in ``conflicts`` and
picks the reading that rejects less (a legitimate filing rejected is worse
than a bad one missed).
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

LegalRepPolicy = Literal["required", "letter", "free"]
"""Who may be a unit's principal (主体负责人):

- ``required``: only the legal representative (RULE-CATALOG §1.2 ``P_LR_REQUIRED``);
- ``letter``: someone else, with the legal representative's authorization
  letter (``P_LR_OR_LETTER``, and the ``P_FREE`` provinces whose pages still ask
  for a letter);
- ``free``: anyone; the rule stays silent.
"""

OutOfProvinceId = Literal["proof_accepted", "residence_permit_only", "local_id_only", "unknown"]
"""What an individual filer whose ID address lies in another province may do:

- ``proof_accepted``: file with a residence permit or another address proof;
- ``residence_permit_only``: file with a residence permit (居住证) only;
- ``local_id_only``: cannot file here (local ID only);
- ``unknown``: nothing documented; rules stay silent.
"""


@attrs.frozen
class LocalPhones:
    """Contact numbers must belong to these provinces' number segments."""

    accepted: frozenset[str]
    entity_types: frozenset[str] | None = None
    """Filer types the requirement applies to; None means all."""
    remark_exempts_units: bool = False
    """A unit (any filer but an individual) that gives a reason in ``entity.remark`` is exempt."""
    source: tuple[str, ...] = ()


@attrs.frozen
class SpecialDocument:
    """A document this bureau requires from a start date on.

    The start date applies as REASONS.md reads it: every order that has not
    reached the bureau before ``since`` needs it; orders at the bureau before
    ``since``, and filings approved before it, are exempt.
    """

    attachment: str
    """``attachments[].type`` that satisfies it."""
    since: _dt.date
    max_bytes: int | None = None
    commercial: bool | None = None
    """Only orders whose ``order.commercial`` equals this; None means all."""
    name_zh: str = ""
    name_en: str = ""
    source: tuple[str, ...] = ()


@attrs.frozen
class ProvinceParameters:
    code: str
    legal_rep: LegalRepPolicy
    legal_rep_source: tuple[str, ...]
    local_phones: LocalPhones | None = None
    """None: no local-number requirement documented from a provider's own page."""
    out_of_province_id: OutOfProvinceId = "unknown"
    out_of_province_id_source: tuple[str, ...] = ()
    special_documents: tuple[SpecialDocument, ...] = ()
    conflicts: tuple[str, ...] = ()
    """Where the sources disagree, what each side says and what was chosen."""
