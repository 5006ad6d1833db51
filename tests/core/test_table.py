"""Reading (x, y) tables and sequences from CSV text, writing them back, and refusing broken files clearly."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import table
from nnviz.core.table import TableError


def xy(text, **kw):
    t = table.parse(text, min_rows=2, **kw)
    return t.columns[0].tolist(), t.columns[1].tolist(), t


@pytest.mark.parametrize("text", [
    "x,y\n0,0\n0.5,1\n1,0\n",  # header, comma, decimal point
    "0,0\n0.5,1\n1,0",  # no header, no final newline
    "Dosage;Efficacy\n0;0\n0,5;1\n1;0\n",  # semicolon, decimal comma
    "0;0\r\n0,5;1,0\r\n1;0\r\n",  # Windows line ends
    "\n  x , y \n\n 0 , 0 \n0.5,  1\n\n1,0  \n\n",  # blank lines and spaces
    "x\ty\n0\t0\n0,5\t1\n1\t0\n",  # tab-separated, decimal comma
    "0,0,\n0.5,1,\n1,0,\n",  # a trailing separator
])
def test_variants_give_the_deck_points(text):
    x, y, _ = xy(text)
    assert x == [0.0, 0.5, 1.0]
    assert y == [0.0, 1.0, 0.0]


def test_header_names_and_details():
    _, _, t = xy("Dosage;Efficacy\n0,5;1,2\n1;2\n")
    assert t.names == ("Dosage", "Efficacy") and t.header and t.separator == ";" and t.decimal_comma
    assert t.columns[0].tolist() == [0.5, 1.0] and t.columns[1].tolist() == [1.2, 2.0]
    _, _, t = xy("1,2\n3,4\n")
    assert t.names == ("x", "y") and not t.header


def test_unreadable_rows_are_listed_by_line_number():
    text = "x,y\n0,0\n0.5,abc\n\n1,0\n2\n3,nan\n4,inf\n5,6,7\n6,2e7\n7,−1\n"
    x, y, t = xy(text)
    assert x == [0.0, 1.0, 7.0] and y == [0.0, 0.0, -1.0]
    lines = [n for n, _ in t.skipped]
    assert lines == [3, 6, 7, 8, 9, 10]
    reasons = dict(t.skipped)
    assert "“abc” is not a number" in reasons[3]
    assert "expected 2 values, found 1" in reasons[6]
    assert "NaN or infinity" in reasons[7] and "NaN or infinity" in reasons[8]
    assert "found 3" in reasons[9]
    assert "too large" in reasons[10]
    assert t.skipped_count == 6


def test_sequences_one_or_many_columns():
    t = table.parse("0\n0.5\n0.25\n1\n", min_columns=1, max_columns=10, max_rows=1000, default_names=())
    assert t.names == ("Column 1",) and t.columns[0].tolist() == [0, 0.5, 0.25, 1]
    t = table.parse("A;B\n0;1\n0,5;0,5\n0,25;0,25\n1;1\n", min_columns=1, max_columns=10, default_names=())
    assert t.names == ("A", "B")
    assert t.columns[0].tolist() == [0, 0.5, 0.25, 1] and t.columns[1].tolist() == [1, 0.5, 0.25, 1]


def test_round_trip_exact(tmp_path):
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=500) * 1000, rng.normal(size=500) * 1e-7
    path = tmp_path / "data.csv"
    path.write_text(table.write(("Dosage", "Efficacy"), (x, y)))
    t = table.read_xy(path)
    assert t.names == ("Dosage", "Efficacy")
    assert np.array_equal(t.columns[0], x) and np.array_equal(t.columns[1], y)
    assert table.write(t.names, t.columns) == path.read_text()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6)), min_size=2, max_size=30),
       st.sampled_from([",", ";"]))
def test_round_trip_any_values(rows, sep):
    x, y = zip(*rows, strict=True)
    t = table.parse(table.write(("x", "y"), (x, y), separator=sep), min_rows=2)
    assert t.columns[0].tolist() == [float(v) for v in x] and t.columns[1].tolist() == [float(v) for v in y]
    assert t.skipped_count == 0


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"   \n\n  \n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image, not a table"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "is a JPEG image"),
    (b"PK\x03\x04rest", "ZIP archive"),
    (b"1,2\n3,\x00\x01\x02\n", "is a binary file"),
    (b"x,y\n", "header line but no rows"),
    (b"Dosage,Efficacy\nlow,high\nmedium,none\n", "no row of numbers could be read"),
    (b"x,y\n1,2\nnan,inf\n", "only 1 row"),
])
def test_broken_files_are_named(tmp_path, content, message):
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    with pytest.raises(TableError, match=message):
        table.read_xy(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(TableError, match="cannot open"):
        table.read_xy(tmp_path / "nothing.csv")


def test_a_200_mb_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(200 * 2**20)  # sparse: costs no time or disk
    reads = []
    monkeypatch.setattr(table, "decode", lambda data, name="": reads.append(1))
    with pytest.raises(TableError, match="huge.csv is 200 MB: data files can be at most 20 MB"):
        table.read_xy(path)
    assert reads == []


def test_too_many_rows_is_refused_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "rows.csv"
    path.write_text("x,y\n" + "1,2\n" * 1001)
    calls = []
    monkeypatch.setattr(table, "_value", lambda *a: calls.append(a))
    monkeypatch.setattr(table, "_fast", lambda *a: calls.append(a))
    with pytest.raises(TableError, match="at most 1,000 rows can be read"):
        table.read_xy(path, max_rows=1000)
    assert calls == []
    assert table.read_xy(path, max_rows=1001).rows == 1001


def test_ten_million_rows_hit_the_size_cap_first(tmp_path):
    path = tmp_path / "ten-million.csv"
    with path.open("wb") as f:  # 10 million rows of "1,2\n" = 40 MB, written in a few big blocks
        block = b"1,2\n" * 1_000_000
        for _ in range(10):
            f.write(block)
    with pytest.raises(TableError, match="is 38 MB: data files can be at most 20 MB"):
        table.read_xy(path)


def test_a_sequence_longer_than_1000_days(tmp_path):
    path = tmp_path / "days.csv"
    path.write_text("\n".join(["0.5"] * 1001))
    with pytest.raises(TableError, match="at most 1,000 rows can be read"):
        table.read_sequence(path)
    path.write_text("\n".join(["0.5"] * 1000))
    assert table.read_sequence(path).rows == 1000


def test_too_many_companies(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["1"] * 11) + "\n")
    with pytest.raises(TableError, match="11 columns: it needs 1 to 10"):
        table.read_sequence(path)


def test_a_million_rows_read_quickly(tmp_path):
    path = tmp_path / "million.csv"
    path.write_text("x,y\n" + "".join(f"{i}.5,-{i}\n" for i in range(1_000_000)))
    t = table.read_xy(path)
    assert t.rows == 1_000_000 and t.skipped_count == 0
    assert np.array_equal(t.columns[0], np.arange(1_000_000) + 0.5)
    assert np.array_equal(t.columns[1], -np.arange(1_000_000.0))


def test_write_refuses_mismatched_columns():
    with pytest.raises(ValueError):
        table.write(("x", "y"), ([1, 2], [3]))
    assert repr(table.parse("1,2\n3,4\n")).startswith("Table(names=('x', 'y'), rows=2")


def test_semicolons_with_decimal_points_are_not_called_decimal_commas():
    t = table.parse("A;B\n0.5;1\n", min_columns=1, max_columns=10, default_names=())
    assert t.separator == ";" and not t.decimal_comma and t.columns[0].tolist() == [0.5]


def test_a_fifo_is_refused_before_it_is_opened(tmp_path):
    import os

    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)  # open() would wait for a writer forever: the test would hang before the fix
    with pytest.raises(TableError, match="data.csv is not an ordinary file"):
        table.read_xy(fifo)
    with pytest.raises(TableError, match="not an ordinary file"):
        table.read_sequence(fifo)


def test_ten_million_short_rows_are_refused_while_counting_lines(tmp_path):
    import time
    import tracemalloc

    path = tmp_path / "ten-million.csv"
    path.write_bytes(b"1\n" * 10_000_000)  # 20 MB: within the size cap, so only the line count can refuse it
    start = time.perf_counter()
    with pytest.raises(TableError, match="the file has 10,000,000 lines: at most 100,000 rows can be read"):
        table.read_xy(path, max_rows=100_000)
    elapsed = time.perf_counter() - start
    tracemalloc.start()  # (tracing slows Python down several times: the time is measured without it)
    with pytest.raises(TableError):
        table.read_xy(path, max_rows=100_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 100 * 2**20  # the text and the lines up to the limit, never ten million strings (1.2 GB before)
    assert elapsed < 2.0  # 8-19 s before (0.2 s here)


def test_blank_lines_between_rows_are_skipped_and_counted_in_line_numbers():
    text = "x,y\n" + "\n" * 300_000 + "1,2\n\n\n3,oops\n4,5\n"
    for limit in (10, 400_000):  # the line-by-line search (more lines than the limit) and the one split
        t = table.parse(text, max_rows=limit)
        assert t.columns[0].tolist() == [1, 4] and t.skipped == ((300_005, "“oops” is not a number"),)


@pytest.mark.parametrize("digits", [5_000_000, 10_000_000])
def test_a_field_of_millions_of_digits_is_refused_before_converting_naming_its_line(tmp_path, digits):
    import tracemalloc

    path = tmp_path / "long.csv"
    path.write_bytes(b"x,y\n" + b"1,2\n" * 100 + b"1," + b"7" * digits + b"\n" + b"3,4\n" * 100)
    tracemalloc.start()
    with pytest.raises(TableError, match=f"line 102 is {digits + 2:,} characters long: a row of numbers has at most"):
        table.read_xy(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5 * digits  # the bytes and the text once or twice; 2.6 GB (a 20 MB text cell per field) before


def test_long_fields_in_a_clean_file_take_no_text_array():
    row = "0." + "0" * 900 + "1,2\n"  # 904 characters a row: within the line limit, a real (tiny) number
    t = table.parse(row * 2000, max_rows=10_000)
    assert t.rows == 2000 and t.columns[0][0] == 0.0  # 1e-901 underflows to 0.0, as float() says


@pytest.mark.parametrize("text", ["x,y\n1_000,2\n3,4\n5,6\n", "x,y\n1,2\n3,4_5\n5,6\n", "x,y\n1,2\n3,4\n5,6_0\n",
                                  "x;y\n1;2\n3;4_5\n5;6\n"])
def test_underscores_are_refused_on_every_path(text):
    t = table.parse(text)  # one bad row sends the file down the row-by-row path: it refuses them too
    assert t.skipped_count == 1 and "_" in t.skipped[0][1] and "is not a number" in t.skipped[0][1]
    assert 1000.0 not in t.columns[0] and 45.0 not in t.columns[1] and 60.0 not in t.columns[1]
    assert t.rows == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_spreadsheet_exports_are_read(tmp_path, encoding):
    path = tmp_path / "excel.txt"
    path.write_bytes("Dosage\tEfficacy\n0\t0\n0,5\t1\n1\t0\n".encode(encoding))
    t = table.read_xy(path)
    assert t.names == ("Dosage", "Efficacy") and t.columns[0].tolist() == [0, 0.5, 1]


def test_rows_too_large_in_a_clean_file_are_left_out_without_reading_the_file_twice(monkeypatch):
    text = "x,y\n1,2\n3,inf\n4,nan\n5,1e7\n6,7\n"
    t = table.parse(text)
    assert t.columns[0].tolist() == [1, 6] and t.skipped_count == 3
    assert t.skipped == ((3, "“inf” is not a finite number (NaN or infinity)"),
                         (4, "“nan” is not a finite number (NaN or infinity)"),
                         (5, "1e7 is too large (at most ±1e+06)"))
    calls = []
    real = table._value
    monkeypatch.setattr(table, "_value", lambda *a: calls.append(a) or real(*a))
    many = table.parse("x,y\n" + "1,1e9\n" * 5000 + "2,3\n")
    assert many.rows == 1 and many.skipped_count == 5000 and len(many.skipped) == table.MAX_SKIPPED
    assert len(calls) <= 2 * table.MAX_SKIPPED  # only the reasons listed are worked out, row by row
