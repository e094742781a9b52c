# casus built-in lexicon: military bases and other frequently reported facilities.
# Format: data/lexicon/README.md. Sources and currency: data/lexicon/SOURCES.md
# (section "Armed groups, facilities, weapons, media").
#
# Coordinates: decimal degrees (WGS84). Two decimals (about 1 km) where the position is known
# only roughly, three or four where it is well established. Where the position is not known
# with confidence the coords line is omitted and the note says so.
# feature values used here: airbase, base, naval-base, airport, port (also oil export
# terminals), refinery, oilfield, gas-field, dam, nuclear-site, prison, camp, border-crossing,
# bridge, building, district, site, strait, canal, island.
# Bare "al-Asad"/"Al Asad" is deliberately not an alias of the Ain al-Asad base (it would take
# the Syrian president's name).

# ======================================================================
# Iraq
# ======================================================================

id: fac.ain-al-asad
type: FAC
name: Ain al-Asad Air Base
alias: Ain al-Asad
alias: Ain al-Assad
alias: Ayn al-Asad
alias: Ain al-Asad airbase
alias: Al Asad Airbase
alias: Al Asad Air Base
alias: Qadisiyah Air Base
feature: airbase
coords: 33.7856, 42.4412
country: IRQ
note: Iraqi air base in western Anbar hosting US-led coalition troops; hit by Iranian missiles on 2020-01-08 and by repeated rocket and drone attacks since

id: fac.baghdad-airport
type: FAC
name: Baghdad International Airport
alias: BIAP
alias: Baghdad airport
alias: Saddam International Airport
feature: airport
coords: 33.2625, 44.2346
country: IRQ
note: site of the US drone strike that killed Qassem Soleimani and Abu Mahdi al-Muhandis on 2020-01-03; adjoins the Victory base complex

id: fac.victory-base
type: FAC
name: Victory Base Complex
alias: Camp Victory
alias: Victory Base
alias: Victory military base
alias: Victoria base
feature: base
coords: 33.29, 44.26
country: IRQ
note: former US base cluster around Baghdad airport, later Iraqi-run with a coalition logistics presence (targeted by rockets and drones); coords approximate

id: fac.erbil-airport
type: FAC
name: Erbil International Airport
alias: Erbil airport
alias: Arbil airport
alias: Erbil Air Base
alias: Erbil airbase
alias: Hawler airport
feature: airport
coords: 36.2376, 43.9632
country: IRQ
note: Kurdistan Region airport with an adjoining US-led coalition air base; target of rocket and drone attacks

id: fac.harir
type: FAC
name: Harir Air Base
alias: Harir airbase
alias: Harir base
alias: Harir military base
feature: airbase
country: IRQ
note: airfield used by US forces north-east of Erbil in the Kurdistan Region; coords omitted (position not verified)

id: fac.balad-air-base
type: FAC
name: Balad Air Base
alias: Balad airbase
alias: Joint Base Balad
alias: LSA Anaconda
alias: Camp Anaconda
alias: Al-Bakr Air Base
feature: airbase
coords: 33.9402, 44.3616
country: IRQ
note: Iraqi F-16 base in Salahuddin province, former main US base; US contractors present, rocket attacks 2020-2024

id: fac.camp-taji
type: FAC
name: Camp Taji
alias: Taji base
alias: Taji military base
alias: Taji camp
feature: base
coords: 33.53, 44.26
country: IRQ
note: Iraqi military base north of Baghdad, formerly with a coalition presence; March 2020 rocket attacks killed US and UK personnel; coords approximate

id: fac.k1-air-base
type: FAC
name: K-1 Air Base
alias: K1 military base
alias: K-1 base
alias: K1 base
alias: Kirkuk Air Base
feature: airbase
coords: 35.4695, 44.3489
country: IRQ
note: Iraqi base near Kirkuk; the rocket attack of 2019-12-27 that killed a US contractor set off the 2019-2020 US-Iran escalation

id: fac.camp-speicher
type: FAC
name: Camp Speicher
alias: Speicher base
alias: Tikrit Air Base
alias: Tikrit Air Academy
alias: Speicher airbase
feature: airbase
coords: 34.67, 43.54
country: IRQ
note: air base near Tikrit; scene of the Islamic State massacre of air force cadets in June 2014; coords approximate

id: fac.al-taqaddum
type: FAC
name: Al-Taqaddum Air Base
alias: Taqaddum Air Base
alias: Taqaddum airbase
alias: Habbaniyah Air Base
feature: airbase
coords: 33.3381, 43.5971
country: IRQ
note: Iraqi air base between Ramadi and Fallujah, Anbar province

id: fac.qayyarah-airfield
type: FAC
name: Qayyarah Airfield West
alias: Q-West
alias: Qayyarah Air Base
alias: Qayyarah airbase
feature: airbase
coords: 35.7672, 43.1251
country: IRQ
note: air base south of Mosul used by the coalition in the 2016-2017 Mosul campaign

id: fac.mosul-airport
type: FAC
name: Mosul International Airport
alias: Mosul airport
feature: airport
coords: 36.3058, 43.1474
country: IRQ

id: fac.basra-airport
type: FAC
name: Basra International Airport
alias: Basra airport
alias: Basrah airport
feature: airport
coords: 30.5491, 47.6621
country: IRQ

id: fac.sulaymaniyah-airport
type: FAC
name: Sulaymaniyah International Airport
alias: Sulaimani airport
alias: Sulaymaniyah airport
alias: Slemani airport
feature: airport
coords: 35.5617, 45.3167
country: IRQ

id: fac.najaf-airport
type: FAC
name: Al Najaf International Airport
alias: Najaf airport
alias: Najaf International Airport
feature: airport
coords: 31.99, 44.40
country: IRQ
note: coords approximate

id: fac.green-zone
type: FAC
name: Green Zone
alias: International Zone
alias: Baghdad Green Zone
alias: Baghdad's Green Zone
feature: district
coords: 33.30, 44.39
country: IRQ
note: fortified government and embassy district in central Baghdad; coords approximate; the name can be generic outside Baghdad news

id: fac.us-embassy-baghdad
type: FAC
name: US Embassy in Baghdad
alias: U.S. Embassy in Baghdad
alias: American Embassy in Baghdad
alias: US embassy compound in Baghdad
feature: building
coords: 33.298, 44.396
country: IRQ
note: inside the Green Zone on the Tigris; stormed by PMU supporters on 2019-12-31 and targeted by rockets

id: fac.abu-ghraib-prison
type: FAC
name: Abu Ghraib prison
alias: Abu Ghraib jail
alias: Baghdad Central Prison
alias: Baghdad Central Confinement Facility
feature: prison
coords: 33.29, 44.07
country: IRQ
note: prison west of Baghdad, site of the 2004 US abuse scandal and a 2013 jailbreak; the town of the same name is a separate place; coords approximate

