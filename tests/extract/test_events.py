"""Events: triggers, arguments, status and dates per document; the cross-article merge.

Mention rows are built from the model's `doc.ents` and date rows by hand, so that these tests
do not depend on the entities and dates layers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpus_cli.extract import events
from corpus_cli.extract.events import extract_events, parse_lexicon
from corpus_cli.rows import EVENT_TYPES
from tests.rows_for_tests import layered, mention_rows, run

# --- helpers ------------------------------------------------------------------------------


def one(found: list[dict], type_: str) -> dict:
    matching = [row for row in found if row["type"] == type_]
    assert len(matching) == 1, found
    return matching[0]


# --- the trigger file ---------------------------------------------------------------------


def test_lexicon_covers_every_type_with_cameo_codes():
    lex = events.lexicon()
    types = {entry.type for entry in lex.triggers.values()}
    assert types <= set(EVENT_TYPES)
    roots = EVENT_TYPES[:20]  # CAMEO's root categories, in code order
    for entry in lex.triggers.values():
        assert entry.cameo is None or (len(entry.cameo) == 3 and entry.cameo.isdigit())
        if entry.cameo is not None and entry.type in roots:
            assert roots.index(entry.type) + 1 == int(entry.cameo[:2]), entry
    assert {entry.cameo for entry in lex.triggers.values() if entry.type == "election"} == {None}


def test_light_verbs_are_not_triggers():
    lex = events.lexicon()
    for verb in ("avoir", "faire", "être", "mettre", "donner"):
        assert (verb, "VERB") not in lex.triggers


def test_function_word_classes_the_rules_use_are_in_the_file():
    source = "".join(path.read_text(encoding="utf-8")
                     for path in Path(events.__file__).parent.glob("*.py"))
    used = set(re.findall(r'_words\("(\w+)"\)', source))
    assert used
    assert used <= set(events.lexicon().function_words)


def test_malformed_trigger_line_is_rejected():
    with pytest.raises(ValueError, match="malformed"):
        parse_lexicon("[triggers]\nvisite NOUN tourism 042\n")
    with pytest.raises(ValueError, match="unknown condition"):
        parse_lexicon("[triggers]\nvisite NOUN consult 042 sometimes\n")


def test_lexicon_file_reads_sections_and_comments():
    lex = parse_lexicon("# comment\n[triggers]\nvisite NOUN consult 042\n"
                        "voter VERB election -\n[support]\neffectuer obj\n[negation]\npas\n")
    assert lex.triggers[("visite", "NOUN")].cameo == "042"
    assert lex.triggers[("voter", "VERB")].cameo is None
    assert ("effectuer", "obj") in lex.support
    assert lex.negation == {"pas"}


# --- event types --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "type_", "cameo"), [
    ("Le chancelier Olaf Scholz a visité le Japon.", "consult", "042"),
    ("Joe Biden a rencontré Lars Ekdahl à Genève.", "consult", "040"),
    ("Le Japon et l'Australie ont signé un traité de défense.", "diplomatic_cooperation", "057"),
    ("« Nous sommes prêts », a déclaré Olaf Scholz.", "public_statement", "010"),
    ("L'Assemblée nationale a voté la réforme des retraites.", "election", None),
    ("Amnesty International a dénoncé la répression des manifestants.", "disapprove", "111"),
    ("Le constructeur Airbus a annoncé la suppression de 15.000 postes.", "public_statement",
     "010"),
    ("Les États-Unis ont sanctionné la Corée du Nord.", "reduce_relations", "163"),
])
def test_each_event_type(nlp, text, type_, cameo):
    found, _ = run(nlp, text)
    event = one(found, type_)
    assert event["cameo"] == cameo
    assert event["status"] == "occurred"
    assert event["participants"]


@pytest.mark.parametrize(("text", "type_"), [
    ("La visite du roi Felipe VI en Argentine a eu lieu en juin.", "consult"),
    ("Le sommet entre Joe Biden et Xi Jinping a duré trois heures.", "consult"),
    ("La déclaration de Joe Biden a surpris les marchés.", "public_statement"),
    ("Le vote du Sénat américain a été serré.", "election"),
])
def test_noun_triggers_count_like_verbs(nlp, text, type_):
    found, _ = run(nlp, text)
    assert one(found, type_)["participants"]


def test_verb_and_its_event_noun_make_one_event(nlp):
    found, _ = run(nlp, "Le Japon et l'Australie ont signé un traité de défense.")
    assert len(found) == 1
    assert found[0]["trigger"] == "signé"


def test_event_noun_takes_its_support_verb_subject(nlp):
    found, _ = run(nlp, "Le chancelier Olaf Scholz effectue une visite officielle au Japon.")
    visit = one(found, "consult")
    assert visit["trigger"] == "visite"
    assert visit["participants"] == ["Olaf Scholz"]
    assert visit["places"] == ["Japon"]


@pytest.mark.parametrize("text", [
    "Angela Merkel a fait du vélo à Berlin.",
    "Le ministre a une maison à Lyon.",
    "Olaf Scholz a reçu une lettre de menaces.",
    "Depuis des années, la Chine tente d'affirmer son influence en Afrique.",
    "Le président Joe Biden a signé un décret sur l'immigration.",
    "Le parti Les Républicains a adopté une position prudente.",
    "La nouvelle voiture a rapidement rencontré son public.",
])
def test_light_verbs_and_other_senses_are_no_events(nlp, text):
    found, _ = run(nlp, text)
    assert found == []


def test_bare_trigger_is_dropped_unless_asked(nlp):
    text = "Le ton de la réunion était cordial."
    assert run(nlp, text)[0] == []
    kept, _ = run(nlp, text, keep_bare=True)
    assert [row["trigger"] for row in kept] == ["réunion"]
    assert kept[0]["bare"] is True


# --- arguments ----------------------------------------------------------------------------


def test_subject_and_object(nlp):
    found, _ = run(nlp, "Joe Biden a rencontré Lars Ekdahl à Genève.")
    meeting = one(found, "consult")
    assert meeting["participants"] == ["Joe Biden", "Lars Ekdahl"]
    assert meeting["places"] == ["Genève"]


def test_avec_complement(nlp):
    found, _ = run(nlp, "Emmanuel Macron s'est entretenu avec Angela Merkel.")
    assert set(one(found, "consult")["participants"]) == {"Emmanuel Macron", "Angela Merkel"}


def test_coordinated_names(nlp):
    found, _ = run(nlp, "Angela Merkel et Emmanuel Macron ont signé un accord commercial.")
    assert set(one(found, "diplomatic_cooperation")["participants"]) == {"Angela Merkel",
                                                             "Emmanuel Macron"}


def test_de_complement_of_event_noun(nlp):
    found, _ = run(nlp, "La visite de Lars Ekdahl en Chine a eu lieu en mai.")
    visit = one(found, "consult")
    assert visit["participants"] == ["Lars Ekdahl"]
    assert visit["places"] == ["Chine"]


@pytest.mark.parametrize("text", [
    "À Genève, Hans Weber et Jean Moreau ont tenu, ce jeudi, une rencontre de haut niveau "
    "visant à relancer le dialogue entre leurs pays.",
    "Titre\n\nÀ Madrid, Carlos Ruiz et Elena Soto ont tenu, lundi, une rencontre de haut "
    "niveau visant à renforcer la coopération entre l'Espagne et le Chili.",
])
def test_support_verb_lost_behind_an_incise_still_carries_its_noun(nlp, text):
    """The parser hangs "une rencontre" off a name or the root when an incise stands
    between it and "ont tenu"; the event keeps the verb's subjects and fronted place."""
    found, _ = run(nlp, text)
    meeting = one(found, "consult")
    assert len(meeting["participants"]) == 2
    assert meeting["places"] in (["Genève"], ["Madrid"])


