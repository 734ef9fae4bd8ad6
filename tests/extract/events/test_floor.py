"""The floor: a resolved date no rule took still dates its clause, marked `basis: "clause"`.
Sentences written for each rule; the real mentions and dates layers run."""

from __future__ import annotations

from typing import Any

import pytest

from corpus_cli.extract import dates as date_layer
from corpus_cli.extract import mentions as mention_layer
from corpus_cli.extract.events import lexicon
from corpus_cli.extract.events.floor import floor_rows
from corpus_cli.extract.events.tree import _Mentions
from tests.rows_for_tests import layered, trigger_row, triggers
from tests.rows_for_tests import layered as rows


def test_a_date_no_rule_took_dates_its_clause_with_the_source_as_actor(nlp):
    found = rows(nlp, "Un colis a été déposé jeudi devant la mairie, selon Le Courrier du Nord.")
    row = next(row for row in found if row["date_text"] == "jeudi")
    assert row["basis"] == "clause"
    assert row["lemma"] == "déposer"
    assert row["actors"] == ["Le Courrier du Nord"]
    assert row["targets"] == []


def test_rule_rows_say_their_basis(nlp):
    found = rows(nlp, "Paul Hébert a rencontré Claire Vautrin mardi à Lyon.")
    assert found and all(row["basis"] == "rule" for row in found)


def test_no_floor_row_for_a_things_date_or_a_tally(nlp):
    found = rows(nlp, "La vidéo du 30 avril circule encore. Claire Vautrin est malade depuis "
                      "lundi.")
    assert not [row for row in found if row.get("basis") == "clause"]


def test_no_floor_row_for_the_date_of_an_adjective_standing_for_its_noun(nlp):
    # "aux municipales de 2020": the elections' year, no date of the clause
    found = rows(nlp, "Le porte-parole Paul Hébert pourrait partir afin de se concentrer sur "
                      "sa candidature aux municipales de 2020 à Lyon.")
    assert not [row for row in found if row["date_text"] == "2020"]


def test_no_floor_row_for_a_date_quoted_when_the_clause_is_outside(nlp):
    found = rows(nlp, "Paul Hébert a dit : \"nous verrons en 2030\".")
    assert not [row for row in found if row.get("basis") == "clause"
                and row["date_text"] == "en 2030"]


def floor_alone(nlp, text: str) -> list[dict[str, Any]]:
    """The floor's rows when no rule used any date of the text."""
    doc = nlp(text)
    mentions = mention_layer.extract_mentions(doc)
    return floor_rows(doc, date_layer.extract_dates(doc, "2021-03-10"), [],
                      _Mentions(doc, mentions), lexicon())


def test_no_floor_row_for_a_light_verb_alone(nlp):
    assert not floor_alone(nlp, "Selon Paul Hébert, il y a aujourd'hui une impasse à Lyon.")
    found = floor_alone(nlp, "Selon Paul Hébert, Claire Vautrin a quitté Lyon mardi.")
    assert [row["lemma"] for row in found] == ["quitter"]


def test_a_predicate_a_rule_dated_gets_no_second_row_from_another_date(nlp):
    found = rows(nlp, "Après l'incendie jeudi de l'usine chimique, le ministre de l'Économie "
                      "Paul Hébert a estimé dimanche sur une radio que la situation était grave.",
                 "2019-09-30")
    assert [row["date_text"] for row in found if row["trigger"] == "estimé"] == ["dimanche"]



def test_a_second_day_of_one_act_is_no_second_row(nlp):
    found = rows(nlp, "Le président Paul Hébert s'est rendu samedi et dimanche dans sa maison de "
                      "campagne, en Bretagne.", "2020-05-25")
    assert len([row for row in found if row["trigger"] == "rendu"]) == 1


