#!/usr/bin/python3
"""Validate casus `.lex` dictionaries (format: data/lexicon/README.md). Standard library only.

Usage:
  /usr/bin/python3 scripts/lexicon/check_lexicon.py [--dir data/lexicon] [--only f1.lex,f2.lex] [FILE ...]

Checks: malformed lines, missing id/type/name, id syntax, ids duplicated within or across files,
unknown types, repeated single-valued fields, code syntax and date ranges, role syntax, dates
and organisation ids, dangling parent / capital ids, coords range, country codes, population,
unknown features, duplicate aliases. References are resolved against all files checked together.
Errors make the exit status 1 (with --only, only errors in the named files count); warnings do not.
"""
import argparse
import datetime
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexlib import LEXDIR, parse_lex  # noqa: E402

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "MISC"}
KNOWN_FIELDS = {"id", "type", "name", "alias", "code", "country", "parent", "role", "demonym",
                "capital", "coords", "feature", "population", "note"}
REPEATABLE = {"alias", "code", "role", "demonym"}
FEATURES = {"country", "region", "city", "capital", "town", "village", "district", "airbase", "base",
            "airport", "port", "border-crossing", "oilfield", "dam", "prison", "camp", "building",
            "river", "mountain", "sea", "province", "governorate", "state", "island", "lake",
            "neighbourhood", "neighborhood", "refinery", "bridge", "checkpoint", "power-plant",
            "nuclear-site", "embassy", "hospital", "palace", "square", "mosque", "shrine", "gas-field",
            "pipeline", "strait", "gulf", "desert", "valley", "plain", "peninsula", "canal", "road",
            "railway", "naval-base", "military-base", "settlement", "quarter", "site", "facility",
            "landmark", "port-city", "continent", "subregion", "ocean", "mountain-range"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
CODE_RE = re.compile(r"^([A-Z0-9]{3,})(?:\s+(\S*)\.\.(\S*))?$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_date(s):
    """Return (lo, hi) ISO strings for a YYYY, YYYY-MM or YYYY-MM-DD date, or None if invalid."""
    if not DATE_RE.match(s):
        return None
    try:
        if len(s) == 4:
            return (s + "-01-01", s + "-12-31")
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:7])
            datetime.date(y, m, 1)
            return (s + "-01", s + "-31")
        datetime.date.fromisoformat(s)
        return (s, s)
    except ValueError:
        return None


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, path, line, msg):
        self.errors.append((os.path.basename(path), line, msg))

    def warn(self, path, line, msg):
        self.warnings.append((os.path.basename(path), line, msg))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=LEXDIR)
    ap.add_argument("--only", default="", help="comma-separated file names whose errors set the exit status")
    ap.add_argument("--max", type=int, default=40, help="max messages shown per file and kind")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(a.dir, "*.lex")))
    rep = Report()
    entries = []  # (path, dict field->[(value,line)], first line)
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for e in parse_lex(text, path):
            d = {}
            for fld, val, no in e:
                if fld == "__bad__":
                    rep.err(path, no, "malformed line: %r" % val[:60])
                    continue
                d.setdefault(fld, []).append((val, no))
            entries.append((path, d, e[0][2]))
    ids = {}
    for path, d, line in entries:
        for need in ("id", "type", "name"):
            if need not in d:
                rep.err(path, line, "entry without %s" % need)
        if "id" not in d:
            continue
        iid = d["id"][0][0]
        if not ID_RE.match(iid):
            rep.err(path, line, "bad id syntax %r" % iid)
        if iid in ids:
            p2, l2 = ids[iid]
            rep.err(path, line, "duplicate id %s (also %s:%d)" % (iid, os.path.basename(p2), l2))
        else:
            ids[iid] = (path, line)
    countries = {d["id"][0][0].upper() for _, d, _ in entries
                 if "id" in d and "feature" in d and d["feature"][0][0] == "country"}
    alias_owner = {}
    per_file_kinds = {}
    for path, d, line in entries:
        iid = d.get("id", [("?", line)])[0][0]
        for fld, vals in d.items():
            if fld not in KNOWN_FIELDS:
                rep.warn(path, vals[0][1], "unknown field %r (kept, ignored)" % fld)
            if fld not in REPEATABLE and len(vals) > 1:
                rep.err(path, vals[1][1], "%s: field %r repeated" % (iid, fld))
            for val, no in vals:
                if val == "" and fld not in ("note",):
                    rep.err(path, no, "%s: empty %s" % (iid, fld))
        typ = d.get("type", [("", 0)])[0][0]
        if typ and typ not in TYPES:
            rep.err(path, d["type"][0][1], "%s: unknown type %r" % (iid, typ))
        name = d.get("name", [("", 0)])[0][0]
        if name and (name == name.lower() and any(c.isalpha() for c in name)):
            rep.warn(path, d["name"][0][1], "%s: name all lower case %r" % (iid, name))
        if name and len(name) > 6 and name == name.upper() and " " in name and not any(c.isdigit() for c in name):
            rep.warn(path, d["name"][0][1], "%s: name all upper case %r" % (iid, name))
        seen_alias = set()
        for val, no in d.get("alias", []):
            if val in seen_alias:
                rep.warn(path, no, "%s: alias repeated %r" % (iid, val))
            seen_alias.add(val)
            alias_owner.setdefault(val, set()).add(iid)
        if name:
            alias_owner.setdefault(name, set()).add(iid)
        for val, no in d.get("code", []):
            m = CODE_RE.match(val)
            if not m:
                rep.err(path, no, "%s: bad code %r" % (iid, val))
                continue
            lo, hi = m.group(2), m.group(3)
            dl = dh = None
            if lo:
                dl = parse_date(lo)
                if not dl:
                    rep.err(path, no, "%s: bad date %r in code" % (iid, lo))
            if hi:
                dh = parse_date(hi)
                if not dh:
                    rep.err(path, no, "%s: bad date %r in code" % (iid, hi))
            if dl and dh and dl[0] > dh[1]:
                rep.err(path, no, "%s: code date range reversed %r" % (iid, val))
        for val, no in d.get("role", []):
            parts = [x.strip() for x in val.split("|")]
            if len(parts) != 4:
                rep.err(path, no, "%s: role needs 4 '|'-separated parts: %r" % (iid, val))
                continue
            title, org, start, end = parts
            if not title:
                rep.err(path, no, "%s: role without title" % iid)
            if org not in ids and org:
                rep.err(path, no, "%s: role organisation %r not found" % (iid, org))
            ds = de = None
            if start:
                ds = parse_date(start)
                if not ds:
                    rep.err(path, no, "%s: bad role start %r" % (iid, start))
            else:
                rep.warn(path, no, "%s: role without start date" % iid)
            if end:
                de = parse_date(end)
                if not de:
                    rep.err(path, no, "%s: bad role end %r" % (iid, end))
            if ds and de and ds[0] > de[1]:
                rep.err(path, no, "%s: role ends before it starts %r" % (iid, val))
            if typ and typ != "PERSON":
                rep.warn(path, no, "%s: role on a non-PERSON entry" % iid)
        for val, no in d.get("parent", []):
            if val not in ids:
                rep.err(path, no, "%s: parent %r not found" % (iid, val))
            elif val == iid:
                rep.err(path, no, "%s: is its own parent" % iid)
        for val, no in d.get("capital", []):
            if "." in val and val not in ids:
                rep.err(path, no, "%s: capital %r not found" % (iid, val))
        for val, no in d.get("coords", []):
            m = re.match(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$", val)
            if not m:
                rep.err(path, no, "%s: bad coords %r" % (iid, val))
                continue
            la, lo_ = float(m.group(1)), float(m.group(2))
            if not (-90 <= la <= 90 and -180 <= lo_ <= 180):
                rep.err(path, no, "%s: coords out of range %r" % (iid, val))
            if la == 0 and lo_ == 0:
                rep.warn(path, no, "%s: coords 0, 0" % iid)
        for val, no in d.get("country", []):
            if not re.match(r"^[A-Z]{3}$", val):
                rep.err(path, no, "%s: country must be ISO alpha-3 in capitals: %r" % (iid, val))
            elif countries and val not in countries:
                rep.warn(path, no, "%s: country %s has no country entry" % (iid, val))
        for val, no in d.get("population", []):
            if not re.match(r"^\d+$", val):
                rep.err(path, no, "%s: population must be an integer: %r" % (iid, val))
        for val, no in d.get("feature", []):
            if val not in FEATURES:
                rep.warn(path, no, "%s: unusual feature %r" % (iid, val))
        if "demonym" in d and typ not in ("GPE", "NORP", "LOC"):
            rep.warn(path, d["demonym"][0][1], "%s: demonym on a %s entry" % (iid, typ))
        if typ in ("GPE", "LOC", "FAC") and "coords" not in d:
            rep.warn(path, line, "%s: place without coords" % iid)
    # report
    only = {x.strip() for x in a.only.split(",") if x.strip()}
    by_file = {}
    for kind, lst in (("ERROR", rep.errors), ("warning", rep.warnings)):
        for fn, no, msg in lst:
            by_file.setdefault(fn, {}).setdefault(kind, []).append((no, msg))
    counts = {}
    for path, d, _ in entries:
        fn = os.path.basename(path)
        t = d.get("type", [("?", 0)])[0][0]
        counts.setdefault(fn, {}).setdefault(t, 0)
        counts[fn][t] += 1
    print("checked %d files, %d entries, %d unique ids" % (len(files), len(entries), len(ids)))
    for path in files:
        fn = os.path.basename(path)
        c = counts.get(fn, {})
        kinds = by_file.get(fn, {})
        print("\n%s: %d entries (%s); %d errors, %d warnings" % (
            fn, sum(c.values()), ", ".join("%s %d" % kv for kv in sorted(c.items())),
            len(kinds.get("ERROR", [])), len(kinds.get("warning", []))))
        for kind in ("ERROR", "warning"):
            lst = kinds.get(kind, [])
            for no, msg in lst[:a.max]:
                print("  %s %s:%d: %s" % (kind, fn, no, msg))
            if len(lst) > a.max:
                print("  ... %d more %s(s)" % (len(lst) - a.max, kind))
    shared = sum(1 for k, v in alias_owner.items() if len(v) > 1)
    print("\nnames/aliases shared by more than one entry: %d (informational; the matcher must disambiguate)" % shared)
    bad = [e for e in rep.errors if not only or e[0] in only]
    print("RESULT: %s (%d errors counted%s)" % ("FAIL" if bad else "PASS", len(bad),
                                                 ", only " + ",".join(sorted(only)) if only else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
