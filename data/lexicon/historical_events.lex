# casus built-in lexicon: historical events that conflict news refers to by a name with no head
# word of its own ("the Nakba", "since the Arab Spring"). Names ending in a head word (War,
# Revolution, Massacre, Crisis ...) are typed by data/lexicon/name_heads.txt and need no entry.
# Written for casus from public historical facts; type MISC (events, in the CoNLL sense).

id: event.holocaust
type: MISC
name: Holocaust
alias: Shoah
note: genocide of European Jews by Nazi Germany, 1941-1945

id: event.nakba
type: MISC
name: Nakba
note: the flight and expulsion of Palestinians in 1947-1949

id: event.first-intifada
type: MISC
name: First Intifada
note: Palestinian uprising, 1987-1993

id: event.second-intifada
type: MISC
name: Second Intifada
alias: Al-Aqsa Intifada
note: Palestinian uprising, 2000-2005

id: event.arab-spring
type: MISC
name: Arab Spring
note: wave of uprisings across the Arab world from December 2010

id: event.euromaidan
type: MISC
name: Euromaidan
alias: Revolution of Dignity
note: protests and revolution in Ukraine, November 2013 - February 2014

id: event.holodomor
type: MISC
name: Holodomor
note: man-made famine in Soviet Ukraine, 1932-1933

id: event.crusades
type: MISC
name: Crusades
note: religious wars, 1095-1291

id: event.reconquista
type: MISC
name: Reconquista
note: Christian conquest of the Muslim-ruled Iberian Peninsula, 718-1492

id: event.great-depression
type: MISC
name: Great Depression
note: worldwide economic depression from 1929
