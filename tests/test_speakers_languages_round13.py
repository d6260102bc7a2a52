"""Thirteenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (a German relative clause after the speaker's role)
with the exact speaker expected.
"""

from __future__ import annotations

from tests.speaker_helpers import speakers

# ------------------------------------------------ German


def test_german_relative_clause_after_an_epithet_names_someone_else() -> None:
    text = (
        "Kelbach (dpa) - Der SC Kelbach hat sein Heimspiel verloren. Trainer Holger "
        "Amselfeld blieb gelassen. „Wir lernen daraus“, sagte der 61-Jährige, den "
        "Klubchef Udo Brenner erst im Mai geholt hatte.\n"
    )
    assert speakers(text, "de") == ["Holger Amselfeld"]


def test_german_relative_clause_in_the_dative_after_a_role() -> None:
    text = (
        "Kelbach (dpa) - Die Stadt Kelbach baut ein neues Bad. „Wir sind im Zeitplan“, "
        "sagte der Bauleiter, dem Stadtrat Ole Wendel am Montag gedankt hatte.\n"
    )
    assert speakers(text, "de") == ["der Bauleiter"]


def test_german_apposition_in_the_nominative_still_names_the_role() -> None:
    text = (
        "Kelbach (dpa) - Die Stadt Kelbach baut ein neues Bad. „Wir sind im Zeitplan“, "
        "sagte der Bauleiter, Ole Wendel, am Montag.\n"
    )
    assert speakers(text, "de") == ["Ole Wendel"]


def test_german_pronoun_after_the_defendant_as_subject_is_the_defendant() -> None:
    text = (
        "Kelbach (APA) - Am Landesgericht Kelbach hat der Prozess um einen Brand "
        "begonnen. „Es war Vorsatz“, sagte Staatsanwalt Arno Weidinger.\n\n"
        "Der Angeklagte schwieg lange. „Ich war in dieser Nacht gar nicht dort“, "
        "sagte er dann.\n"
    )
    assert speakers(text, "de") == ["Arno Weidinger", "Der Angeklagte"]


def test_german_defendant_named_as_the_one_tried() -> None:
    text = (
        "Kelbach (dpa) - Der Bäcker Rolf Gadermann muss sich seit Montag vor dem "
        "Landgericht verantworten. „Er hat die Kasse geplündert“, sagte "
        "Staatsanwältin Ines Rauber.\n\n"
        "Der Angeklagte bestritt die Vorwürfe. „Ich habe keinen Cent genommen“, "
        "sagte er.\n"
    )
    assert speakers(text, "de") == ["Ines Rauber", "Rolf Gadermann"]


def test_german_epithet_of_an_adjective_noun_tells_the_gender_by_its_article() -> None:
    text = (
        "Kelbach (APA) - In Kelbach hat der Prozess um einen Brand "
        "begonnen. „Es war Vorsatz“, sagte Staatsanwalt Arno Weidinger.\n\n"
        "Der Angeklagte schwieg lange. „Ich war nicht dort“, sagte er dann.\n\n"
        "Als Zeugin sagte eine Nachbarin aus. „Ich habe den Rauch zuerst gesehen“, "
        "sagte die 71-Jährige.\n"
    )
    assert speakers(text, "de") == ["Arno Weidinger", "Der Angeklagte", "eine Nachbarin"]


# ------------------------------------------------ French


def test_french_pronoun_after_the_unnamed_defendant_as_subject() -> None:
    text = (
        "BRESTOU, 3 mars 2027 (AFP) - Le procès d'un incendie s'est ouvert lundi. "
        "« C'était prémédité », a lancé le procureur Marc Duval.\n\n"
        "Le prévenu, un maçon de 52 ans, a nié les faits. « Je n'étais pas là "
        "cette nuit-là », a-t-il assuré.\n"
    )
    assert speakers(text, "fr") == ["Marc Duval", "Le prévenu"]


def test_french_pronoun_after_the_defendant_named_as_the_one_tried() -> None:
    text = (
        "BRESTOU, 3 mars 2027 (AFP) - La gérante Odile Marchetti comparaissait lundi "
        "pour abus de biens sociaux. « Elle a vidé les comptes », a lancé le "
        "procureur Marc Duval.\n\n"
        "La prévenue a contesté. « Je n'ai rien pris pour moi », a-t-elle affirmé.\n"
    )
    assert speakers(text, "fr") == ["Marc Duval", "Odile Marchetti"]


# ------------------------------------------------ Spanish


