"""Seventeenth round of probed structure conventions of German, French and Spanish copy.

Every text here is invented: it imitates a convention of Spanish wire copy,
and none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse

# --------------------------------------------------------------------------
# EFE's desks tag the dateline with the desk's name
# --------------------------------------------------------------------------


@pytest.mark.parametrize("desk", ["EFECOM", "EFEAGRO", "EFEVERDE", "EFESALUD"])
def test_an_efe_desk_in_the_dateline_is_efe(desk: str) -> None:
    text = (
        "La cooperativa Olivares del Sur eleva un 12 % su facturación\n\n"
        f"Jaén, 8 dic ({desk}).- La cooperativa Olivares del Sur ha facturado este "
        "año 48 millones de euros, un 12 por ciento más que el anterior.\n"
    )
    article = wireparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.text == f"Jaén, 8 dic ({desk}).-"
    assert article.dateline.place == "Jaén"
    assert article.agency == "EFE"
    assert article.language == "es"
