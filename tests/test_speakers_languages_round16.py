"""Sixteenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (unions and strikes, transport, churches) with the
exact speaker expected.
"""

from __future__ import annotations

from tests.speaker_helpers import speakers

# ------------------------------------------------ a participle as the demonstrative


def test_spanish_dichas_fuentes_opening_the_sentence_call_back_the_sources() -> None:
    text = (
        "Valdora, 7 dic (EFE).- El alcalde de Valdora, Tomás Ribera, inauguró el "
        "nuevo puerto deportivo. «Es un día histórico», dijo Ribera.\n\n"
        "Fuentes de la Autoridad Portuaria confirmaron el retraso de las obras del "
        "dique. Dichas fuentes aseguraron que el dique estará listo «en primavera».\n"
    )
    assert speakers(text, "es") == ["Tomás Ribera", "fuentes de la Autoridad Portuaria"]


def test_spanish_dicho_portavoz_in_the_tag_calls_back_the_spokesman() -> None:
    text = (
        "Valdora, 7 dic (EFE).- La consejera Elena Bravo visitó la planta. «Hay "
        "futuro», dijo Bravo.\n\n"
        "Un portavoz de la empresa Ferralia explicó la situación. «Nadie perderá "
        "su empleo», precisó dicho portavoz.\n"
    )
    assert speakers(text, "es") == ["Elena Bravo", "un portavoz de la empresa Ferralia"]


# ------------------------------------------------ a body's statement and its management


def test_spanish_body_that_issued_a_statement_is_the_subjectless_tag() -> None:
    text = (
        "Valdora, 7 dic (EFE).- La consejera de Salud, Elena Bravo, visitó las "
        "urgencias. «Faltan médicos», reconoció Bravo.\n\n"
        "La gerencia de Sanitas Valdora ha difundido un comunicado. "
        "«Ningún paciente ha quedado sin atender», ha precisado.\n"
    )
    assert speakers(text, "es") == ["Elena Bravo", "Sanitas Valdora"]


def test_spanish_body_that_issued_a_note_in_the_simple_past() -> None:
    text = (
        "Valdora, 7 dic (EFE).- El alcalde, Tomás Ribera, cortó la cinta. «Es un "
        "gran día», dijo Ribera.\n\n"
        "La dirección de Aguas Valdora emitió una nota por la tarde. «El agua del "
        "grifo es potable», detalló.\n"
    )
    assert speakers(text, "es") == ["Tomás Ribera", "Aguas Valdora"]


def test_french_bare_direction_is_the_firm_named_as_the_leads_inverted_subject() -> None:
    text = (
        "BRESTOU, 7 déc 2026 (AFP) - L'usine de Brestou fermera ses portes en "
        "juin, a annoncé mardi la Cofralim.\n\n"
        "« Les 120 salariés se verront proposer un reclassement », a précisé la "
        "direction dans un communiqué.\n"
    )
    assert speakers(text, "fr") == ["Cofralim"]


def test_french_bare_direction_after_a_sentence_opened_by_the_firm() -> None:
    text = (
        "BRESTOU, 7 déc 2026 (AFP) - Le délégué syndical Hugo Marchal a dénoncé "
        "un « gâchis ». « On nous ment », a-t-il lancé.\n\n"
        "La Cofralim a démenti toute fermeture. « Le site a un avenir », a indiqué "
        "la direction.\n"
    )
    assert speakers(text, "fr") == ["Hugo Marchal", "Hugo Marchal", "Cofralim"]


def test_spanish_bare_direccion_after_a_sentence_opened_by_the_firm() -> None:
    text = (
        "Valdora, 7 dic (EFE).- El presidente del comité, Raúl Osorio, anunció "
        "movilizaciones. «No vamos a parar», dijo Osorio.\n\n"
        "Ferralia ha confirmado el cierre de la planta. «Buscaremos una salida "
        "para cada trabajador», ha señalado la dirección.\n"
    )
    assert speakers(text, "es") == ["Raúl Osorio", "Ferralia"]


# ------------------------------------------------ churches: the prelate, the honorific


def test_spanish_bishop_named_with_monsenor_in_apposition_is_el_obispo() -> None:
    text = (
        "Valdora, 7 dic (EFE).- El obispo de Valdora, monseñor Luis Prado Gil, "
        "abrió este domingo el sínodo diocesano en la catedral.\n\n"
        "«La Iglesia tiene que escuchar más», dijo el obispo ante los delegados.\n"
    )
    assert speakers(text, "es") == ["Luis Prado Gil"]