id: fac.mosul-dam
type: FAC
name: Mosul Dam
alias: Saddam Dam
feature: dam
coords: 36.63, 42.82
country: IRQ
note: largest dam in Iraq, on the Tigris; briefly held by Islamic State in August 2014

id: fac.haditha-dam
type: FAC
name: Haditha Dam
alias: Qadisiya Dam
feature: dam
coords: 34.2069, 42.3553
country: IRQ
note: Euphrates dam in Anbar province

id: fac.umm-qasr-port
type: FAC
name: Port of Umm Qasr
alias: Umm Qasr port
feature: port
coords: 30.03, 47.95
country: IRQ
note: Iraq's main commercial port on the Khor Abdullah; coords approximate

id: fac.rumaila-oilfield
type: FAC
name: Rumaila oil field
alias: Rumaila oilfield
alias: Rumaila field
feature: oilfield
country: IRQ
note: giant oil field west of Basra straddling the Kuwaiti border; coords omitted (large area)

id: fac.baiji-refinery
type: FAC
name: Baiji refinery
alias: Baiji oil refinery
alias: Beiji refinery
alias: Salahuddin refinery
feature: refinery
country: IRQ
note: Iraq's largest refinery, near Baiji in Salahuddin province; fought over with Islamic State 2014-2015; coords omitted (not verified)

id: fac.khor-mor
type: FAC
name: Khor Mor gas field
alias: Khor Mor
alias: Khormor gas field
alias: Khor Mor gas plant
feature: gas-field
country: IRQ
note: Kurdistan Region gas field operated by Dana Gas/Pearl Petroleum near Chamchamal, repeatedly hit by rockets and drones; coords omitted (not verified)

id: fac.ibrahim-khalil-crossing
type: FAC
name: Ibrahim Khalil border crossing
alias: Ibrahim Khalil crossing
alias: Habur border gate
alias: Habur border crossing
feature: border-crossing
coords: 37.14, 42.57
country: IRQ
note: main Iraq-Turkey crossing (Zakho-Silopi); coords approximate

id: fac.al-qaim-crossing
type: FAC
name: Al-Qaim border crossing
alias: al-Qaim crossing
alias: Qaim-Bukamal crossing
alias: Albu Kamal border crossing
alias: Husaybah border crossing
feature: border-crossing
country: IRQ
note: Iraq-Syria crossing between al-Qaim and Abu Kamal; area of US strikes on Iran-aligned factions (2019, 2021, 2024); coords omitted (not verified)

id: fac.trebil-crossing
type: FAC
name: Trebil border crossing
alias: Tureibil crossing
alias: Trebil crossing
alias: Karameh border crossing
feature: border-crossing
country: IRQ
note: Iraq-Jordan crossing on the Baghdad-Amman highway; coords omitted (not verified)

# ======================================================================
# Syria
# ======================================================================

id: fac.al-omar-oilfield
type: FAC
name: Al-Omar oil field
alias: al-Omar oilfield
alias: Omar oilfield
alias: Green Village
feature: oilfield
country: SYR
note: Syria's largest oil field, east of the Euphrates near al-Mayadin (Deir ez-Zor); hosts a US base ("Green Village"/Mission Support Site Euphrates) targeted by rockets and drones; coords omitted (not verified)

id: fac.conoco-gas-field
type: FAC
name: Conoco gas field
alias: Conoco gas plant
alias: Conoco field
alias: Koniko gas field
feature: gas-field
country: SYR
note: gas plant north-east of Deir ez-Zor city hosting a US-led coalition base; coords omitted (not verified)

id: fac.al-tanf
type: FAC
name: Al-Tanf garrison
alias: al-Tanf base
alias: Tanf garrison
alias: al-Tanf
alias: Tanf
feature: base
country: SYR
note: US-led coalition base in south-east Syria near the al-Tanf crossing and the Iraq-Jordan tri-border, inside a 55 km deconfliction zone; coords omitted (not verified)

id: fac.tower-22
type: FAC
name: Tower 22
feature: base
country: JOR
note: US logistics outpost in north-eastern Jordan next to the Syrian border near Rukban; a drone attack on 2024-01-28 killed three US soldiers; coords omitted (not verified)

id: fac.rukban-camp
type: FAC
name: Rukban camp
alias: Rukban refugee camp
alias: al-Rukban camp
feature: camp
country: SYR
note: displaced persons' camp on the Syria-Jordan border inside the al-Tanf zone; coords omitted (not verified)

id: fac.al-hol-camp
type: FAC
name: Al-Hol camp
alias: al-Hawl camp
alias: al-Hol detention camp
alias: al-Hol displacement camp
alias: Hol camp
feature: camp
coords: 36.38, 41.15
country: SYR
note: SDF-run camp in Hasakah province holding families of Islamic State suspects; coords approximate

id: fac.roj-camp
type: FAC
name: Roj camp
alias: al-Roj camp
feature: camp
country: SYR
note: SDF-run camp near al-Malikiyah (Derik) for foreign families of Islamic State suspects; coords omitted (not verified)

id: fac.ghuwayran-prison
type: FAC
name: Ghuwayran prison
alias: Ghwayran prison
alias: al-Sinaa prison
alias: Hasakah prison
feature: prison
country: SYR
note: SDF prison for Islamic State suspects in Hasakah, attacked by Islamic State in January 2022; coords omitted (not verified)

id: fac.sednaya-prison
type: FAC
name: Sednaya prison
alias: Saydnaya prison
alias: Sednaya military prison
alias: Saydnaya military prison
feature: prison
country: SYR
note: notorious military prison north of Damascus, opened by rebels in December 2024; coords omitted (not verified)

id: fac.hmeimim
type: FAC
name: Hmeimim Air Base
alias: Khmeimim Air Base
alias: Hmeimim airbase
alias: Khmeimim
alias: Hmeimim
alias: Hmeymim
alias: Bassel al-Assad International Airport
feature: airbase
coords: 35.4011, 35.9487
country: SYR
note: Russian air base near Latakia (Jableh) since 2015, at Bassel al-Assad airport

id: fac.tartus-naval-base
type: FAC
name: Tartus naval base
alias: Tartus naval facility
alias: Russian naval base in Tartus
alias: Tartous naval base
alias: port of Tartus
feature: naval-base
coords: 34.89, 35.87
country: SYR
note: Russian naval facility in Tartus port; coords approximate

id: fac.mezzeh-airbase
type: FAC
name: Mezzeh Military Airport
alias: Mezzeh airbase
alias: Mezzeh Air Base
alias: al-Mazzeh airport
feature: airbase
coords: 33.477, 36.223
country: SYR
note: air base in western Damascus

