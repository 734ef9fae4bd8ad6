"""A file's memory in the store (runtime/files.py): a run that adds files beside known ones
reads and cleans only what it must, and answers exactly as a run from scratch."""

from __future__ import annotations

import json
from collections import Counter

from typer.testing import CliRunner

from corpus_cli.cli import app
from corpus_cli.documents import cleaning
from corpus_cli.documents import read as reading
from corpus_cli.runtime.pipeline import Settings, load_corpus
from corpus_cli.runtime.store import Store

runner = CliRunner()

FOOTER = "Retrouvez toute l'actualité de la vallée dans notre édition du samedi matin"
# (id, date, text): invented articles, each with a date and people or places to merge.
ARTICLES = [
    ("pont", "2019-03-14", "Le maire Lucien Maréchal a inauguré mardi 12 mars 2019 le nouveau "
     "pont de Valcourt. Les travaux avaient duré deux ans."),
    ("ecole", "2019-04-02", "La directrice Odile Carpentier a annoncé lundi la fermeture d'une "
     "classe à l'école de Bréval. Les parents manifesteront le 10 avril 2019."),
    ("festival", "2019-06-20", "Le festival de Saint-Aubrac accueillera vingt groupes du 5 au "
     "7 juillet 2019, a précisé jeudi son président, Gaston Ferrière."),
    ("usine", "2019-09-03", "L'usine de papier de Montferrand fermera ses portes en décembre "
     "2019, a confirmé lundi la direction. Cent vingt salariés sont concernés."),
    ("marche", "2019-10-11", "Le marché couvert de Valcourt rouvrira le 2 novembre 2019 après "
     "six mois de travaux, selon l'adjointe Hélène Rivoire."),
]


def jsonl(path, articles, footer: str | None = None, bad_line: bool = False):
    """Write articles as JSON Lines (each with `footer` below it), with an unreadable line."""
    lines = [json.dumps({"id": name, "date": date,
                         "text": f"{text}\n\n{footer}\n" if footer else text},
                        ensure_ascii=False) for name, date, text in articles]
    if bad_line:
        lines.insert(1, "{pas du JSON")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def answers(paths: list[str], store, *options: str) -> dict[str, object]:
    """timeline, entities and stats as JSON; stats without what the run did (analysed,
    from_store), which a run from scratch does otherwise by definition."""
    found: dict[str, object] = {}
    for command in ("timeline", "entities", "stats"):
        result = runner.invoke(app, [command, *paths, "--format", "json", *options],
                               env={"CORPUS_CACHE_DIR": str(store)})
        assert result.exit_code in (0, 3), result.output
        found[command] = result.stdout
    stats = json.loads(str(found["stats"]))
    for name in ("analysed", "from_store"):
        stats["corpus"].pop(name)
    found["stats"] = stats
    return found


def from_scratch(paths: list[str], tmp_path) -> dict[str, object]:
    """The answers of a run with no store, which equal those of an empty store."""
    scratch = answers(paths, tmp_path / "unused", "--no-cache")
    assert answers(paths, tmp_path / "empty") == scratch
    return scratch


def counting(monkeypatch) -> dict[str, Counter[str]]:
    """The files read (by name) and the texts cleaned or counted in pass 1, from now on."""
    seen: dict[str, Counter[str]] = {"read": Counter(), "cleaned": Counter(),
                                     "counted": Counter()}
    read_input, clean, block_fingerprints = (reading._read_input, cleaning.clean,
                                             cleaning.block_fingerprints)

    def read(item, on_error, base):
        seen["read"][item.path.name if item.path is not None else "-"] += 1
        return read_input(item, on_error, base)

    def cleaned(text, *args, **kwargs):
        seen["cleaned"][text] += 1
        return clean(text, *args, **kwargs)

    def counted(text):
        seen["counted"][text] += 1
        return block_fingerprints(text)

    monkeypatch.setattr(reading, "_read_input", read)
    monkeypatch.setattr(cleaning, "clean", cleaned)
    monkeypatch.setattr(cleaning, "block_fingerprints", counted)
    return seen


