"""Eleventh round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (the people of a Swiss region for the person just
named, a legislator on a later mention, another noun of a player's
position, the particles of Portuguese names) with the exact speaker expected.
"""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import speakers

# ------------------------------------------------ epithets for the person named


def test_german_people_of_a_swiss_region_is_the_person_just_named() -> None:
    text = (
        "Wilen (SDA) - Die Ständerätin Lea Gasser will mehr Geld für Bergbahnen. "
        "„Der Tourismus braucht Hilfe“, sagte sie am Dienstag.\n\n"
        "„Wir dürfen die Täler nicht vergessen“, betonte die Ostschweizerin.\n"
    )
    assert speakers(text, "de") == ["Lea Gasser", "Lea Gasser"]


def test_spanish_legislator_on_a_later_mention_is_the_person_named() -> None:
    text = (
        "Lomas (EFE) - Delia Ferrán, legisladora opositora, pidió una comisión. "
        "«Queremos respuestas», dijo la legisladora.\n"
    )
    assert speakers(text, "es") == ["Delia Ferrán"]


def test_spanish_goalkeeper_named_again_by_another_noun_of_the_position() -> None:
    text = (
        "Lomas (EFE) - El Atlético Lomas ganó 1-0. El guardameta Iker Sorabe "
        "paró dos penaltis. «Fue mi noche», explicó el portero.\n\n"
        "El arquero rival, Bruno Taffe, lo felicitó. «Se lo merece», dijo el guardameta.\n"
    )
    assert speakers(text, "es") == ["Iker Sorabe", "Bruno Taffe"]


# ------------------------------------------------ names


def test_french_portuguese_name_keeps_its_particle() -> None:
    text = (
        "LOMAS (AFP) - La ministre brésilienne Marina dos Reis est arrivée lundi. "
        "« Nous venons en amis », a déclaré Marina dos Reis.\n"
    )
    assert speakers(text, "fr") == ["Marina dos Reis"]


# ------------------------------------------------ a rank before the name after a role


def test_spanish_rank_before_the_name_after_a_role() -> None:
    text = (
        "Lomas (EFE) - La portavoz de la Policía Local, comisaria Irene Valdo, "
        "explicó: «No hubo heridos».\n"
    )
    assert speakers(text, "es") == ["Irene Valdo"]


def test_french_rank_of_two_words_before_the_name_after_a_role() -> None:
    text = (
        "LOMAS (AFP) - Le porte-parole des pompiers, lieutenant-colonel Yann Corvec, "
        "a précisé : « Le feu est fixé. »\n"
    )
    assert speakers(text, "fr") == ["Yann Corvec"]


def test_spanish_rank_of_two_words_in_a_tag_after_the_quotation() -> None:
    text = (
        "Lomas (EFE) - «El operativo sigue abierto», dijo el portavoz de la Guardia "
        "Civil, teniente coronel Bruno Arce.\n"
    )
    assert speakers(text, "es") == ["Bruno Arce"]


# ------------------------------------------------ a body's adjectives in lower case


def test_french_body_with_an_adjective_of_a_calling_is_named_whole() -> None:
    text = (
        "LOMAS (AFP) - Des éleveurs ont bloqué la route mardi. La Coordination "
        "paysanne a dénoncé « des prix qui ne couvrent plus rien ».\n"
    )
    assert speakers(text, "fr") == ["La Coordination paysanne"]


def test_french_body_with_two_adjectives_is_named_whole() -> None:
    text = (
        "LOMAS (AFP) - Les enseignants étaient en grève jeudi. La Fédération "
        "syndicale régionale a dénoncé « un budget au rabais ».\n"
    )
    assert speakers(text, "fr") == ["La Fédération syndicale régionale"]


# ------------------------------------------------ one noun after a verb of naming


def test_german_one_noun_after_sprach_von_is_the_subjects_word() -> None:
    text = (
        "Kelbach (dpa) - Der Landrat Jens Obermaier hat die Pläne des Landes "
        "kritisiert. Obermaier sprach von „Flickschusterei“.\n"
    )
    assert speakers(text, "de") == ["Jens Obermaier"]


def test_german_one_noun_after_als_and_an_article_is_the_subjects_word() -> None:
    text = (
        "Kelbach (SDA) - Die Gemeinde hat ihren Förster verabschiedet. "
        "Gemeindepräsidentin Rita Bolliger würdigte ihn als „Waldmenschen“. "
        "Die Ministerin Eva Kühn sprach von einem „Verlust“.\n\n"
        "Der Vorgänger Tom Haas wurde einst als „Zauderer“ verspottet. "
        "Er sah später den „Tatort“.\n"
    )
    article = wireparse.parse(text, language="de")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "Rita Bolliger",
        "Eva Kühn",
    ]
    # Without a verb of naming before it, one noun stays a title.
    assert [q.text for q in article.quoted] == ["Zauderer", "Tatort"]


# ------------------------------------------------ a headline's verb


def test_spanish_headline_verb_between_role_and_name_gives_no_holder() -> None:
    text = (
        "El galo conquista Monte Lirio\n\n"
        "LIRIO (EFE) - El tenista francés Luc Varenne ganó este domingo en "
        "Monte Lirio. «Es un sueño», dijo el galo tras la final.\n"
    )
    assert speakers(text, "es") == ["Luc Varenne"]
    # An adjective between the role and the name keeps the holder.
    text = (
        "La escritora chilena Nora Baeza publica una novela\n\n"
        "SANTIAGO (EFE) - El libro llega el jueves. «Es mi mejor obra», contó "
        "la escritora.\n"
    )
    assert speakers(text, "es") == ["Nora Baeza"]


def test_french_headline_verb_between_role_and_club_gives_no_holder() -> None:
    text = (
        "Le sélectionneur rejoint Sporting Valdemont\n\n"
        "LOMAS (AFP) - Le départ surprend les joueurs. « Je pars serein », a "
        "déclaré le sélectionneur.\n"
    )
    assert speakers(text, "fr") == ["le sélectionneur"]


# ------------------------------------------------ a declined German title


def test_german_title_declined_with_en_is_no_part_of_the_name() -> None:
    text = (
        "Kelbach (SDA) - Die Gemeinde hat ihren Gemeindepräsidenten Beat Imhof "
        "verabschiedet. „Ich gehe mit Dank“, sagte Imhof.\n"
    )
    assert speakers(text, "de") == ["Beat Imhof"]