def test_a_second_coordinated_date_of_a_floor_row_is_no_second_row(nlp):
    # no rule dates "interrogés": the floor does, once, by the first day
    found = rows(nlp, "Enquête réalisée auprès d'un échantillon de Belges interrogés par "
                      "internet les 12 et 13 mars 2021.", "2021-03-20")
    dated = [row for row in found if row["date"] is not None]
    assert [row["date_text"] for row in dated] == ["12"]


def test_dates_coordinated_each_with_its_own_phrase_are_two_rows_with_one_actor(nlp):
    found = rows(nlp, "Ce produit a servi dans les attentats commis par le groupe Delta à Lyon "
                      "le 13 novembre 2015 et à Genève en mars 2016.", "2018-07-02")
    first, second = (next(row for row in found if row["date_text"] == text)
                     for text in ("13 novembre 2015", "mars 2016"))
    assert first["trigger"] == second["trigger"]
    assert second["actors"] == first["actors"] == ["groupe Delta"]
    assert second["places"] == ["Genève"]


def test_a_described_subject_acts_in_a_floor_row_and_no_name_is_guessed(nlp):
    found = floor_alone(nlp, "Les enquêteurs ont épluché mardi les comptes de la société Alpha "
                             "Industries, a appris Le Courrier du Nord.")
    row = next(row for row in found if row["date_text"] == "mardi")
    assert row["actors"] == ["Les enquêteurs"]


def test_a_second_day_of_an_act_its_support_verb_carries_is_no_second_row(nlp):
    found = rows(nlp, "Le ministre Paul Hébert effectue jeudi et vendredi une visite à Lyon, "
                      "annoncent ses services.", "2021-03-10")
    assert [row["date_text"] for row in found if row["date"] is not None] == ["jeudi"]


def test_the_de_of_d_autres_before_a_date_makes_it_no_things_date(nlp):
    # the parse hangs "d'" of "d'autres" on the date: the date is still the verb's
    found = rows(nlp, "Ce Belge est soupçonné d'avoir tué deux passants et d'en avoir blessé "
                      "des dizaines d'autres le 4 mars à Lyon avec une voiture.")
    assert [row["lemma"] for row in found if row["date_text"] == "4 mars"] == ["blesser"]


def test_a_rule_row_naming_nobody_takes_the_acting_names_of_its_sentence(nlp):
    found = rows(nlp, "Emprisonné en Suisse, il était le coaccusé de Paul Hébert dans le "
                      "procès qui s'est tenu à Genève en février pour la fusillade avec des "
                      "douaniers le 3 mars 2019 à Lausanne.")
    row = next(row for row in found if row["trigger"] == "fusillade")
    assert row["actors"] == ["Paul Hébert"] and "Lausanne" in row["places"]
    assert row["basis"] == "clause"  # a guess to check, as the floor's
    found = rows(nlp, "Les pourparlers reprendront vendredi à Genève, selon la ministre "
                      "Claire Vautrin.")
    row = next(row for row in found if row["date_text"] == "vendredi")
    assert row["actors"] == [] and row["basis"] == "rule"  # who tells of it takes no part


def test_no_guessed_actor_held_by_another_row_or_for_a_background_act(nlp):
    found = rows(nlp, "Après l'incendie de jeudi à Rouen, Paul Hébert a promis une enquête.")
    fire = next(row for row in found if row["date_text"] == "jeudi")
    assert fire["actors"] == [] and fire["basis"] == "rule"
    found = rows(nlp, "Un traité a été signé mardi à Lyon, a annoncé la préfecture, avec la "
                      "participation de Claire Vautrin.")
    signed = next(row for row in found if row["date_text"] == "mardi")
    assert "préfecture" not in " ".join(signed["actors"])


