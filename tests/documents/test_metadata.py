"""Publication date, title and outlet read from the header and byline lines of a text."""

from __future__ import annotations

import re

import pytest

from corpus_cli.documents.cleaning import clean
from corpus_cli.documents.metadata import (
    SOURCE_BYLINE,
    SOURCE_FILENAME,
    SOURCE_HEADER,
    Metadata,
    describe,
    filename_date,
)
from tests.conftest import SEEDS

BODY = (
    "Le conseil municipal a voté jeudi soir le budget de la ville, après trois heures de débat. "
    "L'opposition a dénoncé une hausse des impôts locaux de 2 %, que la majorité juge "
    "indispensable pour financer la rénovation des écoles."
)


def read(text: str, filename: str | None = None) -> Metadata:
    return describe(text, clean(text), filename)


@pytest.mark.parametrize(("header", "date", "source", "updated"), [
    ("Publié le 12 mars 2021 à 10h45", "2021-03-12", SOURCE_BYLINE, None),
    ("Publié le 12/03/2021 à 07h12 · Mis à jour le 13/03/2021 à 18h40", "2021-03-12",
     SOURCE_BYLINE, "2021-03-13"),
    ("Mis à jour le 13/03/2021 à 08:00 - Publié le 12/03/2021 à 07:12", "2021-03-12",
     SOURCE_BYLINE, "2021-03-13"),
    ("Publié dans Le Petit Courrier le 23 - 01 - 2023", "2023-01-23", SOURCE_BYLINE, None),
    ("Mis en ligne le 3 février 2019", "2019-02-03", SOURCE_BYLINE, None),
    ("Posted on March 3, 2019", "2019-03-03", SOURCE_BYLINE, None),
    ("Publié en décembre 2016", "2016-12", SOURCE_BYLINE, None),
    ("Par Jean-Pierre Martin, envoyé spécial à Kiev, le 3 mars 2022", "2022-03-03",
     SOURCE_BYLINE, None),
    ("Le 15 décembre 2016 à 11h30\nModifié 11 avril 2021 à 2h39", "2016-12-15", SOURCE_HEADER,
     "2021-04-11"),
    ("jeudi, octobre 16, 2025", "2025-10-16", SOURCE_HEADER, None),
    ("Lundi 3 mars 2022", "2022-03-03", SOURCE_HEADER, None),
    ("2021-05-04", "2021-05-04", SOURCE_HEADER, None),
    ("Dernière mise à jour : 5 mai 2020", None, None, "2020-05-05"),
])
def test_date_forms_of_header_and_byline_lines(header, date, source, updated) -> None:
    meta = read(f"Le budget de la ville adopté\n{header}\n\n{BODY}\n")
    assert (meta.date, meta.date_source, meta.updated) == (date, source, updated)


@pytest.mark.parametrize(("line", "date"), [
    (" date 2016-12 Le ministre est attendu lundi à Lyon pour une visite officielle.", "2016-12"),
    ("date 2025-10-16 La visite du ministre a été confirmée mercredi par le gouvernement.",
     "2025-10-16"),
    ("date 2019 Le festival a accueilli cent mille visiteurs selon les organisateurs.", "2019"),
    ("Publié le 12 mars 2021 à 10h45 Le gouvernement a annoncé hier soir un plan d'aide.",
     "2021-03-12"),
])
def test_inline_header_before_the_body(line: str, date: str) -> None:
    assert read(line).date == date


def test_body_date_is_not_the_publication_date() -> None:
    text = (f"Le budget adopté\n\n{BODY}\n\nLe 27 janvier 2016, le maire avait présenté un "
            "premier projet, rejeté par le conseil.\n")
    assert read(text).date is None


def test_dates_heading_a_timeline_inside_the_article_are_not_the_publication_date() -> None:
    text = (f"Chronologie de la crise\n\n{BODY}\n\n{BODY.replace('jeudi', 'lundi')}\n\n"
            f"15 mars 2020\n{BODY.replace('jeudi', 'mardi')}\n")
    cleaned = clean(text)
    assert describe(text, cleaned).date is None
    assert "15 mars 2020" in cleaned.readable()  # the timeline entry stays in the article


def test_update_date_alone_is_never_the_publication_date() -> None:
    meta = read(f"Mis à jour le 13/03/2021\n\n{BODY}", filename="2021-03-01-budget.txt")
    assert (meta.date, meta.date_source, meta.updated) == ("2021-03-01", SOURCE_FILENAME,
                                                           "2021-03-13")


def test_text_date_comes_before_the_file_name() -> None:
    meta = read(f"Publié le 12 mars 2021\n\n{BODY}", filename="2020-01-01.txt")
    assert (meta.date, meta.date_source) == ("2021-03-12", SOURCE_BYLINE)


