"""Speakers inverted after a verb of saying in incise (extract/events/incise.py). Sentences
written for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row as by_date
from tests.rows_for_tests import layered


@pytest.mark.parametrize(("text", "date_text", "actors"), [
    # after the comma that closes the verb's complements
    ("Le gouvernement a parlé d'une avancée, a jugé jeudi sur Radio Sud, la présidente du "
     "syndicat.", "jeudi", ["la présidente du syndicat"]),
    # after its own article, which the model's name leaves out ("le Parisien": "Parisien")
    ("Le couple devrait partir skier à la montagne, relate le Parisien ce vendredi.",
     "ce vendredi", ["Parisien"]),
])
def test_the_inverted_speaker_speaks(nlp, text, date_text, actors):
    assert by_date(nlp, text, date_text)["actors"] == actors


def test_a_name_the_parse_apposed_to_the_outlet_after_an_incise_speaks(nlp):
    row = by_date(nlp, "Paul Hébert avait jeudi matin \"beaucoup de fièvre, de la toux, des "
                       "vomissements, des maux de tête\" et une gêne respiratoire, a expliqué à "
                       "l'AFP Me Claire Vautrin.", "jeudi matin")
    assert (row["actors"], row["targets"]) == (["Claire Vautrin"], [])


@pytest.mark.parametrize(("text", "date"), [
    ("C'est ce qu'a affirmé mercredi un proche du ministre.", "mercredi"),
    # a noun with its determiner after an outlet's phrase is no part of it
    ("C'est ce qu'affirme ce mercredi dans les colonnes du Courrier picard un proche du "
     "ministre.", "ce mercredi"),
])
def test_the_described_speaker_inverted_after_an_object_relative_speaks(nlp, text, date):
    assert by_date(nlp, text, date)["actors"] == ["un proche du ministre"]


def test_the_speaker_inverted_after_an_aside_between_dashes_speaks(nlp):
    row = by_date(nlp, "\"C'est inadmissible\", a insisté jeudi matin - avant la conférence de "
                       "presse de M. Dufresne - Paul Hébert, le président du parti.",
                  "jeudi matin")
    assert row["actors"] == ["Paul Hébert"]


def test_a_name_in_the_quotation_an_incise_closes_is_not_its_speaker(nlp):
    row = by_date(nlp, "\"Paul Hébert est à bout de souffle, il est épuisé\", a jugé jeudi sur "
                       "Radio Sud, la présidente du syndicat.", "jeudi")
    assert row["actors"] == ["la présidente du syndicat"]
    assert "Paul Hébert" not in row["actors"] + row["targets"]


def test_a_name_before_an_incise_outside_quotation_marks_keeps_its_role(nlp):
    row = by_date(nlp, "Paul Hébert est épuisé, a jugé jeudi Claire Vautrin.", "jeudi")
    assert row["actors"] == ["Claire Vautrin"]


def test_an_infinitive_after_a_comma_is_no_incise_and_its_name_is_acted_on(nlp):
    row = by_date(nlp, "La ministre avait affirmé, dans une interview au Courrier du Nord, avoir "
                       "prévenu Paul Hébert de la gravité de la crise dès le mois de janvier.",
                  "janvier")
    assert row["actors"] == ["La ministre"]
    assert row["targets"] == ["Paul Hébert"]


def test_a_quoted_name_before_a_participle_is_no_quotation_an_incise_closes(nlp):
    row = by_date(nlp, "Selon la police, il s'agit de \"Paul H.\", arrêté en 2019, qui aurait "
                       "fui.", "2019")
    assert "Paul H." in row["actors"] + row["targets"]


def test_the_subject_of_the_words_an_incise_reports_is_no_actor_of_the_report(nlp):
    row = by_date(nlp, "La ministre des Sports Claire Vautrin, ancienne championne, n'est pas en "
                       "reste, a rapporté mardi 28 avril Le Journal du Centre.", "mardi 28 avril")
    assert row["actors"] == ["Le Journal du Centre"]
    assert "Claire Vautrin" not in row["actors"]


def test_an_impersonal_incise_speaks_from_its_seat(nlp):
    row = by_date(nlp, "\"L'idée est de parler à tous les électeurs\", explique-t-on mercredi à "
                       "l'Élysée.", "mercredi")
    assert row["actors"] == ["Élysée"]


@pytest.mark.parametrize("text", [
    "Il y a peu de cas graves, a relevé jeudi Paul Hébert.",
    "Les écoles resteront ouvertes, a glissé jeudi la ministre Claire Vautrin.",
])
def test_a_verb_in_incise_after_reported_words_without_quotation_marks_is_a_statement(
        nlp, text):
    row = next(r for r in layered(nlp, text) if r["date_text"] == "jeudi")
    assert row["type"] == "public_statement"


def test_a_verb_with_an_object_after_reported_words_is_no_incise(nlp):
    text = "Le budget est en hausse, a relevé jeudi le plafond la commission."
    assert not any(r["type"] == "public_statement" and r["trigger"] == "relevé"
                   for r in layered(nlp, text))


@pytest.mark.parametrize("text", [
    "\"Nous prendrons le décret à Paris cette semaine\", a fait savoir la ministre du "
    "Travail.",
    "\"On fait un système simple. Nous prendrons le décret à Paris cette semaine\", a précisé "
    "mardi la ministre du Travail.",
])
def test_the_described_speaker_of_a_quotation_acts_for_its_first_person(nlp, text):
    row = next(r for r in layered(nlp, text, "2020-03-16") if r["trigger"] == "prendrons")
    assert row["actors"] == ["la ministre du Travail"]


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    # an adverbial phrase between the auxiliary and the participle
    ("\"Nous devons vivre avec le virus\", a une fois de plus rappelé lundi 7 septembre Paul "
     "Hébert, en marge d'une visite.", "rappelé", ["Paul Hébert"]),
    # one of the persons its complement names, inverted
    ("\"C'était une provocation\", assurait dimanche soir l'un de ses conseillers.", "assurait",
     ["l'un de ses conseillers"]),
    ("\"C'était une provocation\", a expliqué dimanche l'une des avocates de la famille.",
     "expliqué", ["l'une des avocates de la famille"]),
    # read twice, the description is no target of its own saying
    ("\"Je ne sais pas ce qu'il fait\", lance dimanche l'un des habitants du village à s'être "
     "abstenu le 7 mai.", "lance", ["l'un des habitants du village"]),
])
def test_the_speaker_inverted_after_a_verb_in_incise_acts(nlp, text, trigger, actors):
    row = next(row for row in layered(nlp, text, "2020-09-10") if row["trigger"] == trigger)
    assert (row["actors"], row["targets"]) == (actors, [])


def test_a_name_after_a_civility_in_a_described_speaker_s_complement_does_not_speak(nlp):
    text = ("Ces sommes étaient versées à des élus, a déclaré vendredi 10 mars au juge un ancien "
            "collaborateur de M. Vantomme, Paul Hébert.")
    row = next(row for row in layered(nlp, text, "2017-03-12") if row["trigger"] == "déclaré")
    assert row["actors"] == ["Paul Hébert"]


def test_a_quoted_verb_s_auxiliary_the_parse_hangs_on_the_incise_does_not_open_it(nlp):
    # the parse reads the quoted "a" of "on a du mal" as the incise verb's auxiliary
    row = by_date(nlp, "\"Cette réforme, on a du mal à la comprendre\", a déploré vendredi sur "
                       "Radio Sud le directeur de l'office Paul Hébert.", "vendredi")
    assert (row["actors"], row["targets"]) == (["Paul Hébert"], [])


def test_an_adverbial_phrase_between_the_auxiliary_and_its_participle_keeps_the_incise(nlp):
    # the parse hangs "avait" apart and tags the participle a present: "de son côté" is
    # read past to the auxiliary
    row = by_date(nlp, "\"Cette grève, on a du mal à la comprendre\", avait de son côté "
                       "déploré vendredi sur Radio Sud le PDG de la compagnie Paul Hébert.",
                  "vendredi")
    assert (row["actors"], row["targets"]) == (["Paul Hébert"], [])


def test_an_outlet_inverted_after_a_subject_with_its_relative_clause_reports(nlp):
    # "une élue ... qui se plaint ..., rapporte X": the relative's subject is what X reports
    row = by_date(nlp, "Parmi eux, une élue du parti qui se plaint de devoir payer son loyer "
                       "depuis son arrivée, rapporte Libération mercredi 13 décembre.",
                  "mercredi 13 décembre")
    assert row["actors"] == ["Libération"]


def test_a_party_inside_the_inverted_speaker_s_phrase_is_no_speaker(nlp):
    row = by_date(nlp, "\"C'est beaucoup d'argent pour un résultat très modeste\", déplorait le "
                       "conseiller régional PS d'Île-de-France le 9 août dernier sur Radio Sud.",
                  "9 août dernier")
    assert row["actors"] and "PS" not in row["actors"]
    assert row["actors"][0].startswith("le conseiller régional")


@pytest.mark.parametrize(("text", "actor"), [
    # a name in parentheses glosses the words before it: no speaker inverted
    ("\"C'est injuste\", a souligné le député de La République en marche (LREM) Paul Hébert "
     "dans Le Journal du dimanche (JDD) le 13 janvier.", "Paul Hébert"),
    ("\"C'est injuste\", a déploré le 13 janvier le syndicat des enseignants (SNPE-UNSA).",
     "le syndicat des enseignants"),
])
def test_a_name_in_parentheses_is_no_inverted_speaker(nlp, text, actor):
    row = by_date(nlp, text, "13 janvier")
    assert row["actors"] == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    # the name the parse apposes to an office's complement holds the office and speaks
    ("\"La réponse est toujours proportionnée\", a de son côté affirmé le 13 janvier le "
     "secrétaire d'État à l'Intérieur Paul Hébert, invité sur le plateau de Radio Sud.",
     "Paul Hébert"),
])
def test_the_name_apposed_to_an_offices_complement_speaks(nlp, text, actor):
    assert by_date(nlp, text, "13 janvier")["actors"][:1] == [actor]


@pytest.mark.parametrize(("text", "actors"), [
    # "ainsi que" opens a comparison as "comme" does: the subject is inverted after the verb
    ("Aucune hausse n'est prévue, ainsi que l'a rappelé mercredi Claire Vautrin dans Le Matin.",
     ["Claire Vautrin"]),
    ("Aucune hausse n'est prévue, ainsi que l'a rappelé mercredi le ministre.", ["le ministre"]),
])
def test_the_speaker_inverted_after_ainsi_que_speaks(nlp, text, actors):
    row = by_date(nlp, text, "mercredi")
    assert row["actors"] == actors
    assert "Claire Vautrin" not in row["targets"]


@pytest.mark.parametrize(("text", "speaker"), [
    # an aside right after the verb of saying, then the speaker
    ("\"Ce jeu devient un danger\", a expliqué, vendredi à Radio Nord, l'élu du Cantal.",
     "l'élu du Cantal"),
    # the verb group goes on with its infinitive
    ("\"Il ne veut pas diriger le parti\", croit savoir la maire du 7e arrondissement de Lyon, "
     "invitée de Radio Nord jeudi 13 mai.", "la maire du 7e arrondissement de Lyon"),
])
def test_the_speaker_inverted_past_an_aside_or_an_infinitive_speaks(nlp, text, speaker):
    rows = [row for row in layered(nlp, text) if row["date_text"] is not None]
    assert rows and rows[0]["actors"] == [speaker]


def test_an_untyped_verb_after_a_quotation_with_its_pronoun_inverted_is_a_statement(nlp):
    rows = layered(nlp, "Paul Hébert a parlé aux élus. \"Laissez-les voter\", a-t-il lancé "
                        "mercredi.", "2020-09-03")
    row = next(row for row in rows if row["trigger"] == "lancé")
    assert (row["type"], row["actors"]) == ("public_statement", ["Paul Hébert"])


def test_a_name_inverted_after_an_object_relative_and_a_date_between_commas_speaks(nlp):
    row = by_date(nlp, "C'est ce qu'a confirmé, mardi 3 mars, le porte-parole du parti Jean "
                       "Lemoine, ajoutant que la liste serait prête.", "mardi 3 mars")
    assert (row["actors"], row["targets"]) == (["Jean Lemoine"], [])


def test_the_speaker_inverted_after_a_reported_clause_with_no_comma_speaks(nlp):
    row = by_date(nlp, "Conscient du problème, l'Etat va doubler le nombre de places a annoncé "
                       "samedi 4 avril la ministre du Logement.", "samedi 4 avril")
    assert row["actors"] == ["la ministre du Logement"]


def test_no_subject_is_inverted_after_a_bare_participle(nlp):
    row = by_date(nlp, '"On a bien vu que le parti nous a tirés vers le bas", a analysé le '
                       "sénateur PS, invité sur France Inter lundi matin, faisant référence à "
                       "l'alliance entre le maire sortant Paul Girard et le candidat Marc "
                       "Rivière.", "lundi matin")
    assert row["actors"] == ["le sénateur PS"]
