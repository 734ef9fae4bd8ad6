"""Who speaks acts: a speaker inverted after its verb, "selon X", an outlet's article. A speaker
is never the target of its own entry. Sentences written for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row as by_date
from tests.rows_for_tests import layered as rows


def test_a_speaker_inverted_after_an_unlisted_verb_acts(nlp):
    row = by_date(nlp, "Ce projet ne passera pas, a ironisé mardi Claire Vautrin contre Paul "
                       "Hébert.", "mardi")
    assert row["actors"] == ["Claire Vautrin"]
    assert "Claire Vautrin" not in row["targets"]


def test_selon_an_outlet_in_an_article_published_on_a_day_is_the_publisher(nlp):
    row = by_date(nlp, "Selon Le Courrier du Nord dans un article publié jeudi, Paul Hébert "
                       "quittera son poste.", "jeudi")
    assert row["actors"] == ["Le Courrier du Nord"]
    assert "Le Courrier du Nord" not in row["targets"]


def test_no_entity_both_acts_and_is_acted_on(nlp):
    for text, day in (("Tout est prêt, a répliqué lundi soir Claire Vautrin à Paul Hébert.",
                       "lundi soir"),
                      ("Selon Le Courrier du Nord, Claire Vautrin a critiqué Paul Hébert mardi.",
                       "mardi")):
        row = by_date(nlp, text, day)
        assert row["actors"] and row["actors"][0] == "Claire Vautrin"
        assert not set(row["actors"]) & set(row["targets"])


def test_the_name_apposed_to_a_passives_agent_acts(nlp):
    row = by_date(nlp, "Ancien ministre, Paul Hébert a été nommé Premier ministre le 2 octobre "
                       "par le nouveau président gabonais Marc Delorme.", "2 octobre")
    assert row["actors"][:1] == ["Marc Delorme"]
    assert row["targets"] == ["Paul Hébert"]


def test_the_speaker_after_a_complement_of_the_verb_of_saying_acts(nlp):
    row = by_date(nlp, "\"Il faut avancer ensemble\", a déclaré mardi soir sur Radio Sud "
                       "Claire Vautrin.", "mardi soir")
    assert row["actors"] == ["Claire Vautrin"]


def test_a_name_the_parse_hangs_on_a_roles_complement_is_the_role_holder(nlp):
    row = by_date(nlp, "\"Il faut avancer ensemble\", a déclaré mardi le ministre de "
                       "l'Intérieur Luc Barre.", "mardi")
    assert row["actors"] == ["Luc Barre"]


def test_a_name_that_is_a_roles_complement_stays_apart(nlp):
    row = by_date(nlp, "L'avocat de Paul Hébert a dénoncé mardi une décision injuste.", "mardi")
    assert "Paul Hébert" not in row["actors"]


def test_an_unlisted_verb_in_incise_after_a_quotation_is_a_statement_of_its_speaker(nlp):
    row = by_date(nlp, "\"Il faut avancer ensemble\", s'est agacée mardi soir sur Radio Sud la "
                       "ministre Claire Vautrin.", "mardi soir")
    assert (row["type"], row["actors"]) == ("public_statement", ["Claire Vautrin"])
    assert row["quote"] == "Il faut avancer ensemble"


@pytest.mark.parametrize(("text", "day"), [
    ("Paul Hébert était intervenu lui-même samedi pour calmer la polémique.", "samedi"),
    ("Claire Vautrin est arrivée lundi à Lisbonne pour une visite.", "lundi"),
])
def test_the_subject_of_a_verb_conjugated_with_etre_acts(nlp, text, day):
    row = by_date(nlp, text, day)
    assert row["actors"] and row["actors"][0] in ("Paul Hébert", "Claire Vautrin")
    assert not row["targets"]


@pytest.mark.parametrize(("text", "day", "actor"), [
    # the relative clause's antecedent, as the parse hangs it, acts
    ('"C\'est grave", a réagi auprès de l\'AFP Marc Olivar, député (LR) de Moselle, qui '
     "avait déposé en mars 2018 une proposition de loi.", "mars 2018", "Marc Olivar"),
    ("Plus tard c'est Paul Hébert, membre du jury, qui avait félicité Claire Vautrin en "
     "décembre 2012.", "décembre 2012", "Paul Hébert"),
    # a participle on a noun fronted before the main clause: the main subject acts
    ("Ancien dissident ayant gouverné une première fois à la fin des années 1990, Karl "
     "Stenberg est revenu au pouvoir en 2010.", "fin des années 1990", "Karl Stenberg"),
    ("Dans un communiqué publié le 23 avril, Audimax précisait que l'audience avait augmenté.",
     "23 avril", "Audimax"),
])
def test_the_subject_a_clause_shares_with_its_antecedent_acts(nlp, text, day, actor):
    row = by_date(nlp, text, day)
    assert row["actors"] == [actor]
    assert actor not in row["targets"]


@pytest.mark.parametrize(("text", "day", "actor"), [
    # a speaker described, inverted after a verb of saying, acts (resolved when named before)
    ('La députée Claire Vautrin a quitté le groupe. "Ça ne date pas d\'hier", a déclaré '
     "dimanche la députée à l'AFP.", "dimanche", "Claire Vautrin"),
    ("Il faut adapter le dispositif, estiment mardi 21 avril les maires de Bretagne.",
     "mardi 21 avril", "les maires de Bretagne"),
    ("\"Il les garde pour lui\", a détaillé dimanche 19 juillet le spécialiste en "
     "communication sur l'antenne de Radio Sud.", "dimanche 19 juillet", "le spécialiste"),
    # a title the model leaves unclassed acts when it names the subject's noun
    ("L'émission \"Quotidien Plus\", sur Radio Sud, annonce la nouvelle sur son compte Twitter, "
     "jeudi 4 mars.", "jeudi 4 mars", "Quotidien Plus"),
    # the organisation or person named in a passive's agent acts through it
    ("L'attaque a été revendiquée dimanche par la branche locale du Front du Nord.",
     "dimanche", "Front du Nord"),
    ("Un sondage a été acheté en 2008 par le cabinet de Paul Hébert.", "2008", "Paul Hébert"),
    # a body described with the name it belongs to: the name is no target
    ('"Nous avons simplifié l\'accès", a indiqué mardi le cabinet de Claire Vautrin.', "mardi",
     "le cabinet de Claire Vautrin"),
    # bodies and outlets described by their noun act
    ("Le comité de soutien a dénoncé jeudi cette décision.", "jeudi", "Le comité de soutien"),
    ("Le quotidien a révélé mardi que la ministre avait menti.", "mardi", "Le quotidien"),
    # units of bodies, as subjects or passive agents
    ("Le bureau du parti tiendra sa réunion de rentrée le 14 janvier.", "14 janvier",
     "Le bureau du parti"),
    ("Interpellé mercredi par la brigade de recherches, il est poursuivi pour fraude.",
     "mercredi", "la brigade de recherches"),
    ("La cellule de crise a annoncé jeudi la fermeture des écoles.", "jeudi",
     "La cellule de crise"),
    # a place of care acting as a body
    ("L'alerte avait été donnée mercredi par le centre de santé du quartier.", "mercredi",
     "le centre de santé du quartier"),
    # a causative "faire" in incise: the subject inverted after it speaks, not the subject
    # of the clause before the comma
    ("Les salariés passeront au chômage partiel, a fait savoir vendredi le ministère du "
     "Travail.", "vendredi", "le ministère du Travail"),
    ("Les écoles rouvriront le 11 mai, a fait savoir mardi Paul Hébert.", "mardi",
     "Paul Hébert"),
    # a name the model takes for a place, right after the verb of saying, speaks
    ("En revanche, Claire Vautrin a décliné l'invitation, révèle Franceinfo, lundi 16 "
     "septembre.", "lundi 16 septembre", "Franceinfo"),
    ("Les écoles rouvriront le 11 mai, a indiqué mardi Matignon.", "mardi", "Matignon"),
    # the parse takes the reported clause's subject for the incise verb's, its verb between
    ("Le maire démissionnera, rapporte Le Quotidien du Sud vendredi 21 septembre.",
     "vendredi 21 septembre", "Le Quotidien du Sud"),
    # a count of a count of persons
    ("Mercredi, des dizaines de milliers d'internautes ont alerté sur les incendies.",
     "Mercredi", "des dizaines de milliers d'internautes"),
    ("Mardi, des centaines de milliers de personnes manifestaient à Lyon.", "Mardi",
     "des centaines de milliers de personnes"),
])
def test_a_described_or_inverted_performer_acts(nlp, text, day, actor):
    row = by_date(nlp, text, day)
    assert row["actors"][:1] == [actor]
    assert not [target for target in row["targets"] if target in actor]


@pytest.mark.parametrize(("text", "day", "actors", "targets"), [
    # the subject of an undergone act is acted on; who it comes from acts
    ("Claire Vautrin, qui avait déjà reçu une mise en garde en février de l'Union du Centre, "
     "a nourri la controverse.", "février", ["Union du Centre"], ["Claire Vautrin"]),
    ("En 2019, Paul Hébert avait déjà subi un camouflet.", "2019", [], ["Paul Hébert"]),
    ("Paul Hébert a été victime d'un malaise vendredi 14 juillet à Lyon.",
     "vendredi 14 juillet", [], ["Paul Hébert"]),
    # receiving someone is hosting: the subject acts
    ("Paul Hébert a reçu mardi Claire Vautrin à Lisbonne.", "mardi", ["Paul Hébert"],
     ["Claire Vautrin"]),
    # "faire l'objet de" an act is undergoing it
    ("L'un des deux hommes a fait l'objet d'une condamnation pour vol à Lyon en 2004.",
     "2004", [], ["L'un des deux hommes"]),
    ("Paul Hébert a fait l'objet lundi d'une mise en examen.", "lundi", [], ["Paul Hébert"]),
    # one who appears before a court is tried
    ("Un homme de 24 ans passera en comparution immédiate vendredi à Lyon.", "vendredi", [],
     ["Un homme de 24 ans"]),
    ("Paul Hébert passera devant le tribunal correctionnel lundi.", "lundi", [],
     ["Paul Hébert"]),
])
def test_who_undergoes_an_act_is_its_target(nlp, text, day, actors, targets):
    row = by_date(nlp, text, day)
    assert row["actors"] == actors
    assert row["targets"][:len(targets)] == targets


@pytest.mark.parametrize(("text", "day", "actor"), [
    # a past infinitive shares its governor's subject, described or resolved to its person
    ("La ministre de la Culture a plaidé la maladresse, après avoir comparé mercredi matin la "
     "critique à une insulte.", "mercredi matin", "La ministre de la Culture"),
    ("Le ministre Paul Hébert est arrivé à Lisbonne. Le ministre a plaidé la prudence, après "
     "avoir rencontré mercredi le maire.", "mercredi", "Paul Hébert"),
])
def test_a_past_infinitive_shares_its_governors_subject(nlp, text, day, actor):
    assert by_date(nlp, text, day)["actors"][:1] == [actor]


def test_the_noun_a_participle_hangs_on_is_not_its_performer(nlp):
    found = rows(nlp, "Les syndicats reçus mardi soir au ministère ont obtenu des garanties.")
    assert not [row for row in found if "Les syndicats" in " ".join(row["actors"])]


def test_a_name_apposed_before_a_verb_the_parse_left_without_subject_acts(nlp):
    # the parse puts the role noun inside the fronted participle's clause
    text = ("Nommée il y a deux semaines pour succéder à Claire Morel, la nouvelle ministre de la "
            "Culture, Anne Dupré, assure dimanche que les musées rouvriront.")
    assert by_date(nlp, text, "dimanche")["actors"] == ["Anne Dupré"]


def test_a_plural_noun_the_parse_makes_subject_of_a_singular_verb_is_no_performer(nlp):
    # "l'Égalité entre les femmes et les hommes affirmait": "les hommes" is no subject
    row = by_date(nlp, "Le 3 mars, Claire Vautrin, secrétaire d'État à l'Égalité entre les "
                       "femmes et les hommes affirmait sur Radio Sud qu'elle comprenait "
                       "l'émotion.", "3 mars")
    assert "les hommes" not in row["actors"]
    # coordinated subjects make a plural
    row = by_date(nlp, "Dès jeudi matin, son chef de cabinet et son conseiller m'ont retirée de "
                       "la messagerie Telegram.", "jeudi matin")
    assert row["actors"] and "messagerie Telegram" not in row["actors"]


@pytest.mark.parametrize(("text", "day", "actor"), [
    # "l'intéressée": the person the story is about
    ("La journaliste Carla Neves a été citée par le magazine. L'intéressée a démenti mardi soir "
     "sur Radio Sud.", "mardi soir", "Carla Neves"),
    # a nationality adjective on an act names the country that does it
    ("Les frappes américaines ont visé lundi des bases au nord du pays.", "lundi", "États-Unis"),
    ("Une frappe israélienne a tué mardi trois combattants.", "mardi", "Israël"),
    # the account a saying was written on is no speaker; the one inverted after the verb is
    ('"Nous soutiendrons nos alliés", a ainsi écrit mercredi le guide suprême sur son compte '
     "Twitter.", "mercredi", "le guide suprême"),
    # "il" after a speaker described by an epithet and inverted after a quotation
    ('"On marche sur la tête", s\'est indigné l\'animateur de la chaîne. Il avait déjà critiqué '
     "le projet fin 2017.", "fin 2017", "l'animateur de la chaîne"),
])
def test_the_one_performer_is_the_person_the_country_or_the_speaker_described(nlp, text, day,
                                                                               actor):
    assert by_date(nlp, text, day)["actors"] == [actor]


def test_the_person_noun_a_relative_clause_is_about_performs_it(nlp):
    # the parse hangs "qui" on "Maison", the complement of the person noun
    row = by_date(nlp, "Soulignant son attachement à la région, le locataire de la Maison "
                       "Blanche, qui briguera le 3 novembre un deuxième mandat, s'est fait "
                       "menaçant.", "3 novembre")
    assert row["actors"] == ["le locataire de la Maison Blanche"]


def test_the_outlet_a_poll_was_made_for_publishes_it(nlp):
    # with the pollster (readers of v36-v50: "the pollster is the performer")
    row = by_date(nlp, "Selon un sondage Opinionway pour LCI publié dimanche, Paul Hébert "
                       "recueille 48 % d'opinions positives.", "dimanche")
    assert row["actors"] == ["Opinionway", "LCI"]
    assert "Paul Hébert" not in row["actors"]


def test_the_speaker_after_a_quotation_takes_no_part_in_what_it_tells(nlp):
    found = rows(nlp, '"Personne ne sait ce qui se passera le 11 mai", a expliqué lundi Claire '
                      "Vautrin.")
    assert not [row for row in found if row["date_text"] == "11 mai"
                and "Claire Vautrin" in row["actors"] + row["targets"]]
    row = by_date(nlp, '"Le gouvernement de Paul Hébert a reculé mardi sur les retraites", a '
                       "estimé Claire Vautrin.", "mardi")
    assert "Claire Vautrin" not in row["actors"] + row["targets"]


def test_the_author_of_a_report_that_speaks_speaks(nlp):
    row = by_date(nlp, "Mardi, un rapport de la Cour des comptes a dénoncé la gestion de la "
                       "ville.", "Mardi")
    assert row["actors"] == ["Cour des comptes"]
    # a thing's owner does not do what the thing does
    row = by_date(nlp, "Lundi, la maison de Paul Hébert a brûlé.", "Lundi")
    assert row["actors"] == []


@pytest.mark.parametrize("noun", ["l'élu", "le parlementaire"])
def test_a_generic_noun_of_office_after_a_quote_is_the_one_named_with_such_an_office(nlp, noun):
    text = ("Gabriel Vasseur a défendu le projet lundi. Un avis que ne partage pas Eric Dormal, "
            "le député LR de la Drôme : \"Il faut qu'il retourne vers les côtes\", a expliqué "
            f"{noun}, mardi 12 juin sur CNews.")
    assert by_date(nlp, text, "mardi 12 juin")["actors"] == ["Eric Dormal"]


def test_a_generic_noun_of_office_is_no_holder_of_another_office(nlp):
    text = ("Gabriel Vasseur a défendu le projet lundi. Un avis que ne partage pas Eric Dormal, "
            "le ministre de l'Intérieur : \"Il faut qu'il retourne vers les côtes\", a expliqué "
            "l'élu, mardi 12 juin sur CNews.")
    assert "Eric Dormal" not in by_date(nlp, text, "mardi 12 juin")["actors"]


@pytest.mark.parametrize(("text", "day", "kind"), [
    ("Paul Hébert passera en comparution immédiate vendredi.", "vendredi", "trial"),
    ("Paul Hébert passera aux assises en 2021.", "2021", "trial"),
    # a text passing before an assembly is no trial
    ("Le texte de Paul Hébert passera devant le Sénat mardi.", "mardi", "other"),
])
def test_appearing_before_a_court_is_a_trial(nlp, text, day, kind):
    assert by_date(nlp, text, day)["type"] == kind


@pytest.mark.parametrize("text", [
    # the parse apposes the speaker to the outlet it is inverted after
    '"Il y avait une vraie volonté de nous écarter", déplore dans L\'Opinion Paul Mercadier.',
    '"Il faut agir vite", explique ce 4 novembre dans Le Journal du Dimanche Paul Mercadier, '
    'porte-parole du parti.',
])
def test_a_speaker_inverted_after_the_outlet_of_the_words_acts(nlp, text):
    row = next(row for row in rows(nlp, text, "2019-11-05") if row["lemma"] in (
        "déplorer", "expliquer"))
    assert row["actors"] == ["Paul Mercadier"] and row["targets"] == []


def test_a_described_speaker_inverted_after_a_pronominal_verb_is_its_noun_phrase(nlp):
    row = by_date(nlp, '"Un président ne dit pas cela", s\'est insurgé lundi matin sur Radio '
                       'Sud l\'ancien candidat socialiste à la présidentielle.', "lundi matin")
    assert row["actors"] == ["l'ancien candidat socialiste"]


def test_a_subject_before_an_incise_of_its_own_is_no_inverted_speaker(nlp):
    # "Samedi, X, <apposition>, avait appelé ses collègues": X calls, not "ses collègues"
    row = by_date(nlp, 'Samedi, Paul Morvan, également dans la course à la présidence du parti, '
                       'avait appelé ses collègues "à boycotter la séance".', "Samedi")
    assert row["actors"] == ["Paul Morvan"]


def test_an_outlet_before_a_relative_pronoun_does_the_relative_s_act(nlp):
    row = by_date(nlp, '"Il a décliné l\'offre", explique un élu dans les colonnes du Journal du '
                       'Dimanche, qui rapporte l\'information dimanche 19 août.',
                  "dimanche 19 août")
    assert row["actors"] == ["Journal du Dimanche"]


@pytest.mark.parametrize(("text", "actors"), [
    # the body completes a person noun before "qui": the person acts
    ("Une pique à destination du chef de file du Parti Omega, qui s'était moqué mardi d'une "
     "journaliste.", ["chef de file du Parti Omega"]),
    # the body alone before "qui" acts
    ("Le Parti Omega, qui a dénoncé mardi la réforme, est divisé.", ["Parti Omega"]),
])
def test_the_person_noun_a_body_before_qui_completes_does_the_relative_s_act(nlp, text,
                                                                             actors):
    assert by_date(nlp, text, "mardi")["actors"] == actors


def test_an_office_after_a_name_in_an_opening_clause_is_the_main_subject_not_that_name(nlp):
    # the comma closes the participle's clause: the ex-candidate is not the spokeswoman
    text = ("Claire Vautrin a été entendue lundi par la commission. Interrogée juste après "
            "l'ancienne porte-parole du gouvernement Marie Dubois, l'ex-candidate à la mairie "
            "de Paris a notamment dénoncé mardi un procès en incompétence.")
    assert "Marie Dubois" not in by_date(nlp, text, "mardi")["actors"]


def test_an_office_apposed_to_a_subject_without_its_closing_comma_is_still_its_role(nlp):
    text = ("Claire Vautrin, la maire socialiste de Nantes a prévenu samedi qu'il ne serait pas "
            "possible de rouvrir. La maire de Nantes a par ailleurs assuré dimanche que la ville "
            "ne prendrait aucun risque.")
    assert by_date(nlp, text, "dimanche")["actors"] == ["Claire Vautrin"]


def test_a_name_the_parse_hangs_on_an_organisation_after_an_office_holds_the_office(nlp):
    # "le président des Patriotes X": X, not another "président" of the text
    text = ("Le président Macron a parlé lundi. \"Avec cette affaire, le président Macron a donné "
            "un sentiment d'impunité.\"Invité de RMC/BFMTV, le président des Patriotes Florian "
            "Philippot a estimé mardi que la ministre devait partir.")
    assert by_date(nlp, text, "mardi")["actors"] == ["Florian Philippot"]


def test_those_called_upon_with_a_copula_are_targets_named_once(nlp):
    # "sont invités à": the parse reads "être" as a copula; the French are invited
    row = by_date(nlp, "À partir de ce jeudi 31 mai, les Français sont invités à réfléchir à la "
                       "future réforme des retraites.", "jeudi 31 mai")
    assert row["actors"] == [] and row["targets"] == ["Français"]


def test_the_subject_after_a_fronted_state_of_en_is_in_it(nlp):
    row = by_date(nlp, "En visite ce mercredi à Saint-Dié, dans les Vosges, Paul Hébert était "
                       "attendu à la sortie de la mairie par des cheminots.", "ce mercredi")
    assert row["trigger"] == "visite" and row["actors"] == ["Paul Hébert"]