id: fac.damascus-airport
type: FAC
name: Damascus International Airport
alias: Damascus airport
feature: airport
coords: 33.4114, 36.5156
country: SYR

id: fac.aleppo-airport
type: FAC
name: Aleppo International Airport
alias: Aleppo airport
feature: airport
coords: 36.1807, 37.2244
country: SYR

id: fac.shayrat
type: FAC
name: Shayrat Air Base
alias: Shayrat airbase
alias: al-Shayrat airfield
alias: Shairat airbase
feature: airbase
coords: 34.4903, 36.9090
country: SYR
note: Syrian air base south-east of Homs struck by US Tomahawk missiles on 2017-04-07

id: fac.t4-airbase
type: FAC
name: T-4 Air Base
alias: T4 airbase
alias: T-4 airbase
alias: Tiyas Air Base
alias: Tiyas military airport
alias: Tiyas airbase
feature: airbase
coords: 34.5225, 37.6297
country: SYR
note: large air base between Homs and Palmyra, used by Iranian forces and repeatedly struck by Israel

id: fac.kuweires
type: FAC
name: Kuweires Military Airport
alias: Kuweires airbase
alias: Kuweires Air Base
alias: Kweires airport
feature: airbase
coords: 36.19, 37.58
country: SYR
note: air base east of Aleppo; coords approximate

id: fac.abu-al-duhur
type: FAC
name: Abu al-Duhur Military Airport
alias: Abu al-Duhur airbase
alias: Abu Dhuhur airbase
alias: Abu al-Zuhur airbase
feature: airbase
coords: 35.73, 37.10
country: SYR
note: air base in south-east Idlib province; coords approximate

id: fac.deir-ez-zor-airport
type: FAC
name: Deir ez-Zor Airport
alias: Deir ez-Zor military airport
alias: Deir al-Zour airport
alias: Deir ez-Zor airbase
feature: airbase
coords: 35.28, 40.18
country: SYR
note: military airport south-east of Deir ez-Zor city; coords approximate

id: fac.qamishli-airport
type: FAC
name: Qamishli Airport
alias: Qamishli International Airport
alias: Kamishli airport
feature: airport
coords: 37.0206, 41.1913
country: SYR
note: airport in Qamishli used by Russian forces from 2019

id: fac.bab-al-hawa
type: FAC
name: Bab al-Hawa border crossing
alias: Bab al-Hawa
alias: Bab al-Hawa crossing
alias: Cilvegözü border gate
alias: Cilvegozu
feature: border-crossing
coords: 36.23, 36.67
country: SYR
note: main Syria-Turkey crossing for UN cross-border aid into Idlib; coords approximate

id: fac.bab-al-salameh
type: FAC
name: Bab al-Salameh border crossing
alias: Bab al-Salama crossing
alias: Bab al-Salameh
alias: Öncüpınar border gate
feature: border-crossing
coords: 36.64, 37.08
country: SYR
note: Syria-Turkey crossing north of Azaz; coords approximate

id: fac.nasib-crossing
type: FAC
name: Nasib border crossing
alias: Nassib crossing
alias: Nasib-Jaber crossing
alias: Jaber border crossing
feature: border-crossing
coords: 32.54, 36.21
country: SYR
note: main Syria-Jordan crossing; coords approximate

id: fac.tabqa-dam
type: FAC
name: Tabqa Dam
alias: Euphrates Dam
alias: al-Thawra Dam
feature: dam
coords: 35.87, 38.57
country: SYR
note: largest dam in Syria, on the Euphrates at Lake Assad; coords approximate

id: fac.tishrin-dam
type: FAC
name: Tishrin Dam
alias: Tishreen Dam
feature: dam
coords: 36.38, 38.18
country: SYR
note: Euphrates dam south-east of Manbij, front line between SDF and Turkish-backed factions in 2024-2025; coords approximate

# ======================================================================
# Jordan, Israel, Palestinian territories, Lebanon
# ======================================================================

id: fac.muwaffaq-salti
type: FAC
name: Muwaffaq Salti Air Base
alias: Muwaffaq al-Salti Air Base
alias: Azraq air base
alias: Muwaffaq Salti airbase
feature: airbase
coords: 31.83, 36.78
country: JOR
note: Jordanian air base at Azraq hosting US aircraft; coords approximate

id: fac.allenby-bridge
type: FAC
name: Allenby Bridge
alias: King Hussein Bridge
alias: Allenby crossing
alias: Allenby Bridge crossing
feature: border-crossing
coords: 31.87, 35.54
country: JOR
note: Jordan River crossing between the West Bank and Jordan; coords approximate

id: fac.rafah-crossing
type: FAC
name: Rafah crossing
alias: Rafah border crossing
alias: Rafah crossing point
alias: Rafah gate
feature: border-crossing
coords: 31.25, 34.26
country: PSE
note: Gaza-Egypt crossing; taken by Israeli forces in May 2024; coords approximate

id: fac.kerem-shalom
type: FAC
name: Kerem Shalom crossing
alias: Kerem Shalom
alias: Karem Abu Salem
alias: Kerem Shalom border crossing
alias: Karm Abu Salem crossing
feature: border-crossing
coords: 31.23, 34.28
country: ISR
note: main goods crossing into Gaza at the Israel-Egypt-Gaza junction; coords approximate

id: fac.erez-crossing
type: FAC
name: Erez crossing
alias: Beit Hanoun crossing
alias: Erez border crossing
feature: border-crossing
coords: 31.56, 34.54
country: ISR
note: northern Gaza-Israel crossing for people; attacked on 7 October 2023; coords approximate

id: loc.philadelphi-corridor
type: LOC
name: Philadelphi Corridor
alias: Philadelphi Route
alias: Philadelphi axis
alias: Salah al-Din axis
feature: site
country: PSE
note: strip along the Gaza-Egypt border, seized by Israel in May 2024; line feature, no point coords

id: fac.nevatim
type: FAC
name: Nevatim Airbase
alias: Nevatim Air Base
alias: Nevatim base
feature: airbase
coords: 31.208, 35.012
country: ISR
note: Israeli F-35 base in the Negev, targeted by Iranian missiles in April and October 2024

id: fac.ramon-airbase
type: FAC
name: Ramon Airbase
alias: Ramon Air Base
feature: airbase
coords: 30.776, 34.667
country: ISR
note: Israeli air base in the southern Negev; not Ramon Airport near Eilat

id: fac.tel-nof
type: FAC
name: Tel Nof Airbase
alias: Tel Nof Air Base
alias: Tel Nof
feature: airbase
coords: 31.839, 34.822
country: ISR

