"""Tenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (an epithet of origin, status or former office for the
person just named, a source phrase opening a sentence, a role's complement
naming a club or a body, a subject-less tag after a source phrase, a role
opening a clause before a colon) with the exact speaker expected.
"""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import speakers

# ------------------------------------------------ epithets for the person named


def test_german_woman_of_a_land_is_the_woman_just_named() -> None:
    text = (
        "Kelbach (dpa) - Die Landesministerin Ute Brandl fordert mehr Geld für Dörfer. "
        "„Das Land darf nicht ausbluten“, sagte die CSU-Politikerin.\n\n"
        "„Wir brauchen Ärzte auf dem Land“, betonte die Bayerin.\n"
    )
    assert speakers(text, "de") == ["Ute Brandl", "Ute Brandl"]


def test_german_former_office_is_the_person_just_named() -> None:
    text = (
        "Kelbach (APA) - Der frühere Verkehrsminister Otto Rainer kritisiert die Bahn. "
        "„Das ist Stillstand“, sagte der Ex-Minister am Montag.\n"
    )
    assert speakers(text, "de") == ["Otto Rainer"]


def test_german_chief_by_the_short_noun_of_the_office() -> None:
    text = (
        "Kelbach (dpa) - Der Bürgermeister von Kelbach, Jan Voss, hält am Bau fest. "
        "„Die Halle kommt“, sagte der Rathauschef.\n\n"
        "Die Reederei Velmar wächst. Vorstandsvorsitzende Lina Ott sprach von einem Rekord. "
        "„Wir bleiben vorsichtig“, sagte die Managerin.\n"
    )
    assert speakers(text, "de") == ["Jan Voss", "Lina Ott"]


def test_french_status_and_calling_epithets() -> None:
    text = (
        "BRESTOU (AFP) - Le feu a détruit trois maisons.\n\n"
        "« Tout a brûlé », a raconté une voisine, Odile Marec. "
        "« Il ne reste rien », a ajouté la retraitée.\n\n"
        "Pour le délégué de la CFDT, Hugo Brun, le plan est « trop tardif ». "
        "« Les salariés attendent », a estimé le syndicaliste.\n"
    )
    assert speakers(text, "fr") == ["Odile Marec", "Odile Marec", "Hugo Brun", "Hugo Brun"]


def test_french_international_is_the_player_just_named() -> None:
    text = (
        "BRESTOU (AFP) - Le club a battu Lens.\n\n"
        "L'ailier Paul Kerouac, auteur du but, souriait. "
        "« Je suis soulagé », a déclaré l'international.\n"
    )
    assert speakers(text, "fr") == ["Paul Kerouac"]


def test_french_technicien_is_the_national_coach() -> None:
    text = (
        "BRESTOU (AFP) - Le sélectionneur des Bleues, Marc Ollivier, a dévoilé sa liste.\n\n"
        "« Je n'ai pas de regrets », a dit le technicien.\n"
    )
    assert speakers(text, "fr") == ["Marc Ollivier"]


def test_spanish_nationality_in_lower_case_is_the_player_just_named() -> None:
    text = (
        "VILLAMAR, 3 may (EFE).- La tenista Ada Moreau ganó el torneo tras vencer en la final. "
        "«Ha sido mi mejor semana», dijo la francesa.\n\n"
        "El ciclista Tom Reed fue segundo en la etapa. «Estoy contento», dijo el estadounidense.\n"
    )
    assert speakers(text, "es") == ["Ada Moreau", "Tom Reed"]


def test_spanish_resident_called_la_vecina() -> None:
    text = (
        "VILLAMAR, 3 may (EUROPA PRESS) - Los vecinos del barrio piden más limpieza. "
        "Lucía Nieto, vecina desde hace años, lo dice claro: «Esto está abandonado».\n\n"
        "«Nadie nos escucha», ha lamentado la vecina.\n"
    )
    assert speakers(text, "es") == ["Lucía Nieto", "Lucía Nieto"]


def test_spanish_former_president_written_in_one_word() -> None:
    text = (
        "VILLAMAR, 3 may (EFE).- El que fuera presidente regional Tomás Ibarra Gil "
        "presentó sus memorias. «No me arrepiento de nada», afirmó el expresidente.\n"
    )
    assert speakers(text, "es") == ["Tomás Ibarra Gil"]


# ------------------------------------------- a source phrase opening a sentence


def test_german_laut_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Kelbach (epd). Der Sozialverband schlägt Alarm. Geschäftsführer Hans-Jörg Lenz "
        "sprach von einer Notlage.\n\n"
        "Laut Lenz fehlen Hunderte Pflegekräfte. „Die Zeit läuft uns davon“, mahnte der Theologe.\n"
    )
    assert speakers(text, "de") == ["Hans-Jörg Lenz"]


