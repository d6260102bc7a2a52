"""Speakers of German, French and Spanish quotations (wireparse.quotations.languages).

Every article here is invented; each test pins one convention of the
language's news copy with the exact speaker expected.
"""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import given

import wireparse
from wireparse.model import Paragraph, Span
from wireparse.quotations import languages, rules
from wireparse.quotations.quotes import analyse


def speakers(text: str, language: str) -> list[tuple[str, str | None]]:
    article = wireparse.parse(text, language=language)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def rules_of(text: str, language: str) -> list[tuple[str, ...]]:
    return [q.rules for q in wireparse.parse(text, language=language).quotes]


# ---------------------------------------------------------------- German

DE = (
    "Die Stadtwerke Kelbach erneuern das Netz.\n\n"
    "Bürgermeisterin Ilse Varga stellte den Plan am Montag vor. "
    "„Wir bauen die Leitungen bis zum Sommer neu“, sagte Varga.\n\n"
    "Sie fügte hinzu: „Die Kosten tragen Bund und Land gemeinsam.“\n\n"
    "Der Sprecher der Bürgerinitiative, Tomas Ederle, widersprach. "
    "„Das Geld reicht nicht aus“, erklärte Ederle am Abend.\n\n"
    "„Wir haben die Zahlen geprüft“, so der Kämmerer.\n"
)


def test_german_tag_after_the_quotation_names_the_full_name() -> None:
    got = speakers(DE, "de")
    assert got[0] == ("Wir bauen die Leitungen bis zum Sommer neu", "Ilse Varga")


def test_german_pronoun_and_colon_lead_in() -> None:
    assert speakers(DE, "de")[1] == ("Die Kosten tragen Bund und Land gemeinsam.", "Ilse Varga")


def test_german_surname_after_role_apposition() -> None:
    assert speakers(DE, "de")[2] == ("Das Geld reicht nicht aus", "Tomas Ederle")


def test_german_so_source_phrase_keeps_the_role() -> None:
    assert speakers(DE, "de")[3] == ("Wir haben die Zahlen geprüft", "der Kämmerer")


def test_german_rules_are_recorded() -> None:
    got = rules_of(DE, "de")
    assert got[0] == ("cue.after_tag", "mention.lang_phrase", "resolve.lang_name")
    assert got[1] == ("cue.lead_in", "mention.lang_phrase", "resolve.lang_pronoun")


def test_german_inverted_lead_in_after_an_adverb() -> None:
    text = (
        "Der Rat tagte lange.\n\n"
        "Dazu sagte Paula Hemmer am Dienstag: „Wir warten auf das Gutachten.“\n"
    )
    assert speakers(text, "de") == [("Wir warten auf das Gutachten.", "Paula Hemmer")]


# ---------------------------------------------------------------- French

FR = (
    "Le port de Saint-Aubel rouvre ses quais.\n\n"
    "La ministre des Transports, Claire Dumesnil, était sur place. "
    "« Les travaux sont terminés », a déclaré Mme Dumesnil.\n\n"
    "« Nous avons tenu les délais », a-t-elle ajouté.\n\n"
    "Selon le porte-parole du port, « les navires sont déjà en rade ».\n"
)


def test_french_spaced_guillemets_and_honorific() -> None:
    assert speakers(FR, "fr")[0] == ("Les travaux sont terminés", "Claire Dumesnil")


def test_french_inverted_pronoun_continues_the_speaker() -> None:
    assert speakers(FR, "fr")[1] == ("Nous avons tenu les délais", "Claire Dumesnil")


def test_french_tag_inside_the_marks() -> None:
    body = (
        "Sur les quais, les dockers applaudissent. "
        "« Le trafic reprendra lundi, glisse Bruno Tallec, docker depuis vingt ans. "
        "Tout le monde attendait ça. »"
    )
    found = analyse(body, [Paragraph(body, Span(0, len(body)))], "fr")
    (quote,) = found.quotes
    assert quote.text.startswith("Le trafic reprendra lundi")
    assert quote.speaker is not None
    assert quote.speaker.name == "Bruno Tallec"
    assert quote.rules[0] == "cue.inside_tag"


def test_french_selon_source_phrase() -> None:
    assert speakers(FR, "fr")[2] == ("les navires sont déjà en rade", "le porte-parole du port")


# ---------------------------------------------------------------- Spanish

ES = (
    "El ayuntamiento de Villaverde aprobó el presupuesto.\n\n"
    "El alcalde, Tomás Ortega del Río, defendió las cuentas. "
    "«Es un presupuesto para la gente», dijo Ortega.\n\n"
    "«No habrá nuevos impuestos», añadió.\n\n"
    "La concejala Marta Ibáñez explicó que «las obras empezarán en marzo».\n\n"
    "«Votamos en contra», señaló la portavoz de la oposición.\n"
)


def test_spanish_surname_to_name_with_particle() -> None:
    assert speakers(ES, "es")[0] == ("Es un presupuesto para la gente", "Tomás Ortega del Río")


def test_spanish_verb_without_subject_continues_the_speaker() -> None:
    assert speakers(ES, "es")[1] == ("No habrá nuevos impuestos", "Tomás Ortega del Río")


def test_spanish_que_lead_in_with_title() -> None:
    assert speakers(ES, "es")[2] == ("las obras empezarán en marzo", "Marta Ibáñez")


def test_spanish_role_as_written() -> None:
    assert speakers(ES, "es")[3] == ("Votamos en contra", "la portavoz de la oposición")


def test_spanish_dialogue_dash() -> None:
    text = "La reunión terminó tarde.\n\n«Volveremos mañana» —dijo Lucía Ferrer—.\n"
    assert speakers(text, "es") == [("Volveremos mañana", "Lucía Ferrer")]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A word of time between the verb and the subject set after it.
        ("fr", "«Le port rouvrira», a estimé dimanche le maire.", "le maire"),
        ("fr", "«Le port rouvrira», a déclaré lundi soir à la presse le maire.", "le maire"),
        ("es", "«El puerto abrirá», dijo hoy el alcalde.", "el alcalde"),
        ("de", "„Der Hafen öffnet“, sagte heute der Bürgermeister.", "der Bürgermeister"),
        # A tag that ends the sentence a few quoted words stand in.
        ("fr", "Les grèves sont une «catastrophe» pour le port, a estimé le maire.", "le maire"),
        ("es", "Las huelgas son una «catástrofe» para el puerto, dijo el alcalde.", "el alcalde"),
    ],
)
def test_an_inverted_tag_past_a_word_of_time_or_the_rest_of_the_sentence(
    language: str, text: str, speaker: str
) -> None:
    heads = {
        "fr": "Le port rouvre\n\nBREST (AFP) - Le port a rouvert lundi après la grève.\n\n",
        "es": "El puerto abre\n\nMADRID, 3 ene (EFE).- El puerto abrió el lunes.\n\n",
        "de": "Hafen öffnet\n\nBerlin (dpa) - Der Hafen hat wieder geöffnet.\n\n",
    }
    found = speakers(heads[language] + text + "\n", language)
    assert [name for _, name in found] == [speaker]


