"""Fifteenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy with the exact speaker expected.
"""

from __future__ import annotations

from tests.speaker_helpers import speakers

# ------------------------------------------------ epithets of a seat, a party, retirement


def test_german_member_of_a_parliament_called_by_the_seat() -> None:
    text = (
        "Kellstedt (dpa/lni) - Die SPD-Abgeordnete Insa Kolbeck hat den Ausbau der "
        "Kreisstraße kritisiert. Das Land plane an den Dörfern vorbei.\n\n"
        "„Niemand hat die Anwohner gefragt“, sagte die Landtagsabgeordnete am "
        "Freitag in Kellstedt.\n"
    )
    assert speakers(text, "de") == ["Insa Kolbeck"]


def test_german_politician_of_no_party_called_by_that_noun() -> None:
    text = (
        "Oberlinden (dpa/lsw) - Oberbürgermeister Falk Rosswinkel will die Gebühren "
        "für Kitas senken. „Familien dürfen nicht die Rechnung zahlen“, sagte der "
        "Parteilose im Gemeinderat.\n"
    )
    assert speakers(text, "de") == ["Falk Rosswinkel"]


def test_french_mayor_called_the_edile() -> None:
    text = (
        "SAINT-ORMEL, 7 déc 2026 (AFP) - Le maire de Saint-Ormel, Gaël Pradier, a "
        "fermé lundi le marché couvert, jugé dangereux après la tempête.\n\n"
        "« La toiture peut céder à tout moment », a lancé l'édile devant les "
        "commerçants.\n"
    )
    assert speakers(text, "fr") == ["Gaël Pradier"]


def test_spanish_member_of_a_parliament_called_la_parlamentaria() -> None:
    text = (
        "Oviedo, 7 dic (EFE).- La diputada Rosario Llaneza ha registrado una "
        "pregunta sobre el cierre del centro de salud de Vegarredonda.\n\n"
        "«Los vecinos merecen una explicación», ha reclamado la parlamentaria "
        "ante la prensa.\n"
    )
    assert speakers(text, "es") == ["Rosario Llaneza"]


def test_spanish_retired_person_called_el_jubilado() -> None:
    text = (
        "Teruel, 7 dic (EFE).- Luis Paredes, de 80 años, lleva medio siglo cuidando "
        "la ermita de San Bruno, en lo alto del pueblo.\n\n"
        "«Aquí subía con mi padre cuando era un crío», contó el jubilado a EFE.\n"
    )
    assert speakers(text, "es") == ["Luis Paredes"]


# ------------------------------------------------ a thing of a kind named by one word


def test_french_storm_named_by_one_word_is_no_person() -> None:
    text = (
        "BREST, 7 déc 2026 (AFP) - La prévisionniste Soizic Le Gall surveille depuis "
        "samedi la tempête Ondine, attendue mardi sur le Finistère.\n\n"
        "« Les rafales dépasseront 130 km/h sur la côte », prévient-elle.\n"
    )
    assert speakers(text, "fr") == ["Soizic Le Gall"]


def test_spanish_organism_named_by_one_word_is_no_person() -> None:
    text = (
        "Granada, 7 dic (EFE).- El virólogo Emilio Jáuregui Sanz estudia desde hace "
        "una década el virus Toscana en el sur de Europa. «Circula mucho más de lo "
        "que pensábamos», advierte.\n"
    )
    assert speakers(text, "es") == ["Emilio Jáuregui Sanz"]


def test_spanish_ship_named_by_one_word_is_no_person() -> None:
    text = (
        "Vigo, 7 dic (EFE).- El capitán Iker Olano lleva veinte años al mando del "
        "buque Gaviota, que faena en aguas de Gran Sol.\n\n"
        "«La flota no aguanta otro recorte de cuotas», ha asegurado.\n"
    )
    assert speakers(text, "es") == ["Iker Olano"]


# ------------------------------------------------ a body opening the sentence before the tag


def test_french_pronoun_after_a_body_opening_the_sentence() -> None:
    text = (
        "AUBENAS, 7 déc 2026 (AFP) - Le maire d'Aubenas, Hervé Castagnol, a protesté "
        "contre la fermeture du pont. « C'est une décision brutale », a dit l'élu.\n\n"
        "La préfecture de l'Ardèche a annoncé des déviations dès mardi. « La "
        "structure présente des fissures graves », a-t-elle précisé.\n"
    )
    assert speakers(text, "fr") == ["Hervé Castagnol", "la préfecture de l'Ardèche"]