def test_spanish_subjectless_tag_after_a_source_phrase() -> None:
    text = (
        "VILLAMAR, 3 may (EUROPA PRESS) - La conservera Marisur cerrará su fábrica del puerto. "
        "Según una portavoz de la compañía, «el cierre es definitivo», ha añadido.\n"
    )
    assert speakers(text, "es") == ["una portavoz de la compañía"]


# ------------------------------------------ a role's complement and its holder


def test_spanish_role_of_a_club_of_two_words_names_the_coach() -> None:
    text = (
        "VILLAMAR, 3 may (EFE).- El entrenador del Deportivo Villamar, Rubén Sáez, pidió calma "
        "tras la derrota. «Quedan diez partidos», afirmó el técnico.\n"
    )
    assert speakers(text, "es") == ["Rubén Sáez"]


def test_spanish_role_with_two_complements_and_a_particle_of_two_words() -> None:
    text = (
        "VILLAMAR, 3 may (EFE).- La ministra de Cultura de Colombia, Paula de los Santos, "
        "inauguró la feria. Según la ministra, el libro «vive su mejor momento».\n"
    )
    assert speakers(text, "es") == ["Paula de los Santos"]


def test_french_acronym_title_opening_the_sentence_names_its_holder() -> None:
    text = (
        "BRESTOU (AFP) - Le PDG de la RTM, Jean-Luc Morvan, a défendu les tarifs. "
        "« Les prix restent justes », a-t-il estimé.\n"
    )
    assert speakers(text, "fr") == ["Jean-Luc Morvan"]


# -------------------------------------------------- a role before a colon


def test_german_role_opening_a_clause_before_a_colon() -> None:
    text = (
        "Kelbach (dpa) - Der SV Kelbach hat erneut verloren. „Das war zu wenig“, sagte "
        "Trainer Bernd Rauch.\n\n"
        "Kapitän Max Sauer ging mit der Mannschaft hart ins Gericht. „Jeder muss mehr tun“, "
        "sagte der Kapitän. Der Coach bleibt dennoch gelassen: „Wir halten am Plan fest.“\n"
    )
    assert speakers(text, "de") == ["Bernd Rauch", "Max Sauer", "Bernd Rauch"]


# ------------------------------------------ German indirect speech, no cue


def test_german_subjunctive_report_after_a_named_subject() -> None:
    text = (
        "Kelbach (dpa) - Die Stadtwerke erhöhen die Preise. „Wir bedauern das“, hieß es in "
        "einer Mitteilung.\n\n"
        "Verbraucherschützerin Nora Falk kritisierte die Erhöhung. Die Kunden hätten "
        "keine Wahl. Das sei „ein Griff in die Taschen der Mieter“.\n"
    )
    article = wireparse.parse(text, language="de")
    assert [q.speaker.name if q.speaker else None for q in article.quotes][1:] == ["Nora Falk"]
    assert article.quotes[1].rules == ("carry.subjunctive_subject",)


def test_german_indicative_sentence_between_keeps_the_last_speaker() -> None:
    text = (
        "Kelbach (dpa) - „Wir bleiben dran“, sagte Polizeisprecher Uwe Brand.\n\n"
        "Stadträtin Nora Falk kritisierte die Erhöhung. Die Kunden zahlen mehr. Das sei "
        "„ein Griff in die Taschen“.\n"
    )
    assert speakers(text, "de") == ["Uwe Brand", "Uwe Brand"]


# ---------------------------------------- the present tense of reportage


def test_spanish_present_tense_tags_in_dialogue_and_reportage() -> None:
    text = (
        "VILLAMAR, 3 may (EFE).- El pintor Ramón Vidal de la Peña expone en Villamar.\n\n"
        "—¿Por qué el mar?\n"
        "—Porque allí nací —responde el pintor.\n\n"
        "«Pinto despacio», reconoce Vidal de la Peña.\n"
    )
    assert speakers(text, "es") == [None, "Ramón Vidal de la Peña", "Ramón Vidal de la Peña"]


def test_french_present_tense_cue_in_indirect_speech_carries_to_the_quotation() -> None:
    text = (
        "BRESTOU (AFP) - Le port rouvre après trois semaines de travaux.\n\n"
        "La saison est sauvée, admet Yann Le Bihan. "
        "« On a eu très chaud cette année, vraiment. »\n\n"
        "Le port a perdu de l'argent, tranche Anne Kerhervé. "
        "« Les bateaux repartent lundi, enfin. »\n"
    )
    assert speakers(text, "fr") == ["Yann Le Bihan", "Anne Kerhervé"]