#: (language, lead, [(paragraph, speaker of its last quotation)]): each
#: convention of the language's copy on a story of its own.
CONVENTIONS = [
    (
        "de",
        "Hafen öffnet\n\nBerlin (dpa) - Der Hafen hat wieder geöffnet.\n\n",
        [
            ("„Wir bauen neu“, sagte Bürgermeisterin Ilse Varga.", "Ilse Varga"),
            ("Bürgermeisterin Ilse Varga sagte: „Wir bauen neu.“", "Ilse Varga"),
            ("Ilse Varga leitet den Hafen. „Wir bauen neu“, sagte sie.", "Ilse Varga"),
            ("„Wir bauen neu“, teilte das Ministerium mit.", "das Ministerium"),
            ("Nach Angaben von Ilse Varga soll der Hafen „bis Mai“ fertig sein.", "Ilse Varga"),
            ("„Wir bauen neu“, sagte der Sprecher der Stadt, Tom Ederle.", "Tom Ederle"),
            ("„Wir bauen neu“, so Varga.", "Varga"),
            ("Laut Varga ist der Plan „gut durchdacht“.", "Varga"),
            (
                "„Wir bauen neu“, erklärte Hafenchefin Ilse von der Heide am Montag.",
                "Ilse von der Heide",
            ),
            ("„Wir bauen neu“, sagte Kanzler Olaf Brenner.", "Olaf Brenner"),
            ("„Wir bauen neu“, sagte Vizekanzlerin Petra Lind.", "Petra Lind"),
            ("Der Plan sei, so Bürgermeisterin Ilse Varga, „gut durchdacht“.", "Ilse Varga"),
            (
                "Den Hafen leitet Ilse Varga. Der Plan ist laut Varga „gut durchdacht“.",
                "Ilse Varga",
            ),
            ("Der Plan ist laut der Ministerin „gut durchdacht“.", "der Ministerin"),
            (
                "Den Hafen leitet Ilse Varga. Varga sagte laut Manuskript: „Wir bauen neu.“",
                "Ilse Varga",
            ),
            ("„Wir bauen neu“, sagte Herr Dr. Ederle.", "Ederle"),
            ("„Wir bauen neu“, sagte Prof. Ilse Varga.", "Ilse Varga"),
            (
                "„Wir bauen neu“, sagte ein Sprecher des Hamburger Senats.",
                "ein Sprecher des Hamburger Senats",
            ),
            ("„Wir bauen neu“, sagte die Ministerin der Zeitung.", "die Ministerin"),
            ("„Wir bauen neu“, sagte der Sprecher des Senats, Tom Ederle.", "Tom Ederle"),
            (
                "„Wir bauen neu“, sagte der frühere Hamburger Bürgermeister Tom Ederle.",
                "Tom Ederle",
            ),
            ("Ilse Varga sagte, der Hafen sei bereit.\n\n„Wir bauen neu.“", "Ilse Varga"),
            (
                "Die Hafenchefin Ilse Varga zeigte sich zufrieden.\n\n„Wir bauen neu“, sagte sie.",
                "Ilse Varga",
            ),
            (
                "Wirtschaftssenator Tom Ederle zeigte sich zuversichtlich. "
                "Er sagte: „Wir bauen neu.“",
                "Tom Ederle",
            ),
        ],
    ),
    (
        "fr",
        "Le port rouvre\n\nBREST (AFP) - Le port a rouvert lundi après la grève.\n\n",
        [
            ("« Nous reconstruirons », a déclaré la maire Anne Roux.", "Anne Roux"),
            ("Anne Roux dirige le port. « Nous reconstruirons », a-t-elle ajouté.", "Anne Roux"),
            ("Selon Anne Roux, le port sera « prêt en mai ».", "Anne Roux"),
            ("« Nous reconstruirons », a indiqué le ministère dans un communiqué.", "le ministère"),
            ("La maire, Anne Roux, a estimé que c'était « une bonne nouvelle ».", "Anne Roux"),
            ("« Nous reconstruirons », affirme Anne Roux.", "Anne Roux"),
            ("« Nous reconstruirons », a déclaré M. Roux.", "Roux"),
            ("« Nous reconstruirons », a déclaré Jean de La Fontaine.", "Jean de La Fontaine"),
            ("« Nous reconstruirons », a déclaré le Premier ministre.", "le Premier ministre"),
            ("« Nous reconstruirons », a déclaré le Premier ministre Jean Castel.", "Jean Castel"),
            ("« Nous reconstruirons », a affirmé à l'AFP Anne Roux, maire de Brest.", "Anne Roux"),
            ("« Nous reconstruirons », a indiqué à Belga Anne Roux.", "Anne Roux"),
            ("« Nous reconstruirons », a dit ce matin le maire.", "le maire"),
            (
                "Anne Roux a estimé que le port était prêt.\n\n« Nous reconstruirons. »",
                "Anne Roux",
            ),
            (
                "« Nous reconstruirons », ont indiqué des sources diplomatiques.",
                "des sources diplomatiques",
            ),
            (
                "La maire de Brest, Anne Roux, s'est exprimée lundi.\n\n"
                "« Nous reconstruirons », a-t-elle dit.",
                "Anne Roux",
            ),
        ],
    ),
    (
        "es",
        "El puerto abre\n\nMADRID, 3 ene (EFE).- El puerto abrió el lunes.\n\n",
        [
            ("«Reconstruiremos», dijo la alcaldesa Ana Ruiz.", "Ana Ruiz"),
            ("La alcaldesa Ana Ruiz dijo que «el puerto abrirá en mayo».", "Ana Ruiz"),
            ("Según Ana Ruiz, el puerto estará «listo en mayo».", "Ana Ruiz"),
            ("«Reconstruiremos», afirmó el ministerio en un comunicado.", "el ministerio"),
            ("Ana Ruiz habló con la prensa. «Reconstruiremos», aseguró.", "Ana Ruiz"),
            ("«Reconstruiremos» —dijo Ana Ruiz—.", "Ana Ruiz"),
            ("De acuerdo con Ana Ruiz, el plan es «sólido».", "Ana Ruiz"),
            (
                "«Reconstruiremos», señaló el portavoz del puerto, Luis de la Vega.",
                "Luis de la Vega",
            ),
            ("«Reconstruiremos», dijo doña Ana Ruiz.", "Ana Ruiz"),
            ("«Reconstruiremos», dijo don Luis Pardo.", "Luis Pardo"),
            ("«Reconstruiremos», declaró a EFE Luis Pardo.", "Luis Pardo"),
            ("«Reconstruiremos», aseguró a Europa Press Luis Pardo.", "Luis Pardo"),
            (
                "«Reconstruiremos», ha afirmado este lunes la presidenta del puerto, Ana Ruiz.",
                "Ana Ruiz",
            ),
            ("«Reconstruiremos», dijo esta mañana el alcalde, Pedro Gómez.", "Pedro Gómez"),
            ("«Reconstruiremos», indicaron fuentes del Ministerio.", "fuentes del Ministerio"),
            ("Ana Ruiz dijo que el puerto estará listo.\n\n«No hay prisa».", "Ana Ruiz"),
            ("Según fuentes policiales, el puerto estará «listo en mayo».", "fuentes policiales"),
            (
                "«Reconstruiremos», explicaron a EFE fuentes del Gobierno.",
                "fuentes del Gobierno",
            ),
            (
                "«Reconstruiremos», dijo Ana Ruiz.\n\n"
                "El ministro de Fomento, Luis Pardo, declaró que apoyará el plan. "
                "«Vigo es clave», afirmó.",
                "Luis Pardo",
            ),
            (
                "«Reconstruiremos», dijo Ana Ruiz.\n\n"
                "Según el informe, Luis Pardo ha adquirido dos grúas. "
                "«Vigo es clave», afirmó.",
                "Ana Ruiz",
            ),
            (
                "«Reconstruiremos», respondieron a EL DIARIO los abogados del puerto.",
                "los abogados del puerto",
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("language", "lead", "body", "speaker"),
    [(lang, lead, body, who) for lang, lead, pairs in CONVENTIONS for body, who in pairs],
)
def test_the_conventions_of_each_language(
    language: str, lead: str, body: str, speaker: str
) -> None:
    article = wireparse.parse(lead + body + "\n", language=language)
    last = article.quotes[-1]
    assert last.speaker is not None
    assert last.speaker.name == speaker


def test_every_language_rule_is_in_a_table() -> None:
    for text, lang in ((DE, "de"), (FR, "fr"), (ES, "es")):
        for names in rules_of(text, lang):
            for name in names:
                assert rules.rule_named(name).name == name


def test_english_copy_is_not_read_by_the_language_rules() -> None:
    text = 'The port reopened.\n\n"We are done," said Ilse Varga.\n'
    article = wireparse.parse(text, language="en")
    assert not any(r.startswith(("cue.after_tag", "cue.lead_in")) for r in article.quotes[0].rules)


# ---------------------------------------------------------------- properties

GIVEN = ["Anna", "Jonas", "Lena", "Paul", "Marta", "Hugo"]
SURNAMES = ["Berger", "Lindqvist", "Okafor", "Ruiz", "Tallec", "Varga"]
LINES = {
    "de": ("„{q}“, sagte {n}.", ["Wir bleiben hier", "Das Werk öffnet wieder"]),
    "fr": ("« {q} », a déclaré {n}.", ["Nous restons ici", "Le chantier reprend"]),
    "es": ("«{q}», dijo {n}.", ["Nos quedamos aquí", "La obra sigue adelante"]),
}


@given(
    lang=st.sampled_from(sorted(LINES)),
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    pick=st.integers(0, 1),
)
def test_generated_tag_after_quotation_comes_back_with_its_speaker(
    lang: str, first: str, last: str, pick: int
) -> None:
    pattern, quotes = LINES[lang]
    q = quotes[pick]
    text = "Titel\n\n" + pattern.format(q=q, n=f"{first} {last}") + "\n"
    assert speakers(text, lang) == [(q, f"{first} {last}")]


@given(
    lang=st.sampled_from(sorted(LINES)),
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
)
def test_generated_surname_resolves_to_the_full_name(lang: str, first: str, last: str) -> None:
    pattern, quotes = LINES[lang]
    intro = {
        "de": f"{first} {last} kam am Morgen.",
        "fr": f"{first} {last} est arrivé le matin.",
        "es": f"{first} {last} llegó por la mañana.",
    }[lang]
    text = "Titel\n\n" + intro + " " + pattern.format(q=quotes[0], n=last) + "\n"
    assert speakers(text, lang) == [(quotes[0], f"{first} {last}")]


# ---------------------------------------------------------------- more conventions


def test_sentence_subject_speaks_a_partial_quotation() -> None:
    text = 'Titel\n\nLa diputada Ana Ruiz calificó el proyecto de "ilegal" y pidió su retirada.\n'
    got = wireparse.parse(text, language="es").quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in got] == [
        ("ilegal", "Ana Ruiz")
    ]
    assert got[0].rules[0] == "partial.sentence_subject"


def test_german_role_then_name_in_commas_before_the_verb() -> None:
    text = (
        "Titel\n\n"
        "Der Präsident des Verbands, Georg Amsel, sagte am Morgen: "
        "„Die Preise steigen weiter.“\n"
    )
    assert speakers(text, "de") == [("Die Preise steigen weiter.", "Georg Amsel")]


def test_french_honorific_stop_is_no_sentence_end() -> None:
    text = (
        "Titre\n\n"
        "Le maire Paul Lenoir a visité le chantier. "
        "« Les travaux avancent bien », a dit M. Lenoir.\n"
    )
    assert speakers(text, "fr") == [("Les travaux avancent bien", "Paul Lenoir")]


def test_french_pronoun_takes_the_last_full_name_before_it() -> None:
    text = (
        "Titre\n\n"
        "« Nous tiendrons », a déclaré Claire Dumesnil.\n\n"
        "Le syndicaliste Marc Ollier a répondu plus tard. "
        "« Rien n'est réglé », a-t-il estimé.\n"
    )
    assert speakers(text, "fr") == [
        ("Nous tiendrons", "Claire Dumesnil"),
        ("Rien n'est réglé", "Marc Ollier"),
    ]


def test_quotation_opening_its_sentence_has_no_lead_in() -> None:
    text = (
        "Titel\n\n"
        "„Wir sind zufrieden“, sagte Paula Hemmer.\n\n"
        "Jonas Brandt habe das Werk besucht. „Es läuft gut.“\n"
    )
    assert speakers(text, "de") == [
        ("Wir sind zufrieden", "Paula Hemmer"),
        ("Es läuft gut.", "Paula Hemmer"),
    ]


def test_role_resolves_to_the_person_given_that_title() -> None:
    text = (
        "Titel\n\n"
        "El senador republicano Luis Prado criticó el plan.\n\n"
        "«Es un error», añadió el senador.\n"
    )
    assert speakers(text, "es") == [("Es un error", "Luis Prado")]


def test_role_without_a_named_holder_stays_as_written() -> None:
    text = "Titre\n\nLe port rouvre.\n\n« Tout est prêt », écrit l’agence.\n"
    assert speakers(text, "fr") == [("Tout est prêt", "l’agence")]


def test_french_inverted_tag_inside_the_marks_with_words_after_it() -> None:
    body = (
        "Antoine Morel enseigne depuis dix ans. "
        "« Je reste, glisse-t-il en rangeant ses livres. C'est mon métier. »"
    )
    found = analyse(body, [Paragraph(body, Span(0, len(body)))], "fr")
    assert [(q.speaker.name if q.speaker else None, q.rules[0]) for q in found.quotes] == [
        ("Antoine Morel", "cue.inside_tag")
    ]


def test_french_elided_source_phrase() -> None:
    text = (
        "Titre\n\nLe port rouvre. D’après la préfète Anne Morel, « le trafic reprendra lundi ».\n"
    )
    assert speakers(text, "fr") == [("le trafic reprendra lundi", "Anne Morel")]


def test_spanish_subjectless_verb_continues_a_name_from_the_paragraph_before() -> None:
    text = (
        "Titular\n\n"
        "El animal escapó de noche, dijo el guarda del parque, Luis Prado.\n\n"
        "«Nadie resultó herido», añadió.\n"
    )
    assert speakers(text, "es") == [("Nadie resultó herido", "Luis Prado")]


def test_word_after_a_quoted_word_without_comma_is_no_cue() -> None:
    text = "Titre\n\nLe ministre Paul Lenoir a parlé d'une « catastrophe » pour le commerce.\n"
    got = wireparse.parse(text, language="fr").quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in got] == [
        ("catastrophe", "Paul Lenoir")
    ]


def test_dateline_run_into_the_paragraph_is_not_the_subject() -> None:
    text = (
        "Titular\n\n"
        'MADRID, 3 ene (EFE).- La ministra Elena Soto calificó la medida de "histórica".\n'
    )
    assert speakers(text, "es") == [("histórica", "Elena Soto")]


def test_participle_of_a_cue_verb_shares_the_subject_and_title_of_several_words() -> None:
    text = (
        "Titre\n\n"
        "Le Premier ministre Paul Lenoir a réagi vendredi, "
        "estimant que la réunion était « impardonnable ».\n"
    )
    assert speakers(text, "fr") == [("impardonnable", "Paul Lenoir")]


def test_name_right_before_a_compound_tense_cue() -> None:
    text = (
        "Titre\n\n"
        "Dans un entretien, ce lundi matin, Anne Morel avait affirmé "
        "qu'elle partirait « si les élus le demandent ».\n"
    )
    assert speakers(text, "fr") == [("si les élus le demandent", "Anne Morel")]


def test_dateline_with_a_stop_and_hyphen_is_not_the_subject() -> None:
    text = 'Titular\n\nLIMA.- El ministro Raúl Campos calificó el plan de "inviable".\n'
    assert speakers(text, "es") == [("inviable", "Raúl Campos")]


# ------------------------------------------ reported speech, press conferences

DE_REPORTED = (
    "Kelbach will die Brücke über die Wende erneuern.\n\n"
    "Der Damm halte noch Jahre, sagte Bürgermeisterin Ilse Varga am Montag der Zeitung. "
    "Die Arbeiten sollten im Frühjahr beginnen.\n\n"
    "„Wir haben jede Schwelle einzeln geprüft.“\n"
)

DE_REPORTED_WIE = (
    "Kelbach spart Strom.\n\n"
    "Die Straßenlampen bleiben nachts aus, wie Stadtwerkechef Tomas Ederle der Zeitung "
    "erläuterte.\n\n"
    "Das Rathaus wird kühler geheizt.\n\n"
    "Geprüft werde noch, „ob auch die Brunnen ruhen können“.\n"
)

DE_APPEAL = (
    "Kelbach schließt die Bäder.\n\n"
    "Bürgermeisterin Ilse Varga schrieb den Vereinen einen Brief.\n\n"
    "Die Regeln gelten bis zum Frühjahr.\n\n"
    "Mit Blick auf den Winter ruft Varga die Vereine dazu auf, „die Hallen gemeinsam zu "
    "nutzen“.\n"
)

ES_PRESS = (
    "El entrenador del Atlético Ribera, Luis Prado, habló con la prensa antes del derbi.\n\n"
    "Repasó la semana y los lesionados del equipo.\n\n"
    "Sobre el rival: “Es un equipo muy fuerte y lo vamos a respetar”.\n\n"
    "Sobre el estadio: “Nos gusta jugar en casa”.\n"
)


def test_german_quotation_continues_the_indirect_speech_before_it() -> None:
    assert speakers(DE_REPORTED, "de") == [
        ("Wir haben jede Schwelle einzeln geprüft.", "Ilse Varga")
    ]
    assert rules_of(DE_REPORTED, "de")[0][0] == "carry.reported_speech"


def test_german_wie_clause_names_the_source_of_the_reported_speech() -> None:
    assert speakers(DE_REPORTED_WIE, "de") == [("ob auch die Brunnen ruhen können", "Tomas Ederle")]


def test_german_appeal_verb_is_a_cue_with_its_subject_after_the_verb() -> None:
    assert speakers(DE_APPEAL, "de") == [("die Hallen gemeinsam zu nutzen", "Ilse Varga")]
    assert rules_of(DE_APPEAL, "de")[0][0] == "cue.lead_in"


def test_spanish_press_conference_topics_are_the_lead_subjects_words() -> None:
    assert speakers(ES_PRESS, "es") == [
        ("Es un equipo muy fuerte y lo vamos a respetar", "Luis Prado"),
        ("Nos gusta jugar en casa", "Luis Prado"),
    ]
    assert rules_of(ES_PRESS, "es")[0][0] == "carry.lead_subject"


def test_no_source_named_at_a_cue_leaves_the_quotation_without_a_speaker() -> None:
    text = (
        "Kelbach spart Strom.\n\n"
        "Die Lampen bleiben aus.\n\n"
        "„Wir haben jede Schwelle einzeln geprüft.“\n"
    )
    assert speakers(text, "de") == [("Wir haben jede Schwelle einzeln geprüft.", None)]


def test_a_quotation_with_words_after_it_in_its_sentence_is_not_carried() -> None:
    text = (
        "Kelbach erneuert die Brücke.\n\n"
        "Der Damm halte noch Jahre, sagte Bürgermeisterin Ilse Varga am Montag.\n\n"
        "„Ein Wunder“ nannten Anwohner den schnellen Bau.\n"
    )
    assert speakers(text, "de") == [("Ein Wunder", None)]


def test_a_common_noun_at_a_cue_is_no_source_to_carry() -> None:
    text = (
        "Kelbach erneuert die Brücke.\n\n"
        "Die Anwohner erklärten, der Bau dauere zu lange.\n\n"
        "„Wir haben jede Schwelle einzeln geprüft.“\n"
    )
    assert speakers(text, "de") == [("Wir haben jede Schwelle einzeln geprüft.", None)]


def test_german_pronoun_before_a_colon_is_the_speaker() -> None:
    text = (
        "Kelbach erneuert die Brücke.\n\n"
        "„Der Plan steht“, sagte Bürgermeisterin Ilse Varga.\n\n"
        "Der Bau sei teuer, sagt auch der Sprecher des Vereins, Tomas Ederle. "
        "Er bleibt jedoch skeptisch: „Ohne Brücke verlieren wir die Kunden.“\n"
    )
    assert speakers(text, "de") == [
        ("Der Plan steht", "Ilse Varga"),
        ("Ohne Brücke verlieren wir die Kunden.", "Tomas Ederle"),
    ]
    assert rules_of(text, "de")[1][0] == "cue.colon_subject"


def test_german_reported_speech_with_the_subject_after_the_verb_and_a_date() -> None:
    text = (
        "Kelbach schließt die Bäder.\n\n"
        "Die Bäder bleiben zu. Das hat Bürgermeisterin Ilse Varga am Freitag, 3. Februar, "
        "den Vereinen in einem Brief mitgeteilt.\n\n"
        "Darüber hinaus seien alle Vereine aufgerufen, „die Hallen zu teilen“.\n"
    )
    assert speakers(text, "de") == [("die Hallen zu teilen", "Ilse Varga")]


def test_tag_after_an_aside_clause_names_the_speaker() -> None:
    text = (
        "Kelbach erneuert die Brücke.\n\n"
        "„Der Plan steht“, sagte Bürgermeisterin Ilse Varga.\n\n"
        "„Das Geländer hält“, etwa wenn es stürmt, sagt Tomas Ederle, der die Pläne zeichnete.\n"
    )
    assert speakers(text, "de") == [
        ("Der Plan steht", "Ilse Varga"),
        ("Das Geländer hält", "Tomas Ederle"),
    ]
    assert rules_of(text, "de")[1][0] == "cue.after_tag"


def test_source_phrase_at_reads_phrases_of_one_and_several_words() -> None:
    text = "Die Brücke hält, nach Angaben von Varga, so Berger laut"
    reader = languages._Reader(text, [Paragraph(text, Span(0, len(text)))], "de")
    toks = languages._tokens(text, 0)
    found = {t.text: reader.source_phrase_at(toks, k) for k, t in enumerate(toks)}
    assert found["nach"] == 3  # "nach Angaben von"
    assert found["so"] == 1
    assert found["laut"] == 1
    assert found["Angaben"] == 0
    assert found["Brücke"] == 0
    assert reader.source_phrase_at(toks, len(toks)) == 0  # past the last token


def test_the_agency_of_the_dateline_is_no_speaker() -> None:
    text = (
        "El puerto abre\n\nMADRID, 3 ene (EFE).- El puerto abrió el lunes.\n\n"
        "«Reconstruiremos», explicaron.\n"
    )
    article = wireparse.parse(text, language="es")
    assert article.quotes[0].speaker is None


# ------------------------------------------------------- dialogue dashes

DIALOGUE_ES = (
    "Puerto cerrado\n\nEl alcalde Juan Mora habló con la prensa el lunes en el ayuntamiento.\n\n"
    "—Vamos a reabrir el muelle el jueves —dijo el alcalde, Juan Mora—. No hay peligro.\n\n"
    "—¿Y los trabajadores?\n\n"
    "—Cobrarán toda la semana —respondió Mora.\n\n"
    "La medida afecta a 300 trabajadores.\n"
)


def test_spanish_dialogue_dash_lines_are_quotations_with_their_tags() -> None:
    """``—... —dijo X—. ...``: speech before and after the tag, the tag's speaker."""
    assert speakers(DIALOGUE_ES, "es") == [
        ("Vamos a reabrir el muelle el jueves", "Juan Mora"),
        ("No hay peligro.", "Juan Mora"),
        ("¿Y los trabajadores?", None),
        ("Cobrarán toda la semana", "Juan Mora"),
    ]


def test_french_dialogue_dash_line() -> None:
    text = (
        "Quai fermé\n\nLe maire Jean Morel a parlé lundi à la presse dans la mairie.\n\n"
        "—Nous rouvrirons le quai jeudi —a déclaré le maire, Jean Morel—. Il n'y a aucun danger.\n"
    )
    assert speakers(text, "fr") == [
        ("Nous rouvrirons le quai jeudi", "Jean Morel"),
        ("Il n'y a aucun danger.", "Jean Morel"),
    ]


def test_a_dash_tag_inside_guillemets_takes_a_role_s_holder_in_apposition() -> None:
    text = (
        "Puerto cerrado\n\nEl alcalde Juan Mora habló con la prensa el lunes.\n\n"
        "«Vamos a reabrir el muelle el jueves —dijo el alcalde, Juan Mora—. No hay peligro».\n"
    )
    assert [name for _, name in speakers(text, "es")] == ["Juan Mora"]


def test_a_dialogue_dash_in_a_paragraph_with_marks_is_left_to_the_marks() -> None:
    text = (
        "Puerto cerrado\n\nEl alcalde Juan Mora habló con la prensa el lunes.\n\n"
        "—«Vamos a reabrir el muelle», dijo Mora.\n"
    )
    assert speakers(text, "es") == [("Vamos a reabrir el muelle", "Juan Mora")]


def test_a_german_quotation_over_paragraphs_takes_the_tag_after_its_last_piece() -> None:
    text = (
        "Hafen\n\nDer Bürgermeister Jan Ott sprach am Montag mit der Presse im Rathaus.\n\n"
        "„Wir öffnen den Kai am Donnerstag. Es gibt keine Gefahr.\n\n"
        "„Die Schiffe fahren ab Freitag“, sagte Ott.\n"
    )
    article = wireparse.parse(text, language="de")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        (
            "Wir öffnen den Kai am Donnerstag. Es gibt keine Gefahr. Die Schiffe fahren ab Freitag",
            "Jan Ott",
        )
    ]