@pytest.mark.parametrize(("text", "trigger", "date_text", "kind"), [
    ("La réunion du conseil a été reportée au 3 juin.", "réunion", "3 juin", "consult"),
    # the subject's own incise makes no incise of the main clause's compound tense
    ("Le procès, initialement prévu en janvier, avait été renvoyé au 13 mai, mais pourrait "
     "être de nouveau reporté.", "procès", "13 mai", "trial"),
])
def test_an_act_postponed_to_a_day_is_an_event_of_that_day(nlp, text, trigger, date_text,
                                                          kind) -> None:
    row = next(row for row in rows(nlp, text, "2020-03-20") if row["trigger"] == trigger)
    assert (row["date_text"], row["type"], row["status"]) == (date_text, kind, "planned")


def test_the_medium_of_an_act_is_no_performer_guessed(nlp):
    found = floor_alone(nlp, "Cette version a été démentie mardi soir sur Twitter.")
    assert not [row for row in found if "Twitter" in row["actors"]]


def test_a_typed_act_in_the_passive_with_no_agent_is_an_event_with_no_performer(nlp):
    found = floor_alone(nlp, "Le décret qui prévoit leur installation sera publié vendredi 15 "
                             "mai.")
    row = next(row for row in found if row["date_text"] == "vendredi 15 mai")
    assert (row["type"], row["actors"]) == ("publication", [])
    # an untyped one is not ("un fusil a été retrouvé samedi")
    found = floor_alone(nlp, "Un fusil a été retrouvé samedi à côté du corps.")
    assert not [row for row in found if row["date_text"] == "samedi"]


def test_a_date_the_model_tagged_as_a_name_takes_no_part(nlp):
    found = rows(nlp, "Est aussi évoquée la soirée de Saint-Valentin 2018 du couple.")
    assert not [row for row in found if any("Saint-Valentin" in name for name in row["actors"])]


def test_a_floor_row_takes_whom_its_subject_pronoun_stands_for(nlp):
    found = rows(nlp, "Le député Paul Hébert a critiqué la loi. Dimanche, il a récidivé, sur "
                      "Radio Sud.")
    row = next(row for row in found if row["date_text"] == "Dimanche")
    assert row["actors"] == ["Paul Hébert"]


def test_a_capitalised_word_the_tagger_read_as_a_verb_is_no_event(nlp):
    # "Inter" of a radio's name, read as a verb the date hangs on: the date is the saying's
    found = rows(nlp, "La guerre du futur se fera sur le net, prévient Paul Hébert sur France "
                      "Inter lundi matin.")
    assert [row["trigger"] for row in found if row["date_text"] == "lundi matin"] == [
        "prévient"]


@pytest.mark.parametrize("name", ["Parsons Green", "Villiers-Neuve"])
def test_the_name_of_a_place_s_noun_is_where_a_floor_row_happened_not_who(nlp, name):
    text = (f"Une explosion s'est produite, vendredi 15 septembre, en début de matinée, à la "
            f"station {name}, dans le sud-ouest de la ville.")
    found = [row for row in rows(nlp, text) if row["date_text"] == "vendredi 15 septembre"]
    assert found and all(name not in row["actors"] for row in found)
    assert all(name in row["places"] for row in found)


def test_a_postponement_in_the_passive_with_no_agent_is_an_event(nlp):
    # "reporter" is typed "other" (RULES.md §2) but known: the agentless passive still counts
    found = rows(nlp, "Prévu le 22 mars, le second tour a été reporté mardi en raison de la "
                      "crise sanitaire.")
    assert [(row["lemma"], row["type"]) for row in found if row["date_text"] == "mardi"] == [
        ("reporter", "other")]


@pytest.mark.parametrize(("text", "date_text", "lemmas"), [
    # the new date after a postponement's noun is the postponed act's, planned then
    ("Le tribunal de Lyon a ordonné le renvoi du procès de Paul Hébert au 13 mai.", "13 mai",
     ["procès"]),
    # ...never the date of the act that decides or proposes it
    ("Le ministre Paul Hébert vient de proposer le report du second tour des municipales à "
     "l'été.", "été", []),
])
def test_the_new_date_after_a_postponement_noun_is_the_postponed_act_s(nlp, text, date_text,
                                                                        lemmas):
    assert [row["lemma"] for row in rows(nlp, text, "2020-03-16")
            if row["date_text"] == date_text] == lemmas


