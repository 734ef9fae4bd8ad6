"""Acts whose medium says what they are (extract/events/media.py): guests of an outlet, acts
done in a medium, one's own words published. Sentences written for each rule; the real mentions
and dates layers run."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corpus_cli.extract.events.media import authored_medium_verb
from tests.rows_for_tests import dated_row, layered


@pytest.mark.parametrize(("text", "kind", "actors"), [
    # the guest of an outlet speaks, the outlet hung on the date or not
    ("Jean Duval était l'invité dimanche 11 mars de Questions politiques sur Radio Sud.",
     "public_statement", ["Jean Duval"]),
    # a person's guest is invited
    ("Paul Hébert était l'invité jeudi 4 avril du président Jean Duval.", "appeal", []),
])
def test_the_guest_of_an_outlet_speaks(nlp, text, kind, actors):
    row = next(row for row in layered(nlp, text, "2018-03-12") if row["lemma"] == "inviter")
    assert (row["type"], row["actors"]) == (kind, actors)


def test_the_guest_of_an_outlet_named_after_d_speaks(nlp):
    row = dated_row(nlp, "Ce mercredi 7 mars, le président d'Acme France, Jean Duval, était "
                         "l'invité d'Europe 1.", "mercredi 7 mars")
    assert (row["type"], row["actors"]) == ("public_statement", ["Jean Duval"])


def test_the_guest_of_a_host_on_an_outlet_speaks_and_the_host_does_not(nlp):
    row = dated_row(nlp, "La ministre Claire Vautrin était l'invitée de Jean Duval sur Radio Sud "
                         "ce dimanche 11 mars.", "dimanche 11 mars")
    assert (row["type"], row["actors"], row["targets"]) == (
        "public_statement", ["Claire Vautrin"], ["Jean Duval"])


@pytest.mark.parametrize(("text", "date_text"), [
    # the tagger reads a noun, and the show's title is no name it knows
    ("Ce samedi 4 février, Jean Duval était l'invité de Café du matin.", "samedi 4 février"),
    # the morning show, which the tagger reads as an adjective
    ("La ministre Claire Vautrin était l'invitée mardi de la matinale de Radio Sud.", "mardi"),
])
def test_the_guest_named_with_a_noun_speaks(nlp, text, date_text):
    assert dated_row(nlp, text, date_text)["type"] == "public_statement"


@pytest.mark.parametrize(("text", "date_text", "actors"), [
    # a fronted "Invité", whatever the tagger reads, with a show: the guest speaks
    ("L'offre était alléchante mais l'intéressé a préféré décliner. Invité de l'émission "
     "\"Team Sud\" sur Radio Nord, jeudi 19 octobre, Paul Hébert s'est livré à une confidence "
     "pour le moins inattendue.", "jeudi 19 octobre", ["Paul Hébert"]),
    # the guest the parse hangs inside the participle's phrase still speaks
    ("Le débat est ouvert. Invité de Radio Nord ce dimanche 27 janvier, Paul Hébert, s'est dit "
     "\"ouvert\" à des propositions.", "dimanche 27 janvier", ["Paul Hébert"]),
    # questioned by a named journalist on a topic: an interview, not an inquiry
    ("Interrogée par Jean Duval jeudi 5 septembre, sur la question du logement, la candidate "
     "Claire Vautrin a hésité.", "jeudi 5 septembre", None),
    # reached by an outlet, or by a part of one the model leaves untagged: an interview
    ("Contacté vendredi par Radio Nord, le député a précisé sa pensée.", "vendredi",
     ["le député"]),
    ("Contacté vendredi par le \"Décryptage\" du Figaro, le député a précisé sa pensée.",
     "vendredi", ["le député"]),
])
def test_a_fronted_guest_or_one_questioned_on_a_topic_speaks(nlp, text, date_text, actors):
    row = next(row for row in layered(nlp, text, "2019-10-20")
               if row["date_text"] == date_text
               and row["lemma"] in ("inviter", "interroger", "contacter"))
    assert row["type"] == "public_statement"
    if actors is not None:
        assert row["actors"] == actors


def test_one_contacted_by_the_police_is_no_interview(nlp):
    row = dated_row(nlp, "Contacté lundi par la police, Paul Hébert a refusé de répondre.",
                    "lundi")
    assert row["type"] != "public_statement"


def test_the_guest_of_an_honour_or_of_a_person_named_with_a_noun_is_no_interview(nlp):
    for text in ("Jeudi, Jean Duval était l'invité de Paul Hébert à Lyon.",
                 "Jeudi, Jean Duval était l'invité d'honneur du dîner annuel."):
        assert dated_row(nlp, text, "Jeudi")["type"] != "public_statement"


@pytest.mark.parametrize(("text", "date_text"), [
    # one's own words published with no outlet as agent: the author's statement
    ("Dans une tribune publiée dimanche dans Le Matin, Claire Vautrin annonce sa candidature.",
     "dimanche"),
    ("D'autres tweets de Paul Hébert, postés mardi, s'en prennent au maire.", "mardi"),
    # an act done in a medium is words
    ("Le ministre Paul Hébert a rassuré les usagers ce dimanche dans l'émission Politique "
     "Matin.", "ce dimanche"),
    ("La ministre Claire Vautrin a lâché ses coups jeudi soir au micro de Radio Nord.",
     "jeudi soir"),
    # the outlet the parse hung on the date's last word
    ("Interrogée dimanche 22 mars par Radio Sud, l'ancienne ministre estime que rien n'est "
     "joué.", "dimanche 22 mars"),
])
def test_words_published_by_their_author_or_said_in_a_medium_are_a_statement(
        nlp, text, date_text):
    assert dated_row(nlp, text, date_text)["type"] == "public_statement"


@pytest.mark.parametrize(("text", "date_text", "kind"), [
    # an outlet publishes
    ("Une tribune publiée dimanche par Le Matin dénonce la réforme.", "dimanche",
     "publication"),
    # so does an outlet a relative clause tells of
    ("Selon Radio Nord, qui dévoile l'information ce lundi, Paul Hébert serait passé à Lyon "
     "samedi.", "ce lundi", "publication"),
    # one that says it in its own edition or columns is an outlet: it publishes
    ("Dans son édition du mercredi 8 août, Le Courrier rappelle que le maire avait perdu.",
     "mercredi 8 août", "publication"),
    ("Dans ses colonnes mardi 3 mars, La Gazette affirme que le maire a menti.",
     "mardi 3 mars", "publication"),
    # a person's own speech is not an edition
    ("Dans son discours du mardi 3 mars, Paul Hébert a affirmé que le maire avait menti.",
     "mardi 3 mars", "public_statement"),
    # a bank account is no medium, nor a name standing in a journal
    ("Le notaire Paul Hébert aurait versé en 2015 sur des comptes personnels des chèques.",
     "2015", "other"),
])
def test_no_statement_where_an_outlet_publishes_or_no_medium_is_spoken_in(
        nlp, text, date_text, kind):
    assert dated_row(nlp, text, date_text)["type"] == kind


@pytest.mark.parametrize("text", [
    "La gratuité est exclue, selon le ministre Paul Hébert, interrogé à l'antenne de Radio "
    "Nord, mardi 19 mai.",
    "Paul Hébert, interrogé mardi 19 mai au micro de Radio Nord, a exclu la gratuité.",
])
def test_one_questioned_on_air_is_a_guest_who_speaks(nlp, text):
    row = next(r for r in layered(nlp, text, "2020-05-20") if r["lemma"] == "interroger")
    assert (row["type"], row["actors"]) == ("public_statement", ["Paul Hébert"])


@pytest.mark.parametrize(("text", "date_text"), [
    # a passive of questioning on an outlet, or beside a guest's participle: an interview
    ("Paul Hébert a été interrogé sur le sujet mercredi 19 mai, sur Radio Nord.",
     "mercredi 19 mai"),
    ("Invité de Radio Nord lundi matin, Paul Hébert était interrogé sur le bien-fondé de la "
     "prime.", "lundi matin"),
])
def test_one_questioned_in_the_passive_on_an_outlet_speaks(nlp, text, date_text):
    row = dated_row(nlp, text, date_text)
    assert (row["type"], row["actors"]) == ("public_statement", ["Paul Hébert"])


@pytest.mark.parametrize("text", [
    "Le suspect a été interrogé mardi sur son emploi du temps.",
    "Le suspect a été interrogé mardi par les enquêteurs au commissariat de Lyon.",
])
def test_one_questioned_in_the_passive_with_no_outlet_is_investigated(nlp, text):
    assert dated_row(nlp, text, "mardi")["type"] == "investigate"


def test_journalists_who_question_someone_give_an_interview(nlp):
    row = dated_row(nlp, "Des journalistes de Radio Nord ont interrogé mardi l'ancien ministre "
                         "Paul Hébert.", "mardi")
    assert row["type"] == "public_statement"
    assert dated_row(nlp, "Les enquêteurs ont interrogé mardi le suspect.", "mardi")[
        "type"] == "investigate"


def test_one_questioned_at_a_place_is_no_guest(nlp):
    row = next(r for r in layered(nlp, "Paul Hébert, interrogé mardi au commissariat de Lyon, a "
                                       "nié les faits.", "2020-05-20")
               if r["lemma"] == "interroger")
    assert row["type"] != "public_statement"


def test_the_named_guest_of_a_passive_clause_speaks(nlp):
    text = ("Invitée jeudi 26 septembre de Télé Nord et Radio Sud, la députée Claire Vautrin a "
            "été interrogée sur la polémique.")
    row = dated_row(nlp, text, "jeudi 26 septembre")
    assert row["actors"] == ["Claire Vautrin"]


def test_the_one_questioned_a_pronoun_stands_for_speaks(nlp):
    text = ("La candidate veut attaquer Bruno Keller pour diffamation. Interrogé mardi sur le "
            "sujet, ce dernier s'est montré confiant.")
    row = dated_row(nlp, text, "mardi")
    assert (row["type"], row["actors"], row["targets"]) == (
        "public_statement", ["Bruno Keller"], [])


@pytest.mark.parametrize("text", [
    "Le Courrier, dans son édition datée du 16 novembre, révèle que le maire a menti.",
    "Le magazine Le Courrier, dans son numéro daté du 16 novembre, révèle que le maire a menti.",
])
def test_the_date_of_an_outlet_s_edition_dates_what_it_says_there(nlp, text):
    rows = [row for row in layered(nlp, text) if row["date_text"] == "16 novembre"]
    assert [(row["trigger"], row["type"]) for row in rows] == [("révèle", "publication")]


@pytest.mark.parametrize(("text", "actors"), [
    ("Dans une interview donnée au Courrier samedi 19 septembre, le président de la région "
     "s'est voulu offensif.", ["le président de la région"]),
    ("Dans une interview accordée au Courrier samedi 19 septembre, Paul Hébert s'est voulu "
     "offensif.", ["Paul Hébert"]),
])
def test_the_subject_of_the_clause_a_medium_opens_gave_it(nlp, text, actors):
    assert dated_row(nlp, text, "samedi 19 septembre")["actors"] == actors


def test_the_verb_of_a_subject_the_parse_hung_a_medium_on_is_the_medium_s_author(nlp):
    # "Dans une vidéo postée vendredi, Anne Morel dénonce." with the medium hung on the name
    doc = Doc(nlp.vocab, words=["Dans", "une", "vidéo", "postée", "vendredi", ",", "Anne",
                                "Morel", "dénonce", "."],
              heads=[2, 2, 6, 2, 3, 6, 8, 6, 8, 8],
              deps=["case", "det", "obl:mod", "acl", "obl:mod", "punct", "nsubj",
                    "flat:name", "ROOT", "punct"],
              pos=["ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB",
                   "PUNCT"],
              lemmas=["dans", "un", "vidéo", "poster", "vendredi", ",", "Anne", "Morel",
                      "dénoncer", "."],
              morphs=["", "", "", "VerbForm=Part", "", "", "", "", "VerbForm=Fin", ""])
    verb = authored_medium_verb(doc[3])
    assert verb is not None and verb.text == "dénonce"


def _medium_doc(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str]):
    """A parse set by hand: the words' lemmas are their lower-case forms."""
    morphs = ["VerbForm=Part" if p == "VERB" else "" for p in pos]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words], morphs=morphs)