def test_a_french_quotation_over_paragraphs_loses_the_spaces_inside_its_guillemets() -> None:
    text = (
        "Quai fermé\n\nLe maire Jean Morel a parlé lundi à la presse.\n\n"
        "« Nous rouvrirons le quai jeudi. Il n'y a aucun danger.\n\n"
        "« Les bateaux repartiront vendredi », a-t-il ajouté.\n"
    )
    (quote,) = wireparse.parse(text, language="fr").quotes
    assert quote.text == (
        "Nous rouvrirons le quai jeudi. Il n'y a aucun danger. Les bateaux repartiront vendredi"
    )
    assert [text[p.start : p.end] for p in quote.pieces] == [
        "Nous rouvrirons le quai jeudi. Il n'y a aucun danger.",
        "Les bateaux repartiront vendredi",
    ]
    assert quote.speaker is not None
    assert quote.speaker.name == "Jean Morel"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Anwohner Peter Klein sagte: „Das Wasser stand bis zum Fenster.“", "Peter Klein"),
        ("Landwirtin Eva Roth sagte: „Die Ernte ist verloren.“", "Eva Roth"),
        ("„Wir sind erschöpft“, sagte Feuerwehrkommandant Jan Vogt.", "Jan Vogt"),
        # A surname that is also a calling stays a name.
        ("„Wir sind erschöpft“, sagte Tom Lehrer.", "Tom Lehrer"),
    ],
)
def test_german_people_named_by_what_they_do(body: str, speaker: str) -> None:
    """``Anwohner Peter Klein sagte``: the resident's name, without the noun."""
    article = wireparse.parse(
        "Hochwasser\n\nMünchen (dpa) - Nach tagelangem Regen ist die Lage angespannt.\n\n"
        + body
        + "\n"
    )
    assert article.language == "de"
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


# ---------------------------------------------------------------- round 3 probes

DE_LEAD = "Neuer Hafenkran\n\nKelbach (dpa) - Im Hafen von Kelbach steht ein neuer Kran.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Wir liegen im Plan“, sagte Aufsichtsratsvorsitzende Vera Lindt.", "Vera Lindt"),
        ("„Wir liegen im Plan“, sagte Bezirksvorsitzender Kai Ott.", "Kai Ott"),
        ("„Wir liegen im Plan“, sagte CDU-Landesvize Ole Brink.", "Ole Brink"),
        ("„Wir liegen im Plan“, sagte Technikvorstand Jens Mahr.", "Jens Mahr"),
        ("„Wir liegen im Plan“, sagte Hafenchef-Stellvertreterin Uta Kiel.", "Uta Kiel"),
        ("„Wir liegen im Plan“, sagte Co-Trainer Timo Wiese.", "Timo Wiese"),
    ],
)
def test_german_offices_of_boards_parties_and_teams_are_left_out(body: str, speaker: str) -> None:
    """``Aufsichtsratsvorsitzende``, ``-vize``, ``-vorstand``, ``-trainer`` are offices."""
    assert speakers(DE_LEAD + body + "\n", "de") == [("Wir liegen im Plan", speaker)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "„Der Kran ist sicher“, sagte ein Sprecher der Hafenbehörde.",
            "ein Sprecher der Hafenbehörde",
        ),
        (
            "„Der Kran ist sicher“, sagte eine Sprecherin von Nordkran Hansa.",
            "eine Sprecherin von Nordkran Hansa",
        ),
        (
            "„Der Kran ist sicher“, sagte ein Sprecher des Landesamts für Arbeitsschutz.",
            "ein Sprecher des Landesamts für Arbeitsschutz",
        ),
        # "der" before a newspaper is the dative of the paper spoken to.
        ("„Der Kran ist sicher“, sagte ein Sprecher der Kelbacher Zeitung.", "ein Sprecher"),
    ],
)
def test_german_role_keeps_its_genitive_with_der_or_von(body: str, speaker: str) -> None:
    """``eine Sprecherin der Polizei``; ``der`` before a medium is a dative."""
    assert speakers(DE_LEAD + body + "\n", "de") == [("Der Kran ist sicher", speaker)]


def test_german_adjective_opening_a_sentence_is_no_name_for_a_pronoun() -> None:
    """``Technische Mängel gaben …``: no person; ``sie`` is the woman named before."""
    text = (
        DE_LEAD + "Die Hafenmeisterin, Rita Janssen, lässt den alten Kran abbauen. "
        "Technische Mängel gaben den Ausschlag.\n\n"
        "„Er hat uns vierzig Jahre gedient“, sagte sie.\n"
    )
    assert speakers(text, "de") == [("Er hat uns vierzig Jahre gedient", "Rita Janssen")]


def test_german_beide_with_a_plural_verb_is_the_pair_named_before() -> None:
    text = (
        DE_LEAD + "Die beiden Kranführer arbeiten seit 1990 im Hafen. "
        "„Der neue Kran ist leiser“, sagten beide.\n"
    )
    assert speakers(text, "de") == [("Der neue Kran ist leiser", "Die beiden Kranführer")]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (DE_LEAD + "Ina Sahm (Grüne) war zufrieden: „Endlich geht es voran.“\n", "de", "Ina Sahm"),
        (
            "Grúa nueva\n\nKELBACH, 2 mar (EFE).- El puerto estrena grúa.\n\n"
            "La capitana, Marta Gil, fue tajante: «Endlich es la palabra».\n",
            "es",
            "Marta Gil",
        ),
        (
            "Nouvelle grue\n\nBREST (AFP) - Le port inaugure une grue.\n\n"
            "Le directeur, Paul Renard (PS), est ravi : « Enfin une bonne nouvelle. »\n",
            "fr",
            "Paul Renard",
        ),
    ],
)
def test_colon_lead_in_after_a_party_tag_or_a_role_and_its_name(
    text: str, language: str, speaker: str
) -> None:
    """``Ina Sahm (Grüne) war zufrieden: „…“``; ``La capitana, Marta Gil, fue tajante: «…»``."""
    assert [s for _, s in speakers(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Premio\n\nLEÓN, 2 mar (EFE).- La arquitecta Nuria Sanz y el ingeniero Pablo Rey "
            "ganaron el concurso del puente.\n\n"
            "«Es un puente para cien años», dijo ella. «Y muy barato», añadió él.\n",
            "es",
            "Pablo Rey",
        ),
        (
            DE_LEAD + "Hafendirektor Ole Brink und Kranführerin Uta Kiel testeten den Kran. "
            "„Er ist schneller als der alte“, sagte sie.\n\n"
            "„Und er braucht weniger Strom“, sagte er.\n",
            "de",
            "Ole Brink",
        ),
    ],
)
def test_a_pronoun_of_the_other_gender_takes_the_person_its_gender_names(
    text: str, language: str, speaker: str
) -> None:
    """A pronoun of the other gender than the last speaker's is the last person of its gender."""
    assert speakers(text, language)[-1][1] == speaker


def test_a_pronoun_after_a_role_subject_with_no_name_is_that_role() -> None:
    """``Ein Sprecher der Werft berichtete … „…“, sagte er.``: the role as written."""
    text = (
        DE_LEAD + "„Der Kran kam per Schiff“, sagte eine Sprecherin der Reederei.\n\n"
        "Ein Sprecher der Werft berichtete von der Montage. „Es gab keine Probleme“, sagte er.\n"
    )
    assert speakers(text, "de")[-1] == ("Es gab keine Probleme", "Ein Sprecher der Werft")


def test_a_day_after_the_subject_of_a_tag_ends_the_phrase() -> None:
    """``a annoncé le club jeudi``: the club, not ``le club jeudi``."""
    text = (
        "Nouvelle grue\n\nBREST (AFP) - Le port inaugure une grue.\n\n"
        "« Elle soulève quarante tonnes », a annoncé le chantier jeudi dans un communiqué.\n"
    )
    assert speakers(text, "fr") == [("Elle soulève quarante tonnes", "le chantier")]


