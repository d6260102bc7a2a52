"""Structure of German, French and Spanish pages: sign-offs, standfirsts, headings, furniture.

Every text here is invented: it imitates a convention of dpa, APA, AFP, ATS,
EFE or of German, French and Spanish news sites, and none is copied from a
real article.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from tests.strategies import Generated, articles
from wireparse.metadata.bylines import parse_byline
from wireparse.metadata.datelines import match_dateline
from wireparse.model import BlockKind


def rules_of(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, rule) of each block, in order."""
    return [(b.kind.value, b.rule) for b in article.blocks]


def texts(article: wireparse.Article) -> list[str]:
    """The paragraphs' text."""
    return [p.text for p in article.paragraphs]


# --------------------------------------------------------------------------
# An agency's bracketed sign-off at the end of the last paragraph
# --------------------------------------------------------------------------

FERRY_DE = (
    "Neue Fähre für Bremen\n\n"
    "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.\n\n"
    "Der Fahrplan bleibt gleich, sagte ein Sprecher am Dienstag. (dpa)\n"
)


def test_inline_agency_signoff_is_cut_from_the_last_paragraph() -> None:
    article = wireparse.parse(FERRY_DE)
    assert article.agency == "dpa"
    assert texts(article) == [
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.",
        "Der Fahrplan bleibt gleich, sagte ein Sprecher am Dienstag.",
    ]
    assert rules_of(article)[-1] == ("signoff", "signoff.inline_agency")


def test_inline_agency_signoff_with_desk_codes() -> None:
    text = (
        "Le bac reprend du service\n\n"
        "Le bac entre les deux rives reprendra lundi, a annoncé la commune vendredi.\n\n"
        "Les horaires restent les mêmes, a précisé un porte-parole. (ats/nxp)\n"
    )
    article = wireparse.parse(text)
    assert article.agency == "ATS"
    assert texts(article)[-1] == "Les horaires restent les mêmes, a précisé un porte-parole."


def test_bracket_after_a_sentence_that_names_no_agency_stays() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.\n\n"
        "Die Fähre sei zu teuer gewesen, und die Stadt hätte besser eine Brücke über den "
        "Fluss gebaut, die allen Bürgern nützt, sagte der Fraktionschef am Dienstag. (SPD)\n"
    )
    article = wireparse.parse(text)
    assert article.agency is None
    assert texts(article)[-1].endswith("sagte der Fraktionschef am Dienstag. (SPD)")


# --------------------------------------------------------------------------
# Running text of several sentences that ends with no full stop
# --------------------------------------------------------------------------


def test_sentences_ending_on_a_web_address_are_a_paragraph() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.\n\n"
        "Der Fahrplan gilt vorbehaltlich weiterer Änderungen im Winter. Alle Zeiten finden "
        "Sie bald unter example.org/faehre\n\n"
        "Die alte Fähre geht in den Ruhestand, sagte der Kapitän am Dienstag.\n"
    )
    article = wireparse.parse(text)
    assert len(article.paragraphs) == 3
    assert texts(article)[1].endswith("example.org/faehre")


def test_a_title_with_an_abbreviation_is_still_a_title() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.\n\n"
        "Dr. Weber baut die Fähre\n\n"
        "Die Werft hat die Fähre in zwei Jahren gebaut, sagte der Geschäftsführer am Dienstag.\n"
    )
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections if s.heading] == ["Dr. Weber baut die Fähre"]


# --------------------------------------------------------------------------
# Headings: a quotation set as a subheading, a label in capitals
# --------------------------------------------------------------------------

BAC_FR = (
    "Le bac reprend du service\n\n"
    "Le bac entre les deux rives reprendra lundi, a annoncé la commune vendredi soir.\n\n"
    "Les travaux ont duré six mois et coûté deux millions d'euros, selon la mairie.\n\n"
    "« Le bac reprendra lundi, quoi qu'il arrive, et les horaires resteront les mêmes »\n\n"
    "Le maire s'est félicité de la fin du chantier devant les habitants du quartier.\n\n"
    "Le Havre, Rouen et Caen : trois ports pour un seul bac en Normandie cet été\n\n"
    "Les passagers pourront acheter leurs billets en ligne dès la semaine prochaine.\n"
)


