#!/usr/bin/env python3
"""Generate data/events/cameo_plover.tsv from the CAMEO-to-PLOVER conversion table.

    python3 scripts/events/cameo_plover.py [--src PATH] [--out PATH] [--check]

Input: CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, Draft 0.8, 2021; CC BY-SA 4.0), lines of
the form `CODE: TYPE, mode, context # description`. Output: one line per CAMEO code that has
a PLOVER type, `cameo<TAB>type<TAB>mode<TAB>context`, sorted by code (as strings, so "03" <
"030" < "0311"). No header, no comments. Empty mode or context is an empty field. A mode is
written lower case with spaces as '-'; several contexts are joined by ';' ("crime;corruption").

Where the table lists a code twice, the first line wins and the script says so on stderr:
  08  is listed as CONCEDE and again as RETREAT (the 2-digit CAMEO "Yield" cue category was
      split between the two); the code "08" itself is kept as CONCEDE, matching 080 "Yield".
  175 is listed twice with the same values.

One documented override (OVERRIDES below), as the table's own notes ask of anyone departing
from it: 163 "Impose embargo, boycott, or sanctions" is COERCE/restrict in the 2021 table but
SANCTION in the same manual's cue-category translation (16 -> SANCTION) and in its SANCTION
section ("international sanctions are coded as `discontinue'"); casus follows the manual:
163 -> SANCTION, discontinue, diplomatic.
--check compares the generated text with the committed file and exits 1 if they differ.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_SRC = os.path.join(ROOT, "..", "shared", "docs", "reference", "CAMEO2PLOVER-2021.txt")
DEFAULT_OUT = os.path.join(ROOT, "data", "events", "cameo_plover.tsv")

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

OVERRIDES = {"163": ("SANCTION", "discontinue", None)}  # None: keep the table's value

LINE = re.compile(r"^(\d{2,4}):\s*(.*)$")


def parse(text):
    """[(code, type, mode, context)] in table order, first occurrence of each code."""
    rows, seen = [], {}
    for n, raw in enumerate(text.splitlines(), 1):
        m = LINE.match(raw.strip())
        if not m:
            continue
        code, rest = m.group(1), m.group(2).split("#", 1)[0]
        fields = [f.strip() for f in rest.split(",")]
        fields += [""] * (3 - len(fields))
        ptype = fields[0].upper()
        if ptype not in TYPES:
            raise SystemExit(f"line {n}: unknown PLOVER type {fields[0]!r}")
        mode = "-".join(fields[1].lower().split())
        context = ";".join(c.strip().lower() for c in fields[2].split(";") if c.strip())
        if code in OVERRIDES:
            o = OVERRIDES[code]
            ptype, mode, context = (o[0] or ptype, mode if o[1] is None else o[1],
                                    context if o[2] is None else o[2])
        row = (code, ptype, mode, context)
        if code in seen:
            if seen[code] != row:
                print(f"cameo_plover: {code} listed again as {ptype} (line {n}); "
                      f"keeping {seen[code][1]}", file=sys.stderr)
            continue
        seen[code] = row
        rows.append(row)
    return rows


def render(rows):
    return "".join("\t".join(r) + "\n" for r in sorted(rows, key=lambda r: r[0]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=DEFAULT_SRC)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    with open(a.src, encoding="utf-8") as f:
        text = render(parse(f.read()))
    if a.check:
        with open(a.out, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{a.out} is out of date; rerun scripts/events/cameo_plover.py",
                      file=sys.stderr)
                return 1
        return 0
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {a.out}: {text.count(chr(10))} codes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
