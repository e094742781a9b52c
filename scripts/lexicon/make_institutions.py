#!/usr/bin/python3
"""Generate data/lexicon/institutions.lex.

Inputs (all under data/lexicon/src/):
  countries.tsv            country names, demonyms, CAMEO codes (shared with make_countries.py)
  institutions.tsv         hand corrections: real names, extra aliases, removed bodies, intelligence services
  institutions_extra.lex   hand-written bodies copied as they are (White House, IRGC, CTS, ...)

For every UN member / observer / partially recognised state the script derives:
  <iso>.gov         government                      <C>GOV
  <iso>.mil         armed forces                    <C>MIL   (parent: ministry of defence)
  <iso>.police      national police                 <C>COP   (parent: interior ministry)
  <iso>.parliament  legislature                     <C>LEG
  <iso>.mod         ministry of defence             <C>MIL   (parent: government)
  <iso>.mfa         ministry of foreign affairs     <C>GOV   (parent: government)
  <iso>.moi         ministry of the interior        <C>GOV   (parent: government)
Usage: /usr/bin/python3 scripts/lexicon/make_institutions.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexlib import (LEXDIR, SRCDIR, read_table, splitlist, dedup, write_file,  # noqa: E402
                    parse_lex, entry_dict, write_entry)

THE = {"usa", "gbr", "nld", "phl", "bhs", "gmb", "caf", "cod", "cog", "cze", "dom", "are", "mdv",
       "mhl", "slb", "com", "syc", "vat"}
KINDS = ["gov", "mil", "police", "parliament", "mod", "mfa", "moi"]
NOTES = {
    "usa.dod": "'Department of War' / 'Secretary of War' authorised as secondary names by executive order in September 2025",
    "usa.congress": "bare 'Congress' deliberately not an alias (party congresses, Indian National Congress)",
    "usa.dhs": "filled in for the interior-ministry slot; the US Department of the Interior manages land and resources",
    "syr.gov": "Assad government until 2024-12-08; transitional government (President Ahmed al-Sharaa) since",
    "syr.mil": "the Assad-era Syrian Arab Army is syr.saa; the post-2024 army is being rebuilt under the transitional government",
    "afg.gov": "Islamic Republic of Afghanistan until 2021-08-15; Taliban Islamic Emirate since",
    "afg.parliament": "dissolved after the Taliban takeover of August 2021",
    "afg.mil": "ANDSF of the Islamic Republic until August 2021 (afg.andsf); Taliban forces since",
    "mli.parliament": "transitional legislature appointed after the 2020 coup",
    "bfa.parliament": "transitional legislature appointed after the 2022 coups",
    "ner.parliament": "National Assembly dissolved after the coup of 2023-07-26",
    "sdn.parliament": "no sitting legislature since 2019",
    "pse.gov": "Palestinian Authority, seated in Ramallah; Hamas governed Gaza separately from 2007",
    "lby.gov": "Tripoli-based Government of National Unity (2021-); a rival eastern government is backed by the House of Representatives",
    "yem.gov": "internationally recognised government (Presidential Leadership Council since 2022-04-07); the Houthis hold Sanaa",
    "mmr.gov": "military government since the coup of 2021-02-01 (State Administration Council until 2025-07-31)",
    "rus.gru": "officially the Main Directorate (GU) of the General Staff since 2010",
    "gbr.fcdo": "Foreign and Commonwealth Office until merged into the FCDO on 2020-09-02",
}
INTEL_PARENT = {"rus.gru": "rus.mod", "ukr.hur": "ukr.mod", "prk.rgb": "prk.mil", "pak.isi": "pak.mil",
                "gbr.mi6": "gbr.fcdo", "isr.mossad": "isr.pmo", "isr.shin-bet": "isr.pmo",
                "irn.mois": "irn.gov", "rus.fsb": "rus.gov", "rus.svr": "rus.gov"}


def main():
    rows, extra = read_table(os.path.join(SRCDIR, "countries.tsv"))
    adjs = {}
    for e in extra:
        if e[0] == "adj":
            adjs[e[1]] = splitlist(e[2])
    fixes, _ = read_table(os.path.join(SRCDIR, "institutions.tsv"))
    removed = set()
    override = {}
    intel = []
    for f in fixes:
        if len(f) != 6:
            sys.exit("institutions.tsv: bad row %r" % (f,))
        iso, kind, iid, name, aliases, drop = f
        if kind == "-":
            removed.add((iso, iid))
            if iid == "mil":
                removed.add((iso, "mod"))
            continue
        if kind == "intel":
            intel.append(f)
            continue
        if kind not in KINDS:
            sys.exit("institutions.tsv: unknown kind %r" % kind)
        assert (iso, kind) not in override, (iso, kind)
        override[(iso, kind)] = f

    out = []
    ids = {}
    for r in rows:
        iso, code, kind, name, aliases, dem = r[:6]
        if kind == "T":
            continue
        C = code
        the = "the " if iso in THE else ""
        nm = the + name
        if dem.startswith("!"):
            adj = []
        else:
            adj = adjs.get(iso) or splitlist(dem)[:1]
        A = adj[0] if adj else None
        gen = {}
        gen["gov"] = ("Government of %s" % nm,
                      ["%s government" % a for a in adj] + ["government of %s" % nm], C + "GOV")
        gen["mil"] = (("%s Armed Forces" % A) if A else "Armed Forces of %s" % nm,
                      [x % a for a in adj for x in ("%s army", "%s military", "%s troops", "%s forces",
                                                    "%s armed forces")] + ["armed forces of %s" % nm],
                      C + "MIL")
        gen["police"] = (("%s Police" % A) if A else "Police of %s" % nm,
                         [x % a for a in adj for x in ("%s police", "%s police force")] +
                         ["police of %s" % nm, "national police of %s" % nm], C + "COP")
        gen["parliament"] = ("Parliament of %s" % nm,
                             [x % a for a in adj for x in ("%s parliament", "%s legislature")] +
                             ["%s parliament" % name], C + "LEG")
        gen["mod"] = ("Ministry of Defence of %s" % nm,
                      [x % a for a in adj for x in ("%s Defence Ministry", "%s Defense Ministry",
                                                    "%s Ministry of Defence", "%s Ministry of Defense")] +
                      ["Ministry of Defense of %s" % nm], C + "MIL")
        gen["mfa"] = ("Ministry of Foreign Affairs of %s" % nm,
                      [x % a for a in adj for x in ("%s Foreign Ministry", "%s Ministry of Foreign Affairs")],
                      C + "GOV")
        gen["moi"] = ("Ministry of the Interior of %s" % nm,
                      [x % a for a in adj for x in ("%s Interior Ministry", "%s Ministry of Interior",
                                                    "%s Ministry of the Interior")], C + "GOV")
        for k in KINDS:
            if (iso, k) in removed:
                continue
            gname, galiases, gcode = gen[k]
            iid = "%s.%s" % (iso, k)
            drop = set()
            if (iso, k) in override:
                _, _, oid, oname, oaliases, odrop = override[(iso, k)]
                if oid:
                    iid = oid
                drop = {x.casefold() for x in splitlist(odrop)}
                if oname:
                    galiases = [gname] + galiases
                    gname = oname
                galiases = splitlist(oaliases) + galiases
            galiases = [a for a in dedup(galiases) if a.casefold() not in drop and a.casefold() != gname.casefold()]
            ids[(iso, k)] = iid
            out.append({"id": iid, "type": "ORG", "name": gname, "alias": galiases, "code": gcode,
                        "country": iso.upper(), "_kind": k, "_iso": iso})
    # parents
    for d in out:
        iso, k = d["_iso"], d["_kind"]
        par = None
        if k == "mil":
            par = ids.get((iso, "mod")) or ids.get((iso, "gov"))
        elif k == "police":
            par = ids.get((iso, "moi")) or ids.get((iso, "gov"))
        elif k in ("mod", "mfa", "moi"):
            par = ids.get((iso, "gov"))
        if par:
            d["parent"] = par
        del d["_kind"], d["_iso"]
    codes = {r[0]: r[1] for r in rows}
    for iso, _, iid, name, aliases, _ in intel:
        d = {"id": iid, "type": "ORG", "name": name, "alias": dedup(splitlist(aliases)),
             "code": codes[iso] + "SPY", "country": iso.upper(),
             "parent": INTEL_PARENT.get(iid, ids.get((iso, "gov")))}
        out.append(d)
    for d in out:
        if d["id"] in NOTES:
            d["note"] = NOTES[d["id"]]
    hdr = """casus built-in lexicon: state institutions (governments, armed forces, police, parliaments,
defence / foreign / interior ministries, intelligence services, and hand-written bodies such as the
White House, the Kremlin, the IRGC and Iraq's Counter-Terrorism Service).
GENERATED by scripts/lexicon/make_institutions.py from data/lexicon/src/countries.tsv,
institutions.tsv and institutions_extra.lex -- edit those, not this file.
Codes are CAMEO-style: <C>GOV government and civilian ministries, <C>MIL armed forces and defence
ministry, <C>COP police, <C>LEG legislature, <C>SPY intelligence. See data/lexicon/SOURCES.md."""
    path = os.path.join(LEXDIR, "institutions.lex")
    write_file(path, hdr, out)
    # append the hand-written entries verbatim (re-serialised)
    with open(os.path.join(SRCDIR, "institutions_extra.lex"), encoding="utf-8") as f:
        extra_entries = parse_lex(f.read())
    seen = {d["id"] for d in out}
    with open(path, "a", encoding="utf-8") as f:
        f.write("# ---- hand-written entries (data/lexicon/src/institutions_extra.lex) ----\n\n")
        for e in extra_entries:
            d = entry_dict(e)
            iid = d["id"][0]
            if iid in seen:
                sys.exit("duplicate id in institutions_extra.lex: %s" % iid)
            seen.add(iid)
            f.write(write_entry({k: (v if k in ("alias", "code", "role", "demonym") else v[0])
                                 for k, v in d.items()}))
            f.write("\n")
    print("institutions.lex: %d generated + %d hand-written entries" % (len(out), len(extra_entries)))


if __name__ == "__main__":
    main()
