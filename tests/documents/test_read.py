"""Reading inputs: kinds of files, encodings, JSON Lines, ids, errors."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from corpus_cli.documents.read import (
    Input,
    default_corpus,
    expand,
    input_size,
    read_documents,
)
from corpus_cli.errors import InputError, UsageError

ARTICLE = "Le ministre a rencontré son homologue à Paris ce jeudi.\n"


def read(paths, errors=None):
    handler = errors.append if errors is not None else None
    return list(read_documents(expand([str(p) for p in paths]), handler))


def test_directory_is_read_recursively_in_sorted_order_with_relative_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    docs = read([tmp_path])
    assert [d.id for d in docs] == ["a.md", "b/2.txt"]
    assert docs[0].text == ARTICLE


def test_glob_pattern(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in read(["x*.txt"])] == ["x1.txt", "x2.txt"]


def test_missing_path_and_empty_glob_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        expand([str(tmp_path / "absent.txt")])
    with pytest.raises(UsageError, match="no file matches"):
        expand([str(tmp_path / "*.nothing")])


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected(tmp_path, encoding):
    text = "L'été dernier, le président français a déclaré à Genève que « rien n'était réglé »."
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    (doc,) = read([path])
    assert "président français a déclaré à Genève" in doc.text


def test_binary_file_is_skipped_with_a_one_line_error_and_others_still_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    errors: list[InputError] = []
    docs = read([tmp_path], errors)
    assert [d.id for d in docs] == ["b.txt"]
    assert len(errors) == 1 and "a.txt" in str(errors[0]) and "binary" in str(errors[0])
    assert "\n" not in str(errors[0])


def test_jsonl_fields_metadata_and_malformed_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": 7, "text": ARTICLE, "date": "2016-12-15T10:00:00", "title": "T",
                    "source": "S", "url": "http://x", "lang": "fr"}),
        "{not json",
        json.dumps({"id": "b", "body": "no text field"}),
        "",
        json.dumps({"text": "Sans identifiant."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    errors: list[InputError] = []
    docs = read([path], errors)
    assert [d.id for d in docs] == ["7", "feed.jsonl:5"]
    first = docs[0]
    assert (first.date, first.date_source, first.title, first.source, first.url) == (
        "2016-12-15", "metadata", "T", "S", "http://x")
    assert first.meta == {"lang": "fr"}
    assert [e.line for e in errors] == [2, 3]
    assert "feed.jsonl:2" in str(errors[0]) and "text" in str(errors[1])


def test_a_jsonl_standfirst_is_the_first_paragraph_of_the_text(tmp_path):
    path = tmp_path / "feed.jsonl"
    lead = "Le maire a démissionné mardi."
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "heading": lead, "text": "Il invoque sa santé.", "title": "Démission"},
        {"id": "b", "lede": lead, "text": lead + " Il invoque sa santé."},
        {"id": "c", "heading": "  ", "text": "Rien."},
    ]), encoding="utf-8")
    docs = read([path])
    assert docs[0].text == lead + "\n\nIl invoque sa santé."
    assert docs[1].text == lead + " Il invoque sa santé."  # already there: not twice
    assert docs[2].text == "Rien."
    assert all("heading" not in d.meta and "lede" not in d.meta for d in docs)


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "g", "text": ARTICLE}) + "\n")
    assert [d.id for d in read([path])] == ["g"]


def test_html_main_text_and_metadata(tmp_path):
    html = """<html><head><title>Site</title>
    <meta property="og:site_name" content="Le Quotidien">
    <meta property="article:published_time" content="2016-12-15T11:30:00+01:00"></head>
    <body><nav>Accueil | Monde | Sport</nav><article><h1>Un accord signé</h1>
    <p>Les deux ministres ont signé jeudi à Lyon un accord de coopération économique
    après deux jours de discussions entre les délégations.</p>
    <p>Le texte prévoit des échanges dans l'énergie, l'agriculture et la formation des
    cadres, selon le communiqué publié à l'issue de la rencontre.</p></article>
    <footer>© Le Quotidien. Tous droits réservés.</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = read([path])
    assert "accord de coopération" in doc.text
    assert "Accueil | Monde" not in doc.text
    assert doc.date == "2016-12-15" and doc.date_source == "metadata"
    assert doc.source == "Le Quotidien"


def test_stdin_plain_text_and_jsonl(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    (doc,) = read_documents([Input(None, "-")])
    assert doc.id == "-" and doc.text == ARTICLE
    feed = json.dumps({"id": "s1", "text": ARTICLE}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(feed.encode())))
    assert [d.id for d in read_documents([Input(None, "-")])] == ["s1"]


def test_same_id_from_two_arguments_is_made_unique(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in read([tmp_path / "one", tmp_path / "two"])] == ["a.txt", "a.txt#2"]


