"""The alias file: TOML with [merge], [split] and [ignore]; a bad file is a one-line UsageError."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_cli.aggregate.aliases import Aliases, load_aliases
from corpus_cli.errors import ExitCode, UsageError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "aliases.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_tables_are_read(tmp_path):
    path = write(tmp_path, """
[merge]
"Jean Dufresne" = ["J. Dufresne", "Dufresne Jean"]
"Banque du Nord" = "BdN"

[split]
karassev = ["Anna Karassev", "Boris Karassev"]
alone = ["Martin"]

[ignore]
names = ["Cliquez ici", "Lire aussi"]
""")
    aliases = load_aliases(path)
    assert aliases.merge == {"Jean Dufresne": ["J. Dufresne", "Dufresne Jean"],
                             "Banque du Nord": ["BdN"]}
    assert aliases.split == [["Anna Karassev", "Boris Karassev"], ["Martin"]]
    assert aliases.ignore == ["Cliquez ici", "Lire aussi"]


def test_top_level_lists_are_read(tmp_path):
    path = write(tmp_path, """
split = [["Anna Karassev", "Boris Karassev"], ["Yann Le Gall", "Anne Le Gall"]]
ignore = ["Cliquez ici"]

[merge]
"Jean Dufresne" = ["J. Dufresne"]
""")
    aliases = load_aliases(path)
    assert aliases.split == [["Anna Karassev", "Boris Karassev"], ["Yann Le Gall", "Anne Le Gall"]]
    assert aliases.ignore == ["Cliquez ici"]


def test_a_flat_split_list_is_one_group(tmp_path):
    aliases = load_aliases(write(tmp_path, 'split = ["Anna Karassev", "Boris Karassev"]\n'))
    assert aliases.split == [["Anna Karassev", "Boris Karassev"]]


def test_empty_file_means_no_aliases(tmp_path):
    assert load_aliases(write(tmp_path, "")) == Aliases()


def assert_one_line_usage_error(path: Path, *words: str) -> None:
    with pytest.raises(UsageError) as raised:
        load_aliases(path)
    message = str(raised.value)
    assert "\n" not in message
    assert str(path) in message
    for word in words:
        assert word in message
    assert raised.value.exit_code == ExitCode.USAGE


def test_bad_toml_names_the_file_and_the_problem(tmp_path):
    assert_one_line_usage_error(write(tmp_path, '[merge]\n"Jean" = [a]\n'), "not valid TOML",
                                "line")


def test_missing_file(tmp_path):
    assert_one_line_usage_error(tmp_path / "absent.toml", "cannot read")


def test_unknown_section(tmp_path):
    assert_one_line_usage_error(write(tmp_path, '[marge]\n"A" = ["B"]\n'), "marge")


def test_wrong_value_types(tmp_path):
    assert_one_line_usage_error(write(tmp_path, '[merge]\n"A" = 3\n'), "merge")
    assert_one_line_usage_error(write(tmp_path, "ignore = [1, 2]\n"), "ignore")
    assert_one_line_usage_error(write(tmp_path, 'split = "A"\n'), "split")


def test_split_written_after_merge_is_explained(tmp_path):
    path = write(tmp_path, '[merge]\n"A" = ["B"]\nsplit = [["C", "D"]]\n')
    assert_one_line_usage_error(path, "split", "before [merge]")


def test_not_utf8(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_bytes('[merge]\n"Andr\xe9" = ["A"]\n'.encode("latin-1"))
    assert_one_line_usage_error(path, "UTF-8")
