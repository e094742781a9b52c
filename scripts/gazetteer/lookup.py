#!/usr/bin/python3
"""Look names up in data/gazetteer/places.tsv.gz (a test and inspection aid).

Matches a name against name, ascii_name and alt_names after folding case,
diacritics, apostrophe-like marks and hyphens. Rows are printed most
populous first.

  python3 scripts/gazetteer/lookup.py Mosul "Al Bu Kamal" Paris
  python3 scripts/gazetteer/lookup.py --country FR --limit 3 Paris
"""

import argparse
import gzip
import os
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = os.path.join(ROOT, "data", "gazetteer", "places.tsv.gz")


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M"))
    for ch in "'’‘ʿʾʼ`-":
        s = s.replace(ch, " " if ch == "-" else "")
    return " ".join(s.casefold().split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="+")
    ap.add_argument("--file", default=DEFAULT)
    ap.add_argument("--country", help="alpha-2 filter")
    ap.add_argument("--limit", type=int, default=10, help="rows to print per name (0: all)")
    ap.add_argument("--max-alts", type=int, default=12, help="alternate names to show per row")
    args = ap.parse_args()
    wanted = {key(n): n for n in args.names}
    hits = {k: [] for k in wanted}
    with gzip.open(args.file, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            p = line.rstrip("\n").split("\t")
            if args.country and p[4] != args.country:
                continue
            names = [p[1], p[2]] + (p[3].split("|") if p[3] else [])
            ks = {key(n) for n in names}
            for k in wanted:
                if k in ks:
                    hits[k].append(p)
    for k, n in wanted.items():
        rows = sorted(hits[k], key=lambda p: -int(p[8]))
        print(f"== {n}: {len(rows)} match(es)")
        for p in rows[: args.limit or None]:
            alts = p[3].split("|") if p[3] else []
            more = f"|...(+{len(alts) - args.max_alts})" if len(alts) > args.max_alts else ""
            p = p[:3] + ["|".join(alts[: args.max_alts]) + more] + p[4:]
            print("   " + "\t".join(p))


if __name__ == "__main__":
    main()