def test_a_quotation_set_as_a_subheading_is_a_heading() -> None:
    article = wireparse.parse(BAC_FR)
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == [
        "« Le bac reprendra lundi, quoi qu'il arrive, et les horaires resteront les mêmes »"
    ]
    assert len(article.paragraphs) == 4


def test_a_french_quotation_is_no_link_arrow() -> None:
    article = wireparse.parse(BAC_FR)
    quoted = next(b for b in article.blocks if article.source[b.span.start] == "«")
    assert quoted.kind is BlockKind.HEADING


def test_a_link_arrow_is_still_furniture() -> None:
    text = BAC_FR.replace("« Le bac reprendra", "Plus d'articles »\n\n« Le bac reprendra")
    article = wireparse.parse(text)
    arrow = next(b for b in article.blocks if b.text == "Plus d'articles »")
    assert arrow.kind is BlockKind.FURNITURE


def test_a_line_of_dialogue_in_quotation_marks_is_no_heading() -> None:
    text = BAC_FR.replace(
        "« Le bac reprendra lundi, quoi qu'il arrive, et les horaires resteront les mêmes »",
        "« Le bac reprendra lundi. Les horaires resteront les mêmes. »",
    )
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_label_in_capitals_with_a_colon_heads_what_follows() -> None:
    text = (
        "El transbordador vuelve al puerto\n\n"
        "El transbordador volverá a cruzar la bahía el lunes, informó el ayuntamiento.\n\n"
        "El alcalde habló con la prensa tras la reunión con los vecinos del puerto.\n\n"
        "LO QUE DIJO:\n\n"
        "Sobre las obras: “Han durado seis meses y el barco está como nuevo”.\n\n"
        "Sobre los precios: “Los billetes costarán lo mismo que el año pasado”.\n"
    )
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections if s.heading] == ["LO QUE DIJO:"]
    assert len(article.paragraphs) == 4


def test_a_colon_line_in_all_capitals_copy_is_no_label() -> None:
    text = (
        "HARBOUR DAYBOOK\n\n"
        "THE FERRY BOARD MEETS ON MONDAY AT CITY HALL TO VOTE ON THE NEW TIMETABLE.\n\n"
        "CALL AHEAD:\n\n"
        "THE PIER OFFICE TAKES BOOKINGS FOR THE SUMMER SAILINGS FROM NINE TO FIVE.\n"
    )
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections if s.heading] == []


# --------------------------------------------------------------------------
# Above the lead: photo credits, teasers, a headline set twice
# --------------------------------------------------------------------------


def test_a_caption_ending_with_a_photo_credit_is_a_caption() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Die neue Fähre am Pier in Vegesack. Bild: dpa\n\n"
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[1] == ("caption", "caption")
    assert texts(article) == [
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit."
    ]


def test_photo_credits_in_french_and_spanish() -> None:
    for line in ("Le bac à quai, lundi. Photo : AFP", "El barco en el puerto. Foto: EFE/Ana Ruiz"):
        text = f"Titre du jour\n\n{line}\n\nLe bac reprendra lundi, a annoncé la commune.\n"
        article = wireparse.parse(text)
        assert rules_of(article)[1] == ("caption", "caption"), line


def test_a_teaser_ending_with_a_question_is_the_standfirst() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Die Stadt ersetzt die alte Fähre durch ein neues Schiff. Doch wer soll das bezahlen?\n\n"
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt am "
        "Dienstag mit. Sie kostet vier Millionen Euro und bietet Platz für 200 Fahrgäste.\n\n"
        "Der Fahrplan bleibt gleich, sagte ein Sprecher.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[1] == ("highlight", "standfirst.question")
    assert texts(article)[0].startswith("Die neue Fähre fährt ab Montag")
    assert len(article.paragraphs) == 2


def test_a_question_lead_before_a_shorter_paragraph_stays_the_lead() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Die Stadt ersetzt die alte Fähre durch ein neues Schiff, das ab Montag zwischen den "
        "Ufern der Weser fährt. Doch wer soll das bezahlen?\n\n"
        "Der Fahrplan bleibt gleich, sagte ein Sprecher.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[1] == ("paragraph", "paragraph.lead")


