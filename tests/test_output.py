"""Writers: JSON keeps accents, CSV and JSON Lines round-trip."""

from __future__ import annotations

import csv
import io
import json
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_cli import output
from corpus_cli.output import (
    Format,
    cell,
    format_for_file,
    indented_bytes,
    json_lines_of_array,
    objects_end,
    write_bytes,
    write_csv,
    write_json,
    write_jsonl,
)
from corpus_cli.rows import Coded, Columns

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(st.lists(st.fixed_dictionaries({"name": text, "count": st.integers()}), max_size=5))
def test_jsonl_round_trip(rows):
    stream = io.StringIO()
    write_jsonl(rows, stream)
    assert [json.loads(line) for line in stream.getvalue().split("\n") if line] == rows


@given(st.lists(st.fixed_dictionaries({"name": text, "n": st.integers()}), max_size=5))
def test_csv_round_trip(rows):
    stream = io.StringIO()
    write_csv(rows, ["name", "n"], stream)
    read = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [(r["name"], int(r["n"])) for r in read] == [(r["name"], r["n"]) for r in rows]


def test_json_keeps_accents_unescaped():
    stream = io.StringIO()
    write_json({"nom": "Sécurité à Genève"}, stream)
    assert "Sécurité à Genève" in stream.getvalue()


def test_cells_flatten_lists_and_mappings():
    assert cell(["a", "b"]) == "a; b"
    assert cell({"k": "é"}) == '{"k": "é"}'
    assert cell(None) == ""


def test_format_from_file_name():
    assert format_for_file("out.CSV") is Format.csv
    assert format_for_file("out.jsonl") is Format.jsonl
    assert format_for_file("out.txt") is None


def test_csv_lines_end_in_lf_and_a_carriage_return_in_a_value_is_quoted():
    stream = io.StringIO()
    write_csv([{"a": "x\ry", "b": ["l", "m"]}], ["a", "b"], stream)
    assert stream.getvalue() == 'a,b\n"x\ry","[""l"", ""m""]"\n'


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text()
    # Rounded: below 1e-4 the two write an exponent differently (1e-07 and 1e-7), both JSON.
    | st.floats(min_value=-1e15, max_value=1e15).map(lambda f: round(f, 4)),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_json_is_what_the_standard_library_indents(value):
    stream = io.StringIO()
    write_json(value, stream)
    assert stream.getvalue() == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_json_falls_back_for_what_the_fast_encoder_refuses():
    from dataclasses import dataclass
    from datetime import date, datetime

    @dataclass
    class Point:
        x: int

    for value in ({"text": "a\ud800b"}, [2**70], {3: "three"},
                  [date(2020, 1, 2), datetime(2020, 1, 2, 3, 4), Point(1)]):
        stream = io.StringIO()
        write_json(value, stream)
        assert stream.getvalue() == json.dumps(value, ensure_ascii=False, indent=2,
                                               default=str) + "\n"


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_json_to_a_byte_stream_is_what_the_text_stream_writes(encoding):
    value = [{"nom": "Sécurité à Genève", "n": 1}, {"nom": "Zoé"}]
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, newline="")
    stream.write("[début]\n")
    write_json(value, stream)
    stream.flush()
    expected = "[début]\n" + json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    assert raw.getvalue() == expected.encode(encoding)


# JSON values both writers write alike: no float (orjson and the standard library write some
# exponents otherwise, which is why a kept answer checks its lines before they are cut).
PLAIN_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",))),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=12,
)
OBJECTS = st.lists(st.dictionaries(st.text(max_size=6), PLAIN_VALUES, min_size=1, max_size=5),
                  max_size=6)


@given(OBJECTS, st.integers(0, 7))
def test_lines_and_objects_cut_from_the_indented_json_are_what_the_writers_write(rows, count):
    indented = indented_bytes(rows)
    assert indented is not None
    count = min(count, len(rows))
    cut = b"[]"
    lines = b""
    if count:
        end = objects_end(indented, 0, count)
        cut = indented[:end] + b"\n]"
        lines = b"".join(json_lines_of_array(indented, 2, end))
    stream = io.StringIO()
    write_json(rows[:count], stream)
    assert cut.decode() + "\n" == stream.getvalue()
    stream = io.StringIO()
    write_jsonl(rows[:count], stream)
    assert lines.decode() == stream.getvalue()


def test_lines_are_cut_a_piece_at_a_time(monkeypatch):
    monkeypatch.setattr("corpus_cli.output.LINES_PIECE", 50)
    rows = [{"n": n, "names": ["Élise", 'a "b",\n'], "more": {"k": [n]}} for n in range(40)]
    indented = indented_bytes(rows)
    assert indented is not None
    pieces = list(json_lines_of_array(indented, 2, len(indented) - 2))
    stream = io.StringIO()
    write_jsonl(rows, stream)
    assert len(pieces) > 1 and b"".join(pieces).decode() == stream.getvalue()


def test_bytes_go_to_a_utf8_buffer_as_they_are_and_are_decoded_for_any_other_stream():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    stream.write("a")
    write_bytes([b"\xc3\xa9", memoryview(b"b")], stream)
    assert raw.getvalue() == "aéb".encode()
    text = io.StringIO()
    write_bytes([b"\xc3\xa9"], text)
    assert text.getvalue() == "é"


