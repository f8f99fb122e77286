"""The parameters of the bureau the order goes to, as one fact.

The fact's fields are derived from the parameter declarations
(``beianrules.provinces._schema``): every scalar parameter is a field under
its own name, a token of its vocabulary. Only what needs the filing as well
is computed here (``local_phones_required``).
"""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import FLAG, FactKind, FieldType, token
from beianrules.finding import Fact
from beianrules.model import Filing
from beianrules.provinces._schema import ProvinceParameters, scalar_parameters

_SCALARS = scalar_parameters()

_FIELDS: dict[str, FieldType] = {"code": token("province"), "local_phones_required": FLAG}
_FIELDS.update({name: token(vocabulary) for name, vocabulary in _SCALARS.items()})

KINDS = (FactKind("province", "The bureau of `order.province`: its code and its scalar parameters.", _FIELDS),)


def local_phones_required(filing: Filing, params: ProvinceParameters) -> bool:
    rule = params.local_phones.value
    if rule is None or (rule.entity_types is not None and filing.entity.type not in rule.entity_types):
        return False
    # Where the bureau lets a unit explain a non-local number in entity.remark (SX, AL-SX18), one that did is exempt.
    explained = filing.entity.type != "individual" and bool((filing.entity.remark or "").strip())
    return not (rule.remark_exempts_units and explained)


def facts(ctx: Context) -> list[Fact]:
    params = ctx.params
    return [{
        "kind": "province",
        "ref": f"province:{params.code}",
        "code": params.code,
        **{name: getattr(params, name).value for name in _SCALARS},
        "local_phones_required": local_phones_required(ctx.filing, params),
    }]
