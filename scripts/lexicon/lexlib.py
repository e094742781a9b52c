"""Small helpers shared by the casus lexicon scripts (standard library only).

Reads and writes the casus `.lex` format described in data/lexicon/README.md.
"""
import os
import re

FIELD_ORDER = ["id", "type", "name", "alias", "demonym", "code", "country", "parent",
               "role", "capital", "coords", "feature", "population", "note"]
REPEATABLE = {"alias", "code", "role", "demonym"}

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
LEXDIR = os.path.join(ROOT, "data", "lexicon")
SRCDIR = os.path.join(LEXDIR, "src")


def parse_lex(text, path="<text>"):
    """Return a list of entries; each entry is a list of (field, value, line_no)."""
    entries, cur = [], []
    for no, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        if line.strip() == "":
            if cur:
                entries.append(cur)
                cur = []
            continue
        if line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([a-z][a-z0-9_-]*):\s?(.*)$", line)
        if not m:
            cur.append(("__bad__", line, no))
            continue
        cur.append((m.group(1), m.group(2).strip(), no))
    if cur:
        entries.append(cur)
    return entries


def entry_dict(entry):
    d = {}
    for f, v, _ in entry:
        d.setdefault(f, []).append(v)
    return d


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("'", "").replace("’", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def dedup(seq):
    out, seen = [], set()
    for x in seq:
        k = x.casefold()
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def write_entry(d):
    """d: dict field -> str or list. Returns text block."""
    lines = []
    keys = [k for k in FIELD_ORDER if k in d] + [k for k in d if k not in FIELD_ORDER]
    for k in keys:
        v = d[k]
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, (list, tuple)):
            for x in v:
                lines.append("%s: %s" % (k, x))
        else:
            lines.append("%s: %s" % (k, v))
    return "\n".join(lines) + "\n"


def write_file(path, header, entries):
    with open(path, "w", encoding="utf-8") as f:
        for h in header.strip("\n").split("\n"):
            f.write("# " + h if h else "#")
            f.write("\n")
        f.write("\n")
        for d in entries:
            f.write(write_entry(d))
            f.write("\n")


def read_table(path):
    rows, extra = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                extra.append(line[1:].split("|"))
                continue
            rows.append([c.strip() for c in line.split("|")])
    return rows, extra


def splitlist(s):
    return [x.strip() for x in s.split(";") if x.strip()] if s else []
