"""`corpus export`: Parquet tables that DuckDB reads back, typed, one row per stored row."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from corpus_cli.cli import app

runner = CliRunner()


def test_export_writes_every_table_and_duckdb_reads_it_back(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Rencontre à Lyon\n\nLe ministre Paul Verlaine a rencontré Anna Kowalska à Lyon le "
        "3 mars 2019. Verlaine a déclaré jeudi que la rencontre était utile.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", str(out), str(folder), "--format", "json"],
                           env={"CORPUS_CACHE_DIR": str(tmp_path / "store")})
    assert result.exit_code == 0, result.output
    written = {row["table"]: row["rows"] for row in json.loads(result.stdout)}
    assert set(written) == {"documents", "counts", "mentions", "dates", "events"}
    for table, count in written.items():
        path = out / f"{table}.parquet"
        assert duckdb.sql(f"SELECT count(*) FROM '{path}'").fetchall() == [(count,)]
    people = duckdb.sql(f"SELECT DISTINCT entity FROM '{out / 'mentions.parquet'}' "
                        "WHERE label = 'PER' ORDER BY 1").fetchall()
    assert ("Paul Verlaine",) in people and ("Verlaine",) not in people
    types = dict(duckdb.sql(f"DESCRIBE SELECT * FROM '{out / 'mentions.parquet'}'")
                 .fetchall()[i][:2] for i in range(3))
    assert types["start"] == "BIGINT"
    [(start_date,)] = duckdb.sql(f"SELECT min(start_date) FROM '{out / 'dates.parquet'}'"
                                 ).fetchall()
    assert str(start_date) == "2019-03-03"
