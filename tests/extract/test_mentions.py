"""Mentions per document and entities per corpus, on short texts and hand-made rows.

Every person and organisation here is invented; places are ones the seed articles never name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from corpus_cli.extract.mentions import extract_mentions
from corpus_cli.extract.name_context import word_acronym
from tests.rows_for_tests import names

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# --- helpers ----------------------------------------------------------------------------------


def with_ents(nlp, text: str, marks: Sequence[tuple[str, str]]):
    """Parse `text` and set its entities by hand: (surface, label), found left to right."""
    doc = nlp(text)
    spans = []
    position = 0
    for surface, label in marks:
        start = text.index(surface, position)
        position = start + len(surface)
        span = doc.char_span(start, start + len(surface), label=label, alignment_mode="expand")
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def by_name(doc) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_mentions(doc)}


# --- mentions: cleaning -------------------------------------------------------------------------


def test_articles_elisions_and_quotes_are_stripped(nlp):
    text = "Il a quitté la Norvège pour l'Italie et parlé à « Olav Brekke » du Pérou."
    doc = with_ents(nlp, text, [("la Norvège", "LOC"), ("l'Italie", "LOC"),
                                ("« Olav Brekke »", "PER"), ("du Pérou", "LOC")])
    mentions = extract_mentions(doc)
    assert [m["name"] for m in mentions] == ["Norvège", "Italie", "Olav Brekke", "Pérou"]
    for m in mentions:
        assert text[m["start"]:m["end"]] == m["text"] == m["name"]


def test_a_day_taken_for_a_name_is_no_mention_but_a_month_alone_may_be(nlp):
    text = "Mardi, Paul Hébert a parlé. Vendredi 9 mars, le groupe Mars a répondu."
    doc = with_ents(nlp, text, [("Mardi", "MISC"), ("Paul Hébert", "PER"),
                                ("Vendredi 9", "MISC"), ("Mars", "ORG")])
    assert names(doc) == ["Paul Hébert", "Mars"]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Il part, rapporte Le Parisien mercredi 13 décembre.", "Le Parisien mercredi 13 décembre",
     "Le Parisien"),
    ("Selon le Journal du Soir ce dimanche 11 août, il part.",
     "Journal du Soir ce dimanche 11 août", "Journal du Soir"),
    # a weekday after "du" is the name's own
    ("Selon le Journal du dimanche, il part.", "Journal du dimanche", "Journal du dimanche"),
    # a dangling word the span took in after the date
    ("Il part, selon Le Soir lundi de la semaine dernière.", "Le Soir lundi de", "Le Soir"),
])
def test_a_date_the_model_s_span_runs_on_into_after_a_name_is_cut_off(nlp, text, surface,
                                                                       name):
    assert names(with_ents(nlp, text, [(surface, "ORG")])) == [name]


def test_the_surname_after_le_gouvernement_is_not_resolved_in_its_document(nlp):
    """"le gouvernement X" is the head's, whom an article about X's wife may not name."""
    text = ("Claire Vautrin a visité une école. Les ministres du gouvernement Vautrin étaient "
            "là. Vautrin a souri.")
    doc = with_ents(nlp, text, [("Claire Vautrin", "PER"), ("Vautrin", "PER"),
                                ("Vautrin", "PER")])
    assert [m["resolved"] for m in extract_mentions(doc)] == [None, None, "Claire Vautrin"]


def test_a_section_heading_in_capitals_is_no_name_but_a_dateline_is(nlp):
    text = ("SANTÉ - Le porte-parole de Lucien Brevet a parlé.\n"
            "CULTURE. La ministre a répondu.\n"
            "VIERZON. Le maire a parlé à la CULTURE d'entreprise. LA FAMILLE ET LA CULTURE "
            "OUBLIÉES Il a cité L'OTAN ET L'ONU. DEUX OTAGES ENLEVÉS EN GUINÉE La culture.")
    doc = with_ents(nlp, text, [("SANTÉ - Le", "MISC"), ("Lucien Brevet", "PER"),
                                ("CULTURE", "ORG"), ("VIERZON", "LOC"), ("CULTURE", "ORG"),
                                ("CULTURE", "ORG"), ("OTAN", "ORG"), ("ONU", "ORG"),
                                ("GUINÉE", "LOC")])
    assert names(doc) == ["Lucien Brevet", "VIERZON", "CULTURE", "OTAN", "ONU", "GUINÉE"]


def test_the_last_word_of_a_rubric_of_several_words_is_no_name(nlp):
    text = "Un titre\n\nFAUSSE ALERTE. Le cinéma de Lucien Brevet a été évacué."
    doc = with_ents(nlp, text, [("ALERTE", "MISC"), ("Lucien Brevet", "PER")])
    assert names(doc) == ["Lucien Brevet"]


def test_a_heading_in_capitals_after_a_bullet_or_a_dash_is_no_name(nlp):
    # its run of capitals counts its elided words; a plural of the language is one of its words
    text = ("Le maire a parlé des générations futures. ► LES GÉNÉRATIONS D'AVANT 1975 "
            "Le maire a été frappée. - FRAPPÉE AU POINT D'ÊTRE MÉCONNAISSABLE - Lucien Brevet "
            "a parlé.")
    doc = with_ents(nlp, text, [("LES GÉNÉRATIONS", "MISC"), ("FRAPPÉE", "PER"),
                                ("Lucien Brevet", "PER")])
    assert names(doc) == ["Lucien Brevet"]


def test_a_name_apposed_to_a_role_in_a_span_tagged_misc_is_a_person_with_that_role(nlp):
    text = ("Le Premier ministre Aurélien Vasseur a annoncé un débat. La ministre de la Culture "
            "a ri.")
    doc = with_ents(nlp, text, [("Premier ministre Aurélien Vasseur", "MISC"),
                                ("ministre de la Culture", "ORG")])
    found = extract_mentions(doc)
    assert [(m["name"], m["label"], m["roles"]) for m in found] == [
        ("Aurélien Vasseur", "PER", ["premier ministre"])]


def test_an_illness_named_after_a_physician_is_no_person(nlp):
    text = "Le médecin Jules Brevard a parlé. Il souffre de la maladie de Brevard depuis 2010."
    doc = with_ents(nlp, text, [("Jules Brevard", "PER"), ("Brevard", "PER")])
    assert [(m["name"], m["label"]) for m in extract_mentions(doc)] == [
        ("Jules Brevard", "PER"), ("Brevard", "MISC")]


def test_a_surname_alone_after_chez_is_the_house_not_the_person(nlp):
    text = ("La styliste Inès Varlin a parlé. Chez Varlin, la collection est sobre. Il a dîné "
            "chez Jean Dupont.")
    doc = with_ents(nlp, text, [("Inès Varlin", "PER"), ("Varlin", "PER"),
                                ("Jean Dupont", "PER")])
    assert [(m["name"], m["label"]) for m in extract_mentions(doc)] == [
        ("Inès Varlin", "PER"), ("Varlin", "ORG"), ("Jean Dupont", "PER")]


def test_a_month_with_a_number_may_be_a_name(nlp):
    text = "Les souvenirs de Mai 68 et du 11 Septembre restent vifs."
    doc = with_ents(nlp, text, [("Mai 68", "MISC"), ("11 Septembre", "MISC")])
    assert names(doc) == ["Mai 68", "11 Septembre"]


def test_a_nickname_used_again_after_le_stays_the_person(nlp):
    text = "Paul Hébert, surnommé le Chinois, a été arrêté. Le Chinois et son complice ont fui."
    doc = with_ents(nlp, text, [("Paul Hébert", "PER"), ("Chinois", "PER"), ("Chinois", "PER")])
    assert [m["label"] for m in extract_mentions(doc) if m["name"] == "Chinois"] == ["PER",
                                                                                   "PER"]


def test_elision_with_typographic_apostrophe_glued_to_the_word(nlp):
    doc = with_ents(nlp, "Il a parlé à l’Islande.", [("l’Islande", "LOC")])
    assert names(doc) == ["Islande"]


def test_model_elision_kept_out_of_the_name(nlp):
    doc = nlp("Les élus ont rappelé que l'Islande avait voté contre le texte.")
    assert "Islande" in names(doc)
    assert not any(name.lower().startswith("l'") for name in names(doc))


def test_a_capitalised_article_belongs_to_a_surname(nlp):
    text = "Yann Le Gall a parlé. Le Gall a ensuite quitté la salle."
    doc = with_ents(nlp, text, [("Yann Le Gall", "PER"), ("Le Gall a", "PER")])
    mentions = extract_mentions(doc)
    # the second span was cut at "a" by hand: the name keeps "Le", the verb is a trailing word
    assert mentions[0]["name"] == "Yann Le Gall"
    assert mentions[1]["resolved"] == "Yann Le Gall"


def test_dangling_function_words_are_cut(nlp):
    text = "Le Conseil de sécurité de la Fédération a siégé."
    doc = with_ents(nlp, text, [("Conseil de sécurité de la", "ORG")])
    assert names(doc) == ["Conseil de sécurité"]


def test_span_across_a_line_break_is_dropped(nlp):
    doc = with_ents(nlp, "Rubrique International\nOlav Brekke arrive.",
                    [("International\nOlav", "MISC"), ("Brekke", "PER")])
    assert names(doc) == ["Brekke"]


def test_span_across_a_masked_block_is_dropped(nlp):
    # cleaning replaces removed boilerplate by blanks of the same length
    text = "Accueil          Olav Brekke arrive à Lisbonne."
    doc = with_ents(nlp, text, [("Accueil          Olav Brekke", "PER"), ("Lisbonne", "LOC")])
    assert names(doc) == ["Lisbonne"]


def test_span_without_letters_is_dropped(nlp):
    doc = with_ents(nlp, "Le score était de 2024 à 12.", [("2024", "MISC"), ("12", "MISC")])
    assert names(doc) == []


def test_hyphenated_word_cut_by_the_model_is_completed(nlp):
    text = "La Commission mixte italo-norvégienne se réunit."
    doc = with_ents(nlp, text, [("Commission mixte italo", "ORG")])
    assert names(doc) == ["Commission mixte italo-norvégienne"]


def test_sentence_index(nlp):
    doc = nlp("Olav Brekke est arrivé à Lisbonne. Il repartira pour Oslo demain.")
    sentences = {m["name"]: m["sentence"] for m in extract_mentions(doc)}
    assert sentences["Lisbonne"] == 0
    assert sentences["Oslo"] == 1


# --- mentions: titles and roles -----------------------------------------------------------------


def test_role_before_a_name_is_kept_and_the_role_phrase_is_no_entity(nlp):
    doc = nlp("Le ministre des Affaires étrangères, Piotr Valenko, est arrivé à Lisbonne.")
    mentions = by_name(doc)
    assert "Piotr Valenko" in mentions
    assert "ministre des Affaires étrangères" in mentions["Piotr Valenko"]["roles"]
    assert not any("ministre" in name for name in mentions)


def test_role_phrase_tagged_as_organisation_is_dropped(nlp):
    text = "Le ministre norvégien des Affaires étrangères, Piotr Valenko, est arrivé."
    doc = with_ents(nlp, text, [("ministre norvégien des Affaires étrangères", "ORG"),
                                ("Piotr Valenko", "PER")])
    mentions = extract_mentions(doc)
    assert [m["name"] for m in mentions] == ["Piotr Valenko"]
    assert mentions[0]["roles"] == ["ministre norvégien des Affaires étrangères"]


def test_a_parliaments_officer_is_a_role(nlp):
    doc = nlp("Piotr Valenko, questeur de l'Assemblée nationale, a déclaré la guerre.")
    assert by_name(doc)["Piotr Valenko"]["roles"] == ["questeur de l'Assemblée nationale"]


def test_role_in_apposition_after_a_name(nlp):
    doc = nlp("Igor Sorokine, secrétaire du Conseil national de sécurité, a déclaré la guerre.")
    assert by_name(doc)["Igor Sorokine"]["roles"] == ["secrétaire du Conseil national de sécurité"]


@pytest.mark.parametrize(("text", "roles"), [
    # the closing comma missing, the parse makes the bare role noun the verb's subject: a
    # subject needs a determiner, so the bare noun is still the name's apposition
    ("Irritée, Mireille Vasseur, sénatrice PS de Brest a annoncé lundi sa plainte.",
     ["sénatrice PS de Brest"]),
    # a subject with its article after a name that is an object is someone else
    ("Après avoir rencontré Mireille Vasseur, la sénatrice de Brest a annoncé sa plainte.",
     []),
])
def test_a_bare_role_noun_after_a_name_and_a_comma_is_its_apposition(nlp, text, roles):
    assert by_name(nlp(text))["Mireille Vasseur"]["roles"] == roles


@pytest.mark.parametrize("text", [
    "Igor Sorokine, ancien maire de Tver, et aujourd'hui secrétaire du Conseil, a parlé.",
    "Igor Sorokine, ancien maire de Tver et désormais secrétaire du Conseil, a parlé.",
])
def test_a_role_coordinated_to_the_apposed_one_is_the_name_s_too(nlp, text):
    assert by_name(nlp(text))["Igor Sorokine"]["roles"] == ["ancien maire de Tver",
                                                           "secrétaire du Conseil"]


def test_the_role_of_the_next_name_in_a_list_is_not_the_name_s(nlp):
    roles = by_name(nlp("Igor Sorokine, maire de Tver, et le secrétaire Piotr Valenko sont "
                        "arrivés."))["Igor Sorokine"]["roles"]
    assert roles == ["maire de Tver"]


def test_the_seat_of_an_office_is_no_person_of_that_surname(nlp):
    doc = nlp("Le rapporteur est le député Marc Lyon. La commission a auditionné le procureur "
              "de Lyon Rémy Vautrin et le préfet.")
    seat = next(m for m in extract_mentions(doc) if m["text"] == "Lyon")
    assert (seat["label"], seat["resolved"]) == ("LOC", None)


def test_an_infinitive_with_an_object_opening_a_sentence_is_no_name(nlp):
    doc = nlp("Les règles sont simples.5. Porter un masque dans la rue est obligatoire. "
              "Le chercheur Tobias Porter a publié une étude.")
    assert [m["text"] for m in extract_mentions(doc) if "Porter" in m["text"]] == ["Tobias Porter"]


def test_titles_in_and_before_names(nlp):
    doc = nlp("M. Jean Dufresne a reçu le président Marc Aubertin hier à Oslo.")
    mentions = by_name(doc)
    assert mentions["Jean Dufresne"]["roles"] == ["M."]
    assert mentions["Marc Aubertin"]["roles"] == ["président"]


def test_king_and_civility_title_with_a_role(nlp):
    doc = nlp("Le roi Harald V a reçu Mme Ingrid Solberg, ancienne ministre de la Culture.")
    mentions = by_name(doc)
    assert mentions["Harald V"]["roles"] == ["roi"]
    assert mentions["Ingrid Solberg"]["roles"] == ["Mme", "ancienne ministre de la Culture"]


def test_role_words_inside_a_person_span_are_cut(nlp):
    doc = with_ents(nlp, "Hier, le Président Aubertin a parlé.", [("Président Aubertin", "PER")])
    mentions = extract_mentions(doc)
    assert mentions[0]["name"] == "Aubertin"
    assert mentions[0]["roles"] == ["président"]


def test_a_role_alone_is_not_a_person(nlp):
    doc = with_ents(nlp, "Le roi a parlé à Olav Brekke.",
                    [("Le roi", "PER"), ("Olav Brekke", "PER")])
    assert names(doc) == ["Olav Brekke"]


def test_civility_title_makes_a_person_of_a_mislabelled_span(nlp):
    doc = with_ents(nlp, "Il a vu M. Dufresne hier.", [("M. Dufresne", "ORG")])
    mentions = extract_mentions(doc)
    assert (mentions[0]["name"], mentions[0]["label"], mentions[0]["roles"]) == (
        "Dufresne", "PER", ["M."])


def test_a_name_completing_a_noun_gets_no_role(nlp):
    doc = nlp("Les ministres du gouvernement d'Olav Brekke se sont réunis.")
    assert by_name(doc)["Olav Brekke"]["roles"] == []


# --- mentions: partial names in the document -----------------------------------------------------


def test_surname_alone_refers_to_the_full_name(nlp):
    doc = nlp("Piotr Valenko est arrivé lundi à Lisbonne. Valenko a rencontré la presse.")
    mentions = extract_mentions(doc)
    assert [(m["name"], m["resolved"]) for m in mentions if m["label"] == "PER"] == [
        ("Piotr Valenko", None), ("Valenko", "Piotr Valenko")]


def test_shared_surname_links_to_the_nearest_preceding_full_name(nlp):
    text = ("Anna Karassev dirige la banque. Karassev a signé. Boris Karassev a démissionné. "
            "Karassev a ensuite quitté Oslo.")
    doc = with_ents(nlp, text, [("Anna Karassev", "PER"), ("Karassev a signé", "PER"),
                                ("Boris Karassev", "PER"), ("Karassev a ensuite", "PER")])
    resolved = [(m["name"], m["resolved"]) for m in extract_mentions(doc)]
    assert resolved == [("Anna Karassev", None), ("Karassev", "Anna Karassev"),
                        ("Boris Karassev", None), ("Karassev", "Boris Karassev")]


def test_surname_before_any_full_name_links_to_the_next_one(nlp):
    doc = with_ents(nlp, "Valenko à Lisbonne. Piotr Valenko est arrivé.",
                    [("Valenko", "PER"), ("Piotr Valenko", "PER")])
    assert extract_mentions(doc)[0]["resolved"] == "Piotr Valenko"


def test_shorter_form_and_mislabelled_surname_are_resolved(nlp):
    text = "Jean Paul Dufresne parle. Jean Dufresne écoute. Dufresne sourit."
    doc = with_ents(nlp, text, [("Jean Paul Dufresne", "PER"), ("Jean Dufresne", "PER"),
                                ("Dufresne", "LOC")])
    resolved = [m["resolved"] for m in extract_mentions(doc)]
    assert resolved == [None, "Jean Paul Dufresne", "Jean Paul Dufresne"]


def test_a_full_name_is_not_resolved_to_a_compound_given_name_it_only_begins(nlp):
    # a compound given name is one name: "Marc Verdier" is most often the father
    text = "Marc-Olivier Verdier parle. Marc Verdier écoute. M. Verdier sourit."
    doc = with_ents(nlp, text, [("Marc-Olivier Verdier", "PER"), ("Marc Verdier", "PER"),
                                ("M. Verdier", "PER")])
    resolved = [m["resolved"] for m in extract_mentions(doc)]
    assert resolved[:2] == [None, None]
    assert resolved[2] in ("Marc-Olivier Verdier", "Marc Verdier")  # an initial is either


def test_a_full_name_with_a_middle_initial_abbreviates_no_longer_name(nlp):
    # the son "Jean P. Morvan" beside his father "Jean T. P. Morvan": two names in full
    text = "Jean P. Morvan a succédé à son père Jean T. P. Morvan. Morvan a parlé."
    doc = with_ents(nlp, text, [("Jean P. Morvan", "PER"), ("Jean T. P. Morvan", "PER"),
                                ("Morvan", "PER")])
    resolved = [m["resolved"] for m in extract_mentions(doc)]
    assert resolved[:2] == [None, None]


def test_surname_slip_in_the_document_is_resolved(nlp):
    doc = with_ents(nlp, "Piotr Valenko est arrivé. Valemko a parlé.",
                    [("Piotr Valenko", "PER"), ("Valemko", "PER")])
    assert extract_mentions(doc)[1]["resolved"] == "Piotr Valenko"


@pytest.mark.parametrize(("text", "resolved"), [
    # "Renard" written three times is a name of its own, not a slip of the one "Paul Renart"
    ("Paul Renart est venu. Renard a parlé. Renard a ri. Renard est parti.", [None] * 3),
    # written less often than the full name, it is a slip of it
    ("Paul Renart est venu. Paul Renart a parlé. Renard a ri.", ["Paul Renart"]),
])
def test_a_name_written_more_often_than_the_full_name_is_no_slip_of_it(nlp, text, resolved):
    marks = [(name, "PER") for name in re.findall(r"Paul Renart|Renard", text)]
    found = extract_mentions(with_ents(nlp, text, marks))
    assert [m["resolved"] for m in found if m["name"] == "Renard"] == resolved


@pytest.mark.parametrize(("text", "resolved"), [
    # the full name with one letter changed in its surname, rarer than that surname: a slip
    ("Piotr Valenko est arrivé lundi. Valenko a parlé. Piotr Valenkor a souri. Valenko est "
     "parti.", "Piotr Valenko"),
    # another given name: another person, whatever the surname
    ("Piotr Valenko est arrivé lundi. Valenko a parlé. Anna Valenkor a souri. Valenko est "
     "parti.", None),
    # the surname written as often as the other: two names, no slip
    ("Piotr Valenko est arrivé lundi. Piotr Valenkor a souri.", None),
])
def test_a_full_name_one_letter_from_a_commoner_one_is_its_slip(nlp, text, resolved):
    marks = [(name, "PER") for name in re.findall(r"\w+ Valenkor|Piotr Valenko|Valenko", text)]
    found = extract_mentions(with_ents(nlp, text, marks))
    assert [m["resolved"] for m in found if m["name"].endswith("Valenkor")] == [resolved]


def test_a_word_that_is_also_a_first_name_here_is_not_resolved(nlp):
    text = "Claude Martin parle. Martin Dubois répond. Martin sourit."
    doc = with_ents(nlp, text, [("Claude Martin", "PER"), ("Martin Dubois", "PER"),
                                ("Martin sourit", "PER")])
    assert extract_mentions(doc)[2]["resolved"] is None


def test_seed_mentions_are_clean(seed_mentions):
    """On real articles: no mention spans a line break, every name has a letter and no quote."""
    assert seed_mentions
    for text, m in seed_mentions:
        assert "\n" not in text[m["start"]:m["end"]]
        assert any(c.isalpha() for c in m["name"])
        assert m["name"] == m["name"].strip("«»\"' ,.")
        assert m["label"] in ("PER", "LOC", "ORG", "MISC")




@pytest.mark.parametrize(("text", "surface", "name"), [
    ("La famille Valenko a manifesté samedi. Piotr Valenko est mort.", "Valenko",
     "famille Valenko"),
    ("Les frères Valenko ont été arrêtés. Piotr Valenko a parlé.", "Valenko", "frères Valenko"),
    ("Les Valenko étaient à bord. Piotr Valenko est mort.", "Valenko", "Les Valenko"),
    ("Le couple Valenko a divorcé. Anna Valenko a parlé.", "Valenko", "couple Valenko"),
    ("Les enfants Valenko ont été entendus. Anna Valenko a parlé.", "Valenko",
     "enfants Valenko"),
    ("Le chef de la tribu Valenko a parlé. Piotr Valenko est mort.", "Valenko",
     "tribu Valenko"),
    # "aux X" is "à les X": the family, named without the preposition
    ("Que va-t-il arriver aux Valenko ? Piotr Valenko est mort.", "Valenko", "Valenko"),
])
def test_a_family_is_not_one_of_its_members(nlp, text, surface, name):
    member = "Anna Valenko" if "Anna" in text else "Piotr Valenko"
    doc = with_ents(nlp, text, [(surface, "PER"), (member, "PER")])
    family, person = extract_mentions(doc)
    assert (family["name"], family["label"], family["resolved"]) == (name, "MISC", None)
    assert person["label"] == "PER"


def test_a_family_the_model_tags_as_neither_person_nor_place_is_no_member(nlp):
    # the model may tag "le couple X" MISC: still the family, not the full name before it
    doc = with_ents(nlp, "Anna Valenko a parlé. Depuis vingt ans, le couple Valenko écrit.",
                    [("Anna Valenko", "PER"), ("Valenko", "MISC")])
    person, family = extract_mentions(doc)
    assert (family["name"], family["label"], family["resolved"]) == (
        "couple Valenko", "MISC", None)
    assert person["label"] == "PER"


def test_a_family_named_by_a_surname_with_its_particle_is_no_member(nlp):
    doc = with_ents(nlp, "Anna Le Gall a parlé. Au dernier étage du repaire des Le Gall, on "
                         "travaille.", [("Anna Le Gall", "PER"), ("Le Gall", "PER")])
    person, family = extract_mentions(doc)
    assert (family["name"], family["label"], family["resolved"]) == (
        "des Le Gall", "MISC", None)
    assert person["label"] == "PER"


def test_a_family_the_model_tags_as_a_place_is_no_member(nlp):
    doc = with_ents(nlp, "Anna Valenko a parlé. L'animateur est un ami du couple Valenko.",
                    [("Anna Valenko", "PER"), ("Valenko", "LOC")])
    person, family = extract_mentions(doc)
    assert (family["name"], family["label"], family["resolved"]) == (
        "couple Valenko", "MISC", None)
    assert person["label"] == "PER"


@pytest.mark.parametrize(("text", "surface", "label"), [
    # a newspaper titled after a region, with no article: the newspaper
    ("Un homme a été arrêté, rapporte Sud Ouest.", "Sud Ouest", "ORG"),
    # the title's own article, which the model's span may leave out
    ("Un homme a été arrêté, selon La Provence.", "Provence", "ORG"),
    # the region takes its article; a title's word is no title without the title's article;
    # after a noun, a direction
    ("Il pleuvra dans le Sud-Ouest.", "Sud-Ouest", "LOC"),
    ("La cigale chante en Provence.", "Provence", "LOC"),
    ("Ils vivent dans un grand quart Sud-Ouest de la France.", "Sud-Ouest", "LOC"),
])
def test_an_outlet_titled_after_a_place_is_an_organisation(nlp, text, surface, label):
    mention, = extract_mentions(with_ents(nlp, text, [(surface, "LOC")]))
    assert mention["label"] == label


@pytest.mark.parametrize(("text", "surface", "name"), [
    # the sentence's end glued to the name: after a parenthesis, or a name's only period
    ("Il a parlé au président de la Fédération (FNX).\"Nous créons ça\", dit-il.",
     "FNX).", "FNX"),
    ("Une scène captée par les caméras de TVX.\"Je me disais : quel bruit ?\"", "TVX.",
     "TVX"),
    # periods inside an abbreviation keep the last one, an initial its own
    ("Il vit à Washington D.C. depuis dix ans.", "Washington D.C.", "Washington D.C."),
    ("Engagée dans la police en 2002, Aurélie V. était membre du service.", "Aurélie V.",
     "Aurélie V."),
])
def test_a_period_glued_after_a_name_is_no_part_of_it(nlp, text, surface, name):
    label = "PER" if surface.startswith("Aurélie") else "ORG"
    assert names(with_ents(nlp, text, [(surface, label)])) == [name]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Après la nomination de Paul Hébert à Matignon, elle a parlé.", "Paul Hébert à Matignon",
     "Paul Hébert"),
    # a particle is the name's own
    ("Après la nomination de Paul de Varenne, elle a parlé.", "Paul de Varenne",
     "Paul de Varenne"),
])
def test_a_preposition_the_model_runs_a_person_s_name_into_ends_it(nlp, text, surface, name):
    assert names(with_ents(nlp, text, [(surface, "PER")])) == [name]


def test_an_outlet_the_model_runs_into_a_person_s_name_is_cut_off(nlp):
    doc = with_ents(nlp, "Trois veneurs ont été blessés, dénonce auprès de Ouest-France Hervé "
                         "Dumont, directeur de la communication.",
                    [("Ouest-France Hervé Dumont", "PER")])
    assert names(doc) == ["Hervé Dumont"]


@pytest.mark.parametrize("text", [
    # a nationality between the office and its domain, a given name the tables lack
    "Selon le ministre indien de la Défense Rajnath Vardhan, tout va bien.",
])
def test_an_office_s_domain_run_into_its_holder_s_name_is_cut_off(nlp, text):
    doc = with_ents(nlp, text, [("Défense Rajnath Vardhan", "ORG")])
    assert names(doc) == ["Rajnath Vardhan"]


@pytest.mark.parametrize(("label", "text", "surface", "expected"), [
    # tagged a work or a body, the span is still the outlet and then a person
    ("MISC", '"Il faut agir", explique dans Le Journal du Dimanche Paul Mercadier, élu local.',
     "Le Journal du Dimanche Paul Mercadier", ["Paul Mercadier"]),
    ("ORG", '"C\'est faux", a déclaré à l\'AFP Me Louise Dartois, avocate de la famille.',
     "AFP Me Louise Dartois", ["Louise Dartois"]),
    # an outlet whose own name goes on in lower-case words keeps it
    ("MISC", "Le fait a été révélé mercredi dans La Dépêche du Midi.", "La Dépêche du Midi",
     ["La Dépêche du Midi"]),
])
def test_an_outlet_run_into_a_person_s_name_tagged_a_thing_is_cut_off(nlp, label, text,
                                                                      surface, expected):
    assert names(with_ents(nlp, text, [(surface, label)])) == expected


@pytest.mark.parametrize(("text", "surface", "label", "name"), [
    # a kin noun in the plural's place, its number mistyped
    ("Les deux frère Valenko ont été arrêtés. Piotr Valenko a parlé.", "Valenko", "PER",
     "les deux frère valenko"),
    # a family counted, the number between the article and the name
    ("Il aura été, des trois Valenko, le plus lu. Piotr Valenko a parlé.", "Valenko", "PER",
     "des trois Valenko"),
    ("Les deux Valenko sont arrivés. Piotr Valenko a parlé.", "Valenko", "PER",
     "les deux Valenko"),
    # the model takes a family's name after "les" for a place
    ("La maison où vivent les Valenko est vendue. Piotr Valenko a parlé.", "Valenko", "LOC",
     "les Valenko"),
    ("La maison des Valenko a brûlé. Piotr Valenko a parlé.", "Valenko", "LOC",
     "des Valenko"),
    # a family noun after a plural determiner, whatever the model's label
    ("Il était l'avocat des parents Valenko. Piotr Valenko a parlé.", "Valenko", "LOC",
     "parents Valenko"),
    # the last name of a list of families
    ("Les familles Brunet et Valenko ont porté plainte. Piotr Valenko a parlé.", "Valenko",
     "PER", "Valenko"),
])
def test_a_family_by_a_kin_noun_or_tagged_a_place_is_not_one_of_its_members(
        nlp, text, surface, label, name):
    doc = with_ents(nlp, text, [(surface, label), ("Piotr Valenko", "PER")])
    family, _ = extract_mentions(doc)
    assert (family["label"], family["resolved"]) == ("MISC", None)
    assert family["name"].lower() == name.lower()


def test_a_plural_place_after_a_preposition_stays_a_place(nlp):
    doc = with_ents(nlp, "Piotr Valenko skie dans les Valenko.", [("Piotr Valenko", "PER"),
                                                                  ("Valenko", "LOC")])
    assert extract_mentions(doc)[1]["label"] == "LOC"


@pytest.mark.parametrize(("text", "label"), [
    ("Le clan Valenko refuse de parler. Piotr Valenko est mort.", "ORG"),
    ("Le clan de Valenko refuse de parler. Piotr de Valenko est mort.", "PER"),
])
def test_a_family_tagged_otherwise_or_behind_a_particle_is_a_family(nlp, text, label):
    person = "Piotr de Valenko" if "clan de" in text else "Piotr Valenko"
    doc = with_ents(nlp, text, [("Valenko", label), (person, "PER")])
    family, _ = extract_mentions(doc)
    assert family["label"] == "MISC"
    assert family["name"].startswith("clan ")
    assert family["resolved"] is None


@pytest.mark.parametrize(("text", "full", "label", "tag"), [
    # a list after a noun of a product, through a conjunction
    ("Le pilote Henri Vautrin a fondé sa marque. L'usine fabrique des répliques de modèles "
     "Ford et Vautrin.", "Henri Vautrin", "MISC", "PER"),
    # a company after "comme"
    ("Le mécène Louis Brachet aimait l'art. De grandes entreprises comme Brachet ou Danone "
     "ont financé le musée.", "Louis Brachet", "ORG", "PER"),
    # a title alone in quotation marks, after an adjective of the noun
    ("L'acteur Paul Garnier est mort. Il jouait dans la série télévisée « Garnier » jusqu'en "
     "1975.", "Paul Garnier", "MISC", "PER"),
    # a share before the name: a show's title
    ("L'animatrice Marie Brachet présente désormais 100% Brachet sur la radio.", "Marie Brachet",
     "MISC", "PER"),
    # a determiner no surname takes: an award, a car's model number, a painting
    ("Le réalisateur Marc Lestrade a reçu son Lestrade d'honneur jeudi soir.", "Marc Lestrade",
     "MISC", "PER"),
    ("Le designer Luc Ventura a repris les phares de la 458 Ventura.", "Luc Ventura", "MISC",
     "PER"),
    ("Le peintre Paul Morel a vendu ce Morel à un musée.", "Paul Morel", "MISC", "PER"),
    # an article, for a name the model did not take for a person
    ("Le peintre Paul Morel a offert un Morel à sa sœur.", "Paul Morel", "MISC", "MISC"),
    # a place's noun reaches its name through "de"
    ("Le duc Hugo Brenner vit au palais de Brenner depuis 2011.", "Hugo Brenner", "LOC", "LOC"),
    # a dwelling named after its owner
    ("La cantatrice Pauline Morvan a vécu à Bougival. La villa Morvan est à vendre.",
     "Pauline Morvan", "LOC", "LOC"),
    # a noun of a thing through the common noun that completes it
    ("L'acteur Olaf Brekke est mort. Selon l'observatoire des ventes Brekke, le marché "
     "recule.", "Olaf Brekke", "ORG", "PER"),
    ("Le sondeur Paul Marbel a réagi. L'institut de sondage Marbel a publié une étude.",
     "Paul Marbel", "ORG", "ORG"),
    # shops and ships
    ("Le patron Jean Vautrin a parlé. Les centres Vautrin baissent leurs prix.",
     "Jean Vautrin", "ORG", "PER"),
    # a big company
    ("Le patron Jean Vautrin a parlé. Le géant Vautrin baisse ses prix.", "Jean Vautrin", "ORG",
     "PER"),
    ("L'amiral Louis Varenne est mort en 1950. Le porte-avions Varenne a quitté Toulon.",
     "Louis Varenne", "MISC", "PER"),
    # a model or a work: an ordinal or "dernier" between the article and the name
    ("Le pilote Henri Vautrin a fondé sa marque. La première Vautrin sortie d'usine a été "
     "vendue.", "Henri Vautrin", "MISC", "PER"),
    ("Le romancier Paul Morel publie encore. Le dernier Morel se vend mal.", "Paul Morel",
     "MISC", "PER"),
    ("Le pilote Henri Vautrin a fondé sa marque. La troisième Vautrin a été vendue.",
     "Henri Vautrin", "MISC", "PER"),
    # a product or a faction named after someone
    ("L'acteur Paul Garnier a une ferme. Il vend un miel Garnier sur les marchés.",
     "Paul Garnier", "MISC", "PER"),
    ("Le rabbin Paul Garnier a prêché. Les fidèles du courant Garnier sont venus.",
     "Paul Garnier", "ORG", "PER"),
])
def test_a_surname_written_as_a_thing_is_that_thing_not_the_person(nlp, text, full, label,
                                                                  tag):
    surname = full.split()[1]
    marks = [(full, "PER"), *([("Ford", "ORG")] if "Ford" in text else []), (surname, tag)]
    thing = [m for m in extract_mentions(with_ents(nlp, text, marks)) if m["name"] == surname]
    assert [(m["label"], m["resolved"]) for m in thing] == [(label, None)]


@pytest.mark.parametrize("text", [
    # an article before a surname the model tags as a person: a person written familiarly
    "La soprano Maria Vendetti a chanté hier. La Vendetti a triomphé devant la salle.",
    "Le sénateur Paul Vendetti parle beaucoup. Un Vendetti omniprésent a dominé le débat.",
    # "à la place de X", "le stade de X": a place's noun through "de", before a person
    "Le ministre Paul Vendetti est absent. Son adjoint parle à la place de Vendetti.",
])
def test_a_surname_tagged_as_a_person_after_an_article_stays_the_person(nlp, text):
    full = next(name for name in ("Maria Vendetti", "Paul Vendetti") if name in text)
    doc = with_ents(nlp, text, [(full, "PER"), ("Vendetti", "PER")])
    bare = [m for m in extract_mentions(doc) if m["name"] == "Vendetti"]
    assert [(m["label"], m["resolved"]) for m in bare] == [("PER", full)]


@pytest.mark.parametrize(("text", "marks", "expected"), [
    # "la famille de" a full name is that person's family: the mention is the person
    ("La famille de Jean Valenko a porté plainte lundi.", [("Jean Valenko", "PER")],
     [("Jean Valenko", "PER")]),
    # families of a town: the town is a place
    ("Des familles de Roubaix ont manifesté lundi.", [("Roubaix", "LOC")],
     [("Roubaix", "LOC")]),
])
def test_a_family_of_a_named_person_or_town_keeps_its_name(nlp, text, marks, expected):
    found = extract_mentions(with_ents(nlp, text, marks))
    assert [(m["name"], m["label"]) for m in found] == expected


@pytest.mark.parametrize("text", [
    "Dans le film, Dupré joue un policier. Jacques Dupré est né à Lyon.",  # no list: a clause
    "Jacques Dupré est né à Lyon. Selon Dupré, la décision est prise.",
])
def test_a_surname_after_a_things_noun_in_another_clause_is_still_the_person(nlp, text):
    doc = with_ents(nlp, text, [("Dupré", "PER"), ("Jacques Dupré", "PER")]
                    if text.startswith("Dans") else [("Jacques Dupré", "PER"), ("Dupré", "PER")])
    bare = next(m for m in extract_mentions(doc) if m["name"] == "Dupré")
    assert (bare["label"], bare["resolved"]) == ("PER", "Jacques Dupré")


@pytest.mark.parametrize("full", ["Dom Valdès", "Don Marlow"])
def test_a_title_that_is_also_a_given_name_stays_in_the_name(nlp, full):
    # cut as a title, "Valdès" alone could be given to another Valdès of the corpus
    assert full in by_name(with_ents(nlp, f"L'humoriste {full} a ri.", [(full, "PER")]))


@pytest.mark.parametrize(("text", "marks", "kept"), [
    # a heading's noun opening a sentence, which the model took for a surname
    ("Le procès s'est ouvert lundi. Verdict attendu le 9 octobre.", [("Verdict", "PER")], []),
    # a surname that is a word too, named in full in the document, or not a heading's shape
    ("Jean Boulanger est là. Boulanger a dit non.",
     [("Jean Boulanger", "PER"), ("Boulanger", "PER")], ["Jean Boulanger", "Boulanger"]),
    ("Le procès s'est ouvert. Verdict, le juge, a parlé.", [("Verdict", "PER")], ["Verdict"]),
    ("Les bijoux ont résisté. Marie-Antoinette les a cachés en 1791.",
     [("Marie-Antoinette", "PER")], ["Marie-Antoinette"]),
    # a clause's subject before its verb is no heading
    ("Amnesty a publié un rapport. Rabat a toujours démenti.", [("Rabat", "PER")], ["Rabat"]),
])
def test_a_headings_noun_opening_a_sentence_is_no_surname(nlp, text, marks, kept):
    assert [m["name"] for m in extract_mentions(with_ents(nlp, text, marks))] == kept


def test_a_common_word_after_a_footnote_mark_is_no_name(nlp):
    text = ("Selon un sondage publié lundi, la réforme est approuvée à 55%.* Sondage réalisé "
            "du 27 au 29 août 2019.")
    assert "Sondage" not in by_name(with_ents(nlp, text, [("Sondage", "ORG")]))


def test_a_nickname_is_the_persons_throughout_its_document(nlp):
    text = "Un bijoutier surnommé « le Chinois » a été arrêté. Le Chinois et son complice ont nié."
    found = extract_mentions(with_ents(nlp, text, [("Chinois", "LOC"), ("Chinois", "LOC")]))
    assert [m["label"] for m in found] == ["PER", "PER"]


@pytest.mark.parametrize("text", [
    "Une employée prénommée Lorna a été licenciée. Lorna a porté plainte lundi.",
    "Le héros, un robot dénommé « Lorna », parle. Lorna ne dort jamais.",
])
def test_a_name_the_document_gives_is_marked_throughout(nlp, text):
    found = extract_mentions(with_ents(nlp, text, [("Lorna", "PER"), ("Lorna", "PER")]))
    assert [m.get("introduced") for m in found] == [True, True]


def test_a_name_the_document_gives_is_not_resolved_nor_mixed_with_another_case(nlp):
    text = ("L'association L'Enfant gris aide les victimes. Un avatar dénommé « Enfant Gris » "
            "et un robot prénommé Vasquez répondent. Lorna Vasquez a parlé.")
    found = extract_mentions(with_ents(nlp, text, [("Enfant gris", "ORG"), ("Enfant Gris", "MISC"),
                                                   ("Vasquez", "PER"), ("Lorna Vasquez", "PER")]))
    marked = {(m["name"], m.get("introduced"), m["resolved"]) for m in found}
    assert {("Enfant gris", None, None), ("Enfant Gris", True, None),
            ("Vasquez", True, None)} <= marked


def test_a_name_written_plainly_is_not_marked_as_given(nlp):
    text = "Une employée, Lorna Vasquez, a été licenciée. Lorna Vasquez a porté plainte."
    found = extract_mentions(with_ents(nlp, text, [("Lorna Vasquez", "PER")] * 2))
    assert not any(m.get("introduced") for m in found)


def test_a_role_completing_a_things_noun_leaves_the_person(nlp):
    text = "Le film du réalisateur Brekke sort demain. Olaf Brekke est content."
    doc = with_ents(nlp, text, [("Brekke", "PER"), ("Olaf Brekke", "PER")])
    bare = extract_mentions(doc)[0]
    assert (bare["label"], bare["resolved"]) == ("PER", "Olaf Brekke")


@pytest.mark.parametrize(("text", "surface", "tag", "label"), [
    # a full name joined by hyphens around a particle names a place or a thing after him
    ("Les avions ont atterri à Armand-de-Varenne lundi.", "Armand-de-Varenne", "PER", "LOC"),
    # a hyphenated given name or surname without a particle is still a person
    ("Jean-Marc a rencontré Paul Morel-Vidal lundi.", "Jean-Marc", "PER", "PER"),
    ("Jean-Marc a rencontré Paul Morel-Vidal lundi.", "Paul Morel-Vidal", "PER", "PER"),
    # a nickname is a person's, not a demonym or a place
    ("Un bijoutier surnommé « le Chinois » a été arrêté.", "Chinois", "LOC", "PER"),
    ("Un jihadiste surnommé l'Égyptien a été tué.", "Égyptien", "LOC", "PER"),
    ("Un jihadiste égyptien a été tué. L'Égyptien était recherché.", "Égyptien", "LOC", "LOC"),
    # a ship bears a person's full name; the ship's captain named after a comma is a person
    ("Le porte-avions Aurèle Vantomme est rentré à Toulon.", "Aurèle Vantomme", "PER", "MISC"),
    ("Le capitaine du navire, Aurèle Vantomme, est rentré.", "Aurèle Vantomme", "PER", "PER"),
])
def test_a_names_label_from_how_it_is_written(nlp, text, surface, tag, label):
    found = by_name(with_ents(nlp, text, [(surface, tag)]))
    assert found[surface]["label"] == label


def test_a_word_the_document_writes_as_a_thing_is_not_resolved_where_not_a_person(nlp):
    text = ("Walter Bentor a fondé sa compagnie en 1919. La Bentor du centenaire sera dévoilée "
            "à Genève, où Bentor va présenter une édition limitée.")
    doc = with_ents(nlp, text, [("Walter Bentor", "PER"), ("Bentor", "ORG"), ("Bentor", "ORG")])
    things = [m for m in extract_mentions(doc) if m["name"] == "Bentor"]
    assert [m["resolved"] for m in things] == [None, None]


def test_a_thing_still_stands_for_the_longer_name_of_a_thing(nlp):
    # "le Kestra" is the car the document names in full as "le Valmor Kestra"
    text = "Le Valmor Kestra avait fait sensation. Depuis, le Kestra fait 154 g/km de CO2."
    doc = with_ents(nlp, text, [("Valmor Kestra", "PER"), ("Kestra", "MISC")])
    car = next(m for m in extract_mentions(doc) if m["name"] == "Kestra")
    assert car["resolved"] == "Valmor Kestra"


def test_a_thing_does_not_stand_for_a_quoted_title_holding_its_word(nlp):
    # the award is not the play
    text = "Il a reçu son Valdor d'honneur. Il a cité un passage de Shakespeare « Jules Valdor »."
    doc = with_ents(nlp, text, [("Valdor", "PER"), ("Jules Valdor", "PER")])
    award = next(m for m in extract_mentions(doc) if m["name"] == "Valdor")
    assert (award["label"], award["resolved"]) == ("MISC", None)


def test_a_full_name_after_a_things_noun_is_still_the_person(nlp):
    text = ("Les modèles Valdor portent les initiales du fondateur de la marque Ettore Valdor. "
            "Valdor a rejoint la ville.")
    doc = with_ents(nlp, text, [("Valdor", "ORG"), ("Ettore Valdor", "PER"), ("Valdor", "ORG")])
    brand, founder, last = extract_mentions(doc)
    assert (brand["resolved"], founder["label"], last["resolved"]) == (None, "PER", None)


@pytest.mark.parametrize("text", [
    "L'actrice a accordé un long entretien à Elle en mars.",
    "Il a lu Elle et Libération hier.",
])
def test_a_capitalised_pronoun_that_is_no_subject_may_be_a_title(nlp, text):
    found = extract_mentions(with_ents(nlp, text, [("Elle", "ORG")]))
    assert [(m["name"], m["label"]) for m in found] == [("Elle", "ORG")]


def test_a_pronoun_alone_as_a_subject_is_never_a_name(nlp):
    doc = with_ents(nlp, "Ils criaient, paraissaient affolés (...) Ça a duré une minute.",
                    [("Ça", "MISC")])
    assert extract_mentions(doc) == []


@pytest.mark.parametrize(("text", "marks", "label"), [
    ("Paul Vautrin est mort. Lidor, Carmax, Vautrin et Brisac ont été assignés lundi.",
     [("Lidor", "ORG"), ("Carmax", "ORG"), ("Vautrin", "PER"), ("Brisac", "ORG")], "ORG"),
    # a full name in the list: a list of people and companies, the surname stays his
    ("Paul Vautrin est mort. Lidor, Jean Brisac et Vautrin ont été assignés lundi.",
     [("Lidor", "ORG"), ("Jean Brisac", "PER"), ("Vautrin", "PER")], "PER"),
    # one organisation beside him is no list of organisations
    ("Paul Vautrin est mort. Lidor et Vautrin ont été assignés lundi.",
     [("Lidor", "ORG"), ("Vautrin", "PER")], "PER"),
])
def test_a_surname_in_a_list_of_organisations_is_an_organisation(nlp, text, marks, label):
    doc = with_ents(nlp, text, [("Paul Vautrin", "PER"), *marks])
    bare = next(m for m in extract_mentions(doc) if m["name"] == "Vautrin")
    assert (bare["label"], bare["resolved"]) == (
        (label, None) if label == "ORG" else (label, "Paul Vautrin"))


def test_a_bare_hyphenated_surname_stands_for_the_full_name(nlp):
    text = "Le député Paul Saint-Brévin a voté. Saint-Brévin a parlé."
    doc = with_ents(nlp, text, [("Paul Saint-Brévin", "PER"), ("Saint-Brévin", "PER")])
    assert by_name(doc)["Saint-Brévin"]["resolved"] == "Paul Saint-Brévin"


@pytest.mark.parametrize(("text", "surface", "tag", "expected"), [
    # "père", "fils" after a full name: another generation, another person
    ("L'ancien maire Jules Marbeau père a fondé le club.", "Jules Marbeau", "PER",
     ("Jules Marbeau père", "PER")),
    ("Le trophée revient à Jules Marbeau fils cette année.", "Jules Marbeau", "PER",
     ("Jules Marbeau fils", "PER")),
    # "fils de ..." describes him: the name stops before it
    ("Jules Marbeau fils de paysan, a fondé le club.", "Jules Marbeau", "PER",
     ("Jules Marbeau", "PER")),
    # a country's name and a number: a channel; not a count of what follows
    ("L'entretien a été diffusé par ISLANDE 24 lundi soir.", "ISLANDE", "LOC",
     ("ISLANDE 24", "ORG")),
    ("Qui est-elle ?par ISLANDE 24Mme Vautrin a reçu les images.", "ISLANDE", "LOC",
     ("ISLANDE 24", "ORG")),  # the scrape glued the next paragraph to the caption
    ("Il a plu en Islande 12 jours sur 30.", "Islande", "LOC", ("Islande", "LOC")),
    # a one-word name after "la" that no one of the document bears: a feast, a thing
    ("Comme chaque année, la veillée de la Brévinière a réuni tout le village.", "Brévinière",
     "PER", ("Brévinière", "MISC")),
    ("Les commerces ferment pour la Brévinière, le 12 novembre.", "Brévinière", "PER",
     ("Brévinière", "MISC")),
    # a demonym after an article, completed by a noun: a company; without both, the people
    ("Les gains de la Finlandaise des paris ont doublé.", "Finlandaise", "LOC",
     ("Finlandaise des paris", "ORG")),
    ("Une Finlandaise de 35 ans a gagné.", "Finlandaise", "LOC", ("Finlandaise", "LOC")),
])
def test_the_words_around_a_name_say_what_it_names(nlp, text, surface, tag, expected):
    found = extract_mentions(with_ents(nlp, text, [(surface, tag)]))
    assert [(m["name"], m["label"]) for m in found] == [expected]


@pytest.mark.parametrize(("text", "marks", "expected"), [
    # a saint's name that no one of the document bears: a place
    ("Il possède deux villas, l'une à Saint-Brévin, l'autre à Vernanges.",
     [("Saint-Brévin", "PER")], [("Saint-Brévin", "LOC")]),
    # the deputy the document names in full keeps his surname
    ("Le député Paul Saint-Brévin a voté. Saint-Brévin a parlé.",
     [("Paul Saint-Brévin", "PER"), ("Saint-Brévin", "PER")],
     [("Paul Saint-Brévin", "PER"), ("Saint-Brévin", "PER")]),
    # a name the model cut after a function word is one name
    ("Selon la Direction régionale de la Pêche côtière, le quota baisse.",
     [("Direction régionale de la", "ORG"), ("Pêche côtière", "ORG")],
     [("Direction régionale de la Pêche côtière", "ORG")]),
    # a place after it is where the thing is: two names
    ("Le gala aura lieu au Forum Valdor de Vernanges en mai.",
     [("Forum Valdor de", "ORG"), ("Vernanges", "LOC")],
     [("Forum Valdor", "ORG"), ("Vernanges", "LOC")]),
    # two names side by side, with no function word left dangling, stay two
    ("Le Conseil régional Bretagne Sud a voté.",
     [("Conseil régional", "ORG"), ("Bretagne Sud", "LOC")],
     [("Conseil régional", "ORG"), ("Bretagne Sud", "LOC")]),
])
def test_the_names_a_document_writes_and_what_they_name(nlp, text, marks, expected):
    found = extract_mentions(with_ents(nlp, text, marks))
    assert [(m["name"], m["label"]) for m in found] == expected


@pytest.mark.parametrize(("text", "marks", "expected"), [
    # a party's initials after a full name, tagged alone as an organisation: cut off
    ("Le PRV soutient M. Aurèle Vantomme PRV, le candidat du PRV.",
     [("PRV", "ORG"), ("Aurèle Vantomme PRV", "PER"), ("PRV", "ORG")],
     [("PRV", "ORG"), ("Aurèle Vantomme", "PER"), ("PRV", "ORG"), ("PRV", "ORG")]),
    # a surname in capitals is no organisation's: it stays
    ("Le PRV soutient Aurèle VANTOMME, le candidat du PRV.",
     [("PRV", "ORG"), ("Aurèle VANTOMME", "PER"), ("PRV", "ORG")],
     [("PRV", "ORG"), ("Aurèle VANTOMME", "PER"), ("PRV", "ORG")]),
    # a full name after a place's noun is the place named after the person
    ("Les élèves de l'école primaire Aurèle Vantomme de Morvanel ont mangé du pain.",
     [("Aurèle Vantomme de Morvanel", "PER")], [("Aurèle Vantomme de Morvanel", "LOC")]),
    ("Le maire de Morvanel a reçu les élèves de l'école Aurèle Vantomme.",
     [("Morvanel", "LOC"), ("Aurèle Vantomme", "PER")],
     [("Morvanel", "LOC"), ("Aurèle Vantomme", "LOC")]),
    # a quoted name after an article is the name as a word, not its bearer
    ('Elle a retiré le "Vantomme Ruiz" de son nom.', [("Vantomme Ruiz", "PER")],
     [("Vantomme Ruiz", "MISC")]),
])
def test_the_words_around_a_name_cut_it_or_make_it_a_thing(nlp, text, marks, expected):
    found = extract_mentions(with_ents(nlp, text, marks))
    assert [(m["name"], m["label"]) for m in found] == expected


def test_a_place_is_not_the_shorter_form_of_a_shop_named_after_it(nlp):
    text = "Il a signé au Dormaget de Morvanel. La foule attendait à Morvanel."
    found = by_name(with_ents(nlp, text, [("Dormaget de Morvanel", "PER"), ("Morvanel", "LOC")]))
    assert found["Morvanel"]["resolved"] is None


@pytest.mark.parametrize(("text", "roles"), [
    ("Il embarque avec son frère Aurèle pour Londres.", ["frère"]),
    ("Il embarque avec son enfant Aurèle pour Londres.", ["enfant"]),
    ("Il embarque avec Aurèle pour Londres.", []),
])
def test_a_kinship_noun_after_a_possessive_is_the_names_role(nlp, text, roles):
    assert by_name(with_ents(nlp, text, [("Aurèle", "PER")]))["Aurèle"]["roles"] == roles


@pytest.mark.parametrize(("text", "roles"), [
    # first names listed after a plural kinship noun, counted or after a possessive
    ("Elle a eu deux filles, Aurèle et Maëlys, nées à Lyon.", ["filles"]),
    ("Il laisse ses trois fils : Aurèle, Tom et Léo.", ["fils"]),
    ("Le chanteur et ses deux fils Tom et Aurèle sont arrivés.", ["fils"]),
    ("Les deux randonneurs, Aurèle et Maëlys, ont disparu.", []),
    # a name after the list's comma that no other name follows is in no list of the sons
    ("Lucie et ses fils, Aurèle et sa mère, étaient là.", []),
])
def test_a_first_name_listed_after_a_plural_kinship_noun_has_it_as_role(nlp, text, roles):
    assert by_name(with_ents(nlp, text, [("Aurèle", "PER")]))["Aurèle"]["roles"] == roles


@pytest.mark.parametrize(("text", "roles"), [
    ("La mère du petit Aurèle a lancé un appel.", ["petit"]),
    ("La mère d'Aurèle a lancé un appel.", []),
])
def test_a_childs_noun_after_an_article_is_the_names_role(nlp, text, roles):
    assert by_name(with_ents(nlp, text, [("Aurèle", "PER")]))["Aurèle"]["roles"] == roles


@pytest.mark.parametrize("text", [
    "Les employés de la chocolaterie Vantomme ont fermé boutique.",
    # a network or a business empire named after its founder is that body
    "Le réseau Vantomme a revendiqué l'attaque de la base.",
    "Les magasins de l'empire Vantomme ferment tous.",
    # a mill or a craft named after the family that runs it
    "Les ouvriers de la minoterie Vantomme ont repris le travail.",
])
def test_a_surname_after_a_shops_or_a_bodys_noun_is_that_body(nlp, text):
    assert by_name(with_ents(nlp, text, [("Vantomme", "PER")]))["Vantomme"]["label"] == "ORG"


@pytest.mark.parametrize(("text", "expected"), [
    # the scrape glued her given name to the quote closing the paragraph before
    ('Il faut le dire sur les sites"Aurèle Vantomme, présidente du club, a parlé.',
     "Aurèle Vantomme"),
    # a common word starting the paragraph is no given name
    ('Le rapport est paru"Selon Vantomme, rien ne change.', "Vantomme"),
    ('Le rapport est paru"Mme Vantomme a parlé.', "Vantomme"),
])
def test_a_given_name_glued_to_the_word_before_is_the_names(nlp, text, expected):
    found = extract_mentions(with_ents(nlp, text, [("Vantomme", "PER")]))
    assert [m["name"] for m in found] == [expected]
    assert text[found[0]["start"]:found[0]["end"]] == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a quoted heading, then a heading in capitals, glued to the paragraph's first name
    ('"Nous ferions comme Dormal"Aurèle Vantomme a salué lundi le choix.',
     'Dormal"Aurèle Vantomme', "Aurèle Vantomme"),
    ("UNE CAMPAGNE DIFFICILEAurèle Vantomme a lancé son parti en avril.",
     "DIFFICILEAurèle Vantomme", "Aurèle Vantomme"),
    ("Le décor en toile de fondAurèle Vantomme a parlé en avril.", "fondAurèle Vantomme",
     "Aurèle Vantomme"),
    # capitals before a word that is no given name are part of the name, and so are names
    # with an inner capital after fewer than four lower-case letters
    ("Le groupe OKTOPlanet a été vendu.", "OKTOPlanet", "OKTOPlanet"),
    ("Le sénateur Paul McCain a parlé.", "Paul McCain", "Paul McCain"),
    ("Le sénateur Paul FitzGerald a parlé.", "Paul FitzGerald", "Paul FitzGerald"),
])
def test_a_heading_glued_before_a_name_is_cut_off(nlp, text, span, expected):
    found = extract_mentions(with_ents(nlp, text, [(span, "PER")]))
    assert [m["name"] for m in found] == [expected]
    assert text[found[0]["start"]:found[0]["end"]] == expected


@pytest.mark.parametrize(("text", "span", "tag"), [
    # the model tags a name with a heading glued before it as a thing
    ("Le ministre de la SantéAurèle Vantomme a parlé.", "SantéAurèle Vantomme", "MISC"),
    # or leaves the glued given name out of the surname it tags
    ("Le décor en toile de fondAurèle Vantomme a parlé.", "Vantomme", "ORG"),
])
def test_a_name_behind_a_glued_heading_is_a_person_whatever_its_tag(nlp, text, span, tag):
    found = extract_mentions(with_ents(nlp, text, [(span, tag)]))
    assert [(m["name"], m["label"]) for m in found] == [("Aurèle Vantomme", "PER")]


def test_a_thing_glued_after_a_word_is_no_person_without_a_given_name(nlp):
    text = "Le groupe sort un nouvel albumBlackLight Records en avril."
    found = extract_mentions(with_ents(nlp, text, [("albumBlackLight Records", "ORG")]))
    assert [m["label"] for m in found] == ["ORG"]


_PLACE, _PERSON = ("Vantomme", "LOC"), ("Paul Vantomme", "PER")


@pytest.mark.parametrize(("text", "marks", "resolved"), [
    # a word the text uses as a place is not the surname of a person it names
    ("La candidate à Vantomme et le sénateur Paul Vantomme ont parlé.", [_PLACE, _PERSON], None),
    ("La maire de Sarlieu (Vantomme) et Paul Vantomme ont parlé.", [_PLACE, _PERSON], None),
    ("Le procureur de Vantomme et Paul Vantomme ont parlé.", [_PLACE, _PERSON], None),
    # a bearing's "de X" and a departure's "pour X" are places too
    ("Paul Vantomme vit au sud de Vantomme.", [_PERSON, _PLACE], None),
    ("Paul Vantomme s'envolera lundi pour Vantomme.", [_PERSON, _PLACE], None),
    # a place the model tagged where the text does not use it as one may be the person
    ("Paul Vantomme est là. Vantomme a parlé.", [_PERSON, _PLACE], "Paul Vantomme"),
])
def test_a_place_used_as_one_is_no_persons_surname(nlp, text, marks, resolved):
    found = extract_mentions(with_ents(nlp, text, marks))
    assert next(m for m in found if m["name"] == "Vantomme")["resolved"] == resolved


@pytest.mark.parametrize(("text", "expected"), [
    # a credit the scrape glued to the name ending a heading
    ('"Ils ne respectent rien", ironise Jules Vantommepar TVNORD"La difficulté est grande."',
     "Jules Vantomme"),
    # a name that ends in "par" stays whole
    ("Le peintre Jules Gaspar a exposé à Lyon.", "Jules Gaspar"),
])
def test_a_credit_glued_to_a_name_is_cut_off(nlp, text, expected):
    found = [m for m in extract_mentions(nlp(text)) if m["label"] == "PER"]
    assert [m["name"] for m in found] == [expected]
    assert text[found[0]["start"]:found[0]["end"]] == expected


@pytest.mark.parametrize(("text", "resolved"), [
    # a title of those called by one name that the full name's holder is not given
    ("Le prince héritier Karim Ben Saloum a parlé. Ces déclarations inquiètent le roi Saloum.",
     None),
    ("Le roi Karim Saloum a parlé. Les déclarations du roi Saloum inquiètent.", "Karim Saloum"),
])
def test_a_royal_title_the_full_name_lacks_is_someone_else(nlp, text, resolved):
    full = "Karim Ben Saloum" if "Ben" in text else "Karim Saloum"
    doc = with_ents(nlp, text, [(full, "PER"), ("Saloum", "PER")])
    assert extract_mentions(doc)[-1]["resolved"] == resolved


@pytest.mark.parametrize(("text", "first", "expected"), [
    ("Claire Morel a guidé Paul et Anne Vautrin durant la campagne.", "Paul", "Paul Vautrin"),
    # no full name after "et": the given name stays alone
    ("Claire Morel a guidé Paul et Vautrin durant la campagne.", "Paul", "Paul"),
    # a list, not a coordination of two given names
    ("Claire Morel a guidé Paul, Anne Vautrin et Marc durant la campagne.", "Paul", "Paul"),
    # a stage name, written with an inner capital, is a name of its own
    ("Claire Morel a guidé DocFlow et Anne Vautrin durant la campagne.", "DocFlow", "DocFlow"),
])
def test_a_given_name_coordinated_before_a_full_name_shares_its_surname(
        nlp, text: str, first: str, expected: str) -> None:
    marks = [("Claire Morel", "PER"), (first, "PER")] + (
        [("Anne Vautrin", "PER")] if "Anne Vautrin" in text else [("Vautrin", "PER")])
    doc = with_ents(nlp, text, marks)
    mention = next(m for m in extract_mentions(doc) if m["text"] == first)
    assert mention["name"] == expected


def test_two_namesakes_coordinated_leave_their_bare_surname_to_the_corpus(nlp) -> None:
    from corpus_cli.aggregate.attribution import resolve_document

    text = "Claire Morel a guidé Paul et Anne Vautrin. Les rumeurs visaient Vautrin."
    doc = with_ents(nlp, text, [("Claire Morel", "PER"), ("Paul", "PER"),
                                ("Anne Vautrin", "PER"), ("Vautrin", "PER")])
    rows = [{**row, "document": "a"} for row in extract_mentions(doc)]
    bare = next(row for row in resolve_document(rows) if row["name"] == "Vautrin")
    assert bare["resolved"] is None


def test_words_of_a_heading_shouted_in_capitals_are_no_names(nlp) -> None:
    text = ("LE NORD MIEUX PLACÉ QUE LYON CET HIVER\nLa région Nord se porte bien.\n"
            "DU FROID À L'INTÉRIEUR DES MAISONS CET HIVER\nLe froid arrive.")
    doc = with_ents(nlp, text, [("PLACÉ", "MISC"), ("LYON", "LOC"), ("région Nord", "LOC"),
                                ("INTÉRIEUR DES MAISONS", "MISC")])
    assert names(doc) == ["LYON", "région Nord"]


def test_an_inflected_word_of_a_shouted_heading_is_no_name_but_a_town_of_the_text_is(nlp):
    text = ("DES AGENTS EN MOINS DANS LES CAMPAGNES CET HIVER\nLes agents manquent.\n"
            "LE MAIRE DE RENNES VEUT PLUS DE POLICE\nÀ Rennes, la police municipale grandit.")
    doc = with_ents(nlp, text, [("AGENTS", "MISC"), ("RENNES", "LOC"), ("Rennes", "LOC")])
    assert names(doc) == ["RENNES", "Rennes"]


def test_a_given_name_in_capitals_the_model_left_out_belongs_to_the_surname(nlp):
    # the given name the model tagged apart is no name of its own then
    text = "Le rapport sur la mairie.\nNADINE VERBRUGGE RÉPOND\nLe maire répond."
    doc = with_ents(nlp, text, [("NADINE", "MISC"), ("VERBRUGGE", "PER")])
    assert [row["name"] for row in extract_mentions(doc)] == ["NADINE VERBRUGGE"]
    # in a heading shouted in capitals too: a given name and a surname are a person's name
    text = "Le rapport sur la mairie.\nDES INDEMNITÉS POUR NADINE VERBRUGGE\nLe maire répond."
    doc = with_ents(nlp, text, [("VERBRUGGE", "PER")])
    assert [row["name"] for row in extract_mentions(doc)] == ["NADINE VERBRUGGE"]
    text = "Le rapport sur la mairie.\nNADINE VERBRUGGE RÉPOND\nLe maire répond."
    for label in ("PER", "MISC"):  # a surname in capitals the model took for a thing too
        doc = with_ents(nlp, text, [("VERBRUGGE", label)])
        found = extract_mentions(doc)
        assert [(row["name"], row["label"]) for row in found] == [("NADINE VERBRUGGE", "PER")]


@pytest.mark.parametrize("text", [
    "Il a lancé 'Ça, ça s'appelle une faute' hier soir.",
    # the tagger reads it as a noun there
    "\"Je m'en souviens, je lui ai dit : 'Ça, ça s'appelle une faute. C'est grave'\".",
])
def test_a_pronoun_opening_a_quotation_in_single_quotes_is_no_name(nlp, text) -> None:
    doc = with_ents(nlp, text, [("Ça", "MISC")])
    assert names(doc) == []


def test_a_determiner_and_common_nouns_opening_a_sentence_are_no_name(nlp) -> None:
    doc = with_ents(nlp, "Un homme a été interpellé à Lyon.", [("Un homme", "MISC"),
                                                                ("Lyon", "LOC")])
    assert names(doc) == ["Lyon"]


@pytest.mark.parametrize("text", [
    "Conviée sur le plateau de Radio Sud jeudi, elle a adressé un message aux femmes.",
    "Interrogé sur son comportement de la veille, Paul Hébert a refusé de répondre.",
    "Clamant \"victoire\" face à une \"mascarade\", le président a annoncé une déclaration.",
])
def test_a_participle_opening_a_sentence_is_no_name(nlp, text: str) -> None:
    first = text.split()[0]
    assert first not in [row["text"] for row in extract_mentions(nlp(text))]


def test_a_participle_opening_a_sentence_before_its_agent_is_no_name(nlp) -> None:
    # tagged a name, whatever part of speech the model gives it; a given name stays one
    doc = with_ents(nlp, "Visé par un contrôle judiciaire, l'islamologue a répondu au juge. "
                         "René par chance est resté à Lyon.", [("Visé", "LOC"), ("René", "PER"),
                                                               ("Lyon", "LOC")])
    assert names(doc) == ["René", "Lyon"]


@pytest.mark.parametrize(("text", "word", "label"), [
    ("Enquête réalisée auprès d'un échantillon de Lyonnais interrogés par Internet.", "Enquête",
     "MISC"),
    ("Fraîchement élu samedi à Lyon par les militants, il a prononcé un discours.",
     "Fraîchement", "PER"),
    ("Les élus ont voté. Objectif : \"affirmer un soutien à la population\".", "Objectif",
     "MISC"),
])
def test_a_common_word_alone_opening_a_sentence_is_no_name(nlp, text, word, label) -> None:
    doc = with_ents(nlp, text, [(word, label)])
    assert word not in names(doc)


@pytest.mark.parametrize(("text", "span"), [
    ("VIDÉO - Très impopulaire, le coup de rabot prévu est critiqué depuis samedi.",
     "Très impopulaire"),
    ("Le texte a été voté. Peu avant midi, deux personnes ont été blessées.", "Peu avant midi"),
])
def test_an_adverb_and_its_words_opening_a_sentence_are_no_name(nlp, text, span) -> None:
    assert span not in names(with_ents(nlp, text, [(span, "MISC")]))


def test_a_common_word_the_document_capitalises_inside_a_sentence_stays_a_name(nlp) -> None:
    text = "Libération a publié lundi une enquête. Le quotidien Libération a confirmé."
    doc = with_ents(nlp, text, [("Libération", "ORG"), ("Libération", "ORG")])
    assert "Libération" in names(doc)


@pytest.mark.parametrize(("span", "label"), [("Justice Nicole Vautrin", "ORG"),
                                             ("Travail Paul Hébert", "PER")])
def test_an_office_s_domain_glued_to_its_holder_s_name_is_cut_off(nlp, span, label):
    text = f"Selon le ministre de la {span}, le texte passera."
    if span.startswith("Travail"):
        text = f"Selon le ministre du {span}, le texte passera."
    doc = with_ents(nlp, text, [(span, label)])
    name = span.split(" ", 1)[1]
    assert by_name(doc)[name]["label"] == "PER"


def test_a_body_s_name_that_ends_with_a_name_is_kept_whole(nlp):
    # no office before: "Fondation" opens the body's own name
    text = "Selon la Fondation Claire Vautrin, le texte passera."
    doc = with_ents(nlp, text, [("Fondation Claire Vautrin", "ORG")])
    assert "Fondation Claire Vautrin" in by_name(doc)


# --- mentions: initials that spell a word -----------------------------------------------------


def test_initials_spelling_a_word_in_running_text_are_marked_acronym(nlp):
    text = "Mathilde Roux, infirmière et élue SUD à l'hôpital, a parlé du Sud du pays."
    doc = with_ents(nlp, text, [("Mathilde Roux", "PER"), ("SUD", "ORG"), ("Sud", "LOC")])
    found = by_name(doc)
    assert found["SUD"].get("acronym") is True
    assert "acronym" not in found["Sud"]


def test_a_word_in_a_heading_shouted_in_capitals_is_no_acronym(nlp):
    doc = nlp("LE SUD RESTE MIEUX PLACÉ QUE LE NORD\nLes prévisions du jour.")
    assert not word_acronym(doc, 1, 2)
    assert word_acronym(nlp("Les délégués SUD ont voté la grève."), 2, 3)


def test_initials_that_spell_no_word_are_no_acronym_to_keep_apart(nlp):
    text = "Les syndicats CGT et FO ont appelé à la grève mardi."
    doc = with_ents(nlp, text, [("CGT", "ORG"), ("FO", "ORG")])
    assert not any(m.get("acronym") for m in by_name(doc).values())


# --- mentions: a title's gender ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "resolved"), [
    ("Paul Vasseur a parlé mardi. Plus tard, Mme Vasseur a répondu aux journalistes.", None),
    ("Paul Vasseur et Lucie Vasseur ont parlé mardi. Plus tard, Mme Vasseur a répondu.",
     "Lucie Vasseur"),
    ("Paul Vasseur a parlé mardi. Plus tard, M. Vasseur a répondu aux journalistes.",
     "Paul Vasseur"),
    # a given name both men and women bear says nothing
    ("Dominique Vasseur a parlé mardi. Plus tard, Mme Vasseur a répondu.", "Dominique Vasseur"),
    # English civilities: "Mrs X" is X with a woman's title, not a name "Mrs X"
    ("Paul Vasseur a parlé mardi. Plus tard, Mrs Vasseur a répondu aux journalistes.", None),
    ("Paul Vasseur a parlé mardi. Plus tard, Mr Vasseur a répondu aux journalistes.",
     "Paul Vasseur"),
])
def test_a_title_of_one_gender_is_none_of_the_namesakes_of_the_other(nlp, text, resolved):
    bare = next(m for m in extract_mentions(nlp(text)) if m["name"] == "Vasseur")
    assert bare["resolved"] == resolved


@pytest.mark.parametrize(("text", "word"), [
    # a minister's portfolio, and "État" closing a compound noun, are parts of a role
    ("L'ex-ministre de la Justice a parlé lundi à Lyon.", "Justice"),
    ("La secrétaire d'État à la Santé a parlé lundi.", "État"),
    ("Le chef d'État a parlé lundi à Lyon.", "État"),
])
def test_a_ministers_portfolio_is_no_name(nlp, text: str, word: str) -> None:
    assert word not in [row["text"] for row in extract_mentions(nlp(text))]


@pytest.mark.parametrize(("text", "word"), [
    ("L'État a annoncé lundi des aides aux communes.", "État"),
    ("Le maire de Paris a parlé lundi.", "Paris"),
])
def test_the_state_or_a_place_after_a_role_stays_a_name(nlp, text: str, word: str) -> None:
    assert word in [row["text"] for row in extract_mentions(nlp(text))]


@pytest.mark.parametrize(("text", "marks", "expected"), [
    # a parenthesis of dashes closing on a name: the name after it is a mention of its own
    ("\"C'est grave\", a dit jeudi - avant le discours de M. Dufresne - Paul Hébert, le maire.",
     [("M. Dufresne - Paul Hébert", "PER")], ["Dufresne", "Paul Hébert"]),
    ("Le match Vesoul - Quimper a eu lieu samedi.", [("Vesoul - Quimper", "LOC")],
     ["Vesoul", "Quimper"]),
    # a capitalised article after the dash opens another title: a paper's credit
    ("Un bébé prénommé Lou - Le Courrier ne précise pas son sexe.",
     [("Lou - Le Courrier", "MISC")], ["Lou", "Courrier"]),
    # a body's name may hold a spaced dash
    ("Le directeur de l'Assistance publique - Hôpitaux de Vesoul a parlé.",
     [("Assistance publique - Hôpitaux de Vesoul", "ORG")],
     ["Assistance publique - Hôpitaux de Vesoul"]),
    # a hyphen inside a name is no dash between two
    ("Jean-Marc Dufresne est venu à Saint-Quimper.", [("Jean-Marc Dufresne", "PER"),
                                                      ("Saint-Quimper", "LOC")],
     ["Jean-Marc Dufresne", "Saint-Quimper"]),
])
def test_a_span_over_a_spaced_dash_is_two_names(nlp, text, marks, expected):
    assert [m["name"] for m in extract_mentions(with_ents(nlp, text, marks))] == expected


def test_a_pronoun_whose_capital_lost_its_accent_is_no_name(nlp):
    doc = with_ents(nlp, "Il a dit : \"Ca va arriver mais nous ne savons pas quand\". Ca doit "
                         "nous interroger, selon Vesoul Matin.",
                    [("Ca", "LOC"), ("Ca", "LOC"), ("Vesoul Matin", "ORG")])
    assert [m["name"] for m in extract_mentions(doc)] == ["Vesoul Matin"]


def test_a_weekday_the_model_takes_into_a_name_is_cut_off(nlp):
    doc = with_ents(nlp, "Selon les documents que s'est procurés Le Courrier lundi, il a menti.",
                    [("Le Courrier lundi", "ORG")])
    assert [m["name"] for m in extract_mentions(doc)] == ["Le Courrier"]
    # a weekday after "du" is the name's own
    doc = with_ents(nlp, "Le Courrier du dimanche révèle qu'il a menti.",
                    [("Courrier du dimanche", "ORG")])
    assert [m["name"] for m in extract_mentions(doc)] == ["Courrier du dimanche"]


def test_a_country_of_the_un_list_is_no_short_form_of_a_persons_title(nlp):
    # "du Lesotho" ends a prince's name; the country alone is the country
    doc = with_ents(nlp, "Le prince Tsepo du Lesotho est arrivé. Des chanteurs venus du Lesotho "
                         "ont chanté.", [("Tsepo du Lesotho", "PER"), ("Lesotho", "LOC")])
    country = [m for m in extract_mentions(doc) if m["name"] == "Lesotho"]
    assert country and country[0]["resolved"] is None


def test_a_demonym_after_en_is_the_language_no_entity(nlp):
    # the slip capitalises the language; the people keep their country
    found = [m["text"] for m in extract_mentions(nlp("Le mot signifie requin en Russe, selon "
                                                      "les Russes de Moscou."))]
    assert "Russe" not in found and "Russes" in found


def test_an_arabic_patronymic_joins_the_given_name_before_it(nlp):
    # "Z bent X": the model tags the father's name alone; it is her name's end
    doc = nlp("La princesse Leïla bent Haddad a été libérée samedi. Le roi Haddad est mort.")
    assert [m["name"] for m in extract_mentions(doc) if m["label"] == "PER"] == [
        "Leïla bent Haddad", "Haddad"]


def test_a_surname_after_an_era_or_couples_is_no_one_of_the_document(nlp):
    # "les présidences X", "les années X": the head's era; "les couples X et Y": families
    doc = nlp("Odile Vautrin a parlé. Au moment des présidences Vautrin, Madame Vautrin "
              "recevait. Les couples Vautrin et Morel ont dîné. Les années Vautrin sont loin.")
    rows = [(m["name"], m["label"], m["resolved"]) for m in extract_mentions(doc)]
    assert ("Vautrin", "PER", "Odile Vautrin") in rows  # "Madame Vautrin": hers
    assert [row for row in rows if row[0] == "Vautrin" and row[2] is None] == [
        ("Vautrin", "PER", None), ("Vautrin", "PER", None)]
    assert ("couples Vautrin", "MISC", None) in rows


def test_a_civility_before_a_capitalised_word_the_model_missed_is_a_person(nlp):
    doc = nlp('"La libération des prisonniers sera achevée", avait affirmé mardi M. Nouri '
              "dans son discours au palais présidentiel.")
    assert [(m["name"], m["label"]) for m in extract_mentions(doc) if m["label"] == "PER"] == [
        ("Nouri", "PER")]


def test_a_name_after_a_press_noun_is_the_paper_not_the_place(nlp):
    doc = nlp("D'après le journal La Marne, le maire a démissionné lundi.")
    assert [(m["name"], m["label"]) for m in extract_mentions(doc)] == [("La Marne", "ORG")]