def _csv_one_record_at_a_time(rows, columns, delimiter):
    """The writer as it was: one record at a time through a buffer (what write_csv must
    still write, byte for byte)."""
    out = io.StringIO()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for values in [list(columns), *([cell_of(row.get(c)) for c in columns] for row in rows)]:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        out.write(buffer.getvalue()[:-2] + "\n")
    return out.getvalue()


def cell_of(value):
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return cell(value)


CELLS = (st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=False)
         | st.lists(st.text(max_size=5), max_size=3) | st.lists(st.integers(), max_size=2)
         | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@given(st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), CELLS), max_size=8),
       st.sampled_from([",", "\t"]))
def test_csv_is_what_the_one_record_writer_wrote(rows, delimiter):
    stream = io.StringIO()
    write_csv(rows, ["a", "b", "c"], stream, delimiter)
    assert stream.getvalue() == _csv_one_record_at_a_time(rows, ["a", "b", "c"], delimiter)


def test_csv_of_many_rows_is_written_in_batches_and_whole():
    rows = [{"a": f"x{n}\r\ny", "b": [str(n), "é"]} for n in range(2_500)]
    stream = io.StringIO()
    write_csv(rows, ["a", "b"], stream)
    assert stream.getvalue() == _csv_one_record_at_a_time(rows, ["a", "b"], ",")


# Strings a list written by orjson is split at: quotes, backslashes, a comma alone.
SPLITTING = st.sampled_from([",", '"', "\\", '","', '\\"', "\\\\", "a,b", ""])
SCALARS = (st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats()
           | st.text(max_size=6) | SPLITTING)


@st.composite
def tables(draw):
    """Columns of every kind: plain lists of one kind of value or of several, and coded
    columns, some side by side sharing their codes."""
    size = draw(st.integers(0, 7))
    kinds = [st.text(max_size=6) | SPLITTING, st.integers(-(2**63), 2**63 - 1) | st.none(),
             st.floats(allow_nan=False) | st.none(), SCALARS, JSON_VALUES]
    columns, codes = [], None
    for _ in range(draw(st.integers(1, 5))):
        values = draw(st.sampled_from(kinds))
        if draw(st.booleans()):
            count = draw(st.integers(1, 3))
            if codes is None or len(set(codes) | {0}) > count or draw(st.booleans()):
                codes = draw(st.lists(st.integers(0, count - 1), min_size=size, max_size=size))
            count = max(count, max(codes, default=0) + 1)
            columns.append(Coded(draw(st.lists(values, min_size=count, max_size=count)),
                                 codes))
        else:
            codes = None
            columns.append(draw(st.lists(values, min_size=size, max_size=size)))
    fields = draw(st.lists(st.text(max_size=4) | SPLITTING, min_size=len(columns),
                           max_size=len(columns), unique=True))
    return Columns(fields, columns)


@given(tables(), st.sampled_from([1, 2, 3, 50_000]))
def test_columns_are_written_as_their_rows(table, chunk):
    rows = list(table)
    for value, plain in ((table, rows), ({"nodes": [1, {"a": []}], "edges": table, "n": {}},
                                         {"nodes": [1, {"a": []}], "edges": rows, "n": {}})):
        with mock.patch.object(output, "_CHUNK", chunk):
            fast, usual = io.StringIO(), io.StringIO()
            write_json(value, fast)
        write_json(plain, usual)
        assert fast.getvalue() == usual.getvalue()
    with mock.patch.object(output, "_CHUNK", chunk):
        fast, usual = io.StringIO(), io.StringIO()
        write_jsonl(table, fast)
    write_jsonl(rows, usual)
    assert fast.getvalue() == usual.getvalue()


def test_columns_go_the_usual_way_when_orjson_refuses_a_value():
    table = Columns(["text", "n"], [["a\ud800b", "c"], [2**70, 1]])
    for write in (write_json, write_jsonl):
        fast, usual = io.StringIO(), io.StringIO()
        write(table, fast)
        write(list(table), usual)
        assert fast.getvalue() == usual.getvalue()


def test_columns_are_written_as_utf8_bytes_to_a_utf8_stream():
    table = Columns(["nom"], [Coded(["Zoé", "Sécurité"], [1, 0, 1])])
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    write_json(table, stream)
    stream.flush()
    assert raw.getvalue() == (json.dumps(list(table), ensure_ascii=False, indent=2)
                              + "\n").encode()


@given(tables(), st.sampled_from([1, 2, 50_000]), st.sampled_from([",", "\t"]))
def test_columns_are_written_as_csv_as_their_rows(table, chunk, delimiter):
    rows = list(table)
    with mock.patch.object(output, "_CHUNK", chunk):
        fast, usual = io.StringIO(), io.StringIO()
        write_csv(table, table.fields, fast, delimiter)
    write_csv(rows, table.fields, usual, delimiter)
    assert fast.getvalue() == usual.getvalue()


def test_csv_of_columns_with_a_line_break_in_a_value():
    table = Columns(["a", "b"], [["x\ny", "z", "w\r"], Coded(["é", "q\n"], [0, 1, 0])])
    for columns in (table, Columns(["a"], [["x", "y", ""]])):
        fast, usual = io.StringIO(), io.StringIO()
        write_csv(columns, columns.fields, fast)
        write_csv(list(columns), columns.fields, usual)
        assert fast.getvalue() == usual.getvalue()