def test_a_support_verb_with_its_own_object_carries_nothing_else(nlp):
    found, _ = run(nlp, "Le maire a tenu sa promesse, une rencontre avec les habitants de "
                        "Nantes aura lieu.")
    assert all(row["trigger"] != "tenu" for row in found)


def test_countries_as_subjects_are_participants_not_places(nlp):
    found, _ = run(nlp, "Le Japon et l'Australie ont signé un traité de défense.")
    agreement = one(found, "diplomatic_cooperation")
    assert set(agreement["participants"]) == {"Japon", "Australie"}
    assert agreement["places"] == []


def test_source_of_attribution_is_not_a_participant(nlp):
    found, _ = run(nlp, "Selon l'AFP, Joe Biden a rencontré Angela Merkel à Berlin.")
    meeting = one(found, "consult")
    assert "AFP" not in meeting["participants"]
    assert meeting["status"] == "reported"


def test_quote_and_audience_of_a_statement_are_not_participants(nlp):
    found, _ = run(nlp, "« La France est prête », a déclaré Olaf Scholz à l'AFP.")
    assert one(found, "public_statement")["participants"] == ["Olaf Scholz"]


def test_resolved_name_is_reported(nlp):
    doc = nlp("Joe Biden a rencontré Ekdahl à Genève.")
    mentions = mention_rows(doc)
    for row in mentions:
        if row["text"] == "Ekdahl":
            row["resolved"] = "Lars Ekdahl"
    found = extract_events(doc, mentions, [])
    assert "Lars Ekdahl" in one(found, "consult")["participants"]