id: fac.ramat-david
type: FAC
name: Ramat David Airbase
alias: Ramat David Air Base
feature: airbase
coords: 32.665, 35.179
country: ISR
note: northern Israeli air base targeted by Hezbollah rockets in 2024

id: fac.ben-gurion-airport
type: FAC
name: Ben Gurion Airport
alias: Ben Gurion International Airport
feature: airport
coords: 32.0114, 34.8867
country: ISR

id: fac.dimona
type: FAC
name: Shimon Peres Negev Nuclear Research Center
alias: Dimona nuclear reactor
alias: Dimona reactor
alias: Negev Nuclear Research Center
alias: Dimona nuclear facility
feature: nuclear-site
coords: 31.0016, 35.1447
country: ISR
note: Israel's nuclear reactor near Dimona; the town of Dimona is a separate place

id: fac.kirya
type: FAC
name: HaKirya
alias: Kirya
alias: Kirya military headquarters
feature: base
coords: 32.074, 34.789
country: ISR
note: Israeli defence ministry and IDF headquarters compound in Tel Aviv; coords approximate

id: fac.al-shifa-hospital
type: FAC
name: Al-Shifa Hospital
alias: Shifa Hospital
alias: Dar al-Shifa
alias: al-Shifa Medical Complex
feature: building
coords: 31.524, 34.445
country: PSE
note: largest hospital in Gaza City, raided by Israeli forces in November 2023 and March 2024; coords approximate

id: fac.al-aqsa-mosque
type: FAC
name: Al-Aqsa Mosque
alias: al-Aqsa compound
alias: Al-Aqsa Mosque compound
alias: Haram al-Sharif
alias: Temple Mount
alias: al-Masjid al-Aqsa
feature: building
coords: 31.7761, 35.2358
country: PSE
note: holy site in Jerusalem's Old City; status disputed, country field follows UN usage for East Jerusalem

id: fac.beirut-airport
type: FAC
name: Beirut-Rafic Hariri International Airport
alias: Beirut airport
alias: Beirut International Airport
alias: Rafic Hariri International Airport
alias: Beirut Rafic Hariri airport
feature: airport
coords: 33.8209, 35.4884
country: LBN

id: fac.port-of-beirut
type: FAC
name: Port of Beirut
alias: Beirut port
feature: port
coords: 33.90, 35.52
country: LBN
note: site of the 2020-08-04 ammonium nitrate explosion; coords approximate

id: fac.masnaa-crossing
type: FAC
name: Masnaa border crossing
alias: Masnaa crossing
alias: al-Masnaa crossing
alias: Jdeidet Yabous crossing
feature: border-crossing
country: LBN
note: main Lebanon-Syria crossing on the Beirut-Damascus road, struck by Israel in October 2024; coords omitted (not verified)

# ======================================================================
# Iran
# ======================================================================

id: fac.natanz
type: FAC
name: Natanz nuclear facility
alias: Natanz enrichment facility
alias: Natanz Fuel Enrichment Plant
alias: Natanz enrichment plant
alias: Natanz nuclear site
alias: Shahid Ahmadi Roshan enrichment facility
feature: nuclear-site
coords: 33.7244, 51.7266
country: IRN
note: Iran's main uranium enrichment site; sabotaged 2020-2021, struck by Israel and the US in June 2025; the town of Natanz is a separate place

id: fac.fordow
type: FAC
name: Fordow Fuel Enrichment Plant
alias: Fordow
alias: Fordo
alias: Fordow enrichment facility
alias: Fordow nuclear site
alias: Fordo enrichment plant
feature: nuclear-site
coords: 34.8847, 50.9956
country: IRN
note: underground enrichment plant near Qom, struck by US B-2 bombers with GBU-57 bombs on 2025-06-22

id: fac.isfahan-nuclear
type: FAC
name: Isfahan Nuclear Technology Center
alias: Isfahan nuclear facility
alias: Isfahan nuclear site
alias: Isfahan uranium conversion facility
alias: Isfahan UCF
feature: nuclear-site
country: IRN
note: uranium conversion and fuel site south-east of Isfahan city, struck in June 2025; coords omitted (not verified)

id: fac.bushehr-npp
type: FAC
name: Bushehr Nuclear Power Plant
alias: Bushehr nuclear plant
alias: Bushehr reactor
alias: Bushehr NPP
feature: nuclear-site
coords: 28.8294, 50.8858
country: IRN
note: Iran's Russian-built power reactor

id: fac.arak-reactor
type: FAC
name: Arak heavy water reactor
alias: Arak reactor
alias: Khondab reactor
alias: IR-40 reactor
alias: Khondab heavy water reactor
feature: nuclear-site
coords: 34.37, 49.24
country: IRN
note: heavy water reactor and production plant near Arak; coords approximate

id: fac.parchin
type: FAC
name: Parchin military complex
alias: Parchin
alias: Parchin military base
alias: Parchin military site
feature: base
coords: 35.52, 51.77
country: IRN
note: weapons development site south-east of Tehran; coords approximate

id: fac.shahid-rajaee-port
type: FAC
name: Shahid Rajaee Port
alias: Shahid Rajaei port
alias: Bandar Abbas port
alias: Shahid Rajaee
feature: port
coords: 27.10, 56.06
country: IRN
note: Iran's largest container port near Bandar Abbas; deadly explosion 2025-04-26; coords approximate

id: fac.kharg-island
type: FAC
name: Kharg Island oil terminal
alias: Kharg Island
alias: Kharg oil terminal
alias: Khark Island
feature: port
coords: 29.24, 50.31
country: IRN
note: Iran's main crude export terminal; coords approximate

id: fac.imam-khomeini-airport
type: FAC
name: Imam Khomeini International Airport
alias: IKA
alias: Tehran Imam Khomeini airport
alias: Imam Khomeini airport
feature: airport
coords: 35.4161, 51.1522
country: IRN

id: fac.mehrabad-airport
type: FAC
name: Mehrabad International Airport
alias: Mehrabad airport
alias: Mehrabad
feature: airport
coords: 35.6892, 51.3134
country: IRN
note: Tehran's domestic airport, also a military air base

id: fac.evin-prison
type: FAC
name: Evin prison
alias: Evin jail
feature: prison
coords: 35.80, 51.39
country: IRN
note: Tehran prison holding political prisoners and dual nationals; hit by an Israeli strike on 2025-06-23; coords approximate

# ======================================================================
# Gulf states, Saudi Arabia
# ======================================================================

id: fac.al-udeid
type: FAC
name: Al Udeid Air Base
alias: al-Udeid
alias: Udeid air base
feature: airbase
coords: 25.1173, 51.3150
country: QAT
note: largest US base in the Middle East, CENTCOM forward headquarters; targeted by Iranian missiles on 2025-06-23