@pytest.mark.parametrize(("name", "date"), [
    ("2016-12-15_budget.txt", "2016-12-15"),
    ("articles/20161215-budget.txt", "2016-12-15"),
    ("courrier_15-12-2016.txt", "2016-12-15"),
    ("revue_2016_12.txt", "2016-12"),
    ("000_722b795bf1d78577.txt", None),  # a hash is not a date
    ("a20161215b.txt", None),
    ("2016-13-45.txt", None),
    ("budget.txt", None),
])
def test_filename_date(name: str, date: str | None) -> None:
    assert filename_date(name) == date


def test_no_date_anywhere() -> None:
    meta = read(f"Le budget adopté\n\n{BODY}", filename="budget.txt")
    assert (meta.date, meta.date_source) == (None, None)


def test_date_has_no_time_part() -> None:
    assert read(f"Publié le 2021-03-12T10:45:00Z\n\n{BODY}").date == "2021-03-12"


# --- title, source, author ------------------------------------------------------------------


def test_title_is_the_first_heading_like_line_that_is_not_furniture() -> None:
    text = (f"Accueil | Politique | Société\nPartager\n"
            f"Le budget de la ville adopté après un long débat\nPar Jeanne Delmas\n\n{BODY}\n\n"
            f"Une hausse des impôts\n\n{BODY.replace('jeudi', 'lundi')}\n")
    meta = read(text)
    assert meta.title == "Le budget de la ville adopté après un long débat"
    assert meta.author == "Jeanne Delmas"


def test_no_title_when_the_article_starts_with_prose() -> None:
    text = f"{BODY}\n\nUne hausse des impôts\n\n{BODY.replace('jeudi', 'lundi')}\n"
    assert read(text).title is None  # an intertitle is not the title


def test_a_sentence_is_not_a_title() -> None:
    assert read("Le vote a eu lieu hier.\n\n" + BODY).title is None


@pytest.mark.parametrize(("lines", "source"), [
    ("Publié dans Le Petit Courrier le 23 - 01 - 2023", "Le Petit Courrier"),
    ("© La Gazette du Val 2021 - Tous droits réservés", "La Gazette du Val"),
    ("Source : AFP", "AFP"),
    ("Partager", None),
])
def test_source(lines: str, source: str | None) -> None:
    text = f"Un titre de page\n\n{BODY}\n\n{BODY.replace('jeudi', 'lundi')}\n\n{lines}\n"
    assert read(text).source == source


def test_source_prefers_the_footer_to_a_photo_credit() -> None:
    text = (f"Un titre\n© Agence Images\n{BODY}\n\n{BODY.replace('jeudi', 'lundi')}\n\n"
            "© Le Quotidien du Nord 2020. Toute reproduction interdite.\n")
    assert read(text).source == "Le Quotidien du Nord"


# --- the seeds ------------------------------------------------------------------------------

ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_seed_gets_a_publication_date_from_its_text(path) -> None:
    text = path.read_text(encoding="utf-8")
    meta = describe(text, clean(text), path.name)
    assert meta.date is not None and ISO.match(meta.date)
    assert meta.date_source in (SOURCE_HEADER, SOURCE_BYLINE)


def test_seed_dates_and_their_precision() -> None:
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        meta = describe(text, clean(text), path.name)
        found[path.name[:3]] = (meta.date, meta.updated, meta.title is not None)
    assert found == {
        "000": ("2025-10-16", None, False),  # the body starts on the header line: no title
        "001": ("2025-10-16", None, True),
        "002": ("2023-01-23", None, True),  # the title comes after the ticker and widgets
        "003": ("2016-12-15", "2021-04-11", True),  # "Modifié" is the update, not publication
        "004": ("2016-12", None, False),  # "date 2016-12" is a month, not 2016-12-01
    }


@pytest.mark.parametrize("first", [
    "VIDÉO. Le maire de Nantes répond aux questions des habitants sur le budget",
    "DIRECT. Suivez le vote du budget de la ville",
    "Faut-il augmenter les impôts locaux pour financer les écoles de la ville ?",
    "Le budget de la ville enfin adopté après trois nuits de débats !",
])
def test_a_headline_with_a_rubric_or_a_question_is_a_title(first) -> None:
    assert read(f"{first}\n\n" + BODY).title == first


def test_a_line_longer_than_any_byline_is_not_read_as_one() -> None:
    from corpus_cli.documents.bylines import read_byline

    assert read_byline("Publié le 3 mars 2016") is not None
    assert read_byline("Publié le 3 mars 2016 " + "[" * 10_000) is None