def test_a_headline_set_twice_starts_the_story_after_the_second() -> None:
    text = (
        "El transbordador vuelve al puerto\n\n"
        "“Llevamos un año esperando este barco, y por fin está aquí con nosotros”.\n\n"
        "El transbordador vuelve al puerto\n\n"
        "Por: Redacción -\n\n"
        "El transbordador volverá a cruzar la bahía el lunes, informó el ayuntamiento.\n\n"
        "Los billetes costarán lo mismo que el año pasado, según el alcalde.\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "El transbordador vuelve al puerto"
    assert rules_of(article)[1:3] == [
        ("highlight", "standfirst.repeated_headline"),
        ("furniture", "furniture.repeated_headline"),
    ]
    assert texts(article) == [
        "El transbordador volverá a cruzar la bahía el lunes, informó el ayuntamiento.",
        "Los billetes costarán lo mismo que el año pasado, según el alcalde.",
    ]


# --------------------------------------------------------------------------
# Below the body
# --------------------------------------------------------------------------


def test_a_follow_us_line_cut_on_its_links_is_furniture_to_the_end() -> None:
    text = (
        "El transbordador vuelve al puerto\n\n"
        "El transbordador volverá a cruzar la bahía el lunes, informó el ayuntamiento.\n\n"
        "Los billetes costarán lo mismo que el año pasado, según el alcalde.\n\n"
        "Síguenos en\n\nFacebook y\n\nTwitter\n\n"
        "para recibir todas nuestras noticias del puerto\n"
    )
    article = wireparse.parse(text)
    assert len(article.paragraphs) == 2
    assert rules_of(article)[-1] == ("furniture", "furniture.below_body")


def test_a_subheading_repeating_the_headline_after_a_paragraph_stays() -> None:
    text = (
        "El transbordador vuelve al puerto\n\n"
        "El transbordador volverá a cruzar la bahía el lunes, informó el ayuntamiento.\n\n"
        "El transbordador vuelve al puerto\n\n"
        "Los billetes costarán lo mismo que el año pasado, según el alcalde.\n"
    )
    article = wireparse.parse(text)
    assert len(article.paragraphs) == 2
    assert [s.heading for s in article.sections if s.heading] == [
        "El transbordador vuelve al puerto"
    ]


# --------------------------------------------------------------------------
# SDA/ATS: a kicker above the title of an IPTC 7901 story
# --------------------------------------------------------------------------

ATS_KICKER = (
    "\x01bsf031 3 ec 40   etf 123\r\n"
    "\r\n"
    "Suisse\r\n"
    "\r\n"
    "\x02Transports \r\n"
    "Lausanne:  \r\n"
    "Le bac du Léman reprend du service lundi =\r\n"
    " \r\n"
    "   Lausanne (ats) Le bac entre les deux rives du lac reprendra \r\n"
    "lundi, a annoncé la compagnie vendredi.\r\n"
    " \r\n"
    "(ats/jd)\r\n"
    "\x03091223 dec 25\r\n"
    "\x04"
)


def test_a_kicker_above_an_iptc_title_is_not_the_headline() -> None:
    article = wireparse.parse(ATS_KICKER)
    assert article.headline == "Le bac du Léman reprend du service lundi"
    assert ("furniture", "iptc7901.kicker") in rules_of(article)
    assert article.agency == "ATS"


def test_a_title_wrapped_at_its_colon_stays_whole() -> None:
    text = ATS_KICKER.replace(
        "\x02Transports \r\nLausanne:  \r\n",
        "\x02Le directeur de la compagnie de navigation du Léman:\r\n",
    ).replace("Le bac du Léman reprend du service lundi =", "le bac reprend lundi =")
    article = wireparse.parse(text)
    assert article.headline == (
        "Le directeur de la compagnie de navigation du Léman: le bac reprend lundi"
    )


# --------------------------------------------------------------------------
# Under the story: the author's signature, footnotes, a release's source line
# --------------------------------------------------------------------------

BAC_SIGNED = (
    "Le bac reprend du service\n\n"
    "Le bac entre les deux rives reprendra lundi, a annoncé la commune vendredi soir.\n\n"
    "Les passagers pourront acheter leurs billets en ligne dès la semaine prochaine.\n\n"
    "Anne ROY\n\n"
    "*Le prénom du passeur a été modifié\n"
)


def test_the_author_signing_under_the_story_is_the_byline() -> None:
    article = wireparse.parse(BAC_SIGNED)
    assert article.byline is not None
    assert article.byline.names == ("Anne ROY",)
    assert ("byline", "byline.signature") in rules_of(article)
    assert len(article.paragraphs) == 2


def test_an_asterisk_footnote_is_a_note() -> None:
    article = wireparse.parse(BAC_SIGNED)
    assert rules_of(article)[-1] == ("note", "note.footnote")
    assert texts(article)[-1].startswith("Les passagers pourront")


def test_a_name_under_a_contact_line_is_no_signature() -> None:
    text = (
        "Acme Opens Harbour Plant\n\n"
        "PORTVALE, Maine, March 3, 2026 /PRNewswire/ -- Acme Corp. opened a plant on the "
        "harbour on Tuesday, the company said.\n\n"
        "The plant employs 200 people.\n\n"
        "Media contact:\n\n"
        "Jane Doe\n\n"
        "SOURCE Acme Corp.\n"
    )
    article = wireparse.parse(text)
    assert article.byline is None
    assert rules_of(article)[-1] == ("furniture", "furniture.release")


def test_a_story_with_a_byline_takes_no_signature() -> None:
    text = "Par Marc Petit\n\n" + BAC_SIGNED.split("\n\n", 1)[1]
    article = wireparse.parse("Le bac reprend du service\n\n" + text)
    assert article.byline is not None
    assert article.byline.names == ("Marc Petit",)


def test_a_french_byline_with_the_surname_in_capitals() -> None:
    byline = parse_byline("Par Anne ROY, AFP")
    assert byline is not None
    assert byline.names == ("Anne ROY",)
    assert byline.agency == "AFP"


def test_an_embedded_posts_text_above_its_attribution_is_furniture() -> None:
    text = (
        "Le bac reprend du service\n\n"
        "Le bac entre les deux rives reprendra lundi, a annoncé la commune vendredi soir.\n\n"
        "Les passagers pourront acheter leurs billets en ligne dès la semaine prochaine.\n\n"
        "Le bac reprend lundi, venez nombreux sur le quai ! https://t.co/AbC123xyz\n\n"
        "— Ville de Portvale (@portvale) March 3, 2026\n\n"
        "Anne ROY\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[3:] == [
        ("furniture", "embed.text"),
        ("furniture", "embed"),
        ("byline", "byline.signature"),
    ]
    assert len(article.paragraphs) == 2
    assert article.byline is not None
    assert article.byline.names == ("Anne ROY",)


# --------------------------------------------------------------------------
# Press releases: datelines set alone (issue 13)
# --------------------------------------------------------------------------


def test_a_release_dateline_with_the_tag_glued_to_the_year() -> None:
    found = match_dateline("PORTVALE, Maine, March 3, 2026/PRNewswire-AsiaNet/")
    assert found is not None
    assert (found.place, found.agency) == ("PORTVALE, Maine", "PRNewswire-AsiaNet")


def test_a_glued_tag_with_no_dash_before_text_is_no_dateline() -> None:
    assert match_dateline("PORTVALE, Maine, March 3, 2026/PRNewswire/ Acme said.") is None


def test_a_release_dated_from_several_places() -> None:
    found = match_dateline("PORTVALE, OSLO and LYON, March 3, 2026 /PRNewswire/ -- Acme said.")
    assert found is not None
    assert found.place == "PORTVALE, OSLO and LYON"
    assert found.agency == "PRNewswire"


def test_a_release_dateline_above_the_repeated_headline_and_its_points() -> None:
    text = (
        "Acme Opens Harbour Plant\n\n"
        "PORTVALE, Maine, March 3, 2026/PRNewswire-AsiaNet/\n\n"
        "Acme Opens Harbour Plant\n\n"
        "Key Highlights\n\n"
        "• Two hundred jobs on the harbour\n\n"
        "Acme Corp. opened a plant on the harbour on Tuesday, the company said in a "
        "statement. The plant will build ferries for the coast.\n"
    )
    article = wireparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.place == "PORTVALE, Maine"
    assert article.agency == "PR Newswire"
    assert rules_of(article)[1:5] == [
        ("furniture", "dateline.alone"),
        ("furniture", "furniture.repeated_headline"),
        ("highlight", "highlight.release"),
        ("highlight", "highlight.release"),
    ]
    assert texts(article)[0].startswith("Acme Corp. opened a plant")


def test_a_lower_case_reuter_one_space_after_the_last_sentence() -> None:
    text = (
        "Harbour bridge reopens\n\n"
        "PORTVALE, March 3 - The harbour bridge reopened on Tuesday after repairs, the city "
        "said.\n\n"
        "Traffic was light in the morning, officials said. reuter\n"
    )
    article = wireparse.parse(text)
    assert article.agency == "Reuters"
    assert texts(article)[-1] == "Traffic was light in the morning, officials said."
    assert rules_of(article)[-1] == ("signoff", "signoff.inline")


def test_menu_and_button_words_of_each_language_are_furniture() -> None:
    body = (
        "Neue Fähre für Bremen\n\n"
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.\n\n"
        "{line}\n\n"
        "Der Fahrplan bleibt gleich, sagte ein Sprecher am Dienstag.\n"
    )
    for line in ("Teilen Drucken", "Anzeige", "Partager | Imprimer", "Publicidad", "Leer más"):
        article = wireparse.parse(body.format(line=line))
        block = next(b for b in article.blocks if b.text == line)
        assert (block.kind.value, block.rule) == ("furniture", "furniture.language"), line
        assert len(article.paragraphs) == 2, line


def test_a_short_line_with_one_menu_word_among_others_stays() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, teilte die Stadt mit.\n\n"
        "Mehr Fähren für Vegesack\n\n"
        "Der Fahrplan bleibt gleich, sagte ein Sprecher am Dienstag.\n"
    )
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections if s.heading] == ["Mehr Fähren für Vegesack"]


