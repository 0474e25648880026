"""kg/gazetteer.py reads its CSV files as csv.DictReader does, faster."""

import csv

from kg.gazetteer import _rows
from kg.resources import GAZETTEER


def dict_reader(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_rows_as_dict_reader_gives_them(tmp_path):
    files = sorted(GAZETTEER.glob("*.csv"))
    assert files
    odd = tmp_path / "odd.csv"
    odd.write_text('a,b,c\n1,2,3\n\n4,5\n6,7,8,9\n,,\n"x, y",z,\n', encoding="utf-8")
    header_only = tmp_path / "header.csv"
    header_only.write_text("a,b\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    for path in [*files, odd, header_only, empty]:
        rows = _rows(path)
        assert rows == dict_reader(path) and [list(row) for row in rows] == [list(row) for row in dict_reader(path)]
    assert _rows(tmp_path / "missing.csv") == []
