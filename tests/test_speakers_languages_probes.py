"""Probed conventions of German, French and Spanish speakers (issue 14).

Every article here is invented; each test pins one convention of the
language's wire copy with the exact speaker expected.
"""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import quote_rules as rules_of
from tests.speaker_helpers import speakers

# ------------------------------------------- a role noun finds its holder


def test_german_role_noun_finds_the_holder_of_a_compound_title() -> None:
    text = (
        "Berlin (dpa) - Die Regierung plant Entlastungen.\n\n"
        "„Das Paket kommt vor dem Winter“, sagte Bundeskanzler Jan Kamp.\n\n"
        "„Wir halten Wort“, fügte der Kanzler hinzu.\n"
    )
    assert speakers(text, "de") == ["Jan Kamp", "Jan Kamp"]


def test_german_role_noun_finds_the_holder_of_a_ministry_compound() -> None:
    text = (
        "Berlin (dpa) - Bildung.\n\n"
        "Bildungsministerin Karin Stolz stellte den Bericht vor.\n\n"
        "„Wir sind auf einem guten Weg“, sagte die Ministerin.\n"
    )
    assert speakers(text, "de") == ["Karin Stolz"]


def test_spanish_role_noun_finds_the_holder_named_after_a_complement() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "La ministra de Sanidad, Carmen Ruiz, visitó el hospital.\n\n"
        "«Hay que reforzar la plantilla», señaló la ministra.\n"
    )
    assert speakers(text, "es") == ["Carmen Ruiz"]


def test_spanish_role_noun_with_del_complement() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "El presidente del Gobierno, Luis Ortega, viajó a Bruselas.\n\n"
        "«Europa debe actuar», dijo el presidente.\n"
    )
    assert speakers(text, "es") == ["Luis Ortega"]


def test_french_role_noun_with_du_complement() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "La ministre du Travail, Lucie Marchal, a reçu les syndicats.\n\n"
        "« Rien n'est décidé », a indiqué la ministre.\n"
    )
    assert speakers(text, "fr") == ["Lucie Marchal"]


def test_a_role_the_article_gives_no_name_stays_as_written() -> None:
    text = "MADRID (EFE).- El Gobierno actúa.\n\n«Europa debe actuar», dijo el presidente.\n"
    assert speakers(text, "es") == ["el presidente"]


def test_german_leader_compound_is_a_role_before_the_name() -> None:
    text = (
        "Berlin (dpa) - Der Streit geht weiter.\n\n"
        "„Das ist ein schlechter Tag“, schrieb Oppositionsführer Lars Grimm am Abend.\n"
    )
    assert speakers(text, "de") == ["Lars Grimm"]


# ------------------------------- a surname alone finds the full name


def test_german_surname_with_frau_finds_a_name_that_opens_its_paragraph() -> None:
    text = (
        "Kelbach (dpa) - Die Stadt baut eine Brücke.\n\n"
        "Anna Berg ist Sprecherin der Stadt. „Wir beginnen im Mai“, sagte Frau Berg.\n"
    )
    assert speakers(text, "de") == ["Anna Berg"]


def test_german_given_name_after_doctor_title_is_kept() -> None:
    text = (
        "Kelbach (dpa) - Die Klinik erweitert.\n\n"
        "„Wir brauchen mehr Betten“, sagte Dr. Jonas Wendler, Chefarzt der Klinik.\n\n"
        "„Das dauert“, sagte Herr Wendler.\n"
    )
    assert speakers(text, "de") == ["Jonas Wendler", "Jonas Wendler"]


def test_french_monsieur_surname_finds_the_full_name() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "Paul Renard est ministre. « Le texte est prêt », a affirmé M. Renard.\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_french_bare_surname_finds_the_full_name_of_an_earlier_paragraph() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "Paul Renard est ministre.\n\n"
        "« Le texte est prêt », a déclaré Renard.\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_spanish_senor_surname_finds_the_full_name() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "Luis Ortega está preocupado. «Esto no puede seguir así», explicó el Sr. Ortega.\n"
    )
    assert speakers(text, "es") == ["Luis Ortega"]


def test_a_capital_the_article_writes_in_lower_case_is_no_given_name() -> None:
    # "Pronto" opens the sentence; "pronto" in lower case elsewhere says it
    # is no name.
    text = (
        "MADRID (EFE).- El Gobierno actúa pronto.\n\n"
        "Pronto Ortega viajó a Bruselas.\n\n"
        "«Europa debe actuar», dijo Ortega.\n"
    )
    assert speakers(text, "es") == ["Ortega"]


