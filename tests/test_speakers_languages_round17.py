"""Seventeenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (hospitals, farmers' protests, wildfires and floods,
press conferences with two speakers) with the exact speaker expected.
"""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import speakers

# ------------------------------------------------ a German demonstrative as the subject


def test_german_diese_opening_a_lead_in_is_the_woman_just_named() -> None:
    text = (
        "Kelbach (dpa) - Die Hebamme Ulrike Fahrner sprach von einer schwierigen "
        "Lage im Kreißsaal. Diese sagte dann: „Wir brauchen sofort mehr Personal.“\n"
    )
    assert speakers(text, "de") == ["Ulrike Fahrner"]


def test_german_dieser_in_the_tag_is_the_man_not_the_woman_quoted_last() -> None:
    text = (
        "Kelbach (dpa) - „Der Wald braucht Zeit“, sagte Bürgermeisterin Ruth "
        "Sailer beim Besuch im Stadtwald. Der Förster Jens Albrecht führte sie "
        "durch das Revier.\n\n"
        "„Wir pflanzen jedes Jahr 5000 Bäume“, ergänzte dieser.\n"
    )
    assert speakers(text, "de") == ["Ruth Sailer", "Jens Albrecht"]


# ------------------------------------------------ French reflexive verbs of feeling


def test_french_se_desole_after_the_quotation_names_its_speaker() -> None:
    text = (
        "MONTAUREL, 8 déc 2026 (AFP) - La grêle a ravagé les vergers de la vallée. "
        "« Il ne reste pas une pomme », a déclaré le maire, Gilles Pradel.\n\n"
        "« Trente ans de travail détruits en dix minutes », se désole Odile "
        "Carrère, arboricultrice.\n"
    )
    assert speakers(text, "fr") == ["Gilles Pradel", "Odile Carrère"]


def test_french_s_est_alarme_and_s_exclame_name_their_speakers() -> None:
    text = (
        "MONTAUREL, 8 déc 2026 (AFP) - La rivière est sortie de son lit. « L'eau "
        "monte encore », a dit le préfet, Hugues Marty.\n\n"
        "« Personne ne nous a prévenus », s'est alarmée Rose Taillefer, habitante "
        "du quartier.\n\n"
        "« Quel gâchis ! », s'exclame Lucien Vidal, boulanger.\n"
    )
    assert speakers(text, "fr") == ["Hugues Marty", "Rose Taillefer", "Lucien Vidal"]


# ------------------------------------------------ a German compound of a role named bare


def test_german_compound_role_is_the_holder_of_its_last_part_named_before() -> None:
    text = (
        "Kelbach (dpa) - Die Winzer fordern Hilfe nach dem Frost. „Die Lese ist "
        "verloren“, sagte der Präsident des Winzerverbands, Jörg Kessler. Die "
        "Ministerin Anke Thiel versprach Geld. „Wir helfen schnell“, sagte sie.\n\n"
        "„Schnell heißt vor Weihnachten“, entgegnete der Weinbaupräsident.\n"
    )
    assert speakers(text, "de") == ["Jörg Kessler", "Anke Thiel", "Jörg Kessler"]


def test_german_compound_of_another_office_is_not_the_bare_roles_holder() -> None:
    text = (
        "Kelbach (dpa) - Die Winzer fordern Hilfe. „Die Lese ist verloren“, sagte "
        "der Präsident des Winzerverbands, Jörg Kessler.\n\n"
        "„Wir prüfen das“, sagte der Vizepräsident.\n"
    )
    assert speakers(text, "de") == ["Jörg Kessler", "der Vizepräsident"]


def test_german_compound_role_with_two_holders_of_its_last_part_stays_unresolved() -> None:
    text = (
        "Kelbach (dpa) - „Die Lese ist verloren“, sagte der Präsident des "
        "Winzerverbands, Jörg Kessler. „Wir stehen an Ihrer Seite“, sagte der "
        "Präsident der Handelskammer, Udo Brandl.\n\n"
        "„Es geht um alles“, sagte der Weinbaupräsident.\n"
    )
    assert speakers(text, "de") == ["Jörg Kessler", "Udo Brandl", "der Weinbaupräsident"]


# ------------------------------------------------ the convicted named by the verdict