def test_a_french_inverted_reflexive_tag() -> None:
    """``« … », se félicite-t-elle.``: the pronoun after the reflexive verb."""
    text = (
        "Nouvelle grue\n\nBREST (AFP) - Le port inaugure une grue.\n\n"
        "La directrice du port, Anne Roux, était présente. "
        "« C'est un grand jour », se félicite-t-elle.\n"
    )
    assert speakers(text, "fr") == [("C'est un grand jour", "Anne Roux")]


def test_a_spanish_plural_verb_continues_unnamed_sources_without_an_article() -> None:
    """``Fuentes portuarias han explicado … «…», han añadido.``: the sources."""
    text = (
        "Grúa nueva\n\nVIGO, 2 mar (EFE).- El puerto estrena grúa.\n\n"
        "«Es muy rápida», dijo el capitán del puerto, Luis Pardo.\n\n"
        "Fuentes portuarias han explicado que costó dos millones. "
        "«Se pagará en diez años», han añadido.\n"
    )
    assert speakers(text, "es")[-1] == ("Se pagará en diez años", "Fuentes portuarias")


def test_a_spanish_cue_verb_in_the_plural_leads_in_a_quoted_phrase() -> None:
    """``Los vecinos denunciaron que la plaza está «abandonada».``"""
    text = (
        "Plaza\n\nSORIA, 2 mar (EFE).- La plaza mayor sigue cerrada.\n\n"
        "Los comerciantes denunciaron que la plaza está «abandonada».\n"
    )
    assert speakers(text, "es") == [("abandonada", "Los comerciantes")]


@pytest.mark.parametrize("verb", ["évoque", "parle de"])
def test_a_french_verb_of_what_is_spoken_of_makes_a_quoted_phrase_speech(verb: str) -> None:
    """``Le maire évoque une situation « intenable ».``"""
    text = (
        "Quai fermé\n\nBREST (AFP) - Le quai reste fermé.\n\n"
        f"La maire, Anne Roux, {verb} une situation « ubuesque ».\n"
    ).replace("de une", "d'une")
    assert speakers(text, "fr") == [("ubuesque", "Anne Roux")]


def test_a_spouse_named_in_apposition_tells_the_gender_for_a_pronoun() -> None:
    """``Ana Ruiz y su marido, Luis Pardo … «…», dijo ella. «…», añadió él.``"""
    text = (
        "Bodas de oro\n\nTERUEL, 2 mar (EFE).- Una pareja celebra cincuenta años de boda.\n\n"
        "En la fiesta estaban Nerea Olano y su marido, Iñaki Goñi. "
        "«Nos conocimos en la feria», dijo ella. "
        "«Bailando», añadió él.\n"
    )
    assert [s for _, s in speakers(text, "es")] == ["Nerea Olano", "Iñaki Goñi"]


ES_LEAD = "Puerto\n\nVIGO, 2 mar (EFE).- El puerto de Vigo estrena una grúa.\n\n"


def test_a_spanish_verb_of_answering_leads_in_a_quoted_phrase() -> None:
    """``El capitán, Luis Pardo, replicó que la grúa es «segura».``"""
    text = (
        ES_LEAD + "«La grúa es peligrosa», dijo un estibador, Iker Sanz. "
        "El capitán del puerto, Luis Pardo, replicó que la grúa es «segura»."
        "\n\n«La revisamos cada semana», insistió Pardo.\n"
    )
    assert [s for _, s in speakers(text, "es")] == ["Iker Sanz", "Luis Pardo", "Luis Pardo"]


def test_a_role_named_again_without_its_complement_is_the_same_source() -> None:
    """``la porte-parole de la préfecture`` … ``la porte-parole``: one source."""
    text = (
        "Quai fermé\n\nBREST (AFP) - Le quai reste fermé.\n\n"
        "« Le quai est dangereux », a déclaré la porte-parole de la préfecture.\n\n"
        "« Il rouvrira en mai », a ajouté la porte-parole.\n"
    )
    assert [s for _, s in speakers(text, "fr")] == ["la porte-parole de la préfecture"] * 2


def test_a_spanish_plural_verb_names_its_source_after_desde() -> None:
    """``«…», han indicado desde Renfe.``: the operator, with no article."""
    text = ES_LEAD + "«Habrá trenes cada hora», han indicado desde Renfe.\n"
    assert speakers(text, "es") == [("Habrá trenes cada hora", "Renfe")]


def test_a_spanish_verb_without_subject_continues_the_subject_of_the_sentence_before() -> None:
    """``Una de las vecinas, Rosa Lidón, agradeció la ayuda. «…», aseguró.``"""
    text = (
        ES_LEAD + "«La grúa es muy rápida», dijo el capitán del puerto, Luis Pardo.\n\n"
        "Una de las estibadoras, Rosa Lidón, agradeció la inversión. "
        "«Trabajaremos más seguros», aseguró.\n"
    )
    assert speakers(text, "es")[-1] == ("Trabajaremos más seguros", "Rosa Lidón")


@pytest.mark.parametrize("epithet", ["la gallega", "la dirigente"])
def test_a_spanish_epithet_of_origin_or_of_office(epithet: str) -> None:
    """``La presidenta del puerto, Ana Gil, … «…», dijo la gallega.``"""
    text = (
        ES_LEAD + "La presidenta del puerto, Ana Gil, visitó la grúa. "
        f"«Es la mejor de Europa», dijo {epithet}.\n"
    )
    assert speakers(text, "es") == [("Es la mejor de Europa", "Ana Gil")]


def test_a_german_noun_after_an_article_and_an_adjective_is_no_given_name() -> None:
    """``Der zuständige Richter Jan Holt …, sagte Holt.``: Jan Holt, not ``Richter Jan Holt``."""
    text = (
        DE_LEAD + "Der zuständige Richter Jan Holt lobte die Helfer. "
        "„Niemand wurde schwer verletzt“, sagte Holt.\n"
    )
    assert speakers(text, "de") == [("Niemand wurde schwer verletzt", "Jan Holt")]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Nouvelle grue\n\nBREST (AFP) - Le port inaugure une grue.\n\n"
            "Le grutier Marc Tanguy était ravi : « Elle est silencieuse. »\n",
            "fr",
            "Marc Tanguy",
        ),
        (
            "Nouvelle grue\n\nBREST (AFP) - Le port inaugure une grue.\n\n"
            "Premier à l'essayer, le grutier Marc Tanguy était ravi : « Elle est silencieuse. »\n",
            "fr",
            "Marc Tanguy",
        ),
        (
            ES_LEAD + "La consejera Nuria Brea, con treinta años en el puerto, se mostró feliz: "
            "«Es silenciosa».\n",
            "es",
            "Nuria Brea",
        ),
    ],
)
def test_colon_lead_in_after_a_title_an_opening_phrase_or_an_aside(
    text: str, language: str, speaker: str
) -> None:
    """``Premier à l'essayer, le grutier Marc Tanguy était ravi : « … »``."""
    assert [s for _, s in speakers(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Wir liegen im Plan“, sagte Gärtnerin Ines Vogt.", "Ines Vogt"),
        ("„Wir liegen im Plan“, sagte Werder-Coach Ole Brink.", "Ole Brink"),
        ("„Wir liegen im Plan“, sagte Umweltlandesrat Kai Ott.", "Kai Ott"),
        ("„Wir liegen im Plan“, sagte Baudezernent Tim Lau.", "Tim Lau"),
        ("„Wir liegen im Plan“, sagte Historiker Jan Ott.", "Jan Ott"),
        ("„Wir liegen im Plan“, sagte Valentin Ott.", "Valentin Ott"),
        ("„Wir liegen im Plan“, sagte Konstantin Ott.", "Konstantin Ott"),
    ],
)
def test_german_callings_before_a_name_are_left_out(body: str, speaker: str) -> None:
    """Feminine callings (``-erin``), hyphen compounds on a role, ``-rat``, ``-dezernent``."""
    assert speakers(DE_LEAD + body + "\n", "de") == [("Wir liegen im Plan", speaker)]


def test_german_dessen_before_a_role_is_a_possessive() -> None:
    """``„…“, sagte dessen Vorsitzender Malte Jürgens.``"""
    text = (
        DE_LEAD + "Der Hafenverein ist empört. "
        "„Der Kran ist zu laut“, sagte dessen Vorsitzender Malte Jürgens.\n"
    )
    assert speakers(text, "de") == [("Der Kran ist zu laut", "Malte Jürgens")]


def test_german_genitive_after_a_role_is_no_holder_of_the_role() -> None:
    """``ein Sprecher der Hafenbehörde Kelbach`` … ``der Sprecher``: the same source."""
    text = (
        DE_LEAD + "„Der Kran ist sicher“, sagte ein Sprecher der Hafenbehörde Kelbach.\n\n"
        "„Er wird jedes Jahr geprüft“, sagte der Sprecher.\n"
    )
    assert [s for _, s in speakers(text, "de")] == ["ein Sprecher der Hafenbehörde Kelbach"] * 2


def test_german_place_in_the_genitive_is_no_given_name_for_an_epithet() -> None:
    """``Kelbachs Torwart Tim Ernst …, sagte der 23-Jährige.``: Tim Ernst."""
    text = (
        DE_LEAD + "Kelbachs Torwart Tim Ernst hielt zwei Elfmeter. "
        "„Das war mein bestes Spiel“, sagte der 23-Jährige.\n"
    )
    assert speakers(text, "de") == [("Das war mein bestes Spiel", "Tim Ernst")]


def test_a_pronoun_of_the_other_gender_finds_its_person_paragraphs_back() -> None:
    """``Ortsvorsteherin Ina Sahm … ¶ … sagte Vorsitzender Ole Berg. ¶ Sahm …, sagte sie.``"""
    text = (
        DE_LEAD + "„Der Kran bleibt“, sagte Ortsvorsteherin Ina Sahm.\n\n"
        "„Er ist zu laut“, sagte der Vereinsvorsitzende Ole Berg.\n\n"
        "Sahm wies das zurück. „Er ist leiser als der alte“, sagte sie.\n"
    )
    assert [s for _, s in speakers(text, "de")] == ["Ina Sahm", "Ole Berg", "Ina Sahm"]


def test_french_noun_and_two_adjectives_before_the_name() -> None:
    """``a déclaré le député européen écologiste Paul Renard``."""
    text = (
        "Nouvelle grue\n\nBREST (AFP) - Le port inaugure une grue.\n\n"
        "« Elle est trop chère », a déclaré le député européen écologiste Paul Renard.\n"
    )
    assert speakers(text, "fr") == [("Elle est trop chère", "Paul Renard")]


def test_french_defendant_defends_himself() -> None:
    """``« … », s'est défendu le prévenu.``"""
    text = (
        "Procès\n\nBREST (AFP) - Un grutier est jugé pour vol.\n\n"
        "« Je n'ai rien pris », s'est défendu le prévenu.\n"
    )
    assert speakers(text, "fr") == [("Je n'ai rien pris", "le prévenu")]


def test_spanish_unnamed_sources_opening_a_sentence() -> None:
    """``Fuentes portuarias indicaron que la grúa es «segura».``"""
    text = ES_LEAD + "Fuentes portuarias indicaron que la grúa es «segura».\n"
    assert speakers(text, "es") == [("segura", "Fuentes portuarias")]


@pytest.mark.parametrize("epithet", ["el tenista mallorquín", "el ciclista"])
def test_spanish_sport_epithets(epithet: str) -> None:
    """``Pau Ferrer ganó. «…», dijo el tenista mallorquín.``"""
    text = ES_LEAD + f"Pau Ferrer visitó la grúa. «Es enorme», dijo {epithet}.\n"
    assert speakers(text, "es") == [("Es enorme", "Pau Ferrer")]


def test_german_secretary_compound_is_left_out() -> None:
    """``Verdi-Sekretärin Ida Kern``, ``Generalsekretär Ole Brink``."""
    text = DE_LEAD + "„Wir liegen im Plan“, sagte Verdi-Sekretärin Ida Kern.\n"
    assert speakers(text, "de") == [("Wir liegen im Plan", "Ida Kern")]


def test_indirect_speech_in_the_quotations_own_paragraph_names_its_speaker() -> None:
    """A cue before the quotation in its paragraph beats the last speaker quoted."""
    text = (
        DE_LEAD + "„Der Kran ist zu laut“, sagte Anwohnerin Ida Kern.\n\n"
        "Hafendirektor Ole Brink verteidigt das Projekt. Der Kran sichere Arbeitsplätze, "
        "sagte er. „Ohne ihn wäre der Hafen nicht zu halten.“\n"
    )
    assert [s for _, s in speakers(text, "de")] == ["Ida Kern", "Ole Brink"]


def test_the_role_before_a_name_in_apposition_tells_the_last_speakers_gender() -> None:
    """``a réagi le maire de Brestou, Paul Renard`` is a man: ``-t-elle`` is not him."""
    text = (
        "Incendie\n\nBREST (AFP) - Un entrepôt a brûlé au port.\n\n"
        "« C'est un choc », a réagi le maire de Brestou, Paul Renard. Une enquête est "
        "ouverte, a annoncé la procureure, Anne Roux.\n\n"
        "« Aucune piste n'est écartée », a-t-elle assuré.\n"
    )
    assert [s for _, s in speakers(text, "fr")] == ["Paul Renard", "Anne Roux"]


def test_a_stance_opener_before_a_role_with_its_complement() -> None:
    """``Pour le président du conseil régional, Paul Renard, « … »``."""
    text = (
        "Incendie\n\nBREST (AFP) - Un entrepôt a brûlé au port.\n\n"
        "Pour le président du conseil régional, Paul Renard, « l'État doit agir ».\n"
    )
    assert speakers(text, "fr") == [("l'État doit agir", "Paul Renard")]


