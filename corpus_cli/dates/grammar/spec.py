"""What an expression says (`Spec`) and where it was found (`Expression`), before placing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    """What the words of an expression say, before it is placed in time."""

    kind: str = "date"  # date | duration | set | vague
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    weekday: int | None = None  # ISO: 1 Monday .. 7 Sunday
    decade: int | None = None  # 199: the 1990s
    century: int | None = None  # 19: TimeML's 20th century
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    unit: str | None = None  # the unit a deictic or relative expression counts in
    shift: int | None = None  # units from the anchor: -1 "dernier", 0 "ce", 3 "dans trois"
    strict: bool = False  # "dernier"/"prochain": strictly before/after the reference
    lean: int = 0  # -1 after "depuis", +1 after "d'ici": a direction the words give
    anchor: str | None = None  # "previous" or "event" when counted from another time
    mod: str | None = None
    value: str | None = None  # the fixed value of a duration, set or vague expression
    weekend: bool = False
    year_inherited: bool = False  # the year was taken from the other member of a range
    count: int | None = None  # "les trois derniers mois": -3, "les deux prochains jours": 2
    as_week: bool = False  # "la semaine du 6 octobre": the week of that day
    easter: int | None = None  # days from Easter Sunday ("lundi de Pâques": 1)
    short_year: int | None = None  # "octobre 98": a year's last two digits, its century unsaid
    turn: bool = False  # "la nouvelle année": the `unit` whose start is nearest the reference


@dataclass(frozen=True)
class Expression:
    """A temporal expression found in a text: where, which rule, and what it says."""

    start: int
    end: int
    text: str
    rule: str
    spec: Spec
    until: Spec | None = None  # the second end of a range ("du 3 au 5 octobre")

    @property
    def kind(self) -> str:
        return self.spec.kind