def test_german_der_verurteilte_is_the_person_the_court_sentenced() -> None:
    text = (
        "Talberg (dpa) - Das Landgericht Talberg hat den Angeklagten Holger Senft "
        "wegen Untreue zu zwei Jahren Haft verurteilt. „Das Urteil ist zu hart“, "
        "sagte Verteidigerin Petra Lenz.\n\n"
        "Der Verurteilte nahm das Urteil ruhig auf. „Ich gehe in Berufung“, sagte "
        "der Verurteilte.\n"
    )
    assert speakers(text, "de") == ["Petra Lenz", "Holger Senft"]


def test_german_verurteilt_after_a_name_in_the_passive_names_the_convicted() -> None:
    text = (
        "Talberg (dpa) - Der Kassenwart Holger Senft ist am Dienstag wegen Untreue "
        "zu zwei Jahren Haft verurteilt worden. „Das Urteil ist zu hart“, sagte "
        "Verteidigerin Petra Lenz.\n\n"
        "„Ich gehe in Berufung“, sagte der Verurteilte.\n"
    )
    assert speakers(text, "de") == ["Petra Lenz", "Holger Senft"]


def test_german_verurteilte_in_the_simple_past_names_the_convicted_after_it() -> None:
    text = (
        "Talberg (dpa) - Das Amtsgericht verurteilte Holger Senft am Dienstag zu "
        "einer Geldstrafe. „Das Urteil ist zu hart“, sagte Verteidigerin Petra "
        "Lenz.\n\n"
        "„Ich zahle nicht“, sagte der Verurteilte.\n"
    )
    assert speakers(text, "de") == ["Petra Lenz", "Holger Senft"]


def test_german_judge_named_with_verurteilt_is_not_the_convicted() -> None:
    text = (
        "Talberg (dpa) - Richterin Margit Obermaier hat den Mann zu zwei Jahren "
        "Haft verurteilt. „Die Tat wiegt schwer“, sagte Obermaier.\n\n"
        "„Ich gehe in Berufung“, sagte der Verurteilte.\n"
    )
    assert speakers(text, "de") == ["Margit Obermaier", "der Verurteilte"]


# ------------------------------------------------ a French body with its adjective in lower case


def test_french_pronoun_after_a_role_of_a_body_with_lower_case_adjective_and_apposition() -> None:
    text = (
        "RIVESALT, 8 déc 2026 (AFP) - La tempête a couché des milliers d'arbres. "
        "« Nous manquons de bras », a déclaré le directeur de la scierie, Yves "
        "Porcher.\n\n"
        "Le directeur de l'Office national des forêts, Roland Estève, a survolé "
        "le massif. « Il faudra dix ans pour replanter », a-t-il estimé.\n"
    )
    assert speakers(text, "fr") == ["Yves Porcher", "Roland Estève"]


def test_french_pronoun_after_a_role_whose_body_has_its_short_name_in_brackets() -> None:
    text = (
        "RIVESALT, 8 déc 2026 (AFP) - Les maternités de la région ferment. « Nous "
        "manquons de sages-femmes », a déclaré la directrice de la clinique, "
        "Agnès Fabre.\n\n"
        "La directrice de l'Agence régionale de santé (ARS), Muriel Gasc, a reçu "
        "les élus. « Aucune fermeture n'est décidée », a-t-elle affirmé.\n"
    )
    assert speakers(text, "fr") == ["Agnès Fabre", "Muriel Gasc"]


# ------------------------------------------------ a roundup's label: a name and a colon


def test_german_reaction_roundup_labels_name_party_and_colon() -> None:
    text = (
        "Talberg (dpa) - Die Stimmen der Spitzenkandidaten nach der Kommunalwahl:\n\n"
        "Helga Strobel (CSU): „Wir haben das Rathaus verteidigt.“\n\n"
        "Ferdinand Aigner (Freie Wähler): „Ein Achtungserfolg, mehr nicht.“\n"
    )
    assert speakers(text, "de") == ["Helga Strobel", "Ferdinand Aigner"]


def test_french_label_with_a_role_after_the_comma() -> None:
    text = (
        "VALCLUSE, 8 déc 2026 (AFP) - Les réactions après le second tour des "
        "municipales.\n\n"
        "Gérard Mazet, maire sortant de Valcluse : « Les habitants ont choisi la "
        "continuité. »\n\n"
        "Chantal Ribes (EELV) : « Nous serons une opposition vigilante. »\n"
    )
    assert speakers(text, "fr") == ["Gérard Mazet", "Chantal Ribes"]