# ------------------------------- a named subject leads in with a colon


def test_spanish_named_subject_of_a_short_clause_before_a_colon() -> None:
    text = "MADRID (EFE).- El Gobierno actúa.\n\nCarmen Ruiz fue tajante: «No hay recortes».\n"
    assert speakers(text, "es") == ["Carmen Ruiz"]
    assert rules_of(text, "es")[0][0] == "cue.colon_subject"


def test_german_named_subject_of_a_short_clause_before_a_colon() -> None:
    text = "Kelbach (dpa) - Die Stadt baut.\n\nAnna Berg ist sicher: „Wir schaffen das.“\n"
    assert speakers(text, "de") == ["Anna Berg"]


def test_french_named_subject_before_a_spaced_colon() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "Paul Renard est catégorique : « Nous ne céderons pas. »\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_a_topic_before_a_colon_gives_no_speaker() -> None:
    text = "Kelbach (dpa) - Die Stadt baut.\n\nDie Bilanz des Jahres: „Wir schaffen das.“\n"
    assert speakers(text, "de") == [None]


# ------------------------------------------- speech tags inside the marks


def test_french_compound_tense_tag_inside_the_marks() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "« Nous agirons vite, a déclaré Paul Renard. Le texte est prêt. »\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]
    assert rules_of(text, "fr")[0] == (
        "cue.inside_tag",
        "mention.lang_phrase",
        "resolve.lang_name",
    )


def test_french_inverted_compound_tag_inside_the_marks() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "Paul Renard parle. « Nous agirons vite, a-t-il déclaré. Le texte est prêt. »\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_spanish_dialogue_dash_tag_inside_the_marks() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n«No hay recortes —dijo Carmen Ruiz—. Lo garantizo».\n"
    )
    assert speakers(text, "es") == ["Carmen Ruiz"]


def test_spanish_dash_tag_inside_a_quotation_carried_over_paragraphs() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "«No hay recortes —dijo Carmen Ruiz—. Lo garantizo.\n\n"
        "«Los presupuestos lo confirman».\n"
    )
    assert speakers(text, "es") == ["Carmen Ruiz"]


def test_a_dash_aside_without_a_cue_verb_gives_no_speaker() -> None:
    text = "MADRID (EFE).- El Gobierno actúa.\n\n«No hay recortes —por ahora—. Lo garantizo».\n"
    assert speakers(text, "es") == [None]


# ------------------------------------ impersonal tags name their source


def test_german_hiess_es_aus_names_the_circles() -> None:
    text = (
        "Berlin (dpa) - Die Koalition streitet.\n\n"
        "„Eine Einigung ist nicht in Sicht“, hieß es aus Regierungskreisen.\n"
    )
    assert speakers(text, "de") == ["Regierungskreisen"]


def test_german_hiess_es_after_a_time_names_the_office() -> None:
    text = (
        "Berlin (dpa) - Die Koalition streitet.\n\n"
        "„Eine Einigung ist nicht in Sicht“, hieß es am Montag aus dem Kanzleramt.\n"
    )
    assert speakers(text, "de") == ["Kanzleramt"]


def test_german_statement_of_an_institution_gives_its_owner() -> None:
    text = (
        "Berlin (dpa) - Das Ministerium warnt.\n\n"
        "„Ältere Menschen sollten viel trinken“, hieß es in einer Mitteilung des Ministeriums.\n\n"
        "„Die Lage ist ernst“, hieß es in einer Erklärung des Verbandes.\n"
    )
    assert speakers(text, "de") == ["Ministerium", "Verband"]


def test_german_hiess_es_alone_gives_no_speaker() -> None:
    text = (
        "Berlin (dpa) - Die Koalition streitet.\n\n„Eine Einigung ist nicht in Sicht“, hieß es.\n"
    )
    assert speakers(text, "de") == [None]


def test_french_on_tag_names_the_source_after_its_preposition() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "« Un accord est proche », a-t-on appris de source gouvernementale.\n\n"
        "« Rien n'est signé », indique-t-on auprès du ministère.\n"
    )
    assert speakers(text, "fr") == ["source gouvernementale", "le ministère"]


def test_french_role_of_several_words_finds_its_holder() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "« Nous tiendrons », a assuré le Premier ministre Jean Castel.\n\n"
        "« Rien ne change », a ajouté le Premier ministre.\n"
    )
    assert speakers(text, "fr") == ["Jean Castel", "Jean Castel"]