# ------------------------------------------ sports and state epithets, titles


def test_french_athlete_called_by_the_speciality() -> None:
    text = (
        "BRESTOU (AFP) - Le Français Yves Corlay a remporté l'étape reine. "
        "« Je n'y croyais plus », a confié le grimpeur breton.\n"
    )
    assert speakers(text, "fr") == ["Yves Corlay"]


def test_german_head_of_state_called_by_the_neuter_noun() -> None:
    text = (
        "Kelbach (KNA) Bundespräsidentin Helga Steinhof hat die Helfer gewürdigt. "
        "„Sie halten das Land zusammen“, sagte das Staatsoberhaupt.\n"
    )
    assert speakers(text, "de") == ["Helga Steinhof"]


def test_german_pope_is_a_title_before_the_name() -> None:
    text = (
        "Vatikanstadt (KNA) Papst Pius XIII. hat zum Frieden aufgerufen. "
        "„Gewalt löst nichts“, sagte das Kirchenoberhaupt am Sonntag.\n"
    )
    assert speakers(text, "de") == ["Pius XIII"]


# --------------------------------------------------------------- datelines


def test_german_place_with_its_river_abbreviated_is_a_dateline() -> None:
    for line, place, agency in (
        ("Frankfurt a.M. (epd). Die Kirche verliert Mitglieder.", "Frankfurt a.M.", "epd"),
        ("Freiburg i.Br. (KNA) Die Kirche verliert Mitglieder.", "Freiburg i.Br.", "KNA"),
        ("Frankfurt a. M. (dpa) - Die Kirche verliert Mitglieder.", "Frankfurt a. M.", "dpa"),
    ):
        article = wireparse.parse("Kirche verliert Mitglieder\n\n" + line + "\n", language="de")
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.agency) == (place, agency)


# --------------------------------- party epithets, other nouns, a role presented


def test_party_epithets_stand_for_the_politician_just_named() -> None:
    es = (
        "VILLAMAR, 3 may (EFE).- El alcalde de Villamar, Tomás Recio Gil, abrió la feria. "
        "«Es la mejor edición», ha dicho el socialista.\n"
    )
    de = (
        "Kelbach (dpa) - Sozialministerin Eva Lindner stellt ihr Gesetz vor. "
        "„Das ist gerecht“, sagte die Sozialdemokratin.\n"
    )
    fr = (
        "BRESTOU (AFP) - La maire de Brestou, Anne Kerlo, a inauguré la piste. "
        "« C'est un premier pas », a jugé l'écologiste.\n"
    )
    assert speakers(es, "es") == ["Tomás Recio Gil"]
    assert speakers(de, "de") == ["Eva Lindner"]
    assert speakers(fr, "fr") == ["Anne Kerlo"]


def test_french_goalkeeper_and_official_by_another_noun() -> None:
    text = (
        "BRESTOU (AFP) - Le gardien Loïc Tanguy a réalisé 30 arrêts. "
        "« Mes défenseurs m'ont aidé », a confié le portier breton.\n\n"
        "L'agence a publié son rapport. « Le niveau baisse », a averti sa directrice, "
        "Anne Morvan. « Il faut agir », a insisté la responsable.\n"
    )
    assert speakers(text, "fr") == ["Loïc Tanguy", "Anne Morvan", "Anne Morvan"]


def test_spanish_role_a_person_is_presented_as() -> None:
    text = (
        "VILLAMAR, 3 may (EFE).- El Deportivo ha presentado a Hugo Lenz como nuevo "
        "entrenador. «Quiero un equipo valiente», ha afirmado el técnico.\n"
    )
    assert speakers(text, "es") == ["Hugo Lenz"]


# ---------------------------- an honorific's particle, a body's name, genders


def test_french_particle_after_an_honorific_opens_the_surname() -> None:
    text = (
        "BRESTOU (AFP) - Le festival de Brestou ne sera plus organisé. « C'est une page qui "
        "se tourne », a indiqué jeudi le président de la fondation, Hervé de Kerguelen.\n\n"
        "Selon M. de Kerguelen, le retrait des mécènes a scellé le sort de la manifestation. "
        "« Nous avons tout essayé », a-t-il regretté.\n"
    )
    assert speakers(text, "fr") == ["Hervé de Kerguelen", "Hervé de Kerguelen"]


