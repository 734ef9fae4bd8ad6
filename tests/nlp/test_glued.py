"""A heading the scrape glued to the paragraph below is split, and the paragraph starts a
sentence; names with an inner capital stay whole. Texts written for the rule."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "last", "first"), [
    ("Certains réclament une enquêteSelon Le Courrier, Paul Hébert voyage.", "enquête", "Selon"),
    ("Des retards intellectuelsIl se fondait sur un rapport.", "intellectuels", "Il"),
    ("Le pouvoir d'achat inquièteLe niveau de la dette monte.", "inquiète", "Le"),
    # "A" for "À" after lower-case letters; a video's credit in capitals
    ("Les contrôles seront renforcésA Lyon, la police veille.", "renforcés", "A"),
    ("Une vidéo TVNORDLe président a parlé lundi.", "TVNORD", "Le"),
    ("Source 6MEDIASMais il reste du travail.", "6MEDIAS", "Mais"),
    ("Une émission sérieusementLancé mercredi, le magazine plaît.", "sérieusement", "Lancé"),
    ("Les premiers résultatsMardi, le ministre a parlé.", "résultats", "Mardi"),
    # the article elided after a credit in capitals; a portrait's first participle
    ("Une vidéo TVNORDL'Assemblée a voté lundi.", "TVNORD", "L'"),
    ("Un portrait par NordmagIssue d'un milieu modeste, elle a parlé.", "Nordmag", "Issue"),
])
def test_a_glued_heading_is_split_and_the_text_below_starts_a_sentence(nlp, text, last, first):
    doc = nlp(text)
    assert doc.text == text  # offsets into the file hold
    words = [t.text for t in doc]
    position = words.index(last) + 1
    assert words[position] == first
    assert doc[position].is_sent_start


@pytest.mark.parametrize("name", ["DiCaprio", "McCain", "iPhone", "LeBron", "Leclerc", "ABCL",
                                  "NASA", "PlayStation", "WhatsApp", "LinkedIn"])
def test_names_with_an_inner_capital_stay_whole(nlp, name):
    assert name in [t.text for t in nlp(f"Hier, {name} était à Lyon.")]


@pytest.mark.parametrize("text", ["Il juge qu'\"il est tard\".", "Elle dit qu’« il viendra »."])
def test_a_quotation_mark_glued_to_an_elision_is_its_own_token(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    glued = [t.text for t in doc if len(t.text) > 1 and any(q in t.text for q in '"«»')]
    assert not glued
    assert "il" in [t.text for t in doc]


@pytest.mark.parametrize(("text", "heading", "first"), [
    ("Les loyers ont augmenté en mai.- Une facture salée -Samedi, Paul Hébert a protesté à Lyon.",
     "Une", "Samedi"),
    ("Le maire a répondu aux élus. - \"Pas question\" -Claire Vautrin a refusé jeudi.",
     '"', "Claire"),
    ("Aucun accord n'a été trouvé. - Sanctuaire -Une réunion est prévue lundi.",
     "Sanctuaire", "Une"),
])
def test_an_intertitle_between_dashes_is_split_from_the_text_after_it(nlp, text, heading,
                                                                       first):
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert "-" in words
    assert not [w for w in words if len(w) > 1 and (w[0] in "-–" or w[-1] in "-–")]
    assert doc[words.index(first)].is_sent_start
    assert doc[words.index(heading)].sent.start < doc[words.index(first)].sent.start


@pytest.mark.parametrize("text", ["Jean -Pierre Hébert est venu.", "Il a fait -5 degrés à Lyon."])
def test_a_dash_without_an_opening_dash_before_starts_nothing(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(("text", "first"), [
    ("Une loi impose l'égalité depuis 1972.L'émission s'intéresse à deux secteurs.", "L'"),
    ("Le club a été fondé en 1985.Les supporters sont venus nombreux.", "Les"),
    ("Le stade compte 30 000 places depuis 2018.Quatre tribunes ont été refaites.", "Quatre"),
    ("L'enquête est confiée à l'office central (OCRB).Le parquet a réagi lundi.", "Le"),
    ("Le oui l'emporte à 77,92%.L'un des amendements a été rejeté.", "L'"),
    ("La vidéo est-elle devenue virale?Probablement pas, selon lui.", "Probablement"),
    # after an acronym, before a function word that opens a sentence
    ("Elle a été interrogée par l'AFP.Le maire a réagi lundi.", "Le"),
    ("Le texte a été transmis à l'ONU.Il sera examiné mardi.", "Il"),
])
def test_a_sentence_glued_after_a_number_or_a_closing_mark_starts_a_sentence(nlp, text, first):
    doc = nlp(text)
    assert doc.text == text  # offsets into the file hold
    start = next(t for t in doc if t.text == first)
    assert doc[start.i - 1].text in ".?" and start.is_sent_start


@pytest.mark.parametrize("text", ["Il y a 1.000 personnes et 2.5 millions d'euros.",
                                  "La version 2.A du texte est prête.",
                                  "Le mémorial de J.F.K. est fermé."])
def test_a_period_inside_a_number_or_a_code_stays(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(("text", "first"), [
    ('Le groupe a parlé. "Rien ne change pour nous"Ce vendredi, Paul Hébert a dénoncé un texte.',
     "Ce"),
    ("Il a souligné \"la gravité du moment\"Le ministre a ensuite quitté la salle.", "Le"),
    # after a credit or a heading in capitals
    ("Le maire a répondu, par TV SUD\"La difficulté est grande, dit Paul Hébert.", "La"),
    ("C'est pire qu'AZF\"Selon Le Courrier du Sud, l'usine a fermé.", "Selon"),
])
def test_a_quoted_heading_glued_to_the_next_sentence_ends_at_its_mark(nlp, text, first):
    doc = nlp(text)
    assert doc.text == text
    opener = next(t for t in doc if t.text == first and t.i > 0 and doc[t.i - 1].text == '"')
    assert opener.is_sent_start


def test_a_quotation_mark_glued_after_a_period_is_its_own_token(nlp):
    doc = nlp("Il parle de l'exécutif.\"Nous partirons demain\", a-t-il dit.")
    assert [t.text for t in doc][5:8] == [".", '"', "Nous"]


def test_a_quoted_title_inside_a_sentence_stays_in_it(nlp):
    doc = nlp('Il a cité "Les Misérables" hier soir à Lyon.')
    assert len(list(doc.sents)) == 1