def test_default_corpus_holds_the_seeds():
    assert len(list(default_corpus().glob("*.txt"))) == 5


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "u", "text": "Avant\u2028après"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (doc,) = read([path])
    assert doc.text == "Avant\u2028après"


def test_an_unreadable_metadata_date_is_one_warning_naming_the_file(tmp_path, caplog):
    path = tmp_path / "feed.jsonl"
    lines = [{"id": "a", "text": ARTICLE, "date": "le jour d'après"},
             {"id": "b", "text": ARTICLE, "date": "15/03/2020"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="corpus_cli"):
        first, second = read([path])
    assert first.date is None and second.date == "2020-03-15"
    [warning] = [r.getMessage() for r in caplog.records]
    assert "feed.jsonl" in warning and "line 1" in warning and "jour d'après" in warning


def test_a_lone_surrogate_escape_is_repaired_and_the_other_lines_read(tmp_path, caplog):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "s", "text": "Le 3 mars \\ud800 Paris", "title": "\\udfff"}\n'
                    '{"id": "ok", "text": "Le 4 mars à Lyon"}\n', encoding="utf-8")
    first, second = read([path])
    assert first.text == "Le 3 mars \ufffd Paris" and first.title == "\ufffd"
    first.text.encode("utf-8")  # can be written anywhere now
    assert second.id == "ok"
    assert "surrogate" in caplog.text
    # A pair that makes one character is a character, not a repair.
    path.write_text('{"id": "e", "text": "Bravo \\ud83d\\ude00"}\n', encoding="utf-8")
    assert read([path])[0].text == "Bravo \U0001F600"


def test_a_file_name_that_is_not_utf8_is_read_and_shown_repaired(tmp_path):
    import os

    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes on a UTF-8 system
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (doc,) = read([tmp_path])
    assert doc.id == "caf\ufffd.txt" and doc.text == ARTICLE
    doc.path.encode("utf-8")


def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path):
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        data = ARTICLE.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        (doc,) = read([path])
        assert doc.text.lstrip("\ufeff") == ARTICLE, encoding


def test_fifos_devices_and_broken_links_are_named_as_what_they_are(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    errors: list[InputError] = []
    inputs = expand([str(tmp_path / "pipe.txt"), "/dev/null", str(tmp_path / "broken.txt"),
                     str(tmp_path / "ok.txt")], errors.append)
    assert [item.id for item in inputs] == ["ok.txt"]
    assert ["FIFO" in str(errors[0]), "device" in str(errors[1]),
            "broken" in str(errors[2])] == [True, True, True]
    # Inside a directory too: the FIFO is reported, never opened (that would block).
    errors.clear()
    assert [i.id for i in expand([str(tmp_path)], errors.append)] == ["ok.txt"]
    assert any("FIFO" in str(e) for e in errors)


def test_an_unreadable_directory_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    import os

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # root reads any directory: the refusal is simulated
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errors: list[InputError] = []
    assert [i.id for i in expand([str(tmp_path)], errors.append)] == ["b.txt"]
    [error] = errors
    assert "locked" in str(error) and "cannot read this directory" in str(error)


def test_symlink_loops_end_in_directories_and_globs(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "sub" / "again").symlink_to(tmp_path / "sub")
    assert [i.id for i in expand([str(tmp_path)])] == ["sub/a.txt"]
    found = expand([f"{tmp_path}/**/*.txt"])
    assert [i.path for i in found] == [tmp_path / "sub" / "a.txt"]
    assert [i.path for i in expand([f"{tmp_path}/sub/*.txt"])] == [tmp_path / "sub" / "a.txt"]


def test_a_recursive_glob_matches_at_every_depth(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("top.txt", "x/mid.txt", "x/y/deep.txt", "x/y/other.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    found = [i.path.relative_to(tmp_path).as_posix() for i in expand([f"{tmp_path}/**/*.txt"])]
    assert found == ["top.txt", "x/mid.txt", "x/y/deep.txt"]


def test_stdin_is_read_with_a_bound_and_checked_for_binary(monkeypatch):
    from corpus_cli.documents import read as module

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x00" * 10**6)))
    with pytest.raises(InputError, match="binary"):
        list(read_documents([Input(None, "-")]))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"mot " * 1000)))
    with pytest.raises(InputError, match="more than"):
        module.read_stdin(limit=1000)


def test_stdin_named_twice_is_one_input():
    assert expand(["-", "-"]) == [Input(None, "-")]


def test_an_inputs_size_is_read_from_the_folder_it_is_opened_from(tmp_path):
    (tmp_path / "a.txt").write_text("Bonjour.", encoding="utf-8")
    item = Input(id="a.txt", path=Path("a.txt"))
    assert input_size(item, tmp_path) == len("Bonjour.")
    assert input_size(Input(id="b.txt", path=tmp_path / "b.txt")) is None  # gone
    assert input_size(Input(id="-", path=None)) is None  # standard input
