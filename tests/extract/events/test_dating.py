"""The date an event takes: a bound ("jusqu'au", "d'ici", "avant", "après") dates no event.
Sentences written for the rule; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from corpus_cli.extract.dates import extract_dates
from corpus_cli.extract.events.dating import not_the_events
from tests.rows_for_tests import layered, trigger_row

from .test_floor import rows


@pytest.mark.parametrize(("text", "bound"), [
    ("Le gouvernement de Paul Hébert a prolongé l'état d'urgence jusqu'au 10 juillet.",
     "10 juillet"),
    ("Claire Vautrin veut rouvrir les écoles avant septembre.", "avant septembre"),
    ("Le ministre Paul Hébert a promis une baisse des impôts d'ici 2022.", "2022"),
    ("Claire Vautrin restera en poste jusqu'en 2030, selon l'Élysée.", "2030"),
    ("Le plan de Paul Hébert prévoit l'arrêt progressif du charbon à l'horizon 2040.", "2040"),
    ("La Banque centrale ne relèvera pas ses taux après le 15 mars, a dit Paul Hébert.",
     "après le 15 mars"),
    ("Le confinement sera prolongé au-delà du 15 avril, a annoncé mercredi le président Paul "
     "Hébert.", "15 avril"),
    # a deadline
    ("Le collectif exige la démission au plus tard à 18h00 du président Paul Hébert.", "18h00"),
    ("Claire Vautrin devra rendre son rapport au plus tard le 30 juin.", "30 juin"),
    ("Le décret sera pris en Conseil des ministres le 27 mai au plus tard, selon Paul Hébert.",
     "27 mai"),
    # with an article between the preposition and the date
    ("Le ministre Paul Hébert a joué l'apaisement après une fin d'année tendue.", "fin d'année"),
])
def test_a_bound_dates_no_event(nlp, text: str, bound: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == bound]


def test_the_same_date_without_a_bound_dates_its_event(nlp) -> None:
    found = rows(nlp, "Paul Hébert a rencontré Claire Vautrin le 10 juillet à Lyon.")
    assert [row["date_text"] for row in found if row["date_text"]] == ["10 juillet"]


def test_a_clock_time_before_or_after_still_dates_its_event(nlp) -> None:
    found = rows(nlp, "Paul Hébert s'était retranché peu avant 15h dans un hôtel de Lyon.",
                 "2021-03-10")
    assert [row["date_text"] for row in found if row["date_text"]] == ["avant 15h"]


@pytest.mark.parametrize("text", [
    "La procréation assistée est aujourd'hui autorisée en France, selon le ministre Paul Hébert.",
    "L'âge moyen de départ atteint aujourd'hui 64 ans en France, selon Eurostat.",
])
def test_aujourdhui_of_a_present_state_or_figure_dates_no_event(nlp, text: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == "aujourd'hui"]


@pytest.mark.parametrize("text", [
    "Paul Hébert, aujourd'hui ministre de la Santé, a signé le texte.",
    "Le texte a été signé par Paul Hébert, ancien maire de Lyon, et aujourd'hui ministre.",
])
def test_aujourdhui_of_a_description_dates_no_event(nlp, text: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == "aujourd'hui"]


@pytest.mark.parametrize("text", ["Le président Paul Hébert se rend aujourd'hui à Lyon.",
                                  "Le président Paul Hébert aujourd'hui en visite à Lyon.",
                                  "Le président Paul Hébert a annoncé aujourd'hui sa démission."])
def test_aujourdhui_of_an_act_dates_it(nlp, text: str) -> None:
    assert [row for row in rows(nlp, text) if row["date_text"] == "aujourd'hui"]


@pytest.mark.parametrize(("text", "term"), [
    ("Selon le ministère de la Santé, 59 personnes sont mortes samedi, contre 12 morts vendredi.",
     "vendredi"),
    ("Le parti de Paul Hébert a obtenu 23 % des voix dimanche, contre 18 % en 2017.", "2017"),
    # figures compared two by two
    ("La préfecture annonçait 12.000 manifestants à Lille et à Rouen (contre respectivement "
     "33.000 et 25.000 jeudi dernier).", "jeudi dernier"),
    ("Comparé à 2015, les automobilistes sont deux fois plus nombreux à reconnaître l'utiliser "
     "au volant.", "2015"),
])
def test_the_term_of_a_figure_after_contre_dates_no_event(nlp, text: str, term: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == term]


@pytest.mark.parametrize(("text", "term"), [
    ("Pour les TGV, comme vendredi, la SNCF prévoit 6 trains sur 10 samedi.", "vendredi"),
    ("Comme en 2018, la ministre Claire Vautrin a reçu lundi les syndicats.", "2018"),
    # a quoted heading glued before the sentence
    ("Un bilan mitigé.\"Le retour de la gauche\"Comme en 2018, la ministre Claire Vautrin a "
     "reçu les syndicats.", "2018"),
])
def test_the_term_of_a_like_dates_no_event(nlp, text: str, term: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == term]


def test_a_date_outside_a_quotation_dates_the_saying_not_the_quoted_words(nlp) -> None:
    found = rows(nlp, '"Je redis notre détermination", a ajouté le chef de l\'État sur Twitter '
                      "samedi 30 novembre.")
    dated = [row for row in found if row["date_text"] == "samedi 30 novembre"]
    assert [row["lemma"] for row in dated] == ["ajouter"]
    assert dated[0]["actors"] == ["le chef de l'État"]
    # a word the writer cites is no utterance: its date outside the marks is its own
    found = rows(nlp, 'Le maire a été "bousculé" vers 17h devant la mairie, a précisé le parquet.')
    assert [row["lemma"] for row in found if row["date_text"] == "vers 17h"] == ["bousculer"]
    # and a date inside the quotation still dates the quoted words' own event
    found = rows(nlp, '"Nous irons à Vienne jeudi", a déclaré mardi Paul Hébert.')
    assert {row["date_text"]: row["lemma"] for row in found} == {"jeudi": "aller",
                                                                   "mardi": "déclarer"}


@pytest.mark.parametrize(("text", "date"), [
    # a date in a "depuis" phrase starts a span; it dates no act outside the phrase
    ("Depuis le début en 2011 de la guerre, l'armée de Paul Hébert a mené des centaines de "
     "frappes.", "2011"),
    ("Depuis le début de l'intervention française au Sahel en 2013, 42 soldats sont morts.",
     "2013"),
    # a tally's cutoff, and a poll's figure, are no acts
    ("L'association Veille Santé avait recensé au 13 mai 266 décès et 1.270 cas.", "13 mai"),
    ("Les électeurs de Claire Vautrin sont 57 % à partager cet avis lundi.", "lundi"),
    # a thing's age
    ("Le journal Le Courrier s'est procuré une facture datant du 28 décembre 2016.",
     "28 décembre 2016"),
    ("La ministre a invoqué des dispositions d'urgence datant du 28 décembre 1922.",
     "28 décembre 1922"),
    # a figure a copula states, in the words of a spokesman
    ("\"Jeudi 5 mars 2020 à 18h, le nombre de visiteurs qui ont été comptés comme malades "
     "est de 27\", a déclaré le ministère de la Santé.", "Jeudi 5 mars 2020 à 18h"),
])
def test_a_spans_start_a_tally_or_a_polls_figure_dates_no_event(nlp, text: str,
                                                                  date: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == date]


def test_an_event_inside_a_depuis_phrase_keeps_its_date(nlp) -> None:
    found = rows(nlp, "Depuis la signature de l'accord le 3 mars, Paul Hébert voyage beaucoup.")
    assert [row["lemma"] for row in found if row["date_text"] == "3 mars"] == ["signature"]


def test_a_date_in_an_incise_that_tells_its_own_act_is_the_incises(nlp) -> None:
    found = rows(nlp, "Claire Vautrin et Paul Hébert, le policier abattu sur les Champs-Elysées "
                      "le 20 avril dernier, se sont mariés à titre posthume en mai.")
    married = next(row for row in found if row["lemma"] == "marier")
    assert married["date_text"] == "mai"


@pytest.mark.parametrize(("text", "date"), [
    # a limit with a time of day is a limit too
    ('"Pas une goutte ne sortira de la raffinerie jusqu\'à samedi 13H00", a indiqué Paul '
     "Hébert.", "samedi 13H00"),
    # a limit glued to a heading the scrape ran into it
    ("Les masques réquisitionnésJusqu'au 31 mai, les stocks seront réquisitionnés, a annoncé "
     "Paul Hébert.", "31 mai"),
])
def test_a_limit_dates_no_event(nlp, text: str, date: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == date]


@pytest.mark.parametrize(("text", "trigger", "date_text"), [
    ("Les écoles vont rouvrir, a indiqué Paul Hébert dans une interview parue dans le Courrier "
     "du Nord du 10 mai.", "indiqué", "10 mai"),
    ("Dans l'émission Radio Matin du lundi 8 mars, Paul Hébert a critiqué Luc Barre.",
     "critiqué", "lundi 8 mars"),
    ("Dans un communiqué publié lundi, Paul Hébert a dénoncé la réforme.", "dénoncé", "lundi"),
])
def test_a_statement_takes_the_date_of_the_medium_it_is_made_in(nlp, text: str, trigger: str,
                                                                date_text: str) -> None:
    row = next(row for row in rows(nlp, text) if row["trigger"] == trigger)
    assert (row["date_text"], row["actors"][-1]) == (date_text, "Paul Hébert")


def test_a_statement_outside_the_medium_clause_keeps_no_date(nlp) -> None:
    text = ("Paul Hébert a affirmé que Luc Barre, qui avait donné une interview le 10 mai, "
            "partirait.")
    row = next(row for row in rows(nlp, text) if row["trigger"] == "affirmé")
    assert row["date_text"] is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("Les gendarmes ont interpellé Marc Dufresne à Tours dans la soirée du mardi 26 mai.",
     "interpellé"),
    ("Selon le journal, la police a arrêté Marc Dufresne lors de la matinée du mardi 26 mai.",
     "arrêté"),
    ("Dans la nuit de lundi à mardi, une attaque a visé le siège du parti Avenir Commun à Tours.",
     "visé"),
])
def test_a_date_under_a_part_of_the_day_dates_the_act(nlp, text: str, trigger: str) -> None:
    """"la soirée du 26 mai" is a part of the date, not a thing the date dates."""
    assert [row["trigger"] for row in rows(nlp, text) if row["date_text"]] == [trigger]


def test_a_role_apposed_to_a_person_keeps_its_tenure_s_dates(nlp):
    text = ("Le maire appelle à renouer avec la directive prise par Paul Renaud, ministre de "
            "l'Education entre 2009 et 2012.")
    assert not any(row["date_text"] == "entre 2009 et 2012" for row in layered(nlp, text))


def test_a_fronted_participle_keeps_its_date_from_the_main_verb(nlp):
    text = ("Le couple a reçu un courrier. Convoqué le 18 mai devant le tribunal, le couple se "
            "voit notifier son expulsion le 29 juin.")
    assert all(row["trigger"] == "Convoqué" for row in layered(nlp, text)
               if row["date_text"] == "18 mai")


def test_the_period_of_a_figure_dates_no_act(nlp):
    # the parse hangs "en 2019" on the participle; it is the rate's year
    found = layered(nlp, "Après la baisse annoncée de 3% du taux de chômage en 2019 par "
                         "l'institut la semaine dernière, le ministre a réagi.", "2020-02-13")
    row = next(row for row in found if row["trigger"] == "annoncée")
    assert row["date_text"] != "2019"


@pytest.mark.parametrize(("text", "date_text"), [
    # the figure's noun further back, past its adjectives and its "de" complement
    ("La hausse spectaculaire de la mortalité routière en août avait été expliquée par les "
     "pouvoirs publics comme un effet des radars détruits.", "août"),
    ("Le pays compte plus de 5.000 cas, selon les chiffres officiels de mercredi.",
     "mercredi"),
])
def test_the_period_of_a_figure_further_back_dates_no_act(nlp, text, date_text):
    assert not [row for row in layered(nlp, text) if row["date_text"] == date_text]


def test_a_date_in_an_apres_phrase_dates_its_act_not_the_clause(nlp) -> None:
    text = ("« La surprise est très grande », témoigne la déléguée Claire Vautrin, après la mise "
            "en examen fin janvier de son directeur pour trafic.")
    assert not [row for row in rows(nlp, text) if row["date_text"] == "fin janvier"
                and row["trigger"] == "témoigne"]


def test_a_date_in_a_reporting_incise_at_the_end_dates_the_report_not_the_act(nlp) -> None:
    text = ("Le militant Paul Hébert a été placé en garde à vue mardi, puis déféré au tribunal "
            "dans la soirée, rapporte Radio Sud mercredi 8 mai.")
    found = rows(nlp, text, "2019-05-08")
    assert next(row for row in found if row["trigger"] == "placé")["date_text"] == "mardi"
    report = next(row for row in found if row["trigger"] == "rapporte")
    assert (report["date_text"], report["actors"]) == ("mercredi 8 mai", ["Radio Sud"])


def test_the_date_of_the_occasion_an_act_is_done_at_dates_it(nlp) -> None:
    found = rows(nlp, "Pendant les débats de mai dernier, la députée Claire Vautrin avait "
                      "sévèrement critiqué le ministre.")
    assert [row["lemma"] for row in found if row["date_text"] == "mai dernier"] == ["critiquer"]


def test_the_date_of_an_occasion_opened_by_a_l_occasion_de_dates_the_act(nlp) -> None:
    found = rows(nlp, "A l'occasion d'un point-presse tenu mercredi 26 février, Paul Hébert "
                      "a annoncé un 18e cas.", "2020-02-27")
    announced = next(row for row in found if row["lemma"] == "annoncer")
    assert (announced["date_text"], announced["actors"]) == ("mercredi 26 février",
                                                             ["Paul Hébert"])


def test_a_date_in_a_quant_a_topic_dates_no_act_outside_it(nlp) -> None:
    found = rows(nlp, "Quant aux propos ironiques de la ministre devant les députés mardi, "
                      "les appelant à être fiers, l'ancien président Paul Hébert a d'abord "
                      "répondu que l'amateurisme est une qualité.")
    assert not [row for row in found if row["lemma"] == "répondre" and row["date_text"]]


def test_a_date_the_clause_states_wins_over_one_counted_from_a_date_told_before(nlp) -> None:
    found = rows(nlp, "En 1994, le traité a été négocié. Dix ans plus tard, en 2005, le "
                      "président Paul Hébert a signé le traité.")
    assert next(row for row in found if row["trigger"] == "signé")["date_text"] == "2005"


@pytest.mark.parametrize(("text", "date_text", "lemmas"), [
    # a date after "pour" is an aim's, unless the trigger plans it
    ("Mardi, la ministre Claire Vautrin a dit travailler sur un dispositif de soutien aux "
     "artistes pour l'été.", "l'été", []),
    ("La réunion est prévue pour le 5 mai, a annoncé Paul Hébert.", "5 mai", ["réunion"]),
    # one after "à partir de" is what a statement or a demand asks for, not the demand's; an
    # act, or a future act that starts then, keeps it
    ('"On demande la réouverture des plages à partir du 11 mai", explique Claire Vautrin, '
     "députée du Finistère.", "11 mai", []),
    ("La ville de Lyon sera favorable à une réouverture des parcs à partir du 15 juin, a "
     "poursuivi Paul Hébert.", "15 juin", []),
    ("Selon la mairie, le parc de Lyon sera de nouveau accessible au public à partir de "
     "mardi.", "mardi", ["accessible"]),
    ("Les écoles rouvriront à partir du 11 mai, a annoncé Paul Hébert.", "11 mai",
     ["rouvrir"]),
    ("Paul Hébert, qui, à partir du 19 septembre prochain, défendra contre Luc Barre trois "
     "policiers, a parlé.", "19 septembre prochain", ["défendre"]),
])
def test_a_date_after_pour_or_a_partir_de_dates_only_what_it_is_for(nlp, text: str,
                                                                    date_text: str,
                                                                    lemmas: list[str]) -> None:
    assert [row["lemma"] for row in rows(nlp, text) if row["date_text"] == date_text] == lemmas


@pytest.mark.parametrize(("text", "date_text"), [
    # the date of the thing a demonstrative pronoun stands for: another visit, another summer
    ("La visite de Paul Hébert à Lisbonne est la première d'un ministre depuis celle de Marco "
     "Tavares en 2001.", "2001"),
    ("La canicule la plus meurtrière à Lyon reste celle de 2003.", "2003"),
    # years naming their competitions: no act of the sentence is theirs
    ("Avec les Jeux 2014, la Coupe du monde et les championnats d'Europe de natation 2015, "
     "le Portugal est le pays qui a accueilli le plus de compétitions.", "2015"),
])
def test_a_thing_s_own_date_dates_no_event(nlp, text: str, date_text: str) -> None:
    assert not [row for row in rows(nlp, text) if row["date_text"] == date_text]


def test_a_relative_clause_to_the_sentence_end_keeps_its_date(nlp) -> None:
    text = ("Paul Hébert a critiqué Claire Vautrin lors du sommet de Lyon, qui a lieu début "
            "décembre.")
    assert [row["lemma"] for row in rows(nlp, text, "2019-12-26")
            if row["date_text"] == "début décembre"] in ([], ["avoir"], ["lieu"])


def test_an_act_named_after_a_demonstrative_pronoun_keeps_its_own_date(nlp) -> None:
    text = ("Paul Hébert réalise un score supérieur à celui de l'élection de 2012, lors de "
            "laquelle il avait été éliminé.")
    assert [row["lemma"] for row in rows(nlp, text) if row["date_text"] == "2012"] == [
        "élection"]


@pytest.mark.parametrize(("text", "date_text", "lemma"), [
    # a day after a comma restates the day of a bound's or a span's noun
    ("Paul Hébert voulait démissionner avant l'expiration de son mandat, le 28 avril.",
     "28 avril", "démissionner"),
    # nor of an incise the parse hangs the day on
    ("Le président algérien Abdelkader Benali démissionnera avant l'expiration de son mandat, "
     "le 28 avril, a annoncé la présidence de la République dans un communiqué cité par "
     "l'agence de presse officielle APS.", "28 avril", "annoncer"),
    ("Paul Hébert est accusé d'avoir conservé ces passeports depuis son limogeage du "
     "ministère, le 23 juillet, et de les avoir utilisés.", "23 juillet", "conserver"),
])
def test_a_day_restating_a_bound_s_noun_dates_no_act_of_the_clause(nlp, text, date_text,
                                                                    lemma) -> None:
    assert not [row for row in rows(nlp, text, "2019-04-02")
                if row["date_text"] == date_text and row["lemma"] == lemma]


@pytest.mark.parametrize(("text", "date_text", "noun", "verb"), [
    ("La visite du ministre à Lyon, mardi, a provoqué la colère des syndicats.", "mardi",
     "visite", "provoquer"),
    ("L'annonce de Paul Hébert, lundi, a surpris les syndicats.", "lundi", "annonce",
     "surprendre"),
])
def test_a_day_after_an_act_s_noun_subject_dates_the_noun_not_its_verb(nlp, text, date_text,
                                                                        noun, verb) -> None:
    dated = [row["lemma"] for row in rows(nlp, text, "2020-05-27")
             if row["date_text"] == date_text]
    assert noun in dated and verb not in dated


def test_a_day_after_a_comma_with_no_bound_still_dates_the_act(nlp) -> None:
    found = rows(nlp, "Paul Hébert a démissionné de son poste de maire, le 28 avril.",
                 "2019-05-02")
    assert [row["lemma"] for row in found if row["date_text"] == "28 avril"] == ["démissionner"]


def test_the_new_day_after_a_postponement_s_verb_is_not_the_postponement_s(nlp) -> None:
    found = rows(nlp, "Le procès de Paul Hébert avait été reporté au 24 mai en raison de la "
                      "grève.", "2020-05-20")
    assert [(row["lemma"], row["status"]) for row in found if row["date_text"] == "24 mai"] == [
        ("procès", "planned")]


def test_a_day_after_an_hour_s_bound_is_the_act_s(nlp) -> None:
    found = rows(nlp, "Le vote de la loi s'est déroulé jusqu'à deux heures du matin, le jeudi "
                      "31 mai.", "2018-06-01")
    assert [row["lemma"] for row in found if row["date_text"] == "jeudi 31 mai"] == ["vote"]


def test_a_date_after_a_clause_of_comme_and_its_comma_is_the_main_clause_s(nlp) -> None:
    found = rows(nlp, "Comme l'a remarqué Radio Sud, en 2009, un de ses prédécesseurs, Marc "
                      "Lemoine, avait déjà utilisé le terme.", "2019-06-12")
    assert [row["lemma"] for row in found if row["date_text"] == "2009"] == ["utiliser"]


def test_a_date_of_a_noun_after_apres_on_a_noun_is_that_act_s(nlp) -> None:
    found = rows(nlp, "Un soutien de poids, après la mise en examen de Paul Hébert vendredi 6 "
                      "décembre dans l'affaire des emplois fictifs.", "2019-12-07")
    assert not [row for row in found if row["lemma"] == "soutien" and row["date_text"]]


def test_before_the_end_of_a_month_lies_within_it(nlp) -> None:
    found = rows(nlp, "Les maires de Paul Hébert seraient installés avant la fin du mois de mai.",
                 "2020-05-03")
    assert [row["lemma"] for row in found if row["date_text"] == "fin du mois de mai"] == [
        "installer"]


def test_a_day_counted_from_an_act_is_not_that_act_s_day(nlp) -> None:
    text = ("Un incendie a ravagé la cathédrale de Rouen lundi 15 avril. Deux jours après "
            "l'incendie qui a ravagé la cathédrale, le gouvernement a présenté sa réponse.")
    doc = nlp(text)
    [counted] = [row for row in extract_dates(doc, "2019-04-17")
                 if row["text"].startswith("Deux jours")]
    assert counted["value"] == "2019-04-17"
    assert not_the_events(doc, counted, text.index("incendie qui"))
    assert not not_the_events(doc, counted, text.index("présenté"))


def test_a_toll_in_hundreds_has_no_day_of_its_own(nlp) -> None:
    found = rows(nlp, "Le dernier bilan officiel, vendredi, faisait état de près de 2.000 décès "
                      "en France dus à l'épidémie.", "2020-03-28")
    assert not [row for row in found if row["trigger"] == "décès" and row["date_text"]]
    attack = rows(nlp, "L'attentat a fait 12 morts à Lyon lundi.", "2020-03-28")
    assert [row["trigger"] for row in attack if row["date_text"] == "lundi"] == ["attentat"]
    arrests = rows(nlp, "La police a procédé à plus de 1.000 interpellations samedi à Paris.",
                   "2020-03-28")
    assert [row["trigger"] for row in arrests if row["date_text"] == "samedi"] == [
        "interpellations"]


def test_a_day_the_parse_made_a_clefts_focus_is_no_figure(nlp) -> None:
    found = rows(nlp, "C'est ce 11 mai qu'était censé entrer en vigueur l'arrêté du maire Paul "
                      "Hébert imposant le couvre-feu.")
    assert [row["actors"] for row in found if row["date_text"] == "11 mai"] == [["Paul Hébert"]]


@pytest.mark.parametrize("text", [
    "Paul Hébert a démissionné le 16 juillet. Trente jours après sa démission, Paul Hébert a "
    "récupéré son siège de député samedi 17 août.",
    "Le conseil a voté le 2 mars. Deux jours après le vote, Claire Vautrin a rencontré le "
    "préfet jeudi 12 mars.",
])
def test_a_date_counted_from_an_event_yields_to_the_one_the_clause_states(nlp, text) -> None:
    second = rows(nlp, text)[-1]
    assert second["date_text"] in ("samedi 17 août", "jeudi 12 mars")


@pytest.mark.parametrize(("text", "year"), [
    # a reference in brackets with no verb: said of the title before it
    ("Après Le Dernier Été (Gallard, 2003), l'ex-ministre Claire Vautrin s'apprête à sortir un "
     "livre.", "2003"),
    # a description in apposition: the town's time, not the clause's
    ("Ministre, il a conservé depuis 2017 des fonctions municipales à Vernanges, ville ravie à "
     "la gauche en 2014.", "2014"),
])
def test_a_year_said_of_a_thing_or_a_description_dates_no_act_around_it(nlp, text, year):
    assert all(row["date_text"] != year for row in rows(nlp, text))


def test_a_year_in_an_apposition_opened_by_a_bare_noun_is_the_description_s(nlp):
    found = rows(nlp, "La somme va faire défaut à l'association Vie Solidaire, soutien en 2019 "
                      "de 108 projets.")
    assert all(row["trigger"] != "faire" for row in found if row["date_text"] == "2019")


def test_a_toll_in_brackets_keeps_its_date_for_the_act_before_it(nlp):
    found = rows(nlp, "Le texte fait référence à la tuerie commise par un tireur dans des "
                      "mosquées de Lyon (12 morts, le 15 mars).")
    assert [row["type"] for row in found if row["date_text"] == "15 mars"] == ["mass_violence"]


def test_a_year_apposed_to_an_acts_noun_and_its_complement_is_that_acts(nlp):
    text = ("Michel Durand a fait des aveux circonstanciés sur l'enlèvement et l'assassinat de "
            "Marie Lenoir, en 1988, ainsi que de Jeanne Petit, en 1990.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "aveux")
    assert row["date_text"] is None


def test_a_year_apposed_to_a_person_is_the_clauses(nlp):
    text = "Le président Paul Hébert, en 2017, a signé l'accord avec le Mali."
    row = next(row for row in layered(nlp, text) if row["trigger"] == "signé")
    assert row["date_text"] == "2017"


def test_a_day_apposed_to_a_participle_qualifying_a_complement_is_the_participles(nlp):
    text = ("Paul Hébert a rendu hommage à son homologue, Jean Petit, décédé à l'âge de 92 ans, "
            "jeudi 25 juillet.")
    row = next(row for row in layered(nlp, text, "2019-07-27") if row["trigger"] == "rendu")
    assert row["date_text"] is None


def test_a_day_apposed_to_a_participle_on_the_subject_is_the_clauses(nlp):
    text = "Le ministre, arrivé à Lyon, mardi, a rencontré le maire Paul Hébert."
    row = next(row for row in layered(nlp, text) if row["trigger"] == "rencontré")
    assert row["date_text"] == "mardi"


@pytest.mark.parametrize(("text", "aside", "kept"), [
    # a day set aside is no day of any act
    ("Les cours reprendront jeudi et non lundi, a annoncé le rectorat.", "lundi", "jeudi"),
    ("Le conseil se réunira en juin plutôt qu'en mai, a indiqué Paul Hébert.", "mai", "juin"),
    ("Le vote aura lieu mardi, et pas mercredi.", "mercredi", "mardi"),
])
def test_a_date_set_aside_dates_no_act(nlp, text: str, aside: str, kept: str) -> None:
    doc = nlp(text)
    found = {row["text"]: row for row in extract_dates(doc, "2020-02-28")}
    verb = text.index(" ", 4)  # inside the clause's verb group
    assert not_the_events(doc, found[aside], verb)
    assert not not_the_events(doc, found[kept], verb)


def test_the_date_of_a_source_after_selon_is_the_source_s(nlp) -> None:
    text = ("Selon un indiscret du Courrier du dimanche daté du 24 mars, la consigne vient "
            "d'en haut.")
    doc = nlp(text)
    [day] = [row for row in extract_dates(doc, "2019-03-30") if row["text"] == "24 mars"]
    assert not_the_events(doc, day, text.index("vient"))
    assert not not_the_events(doc, day, text.index("daté"))


def test_the_day_a_call_is_for_is_what_it_asks_for_not_the_call_s(nlp) -> None:
    text = ("Un appel à une marche de soutien à Paul Hébert a été lancé sur Facebook pour le "
            "27 janvier prochain.")
    doc = nlp(text)
    [day] = [row for row in extract_dates(doc, "2019-02-22") if "27 janvier" in row["text"]]
    assert not_the_events(doc, day, text.index("appel"))
    found = rows(nlp, "Les syndicats ont appelé à manifester pour le 5 décembre.", "2019-11-22")
    assert [row["lemma"] for row in found if row["date_text"] == "5 décembre"] == ["manifester"]


@pytest.mark.parametrize(("text", "year"), [
    ('"Nous voterons contre le texte", préviennent ces sénateurs, tous élus en 2014 sous la '
     "même étiquette.", "2014"),
    ("La chambre des métiers propose une politique de prix bas pour les artisans, sur le "
     "modèle de la politique suédoise dans les années 80.", "années 80"),
])
def test_a_past_year_in_the_words_of_a_saying_in_the_present_dates_no_saying(
        nlp, text: str, year: str) -> None:
    assert not [row for row in layered(nlp, text, "2020-05-04") if row["date_text"] == year]


def test_a_year_of_the_writing_in_the_words_of_a_saying_may_still_date_it(nlp) -> None:
    text = ("La chambre des métiers propose une politique de prix bas pour les artisans, sur le "
            "modèle de la politique suédoise en 2020.")
    assert [row["lemma"] for row in layered(nlp, text, "2020-05-04")
            if row["date_text"] == "2020"] == ["proposer"]


def test_a_past_year_on_a_verb_in_the_present_is_a_narratives_and_dates_it(nlp) -> None:
    text = ("Condamné en première instance, Paul Hébert fait appel, mais la cour d'appel de Lyon "
            "confirme la peine en 2017.")
    assert [row["date_text"] for row in layered(nlp, text, "2020-05-04")] == ["2017"]


def test_of_two_dates_hung_alike_on_a_verb_of_saying_the_nearer_is_its_own(nlp):
    # the parse hangs both dates on "affirme": the first is the scene's, told before
    text = ("Des échanges qui n'ont rien à voir avec la scène qui se serait déroulée quelques "
            "jours plus tôt, le 3 octobre, peu avant le début de la réunion sur la réforme, "
            "affirme mercredi 11 octobre le quotidien Le Courrier du Soir.")
    assert trigger_row(nlp, text, "affirme", "2019-10-11")["date_text"] == "mercredi 11 octobre"



def test_the_date_of_a_former_plan_dates_no_event(nlp) -> None:
    text = ("Le procès de Paul Hébert, prévu initialement le 22 mars, a été renvoyé au "
            "15 juin.")
    assert not [row for row in rows(nlp, text) if row["date_text"] == "22 mars"]


@pytest.mark.parametrize(("text", "dated"), [
    # "aujourd'hui" on a bare participle of no typed act says what is, not a day
    ("Des faits ont été constatés dans les Hauts-de-France dirigés aujourd'hui par Paul "
     "Hébert.", False),
    # a typed act keeps its day
    ("Le texte adopté aujourd'hui par les députés de Paul Hébert change tout.", True),
])
def test_aujourdhui_on_a_bare_participle_of_a_state_dates_nothing(nlp, text, dated):
    rows = [row for row in layered(nlp, text, "2016-06-27") if row["date_text"] == "aujourd'hui"]
    assert bool(rows) is dated


def test_aujourdhui_on_an_adjective_after_a_speaker_dates_no_words(nlp):
    # the parse hangs the apposed adjective on the verb of saying
    text = ('"C\'est un déni de justice", dénonce la mère de la victime, aujourd\'hui âgée de '
            "24 ans.")
    assert not [row for row in layered(nlp, text, "2016-06-27")
                if row["date_text"] == "aujourd'hui"]


def test_a_date_on_a_perfect_infinitive_is_not_the_saying_s(nlp) -> None:
    found = rows(nlp, "Une habitante de Lyon déclare l'avoir vue en octobre 2019 dans le camp.")
    assert not [row for row in found if row["lemma"] == "déclarer" and row["date"] is not None]
    # the act told as done keeps its own date
    found = rows(nlp, "Paul Hébert affirme avoir rencontré mardi le ministre de l'Intérieur.")
    assert [(row["lemma"], row["date_text"]) for row in found if row["date"] is not None] == [
        ("rencontrer", "mardi")]


def test_an_act_told_in_a_compound_past_takes_no_date_after_the_day_of_writing(nlp):
    # written on 2021-03-10: the jobs are for 2022, the announcement was before
    row = trigger_row(nlp, "Le ministre a annoncé la création de 500 emplois en 2022.",
                      "annoncé")
    assert row["date_text"] is None
    # a plan keeps its day ahead
    assert trigger_row(nlp, "Le ministre annoncera le plan en 2022.", "annoncera")[
        "date_text"] == "2022"


def test_an_answer_to_anothers_writing_does_not_take_its_date(nlp):
    rows = layered(nlp, "Le ministre répondait ainsi à une tribune publiée samedi dans le "
                        "journal Le Monde par la maire Claire Vasseur.", "2020-06-15")
    dated = {row["trigger"]: row["date_text"] for row in rows}
    assert dated["publiée"] == "samedi" and dated.get("répondait") is None
    # the writing the act is said in still gives it its day
    row = trigger_row(nlp, "Le ministre a répondu dans une tribune publiée samedi dans le "
                           "journal Le Monde.", "répondu", "2020-06-15")
    assert row["date_text"] == "samedi"
