"""Dates that come back are sets with no day placed (extract/habitual.py), read through the
dates layer. Sentences written for each rule."""

from __future__ import annotations

import pytest

from corpus_cli.extract.dates import extract_dates


@pytest.mark.parametrize(("text", "time", "value"), [
    # a time of day after "chaque matin", "tous les soirs" in its sentence: every day's
    ("Chaque matin, elle met le réveil à 6 h 30 avant de partir.", "6 h 30",
     "XXXX-XX-XXT06:30"),
    ("Tous les soirs vers 20 heures, les habitants applaudissent.", "vers 20 heures",
     "XXXX-XX-XXT20:00"),
    # a time with no such words is the day's, or the named day's
    ("Le ministre est arrivé à 6 h 30 devant la mairie.", "6 h 30", "2017-03-28T06:30"),
    ("Chaque matin il court. Mardi, il est parti à 8 heures.", "8 heures", "2017-03-28T08:00"),
])
def test_a_time_every_day_is_a_set(nlp, text: str, time: str, value: str) -> None:
    row = next(r for r in extract_dates(nlp(text), "2017-03-28") if r["text"] == time)
    assert row["value"] == value


@pytest.mark.parametrize(("text", "day"), [
    ("L'atelier se tiendra trois matins par semaine, du mardi au jeudi, à la médiathèque.",
     "du mardi au jeudi"),
    ("Les bénévoles passeront chaque semaine le vendredi.", "le vendredi"),
])
def test_a_weekday_after_a_weekly_frequency_is_every_weeks(nlp, text: str, day: str) -> None:
    row = next(r for r in extract_dates(nlp(text), "2017-03-28") if r["text"] == day)
    assert row["kind"] == "set" and row["value"].startswith("XXXX-WXX-")
