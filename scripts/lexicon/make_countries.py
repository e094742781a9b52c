#!/usr/bin/python3
"""Generate data/lexicon/countries.lex and data/lexicon/capitals.lex from data/lexicon/src/countries.tsv.

Country coordinates come from data/lexicon/src/country_points.tsv (the GeoNames country point,
or the CIA World Factbook geographic coordinates where marked `factbook`); the centroid column
of countries.tsv is no longer used for the country entries.

Usage: /usr/bin/python3 scripts/lexicon/make_countries.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexlib import LEXDIR, SRCDIR, read_table, splitlist, slug, dedup, write_file  # noqa: E402

# Codes that Phoenix.Countries.actors.txt does not define (ISO alpha-3 used instead).
NOT_IN_PHOENIX = {"VAT", "ESH", "MAC", "PRI", "GRL", "GIB", "FLK", "NCL", "GUM"}
KIND_NOTE = {
    "S": "UN member state",
    "O": "UN observer state or partially recognised state",
    "T": "dependent or disputed territory",
}
EXTRA_NOTES = {
    "isr": "capital: Israel designates Jerusalem; most embassies were long in Tel Aviv; status disputed",
    "pse": "capital: Ramallah is the seat of the Palestinian Authority; East Jerusalem is the claimed capital",
    "bol": "capital: La Paz is the seat of government; Sucre is the constitutional capital",
    "nld": "capital: Amsterdam; the government sits in The Hague",
    "zaf": "capital: Pretoria (executive); Cape Town (legislative), Bloemfontein (judicial)",
    "civ": "capital: Yamoussoukro (official); Abidjan is the economic capital and seat of most ministries",
    "ben": "capital: Porto-Novo (official); Cotonou is the seat of government",
    "lka": "capital: Colombo (executive and judicial); Sri Jayawardenepura Kotte (legislative)",
    "mys": "capital: Kuala Lumpur; federal administration in Putrajaya",
    "tza": "capital: Dodoma; Dar es Salaam is the largest city",
    "bdi": "capital: Gitega (political capital since 2019); Bujumbura is the economic capital",
    "yem": "capital: Sanaa (constitutional; held by the Houthis since 2014); the recognised government sits in Aden",
    "esh": "disputed: mostly administered by Morocco; claimed by the Polisario Front's SADR",
    "twn": "not a UN member; governed by the Republic of China",
    "xkx": "ISO 3166 has no code; XKX is the user-assigned code used by the EU and IMF; CAMEO code KSV",
    "tls": "CAMEO code TMP (Phoenix), ISO TLS",
    "hkg": "special administrative region of China",
    "mac": "special administrative region of China",
    "afg": "ruled by the Taliban (Islamic Emirate) since August 2021",
    "kir": "capital: South Tarawa (Tarawa atoll)",
}


def read_points(path):
    """iso3 -> "lat, lon" from country_points.tsv (tab-separated, header iso3 lat lon note)."""
    points = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:3] != ["iso3", "lat", "lon"]:
            sys.exit("%s: bad header %r" % (path, header))
        for no, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                sys.exit("%s:%d: bad row %r" % (path, no, line))
            iso, lat, lon = cols[0].strip(), float(cols[1]), float(cols[2])
            if iso in points:
                sys.exit("%s:%d: duplicate %s" % (path, no, iso))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                sys.exit("%s:%d: coords out of range" % (path, no))
            points[iso] = "%s, %s" % (cols[1].strip(), cols[2].strip())
    return points


def main():
    rows, extra = read_table(os.path.join(SRCDIR, "countries.tsv"))
    points = read_points(os.path.join(SRCDIR, "country_points.tsv"))
    countries, capitals = [], []
    seen = set()
    for r in rows:
        if len(r) != 10:
            sys.exit("bad row (%d columns): %r" % (len(r), r))
        iso, code, kind, name, aliases, dem, cap, capll, cappop, ll = r
        assert iso not in seen, iso
        seen.add(iso)
        if iso not in points:
            sys.exit("country_points.tsv has no point for %s" % iso)
        dems = splitlist(dem.lstrip("!"))
        capid = "%s.city.%s" % (iso, slug(cap))
        notes = [KIND_NOTE[kind]]
        if code in NOT_IN_PHOENIX:
            notes.append("code: not in Phoenix.Countries.actors.txt, ISO alpha-3 used")
        if iso in EXTRA_NOTES:
            notes.append(EXTRA_NOTES[iso])
        alias_list = dedup([a for a in splitlist(aliases) if a != name])
        countries.append({
            "id": iso, "type": "GPE", "name": name, "alias": alias_list,
            "demonym": dems, "code": code, "country": iso.upper(),
            "capital": capid, "coords": points[iso], "feature": "country",
            "note": "; ".join(notes),
        })
        capitals.append({
            "id": capid, "type": "GPE", "name": cap,
            "alias": [], "country": iso.upper(),
            "coords": capll.replace(",", ", "), "feature": "capital",
            "population": cappop,
            "note": "capital of %s; population approximate (city proper or core urban area)" % name,
        })
    # capital aliases that a folding rule cannot derive
    CAP_ALIASES = {
        "ukr.city.kyiv": ["Kiev"], "ind.city.new-delhi": ["Delhi"], "mmr.city.naypyidaw": ["Naypyitaw", "Nay Pyi Taw"],
        "kaz.city.astana": ["Nur-Sultan", "Akmola"], "usa.city.washington": ["Washington, D.C.", "Washington DC", "Washington, DC", "Washington D.C."],
        "chn.city.beijing": ["Peking"], "mng.city.ulaanbaatar": ["Ulan Bator"], "tur.city.ankara": ["Angora"],
        "pse.city.ramallah": [], "yem.city.sanaa": ["Sana'a", "Sana"], "ben.city.porto-novo": ["Porto Novo"],
        "lka.city.colombo": [], "tcd.city.ndjamena": ["Ndjamena", "N'Djamena"], "mda.city.chisinau": ["Kishinev"],
        "blr.city.minsk": [], "geo.city.tbilisi": ["Tiflis"], "kgz.city.bishkek": ["Frunze"],
        "tkm.city.ashgabat": ["Ashkhabad"], "bgd.city.dhaka": ["Dacca"], "vnm.city.hanoi": ["Ha Noi"],
        "civ.city.yamoussoukro": [], "lby.city.tripoli": [], "cpv.city.praia": [],
        "ton.city.nukualofa": ["Nukualofa"], "gum.city.hagatna": ["Agana", "Hagåtña"], "grl.city.nuuk": ["Godthab"],
        "bra.city.brasilia": ["Brasília"], "cmr.city.yaounde": ["Yaoundé"], "col.city.bogota": ["Bogotá"],
        "cri.city.san-jose": ["San José"], "pry.city.asuncion": ["Asunción"], "tgo.city.lome": ["Lomé"],
        "isl.city.reykjavik": ["Reykjavík"], "mdv.city.male": ["Malé"], "stp.city.sao-tome": ["São Tomé"],
        "ncl.city.noumea": ["Nouméa"], "flk.city.stanley": ["Port Stanley"], "swz.city.mbabane": [],
        "bdi.city.gitega": [], "xkx.city.pristina": ["Prishtina", "Priština"], "mkd.city.skopje": [],
        "esh.city.laayoune": ["El Aaiun", "Laâyoune", "El Ayoun"], "hkg.city.hong-kong": [],
        "sgp.city.singapore": [], "vat.city.vatican-city": [], "mco.city.monaco": [],
        "lux.city.luxembourg": ["Luxembourg City"], "gtm.city.guatemala-city": [], "kwt.city.kuwait-city": [],
        "pan.city.panama-city": [], "dji.city.djibouti": ["Djibouti City"], "smr.city.san-marino": [],
        "ago.city.luanda": [], "cod.city.kinshasa": [], "som.city.mogadishu": ["Muqdisho", "Mogadiscio"],
        "irq.city.baghdad": [], "syr.city.damascus": ["Dimashq"], "lbn.city.beirut": ["Bayrut"],
        "sau.city.riyadh": ["Ar-Riyadh"], "omn.city.muscat": ["Masqat"], "afg.city.kabul": [],
    }
    for c in capitals:
        c["alias"] = CAP_ALIASES.get(c["id"], [])
    # a city-state's capital shares its name with the country: mark it
    for c, k in zip(capitals, countries):
        if c["name"] == k["name"]:
            c["note"] = "city of the same name as the country; " + c["note"]
    missing = sorted(set(points) - seen)
    if missing:
        sys.exit("country_points.tsv has points for unknown countries: %s" % ", ".join(missing))
    hdr_c = """casus built-in lexicon: countries and commonly reported territories.
GENERATED by scripts/lexicon/make_countries.py from data/lexicon/src/countries.tsv and src/country_points.tsv -- edit the tables, not this file.
id = ISO 3166-1 alpha-3 in lower case (Kosovo: xkx). code = CAMEO country code as used in the
Phoenix dictionaries (Open Event Data Alliance, MIT licence); coords = GeoNames country point (CIA World Factbook where GeoNames was not known).
See data/lexicon/SOURCES.md."""
    hdr_k = """casus built-in lexicon: national capitals (one per country entry in countries.lex).
GENERATED by scripts/lexicon/make_countries.py from data/lexicon/src/countries.tsv -- edit the table, not this file.
Populations are rounded approximations. See data/lexicon/SOURCES.md."""
    write_file(os.path.join(LEXDIR, "countries.lex"), hdr_c, countries)
    write_file(os.path.join(LEXDIR, "capitals.lex"), hdr_k, capitals)
    print("countries.lex: %d entries; capitals.lex: %d entries" % (len(countries), len(capitals)))


if __name__ == "__main__":
    main()