def test_spanish_label_and_german_surname_label_of_a_transcript() -> None:
    text = (
        "Olmeda, 8 dic (EFE).- Así reaccionaron los candidatos.\n\n"
        'Rocío Benavent (PSOE): "Es un resultado histórico."\n'
    )
    assert speakers(text, "es") == ["Rocío Benavent"]
    text = (
        "Talberg (dpa) - Im Streitgespräch trafen Landrätin Gisela Hornung und "
        "Unternehmer Kurt Pfaffl aufeinander. „Die Straße kommt“, sagte Pfaffl.\n\n"
        "Hornung: „Nicht durch das Naturschutzgebiet.“\n"
    )
    assert speakers(text, "de") == ["Kurt Pfaffl", "Gisela Hornung"]


def test_a_label_that_is_no_name_names_no_one_by_the_label() -> None:
    text = (
        "Talberg (dpa) - Die Stimmen nach der Wahl:\n\n"
        "Die Bilanz des Abends: „Wir haben ein Patt im Gemeinderat, das hat es "
        "noch nie gegeben.“\n"
    )
    assert speakers(text, "de") == [None]


# ------------------------------------------------ two partial quotations, one auxiliary


def test_french_second_partial_quotation_after_a_participle_sharing_the_auxiliary() -> None:
    text = (
        "VALCLUSE, 8 déc 2026 (AFP) - La maternité de Valcluse fermera en mars.\n\n"
        "La présidente du département, Odette Vial, a déploré « une décision "
        "brutale » et regretté « l'absence totale de concertation ».\n"
    )
    assert speakers(text, "fr") == ["Odette Vial", "Odette Vial"]


def test_spanish_second_partial_quotation_after_a_participle_sharing_the_auxiliary() -> None:
    text = (
        "Olmeda, 8 dic (EFE).- El hospital comarcal cerrará su paritorio.\n\n"
        "La alcaldesa, Nuria Baños, ha lamentado «el abandono del medio rural» y "
        "criticado «la falta de diálogo».\n"
    )
    assert speakers(text, "es") == ["Nuria Baños", "Nuria Baños"]


# ------------------------------------------------ a role with a common noun of its body's name


def test_spanish_role_with_a_lower_case_noun_of_the_bodys_name_is_its_holder() -> None:
    text = (
        "Olmeda, 8 dic (EFE).- El consejero de Agricultura, Ramiro Solís, se reunió "
        "con el presidente de la Unión de Regantes, Blas Ortuño. «Habrá agua para "
        "todos», dijo Solís.\n\n"
        "«Eso ya lo oímos el año pasado», replicó el presidente de los regantes.\n"
    )
    assert speakers(text, "es") == ["Ramiro Solís", "Blas Ortuño"]


def test_french_role_with_a_lower_case_noun_of_the_bodys_name_is_its_holder() -> None:
    text = (
        "RIVESALT, 8 déc 2026 (AFP) - « Nous manquons de lits », a déclaré la "
        "directrice de la clinique, Agnès Fabre.\n\n"
        "La directrice de l'Agence régionale de santé (ARS), Muriel Gasc, a reçu "
        "les élus.\n\n"
        "« Aucune fermeture n'est décidée », a assuré la directrice de l'agence.\n"
    )
    assert speakers(text, "fr") == ["Agnès Fabre", "Muriel Gasc"]


def test_two_holders_of_the_role_in_bodies_with_the_noun_leave_it_as_written() -> None:
    text = (
        "Olmeda, 8 dic (EFE).- El presidente de la Unión de Regantes del Norte, "
        "Blas Ortuño, y el presidente de la Comunidad de Regantes del Sur, Lucio "
        "Amat, firmaron el acuerdo. «Es un buen día», dijo Ortuño.\n\n"
        "«Por fin», añadió el presidente de los regantes.\n"
    )
    assert speakers(text, "es") == ["Blas Ortuño", "el presidente de los regantes"]


# ------------------------------------------------ a work's title after its noun


