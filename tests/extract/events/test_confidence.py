"""The confidence of an event row: measures of the row, and models fitted to judged samples.
Sentences written for the module; the real mentions and dates layers run."""

from __future__ import annotations

import json
from importlib import resources

from corpus_cli.extract.dates import extract_dates
from corpus_cli.extract.events import extract_events, weigh
from corpus_cli.extract.events.confidence import features, score
from corpus_cli.extract.mentions import extract_mentions

REFERENCE = "2021-03-10"


def weighed(nlp, text: str) -> list[tuple[dict, dict[str, float]]]:
    """Each event row of `text`, weighed, with its measures."""
    doc = nlp(text)
    dates = extract_dates(doc, REFERENCE)
    rows = extract_events(doc, extract_mentions(doc), dates)
    weigh(doc, rows, dates, REFERENCE)
    return [(row, features(doc, row, dates, REFERENCE)) for row in rows]


def test_every_row_gets_a_confidence_between_0_and_1(nlp) -> None:
    found = weighed(nlp, "Le ministre Paul Hébert a rencontré mardi Claire Vautrin à Lyon. "
                         "Il a annoncé le 3 mars une réforme.")
    assert found and all(0.0 <= row["confidence"] <= 1.0 for row, _ in found)


def test_a_date_on_its_own_verb_is_measured_so(nlp) -> None:
    [(_, measured)] = [(r, m) for r, m in weighed(
        nlp, "Paul Hébert a rencontré Claire Vautrin mardi à Lyon.") if r["date_text"]]
    assert measured["date_attached"] == 1.0 and measured["date_in_subtree"] == 1.0
    assert measured["actor_subject"] == 1.0 and measured["no_actor"] == 0.0


def test_a_date_years_from_the_article_is_measured(nlp) -> None:
    [(_, measured)] = [(r, m) for r, m in weighed(
        nlp, "Paul Hébert a rencontré Claire Vautrin en 2012 à Lyon.") if r["date_text"]]
    assert 8.0 < measured["years_away"] < 10.0 and measured["grain_year"] == 1.0


def test_a_past_act_dated_in_the_future_is_measured() -> None:
    measured = {"bias": 1.0, "dated": 1.0}
    assert score({**measured, "future_occurred": 1.0})["date"] < score(measured)["date"]


def test_the_models_give_less_to_a_row_with_no_actor_and_a_far_date() -> None:
    sure = {"bias": 1.0, "dated": 1.0, "date_attached": 1.0, "date_in_subtree": 1.0,
            "actor_subject": 1.0}
    doubtful = {"bias": 1.0, "dated": 1.0, "no_actor": 1.0, "date_in_clause": 1.0,
                "date_path": 1.6, "dates_in_sentence": 1.0, "clause_floor": 1.0}
    assert score(doubtful)["confidence"] < score(sure)["confidence"]


def test_an_undated_row_is_weighed_by_its_actor_alone() -> None:
    assert score({"bias": 1.0})["date"] == 1.0


def test_the_weights_file_says_how_it_was_built() -> None:
    data = json.loads(resources.files("corpus_cli.data").joinpath(
        "events_confidence.json").read_text("utf-8"))
    assert "train_events_confidence.py" in data["how"]
    assert set(data["models"]) == {"date", "actor"}
    assert all(data["entries"][name] > 500 for name in ("date", "actor"))


def test_words_quoted_in_the_first_person_are_measured_so(nlp) -> None:
    found = weighed(nlp, "\"Nous signerons l'accord le 3 juin\", a déclaré mardi Paul Hébert.")
    [(_, measured)] = [(r, m) for r, m in found if r["date_text"] == "3 juin"]
    assert measured["trigger_quoted"] == 1.0 and measured["date_quoted"] == 1.0
    assert measured["first_person"] == 1.0
    [(_, told)] = [(r, m) for r, m in found if r["date_text"] == "mardi"]
    assert told["trigger_quoted"] == 0.0 and told["date_quoted"] == 0.0


def test_a_deadline_a_wish_and_a_conditional_are_measured_so(nlp) -> None:
    [(_, deadline)] = [(r, m) for r, m in weighed(
        nlp, "La mairie doit présenter pour le 3 juin un plan de rentrée.") if r["date_text"]]
    assert deadline["date_bound"] == 1.0 and deadline["trigger_modal"] == 1.0
    [(_, wished)] = [(r, m) for r, m in weighed(
        nlp, "Paul Hébert signerait l'accord en juin à Lyon.") if r["date_text"]]
    assert wished["trigger_conditional"] == 1.0 and wished["date_bound"] == 0.0


def test_a_count_on_a_day_is_measured_as_bound(nlp) -> None:
    [(_, measured)] = [(r, m) for r, m in weighed(
        nlp, "Au 11 mai, l'épidémie avait tué 2000 personnes à Lyon.") if r["date_text"]]
    assert measured["date_bound"] == 1.0
