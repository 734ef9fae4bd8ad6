"""Who performs an act the clause's shape makes a target of (events/performers.py): the
author of a thing that says, the one expected, the host of an occasion. Sentences written for
each rule."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corpus_cli.extract.events.clauses import described_noun
from tests.rows_for_tests import dated_row as by_date
from tests.rows_for_tests import layered, trigger_row


@pytest.mark.parametrize(("text", "date", "actors"), [
    # the author of a study or a report that says something speaks
    ("Un rapport de la Cour des comptes souligne mardi que la dette a augmenté.", "mardi",
     ["Cour des comptes"]),
    # the one expected somewhere is to come: the passive makes no target of them
    ("Paul Hébert est attendu au tribunal lundi.", "lundi", ["Paul Hébert"]),
])
def test_the_one_the_clause_makes_a_target_performs(nlp, text, date, actors):
    row = by_date(nlp, text, date)
    assert row["actors"] == actors
    assert row["targets"] == []


def test_the_porte_parole_of_a_body_speaks_not_the_body(nlp):
    row = by_date(nlp, "Le porte-parole du parti Renouveau a déclaré lundi que le vote aura lieu.",
                  "lundi")
    assert row["actors"] == ["Le porte-parole du parti Renouveau"]


@pytest.mark.parametrize(("text", "trigger", "actors", "targets"), [
    # the occasion opening the sentence is the main clause subject's
    ("Lors d'une allocution prononcée ce dimanche, le président Paul Hébert a annoncé sa "
     "démission.", "prononcée", ["Paul Hébert"], []),
    # a second subject after a verb with no object is acted on (the parse reads this second
    # name as a subject; it does not read every name so)
    ("Pendant la réunion tenue lundi, Paul Hébert a critiqué Marie Lenoir.", "critiqué",
     ["Paul Hébert"], ["Marie Lenoir"]),
    ("Lundi, Paul Hébert a critiqué Marie Lenoir.", "critiqué", ["Paul Hébert"],
     ["Marie Lenoir"]),
    # the person a role names speaks for a quotation's first person; the outlet is no actor
    ("Le ministre Paul Hébert était mercredi sur Radio Nord. \"On va lancer une grande "
     "enquête au mois de mars\", a dit le ministre sur Radio Nord.", "enquête",
     ["Paul Hébert"], ["Radio Nord"]),
    # so do the nouns of a pastime, by which news of accidents names people
    ("Un parachutiste espagnol a heurté un lampadaire samedi 12 octobre.", "heurté",
     ["Un parachutiste espagnol"], []),
    # the nouns of armed groups describe who acts
    ("Les talibans ont décrété un cessez-le-feu samedi.", "décrété", ["Les talibans"], []),
])
def test_who_the_clause_s_shape_makes_act_or_acted_on(nlp, text, trigger, actors, targets):
    row = next(row for row in layered(nlp, text) if row["trigger"] == trigger)
    assert (row["actors"], row["targets"]) == (actors, targets)


def test_the_speaker_inverted_after_a_quotation_still_speaks(nlp):
    row = by_date(nlp, '"Nous partirons", a dit lundi Paul Hébert.', "lundi")
    assert row["actors"] == ["Paul Hébert"]


def test_a_role_of_the_other_gender_names_no_speaker(nlp):
    text = ("A Lyon, la maire Claire Vautrin veut des masques. \"On va lancer une grande enquête "
            "au mois de mars\", a dit le maire sur Radio Nord.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "enquête")
    assert "Claire Vautrin" not in row["actors"]


@pytest.mark.parametrize(("text", "day", "actors"), [
    # the closing comma of the apposition missing: the bare role noun is the parse's subject
    ("\"En colère et blessée\", Sonia Haddad, sénatrice PS de Marseille a annoncé vendredi 19 "
     "avril sur son compte Twitter qu'elle allait saisir la justice.", "vendredi 19 avril",
     ["Sonia Haddad"]),
    # a fronted noun the name is apposed to describes the name: it is no act of its own
    ("Critique acerbe de Paul Durand en début d'année, Mireille Vasseur a estimé dimanche 17 "
     "mai que le temps n'était plus temps de critiquer l'exécutif.", "dimanche 17 mai",
     ["Mireille Vasseur"]),
    # a participle the parse hung on a word inside a body's name is the body's act
    ("Le Conseil national de l'Ordre des avocats (Cnoa), réuni en formation restreinte jeudi "
     "13 juin, l'a jugé apte à exercer.", "jeudi 13 juin",
     ["Conseil national de l'Ordre des avocats"]),
])
def test_the_performer_a_misparse_hides_still_acts(nlp, text, day, actors):
    assert by_date(nlp, text, day)["actors"] == actors


def test_a_role_no_one_holds_speaks_for_the_person_the_document_tells_of(nlp):
    # "la ministre": no one is named minister, the tagger reads the noun alone as masculine
    text = ("Claire Vautrin veut aller plus vite. \"J'ai décidé d'accélérer. Je mets en place "
            "dès cette semaine trois groupes de travail\", a annoncé la ministre sur Radio Sud.")
    row = next(row for row in layered(nlp, text, "2019-09-17") if row["trigger"] == "mets")
    assert row["actors"] == ["Claire Vautrin"]


def test_a_role_no_one_holds_is_not_a_person_of_the_other_gender(nlp):
    text = ("Paul Hébert veut aller plus vite. \"Je mets en place dès cette semaine trois "
            "groupes de travail\", a annoncé la ministre sur Radio Sud.")
    row = next(row for row in layered(nlp, text, "2019-09-17") if row["trigger"] == "mets")
    assert "Paul Hébert" not in row["actors"]


@pytest.mark.parametrize(("text", "date", "actors", "targets"), [
    # a party or a person around an election noun runs in it: the voters hold it
    ("Le parti Les Indépendants a réalisé le pire score de son histoire aux élections "
     "européennes de mai.", "mai", [], ["Les Indépendants"]),
    ("Paul Hébert a conduit la liste des Indépendants aux élections européennes de mai 2019.",
     "mai 2019", [], ["Indépendants", "Paul Hébert"]),
    # a sitting's vote is the assembly's act
    ("Le vote de l'Assemblée nationale sur le texte aura lieu mardi.", "mardi",
     ["Assemblée nationale"], []),
])
def test_an_election_noun_s_actors_are_its_voters(nlp, text, date, actors, targets):
    row = by_date(nlp, text, date)
    assert (row["actors"], row["targets"]) == (actors, targets)


@pytest.mark.parametrize("text", [
    "Depuis son arrestation en décembre, Paul Hébert avait nié tout lien avec l'affaire.",
    "Depuis sa condamnation en mars, Paul Hébert est en fuite.",
])
def test_the_possessor_of_an_act_undergone_is_acted_on(nlp, text):
    row = next(row for row in layered(nlp, text, "2018-06-01")
               if row["trigger"] in ("arrestation", "condamnation"))
    assert (row["actors"], row["targets"]) == ([], ["Paul Hébert"])


@pytest.mark.parametrize(("text", "actors"), [
    ("Un groupe rebelle a revendiqué l'attaque du 3 mars.", ["Un groupe rebelle"]),
    ("Paul Hébert, qui a revendiqué l'attentat du 3 mars, a été arrêté.", ["Paul Hébert"]),
])
def test_who_claims_an_attack_is_its_author(nlp, text, actors):
    row = next(row for row in layered(nlp, text, "2018-06-01")
               if row["trigger"] in ("attaque", "attentat"))
    assert row["actors"] == actors


def test_a_candidate_s_bid_is_the_candidate_s_act(nlp):
    # "briguer" is the candidate's own act; a score ("a remporté le scrutin") is the voters'
    found = layered(nlp, "En 2007, le chanteur Paul Hébert briguait la 2e circonscription du "
                         "Bas-Rhin. Il a remporté le scrutin en juin 2007.", "2018-06-01")
    bid = next(row for row in found if row["trigger"] == "briguait")
    assert (bid["actors"], bid["targets"]) == (["Paul Hébert"], [])


def test_the_authors_of_an_attack_a_participle_is_said_of_commit_it(nlp):
    row = by_date(nlp, "Les auteurs des violences commises le 24 août dans un refuge ont été "
                       "arrêtés.", "24 août")
    assert (row["actors"], row["targets"]) == (["Les auteurs"], [])


def test_a_described_performer_keeps_the_words_split_off_at_a_hyphen(nlp):
    # the parse seen in an article: "grands", "-", "parents", with "parents" the subject alone
    words = ["Deux", "grands", "-", "parents", "ont", "saisi", "lundi", "le", "tribunal", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, False, True, True, True, True, True,
                                              False, False],
              heads=[1, 3, 3, 5, 5, 5, 5, 8, 5, 5],
              deps=["nummod", "nmod", "punct", "nsubj", "aux:tense", "ROOT", "obl:mod", "det",
                    "obj", "punct"],
              lemmas=["deux", "grand", "-", "parent", "avoir", "saisir", "lundi", "le",
                      "tribunal", "."],
              pos=["NUM", "NOUN", "PUNCT", "NOUN", "AUX", "VERB", "NOUN", "DET", "NOUN",
                   "PUNCT"])
    assert described_noun(doc[3]) == "Deux grands-parents"


@pytest.mark.parametrize(("text", "date", "actors"), [
    # the pollster and the outlet the poll was made for publish it, not the names it tells of
    ("Selon un sondage Ifop pour le Journal du Nord publié dimanche, Paul Morvan progresse.",
     "dimanche", ["Ifop", "Journal du Nord"]),
    ("Un sondage Elabe pour Radio Sud publié mercredi montre que Claire Vautrin progresse.",
     "mercredi", ["Elabe", "Radio Sud"]),
    # its agent, when it has one
    ("Selon un sondage Elabe publié mardi par Radio Sud, Paul Morvan recule.", "mardi",
     ["Radio Sud"]),
])
def test_a_poll_is_published_by_its_maker_and_its_client(nlp, text, date, actors):
    row = by_date(nlp, text, date)
    assert row["type"] == "publication"
    assert set(actors) <= set(row["actors"]) and "Paul Morvan" not in row["actors"]


def test_the_person_subject_beside_an_act_of_his_possessive_did_it(nlp):
    row = by_date(nlp, "Deux ans après sa dernière visite, en novembre 2015, Paul Morvan sera en "
                       "France ce week-end.", "novembre 2015")
    assert (row["actors"], row["targets"]) == (["Paul Morvan"], [])


def test_the_outlet_named_right_before_qui_does_the_relative_s_act(nlp):
    # the parse hangs "qui" on "révélations"; the magazine said it
    row = by_date(nlp, "La question faisait référence aux révélations du magazine Oméga qui a "
                       "affirmé ce mois-ci que Paul Morvan était coupable.", "ce mois-ci")
    assert row["actors"] == ["magazine Oméga"]


def test_a_poll_s_makers_publish_it_through_a_coordinated_participle(nlp):
    # "réalisé pour Y et publié mercredi": the second participle is the first's, on the poll
    row = trigger_row(nlp, "Un sondage Ifop réalisé pour Le Figaro et publié mercredi 3 mars "
                           "révèle que seul un quart des Français jugent son bilan positif.",
                      "publié")
    assert "Ifop" in row["actors"] and row["targets"] == []
