"""Country codes as filters read them (export/geo.py): the CLI's --country and the API's
country= share one reading."""

from __future__ import annotations

import pytest

from eventwire.export.geo import country_filter


@pytest.mark.parametrize(
    ("value", "code"),
    [("IRQ", "IRQ"), ("irq", "IRQ"), (" ge ", "GEO"), ("uk", "GBR"), ("IGO", "IGO")],
)
def test_country_filter_reads_alpha_3_alpha_2_and_body_codes(value: str, code: str) -> None:
    assert country_filter(value) == code


@pytest.mark.parametrize("value", ["ZZZ", "zz", "Iraq", "", "12"])
def test_country_filter_refuses_what_is_no_code(value: str) -> None:
    with pytest.raises(ValueError, match="is not an ISO country code"):
        country_filter(value)