def test_spanish_archbishop_called_the_prelate() -> None:
    text = (
        "Valdora, 7 dic (EFE).- El arzobispo de Valdora, Ramón Iturbe, visitó "
        "el albergue de San Roque.\n\n"
        "«Nadie debería dormir en la calle», afirmó el prelado.\n"
    )
    assert speakers(text, "es") == ["Ramón Iturbe"]


def test_french_bishop_named_with_mgr_in_apposition_called_the_prelate() -> None:
    text = (
        "BRESTOU, 7 déc 2026 (AFP) - L'archevêque de Brestou, Mgr Paul Ravier, a "
        "ouvert dimanche le synode diocésain.\n\n"
        "« L'Église doit écouter davantage », a déclaré le prélat.\n"
    )
    assert speakers(text, "fr") == ["Paul Ravier"]


def test_french_lawyer_named_with_me_in_apposition_is_named_without_it() -> None:
    text = (
        "BRESTOU, 7 déc 2026 (AFP) - L'avocat de la famille, Me Hugo Lantier, a "
        "demandé la réouverture de l'enquête.\n\n"
        "« Trop de questions restent sans réponse », a plaidé l'avocat.\n"
    )
    assert speakers(text, "fr") == ["Hugo Lantier"]


def test_german_bishop_called_the_chief_shepherd() -> None:
    text = (
        "Kelbach (KNA) - Erzbischof Paul Stegner hat die Diözesansynode eröffnet.\n\n"
        "„Wir müssen mehr zuhören“, sagte der Oberhirte am Sonntag im Dom.\n"
    )
    assert speakers(text, "de") == ["Paul Stegner"]


# ------------------------------------------------ German: the economist, the cantonal minister


def test_german_economist_called_die_okonomin() -> None:
    text = (
        "Linz (APA) - Wirtschaftsforscherin Hanna Größwang vom Institut für "
        "Regionalwirtschaft erwartet für das kommende Jahr ein leichtes Wachstum.\n\n"
        "„Die Talsohle ist durchschritten“, sagte die Ökonomin am Montag.\n"
    )
    assert speakers(text, "de") == ["Hanna Größwang"]


def test_swiss_department_head_called_der_regierungsrat() -> None:
    text = (
        "Sarnau (SDA) - Der Sarnauer Sicherheitsdirektor Beat Wyrsch hat am "
        "Dienstag die neue Einsatzzentrale der Kantonspolizei eröffnet.\n\n"
        "„Damit sind wir für die nächsten zwanzig Jahre gerüstet“, sagte der "
        "Regierungsrat vor den Medien.\n"
    )
    assert speakers(text, "de") == ["Beat Wyrsch"]


# ------------------------------------------------ German: an unnamed traveller as witness


def test_german_unnamed_passenger_with_a_relative_clause_is_the_age_epithet() -> None:
    text = (
        "Kelbach (dpa) - Ein Regionalexpress ist bei Kelbach auf einen Baum "
        "gefahren. „Der Sturm hat ihn auf das Gleis geworfen“, sagte Bahnsprecher "
        "Ole Brandes.\n\n"
        "Eine Passagierin, die im ersten Wagen saß, schilderte den Aufprall. "
        "„Alle Koffer flogen durch den Gang“, sagte die 63-Jährige.\n"
    )
    assert speakers(text, "de") == ["Ole Brandes", "Eine Passagierin"]


def test_german_unnamed_commuter_without_a_clause_is_the_age_epithet() -> None:
    text = (
        "Kelbach (dpa) - Ein Regionalexpress ist bei Kelbach auf einen Baum "
        "gefahren. „Der Sturm hat ihn auf das Gleis geworfen“, sagte Bahnsprecher "
        "Ole Brandes.\n\n"
        "Ein Pendler wartete drei Stunden auf den Ersatzbus. „Niemand hat uns "
        "etwas gesagt“, sagte der 45-Jährige.\n"
    )
    assert speakers(text, "de") == ["Ole Brandes", "Ein Pendler"]


# ------------------------------------------------ a connector naming the speaker's side


def test_spanish_partial_quotation_after_desde_el_gobierno_and_an_apposition() -> None:
    text = (
        "Rosario, 7 de diciembre (Télam).- El dirigente Ramiro Acuña anunció el "
        "paro portuario. «No hay otra salida», dijo Acuña.\n\n"
        "Desde el Gobierno, la ministra de Trabajo, Silvina Ocampo, calificó la "
        "medida de «desproporcionada». «Nadie gana con un puerto cerrado», "
        "declaró.\n"
    )
    assert speakers(text, "es") == ["Ramiro Acuña", "Silvina Ocampo", "Silvina Ocampo"]


