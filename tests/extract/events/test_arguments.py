"""Who takes part in an event (extract/events/arguments.py): an occasion's noun ("lors d'une
visite") takes the subject of the clause it is set in. Sentences written for the rule; the real
mentions and dates layers run."""

from __future__ import annotations

import pytest

from corpus_cli.extract.events.arguments import label_of_person
from corpus_cli.extract.mentions import extract_mentions
from tests.rows_for_tests import dated_row, layered, trigger_row


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("Paul Hébert a perdu son téléphone lors d'une visite officielle à Rome du 21 au 24 mai.",
     "visite", ["Paul Hébert"]),
    ("Lors d'un discours à Lyon jeudi, Claire Vautrin a mis en garde contre la division.",
     "discours", ["Claire Vautrin"]),
    ("Paul Hébert a critiqué le maire lors d'un entretien sur Radio Nord, dimanche 24 mars.",
     "entretien", ["Paul Hébert"]),
    # the subject of the verb an infinitive completes
    ("Paul Hébert va tenter de convaincre les élus lors d'une réunion mardi à Lyon.",
     "réunion", ["Paul Hébert"]),
])
def test_an_occasion_noun_takes_the_subject_of_its_clause(nlp, text, trigger, actors):
    assert trigger_row(nlp, text, trigger)["actors"] == actors


@pytest.mark.parametrize(("text", "trigger"), [
    # an attack or a march: the subject did other things there
    ("Paul Hébert a frappé un manifestant lors d'une manifestation à Paris.", "manifestation"),
    # the noun names its own performer
    ("Paul Hébert a pris la parole lors de la visite de Claire Vautrin à Lille.", "visite"),
    # done to the subject
    ("Paul Hébert a été hué lors d'une visite à Lyon.", "visite"),
])
def test_an_occasion_noun_keeps_the_subject_out_otherwise(nlp, text, trigger):
    assert "Paul Hébert" not in trigger_row(nlp, text, trigger)["actors"]


@pytest.mark.parametrize(("text", "date_text"), [
    # a party written as the label of one person, whatever the parse hangs it on
    ("\"C'est un échec\", a déploré l'eurodéputée et conseillère régionale UDI de Bretagne au "
     "micro de Radio Nord lundi 20 novembre.", "lundi 20 novembre"),
    ("Mercredi 28 juin, le président du groupe Parti radical démocrate à l'Assemblée était "
     "furieux après l'élection des questeurs.", "Mercredi 28 juin"),
    ("L'élue UDI Claire Vautrin a dénoncé lundi cette décision.", "lundi"),
])
def test_a_party_written_as_a_persons_label_takes_no_part(nlp, text, date_text):
    row = dated_row(nlp, text, date_text)
    assert not {"UDI", "Parti radical démocrate"} & {*row["actors"], *row["targets"]}


@pytest.mark.parametrize(("text", "name", "label"), [
    ("L'élue UDI Claire Vautrin a parlé.", "UDI", True),
    ("Le président du Parti radical démocrate a parlé.", "Parti radical démocrate", True),
    # a noun of a body is no person's: the outlet is no label
    ("Le quotidien régional Le Progrès a parlé.", "Le Progrès", False),
    # nor one of several persons
    ("Les militants de l'UDI ont parlé.", "UDI", False),
    # a nationality the tagger took for a body, before the person's name
    ("Son président, le Franco-libanais Marc Haddad, a parlé.", "Franco-libanais", True),
])
def test_a_label_follows_the_noun_of_one_person(nlp, text, name, label):
    doc = nlp(text)
    row = next(row for row in extract_mentions(doc) if row["text"] == name)
    assert label_of_person(doc, row) is label


def test_the_speaker_inverted_after_a_role_and_a_nationality_is_the_named_person(nlp):
    text = ("L'ONG craint une crise humanitaire, indique jeudi à l'AFP son président, le "
            "Franco-libanais Marc Haddad.")
    assert dated_row(nlp, text, "jeudi")["actors"] == ["Marc Haddad"]


