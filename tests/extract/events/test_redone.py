"""An act told again by "le faire" takes the type of the verb it stands for
(extract/events/redone.py). Sentences written for the rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row


@pytest.mark.parametrize(("text", "date_text", "kind"), [
    ("Dimanche, des milliers de personnes ont manifesté à Lyon, comme elles l'avaient déjà "
     "fait le 16 août.", "16 août", "protest"),
    ("Le président a visité l'usine mardi, comme il l'avait fait en 2017.", "2017", "consult"),
    # "faire" with a thing of its own is no pro-verb
    ("Paul Hébert a visité l'usine mardi et a fait un discours en 2017.", "2017",
     "public_statement"),
])
def test_le_faire_is_the_act_it_stands_for(nlp, text, date_text, kind):
    assert dated_row(nlp, text, date_text)["type"] == kind