def test_spanish_partial_quotation_after_por_su_parte_and_an_apposition() -> None:
    text = (
        "Valdora, 7 dic (EFE).- El consejero de Fomento, Álvaro Requena, presentó "
        "el nuevo trazado de la autovía. «Es la mejor opción», dijo Requena.\n\n"
        "Por su parte, la alcaldesa de Villamayor, Nuria Cortés, calificó el "
        "trazado de «un atropello». «Parte el pueblo en dos», lamentó.\n"
    )
    assert speakers(text, "es") == ["Álvaro Requena", "Nuria Cortés", "Nuria Cortés"]


# ------------------------------------------------ a count opening the lead is no firm


def test_spanish_count_opening_the_lead_is_no_firm_for_la_empresa() -> None:
    text = (
        "Valdora, 7 dic (EFE).- Ocho operarios resultaron heridos este lunes en la "
        "explosión de una caldera en una fábrica de piensos de Valdora.\n\n"
        "«Se están investigando las causas», informó la empresa en un comunicado.\n"
    )
    assert speakers(text, "es") == ["la empresa"]


def test_french_count_opening_the_lead_is_no_firm_for_la_societe() -> None:
    text = (
        "BRESTOU, 7 déc 2026 (AFP) - Trois ouvriers ont été blessés lundi dans "
        "l'explosion d'une chaudière d'une usine d'aliments pour bétail.\n\n"
        "« Une enquête interne est ouverte », a indiqué la société dans un "
        "communiqué.\n"
    )
    assert speakers(text, "fr") == ["la société"]


# ------------------------------------------------ French: an honorific before the surname alone


def test_french_mgr_before_the_surname_is_the_antecedent_of_il_after_a_woman() -> None:
    text = (
        "BRESTOU, 7 déc 2026 (AFP) - L'archevêque de Brestou, Mgr Paul Ravier, a "
        "célébré dimanche une messe pour les victimes de l'incendie.\n\n"
        "La maire, Anne Vidal, a annoncé une aide d'urgence. « Personne ne sera "
        "oublié », a-t-elle promis.\n\n"
        "Après la messe, Mgr Ravier a rencontré les familles. « Leur courage "
        "m'impressionne », a-t-il confié.\n"
    )
    assert speakers(text, "fr") == ["Anne Vidal", "Paul Ravier"]


# ------------------------------------------------ an acronym of a name written out, no brackets


def test_german_acronym_of_a_compound_name_written_out_without_brackets() -> None:
    text = (
        "Kiel (dpa/lno) - Der Norddeutsche Fährverband hat wegen des Sturms alle "
        "Verbindungen zu den Inseln eingestellt. „Sicherheit geht vor“, sagte "
        "Kapitän Henning Sörensen.\n\n"
        "„Ab Mittwoch fahren die Schiffe wieder nach Plan“, teilte der NFV mit.\n"
    )
    assert speakers(text, "de") == ["Henning Sörensen", "Norddeutsche Fährverband"]


def test_spanish_acronym_of_a_name_written_out_without_brackets() -> None:
    text = (
        "Valdora, 7 dic (EFE).- La Confederación Sindical Obrera ha convocado "
        "una huelga en el puerto. «Es el último recurso», dijo su secretario "
        "general, Luis Ferrán.\n\n"
        "«Pararemos todas las grúas», señaló la CSO en un comunicado.\n"
    )
    assert speakers(text, "es") == ["Luis Ferrán", "Confederación Sindical Obrera"]


# ------------------------------------------------ a complement with article and adjective


def test_spanish_role_with_an_article_and_adjective_in_its_complement_before_the_name() -> None:
    text = (
        "Oviedo, 7 dic (EFE).- La huelga en las minas de Valdesoto cumple su "
        "segunda semana.\n\n"
        "«No volveremos al pozo sin un acuerdo», afirmó la secretaria general de "
        "la federación minera Rosa Albal ante los trabajadores.\n"
    )
    assert speakers(text, "es") == ["Rosa Albal"]


def test_french_role_with_an_article_and_adjective_in_its_complement_before_the_name() -> None:
    text = (
        "BRESTOU, 7 déc 2026 (AFP) - La grève des contrôleurs entre dans son "
        "cinquième jour.\n\n"
        "« Nous ne céderons pas sur les effectifs », a déclaré le secrétaire de "
        "la fédération cheminote Yves Kerjean devant la gare.\n"
    )
    assert speakers(text, "fr") == ["Yves Kerjean"]
