#!/usr/bin/env python3
"""Check casus event pattern files (data/events/*.events; format in data/events/README.md).

    python3 scripts/events/check_patterns.py [FILE ...] [--table TSV] [--stats] [-q]

With no FILE, checks every data/events/*.events. Each line is checked for:
  * syntax: `@NAME = v|v|...` set definitions and `TRIGGER TYPE[/MODE] CAMEO [key=value ...]`;
  * TRIGGER `lemma.v|n|a`, lower case, words joined by '_';
  * TYPE one of the 16 PLOVER types, MODE one of the manual's modes for that type;
  * CAMEO present in data/events/cameo_plover.tsv and mapped there to TYPE;
  * keys among obj prep pobj xcomp actor recipient context; pobj only with prep;
    actor/recipient slots among subj agent obj iobj poss mod prep:P; context a PLOVER context;
  * every @SET used is defined earlier in the same file (reserved sets: in modality.events),
    and no set name is defined twice anywhere;
  * no two patterns with the same trigger and the same constraints (a duplicate or a clash).
Exit status 1 if any error; --stats prints patterns per type and per file.
Importable: check_text(text, source, table) -> list of error strings.
"""
import argparse
import glob
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EVENTS_DIR = os.path.join(ROOT, "data", "events")

MODES = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security", "gender",
    "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping",
    "health", "asylum", "migration", "disasters", "natural_resource", "environment",
    "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
}
KEYS = {"obj", "prep", "pobj", "xcomp", "actor", "recipient", "context"}
RESERVED = {"LIGHT_VERB", "NEGATING_VERB", "FUTURE_CUE", "HYPOTHETICAL_CUE", "CLAIM_VERB",
            "CLAIM_OBJECT"}
RESERVED_FILE = "modality.events"

WORD = r"[a-z0-9][a-z0-9'\-]*"
LEMMA = re.compile(rf"^{WORD}(_{WORD})*$")
TRIGGER = re.compile(rf"^({WORD}(?:_{WORD})*)\.([vna])$")
SETDEF = re.compile(r"^@([A-Z][A-Z0-9_]*)\s*=\s*(.*)$")
SETREF = re.compile(r"^@([A-Z][A-Z0-9_]*)$")
CAMEO = re.compile(r"^\d{2,4}$")
SLOT = re.compile(rf"^(subj|agent|obj|iobj|poss|mod|prep:{WORD})$")


def load_table(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) == 4:
                table[p[0]] = p[1]
    return table


def strip_comment(line):
    return line.split("#", 1)[0].strip()