def test_spanish_pronoun_after_the_defendant_as_subject() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El juicio por el incendio comenzó este lunes. «Fue "
        "intencionado», dijo el fiscal Pablo Ruiz Soto.\n\n"
        "El acusado negó los hechos. «Esa noche yo no estaba allí», afirmó él.\n"
    )
    assert speakers(text, "es") == ["Pablo Ruiz Soto", "El acusado"]


# ------------------------------------------------ A second role named in commas


def test_french_pronoun_after_a_synonym_of_a_title_with_its_own_name() -> None:
    text = (
        "VALROSE, 3 mars 2027 (AFP) - L'entraîneur de Valrose, Didier Carbonnel, "
        "jubilait. « On a tout donné », a déclaré Carbonnel.\n\n"
        "Le technicien de Port-Aurèle, Yann Lemerle, était furieux. « Nous avons "
        "été naïfs », a-t-il regretté.\n"
    )
    assert speakers(text, "fr") == ["Didier Carbonnel", "Yann Lemerle"]


def test_german_pronoun_after_a_synonym_of_a_title_with_its_own_name() -> None:
    text = (
        "Kelbach (dpa) - Trainer Jens Ohlmeier war zufrieden. „Das war stark“, "
        "sagte Ohlmeier.\n\n"
        "Der Coach der Gäste, Timo Baltrusch, haderte dagegen. „Wir waren zu "
        "passiv“, sagte er.\n"
    )
    assert speakers(text, "de") == ["Jens Ohlmeier", "Timo Baltrusch"]


def test_spanish_pronoun_after_a_synonym_of_a_title_with_its_own_name() -> None:
    text = (
        "Valrosa, 3 mar (EFE).- El entrenador del Valrosa, Íñigo Arrieta, celebró "
        "la victoria. «Hemos sufrido», dijo Arrieta.\n\n"
        "El técnico del Arenales, Luis Mediavilla, se mostró molesto. «No "
        "merecimos perder», afirmó él.\n"
    )
    assert speakers(text, "es") == ["Íñigo Arrieta", "Luis Mediavilla"]


# ------------------------------------------------ Another noun of a player's position


def test_spanish_striker_called_back_as_the_attacker() -> None:
    text = (
        "Valrosa, 3 mar (EFE).- El Valrosa ganó 2-0. El delantero Iván Sáez marcó los "
        "dos goles y el entrenador, Íñigo Arrieta, lo elogió.\n\n"
        "«Era el partido que necesitaba», dijo el atacante, de 23 años.\n"
    )
    assert speakers(text, "es") == ["Iván Sáez"]


def test_spanish_woman_striker_called_back_as_the_attacker() -> None:
    text = (
        "Valrosa, 3 mar (EFE).- La delantera Nerea Olaso marcó el único gol. La "
        "entrenadora, Marta Urquiza, celebró el triunfo.\n\n"
        "«Lo estaba buscando desde enero», explicó la atacante.\n"
    )
    assert speakers(text, "es") == ["Nerea Olaso"]


def test_german_goalkeeper_called_back_by_another_noun_of_the_position() -> None:
    text = (
        "Kelbach (dpa) - Torhüter Malte Ebbinghaus hielt zwei Elfmeter. Trainer Uwe "
        "Kolbe lobte ihn.\n\n"
        "„Heute lief einfach alles“, sagte der Schlussmann. „Ich hatte Glück“, "
        "ergänzte der Keeper.\n"
    )
    assert speakers(text, "de") == ["Malte Ebbinghaus", "Malte Ebbinghaus"]


def test_german_goalkeeper_named_torwart_called_back_as_torhueter() -> None:
    text = (
        "Kelbach (dpa) - Torwart Malte Ebbinghaus hielt zwei Elfmeter. Trainer Uwe "
        "Kolbe lobte ihn.\n\n"
        "„Heute lief einfach alles“, sagte der Torhüter.\n"
    )
    assert speakers(text, "de") == ["Malte Ebbinghaus"]


# ------------------------------------------------ A German epithet for the sentence's subject


def test_german_epithet_is_the_subject_not_the_person_named_after_the_verb() -> None:
    text = (
        "Kelbach (dpa) - Der Streit um die Umgehungsstraße geht weiter. Landrat Edwin "
        "Quast hat sich am Montag mit Bürgermeister Rainer Tolle getroffen. „Wir "
        "sind noch weit auseinander“, sagte der 58-Jährige.\n"
    )
    assert speakers(text, "de") == ["Edwin Quast"]


