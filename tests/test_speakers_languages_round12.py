"""Twelfth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (an age in words before the noun, a place after
``von`` before the name in apposition, the particles of Portuguese and
Spanish names in German copy, a synonym of a title with its complement, a
generic noun of a post, a player's position) with the exact speaker expected.
"""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import speakers

# ------------------------------------------------ German


def test_german_age_in_words_before_a_nationality_is_the_person_just_named() -> None:
    text = (
        "Kelbach (dpa) - Die Skispringerin Ronja Aasvik hat in Kelbach gewonnen. "
        "„Der Wind war fair“, sagte die 26 Jahre alte Norwegerin.\n"
    )
    assert speakers(text, "de") == ["Ronja Aasvik"]


def test_german_age_in_words_before_a_title_and_a_name() -> None:
    text = (
        "Kelbach (dpa) - Im Rathaus wird gestritten. „Das geht so nicht“, sagte "
        "der 58 Jahre alte Stadtrat Egon Friedberg.\n"
    )
    assert speakers(text, "de") == ["Egon Friedberg"]


def test_german_role_with_a_place_after_von_before_the_name_in_apposition() -> None:
    text = (
        "Kelbach (dpa) - Die Bürgermeisterin von Bad Kelbach, Ute Marschall, hat den "
        "Haushalt vorgestellt. Kämmerer Jens Ohlsen rechnete vor. „Das reicht knapp“, "
        "sagte Ohlsen.\n\n"
        "„Wir müssen sparen“, betonte die Bürgermeisterin.\n"
    )
    assert speakers(text, "de") == ["Jens Ohlsen", "Ute Marschall"]


def test_german_copy_keeps_the_particle_of_a_portuguese_name() -> None:
    text = (
        "Kelbach (dpa) - Der Außenminister Rui dos Anjos ist in Berlin eingetroffen. "
        "„Wir suchen Partner“, sagte dos Anjos.\n"
    )
    assert speakers(text, "de") == ["Rui dos Anjos"]


def test_german_title_before_a_portuguese_name_gives_the_later_role() -> None:
    text = (
        "Kelbach (dpa) - Gelobt wurde auch Präsident Caio da Fonseca. Minister Tom "
        "Brandt widersprach. „Nicht mit uns“, sagte Brandt.\n\n"
        "„Wir bleiben bei unserem Plan“, hatte der Präsident erklärt.\n"
    )
    assert speakers(text, "de") == ["Tom Brandt", "Caio da Fonseca"]


# ------------------------------------------------ Spanish


def test_spanish_holder_of_a_portfolio_is_the_minister_of_that_department() -> None:
    text = (
        "Lomas, 7 dic (EFE).- La ministra de Vivienda, Clara Boscán, presentó el plan. "
        "El diputado Raúl Amézaga lo criticó. «Llega tarde», dijo Amézaga.\n\n"
        "«Es el mayor plan de la historia», replicó la titular de Vivienda.\n"
    )
    assert speakers(text, "es") == ["Raúl Amézaga", "Clara Boscán"]


def test_spanish_other_noun_of_a_title_keeps_the_complement() -> None:
    text = (
        "Lomas, 7 dic (EFE).- El entrenador del Atlético Lomas, Pablo Irureta, habló "
        "el lunes. El capitán rival, Javier Soto Ruiz, también. «Será duro», dijo Soto.\n\n"
        "«Vamos a por los tres puntos», aseguró el técnico del Atlético Lomas.\n"
    )
    assert speakers(text, "es") == ["Javier Soto Ruiz", "Pablo Irureta"]


def test_spanish_generic_noun_of_a_post_is_the_person_named_with_a_title() -> None:
    text = (
        "Lomas, 7 dic (EFE).- La delegada de Empleo, Noelia Carrasco, visitó la fábrica.\n\n"
        "Según la funcionaria, las ayudas llegarán en enero. «No dejaremos a nadie "
        "atrás», aseguró la funcionaria.\n"
    )
    assert speakers(text, "es") == ["Noelia Carrasco"]


def test_spanish_generic_noun_of_a_post_after_an_unnamed_source_stays_as_written() -> None:
    text = (
        "Lomas, 7 dic (EFE).- El alcalde, Tomás Vilches, pidió calma. «No hay "
        "peligro», dijo Vilches.\n\n"
        "Un alto cargo del ministerio aseguró después que Lomas no corre riesgo.\n\n"
        "«Seguimos vigilando el embalse día y noche», manifestó el funcionario.\n"
    )
    assert speakers(text, "es") == ["Tomás Vilches", "el funcionario"]


def test_spanish_officer_of_a_club_named_first_in_the_paragraph() -> None:
    text = (
        "Lomas, 7 dic (EFE).- El Atlético Lomas ficha a un lateral.\n\n"
        "El director general, Ernesto Labayen, defendió el fichaje. «Es rápido y joven», "
        "declaró el directivo.\n"
    )
    assert speakers(text, "es") == ["Ernesto Labayen"]


def test_spanish_player_called_by_the_position_played() -> None:
    text = (
        "Lomas, 7 dic (EFE).- El Atlético Lomas empató 1-1. El capitán, Unai Berasategi, "
        "marcó de cabeza. «Merecimos más», lamentó el centrocampista.\n"
    )
    assert speakers(text, "es") == ["Unai Berasategi"]


def test_spanish_post_in_a_region_after_en_before_the_name_in_apposition() -> None:
    text = (
        "Lomas, 7 dic (EFE).- La subdelegada del Gobierno en Valdemora, Inés Calatrava, "
        "visitó el puerto. El alcalde, Ramiro Soler, la acompañó. «Gracias», dijo Soler.\n\n"
        "«Habrá más agentes en verano», aseguró la subdelegada.\n"
    )
    assert speakers(text, "es") == ["Ramiro Soler", "Inés Calatrava"]