def touched(seen: dict[str, Counter[str]], articles) -> bool:
    """Whether any text of `articles` was cleaned or counted."""
    return any(text in done for _, _, text in articles
               for kind in ("cleaned", "counted") for done in seen[kind])


def test_a_remembered_file_is_neither_read_nor_cleaned_when_a_file_is_added(tmp_path, nlp,
                                                                             monkeypatch):
    old = jsonl(tmp_path / "old.jsonl", ARTICLES[:4])
    new = jsonl(tmp_path / "new.jsonl", ARTICLES[4:])
    store = tmp_path / "store"
    answers([old], store)
    with monkeypatch.context() as patched:
        seen = counting(patched)
        remembered = answers([old, new], store)
    assert seen["read"]["old.jsonl"] == 0 and seen["read"]["new.jsonl"] == 2  # passes 1, 2
    assert not touched(seen, ARTICLES[:4]) and touched(seen, ARTICLES[4:])
    assert remembered == from_scratch([old, new], tmp_path)


def test_what_the_run_did_is_counted_as_without_the_memory(tmp_path, nlp, monkeypatch):
    old = jsonl(tmp_path / "old.jsonl", ARTICLES[:3])
    new = jsonl(tmp_path / "new.jsonl", ARTICLES[3:])

    def stats(store) -> dict:
        runner.invoke(app, ["stats", old], env={"CORPUS_CACHE_DIR": str(store)})
        result = runner.invoke(app, ["stats", old, new, "--format", "json"],
                               env={"CORPUS_CACHE_DIR": str(store)})
        return json.loads(result.stdout)

    remembered = stats(tmp_path / "one")
    assert (remembered["corpus"]["analysed"], remembered["corpus"]["from_store"]) == (2, 3)
    monkeypatch.setattr(Store, "file_memories", lambda self, keys: {})
    assert stats(tmp_path / "two") == remembered


def test_a_block_the_new_file_makes_repeated_cleans_the_old_file_again(tmp_path, nlp,
                                                                         monkeypatch):
    # Two documents carry the footer: content. A third, in the new file, makes it furniture
    # of the run, so the old file's records change: it is read and cleaned again.
    old = jsonl(tmp_path / "old.jsonl", ARTICLES[:2], FOOTER)
    new = jsonl(tmp_path / "new.jsonl", ARTICLES[2:3], FOOTER)
    store = tmp_path / "store"
    with load_corpus([old], Settings(store_dir=store)) as corpus:
        assert {r.removed_chars for r in corpus.records} == {0}
    with monkeypatch.context() as patched:
        seen = counting(patched)
        remembered = answers([old, new], store)
    assert seen["read"]["old.jsonl"] == 1  # pass 2 only: pass 1 was remembered
    assert all(seen["cleaned"][f"{text}\n\n{FOOTER}\n"] for _, _, text in ARTICLES[:2])
    assert remembered == from_scratch([old, new], tmp_path)
    with load_corpus([old, new], Settings(store_dir=store)) as corpus:
        assert all(r.removed_chars > 0 for r in corpus.records)
    # And without the new file the footer is content again: cleaned again, as from scratch.
    other = jsonl(tmp_path / "other.jsonl", ARTICLES[3:])
    assert answers([old, other], store) == from_scratch([old, other], tmp_path)


def test_a_changed_file_is_read_again(tmp_path, nlp, monkeypatch):
    path = tmp_path / "old.jsonl"
    old = jsonl(path, ARTICLES[:2])
    new = jsonl(tmp_path / "new.jsonl", ARTICLES[4:])
    store = tmp_path / "store"
    answers([old], store)
    jsonl(path, ARTICLES[:3])  # same path, one article more
    with monkeypatch.context() as patched:
        seen = counting(patched)
        remembered = answers([old, new], store)
    assert seen["read"]["old.jsonl"] == 2
    assert remembered == from_scratch([old, new], tmp_path)