def test_a_medium_noun_or_its_coordinated_participle_opens_the_authors_clause(nlp):
    # "Dans une interview accordée à Radio Nord et publiée samedi, Anne Morel s'en prend."
    doc = _medium_doc(
        nlp, ["Dans", "une", "interview", "accordée", "à", "Radio", "et", "publiée", "samedi",
              ",", "Anne", "Morel", "critique", "."],
        [2, 2, 12, 2, 5, 3, 7, 3, 7, 12, 12, 10, 12, 12],
        ["case", "det", "obl:mod", "acl", "case", "obl:arg", "cc", "conj", "obl:mod", "punct",
         "nsubj", "flat:name", "ROOT", "punct"],
        ["ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "NOUN", "PUNCT",
         "PROPN", "PROPN", "VERB", "PUNCT"])
    assert [authored_medium_verb(doc[i]).text for i in (2, 3, 7)] == ["critique"] * 3


def test_a_medium_noun_with_an_author_of_its_own_opens_no_clause_of_its_subject(nlp):
    # "Dans une interview de Paul Vasseur, Anne Morel critique."
    doc = _medium_doc(
        nlp, ["Dans", "une", "interview", "de", "Paul", "Vasseur", ",", "Anne", "Morel",
              "critique", "."],
        [2, 2, 9, 4, 2, 4, 9, 9, 7, 9, 9],
        ["case", "det", "obl:mod", "case", "nmod", "flat:name", "punct", "nsubj", "flat:name",
         "ROOT", "punct"],
        ["ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB",
         "PUNCT"])
    assert authored_medium_verb(doc[2]) is None