def test_german_epithet_after_a_lead_sentence_that_opens_with_the_subject() -> None:
    text = (
        "Kelbach (dpa) - Trainerin Anke Sommerfeld hat ihre Torhüterin Lisa Brand "
        "gelobt. „Sie hat uns den Punkt gerettet“, sagte die 44-Jährige.\n"
    )
    assert speakers(text, "de") == ["Anke Sommerfeld"]


def test_german_epithet_of_the_other_gender_than_the_subject() -> None:
    text = (
        "Kelbach (dpa) - Landrat Edwin Quast hat sich mit Bürgermeisterin Renate "
        "Tolle getroffen. „Wir sind noch weit auseinander“, sagte die 51-Jährige.\n"
    )
    assert speakers(text, "de") == ["Renate Tolle"]


# ------------------------------------------------ A Spanish según clause with its verb


def test_spanish_segun_and_a_verb_credit_the_subject_after_the_verb() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El exconcejal Tomás Ibarguren Sanz recurrirá la "
        "condena. Según informó la Audiencia Provincial en un comunicado: «La pena "
        "es firme y ejecutable».\n"
    )
    assert speakers(text, "es") == ["Audiencia Provincial"]


def test_spanish_segun_with_a_compound_verb() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El alcalde, Tomás Ibarguren Sanz, visitó la obra.\n\n"
        "Según ha explicado la Consejería de Fomento, «las obras acabarán en junio».\n"
    )
    assert speakers(text, "es") == ["Consejería de Fomento"]


def test_spanish_segun_with_a_compound_verb_and_a_name_in_commas() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El alcalde, Tomás Ibarguren Sanz, visitó la obra.\n\n"
        "Según ha explicado la portavoz municipal, Nerea Altuna, «las obras "
        "acabarán en junio».\n"
    )
    assert speakers(text, "es") == ["Nerea Altuna"]


def test_spanish_segun_without_a_verb_is_still_a_source_phrase() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El alcalde, Tomás Ibarguren Sanz, visitó la obra.\n\n"
        "Según la portavoz municipal, Nerea Altuna, «las obras acabarán en junio».\n"
    )
    assert speakers(text, "es") == ["Nerea Altuna"]


# ------------------------------------------------ A pronoun after a clause of comparison


def test_german_pronoun_after_wie_ein_polizeisprecher_mitteilte() -> None:
    text = (
        "Kelbach (dpa) - Bürgermeister Jan Roth eilte zur Unfallstelle.\n\n"
        "Wie ein Polizeisprecher mitteilte, blieb die Bundesstraße bis zum Abend "
        "gesperrt. „Es gab zum Glück keine Verletzten“, sagte er.\n"
    )
    assert speakers(text, "de") == ["ein Polizeisprecher"]


def test_french_pronoun_after_comme_l_a_indique() -> None:
    text = (
        "BRESTOU, 3 mars 2027 (AFP) - Le maire Paul Roux s'est rendu sur place.\n\n"
        "Comme l'a indiqué un porte-parole des pompiers, le feu est maîtrisé. « Il "
        "n'y a aucun blessé », a-t-il précisé.\n"
    )
    assert speakers(text, "fr") == ["un porte-parole des pompiers"]


def test_spanish_pronoun_after_como_explico() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El alcalde Pedro Ruiz Soto acudió al lugar.\n\n"
        "Como explicó la portavoz de los bomberos, el fuego está controlado. «No hay "
        "heridos», precisó ella.\n"
    )
    assert speakers(text, "es") == ["la portavoz de los bomberos"]


def test_german_pronoun_of_the_other_gender_than_the_clauses_source() -> None:
    text = (
        "Kelbach (dpa) - Bürgermeister Jan Roth eilte zur Unfallstelle.\n\n"
        "Wie eine Sprecherin der Polizei mitteilte, blieb die Straße gesperrt. „Wir "
        "helfen, wo wir können“, sagte er.\n"
    )
    assert speakers(text, "de") == ["Jan Roth"]


def test_german_epithet_of_an_adjective_noun_is_still_the_person_named_last() -> None:
    text = (
        "Kelbach (dpa) - Das Urteil ist gefallen. Oberstaatsanwalt Lutz Hagedorn hatte "
        "sechs Jahre gefordert. Der Wirt des Lokals, Gregor Pohlmann, war erleichtert. "
        "„Jetzt kann ich wieder schlafen“, sagte der 58-Jährige.\n"
    )
    assert speakers(text, "de") == ["Gregor Pohlmann"]


