#!/usr/bin/env python3
"""Derives two word lists for the entity recogniser from Universal Dependencies English
(../shared/data/ud: EWT, CC BY-SA 4.0; GUM CC-BY subset, CC BY 4.0):

  data/lexicon/common_words.txt  lower-case words seen at least 3 times as ordinary words
                                 (not PROPN) mid-sentence: a capitalised one at the start of a
                                 sentence is probably not a name
  data/lexicon/given_names.txt   first tokens of multi-token person names in GUM's entity
                                 layer, seen as PROPN

Run from the project root: /usr/bin/python3 scripts/lexicon/make_wordlists.py
"""
import collections
import glob
import os
import re

UD = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "ud")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "lexicon")


def sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sent.append(cols)
    if sent:
        yield sent


common = collections.Counter()
propn_lower = collections.Counter()
given = collections.Counter()
for path in sorted(glob.glob(os.path.join(UD, "*-train.conllu"))):
    for sent in sentences(path):
        for i, cols in enumerate(sent):
            form, upos, misc = cols[1], cols[3], cols[9]
            if i > 0 and upos != "PROPN" and form.isalpha() and form.islower():
                common[form] += 1
            if upos == "PROPN":
                propn_lower[form.lower()] += 1
            m = re.search(r"Entity=\((\d+)-person-", misc)
            if m and upos == "PROPN" and i + 1 < len(sent) and sent[i + 1][3] == "PROPN":
                if form[:1].isupper() and form.isalpha() and len(form) > 1:
                    given[form] += 1

with open(os.path.join(OUT, "common_words.txt"), "w", encoding="utf-8") as f:
    f.write("# Lower-case words common in English text (from UD English EWT and GUM; see NOTICE.md)\n")
    for w, n in sorted(common.items()):
        if n >= 1 and common[w] > propn_lower.get(w, 0):
            f.write(w + "\n")
with open(os.path.join(OUT, "given_names.txt"), "w", encoding="utf-8") as f:
    f.write("# Given names seen opening person names in UD English GUM (CC BY 4.0; see NOTICE.md)\n")
    for w in sorted(given):
        if w.lower() not in common or common[w.lower()] < 5:
            f.write(w + "\n")