def test_a_name_in_quoted_words_is_not_guessed_as_the_doer(nlp):
    found = rows(nlp, "\"La France a toujours été une terre d'immigration\", a affirmé lundi, "
                      "selon des participants, le président devant les députés.", "2019-09-16")
    assert not [row for row in found if "France" in row["actors"]]


def test_a_name_the_act_is_done_for_is_no_guessed_doer(nlp) -> None:
    found = rows(nlp, "Une prime de 200 euros sera versée le 15 mai prochain, pour les foyers "
                      "bénéficiant du RSA ou l'Allocation de rentrée scolaire.")
    assert [row["actors"] for row in found if row["date_text"] == "15 mai prochain"] in ([], [[]])


@pytest.mark.parametrize("text", [
    'Parce qu\'un "Noël sans neige n\'est pas un Noël", le maire Paul Hébert a pris un arrêté.',
    "Pour Claire Vautrin, la Toussaint reste la Toussaint.",
])
def test_a_word_of_a_date_is_no_act(nlp, text: str) -> None:
    found = rows(nlp, text)
    assert not [row for row in found if row["lemma"] in ("noël", "toussaint")]


def test_one_questioned_with_a_circumstance_after_the_topic_speaks_as_a_guest(nlp):
    found = rows(nlp, "De nouveau interrogé sur ce sujet ce jeudi 17 octobre à son arrivée à "
                      "Bruxelles pour un sommet, le chef de l'État a souligné l'unité.")
    row = next(row for row in found if row["date_text"] == "jeudi 17 octobre")
    assert (row["type"], row["actors"]) == ("public_statement", ["le chef de l'État"])


def test_an_untyped_predicate_dated_inside_its_own_quotation_is_no_event(nlp):
    found = rows(nlp, '"2022 sera la dernière année de cette taxe", a lâché Paul Hébert '
                      "mardi.")
    assert not [row for row in found if row["date_text"] == "2022"]
    # the saying is
    assert [row for row in found if row["date_text"] == "mardi"]


@pytest.mark.parametrize(("text", "date_text"), [
    ("Pour le reste du gouvernement, la facture s'élevait à 2,8 millions d'euros en 2015.",
     "2015"),
    ("En 2018, le ministre Paul Hébert a passé 555 heures à bord d'un avion.", "2018"),
    ("En mars, la dette de la société Ardoine a atteint 12 millions d'euros.", "mars"),
    # the amount the parse hangs on the date's word ("début")
    ("Le patrimoine du ministre Paul Hébert s'élevait début 2014 à 96.000 euros.",
     "début 2014"),
    # a crowd counted over the period, the digits read as determiners or not
    ("En 2018, 285 000 jeunes ont choisi cette formule à Lyon.", "2018"),
    ("En mars 2019, 36 500 employés du secteur privé ont quitté leur travail à Lyon.",
     "mars 2019"),
])
def test_an_untyped_verb_that_amounts_to_a_count_over_a_period_is_no_event(nlp, text,
                                                                            date_text):
    assert not [row for row in rows(nlp, text) if row["date_text"] == date_text]


@pytest.mark.parametrize(("text", "date_text"), [
    # a typed act with a count
    ("Le ministre Paul Hébert a signé deux accords en mars.", "mars"),
    # an untyped act with a count on a day
    ("Le ministre Paul Hébert a passé trois heures à Lyon mardi.", "mardi"),
    # a share or a few of things, no figure
    ("En avril, le député Paul Hébert s'est vu priver d'un quart de son indemnité.", "avril"),
    # a crowd on a day; a name a year follows
    ("Samedi, 2 000 personnes ont défilé à Lyon.", "Samedi"),
    ('Paul Hébert, "meilleur cuisinier" 2016, a créé cette année une bûche végétale.',
     "cette année"),
])
def test_an_act_with_a_count_stays(nlp, text, date_text):
    assert [row for row in rows(nlp, text) if row["date_text"] == date_text]


