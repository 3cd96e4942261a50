#!/usr/bin/env python3
"""Derives the place tables embedded in DongDa.Search from ../shared/data/places (MIT, see the LICENSE-* files here).

Keeps Hà Nội (every province, district and ward row of both snapshots, every 1/7/2025 mapping row touching it, the
1/1/2025 Đống Đa merges) and, from the other provinces, only the units whose kind and name (without accents) are also
those of a Hà Nội unit: what the search needs to say that a name is ambiguous. Columns are unchanged.
Usage: python3 derive_places.py ../../../../../shared/data/places .
"""
import sys
import unicodedata

HANOI = "Thành phố Hà Nội"


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


def read(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return lines[0], [l.split("\t") for l in lines[1:] if l]


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


src, dst = sys.argv[1], sys.argv[2]
units = {name: read(f"{src}/{name}") for name in ("units-2024-11.tsv", "units-2025-06.tsv")}
reform_header, reform = read(f"{src}/reform-2025-07.tsv")

hanoi_names = set()
for _, rows in units.values():
    for r in rows:
        if r[8] == HANOI and r[0] != "province":
            hanoi_names.add(fold(r[3]))
for r in reform:
    if r[5] == HANOI:
        hanoi_names.add(fold(r[7]))

for name, (header, rows) in units.items():
    write(f"{dst}/{name}", header, [r for r in rows if r[8] == HANOI or (r[0] != "province" and fold(r[3]) in hanoi_names)])
write(f"{dst}/reform-2025-07.tsv", reform_header,
      [r for r in reform if HANOI in (r[1], r[5]) or fold(r[3]) in hanoi_names or fold(r[7]) in hanoi_names])
header, rows = read(f"{src}/merges-2025-01-dongda.tsv")
write(f"{dst}/merges-2025-01-dongda.tsv", header, rows)
