"""Who a subject that names nobody stands for: pronouns (also inverted) and definite role nouns
or epithets. Sentences written for each rule; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from corpus_cli.extract.events.anaphora import epithets
from tests.rows_for_tests import dated_row, layered


def test_a_pronoun_in_a_subordinate_clause_is_the_nearest_person_of_its_sentence(nlp):
    text = ("Hélène Marchal a reçu Bruno Keller, qui est arrivé à Lyon jeudi alors "
            "qu'il rentrait d'Italie.")
    found = [row for row in layered(nlp, text) if row["date"] is not None]
    assert any("Bruno Keller" in row["participants"] for row in found)


def test_an_indefinite_role_noun_is_someone_new(nlp):
    text = "Marc Delorme a racheté le journal. Un ministre a critiqué lundi ce rachat."
    row = dated_row(nlp, text, "lundi")
    assert "Marc Delorme" not in row["actors"]


def test_a_role_noun_with_its_own_adjective_is_not_guessed(nlp):
    text = ("Marc Delorme a racheté le journal. Marc Delorme est riche. "
            "Le président italien a critiqué lundi ce rachat.")
    row = dated_row(nlp, text, "lundi")
    assert "Marc Delorme" not in row["actors"]


def test_a_generic_noun_of_person_stays_a_description(nlp):
    text = ("Sophie Lenoir a porté plainte. Sophie Lenoir a été insultée. "
            "L'homme a été interpellé lundi.")
    row = dated_row(nlp, text, "lundi")
    assert "Sophie Lenoir" not in row["participants"]


def test_the_role_noun_subject_of_a_passive_is_acted_on(nlp):
    text = ("Jean Martin a été arrêté à Lyon. Jean Martin milite depuis dix ans. "
            "Le militant a été interrogé mardi.")
    row = dated_row(nlp, text, "mardi")
    assert row["actors"] == [] and row["targets"][:1] == ["Jean Martin"]


def test_epithets_hold_no_generic_noun_of_person():
    assert {"homme", "femme", "suspect", "personne"}.isdisjoint(epithets())
    assert {"milliardaire", "président", "ministre"} <= epithets()


def test_an_outlet_inverted_after_a_dated_verb_of_revealing_publishes(nlp):
    found = layered(nlp, "Le maire a démissionné, a révélé lundi le quotidien Libération.")
    row = next(r for r in found if r["type"] == "publication" and r["date"] is not None)
    assert row["actors"] == ["Libération"]


@pytest.mark.parametrize(("text", "date_text", "stranger"), [
    # not someone its own sentence names
    ("Marc Delorme dirige le groupe depuis dix ans. Nommé par Marc Delorme en 2019, le "
     "conseiller a démissionné lundi.", "lundi", "Marc Delorme"),
    # not someone named with another office
    ("Le ministre des Finances Paul Hébert a présenté le budget. Paul Hébert a défendu le "
     "texte. Le conseiller a démissionné lundi.", "lundi", "Paul Hébert"),
    # its complement must be in the role
    ("Le ministre de l'Intérieur Luc Barre a visité Lyon. Le ministre des Finances a annoncé "
     "mardi une baisse des impôts.", "mardi", "Luc Barre"),
])
def test_a_role_noun_is_not_a_person_it_cannot_be(nlp, text, date_text, stranger):
    row = dated_row(nlp, text, date_text)
    assert stranger not in row["actors"]


@pytest.mark.parametrize(("text", "date_text", "actors"), [
    # an inverted pronoun is the speaker named before, not a name in the quotation
    ("Claire Vautrin a défendu la réforme devant les députés. \"Paul Hébert a fait son "
     "travail\", a-t-elle dit mardi sur une radio.", "mardi", ["Claire Vautrin"]),
    # a definite epithet stands for the person the text names most
    ("Marc Delorme a racheté le journal. Marc Delorme possède déjà deux chaînes. "
     "Le milliardaire a annoncé lundi un plan social.", "lundi", ["Marc Delorme"]),
    ("Claire Vautrin présente un nouveau spectacle. Claire Vautrin était à la radio. "
     "L'humoriste a répondu samedi aux questions des animateurs.", "samedi",
     ["Claire Vautrin"]),
    # an epithet still stands for someone named with roles
    ("Le patron de presse Marc Delorme a racheté le journal. Marc Delorme possède deux "
     "chaînes. Le milliardaire a annoncé lundi un plan social.", "lundi", ["Marc Delorme"]),
    # the role with its complement finds the one named with it
    ("Le ministre de l'Intérieur Luc Barre a visité Lyon. Le ministre des Finances Paul Hébert "
     "a présenté le budget. Le ministre de l'Intérieur a annoncé mardi une réforme de la "
     "police.", "mardi", ["Luc Barre"]),
    # an apposed name is the person of its role noun
    ("Le Premier ministre Paul Hébert a reçu les syndicats. Son ministre de l'Intérieur, "
     "Luc Barre, a déclaré mardi que la réunion serait reportée.", "mardi", ["Luc Barre"]),
    # a pronoun subject of a coordinated clause is the first clause's subject
    ("Paul Hébert a reçu Bruno Keller lundi et il a ensuite inauguré l'usine mardi.", "mardi",
     ["Paul Hébert"]),
    # a pronoun hyphened to a pluperfect's auxiliary is the speaker named before
    ("Claire Vautrin a défendu la vente. \"Je n'ai pas connaissance de cela\", "
     "avait-elle déjà déclaré fin janvier à Radio Sud.", "fin janvier", ["Claire Vautrin"]),
    # an inverted pronoun after a long quotation reaches back from where the quotation opens
    ("Pour Paul Hébert, médecin à Lyon, l'agence \"est juge et partie\". \"Nous ne "
     "sommes pas étonnés. Elle a décidé ce changement seule. Elle en est donc "
     "responsable. Dire qu'il y avait un problème, c'était dire qu'elle s'était "
     "trompée\", a-t-il déclaré au micro de Radio Sud ce vendredi.", "ce vendredi",
     ["Paul Hébert"]),
    # the euphonic "t" written apart ("a t-il"), which the parser reads as an adverb
    ("Le député Paul Hébert a répondu au champion. \"Votre discours est indigne !\", a "
     "t-il lancé sur Radio Sud, mardi 3 septembre.", "mardi 3 septembre", ["Paul Hébert"]),
    # a pronoun after a role noun subject is the person of that role
    ("Le ministre de l'Intérieur Paul Hébert a visité une caserne. Claire Vautrin a salué "
     "son action. Le ministre a ensuite rencontré les gendarmes. Il a promis mardi de "
     "nouveaux moyens.", "mardi", ["Paul Hébert"]),
    # "il" before a pronominal verb, which the parse reads as impersonal
    ("L'ancien patron Paul Hébert est poursuivi au Japon. Il s'est enfui fin décembre pour "
     "rejoindre le Liban.", "fin décembre", ["Paul Hébert"]),
    # a nationality under a demonstrative, with an age: the one named with that country
    ("Le suspect tunisien Paul Hébert a été tué en Italie. Ce Tunisien de 24 ans a tué 12 "
     "personnes le 19 décembre à Berlin.", "19 décembre", ["Paul Hébert"]),
    ("Le ministre français Paul Hébert a parlé à Lyon. Ce Tunisien de 24 ans a tué 12 "
     "personnes le 19 décembre à Berlin.", "19 décembre", ["Ce Tunisien de 24 ans"]),
    # the speaker of an incise is the source, not the one the source's words are about
    ("Luc Barre a parlé de la crise. Selon Luc Barre, Paul Hébert va perdre sa majorité. "
     "Aujourd'hui, Paul Hébert \"doit changer de cap\", a-t-il affirmé mardi.", "mardi",
     ["Luc Barre"]),
    ("Luc Barre a parlé de la crise. D'après Luc Barre, Paul Hébert va perdre sa majorité. "
     "Aujourd'hui, Paul Hébert \"doit changer de cap\", a-t-il affirmé mardi.", "mardi",
     ["Luc Barre"]),
    # nor anyone named in words a lost opening quotation mark left in the first person
    ("Par le passé, Luc Barre avait rencontré le président Paul Hébert. Paul Hébert m'a reçu "
     "chaque fois. Je l'ai vu cinq fois\", avait-il expliqué en juillet.", "juillet",
     ["Luc Barre"]),
    # with no name in reach, the same pronoun before goes on
    ("Claire Vautrin a quitté le parti mercredi. \"Je pars\", a-t-elle confirmé. \"J'ai rempli "
     "mon contrat.\" \"Je ne regrette rien.\" Elle a rencontré ses anciens collègues jeudi à "
     "Lyon.", "jeudi", ["Claire Vautrin"]),
    # words opened after a colon: the name before them speaks
    ("Le débat a repris. Enfin, Paul Hébert a apporté un appui au président : \"Si les "
     "preuves sont avérées, il fallait frapper\", a-t-il déclaré mardi au micro de Radio Nord.",
     "mardi", ["Paul Hébert"]),
])
def test_the_subject_that_names_nobody_stands_for_the_person_the_text_says(nlp, text, date_text,
                                                                            actors):
    assert dated_row(nlp, text, date_text)["actors"] == actors


@pytest.mark.parametrize(("text", "date_text", "actors", "targets"), [
    # a noun of a speech act qualified by a participle: the possessor spoke
    ("Le polémiste Luc Verdier sera jugé en juin. Son discours prononcé fin septembre à Lyon "
     "avait choqué.", "fin septembre", ["Luc Verdier"], []),
    # an event noun: the possessor performs it...
    ("La députée Claire Fontaine siège depuis 2017. Le texte avait été défendu lors de sa "
     "déclaration du 12 juillet.", "12 juillet", ["Claire Fontaine"], []),
    # ... or undergoes it
    ("Le banquier Hugo Perrin dirigeait la filiale. Les documents ont disparu après son "
     "arrestation en février.", "février", [], ["Hugo Perrin"]),
    # a verb's subject that names an act: the possessor performs it
    ("Le sénateur Marc Delorme a quitté la commission. Ses dernières déclarations publiques "
     "remontent au 3 mars dans la Drôme.", "3 mars", ["Marc Delorme"], []),
    ("Le sénateur Marc Delorme a quitté la commission. Ses dernières déclarations publiques "
     "remontent au 3 mars.", "3 mars", ["Marc Delorme"], []),
    ("Le député Paul Hébert est resté discret. Sa démission est intervenue le 4 mai.",
     "4 mai", ["Paul Hébert"], []),
])
def test_a_possessive_on_an_event_noun_names_whose_act_it_is(nlp, text, date_text, actors,
                                                            targets):
    row = dated_row(nlp, text, date_text)
    assert (row["actors"], row["targets"]) == (actors, targets)


def test_a_possessive_on_a_verbs_subject_that_names_no_act_gives_no_actor(nlp):
    text = ("Le sénateur Marc Delorme a quitté la commission. Ses dernières lettres "
            "remontent au 3 mars dans la Drôme.")
    assert not any("Marc Delorme" in row["participants"] for row in layered(nlp, text)
                   if row["date_text"] == "3 mars")


def test_a_possessive_on_a_noun_of_persons_does_not_make_its_participle_the_possessors(nlp):
    text = "Paul Dormal est inquiet. Sa fille, disparue lundi à Lyon, n'a pas été retrouvée."
    gone = next(row for row in layered(nlp, text) if row["trigger"] == "disparue")
    assert "Paul Dormal" not in gone["actors"]


def test_a_possessive_on_a_noun_is_not_its_infinitive_s(nlp):
    text = ("Le parti de Rémi Vasseur a perdu des élus. Sa volonté de jouer la carte de l'union "
            "en 2022 reste intacte.")
    assert not any("Rémi Vasseur" in row["participants"] for row in layered(nlp, text))


@pytest.mark.parametrize(("text", "person"), [
    ("Le ministre Paul Hébert a reçu Bruno Keller. Ce dernier a demandé lundi des moyens.",
     "Bruno Keller"),
    ("Le ministre Paul Hébert a reçu Claire Morel. Cette dernière a annoncé lundi son départ.",
     "Claire Morel"),
])
def test_ce_dernier_is_the_person_named_last(nlp, text, person):
    assert dated_row(nlp, text, "lundi")["actors"] == [person]


def test_ce_dernier_before_qui_in_a_cleft_is_its_subject(nlp):
    text = ("Le juge sera proche de Bruno Keller. C'est ce dernier qui le nommera au Conseil "
            "constitutionnel en 2010.")
    assert dated_row(nlp, text, "2010")["actors"] == ["Bruno Keller"]


def test_ce_dernier_after_a_noun_of_its_gender_is_that_noun(nlp):
    text = "Selon Paul Hébert, à la tête de la mission africaine, cette dernière a rencontré lundi."
    assert "Paul Hébert" not in dated_row(nlp, text, "lundi")["actors"]


def test_ce_dernier_is_not_a_noun_of_its_own_clause(nlp):
    # "budget" comes between the name and the pronoun, but in the pronoun's own clause
    text = ("Le ministre Paul Hébert a reçu Bruno Keller. Avant la réunion sur le budget, ce "
            "dernier a annoncé lundi son départ.")
    assert dated_row(nlp, text, "lundi")["actors"] == ["Bruno Keller"]


def test_ce_dernier_is_not_a_noun_of_a_relative_on_the_name(nlp):
    text = ("La candidate veut attaquer Bruno Keller, qui l'a accusée de mensonge, pour "
            "diffamation. Lundi, ce dernier a annoncé son départ.")
    assert dated_row(nlp, text, "Lundi")["actors"] == ["Bruno Keller"]


def test_a_participle_in_adjunct_shares_the_pronoun_subject_of_its_verb(nlp):
    text = ("Paul Hébert a reconnu la ville comme capitale. En l'annonçant le 6 décembre dernier, "
            "il avait simplement appliqué une loi.")
    row = dated_row(nlp, text, "6 décembre dernier")
    assert row["actors"] == ["Paul Hébert"]


def test_a_name_in_a_fronted_adjunct_is_not_what_the_pronoun_after_it_stands_for(nlp):
    text = ("Paul Hébert est un proche du président. Entré en fonction le 26 avril 2018 pour "
            "succéder à Jean Morel, il a changé la diplomatie du pays.")
    row = dated_row(nlp, text, "26 avril 2018")
    assert (row["type"], row["actors"]) == ("appointment", ["Paul Hébert"])


def test_an_impersonal_il_before_a_pronominal_verb_stands_for_nobody(nlp):
    rows = layered(nlp, "Le ministre Paul Hébert a parlé. Il s'agit lundi d'une réforme.")
    assert not [row for row in rows if row["date_text"] == "lundi" and row["actors"]]


@pytest.mark.parametrize(("text", "actors"), [
    # "il" is not the spokeswoman named last, but the man named before her
    ("Le ministre Paul Hébert a parlé. Selon la porte-parole du ministère, Claire Vautrin, le "
     "texte est prêt. Il a répondu lundi aux députés.", ["Paul Hébert"]),
    ("Le ministre Paul Hébert a parlé. La porte-parole du ministère français des Affaires "
     "étrangères Claire Vautrin a démenti. Il a répondu lundi aux députés.", ["Paul Hébert"]),
    ("Le ministre Paul Hébert a parlé. Mme Jeanne Morel était là. Il a répondu lundi aux "
     "députés.", ["Paul Hébert"]),
    # "elle" is the woman
    ("La députée Claire Vautrin a parlé. Le ministre Paul Hébert était là. Elle a répondu lundi "
     "aux journalistes.", ["Claire Vautrin"]),
    # a given name that is nearly always a woman's or a man's tells it when nothing else does
    ("Paul Hébert a écrit dimanche. Claire Vautrin était là. Il a répondu lundi aux "
     "journalistes.", ["Paul Hébert"]),
    ("Claire Vautrin a écrit dimanche. Paul Hébert était là. Elle a répondu lundi aux "
     "journalistes.", ["Claire Vautrin"]),
    # the determiner tells the office's gender, which the tagger reads off the noun alone
    ("La ministre Dominique Vautrin a écrit dimanche. Le député Paul Hébert était là. Elle a "
     "répondu lundi aux journalistes.", ["Dominique Vautrin"]),
    # the office of a complement is not the name's ("le collaborateur de la ministre, X")
    ("Jeanne Morel travaillait avec le collaborateur de la ministre, Dominique Hébert. Il a "
     "démissionné lundi.", ["Dominique Hébert"]),
])
def test_a_pronoun_stands_for_no_person_the_text_gives_the_other_gender(nlp, text, actors):
    assert dated_row(nlp, text, "lundi")["actors"] == actors


def test_celui_ci_stands_for_the_person_named_last(nlp):
    row = dated_row(nlp, "La ministre Claire Vautrin a reçu le député Paul Hébert. Le 9 juillet, "
                         "celui-ci avait dressé le bilan de la mesure.", "9 juillet")
    assert (row["actors"], row["type"]) == (["Paul Hébert"], "public_statement")


def test_a_pronoun_after_a_role_noun_subject_of_its_own_sentence_stands_for_it(nlp):
    # no one named with that role: the role noun, not the person named in the sentence before
    text = ("Paul Hébert a réagi jeudi. Consulté de toutes parts, l'ancien président est furieux "
            "de l'échec du parti qu'il a quitté il y a deux ans, rapporte vendredi Radio Nord.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "quitté")
    assert row["actors"] == ["l'ancien président"]


@pytest.mark.parametrize(("text", "trigger", "actors", "targets"), [
    # a quotation's "on" says "we": the speaker's side acts
    ('"On a décidé lundi de fermer les écoles", a expliqué Paul Hébert.', "décidé",
     ["Paul Hébert"], []),
    # unless the speaker's side is its object: "they"
    ('"On nous a menti en mars", a dit Paul Hébert.', "menti", [], ["Paul Hébert"]),
])
def test_a_quotation_s_on_is_the_speaker_s_side_unless_it_acts_on_them(nlp, text, trigger,
                                                                        actors, targets):
    row = next(row for row in layered(nlp, text) if row["trigger"] == trigger)
    assert (row["actors"], row["targets"]) == (actors, targets)


def test_a_pronoun_after_a_role_noun_subject_is_not_the_name_of_its_complement(nlp):
    row = dated_row(nlp, "L'ancien vice-président de Paul Durand est apparu en public pour la "
                         "première fois depuis deux mois. Lundi, il a échangé quelques mots "
                         "avec des soutiens.", "Lundi")
    assert "Paul Durand" not in row["actors"]


def test_an_inverted_pronoun_after_a_quotation_over_sentences_is_the_person_described(nlp):
    # "a-t-elle" with the euphonic "t" read apart; the holder of the view named by a role
    text = ("Dans un entretien, la présidente du syndicat affirme qu'\"il y aura des grévistes\" "
            "jeudi. Pour la présidente du syndicat, le système \"fonctionne bien. Notre système "
            "est remarquable, il faut le garder. La réforme va être un recul\", a-t-elle affirmé "
            "dans cet entretien mis en ligne lundi.")
    row = dated_row(nlp, text, "lundi")
    assert row["actors"] == ["la présidente du syndicat"]


def test_a_role_noun_with_a_possessive_is_not_the_person_most_named(nlp):
    text = ("Claire Vautrin a été hospitalisée. Claire Vautrin est fatiguée. \"Elle va tout faire "
            "pour être à l'audience\", a précisé son avocat, lundi matin, au micro de Radio Sud.")
    row = dated_row(nlp, text, "lundi matin")
    assert "Claire Vautrin" not in row["actors"]


def test_il_goes_on_from_the_main_clause_il_over_a_name_in_its_complement(nlp):
    text = ("Paul Hébert a quitté la politique. Mi-février, il a jugé sur Radio Sud que Claude "
            "Morel posait le bon diagnostic. Dans un entretien le 28 février, il assurait qu'il "
            "ne reviendrait pas.")
    assert dated_row(nlp, text, "28 février")["actors"] == ["Paul Hébert"]


@pytest.mark.parametrize(("text", "actors"), [
    # a subject "il" goes on over a name that is only another noun's complement
    ("La carrière de Julien Ravel a changé. En coulisses, il œuvre depuis ses débuts pour le "
     "parti de Thomas Brunet. En février dernier, il avait avoué son ambition.",
     ["Julien Ravel"]),
    ("Julien Ravel dirige la fondation. Depuis un an, il travaille pour le cabinet de Thomas "
     "Brunet. En février dernier, il a signé un contrat à Lyon.", ["Julien Ravel"]),
])
def test_il_goes_on_over_a_name_complement_of_a_noun(nlp, text, actors):
    assert dated_row(nlp, text, "février dernier")["actors"] == actors


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    # "l'ancienne ministre" is no man of the document, nor "ministre" a "Premier ministre"
    ("D'après la radio, Cécile Dormal a reçu un SMS en janvier 2015. La journaliste explique "
     "que l'ancienne ministre a reçu ces messages avant les élections pour lesquelles elle "
     "avait choisi de soutenir le Front de gauche. Quelques mois plus tôt, en mars 2014, elle "
     "avait quitté le gouvernement car elle était en désaccord avec le nouveau Premier "
     "ministre Manuel Vasseur.", "quitté", ["Cécile Dormal"]),
    # another name of the premier office still finds its holder
    ("Le Premier ministre Édouard Vasseur était à Lyon. Lundi, le chef du gouvernement a "
     "rappelé que tout allait bien.", "rappelé", ["Édouard Vasseur"]),
    # a civility ("M. Dormal") is no other office that keeps him from the role noun
    ("Manuel Dormal quitte la France. Manuel Dormal veut être maire de Barcelone. Le parti "
     "d'Emmanuel Vasseur ne le regrette pas. M. Faure a dit dimanche que l'ancien Premier "
     "ministre avait fait lundi une déclaration d'amour à Evry. M. Dormal a répondu.",
     "déclaration", ["Manuel Dormal"]),
])
def test_a_role_noun_stands_for_the_person_the_document_gives_it(nlp, text, trigger, actors):
    assert next(row for row in layered(nlp, text) if row["trigger"] == trigger)["actors"] == actors


def test_il_after_an_incise_stands_for_the_name_inverted_in_it(nlp):
    # the name after the incise's verb is the parse's object but it spoke: the subject
    text = ("Épinglé par le fisc, le boulanger Marc Lestrade peut compter sur le ministre. "
            "\"Oui, situation absurde ! Je vais changer cela avec Claire Vautrin\", a tweeté "
            "lundi 21 octobre Paul Hébert. Il s'est par ailleurs proposé mardi de "
            "\"reconsidérer\" son cas.")
    assert dated_row(nlp, text, "mardi")["actors"] == ["Paul Hébert"]


@pytest.mark.parametrize(("text", "day", "actors"), [
    # a pronoun in a clause that opens the sentence stands for the main clause's subject
    ("Paul Hébert a parlé jeudi. Alors qu'il était en visite à Lyon vendredi 6 avril, le "
     "ministre Marc Delorme a salué les élus.", "vendredi 6 avril", ["Marc Delorme"]),
    ("Paul Hébert a parlé jeudi. Alors qu'elle organisait lundi une réunion à Lyon, Claire "
     "Vautrin a dénoncé les violences.", "lundi", ["Claire Vautrin"]),
    # also when the parse makes the opening clause the sentence's root
    ("Alors qu'il se trouvait mercredi 13 juin à Montpellier (Hérault), à plus de 700 "
     "kilomètres de Paris, où il a livré un discours sur les réformes sociales à venir devant "
     "le 42e congrès de la Mutualité française, Paul Hébert s'est ensuite rendu en Vendée "
     "pour un hommage.", "mercredi 13 juin", ["Paul Hébert"]),
    # not one of another gender
    ("Claire Vautrin a parlé jeudi. Alors qu'elle était en visite à Lyon vendredi 6 avril, "
     "Marc Delorme a salué les élus.", "vendredi 6 avril", ["Claire Vautrin"]),
    # a relative clause inside the phrase that opens the sentence: the name after the phrase
    ("Claire Vautrin est partie. Malgré la crise du parti qu'il a lancé en 1972, Paul Hébert "
     "souhaite revenir.", "1972", ["Paul Hébert"]),
])
def test_a_pronoun_in_an_opening_clause_stands_for_the_main_subject(nlp, text, day, actors):
    assert dated_row(nlp, text, day)["actors"] == actors


def test_il_of_a_copula_with_a_place_is_a_person(nlp):
    # "il était en visite" is said of someone, unlike "il est temps"
    text = "Paul Hébert dirige la mairie. Il était en visite à Lyon lundi."
    assert dated_row(nlp, text, "lundi")["actors"] == ["Paul Hébert"]


def test_a_pronoun_gone_on_to_a_name_is_not_the_name_its_clause_takes(nlp):
    text = ("Paul Hébert a visité l'usine mardi. \"C'est une fierté\", a-t-il dit. \"Nous "
            "tiendrons.\" \"Je reviendrai.\" Il a retrouvé Paul Hébert jeudi à Lyon.")
    assert "Paul Hébert" not in dated_row(nlp, text, "jeudi")["actors"]


def test_a_trade_noun_stands_for_one_named_with_the_trade_not_the_most_named(nlp):
    text = ("Paul Hébert a visité l'hôpital de Lyon lundi. Paul Hébert a salué les soignants. "
            "Mardi, le médecin a expliqué que la situation restait tendue.")
    assert dated_row(nlp, text, "Mardi")["actors"] == ["le médecin"]
    text = ("La chanteuse Claire Vautrin a chanté lundi à Lyon. Mercredi, la chanteuse a "
            "annoncé un nouvel album.")
    assert dated_row(nlp, text, "Mercredi")["actors"] == ["Claire Vautrin"]
    # an office holder is often well known enough to go unintroduced
    text = ("Paul Hébert a visité l'hôpital de Lyon lundi. Paul Hébert a salué les soignants. "
            "Mardi, le ministre a expliqué que la situation restait tendue.")
    assert dated_row(nlp, text, "Mardi")["actors"] == ["Paul Hébert"]


def test_a_pronoun_beyond_reach_stands_for_the_only_person_of_its_gender(nlp):
    text = ('Dans son livre, Claire Vasseur raconte son enfance à Lille. "J\'avais peur. Tout '
            'le monde se moquait. Je ne comprenais rien." En 2004, les photos avaient été '
            'publiées sans son accord. Elle dénonce lundi une campagne de dénigrement.')
    assert dated_row(nlp, text, "lundi")["actors"] == ["Claire Vasseur"]


def test_a_pronoun_beyond_reach_after_a_thing_of_its_gender_is_not_that_person(nlp):
    text = ('Claire Vasseur a présenté le texte en 2018. Le débat a duré des mois. Les '
            'syndicats ont protesté. Puis la réforme a été adoptée. Elle prévoit lundi une '
            'hausse des cotisations.')
    assert all(row["actors"] != ["Claire Vasseur"] for row in layered(nlp, text)
               if row["date_text"] == "lundi")


def test_a_pronoun_does_not_stand_for_the_subject_of_a_clause_said_before_it(nlp):
    text = ('Le candidat avait promis une foule immense. Selon ses proches, les billets étaient '
            'tous vendus. Il avait aussi expliqué que si la salle ne suffisait pas, un centre '
            'voisin pourrait accueillir le public. Mais samedi soir, il a annulé son discours.')
    assert all(row["actors"] != ["un centre voisin"] for row in layered(nlp, text))