def test_an_outlet_of_the_list_that_questions_someone_is_no_speaker(nlp):
    # "Marianne", a weekly the model tags as a woman's name
    text = "Interrogé jeudi 21 juin par Marianne, le député Paul Hébert regrette son choix."
    found = layered(nlp, text, "2018-06-25")
    row = next(row for row in found if row["trigger"] == "Interrogé")
    assert row["type"] == "public_statement"
    assert all("Marianne" not in r["actors"] for r in found)


@pytest.mark.parametrize(("text", "date_text"), [
    # a station the model leaves untagged, written as one word: an interview, no invitation
    ("Invité de Franceinter vendredi, le ministre Paul Hébert s'est dit choqué.", "vendredi"),
    # a show named by its outlet
    ("Paul Hébert, invité du 13 heures de TF1 dimanche 6 octobre, a admis des failles.",
     "dimanche 6 octobre"),
])
def test_the_guest_of_a_station_or_a_show_speaks(nlp, text, date_text):
    rows = [row for row in layered(nlp, text, "2019-10-07") if row["date_text"] == date_text]
    assert rows
    assert {row["type"] for row in rows} == {"public_statement"}


@pytest.mark.parametrize("text", [
    "Dans un communiqué diffusé dimanche, le syndicat Alpha a fustigé les appels à la haine.",
    "Dans une vidéo publiée lundi, Paul Morvan a dénoncé la réforme.",
])
def test_a_medium_the_words_are_said_in_is_no_event_of_its_own(nlp, text):
    # one communiqué, interview or video is one event: the words said in it
    found = [row for row in layered(nlp, text, "2018-05-15") if row["date"] is not None]
    assert [row["type"] for row in found] == ["disapprove"]