@settings(max_examples=50)
@given(articles(layout="lf", trailers=False, copyright=False), st.sampled_from(["dpa", "ats/jd"]))
def test_an_agency_signoff_after_any_story_only_names_the_agency(
    gen: Generated, signoff: str
) -> None:
    article = wireparse.parse(f"{gen.text.rstrip()} ({signoff})\n")
    assert article.agency == ("dpa" if signoff == "dpa" else "ATS")
    assert [p.text for p in article.paragraphs] == gen.paragraphs
    assert article.headline == gen.headline
    assert rules_of(article)[-1] == ("signoff", "signoff.inline_agency")


@pytest.mark.parametrize(
    "last",
    [
        "„Wir geben nicht nach“, schrieb Gewerkschafter Tom Lenz auf X.",
        "« Nous ne céderons pas », a écrit le syndicaliste Paul Renard sur X.",
        "«No vamos a ceder», escribió el sindicalista Luis Pardo en X.",
    ],
)
def test_a_quotation_and_its_tag_ending_on_an_initial_is_the_last_paragraph(last: str) -> None:
    """``„…“, schrieb Tom Lenz auf X.``: a sentence, never furniture under the story."""
    text = "Fähre\n\nKELBACH (dpa) - Die Hafenarbeiter streiken seit Montag.\n\n" + last + "\n"
    article = wireparse.parse(text)
    assert article.blocks[-1].kind.value == "paragraph"
    assert len(article.quotes) == 1


@pytest.mark.parametrize("label", ["More Stories", "Related Stories", "Latest Headlines"])
def test_a_related_links_label_below_the_body_is_no_signature(label: str) -> None:
    """``More Stories`` under the last paragraph reads as two capitalised words, not a name."""
    text = (
        "Storm knocks out power\n\nPORTVALE (Wire) — A storm knocked out power to 20,000 "
        "homes on Sunday.\n\nCrews worked through the night.\n\n"
        f"{label}\n\nSchool board race heats up\n\nFire chief retires after 30 years\n"
    )
    article = wireparse.parse(text)
    kinds = {article.source[b.span.start : b.span.end].strip(): b.kind for b in article.blocks}
    assert kinds[label] is BlockKind.FURNITURE
    assert article.byline is None
