"""PLOVER, CAMEO and ACLED tables (data files in ``resources/``) and the mappings between them."""

from eventwire.ontology.tables import (
    PLOVER_TYPES,
    AcledContext,
    CameoEntry,
    acled_for,
    cameo_entry,
    cameo_of_mode,
    capital_country,
    country_code,
    country_name,
    is_capital,
    misspelt_country,
    plover_default_cameo,
    plover_type,
    quad_of,
)

__all__ = [
    "PLOVER_TYPES",
    "AcledContext",
    "CameoEntry",
    "acled_for",
    "cameo_entry",
    "cameo_of_mode",
    "capital_country",
    "country_code",
    "misspelt_country",
    "country_name",
    "is_capital",
    "plover_default_cameo",
    "plover_type",
    "quad_of",
]