def test_host_needs_a_guest(nlp):
    found, _ = run(nlp, "Donald Trump a reçu Emmanuel Macron à la Maison Blanche.")
    visit = one(found, "consult")
    assert visit["cameo"] == "043"
    assert set(visit["participants"]) == {"Donald Trump", "Emmanuel Macron"}


# --- status -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "type_"), [
    ("Joe Biden rencontrera Angela Merkel à Berlin.", "consult"),
    ("Emmanuel Macron doit se rendre à Alger.", "consult"),
    ("Emmanuel Macron va se rendre à Alger.", "consult"),
    ("Angela Merkel est attendue à Rome.", "consult"),
    ("La rencontre entre Angela Merkel et Emmanuel Macron est prévue à Berlin.", "consult"),
    ("La visite annoncée de Xi Jinping en France suscite des critiques.", "consult"),
    ("Olaf Scholz devrait signer un accord avec le Japon.", "diplomatic_cooperation"),
    ("On s'attend à ce que Joe Biden se rende en Irlande.", "consult"),
])
def test_planned(nlp, text, type_):
    found, _ = run(nlp, text)
    assert one(found, type_)["status"] == "planned"


@pytest.mark.parametrize(("text", "type_"), [
    ("Selon l'AFP, Joe Biden a rencontré Angela Merkel à Berlin.", "consult"),
    ("Joe Biden aurait rencontré Angela Merkel à Berlin.", "consult"),
    ("Joe Biden a rencontré Angela Merkel à Berlin, a rapporté le Washington Post.", "consult"),
    ("Le Washington Post a rapporté que Joe Biden avait rencontré Angela Merkel.", "consult"),
])
def test_reported(nlp, text, type_):
    found, _ = run(nlp, text)
    assert one(found, type_)["status"] == "reported"


@pytest.mark.parametrize("text", [
    "Joe Biden n'a pas rencontré Lars Ekdahl.",
    "Joe Biden ne rencontrera jamais Lars Ekdahl.",
    "Aucun accord n'a été signé par la France et l'Allemagne.",
    "Angela Merkel a annulé sa visite à Washington.",
    "La visite de Xi Jinping en France n'a pas eu lieu.",
    "Olaf Scholz refuse de signer le traité avec le Japon.",
])
def test_negated_or_cancelled_events_are_dropped(nlp, text):
    found, _ = run(nlp, text)
    assert [row for row in found if row["type"] in ("consult", "diplomatic_cooperation")] == []


def test_restrictive_ne_que_is_not_a_negation(nlp):
    found, _ = run(nlp, "Joe Biden n'a rencontré qu'Angela Merkel.")
    assert one(found, "consult")["status"] == "occurred"


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Paul Hébert n'a pas hésité à dénoncer mardi la réforme.", "dénoncer", "disapprove"),
    ("Paul Hébert n'a pas tardé à réagir mardi.", "réagir", "public_statement"),
    ("Paul Hébert n'a pas mâché ses mots mardi contre Luc Barre.", "mâché", "disapprove"),
    ("Paul Hébert n'a pas caché sa colère mardi devant les députés.", "caché", "disapprove"),
])
def test_a_litotes_asserts_the_act(nlp, text, trigger, type_):
    row = next(row for row in layered(nlp, text) if row["trigger"] == trigger)
    assert (row["type"], row["status"], row["actors"]) == (type_, "occurred", ["Paul Hébert"])


# --- dates --------------------------------------------------------------------------------


def test_date_attached_by_the_dates_layer(nlp):
    text = "Le 3 mars, Joe Biden a rencontré Angela Merkel, qui avait visité Paris le 2 mars."
    found, dates = run(nlp, text, [("3 mars", "2021-03-03", None, None, "rencontré"),
                                   ("2 mars", "2021-03-02", None, None, "visité")])
    meeting, visit = (next(row for row in found if row["lemma"] == lemma)
                      for lemma in ("rencontrer", "visiter"))
    assert dates[meeting["date"]]["value"] == "2021-03-03"
    assert meeting["date_text"] == "3 mars"
    assert dates[visit["date"]]["value"] == "2021-03-02"


