"""Guangdong (粤, 44) — the Guangdong Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB). From
2021-06-21 every non-commercial filing needs the 《互联网信息服务备案承诺书》
(SEED:L17; HW-KB doc_0046; HW-GD-P; its 60-working-day signature validity is
not modelled). Personal filers with a non-Guangdong ID file with a 居住证,
房产证 or 3 months of 社保, no student ID (HW-GD-P). No attribution
requirement for personal numbers (HW-GD-P). Not yet checkable: the finance
承诺书 (TC-PROV, 2016-06-20) and the website construction statement (AL-IDX).
"""
from datetime import date

from beianrules.provinces._base import ProvinceParameters, SpecialDocument

PARAMETERS = ProvinceParameters(
    code="GD",
    legal_rep="required",
    legal_rep_source=("TC-SUBJ", "HW-KB"),
    local_phones=None,
    out_of_province_id="proof_accepted",
    out_of_province_id_source=("HW-GD-P", "HW-KB"),
    special_documents=(
        SpecialDocument(
            attachment="service_commitment_letter",
            since=date(2021, 6, 21),
            commercial=False,
            name_zh="互联网信息服务备案承诺书",
            name_en="Internet information service filing commitment letter",
            source=("SEED:L17", "HW-KB(doc_0046)", "HW-GD-P"),
        ),
    ),
    conflicts=(),
)

RULES = ()