def test_spanish_verbs_of_asking_and_regional_titles() -> None:
    """``pidió «calma»``; ``el conseller de Puertos, Jordi Mas`` … ``el conseller``."""
    text = (
        ES_LEAD + "El conseller de Puertos, Jordi Mas, pidió «calma» a los estibadores.\n\n"
        "«La grúa es segura», insistió el conseller.\n"
    )
    assert [s for _, s in speakers(text, "es")] == ["Jordi Mas", "Jordi Mas"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("« Je suis fier », a déclaré le Français Paul Roux.", "Paul Roux"),
        ("Tadej Novak a gagné l'étape. « J'avais des jambes », a dit le Slovène.", "Tadej Novak"),
        # An adjective of nationality in lower case is no role.
        ("« Je suis fier », a déclaré le ministre belge Paul Roux.", "Paul Roux"),
    ],
)
def test_french_nouns_of_nationality(body: str, speaker: str) -> None:
    """``le Français Paul Roux``; ``a déclaré le Slovène`` after Tadej Novak."""
    text = "Tour\n\nPAU (AFP) - L'étape a été disputée.\n\n" + body + "\n"
    assert [s for _, s in speakers(text, "fr")] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Vecinos del puerto denunciaron que la grúa es «muy ruidosa».", "Vecinos del puerto"),
        ("«Es muy ruidosa», explicaron a EFE vecinos del muelle.", "vecinos del muelle"),
    ],
)
def test_spanish_groups_without_an_article(body: str, speaker: str) -> None:
    """``Vecinos del puerto denunciaron que …``: unnamed residents are a source."""
    assert [s for _, s in speakers(ES_LEAD + body + "\n", "es")] == [speaker]