def test_the_name_before_the_verb_is_its_subject_past_a_stray_noun_and_an_adverbial(nlp):
    # the parse makes "une ex-république soviétique" the subject and hangs the name on the
    # phrase before: the name right before the verb, after a comma, is who speaks
    row = trigger_row(nlp, "Faisant face à un mouvement de contestation inédit dans son pays, "
                           "une ex-république soviétique, et clamant avoir remporté la "
                           "présidentielle avec 80% des voix, M. Kovalenko a pour sa part "
                           "annoncé vendredi qu'il allait régler le problème.", "annoncé")
    assert row["actors"] == ["Kovalenko"]


def test_a_role_noun_s_complements_are_skipped_but_not_the_event_s_own_agent(nlp):
    row = trigger_row(nlp, 'La juridiction financière avait épinglé en octobre "la situation '
                           "atypique\" d'Ange Marot, ex-tacticien électoral de l'UMP et de LR "
                           "recruté en 2016 par Laurent Vautrin, en pointant sa rémunération.",
                      "recruté")
    assert row["actors"] == ["Laurent Vautrin"]


def test_a_party_before_a_person_s_name_is_the_label_of_the_role_noun_s_person(nlp):
    row = trigger_row(nlp, '"Il faut agir", a regretté mardi sur Radio Nord le patron des '
                           'députés Les Républicains Paul Hébert, prônant un service civique.',
                      "regretté")
    assert row["actors"] == ["Paul Hébert"]


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    # a role's own noun ("l'eurodéputé") makes the party before the name a label
    ('"C\'est une mise en scène", a déploré dimanche dans le Parisien l\'eurodéputé EELV '
     "Paul Hébert qui en attend du concret.", "déploré", ["Paul Hébert"]),
    # a name apposed to a pronoun subject, between commas
    ("L'une d'entre elles, Claire Vautrin, a déclaré samedi avoir trouvé refuge en Pologne.",
     "déclaré", ["Claire Vautrin"]),
    # a name apposed to a noun of persons subject, right after its comma; not a name in
    # words of the subject's own ("proche de Y")
    ("Mardi matin, le secrétaire d'État auprès du ministre de l'Intérieur, Paul Hébert, a "
     "confirmé sur Radio Nord que les instructions n'avaient pas été suivies.", "confirmé",
     ["Paul Hébert"]),
    ("Vendredi 13 avril, le député du Maine-et-Loire Paul Hébert, proche de Claire Vautrin, a "
     "posté sur Twitter un message expliquant son vote.", "posté", ["Paul Hébert"]),
    # the visitor the parse hung on the visit's date
    ("Madrid a intensifié son soutien avec la visite à Lisbonne jeudi de son Premier ministre "
     "Paul Hébert, le premier déplacement de ce niveau.", "visite", ["Paul Hébert"]),
    # what one is questioned on is no medium, and a relative's antecedent acts
    ("Interrogé sur Paul Hébert qui doit prononcer ce mercredi son discours devant "
     "l'Assemblée, Claire Vautrin a parlé.", "prononcer", ["Paul Hébert"]),
    # a name with its role in incise, a place's word there and "pour sa part" read as
    # subjects
    ("Christophe Lamarcade, l'ancien directeur de l'ARS Grand Est limogé début avril, a pour "
     "sa part déploré ce jeudi devant la commission un pilotage trop uniforme.", "déploré",
     ["Christophe Lamarcade"]),
])
def test_the_named_performer_acts(nlp, text, trigger, actors):
    assert trigger_row(nlp, text, trigger)["actors"] == actors


def test_the_dead_undergo_their_death(nlp):
    rows = layered(nlp, "Paul Hébert a été interpellé le 3 janvier. Il a été transporté à "
                        "l'hôpital, où il est mort le 5 janvier. Claire Vautrin est morte "
                        "lundi à Lyon.")
    deaths = [(row["type"], row["actors"], row["targets"]) for row in rows
              if row["trigger"].startswith("mort")]
    assert deaths == [("death", [], ["Paul Hébert"]), ("death", [], ["Claire Vautrin"])]