@pytest.mark.parametrize(("text", "date_text"), [
    # an untyped predicate, people named
    ('"Si nous cédons, demain ce sera la fin du système", a lancé Paul Hébert lundi.',
     "demain"),
    # a wish, in the subjunctive
    ('"J\'espère que demain, la société Ardoine soit reconnue en Europe", dit Paul Hébert.',
     "demain"),
])
def test_a_figure_of_speech_dated_by_demain_inside_its_quotation_is_no_event(nlp, text,
                                                                              date_text):
    assert not [row for row in rows(nlp, text) if row["date_text"] == date_text]


def test_a_typed_act_in_the_indicative_dated_by_demain_inside_a_quotation_stays(nlp):
    found = rows(nlp, '"Je rencontrerai demain le ministre Bruno Keller", a dit Paul Hébert.')
    assert [row for row in found if row["date_text"] == "demain"]


def test_a_typed_act_dated_inside_a_quotation_stays(nlp):
    found = rows(nlp, '"Nous avons signé un accord lundi", a déclaré Paul Hébert mardi.')
    assert [row for row in found if row["date_text"] == "lundi"]


@pytest.mark.parametrize(("text", "dated"), [
    # what was said is dated, not the saying
    ("Le président Paul Hébert a évoqué un second tour en octobre prochain.", False),
    # a statement planned keeps its day
    ("Le ministre Paul Hébert communiquera la semaine prochaine sur la réforme.", True),
])
def test_a_statement_made_takes_no_date_of_the_future(nlp, text, dated):
    row = next(row for row in rows(nlp, text) if row["type"] == "public_statement")
    assert (row["date_text"] is not None) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a span of years is what the words tell of, not the day they were said
    ("Un ancien assistant témoigne, lui, d'un emploi fictif 2004-2009, selon Paul Hébert.",
     False),
    # a span within one year may be the saying's own ("a dénoncé de juin à décembre")
    ("Paul Hébert a dénoncé de juin à décembre 2019 la réforme.", True),
])
def test_words_said_take_no_span_of_several_years(nlp, text, dated):
    row = next(row for row in rows(nlp, text) if row["type"] in ("public_statement",
                                                                 "disapprove"))
    assert (row["date_text"] is not None) == dated


def test_the_possessor_of_an_undergone_act_no_rule_took_is_its_target(nlp):
    found = rows(nlp, "La ministre Claire Vautrin ne semble pas avoir digéré les critiques, "
                      "depuis sa nomination en août 2014.", "2019-07-08")
    row = next(row for row in found if row["trigger"] == "nomination")
    assert (row["actors"], row["targets"]) == ([], ["Claire Vautrin"])


def test_the_guest_of_an_outlet_in_a_floor_row_speaks_and_the_outlet_does_not(nlp):
    # the parse hangs the copula and the subject on the date before "l'invité"
    found = rows(nlp, "Le procureur de la République était ce matin l'invité de Radio Nord à "
                      "la veille de l'ouverture du procès.", "2018-01-23")
    row = next(row for row in found if row["trigger"] == "invité")
    assert row["type"] == "public_statement"
    assert row["actors"] == ["Le procureur de la République"]


def test_the_outlet_of_an_incise_of_reporting_followed_by_a_relative_did_not_do_it(nlp):
    # ", révèle Le Journal du Nord, qui précise ...": the outlet reports the visit
    found = rows(nlp, "Trois fois moins de personnes pourront visiter le week-end prochain le "
                      "palais présidentiel, révèle Le Journal du Nord, qui précise qu'une "
                      "visite virtuelle sera mise en place.", "2019-09-12")
    row = next(row for row in found if row["trigger"] == "visiter")
    assert "Journal du Nord" not in " ".join(row["actors"])


