"""German, French and Spanish wire copy: language, quotation marks, datelines, dates.

Every text here is invented: it imitates a convention of dpa, APA, AFP, ATS,
EFE or Europa Press copy, and none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from importlib import resources

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import lexicon
from wireparse.language import (
    DETECTABLE,
    MIN_HITS,
    detect_language,
    envelope_language,
    normalise_language,
)
from wireparse.metadata.agencies import canonical_agency, source_line_agency
from wireparse.metadata.bylines import parse_byline
from wireparse.metadata.collect import decide_agency
from wireparse.metadata.copyright import find_notice
from wireparse.metadata.datelines import language_timestamp, match_dateline, parse_month_day
from wireparse.metadata.dates import month_number, parse_timestamp
from wireparse.model import BlockKind, Paragraph, Span
from wireparse.quotations.quotes import QuoteAnalysis, analyse


def paragraphs_of(text: str) -> list[Paragraph]:
    """Cut *text* into blank-line paragraphs, as the parser gives them."""
    out = []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        out.append(Paragraph(" ".join(m.group().split()), Span(m.start(), m.end())))
    return out


def spans(text: str) -> list[str]:
    """The text of every quoted span, speech or not, in order."""
    result: QuoteAnalysis = analyse(text, paragraphs_of(text))
    found = sorted(result.quotes + result.others, key=lambda q: q.span.start)
    return [q.text for q in found]


# --------------------------------------------------------------------------
# Quotation marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: guillemets with inner spaces, no-break spaces, narrow no-break spaces.
        (
            "Le maire parle d'« un gâchis », puis ajoute : « Nous reconstruirons le pont. »",
            [" un gâchis ", " Nous reconstruirons le pont. "],
        ),
        (
            "La ministre a dénoncé un « scandale\xa0», avant de promettre «\xa0des mesures\xa0».",
            [" scandale\xa0", "\xa0des mesures\xa0"],
        ),
        (
            "Il juge le projet «\u202ftrop coûteux\u202f», selon l'élu.",
            ["\u202ftrop coûteux\u202f"],
        ),
        # French, tight guillemets.
        ("Le syndicat réclame «une vraie négociation», dit-il.", ["une vraie négociation"]),
        # German: low-high marks, reversed guillemets, Swiss guillemets.
        ("Er sagte: „Wir bauen die Brücke neu.“ Dann ging er.", ["Wir bauen die Brücke neu."]),
        ("Die Ministerin nannte den Plan »unausgegoren«, so ein Sprecher.", ["unausgegoren"]),
        ("Der Gemeinderat spricht von «grossen Fortschritten».", ["grossen Fortschritten"]),
        # Spanish: guillemets and curly marks.
        ("El alcalde afirmó que «el puente abre en mayo».", ["el puente abre en mayo"]),
        ("“No habrá recortes”, aseguró la ministra.", ["No habrá recortes"]),
    ],
)
def test_quotation_marks_of_each_language(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


# --------------------------------------------------------------------------
# Datelines and agencies


@pytest.mark.parametrize(
    ("text", "place", "tag", "agency", "date_text"),
    [
        ("Berlin (dpa) - Der Stadtrat tagt am Montag.", "Berlin", "dpa", "dpa", None),
        ("Hamburg (dpa/lno) – Im Hafen staut sich Ware.", "Hamburg", "dpa/lno", "dpa", None),
        ("Wiesbaden (KNA) . Die Synode berät.", "Wiesbaden", "KNA", "KNA", None),
        ("Fulda (KNA/bal). Die Bischöfe treffen sich.", "Fulda", "KNA/bal", "KNA", None),
        ("Wien (APA) - Die Regierung plant eine Reform.", "Wien", "APA", "APA", None),
        ("Graz (epdÖ) – Die Gemeinde lädt ein.", "Graz", "epdÖ", "epdÖ", None),
        ("Genf (sda/ats) Die Konferenz beginnt heute.", "Genf", "sda/ats", "SDA", None),
        ("Lausanne (ats afp) Le Conseil siège ce lundi.", "Lausanne", "ats afp", "ATS", None),
        ("PARIS (AFP) - Le gouvernement a présenté son budget.", "PARIS", "AFP", "AFP", None),
        ("Lyon, 4 févr 2025 (AFP) - Le maire a démissionné.", "Lyon", "AFP", "AFP", "4 févr 2025"),
        ("MADRID, 3 ene (EFE).- El Gobierno aprobó el plan.", "MADRID", "EFE", "EFE", "3 ene"),
        ("Nueva Delhi, 21 ene (EFE).- Un tren descarriló.", "Nueva Delhi", "EFE", "EFE", "21 ene"),
        (
            "Bonn, 3. Februar 2025 (dpa) - Der Rat tagt.",
            "Bonn",
            "dpa",
            "dpa",
            "3. Februar 2025",
        ),
        (
            "SEVILLA, 5 de febrero de 2025 (EFE).- El pleno votó.",
            "SEVILLA",
            "EFE",
            "EFE",
            "5 de febrero de 2025",
        ),
        (
            "NUEVA YORK (EEUU), 5 feb (EFE).- El Consejo votó.",
            "NUEVA YORK (EEUU)",
            "EFE",
            "EFE",
            "5 feb",
        ),
        (
            "Córdoba (Argentina), 3 de marzo (EFE).- La lluvia cortó la ruta.",
            "Córdoba (Argentina)",
            "EFE",
            "EFE",
            "3 de marzo",
        ),
        (
            "BILBAO, 22 (EUROPA PRESS) - El pleno votó.",
            "BILBAO",
            "EUROPA PRESS",
            "Europa Press",
            "22",
        ),
        (
            "LEÓN, 3 (EUROPA PRESS) El Ayuntamiento abrió el plazo.",
            "LEÓN",
            "EUROPA PRESS",
            "Europa Press",
            "3",
        ),
        ("CIUDAD.- El alcalde inauguró la obra.", "CIUDAD", None, None, None),
        ("Washington.- El Senado votó el martes.", "Washington", None, None, None),
        ("LIMA, PERÚ.- La lluvia cortó la carretera.", "LIMA, PERÚ", None, None, None),
    ],
)
def test_datelines_of_german_french_and_spanish_wires(
    text: str, place: str, tag: str | None, agency: str | None, date_text: str | None
) -> None:
    d = match_dateline(text)
    assert d is not None
    assert (d.place, d.agency, d.date_text) == (place, tag, date_text)
    assert decide_agency(dateline=tag).name == agency
    assert d.canonical_agency == agency
    assert text[d.body_start :].split()[0] in {"Der", "Im", "Die", "Le", "El", "Un", "La"}


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("3. Februar 2025", (2025, 2, 3)),
        ("21. Jänner", (None, 1, 21)),
        ("4 févr 2025", (2025, 2, 4)),
        ("14 juillet", (None, 7, 14)),
        ("5 de febrero de 2025", (2025, 2, 5)),
        ("21 ene", (None, 1, 21)),
        ("29 Aug 2014", (2014, 8, 29)),  # the year is not read as the day
        ("21 personas", (None, None, None)),
    ],
)
def test_dateline_dates_in_each_language(
    date_text: str, expected: tuple[int | None, int | None, int | None]
) -> None:
    assert parse_month_day(date_text) == expected


def test_a_number_and_a_word_are_no_dateline_date() -> None:
    assert match_dateline("LONDON, 21 people - The crowd left.") is None
    assert match_dateline("SYDNEY, Jul 16 AAP - The Swans won.").agency == "AAP"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Bilbao, 22 (EUROPA PRESS) El pleno votó.",  # the place not in capitals
        "BILBAO, 42 (EUROPA PRESS) El pleno votó.",  # no day of a month
        "BILBAO, 22 (Foto del puerto) El pleno votó.",  # no agency's tag
        "BILBAO, 22 (EUROPA PRESS) el pleno votó.",  # no sentence after it
    ],
)
def test_a_day_alone_needs_a_place_in_capitals_and_an_agency(text: str) -> None:
    assert match_dateline(text) is None


def test_a_day_alone_is_the_dateline_day() -> None:
    d = match_dateline("BILBAO, 22 (EUROPA PRESS) - El pleno votó.")
    assert d is not None
    assert (d.day, d.month, d.date) == (22, None, None)


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("BILBAO, 22 (EUROPA PRESS)", "BILBAO", "Europa Press"),
        ("MADRID, 3 ene (EFE)", "MADRID", "EFE"),
        ("PARIS, 21 jan 2019 (AFP)", "PARIS", "AFP"),
        ("Berlin (dpa)", "Berlin", "dpa"),
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_wire_dateline_alone_on_its_line_opens_the_lead(
    line: str, place: str, agency: str, gap: str
) -> None:
    text = (
        "El muelle norte crecerá\n\n"
        f"{line}{gap}"
        "El pleno aprobó este martes la ampliación del muelle norte del puerto.\n\n"
        "Las obras empezarán en mayo.\n"
    )
    article = wireparse.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.agency) == (place, agency)
    lead = article.blocks[1]
    assert (lead.kind, lead.rule) == (BlockKind.PARAGRAPH, "paragraph.lead_dateline")
    assert text[lead.span.start : lead.span.end].startswith(line)


def test_an_agency_line_at_the_end_is_no_dateline() -> None:
    text = (
        "El muelle norte crecerá\n\n"
        "BILBAO, 22 (EUROPA PRESS) - El pleno aprobó la ampliación del muelle norte.\n\n"
        "Las obras empezarán en mayo y durarán dos años.\n\n"
        "MADRID (EFE)\n"
    )
    article = wireparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.place == "BILBAO"
    assert article.blocks[-1].kind is BlockKind.FURNITURE


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Austria Presse Agentur", "APA"),
        ("Katholische Nachrichten-Agentur", "KNA"),
        ("Evangelischer Pressedienst", "epd"),
        ("Schweizerische Depeschenagentur", "SDA"),
        ("Agence Télégraphique Suisse", "ATS"),
        ("Agencia EFE", "EFE"),
        ("dpa-infocom", "dpa"),
        ("Agence Belga", "Belga"),
    ],
)
def test_each_agency_under_its_own_names(name: str, agency: str) -> None:
    assert canonical_agency(name) == agency


# --------------------------------------------------------------------------
# Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour board said on Monday that the new ferry will run from May, "
            "and that the old one has been sold to a museum.",
            "en",
        ),
        (
            "Der Stadtrat hat am Montag über die neue Fähre beraten. Sie soll im Mai "
            "den Betrieb aufnehmen, sagte eine Sprecherin der Stadt.",
            "de",
        ),
        (
            "Le conseil municipal a voté lundi pour le nouveau bac. Il entrera en "
            "service dans les prochains mois, selon une porte-parole de la ville qui "
            "a précisé que les travaux sont terminés.",
            "fr",
        ),
        (
            "El consejo municipal aprobó el lunes el nuevo transbordador, que según "
            "la portavoz entrará en servicio en mayo. También dijo que las obras ya "
            "han terminado.",
            "es",
        ),
        # A short brief: two words of one language and none of another.
        ("Der Hafen hat wieder geöffnet, sagte sie.", "de"),
        ("Les dockers ont repris le travail dans le port.", "fr"),
        ("El puerto abrió el lunes, dijo la alcaldesa.", "es"),
        # One word is not enough, nor two against one of another language.
        ("Der Hafen.", None),
        ("Der Hafen und the port.", None),
        ("Baseball standings", None),  # too short to tell
        ("| AUS | AUS | AUS | AUS | AUS | AUS |", None),  # capitals are skipped
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("code", "expected"), [("de", "de"), ("DE", "de"), ("de-AT", "de"), ("es_419", "es")]
)
def test_normalise_language(code: str, expected: str) -> None:
    assert normalise_language(code) == expected


@pytest.mark.parametrize("code", ["", "deu", "german", "d"])
def test_a_bad_language_code_is_a_value_error(code: str) -> None:
    with pytest.raises(ValueError, match="ISO 639-1"):
        normalise_language(code)
    with pytest.raises(ValueError, match="ISO 639-1"):
        wireparse.parse("Ferry runs again\n\nThe ferry ran.", language=code)


GERMAN_STORY = (
    "Fähre fährt wieder\n\n"
    "Bremen (dpa) - Die Fähre über die Weser fährt seit Montag wieder. Der Betrieb "
    "war wegen eines Schadens am Anleger für zwei Wochen eingestellt worden, wie ein "
    "Sprecher der Stadt sagte.\n"
)


def test_article_language_is_detected_given_and_serialised() -> None:
    article = wireparse.parse(GERMAN_STORY)
    assert article.language == "de"
    assert article.dateline is not None
    assert article.agency == "dpa"
    assert wireparse.parse(GERMAN_STORY, language="fr-CH").language == "fr"
    data = article.to_dict()
    assert data["language"] == "de"
    assert wireparse.Article.from_dict(data) == article
    (first,) = wireparse.iter_articles([GERMAN_STORY], language="es")
    assert first.language == "es"


def test_a_feed_envelope_that_states_a_language_wins_over_detection() -> None:
    @attrs.frozen
    class Stated:
        language: str | None

    assert envelope_language(Stated("de-CH")) == "de"
    assert envelope_language(Stated(None)) is None
    assert envelope_language(Stated("??")) is None
    assert envelope_language(None) is None


def test_function_words_are_in_one_language_only() -> None:
    seen: dict[str, str] = {}
    for language in DETECTABLE:
        for word in lexicon.words(language, "function_words"):
            assert word not in seen, f"{word!r} is in {seen.get(word)} and {language}"
            seen[word] = language


def test_import_reads_no_word_list_of_another_language() -> None:
    code = (
        "import wireparse, wireparse.lexicon as x; "
        "print(' '.join(sorted({language for language, _ in x.loaded()})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert set(out) <= {"en"}


def test_a_language_is_read_when_met() -> None:
    # English copy reads only the other languages' function words (for
    # detection); German copy reads the German speaker lists too.
    code = (
        "import wireparse, wireparse.lexicon as x; "
        "wireparse.parse('PORTVALE (Wire) -- The harbor board said on Monday that the ferry "
        'will run again. "We are ready," said Ada Marsh.\'); '
        "print(sorted(n for l, n in x.loaded() if l == 'de')); "
        "wireparse.parse('Berlin (dpa) - Der Bürgermeister sagte am Montag, dass die Fähre "
        "wieder fährt. „Wir sind bereit“, sagte Ilse Varga.'); "
        "print(sorted(n for l, n in x.loaded() if l == 'de'))"
    )
    english, german = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert english == "['function_words']"
    assert "'cue_verbs'" in german
    assert "'months'" in german


def test_an_english_parse_reads_no_months_list() -> None:
    """Detection reads the function words; no other list of another language is read."""
    lexicon.mapping.cache_clear()
    wireparse.parse(
        "Ferry runs again\n\nPORTVALE (AP) - The ferry ran on Monday, the harbour board "
        "said, and it will run again on Tuesday."
    )
    assert lexicon.mapping.cache_info().currsize == 0


# --------------------------------------------------------------------------
# Word lists


LIST_NAMES = (
    "cue_verbs",
    "function_words",
    "honorifics",
    "months",
    "name_particles",
    "pronouns",
    "source_phrases",
    "titles",
)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_each_language_has_its_lists(language: str) -> None:
    assert set(LIST_NAMES) <= set(lexicon.list_names(language))
    assert set(lexicon.mapping(language, "pronouns").values()) <= {
        "male",
        "female",
        "plural",
        "neuter",
    }
    assert sorted(set(map(int, lexicon.mapping(language, "months").values()))) == list(range(1, 13))


@pytest.mark.parametrize(
    ("language", "name", "word"),
    [
        ("de", "cue_verbs", "teilte mit"),
        ("fr", "cue_verbs", "a-t-il ajouté"),
        ("es", "cue_verbs", "aseguró"),
        ("de", "titles", "Bundeskanzler"),
        ("fr", "titles", "la porte-parole"),
        ("es", "titles", "el portavoz"),
        ("de", "honorifics", "Frau"),
        ("fr", "honorifics", "Mme"),
        ("es", "honorifics", "doña"),
        ("de", "source_phrases", "nach Angaben von"),
        ("fr", "source_phrases", "d'après"),
        ("es", "source_phrases", "de acuerdo con"),
        ("es", "name_particles", "de la"),
    ],
)
def test_lists_hold_the_conventions(language: str, name: str, word: str) -> None:
    assert word in lexicon.words(language, name)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_each_list_opens_with_a_comment_and_an_example(language: str) -> None:
    for name in lexicon.list_names(language):
        text = (
            resources.files("wireparse.lexicon")
            .joinpath(language, f"{name}.txt")
            .read_text("utf-8")
        )
        header = text.split("\n\n", 1)[0]
        assert header.startswith("# "), f"{language}/{name}"
        assert "Example (invented)" in header, f"{language}/{name}"


# --------------------------------------------------------------------------
# Bylines, copyright notices and furniture


@pytest.mark.parametrize(
    ("text", "names", "agency"),
    [
        ("Por Agencia EFE", (), "EFE"),
        ("Par Anne Roy, AFP", ("Anne Roy",), "AFP"),
        ("Von Klara Weiß, dpa", ("Klara Weiß",), "dpa"),
    ],
)
def test_bylines_in_each_language(text: str, names: tuple[str, ...], agency: str) -> None:
    found = parse_byline(text)
    assert found is not None
    assert (found.names, found.agency) == (names, agency)


@pytest.mark.parametrize("text", ["Por otra parte, el plan sigue.", "Par ailleurs le maire a dit."])
def test_a_sentence_opening_with_par_or_por_is_no_byline(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "year", "holder", "tail"),
    [
        ("© dpa-infocom, dpa:250301-99-123456/2", None, "dpa-infocom", "123456/2"),
        ("© 2025 AFP. Tous droits réservés.", 2025, "AFP", "réservés."),
        ("(c) 2025 Harbor Verlag. Alle Rechte vorbehalten.", 2025, "Harbor Verlag", "vorbehalten."),
        (
            "© EFE 2025. Está expresamente prohibida la redistribución de estos contenidos "
            "sin consentimiento de la Agencia EFE S.A.",
            2025,
            "EFE",
            "EFE S.A.",
        ),
    ],
)
def test_copyright_notices_in_each_language(
    text: str, year: int | None, holder: str, tail: str
) -> None:
    notice = find_notice(text)
    assert notice is not None
    assert (notice.year, notice.holder) == (year, holder)
    assert text[: notice.end].endswith(tail)


def test_a_lower_case_word_after_copyright_is_no_holder() -> None:
    assert find_notice("They argued about copyright law for hours.") is None


STORY_WITH_FURNITURE = {
    "de": (
        "Neue Fähre für Bremen\n\n"
        "Bremen (dpa) - Die neue Fähre über die Weser fährt ab Montag, wie die Stadt mitteilte.\n\n"
        "Mehr zum Thema: Alte Fähre wird verkauft\n\n"
        "Der Fahrplan bleibt nach Angaben der Stadt unverändert.\n"
    ),
    "fr": (
        "Un nouveau bac pour Nantes\n\n"
        "NANTES (AFP) - Le nouveau bac sur la Loire entre en service lundi, a annoncé la ville.\n\n"
        "Lire aussi : L'ancien bac sera vendu\n\n"
        "Les horaires restent les mêmes, selon la mairie.\n"
    ),
    "es": (
        "¿Un nuevo transbordador para Sevilla?\n\n"
        "SEVILLA, 3 mar (EFE).- El nuevo transbordador sobre el río entra en servicio el lunes.\n\n"
        "Te puede interesar: El antiguo transbordador será vendido\n\n"
        "Los horarios no cambian, según el ayuntamiento.\n\n"
        "Síguenos en\n\n"
        "Facebook y\n\n"
        "Twitter\n"
    ),
}


@pytest.mark.parametrize("language", sorted(STORY_WITH_FURNITURE))
def test_related_links_are_furniture(language: str) -> None:
    article = wireparse.parse(STORY_WITH_FURNITURE[language])
    assert article.language == language
    assert article.headline is not None
    assert len(article.paragraphs) == 2
    assert article.dateline is not None
    rules = [b.rule for b in article.blocks if b.rule == "furniture.language"]
    assert rules


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "Zum Thema:"),
        ("de", "Weitere Artikel zum Thema"),
        ("de", "Mehr Nachrichten aus Bremen"),
        ("de", "Lesen Sie hier, wie die Fähre gebaut wurde"),
        ("fr", "Notre dossier : la Loire en bac"),
        ("fr", "Partager sur Facebook"),
        ("es", "Más información"),
        ("es", "Sigue leyendo"),
        ("es", "Contenido relacionado"),
        ("de", "Mehr dazu: Wie der Hafen die Fähre nutzt"),
        ("fr", "À voir aussi : le bac de Nantes en vidéo"),
        ("es", "Relacionado: El antiguo transbordador será vendido"),
    ],
)
def test_more_related_link_lines_are_furniture(language: str, line: str) -> None:
    lead, _, rest = STORY_WITH_FURNITURE[language].partition("\n\n")
    first, _, tail = rest.partition("\n\n")
    tail = tail.partition("\n\n")[2]
    article = wireparse.parse(f"{lead}\n\n{first}\n\n{line}\n\n{tail}", language=language)
    kinds = [
        (b.kind, b.rule)
        for b in article.blocks
        if article.source[b.span.start : b.span.end].strip() == line
    ]
    assert kinds == [(wireparse.BlockKind.FURNITURE, "furniture.language")]


def test_a_spanish_question_headline() -> None:
    article = wireparse.parse(STORY_WITH_FURNITURE["es"])
    assert article.headline == "¿Un nuevo transbordador para Sevilla?"
    assert article.agency == "EFE"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Quelle: dpa-AFX", "dpa"),
        ("Mit Material von dpa und AFP", "dpa"),
        ("Source : AFP", "AFP"),
        ("Avec AFP et Reuters", "AFP"),
        ("Fuente: Europa Press", "Europa Press"),
        ("Con información de EFE", "EFE"),
        ("Quelle: eigene Recherche", None),
        ("Avec le soutien de la région", None),
        ("Source: Reuters", None),
    ],
)
def test_source_lines_name_the_wire(line: str, agency: str | None) -> None:
    assert source_line_agency(line) == agency


@pytest.mark.parametrize(
    ("language", "line", "agency"),
    [
        ("de", "Quelle: dpa-AFX", "dpa"),
        ("fr", "Avec AFP", "AFP"),
        ("es", "Fuente: Europa Press", "Europa Press"),
    ],
)
def test_a_source_line_is_a_tagline_that_gives_the_agency(
    language: str, line: str, agency: str
) -> None:
    body = {
        "de": "Die Aktie der Werft stieg am Montag um drei Prozent, teilte die Börse mit.",
        "fr": "Le port a rouvert lundi après une longue grève, a indiqué la ville.",
        "es": "El puerto abrió el lunes tras una larga huelga, según informó la ciudad.",
    }[language]
    article = wireparse.parse(f"Titel\n\n{body}\n\n{line}\n", language=language)
    assert [b.rule for b in article.blocks][-1] == "tagline.language"
    assert article.agency == agency


@pytest.mark.parametrize(
    ("line", "stated", "update"),
    [
        ("Veröffentlicht am 21.01.2019", dt.date(2019, 1, 21), False),
        ("Veröffentlicht am 21.01.2019, 10:30 Uhr", dt.datetime(2019, 1, 21, 10, 30), False),
        ("Aktualisiert am 3. Februar 2019 um 8:05 Uhr", dt.datetime(2019, 2, 3, 8, 5), True),
        ("Stand: 04.02.2019 17:45 Uhr", dt.datetime(2019, 2, 4, 17, 45), True),
        ("Publié le 21 janvier 2019 à 10h30", dt.datetime(2019, 1, 21, 10, 30), False),
        ("Mis à jour le 03/02/2019 à 08:05", dt.datetime(2019, 2, 3, 8, 5), True),
        ("Publicado el 21 ene. 2019", dt.date(2019, 1, 21), False),
        ("Actualizado: 03/02/2019 08:05", dt.datetime(2019, 2, 3, 8, 5), True),
        (
            "Actualizado el 3 de febrero de 2019 a las 8:05",
            dt.datetime(2019, 2, 3, 8, 5),
            True,
        ),
    ],
)
def test_labelled_timestamp_lines_of_each_language(
    line: str, stated: dt.date, update: bool
) -> None:
    assert language_timestamp(line) == (stated, update)


@pytest.mark.parametrize(
    "line", ["Publié le rapport de la Cour", "Stand der Dinge", "Actualizado", "Veröffentlicht am"]
)
def test_a_label_without_a_date_is_no_timestamp(line: str) -> None:
    assert language_timestamp(line) is None


def test_a_labelled_timestamp_line_dates_the_story_and_is_no_headline() -> None:
    text = (
        "Neue Fähre für Bremen\n\n"
        "Veröffentlicht am 03.02.2019, 08:05 Uhr\n\n"
        "Aktualisiert am 04.02.2019, 17:45 Uhr\n\n"
        "Bremen (dpa) - Die neue Fähre über die Weser fährt ab Montag, wie die Stadt mitteilte.\n\n"
        "Der Fahrplan bleibt nach Angaben der Stadt unverändert.\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "Neue Fähre für Bremen"
    assert [b.rule for b in article.blocks].count("timestamp.language") == 2
    assert article.published == dt.datetime(2019, 2, 3, 8, 5)
    assert article.updated == dt.datetime(2019, 2, 4, 17, 45)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Kiel (dpa/lno) - Die Fähre fährt.", "dpa"),
        ("Bern (sda/ats) Die Fähre fährt.", "SDA"),
        ("Sion (ats afp) Le bac reprend.", "ATS"),
        ("Bremen (xyz/dpa) - Die Fähre fährt.", None),
        ("PORTVALE (CBS/AP) - The ferry runs again.", None),
    ],
)
def test_a_combined_dateline_tag_is_its_first_agency(text: str, canonical: str | None) -> None:
    d = match_dateline(text)
    assert d is not None
    assert d.canonical_agency == canonical


@pytest.mark.parametrize(
    ("line", "agency"), [("(dpa)", "dpa"), ("(ats/nxp)", "ATS"), ("(APA/kmr)", "APA")]
)
def test_bracketed_agency_signoffs(line: str, agency: str) -> None:
    text = (
        "Fähre fährt wieder\n\n"
        f"Bremen - Die Fähre fährt seit Montag wieder, sagte die Stadt.\n\n{line}\n"
    )
    article = wireparse.parse(text)
    assert [b.kind for b in article.blocks][-1] is BlockKind.SIGNOFF
    assert article.agency == agency
    assert decide_agency(signoffs=[line]).name == agency


def test_a_bracketed_word_that_names_no_agency_is_no_signoff() -> None:
    text = "Ferry runs again\n\nThe ferry ran on Monday, the harbour board said.\n\n(Photo)\n"
    assert all(b.kind is not BlockKind.SIGNOFF for b in wireparse.parse(text).blocks)


# --------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21. Januar 2019", dt.date(2019, 1, 21)),
        ("Montag, 21. Januar 2019, 14:05 Uhr", dt.datetime(2019, 1, 21, 14, 5)),
        ("3. Jänner 2020", dt.date(2020, 1, 3)),
        ("21 janvier 2019 à 14h05", dt.datetime(2019, 1, 21, 14, 5)),
        ("lundi 21 janv. 2019", dt.date(2019, 1, 21)),
        ("21 de enero de 2019", dt.date(2019, 1, 21)),
        ("21 ene 2019 - 14:05", dt.datetime(2019, 1, 21, 14, 5)),
        ("21 people 2019", None),
        ("21. Januar 2019, 25:10 Uhr", None),
    ],
)
def test_timestamps_with_month_names_of_each_language(text: str, expected: dt.date | None) -> None:
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize(
    ("word", "languages", "month"),
    [
        ("März", None, 3),
        ("févr.", None, 2),
        ("ene", ["es"], 1),
        ("ene", ["de"], None),
        ("Sept.", [], 9),
        ("Monday", None, None),
    ],
)
def test_month_number(word: str, languages: list[str] | None, month: int | None) -> None:
    assert month_number(word, languages) == month


@pytest.mark.parametrize(
    "text",
    [
        "TV-TIPP - Die neue Reihe über Fähren startet am Montag im Ersten.",
        "EXCLUSIF - Le maire prépare sa démission, selon nos informations.",
        "DIRECTO - El pleno vota hoy el nuevo presupuesto municipal.",
    ],
)
def test_a_label_before_a_dash_is_no_dateline(text: str) -> None:
    assert match_dateline(text) is None


# --------------------------------------------------------------------------
# Properties

_FRENCH_WORDS = st.sampled_from(
    "le pont la ville nous partons demain les travaux durent trois mois bien sûr".split()
)
_INNER_SPACE = st.sampled_from(["", " ", "\xa0", "\u202f"])
_AFTER = st.sampled_from([", a-t-il dit.", ", puis rien.", "."])


@given(
    words=st.lists(_FRENCH_WORDS, min_size=1, max_size=8),
    space=_INNER_SPACE,
    after=_AFTER,
)
def test_french_guillemets_pair_whatever_their_inner_space(
    words: list[str], space: str, after: str
) -> None:
    """« ... » with no space, a space, a no-break or a narrow no-break space inside."""
    inner = " ".join(words)
    text = f"Le maire a parlé de «{space}{inner}{space}»{after} Il est parti."
    assert [s.strip(" \xa0\u202f") for s in spans(text)] == [inner]


@given(
    language=st.sampled_from(DETECTABLE),
    data=st.data(),
)
def test_a_text_of_one_language_function_words_is_detected(
    language: str, data: st.DataObject
) -> None:
    words = sorted(lexicon.words(language, "function_words"))
    chosen = data.draw(st.lists(st.sampled_from(words), min_size=MIN_HITS, max_size=40))
    assert detect_language(" ".join(chosen)) == language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colon lead-in, German and French (with the French space before the colon).
        ("Er sagte: „Wir bauen die Brücke neu.“", ["Wir bauen die Brücke neu."]),
        ("Elle a ajouté : « Le pont attendra. » Puis elle est partie.", [" Le pont attendra. "]),
        # A speech tag set inside the marks stays inside the one quotation.
        (
            "« Nous partons demain, glisse-t-il. Le pont attendra. »",
            [" Nous partons demain, glisse-t-il. Le pont attendra. "],
        ),
        (
            "«El puente resistirá —dijo el alcalde—, pero hay que repararlo».",
            ["El puente resistirá —dijo el alcalde—, pero hay que repararlo"],
        ),
    ],
)
def test_lead_ins_and_speech_tags_inside_the_marks(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Too short to tell by its words: the agency's home service.
        (
            "Huelga en Madrid\n\nMADRID, 3 ene (EFE).- La huelga de transporte continúa "
            "este martes.\n",
            "es",
        ),
        ("Tabelle\n\nBerlin (dpa) - 1. Hertha 4:2\n", "de"),
        # An agency that writes in several languages gives none.
        ("Markets\n\nPARIS (AFP) - CAC 40: 7,512.\n", None),
        # Enough words: the words decide, whatever the agency.
        (
            "Port reopens\n\nBERLIN (dpa) - The port reopened on Tuesday after the storm, "
            "and the ferries are running again, the city said.\n",
            "en",
        ),
    ],
)
def test_a_brief_too_short_to_tell_takes_its_agency_s_language(
    text: str, language: str | None
) -> None:
    assert wireparse.parse(text).language == language


def test_a_short_spanish_brief_of_efe_gets_spanish_speakers() -> None:
    """With the language known, the Spanish rules give the speakers."""
    article = wireparse.parse(
        "Huelga en Madrid\n\nMADRID, 3 ene (EFE).- La huelga continúa este martes.\n\n"
        "La alcaldesa, Marta López, afirmó que la ciudad «no puede parar». "
        "«Pedimos responsabilidad», añadió.\n"
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("no puede parar", "Marta López"),
        ("Pedimos responsabilidad", "Marta López"),
    ]