def test_a_report_published_by_its_author_stays_a_publication(nlp):
    found = layered(nlp, "Le rapport publié mardi par la Cour des comptes a été critiqué.",
                    "2018-05-15")
    assert [row["type"] for row in found if row["trigger"] == "publié"] == ["publication"]


def test_the_subject_of_the_clause_an_interview_closes_gave_it(nlp):
    row = dated_row(nlp, "Claire Vautrin n'y est pas allée par quatre chemins dans une interview "
                         "accordée à Var Matin et publiée samedi 11 août.", "samedi 11 août")
    assert row["actors"] == ["Claire Vautrin"]


def test_an_interview_the_words_are_said_in_is_no_event_of_its_own(nlp):
    found = [row for row in layered(nlp, "Dans une interview accordée samedi au Journal du "
                                         "Nord, Paul Morvan affirme que la loi est injuste.",
                                    "2018-08-12") if row["date"] is not None]
    assert [row["trigger"] for row in found] == ["affirme"]


@pytest.mark.parametrize(("text", "actors"), [
    # a guest's participle after the clause it follows: that clause's subject is the guest
    ("L'affaire avait pris de l'ampleur à tel point que le député européen avait dû mettre "
     "fermement les choses au point, invité sur France Inter le 18 septembre : \"Ces gens sont "
     "des crétins\".", ["le député européen"]),
])
def test_the_subject_before_a_guest_participle_after_a_comma_is_the_guest(nlp, text, actors):
    row = dated_row(nlp, text, "18 septembre")
    assert row["actors"] == actors and row["targets"] == ["France Inter"]


def test_a_communique_a_verb_of_saying_names_is_one_event_with_its_words(nlp):
    found = [row for row in layered(nlp, '"Nous sommes choqués", a déclaré le maire dans un '
                                         "communiqué samedi.") if row["date"] is not None]
    assert [(row["trigger"], row["actors"]) for row in found] == [("déclaré", ["le maire"])]


def test_the_one_a_guest_is_questioned_about_is_no_guest(nlp):
    text = ("Claire Vautrin s'est fendue d'un tweet lourd de sous-entendus ce dimanche 31 juillet, "
            "où elle rend hommage à l'union autour de Marie Dubois dans la perspective de la "
            "prochaine élection présidentielle, qui se tiendra le 8 novembre 2016. Interrogée sur "
            "l'ascension de Paul Hébert en avril dernier, elle avait par exemple lâché une phrase "
            "se référant directement à sa situation passée.")
    row = dated_row(nlp, text, "avril dernier")
    assert "Paul Hébert" not in row["actors"]


@pytest.mark.parametrize("text", [
    "Contacté mardi, Paul Hébert a démenti toute irrégularité.",
    "Paul Hébert, interrogé mardi, a démenti toute irrégularité.",
    "Le ministère de l'Intérieur, contacté mardi, a confirmé l'information.",
])
def test_one_asked_with_no_asker_named_before_words_gives_an_interview(nlp, text):
    row = dated_row(nlp, text, "mardi")
    assert row["type"] == "public_statement" and row["actors"] in (
        ["Paul Hébert"], ["ministère de l'Intérieur"])


def test_one_questioned_by_investigators_is_investigated(nlp):
    row = dated_row(nlp, "Paul Hébert a été interrogé mardi par les enquêteurs.", "mardi")
    assert (row["type"], row["targets"]) == ("investigate", ["Paul Hébert"])