def test_french_pronoun_after_an_acronym_opening_the_sentence() -> None:
    text = (
        "TOURS, 7 déc 2026 (AFP) - Le président de l'association des usagers, Malik "
        "Benhamou, a dénoncé les retards. « On nous prend pour des idiots », a-t-il "
        "lancé.\n\n"
        "La RTLO a indiqué que trois rames étaient en réparation. « Le service sera "
        "normal en janvier », a-t-elle assuré.\n"
    )
    assert speakers(text, "fr") == ["Malik Benhamou", "RTLO"]


def test_french_pronoun_of_the_other_gender_is_not_the_body() -> None:
    text = (
        "TOURS, 7 déc 2026 (AFP) - Le président de l'association des usagers, Malik "
        "Benhamou, a dénoncé les retards. « On nous prend pour des idiots », a-t-il "
        "lancé.\n\n"
        "La RTLO a indiqué que trois rames étaient en réparation. « Je n'y crois "
        "pas », a-t-il répliqué.\n"
    )
    assert speakers(text, "fr") == ["Malik Benhamou", "Malik Benhamou"]


def test_spanish_subjectless_tag_after_a_body_opening_the_sentence() -> None:
    text = (
        "Logroño, 7 dic (EFE).- El abogado de la familia, Sergio Ibarrola, ha "
        "criticado la lentitud de la investigación. «Llevamos un año sin "
        "respuestas», ha lamentado.\n\n"
        "La fiscalía ha pedido nuevas pruebas al juzgado. «Faltan los análisis del "
        "vehículo», ha precisado.\n"
    )
    assert speakers(text, "es") == ["Sergio Ibarrola", "la fiscalía"]


# ------------------------------------------------ a source called back by a demonstrative


def test_spanish_unnamed_sources_called_back_by_estas_fuentes() -> None:
    text = (
        "SEVILLA, 7 (EUROPA PRESS)\n\n"
        "La consejera de Salud, Amparo Roldán, ha inaugurado el nuevo hospital de "
        "día. «Es una deuda histórica», ha dicho.\n\n"
        "Fuentes de la consejería han explicado que abrirá en marzo. «Faltan los "
        "últimos permisos», han asegurado estas fuentes.\n"
    )
    assert speakers(text, "es") == ["Amparo Roldán", "fuentes de la consejería"]


def test_spanish_spokesman_called_back_by_el_mismo_portavoz() -> None:
    text = (
        "Zamora, 7 dic (EFE).- «No cubrimos costes», ha denunciado un portavoz de la "
        "cooperativa tras la caída de precios.\n\n"
        "El delegado, Nicasio Ferrero, ha prometido ayudas. «Llegarán en enero», ha "
        "asegurado.\n\n"
        "«Las promesas no pagan el gasóleo», ha replicado el mismo portavoz.\n"
    )
    assert speakers(text, "es") == [
        "un portavoz de la cooperativa",
        "Nicasio Ferrero",
        "un portavoz de la cooperativa",
    ]


def test_french_source_with_its_adjective_called_back_by_cette() -> None:
    text = (
        "LILLE, 7 déc 2026 (AFP) - « L'enquête avance vite », a confié une source "
        "policière, sans plus de précisions.\n\n"
        "Le maire, Didier Vanhoutte, a réclamé de la transparence. « Les familles "
        "attendent », a-t-il dit. « Deux suspects sont identifiés », a ajouté "
        "cette source policière.\n"
    )
    assert speakers(text, "fr") == [
        "une source policière",
        "Didier Vanhoutte",
        "une source policière",
    ]


# ------------------------------------------------ an unnamed witness brought in after the verb


def test_german_age_epithet_for_a_witness_after_the_verb() -> None:
    text = (
        "Gerwald (dpa/lnw) - Nach dem Brand in einer Scheune sprach Einsatzleiter "
        "Holger Wiemann von großem Glück. „Das Feuer hätte auf das Wohnhaus "
        "übergreifen können“, sagte er.\n\n"
        "Am Gartenzaun wartete am Mittag noch eine Nachbarin. „Ich habe nur noch "
        "Flammen gesehen“, sagte die 67-Jährige.\n"
    )
    assert speakers(text, "de") == ["Holger Wiemann", "eine Nachbarin"]


