"""Verb-noun expressions type their event (data/events_expressions.txt). Sentences written for
each rule; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from corpus_cli import lexicon as wordfiles
from corpus_cli.extract import dates as date_layer
from corpus_cli.extract import mentions as mention_layer
from corpus_cli.extract.events import extract_events
from corpus_cli.extract.events.kinds import EXPRESSIONS_FILE, expressions
from corpus_cli.rows import EVENT_TYPES
from tests.rows_for_tests import trigger_row


@pytest.mark.parametrize(("text", "date_text", "expected"), [
    ("Paul Hébert a été mis en examen dimanche pour escroquerie.", "dimanche", "charge"),
    # support received is the supporter's
    ("Paul Hébert a reçu mardi le soutien de Claire Vautrin.", "mardi",
     "diplomatic_cooperation"),
    # custody, with the noun's complement, is no warning; the warning stays one
    ("Deux hommes ont été mis en garde à vue lundi 21 septembre à Lyon.",
     "lundi 21 septembre", "arrest"),
    ("Le ministre a mis en garde lundi les élus contre toute division.", "lundi",
     "public_statement"),
    # placed under a court's administration, in liquidation: no arrest
    ("En 2009, l'association de Paul Hébert avait été placée sous administration judiciaire.",
     "2009", "coerce"),
    ("Le 3 mars, la société de Paul Hébert a été placée en liquidation judiciaire.", "3 mars",
     "other"),
    # made a rank or an honour: appointed
    ("L'évêque a été fait cardinal en 2018 par le pape.", "2018", "appointment"),
    ("Le maire a été fait officier de la Légion d'honneur en 2012.", "2012", "appointment"),
    # taking a stand, giving details, raising a matter, having words for someone
    # a meal shared is a meeting, choosing among candidates a vote
    ("Paul Hébert et Claire Vautrin ont partagé un repas lundi à Lyon.", "lundi", "consult"),
    ("Les militants écologistes ont choisi samedi parmi trois candidats celui qui mènera la "
     "liste.", "samedi", "election"),
    # remarks made, an oath sworn, a lockdown imposed
    ("Paul Hébert a tenu lundi des propos injurieux.", "lundi", "public_statement"),
    ("Le président Paul Hébert a prêté serment lundi.", "lundi", "appointment"),
    ("Les autorités du pays ont imposé lundi un confinement strict.", "lundi", "other"),
    # words given to someone
    ("Lundi, le président Paul Hébert s'est adressé à la nation.", "Lundi", "public_statement"),
    ("Le député Paul Hébert s'est prononcé mercredi en faveur d'un référendum.", "mercredi",
     "public_statement"),
    ("Claire Vautrin a apporté des précisions mardi sur le calendrier.", "mardi",
     "public_statement"),
    ("Lundi, en visite à Lyon, Claire Vautrin avait abordé la question des prisons.", "Lundi",
     "public_statement"),
    ("Paul Hébert a eu des mots durs envers le maire, jeudi soir.", "jeudi soir",
     "public_statement"),
    # explaining a reform, a letter sent
    ("Claire Vautrin a fait la pédagogie de sa réforme ce mardi 14 janvier.",
     "mardi 14 janvier", "public_statement"),
    ("Dans un courrier adressé jeudi au ministre, Paul Hébert a demandé sa démission.", "jeudi",
     "public_statement"),
    # shot, found dead
    ("Paul Hébert, un photographe de 26 ans, a reçu une balle dans la tête fin août à Lyon.",
     "fin août", "assault"),
    ("Le 16 octobre 1984, Paul Hébert, 4 ans, était retrouvé mort dans la Vologne.",
     "16 octobre 1984", "death"),
    # a stance shown ("s'est montré prudent")
    ("Claire Vautrin s'est montrée défavorable mardi à la réforme.", "mardi",
     "public_statement"),
    # the object the parse hung on the last word of a date ("mardi 15 janvier des réserves")
    ("Le président a émis mardi 15 janvier des réserves sur le projet.", "mardi 15 janvier",
     "disapprove"),
    ("Le jugement du tribunal de Lyon a été rendu mardi.", "mardi", "trial"),
    ("Paul Hébert a été placé en détention provisoire jeudi.", "jeudi", "coerce"),
    ("Claire Vautrin a été placée sous contrôle judiciaire mardi.", "mardi", "coerce"),
    ("Claire Vautrin a été placée en garde à vue mardi à Lyon.", "mardi", "arrest"),
    # a judging verb with a word of blame as its judgement is a criticism; another is not
    ("Le gouverneur Paul Hébert avait jugé mercredi cette peine excessive.", "mercredi",
     "disapprove"),
    ("Claire Vautrin a qualifié mardi la réforme de scandaleuse.", "mardi", "disapprove"),
    ("Invitée de Radio Nord jeudi, Claire Vautrin a jugé Paul Hébert responsable de la crise.",
     "jeudi", "disapprove"),
    ("Paul Hébert a jugé mardi la réforme nécessaire.", "mardi", "public_statement"),
    ("Paul Hébert a traité mardi Claire Vautrin de menteuse.", "mardi", "disapprove"),
    ("Paul Hébert a clarifié mardi sa position sur la réforme.", "mardi", "public_statement"),
    # a feeling of reproach voiced
    ("Claire Vautrin a exprimé mardi son indignation.", "mardi", "disapprove"),
    ("Paul Hébert a fait part de sa colère lundi face aux violences.", "lundi", "disapprove"),
    ("Mardi, Paul Hébert n'a pas caché son hostilité vis-à-vis des policiers.", "Mardi",
     "disapprove"),
    ("Paul Hébert a exprimé mardi sa joie.", "mardi", "public_statement"),
    # a verb of arrest done by someone who arrests no one is words
    # the agent after an aside, read as a circumstance; a jobless man is no enforcer
    ("Jeudi, le président Paul Hébert a été interpellé, sous l'œil des caméras, par un jeune "
     "chômeur.", "Jeudi", "public_statement"),
    ("Le président Paul Hébert a été interpellé jeudi par un père de famille.", "jeudi",
     "public_statement"),
    ("Paul Hébert a été interpellé mardi par Claire Vautrin sur la réforme.", "mardi",
     "public_statement"),
    ("Deux suspects ont été interpellés mardi par la police à Lyon.", "mardi", "arrest"),
    ("Un homme a été interpellé mardi à Lyon.", "mardi", "arrest"),
    # or through a medium, whoever the subject is
    ("Celui-ci a interpellé mardi en direct la ministre Claire Vautrin.", "mardi",
     "public_statement"),
    ("Paul Hébert a été arrêté mardi sur décision de justice.", "mardi", "arrest"),
    # reservations and doubts voiced are criticism
    ("Mardi, Paul Hébert a émis des réserves sur le projet de loi.", "Mardi", "disapprove"),
    ("Claire Vautrin a exprimé jeudi ses doutes sur la réforme.", "jeudi", "disapprove"),
    ("Le ministère a fait état lundi de douze cas, selon Marc Delorme.", "lundi",
     "public_statement"),
    ("Paul Hébert a remis sa démission lundi au président.", "lundi", "resignation"),
    ("Claire Vautrin a présenté sa démission mardi.", "mardi", "resignation"),
    ("La maire Claire Vautrin a porté plainte lundi contre l'entreprise.", "lundi",
     "disapprove"),
    # a participle and the noun it qualifies make the expression too
    ("Selon une enquête réalisée en mars par l'institut Sondex, 40 % des électeurs approuvent.",
     "mars", "other"),
    # holding someone hostage is an assault (CAMEO 181), pressing a party a demand
    ("Un homme armé a retenu en otage mardi 3 mars deux personnes dans un pavillon à Lyon.",
     "mardi 3 mars", "assault"),
    ("Mardi, la ministre Claire Vautrin a mis la pression sur ses partenaires européens.",
     "Mardi", "demand"),
    ("Lundi, les syndicats ont fait pression sur le maire Paul Hébert.", "Lundi", "demand"),
    # the act a noun of undergoing carries types it
    ("Le 17 août 2017, la ville de Lyon avait été la cible d'un attentat.", "17 août 2017",
     "mass_violence"),
    # coming close to a death tells none
    ("Mardi, Paul Hébert a frôlé la mort dans un accident de voiture.", "Mardi", "other"),
    # pleading guilty is a step of a trial; a lunch with someone a meeting
    ("En mai 2019, un autre homme arrêté dans cette affaire a plaidé coupable.", "mai 2019",
     "trial"),
    ("Mercredi 5 juin, Paul Hébert a déjeuné avec Claire Vautrin.", "Mercredi 5 juin",
     "consult"),
    # a tribute and a commemoration are "other" (events_dev/RULES.md §2)
    ("Lundi, le maire Paul Hébert a rendu hommage aux victimes de l'incendie.", "Lundi",
     "other"),
    ("Mardi, la commune de Lyon a commémoré la fin de la guerre.", "Mardi", "other"),
    # referring a matter to a court or a body is a complaint; seizing goods a coercion
    ("Mardi, le maire Paul Hébert a saisi la justice.", "Mardi", "disapprove"),
    ("La police a saisi mardi deux tonnes de cannabis.", "mardi", "coerce"),
    # an assembly examining a text deliberates; a judge examining a complaint inquires
    ("Mercredi, les députés ont repris l'examen du texte en commission.", "Mercredi",
     "other"),
    ("Le juge a examiné mardi la plainte de Paul Hébert.", "mardi", "investigate"),
    # a strike notice threatens a protest; troops sent do not
    ("La fédération a déposé lundi un préavis de grève pour le 5 décembre.", "lundi",
     "threaten"),
    ("L'armée a envoyé mardi des renforts au Mali.", "mardi", "other"),
    # hosting a show is no statement; presenting a plan is
    ("Paul Hébert présentera lundi le journal de 20 heures.", "lundi", "other"),
    ("Mardi, le ministre Paul Hébert a présenté son plan pour l'hôpital.", "Mardi",
     "public_statement"),
    # leaving politics is resigning
    ("Claire Vautrin a quitté la politique en 2019.", "2019", "resignation"),
    # firing red-hot cannonballs is a verbal attack
    ("Lundi, le chef du gouvernement a tiré à boulets rouges sur les députés frondeurs.",
     "Lundi", "disapprove"),
])
def test_an_expression_types_its_event(nlp, text, date_text, expected):
    doc = nlp(text)
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, "2021-03-10"))
    row = next(row for row in found if row["date_text"] == date_text)
    assert row["type"] == expected


def test_every_expression_line_is_read_with_a_known_type():
    lines = wordfiles.entries(EXPRESSIONS_FILE, "expressions")
    assert lines and len(expressions()) == len(lines)
    assert all(kind in EVENT_TYPES for kind, _ in expressions().values())


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("Sa mise en examen pour escroquerie a surpris ses proches.", "mise", "charge"),
    ("Le placement en garde à vue de Paul Hébert a duré deux jours.", "placement", "arrest"),
    ("La mise en place du plan a pris trois mois.", "mise", None),
])
def test_the_noun_form_of_an_expression_types_it_as_its_verb(nlp, text, noun, expected):
    from corpus_cli.extract.events.kinds import expression_type

    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == noun)
    found = expression_type(token)
    assert (found[0] if found else None) == expected


def test_procéder_à_names_the_act_of_its_noun(nlp):
    doc = nlp("La police a procédé samedi à des arrestations dans le centre de Lyon.")
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, "2021-03-10"))
    row = next(row for row in found if row["date_text"] == "samedi")
    assert row["type"] == "arrest"


@pytest.mark.parametrize(("text", "date_text", "expected"), [
    # the score of an election, through the quantity counted
    ("Le parti de Jorge Almeida a récolté 19,6 % des voix le 4 octobre.", "4 octobre",
     "election"),
    ("Le Parti vert a obtenu 35 sièges le 9 avril.", "9 avril", "election"),
    # going to the polls; a strike renewed; a role that came by a vote
    ("Seuls 39 % des électeurs comptent se rendre aux urnes le 26 mai.", "26 mai", "election"),
    ("Ce jeudi, la grève est largement reconduite dans les transports.", "Ce jeudi", "protest"),
    ("Paul Hébert était devenu le premier président élu du pays, en 2014.", "2014",
     "election"),
    ("Paul Hébert était devenu ministre de l'Intérieur en 2014.", "2014", "appointment"),
    # implying is saying
    ("Vendredi, Paul Hébert a laissé entendre que les salariés pourraient refuser de "
     "travailler.", "Vendredi", "public_statement"),
    # a matter raised with someone is discussed with them
    ("Mardi, le président Paul Hébert a évoqué la crise avec son homologue Bruno Keller.",
     "Mardi", "consult"),
    ("Mardi, Paul Hébert a évoqué la crise.", "Mardi", "public_statement"),
    # a restriction "ne ... que", which the parse reads as a clause
    ("Le 9 avril, la liste de Jorge Almeida n'a obtenu que 6,3 % des voix.", "9 avril",
     "election"),
    # a verb and the preposition of its complement
    ("La ministre Ana Ribeiro est revenue mardi sur le projet de réforme.", "mardi",
     "public_statement"),
    ("La ministre Ana Ribeiro est revenue mardi à Porto.", "mardi", "other"),
    # recalling an envoy, convening a vote, holding a council
    ("Le Chili a rappelé jeudi son ambassadeur en Bolivie.", "jeudi", "reduce_relations"),
    ("Le Chili a rappelé jeudi la majorité de son personnel diplomatique.", "jeudi",
     "reduce_relations"),
    ("Le président Jorge Almeida a convoqué lundi un référendum.", "lundi", "election"),
    ("Le président Jorge Almeida a tenu lundi un conseil de défense.", "lundi", "consult"),
])
def test_a_score_and_a_verb_with_its_preposition_type_the_event(nlp, text, date_text,
                                                                  expected):
    doc = nlp(text)
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, "2021-03-10"))
    assert next(row for row in found if row["date_text"] == date_text)["type"] == expected


def test_a_noun_of_a_circumstance_makes_no_expression_with_the_verb(nlp):
    # "après sa garde à vue": no "mise en garde", a warning
    doc = nlp("Après sa garde à vue, le jeune homme a été mis en examen mercredi pour meurtre.")
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, "2021-03-10"))
    assert next(row for row in found if row["date_text"] == "mercredi")["type"] == "charge"


@pytest.mark.parametrize(("text", "date_text"), [
    # an issue or a post dated a day came out that day
    ("Claire Vautrin s'est défendue après la mise en cause de son compagnon par le Courrier "
     "du Nord dans son numéro daté du mercredi 24 octobre.", "mercredi 24 octobre"),
    ("Ces images sont tirées d'une vidéo du vidéaste Paul Hébert datée du 30 janvier.",
     "30 janvier"),
])
def test_an_issue_or_a_post_dated_a_day_is_a_publication(nlp, text, date_text):
    doc = nlp(text)
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, "2018-10-25"))
    assert next(r for r in found if r["date_text"] == date_text)["type"] == "publication"


def test_a_band_throwing_a_grenade_attacks(nlp):
    row = trigger_row(nlp, "Le 9 août 1982, un commando lance une grenade dans le restaurant.",
                      "lance")
    assert (row["type"], row["actors"]) == ("assault", ["un commando"])


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # renewing a call is a call
    ("La France a réitéré jeudi son appel à la formation rapide d'un gouvernement.",
     "réitéré", "appeal"),
    # a rite celebrated is no cooperation
    ("Dimanche matin une messe a été célébrée à la mémoire des victimes en la cathédrale.",
     "célébrée", "other"),
    # judging something out of place blames it, the participle read as a verb too
    ('Paul Hébert a jugé jeudi "plus que déplacée" cette expression.', "jugé", "disapprove"),
])
def test_a_verb_s_object_or_attribute_types_it(nlp, text, trigger, kind):
    assert trigger_row(nlp, text, trigger)["type"] == kind


def test_signing_a_decree_is_no_agreement_and_taking_to_the_streets_a_protest(nlp) -> None:
    assert trigger_row(nlp, "Le préfet du Nord, Paul Hébert, a signé mercredi un arrêté sur le "
                            "port du masque.", "signé")["type"] == "other"
    row = trigger_row(nlp, "Des milliers de ses partisans sont descendus dans la rue en ordre "
                           "dispersé lundi soir à Lyon.", "descendus")
    assert (row["type"], row["date_text"]) == ("protest", "lundi soir")


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Paul Hébert préside mercredi une réunion des préfets à Lyon.", "préside", "consult"),
    ("L'Organisation mondiale de la santé a rappelé jeudi à l'ordre les dirigeants africains.",
     "rappelé", "disapprove"),
    ("Le 30 juin 2009, l'avion de la compagnie Air Lyon s'était abîmé en mer.", "abîmé",
     "accident"),
    ("Le secrétaire d'État Paul Hébert a fourni mardi des chiffres sur les coûts.", "fourni",
     "public_statement"),
])
def test_a_verb_and_its_noun_type_the_act(nlp, text, trigger, kind):
    assert trigger_row(nlp, text, trigger, "2020-06-22")["type"] == kind