def test_french_ambassador_with_the_country_after_en_before_the_name() -> None:
    text = (
        "LOMAS (AFP) - L'ambassadeur de France en Valdémie, Hugues Carrel, a reçu les "
        "familles. Le maire, Paul Rivet, était présent. « Merci », a dit M. Rivet.\n\n"
        "« Nous suivons chaque dossier », a assuré l'ambassadeur.\n"
    )
    assert speakers(text, "fr") == ["Paul Rivet", "Hugues Carrel"]


# ------------------------------------------------ a paragraph after a link line


def test_french_paragraph_after_a_link_line_opens_with_an_adverbial() -> None:
    text = (
        "Le port de Kervallec rouvre\n\n"
        "KERVALLEC, 7 décembre 2026 (AFP) - Le port a rouvert lundi. La ministre, Odile "
        "Sarrazin, a salué la décision : « C'est un soulagement. »\n\n"
        "Lire aussi : Les pêcheurs de Kervallec attendent les aides\n\n"
        "Dans la majorité, le chef de file LR, Bastien Kerloc'h, dénonce « un retard "
        "coupable ».\n"
    )
    assert speakers(text, "fr") == ["Odile Sarrazin", "Bastien Kerloc'h"]


# ------------------------------------------------ German reports opened by ``Laut``


def test_german_report_opened_by_laut_goes_on_in_the_subjunctive() -> None:
    text = (
        "Kelbach (dpa) - Umweltministerin Greta Hallstein besuchte den Deich. Der Landrat "
        "Timo Quast begleitete sie. „Der Deich hält“, sagte Quast.\n\n"
        "Laut Hallstein sei die Lage trotzdem ernst. Man habe „nicht mehr viel Zeit, "
        "um die Dörfer zu schützen“.\n"
    )
    assert speakers(text, "de") == ["Timo Quast", "Greta Hallstein"]


def test_german_report_opened_by_laut_and_a_role() -> None:
    text = (
        "Kelbach (dpa) - Der Landrat Timo Quast besuchte den Deich. „Der Deich hält“, "
        "sagte Quast.\n\n"
        "Nach Angaben der Polizei seien die Straßen gesperrt. Die Lage sei „unter Kontrolle“.\n"
    )
    assert speakers(text, "de") == ["Timo Quast", "Polizei"]


def test_german_surname_ending_in_stein_is_no_feminine_calling() -> None:
    text = (
        "Kelbach (dpa) - Die Ärztin Mira Goldenstein leitet die Klinik. Der Landrat "
        "Timo Quast lobte sie. „Gute Arbeit“, sagte Quast.\n\n"
        "Laut Goldenstein fehlten Pflegekräfte. „Wir suchen seit Monaten“, sagte Goldenstein.\n"
    )
    assert speakers(text, "de") == ["Timo Quast", "Mira Goldenstein"]


# ------------------------------------------------ a quoted name after its noun


def quote_texts(text: str, language: str) -> list[str]:
    return [q.text for q in wireparse.parse(text, language=language).quotes]


def test_german_quoted_name_of_an_association_is_no_quotation() -> None:
    text = (
        "Kelbach (dpa) - Der Hilfsverein „Brot für jeden“ kritisierte am Montag die Stadt. "
        "„Die Tafeln sind leer“, sagte Vorsitzende Irma Wendholt.\n"
    )
    assert quote_texts(text, "de") == ["Die Tafeln sind leer"]
    assert speakers(text, "de") == ["Irma Wendholt"]


def test_german_quoted_name_of_a_citizens_initiative_is_no_quotation() -> None:
    text = (
        "Kelbach (dpa) - „Wir bleiben hart“, sagte Landrat Timo Quast. Die "
        "Bürgerinitiative „Kelbach atmet auf“ sammelte nach eigenen Angaben 3000 Unterschriften.\n"
    )
    assert quote_texts(text, "de") == ["Wir bleiben hart"]


# ------------------------------------------------ a source named again


def test_german_unnamed_source_named_again_by_the_head_of_its_compound() -> None:
    text = (
        "Kelbach (dpa) - Am Hafen brannte eine Lagerhalle. „Das Feuer ist unter Kontrolle“, "
        "sagte ein Feuerwehrsprecher am Abend. Der Sprecher fügte hinzu: „Die Nacht wird "
        "lang.“\n"
    )
    assert speakers(text, "de") == ["ein Feuerwehrsprecher", "ein Feuerwehrsprecher"]


def test_spanish_tambien_before_a_second_office_is_the_person_just_named() -> None:
    text = (
        "Lomas, 7 dic (EUROPA PRESS) - El portavoz municipal, Andrés Olmedo, ha "
        "presentado las cuentas. «No habrá subida de tasas», ha asegurado el también "
        "concejal de Hacienda.\n"
    )
    assert speakers(text, "es") == ["Andrés Olmedo"]


# ------------------------------------------------ a word opening the sentence before a name


def test_german_conjunction_without_a_title_is_no_given_name() -> None:
    text = (
        "Kelbach (dpa) - Im Hafen brannte ein Kutter. Nachdem Ole Brodersen den Rauch "
        "sah, alarmierte er die Feuerwehr. „Es ging sehr schnell“, sagte er.\n"
    )
    assert speakers(text, "de") == ["Ole Brodersen"]


def test_german_adverb_after_the_dateline_is_no_given_name() -> None:
    text = "Kelbach (dpa) - Auch Wiebke Tamsen war am Hafen. „Ich hatte Angst“, sagte sie.\n"
    assert speakers(text, "de") == ["Wiebke Tamsen"]