def test_french_club_of_several_words_after_a_title_is_no_person() -> None:
    text = (
        "BRESTOU (AFP) - Le président de l'Olympique de Brestou, Yann Morvan Ruiz, s'est dit "
        "« très optimiste » jeudi. « Nous finirons sur le podium », a déclaré le dirigeant "
        "espagnol.\n"
    )
    assert speakers(text, "fr") == ["Yann Morvan Ruiz", "Yann Morvan Ruiz"]


def test_german_epithet_opening_the_sentence_before_a_pronoun() -> None:
    text = (
        "Kelbach (SDA) - „Die Lage ist ernst“, sagte Bundesrat Marco Bernasconi.\n\n"
        "Der Tessiner betonte, die Schweiz bleibe neutral. „Wir setzen auf den Dialog“, "
        "sagte er.\n"
    )
    assert speakers(text, "de") == ["Marco Bernasconi", "Marco Bernasconi"]


def test_french_stressed_pronoun_in_commas_stands_for_the_subject_before_it() -> None:
    text = (
        "BRESTOU (AFP) - La ministre de la Mer, Anne Kerlo, a reçu les pêcheurs. "
        "« Je veux des solutions », a-t-elle dit.\n\n"
        "Le comité des pêches, lui, dénonce « une opération de communication ».\n\n"
        "La Fédération des ports, elle, dénonce « un mépris total ».\n"
    )
    assert speakers(text, "fr") == ["Anne Kerlo", "Le comité des pêches", "La Fédération des ports"]


def test_epithet_takes_a_name_before_it_not_the_object_after_it() -> None:
    text = (
        "BRESTOU (AFP) - Le président de l'exécutif breton, Yann Kerhervé, a réclamé jeudi "
        "plus d'autonomie. « La Bretagne attend depuis trop longtemps », a-t-il déclaré.\n\n"
        "L'élu régionaliste a appelé Paris à « tenir parole ».\n"
    )
    assert speakers(text, "fr") == ["Yann Kerhervé", "Yann Kerhervé"]


def test_spanish_verb_of_opinion_leads_in_the_quotation() -> None:
    text = (
        "VILLAMAR, 3 may (EUROPA PRESS) - La Fiscalía pide cinco años para el exalcalde. "
        "El fiscal considera probado que el acusado «cobró comisiones ilegales».\n"
    )
    assert speakers(text, "es") == ["El fiscal"]


# ------------------------------------------- sports copy's other nouns


def test_spanish_press_nationality_and_club_adjectives() -> None:
    text = (
        "VILLAMAR, 3 may (EFE).- El tenista francés Hugo Lenoir ganó el torneo. "
        "«Es un sueño», afirmó el galo.\n\n"
        "El delantero argentino Tomás Ibarra marcó el único gol. "
        "«No lo olvidaré», dijo el colchonero.\n"
    )
    assert speakers(text, "es") == ["Hugo Lenoir", "Tomás Ibarra"]


def test_french_monegasque_and_german_striker() -> None:
    fr = (
        "MONACO (AFP) - Le pilote Louis Bianchetti a gagné le Grand Prix. "
        "« C'est un rêve d'enfant », a confié le Monégasque.\n"
    )
    de = (
        "Kelbach (dpa) - Doppeltorschütze Amadou Keita war der Mann des Abends. "
        "„Ich bin einfach glücklich“, sagte der Stürmer.\n"
    )
    assert speakers(fr, "fr") == ["Louis Bianchetti"]
    assert speakers(de, "de") == ["Amadou Keita"]


def test_winner_called_by_the_title_won() -> None:
    fr = (
        "ALBERTVILLE (AFP) - La skieuse Léa Morand a gagné l'or du géant. "
        "« J'ai skié sans peur », a savouré la championne olympique.\n"
    )
    es = (
        "VILLAMAR, 3 may (EFE).- La atleta Rosa Prieto ganó el oro en los 400 metros. "
        "«Es el día más feliz de mi vida», dijo la campeona.\n"
    )
    assert speakers(fr, "fr") == ["Léa Morand"]
    assert speakers(es, "es") == ["Rosa Prieto"]


# ------------------------------------------------------- church copy's titles


def test_church_titles_before_a_name_are_no_part_of_it() -> None:
    de = (
        "Kelbach (KNA) Das Bistum gibt Kirchen auf. „Wir müssen Gebäude aufgeben“, "
        "sagte Generalvikar Markus Thelen am Montag. „Das schmerzt“, sagte Präses Eva Lind.\n"
    )
    es = (
        "VILLAMAR, 3 may (EFE).- La diócesis cierra templos. «Tenemos que vender iglesias», "
        "afirmó monseñor Marcos Prieto este lunes.\n"
    )
    assert speakers(de, "de") == ["Markus Thelen", "Eva Lind"]
    assert speakers(es, "es") == ["Marcos Prieto"]