FR_LEAD = "Port\n\nBREST (AFP) - Le port de Brest inaugure une nouvelle grue.\n\n"


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (DE_LEAD, "„Der Kran ist zu laut“, sagten zwei Fischer am Kai.", "de", "zwei Fischer"),
        (
            DE_LEAD,
            "„Der Kran ist zu laut“, berichteten mehrere Anwohner.",
            "de",
            "mehrere Anwohner",
        ),
        (
            FR_LEAD,
            "« La grue est trop bruyante », ont raconté des habitants du quai.",
            "fr",
            "des habitants du quai",
        ),
        (
            FR_LEAD,
            "« La grue est trop bruyante », ont expliqué deux pêcheurs bretons.",
            "fr",
            "deux pêcheurs bretons",
        ),
        (
            ES_LEAD,
            "«La grúa es muy ruidosa», explicaron varios comerciantes.",
            "es",
            "varios comerciantes",
        ),
        (ES_LEAD, "«La grúa es muy ruidosa», dijeron dos pescadores.", "es", "dos pescadores"),
    ],
)
def test_an_unnamed_group_counted_after_the_verb(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``sagten zwei Fischer``, ``ont raconté des habitants``, ``dijeron dos pescadores``."""
    assert [s for _, s in speakers(lead + body + "\n", language)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Der Kran ist schön“, sagte Kranführerin Ute Brandl.", "Ute Brandl"),
        ("„Der Kran ist schön“, sagte Soziologin Mara Keil.", "Mara Keil"),
        ("„Der Kran ist schön“, sagte Redakteur Ole Janssen.", "Ole Janssen"),
        ("„Der Kran ist schön“, sagte Hauptdarsteller Tim Ebert.", "Tim Ebert"),
        ("Teamkollegin Ida Rahn lachte: „Der Kran ist schön.“", "Ida Rahn"),
        # A long given name ending in -in stays part of the name.
        ("„Der Kran ist schön“, sagte Konstantin Ebert.", "Konstantin Ebert"),
    ],
)
def test_german_callings_before_a_name(body: str, speaker: str) -> None:
    """``sagte Kranführerin Ute Brandl``: a feminine calling (``-in``) is no given name."""
    assert [s for _, s in speakers(DE_LEAD + body + "\n", "de")] == [speaker]


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "« La grue est trop bruyante », regrette toutefois une habitante du quai.",
            "fr",
            "une habitante du quai",
        ),
        (DE_LEAD, "„Der Kran ist zu laut“, sagte dagegen ein Anwohner.", "de", "ein Anwohner"),
        (
            ES_LEAD,
            "«La grúa es muy ruidosa», dijo asimismo el alcalde, Luis Pardo.",
            "es",
            "Luis Pardo",
        ),
    ],
)
def test_an_adverb_of_contrast_between_verb_and_subject(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``regrette toutefois une habitante``, ``sagte dagegen``, ``dijo asimismo``."""
    assert [s for _, s in speakers(lead + body + "\n", language)] == [speaker]


ES_TWO = (
    "Puerto\n\nVIGO, 2 mar (EFE).- El puerto de Vigo estrena una grúa de doce millones.\n\n"
    "«La grúa es segura», dijo el alcalde, Luis Pardo.\n\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("El concejal vecinal Tomás Rey votó en contra. «Es ruidosa», criticó.", "Tomás Rey"),
        ("Su abogada, la gallega Ana Gil, lo niega. «Es ruidosa», dijo.", "Ana Gil"),
        ("Ana Gil, que vende pan desde 1990, está harta. «Es ruidosa», cuenta.", "Ana Gil"),
    ],
)
def test_spanish_subject_left_out_after_a_role_or_a_clause(body: str, speaker: str) -> None:
    """``El concejal vecinal Tomás Rey votó en contra. «…», criticó.``: Tomás Rey."""
    assert [s for _, s in speakers(ES_TWO + body + "\n", "es")] == ["Luis Pardo", speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Le Breton Yves Kerlo gagne. « J'ai tout donné », a dit le Breton.", "Yves Kerlo"),
        ("« J'ai tout donné », a déclaré le Vaudois Marc Chollet.", "Marc Chollet"),
        (
            "Paul Renard, PDG du groupe, visite le port. « Nous investissons », a insisté le "
            "dirigeant.",
            "Paul Renard",
        ),
    ],
)
def test_french_nouns_of_a_region_and_the_leader_just_named(body: str, speaker: str) -> None:
    """``a dit le Breton`` after Yves Kerlo; ``a insisté le dirigeant`` after a PDG."""
    assert [s for _, s in speakers(FR_LEAD + body + "\n", "fr")] == [speaker]


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "« La grue fait peur », a raconté une infirmière de l'hôpital Saint-Louis.",
            "fr",
            "une infirmière de l'hôpital Saint-Louis",
        ),
        (
            FR_LEAD,
            "« La grue fait peur », ont dit des habitants d'un village du Cantal.",
            "fr",
            "des habitants d'un village du Cantal",
        ),
        (
            ES_LEAD,
            "«La grúa da miedo», contó un vecino de la aldea El Souto.",
            "es",
            "un vecino de la aldea El Souto",
        ),
        (
            ES_LEAD,
            "«La grúa da miedo», dijo el dueño de una tienda del barrio.",
            "es",
            "el dueño de una tienda del barrio",
        ),
        (
            ES_LEAD,
            "Los vecinos de la zona cortaron la calle. «La grúa da miedo», dijeron.",
            "es",
            "Los vecinos de la zona",
        ),
    ],
)
def test_an_unnamed_source_with_a_chain_of_complements(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``une infirmière de l'hôpital Saint-Louis``, ``el dueño de una tienda del barrio``."""
    assert [s for _, s in speakers(lead + body + "\n", language)] == [speaker]


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            ES_LEAD,
            "La escultora gallega Ana Gil pintó la grúa. ¶ «Es mi obra más grande», contó la "
            "escultora.",
            "es",
            "Ana Gil",
        ),
        (
            FR_LEAD,
            "Le sculpteur Paul Roux a peint la grue. ¶ « C'est mon œuvre la plus grande », a "
            "expliqué le sculpteur.",
            "fr",
            "Paul Roux",
        ),
        # A noun the article gave no name stays as written.
        (ES_LEAD, "«Es mi obra más grande», contó la escultora.", "es", "la escultora"),
    ],
)
def test_a_noun_the_article_gave_a_name_is_that_person(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``La escultora gallega Ana Gil …`` then ``contó la escultora``: Ana Gil."""
    text = lead + body.replace(" ¶ ", "\n\n") + "\n"
    assert [s for _, s in speakers(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "„Der Kran ist sicher“, sagte Verteidiger Tim Roth. ¶ „Mein Mandant hat nichts "
            "falsch gemacht“, ergänzte der Anwalt.",
            "Tim Roth",
        ),
        (
            "Ministerpräsidentin Eva Lenz (SPD) besuchte den Hafen. ¶ „Das ist ein guter "
            "Tag“, sagte die Regierungschefin.",
            "Eva Lenz",
        ),
    ],
)
def test_german_court_and_state_roles_named_again(body: str, speaker: str) -> None:
    """``Verteidiger Tim Roth`` … ``der Anwalt``; ``Ministerpräsidentin`` … ``Regierungschefin``."""
    text = DE_LEAD + body.replace(" ¶ ", "\n\n") + "\n"
    assert [s for _, s in speakers(text, "de")][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "« La grue est conforme », a indiqué l'Agence régionale de santé.",
            "fr",
            "l'Agence régionale de santé",
        ),
        (
            FR_LEAD,
            "« La grue est conforme », a indiqué la Direction départementale mardi.",
            "fr",
            "la Direction départementale",
        ),
        (
            ES_LEAD,
            "«La grúa es segura», informó la Fiscalía provincial en un comunicado.",
            "es",
            "la Fiscalía provincial",
        ),
    ],
)
def test_a_body_with_its_adjective_in_lower_case(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``l'Agence régionale de santé``, ``la Fiscalía provincial``: one source."""
    assert [s for _, s in speakers(lead + body + "\n", language)] == [speaker]


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "Le grutier Paul Roux a travaillé toute la nuit. « Je suis fier », a lâché le "
            "grutier de 24 ans.",
            "fr",
            "Paul Roux",
        ),
        (
            ES_LEAD,
            "La vecina Ana Gil vive junto al muelle. «Es muy ruidosa», dijo la mujer de 80 años.",
            "es",
            "Ana Gil",
        ),
        # With an indefinite article the age tells a new, unnamed source.
        (
            FR_LEAD,
            "Le grutier Paul Roux a travaillé toute la nuit. « Je suis fier », a dit une femme "
            "de 40 ans.",
            "fr",
            "une femme de 40 ans",
        ),
    ],
)
def test_a_definite_noun_with_an_age_is_the_person_just_named(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``a lâché le grutier de 24 ans`` after Paul Roux; ``une femme de 40 ans`` is new."""
    assert [s for _, s in speakers(lead + body + "\n", language)] == [speaker]


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "« On a tenu », a dit l'entraîneur Luc Faure. Son gardien Paul Roux, auteur de "
            "trois arrêts, souriait.\n\n« J'ai tout arrêté », a-t-il raconté.",
            "fr",
            "Paul Roux",
        ),
        (
            ES_LEAD,
            "«Hemos ganado», dijo el entrenador Luis Mora. El técnico rival, Iker Sanz, "
            "lamentó los errores.\n\n«Regalamos dos goles», afirmó.",
            "es",
            "Iker Sanz",
        ),
        (
            DE_LEAD,
            "„Wir haben gewonnen“, sagte Trainer Jens Falk. Torwart Jan Roth, der zwei "
            "Elfmeter hielt, strahlte.\n\n„Das war mein Abend“, sagte er.",
            "de",
            "Jan Roth",
        ),
        # A pronoun of the other gender than the subject's article keeps the
        # last speaker.
        (
            FR_LEAD,
            "« On a tenu », a dit l'entraîneur Luc Faure. La gardienne Ana Roux, auteure de "
            "trois arrêts, souriait.\n\n« Il faudra mieux faire », a-t-il ajouté.",
            "fr",
            "Luc Faure",
        ),
    ],
)
def test_a_tag_continues_the_subject_closing_the_paragraph_before(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``Son gardien Paul Roux, …, souriait. ¶ « … », a-t-il raconté.`` is Paul Roux's."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "Le film de la réalisatrice Inès Roux est primé.\n\n« Ce prix est à l'équipe », a "
            "réagi la cinéaste.",
            "fr",
            "Inès Roux",
        ),
        (
            FR_LEAD,
            "Le jury est présidé par l'acteur Paul Morel.\n\n« Nous avons été émus », a dit le "
            "comédien.",
            "fr",
            "Paul Morel",
        ),
        (
            ES_LEAD,
            "La cantante Ana Gil publica un disco.\n\n«Es mi disco más personal», explicó la "
            "artista.",
            "es",
            "Ana Gil",
        ),
        (
            ES_LEAD,
            "«Elegían a víctimas solas», explicó el inspector jefe Luis Mora.\n\n«Nunca "
            "cuelguen», aconsejó el agente.",
            "es",
            "Luis Mora",
        ),
        (
            DE_LEAD,
            "Die Schriftstellerin Mira Stahl liest in Kelbach.\n\n„Ich schreibe über den "
            "Hafen“, sagte die Autorin.",
            "de",
            "Mira Stahl",
        ),
    ],
)
def test_an_artist_named_again_by_another_noun_of_the_art(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``la réalisatrice Inès Roux`` … ``a réagi la cinéaste``: Inès Roux."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Der 40-jährige Tim Roth schwieg lange.\n\n„Es tut mir leid“, sagte der Angeklagte.",
            "Tim Roth",
        ),
        (
            "„Ich bin zufrieden“, sagte Mia Ott. Auch Tom Lenz steht im Finale.\n\n„Es lief "
            "gut“, sagte der Olympiasieger.",
            "Tom Lenz",
        ),
        (
            "Auch Anna Kern gewann ihr Spiel.\n\n„Ich habe mich gesteigert“, sagte die "
            "Weltranglisten-Zwölfte.",
            "Anna Kern",
        ),
        ("„Wir suchen einen Investor“, sagte Insolvenzverwalter Tim Brandt.", "Tim Brandt"),
        ("„Das hat uns überrascht“, sagte Hauptautor Prof. Lukas Berg.", "Lukas Berg"),
        ("„Die Karten sind verkauft“, sagte Manager Ole Janssen.", "Ole Janssen"),
    ],
)
def test_german_defendants_winners_and_rankings_and_more_callings(body: str, speaker: str) -> None:
    """``sagte der Angeklagte`` and ``sagte der Olympiasieger`` are the person just named."""
    assert [s for _, s in speakers(DE_LEAD + body + "\n", "de")][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (FR_LEAD, "« Nos ventes montent », a dit le PDG, Marc Roy, jeudi.", "fr", "Marc Roy"),
        (FR_LEAD, "« Nos ventes montent », a dit le PDG.", "fr", "le PDG"),
        (
            ES_LEAD,
            "«Tenía miedo», contó otra vecina del edificio.",
            "es",
            "otra vecina del edificio",
        ),
        (
            FR_LEAD,
            "« On l'apprend par la presse », a regretté la déléguée CGT Nadia Amrani.\n\n« C'est "
            "indigne », a-t-elle ajouté.",
            "fr",
            "Nadia Amrani",
        ),
        (
            DE_LEAD,
            "Stürmer Jan Roth, der zwei Tore schoss, blieb gelassen: „Ich nehme die Punkte "
            "gern mit.“",
            "de",
            "Jan Roth",
        ),
        (
            DE_LEAD,
            "Die Angeklagte Ingrid P. schwieg lange.\n\n„Ich wollte das Geld zurückzahlen“, "
            "sagte sie.",
            "de",
            "Ingrid P.",
        ),
    ],
)
def test_acronym_titles_another_and_a_surname_cut_to_its_initial(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``le PDG, Marc Roy``; ``otra vecina``; ``la déléguée CGT Nadia Amrani``; ``Ingrid P.``."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        # An epithet after paragraphs that name no one is the last speaker.
        (
            FR_LEAD,
            "Le ministre wallon de la Mobilité, Paul Renard, a salué le projet.\n\n« Les "
            "commerçants ont souffert », a-t-il ajouté.\n\n« Il faut que les gens le prennent », "
            "a souligné l'élu.",
            "fr",
            "Paul Renard",
        ),
        # A role with a complement in lower case before its name in commas.
        (
            ES_LEAD,
            "El patrón de un pesquero gallego, Juan Gil, rescató a seis marineros.\n\n«Estaban "
            "agotados», relató el patrón.",
            "es",
            "Juan Gil",
        ),
        # A title's complement of one word before the name.
        (
            FR_LEAD,
            "« Oui », a dit Marc Roy.\n\nLe ministre de l'Intérieur Paul Renard a critiqué le "
            "plan. « Non », a-t-il dit.",
            "fr",
            "Paul Renard",
        ),
        (
            ES_LEAD,
            "«Sí», dijo Ana Gil.\n\nEl ministro del Interior Luis Ortega criticó el plan. «No», "
            "dijo él.",
            "es",
            "Luis Ortega",
        ),
    ],
)
def test_epithets_after_the_last_speaker_and_roles_with_complements(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``a souligné l'élu`` after Paul Renard's quotations; ``le ministre de l'Intérieur …``."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "« Justice est faite », a déclaré à la sortie Me Paul Roux, avocat de la famille.",
            "fr",
            "Paul Roux",
        ),
        (ES_LEAD, "«Ganamos», dijo a la salida Luis Mora.", "es", "Luis Mora"),
        (
            ES_LEAD,
            "«Atendemos a sesenta pacientes», ha explicado la médica de familia Paula Roca.",
            "es",
            "Paula Roca",
        ),
        (
            FR_LEAD,
            "« Le dossier est lourd », a dit la juge d'instruction Anne Roux.",
            "fr",
            "Anne Roux",
        ),
        # A place with its article after the complement is no holder's name.
        (
            ES_LEAD,
            "«Perdimos todo», contó un campesino de la vereda El Tablón.",
            "es",
            "un campesino de la vereda El Tablón",
        ),
    ],
)
def test_a_subject_after_a_phrase_and_a_name_after_a_lower_case_complement(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``a déclaré à la sortie Me Paul Roux``; ``la médica de familia Paula Roca``."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "La chanteuse Léa Morel partira en tournée.\n\n« J'ai besoin du public », a confié "
            "l'artiste.",
            "fr",
            "Léa Morel",
        ),
        (
            ES_LEAD,
            "La actriz Ana Gil ganó el premio.\n\n«Es para todas», dijo la intérprete.",
            "es",
            "Ana Gil",
        ),
        (
            ES_LEAD,
            "«Son unas cuentas —subrayó el presidente de la Diputación, Luis Mora-Gil— "
            "pensadas para las familias».",
            "es",
            "Luis Mora-Gil",
        ),
        (
            FR_LEAD,
            "« Il a frappé », a dit le procureur Marc Roy. L'accusé, Paul L., 41 ans, a nié.\n\n"
            "« Je ne voulais pas sa mort », a-t-il lâché.",
            "fr",
            "Paul L.",
        ),
        (
            DE_LEAD,
            "„Die Bande hat Millionen verdient“, sagte Polizeichef Jörg Baum. Elf Verdächtige "
            "wurden festgenommen.\n\n„Wir ermitteln seit einem Jahr“, ergänzte er.",
            "de",
            "Jörg Baum",
        ),
        (
            DE_LEAD,
            "„Die Drehleiter kam in letzter Minute“, sagte Kreisbrandmeister Stefan Ott.",
            "de",
            "Stefan Ott",
        ),
    ],
)
def test_late_batch_conventions(lead: str, body: str, language: str, speaker: str) -> None:
    """``a confié l'artiste`` after ``La chanteuse Léa Morel``; ``—subrayó el presidente—``."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


def test_a_galician_office_with_its_holder_in_commas() -> None:
    """``La conselleira do Mar, Ana Rey, pidió «…».`` … ``insistió la conselleira``: Ana Rey."""
    body = (
        "La conselleira do Mar, Ana Rey, pidió «máxima precaución».\n\n"
        "«No salgan a faenar», insistió la conselleira.\n"
    )
    assert [s for _, s in speakers(ES_LEAD + body, "es")] == ["Ana Rey", "Ana Rey"]


def test_a_german_surname_opening_the_sentence_before_a_pronoun() -> None:
    """``Trainer Jan Kowalski`` … ``Kowalski selbst gab sich kämpferisch. „…“, sagte er.``"""
    body = (
        "Beim Verein wackelt der Stuhl von Trainer Jan Kowalski.\n\n"
        "„Wir entscheiden in Ruhe“, sagte Sportdirektor Timo Lang.\n\n"
        "Kowalski selbst gab sich kämpferisch. „Ich laufe nicht weg“, sagte er.\n"
    )
    assert [s for _, s in speakers(DE_LEAD + body, "de")] == ["Timo Lang", "Jan Kowalski"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "La romancière Lise Moreau publie un polar\n\nBREST (AFP) - Connue pour ses sagas, "
            "Lise Moreau change de genre.\n\n« J'avais envie d'avoir peur », a confié la "
            "romancière.\n",
            "fr",
            "Lise Moreau",
        ),
        (
            "La escultora Ana Gil expone en Vigo\n\nVIGO, 2 mar (EFE).- La muestra reúne "
            "cuarenta piezas.\n\n«Es mi obra más íntima», dijo la escultora.\n",
            "es",
            "Ana Gil",
        ),
    ],
)
def test_a_role_the_headline_gives_a_name(text: str, language: str, speaker: str) -> None:
    """``La romancière Lise Moreau publie …`` (headline) … ``a confié la romancière``."""
    assert [s for _, s in speakers(text, language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "« On a peur », glisse Léa, étudiante en droit. Assise à la cafétéria, la jeune "
            "femme s'inquiète : « Les cours ne suffisent pas. »",
            "fr",
            "Léa",
        ),
        (
            ES_LEAD,
            "«Tenemos miedo», dice Lucía, estudiante de Derecho.\n\n«Nadie nos escucha», "
            "lamentó la joven.",
            "es",
            "Lucía",
        ),
    ],
)
def test_the_young_person_just_named(lead: str, body: str, language: str, speaker: str) -> None:
    """``glisse Léa, étudiante … la jeune femme s'inquiète : « … »``: Léa."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (ES_LEAD, "«Aquí nací», añade su hija, Lucía.", "es", "Lucía"),
        (FR_LEAD, "« J'ai grandi ici », raconte son fils, Hugo.", "fr", "Hugo"),
        (ES_LEAD, "«Aquí nací», añade su hija, Lucía Gil.", "es", "Lucía Gil"),
        # A relative clause after the comma names no one.
        (ES_LEAD, "«Aquí nací», añade su hija, que vive en Vigo.", "es", "su hija"),
    ],
)
def test_a_relative_named_by_the_given_name_alone(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``«…», añade su hija, Lucía.``: Lucía (list ``kin_nouns``)."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            FR_LEAD,
            "Le boulanger Rémi Caudal comparaissait lundi pour fraude. ¶ "
            "« Il savait tout », a dit son avocat, Me Paul Ferrec. "
            "« Je n'ai rien caché », a assuré le prévenu.",
            "fr",
            "Rémi Caudal",
        ),
        (
            FR_LEAD,
            "L'ancienne trésorière, Inès Garrec, a été jugée mardi. ¶ "
            "« Je regrette », a déclaré la prévenue.",
            "fr",
            "Inès Garrec",
        ),
        (
            ES_LEAD,
            "El constructor Raúl Mouriño, acusado de cohecho, declaró ayer. ¶ "
            '"Es falso", dijo su abogado, Iván Soto. "Nunca pagué a nadie", afirmó el acusado.',
            "es",
            "Raúl Mouriño",
        ),
        # No one named as tried: the noun stays the speaker.
        (
            FR_LEAD,
            "Le tribunal siégeait lundi. « Je n'ai rien caché », a assuré le prévenu.",
            "fr",
            "le prévenu",
        ),
    ],
)
def test_the_defendant_named_as_the_person_tried(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``Le boulanger Rémi Caudal comparaissait … « … », a assuré le prévenu.``: Rémi Caudal."""
    text = lead + body.replace(" ¶ ", "\n\n") + "\n"
    assert [s for _, s in speakers(text, language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            ES_LEAD,
            '"Es clave", ha señalado el consejero de Pesca, Puertos y Costas, Xoán Barral.',
            "es",
            "Xoán Barral",
        ),
        (
            FR_LEAD,
            "« Tout va bien », a déclaré la ministre de l'Économie, des Finances et de "
            "l'Industrie, Anne Roux.",
            "fr",
            "Anne Roux",
        ),
        # One field: the name is after the first comma.
        (
            ES_LEAD,
            '"Es clave", ha señalado el consejero de Pesca, Xoán Barral.',
            "es",
            "Xoán Barral",
        ),
    ],
)
def test_a_department_named_by_its_list_of_fields(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``el consejero de Pesca, Puertos y Costas, Xoán Barral``: Xoán Barral."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("lead", "body", "language", "speaker"),
    [
        (
            ES_LEAD,
            '"Hay calma", dijo el director del Instituto Nacional de Vigilancia y Alerta '
            "ante Tormentas, Nicanor Bello.",
            "es",
            "Nicanor Bello",
        ),
        (
            ES_LEAD,
            '"Hay calma", dijo el director del Instituto Nacional de Vigilancia, Nicanor Bello.',
            "es",
            "Nicanor Bello",
        ),
        (
            FR_LEAD,
            "« Tout va bien », a déclaré le directeur de l'Office National des Forêts et du "
            "Bois, Paul Roux.",
            "fr",
            "Paul Roux",
        ),
        # The holder's name right after a complement of one word is still read.
        (ES_LEAD, '"Hay calma", dijo el ministro del Interior Luis Ortega.', "es", "Luis Ortega"),
    ],
)
def test_a_role_with_a_body_s_long_name_then_the_name(
    lead: str, body: str, language: str, speaker: str
) -> None:
    """``dijo el director del Instituto Nacional de … ante Tormentas, Nicanor Bello``."""
    assert [s for _, s in speakers(lead + body + "\n", language)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Zulieferer baut ab\n\nStuttgart (dpa) - Der Autozulieferer Kessmann Antriebe "
            "streicht 900 Stellen. „Die Aufträge brechen weg“, teilte das Unternehmen mit.\n",
            "de",
            [("Die Aufträge brechen weg", "Kessmann Antriebe")],
        ),
        (
            "Grippe nimmt zu\n\nBerlin (dpa) - Nach Angaben des Leibniz-Instituts für "
            "Virenkunde steigen die Fälle. „Die Welle rollt“, teilte das Institut mit.\n",
            "de",
            [("Die Welle rollt", "Leibniz-Institut")],
        ),
        (
            "Plan social\n\nLYON (AFP) - Le groupe textile Dormane va fermer deux usines. "
            "« Nos ventes ont chuté de moitié », a indiqué la société dans un communiqué.\n",
            "fr",
            [("Nos ventes ont chuté de moitié", "Dormane")],
        ),
        (
            "Alerte\n\nPARIS (AFP) - Le ministère de la Mer a fermé trois ports. « La houle "
            "est trop forte », a précisé le ministère.\n",
            "fr",
            [("La houle est trop forte", "ministère de la Mer")],
        ),
        (
            "Resultados\n\nMADRID, 3 mar (EFE).- Velderia ganó 300 millones. "
            '"El dividendo subirá", informó la compañía en un comunicado.\n',
            "es",
            [("El dividendo subirá", "Velderia")],
        ),
        (
            "Aviso\n\nMADRID, 3 mar (EFE).- El Ministerio de Pesca ha cerrado el caladero. "
            '"No hay peces", ha señalado el ministerio.\n',
            "es",
            [("No hay peces", "Ministerio de Pesca")],
        ),
        # An indefinite article is someone new; a person's sentence is no firm's.
        (
            "Aviso\n\nMADRID, 3 mar (EFE).- El consejero Luis Ortega Gil visitó la obra. "
            '"Vamos bien", dijo una empresa del sector.\n',
            "es",
            [("Vamos bien", "una empresa del sector")],
        ),
    ],
)
def test_a_body_called_back_by_its_noun(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``teilte das Unternehmen mit`` / ``a indiqué la société`` / ``informó la compañía``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Börse\n\nFrankfurt (dpa) - Der Dax stieg. „Die Stimmung dreht“, sagte "
            "Marktanalyst Jonas Pflüger.\n",
            "de",
            [("Die Stimmung dreht", "Jonas Pflüger")],
        ),
        (
            "Lawine\n\nInnsbruck (APA) - Eine Lawine ging ab. „Die Lage bleibt heikel“, "
            "sagte Lawinendienst-Leiter Udo Brandner.\n",
            "de",
            [("Die Lage bleibt heikel", "Udo Brandner")],
        ),
        (
            "Schlaf\n\nHamburg (dpa) - Die Schlafforscherin Dr. Mia Kessler rät zu Ruhe. "
            "„Der Körper braucht Pausen“, sagte sie.\n",
            "de",
            [("Der Körper braucht Pausen", "Mia Kessler")],
        ),
        (
            "Sénat\n\nPARIS (AFP) - Le Sénat a voté la loi.\n\nLe sénateur LR Paul Garnier "
            "a salué un vote « historique ». « Les maires attendaient ce texte », a-t-il "
            "ajouté.\n",
            "fr",
            [("historique", "Paul Garnier"), ("Les maires attendaient ce texte", "Paul Garnier")],
        ),
        (
            "Budget\n\nPARIS (AFP) - Le député LFI Marc Olivennes a voté contre. « C'est "
            "injuste », a-t-il dit.\n\nOlivennes a maintenu ses critiques. « Les malades "
            "paieront », a insisté l'élu.\n",
            "fr",
            [("C'est injuste", "Marc Olivennes"), ("Les malades paieront", "Marc Olivennes")],
        ),
        (
            "Commune\n\nNAMUR (Belga) - L'échevine Ans Roels garde les travaux. « Nous "
            "finirons le chantier », a dit Mme Roels.\n",
            "fr",
            [("Nous finirons le chantier", "Ans Roels")],
        ),
    ],
)
def test_a_calling_party_or_title_before_the_name_is_no_part_of_it(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``sagte Marktanalyst Jonas Pflüger`` / ``le sénateur LR Paul Garnier``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Pleno\n\nMÉRIDA, 3 mar (EFE).- El consejero Luis Ruiz de la Peña presentó el plan. "
            '"Habrá más médicos", dijo Ruiz de la Peña.\n',
            "es",
            [("Habrá más médicos", "Luis Ruiz de la Peña")],
        ),
        (
            "Commune\n\nLIÈGE (Belga) - Le chef de l'opposition, Paul Abel de Vries, a voté "
            "contre. « C'est un mauvais budget », a ajouté M. Abel de Vries.\n",
            "fr",
            [("C'est un mauvais budget", "Paul Abel de Vries")],
        ),
        # "Maître" is an honorific, no given name.
        (
            "Vente\n\nTOURS (AFP) - Le commissaire-priseur, Maître Luc Le Braz, a vendu le "
            "château. « La salle était pleine », a-t-il précisé.\n",
            "fr",
            [("La salle était pleine", "Luc Le Braz")],
        ),
    ],
)
def test_a_surname_with_a_particle_inside_is_the_full_name(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``dijo Ruiz de la Peña`` / ``a ajouté M. Abel de Vries``: the name given before."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Studie\n\nKiel (dpa) - Die Virologin Eva Lindqvist hat ein neues Virus "
            "beschrieben. „Es ist harmlos“, sagte die Forscherin.\n",
            "de",
            [("Es ist harmlos", "Eva Lindqvist")],
        ),
        # An indefinite article is someone new.
        (
            "Studie\n\nKiel (dpa) - Die Virologin Eva Lindqvist hat ein neues Virus "
            "beschrieben. „Es ist harmlos“, sagte eine Forscherin des Instituts.\n",
            "de",
            [("Es ist harmlos", "eine Forscherin des Instituts")],
        ),
        (
            "Saisie\n\nNAMUR (Belga) - Le procureur du Roi, Marc Delvaux, a détaillé la saisie. "
            "« Le réseau est démantelé », a dit le magistrat.\n",
            "fr",
            [("Le réseau est démantelé", "Marc Delvaux")],
        ),
        # The article tells the gender: the poet, not the rector named after her.
        (
            "Homenaje\n\nSORIA, 3 mar (EFE).- La poeta Elvira Sanz Gil recibió el premio de "
            "manos del rector, Tomás Mora Ruiz. La homenajeada ha agradecido el gesto: "
            "«Nunca lo esperé».\n",
            "es",
            [("Nunca lo esperé", "Elvira Sanz Gil")],
        ),
    ],
)
def test_a_calling_with_its_article_is_the_person_just_named(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``sagte die Forscherin`` / ``a dit le magistrat`` / ``la homenajeada``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Trainer\n\nBremen (dpa) - Der Niederländer Jan van Dijk wird Trainer. „Ich "
            "freue mich“, sagte van Dijk.\n\nSportchef Ole Brandt lobte ihn. „Er passt“, "
            "sagte Brandt. Van Dijk selbst gab sich gelassen: „Ich verspreche nichts.“\n",
            "de",
            [
                ("Ich freue mich", "Jan van Dijk"),
                ("Er passt", "Ole Brandt"),
                ("Ich verspreche nichts.", "Jan van Dijk"),
            ],
        ),
        (
            "Schloss\n\nPotsdam (dpa) - Die Familie von der Heide gibt ihr Schloss ab. Für "
            "alle sprach Klara von der Heide. „Es ging nicht anders“, sagte sie.\n\nFrau von "
            "der Heide zeigte sich erleichtert: „Jetzt ist es vorbei.“\n",
            "de",
            [
                ("Es ging nicht anders", "Klara von der Heide"),
                ("Jetzt ist es vorbei.", "Klara von der Heide"),
            ],
        ),
        (
            "Inversión\n\nBUENOS AIRES, 2 jun (EFE).- El gerente Juan Martín de la Sierra "
            'presentó el plan. "Creemos en el país", señaló.\n\nEl ministro Luis Caro lo '
            'celebró: "Es una gran noticia".\n\nDe la Sierra detalló que habrá empleo. "La '
            'mayoría será en logística", dijo.\n',
            "es",
            [
                ("Creemos en el país", "Juan Martín de la Sierra"),
                ("Es una gran noticia", "Luis Caro"),
                ("La mayoría será en logística", "Juan Martín de la Sierra"),
            ],
        ),
    ],
)
def test_a_surname_opening_with_its_particle(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``sagte van Dijk`` / ``Van Dijk selbst …:`` / ``Frau von der Heide`` / ``De la Sierra``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Nouns after a number are a quantity, not the antecedent of "er".
        (
            "Umbau\n\nStuttgart (dpa) - Finanzvorstand Till Marquardt sagte, der Umbau koste "
            "rund 300 Millionen Euro. „Das schaffen wir allein“, betonte er.\n",
            "de",
            [("Das schaffen wir allein", "Till Marquardt")],
        ),
        # An age joined to its noun is no number alone: the name after it stays.
        (
            "Prozess\n\nGießen (dpa) - Der 47-jährige Jonas Albring ließ erklären, er bereue "
            "alles. „Ich schäme mich“, sagte er.\n",
            "de",
            [("Ich schäme mich", "Jonas Albring")],
        ),
        # A hospital calling before the name is left out.
        (
            "Klinik\n\nUlm (dpa) - Chefarzt Dr. Jens Hollweg ist zufrieden. „Die Patienten "
            "erholen sich schneller“, sagte der Mediziner.\n",
            "de",
            [("Die Patienten erholen sich schneller", "Jens Hollweg")],
        ),
        # The given name in apposition after a comma, the particle as in the tag.
        (
            "Démission\n\nBORDEAUX (AFP) - La maire du village, Anne-Claire de La Varende, "
            "démissionne. « Je suis épuisée », a déclaré Mme de La Varende.\n",
            "fr",
            [("Je suis épuisée", "Anne-Claire de La Varende")],
        ),
    ],
)
def test_quantities_hospital_callings_and_names_in_apposition(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``300 Millionen Euro`` is no name; ``Chefarzt`` is a calling; ``Mme de La Varende``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Choque\n\nMADRID, 2 oct (EFE).- La consejera de Empleo, Marta Lozano Gil, y el "
            'secretario general de UGT, Iker Zabala Ruiz, han chocado. "Lo aprobaremos", '
            'ha asegurado ella. "Sin acuerdo no hay ley", ha replicado él.\n\nLozano ha '
            'insistido en que no cederá. "Es cuestión de justicia", ha dicho.\n',
            "es",
            [
                ("Lo aprobaremos", "Marta Lozano Gil"),
                ("Sin acuerdo no hay ley", "Iker Zabala Ruiz"),
                ("Es cuestión de justicia", "Marta Lozano Gil"),
            ],
        ),
    ],
)
def test_pronouns_of_two_people_named_in_apposition(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``ella`` / ``él`` by the article of each role; ``Lozano ha insistido … ha dicho``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The firm's noun in a compound describes the name after it.
        (
            "Prognose\n\nLudwigshafen (dpa) - Der Farbenkonzern Ostra Color senkt die Prognose. "
            "„Die Nachfrage bleibt schwach“, teilte der Konzern mit.\n",
            "de",
            [("Die Nachfrage bleibt schwach", "Ostra Color")],
        ),
        # A scholar named by the science.
        (
            "Bienen\n\nWürzburg (dpa) - Der Zoologe Dr. Timo Brackmann hat Bienen beobachtet. "
            "„Sie tanzen genauer als gedacht“, sagte der Biologe.\n",
            "de",
            [("Sie tanzen genauer als gedacht", "Timo Brackmann")],
        ),
        # A surname opening the sentence before a verb without a subject.
        (
            "Censura\n\nLIMA, 5 mar (EFE).- La congresista Rosa Quispe criticó al ministro "
            'Julio Mendívil Paz. "Ha fracasado", afirmó Quispe.\n\nMendívil se defendió ante el '
            'pleno. "Los resultados llegarán", aseguró.\n',
            "es",
            [("Ha fracasado", "Rosa Quispe"), ("Los resultados llegarán", "Julio Mendívil Paz")],
        ),
    ],
)
def test_late_probe_conventions(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``Der Farbenkonzern Ostra Color`` / ``sagte der Biologe`` / ``Mendívil se defendió``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Suche\n\nLinz (APA) - Die Polizei sucht einen Wanderer. „Er ist ortskundig“, sagte "
            "Polizeisprecher Gernot Aschauer.\n\n„Er trägt eine rote Jacke“, sagte seine Frau, "
            "Ilse Kranzl. Man suche weiter, sagte der Sprecher. „Wir geben nicht auf.“\n",
            "de",
            [
                ("Er ist ortskundig", "Gernot Aschauer"),
                ("Er trägt eine rote Jacke", "Ilse Kranzl"),
                ("Wir geben nicht auf.", "Gernot Aschauer"),
            ],
        ),
        # The last quotation's own tag names no new source.
        (
            "Spiel\n\nBremen (dpa) - Werder verlor.\n\nKapitän Ole Sander sah es ähnlich. "
            "„Wir waren zu langsam“, sagte Sander. „Jetzt müssen wir reagieren.“\n",
            "de",
            [("Wir waren zu langsam", "Ole Sander"), ("Jetzt müssen wir reagieren.", "Ole Sander")],
        ),
    ],
)
def test_a_cue_between_two_quotations_of_a_paragraph_names_the_second(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``„…“, sagte Ilse Kranzl. Man suche weiter, sagte der Sprecher. „…“``: the spokesman."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            'Reforma\n\nBUENOS AIRES, 10 abr (EFE).- La Cámara debatió la reforma. "Crea '
            'empleo", dijo el diputado Luis Ferro.\n\nLa diputada Nora Salvat, del Frente '
            'Verde, fue más allá: "Es la ley de los patrones".\n',
            "es",
            [("Crea empleo", "Luis Ferro"), ("Es la ley de los patrones", "Nora Salvat")],
        ),
        (
            "Prognose\n\nMainz (dpa) - Der Konzern spart. „Wir müssen sparen“, sagte "
            "Vorstandschef Ulf Rieder. Analystin Eva Rohrbach von der Nordbank zeigte sich "
            "skeptisch: „Das reicht nicht.“\n",
            "de",
            [("Wir müssen sparen", "Ulf Rieder"), ("Das reicht nicht.", "Eva Rohrbach")],
        ),
    ],
)
def test_a_party_or_an_employer_after_the_name_before_a_colon(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``Nora Salvat, del Frente Verde, fue más allá:`` / ``Eva Rohrbach von der Nordbank …:``."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Entretien\n\nPARIS (AFP) - L'ancienne ministre Claire Vautrel répond à nos "
            "questions. « Je reste optimiste », a-t-elle dit.\n\nQuestion : Et l'Europe ?\n\n"
            "Réponse : « Elle doit se réveiller. »\n\nQuestion : Et la France ?\n\n"
            "Réponse : « Elle doit parler d'une seule voix. »\n",
            "fr",
            "Claire Vautrel",
        ),
        (
            "Entrevista\n\nMADRID, 20 jun (EFE).- La ministra Sara Olmedo Ruiz habla con EFE. "
            '"El agua es lo primero", dijo.\n\nP: ¿Habrá sequía?\n\nR: "Es probable".\n\n'
            'P: ¿Y desaladoras?\n\nR: "Sí, más".\n',
            "es",
            "Sara Olmedo Ruiz",
        ),
    ],
)
def test_every_answer_of_an_interview_is_the_person_interviewed(
    text: str, language: str, speaker: str
) -> None:
    """``Réponse : « … »`` / ``R: "…"``: every answer, however many questions between."""
    assert {s for _, s in speakers(text, language)} == {speaker}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Nucléaire\n\nBRUXELLES (Belga) - La Chambre a voté. Le député Ecolo Paul Verdier a "
            "dénoncé « un chèque en blanc ». « Les contribuables paieront », a-t-il averti.\n",
            "fr",
            [
                ("un chèque en blanc", "Paul Verdier"),
                ("Les contribuables paieront", "Paul Verdier"),
            ],
        ),
        (
            "Pleno\n\nMADRID, 3 mar (EFE).- El diputado Vox Luis Ferrán Gil votó en contra. "
            '"Es un error", dijo Ferrán.\n',
            "es",
            [("Es un error", "Luis Ferrán Gil")],
        ),
    ],
)
def test_a_party_named_without_capitals_before_the_name(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """``le député Ecolo Paul Verdier`` / ``el diputado Vox Luis Ferrán Gil`` (list ``parties``)."""
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Trainer Jan Hörl haderte. „Das war zu wenig“, meinte der Oberösterreicher.",
            "Jan Hörl",
        ),
        ("Skispringerin Lea Moser siegte. „Ein Traum“, sagte die Tirolerin.", "Lea Moser"),
        ("„Ich bin stolz“, sagte der Slowene Tim Novak.", "Tim Novak"),
        # An article, a role left out and a surname: the person named before.
        ("Sieger wurde Tim Novak. Der Däne Novak sagte: „Ich bin stolz.“", "Tim Novak"),
        ("Sieger wurde Tim Novak. „Ich bin stolz“, sagte der Sprecher Novak.", "Tim Novak"),
        # A demonym that is also a common surname is a name.
        ("„Es war knapp“, sagte Anton Schweizer.", "Anton Schweizer"),
    ],
)
def test_german_nouns_of_nationality_and_region(body: str, speaker: str) -> None:
    """``sagte der Salzburger`` after Jan Hörl; ``der Slowene Tim Novak``."""
    assert [s for _, s in speakers(DE_LEAD + body + "\n", "de")] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Doppeltorschütze Ben Ruhl jubelte: „Heute ging alles.“", "Ben Ruhl"),
        ("„Der Wind war fies“, sagte Skispringerin Lea Moser.", "Lea Moser"),
        ("„Wir bleiben ruhig“, sagte Ersatzkapitän Tom Adler.", "Tom Adler"),
        # The part alone is a surname.
        ("„Wir bleiben ruhig“, sagte Axel Springer.", "Axel Springer"),
    ],
)
def test_german_sports_callings_in_compounds(body: str, speaker: str) -> None:
    """``Doppeltorschütze Ben Ruhl``, ``Skispringerin Lea Moser``: a calling, not a given name."""
    assert [s for _, s in speakers(DE_LEAD + body + "\n", "de")] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            ES_LEAD + "El presidente del Gobierno, Luis Ortega, visitó el puerto. "
            "«Es un gran día», dijo el jefe del Ejecutivo.\n",
            "es",
            "Luis Ortega",
        ),
        (
            ES_LEAD + "La presidenta de la Xunta, Ana Gil, visitó el puerto. "
            "«Es un gran día», dijo la jefa del Ejecutivo.\n",
            "es",
            "Ana Gil",
        ),
        (
            FR_LEAD + "Le président de la République, Paul Renard, a visité le port. "
            "« C'est un grand jour », a déclaré le chef de l'État.\n",
            "fr",
            "Paul Renard",
        ),
        (
            FR_LEAD + "La Première ministre, Anne Roux, a visité le port. "
            "« C'est un grand jour », a déclaré la cheffe du gouvernement.\n",
            "fr",
            "Anne Roux",
        ),
        # No head of government named before: a source as written.
        (
            ES_LEAD + "«Es un gran día», dijo el jefe del Ejecutivo.\n",
            "es",
            "el jefe del Ejecutivo",
        ),
    ],
)
def test_head_of_government_named_again(text: str, language: str, speaker: str) -> None:
    """``dijo el jefe del Ejecutivo``, ``a déclaré le chef de l'État``: the president before."""
    assert [s for _, s in speakers(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (FR_LEAD + "« C'est fini », a dit le maire avant de partir.\n", "fr", "le maire"),
        (
            FR_LEAD + "Paul Roux, 40 ans, est jugé. « Je regrette », a déclaré "
            "l'accusé avant que le jury ne se retire.\n",
            "fr",
            "Paul Roux",
        ),
        (ES_LEAD + "«Se acabó», dijo el alcalde antes de irse.\n", "es", "el alcalde"),
        (ES_LEAD + "«Se acabó», dijo la alcaldesa después de la reunión.\n", "es", "la alcaldesa"),
        # Between the verb and the subject, an adverb is passed over.
        (ES_LEAD + "«Se acabó», dijo antes el alcalde, Luis Mora.\n", "es", "Luis Mora"),
        (ES_LEAD + "«Se acabó», dijo después el ministro.\n", "es", "el ministro"),
    ],
)
def test_a_preposition_of_time_ends_the_subject(text: str, language: str, speaker: str) -> None:
    """``a dit le maire avant de partir``: the source is ``le maire``."""
    assert [s for _, s in speakers(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Die Mutter von Lea Roth sagte: „Ich bin stolz.“", "Die Mutter von Lea Roth"),
        ("„Ich bin stolz“, sagte die Mutter von Lea Roth.", "die Mutter von Lea Roth"),
        # The particle of a name after a title stays.
        (
            "Bürgermeisterin Ursula von der Leyen kam. „Ich bin stolz“, sagte sie.",
            "Ursula von der Leyen",
        ),
    ],
)
def test_german_von_after_a_noun_with_its_article(body: str, speaker: str) -> None:
    """``die Mutter von Lea Roth``: ``von`` after a noun is the preposition, no particle."""
    assert [s for _, s in speakers(DE_LEAD + body + "\n", "de")] == [speaker]


