"""Who acts and who is acted on (events/roles.py): the voice of a clause, a passive's agent, the
name before a relative "qui". Sentences written for each rule."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corpus_cli.extract.events.roles import in_medium
from corpus_cli.extract.events.tree import object_read_as_subject
from tests.rows_for_tests import dated_row as by_date
from tests.rows_for_tests import layered, trigger_row


def test_selon_x_takes_no_part_in_an_act_it_only_tells_of(nlp):
    row = by_date(nlp, "Selon Radio Nord, sa demande devrait être examinée le mardi 18 "
                       "septembre prochain.", "mardi 18 septembre prochain")
    assert row["actors"] == []
    assert row["targets"] == []


def test_the_subject_beside_a_bare_participle_is_not_what_it_was_done_to(nlp):
    row = by_date(nlp, "Paul Hébert et Claire Vautrin songent à vendre leur maison achetée en "
                       "2008.", "2008")
    assert row["targets"] == []


def test_the_subject_of_a_pronominal_verb_the_tagger_misread_says_the_infinitive(nlp):
    text = "La porte-parole Claire Vautrin s'est abstenue de dire jeudi si le ministre restait."
    row = next(row for row in layered(nlp, text) if row["trigger"] == "dire")
    assert row["actors"] == ["Claire Vautrin"]


def test_a_name_inverted_after_a_verb_of_saying_and_its_date_is_the_speaker(nlp):
    # the parse labels the inverted name the verb's nsubj: a subject after it, no incise's
    text = ("Le consul a été rappelé parce que le pays veut être entendu, a expliqué lundi 8 "
            "février Anne-Claire Le Goff.")
    row = next(row for row in layered(nlp, text, "2021-02-10") if row["trigger"] == "expliqué")
    assert (row["actors"], row["targets"]) == (["Anne-Claire Le Goff"], [])


def test_a_noun_inverted_after_a_verb_of_saying_and_a_phrase_is_the_speaker(nlp):
    text = "\"Cela crée des désordres\", a reconnu mardi matin au micro de Radio Sud le ministre."
    row = next(row for row in layered(nlp, text) if row["trigger"] == "reconnu")
    assert row["actors"] == ["le ministre"]


def test_the_subject_inverted_in_a_relative_clause_on_its_object_acts(nlp):
    row = next(row for row in layered(nlp, "C'est le message qu'a émis l'Élysée ce samedi.")
               if row["trigger"] == "émis")
    assert (row["actors"], row["targets"]) == (["Élysée"], [])


def test_the_possessor_of_a_fronted_act_is_the_subject_named_after_it(nlp):
    found = layered(nlp, "Lors de sa visite lundi à Lyon, Claire Vautrin a rencontré les élus.")
    row = next(row for row in found if row["trigger"] == "visite")
    assert (row["actors"], row["date_text"]) == (["Claire Vautrin"], "lundi")


@pytest.mark.parametrize(("text", "date", "actors", "targets"), [
    # the agent of a bare participle
    ("Le maire cite les coupures comme celle revendiquée mardi matin par la CGT sur la zone "
     "portuaire.", "mardi matin", ["CGT"], []),
    # an agent the parse hangs on two date words
    ("L'attaque a été revendiquée dimanche après-midi par la branche syrienne de l'EI.",
     "dimanche après-midi", ["EI"], []),
    # a participle after "été" read as a copula is passive; its agent, of one's circle, acts
    ("Le député de Lyon a été quelque peu chahuté mardi par ses collègues.", "mardi",
     ["ses collègues"], ["Le député de Lyon"]),
    # the name before "qui", where the parse hangs the relative on a role
    ("Le ministre y était reçu avec le chef de file des Républicains au Sénat Marc Vidal, qui "
     "a déposé vendredi 8 novembre une proposition de loi.", "vendredi 8 novembre",
     ["Marc Vidal"], []),
    # the outlet whose information a participle publishes
    ("Selon les informations de Radio Nord publiées dimanche 24 février, les deux hommes ont "
     "été placés en garde à vue.", "dimanche 24 février", ["Radio Nord"], []),
    # the speaker named before a quotation acts for its "je"
    ("Claire Vautrin a déclaré : \"J'ai signé le contrat lundi avec mes avocats\".", "lundi",
     ["Claire Vautrin"], []),
    # the pollster that qualifies a published poll
    ("Le parti arrive en tête, selon un sondage Odilon paru mardi.", "mardi", ["Odilon"], []),
    # "selon X" where X acts in the relative clause stays its actor
    ("\"Il n'y a pas de limite\", selon Claire Vautrin qui avait réuni en 2017 21 % des voix.",
     "2017", ["Claire Vautrin"], []),
    # a role noun inverted after a verb of saying, its adjective before it: who speaks
    ("\"La situation est grave\", déplore jeudi l'ancien ministre de la Ville dans un "
     "entretien au Courrier.", "jeudi", ["l'ancien ministre de la Ville"], []),
    # a participle coordinated to a passive shares its auxiliaries: passive too
    ("Paul Hébert a été arrêté lundi puis placé en garde à vue mardi.", "mardi", [],
     ["Paul Hébert"]),
    # the parse hangs the second participle on the agent: it continues the first verb, and
    # the gendarmes acting next to it hold him (events/implied.py)
    ("Paul Hébert a été arrêté lundi par des gendarmes puis placé en garde à vue mardi.",
     "mardi", ["des gendarmes"], ["Paul Hébert"]),
    # a fronted participle describes the main clause's subject: done to it, or done by it
    # when the verb takes être
    ("Interpellé lundi à Lyon, Luc Barre a été placé en garde à vue.", "lundi", [],
     ["Luc Barre"]),
    ("Interpellé lundi, l'homme a été placé en garde à vue.", "lundi", [], ["l'homme"]),
    ("Déjà condamné en 2018 pour fraude, Luc Barre a été sanctionné.", "2018", [],
     ["Luc Barre"]),
    ("Arrivé lundi à Genève, Paul Hébert a rencontré Luc Barre mardi.", "lundi",
     ["Paul Hébert"], []),
    # a participle qualifying a name says what was done to it, unless the verb takes être
    ("Paul Hébert, arrêté lundi à Lyon, a été remis en liberté mardi.", "lundi", [],
     ["Paul Hébert"]),
    ("La députée Claire Vautrin, élue en 2017 dans le Rhône, a annoncé sa démission.", "2017",
     [], ["Claire Vautrin"]),
    ("Paul Hébert, arrivé lundi à Lyon, a rencontré le maire.", "lundi", ["Paul Hébert"], []),
    # the body a passive with no agent is done at does it
    ("Voté samedi à l'Assemblée nationale, le texte est examiné mardi au Sénat.", "mardi",
     ["Sénat"], []),
    ("Le projet de loi a été adopté jeudi au Parlement européen.", "jeudi",
     ["Parlement européen"], []),
    # a verb that only says when a sitting's act takes place: the body it sits in does it
    ("Du 3 au 14 mai, le projet de réforme va être débattu au Sénat.", "Du 3 au 14 mai",
     ["Sénat"], []),
    ("Le ministre a rappelé qu'une adoption est nécessaire en juin à l'Assemblée nationale.",
     "juin", ["Assemblée nationale"], []),
    ("Le débat et le vote du Sénat sur la réforme auront lieu mercredi.", "mercredi",
     ["Sénat"], []),
    # a court the accused is judged before
    ("L'élue Claire Vautrin sera jugée mercredi devant le Conseil d'État.", "mercredi",
     ["Conseil d'État"], ["Claire Vautrin"]),
    # but the "à X" of a giving verb receives
    ("Le dossier a été confié jeudi à la Commission européenne.", "jeudi",
     [], ["Commission européenne"]),
    # a guest of an outlet speaks; "invité de X" for a person is an invitation
    ("Invité de Radio Nord lundi 3 juin, Paul Hébert a éludé la question.", "lundi 3 juin",
     ["Paul Hébert"], ["Radio Nord"]),
    ("Invité de Radio Nord lundi 3 juin, le député Paul Hébert a éludé la question.",
     "lundi 3 juin", ["Paul Hébert"], ["Radio Nord"]),
    # the parser making the fronted participle the root, the main clause hung on it
    ("Invité de Radio Nord mardi soir, Paul Hébert, cofondateur du journal, a critiqué le "
     "rapport de la commission.", "mardi soir", ["Paul Hébert"], ["Radio Nord"]),
    # one who succeeds another takes an office: acted on, as one appointed
    ("Paul Hébert lui a succédé à la tête du parti en 2011.", "2011", [], ["Paul Hébert"]),
    # the outlet questioning a guest ("par X") asks, the guest speaks
    ("Interrogée mardi par Radio Nord, Claire Vautrin a défendu la réforme.", "mardi",
     ["Claire Vautrin"], ["Radio Nord"]),
    # the candidate runs a campaign and files a candidacy; one elected is acted on
    ("Claire Vautrin a lancé mercredi sa campagne pour la présidentielle.", "mercredi",
     ["Claire Vautrin"], []),
    ("La campagne de Paul Hébert contre Luc Barre a débuté mercredi.", "mercredi",
     ["Paul Hébert"], ["Luc Barre"]),
    ("Paul Hébert a déposé mercredi sa candidature.", "mercredi", ["Paul Hébert"], []),
    # a candidate scoring in an election is acted on: the voters hold it
    ("Paul Hébert a rassemblé dimanche 23 % des voix.", "dimanche", [], ["Paul Hébert"]),
    ("Claire Vautrin a remporté dimanche l'élection municipale.", "dimanche", [],
     ["Claire Vautrin"]),
    ("Paul Hébert a voté mardi contre le texte.", "mardi", ["Paul Hébert"], []),
    # a candidate of an election's noun runs in it, also when the clause names him alone
    ("Paul Hébert est candidat aux élections sénatoriales du 24 septembre sur la liste du "
     "parti.", "24 septembre", [], ["Paul Hébert"]),
    ("Paul Hébert a confirmé son intention de mener une liste aux élections européennes de "
     "2019.", "2019", [], ["Paul Hébert"]),
    ("Paul Hébert a été élu mercredi.", "mercredi", [], ["Paul Hébert"]),
    ("Interrogée mardi par Radio Nord, la ministre a évoqué les doutes de Paul Hébert.",
     "mardi", ["la ministre"], ["Radio Nord"]),
    # invited by a paper that the name is apposed to: the paper's name asks, the guest speaks
    ("Invité samedi par le journal Le Matin, Paul Hébert a défendu sa réforme.", "samedi",
     ["Paul Hébert"], ["Le Matin"]),
    ("Invité samedi par le journal Le Matin, l'ancien maire a été pris au piège.", "samedi",
     ["l'ancien maire"], ["Le Matin"]),
    # an act's "par X", named in the phrase of its noun
    ("L'arrestation lundi de Paul Hébert par la police de Genève a surpris.", "lundi",
     ["police de Genève"], ["Paul Hébert"]),
    # the "de X" of a work published is its author
    ("Le rapport de la Cour des comptes sera publié vendredi.", "vendredi",
     ["Cour des comptes"], []),
    ("Le livre de Paul Hébert paraîtra jeudi.", "jeudi", ["Paul Hébert"], []),
    # a person written to or answered is acted on; an outlet told is only the audience
    ("Paul Hébert a écrit à Claire Vautrin le 23 août.", "23 août", ["Paul Hébert"],
     ["Claire Vautrin"]),
    ("Paul Hébert a répondu mardi à Claire Vautrin sur Radio Nord.", "mardi", ["Paul Hébert"],
     ["Claire Vautrin"]),
    ("Paul Hébert a déclaré mardi à l'AFP que le texte était prêt.", "mardi", ["Paul Hébert"],
     []),
    # people and bodies named by what they are, counted or not (data/events_actors.txt)
    # (on a day: a crowd counted over a month is a tally, no event)
    ("Radio Nord révèle que 12.000 contribuables ont modulé leur taux d'imposition "
     "mardi.", "mardi", ["12.000 contribuables"], []),
    ("Le 23 avril, la commune s'était engagée à annuler les loyers.", "23 avril",
     ["la commune"], []),
    ("Paul Hébert a souligné que 1,3 million de Noirs américains avaient voté pour lui en "
     "2016.", "2016", ["1,3 million de Noirs américains"], []),
    # the victim of an act undergoes it, whatever the date hangs on
    ("Paul Hébert a été victime d'une agression lundi à Lyon.", "lundi", [], ["Paul Hébert"]),
    ("Un gardien du musée avait été victime d'une mésaventure fin juillet.", "fin juillet", [],
     ["Un gardien du musée"]),
    # "se faire" with an act: the subject has it done to it, by its "par X"; not with
    # "entendre", where the subject speaks
    ("Claire Vautrin s'est fait agresser lundi à Lyon par deux hommes.", "lundi",
     ["deux hommes"], ["Claire Vautrin"]),
    ("La chanteuse s'était fait braquer jeudi 3 octobre dans sa loge.", "jeudi 3 octobre",
     [], ["La chanteuse"]),
    ("Paul Hébert s'est fait entendre lundi 4 mars à l'Assemblée.", "lundi 4 mars",
     ["Paul Hébert"], ["Assemblée"]),
    # a protester received is a guest, not an act undergone
    ("Le 30 novembre, Paul Hébert a reçu un premier gilet jaune.", "30 novembre",
     ["Paul Hébert"], []),
    # a name opening the clause of a verb with no subject, which the parse hung on the phrase
    # before it, is that verb's subject
    ("Dévoilant sur son compte Facebook un courrier du 7 janvier émanant du ministère de la "
     "Transition écologique et solidaire, Claire Vautrin annonce ce mardi son « licenciement "
     "sans entretien préalable ».", "ce mardi", ["Claire Vautrin"], []),
    ("Quatre jours avant la reprise des négociations avec les organisations syndicales et "
     "patronales, le Premier ministre Paul Hébert a rassemblé ce vendredi 3 janvier les "
     "membres du gouvernement en charge de la réforme des retraites.", "vendredi 3 janvier",
     ["Paul Hébert"], []),
    ("Discrète depuis sa défaite au second tour de la présidentielle, Marine Le Goff a fait sa "
     "rentrée politique ce jeudi 7 septembre au journal télévisé de TF1.", "jeudi 7 septembre",
     ["Marine Le Goff"], ["TF1"]),
    ("Malgré tout, Lyon et Grenoble ont annoncé mardi des mesures de sécurité.", "mardi",
     ["Lyon", "Grenoble"], []),
    # "par" read along the words, an epithet the parse made a verb between it and the name
    ("Le réalisateur a utilisé ce chiffre, calculé à partir de propos tenus mi-avril par le "
     "très respecté Paul Hébert.", "mi-avril", ["Paul Hébert"], []),
    # a reflexive verb's "se" is no subject
    ("Au lendemain de l'annonce, Claire Vautrin s'est rendue jeudi matin à Lyon.",
     "jeudi matin", ["Claire Vautrin"], []),
    # a subject after a fronted medium and its comma is no second medium
    ("Sur Twitter, Marc Lefèvre a dénoncé mardi cette décision.", "mardi",
     ["Marc Lefèvre"], []),
    ("Dans un post sur Facebook, Claire Vautrin donne sa version et regrette mardi "
     "cette décision.", "mardi", ["Claire Vautrin"], []),
    # who calls a protest leads it
    ("Une manifestation aura lieu vendredi devant la préfecture, à l'appel de la CGT et de "
     "Force ouvrière.", "vendredi", ["CGT", "Force ouvrière"], []),
    ("Les salariés ont manifesté jeudi à l'appel de la CGT.", "jeudi", ["CGT"], []),
    # a name after "de son côté", "pour sa part" takes no preposition from the aside
    ("\"Cela aurait pu être plus grave\", a estimé de son côté Claire Vautrin, sénatrice "
     "du Gard, dimanche.", "dimanche", ["Claire Vautrin"], []),
    # "cet été" after a participle is the season, no passive's "été"
    ("Le prêtre Paul Hébert a été écarté. \"Je l'accepte et je ne regrette rien de ce que "
     "j'ai dit cet été car je l'ai dit en conscience\", a ajouté le père Hébert.", "cet été",
     ["Paul Hébert"], []),
    # a name after a medium and its comma is no name of the medium
    ("Dans une tribune, Paul Hébert s'est dit inquiet lundi.", "lundi", ["Paul Hébert"], []),
])
def test_who_acts_and_who_is_acted_on(nlp, text, date, actors, targets):
    row = by_date(nlp, text, date)
    assert row["actors"] == actors
    assert row["targets"] == targets


def test_a_name_after_its_role_with_a_complement_is_the_subjectless_verb_s_subject(nlp):
    row = by_date(nlp, "La semaine dernière, son ministre de l'Économie Paulo Mendes injuriait "
                       "à son tour l'épouse du chef de l'État.", "La semaine dernière")
    assert any("Paulo Mendes" in actor for actor in row["actors"]) and not row["targets"]


def test_a_noun_with_its_present_participle_before_an_incise_is_no_subject(nlp):
    row = by_date(nlp, "Les ministres Paul Hébert et Luc Barre ont en effet reçu des lettres de "
                       "menaces de mort, leurs auteurs réclamant dans l'une d'elles l'abandon de "
                       "la réforme des retraites, révèle ce mercredi 22 janvier l'AFP.",
                  "mercredi 22 janvier")
    assert row["actors"] == ["AFP"]


def test_le_premier_ministre_is_not_a_minister_named_with_another_office(nlp):
    row = by_date(nlp, "La ministre de la Culture Claire Vautrin a visité le musée. Le Premier "
                       "ministre a reçu mardi les maires.", "mardi")
    assert "Claire Vautrin" not in row["actors"]


def test_a_role_written_before_a_name_tells_whom_the_role_noun_stands_for(nlp):
    text = ("Lisbonne a démenti les affirmations du ministre des Affaires étrangères "
            "portugais Rui Camacho. Trois jours plus tard, son ministre des Affaires étrangères "
            "déclarait mardi que l'opposant était parti.")
    row = by_date(nlp, text, "mardi")
    assert row["actors"] == ["Rui Camacho"]


def _actors(nlp, text: str, trigger: str) -> list[str]:
    return next(row for row in layered(nlp, text) if row["trigger"] == trigger)["actors"]


@pytest.mark.parametrize(("text", "actors"), [
    # a nationality never takes the role of another country
    ("Le président brésilien Marco Tavares a reçu Paul Hébert. Le président Paul Hébert est "
     "rentré mardi. Le président français a critiqué lundi ce projet.", ["Paul Hébert"]),
    # of two holding the role, the one named with the country holds it there
    ("Le président Paul Hébert est arrivé mardi en France. Le président Marco Tavares est "
     "resté à Lisbonne. Le président français a critiqué lundi ce projet.", ["Paul Hébert"]),
    # both named with the country: no guess
    ("Le président Paul Hébert est arrivé mardi en France. Le président Marco Tavares a "
     "quitté la France. Le président français a critiqué lundi ce projet.",
     ["Le président français"]),
])
def test_a_role_with_a_nationality_is_the_one_holder_of_that_country(nlp, text, actors):
    assert _actors(nlp, text, "critiqué") == actors


def test_the_former_aide_of_someone_is_the_one_the_text_makes_an_aide(nlp):
    text = ("La députée Claire Vautrin a critiqué l'ex-collaborateur du chef de l'État Luc Barre "
            "après son départ. L'ancien collaborateur de Paul Hébert a assuré lundi qu'il "
            "partirait.")
    assert _actors(nlp, text, "assuré") == ["Luc Barre"]


def test_an_aide_of_someone_with_two_aides_named_is_nobody_guessed(nlp):
    text = ("Le conseiller du ministre Luc Barre a démissionné. Le conseiller du ministre Marc "
            "Delorme est resté. Le conseiller de Paul Hébert a assuré lundi qu'il partirait.")
    assert _actors(nlp, text, "assuré") == ["Le conseiller de Paul Hébert"]


@pytest.mark.parametrize(("text", "actors"), [
    ("Le ministre des Affaires étrangères Paul Hébert a quitté Paris. Le chef de la "
     "diplomatie française a rencontré lundi son homologue.", ["Paul Hébert"]),
    ("Paul Hébert, le chef de la diplomatie, a quitté Paris. Le ministre des Affaires "
     "étrangères a rencontré lundi son homologue.", ["Paul Hébert"]),
    # another complement is another office: the head of the Senate is no head of state
    ("Le président du Sénat Paul Hébert a quitté Paris. Le chef de l'État a rencontré lundi "
     "son homologue.", ["Le chef de l'État"]),
    # an office with several periphrases, one naming its seat
    ("Le Premier ministre Paul Hébert a quitté Paris. Le patron de Matignon a rencontré lundi "
     "les syndicats.", ["Paul Hébert"]),
    # a periphrase with a nationality: that country's holder only
    ("Le président américain Paul Hébert a parlé. Le patron de la Maison Blanche a rencontré "
     "lundi son homologue.", ["Paul Hébert"]),
    ("Le président français Paul Hébert a parlé. Le patron de la Maison Blanche a rencontré "
     "lundi son homologue.", ["Le patron de la Maison Blanche"]),
])
def test_an_office_named_by_its_periphrase_is_its_holder(nlp, text, actors):
    assert _actors(nlp, text, "rencontré") == actors


def test_a_role_coordinated_after_an_apposition_and_an_aside_in_the_noun_still_match(nlp):
    text = ("Le secrétaire du « Conseil de la stratégie », organe central de l'État, a menacé "
            "lundi de partir. « Nous verrons », a répondu Luc Barre, ancien chef de l'armée, et "
            "aujourd'hui secrétaire du Conseil de la stratégie.")
    assert _actors(nlp, text, "menacé") == ["Luc Barre"]


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("Une rencontre entre Paul Hébert et Claire Vautrin a eu lieu lundi à Lyon.", "rencontre",
     ["Paul Hébert", "Claire Vautrin"]),
    # the parse reads "et Y ont repris" as a clause of its own (nlp/between.py)
    ("Les négociations entre Israël et le Hamas ont repris mardi au Caire.", "négociations",
     ["Israël", "Hamas"]),
    ("Les discussions entre Athènes et Ankara ont échoué lundi.", "échoué", ["Athènes", "Ankara"]),
    # a fight between two sides: each side fights, neither is only fought
    ("Les combats entre Israël et le Hamas ont repris mardi.", "combats", ["Israël", "Hamas"]),
    ("L'accord entre Paul Hébert et Claire Vautrin a été signé lundi.", "signé",
     ["Paul Hébert", "Claire Vautrin"]),
    # a thing between two sides is no act of theirs
    ("La frontière entre la Serbie et le Kosovo a été fermée lundi.", "fermée", []),
    # "entre X et Y" on the verb a thing's noun is the subject of, or on its date
    ("Une rencontre a eu lieu mardi entre Paul Hébert et Claire Vautrin.", "rencontre",
     ["Paul Hébert", "Claire Vautrin"]),
    ("Des tensions sont apparues en mai entre Paul Hébert et Claire Vautrin.", "apparues",
     ["Paul Hébert", "Claire Vautrin"]),
    # people who choose between two names do not make them act
    ("Les électeurs ont hésité lundi entre Paul Hébert et Claire Vautrin.", "hésité",
     ["Les électeurs"]),
])
def test_the_two_sides_of_an_act_between_them_both_act(nlp, text, trigger, actors):
    assert _actors(nlp, text, trigger) == actors


@pytest.mark.parametrize("role", ["Le Premier ministre", "La porte-parole du gouvernement"])
def test_a_body_is_no_office_whose_complement_it_is(nlp, role):
    text = f"{role} Paul Hébert a quitté Paris. Le gouvernement a rencontré lundi les syndicats."
    assert _actors(nlp, text, "rencontré") == ["Le gouvernement"]


@pytest.mark.parametrize(("text", "date_text", "person"), [
    ("Le numéro un du Parti communiste Jean Martin a dit samedi soutenir les grévistes.",
     "samedi", "Jean Martin"),
    ("Le numéro deux du PS Paul Lambert a critiqué lundi la réforme.", "lundi",
     "Paul Lambert"),
])
def test_a_person_the_parse_apposed_to_an_organisation_is_the_role_s(nlp, text, date_text,
                                                                     person):
    row = by_date(nlp, text, date_text)
    assert (row["actors"], row["targets"]) == ([person], [])


def test_a_quotation_the_parse_made_the_subject_leaves_the_incise_speaker_inverted(nlp):
    text = ("Sa décision \"est évidemment un choc pour notre campagne\", a déclaré samedi Paul "
            "Renaud, le délégué général du parti.")
    row = by_date(nlp, text, "samedi")
    assert (row["actors"], row["targets"]) == (["Paul Renaud"], [])


@pytest.mark.parametrize(("opening", "noun"), [
    ("Le Premier ministre Henri Varin", "le chef du gouvernement"),
    ("La Première ministre Hélène Varin", "la cheffe du gouvernement"),
])
def test_a_role_noun_inverted_after_two_quotations_is_the_person_named_with_that_role(
        nlp, opening, noun):
    # the parse makes a noun of the first quotation the verb's subject
    text = (f"{opening} a parlé aux députés. \"C'est une longue lutte\" et \"la seule "
            f"réponse policière ne suffit pas, mais elle est nécessaire\", a déclaré mardi 9 "
            f"mars {noun}.")
    row = by_date(nlp, text, "mardi 9 mars")
    assert row["actors"] == [opening.split(" ", 3)[3]]


def test_an_inverted_subject_pronoun_after_a_quotation_is_the_subject(nlp):
    # the parse labels "-elle" dep, not nsubj: hyphened to the verb, it is its subject still
    text = ("La sénatrice Anne Morel a réagi. « Ce texte est une erreur », explique-t-elle lundi "
            "sur son compte Twitter.")
    row = by_date(nlp, text, "lundi")
    assert "Twitter" not in row["actors"]


@pytest.mark.parametrize(("text", "date_text", "speaker"), [
    ("Des mesures nouvelles, comme l'a annoncé lundi Claire Dumas.", "lundi", "Claire Dumas"),
    ("Le projet sera abandonné, comme le rappelle jeudi le préfet.", "jeudi", "le préfet"),
])
def test_comme_and_a_verb_of_saying_open_an_incise_whose_subject_is_inverted(
        nlp, text, date_text, speaker):
    assert by_date(nlp, text, date_text)["actors"] == [speaker]


@pytest.mark.parametrize(("text", "date_text", "speaker"), [
    # the parse makes the reported clause's noun the verb of saying's subject
    ("Le pays compte \"30% de malades en moins\" grâce au vaccin, a estimé le ministre de la "
     "Santé lundi dans un entretien accordé au journal Le Matin.", "lundi",
     "le ministre de la Santé"),
    ("La ville compte \"20% de visiteurs en moins\" à cause des grèves, a estimé le maire "
     "dimanche soir dans une interview donnée à la chaîne Radio Sud.", "dimanche soir",
     "le maire"),
])
def test_a_clause_before_a_comma_and_a_verb_of_saying_is_what_its_inverted_subject_said(
        nlp, text, date_text, speaker):
    row = by_date(nlp, text, date_text)
    assert row["actors"] == [speaker]


def test_a_person_subject_before_a_comma_still_speaks(nlp):
    text = "Le ministre Paul Renaud, très ému, a annoncé lundi la fermeture de l'usine."
    assert by_date(nlp, text, "lundi")["actors"] == ["Paul Renaud"]


@pytest.mark.parametrize(("text", "date_text", "actors", "targets"), [
    ("Un Norvégien a été arrêté lundi à Lyon.", "lundi", [], ["Un Norvégien"]),
    ("Lundi, ce Norvégien de 41 ans a agressé deux passants à Lyon.", "Lundi",
     ["ce Norvégien de 41 ans"], []),
    ("Les Norvégiens ont voté lundi.", "lundi", ["Norvégiens"], []),
])
def test_one_of_a_people_is_a_person_described_not_the_country(
        nlp, text, date_text, actors, targets):
    row = by_date(nlp, text, date_text)
    assert (row["actors"], row["targets"]) == (actors, targets)


def test_a_role_noun_subject_inside_the_quotation_of_its_verb_is_the_person_so_named(nlp):
    text = ("Le Premier ministre Henri Varin a parlé lundi. Puis, \"le Premier ministre "
            "consultera les partis mercredi\", a-t-on ajouté de même source.")
    row = by_date(nlp, text, "mercredi")
    assert row["actors"] == ["Henri Varin"]


def test_a_place_in_parentheses_is_where_not_who(nlp):
    row = by_date(nlp, "L'artiste avait été agressé dans la nuit du samedi 14 au dimanche 15 "
                       "janvier, non loin de son domicile de Vernon (Eure).",
                  "du samedi 14 au dimanche 15 janvier")
    assert "Eure" not in row["actors"]
    assert "Eure" in row["places"]


def test_a_name_opened_by_lors_de_is_the_occasion_not_who_acts(nlp):
    text = ("Les poursuites visent son discours contre l'immigration prononcé lors d'une "
            "Convention de la droite fin septembre.")
    assert all("Convention de la droite" not in row["actors"] for row in layered(nlp, text))


def test_a_quotation_mark_before_the_occasions_name_changes_nothing(nlp):
    # the occasion is no participant, so the possessive tells who spoke
    text = ("Le maire Luc Perret a été critiqué pour son discours prononcé lors du \"Forum des "
            "Territoires\" le 3 juin.")
    assert by_date(nlp, text, "3 juin")["actors"] == ["Luc Perret"]


@pytest.mark.parametrize(("text", "date_text", "actors", "targets"), [
    # the name that reports an act in an incise after it takes no part in it...
    ("Le pont a été fermé lundi, a annoncé le préfet Jean Morel.", "lundi", [], []),
    ("Le texte sera présenté mercredi, a annoncé Claire Vautrin.", "mercredi", [], []),
    # ...but who promises a planned act with no agent is who will do it
    ("Cette présentation doit être livrée mercredi 11 décembre, a promis Paul Hébert.",
     "mercredi 11 décembre", ["Paul Hébert"], []),
])
def test_the_name_reporting_an_act_in_an_incise_after_it(nlp, text, date_text, actors, targets):
    row = by_date(nlp, text, date_text)
    assert (row["actors"], row["targets"]) == (actors, targets)


@pytest.mark.parametrize(("text", "date_text", "label", "agent"), [
    ("La loi, votée lundi par le Sénat, entre en vigueur.", "lundi", "MISC", "Sénat"),
    ("Ces informations ont été dévoilées mardi par Radio Nord.", "mardi", "LOC", "Radio Nord"),
])
def test_a_passives_agent_acts_whatever_the_model_tagged_it(nlp, text, date_text, label,
                                                             agent):
    from corpus_cli.extract.dates import extract_dates
    from corpus_cli.extract.events import extract_events
    from corpus_cli.extract.mentions import extract_mentions

    doc = nlp(text)
    start = text.index(agent)
    doc.ents = [doc.char_span(start, start + len(agent), label=label)]
    dates = extract_dates(doc, "2021-03-10")
    row = next(r for r in extract_events(doc, extract_mentions(doc), dates)
               if r["date_text"] == date_text)
    assert row["actors"] == [agent]


@pytest.mark.parametrize(("text", "date_text", "speaker"), [
    ("\"J'ai pris cet arrêté pour créer un sursaut\", a expliqué dimanche 7 mars le maire par "
     "intérim Lucien Brevet, confirmant une information de Radio Nord.", "dimanche 7 mars",
     "Lucien Brevet"),
    ("\"Nous restons prudents\", a déclaré lundi 8 mars le porte-parole du ministère Jean "
     "Morel.", "lundi 8 mars", "Jean Morel"),
])
def test_a_name_after_a_role_and_its_complement_inverted_after_a_verb_of_saying_speaks(
        nlp, text, date_text, speaker):
    row = by_date(nlp, text, date_text)
    assert (row["actors"], row["targets"]) == ([speaker], [])


def test_names_conjoined_to_a_reporter_take_no_part_and_speak_with_it(nlp):
    rows = layered(nlp, "Le pont a été fermé lundi, ont annoncé le préfet Jean Morel et la "
                        "maire Claire Vautrin.")
    closing = next(r for r in rows if r["date_text"] == "lundi")
    saying = next(r for r in rows if r["type"] == "public_statement")
    assert (closing["actors"], closing["targets"]) == ([], [])
    assert (saying["actors"], saying["targets"]) == (["Jean Morel", "Claire Vautrin"], [])


@pytest.mark.parametrize(("text", "day", "actors", "targets"), [
    # the voters hold an election: a candidate or a list named around its noun runs in it
    ("Carla Neves pourrait être candidate à la présidentielle de 2027.", "2027", [],
     ["Carla Neves"]),
    ("Le candidat Jorge Almeida a remporté les législatives de février dernier.",
     "février dernier", [], ["Jorge Almeida"]),
    # unless it is the noun's "par X"
    ("L'élection du président par le Parlement aura lieu mardi.", "mardi", ["Parlement"], []),
])
def test_the_names_around_an_election_noun_run_in_it(nlp, text, day, actors, targets):
    row = by_date(nlp, text, day)
    assert (row["actors"], row["targets"]) == (actors, targets)


@pytest.mark.parametrize(("text", "day", "actors", "targets"), [
    # the body of justice a passive act is done before charges or tries
    ("Paul Hébert a été jugé lundi devant le tribunal correctionnel de Brest.", "lundi",
     ["le tribunal correctionnel de Brest"], ["Paul Hébert"]),
    ("Paul Hébert a été déféré mercredi au parquet de Brest.", "mercredi",
     ["parquet de Brest"], ["Paul Hébert"]),
    ("Paul Hébert sera jugé à partir du mercredi 13 mars devant le tribunal de Brest.",
     "mercredi 13 mars", ["le tribunal de Brest"], ["Paul Hébert"]),
])
def test_the_body_of_justice_one_is_brought_before_acts(nlp, text, day, actors, targets):
    row = by_date(nlp, text, day)
    assert (row["actors"], row["targets"]) == (actors, targets)


def test_the_show_that_carried_words_is_no_performer(nlp):
    row = by_date(nlp, "Paul Hébert a répondu jeudi à Claire Vautrin. Des propos qu'il avait "
                       "déjà tenus dans l'émission \"Soir Plus\", sur TVS, la veille.",
                  "la veille")
    assert not {"Soir Plus", "TVS"} & set(row["actors"])


@pytest.mark.parametrize(("text", "day", "actors"), [
    # a bare participle on a noun no possessive ties to anyone: the sentence's names did not
    # do its act
    ("La ministre Claire Vautrin a présenté mardi le plan de relance adopté en 2019.", "2019",
     []),
    ("Les sanctions ont été rétablies après la dénonciation par le président Paul Hébert en "
     "2018 de l'accord sur le nucléaire conclu en 2015.", "2015", []),
    # a possessive ties it to its owner; the author of a medium is who speaks through it
    ("Paul Hébert songe à vendre son château acheté en 2008.", "2008", ["Paul Hébert"]),
    ("Le président Paul Hébert a menacé les députés dans une lettre envoyée mardi 13 novembre "
     "aux parlementaires.", "mardi 13 novembre", ["Paul Hébert"]),
])
def test_the_names_outside_a_participle_s_noun_did_not_do_its_act(nlp, text, day, actors):
    assert by_date(nlp, text, day)["actors"] == actors


def test_the_name_after_a_role_inverted_in_a_relative_acts(nlp):
    # the parse hangs the given name on the role and the surname on the verb (with this name)
    row = by_date(nlp, "C'est ce qu'a annoncé le ministre Paul Durand mercredi matin sur Radio "
                       "Nord.", "mercredi matin")
    assert row["actors"] == ["Paul Durand"]


def test_a_name_apposed_to_an_office_inverted_after_a_verb_of_saying_speaks(nlp):
    # the office's complement (a party and its acronym) comes first; the holder speaks
    text = ("Un accord a été trouvé, a annoncé mercredi le chef du Parti radical (PRV) Marco "
            "Tavares.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "annoncé")
    assert row["actors"] == ["Marco Tavares"]


def test_the_subject_of_the_main_clause_performs_a_gerund_the_parse_made_a_modifier(nlp):
    text = ("En s'attaquant au Portugal sur les réseaux sociaux ce mardi 9 mars, Paul Hébert "
            "pensait se faire entendre.")
    assert by_date(nlp, text, "mardi 9 mars")["actors"] == ["Paul Hébert"]


def test_the_outlet_of_a_report_in_incise_takes_no_part_in_what_it_reports(nlp):
    text = ("La société de Paul Hébert avait été placée en redressement judiciaire début "
            "février, rappelle Le Journal du Centre.")
    assert all("Journal" not in name for row in layered(nlp, text)
               for name in row["participants"])


@pytest.mark.parametrize(("text", "lemma", "actor"), [
    # a demonstrative restating the name before the relative pronoun
    ("Le procureur Marc Lemoine, celui-là même qui a inculpé Paul Hébert en novembre, a "
     "estimé que l'accord était légal.", "inculper", "Marc Lemoine"),
    # the medium of one act does the relative clause's act
    ("\"Nous ne serons pas l'arbitre de la vérité\", a-t-il déclaré dans un entretien à Radio "
     "Sud Infos, qui en a diffusé un extrait mercredi.", "diffuser", "Radio Sud Infos"),
])
def test_the_name_before_a_relative_pronoun_does_its_act(nlp, text, lemma, actor) -> None:
    row = next(row for row in layered(nlp, text, "2020-05-04") if row["lemma"] == lemma)
    assert row["actors"] == [actor]


@pytest.mark.parametrize(("text", "lemma", "not_actor"), [
    # an organisation complementing an office is the holder's affiliation
    ("Le président du groupe Renouveau à l'Assemblée a expliqué jeudi qu'il fallait attendre.",
     "expliquer", "Renouveau"),
    # so is a second portfolio the parse hangs on the office as its conjunct
    ("Le ministre de l'Action et des Comptes publics a déclaré vendredi matin sur Radio Nord "
     "que la concertation durerait.", "déclarer", "Comptes"),
])
def test_an_office_s_organisation_is_no_actor(nlp, text, lemma, not_actor) -> None:
    row = next(row for row in layered(nlp, text, "2019-08-01") if row["lemma"] == lemma)
    assert not_actor not in row["actors"] and row["actors"]


def test_a_group_named_with_its_organisation_still_acts(nlp) -> None:
    row = next(row for row in layered(nlp, "Le groupe Renouveau a voté mardi contre le texte.",
                                      "2019-08-01") if row["lemma"] == "voter")
    assert row["actors"] == ["Renouveau"]


@pytest.mark.parametrize("text", [
    "Paul Hébert, condamné en 1996 pour fraude, a passé 20 mois en prison.",
])
def test_a_bare_participle_s_noun_underwent_it(nlp, text: str) -> None:
    row = next(row for row in layered(nlp, text, "2020-06-02") if row["lemma"] == "condamner")
    assert (row["type"], row["actors"], row["targets"]) == ("trial", [], ["Paul Hébert"])


@pytest.mark.parametrize(("text", "lemma", "actors", "targets"), [
    # a host receives a share of persons; no one undergoes them
    ("Paul Hébert a reçu jeudi une partie des syndicats.", "recevoir", ["Paul Hébert"], []),
    # the defendant appears, the appointee becomes: both are acted on; the court judges
    ("Paul Hébert devrait comparaître devant un tribunal le 31 octobre prochain.",
     "comparaître", ["un tribunal"], ["Paul Hébert"]),
])
def test_who_hosts_and_who_is_acted_on(nlp, text, lemma, actors, targets) -> None:
    row = next(row for row in layered(nlp, text, "2019-10-15") if row["lemma"] == lemma)
    assert (row["actors"], row["targets"]) == (actors, targets)


@pytest.mark.parametrize(("text", "actor"), [
    # who speaks: the "de" of a noun of saying, whatever governs the noun
    ("Ils attendaient l'allocution de Paul Hébert lundi soir.", "Paul Hébert"),
    ("Ils attendaient l'allocution du chef de l'État lundi soir.", "chef de l'État"),
])
def test_the_speaker_of_a_noun_of_saying_acts(nlp, text: str, actor: str) -> None:
    row = next(row for row in layered(nlp, text, "2018-12-11") if row["trigger"] == "allocution")
    assert row["actors"] == [actor]


def test_words_condemned_by_someone_are_criticised(nlp) -> None:
    row = next(row for row in layered(nlp, "Des propos condamnés par Paul Hébert mardi.",
                                      "2019-01-30") if row["lemma"] == "condamner")
    assert (row["type"], row["actors"]) == ("disapprove", ["Paul Hébert"])


def test_one_of_several_persons_is_a_described_performer(nlp) -> None:
    row = next(row for row in layered(nlp, "L'un des dix Français invités a interpellé mercredi "
                                           "soir le Premier ministre.", "2019-02-13")
               if row["lemma"] == "interpeller")
    assert row["actors"] == ["L'un des dix Français invités"]


def test_an_unnamed_source_speaks(nlp):
    assert by_date(nlp, "Une source judiciaire confirme ce mardi qu'une enquête a été ouverte.",
                   "ce mardi")["actors"] == ["Une source judiciaire"]
    assert by_date(nlp, "L'enquête a été ouverte, a indiqué lundi une source proche du dossier.",
                   "lundi")["actors"] == ["une source proche du dossier"]


def test_a_crowd_of_protesters_marches(nlp):
    row = by_date(nlp, "Samedi, près de 500 gilets jaunes ont manifesté à Lyon.", "Samedi")
    assert any("gilets jaunes" in actor for actor in row["actors"])


def test_de_la_part_de_names_who_acts(nlp):
    row = by_date(nlp, "La mesure, toujours très impopulaire, a fait l'objet d'une nouvelle charge "
                       "ce week-end, de la part de Paul Hébert, président du parti.", "ce week-end")
    assert row["actors"] == ["Paul Hébert"]


@pytest.mark.parametrize("text", [
    "Paul Hébert a dévoilé la réponse du gouvernement après les heurts ayant eu lieu à Lyon, "
    "samedi 16 mars.",
    "Claire Vautrin a annoncé des mesures après les violences survenues à Nantes samedi.",
])
def test_the_people_of_a_clause_take_no_part_in_the_act_behind_it(nlp, text: str) -> None:
    found = [row for row in layered(nlp, text) if row["lemma"] in ("heurt", "violence")]
    assert all(not row["actors"] for row in found)


@pytest.mark.parametrize(("text", "date", "actor"), [
    ("Paul Hébert a connu Claire Vautrin, qu'il épouse en 2002.", "2002", "Paul Hébert"),
    # an object clitic before the verb: "décrit" is a present, not a bare participle
    ("La préfecture du Cantal le décrit dans un communiqué publié samedi 10 novembre comme un "
     "homme dangereux.", "samedi 10 novembre", "préfecture du Cantal"),
])
def test_a_present_tense_the_tagger_took_for_a_participle_is_active(nlp, text, date, actor):
    assert by_date(nlp, text, date)["actors"] == [actor]


@pytest.mark.parametrize(("text", "date", "actors"), [
    # the nationality of the trigger's own noun acts
    ("Le retrait américain de l'accord en mai 2018 a provoqué une crise.", "mai 2018",
     ["États-Unis"]),
    # the act a passive was done in names the nation that did it
    ("Le général a été tué vendredi dans un raid américain à Bagdad.", "vendredi",
     ["États-Unis"]),
])
def test_a_nationality_of_the_act_names_who_did_it(nlp, text, date, actors):
    assert by_date(nlp, text, date)["actors"] == actors


def test_a_nationality_of_a_vote_is_not_who_votes(nlp):
    row = by_date(nlp, "Le candidat a été battu jeudi lors du scrutin américain.", "jeudi")
    assert "États-Unis" not in row["actors"]


@pytest.mark.parametrize("text", [
    "Les délégués des syndicats sont réunis depuis mercredi à Genève.",
    "Les ministres européens étaient rassemblés mardi à Bruxelles.",
])
def test_those_gathered_with_no_agent_came_together(nlp, text):
    row = next(row for row in layered(nlp, text) if row["lemma"] in ("réunir", "rassembler"))
    assert row["actors"] and not row["targets"]


@pytest.mark.parametrize(("text", "date", "crowd"), [
    ("Des milliers de lycéens rassemblés vendredi devant la mairie ont dénoncé la réforme.",
     "vendredi", "Des milliers de lycéens"),
    ("Il reste l'image des deux millions de Lyonnais rassemblés le 11 janvier 2015.",
     "11 janvier 2015", "deux millions de Lyonnais"),
])
def test_a_crowd_a_participle_of_gathering_tells_came_together(nlp, text, date, crowd):
    assert by_date(nlp, text, date)["actors"] == [crowd]


def test_those_gathered_by_someone_are_acted_on(nlp):
    row = next(row for row in layered(nlp, "Les délégués ont été réunis lundi par Paul Hébert.")
               if row["lemma"] == "réunir")
    assert row["actors"] == ["Paul Hébert"]


def test_a_role_noun_points_back_to_the_person_told_of_before_one_named_with_it_later(nlp):
    text = ("Paul Hébert sera fixé sur son sort mardi. L'ancien ministre avait indiqué vendredi "
            "qu'il serait absent. L'ex-ministre de l'Économie Claire Vautrin a été condamnée "
            "en 2016.")
    assert by_date(nlp, text, "vendredi")["actors"] == ["Paul Hébert"]


def test_a_role_noun_with_no_one_before_it_is_the_one_named_with_it_later(nlp):
    text = ("Le ministre de l'Intérieur a annoncé lundi un plan. Paul Hébert, ministre de "
            "l'Intérieur, a précisé ses mesures.")
    assert by_date(nlp, text, "lundi")["actors"] == ["Paul Hébert"]


def test_the_name_before_a_place_in_incise_is_the_antecedent_of_qui(nlp):
    text = ("Des tags ont visé la permanence du député Paul Hébert, à Vernanges, qui a annoncé "
            "lundi 31 décembre son intention de porter plainte.")
    row = by_date(nlp, text, "lundi 31 décembre")
    assert row["actors"] == ["Paul Hébert"]


def test_a_union_coalition_described_is_who_an_incise_pronoun_stands_for(nlp):
    text = ("L'intersyndicale appelle à une journée de grève le 24 janvier, a-t-elle annoncé "
            "mercredi dans un communiqué.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "annoncé")
    assert row["actors"] and row["actors"][0].startswith("L'intersyndicale")


def test_the_party_of_an_office_holder_subject_does_not_act_for_them(nlp):
    text = "Le député LREM du Var a évoqué lundi 3 juin sur Radio Sud la démission."
    row = by_date(nlp, text, "lundi 3 juin")
    assert row["actors"] == ["Le député LREM du Var"]


@pytest.mark.parametrize(("text", "described"), [
    ("La présidence met en avant l'organisation d'une journée de dialogue qui se tient "
     "vendredi à Lyon.", False),
    ("L'organisation de défense des droits de l'homme a dénoncé vendredi ces arrestations.",
     True),
])
def test_a_body_s_noun_naming_an_act_describes_no_actor(nlp, text, described):
    row = by_date(nlp, text, "vendredi")
    assert any(actor.lower().startswith("l'organisation") for actor in row["actors"]) == described


def test_a_holder_the_model_took_for_an_organisation_is_no_affiliation(nlp):
    doc_text = "Le député LREM Julien Morvan a prononcé mercredi un discours."
    assert "Julien Morvan" in by_date(nlp, doc_text, "mercredi")["actors"]


@pytest.mark.parametrize(("text", "date", "actors"), [
    # the subject inverted after the verb of a relative clause on its object, past its date
    ("C'est ce qu'a estimé dimanche 3 mai Paul Hébert.", "dimanche 3 mai", ["Paul Hébert"]),
    # a former holder is a person described
    ("L'ex-locataire de l'Élysée a débuté sa tournée mercredi par une rencontre avec des "
     "lycéens.", "mercredi", ["L'ex-locataire de l'Élysée"]),
    # a crowd of a place's people is described
    ("Toute la journée d'hier, plusieurs milliers de Vernangeois se sont rassemblés près de "
     "la mairie.", "hier", ["plusieurs milliers de Vernangeois"]),
    # a phrase fronted before a comma is no part of the description
    ("De retour d'un voyage au Chili, l'ex-locataire de l'Élysée a débuté sa tournée "
     "mercredi.", "mercredi", ["l'ex-locataire de l'Élysée"]),
])
def test_who_acts_where_the_parse_hides_it(nlp, text, date, actors):
    assert by_date(nlp, text, date)["actors"] == actors


@pytest.mark.parametrize("name", ["Radio Nord", "TV Sud"])
def test_each_name_a_medium_s_preposition_opens_is_the_medium(nlp, name):
    doc = nlp("Jeudi, Paul Hébert a démenti sur Radio Nord et TV Sud toute faute.")
    start = doc.text.index(name)
    row = {"name": name, "start": start, "end": start + len(name), "label": "ORG"}
    assert in_medium(doc, row)


def test_the_one_described_as_expected_comes(nlp):
    row = by_date(nlp, "Après cet arrêt à Hanoï, le président américain est attendu dimanche "
                       "à Manille.", "dimanche")
    assert row["actors"] == ["le président américain"] and row["targets"] == []


def test_the_assembly_where_an_examination_takes_place_holds_it(nlp):
    row = by_date(nlp, "L'examen du projet de loi débutera à l'Assemblée nationale le 3 "
                       "février.", "3 février")
    assert row["actors"] == ["Assemblée nationale"]


def test_a_town_complementing_an_act_is_where_not_who(nlp):
    found = layered(nlp, "Dans son discours de Lille d'août 2014, Paul Hébert avait demandé une "
                         "inflexion.")
    assert next(row for row in found if row["trigger"] == "discours")["actors"] == [
        "Paul Hébert"]


def test_a_means_after_par_is_no_agent(nlp):
    row = by_date(nlp, "Mardi, Paul Hébert a été contacté par Internet.", "Mardi")
    assert "Internet" not in row["actors"]
    assert row["targets"] == ["Paul Hébert"]


def test_a_name_that_starts_like_a_means_is_an_agent(nlp):
    row = by_date(nlp, "Les documents ont été publiés samedi soir par le Mail on Sunday.",
                  "samedi soir")
    assert row["actors"] == ["Mail on Sunday"]


def test_selon_x_is_no_actor_of_a_clause_with_its_own_subject(nlp):
    row = by_date(nlp, "Selon Radio Nord, les avocats de Paul Hébert ont déposé hier une plainte "
                       "contre la mairie.", "hier")
    assert row["actors"] == ["les avocats de Paul Hébert"]
    alone = by_date(nlp, "Selon Radio Nord, une plainte a été déposée hier contre la mairie.",
                    "hier")
    assert "Radio Nord" not in alone["targets"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Deux Suédois, un Britannique et un Belge ont été tués dans l'attentat au camion de "
     "Stockholm qui a également fait 15 blessés vendredi, a annoncé dimanche la police "
     "suédoise.", "la police suédoise"),
    ("Près de 800 proches de jihadistes du groupe Organisation du Levant (OL) ont profité de "
     "l'offensive pour s'échapper d'un camp de déplacés, ont annoncé les autorités kurdes "
     "dimanche 13 octobre.", "les autorités kurdes"),
    ("Le ministre des Affaires étrangères, Paul Hébert, devrait se rendre à Lyon la semaine "
     "prochaine, a rapporté dimanche la presse régionale.", "la presse régionale"),
])
def test_the_names_before_an_incise_with_a_described_speaker_do_not_speak(nlp, text, speaker):
    row = next(r for r in layered(nlp, text) if r["lemma"] in ("annoncer", "rapporter"))
    assert row["actors"] == [speaker]


def test_a_bare_noun_that_classes_a_statement_is_no_speaker(nlp):
    row = by_date(nlp, "Paul Hébert avait fait une conférence de presse le 12 mars.", "12 mars")
    assert row["actors"] == ["Paul Hébert"]


def test_of_two_subjects_the_parse_gives_the_nearest_describing_someone_acts(nlp):
    # the parse hangs the absolute clause's subject on the main verb too
    row = by_date(nlp, "Cette séquence ayant été très commentée, l'acolyte de Claire Vautrin a "
                       "pris la parole dans l'émission du mercredi 2 novembre 2016.",
                  "mercredi 2 novembre 2016")
    assert row["actors"] == ["l'acolyte de Claire Vautrin"]
    assert row["targets"] == []
    cleft = by_date(nlp, "C'est ainsi que le parti d'extrême droite a lancé, vendredi 24 mars, "
                         "une application.", "vendredi 24 mars")
    assert cleft["actors"] == ["le parti d'extrême droite"]
    # not a noun inside the first subject's phrase, which the parse hung on the verb
    vote = by_date(nlp, "Le vote pour élire le successeur de Paul Hébert se tiendra mardi.",
                   "mardi")
    assert vote["actors"] == []


def test_an_assembly_s_vote_is_the_assembly_s_act(nlp):
    row = by_date(nlp, "Le vote de l'Assemblée nationale sur le projet aura lieu mardi.", "mardi")
    assert row["actors"] == ["Assemblée nationale"]
    elected = by_date(nlp, "L'élection de Paul Hébert à la présidence du parti a eu lieu mardi.",
                      "mardi")
    assert elected["targets"] == ["Paul Hébert"]


def test_the_body_after_a_relative_clause_s_verb_decides(nlp):
    row = by_date(nlp, "C'est ce qu'a décidé le tribunal correctionnel de Rennes ce jeudi 6 "
                       "février à l'encontre d'une élue.", "jeudi 6 février")
    assert row["actors"] == ["le tribunal correctionnel de Rennes"]
    assert row["type"] == "trial"


def test_a_candidate_of_an_election_s_noun_takes_part_in_it(nlp):
    row = by_date(nlp, "Paul Hébert est candidat aux élections sénatoriales du 24 septembre sur "
                       "la liste du parti.", "24 septembre")
    assert row["participants"] == ["Paul Hébert"]


def test_a_name_apposed_to_a_medium_after_a_comma_is_no_medium(nlp):
    # "Dans une vidéo, Anne Morel s'était dite écoeurée." with the name apposed to the medium
    doc = Doc(nlp.vocab, words=["Dans", "une", "vidéo", ",", "Anne", "Morel", "s'", "était",
                                "dite", "écoeurée", "."],
              heads=[2, 2, 2, 4, 2, 4, 8, 8, 2, 8, 2],
              deps=["case", "det", "ROOT", "punct", "appos", "flat:name", "expl:comp",
                    "aux:tense", "acl", "xcomp", "punct"],
              lemmas=["dans", "un", "vidéo", ",", "Anne", "Morel", "se", "être", "dire",
                      "écoeurer", "."])
    row = {"start": doc[4].idx, "end": doc[5].idx + len("Morel"), "label": "PER",
           "name": "Anne Morel", "text": "Anne Morel"}
    assert not in_medium(doc, row)


@pytest.mark.parametrize(("text", "actors", "targets"), [
    ("Le président turc Arman Kessler a reçu jeudi à Ankara son homologue russe.",
     ["Arman Kessler"], []),
    # the weekday read as the object leaves the thing received its object
    ("Le parti devait recevoir lundi 9 juillet, comme d'autres partis, cette aide publique.",
     [], ["parti"]),
])
def test_a_weekday_read_as_the_object_is_no_object(nlp, text, actors, targets):
    row = next(row for row in layered(nlp, text, "2019-08-07") if row["trigger"].startswith(
        "re"))
    assert row["actors"] == actors
    assert [t.split()[-1] for t in row["targets"]] == targets


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    # past a date between commas
    ("C'est en tout cas ce qu'affirme Franceinfo, jeudi 14 juin, qui révèle également que la "
     "présidente pourrait faire cette annonce à Vernanges, ville dirigée par Paul Andrieu.",
     "révèle", ["Franceinfo"]),
    # past an apposition
    ("Nous l'avons appris de Paul Andrieu, un proche du ministre qui occupa plusieurs postes en "
     "2012.", "occupa", ["Paul Andrieu"]),
    ("Les vacances de Léo Marchal, un ami du ministre qui passa l'été 2012 à Vernanges, ont fait "
     "parler.", "passa", ["Léo Marchal"]),
])
def test_the_name_before_qui_is_found_past_dates_and_appositions(nlp, text, trigger, actors):
    row = next(row for row in layered(nlp, text, "2018-06-20") if row["trigger"] == trigger)
    assert row["actors"] == actors


def test_a_demonym_written_as_an_outlet_is_no_antecedent_of_qui(nlp):
    text = ("Les deux frères ont escroqué une de leurs connaissances, un Parisien d'une "
            "cinquantaine d'années qui a déclaré lundi être producteur de cinéma.")
    row = next(row for row in layered(nlp, text, "2018-06-20") if row["trigger"] == "déclaré")
    assert "Parisien" not in row["actors"] + row["targets"]


@pytest.mark.parametrize(("text", "actors"), [
    ("Pour preuve, l'échange fugace entre les deux hommes, à la fin d'une cérémonie, le 21 "
     "novembre dernier.", ["les deux hommes"]),
    # a bare noun after "entre" is a kind of the act, no side
    ("L'histoire du dîner entre amis début juillet à Lyon a fait parler.", []),
])
def test_the_described_sides_of_entre_act(nlp, text, actors):
    rows = [row for row in layered(nlp, text, "2017-12-01") if row["trigger"] in (
        "échange", "dîner")]
    assert [row["actors"] for row in rows] == ([actors] if actors else [actors] * len(rows))


@pytest.mark.parametrize(("text", "actors", "targets"), [
    # a feat: those who became the first to do it did it
    ("En 1953, Paul Hébert et Marc Lestrade sont devenus les premiers hommes à gravir ce "
     "sommet.", ["Paul Hébert", "Marc Lestrade"], []),
    # a post: whoever became minister was made one
    ("Paul Hébert est devenu ministre en 1953.", [], ["Paul Hébert"]),
])
def test_who_becomes_is_made_so_only_for_a_post(nlp, text, actors, targets):
    row = by_date(nlp, text, "1953")
    assert (row["actors"], row["targets"]) == (actors, targets)


def test_a_person_inverted_after_a_medium_between_commas_speaks(nlp):
    row = by_date(nlp, "\"J'en suis conscient\", a assuré, ce mercredi sur TéléNord, Paul "
                       "Hébert, secrétaire d'État chargé du numérique, avant d'affirmer qu'il "
                       "allait falloir se battre.", "ce mercredi")
    assert (row["actors"], row["targets"]) == (["Paul Hébert"], [])


def test_what_befalls_the_subject_of_a_reflexive_voir_is_done_to_it(nlp):
    row = by_date(nlp, "Paul Hébert et son collègue Jean Dupont se sont vu infliger jeudi une "
                       "peine de trois mois de prison.", "jeudi")
    assert row["actors"] == []
    assert "Jean Dupont" in row["targets"]


def test_a_verb_of_etre_whose_auxiliary_the_parse_calls_a_copula_is_active(nlp):
    row = by_date(nlp, "Vendredi 19 octobre, Alain Marceau est finalement revenu sur ses propos.",
                  "Vendredi 19 octobre")
    assert (row["actors"], row["targets"]) == (["Alain Marceau"], [])
    # what befalls the subject stays done to it
    death = by_date(nlp, "Samedi, trois personnes sont mortes dans un accident à Lyon.", "Samedi")
    assert (death["actors"], death["targets"]) == ([], ["trois personnes"])


def test_who_dies_is_acted_on(nlp):
    # as the events_dev gold has it: a death's dead are its targets
    row = by_date(nlp, "Paul Hébert, 44 ans, est décédé samedi des suites de ses blessures.",
                  "samedi")
    assert (row["actors"], row["targets"]) == ([], ["Paul Hébert"])
    # the name a participle of dying is said of, after "de", died: it gives nothing
    son = by_date(nlp, "Le fils de Paul Hébert, décédé le 28 mai à 86 ans, a parlé.", "28 mai")
    assert (son["actors"], son["targets"]) == ([], ["Paul Hébert"])


@pytest.mark.parametrize(("text", "day", "actors", "targets"), [
    # a second "subject" after a verb that has one before it is its object misread
    ("La police a arrêté Jean Valin mercredi.", "mercredi", ["La police"], ["Jean Valin"]),
    ("Claire Vautrin a voté lundi Paul Hébert.", "lundi", ["Claire Vautrin"], ["Paul Hébert"]),
])
def test_a_second_subject_after_the_verb_is_its_object(nlp, text, day, actors, targets):
    row = by_date(nlp, text, day)
    assert (row["actors"], row["targets"]) == (actors, targets)


@pytest.mark.parametrize(("end", "misread"), [(".", True), ("?", False)])
def test_the_subject_of_a_question_may_follow_its_verb(nlp, end, misread):
    # "vers quel candidat se tournera X ?": a question's subject follows its verb
    words = ["vers", "quel", "candidat", "se", "tournera", "Paul", end]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 4, 4, 4, 4, 4],
              deps=["case", "det", "nsubj", "expl:comp", "ROOT", "nsubj", "punct"],
              pos=["ADP", "DET", "NOUN", "PRON", "VERB", "PROPN", "PUNCT"])
    assert object_read_as_subject(doc[5]) is misread


def test_an_acronym_in_parentheses_glosses_the_name_before_it(nlp):
    row = by_date(nlp, "L'Organisation mondiale de la santé (OMS) a enregistré lundi 300 cas à "
                       "Lyon.", "lundi")
    assert row["actors"] == ["Organisation mondiale de la santé"]


@pytest.mark.parametrize(("text", "trigger", "actors", "targets"), [
    # the topic "quant à" sets is the one "il" stands for
    ('Quant à Paul Morvan, "il va commencer à travailler dans le privé mi-septembre", précise '
     'son entourage.', "travailler", ["Paul Morvan"], []),
    # not where the clause names its own subject
    ("Quant au ministre Paul Morvan, la police l'a interpellé mardi.", "interpellé",
     ["la police"], ["Paul Morvan"]),
])
def test_the_topic_of_quant_a_is_the_subject_pronoun_s_person(nlp, text, trigger, actors,
                                                               targets):
    row = trigger_row(nlp, text, trigger, "2018-08-20")
    assert (row["actors"], row["targets"]) == (actors, targets)


def test_the_topic_of_quant_a_does_not_do_an_impersonal_clause_s_act(nlp):
    row = trigger_row(nlp, "Quant à Paul Morvan, il faut attendre mardi.", "attendre",
                      "2018-08-20")
    assert "Paul Morvan" not in row["actors"]


@pytest.mark.parametrize("text", [
    # French inverts the subject after the clitic of a comparison
    "Le gouvernement peut ignorer cette recommandation, comme l'avait fait la ministre de "
    "l'Environnement Claire Vautrin en 2014.",
    "Le gouvernement peut ignorer cette recommandation, comme l'avait fait Claire Vautrin en "
    "2014.",
])
def test_the_subject_inverted_after_comme_l_a_fait_acts(nlp, text):
    row = by_date(nlp, text, "2014")
    assert (row["actors"], row["targets"]) == (["Claire Vautrin"], [])


@pytest.mark.parametrize("text", [
    "Sa présence avait été remarquée lors du meeting de Paul Hébert du 29 janvier dernier.",
    "Le congrès de la Démocratie nouvelle du 29 janvier dernier a réuni 2.000 militants.",
])
def test_who_a_meeting_or_a_congress_is_of_holds_it(nlp, text):
    row = by_date(nlp, text, "29 janvier dernier")
    assert row["actors"] and not row["targets"]


def test_a_name_the_model_gave_an_act_takes_no_part_in_it(nlp):
    text = ("Après l'attentat de Vernon qui a coûté la vie à au moins 13 personnes à Lyon jeudi "
            "17 août, les messages de soutien sont unanimes.")
    row = next(row for row in layered(nlp, text, "2017-08-20")
               if row["date_text"] == "jeudi 17 août")
    assert "attentat de Vernon" not in row["actors"] + row["targets"]


def test_the_agent_the_parse_hangs_on_a_participle_s_noun_acts(nlp):
    # "un sondage publié dimanche par X": "par X" hung on "sondage", X publishes it
    row = trigger_row(nlp, "Selon un sondage publié dimanche par l'agence de presse Reuters, son "
                           "cabinet n'a recueilli que 36% d'opinions favorables.", "publié")
    assert row["actors"] == ["Reuters"] and row["targets"] == []


def test_a_participle_coordinated_with_a_bare_passive_one_is_undergone_too(nlp):
    row = trigger_row(nlp, "Le président Hugo Ferrand, élu en 2010 puis réélu en 2015, a parlé "
                           "mardi.", "réélu")
    assert row["actors"] == [] and "Hugo Ferrand" in row["targets"]
