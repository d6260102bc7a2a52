"""Fourteenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy with the exact speaker expected.
"""

from __future__ import annotations

from tests.speaker_helpers import speakers

# ------------------------------------------------ German


def test_german_pronoun_after_the_convicted_is_the_convicted() -> None:
    text = (
        "Morsbach (dpa) - Ein Bankangestellter ist wegen Untreue zu zwei Jahren Haft "
        "verurteilt worden. „Der Schaden ist erheblich“, sagte Oberstaatsanwalt Kai "
        "Rummel.\n\n"
        "Der Verurteilte verließ den Saal ohne ein Wort. „Ich gehe in Berufung“, "
        "ließ er später ausrichten.\n"
    )
    assert speakers(text, "de") == ["Kai Rummel", "Der Verurteilte"]


def test_german_pronoun_after_the_swiss_accused_is_the_accused() -> None:
    text = (
        "Kelmatt (sda) - Vor dem Kreisgericht Kelmatt hat ein Prozess um einen "
        "Einbruch begonnen. „Die Spuren sind eindeutig“, sagte Staatsanwältin Nora "
        "Imhof.\n\n"
        "Der Angeschuldigte bestritt die Tat. „Ich war an diesem Abend zu Hause“, "
        "sagte er.\n"
    )
    assert speakers(text, "de") == ["Nora Imhof", "Der Angeschuldigte"]


def test_german_fused_preposition_opening_a_sentence_names_no_one() -> None:
    text = (
        "Talberg (APA) - Beim Amtsgericht Talberg hat am Dienstag ein Prozess um "
        "einen Diebstahl begonnen. „Ich habe nichts genommen“, sagte der Angeklagte.\n"
    )
    assert speakers(text, "de") == ["der Angeklagte"]


def test_german_fused_preposition_before_a_place_of_two_words() -> None:
    text = (
        "Talberg (APA) - Am Landesgericht Unterau ist ein Schöffenprozess vertagt "
        "worden. „Wir brauchen ein weiteres Gutachten“, sagte der Richter. Zum "
        "Bezirksgericht Oberau kamen viele Zuschauer. „Das war zu erwarten“, sagte er.\n"
    )
    assert speakers(text, "de") == ["der Richter", "der Richter"]


def test_german_fused_preposition_keeps_the_name_after_its_noun() -> None:
    text = (
        "Talberg (dpa) - Der FC Talberg hat sein Heimspiel gewonnen. Im Tor stand "
        "Jonas Kreil. „Wir waren heute hellwach“, sagte der 23-Jährige.\n"
    )
    assert speakers(text, "de") == ["Jonas Kreil"]


def test_german_female_epithet_is_not_the_man_named_before() -> None:
    text = (
        "Ostrau (dpa) - Ein Sturm hat in Ostrau mehrere Dächer abgedeckt. „Verletzt "
        "wurde niemand“, sagte Einsatzleiter Till Brandauer.\n\n"
        "Am Marktplatz räumten Helfer die Straße. „So etwas habe ich noch nie "
        "erlebt“, sagte die 67-Jährige.\n"
    )
    assert speakers(text, "de") == ["Till Brandauer", "die 67-Jährige"]


def test_german_female_role_passes_over_the_mayor() -> None:
    text = (
        "Ostrau (dpa) - Der Stadtrat hat eine neue Schwimmhalle beschlossen. "
        "Bürgermeister Lutz Hemmer sprach von einem Gewinn für alle. Widerspruch "
        "kam aus der Opposition. „Die Stadt kann sich das nicht leisten“, sagte "
        "die Oppositionsführerin.\n"
    )
    assert speakers(text, "de") == ["die Oppositionsführerin"]


def test_german_female_epithet_still_finds_the_woman_before_the_man() -> None:
    text = (
        "Ostrau (dpa) - Die Architektin Frauke Selle hat den Wettbewerb gewonnen. "
        "Jurychef Till Brandauer lobte den Entwurf. „Ich habe lange gezittert“, "
        "sagte die 45-Jährige.\n"
    )
    assert speakers(text, "de") == ["Frauke Selle"]


# ------------------------------------------------ French


def test_french_epithet_is_the_subject_not_the_object_named_after_the_verb() -> None:
    text = (
        "Valmont (AFP) - Le Suisse Marco Zeller a devancé dimanche Paul Girardot au "
        "sprint final. « J'ai tout donné dans les derniers mètres », a raconté le "
        "cycliste de 29 ans.\n"
    )
    assert speakers(text, "fr") == ["Marco Zeller"]


def test_french_epithet_of_the_subject_with_an_elided_article() -> None:
    text = (
        "Valmont (AFP) - L'Autrichienne Lena Gruber a battu samedi Claire Fauvel en "
        "demi-finale. « Je n'ai rien lâché », a assuré la skieuse de 24 ans.\n"
    )
    assert speakers(text, "fr") == ["Lena Gruber"]


def test_french_epithet_of_the_other_gender_than_the_subject() -> None:
    text = (
        "Valmont (AFP) - La Française Lise Morand a affronté jeudi le champion Tom "
        "Brisac en exhibition. « C'était un beau match », a estimé le joueur de 31 ans.\n"
    )
    assert speakers(text, "fr") == ["Tom Brisac"]