id: fac.al-dhafra
type: FAC
name: Al Dhafra Air Base
alias: al-Dhafra airbase
alias: Al Dhafra
feature: airbase
coords: 24.2483, 54.5475
country: ARE
note: UAE air base south of Abu Dhabi hosting US aircraft; Houthi missiles intercepted near it in January 2022

id: fac.nsa-bahrain
type: FAC
name: Naval Support Activity Bahrain
alias: NSA Bahrain
alias: US Fifth Fleet headquarters
alias: Fifth Fleet headquarters
alias: Juffair naval base
feature: naval-base
coords: 26.21, 50.61
country: BHR
note: headquarters of the US Fifth Fleet and NAVCENT in Juffair, Manama; coords approximate

id: fac.ali-al-salem
type: FAC
name: Ali Al Salem Air Base
alias: Ali Al Salem airbase
feature: airbase
coords: 29.3467, 47.5208
country: KWT
note: Kuwaiti air base hosting US forces

id: fac.camp-arifjan
type: FAC
name: Camp Arifjan
alias: Arifjan
feature: base
country: KWT
note: US Army base south of Kuwait City; coords omitted (not verified)

id: fac.camp-buehring
type: FAC
name: Camp Buehring
feature: base
country: KWT
note: US Army staging base in north-west Kuwait; coords omitted (not verified)

id: fac.prince-sultan-air-base
type: FAC
name: Prince Sultan Air Base
alias: Prince Sultan airbase
alias: PSAB
feature: airbase
coords: 24.0627, 47.5805
country: SAU
note: Saudi air base near al-Kharj hosting US forces again since 2019

id: fac.abqaiq
type: FAC
name: Abqaiq oil processing facility
alias: Abqaiq
alias: Abqaiq plant
alias: Buqayq
alias: Abqaiq processing plant
feature: refinery
coords: 25.94, 49.68
country: SAU
note: Saudi Aramco's largest crude processing plant, struck by drones and missiles on 2019-09-14; coords approximate

id: fac.ras-tanura
type: FAC
name: Ras Tanura
alias: Ras Tanura oil terminal
alias: Ras Tanura refinery
feature: port
coords: 26.64, 50.16
country: SAU
note: Saudi Aramco refinery and export terminal; coords approximate

id: fac.fujairah-port
type: FAC
name: Port of Fujairah
alias: Fujairah port
alias: Fujairah oil terminal
feature: port
coords: 25.17, 56.36
country: ARE
note: oil storage and bunkering hub outside the Strait of Hormuz; tanker sabotage May 2019; coords approximate

id: fac.jebel-ali
type: FAC
name: Jebel Ali Port
alias: Jebel Ali
alias: Port of Jebel Ali
feature: port
coords: 25.01, 55.06
country: ARE
note: Dubai's main port, often used by US Navy ships; coords approximate

id: fac.ras-laffan
type: FAC
name: Ras Laffan Industrial City
alias: Ras Laffan
alias: Ras Laffan LNG terminal
feature: port
coords: 25.91, 51.55
country: QAT
note: Qatar's LNG export hub; coords approximate

# ======================================================================
# Yemen, Red Sea, Horn of Africa
# ======================================================================

id: fac.hodeidah-port
type: FAC
name: Port of Hodeidah
alias: Hodeidah port
alias: Hudaydah port
alias: Hodeida port
alias: al-Hudaydah port
feature: port
coords: 14.83, 42.93
country: YEM
note: Houthi-held Red Sea port, main entry for Yemen's imports; struck by Israel and the US in 2024-2025; coords approximate

id: fac.ras-isa
type: FAC
name: Ras Isa oil terminal
alias: Ras Isa
alias: Ras Issa port
alias: Ras Isa port
feature: port
coords: 15.12, 42.61
country: YEM
note: Houthi-held fuel port north of Hodeidah; US strike on 2025-04-17 killed dozens; coords approximate

id: fac.salif-port
type: FAC
name: Salif port
alias: al-Salif port
alias: Port of Salif
feature: port
coords: 15.31, 42.68
country: YEM
note: Red Sea port north of Hodeidah; coords approximate

id: fac.sanaa-airport
type: FAC
name: Sanaa International Airport
alias: Sanaa airport
feature: airport
coords: 15.4763, 44.2197
country: YEM
note: Houthi-held airport, also used as al-Dailami air base; struck by Israel in 2024-2025

id: fac.aden-airport
type: FAC
name: Aden International Airport
alias: Aden airport
feature: airport
coords: 12.8295, 45.0288
country: YEM
note: missile attack on arriving cabinet members on 2020-12-30

id: fac.al-anad
type: FAC
name: Al-Anad Air Base
alias: al-Anad airbase
alias: al-Anad base
feature: airbase
coords: 13.1761, 44.7651
country: YEM
note: largest Yemeni government air base, in Lahj province; Houthi attacks 2019 and 2021

id: fac.camp-lemonnier
type: FAC
name: Camp Lemonnier
alias: Camp Lemonier
alias: US base in Djibouti
feature: base
coords: 11.5473, 43.1595
country: DJI
note: the only permanent US military base in Africa, next to Djibouti airport; AFRICOM's CJTF-HOA

id: fac.chinese-base-djibouti
type: FAC
name: Chinese naval base in Djibouti
alias: PLA Support Base in Djibouti
alias: Chinese People's Liberation Army Support Base
feature: naval-base
country: DJI
note: China's first overseas military base (opened 2017) near Doraleh port; coords omitted (not verified)

id: fac.berbera-airport
type: FAC
name: Berbera Airport
alias: Berbera airfield
alias: Berbera air base
feature: airport
coords: 10.3892, 44.9411
country: SOM
note: long runway airport in Somaliland; country field follows international recognition

id: fac.baledogle
type: FAC
name: Baledogle Airfield
alias: Baledogle
alias: Baledogle air base
alias: Balidogle airfield
alias: Ballidogle airfield
feature: airbase
coords: 2.69, 44.79
country: SOM
note: Somali air base in Lower Shabelle used by US forces; attacked by al-Shabaab in 2019; coords approximate

id: fac.aden-adde-airport
type: FAC
name: Aden Adde International Airport
alias: Mogadishu airport
alias: Mogadishu International Airport
alias: Aden Abdulle International Airport
alias: Halane base camp
feature: airport
coords: 2.0144, 45.3047
country: SOM
note: Mogadishu airport and adjacent Halane compound of the UN and AU missions

id: fac.kismayo-airport
type: FAC
name: Kismayo Airport
alias: Kismaayo airport
feature: airport
coords: -0.38, 42.46
country: SOM
note: coords approximate

id: fac.port-sudan-airport
type: FAC
name: Port Sudan New International Airport
alias: Port Sudan airport
alias: Port Sudan International Airport
feature: airport
coords: 19.4336, 37.2341
country: SDN
note: main airport of the army-backed government since 2023; RSF drone strikes from 2025-05-04

