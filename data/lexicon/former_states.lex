# casus built-in lexicon: former states that news still names ("since the Soviet Union
# collapsed", "the wars of the former Yugoslavia").
# Written for casus from public historical facts. `country` is the state's ISO 3166-3 code
# where it had one (SUN, YUG, CSK, DDR), else none; coords are, for country-level precision,
# the country point of its largest successor (as countries.lex gives it), or an approximate
# centre of its territory where no one successor holds most of it. No CAMEO code: the Phoenix dictionaries code these
# states' actors by their successors. Former names of states that exist today (Burma, Zaire,
# Ceylon, Persia, Siam) are aliases in countries.lex, not entries here.

id: former.soviet-union
type: GPE
name: Soviet Union
alias: USSR
alias: U.S.S.R.
alias: Union of Soviet Socialist Republics
demonym: Soviet
demonym: Soviets
country: SUN
coords: 60, 100
feature: country
note: former state, 1922-1991; successors the fifteen post-Soviet republics

id: former.yugoslavia
type: GPE
name: Yugoslavia
alias: Socialist Federal Republic of Yugoslavia
alias: Kingdom of Yugoslavia
alias: Federal Republic of Yugoslavia
alias: SFRY
demonym: Yugoslav
demonym: Yugoslavs
country: YUG
coords: 44.81892, 20.45998
feature: country
note: former state, 1918-1992 (the Federal Republic of Yugoslavia until 2003)

id: former.czechoslovakia
type: GPE
name: Czechoslovakia
alias: Czechoslovak Socialist Republic
demonym: Czechoslovak
country: CSK
coords: 49.75, 15
feature: country
note: former state, 1918-1992; successors Czechia and Slovakia

id: former.east-germany
type: GPE
name: East Germany
alias: German Democratic Republic
alias: GDR
demonym: East German
demonym: East Germans
country: DDR
coords: 52.5, 12.5
feature: country
note: former state, 1949-1990; joined the Federal Republic of Germany

id: former.west-germany
type: GPE
name: West Germany
demonym: West German
demonym: West Germans
country: DEU
coords: 50.5, 8.5
feature: country
note: the Federal Republic of Germany before reunification in 1990

id: former.ottoman-empire
type: GPE
name: Ottoman Empire
demonym: Ottoman
demonym: Ottomans
coords: 39, 35
feature: country
note: former state, c. 1299-1922; successor Turkey

id: former.austria-hungary
type: GPE
name: Austria-Hungary
alias: Austro-Hungarian Empire
alias: Austro-Hungarian Monarchy
demonym: Austro-Hungarian
coords: 47.5, 17
feature: country
note: former state, 1867-1918

id: former.prussia
type: GPE
name: Prussia
alias: Kingdom of Prussia
demonym: Prussian
demonym: Prussians
coords: 52.5, 13.4
feature: country
note: former state, 1701-1947

id: former.rhodesia
type: GPE
name: Rhodesia
alias: Southern Rhodesia
demonym: Rhodesian
demonym: Rhodesians
country: RHO
coords: -19, 29.8
feature: country
note: former state and colony; successor Zimbabwe

id: former.south-vietnam
type: GPE
name: South Vietnam
alias: Republic of Vietnam
demonym: South Vietnamese
coords: 11, 106.5
feature: country
note: former state, 1955-1975

id: former.north-vietnam
type: GPE
name: North Vietnam
alias: Democratic Republic of Vietnam
demonym: North Vietnamese
coords: 21, 105.8
feature: country
note: former state, 1945-1976; reunified as Vietnam

id: former.south-yemen
type: GPE
name: South Yemen
alias: People's Democratic Republic of Yemen
demonym: South Yemeni
coords: 14, 48
feature: country
note: former state, 1967-1990; united with North Yemen as Yemen

id: former.north-yemen
type: GPE
name: North Yemen
alias: Yemen Arab Republic
demonym: North Yemeni
coords: 15.5, 44
feature: country
note: former state, 1962-1990

id: former.united-arab-republic
type: GPE
name: United Arab Republic
coords: 30, 31.2
feature: country
note: union of Egypt and Syria, 1958-1961; Egypt's name until 1971