def test_german_age_epithet_for_a_witness_after_a_source_phrase() -> None:
    text = (
        "Gerwald (dpa/lnw) - „Wir waren nach sechs Minuten vor Ort“, sagte "
        "Einsatzleiter Holger Wiemann.\n\n"
        "Nach Angaben einer Anwohnerin hatte es zuerst im Keller gebrannt. „Es roch "
        "schon am Abend komisch“, sagte die 45-Jährige.\n"
    )
    assert speakers(text, "de") == ["Holger Wiemann", "eine Anwohnerin"]


def test_german_age_epithet_of_the_other_gender_is_not_the_witness() -> None:
    text = (
        "Gerwald (dpa/lnw) - „Wir waren nach sechs Minuten vor Ort“, sagte "
        "Einsatzleiter Holger Wiemann.\n\n"
        "Am Gartenzaun wartete am Mittag noch eine Nachbarin. „Die Löscharbeiten "
        "dauern an“, sagte der 51-Jährige.\n"
    )
    assert speakers(text, "de") == ["Holger Wiemann", "Holger Wiemann"]


# ------------------------------------------------ the gender of a noun after l'


def test_french_feminine_nationality_after_the_elided_article() -> None:
    text = (
        "STRASBOURG, 7 déc 2026 (AFP) - La commissaire Carla Venturi a reçu mardi le "
        "ministre slovaque Piero Lanza. « Nous ne céderons rien sur les quotas », a "
        "déclaré l'Italienne.\n"
    )
    assert speakers(text, "fr") == ["Carla Venturi"]


def test_french_masculine_nationality_after_the_elided_article() -> None:
    text = (
        "STRASBOURG, 7 déc 2026 (AFP) - Le commissaire Dario Montalto a reçu mardi la "
        "ministre Hanna Virtanen. « Le texte sera prêt en mars », a assuré "
        "l'Italien.\n"
    )
    assert speakers(text, "fr") == ["Dario Montalto"]


def test_french_feminine_epithet_after_the_elided_article() -> None:
    text = (
        "NANTES, 7 déc 2026 (AFP) - La conseillère régionale Maëlys Trochu a "
        "interpellé le président Gildas Le Mouël. « La ligne doit rouvrir », a "
        "insisté l'élue.\n"
    )
    assert speakers(text, "fr") == ["Maëlys Trochu"]


# ------------------------------------------------ a body's short name spelled out before


def test_german_short_name_of_a_body_is_its_full_name() -> None:
    text = (
        "Bremerhaven (dpa) - Das Institut für Meeresgeologie (IMG) hat vor "
        "steigenden Sturmfluten gewarnt. „Die Deiche reichen nicht mehr“, sagte "
        "Bürgermeister Enno Hinrichsen.\n\n"
        "„Bis 2060 steigt der Pegel um bis zu 40 Zentimeter“, teilte das IMG mit.\n"
    )
    assert speakers(text, "de") == ["Enno Hinrichsen", "Institut für Meeresgeologie"]


def test_spanish_short_name_of_a_body_is_its_full_name() -> None:
    text = (
        "Huelva, 7 dic (EFE).- La Oficina de Vigilancia Costera (OVC) ha cerrado "
        "tres playas. «Es una medida temporal», ha dicho el alcalde, Pedro "
        "Garrido Lobo.\n\n"
        "«Las corrientes son muy peligrosas», ha advertido la OVC.\n"
    )
    assert speakers(text, "es") == ["Pedro Garrido Lobo", "Oficina de Vigilancia Costera"]


def test_a_short_name_never_spelled_out_stays_as_written() -> None:
    text = (
        "Huelva, 7 dic (EFE).- La oficina costera ha cerrado tres playas. «Es una "
        "medida temporal», ha dicho el alcalde, Pedro Garrido Lobo.\n\n"
        "«Las corrientes son muy peligrosas», ha advertido la OVC.\n"
    )
    assert speakers(text, "es") == ["Pedro Garrido Lobo", "OVC"]


# ------------------------------------------------ a firm's management is the firm


def test_french_management_of_a_firm_is_the_firm() -> None:
    text = (
        "QUIMPER, 7 déc 2026 (AFP) - Les salariés de la conserverie ont débrayé "
        "lundi. « On veut des garanties », a lancé la déléguée CGT, Nolwenn Riou.\n\n"
        "« Aucun licenciement n'est prévu », a indiqué la direction régionale de la "
        "Cofralim dans un communiqué.\n"
    )
    assert speakers(text, "fr") == ["Nolwenn Riou", "Cofralim"]


