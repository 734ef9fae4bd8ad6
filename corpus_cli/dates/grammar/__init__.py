"""The grammar of French dates: find expressions in a text, place them in time. No model.

- `find_expressions(text)` (find.py) is pure text: ordered regular patterns (rules.py) built
  from the words of data/dates_lexicon.txt (words.py), longest match wins, offsets kept. Each
  `Expression` carries a `Spec` (spec.py): what the words say, not yet a date. Builders turn a
  match into expressions (builders.py for calendar dates, relative_builders.py for the rest),
  reading the words around it (context.py).
- `resolve(expression, reference, tense, previous)` (resolve.py, place.py) places a Spec in
  time: a TimeML value at the precision the text gives, the covered interval, a mod, and what
  it was anchored on.
- `parse_date(text)` reads one absolute date (a byline, a header) as a `PartialDate`.

The calendar (dates/calendar.py) and ISO dates (dates/iso.py) stay outside this package: code
that reads stored rows imports them and never the grammar.
"""

from .find import find_expressions
from .resolve import as_reference, parse_date, resolve, resolve_relative
from .spec import Expression, Spec

__all__ = ["Expression", "Spec", "as_reference", "find_expressions", "parse_date", "resolve",
           "resolve_relative"]