def test_an_unreadable_line_of_a_remembered_file_is_reported_again(tmp_path, nlp, monkeypatch):
    old = jsonl(tmp_path / "old.jsonl", ARTICLES[:3], bad_line=True)
    new = jsonl(tmp_path / "new.jsonl", ARTICLES[3:])
    store = tmp_path / "store"
    errors: list = []
    with load_corpus([old], Settings(store_dir=store), on_error=errors.append):
        pass
    with monkeypatch.context() as patched:
        seen = counting(patched)
        again: list = []
        with load_corpus([old, new], Settings(store_dir=store), on_error=again.append):
            pass
    assert seen["read"]["old.jsonl"] == 0
    assert [(e.path, e.problem, e.line) for e in again] == [
        (e.path, e.problem, e.line) for e in errors] and errors[0].line == 2
    result = runner.invoke(app, ["stats", old, new, "--format", "json", "--no-cache"])
    assert result.exit_code == 3 and "old.jsonl:2" in result.stderr
    assert answers([old, new], store) == from_scratch([old, new], tmp_path)


def test_a_file_given_twice_or_files_sharing_a_text_answer_as_from_scratch(tmp_path, nlp,
                                                                            monkeypatch):
    # Identical texts count once over the whole run, which no file's own count can tell:
    # the file that shares a text with an input before it is read in pass 1.
    old = jsonl(tmp_path / "old.jsonl", ARTICLES[:3], FOOTER)
    shared = jsonl(tmp_path / "shared.jsonl", [ARTICLES[0], *ARTICLES[3:]], FOOTER)
    store = tmp_path / "store"
    answers([old], store)
    with monkeypatch.context() as patched:
        seen = counting(patched)
        with load_corpus([shared, old], Settings(store_dir=store)):
            pass
    assert seen["read"]["old.jsonl"] == 1  # pass 1 only: its records are remembered
    for paths in ([old, old], [old, shared], [shared, old]):
        assert answers(paths, store) == from_scratch(paths, tmp_path), paths
    with load_corpus([old, old], Settings(store_dir=store)) as corpus:
        assert [(r.id, r.duplicate_of) for r in corpus.records][3:] == [
            ("pont#2", "pont"), ("ecole#2", "ecole"), ("festival#2", "festival")]


def test_a_folder_that_gains_a_file_reads_only_that_file(tmp_path, nlp, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, _, text in ARTICLES[:3]:
        (folder / f"{name}.txt").write_text(f"{text}\n\n{FOOTER}\n", encoding="utf-8")
    store = tmp_path / "store"
    answers([str(folder)], store)
    name, _, text = ARTICLES[3]
    (folder / f"{name}.txt").write_text(f"{text}\n", encoding="utf-8")
    with monkeypatch.context() as patched:
        seen = counting(patched)
        remembered = answers([str(folder)], store)
    assert seen["read"] == Counter({"usine.txt": 2})
    assert remembered == from_scratch([str(folder)], tmp_path)
    with Store(store) as kept:
        assert kept.info()["files"] == 4


def test_a_remembered_analysis_that_left_the_store_is_made_again(tmp_path, nlp, caplog):
    old = jsonl(tmp_path / "old.jsonl", ARTICLES[:3])
    new = jsonl(tmp_path / "new.jsonl", ARTICLES[3:])
    store = tmp_path / "store"
    with load_corpus([old], Settings(store_dir=store)) as corpus:
        keys = [r.key for r in corpus.records]
    with Store(store) as kept:
        kept._forget(keys[:1])  # as `corpus cache clear` of another process, or damage
    assert answers([old, new], store) == from_scratch([old, new], tmp_path)
    assert "left the store" in caplog.text
