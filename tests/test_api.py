"""The public API: ``__all__`` is exact and ``extract`` works on a plain string."""

from __future__ import annotations

import eventwire


def test_api_all_names_exist_and_are_public() -> None:
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name
    public = {
        n for n in vars(eventwire) if not n.startswith("_") and n[0].isupper() or n == "extract"
    }
    assert public <= set(eventwire.__all__) | {"annotations"}


def test_api_extract_plain_text() -> None:
    result = eventwire.extract(
        "Police arrested ten protesters in Nairobi on Monday.", published="2024-03-06"
    )
    assert result.article.published is not None
    assert any(e.type == "COERCE" for e in result.events)
    assert result.to_dict()["article"]["published"] == "2024-03-06"
