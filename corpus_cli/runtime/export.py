"""Open data: the rows of a corpus as Parquet files, one table per kind.

`export(corpus, directory, entity_names)` writes documents, counts, mentions, dates and
events; pandas, polars, DuckDB and Spark read them directly. Columns are typed (lists stay
lists); a field a later version adds to a row is kept as a JSON column. DuckDB writes the
files (`pip install duckdb` comes with the product).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .pipeline import Corpus

TABLES = ("documents", "counts", "mentions", "dates", "events")

_DOCUMENT = {"document": "VARCHAR", "path": "VARCHAR", "title": "VARCHAR", "date": "VARCHAR",
             "date_source": "VARCHAR", "source": "VARCHAR", "url": "VARCHAR",
             "author": "VARCHAR", "updated": "VARCHAR", "chars": "BIGINT",
             "removed_share": "DOUBLE", "duplicate_of": "VARCHAR"}
_COUNTS = {"document": "VARCHAR", "tokens": "BIGINT", "words": "BIGINT", "sentences": "BIGINT",
           "dates": "BIGINT", "events": "BIGINT", "per": "BIGINT", "loc": "BIGINT",
           "org": "BIGINT", "misc": "BIGINT"}
_MENTION = {"document": "VARCHAR", "entity": "VARCHAR", "start": "BIGINT", "end": "BIGINT",
            "text": "VARCHAR", "name": "VARCHAR", "label": "VARCHAR", "roles": "VARCHAR[]",
            "resolved": "VARCHAR", "sentence": "BIGINT"}
_DATE = {"document": "VARCHAR", "start": "BIGINT", "end": "BIGINT", "text": "VARCHAR",
         "kind": "VARCHAR", "value": "VARCHAR", "granularity": "VARCHAR", "mod": "VARCHAR",
         "start_date": "DATE", "end_date": "DATE", "anchor": "VARCHAR", "tense": "VARCHAR",
         "attached_to": "VARCHAR", "attached_start": "BIGINT", "sentence": "VARCHAR",
         "rule": "VARCHAR"}
_EVENT = {"document": "VARCHAR", "start": "BIGINT", "end": "BIGINT", "trigger": "VARCHAR",
          "lemma": "VARCHAR", "type": "VARCHAR", "cameo": "VARCHAR", "status": "VARCHAR",
          "participants": "VARCHAR[]", "places": "VARCHAR[]", "date": "BIGINT",
          "sentence": "VARCHAR"}


def export(corpus: Corpus, directory: Path,
           entity_names: Mapping[tuple[str, str], str]) -> dict[str, int]:
    """Write `directory/<table>.parquet` for each table; return the rows written per table.

    `entity_names` maps (document, mention name) to its consolidated entity's name
    (aggregate.entities.mention_index), written in the mentions' `entity` column.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written = {"documents": _write(directory, "documents", _DOCUMENT, _documents(corpus)),
               "counts": _write(directory, "counts", _COUNTS, _counts(corpus))}
    for table, columns in (("mentions", _MENTION), ("dates", _DATE), ("events", _EVENT)):
        written[table] = _write(directory, table, columns,
                                _rows(corpus, table, entity_names))
    return written


def _documents(corpus: Corpus) -> Iterator[dict[str, Any]]:
    for record in corpus.records:
        row = record.metadata()
        yield {"document": row.pop("id"), **row}


def _counts(corpus: Corpus) -> Iterator[dict[str, Any]]:
    for record in corpus.unique():
        counts = record.counts
        per_label = {label.lower(): n for label, n in counts.get("mentions", {}).items()}
        yield {"document": record.id, **{k: counts.get(k) for k in
                                         ("tokens", "words", "sentences", "dates", "events")},
               **per_label}


def _rows(corpus: Corpus, table: str,
          entity_names: Mapping[tuple[str, str], str]) -> Iterator[dict[str, Any]]:
    for record, rows in corpus.analyses(tables=(table,)):
        for row in rows[table]:
            out = {"document": record.id, **row}
            if table == "mentions":
                name = row.get("resolved") or row.get("name")
                out["entity"] = entity_names.get((record.id, name), name)
            yield out


def _write(directory: Path, table: str, columns: dict[str, str],
           rows: Iterable[Mapping[str, Any]]) -> int:
    """One table through a JSON Lines file that DuckDB reads with the column types given."""
    import duckdb

    target = directory / f"{table}.parquet"
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / f"{table}.jsonl"
        count, extra = 0, {}
        with source.open("w", encoding="utf-8") as out:
            for row in rows:
                extra.update({key: "JSON" for key in row if key not in columns})
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        types = ", ".join(f"'{name}': '{kind}'" for name, kind in {**columns, **extra}.items())
        connection = duckdb.connect()
        try:
            connection.execute(
                f"COPY (SELECT * FROM read_json(?, format='newline_delimited', "
                f"columns={{{types}}})) TO '{_quoted(target)}' (FORMAT parquet)",
                [str(source)])
        finally:
            connection.close()
    return count


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