def test_french_title_after_the_noun_of_a_work_is_no_quotation() -> None:
    text = (
        "LYONNEL, 8 déc 2026 (AFP) - Le roman « Les Quais d'hiver », de l'autrice "
        "Solène Marchal, a remporté lundi le prix des libraires.\n"
    )
    assert speakers(text, "fr") == []


def test_spanish_title_after_the_noun_of_a_work_is_no_quotation() -> None:
    text = (
        "Olmeda, 8 dic (EFE).- La novela «Los muelles del invierno», de la "
        "escritora Nieves Albarrán, ha ganado el premio de la crítica.\n"
    )
    assert speakers(text, "es") == []


# ------------------------------------------------ a German body's name in the nominative


def test_german_acronym_after_a_genitive_name_in_brackets_gives_the_nominative() -> None:
    text = (
        "Garmhofen (dpa) - Eine Sprecherin des Bayerischen Bergrettungsdienstes "
        "(BBD) warnte vor Leichtsinn am Berg. Die Lawinengefahr sei hoch.\n\n"
        "„Bleiben Sie auf gesicherten Pisten“, teilte der BBD mit.\n"
    )
    assert speakers(text, "de")[-1] == "Bayerische Bergrettungsdienst"


def test_german_acronym_of_a_genitive_name_written_out_gives_the_nominative() -> None:
    text = (
        "Kelbach (dpa) - Die Fähren bleiben wegen Sturms im Hafen, wie ein "
        "Sprecher des Norddeutschen Fährverbands am Montag sagte.\n\n"
        "„Vor Mittwoch fährt kein Schiff“, teilte der NFV mit.\n"
    )
    assert speakers(text, "de")[-1] == "Norddeutsche Fährverband"


def test_german_acronym_after_a_nominative_name_keeps_it() -> None:
    text = (
        "Kelbach (dpa) - Der Norddeutsche Fährverband (NFV) hat den Verkehr "
        "eingestellt.\n\n"
        "„Vor Mittwoch fährt kein Schiff“, teilte der NFV mit.\n"
    )
    assert speakers(text, "de")[-1] == "Norddeutsche Fährverband"


# ------------------------------------------------ a calling of culture copy as an epithet


def test_french_calling_of_film_after_a_prize_names_the_winner_just_named() -> None:
    text = (
        "MONTCABRIER, 8 déc 2026 (AFP) - « Un palmarès audacieux », a salué le "
        "président du jury, Hervé Castaing.\n\n"
        "Le prix du scénario est revenu au Belge Lucas Dewinter pour son premier "
        "film. « Je ne m'y attendais pas du tout », a réagi le comédien.\n"
    )
    assert speakers(text, "fr") == ["Hervé Castaing", "Lucas Dewinter"]


def test_spanish_calling_of_letters_after_a_prize_names_the_winner_just_named() -> None:
    text = (
        "Olmeda, 8 dic (EFE).- «Ha sido un año excelente», afirmó el director "
        "de la feria, Óscar Llamas.\n\n"
        "El premio de narrativa fue para el uruguayo Martín Sosa por su segunda "
        "obra. «Escribo para no olvidar», dijo el novelista.\n"
    )
    assert speakers(text, "es") == ["Óscar Llamas", "Martín Sosa"]


# ------------------------------------------------ a winner credited for a work


def test_french_title_after_a_winner_and_pour_is_no_quotation() -> None:
    text = (
        "MONTCABRIER, 8 déc 2026 (AFP) - Le prix d'interprétation est revenu à la "
        "Suissesse Léa Fankhauser pour « Les Lacs gelés ». « Je suis sans voix », "
        "a confié l'actrice.\n"
    )
    quotes = wireparse.parse(text, language="fr").quotes
    assert [q.text for q in quotes] == ["Je suis sans voix"]


def test_spanish_title_after_a_winner_and_por_is_no_quotation() -> None:
    text = (
        "Olmeda, 8 dic (EFE).- El premio de poesía fue para Inés Carvajal por "
        "«Sal en los labios», ha informado la fundación organizadora.\n"
    )
    assert speakers(text, "es") == []


def test_french_partial_quotation_after_pour_in_lower_case_stays_a_quotation() -> None:
    text = (
        "MONTCABRIER, 8 déc 2026 (AFP) - Le maire, Hervé Castaing, a plaidé pour « "
        "sauver le cinéma du centre-ville ».\n"
    )
    assert speakers(text, "fr") == ["Hervé Castaing"]