def test_german_colon_lead_in_with_selbst() -> None:
    """``Roth selbst meldete sich in den sozialen Medien: „…“``: Lea Roth, not the coach."""
    text = (
        DE_LEAD + "Der Verein muss auf Torhüterin Lea Roth verzichten. „Das ist bitter“, "
        "sagte Trainer Jan Ott.\n\n"
        "Roth selbst meldete sich in den sozialen Medien: „Ich komme stärker zurück.“\n"
    )
    assert [s for _, s in speakers(text, "de")] == ["Jan Ott", "Lea Roth"]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("Le maire de Brestou Luc Martin a réagi. « Non », a-t-il dit.", "Luc Martin"),
        ("L'élu, le maire de Brestou Luc Martin, a réagi. « Non », a-t-il dit.", "Luc Martin"),
    ],
)
def test_french_title_with_a_place_then_the_name(second: str, speaker: str) -> None:
    """``le maire de Brestou Luc Martin``: a pronoun after it is Luc Martin, not the lawyer."""
    text = FR_LEAD + "« Bien », a dit son avocat, Me Paul Roux.\n\n" + second + "\n"
    assert [s for _, s in speakers(text, "fr")] == ["Paul Roux", speaker]


def test_reported_speech_after_a_quotation_that_closed_its_sentence() -> None:
    """``Eva Roth konterte: „…“ Jan Ott sagte, man bleibe dabei. „…“``: Jan Ott's words."""
    text = (
        DE_LEAD + "Ministerin Eva Roth konterte: „Ohne Wind keine Wende.“ Fraktionschef Jan "
        "Ott sagte, man werde am Ziel festhalten. „Zwei Prozent bleiben das Ziel.“\n"
    )
    assert [s for _, s in speakers(text, "de")] == ["Eva Roth", "Jan Ott"]