id: fac.khartoum-airport
type: FAC
name: Khartoum International Airport
alias: Khartoum airport
feature: airport
coords: 15.5895, 32.5532
country: SDN
note: fighting at the airport on 2023-04-15 opened the SAF-RSF war

id: fac.merowe-dam
type: FAC
name: Merowe Dam
alias: Hamdab Dam
feature: dam
coords: 18.67, 32.05
country: SDN
note: Nile dam in northern Sudan; the nearby Merowe airbase was seized by the RSF in April 2023; coords approximate

id: fac.zamzam-camp
type: FAC
name: Zamzam camp
alias: Zamzam displacement camp
alias: Zamzam IDP camp
alias: Zam Zam camp
feature: camp
country: SDN
note: large displacement camp south of El Fasher, North Darfur, overrun by the RSF in April 2025; coords omitted (not verified)

id: fac.gerd
type: FAC
name: Grand Ethiopian Renaissance Dam
alias: GERD
alias: Renaissance Dam
alias: Ethiopian Renaissance Dam
alias: Millennium Dam
feature: dam
coords: 11.2153, 35.0931
country: ETH
note: Blue Nile dam near the Sudan border, disputed with Egypt and Sudan; inaugurated September 2025

id: fac.aswan-high-dam
type: FAC
name: Aswan High Dam
alias: Sadd el-Aali
feature: dam
coords: 23.97, 32.88
country: EGY
note: coords approximate

# ======================================================================
# Turkey, Europe, Indian Ocean, Americas
# ======================================================================

id: fac.incirlik
type: FAC
name: Incirlik Air Base
alias: Incirlik airbase
alias: Incirlik
feature: airbase
coords: 37.0021, 35.4259
country: TUR
note: Turkish air base near Adana hosting US forces

id: fac.kurecik-radar
type: FAC
name: Kürecik radar station
alias: Kurecik radar base
alias: Kürecik
feature: base
country: TUR
note: NATO missile-defence radar site in Malatya province; coords omitted (not verified)

id: fac.ramstein
type: FAC
name: Ramstein Air Base
alias: Ramstein
alias: Ramstein airbase
feature: airbase
coords: 49.4369, 7.6003
country: DEU
note: headquarters of US Air Forces in Europe; gave its name to the Ukraine Defense Contact Group ("Ramstein format")

id: fac.rzeszow-airport
type: FAC
name: Rzeszów-Jasionka Airport
alias: Rzeszow airport
alias: Jasionka airport
alias: Rzeszow-Jasionka
feature: airport
coords: 50.110, 22.019
country: POL
note: main logistics hub for Western military aid to Ukraine

id: fac.raf-akrotiri
type: FAC
name: RAF Akrotiri
alias: Akrotiri air base
alias: Akrotiri base
feature: airbase
coords: 34.59, 32.99
country: CYP
note: British sovereign base area airfield in Cyprus; coords approximate

id: fac.diego-garcia
type: FAC
name: Diego Garcia
alias: Naval Support Facility Diego Garcia
alias: Diego Garcia base
feature: naval-base
coords: -7.31, 72.41
country: GBR
note: UK-US base in the Chagos Archipelago (British Indian Ocean Territory, ISO IOT); 2025 UK-Mauritius treaty on sovereignty with the base leased back; coords approximate

id: fac.guantanamo
type: FAC
name: Guantanamo Bay detention camp
alias: Guantanamo
alias: Guantanamo Bay
alias: Gitmo
alias: Guantanamo Bay Naval Base
alias: Naval Station Guantanamo Bay
feature: prison
coords: 19.90, -75.13
country: CUB
note: US naval base in Cuba with the detention camp opened in 2002; also used for migrant detention from 2025; coords approximate

# ======================================================================
# Afghanistan, Pakistan, India
# ======================================================================

id: fac.bagram
type: FAC
name: Bagram Airfield
alias: Bagram Air Base
alias: Bagram airbase
alias: Bagram
alias: Bagram prison
alias: Parwan Detention Facility
feature: airbase
coords: 34.9461, 69.2650
country: AFG
note: former main US base in Afghanistan, left on 2021-07-02; also held the Parwan detention facility

id: fac.kabul-airport
type: FAC
name: Hamid Karzai International Airport
alias: Kabul airport
alias: Kabul International Airport
alias: HKIA
alias: Abbey Gate
feature: airport
coords: 34.5659, 69.2123
country: AFG
note: site of the August 2021 evacuation and the ISKP bombing at Abbey Gate on 2021-08-26

id: fac.kandahar-airfield
type: FAC
name: Kandahar International Airport
alias: Kandahar Airfield
alias: Kandahar airport
alias: Kandahar Air Base
feature: airport
coords: 31.5058, 65.8478
country: AFG

id: fac.torkham
type: FAC
name: Torkham border crossing
alias: Torkham
alias: Torkham crossing
alias: Torkham border
feature: border-crossing
coords: 34.10, 71.09
country: AFG
note: main Afghanistan-Pakistan crossing at the Khyber Pass; coords approximate

id: fac.chaman-crossing
type: FAC
name: Chaman border crossing
alias: Chaman-Spin Boldak crossing
alias: Spin Boldak crossing
alias: Friendship Gate
feature: border-crossing
coords: 30.93, 66.45
country: PAK
note: Pakistan-Afghanistan crossing between Chaman and Spin Boldak; coords approximate

id: fac.nur-khan-air-base
type: FAC
name: Nur Khan Air Base
alias: PAF Base Nur Khan
alias: Nur Khan airbase
alias: Chaklala air base
feature: airbase
coords: 33.6167, 73.0992
country: PAK
note: Pakistani air base in Rawalpindi struck by India on 2025-05-10

# ======================================================================
# Russia, Ukraine, Black Sea
# ======================================================================

id: fac.zaporizhzhia-npp
type: FAC
name: Zaporizhzhia Nuclear Power Plant
alias: Zaporizhzhia nuclear plant
alias: Zaporizhzhia NPP
alias: Zaporizhia nuclear plant
alias: Zaporizhzhya nuclear power plant
alias: Zaporozhye nuclear power plant
alias: ZNPP
feature: nuclear-site
coords: 47.5119, 34.5858
country: UKR
note: Europe's largest nuclear plant, at Enerhodar; occupied by Russian forces since 2022-03-04

id: fac.chernobyl-npp
type: FAC
name: Chernobyl Nuclear Power Plant
alias: Chernobyl nuclear plant
alias: Chornobyl nuclear power plant
alias: Chornobyl NPP
alias: Chernobyl NPP
feature: nuclear-site
coords: 51.3894, 30.0992
country: UKR
note: site of the 1986 disaster; occupied by Russian forces February-March 2022; drone hit the shelter on 2025-02-14