def test_spanish_source_phrase_after_the_quote_takes_the_name_in_apposition() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        'El plan es "sólido", según la ministra de Hacienda, Carmen Ruiz.\n'
    )
    assert speakers(text, "es") == ["Carmen Ruiz"]


# ---------------------------------- an epithet stands for the person named


def test_german_age_epithet_is_the_person_just_named() -> None:
    text = (
        "Kelbach (dpa) - Die Sängerin Mira Stahl tritt auf.\n\n"
        "Mira Stahl kommt nach Kelbach. „Ich freue mich sehr“, sagte die 34-Jährige.\n"
    )
    assert speakers(text, "de") == ["Mira Stahl"]


def test_german_party_epithet_is_the_person_just_named() -> None:
    text = (
        "Berlin (dpa) - Streit.\n\n"
        "Lars Grimm ist verärgert. „Das ist ein schlechter Tag“, sagte der SPD-Politiker.\n"
    )
    assert speakers(text, "de") == ["Lars Grimm"]


def test_french_age_epithet_is_the_person_just_named() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "Paul Renard, 52 ans, dirige l'usine. "
        "« Nous sommes inquiets », confie le quinquagénaire.\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_spanish_office_epithet_is_the_person_of_the_paragraph_before() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "Luis Ortega se reunió con sus socios en Bruselas.\n\n"
        "«Europa debe actuar», afirmó el mandatario.\n"
    )
    assert speakers(text, "es") == ["Luis Ortega"]


def test_an_epithet_with_nobody_named_before_stays_as_written() -> None:
    text = "MADRID (EFE).- El Gobierno actúa.\n\n«Europa debe actuar», afirmó el mandatario.\n"
    assert speakers(text, "es") == ["el mandatario"]


def test_spanish_first_surname_finds_the_name_with_both_surnames() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "«Actuaremos rápido», dijo Luis Ortega Sánchez.\n\n"
        "«No hay tiempo», añadió Ortega.\n"
    )
    assert speakers(text, "es") == ["Luis Ortega Sánchez", "Luis Ortega Sánchez"]


# ---------------------------------------- "as X said" after the quotation


def test_german_wie_clause_with_the_verb_last() -> None:
    text = (
        "Kelbach (dpa) - Die Stadt baut.\n\n"
        "Die Arbeiten seien „im Zeitplan“, wie Anna Berg am Montag sagte.\n\n"
        "Die Kosten seien „überschaubar“, wie die Stadt mitteilte.\n"
    )
    assert speakers(text, "de") == ["Anna Berg", "die Stadt"]


def test_spanish_como_clause_with_the_verb_first() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "El plan es «sólido», tal y como explicó Carmen Ruiz.\n"
    )
    assert speakers(text, "es") == ["Carmen Ruiz"]


def test_french_comme_clause_with_a_clitic_before_the_verb() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "Le plan est « solide », comme l’a expliqué Paul Renard.\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_a_wie_clause_without_a_cue_verb_gives_no_speaker() -> None:
    text = "Kelbach (dpa) - Die Stadt baut.\n\nDie Arbeiten seien „im Zeitplan“, wie geplant.\n"
    assert speakers(text, "de") == [None]


# ------------------------------------ a given name alone finds the full name


def test_german_given_name_alone_finds_the_name_before_an_age_bracket() -> None:
    text = (
        "Kelbach (dpa) - Die Schule feiert.\n\n"
        "Die Schülerin Lea Brandt (16) ist begeistert. „Das macht Spaß“, sagt Lea.\n"
    )
    assert speakers(text, "de") == ["Lea Brandt"]


def test_spanish_given_name_alone_finds_the_full_name() -> None:
    text = (
        "BOGOTÁ (EFE).- La ciudad actúa.\n\n"
        "La vecina Marta Correa vive junto al río.\n\n"
        "«El agua llegó de noche», relató Marta.\n"
    )
    assert speakers(text, "es") == ["Marta Correa"]


def test_german_name_before_a_noun_is_no_full_name_without_a_bracket() -> None:
    # "Berg Kritik": in German a noun may follow a surname in a clause.
    text = (
        "Kelbach (dpa) - Die Stadt baut.\n\n"
        "Bekannt wurde, dass Berg Kritik übte.\n\n"
        "„Das reicht nicht“, sagte Berg.\n"
    )
    assert speakers(text, "de") == ["Berg"]


# ------------------------ a role, its complement and the name without comma


