"""Lesson files: a round trip keeps everything; every kind of broken file gets a message naming the problem."""

import json
import os

import pytest

from nnviz.core import lesson as L
from nnviz.core.lesson import Lesson, LessonError


def good(**changes) -> dict:
    data = {"format": "nnviz-lesson", "version": 1, "current": "gradient-descent", "theme": "dark",
            "guided_step": 2, "chapters": {"gradient-descent": {"intercept": 0.57, "x": [0.5, 2.3, 2.9],
                                                                "mode": "intercept"}}}
    data.update(changes)
    return data


def text(**changes) -> str:
    return json.dumps(good(**changes))


def test_round_trip_keeps_everything(tmp_path):
    lesson = Lesson(chapters={"gradient-descent": {"intercept": 0.5704, "points": [[0.5, 1.4], [2.3, 1.9]],
                                                   "mode": "both", "rules": {"max_steps": 1000, "tol": None}},
                              "cnn": {"image": [[0, 1], [1, 0]], "shift": True}},
                    current="cnn", theme="high-contrast", guided_step=3)
    path = tmp_path / "lesson.nnviz.json"
    path.write_text(L.dumps(lesson), encoding="utf-8")
    back = L.read(path)
    assert back == lesson
    assert json.loads(path.read_text())["version"] == L.VERSION


def test_a_minimal_file_is_accepted():
    lesson = L.loads('{"format": "nnviz-lesson", "version": 1}')
    assert lesson.chapters == {} and lesson.current is None and lesson.guided_step is None


def test_numpy_values_are_written_as_plain_numbers():
    import numpy as np

    text = L.dumps(Lesson(chapters={"a": {"x": np.array([0.5, 2.3]), "n": np.int64(3), "w": np.float32(0.25)}}))
    assert L.loads(text).chapters["a"] == {"x": [0.5, 2.3], "n": 3, "w": 0.25}


def test_dumps_refuses_non_finite_state():
    with pytest.raises(LessonError, match="cannot be written"):
        L.dumps(Lesson(chapters={"a": {"x": float("nan")}}))


BROKEN = {
    "truncated": (text()[:-25], "ends too early"),
    "empty": ("", "empty"),
    "only spaces": ("   \n ", "empty"),
    "not json": ("intercept = 0.57", "not valid JSON"),
    "trailing comma": ('{"format": "nnviz-lesson", "version": 1,}', "not valid JSON"),
    "a list at the top": ("[1, 2, 3]", "holds a list"),
    "a number at the top": ("42", "holds a number"),
    "no format": (json.dumps({"version": 1}), "not an nnviz lesson file"),
    "another format": (text(format="jupyter-notebook"), "jupyter-notebook"),
    "future version": (text(version=7), "newer nnviz (format version 7)"),
    "version zero": (text(version=0), "does not exist"),
    "version as text": (text(version="1"), "“version” field must be a whole number, not a text"),
    "version true": (text(version=True), "not true/false"),
    "version float": (text(version=1.5), "whole number"),
    "chapters a list": (text(chapters=[1, 2]), "“chapters” must be an object"),
    "chapter state a number": (text(chapters={"gradient-descent": 3}), "chapter “gradient-descent” must be an object"),
    "current a number": (text(current=2), "“current” must be a chapter name"),
    "unknown theme": (text(theme="neon"), "“theme” must be one of"),
    "negative guided step": (text(guided_step=-1), "guided_step"),
    "NaN token": (text().replace("0.57", "NaN"), "contains NaN"),
    "Infinity token": (text().replace("0.57", "-Infinity"), "contains -Infinity"),
    "NaN string": (text(chapters={"gradient-descent": {"intercept": "NaN"}}), "“NaN”, not a number"),
    "inf string": (text(chapters={"gradient-descent": {"intercept": " inf"}}), "not a number"),
    "huge float": (text().replace("0.57", "1e400"), "too large"),
    "large float": (text().replace("0.57", "3e20"), "gradient-descent › intercept is 3e+20"),
    "huge integer": (text().replace("0.57", "9" * 5000), "5000 digits"),
    "deep nesting": ('{"format": "nnviz-lesson", "version": 1, "chapters": {"a": {"b": ' + "[" * 100 + "]" * 100
                     + "}}}", "nested too deeply"),
    "very deep nesting": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "duplicate key": ('{"format": "nnviz-lesson", "version": 1, "version": 2}', "“version” appears twice"),
    "long string": (text(chapters={"a": {"note": "x" * 20_000}}), "20000 characters"),
}


@pytest.mark.parametrize("name", BROKEN)
def test_broken_text_is_refused_with_a_clear_message(name):
    data, expected = BROKEN[name]
    with pytest.raises(LessonError) as info:
        L.loads(data)
    assert expected in str(info.value)