id: fac.kursk-npp
type: FAC
name: Kursk Nuclear Power Plant
alias: Kursk nuclear plant
alias: Kursk NPP
feature: nuclear-site
coords: 51.67, 35.61
country: RUS
note: Russian plant at Kurchatov; coords approximate

id: fac.kerch-bridge
type: FAC
name: Crimean Bridge
alias: Kerch Bridge
alias: Kerch Strait Bridge
alias: Crimea Bridge
feature: bridge
coords: 45.31, 36.51
country: UKR
note: Russian-built road and rail bridge to occupied Crimea across the Kerch Strait, opened 2018; attacked 2022-10-08, 2023-07-17 and 2025-06-03; coords approximate (bridge midpoint)

id: fac.port-of-odesa
type: FAC
name: Port of Odesa
alias: Odesa port
alias: Odessa port
alias: Port of Odessa
feature: port
coords: 46.50, 30.75
country: UKR
note: Ukraine's main seaport, grain corridor hub; frequent Russian strikes; coords approximate

id: fac.sevastopol-naval-base
type: FAC
name: Sevastopol Naval Base
alias: Black Sea Fleet headquarters
alias: Sevastopol bay
alias: port of Sevastopol
feature: naval-base
coords: 44.61, 33.53
country: UKR
note: main base of Russia's Black Sea Fleet in occupied Crimea; HQ struck by Ukraine on 2023-09-22; coords approximate

id: fac.saky-airbase
type: FAC
name: Saky Air Base
alias: Saki air base
alias: Saky airbase
alias: Novofedorivka air base
feature: airbase
coords: 45.09, 33.60
country: UKR
note: Russian naval aviation base in occupied Crimea, explosions on 2022-08-09; coords approximate

id: fac.belbek
type: FAC
name: Belbek Air Base
alias: Belbek airbase
alias: Belbek airfield
feature: airbase
coords: 44.69, 33.57
country: UKR
note: Russian air base near Sevastopol in occupied Crimea; coords approximate

id: fac.engels-air-base
type: FAC
name: Engels-2 air base
alias: Engels air base
alias: Engels-2
alias: Engels airbase
feature: airbase
coords: 51.48, 46.21
country: RUS
note: Russian strategic bomber base (Tu-95, Tu-160) in Saratov region, hit by Ukrainian drones from December 2022; coords approximate

id: fac.olenya-air-base
type: FAC
name: Olenya air base
alias: Olenya airbase
alias: Olenegorsk air base
feature: airbase
coords: 68.15, 33.46
country: RUS
note: Russian bomber base in Murmansk region hit in Ukraine's Operation Spiderweb on 2025-06-01; coords approximate

id: fac.morozovsk-air-base
type: FAC
name: Morozovsk air base
alias: Morozovsk airbase
alias: Morozovsk airfield
feature: airbase
coords: 48.31, 41.79
country: RUS
note: Russian Su-34 base in Rostov region; coords approximate

id: fac.millerovo-air-base
type: FAC
name: Millerovo air base
alias: Millerovo airbase
alias: Millerovo airfield
feature: airbase
coords: 48.95, 40.30
country: RUS
note: Russian air base in Rostov region; coords approximate

id: fac.kakhovka-dam
type: FAC
name: Kakhovka Dam
alias: Nova Kakhovka dam
alias: Kakhovka hydroelectric dam
alias: Kakhovka hydroelectric power plant
alias: Kakhovka HPP
feature: dam
coords: 46.78, 33.37
country: UKR
note: Dnipro dam destroyed on 2023-06-06 while under Russian control; coords approximate

id: fac.azovstal
type: FAC
name: Azovstal steel plant
alias: Azovstal
alias: Azovstal iron and steel works
alias: Azovstal plant
feature: building
coords: 47.10, 37.61
country: UKR
note: Mariupol steelworks, last Ukrainian stronghold in the city until May 2022; coords approximate

id: fac.hostomel-airport
type: FAC
name: Hostomel Airport
alias: Antonov Airport
alias: Gostomel airport
alias: Hostomel airfield
feature: airport
coords: 50.6036, 30.1919
country: UKR
note: cargo airfield north-west of Kyiv assaulted by Russian airborne troops on 2022-02-24

id: fac.boryspil-airport
type: FAC
name: Boryspil International Airport
alias: Boryspil airport
alias: Kyiv Boryspil airport
alias: Borispol airport
feature: airport
coords: 50.345, 30.895
country: UKR

id: fac.novorossiysk-naval-base
type: FAC
name: Novorossiysk naval base
alias: Novorossiysk port
alias: port of Novorossiysk
feature: naval-base
coords: 44.72, 37.79
country: RUS
note: Black Sea port and naval base where much of Russia's Black Sea Fleet relocated from Crimea; coords approximate

id: fac.tuapse-refinery
type: FAC
name: Tuapse refinery
alias: Tuapse oil refinery
alias: Tuapse port
feature: refinery
coords: 44.10, 39.08
country: RUS
note: Rosneft refinery and export terminal on the Black Sea, repeatedly hit by Ukrainian drones; coords approximate

id: fac.alabuga
type: FAC
name: Alabuga Special Economic Zone
alias: Alabuga
alias: Alabuga drone factory
alias: Alabuga plant
feature: building
country: RUS
note: industrial zone in Tatarstan (Yelabuga) producing Geran-2 (Shahed-type) drones; coords omitted (not verified)

id: loc.snake-island
type: LOC
name: Snake Island
alias: Zmiinyi Island
alias: Zmeiny Island
feature: island
coords: 45.255, 30.204
country: UKR
note: Black Sea island taken by Russia in February 2022 and abandoned in June 2022

# ======================================================================
# Libya, Sahel, Central Africa
# ======================================================================

id: fac.mitiga-airport
type: FAC
name: Mitiga International Airport
alias: Mitiga airport
alias: Mitiga
alias: Mitiga airbase
feature: airport
coords: 32.8941, 13.2760
country: LBY
note: Tripoli's working airport, former Wheelus Air Base, controlled by the Radaa force

id: fac.tripoli-international-airport
type: FAC
name: Tripoli International Airport
alias: Tripoli airport
feature: airport
coords: 32.6635, 13.1590
country: LBY
note: closed since the 2014 fighting; front line in 2019-2020

id: fac.al-watiya
type: FAC
name: Al-Watiya Air Base
alias: al-Watiya airbase
alias: Watiya air base
alias: Uqba Bin Nafi Air Base
feature: airbase
coords: 32.47, 11.90
country: LBY
note: air base south-west of Tripoli, retaken by GNA forces in May 2020 and used by Turkey; coords approximate

