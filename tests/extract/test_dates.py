"""Date rows of a parsed document: offsets, direction from the clause tense, attachment.

The text-only grammar and its regression cases are tested in tests/dates/.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corpus_cli.dates.grammar.find import find_expressions
from corpus_cli.extract.date_attachment import _verb_before_commas, attachment
from corpus_cli.extract.dates import extract_dates
from corpus_cli.extract.tense import clause_tense

ROW_FIELDS = {"start", "end", "text", "kind", "value", "granularity", "mod", "start_date",
              "end_date", "anchor", "tense", "attached_to", "attached_start", "sentence", "rule"}


def test_offsets_point_into_the_text() -> None:
    text = "Le ministre est arrivé hier.\n\nIl repartira le 20 décembre 2016 à 9h."
    for expression in find_expressions(text):
        assert text[expression.start:expression.end] == expression.text


def test_no_expression_bridges_a_masked_region() -> None:
    masked = "le 15" + " " * 40 + "décembre 2016"
    assert [e.text for e in find_expressions(masked)] == ["décembre 2016"]


# --- the parse: tense pairs, attachment, rows ---------------------------------------------------

TENSE_PAIRS = [
    # (past sentence, its value, future sentence, its value); reference Thursday 2016-12-15
    ("Le ministre s'est rendu lundi à Alger.", "2016-12-12",
     "Le ministre se rendra lundi à Alger.", "2016-12-19"),
    ("La réunion a eu lieu en mars.", "2016-03", "La réunion aura lieu en mars.", "2017-03"),
    ("Le président a inauguré le pont le 10 janvier.", "2016-01-10",
     "Le président inaugurera le pont le 10 janvier.", "2017-01-10"),
    ("Les élections avaient été organisées en juin.", "2016-06",
     "Les élections seront organisées en juin.", "2017-06"),
    ("Il est arrivé samedi.", "2016-12-10", "Il arrivera samedi.", "2016-12-17"),
    ("Le texte a été voté mardi.", "2016-12-13", "Le texte va être voté mardi.", "2016-12-20"),
    ("L'accord fut signé le 3 mars.", "2016-03-03",
     "L'accord devrait être signé le 3 mars.", "2017-03-03"),
    ("Les travaux ont commencé au printemps.", "2016-SP",
     "Les travaux commenceront au printemps.", "2017-SP"),
    ("Le ministre a quitté Lyon dimanche.", "2016-12-11",
     "Le ministre quittera Lyon dimanche.", "2016-12-18"),
    ("Il avait annoncé sa candidature le 20 décembre.", "2015-12-20",
     "Il annoncera sa candidature le 20 décembre.", "2016-12-20"),
    ("La loi est entrée en vigueur le 1er janvier.", "2016-01-01",
     "La loi entrera en vigueur le 1er janvier.", "2017-01-01"),
    ("La conférence s'est déroulée le 5 janvier.", "2016-01-05",
     "La conférence est prévue le 5 janvier.", "2017-01-05"),
    ("Le ministre était à Lyon lundi.", "2016-12-12",
     "Le ministre est attendu lundi à Lyon.", "2016-12-19"),
    ("Les négociations ont repris début janvier.", "2016-01",
     "Les négociations reprendront début janvier.", "2017-01"),
    ("Les résultats ont été publiés en novembre.", "2016-11",
     "Les résultats seront publiés en novembre.", "2017-11"),
    ("Il est parti mercredi pour Tunis.", "2016-12-14",
     "Il partira mercredi pour Tunis.", "2016-12-21"),
    ("Le gouvernement a adopté le budget en février.", "2016-02",
     "Le gouvernement prévoit d'adopter le budget en février.", "2017-02"),
    ("Des tensions sont apparues lundi à Rome.", "2016-12-12",
     "Des tensions apparaîtront lundi à Rome.", "2016-12-19"),
    ("Le match s'est joué vendredi soir.", "2016-12-09",
     "Le match se jouera vendredi soir.", "2016-12-16"),
    ("Le roi mourut en mai.", "2016-05", "Le roi doit se rendre en mai à Paris.", "2017-05"),
    ("Le festival a accueilli ses premiers visiteurs en septembre.", "2016-09",
     "Le festival se tiendrait en septembre selon les organisateurs.", "2017-09"),
]


def first_date(nlp, text: str, reference: str | None = "2016-12-15") -> dict:
    rows = [r for r in extract_dates(nlp(text), reference) if r["kind"] == "date"]
    assert rows, text
    return rows[0]


@pytest.mark.parametrize(("past", "past_value", "future", "future_value"), TENSE_PAIRS,
                         ids=[p[0][:30] for p in TENSE_PAIRS])
def test_tense_pair_sets_the_direction(nlp, past, past_value, future, future_value) -> None:
    before, after = first_date(nlp, past), first_date(nlp, future)
    assert (before["value"], before["tense"]) == (past_value, "past")
    assert (after["value"], after["tense"]) == (future_value, "future")


@pytest.mark.parametrize(("text", "value"), [
    # a plan told in the imperfect may have passed: the nearest day, either way
    ("La nouvelle équipe devait rejoindre le navire début avril.", "2020-04"),
    ("La ministre devait se rendre à Porto le 3 juillet.", "2020-07-03"),
])
def test_a_plan_in_the_imperfect_is_read_to_the_nearest(nlp, text, value) -> None:
    assert first_date(nlp, text, "2020-06-10")["value"] == value


def test_a_limit_a_past_act_sets_is_read_to_the_nearest(nlp) -> None:
    rows = extract_dates(nlp("Sept syndicats ont lancé un appel à la grève à partir de mercredi "
                             "26 juin et jusqu'au 31 août."), "2019-06-20")
    assert [r["value"] for r in rows] == ["2019-06-26", "2019-08-31"]


@pytest.mark.parametrize("text", [
    "Le gouvernement a opté pour un déconfinement progressif à partir du 11 mai.",
    "Alors qu'il a annoncé, pour le 11 mai, la réouverture des écoles, le moral reste bas.",
])
def test_a_start_or_a_target_a_past_act_sets_is_read_to_the_nearest(nlp, text) -> None:
    rows = extract_dates(nlp(text), "2020-04-15")
    assert next(r for r in rows if r["text"] == "11 mai")["value"] == "2020-05-11"


def test_a_start_with_des_in_a_past_clause_stays_behind(nlp) -> None:
    text = "Paul Hébert s'était quant à lui lancé dès le 27 novembre dans la course."
    assert extract_dates(nlp(text), "2017-09-20")[0]["value"] == "2016-11-27"


def test_rows_have_exactly_the_contract_fields(nlp) -> None:
    text = "Le ministre a signé l'accord jeudi. Il reviendra dans deux semaines pour trois jours."
    rows = extract_dates(nlp(text), "2016-12-15")
    assert [r["text"] for r in rows] == ["jeudi", "dans deux semaines", "trois jours"]
    for row in rows:
        assert set(row) == ROW_FIELDS
        assert text[row["start"]:row["end"]] == row["text"]
        assert row["attached_start"] is None or text[row["attached_start"]:].startswith(
            row["attached_to"])
    assert (rows[0]["attached_to"], rows[0]["anchor"], rows[0]["sentence"]) == (
        "signé", "document", "Le ministre a signé l'accord jeudi.")
    assert rows[2]["kind"] == "duration" and rows[2]["anchor"] is None


def test_a_date_complementing_an_event_noun_is_attached_to_it(nlp) -> None:
    row = first_date(nlp, "La visite du 15 décembre a été annulée.")
    assert row["attached_to"] == "visite"


@pytest.mark.parametrize(("text", "word"), [
    # a date in a phrase "après" opens at the sentence's start is that phrase's act's
    ("Après le suicide d'une directrice d'école à Pantin le 23 septembre dernier, le ministre "
     "s'est dit prêt à discuter.", "suicide"),
    ("Après la colère de la ministre contre le député Paul Morel mardi soir, la séance de "
     "mercredi a été marquée par une dispute.", "colère"),
    # not "quelques minutes après": the main act shares the day
    ("Quelques minutes après la démission du ministre, mardi après-midi, le journal a publié "
     "un article.", "publié"),
])
def test_a_date_in_a_phrase_apres_opens_dates_that_phrase(nlp, text, word) -> None:
    assert first_date(nlp, text)["attached_to"] == word


def test_a_date_right_after_an_act_noun_the_parse_hung_on_another_noun_is_that_acts(nlp):
    # "plus tôt" hung on "victimes": the explosion's time, not the postponement's
    text = ("Le tribunal avait reporté le verdict \"par respect pour les victimes\" de "
            "l'explosion dévastatrice trois jours plus tôt au port de Lorient.")
    assert first_date(nlp, text)["attached_to"] == "explosion"


@pytest.mark.parametrize(("text", "verb"), [
    ("Les 15 et 22 mars, les électeurs devront élire leurs conseillers municipaux.", "élire"),
    ("Lundi, la ministre Claire Vautrin pourra en dire davantage sur la réforme.", "dire"),
    ("Mardi, les députés vont voter le texte.", "voter"),
    ("Jeudi, le président Paul Hébert devrait pouvoir se rendre à Berlin.", "rendre"),
])
def test_a_date_on_a_modal_verb_dates_the_infinitive_it_governs(nlp, text: str,
                                                                 verb: str) -> None:
    assert first_date(nlp, text, "2020-03-05")["attached_to"] == verb


@pytest.mark.parametrize(("text", "verb"), [
    ("La police a interpellé un homme dans la soirée du mardi 26 mai.", "interpellé"),
    ("Le préfet a parlé lors de la matinée du 3 mars.", "parlé"),
    ("Le conseil a voté au début de la semaine du 3 mars.", "voté"),
])
def test_a_date_under_a_part_of_the_day_is_attached_above_it(nlp, text: str, verb: str) -> None:
    assert first_date(nlp, text, "2020-05-27")["attached_to"] == verb


def test_a_date_right_after_a_participle_hung_on_its_noun_dates_the_participle(nlp) -> None:
    row = first_date(nlp, "Le journal soutient son propriétaire Paul Hébert, arrêté lundi lors "
                          "d'une opération de police.", "2020-08-12")
    assert row["attached_to"] == "arrêté"


@pytest.mark.parametrize(("text", "date", "attached"), [
    # the "de" date right after a noun is the noun's, whatever verb the parse hung it on
    ("Le Conseil d'État avait estimé en juin que l'arrêté de 2017 réglementant la chasse ne "
     "protégeait pas les riverains.", "2017", "arrêté"),
    # a noun of time is the date's own words
    ("Le procès a été renvoyé au mois de juin.", "juin", "renvoyé"),
])
def test_a_date_after_a_noun_and_de_is_the_nouns(nlp, text: str, date: str,
                                                 attached: str) -> None:
    row = next(r for r in extract_dates(nlp(text), "2020-01-08") if date in r["text"])
    assert row["attached_to"] == attached


def test_a_date_right_after_the_noun_of_an_act_in_a_phrase_dates_that_act(nlp) -> None:
    row = first_date(nlp, "Après l'incendie jeudi de l'usine, le ministre Paul Hébert a estimé "
                          "dimanche que la situation était grave.", "2021-03-10")
    assert (row["text"], row["attached_to"]) == ("jeudi", "incendie")


@pytest.mark.parametrize(("text", "attached"), [
    ("Le maire a réagi à l'attaque au couteau vendredi à Lyon.", "attaque"),
    # the verb's object is signed that day, whatever completes it
    ("Le maire a condamné l'attaque au couteau vendredi.", "condamné"),
    # a visit's day is that of what is done there; a noun made of two is a thing's name
    ("En visite à Lyon vendredi, le maire a critiqué le projet.", "critiqué"),
    ("Les sénateurs vont voter contre la proposition de loi mercredi.", "voter"),
    ("Les syndicats lancent une opération de blocage des routes samedi.", "lancent"),
])
def test_a_date_after_the_complement_of_an_act_s_noun_dates_that_act(nlp, text,
                                                                      attached) -> None:
    assert first_date(nlp, text, "2020-09-27")["attached_to"] == attached


def test_a_date_after_an_act_and_the_name_whose_act_it_is_dates_that_act(nlp) -> None:
    row = first_date(nlp, "Paul Hébert fait référence aux déclarations de Jeanne Moravec mardi "
                          "5 novembre concernant la création d'une armée.", "2018-11-10")
    assert (row["text"], row["attached_to"]) == ("mardi 5 novembre", "déclarations")


@pytest.mark.parametrize(("text", "attached"), [
    ("Paul Hébert a parlé lors du sommet de Rome en mars 2019.", "parlé"),
    # a "de" complement is the occasion's own day
    ("Le texte a été défendu lors de sa déclaration du 12 juillet.", "déclaration"),
])
def test_a_time_phrase_after_an_occasion_dates_the_act_done_then(nlp, text, attached) -> None:
    assert first_date(nlp, text, "2020-05-10")["attached_to"] == attached


def test_a_date_in_a_relative_clause_below_an_announced_act_is_not_the_act_s(nlp) -> None:
    # "décider de la poursuite" speaks of an act to come; the round of March is past
    row = first_date(nlp, "Le rapport, sur lequel la ministre va s'appuyer pour décider de la "
                          "poursuite du scrutin pour les villes où le premier tour le 15 mars "
                          "n'avait pas été décisif, était attendu avant le 23 mai.", "2020-05-18")
    assert (row["text"], row["value"]) == ("15 mars", "2020-03-15")


def test_a_year_less_date_with_no_tense_takes_the_year_nearest_its_sentence_s_date(nlp):
    rows = extract_dates(nlp("Paul Hébert voyage avec un passeport renouvelé le 24 mai, après "
                             "sa mise à pied liée aux violences du 1er mai."), "2018-12-28")
    assert [(r["text"], r["value"]) for r in rows] == [("24 mai", "2018-05-24"),
                                                       ("1er mai", "2018-05-01")]


@pytest.mark.parametrize(("text", "hour"), [
    ("À 19 heures mardi à Lyon, le maire aurait grillé un feu rouge.", "2018-08-28T19:00"),
    ("Le vote aura lieu à 8h le 3 septembre.", "2018-09-03T08:00"),
])
def test_an_hour_written_before_its_day_is_that_day_s(nlp, text: str, hour: str) -> None:
    assert extract_dates(nlp(text), "2018-08-29")[0]["value"] == hour


def test_a_verb_the_parse_makes_an_auxiliary_of_the_date_gives_its_tense(nlp) -> None:
    # the parse reads "frapperont" as an auxiliary of "début"
    row = first_date(nlp, "Il a lancé en conférence de presse alors qu'une série de sanctions "
                          "américaines frapperont début novembre le secteur pétrolier.",
                     "2018-09-25")
    assert (row["text"], row["value"]) == ("début novembre", "2018-11")


def test_a_name_s_word_read_as_a_verb_gives_no_tense(nlp) -> None:
    # the parse reads "Covid-19" as an infinitive governing the month: the pluperfect above it
    # places the month in the past
    row = first_date(nlp, "Une enquête avait découvert a posteriori un premier cas de Covid-19 "
                          "dans l'Oise dès la deuxième semaine de janvier.", "2020-09-23")
    assert (row["text"], row["value"]) == ("janvier", "2020-01")


@pytest.mark.parametrize(("text", "value"), [
    # a day written as an event's name: its year is not the day of writing's to give
    ("Il a renoncé à se faire exploser le 13-Novembre.", "XXXX-11-13"),
    # a holiday written so comes back every year: the nearest
    ("Le défilé du 14-Juillet a été annulé.", "2018-07-14"),
    # the document wrote the day with its year before
    ("Le 13 novembre 2015, des attentats ont frappé Paris. Depuis le 13-Novembre, tout a "
     "changé.", "2015-11-13"),
])
def test_a_day_written_as_an_event_s_name_has_no_year_of_its_own(nlp, text, value) -> None:
    rows = extract_dates(nlp(text), "2018-06-28")
    assert rows[-1]["value"] == value


def test_a_year_less_month_takes_the_year_its_sentence_writes(nlp) -> None:
    rows = extract_dates(nlp("L'année 2018 avait marqué une baisse, mais avait été marquée par "
                             "la fusillade de Lyon en octobre, qui avait fait 11 morts."),
                         "2020-05-12")
    assert [(r["text"], r["value"]) for r in rows] == [("L'année 2018", "2018"),
                                                       ("octobre", "2018-10")]


def test_a_year_a_participle_gives_a_noun_is_not_its_sentence_s_year(nlp) -> None:
    rows = extract_dates(nlp("La présentation du plan, issu d'une concertation lancée en grande "
                             "pompe fin 2017, devait initialement avoir lieu le 10 juillet."),
                         "2018-07-05")
    assert rows[-1]["value"] == "2018-07-10"


def test_the_years_of_a_fronted_participle_tell_who_not_the_sentence_s_year(nlp) -> None:
    # "Élu en 2010, réélu en 2015, X": who X is; the months of X's acts are the story's, and
    # "avant de" under an infinitive of a past clause is past too
    rows = extract_dates(nlp("Élu en 2010, réélu en 2015, M. Hébert, 78 ans, avait annoncé en "
                             "mars qu'il renonçait à briguer un troisième mandat, avant de "
                             "changer d'avis en août."), "2020-09-21")
    assert [(r["text"], r["value"]) for r in rows if r["rule"] == "month"] == [
        ("mars", "2020-03"), ("août", "2020-08")]


def test_a_day_of_a_month_called_for_in_the_past_or_bounding_a_former_plan_is_nearest(nlp):
    rows = extract_dates(nlp("Initialement prévue jusqu'au 6 mai, la mesure avait été prolongée "
                             "mais le reflux a incité le gouvernement à lever l'état d'urgence, "
                             "le 14 mai, dans 39 préfectures."), "2020-05-25")
    assert [(r["text"], r["value"]) for r in rows] == [("6 mai", "2020-05-06"),
                                                       ("14 mai", "2020-05-14")]


def test_a_limit_in_a_present_clause_is_still_ahead(nlp) -> None:
    row = first_date(nlp, "Les inscriptions sont ouvertes jusqu'au 30 avril.", "2020-05-25")
    assert row["value"] == "2021-04-30"


def test_a_date_the_parse_makes_the_root_dates_the_verb_hung_under_it(nlp) -> None:
    # an inverted question, parsed with "31" as the root and "sortira" under it
    row = first_date(nlp, "Le Royaume-Uni sortira-t-il de l'Union européenne le 31 octobre "
                          "prochain ?", "2019-10-20")
    assert (row["attached_to"], row["value"]) == ("sortira", "2019-10-31")


def test_reported_speech_takes_the_tense_of_its_own_clause(nlp) -> None:
    rows = extract_dates(nlp("Le ministre a déclaré jeudi que l'accord serait signé lundi."),
                         "2016-12-15")
    assert [(r["text"], r["value"], r["tense"]) for r in rows] == [
        ("jeudi", "2016-12-15", "past"), ("lundi", "2016-12-19", "future")]


def test_the_next_day_counts_from_the_previous_date(nlp) -> None:
    rows = extract_dates(nlp("Il est arrivé le 3 mars 2015 à Paris. Le lendemain, il a "
                             "rencontré le ministre. Trois jours plus tard, il est reparti."),
                         "2016-12-15")
    assert [(r["value"], r["anchor"]) for r in rows] == [
        ("2015-03-03", "absolute"), ("2015-03-04", "previous"), ("2015-03-07", "previous")]


def test_a_shift_after_a_clause_counts_from_that_clause_s_act_not_the_last_date(nlp) -> None:
    rows = extract_dates(nlp("Le 15 mai, la ministre Ana Ribeiro a parlé aux élus. Elle a "
                             "démissionné six jours après que le Sénat a rejeté sa loi."),
                         "2021-05-20")
    assert [(r["text"], r["value"]) for r in rows] == [
        ("15 mai", "2021-05-15"), ("six jours après que", "P6D")]


@pytest.mark.parametrize(("text", "value", "verb"), [
    ("Jeudi, ce sont des riverains de la rocade qui ont bloqué la route.", "2019-07-25",
     "bloqué"),
    ("Mardi, c'est le syndicat qui organisera la marche.", "2019-07-30", "organisera"),
])
def test_a_cleft_sentence_s_date_takes_the_relative_clause_s_tense(nlp, text, value,
                                                                   verb) -> None:
    doc = nlp(text)
    row = first_date(nlp, text, "2019-07-29")
    assert row["value"] == value
    assert attachment(doc.char_span(row["start"], row["end"])).text == verb


def test_a_date_under_a_part_of_its_day_takes_the_clause_s_tense(nlp) -> None:
    # "le soir du 14 juillet" is a time, not a noun the date complements: no nearest reading
    row = first_date(nlp, "Le forcené a blessé trois passants le soir du 14 juillet.",
                     "2019-06-04")
    assert row["value"] == "2018-07-14"


def test_a_later_sentence_counts_from_the_main_verb_s_date_not_a_noun_s(nlp) -> None:
    rows = extract_dates(nlp("Le 10 mars, la ministre Ana Ribeiro annonce la fin à partir du "
                             "2 avril de la taxe, en vigueur depuis fin janvier. Les patrons "
                             "applaudissent. Quatre jours plus tard, le Sénat vote contre."),
                         "2021-05-12")
    assert (rows[-1]["text"], rows[-1]["value"]) == ("Quatre jours plus tard", "2021-03-14")


def test_an_hour_after_a_night_counts_from_its_second_day(nlp) -> None:
    rows = extract_dates(nlp("Deux passants, dans la nuit de samedi 4 à dimanche 5 août, sont "
                             "intervenus. Ils étaient sur le chemin du retour, vers 4h du "
                             "matin."), "2018-08-07")
    assert rows[-1]["value"] == "2018-08-05T04:00"


def test_a_night_from_one_dated_weekday_to_the_next_is_one_span(nlp) -> None:
    rows = extract_dates(nlp("L'opération a été menée dans la nuit de jeudi 9 à vendredi 10 mai "
                             "près de Lyon."), "2019-05-12")
    assert [(r["text"], r["value"]) for r in rows] == [
        ("de jeudi 9 à vendredi 10 mai", "2019-05-09/2019-05-10")]


def test_a_count_from_one_number_to_another_is_no_span(nlp) -> None:
    rows = extract_dates(nlp("Le taux est passé de 5 à 6 pour cent en mai."), "2019-05-12")
    assert [r["text"] for r in rows] == ["mai"]


def test_the_eve_of_an_event_is_not_counted_from_a_date_of_a_noun_apposed_to_it(nlp) -> None:
    rows = extract_dates(nlp("Le procureur était l'invité de Radio Nord à la veille de "
                             "l'ouverture du procès de Paul Morvan, premier procès lié aux "
                             "attentats du 13 novembre 2015."), "2018-01-23")
    eve = next(r for r in rows if r["text"].startswith("à la veille"))
    assert eve["value"] != "2015-11-12"


def test_a_date_in_parentheses_after_the_event_counts_from_it(nlp) -> None:
    rows = extract_dates(nlp("Ils sont les premiers à signer un accord, plus de 20 ans après la "
                             "Vernanie (1994)."), "2020-09-15")
    assert any(r["value"] == "2014" for r in rows)


def test_the_date_of_an_event_s_name_tells_no_story_s_year(nlp) -> None:
    # "les attentats du 13 novembre 2015" names the attacks; the story is the writing's year
    rows = extract_dates(nlp("Trois ans après les attentats du 13 novembre 2015, la radio révèle "
                             "que le détenu a parlé. Début septembre, il a insulté ses gardiens."),
                         "2018-11-13")
    assert rows[-1]["value"] == "2018-09"


def test_a_date_after_a_comma_past_an_event_s_noun_is_the_story_s_day(nlp) -> None:
    rows = extract_dates(nlp("La lettre sera rendue publique au lendemain du décès, le 2 avril "
                             "1974. Le jour des obsèques, le 6 avril, les chefs d'Etat se "
                             "rassemblent."), "2019-09-27")
    assert rows[-1]["value"] == "1974-04-06"


def test_a_week_after_an_event_is_not_counted_from_the_start_of_a_state_under_it(nlp) -> None:
    # "depuis 2015" opens the threat, it dates no attack
    rows = extract_dates(nlp("Pâques va se dérouler une semaine après les attentats dans l'Aude "
                             "qui ont réveillé la menace qui pèse sur la France depuis 2015."),
                         "2018-03-30")
    week = next(r for r in rows if r["text"].startswith("une semaine après"))
    assert week["value"] != "2015"


@pytest.mark.parametrize(("text", "value"), [
    # a part of the day told with a weekday, before or after it, is that weekday's
    ("Dès le début de soirée samedi, la députée a publié un message.", "2018-02-24"),
    ("Samedi en fin de matinée, la députée a publié un message.", "2018-02-24"),
    # a weekday with its day of the month keeps it
    ("Elle est arrivée en fin d'après-midi ce mercredi 21 février à Lyon.", "2018-02-21"),
])
def test_a_part_of_the_day_told_with_a_weekday_is_that_weekday_s(nlp, text, value) -> None:
    assert [r["value"] for r in extract_dates(nlp(text), "2018-02-25")] == [value]


def test_some_hours_later_is_the_day_told_before(nlp) -> None:
    rows = extract_dates(nlp("Le 3 mars 2015, une voiture a foncé sur la foule à Lyon. "
                             "Quelques heures plus tard, une autre attaque a eu lieu à Vienne. "
                             "Quelques jours plus tard, un suspect a été arrêté."), "2016-12-15")
    assert [(r["text"], r["value"]) for r in rows][:2] == [
        ("3 mars 2015", "2015-03-03"), ("Quelques heures plus tard", "2015-03-03")]
    assert rows[1]["granularity"] == "day" and rows[1]["anchor"] == "previous"
    assert rows[2]["start_date"] is None  # some days: no day to tell


def test_a_year_less_date_after_a_dated_sentence_takes_its_year(nlp) -> None:
    rows = extract_dates(nlp("Le 3 mars 2015, il a été élu. Le 5 avril, il a démissionné."),
                         "2016-12-15")
    assert [(r["value"], r["anchor"]) for r in rows] == [
        ("2015-03-03", "absolute"), ("2015-04-05", "previous")]


def test_without_reference_deictic_expressions_are_found_unresolved(nlp) -> None:
    rows = extract_dates(nlp("Il est arrivé hier, le 3 mars 2015."), None)
    assert [(r["text"], r["value"], r["anchor"]) for r in rows] == [
        ("hier", None, "document"), ("3 mars 2015", "2015-03-03", "absolute")]


def test_event_relative_row_names_the_event_inside_its_span(nlp) -> None:
    text = "Deux mois avant la visite, le ministre avait démissionné."
    row = first_date(nlp, text)
    assert (row["value"], row["mod"], row["anchor"]) == ("P2M", "BEFORE", "event")
    assert "visite" in text[row["start"]:row["end"]]


def test_an_event_dated_in_the_text_dates_the_relative_expression(nlp) -> None:
    rows = extract_dates(nlp("Il avait démissionné deux mois avant la visite du 15 décembre."),
                         "2016-12-15")
    assert [(r["value"], r["granularity"], r["anchor"], r["rule"]) for r in rows] == [
        ("2016-10", "month", "event", "relative+event"),
        ("2016-12-15", "day", "document", "textual")]


def event_rows(nlp, text: str, reference: str = "2019-09-02") -> list[tuple]:
    return [(r["text"], r["value"], r["anchor"]) for r in extract_dates(nlp(text), reference)
            if r["anchor"] == "event"]


@pytest.mark.parametrize(("text", "expected"), [
    # the event dated before, under its noun; a range counts from its first or last day
    ("Le sommet de Varenne, du 24 au 26 août, a réuni douze pays. À la veille du sommet, "
     "le ministre Paul Ardent avait dénoncé l'accord.", ("À la veille du sommet", "2019-08-23")),
    ("Le sommet de Varenne, du 24 au 26 août, a réuni douze pays. Au lendemain du sommet, "
     "le ministre Paul Ardent a démissionné.", ("Au lendemain du sommet", "2019-08-27")),
    # the subject of a verb of taking place, dated after the expression
    ("Deux jours après l'élection, le maire Jean Tolbiac a démissionné. L'élection s'est "
     "tenue le 5 mai.", ("Deux jours après l'élection", "2019-05-07")),
    ("Au lendemain de l'attentat, la ministre a démissionné. L'attentat a eu lieu le 12 mars "
     "dans le centre de Varenne.", ("Au lendemain de l'attentat", "2019-03-13")),
    # a verb of the event noun's type tells that act
    ("Le ministre Paul Ardent a démissionné lundi 3 juin. Au lendemain de sa démission, la "
     "porte-parole a affirmé que la réforme demeurait.", ("Au lendemain de sa démission",
                                                          "2019-06-04")),
    ("Le général a été tué vendredi 3 mai par une frappe. Au lendemain de cet assassinat, le "
     "président a menacé de riposter.", ("Au lendemain de cet assassinat", "2019-05-04")),
])
def test_an_event_dated_elsewhere_dates_the_relative_expression(nlp, text, expected) -> None:
    assert event_rows(nlp, text) == [(*expected, "event")]


def test_a_name_dated_in_its_own_phrase_dates_the_relative_expression(nlp) -> None:
    text = ("Le G9 de Varenne, du 24 au 26 août, a réuni douze pays. À la veille du G9, le "
            "ministre Paul Ardent avait dénoncé l'accord.")
    assert event_rows(nlp, text) == [("À la veille du G9", "2019-08-23", "event")]


def test_a_date_under_a_part_of_the_event_phrase_dates_the_relative_expression(nlp) -> None:
    # the date hangs on "pays", a noun of the summit's phrase
    text = ("Le sommet des pays de l'Arctique du 24 au 26 août a réuni douze délégations. À la "
            "veille du sommet, le ministre Paul Ardent avait dénoncé l'accord.")
    assert event_rows(nlp, text) == [("À la veille du sommet", "2019-08-23", "event")]


@pytest.mark.parametrize("text", [
    # two visits, two dates: no guess
    "La visite du 3 mai et la visite du 9 juin ont été annulées. La veille de la visite, le "
    "maire a démissionné.",
    # the date of another thing ("l'accord"), not of the summit
    "L'accord a été signé le 3 mai. À la veille du sommet, le ministre a démissionné.",
    # two meetings on two days: no guess by type
    "Le ministre a rencontré le maire le 3 mai. Il a reçu le préfet le 7 mai. La veille de sa "
    "visite, il a appelé le roi.",
    # a saying is too common an act to be found by its type
    "Le ministre a déclaré le 3 mai qu'il partirait. La veille de sa déclaration, il a appelé "
    "le roi.",
])
def test_an_event_not_dated_once_leaves_the_expression_unresolved(nlp, text) -> None:
    assert [value for _, value, _ in event_rows(nlp, text)] == ["P1D"]


def test_a_date_set_beside_its_noun_dates_the_relative_expression(nlp) -> None:
    # "le premier tour le 8 juin": the date complements "tour" with no preposition
    text = ("Le premier tour le 8 juin a été marqué par l'abstention. Au lendemain du tour, le "
            "maire Jean Tolbiac a démissionné.")
    assert event_rows(nlp, text, "2021-07-01") == [("Au lendemain du tour", "2021-06-09", "event")]


def test_an_ordinal_alone_stands_for_the_noun_another_ordinal_qualifies(nlp) -> None:
    text = ("Le premier tour le 8 juin a été marqué par l'abstention. Le second tour a été "
            "reporté au lendemain du premier en raison de la crise.")
    assert event_rows(nlp, text, "2021-07-01") == [
        ("au lendemain du premier", "2021-06-09", "event")]


def test_an_ordinal_alone_needs_its_own_ordinal_dated(nlp) -> None:
    # the second round is dated, not the first
    text = ("Le second tour le 22 juin a été annulé. Le troisième tour aura lieu au lendemain "
            "du premier.")
    assert [value for _, value, _ in event_rows(nlp, text, "2021-07-01")] == ["P1D"]


@pytest.mark.parametrize(("text", "reference", "date", "value"), [
    # "remontent" tagged a conditional by the model: no conditional ending, no future
    ("Ses dernières déclarations publiques sur la réforme des pensions remontent au 22 "
     "novembre à Varenne.", "2019-12-12", "22 novembre", "2019-11-22"),
    # a former plan's date is the nearest, not ahead
    ("Prévu initialement le 22 mars, le second tour a été reporté.", "2020-05-18", "22 mars",
     "2020-03-22"),
    # a future the model tagged past after a pluperfect: the stem and ending of a future
    ("M. Paul Hébert avait adressé lors de son discours le même message. Il se rendra mardi "
     "à Lyon.", "2020-08-31", "mardi", "2020-09-01"),
    # the perfect's auxiliary the parse hangs on the causative's infinitive, after a quotation
    # in the future: the saying's past
    ("\"Les images ne seront pas diffusées\", a fait savoir vendredi le président de la cour, "
     "Paul Hébert.", "2020-09-20", "vendredi", "2020-09-18"),
    # a simple past of a verb in -rer is no future
    ("Le ministre entra mardi dans la salle.", "2020-08-31", "mardi", "2020-08-25"),
])
def test_a_date_read_in_its_nearest_year(nlp, text, reference, date, value) -> None:
    row = next(r for r in extract_dates(nlp(text), reference) if r["text"] == date)
    assert row["value"] == value


def test_whitespace_only_regions_yield_nothing(nlp) -> None:
    assert extract_dates(nlp("   \n\n   "), "2016-12-15") == []




# --- cues that decide the direction before the clause tense (issue 14) ------------------------

CUES = [
    # (reference, sentence, the first date's value): sentences written for these tests
    ("2019-01-05", "Les inscriptions restent ouvertes jusqu'au 31 décembre.", "2019-12-31"),
    ("2019-01-05", "La piscine est fermée jusqu'à la fin de décembre.", "2019-12"),
    ("2019-01-05", "Le stage a duré jusqu'au 31 décembre.", "2018-12-31"),
    ("2019-09-14", "Venu saluer les élus, le préfet fait ses adieux avant de quitter ses "
                   "fonctions le 30 octobre.", "2019-10-30"),
    ("2019-11-14", "Il a dîné avec ses collègues avant de partir le 30 octobre.", "2019-10-30"),
    # "avant de" hung on the noun of a past clause: that clause's past
    ("2020-08-21", "Le ministre a tenu un discours fluctuant en la matière, avant d'annoncer en "
                   "juin son départ.", "2020-06"),
    ("2019-06-12", "Les jeunes coureurs peuvent rêver d'une médaille dimanche.", "2019-06-16"),
    ("2019-06-12", "Les coureurs ont pu se reposer dimanche.", "2019-06-09"),
    ("2019-06-12", "Le village fera la fête dimanche avec un grand bal.", "2019-06-16"),
    ("2019-06-12", "La ministre, attendue lundi dans la capitale, présentera son plan.",
     "2019-06-17"),
    ("2019-06-12", "Elle compte se présenter en mars.", "2020-03"),
    ("2019-11-29", "Le référendum, fixé au 12 décembre, a été proposé par le gouvernement.",
     "2019-12-12"),
    # the new date of a postponement is ahead of the decision, even in a past clause
    ("2020-04-30", "L'audience avait été renvoyée au 13 mai par le tribunal.", "2020-05-13"),
    ("2021-06-10", "Le conseil municipal a reporté le vote du budget au 4 décembre.",
     "2021-12-04"),
    ("2021-06-10", "Les juges ont décidé le report au 4 décembre.", "2021-12-04"),
    ("2021-06-10", "Le jugement a été mis en délibéré au 2 juillet.", "2021-07-02"),
    # what a past act calls for (an infinitive under it) is the nearest date, not the past one
    ("2020-05-27", "Une juge a cité le directeur à comparaître le 5 juin.", "2020-06-05"),
    ("2021-07-02", "Le syndicat a appelé à manifester le 14 juillet.", "2021-07-14"),
    ("2021-07-02", "Le détenu a tenté de s'évader le 20 juin.", "2021-06-20"),
    ("2021-07-02", "Après avoir quitté Lyon le 5 juillet, il a rejoint Marseille.", "2020-07-05"),
    # a date complementing a noun is the nearest such date, whatever the clause's tense
    ("2020-08-28", "Les résultats du scrutin du 9 août seront examinés par le conseil.",
     "2020-08-09"),
    ("2020-08-28", "La commission examinera les recours contre l'élection du 9 août.",
     "2020-08-09"),
    ("2016-09-26", "Le scrutin du 13 novembre sera décisif pour le parti.", "2016-11-13"),
    # but no one dates an attack, a death or an accident ahead: the last such day
    ("2016-09-26", "Le cerveau des attentats du 13 novembre avait prévu de fuir en Syrie.",
     "2015-11-13"),
    ("2016-09-26", "Les victimes de l'accident du 2 octobre seront reçues par le maire.",
     "2015-10-02"),
    # an attack the lexicon types as a fight is an attack all the same
    ("2016-07-08", "La gestion des attaques du 13 novembre sera examinée par la commission.",
     "2015-11-13"),
    # nor the occasion the noun of one completes
    ("2019-03-21", "Il est mis en examen pour des violences lors de la manifestation du 1er "
     "mai.", "2018-05-01"),
    ("2019-03-21", "Les organisateurs de la manifestation du 1er mai seront reçus.",
     "2019-05-01"),
    # the start of a state is behind the day of writing, whatever the clause's tense
    ("2019-10-13", "Les cheminots sont en grève depuis le 5 décembre.", "2018-12-05"),
    # a participle as an attribute is a state in its governor's tense, no past act
    ("2020-04-29", "Les parents se disent opposés à la réouverture des écoles le 11 mai.",
     "2020-05-11"),
]


@pytest.mark.parametrize(("reference", "text", "value"), CUES, ids=[c[1][:40] for c in CUES])
def test_cues_decide_the_direction(nlp, reference: str, text: str, value: str) -> None:
    assert first_date(nlp, text, reference)["value"] == value


def test_a_participle_of_the_past_keeps_its_own_date(nlp) -> None:
    rows = extract_dates(nlp("Le référendum, fixé au 12 décembre, a été proposé jeudi par le "
                             "gouvernement."), "2019-11-29")
    assert [(r["text"], r["value"]) for r in rows] == [
        ("12 décembre", "2019-12-12"), ("jeudi", "2019-11-28")]


# --- anchoring: the publication date unless the text makes another date the narrative's ------

def test_a_distant_dated_sentence_does_not_anchor_the_next_one(nlp) -> None:
    rows = extract_dates(nlp("Le 4 mai 2001, la société a été créée. Le 22 octobre, le tribunal "
                             "a prononcé sa liquidation."), "2003-01-31")
    assert [(r["value"], r["anchor"]) for r in rows] == [
        ("2001-05-04", "absolute"), ("2002-10-22", "document")]


def test_a_date_in_the_same_sentence_anchors_a_year_less_one(nlp) -> None:
    rows = extract_dates(nlp("Le 3 mars 2015 puis le 5 avril, il a été entendu."), "2016-12-15")
    assert [(r["value"], r["anchor"]) for r in rows] == [
        ("2015-03-03", "absolute"), ("2015-04-05", "previous")]


def test_dernier_and_prochain_count_from_the_day_of_writing_not_the_narrative(nlp) -> None:
    rows = extract_dates(nlp("Arrêté en août 1996, Luc Barre, qui va avoir 63 ans le 6 novembre "
                             "prochain, reste en prison."), "2019-10-15")
    assert [(r["value"], r["anchor"]) for r in rows if r["kind"] == "date"] == [
        ("1996-08", "absolute"), ("2019-11-06", "document")]


def test_the_weekday_decides_the_year_in_a_parsed_document(nlp) -> None:
    row = first_date(nlp, "Le conseil s'est réuni mercredi 25 avril.", "2018-04-20")
    assert (row["value"], row["rule"]) == ("2018-04-25", "textual")


def test_a_weekday_no_year_agrees_with_is_marked(nlp) -> None:
    row = first_date(nlp, "La ministre a parlé mardi 1er juillet.", "2020-07-01")
    assert row["rule"] == "textual+weekday_mismatch"


def test_a_wrong_weekday_does_not_send_a_near_date_a_year_away(nlp) -> None:
    row = first_date(nlp, "Le ministre a parlé mardi 5 novembre à la radio.", "2018-11-10")
    assert (row["value"], row["rule"]) == ("2018-11-05", "textual+weekday_mismatch")


@pytest.mark.parametrize("text", ["Lundi, au moins dix personnes sont mortes dans les combats.",
                                  "Mardi, trois soldats sont morts dans une embuscade.",
                                  "Samedi, deux jumelles sont nées à la maternité."])
def test_etre_and_a_participle_tagged_noun_or_adjective_is_a_past(nlp, text) -> None:
    row = first_date(nlp, text, "2020-05-20")  # a Wednesday
    assert row["tense"] == "past"
    assert row["value"] < "2020-05-20"


def test_a_date_in_a_participle_clause_belongs_to_the_participle(nlp) -> None:
    row = first_date(nlp, "Nommé par la ministre en septembre 2015, le directeur a quitté ses "
                          "fonctions jeudi.", "2016-12-15")
    assert (row["text"], row["attached_to"], row["tense"]) == ("septembre 2015", "Nommé", "past")


def value_of(nlp, text: str, reference: str, written: str) -> str | None:
    rows = [r for r in extract_dates(nlp(text), reference) if r["text"] == written]
    assert rows, text
    return rows[0]["value"]


@pytest.mark.parametrize(("reference", "text", "written", "value"), [
    # a verb of intention in a compound past keeps its infinitive ahead; a modal does not
    ("2020-06-30", "Les États ont décidé mardi d'ouvrir leurs frontières le 1er juillet.",
     "1er juillet", "2020-07-01"),
    ("2020-06-30", "Les employés ont dû quitter le bâtiment le 28 juin.", "28 juin", "2020-06-28"),
    # a weekday under a noun keeps the clause's direction; "au mois de mars" is no noun of event
    ("2020-06-26", "Neuf personnes avaient été interpellées lors de l'opération de lundi.",
     "lundi", "2020-06-22"),
    ("2020-07-02", "On aura des élections au mois de mars.", "mars", "2021-03"),
])
def test_cues_do_not_overreach(nlp, reference: str, text: str, written: str, value: str) -> None:
    assert value_of(nlp, text, reference, written) == value


# --- acts announced, called for, planned -------------------------------------------------------

def dates_of(nlp, text: str, reference: str) -> dict[str, dict]:
    return {row["text"]: row for row in extract_dates(nlp(text), reference)}


@pytest.mark.parametrize(("reference", "text", "date", "value"), [
    # a Tuesday: the Saturday called for is the next one, not the nearer last one
    ("2016-12-13", "Le syndicat a appelé à manifester samedi.", "samedi", "2016-12-17"),
    # written in February: the strike announced for 15 March is this year's
    ("2017-02-10", "La CGT a annoncé une grève le 15 mars.", "15 mars", "2017-03-15"),
    ("2017-02-10", "Les syndicats ont appelé à une journée de grève le 5 mars.", "5 mars",
     "2017-03-05"),
    # counted from the call's own day, not from the publication date
    ("2017-03-20", "Le 2 mars, la fédération a appelé à manifester samedi.", "samedi",
     "2017-03-04"),
    # an imperfect in the words a past verb reports follows the report's tense
    ("2017-02-10", "Jean Dupont a annoncé mardi qu'il se rendait à Berlin le 12 mars.",
     "12 mars", "2017-03-12"),
    # the second of two acts called for, after the call's weekday the parse made a complement
    ("2020-01-12", "Les syndicats ont appelé samedi à poursuivre la grève et à défiler le "
                   "16 janvier.", "16 janvier", "2020-01-16"),
])
def test_the_date_of_an_act_announced_or_called_for_is_read_forward(
        nlp, reference: str, text: str, date: str, value: str) -> None:
    assert dates_of(nlp, text, reference)[date]["value"] == value


@pytest.mark.parametrize("text", [
    "Les salariés défileront jeudi pour la troisième fois depuis le début du mouvement le "
    "5 décembre.",
    "La fédération a appelé à manifester jeudi, pour la troisième fois depuis le début de la "
    "grève le 5 décembre.",
])
def test_the_day_a_state_counts_from_is_behind_even_in_a_clause_ahead(nlp, text: str) -> None:
    assert dates_of(nlp, text, "2020-01-12")["5 décembre"]["value"] == "2019-12-05"


def test_the_announcement_keeps_its_own_date_and_the_act_takes_the_other(nlp) -> None:
    rows = dates_of(nlp, "Le ministre a annoncé lundi une visite à Rome le 3 mars.", "2017-02-10")
    assert (rows["lundi"]["value"], rows["lundi"]["attached_to"]) == ("2017-02-06", "annoncé")
    assert (rows["3 mars"]["value"], rows["3 mars"]["attached_to"]) == ("2017-03-03", "visite")


def test_a_summons_is_read_forward_and_an_inverted_subject_is_no_act(nlp) -> None:
    rows = dates_of(nlp, "L'homme est convoqué au tribunal de Lyon en septembre. \"Nous "
                         "partirons\", a annoncé le ministre mardi 14 février.", "2017-02-15")
    assert rows["septembre"]["value"] == "2017-09"
    assert rows["mardi 14 février"]["attached_to"] == "annoncé"


@pytest.mark.parametrize("text", [
    "Jean Dupont s'est abstenu de commenter jeudi la décision.",
    # the tagger reads "abstenue" as a noun: its reflexive still makes it a perfect
    "La porte-parole Claire Vautrin s'est abstenue de dire jeudi si le ministre restait.",
])
def test_an_infinitive_under_a_past_verb_that_calls_for_nothing_is_past(nlp, text) -> None:
    # a Wednesday: "jeudi" is the last Thursday, when the refusal took place
    row = dates_of(nlp, text, "2021-02-10")["jeudi"]
    assert (row["value"], row["tense"]) == ("2021-02-04", "past")


def test_a_date_on_a_cleft_with_a_name_in_focus_dates_the_relative_s_verb(nlp) -> None:
    row = first_date(nlp, "Mardi, c'est Paul Hébert qui lui a répondu.", "2017-11-02")
    assert (row["attached_to"], row["value"]) == ("répondu", "2017-10-31")


def test_a_date_in_a_fronted_participle_s_phrase_is_that_phrase_s(nlp) -> None:
    row = first_date(nlp, "Touchée en son sein le 3 octobre 2019, la préfecture de Lyon va "
                          "demander la radiation de trois fonctionnaires.", "2019-10-10")
    assert row["attached_to"] == "Touchée"


def test_a_date_in_a_fronted_adjective_of_a_state_is_the_main_clause_s(nlp) -> None:
    row = first_date(nlp, "Présente à la cérémonie des César vendredi 2 mars, la présidente "
                          "de la région Claire Vautrin s'est réjouie sur Twitter du succès.",
                     "2018-03-03")
    assert row["attached_to"] == "réjouie"


@pytest.mark.parametrize(("text", "value"), [
    # a perfect infinitive tells a done act, whatever its governor's tense
    ("Jean Dupont affirme avoir rencontré mardi le ministre.", "2020-05-19"),
    ("Le pays est le premier d'Europe à avoir repris mardi son championnat de football.",
     "2020-05-19"),
    # under a modal, it is read forward as the modal's infinitive
    ("Les locataires devront avoir quitté les lieux mardi.", "2020-05-26"),
])
def test_a_perfect_infinitive_is_past_unless_a_modal_governs_it(nlp, text, value) -> None:
    # a Saturday
    assert dates_of(nlp, text, "2020-05-23")["mardi"]["value"] == value


def test_a_participle_announcing_an_act_reads_its_date_to_the_nearest(nlp) -> None:
    # written in February: the bill announced for mid-March is this year's, not last year's
    rows = dates_of(nlp, "Le ministre a réaffirmé lundi la volonté du gouvernement d'aller "
                         "vite, annonçant le dépôt du projet de loi mi-mars.", "2018-02-26")
    assert rows["mi-mars"]["value"] == "2018-03"


def test_a_date_complementing_a_thing_after_the_act_called_for_keeps_its_reading(nlp) -> None:
    rows = dates_of(nlp, "Les oppositions ont demandé le report du vote après les vacances de "
                         "Pâques.", "2018-04-22")
    assert rows["Pâques"]["value"] == "2018-04-01"


def test_a_past_act_the_day_before_counts_from_a_date_not_ahead_of_writing(nlp) -> None:
    """"la veille" in a past clause after a date still to come counts from the last date
    told that is not ahead of the day of writing; with none, it stays unresolved."""
    text = ("Dimanche, la ministre a parlé. Le sommet aura lieu le 11 mai. Paul Hébert avait "
            "confirmé, la veille, que le texte serait prêt.")
    rows = {r["text"]: r for r in extract_dates(nlp(text), "2020-05-04")}
    assert rows["la veille"]["value"] == "2020-05-02"
    alone = {r["text"]: r for r in extract_dates(nlp(text.split(". ", 1)[1]), "2020-05-04")}
    assert alone["la veille"]["start_date"] is None


def test_the_day_after_a_date_to_come_counts_from_it(nlp) -> None:
    rows = {r["text"]: r for r in extract_dates(
        nlp("Le sommet aura lieu le 11 mai. Le lendemain, les ministres se réuniront."),
        "2020-05-03")}
    assert rows["Le lendemain"]["value"] == "2020-05-12"


def test_a_past_clause_is_not_placed_after_the_day_of_writing_by_the_narrative(nlp) -> None:
    rows = extract_dates(nlp("Le congrès se tiendra en avril 2024 à Rennes. Le parti est arrivé "
                             "troisième du scrutin régional du 12 mai avec 9 % des voix."),
                         "2023-07-03")
    assert [(r["text"], r["value"]) for r in rows] == [
        ("avril 2024", "2024-04"), ("12 mai", "2023-05-12")]


def test_a_date_fixed_by_an_announcing_verb_still_follows_the_narrative(nlp) -> None:
    rows = extract_dates(nlp("Le congrès se tiendra en avril 2024 à Rennes. La direction a "
                             "annoncé le vote du 12 mai pour désigner le bureau."), "2023-07-03")
    assert [(r["text"], r["value"]) for r in rows] == [
        ("avril 2024", "2024-04"), ("12 mai", "2024-05-12")]


@pytest.mark.parametrize(("text", "value"), [
    ("Le service est promis pour juin 2025, mesure phare du plan dévoilé en septembre.",
     "2024-09"),
    ("Le texte sera voté en juin 2025, après le projet annoncé en septembre.", "2024-09"),
    # aimed ahead by "pour": the date of what was announced, in the narrative's year
    ("Le sommet est prévu en février 2025, et le programme annoncé pour le 3 mars sera suivi.",
     "2025-03-03"),
])
def test_an_announcing_participle_said_of_its_noun_dates_the_announcing(nlp, text,
                                                                         value) -> None:
    assert extract_dates(nlp(text), "2024-11-10")[-1]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    ("Le syndicat prépare une grève, espérant obtenir un accord pour Noël.", "2019-12-25"),
    ("Arrivant lundi à Paris, le ministre rencontrera son homologue.", "2019-12-16"),
    ("Arrivant lundi à Paris, le ministre a rencontré son homologue.", "2019-12-09"),
])
def test_a_present_participle_takes_the_time_of_its_governor(nlp, text, value) -> None:
    assert first_date(nlp, text, "2019-12-12")["value"] == value


def test_the_verb_of_an_incise_is_finite_not_a_bare_participle(nlp) -> None:
    doc = nlp("« Nous verrons », dit-il, évitant de parler de la réunion.")
    verb = next(t for t in doc if t.text == "dit")
    assert clause_tense(verb) == "present"


def test_a_date_complementing_a_noun_with_du_on_its_day_is_the_nearest(nlp) -> None:
    text = ("L'industriel, candidat à un second mandat lors de l'élection municipale du "
            "3 novembre, avait répété le même message.")
    assert value_of(nlp, text, "2024-08-30", "3 novembre") == "2024-11-03"


def test_a_participle_tagged_as_a_noun_keeps_the_tense_of_its_auxiliary(nlp) -> None:
    text = "Le 12 mars, l'ex-ministre de la Culture avait été diagnostiqué positif au virus."
    assert value_of(nlp, text, "2021-09-20", "12 mars") == "2021-03-12"


@pytest.mark.parametrize(("text", "value"), [
    ("L'avocate a notamment cité l'absence de masques dans les écoles en juillet, la lenteur "
     "des contrôles ou encore la décision du préfet.", "2020-07"),
    ("Le syndicat a cité en exemple la grève des cheminots en juillet.", "2020-07"),
])
def test_citer_with_a_noun_quotes_it_and_calls_for_nothing(nlp, text, value) -> None:
    assert value_of(nlp, text, "2020-09-17", "juillet") == value


def test_cite_a_comparaitre_still_calls_forward(nlp) -> None:
    assert value_of(nlp, "Le maire a été cité à comparaître le 12 octobre.", "2020-09-17",
                    "12 octobre") == "2020-10-12"


def test_a_simple_future_is_not_placed_before_the_day_of_writing_by_the_narrative(nlp) -> None:
    rows = extract_dates(nlp("Le procès de l'incendie, qui avait fait neuf morts le 3 février "
                             "2016, s'est ouvert lundi et durera jusqu'au 12 novembre."),
                         "2020-09-02")
    assert [r["value"] for r in rows] == ["2016-02-03", "2020-08-31", "2020-11-12"]


def test_a_conditional_seen_from_the_narrative_keeps_its_year(nlp) -> None:
    rows = extract_dates(nlp("Le 3 mars 2015, le ministre a annoncé qu'il partirait le 5 avril."),
                         "2020-09-02")
    assert [r["value"] for r in rows] == ["2015-03-03", "2015-04-05"]


@pytest.mark.parametrize(("text", "value"), [
    ("Les syndicats sont invités à une réunion jeudi au ministère.", "2019-11-21"),
    ("Les syndicats sont arrivés jeudi au ministère.", "2019-11-14"),
    ("Le suspect a été jugé jeudi à Lyon.", "2019-11-14"),
])
def test_etre_makes_a_past_only_of_a_verb_that_takes_it(nlp, text, value) -> None:
    assert first_date(nlp, text, "2019-11-18")["value"] == value  # a Monday


def test_ete_after_an_article_or_a_preposition_is_the_season_not_an_auxiliary(nlp) -> None:
    # the parse takes "été" of "soldes d'été" for the participle of an auxiliary: a past
    text = "Le début des soldes d'été est décalé du 24 juin au 15 juillet."
    assert first_date(nlp, text, "2020-06-02")["value"] == "2020-06-24/2020-07-15"


def test_a_date_inside_the_subject_s_phrase_is_not_read_in_its_verb_s_tense(nlp) -> None:
    text = ("Les conseils municipaux élus au premier tour le 15 mars dans 300 communes seront "
            "installés en juin.")
    assert first_date(nlp, text, "2020-05-12")["value"] == "2020-03-15"


def test_a_date_ending_a_participle_s_phrase_takes_the_participle_s_tense(nlp) -> None:
    # the parse hangs "février" on the last noun of the phrase, under the planned "prévues"
    text = ("Les libérations, prévues dans l'accord signé entre Paris et les rebelles en février "
            "en vue d'un retrait d'ici mi-2021, ont commencé.")
    assert first_date(nlp, text, "2020-08-09")["value"] == "2020-02"


@pytest.mark.parametrize(("text", "attached"), [
    # an adjective's participle with no words of its own: the place and the day are the verb's
    ("Deux policiers ont été tués par des hommes armés près de Mossoul dimanche.", "tués"),
    # a participle whose phrase runs to the date
    ("Paul Renaud a dénoncé l'accord signé entre Paris et Berlin en février.", "signé"),
])
def test_a_date_after_a_participle_s_noun_is_the_participle_s_only_when_its_phrase_reaches_it(
        nlp, text: str, attached: str) -> None:
    assert first_date(nlp, text, "2021-03-10")["attached_to"] == attached


def test_a_date_after_depuis_sets_no_narrative_year(nlp) -> None:
    text = ("Mariée depuis août 2014 à un avocat, Anne Dupré met en avant sa famille. Paul Renaud "
            "avait dit d'elle en juillet qu'elle ferait un bon choix.")
    rows = extract_dates(nlp(text), "2020-08-11")
    assert [r["value"] for r in rows] == ["2014-08", "2020-07"]


def test_a_date_a_verb_of_setting_fixes_is_ahead(nlp) -> None:
    assert first_date(nlp, "Les élections ont été fixées au 18 octobre.",
                      "2020-08-14")["value"] == "2020-10-18"


def test_an_aim_s_date_after_a_past_choice_is_the_nearest(nlp) -> None:
    text = ("Le candidat Paul Renaud a choisi la sénatrice Anne Dupré pour défier avec lui le "
            "président le 3 novembre.")
    assert first_date(nlp, text, "2020-08-12")["value"] == "2020-11-03"


def test_a_date_hanging_on_a_name_is_no_time_of_a_subjects_noun(nlp) -> None:
    # the parse of "démissionner : X en août, Y en octobre, laissant..." that read the names
    # as the participle's subject, built by hand (the model does so for some names only)
    from spacy.tokens import Doc

    from corpus_cli.extract.dates import _in_subject

    doc = Doc(nlp.vocab, words=["Paul", "Morel", "en", "octobre", "laissant", "le", "club"],
              heads=[4, 0, 3, 0, 4, 6, 4],
              deps=["nsubj", "flat:name", "case", "nmod", "ROOT", "det", "obj"],
              pos=["PROPN", "PROPN", "ADP", "NOUN", "VERB", "DET", "NOUN"])
    assert not _in_subject(doc[3:4])
    doc = Doc(nlp.vocab, words=["Les", "élus", "de", "octobre", "siègent"],
              heads=[1, 4, 3, 1, 4], deps=["det", "nsubj", "case", "nmod", "ROOT"],
              pos=["DET", "NOUN", "ADP", "NOUN", "VERB"])
    assert _in_subject(doc[3:4])


def test_an_imperfect_the_tagger_read_as_a_present_is_a_past(nlp) -> None:
    text = ("Le 5 mai, deux jours avant le second tour de la présidentielle, des milliers de "
            "documents de campagne commençaient à être diffusés sur internet.")
    assert dates_of(nlp, text, "2019-12-08")["5 mai"]["value"] == "2019-05-05"


@pytest.mark.parametrize(("text", "date", "value"), [
    # a month told with its year in the sentence before is background: yesterday's interview
    ("Il attend son procès pour la tentative de perquisition au siège du parti en octobre "
     "2018. Dans une interview publiée le 15 septembre par Le Journal, il a accusé la justice.",
     "15 septembre", "2019-09-15"),
    # a day told with its year is a story's time: the next one is read in its year
    ("Le 3 septembre 2015, Jean Morel a été arrêté. Le 12 septembre, il a été condamné.",
     "12 septembre", "2015-09-12"),
])
def test_a_date_of_the_week_before_writing_and_the_narrative(nlp, text, date, value) -> None:
    assert dates_of(nlp, text, "2019-09-16")[date]["value"] == value


@pytest.mark.parametrize(("text", "habitual"), [
    # a weekday with "le" and nothing of its own, in a present or future clause: every one
    ("L'animatrice présentera désormais seule l'émission le dimanche après-midi.", True),
    ("Le marché se tient le mardi matin sur la place.", True),
    # a noun's weekly slot, whatever the clause's tense
    ("Les règles, avec une seule séance de questions le mardi, ont tout changé.", True),
    # after a verb in the imperfect, the days it came back on
    ("Souvent le ministre partait le dimanche soir et revenait le mardi.", True),
    ("Le député se rendait le mardi à l'Assemblée.", True),
    # in a past clause it is the story's day; with a day, a shift or "de" it is one day
    ("Le dimanche, le ministre a visité l'usine.", False),
    ("Le dimanche, le ministre était à Lille.", False),
    ("Le maire a reçu les élus le dimanche suivant.", False),
    ("Le scrutin se tiendra le dimanche 12 mars.", False),
    ("La cérémonie aura lieu le dimanche de Pâques.", False),
    ("Le ministre se rendra dimanche à Lille.", False),
])
def test_le_and_a_weekday_in_a_present_clause_is_every_such_day(nlp, text, habitual) -> None:
    row = next(r for r in extract_dates(nlp(text), "2016-12-15")
               if "manche" in r["text"] or "mardi" in r["text"])
    assert (row["kind"] == "set") is habitual
    if habitual:
        assert row["value"].startswith("XXXX-WXX-") and row["start_date"] is None


@pytest.mark.parametrize(("text", "date", "value"), [
    ("Chaque année en mai, des fêtes sont organisées près du lac.", "mai", "XXXX-05"),
    ("Tous les ans, le 14 juillet, le maire assiste au défilé.", "14 juillet", "XXXX-07-14"),
])
def test_a_month_every_year_is_a_set(nlp, text: str, date: str, value: str) -> None:
    row = next(r for r in extract_dates(nlp(text), "2020-05-16") if r["text"] == date)
    assert (row["kind"], row["value"], row["start_date"]) == ("set", value, None)


def test_a_month_this_year_is_a_date(nlp) -> None:
    row = next(r for r in extract_dates(nlp("Cette année en mai, le maire a parlé."),
                                        "2020-06-16") if r["text"] == "mai")
    assert (row["kind"], row["value"]) == ("date", "2020-05")


def test_a_lapse_after_a_name_counts_from_that_one_s_act_not_the_last_date(nlp) -> None:
    text = ("Claire Vautrin a quitté le ministère en mai 2017. Paul Hébert est le dernier à "
            "partir, deux semaines après Marco Tavares.")
    row = next(r for r in extract_dates(nlp(text), "2019-03-22") if "semaines" in r["text"])
    assert row["anchor"] == "event" and row["start_date"] is None


@pytest.mark.parametrize(("tense_text", "placed"), [
    # a present clause: "plus tard" reaching a century past the day of writing is no date
    ("Le message du monument vit toujours, cent ans plus tard.", None),
    # the story's time: counted from the date told before
    ("Il est mort en 1918. Cent ans plus tard, son fils a parlé.", "2018-01-01"),
])
def test_a_lapse_counted_past_the_day_of_writing_in_a_clause_not_future(nlp, tense_text,
                                                                        placed) -> None:
    text = "Paul Hébert a parlé lundi 15 juillet à Lyon. " + tense_text
    row = next(r for r in extract_dates(nlp(text), "2019-07-16") if "plus tard" in r["text"])
    assert row["start_date"] == placed


@pytest.mark.parametrize(("text", "value"), [
    # the day and month of a date written with its year earlier: that day, months back
    ("La préfecture a brûlé le 1er décembre 2018. Un homme a été arrêté en janvier. Il a "
     "reconnu avoir été présent devant la préfecture le 1er décembre.", "2018-12-01"),
    # "ce" makes it the one of the day of writing's year
    ("La préfecture a brûlé le 1er décembre 2018. Un homme a été arrêté en janvier. Ce 1er "
     "décembre, il a été jugé.", "2019-12-01"),
])
def test_a_year_less_day_written_with_its_year_before_takes_that_year(nlp, text, value) -> None:
    rows = [r for r in extract_dates(nlp(text), "2020-03-10") if r["text"] == "1er décembre"]
    assert rows[-1]["value"] == value


@pytest.mark.parametrize(("text", "date", "value"), [
    # the plan a past clause weighs ("d'envisager un vote fin juin"): the nearest
    ("Paul Hébert a estimé qu'il n'était pas raisonnable d'envisager un vote dès la fin juin.",
     "fin juin", "2020-06"),
    # a participle of degree is an adjective: no past act ("un intérêt plus marqué")
    ("\"Il y a un intérêt un peu plus marqué pour les journées du 16 et du 17 mai\", a précisé "
     "Paul Hébert.", "17 mai", "2020-05-17"),
])
def test_a_date_no_past_act_governs_is_the_nearest(nlp, text, date, value) -> None:
    assert dates_of(nlp, text, "2020-05-14")[date]["value"] == value


def test_a_date_after_a_noun_a_figure_counts_is_the_tally_s(nlp) -> None:
    text = "Dans la région, le bilan a augmenté de 929 décès jeudi, selon Paul Hébert."
    row = dates_of(nlp, text, "2020-04-10")["jeudi"]
    assert row["attached_to"] != "décès"


def test_a_day_called_for_in_an_imperfect_is_the_nearest(nlp) -> None:
    # the call lies in the past: its day need not lie after the day of writing
    rows = extract_dates(nlp("Paul Hébert avait répondu à la pétition, dans laquelle Claire "
                             "Vautrin réclamait une baisse des prix, le 20 décembre."),
                         "2018-12-26")
    assert [r["value"] for r in rows] == ["2018-12-20"]


@pytest.mark.parametrize(("text", "value"), [
    # a bare participle of planning on a clause told in the past: that plan's day, the nearest
    ("Prévu à la mi-mars, le procès de Paul Hébert avait été reporté en raison de la grève.",
     "2020-03"),
    # on a clause told in the future, ahead
    ("Prévu à la mi-mars, le procès de Paul Hébert durera trois semaines.", "2021-03"),
])
def test_a_plan_on_a_past_clause_is_read_to_the_nearest(nlp, text: str, value: str) -> None:
    assert extract_dates(nlp(text), "2020-05-24")[0]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    # the day set with "au" for an act, wherever the parse hangs it: ahead when nearest
    ("Le gouvernement a fixé la reprise des discussions avec les syndicats au 7 janvier.",
     "2020-01-07"),
    # a meeting convened for a day lies ahead; a convocation told in the past does not
    ("La séance a été levée jusqu'à la conférence des présidents convoquée samedi matin.",
     "2019-12-28"),
    ("Paul Hébert a été convoqué lundi par le juge.", "2019-12-23"),
])
def test_a_day_set_or_convened_for_is_read_ahead(nlp, text: str, value: str) -> None:
    assert extract_dates(nlp(text), "2019-12-24")[0]["value"] == value


def test_a_reported_imperfect_passive_says_nothing_of_direction(nlp) -> None:
    # the imperfect of "étaient interdites" follows the report's tense: the nearest Wednesday
    rows = extract_dates(nlp("La mairie de Lyon a annoncé que les activités sportives étaient "
                             "interdites à partir de mercredi."), "2020-04-07")
    assert rows[0]["value"] == "2020-04-08"


@pytest.mark.parametrize(("reference", "text", "written", "value"), [
    # a perfect subjunctive tells a done act: last Friday
    ("2017-02-01", "Le palais aurait été surpris que l'annonce ait été faite par la ministre "
     "vendredi à Londres.", "vendredi", "2017-01-27"),
    # "la veille" counts from a day: after a year, from the day of writing
    ("2017-05-04", "Tout commence en 2007, quand le chanteur veut rénover sa villa. La veille, "
     "les autres parties civiles ont déclaré qu'on leur avait menti.", "La veille",
     "2017-05-03"),
])
def test_a_done_subjunctive_and_an_eve_after_a_year(nlp, reference, text, written, value):
    assert value_of(nlp, text, reference, written) == value


def test_a_date_fronted_right_after_que_dates_its_clause_s_verb(nlp) -> None:
    text = ("Le ministre promet que lundi 28 septembre, dans le cadre du débat au Parlement, il "
            "sera annoncé que le budget augmente.")
    assert dates_of(nlp, text, "2020-09-20")["lundi 28 septembre"]["attached_to"] == "annoncé"


def test_a_date_fronted_with_its_preposition_after_que_dates_its_clause_s_verb(nlp) -> None:
    text = ("Le journal révèle ainsi qu'en juin 2014, Paul Hébert, alors conseiller du maire, a "
            "participé au congrès.")
    assert dates_of(nlp, text, "2017-12-03")["juin 2014"]["attached_to"] == "participé"


@pytest.mark.parametrize(("text", "value"), [
    # the story's last day, past a month told since
    ("L'altercation a eu lieu le 3 mars dernier. Le journal la raconte un mois plus tard. Ce "
     "dimanche-là, une famille rend visite à ses voisins.", "2019-03-03"),
    # no day told: no Sunday of the week of writing either
    ("Ce dimanche-là, une famille rend visite à ses voisins.", None),
])
def test_a_weekday_with_la_is_the_stories_day(nlp, text, value) -> None:
    rows = extract_dates(nlp(text), "2019-04-10")
    assert next(r for r in rows if r["text"].startswith("Ce dimanche"))["value"] == value


@pytest.mark.parametrize(("text", "date", "value"), [
    # a year told for an election ahead does not carry a fronted month of the announcing
    ("En avril, Paul Hébert a dit qu'il serait candidat aux élections de mai 2019. Mi-août, "
     "dans un entretien, il avait annoncé qu'il se déciderait en septembre.", "Mi-août",
     "2018-08"),
    ("En avril, Paul Hébert a dit qu'il serait candidat aux élections de mai 2019. Mi-août, "
     "dans un entretien, il avait annoncé qu'il se déciderait en septembre.", "septembre",
     "2018-09"),
])
def test_a_date_before_a_past_verb_of_announcing_is_not_ahead(nlp, text, date, value) -> None:
    assert dates_of(nlp, text, "2018-09-07")[date]["value"] == value


@pytest.mark.parametrize(("text", "date", "value"), [
    # the month of a report a past clause tells of: behind, though nearer ahead
    ("Dans son rapport de début février, le conseil proposait une série de pistes.",
     "début février", "2018-02"),
    ("Dans son discours de janvier, Paul Hébert avait promis une baisse des impôts.",
     "janvier", "2018-01"),
    # a day may be the next one: a weekly's coming issue
    ("Dans son édition du 22 août, l'hebdomadaire a révélé que Paul Hébert était visé.",
     "22 août", "2018-08-22"),
])
def test_the_month_of_a_text_a_past_clause_tells_of_is_behind(nlp, text, date, value) -> None:
    assert dates_of(nlp, text, "2018-08-21")[date]["value"] == value


@pytest.mark.parametrize(("text", "found"), [
    # a feast's name inside a person's name is a name
    ("\"Vous n'êtes jamais disponible\", a répondu Marc Toussaint, expliquant son choix.", []),
    ("Noël Mamère a parlé à la Toussaint.", ["Toussaint"]),
])
def test_a_feast_s_name_in_a_person_s_name_is_no_date(nlp, text, found) -> None:
    assert [r["text"] for r in extract_dates(nlp(text), "2019-09-28")] == found


def test_a_weekday_the_model_takes_into_a_name_is_still_a_date(nlp) -> None:
    # the span the model gave such a sentence in an article, set by hand
    doc = nlp("\"Ce n'est pas tranché\", a répondu Mme Vautrin lundi.")
    doc.ents = [doc.char_span(doc.text.index("Vautrin"), doc.text.index(" lundi") + 6,
                              label="PER")]
    assert [r["text"] for r in extract_dates(doc, "2019-10-22")] == ["lundi"]


@pytest.mark.parametrize(("text", "date", "value"), [
    # "prochain" on the noun a month completes: ahead, whatever year the sentence told
    ("De juin 2012 à mars 2014, Claire Vautrin a siégé; elle ne se représentera pas aux "
     "prochaines élections de septembre.", "septembre", "2017-09"),
    # "dernier": behind
    ("Le dernier sommet de juin s'était mal passé.", "juin", "2016-06"),
])
def test_a_noun_said_to_come_or_to_be_the_last_leans_its_month(nlp, text, date, value) -> None:
    assert dates_of(nlp, text, "2017-05-16")[date]["value"] == value


def test_the_act_of_en_train_de_takes_the_time_of_its_governor(nlp) -> None:
    # written on 31 October: the 1 May of a past filming is this year's, though the next one
    # is a day nearer
    row = dates_of(nlp, "Le garde du corps a été filmé en train de frapper deux manifestants "
                        "le 1er mai à Lyon.", "2018-10-31")["1er mai"]
    assert row["value"] == "2018-05-01"


def test_an_adverb_of_time_on_an_apposed_adjective_dates_no_act(nlp) -> None:
    row = first_date(nlp, "Ce retraité, aujourd'hui âgé de 70 ans, assure aller bien.",
                     "2018-01-06")
    assert row["attached_to"] == "âgé"


def test_a_compared_date_gives_no_year_to_the_dates_after_it(nlp) -> None:
    text = ("Quelque 34 % des électeurs jugent probable qu'ils votent pour Paul Hébert, un point "
            "de plus qu'en septembre 2019, selon un sondage paru le 9 septembre.")
    assert dates_of(nlp, text, "2020-09-19")["9 septembre"]["value"] == "2020-09-09"


def test_an_hour_before_dawn_after_a_night_is_the_second_day_s(nlp) -> None:
    rows = dates_of(nlp, "Les faits se sont déroulés dans la nuit de jeudi à vendredi près de "
                         "Lyon. Arrivés sur les lieux vers 1h45, les policiers interpellent un "
                         "homme.", "2020-08-28")
    assert rows["vers 1h45"]["value"] == "2020-08-28T01:45"


def test_a_year_of_a_noun_s_participles_is_no_year_of_its_sentence(nlp) -> None:
    found = dates_of(nlp, "Le président Hugo Ferrand, élu en 2010 puis réélu en 2015, avait "
                          "annoncé en mars son départ.", "2020-08-13")
    assert found["mars"]["value"] == "2020-03"


def test_a_weekday_listed_after_a_weekday_ahead_is_ahead_too(nlp) -> None:
    # written on a Wednesday: "jeudi ... et vendredi" of meetings planned are the next days
    found = dates_of(nlp, "Évoquant ses rencontres prévues jeudi avec les représentants du "
                          "spectacle vivant et vendredi avec ceux du cinéma, le ministre a parlé.",
                     "2021-03-10")
    assert (found["jeudi"]["value"], found["vendredi"]["value"]) == ("2021-03-11", "2021-03-12")


def test_a_perfect_infinitive_under_a_verb_of_announcing_tells_a_done_act(nlp) -> None:
    # written on a Monday: the Sunday of the attack the inquiry was opened after is the day
    # before; "a annoncé vouloir se rendre jeudi" stays ahead
    found = dates_of(nlp, 'Le parquet antiterroriste a annoncé lundi avoir ouvert une enquête '
                          'pour "assassinats" après l\'attaque dimanche au Niger, qui a fait '
                          "huit morts. Le ministre a annoncé vouloir se rendre jeudi à Niamey.",
                     "2020-08-10")
    assert (found["dimanche"]["value"], found["jeudi"]["value"]) == ("2020-08-09", "2020-08-13")


def test_a_day_called_for_after_the_people_addressed_lies_ahead(nlp) -> None:
    # the infinitive called for comes after the people addressed
    text = "Le parti a demandé aux électeurs de voter le 3 novembre."
    assert first_date(nlp, text, "2020-08-18")["value"] == "2020-11-03"


def test_a_reminded_act_s_day_is_read_to_the_nearest(nlp) -> None:
    # a verb of making known: the act it speaks of may lie on either side of it
    assert first_date(nlp, "Le ministre de l'Agriculture a rappelé le maintien de la foire au "
                           "1er septembre.", "2020-08-21")["value"] == "2020-09-01"


@pytest.mark.parametrize(("text", "values"), [
    ("Paul Hébert a été élu en 2012. La même année, il a démissionné.", ["2012", "2012"]),
    # the month lies in that year, not the nearest to the date told before
    ("Le parquet a fait appel en septembre 2019 de la relaxe prononcée en janvier de cette même "
     "année.", ["2019-09", "2019-01", "2019"]),
])
def test_the_same_year_is_the_year_the_text_is_telling(nlp, text, values) -> None:
    assert [row["value"] for row in extract_dates(nlp(text), "2020-06-22")] == values


def test_a_date_set_off_by_commas_after_a_verb_is_that_verb_s(nlp) -> None:
    # the parse made "mi-mars" a conjunct of the model, under the main verb
    doc = nlp("Paul Hébert faisait référence au modèle de l'Institut Vautrin, qui annonçait, "
              "mi-mars, un bilan possible de deux millions de décès.")
    assert [row["attached_to"] for row in extract_dates(doc, "2020-06-22")] == ["annonçait"]


def test_a_fronted_date_hung_on_a_relative_clause_is_the_main_verb_s(nlp) -> None:
    # "Mardi, Paul Hébert, ancien ministre qui a quitté son poste, sera entendu." as the model
    # once parsed a sentence of this shape: the relative clause an adverbial holding the date
    words = ["Mardi", ",", "Paul", "Hébert", ",", "ancien", "ministre", "qui", "a", "quitté",
             "son", "poste", ",", "sera", "entendu", "."]
    heads = [9, 9, 9, 2, 2, 6, 2, 9, 9, 14, 11, 9, 14, 14, 14, 14]
    deps = ["obl:mod", "punct", "nsubj", "flat:name", "punct", "amod", "appos", "nsubj",
            "aux:tense", "advcl", "det", "obj", "punct", "aux:pass", "ROOT", "punct"]
    pos = ["NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PRON", "AUX", "VERB",
           "DET", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"]
    morphs = ["PronType=Rel" if w == "qui" else "VerbForm=Part" if w in ("quitté", "entendu")
              else "" for w in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert attachment(doc[0:1]).text == "entendu"



def test_a_date_set_off_after_a_modal_is_not_the_modal_s(nlp) -> None:
    # the modal is left to the events layer, which dates the act it tells the mood of
    doc = nlp("Et je veux, ce soir, leur rendre un hommage solennel, a souligné Paul Hébert.")
    assert _verb_before_commas(doc[4:6]) is None
    doc = nlp("Paul Hébert a déclaré, lundi, que la réforme était morte.")
    assert _verb_before_commas(doc[5:6]).text == "déclaré"


def test_a_year_complementing_a_noun_gives_no_year_to_the_rest_of_its_sentence(nlp) -> None:
    text = ("La candidate a rappelé lundi sa défaite de 2014, certaine que le résultat serait "
            "différent le 15 mars.")
    row = next(r for r in extract_dates(nlp(text), "2020-01-13") if r["text"] == "15 mars")
    assert row["value"] == "2020-03-15"


def test_a_date_set_off_inside_an_acts_noun_phrase_is_that_acts(nlp) -> None:
    text = "Le député a dénoncé les images de l'interpellation à Rennes, le 3 mars, d'un lycéen."
    row = next(r for r in extract_dates(nlp(text), "2020-06-08") if r["text"] == "3 mars")
    assert row["attached_to"] == "interpellation"


@pytest.mark.parametrize(("text", "date", "word"), [
    ("Un rassemblement a été organisé à l'appel des proches de Paul Girard, jeune homme mort en "
     "2016 après une interpellation.", "2016", "mort"),
    ("La maire, née le 3 mai 1950 à Lyon, a été réélue dimanche.", "3 mai 1950", "née"),
])
def test_a_date_right_after_a_participle_of_etre_is_its_own(nlp, text, date, word) -> None:
    row = next(r for r in extract_dates(nlp(text), "2020-06-03") if r["text"] == date)
    assert row["attached_to"] == word