class Checker:
    def __init__(self, table):
        self.table = table
        self.set_owner = {}            # set name -> "file:line" of its definition
        self.patterns = {}             # (trigger, constraints) -> (source, type, cameo)
        self.by_trigger = defaultdict(list)  # (trigger, constraint keys) -> [(src, ..)]
        self.per_type = Counter()
        self.per_file = Counter()
        self.errors = []

    def err(self, src, msg):
        self.errors.append(f"{src}: {msg}")

    def check_values(self, src, key, value, local_sets, slots=False):
        vals = value.split("|")
        for v in vals:
            if not v:
                self.err(src, f"{key}: empty value")
                continue
            m = SETREF.match(v)
            if m:
                if m.group(1) not in local_sets:
                    self.err(src, f"{key}: set @{m.group(1)} is not defined earlier in this file")
                continue
            if slots:
                if not SLOT.match(v):
                    self.err(src, f"{key}: unknown slot {v!r}")
            elif not LEMMA.match(v):
                self.err(src, f"{key}: bad lemma {v!r}")
        return vals

    def check_overlap(self, src, trig, tm, cameo, kv, local_sets):
        """Two patterns for one trigger, constrained on the same keys by value lists that
        share a member, code different events: the engine could not choose. Report it."""
        def expand(v):
            out = set()
            for x in v.split("|"):
                m = SETREF.match(x)
                out |= set(local_sets.get(m.group(1), [])) if m else {x}
            return out
        keys = tuple(sorted(k for k in kv if k in ("obj", "prep", "pobj", "xcomp")))
        if not keys:
            return
        vals = {k: expand(kv[k]) for k in keys}
        for other_src, o_tm, o_cameo, o_vals in self.by_trigger[(trig, keys)]:
            if (o_tm, o_cameo) == (tm, cameo):
                continue
            shared = {k: vals[k] & o_vals[k] for k in keys}
            if all(shared.values()):
                ex = "; ".join(f"{k}={'|'.join(sorted(v)[:4])}" for k, v in shared.items())
                self.err(src, f"{trig} overlaps {other_src} ({o_tm} {o_cameo}) on {ex}")
        self.by_trigger[(trig, keys)].append((src, tm, cameo, vals))

    def check_text(self, text, name):
        base = os.path.basename(name)
        local_sets = {}
        for n, raw in enumerate(text.splitlines(), 1):
            src = f"{base}:{n}"
            line = strip_comment(raw)
            if not line:
                continue
            m = SETDEF.match(line)
            if m:
                sname, body = m.group(1), m.group(2).strip()
                if sname in RESERVED and base != RESERVED_FILE:
                    self.err(src, f"reserved set @{sname} belongs in {RESERVED_FILE}")
                if sname == "REPORT_VERB":
                    self.err(src, "@REPORT_VERB is handled elsewhere; do not define it")
                if sname in self.set_owner:
                    self.err(src, f"set @{sname} already defined at {self.set_owner[sname]}")
                self.set_owner[sname] = src
                if not body:
                    self.err(src, f"set @{sname} is empty")
                members = body.split("|")
                for w in members:
                    if not LEMMA.match(w):
                        self.err(src, f"set @{sname}: bad member {w!r}")
                dup = [w for w, c in Counter(members).items() if c > 1]
                if dup:
                    self.err(src, f"set @{sname}: repeated {dup}")
                local_sets[sname] = members
                continue
            if line.startswith("@"):
                self.err(src, "bad set definition (want @NAME = a|b|c)")
                continue
            parts = line.split()
            if len(parts) < 3:
                self.err(src, "want TRIGGER TYPE[/MODE] CAMEO [key=value ...]")
                continue
            trig, tm, cameo, kvs = parts[0], parts[1], parts[2], parts[3:]
            if not TRIGGER.match(trig):
                self.err(src, f"bad trigger {trig!r} (want lemma.v, lemma.n, lemma.a)")
            ptype, _, mode = tm.partition("/")
            if ptype not in MODES:
                self.err(src, f"unknown PLOVER type {ptype!r}")
            elif mode and mode not in MODES[ptype]:
                self.err(src, f"mode {mode!r} is not a {ptype} mode "
                              f"({', '.join(sorted(MODES[ptype])) or 'none'})")
            if not CAMEO.match(cameo):
                self.err(src, f"bad CAMEO code {cameo!r}")
            elif cameo not in self.table:
                self.err(src, f"CAMEO {cameo} has no PLOVER type in cameo_plover.tsv")
            elif ptype in MODES and self.table[cameo] != ptype:
                self.err(src, f"CAMEO {cameo} maps to {self.table[cameo]}, not {ptype}")
            seen_keys = {}
            for kv in kvs:
                if kv == "negative":  # flag: the pattern itself states a negation (imports)
                    continue
                k, eq, v = kv.partition("=")
                if not eq or not v:
                    self.err(src, f"bad key=value {kv!r}")
                    continue
                if k not in KEYS:
                    self.err(src, f"unknown key {k!r}")
                    continue
                if k in seen_keys:
                    self.err(src, f"key {k} given twice")
                if k in ("actor", "recipient"):
                    self.check_values(src, k, v, local_sets, slots=True)
                elif k == "context":
                    if v not in CONTEXTS:
                        self.err(src, f"unknown context {v!r}")
                elif k == "prep":
                    if not re.match(rf"^{WORD}(_{WORD})*$", v):
                        self.err(src, f"bad preposition {v!r}")
                else:
                    self.check_values(src, k, v, local_sets)
                seen_keys[k] = v
            if "pobj" in seen_keys and "prep" not in seen_keys:
                self.err(src, "pobj= needs prep=")
            constraints = tuple(sorted((k, v) for k, v in seen_keys.items()
                                       if k in ("obj", "prep", "pobj", "xcomp")))
            self.check_overlap(src, trig, tm, cameo, seen_keys, local_sets)
            key = (trig, constraints)
            if key in self.patterns:
                o = self.patterns[key]
                what = "duplicate of" if o[1:] == (tm, cameo) else "clashes with"
                self.err(src, f"{trig} with the same constraints {what} {o[0]} ({o[1]} {o[2]})")
            else:
                self.patterns[key] = (src, tm, cameo)
            self.per_type[ptype] += 1
            self.per_file[base] += 1


def check_text(text, source, table):
    c = Checker(table)
    c.check_text(text, source)
    return c.errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--table", default=os.path.join(EVENTS_DIR, "cameo_plover.tsv"))
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("-q", action="store_true", help="errors only")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(EVENTS_DIR, "*.events")))
    c = Checker(load_table(a.table))
    for path in files:
        with open(path, encoding="utf-8") as f:
            c.check_text(f.read(), path)
    if not a.files:
        defined = set(c.set_owner)
        for r in sorted(RESERVED - defined):
            c.err(RESERVED_FILE, f"reserved set @{r} not defined")
        for r in RESERVED & defined:
            if not c.set_owner[r].startswith(RESERVED_FILE + ":"):
                c.err(c.set_owner[r], f"reserved set @{r} outside {RESERVED_FILE}")
    for e in c.errors:
        print(e)
    if a.stats or not a.q:
        total = sum(c.per_type.values())
        if a.stats:
            for t in MODES:
                print(f"{t:10s} {c.per_type[t]:4d}")
            for fn, k in sorted(c.per_file.items()):
                print(f"{fn:22s} {k:4d}")
        print(f"check_patterns: {len(files)} files, {total} patterns, {len(c.set_owner)} sets, "
              f"{len(c.errors)} errors", file=sys.stderr)
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main())