BROKEN_BYTES = {
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0" + b"\x00" * 50, "JPEG image"),
    "zip": (b"PK\x03\x04" + b"\x00" * 50, "ZIP archive"),
    "binary": (b'{"a": 1}\x00\x00\x01', "binary file"),
    "latin-1": ('{"format": "nnviz-lesson", "version": 1, "title": "Leçon"}'.encode("latin-1"), "not UTF-8"),
}


@pytest.mark.parametrize("name", BROKEN_BYTES)
def test_broken_bytes_are_refused_with_a_clear_message(name, tmp_path):
    data, expected = BROKEN_BYTES[name]
    path = tmp_path / "file.nnviz.json"
    path.write_bytes(data)
    with pytest.raises(LessonError, match=expected):
        L.read(path)


def test_utf8_with_bom_is_accepted():
    assert L.loads(("\ufeff" + text()).encode("utf-8")).current == "gradient-descent"


def test_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.nnviz.json"
    with open(path, "wb") as stream:  # a sparse 11 MB file: cheap to make
        stream.truncate(11_000_000)
    opened = []
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or (_ for _ in ()).throw(AssertionError))
    with pytest.raises(LessonError, match=r"11\.0 MB; lesson files are at most 10 MB"):
        L.read(path)
    assert opened == []


def test_missing_file_folder_and_unreadable(tmp_path):
    with pytest.raises(LessonError, match="there is no file"):
        L.read(tmp_path / "nope.json")
    with pytest.raises(LessonError, match="is a folder"):
        L.read(tmp_path)
    if os.name == "posix" and os.geteuid() != 0:
        path = tmp_path / "locked.json"
        path.write_text(text())
        path.chmod(0)
        with pytest.raises(LessonError, match="not allowed to read"):
            L.read(path)


def test_nothing_in_a_file_is_executed(tmp_path):
    marker = tmp_path / "pwned"
    payload = text(chapters={"a": {"__class__": "os.system", "cmd": f"touch {marker}",
                                   "!!python/object": "__import__('os').system('touch {marker}')"}})
    lesson = L.loads(payload)
    assert lesson.chapters["a"]["cmd"].startswith("touch")  # kept as plain text, never run
    assert not marker.exists()


def test_large_lessons_are_written_compactly_and_read_back():
    xs = [round(0.123456789 * i, 9) for i in range(100_000)]
    lesson = L.Lesson(chapters={"gradient-descent": {"x": xs}}, current="gradient-descent")
    text = L.dumps(lesson)
    assert "\n" not in text  # no indentation: 100,000 numbers stay well under the 5 MB cap
    assert len(text.encode()) < 2_000_000
    assert L.loads(text).chapters["gradient-descent"]["x"] == xs


def test_a_fifo_is_refused_before_it_is_opened(tmp_path):
    fifo = tmp_path / "lesson.nnviz.json"
    os.mkfifo(fifo)  # open() would wait for a writer forever: the test would hang before the fix
    with pytest.raises(LessonError, match="not an ordinary file"):
        L.read(fifo)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_are_told_to_be_utf8_not_called_binary(tmp_path, encoding):
    path = tmp_path / "lesson.nnviz.json"
    path.write_bytes(text().encode(encoding))  # "utf-16" writes a byte-order mark, the other two do not
    with pytest.raises(LessonError, match=r"lesson files must be UTF-8 text \(this one is UTF-16\)"):
        L.read(path)


def largest_state(rng) -> dict:
    """What the chapters accept at most, with numbers as long as a float's repr gets (17 digits and an exponent)."""
    def column(n):
        return (-rng.uniform(1e-5, 9.9e-5, n)).tolist()  # like -4.123456789012345e-05: 22 characters each

    return {"why-how": {"dose": column(10_000), "efficacy": column(10_000)},
            "gradient-descent": {"x": column(100_000), "y": column(100_000)},
            "backpropagation": {"dose": column(10_000), "efficacy": column(10_000)},
            "rnn-lstm": {"rnn": {"sequence": column(1000)}, "lstm": {"sequence": column(1000)},
                         "training": {"series": column(1000)}}}


def test_the_largest_state_the_chapters_accept_saves_and_reopens(tmp_path):
    import numpy as np

    lesson = Lesson(chapters=largest_state(np.random.default_rng(1)), current="gradient-descent")
    path = tmp_path / "big.nnviz.json"
    path.write_text(L.dumps(lesson), encoding="utf-8")
    assert 5 * 2**20 < path.stat().st_size < L.MAX_BYTES  # over the old 5 MB limit that refused it to reopen
    assert L.read(path).chapters == lesson.chapters


def test_dumps_checks_the_byte_limit_the_reader_applies(monkeypatch):
    lesson = Lesson(chapters={"gradient-descent": {"label": "é" * 9000}})  # 2 bytes per character in UTF-8
    monkeypatch.setattr(L, "MAX_BYTES", 17_000)
    with pytest.raises(LessonError, match="would be a file of 0.0 MB; lesson files are at most 0 MB"):
        L.dumps(lesson)