@pytest.mark.parametrize("place", ["VALDORA", "CÁRMELA", "SAN TELMO DEL MAR"])
def test_spanish_dateline_on_its_own_line_is_no_subject(place: str) -> None:
    """``VALDORA, 17 (EUROPA PRESS)`` on a line of its own: the place is no speaker."""
    text = (
        "Titular de prueba\n\n"
        f"{place}, 17 (EUROPA PRESS)\n\n"
        "La consejera de Salud, Ana Ruiz Soto, ha pedido este martes «más plazas» "
        "para la región. «No queremos pueblos sin médico», ha señalado.\n"
    )
    assert [s for _, s in speakers(text, "es")] == ["Ana Ruiz Soto", "Ana Ruiz Soto"]


@pytest.mark.parametrize(
    "lead",
    ["Die Ministerin Ulrike von der Hagen", "Der Botschafter Theo van den Brink"],
)
def test_german_article_before_a_title_then_a_name_with_particle(lead: str) -> None:
    """``Die Ministerin Ulrike von der Hagen kam.``: the article is the title's."""
    name = lead.split(" ", 2)[2]
    pronoun = "sie" if lead.startswith("Die") else "er"
    text = DE_LEAD + f"{lead} kam am Dienstag. „Wir bleiben an Bord“, sagte {pronoun}.\n"
    assert [s for _, s in speakers(text, "de")] == [name]


@pytest.mark.parametrize(
    "first",
    [
        "Der 1. FC Kelbach hat im Pokal gewonnen.",
        "Der Zulieferer Velder Systems GmbH schließt sein Werk.",
    ],
)
def test_german_epithet_is_no_club_or_company(first: str) -> None:
    """``sagte der 22-Jährige`` after a club's and a person's names: the person."""
    text = (
        DE_LEAD + first + " Torhüter Jan Roth war fassungslos. „Das tut weh“, "
        "sagte der 22-Jährige.\n"
    )
    assert [s for _, s in speakers(text, "de")] == ["Jan Roth"]


@pytest.mark.parametrize(
    ("second", "source"),
    [
        (
            "Selon un analyste de Brivaux Capital, la baisse va durer. "
            "« Le marché doute encore », a-t-il jugé.",
            "un analyste de Brivaux Capital",
        ),
        (
            "D'après une porte-parole de la direction, le trafic sera perturbé. "
            "« Reportez vos trajets », a-t-elle ajouté.",
            "une porte-parole de la direction",
        ),
    ],
)
def test_french_pronoun_after_a_source_phrase_and_a_role(second: str, source: str) -> None:
    """``Selon un analyste de …, … « … », a-t-il jugé.``: the analyst, not the speaker before."""
    text = FR_LEAD + "« Prudence », a dit Anne Roux, gérante chez Delvaux.\n\n" + second + "\n"
    assert [s for _, s in speakers(text, "fr")] == ["Anne Roux", source]


def test_spanish_hyphen_opens_dialogue_lines() -> None:
    """``- ¿Cuándo abre? ¶ - No lo sé - dijo Pardo -.``: a hyphen for the dialogue dash."""
    text = (
        ES_LEAD + "Su capitán, Luis Pardo Gil, habló con la prensa:\n\n"
        "- ¿Cuándo abre el muelle?\n\n- No lo sé - dijo Pardo -. Ya veremos.\n"
    )
    assert speakers(text, "es") == [
        ("¿Cuándo abre el muelle?", None),
        ("No lo sé", "Luis Pardo Gil"),
        ("Ya veremos.", "Luis Pardo Gil"),
    ]


def test_spanish_hyphen_list_of_points_is_no_dialogue() -> None:
    """A list of points opened by hyphens, no question and no tag: no quotations."""
    text = ES_LEAD + "- La grúa costó un millón.\n\n- El muelle abrirá en mayo.\n"
    assert speakers(text, "es") == []


@pytest.mark.parametrize(
    "object_",
    ["al canadiense Luc Roy", "a Luc Roy", "al joven tenista Luc Roy"],
)
def test_spanish_epithet_is_not_the_object_after_personal_a(object_: str) -> None:
    """``venció al canadiense Luc Roy. «…», ha asegurado el murciano.``: the subject."""
    text = (
        ES_LEAD + f"Pablo Gil Soto venció este lunes {object_} en la final. "
        "«He jugado mi mejor partido», ha asegurado el murciano.\n"
    )
    assert [s for _, s in speakers(text, "es")] == ["Pablo Gil Soto"]


def test_spanish_epithet_of_the_person_honoured_after_a_body() -> None:
    """``La Universidad ... ha rendido homenaje a la poeta X. ... La homenajeada``: X."""
    text = (
        ES_LEAD + "La Universidad de Portavela ha rendido homenaje a la poeta Lucía Ferrer "
        "Almagro.\n\nLa homenajeada ha agradecido el gesto: «Nunca pensé verlo».\n"
    )
    assert [s for _, s in speakers(text, "es")] == ["Lucía Ferrer Almagro"]
