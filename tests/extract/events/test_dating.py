"""The date an event takes: a bound ("jusqu'au", "d'ici", "avant", "après") dates no event.
Sentences written for the rule; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from .test_floor import rows


@pytest.mark.parametrize(("text", "bound"), [
    ("Le gouvernement de Paul Hébert a prolongé l'état d'urgence jusqu'au 10 juillet.",
     "10 juillet"),
    ("Claire Vautrin veut rouvrir les écoles avant septembre.", "avant septembre"),
    ("Le ministre Paul Hébert a promis une baisse des impôts d'ici 2022.", "2022"),
    ("Claire Vautrin restera en poste jusqu'en 2030, selon l'Élysée.", "2030"),
    ("La Banque centrale ne relèvera pas ses taux après le 15 mars, a dit Paul Hébert.",
     "après le 15 mars"),
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