def test_date_in_the_same_clause_when_not_attached(nlp):
    text = "Joe Biden a rencontré Angela Merkel mardi à Berlin."
    found, _ = run(nlp, text, [("mardi", "2021-06-15")])
    assert one(found, "consult")["date_text"] == "mardi"


def test_date_attached_to_another_event_is_not_taken(nlp):
    text = "Mardi, Olaf Scholz a déclaré que Joe Biden rencontrera Angela Merkel."
    found, _ = run(nlp, text, [("Mardi", "2021-06-15", None, None, "déclaré")])
    assert one(found, "public_statement")["date_text"] == "Mardi"
    meeting = one(found, "consult")
    assert meeting["date"] is None
    assert meeting["status"] == "planned"


def test_durations_and_other_sentences_are_not_dates(nlp):
    text = "Joe Biden a rencontré Angela Merkel pendant deux heures. Le lendemain, il pleuvait."
    found, _ = run(nlp, text, [("deux heures", "PT2H", None, None, None, "duration"),
                               ("Le lendemain", "2021-06-16")])
    assert one(found, "consult")["date"] is None


def test_a_date_alone_keeps_a_trigger(nlp):
    text = "La réunion a eu lieu le 12 mai."
    assert run(nlp, text)[0] == []
    found, _ = run(nlp, text, [("12 mai", "2021-05-12")])
    assert one(found, "consult")["date_text"] == "12 mai"


def test_evidence_sentence_stays_on_its_line(nlp):
    found, _ = run(nlp, "Les titres du jour\nJoe Biden a rencontré Angela Merkel à Berlin.")
    assert one(found, "consult")["sentence"] == ("Joe Biden a rencontré Angela Merkel à "
                                                 "Berlin.")


# --- robustness ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Visite.", "Rencontre rencontre rencontre"])
def test_degenerate_texts(nlp, text):
    found, _ = run(nlp, text)
    assert found == []


def test_mention_offsets_inside_tokens_are_tolerated(nlp):
    doc = nlp("Joe Biden a rencontré Angela Merkel à Berlin.")
    mentions = [{"start": 1, "end": 7, "text": "oe Bid", "name": "Joe Biden", "label": "PER",
                 "roles": [], "resolved": None, "sentence": 0}]
    found = extract_events(doc, mentions, [])
    assert one(found, "consult")["participants"] == ["Joe Biden"]


def test_rows_are_json_serialisable(nlp):
    found, _ = run(nlp, "Joe Biden a rencontré Angela Merkel mardi à Berlin.",
                   [("mardi", "2021-06-15")])
    assert json.loads(json.dumps(found)) == found


def test_subject_lost_by_the_parser_is_read_from_the_left(nlp):
    """The model often reads a sentence-initial foreign name as a verb and starts a sentence
    there: the names right before the verb group are its subject."""
    from spacy.tokens import Doc

    words = ["Hakan", "Fidan", "et", "Wang", "Yi", "ont", "signé", "un", "accord", "à",
             "Pékin", "."]
    doc = Doc(nlp.vocab, words=words,
              spaces=[True] * 10 + [False, False],
              pos=["VERB", "PROPN", "CCONJ", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN",
                   "ADP", "PROPN", "PUNCT"],
              lemmas=["hakan", "Fidan", "et", "Wang", "Yi", "avoir", "signer", "un", "accord",
                      "à", "Pékin", "."],
              heads=[0, 0, 3, 1, 3, 6, 6, 8, 6, 10, 6, 6],
              deps=["ROOT", "obj", "cc", "conj", "flat:name", "aux:tense", "ROOT", "det", "obj",
                    "case", "obl:mod", "punct"],
              ents=["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC",
                    "O"])
    found = extract_events(doc, mention_rows(doc), [])
    agreement = one(found, "diplomatic_cooperation")
    assert agreement["participants"] == ["Hakan Fidan", "Wang Yi"]
    assert agreement["places"] == ["Pékin"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Il faut une loi », a déclaré le sénateur Alain Milon (LR).", "Alain Milon"),
    ("« Le montant est insuffisant », a assuré Jacques Trévidic, président de l'association "
     "Action praticiens hôpital.", "Jacques Trévidic"),
])
def test_party_and_employer_of_the_speaker_are_not_participants(nlp, text, speaker):
    found, _ = run(nlp, text)
    assert one(found, "public_statement")["participants"] == [speaker]