def test_french_name_right_after_the_role_complement() -> None:
    text = (
        "PARIS (AFP) - Le gouvernement agit.\n\n"
        "« Nous serons fermes », a déclaré le ministre de l'Intérieur Paul Renard.\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_spanish_name_right_after_the_role_complement() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "«Seremos firmes», dijo el ministro del Interior Luis Ortega.\n"
    )
    assert speakers(text, "es") == ["Luis Ortega"]


def test_a_complement_of_place_with_a_particle_stays_a_role() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "«Seremos firmes», dijo el presidente de la Comunidad de Madrid.\n"
    )
    assert speakers(text, "es") == ["el presidente de la Comunidad de Madrid"]


# ------------------------------------ a verb after the source phrase


def test_spanish_segun_with_a_compound_verb_after_the_quote() -> None:
    text = (
        "MADRID, 3 (EUROPA PRESS) El Gobierno actúa.\n\n"
        "El plan es «sólido», según ha explicado la ministra Carmen Ruiz.\n"
    )
    assert speakers(text, "es") == ["Carmen Ruiz"]


def test_spanish_segun_with_a_preterite_and_unnamed_sources() -> None:
    text = (
        "MADRID (EFE).- Un detenido.\n\n"
        "«No opuso resistencia», según informaron fuentes policiales.\n"
    )
    assert speakers(text, "es") == ["fuentes policiales"]
    quote = wireparse.parse(text, language="es").quotes[0]
    assert quote.cue == "informaron"


def test_spanish_tambien_between_the_article_and_a_second_role() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "«Seremos firmes», recalcó el también portavoz del partido, Luis Ortega.\n\n"
        "«No cederemos», añadió el también diputado Pedro Lara.\n"
    )
    assert speakers(text, "es") == ["Luis Ortega", "Pedro Lara"]


def test_spanish_capitalised_particle_finds_the_full_name() -> None:
    text = (
        "MADRID (EFE).- El Gobierno actúa.\n\n"
        "«No hay decisión», indicó Elena del Valle.\n\n"
        "«Lo veremos», añadió Del Valle.\n"
    )
    assert speakers(text, "es") == ["Elena del Valle", "Elena del Valle"]


def test_french_capitalised_particle_after_madame_finds_the_full_name() -> None:
    text = (
        "LYON (AFP) - La ville agit.\n\n"
        "« Nous agirons », a affirmé Anne Le Guen.\n\n"
        "« Le budget suivra », a ajouté Mme Le Guen.\n"
    )
    assert speakers(text, "fr") == ["Anne Le Guen", "Anne Le Guen"]


# ------------------------------------------- a plural pronoun finds a group


def test_french_plural_inverted_pronoun_finds_the_group_subject() -> None:
    text = (
        "PARIS (AFP) - Les syndicats protestent.\n\n"
        "Les syndicats ont manifesté. « Nous ne lâcherons rien », ont-ils prévenu.\n"
    )
    article = wireparse.parse(text, language="fr")
    assert speakers(text, "fr") == ["Les syndicats"]
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.kind == "group"


def test_spanish_plural_pronoun_finds_the_group_of_the_paragraph_before() -> None:
    text = (
        "MADRID (EFE).- Protesta.\n\n"
        "Los vecinos del barrio cortaron la calle.\n\n"
        "«No nos moveremos», advirtieron ellos.\n"
    )
    assert speakers(text, "es") == ["Los vecinos del barrio"]


def test_a_singular_pronoun_still_finds_the_person() -> None:
    text = (
        "PARIS (AFP) - Les syndicats protestent.\n\n"
        "Les syndicats ont manifesté. Paul Renard a parlé. "
        "« Nous ne lâcherons rien », a-t-il prévenu.\n"
    )
    assert speakers(text, "fr") == ["Paul Renard"]


def test_a_number_before_the_plural_noun_is_part_of_the_group() -> None:
    text = (
        "PARIS (AFP) - Un procès.\n\n"
        "Les deux hommes ont nié. « Nous sommes innocents », ont-ils affirmé.\n"
    )
    assert speakers(text, "fr") == ["Les deux hommes"]


def test_german_passive_of_quoting_names_the_source() -> None:
    text = (
        "Berlin (dpa) - Streit.\n\n"
        "„Das ist falsch“, wird Lars Grimm in der Zeitung zitiert.\n\n"
        "„Wir bleiben dabei“, wurde der Minister zitiert.\n"
    )
    assert speakers(text, "de") == ["Lars Grimm", "der Minister"]


def test_german_wird_without_zitiert_is_no_tag() -> None:
    text = "Berlin (dpa) - Streit.\n\n„Das ist falsch“, wird Lars Grimm nicht müde zu betonen.\n"
    assert speakers(text, "de") == [None]
