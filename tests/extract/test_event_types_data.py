"""data/events_types.txt: French lemmas mapped to CAMEO root categories and news families.

The file is parsed here with a small standard-library parser, independent of the reader in
corpus_cli, so that a malformed line fails this test whatever the reader tolerates.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "corpus_cli" / "data" / "events_types.txt"

# The twenty CAMEO root categories (codebook 1.1b3) and the news families CAMEO lacks ("-").
ROOT_CODES = {
    "public_statement": "01", "appeal": "02", "intent_to_cooperate": "03", "consult": "04",
    "diplomatic_cooperation": "05", "material_cooperation": "06", "provide_aid": "07",
    "yield": "08", "investigate": "09", "demand": "10", "disapprove": "11", "reject": "12",
    "threaten": "13", "protest": "14", "force_posture": "15", "reduce_relations": "16",
    "coerce": "17", "assault": "18", "fight": "19", "mass_violence": "20",
    "election": "-", "appointment": "-", "resignation": "-", "charge": "-", "trial": "-",
    "arrest": "-", "death": "-", "accident": "-", "publication": "-", "other": "-",
}
SECTIONS = ("verbs", "nouns")
# One lower-case token: letters (accents, ligatures), inner hyphens or apostrophes.
LEMMA = re.compile(r"^[a-zà-öø-ÿœæ]+(?:[-'][a-zà-öø-ÿœæ]+)*$")
ENTRY = re.compile(r"^(\S+)[ \t]+(\S+)[ \t]+(\S+)$")


def parse(text: str) -> tuple[dict[str, list[tuple[int, str, str, str]]], list[str]]:
    """Entries per section as (line number, lemma, type, code), and the malformed lines."""
    entries: dict[str, list[tuple[int, str, str, str]]] = {name: [] for name in SECTIONS}
    errors: list[str] = []
    section = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            section = header.group(1)
            if section not in SECTIONS:
                errors.append(f"{number}: unknown section [{section}]")
            continue
        match = ENTRY.match(line)
        if section not in SECTIONS:
            errors.append(f"{number}: entry outside [verbs]/[nouns]: {raw!r}")
        elif match is None:
            errors.append(f"{number}: not 'lemma type code': {raw!r}")
        else:
            entries[section].append((number, *match.groups()))
    return entries, errors


@pytest.fixture(scope="module")
def parsed() -> dict[str, list[tuple[int, str, str, str]]]:
    entries, errors = parse(DATA.read_text(encoding="utf-8"))
    assert not errors, "\n".join(errors)
    return entries


def test_both_sections_present(parsed):
    assert all(parsed[name] for name in SECTIONS)


def test_lemmas_are_single_lower_case_tokens(parsed):
    bad = [(section, number, lemma) for section in SECTIONS
           for number, lemma, _, _ in parsed[section] if not LEMMA.match(lemma)]
    assert not bad


def test_types_are_known_and_codes_match(parsed):
    bad = [(number, lemma, kind, code) for section in SECTIONS
           for number, lemma, kind, code in parsed[section]
           if ROOT_CODES.get(kind) != code]
    assert not bad


def test_no_duplicate_lemma_within_a_section(parsed):
    for section in SECTIONS:
        counts = Counter(lemma for _, lemma, _, _ in parsed[section])
        assert not [lemma for lemma, n in counts.items() if n > 1], section


def test_coverage(parsed):
    assert len(parsed["verbs"]) >= 350
    assert len(parsed["nouns"]) >= 200
    per_type = Counter(kind for section in SECTIONS for _, _, kind, _ in parsed[section])
    assert len(ROOT_CODES) == 30
    thin = {kind: per_type[kind] for kind in ROOT_CODES if per_type[kind] < 3}
    assert not thin


def test_no_inline_comments():
    inline = [number for number, raw in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1)
              if "#" in raw and not raw.lstrip().startswith("#")]
    assert not inline


def test_parser_rejects_malformed_lines():
    _, errors = parse("[verbs]\nréaffirmer public_statement\n[adverbs]\nvite x 01\n")
    assert len(errors) == 3
    entries, errors = parse("# c\n\n[nouns]\nfrappe\tfight  19\n")
    assert not errors and entries["nouns"] == [(4, "frappe", "fight", "19")]