id: fac.al-jufra
type: FAC
name: Al-Jufra Air Base
alias: al-Jufra airbase
alias: Jufra air base
alias: Jufra airbase
feature: airbase
coords: 29.20, 16.00
country: LBY
note: central Libyan air base used by the LNA and Russian forces; coords approximate

id: fac.benina-airport
type: FAC
name: Benina International Airport
alias: Benina airport
alias: Benina air base
feature: airport
coords: 32.0968, 20.2695
country: LBY
note: Benghazi airport with an adjoining air base

id: fac.es-sider
type: FAC
name: Es Sider oil terminal
alias: Es Sider
alias: Sidra oil terminal
alias: al-Sidra terminal
feature: port
coords: 30.63, 18.35
country: LBY
note: Libya's largest oil export terminal in the "oil crescent"; coords approximate

id: fac.sharara-oilfield
type: FAC
name: Sharara oil field
alias: Sharara oilfield
alias: El Sharara
alias: al-Sharara oilfield
feature: oilfield
country: LBY
note: Libya's largest oil field in the Murzuq basin, often shut by blockades; coords omitted (not verified)

id: fac.bamako-airport
type: FAC
name: Modibo Keita International Airport
alias: Bamako airport
alias: Bamako-Sénou International Airport
alias: Bamako Senou airport
alias: Air Base 101 Bamako
feature: airport
coords: 12.5335, -7.9499
country: MLI
note: Bamako airport and adjoining air base attacked by JNIM on 2024-09-17

id: fac.niamey-air-base
type: FAC
name: Niamey Air Base 101
alias: Air Base 101
alias: Diori Hamani International Airport
alias: Niamey airport
feature: airbase
coords: 13.4815, 2.1836
country: NER
note: Niamey airport and military air base; hosted French and US forces until 2023-2024

id: fac.agadez-air-base
type: FAC
name: Niger Air Base 201
alias: Air Base 201
alias: Agadez drone base
alias: Agadez air base
feature: airbase
coords: 16.96, 8.00
country: NER
note: US-built drone base near Agadez, handed back to Niger in August 2024; coords approximate

id: fac.ouagadougou-airport
type: FAC
name: Ouagadougou Airport
alias: Thomas Sankara International Airport Ouagadougou
alias: Ouagadougou International Airport
feature: airport
coords: 12.3532, -1.5124
country: BFA

id: fac.goma-airport
type: FAC
name: Goma International Airport
alias: Goma airport
feature: airport
coords: -1.6708, 29.2384
country: COD
note: taken by M23 in January 2025

id: fac.afungi
type: FAC
name: Afungi LNG site
alias: Afungi
alias: Mozambique LNG project site
alias: Afungi peninsula
feature: port
country: MOZ
note: TotalEnergies-led LNG construction site near Palma, Cabo Delgado, halted after the 2021 insurgent attack on Palma; coords omitted (not verified)

id: fac.haiti-airport
type: FAC
name: Toussaint Louverture International Airport
alias: Port-au-Prince airport
alias: Toussaint Louverture airport
feature: airport
coords: 18.58, -72.29
country: HTI
note: closed repeatedly by gang violence in 2024; coords approximate

id: fac.haiti-national-penitentiary
type: FAC
name: National Penitentiary
alias: Haiti National Penitentiary
alias: Port-au-Prince National Penitentiary
feature: prison
country: HTI
note: Port-au-Prince's main prison, emptied in a gang attack in March 2024; coords omitted (not verified)

# ======================================================================
# East Asia and Pacific
# ======================================================================

id: fac.yongbyon
type: FAC
name: Yongbyon Nuclear Scientific Research Center
alias: Yongbyon nuclear complex
alias: Yongbyon nuclear facility
alias: Yongbyon reactor
alias: Yongbyon
feature: nuclear-site
coords: 39.797, 125.755
country: PRK
note: North Korea's main nuclear complex; coords approximate

id: fac.punggye-ri
type: FAC
name: Punggye-ri nuclear test site
alias: Punggye-ri
alias: Punggye-ri test site
feature: nuclear-site
coords: 41.28, 129.08
country: PRK
note: site of North Korea's six nuclear tests (2006-2017); coords approximate

id: fac.sohae
type: FAC
name: Sohae Satellite Launching Station
alias: Sohae launch site
alias: Tongchang-ri
alias: Sohae
feature: base
coords: 39.66, 124.71
country: PRK
note: North Korean space launch and rocket engine test site; coords approximate

id: fac.camp-humphreys
type: FAC
name: Camp Humphreys
alias: US Army Garrison Humphreys
alias: USAG Humphreys
feature: base
coords: 36.96, 127.03
country: KOR
note: largest US overseas base, at Pyeongtaek; coords approximate

id: fac.kadena
type: FAC
name: Kadena Air Base
alias: Kadena airbase
alias: Kadena
feature: airbase
coords: 26.3556, 127.7675
country: JPN
note: US Air Force base on Okinawa

id: fac.andersen-afb
type: FAC
name: Andersen Air Force Base
alias: Andersen AFB
alias: Andersen Air Base
feature: airbase
coords: 13.58, 144.93
country: GUM
note: US bomber base on Guam; coords approximate

# ======================================================================
# Straits, canals and sea lanes (LOC)
# ======================================================================

id: loc.strait-of-hormuz
type: LOC
name: Strait of Hormuz
alias: Hormuz Strait
alias: Straits of Hormuz
feature: strait
coords: 26.57, 56.25
note: chokepoint between the Gulf and the Gulf of Oman; coords approximate (centre of the strait)

id: loc.bab-el-mandeb
type: LOC
name: Bab el-Mandeb
alias: Bab al-Mandab
alias: Bab el-Mandeb Strait
alias: Mandeb Strait
feature: strait
coords: 12.58, 43.33
note: strait between Yemen and Djibouti/Eritrea, Houthi attacks on shipping from November 2023; coords approximate

id: loc.suez-canal
type: LOC
name: Suez Canal
feature: canal
coords: 30.58, 32.33
country: EGY
note: point is near Ismailia, roughly mid-canal; coords approximate

id: loc.kerch-strait
type: LOC
name: Kerch Strait
alias: Strait of Kerch
feature: strait
coords: 45.30, 36.55
note: strait between Crimea and Russia's Taman peninsula; coords approximate

id: loc.bosphorus
type: LOC
name: Bosphorus
alias: Bosporus
alias: Istanbul Strait
feature: strait
coords: 41.12, 29.07
country: TUR
note: coords approximate

id: loc.taiwan-strait
type: LOC
name: Taiwan Strait
alias: Strait of Taiwan
alias: Formosa Strait
feature: strait
coords: 24.3, 119.5
note: coords approximate (centre of the strait)