def test_spanish_management_of_a_firm_is_the_firm() -> None:
    text = (
        "Avilés, 7 dic (EFE).- La plantilla de la acería ha votado a favor de la "
        "huelga. «No hay otra salida», ha afirmado el portavoz del comité, Xuan "
        "Menéndez Prida.\n\n"
        "«La planta no cerrará», ha asegurado la dirección de Ferralia.\n"
    )
    assert speakers(text, "es") == ["Xuan Menéndez Prida", "Ferralia"]


def test_a_management_with_no_name_after_it_stays_as_written() -> None:
    text = (
        "QUIMPER, 7 déc 2026 (AFP) - Les salariés de la conserverie ont débrayé "
        "lundi. « Aucun licenciement n'est prévu », a indiqué la direction.\n"
    )
    assert speakers(text, "fr") == ["la direction"]


# ------------------------------------------------ fixes of the round's rules


def test_german_witness_before_a_noun_object_after_the_verb() -> None:
    text = (
        "Gerwald (dpa/lnw) - „Wir waren nach sechs Minuten vor Ort“, sagte "
        "Einsatzleiter Holger Wiemann.\n\n"
        "Im Hof fegte am Abend eine Nachbarin Scherben zusammen. „Die Scheiben sind "
        "einfach geplatzt“, sagte die 58-Jährige.\n"
    )
    assert speakers(text, "de") == ["Holger Wiemann", "eine Nachbarin"]


def test_french_epithet_called_back_by_cette_is_the_person_named() -> None:
    text = (
        "AMIENS, 7 déc 2026 (AFP) - La biologiste Chloé Vasseur a présenté lundi ses "
        "travaux au préfet Alain Berthier. « Les abeilles reviennent », a expliqué "
        "la chercheuse. « Il faut protéger les haies », a ajouté cette chercheuse.\n"
    )
    assert speakers(text, "fr") == ["Chloé Vasseur", "Chloé Vasseur"]


def test_french_pronoun_after_a_body_with_another_verb() -> None:
    text = (
        "VERDUN, 7 déc 2026 (AFP) - Le maire de Belleray, Thierry Collignon, a "
        "dénoncé la fermeture du pont. « On nous isole », a-t-il lancé.\n\n"
        "La préfecture de la Meuse a fermé l'ouvrage mardi soir. « Les piles sont "
        "fissurées », a-t-elle précisé.\n"
    )
    assert speakers(text, "fr") == ["Thierry Collignon", "la préfecture de la Meuse"]


def test_french_pronoun_after_a_body_and_a_name_is_not_the_body() -> None:
    text = (
        "VERDUN, 7 déc 2026 (AFP) - La préfecture de la Meuse a reçu la maire de "
        "Belleray, Sandrine Collignon. « On nous isole », a-t-elle lancé.\n"
    )
    assert speakers(text, "fr") == ["Sandrine Collignon"]


# ------------------------------------------------ a body's alias


def test_spanish_alias_of_the_guardia_civil_after_its_name() -> None:
    text = (
        "Teruel, 7 dic (EFE).- La Guardia Civil ha rescatado a tres montañeros "
        "atrapados por la nieve en la sierra de Gúdar. «Estaban agotados», ha "
        "explicado el alcalde de Valdelinares, Ramiro Esteban Gil.\n\n"
        "«Se desorientaron con la niebla», ha relatado el instituto armado.\n"
    )
    assert speakers(text, "es") == ["Ramiro Esteban Gil", "Guardia Civil"]


def test_spanish_alias_with_no_body_named_before_stays_as_written() -> None:
    text = (
        "Teruel, 7 dic (EFE).- Tres montañeros han sido rescatados en la sierra de "
        "Gúdar. «Se desorientaron con la niebla», ha relatado el instituto armado.\n"
    )
    assert speakers(text, "es") == ["el instituto armado"]


def test_german_witness_with_an_adjective_carried_by_her_pronoun() -> None:
    text = (
        "Lauterfeld (dpa) - „Die Vorwürfe wiegen schwer“, sagte Oberstaatsanwalt "
        "Konrad Eichelbaum.\n\n"
        "Danach sagte eine langjährige Buchhalterin aus. Sie beschrieb, wie Rechnungen "
        "doppelt gebucht wurden. „Jeder im Büro hat es gewusst“, sagte die 49-Jährige.\n"
    )
    assert speakers(text, "de") == ["Konrad Eichelbaum", "eine langjährige Buchhalterin"]