# ------------------------------------------------ A German preposition opening a sentence


def test_german_preposition_and_a_place_opening_the_lead_are_no_name() -> None:
    text = (
        "Kelbach (dpa) - In Torfhausen brannte in der Nacht ein Stall. „Wir kamen "
        "zu spät“, sagte er.\n"
    )
    assert speakers(text, "de") == [None]


def test_german_preposition_and_a_noun_opening_a_sentence_are_no_name() -> None:
    text = (
        "Kelbach (dpa) - Der Prozess begann am Montag. Vor Gericht schwieg der Mann "
        "lange. „Ich war es nicht“, sagte er.\n"
    )
    assert speakers(text, "de") == [None]


def test_german_preposition_before_a_full_name_keeps_the_name() -> None:
    text = "Kelbach (dpa) - Für Jan Wittkamp ist die Sache klar. „Wir bleiben“, sagte er.\n"
    assert speakers(text, "de") == ["Jan Wittkamp"]


def test_spanish_verb_without_subject_after_como_clause_is_its_source() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El alcalde Pedro Ruiz Soto acudió al lugar.\n\n"
        "Como informó la Guardia Civil, el detenido tenía antecedentes. «Actuaba "
        "siempre de noche», añadió.\n"
    )
    assert speakers(text, "es") == ["Guardia Civil"]


def test_spanish_verb_without_subject_after_a_speaker_and_a_como_clause() -> None:
    text = (
        "Valdora, 3 mar (EFE).- «Llegamos enseguida», dijo el alcalde Pedro Ruiz Soto.\n\n"
        "Como explicó la portavoz de los bomberos, el fuego está controlado. «No hay "
        "heridos», precisó.\n"
    )
    assert speakers(text, "es") == ["Pedro Ruiz Soto", "la portavoz de los bomberos"]


def test_spanish_verb_without_subject_after_the_defendant_as_subject() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El juicio por el incendio comenzó este lunes. «Fue "
        "intencionado», dijo el fiscal Pablo Ruiz Soto.\n\n"
        "La acusada, una gerente de 49 años, negó los hechos. «Esa noche yo no "
        "estaba allí», afirmó.\n"
    )
    assert speakers(text, "es") == ["Pablo Ruiz Soto", "La acusada"]


def test_spanish_verb_without_subject_after_the_defendant_named_as_the_one_tried() -> None:
    text = (
        "Valdora, 3 mar (EFE).- El empresario Rafael Montoya Gil, juzgado por estafa, "
        "llegó temprano. «Fue un fraude», dijo el fiscal Pablo Ruiz Soto.\n\n"
        "El acusado negó los hechos. «No me quedé con nada», ha asegurado.\n"
    )
    assert speakers(text, "es") == ["Pablo Ruiz Soto", "Rafael Montoya Gil"]


def test_german_age_epithet_after_an_unnamed_witness_is_the_witness() -> None:
    text = (
        "Wassertal (dpa) - Bei einem Unfall auf der Landstraße ist ein Lastwagen "
        "umgekippt. „Die Strecke bleibt bis zum Abend gesperrt“, sagte "
        "Polizeioberrat Jonas Kettler.\n\n"
        "Eine Radfahrerin schilderte, der Lastwagen sei ins Schleudern geraten. "
        "„Ich bin sofort stehen geblieben“, sagte die 63-Jährige.\n"
    )
    assert speakers(text, "de") == ["Jonas Kettler", "Eine Radfahrerin"]


def test_german_age_epithet_of_the_other_gender_is_not_the_unnamed_witness() -> None:
    text = (
        "Wassertal (dpa) - Auf dem Marktplatz hat ein Stand gebrannt. „Verletzt "
        "wurde niemand“, sagte Brandmeisterin Ilka Sommer.\n\n"
        "Ein Händler berichtete von dichtem Qualm. „Es ging alles sehr schnell“, "
        "sagte die 47-Jährige.\n"
    )
    assert speakers(text, "de")[1] != "Ein Händler"


def test_german_age_epithet_goes_to_the_person_given_that_age() -> None:
    text = (
        "Wassertal (dpa) - Der Fahrer Malte Osterkamp (41) wurde leicht verletzt.\n\n"
        "Ein Polizeisprecher sagte, das Auto sei zu schnell gewesen. „Ich habe den "
        "Radfahrer nicht gesehen“, sagte der 41-Jährige.\n"
    )
    assert speakers(text, "de") == ["Malte Osterkamp"]