def test_an_outlet_of_the_sentence_takes_no_part_in_an_act_it_tells_of(nlp):
    text = ("Le président s'est exprimé pour la première fois depuis les révélations du Monde au "
            "sujet du collaborateur, mis en examen pour des violences lors des manifestations du "
            "1er mai.")
    found = [row for row in rows(nlp, text, "2018-07-25") if row["date_text"] == "1er mai"]
    assert found and all("Monde" not in row["actors"] for row in found)


@pytest.mark.parametrize(("text", "actor"), [
    ("L'Australien a exprimé ses remords en février.", "L'Australien"),
    ("Le tribunal a appris que l'Australien avait exprimé ses remords, en février.",
     "l'Australien"),
])
def test_a_demonym_after_a_singular_article_is_one_person_who_acts(nlp, text, actor):
    # one person described, not the country, and no place
    row = trigger_row(nlp, text, "exprimé")
    assert row["actors"] == [actor] and row["places"] == []


def test_a_name_of_an_address_is_where_not_who(nlp):
    rows = layered(nlp, "Les soldats prendront part mardi à la cérémonie organisée cette année "
                        "place de la Concorde, à l'occasion de la fête nationale.")
    assert not [row for row in rows if "Concorde" in row["actors"]]


def test_the_date_of_a_bare_role_opening_the_sentence_is_the_description_s(nlp):
    found = rows(nlp, "Ancienne ministre de la Santé en 2016, Claire Vautrin a expliqué "
                      "qu'elle se présenterait.", "2020-07-16")
    assert [row["date_text"] for row in found if row["trigger"] == "expliqué"] in ([], [None])
    # the role one is named to is the naming's time, counted people a tally's
    found = rows(nlp, "Nommée ministre des Armées en 2017, Claire Vautrin avait dû partir. La "
                      "police a arrêté 940 personnes en 2019.", "2020-07-16")
    assert [(row["trigger"], row["date_text"]) for row in found] == [("Nommée", "2017"),
                                                                      ("arrêté", "2019")]


def test_the_antecedent_of_dont_undergoes_its_act_as_a_possessor_would(nlp):
    trial = trigger_row(nlp, "Paul Hébert, dont le procès s'est ouvert mardi à Lyon, a demandé "
                             "son acquittement.", "procès", "2020-08-25")
    assert (trial["actors"], trial["targets"]) == ([], ["Paul Hébert"])
    assert trigger_row(nlp, "Paul Hébert, dont la visite a eu lieu lundi à Lyon, est reparti.",
                       "visite", "2020-08-25")["actors"] == ["Paul Hébert"]


def test_a_caption_s_date_is_no_act(nlp):
    assert "Mercredi" not in triggers(nlp, "Le texte a été adopté. - Mercredi 15 juillet "
                                           "2020par Assemblée nationale", "2020-07-16")


def test_a_cleft_s_date_dates_the_clause_it_focuses(nlp):
    assert triggers(nlp, "C'est ce 11 mai qu'était censé entrer en vigueur l'arrêté du maire "
                         "Paul Hébert.", "2021-03-10", "11 mai") == ["entrer"]
    # no cleft: the row the parse made of the date's word stays, with its people
    assert triggers(nlp, "La ministre Claire Vautrin sera jeudi au Liban, qui attend aussi la "
                         "venue d'un émissaire.", "2020-08-13", "jeudi") == ["jeudi"]


def test_the_guest_of_a_participle_after_an_incise_is_its_inverted_subject(nlp):
    from corpus_cli.extract.events.floor import _guest

    doc = nlp('"Le parti nous a tirés vers le bas", a analysé le sénateur PS, invité sur France '
              "Inter lundi matin, en évoquant l'alliance entre Paul Girard et Marc Rivière.")
    participle = next(t for t in doc if t.text == "invité")
    assert _guest(participle) == "le sénateur PS"
