"""The one reader of data/*.txt: one comment rule, sections, pairs."""

from __future__ import annotations

from importlib import resources

from corpus_cli import lexicon


def test_comments_blank_lines_and_sections() -> None:
    text = "# header\n\nbefore\n[first]\n  a word  \n# a comment\n[second]\nx = 1\n"
    assert lexicon.parse_sections(text) == {"": ("before",), "first": ("a word",),
                                            "second": ("x = 1",)}


def test_a_hash_inside_an_entry_is_kept() -> None:
    """Only whole lines are comments: a regex or a phrase may hold a #."""
    assert lexicon.parse_sections("[s]\nn° ?# \\d+\n")["s"] == ("n° ?# \\d+",)


def test_pairs_and_missing_sections() -> None:
    assert lexicon.entries("dates_lexicon.txt", "no such section") == ()
    months = lexicon.pairs("dates_lexicon.txt", "months")
    assert months and all(value for value in months.values())


def test_every_packaged_list_has_a_provenance_header() -> None:
    folder = resources.files("corpus_cli").joinpath("data")
    for entry in folder.iterdir():
        if entry.name.endswith(".txt"):
            assert entry.read_text(encoding="utf-8").startswith("#"), entry.name
