# casus built-in lexicon: common weapons and platforms (type WEAPON).
# Format: data/lexicon/README.md. Sources and currency: data/lexicon/SOURCES.md
# (section "Armed groups, facilities, weapons, media").
#
# note: starts with the category: rocket, missile, drone, aircraft, armour, small-arms,
# explosive, artillery, air-defence, naval, chemical. country: country of origin/manufacture.
# Plural forms that news uses most are listed as aliases (the matcher does not stem).
# Bare words that are common English or proper names are deliberately not aliases:
# Grad (grad student), Tornado, Patriot, Apache, Abrams, Bradley, Caesar (also the Caesar Act),
# Javelin, Typhoon, Lancet (the journal), Neptune, Fateh/Fattah (Fatah), Samad, Stinger, Tor.

# ======================================================================
# Rocket artillery and unguided rockets
# ======================================================================

id: weapon.bm-21-grad
type: WEAPON
name: BM-21 Grad
alias: Grad rockets
alias: Grad rocket
alias: Grad missiles
alias: Grad multiple rocket launcher
alias: Grad launcher
alias: Grad launchers
alias: BM-21
alias: BM-21 Grad rockets
alias: 122mm Grad rockets
country: RUS
note: rocket; Soviet 122 mm truck-mounted multiple rocket launcher and its rockets, widely copied

id: weapon.katyusha
type: WEAPON
name: Katyusha rocket
alias: Katyusha
alias: Katyushas
alias: Katyusha rockets
alias: Katyusha-type rockets
alias: Katyusha-style rockets
country: RUS
note: rocket; generic news name for 107 mm and 122 mm unguided rockets fired at Iraqi bases and Israel

id: weapon.107mm-rocket
type: WEAPON
name: 107mm rocket
alias: 107 mm rocket
alias: 107mm rockets
alias: 107 mm rockets
alias: Type 63 rocket
country: CHN
note: rocket; Chinese-designed 107 mm unguided rocket, common in militia attacks in Iraq and Syria

id: weapon.himars
type: WEAPON
name: HIMARS
alias: M142 HIMARS
alias: M142
alias: High Mobility Artillery Rocket System
alias: HIMARS launchers
country: USA
note: rocket; US wheeled multiple rocket launcher firing GMLRS rockets and ATACMS

id: weapon.m270-mlrs
type: WEAPON
name: M270 MLRS
alias: M270
alias: M270 Multiple Launch Rocket System
country: USA
note: rocket; US tracked multiple launch rocket system; bare "MLRS" is generic and not listed

id: weapon.gmlrs
type: WEAPON
name: GMLRS
alias: Guided Multiple Launch Rocket System
alias: GMLRS rockets
country: USA
note: rocket; guided 227 mm rockets fired from HIMARS and M270

id: weapon.bm-30-smerch
type: WEAPON
name: BM-30 Smerch
alias: Smerch
alias: 9K58 Smerch
alias: Smerch rockets
country: RUS
note: rocket; Soviet 300 mm multiple rocket launcher

id: weapon.tornado-s
type: WEAPON
name: Tornado-S
alias: 9K515 Tornado-S
alias: Tornado-S rocket launcher
alias: Tornado-G
alias: Tornado-G rocket launcher
country: RUS
note: rocket; Russian multiple rocket launchers (Tornado-S 300 mm, Tornado-G 122 mm); bare "Tornado" not listed

id: weapon.bm-27-uragan
type: WEAPON
name: BM-27 Uragan
alias: Uragan
alias: 9P140 Uragan
alias: Uragan rockets
country: RUS
note: rocket; Soviet 220 mm multiple rocket launcher

id: weapon.tos-1
type: WEAPON
name: TOS-1
alias: TOS-1A
alias: TOS-1A Solntsepyok
alias: Solntsepyok
country: RUS
note: rocket; Russian thermobaric multiple rocket launcher

id: weapon.qassam-rocket
type: WEAPON
name: Qassam rocket
alias: Qassam rockets
alias: Kassam rocket
alias: Kassam rockets
country: PSE
note: rocket; home-made rocket of Hamas's Qassam Brigades; bare "Qassam" not listed (the brigades)

id: weapon.fajr-5
type: WEAPON
name: Fajr-5
alias: Fajr-5 rocket
alias: Fajr-5 rockets
country: IRN
note: rocket; Iranian 333 mm heavy artillery rocket, supplied to Hezbollah and Gaza groups

id: weapon.m-75-rocket
type: WEAPON
name: M-75 rocket
alias: M-75
alias: M75 rocket
country: PSE
note: rocket; Gaza-made long-range rocket of the Qassam Brigades, based on the Fajr-5

id: weapon.burkan-heavy-rocket
type: WEAPON
name: Burkan heavy rocket
alias: Burkan rocket
alias: Burkan rockets
alias: Volcano rocket
country: LBN
note: rocket; Hezbollah's short-range heavy rocket with a large warhead (not the Houthi Burkan ballistic missiles)

# ======================================================================
# Ballistic, cruise and hypersonic missiles
# ======================================================================

id: weapon.ballistic-missile
type: WEAPON
name: Ballistic missile
alias: ballistic missiles
alias: short-range ballistic missile
alias: short-range ballistic missiles
alias: medium-range ballistic missile
alias: intercontinental ballistic missile
alias: ICBM
alias: ICBMs
alias: SRBM
alias: MRBM
alias: IRBM
note: missile; generic class

id: weapon.cruise-missile
type: WEAPON
name: Cruise missile
alias: cruise missiles
alias: land-attack cruise missile
alias: anti-ship cruise missile
note: missile; generic class

id: weapon.fateh-110
type: WEAPON
name: Fateh-110
alias: Fateh-110 missile
alias: Fateh-110 missiles
alias: Fateh-313
alias: Fateh-110 ballistic missile
country: IRN
note: missile; Iranian solid-fuel short-range ballistic missile family; bare "Fateh" not listed (Fatah)

id: weapon.zolfaghar
type: WEAPON
name: Zolfaghar
alias: Zolfaghar missile
alias: Zulfiqar missile
alias: Zolfaqar missile
alias: Dezful missile
country: IRN
note: missile; Iranian short-range ballistic missile (700 km) used against Islamic State in Syria in 2017-2018; Houthi "Zulfiqar" is a derivative

id: weapon.qiam-1
type: WEAPON
name: Qiam-1
alias: Qiam missile
alias: Qiam-1 missile
country: IRN
note: missile; Iranian Scud-derived short-range ballistic missile, used in the January 2020 attack on Ain al-Asad

id: weapon.shahab-3
type: WEAPON
name: Shahab-3
alias: Shahab-3 missile
alias: Shahab missile
country: IRN
note: missile; Iranian liquid-fuel medium-range ballistic missile (No-dong derived)

id: weapon.emad
type: WEAPON
name: Emad missile
alias: Emad ballistic missile
country: IRN
note: missile; Iranian medium-range ballistic missile with a manoeuvrable re-entry vehicle, Shahab-3 derivative

id: weapon.ghadr
type: WEAPON
name: Ghadr-110
alias: Ghadr missile
alias: Ghadr-1
country: IRN
note: missile; Iranian medium-range ballistic missile, Shahab-3 derivative

id: weapon.sejjil
type: WEAPON
name: Sejjil
alias: Sejjil missile
alias: Sajjil missile
alias: Sejil missile
country: IRN
note: missile; Iranian two-stage solid-fuel medium-range ballistic missile

id: weapon.kheibar-shekan
type: WEAPON
name: Kheibar Shekan
alias: Kheibar Shekan missile
alias: Khaibar Shekan
alias: Khaibar Buster
country: IRN
note: missile; Iranian solid-fuel medium-range ballistic missile unveiled 2022

id: weapon.fattah
type: WEAPON
name: Fattah-1
alias: Fattah hypersonic missile
alias: Fattah missile
alias: Fattah-2
country: IRN
note: missile; Iranian missile unveiled in 2023 and billed as hypersonic; bare "Fattah" not listed (a personal name)

id: weapon.khorramshahr
type: WEAPON
name: Khorramshahr missile
alias: Khorramshahr-4
alias: Kheibar missile
country: IRN
note: missile; Iranian liquid-fuel medium-range ballistic missile; the city of Khorramshahr is a separate place

id: weapon.paveh
type: WEAPON
name: Paveh cruise missile
alias: Paveh missile
country: IRN
note: missile; Iranian land-attack cruise missile family (Quds/Paveh line)

id: weapon.hoveyzeh
type: WEAPON
name: Hoveyzeh cruise missile
alias: Hoveyzeh missile
alias: Hoveizeh cruise missile
country: IRN
note: missile; Iranian land-attack cruise missile (Soumar family)

id: weapon.burkan-2h
type: WEAPON
name: Burkan-2H
alias: Burkan-2
alias: Burkan-3
alias: Burkan H2
alias: Volcano-2H
country: YEM
note: missile; Houthi ballistic missiles derived from the Iranian Qiam-1 (Burkan-2H) and Scud (Burkan-3)

id: weapon.quds-1
type: WEAPON
name: Quds-1
alias: Quds-1 cruise missile
alias: Quds-2
alias: Quds-3
country: YEM
note: missile; Houthi land-attack cruise missile family derived from the Iranian Soumar/351 design

id: weapon.zulfiqar-houthi
type: WEAPON
name: Zulfiqar ballistic missile
alias: Dhu al-Fiqar missile
alias: Thulfiqar missile
country: YEM
note: missile; Houthi medium-range ballistic missile, derived from the Iranian Qiam/Rezvan line

id: weapon.toufan-missile
type: WEAPON
name: Toufan ballistic missile
alias: Toufan missile
alias: Tufan missile
country: YEM
note: missile; Houthi medium-range ballistic missile shown in 2023, Ghadr-derived

id: weapon.palestine-2
type: WEAPON
name: Palestine-2 missile
alias: Palestine-2 hypersonic missile
alias: Palestine-2
country: YEM
note: missile; Houthi ballistic missile used against Israel from 2024, billed as hypersonic

id: weapon.scud
type: WEAPON
name: Scud
alias: Scud missile
alias: Scud missiles
alias: Scud-B
alias: Scud-C
alias: R-17 Elbrus
country: RUS
note: missile; Soviet short-range ballistic missile family and its Iranian, North Korean and Syrian copies

id: weapon.tochka-u
type: WEAPON
name: Tochka-U
alias: OTR-21 Tochka
alias: Tochka-U missile
alias: SS-21 Scarab
country: RUS
note: missile; Soviet short-range ballistic missile used by both sides in Ukraine

id: weapon.iskander
type: WEAPON
name: Iskander
alias: Iskander-M
alias: 9K720 Iskander
alias: Iskander missile
alias: Iskander missiles
alias: Iskander-K
alias: SS-26 Stone
country: RUS
note: missile; Russian short-range ballistic (Iskander-M) and cruise (Iskander-K) missile system

id: weapon.kinzhal
type: WEAPON
name: Kinzhal
alias: Kh-47M2 Kinzhal
alias: Kinzhal missile
alias: Kinzhal missiles
alias: Kinzhal hypersonic missile
country: RUS
note: missile; Russian air-launched ballistic missile carried by MiG-31K, billed as hypersonic

id: weapon.kalibr
type: WEAPON
name: Kalibr
alias: Kalibr cruise missile
alias: Kalibr missiles
alias: 3M-54 Kalibr
alias: 3M-14 Kalibr
alias: SS-N-27 Sizzler
alias: SS-N-30
country: RUS
note: missile; Russian ship- and submarine-launched cruise missile family

id: weapon.kh-101
type: WEAPON
name: Kh-101
alias: Kh-101 cruise missile
alias: Kh-101 missiles
alias: Kh-102
alias: X-101
country: RUS
note: missile; Russian air-launched cruise missile carried by Tu-95 and Tu-160 bombers

id: weapon.kh-22
type: WEAPON
name: Kh-22
alias: Kh-22 missile
alias: Kh-32
alias: Kh-22 missiles
country: RUS
note: missile; Soviet heavy anti-ship cruise missile carried by Tu-22M3, used against Ukrainian cities

id: weapon.oniks
type: WEAPON
name: P-800 Oniks
alias: Oniks
alias: Onyx missile
alias: Yakhont
country: RUS
note: missile; Russian supersonic anti-ship cruise missile (Bastion coastal system)

id: weapon.zircon
type: WEAPON
name: 3M22 Zircon
alias: Zircon missile
alias: Zircon hypersonic missile
alias: Tsirkon
alias: Tsirkon missile
country: RUS
note: missile; Russian hypersonic anti-ship and land-attack cruise missile

id: weapon.oreshnik
type: WEAPON
name: Oreshnik
alias: Oreshnik missile
alias: Oreshnik intermediate-range missile
country: RUS
note: missile; Russian intermediate-range ballistic missile first fired at Dnipro on 2024-11-21

id: weapon.kn-23
type: WEAPON
name: KN-23
alias: Hwasong-11
alias: Hwasong-11Ga
alias: KN-23 missile
country: PRK
note: missile; North Korean short-range ballistic missile supplied to Russia and used in Ukraine

id: weapon.hwasong
type: WEAPON
name: Hwasong-18
alias: Hwasong-17
alias: Hwasong-15
alias: Hwasong-19
country: PRK
note: missile; North Korean intercontinental ballistic missiles (Hwasong-15/17/18/19)

id: weapon.atacms
type: WEAPON
name: ATACMS
alias: Army Tactical Missile System
alias: MGM-140 ATACMS
alias: ATACMS missiles
country: USA
note: missile; US short-range ballistic missile fired from HIMARS and M270, used by Ukraine inside Russia from November 2024

id: weapon.prsm
type: WEAPON
name: Precision Strike Missile
alias: PrSM
alias: PRSM
country: USA
note: missile; US successor of ATACMS

id: weapon.storm-shadow
type: WEAPON
name: Storm Shadow
alias: SCALP-EG
alias: SCALP
alias: Storm Shadow missile
alias: Storm Shadow missiles
alias: Storm Shadow cruise missile
country: GBR
note: missile; Anglo-French air-launched cruise missile supplied to Ukraine from 2023

id: weapon.taurus
type: WEAPON
name: Taurus KEPD 350
alias: Taurus missile
alias: Taurus cruise missile
alias: Taurus missiles
country: DEU
note: missile; German-Swedish air-launched cruise missile; bare "Taurus" not listed

id: weapon.tomahawk
type: WEAPON
name: Tomahawk
alias: Tomahawk missile
alias: Tomahawk missiles
alias: Tomahawk cruise missile
alias: Tomahawk cruise missiles
alias: BGM-109 Tomahawk
alias: Tomahawk land-attack missile
alias: TLAM
country: USA
note: missile; US ship- and submarine-launched land-attack cruise missile

id: weapon.hellfire
type: WEAPON
name: Hellfire
alias: AGM-114 Hellfire
alias: Hellfire missile
alias: Hellfire missiles
alias: AGM-114
alias: R9X
alias: Hellfire R9X
country: USA
note: missile; US air-to-ground missile fired from MQ-9 drones and helicopters (R9X: bladed, non-explosive variant)

id: weapon.jdam
type: WEAPON
name: JDAM
alias: Joint Direct Attack Munition
alias: JDAMs
alias: JDAM-ER
country: USA
note: missile; US GPS guidance kit turning unguided bombs into precision-guided munitions

id: weapon.gbu-57
type: WEAPON
name: GBU-57
alias: GBU-57 Massive Ordnance Penetrator
alias: Massive Ordnance Penetrator
alias: GBU-57A/B
alias: bunker buster
alias: bunker-buster bomb
alias: bunker busters
country: USA
note: missile; US 30,000 lb penetrating bomb dropped by B-2 bombers on Fordow and Natanz on 2025-06-22 (category used for guided bombs too)

id: weapon.mk-84
type: WEAPON
name: Mk 84 bomb
alias: MK-84
alias: Mark 84
alias: 2,000-pound bomb
alias: 2,000-pound bombs
country: USA
note: missile; US 2,000 lb general-purpose bomb (category used for bombs too)

id: weapon.glide-bomb
type: WEAPON
name: Guided aerial bomb
alias: glide bomb
alias: glide bombs
alias: KAB
alias: KAB glide bombs
alias: FAB-500
alias: FAB-1500
alias: FAB-3000
alias: UMPK
country: RUS
note: missile; Russian FAB bombs with UMPK glide kits (KAB), used massively on Ukrainian front-line towns from 2023

id: weapon.harpoon
type: WEAPON
name: Harpoon
alias: Harpoon missile
alias: RGM-84 Harpoon
alias: Harpoon anti-ship missile
country: USA
note: missile; US anti-ship missile, supplied to Ukraine for coastal defence

id: weapon.neptune
type: WEAPON
name: R-360 Neptune
alias: Neptune missile
alias: Neptune anti-ship missile
alias: Long Neptune
alias: Neptune cruise missile
country: UKR
note: missile; Ukrainian anti-ship and land-attack cruise missile that sank the cruiser Moskva in April 2022; bare "Neptune" not listed

id: weapon.flamingo
type: WEAPON
name: FP-5 Flamingo
alias: Flamingo missile
alias: Flamingo cruise missile
country: UKR
note: missile; Ukrainian long-range cruise missile shown in 2025

id: weapon.kornet
type: WEAPON
name: Kornet
alias: 9M133 Kornet
alias: Kornet missile
alias: Kornet missiles
alias: Kornet anti-tank missile
alias: AT-14 Spriggan
country: RUS
note: missile; Russian anti-tank guided missile, used by Hezbollah, Hamas and the Houthis

id: weapon.konkurs
type: WEAPON
name: Konkurs
alias: 9M113 Konkurs
alias: AT-5 Spandrel
alias: Konkurs missile
country: RUS
note: missile; Soviet anti-tank guided missile; Iranian copy Towsan

id: weapon.tow
type: WEAPON
name: TOW missile
alias: TOW
alias: BGM-71 TOW
alias: TOW missiles
alias: Toophan
alias: Toophan missile
country: USA
note: missile; US wire-guided anti-tank missile; Iranian copy Toophan

id: weapon.javelin
type: WEAPON
name: FGM-148 Javelin
alias: Javelin missile
alias: Javelin missiles
alias: Javelin anti-tank missile
country: USA
note: missile; US shoulder-fired anti-tank missile; bare "Javelin" not listed

id: weapon.nlaw
type: WEAPON
name: NLAW
alias: Next generation Light Anti-tank Weapon
alias: NLAWs
country: GBR
note: missile; Swedish-British shoulder-fired anti-tank weapon

id: weapon.almas
type: WEAPON
name: Almas missile
alias: Almas anti-tank missile
country: IRN
note: missile; Iranian top-attack anti-tank guided missile (Spike copy) used by Hezbollah

# ======================================================================
# Drones
# ======================================================================

id: weapon.drone
type: WEAPON
name: Drone
alias: drones
alias: UAV
alias: UAVs
alias: unmanned aerial vehicle
alias: unmanned aerial vehicles
alias: unmanned aircraft
alias: explosive-laden drone
alias: explosive-laden drones
alias: kamikaze drone
alias: kamikaze drones
alias: suicide drone
alias: suicide drones
alias: loitering munition
alias: loitering munitions
alias: one-way attack drone
alias: one-way attack drones
note: drone; generic class

id: weapon.fpv-drone
type: WEAPON
name: FPV drone
alias: FPV drones
alias: first-person-view drone
alias: first-person-view drones
alias: FPV
alias: fibre-optic drone
alias: fiber-optic drone
alias: fiber-optic drones
note: drone; small first-person-view attack quadcopters, the main front-line weapon in Ukraine from 2023

id: weapon.shahed-136
type: WEAPON
name: Shahed-136
alias: Shahed-136 drone
alias: Shahed-136 drones
alias: Shahed drone
alias: Shahed drones
alias: Shaheds
alias: Geran-2
alias: Geran-2 drones
alias: Geran
country: IRN
note: drone; Iranian delta-wing one-way attack drone, mass-produced in Russia as Geran-2 (Alabuga)

id: weapon.shahed-131
type: WEAPON
name: Shahed-131
alias: Geran-1
country: IRN
note: drone; smaller Iranian one-way attack drone, Russian designation Geran-1

id: weapon.shahed-238
type: WEAPON
name: Shahed-238
alias: Geran-3
alias: jet-powered Shahed
country: IRN
note: drone; jet-powered version of the Shahed-136, Russian designation Geran-3

id: weapon.shahed-129
type: WEAPON
name: Shahed-129
alias: Shahed-149 Gaza
country: IRN
note: drone; Iranian medium-altitude long-endurance armed drone

id: weapon.mohajer-6
type: WEAPON
name: Mohajer-6
alias: Mohajer drone
alias: Mohajer-6 drone
alias: Mohajer-10
country: IRN
note: drone; Iranian armed reconnaissance drone, supplied to Russia, Ethiopia and Sudan

id: weapon.ababil
type: WEAPON
name: Ababil drone
alias: Ababil-2
alias: Ababil-3
alias: Qasef-1
alias: Qasef-2K
alias: Qasef
country: IRN
note: drone; Iranian Ababil family; Houthi Qasef attack drones derive from it

id: weapon.samad
type: WEAPON
name: Samad-3
alias: Samad-3 drone
alias: Samad-2
alias: Samad-4
alias: Samad drone
alias: Samad drones
alias: Yafa drone
alias: Jaffa drone
country: YEM
note: drone; Houthi long-range one-way attack drone family (Yafa/Jaffa used on Tel Aviv in July 2024); bare "Samad" not listed (personal name)

id: weapon.bayraktar-tb2
type: WEAPON
name: Bayraktar TB2
alias: TB2
alias: Bayraktar TB-2
alias: Bayraktar drone
alias: Bayraktar drones
alias: TB2 drones
country: TUR
note: drone; Turkish armed medium-altitude drone used in Libya, Syria, Nagorno-Karabakh, Ukraine and Ethiopia

id: weapon.bayraktar-akinci
type: WEAPON
name: Bayraktar Akıncı
alias: Akinci drone
country: TUR
note: drone; Turkish heavy armed drone

id: weapon.mq-9
type: WEAPON
name: MQ-9 Reaper
alias: MQ-9
alias: Reaper drone
alias: Reaper drones
alias: MQ-9 drone
alias: MQ-9 Reapers
alias: MQ-9A
country: USA
note: drone; US armed medium-altitude long-endurance drone; many shot down over Yemen from 2023

id: weapon.mq-1
type: WEAPON
name: MQ-1 Predator
alias: MQ-1
alias: Predator drone
alias: Predator drones
alias: MQ-1C Gray Eagle
alias: Gray Eagle
country: USA
note: drone; US armed drone (retired by the USAF in 2018; Army Gray Eagle variant)

id: weapon.rq-4
type: WEAPON
name: RQ-4 Global Hawk
alias: RQ-4
alias: Global Hawk
alias: RQ-4A
alias: MQ-4C Triton
country: USA
note: drone; US high-altitude surveillance drone; one shot down by Iran on 2019-06-20

id: weapon.hermes
type: WEAPON
name: Hermes 450
alias: Hermes 900
alias: Hermes drone
country: ISR
note: drone; Israeli Elbit armed drones (IDF name Zik); bare "Hermes" not listed

id: weapon.heron
type: WEAPON
name: Heron TP
alias: Eitan drone
alias: Heron drone
alias: IAI Heron
country: ISR
note: drone; Israeli IAI long-endurance drones

id: weapon.wing-loong
type: WEAPON
name: Wing Loong II
alias: Wing Loong
alias: Wing Loong 2
alias: Wing Loong drones
country: CHN
note: drone; Chinese armed drone operated by the UAE in Libya and others

id: weapon.lancet
type: WEAPON
name: ZALA Lancet
alias: Lancet drone
alias: Lancet drones
alias: Lancet loitering munition
alias: Lancet-3
alias: Izdeliye 52
country: RUS
note: drone; Russian loitering munition; bare "Lancet" not listed (medical journal)

id: weapon.orlan-10
type: WEAPON
name: Orlan-10
alias: Orlan-10 drone
country: RUS
note: drone; Russian reconnaissance drone used for artillery spotting

id: weapon.switchblade
type: WEAPON
name: Switchblade drone
alias: Switchblade 300
alias: Switchblade 600
alias: Switchblade drones
country: USA
note: drone; US loitering munitions supplied to Ukraine

id: weapon.sea-drone
type: WEAPON
name: Naval drone
alias: sea drone
alias: sea drones
alias: naval drones
alias: unmanned surface vessel
alias: unmanned surface vessels
alias: USV
alias: drone boat
alias: drone boats
alias: explosive boat
note: naval; generic uncrewed surface vessel, used by Ukraine in the Black Sea and by the Houthis in the Red Sea

id: weapon.magura-v5
type: WEAPON
name: Magura V5
alias: Magura sea drone
alias: Magura V7
country: UKR
note: naval; Ukrainian military intelligence (HUR) uncrewed surface vessel

id: weapon.sea-baby
type: WEAPON
name: Sea Baby
alias: Sea Baby drone
alias: Sea Baby drones
country: UKR
note: naval; Ukrainian SBU uncrewed surface vessel used against the Kerch bridge and Black Sea Fleet

# ======================================================================
# Aircraft and helicopters
# ======================================================================

id: weapon.f-15e
type: WEAPON
name: F-15E Strike Eagle
alias: F-15E
alias: F-15E Strike Eagles
alias: Strike Eagle
alias: Strike Eagles
alias: F-15Es
country: USA
note: aircraft; US two-seat strike fighter

id: weapon.f-15
type: WEAPON
name: F-15 Eagle
alias: F-15
alias: F-15s
alias: F-15I Ra'am
alias: F-15EX Eagle II
alias: F-15EX
country: USA
note: aircraft; US air-superiority fighter and variants (Israeli F-15I)

id: weapon.f-16
type: WEAPON
name: F-16 Fighting Falcon
alias: F-16
alias: F-16s
alias: F-16 fighter jets
alias: Fighting Falcon
alias: F-16I Sufa
country: USA
note: aircraft; US multirole fighter, supplied to Ukraine from 2024

id: weapon.f-35
type: WEAPON
name: F-35 Lightning II
alias: F-35
alias: F-35s
alias: F-35A
alias: F-35B
alias: F-35C
alias: F-35I Adir
country: USA
note: aircraft; US stealth multirole fighter

id: weapon.f-18
type: WEAPON
name: F/A-18 Super Hornet
alias: F/A-18
alias: F/A-18E
alias: F/A-18F
alias: F-18
alias: Super Hornet
alias: Super Hornets
alias: F/A-18 Hornet
country: USA
note: aircraft; US Navy carrier-based strike fighter

id: weapon.f-22
type: WEAPON
name: F-22 Raptor
alias: F-22
alias: F-22s
alias: Raptor fighter
country: USA
note: aircraft; US stealth air-superiority fighter

id: weapon.a-10
type: WEAPON
name: A-10 Thunderbolt II
alias: A-10
alias: A-10s
alias: A-10 Warthog
alias: A-10C
country: USA
note: aircraft; US close air support jet

id: weapon.b-52
type: WEAPON
name: B-52 Stratofortress
alias: B-52
alias: B-52s
alias: B-52H
alias: B-52 bomber
alias: B-52 bombers
country: USA
note: aircraft; US long-range strategic bomber

id: weapon.b-1
type: WEAPON
name: B-1B Lancer
alias: B-1B
alias: B-1
alias: B-1 bomber
alias: B-1 bombers
country: USA
note: aircraft; US supersonic strategic bomber, used in the February 2024 strikes in Iraq and Syria

id: weapon.b-2
type: WEAPON
name: B-2 Spirit
alias: B-2
alias: B-2 bomber
alias: B-2 bombers
alias: B-2 stealth bomber
alias: B-2 stealth bombers
country: USA
note: aircraft; US stealth bomber (Houthi targets October 2024, Fordow June 2025)

id: weapon.ac-130
type: WEAPON
name: AC-130 gunship
alias: AC-130
alias: AC-130J Ghostrider
alias: AC-130U Spooky
alias: Spectre gunship
country: USA
note: aircraft; US heavily armed ground-attack aircraft

id: weapon.c-130
type: WEAPON
name: C-130 Hercules
alias: C-130
alias: C-130J
alias: C-130s
alias: Hercules transport aircraft
country: USA
note: aircraft; US military transport aircraft

id: weapon.kc-135
type: WEAPON
name: KC-135 Stratotanker
alias: KC-135
alias: KC-135 tanker
alias: KC-46
alias: KC-46 Pegasus
country: USA
note: aircraft; US aerial refuelling tankers (a KC-135 crashed in western Iraq in March 2024)

id: weapon.e-3
type: WEAPON
name: E-3 Sentry
alias: AWACS
alias: E-3 AWACS
alias: E-7 Wedgetail
country: USA
note: aircraft; airborne early warning and control aircraft

id: weapon.su-24
type: WEAPON
name: Sukhoi Su-24
alias: Su-24
alias: Su-24M
alias: Su-24s
country: RUS
note: aircraft; Soviet tactical bomber, used by Russia, Ukraine, Syria and Iran

id: weapon.su-25
type: WEAPON
name: Sukhoi Su-25
alias: Su-25
alias: Su-25s
alias: Su-25 Frogfoot
country: RUS
note: aircraft; Soviet close air support jet

id: weapon.su-27
type: WEAPON
name: Sukhoi Su-27
alias: Su-27
alias: Su-27s
country: RUS
note: aircraft; Soviet air-superiority fighter (Russia, Ukraine)

id: weapon.su-30
type: WEAPON
name: Sukhoi Su-30
alias: Su-30
alias: Su-30SM
alias: Su-30SM2
alias: Su-30MKI
country: RUS
note: aircraft; Russian multirole fighter family

id: weapon.su-34
type: WEAPON
name: Sukhoi Su-34
alias: Su-34
alias: Su-34s
country: RUS
note: aircraft; Russian strike fighter-bomber, main launcher of glide bombs in Ukraine

id: weapon.su-35
type: WEAPON
name: Sukhoi Su-35
alias: Su-35
alias: Su-35S
country: RUS
note: aircraft; Russian multirole air-superiority fighter

id: weapon.su-57
type: WEAPON
name: Sukhoi Su-57
alias: Su-57
country: RUS
note: aircraft; Russian stealth fighter

id: weapon.mig-29
type: WEAPON
name: MiG-29
alias: MiG-29s
alias: Mikoyan MiG-29
country: RUS
note: aircraft; Soviet fighter (Ukraine, Syria, Iran, Sudan and others)

id: weapon.mig-31
type: WEAPON
name: MiG-31
alias: MiG-31K
alias: MiG-31s
country: RUS
note: aircraft; Russian interceptor, MiG-31K carries the Kinzhal

id: weapon.tu-95
type: WEAPON
name: Tupolev Tu-95
alias: Tu-95
alias: Tu-95MS
alias: Tu-95 bombers
alias: Bear bomber
country: RUS
note: aircraft; Russian turboprop strategic bomber, launcher of Kh-101 missiles

id: weapon.tu-22m3
type: WEAPON
name: Tupolev Tu-22M3
alias: Tu-22M3
alias: Tu-22M
alias: Tu-22M3 bombers
country: RUS
note: aircraft; Russian long-range bomber, launcher of Kh-22 missiles

id: weapon.tu-160
type: WEAPON
name: Tupolev Tu-160
alias: Tu-160
alias: Tu-160M
country: RUS
note: aircraft; Russian supersonic strategic bomber

id: weapon.a-50
type: WEAPON
name: Beriev A-50
alias: A-50
alias: A-50U
alias: A-50 spy plane
country: RUS
note: aircraft; Russian airborne early warning aircraft, two lost in January-February 2024

id: weapon.mirage-2000
type: WEAPON
name: Mirage 2000
alias: Mirage 2000-5
alias: Mirage 2000s
alias: Dassault Mirage 2000
country: FRA
note: aircraft; French multirole fighter, supplied to Ukraine from 2025

id: weapon.rafale
type: WEAPON
name: Dassault Rafale
alias: Rafale
alias: Rafale jets
alias: Rafale fighter jets
country: FRA
note: aircraft; French multirole fighter (France, India, Egypt, Qatar, UAE ...)

id: weapon.eurofighter
type: WEAPON
name: Eurofighter Typhoon
alias: Eurofighter
alias: Typhoon fighter
alias: Typhoon jets
alias: RAF Typhoon
country: GBR
note: aircraft; European multirole fighter; bare "Typhoon" not listed (weather)

id: weapon.gripen
type: WEAPON
name: Saab JAS 39 Gripen
alias: Gripen
alias: JAS 39 Gripen
alias: Gripen fighter jets
country: SWE
note: aircraft; Swedish multirole fighter

id: weapon.j-10
type: WEAPON
name: Chengdu J-10
alias: J-10
alias: J-10C
alias: J-10CE
country: CHN
note: aircraft; Chinese multirole fighter, used by Pakistan in May 2025

id: weapon.ah-64
type: WEAPON
name: AH-64 Apache
alias: AH-64
alias: AH-64D
alias: AH-64E
alias: Apache helicopter
alias: Apache helicopters
alias: Apache attack helicopter
alias: Apache attack helicopters
alias: Apache gunship
alias: Apache gunships
country: USA
note: aircraft; US attack helicopter (helicopter); bare "Apache" not listed

id: weapon.uh-60
type: WEAPON
name: UH-60 Black Hawk
alias: UH-60
alias: Black Hawk
alias: Black Hawks
alias: Blackhawk
alias: Black Hawk helicopter
alias: Black Hawk helicopters
alias: MH-60
alias: HH-60 Pave Hawk
country: USA
note: aircraft; US utility helicopter (helicopter)

id: weapon.ch-47
type: WEAPON
name: CH-47 Chinook
alias: CH-47
alias: Chinook helicopter
alias: Chinook helicopters
alias: MH-47
country: USA
note: aircraft; US heavy-lift helicopter (helicopter); bare "Chinook" not listed

id: weapon.mv-22
type: WEAPON
name: V-22 Osprey
alias: MV-22 Osprey
alias: CV-22 Osprey
alias: MV-22
alias: CV-22
alias: Osprey aircraft
country: USA
note: aircraft; US tilt-rotor aircraft; bare "Osprey" not listed (bird)

id: weapon.mi-8
type: WEAPON
name: Mi-8
alias: Mil Mi-8
alias: Mi-17
alias: Mi-171
alias: Mi-8 helicopter
alias: Mi-17 helicopter
alias: Mi-8MTV
alias: Hip helicopter
country: RUS
note: aircraft; Soviet/Russian medium transport helicopter (helicopter), Mi-17 is the export version

id: weapon.mi-24
type: WEAPON
name: Mi-24
alias: Mil Mi-24
alias: Mi-35
alias: Mi-24 Hind
alias: Mi-24 helicopter
alias: Hind gunship
alias: Mi-24 gunship
country: RUS
note: aircraft; Soviet/Russian attack helicopter (helicopter), Mi-35 is the export version

id: weapon.mi-28
type: WEAPON
name: Mi-28
alias: Mil Mi-28
alias: Mi-28N
country: RUS
note: aircraft; Russian attack helicopter (helicopter)

id: weapon.ka-52
type: WEAPON
name: Ka-52
alias: Kamov Ka-52
alias: Ka-52 Alligator
alias: Alligator helicopter
alias: Ka-52s
country: RUS
note: aircraft; Russian attack helicopter (helicopter)

# ======================================================================
# Armour
# ======================================================================

id: weapon.t-55
type: WEAPON
name: T-55
alias: T-54
alias: T-54/55
alias: T-55 tanks
country: RUS
note: armour; Soviet main battle tank, still used in Syria, Sudan and by Russia

id: weapon.t-62
type: WEAPON
name: T-62
alias: T-62M
alias: T-62 tanks
country: RUS
note: armour; Soviet main battle tank

id: weapon.t-64
type: WEAPON
name: T-64
alias: T-64BV
alias: T-64 tanks
country: UKR
note: armour; Soviet main battle tank, backbone of Ukraine's tank force

id: weapon.t-72
type: WEAPON
name: T-72
alias: T-72B3
alias: T-72s
alias: T-72 tank
alias: T-72 tanks
alias: T-72M1
country: RUS
note: armour; Soviet main battle tank, the most widespread in current wars

id: weapon.t-80
type: WEAPON
name: T-80
alias: T-80BVM
alias: T-80U
alias: T-80 tanks
country: RUS
note: armour; Soviet gas-turbine main battle tank

id: weapon.t-90
type: WEAPON
name: T-90
alias: T-90M
alias: T-90M Proryv
alias: T-90A
alias: T-90 tanks
alias: T-90S
country: RUS
note: armour; Russian main battle tank

id: weapon.abrams
type: WEAPON
name: M1 Abrams
alias: Abrams tank
alias: Abrams tanks
alias: M1A1 Abrams
alias: M1A2 Abrams
alias: M1A1
alias: M1A2
country: USA
note: armour; US main battle tank (Iraq, Ukraine, Saudi Arabia, Egypt); bare "Abrams" not listed

id: weapon.leopard-2
type: WEAPON
name: Leopard 2
alias: Leopard 2A4
alias: Leopard 2A6
alias: Leopard 2A7
alias: Leopard 2 tanks
alias: Leopard tanks
alias: Leopard tank
country: DEU
note: armour; German main battle tank (Leopard 2A4 also Turkish)

id: weapon.leopard-1
type: WEAPON
name: Leopard 1
alias: Leopard 1A5
alias: Leopard 1 tanks
country: DEU
note: armour; older German main battle tank supplied to Ukraine

id: weapon.challenger-2
type: WEAPON
name: Challenger 2
alias: Challenger 2 tank
alias: Challenger 2 tanks
alias: Challenger 3
country: GBR
note: armour; British main battle tank

id: weapon.merkava
type: WEAPON
name: Merkava
alias: Merkava tank
alias: Merkava tanks
alias: Merkava Mk 4
alias: Merkava IV
alias: Merkava 4
country: ISR
note: armour; Israeli main battle tank

id: weapon.namer
type: WEAPON
name: Namer APC
alias: Namer armored personnel carrier
alias: Namer armoured personnel carrier
country: ISR
note: armour; Israeli heavy armoured personnel carrier; bare "Namer" not listed

id: weapon.bradley
type: WEAPON
name: M2 Bradley
alias: Bradley Fighting Vehicle
alias: Bradley fighting vehicles
alias: Bradley IFV
alias: Bradleys
alias: M2A2 Bradley
alias: Bradley infantry fighting vehicle
country: USA
note: armour; US infantry fighting vehicle; bare "Bradley" not listed

id: weapon.stryker
type: WEAPON
name: Stryker
alias: Stryker armored vehicle
alias: Stryker vehicles
alias: M1126 Stryker
alias: Strykers
country: USA
note: armour; US eight-wheeled armoured vehicle

id: weapon.m113
type: WEAPON
name: M113
alias: M113 armored personnel carrier
alias: M113 APC
alias: M113s
country: USA
note: armour; US tracked armoured personnel carrier

id: weapon.mrap
type: WEAPON
name: MRAP
alias: MRAPs
alias: mine-resistant ambush-protected vehicle
alias: MaxxPro
alias: M-ATV
country: USA
note: armour; US mine-resistant ambush-protected vehicles

id: weapon.humvee
type: WEAPON
name: Humvee
alias: Humvees
alias: HMMWV
alias: Hummer military vehicle
country: USA
note: armour; US light military utility vehicle

id: weapon.bmp
type: WEAPON
name: BMP-2
alias: BMP-1
alias: BMP-3
alias: BMP-2s
alias: BMP infantry fighting vehicle
alias: BMP-2 infantry fighting vehicle
country: RUS
note: armour; Soviet/Russian infantry fighting vehicles (BMP-1/2/3); bare "BMP" not listed (image format)

id: weapon.btr
type: WEAPON
name: BTR-80
alias: BTR-82A
alias: BTR-70
alias: BTR-4
alias: BTR armored personnel carrier
country: RUS
note: armour; Soviet/Russian eight-wheeled armoured personnel carriers (BTR-4 is Ukrainian)

id: weapon.marder
type: WEAPON
name: Marder infantry fighting vehicle
alias: Marder IFV
alias: Marder 1A3
country: DEU
note: armour; German infantry fighting vehicle supplied to Ukraine

id: weapon.cv90
type: WEAPON
name: CV90
alias: CV90 infantry fighting vehicle
alias: Combat Vehicle 90
country: SWE
note: armour; Swedish infantry fighting vehicle

id: weapon.technical
type: WEAPON
name: Armed pickup truck
alias: technicals
alias: armed pickup trucks
note: armour; "technical": improvised fighting vehicle (pickup with a mounted weapon); the singular is not listed (common adjective), Sudan, Libya, Somalia, Sahel

# ======================================================================
# Artillery and mortars
# ======================================================================

id: weapon.m777
type: WEAPON
name: M777 howitzer
alias: M777
alias: M777s
alias: M777 howitzers
alias: M777 towed howitzer
country: USA
note: artillery; US/UK 155 mm towed howitzer

id: weapon.caesar
type: WEAPON
name: Caesar howitzer
alias: CAESAR
alias: Caesar howitzers
alias: CAESAR self-propelled howitzer
alias: Caesar self-propelled howitzers
alias: Caesar artillery
country: FRA
note: artillery; French truck-mounted 155 mm howitzer; bare "Caesar" not listed (also the Caesar Act)

id: weapon.pzh-2000
type: WEAPON
name: PzH 2000
alias: Panzerhaubitze 2000
alias: PzH 2000 howitzer
alias: PzH 2000 howitzers
country: DEU
note: artillery; German 155 mm self-propelled howitzer

id: weapon.m109
type: WEAPON
name: M109 howitzer
alias: M109
alias: M109 Paladin
alias: Paladin howitzer
alias: M109A6
alias: M109 howitzers
country: USA
note: artillery; US 155 mm self-propelled howitzer

id: weapon.archer
type: WEAPON
name: Archer artillery system
alias: Archer howitzer
alias: FH77BW Archer
country: SWE
note: artillery; Swedish truck-mounted 155 mm howitzer

id: weapon.krab
type: WEAPON
name: AHS Krab
alias: Krab howitzer
alias: Krab self-propelled howitzer
country: POL
note: artillery; Polish 155 mm self-propelled howitzer

id: weapon.bohdana
type: WEAPON
name: 2S22 Bohdana
alias: Bohdana
alias: Bohdana howitzer
country: UKR
note: artillery; Ukrainian truck-mounted 155 mm howitzer

id: weapon.msta-s
type: WEAPON
name: 2S19 Msta-S
alias: Msta-S
alias: 2S19
alias: 2A65 Msta-B
country: RUS
note: artillery; Russian 152 mm self-propelled (Msta-S) and towed (Msta-B) howitzers

id: weapon.2s7-pion
type: WEAPON
name: 2S7 Pion
alias: 2S7M Malka
country: RUS
note: artillery; Soviet 203 mm self-propelled gun

id: weapon.2s1-gvozdika
type: WEAPON
name: 2S1 Gvozdika
alias: Gvozdika
alias: 2S1
country: RUS
note: artillery; Soviet 122 mm self-propelled howitzer

id: weapon.d-30
type: WEAPON
name: D-30 howitzer
alias: D-30
alias: 2A18
alias: D-30 howitzers
country: RUS
note: artillery; Soviet 122 mm towed howitzer

id: weapon.155mm-shell
type: WEAPON
name: 155mm artillery shell
alias: 155mm shells
alias: 155 mm shells
alias: 155mm rounds
alias: 155 mm artillery shells
alias: 152mm shells
alias: 152 mm shells
note: artillery; NATO 155 mm and Soviet-standard 152 mm artillery ammunition

id: weapon.mortar
type: WEAPON
name: Mortar
alias: mortars
alias: mortar shell
alias: mortar shells
alias: mortar round
alias: mortar rounds
alias: mortar bomb
alias: mortar bombs
alias: 60mm mortar
alias: 81mm mortar
alias: 82mm mortar
alias: 120mm mortar
alias: mortar fire
note: artillery; indirect-fire tube weapon and its shells (the word also means building mortar)

# ======================================================================
# Air defence
# ======================================================================

id: weapon.s-200
type: WEAPON
name: S-200
alias: S-200 missile
alias: SA-5 Gammon
alias: SA-5
country: RUS
note: air-defence; Soviet long-range surface-to-air missile (Syria; Russia uses it for ground attack)

id: weapon.s-300
type: WEAPON
name: S-300
alias: S-300PMU2
alias: S-300 air defence system
alias: S-300 air defense system
alias: S-300 missiles
alias: SA-10 Grumble
alias: S-300V
country: RUS
note: air-defence; Soviet/Russian long-range surface-to-air missile system (Russia, Ukraine, Iran, Syria)

id: weapon.s-400
type: WEAPON
name: S-400
alias: S-400 Triumf
alias: S-400 air defence system
alias: S-400 air defense system
alias: S-400 missiles
alias: SA-21 Growler
country: RUS
note: air-defence; Russian long-range surface-to-air missile system (also Turkey, India, China)

id: weapon.pantsir
type: WEAPON
name: Pantsir
alias: Pantsir-S1
alias: Pantsir-SM
alias: SA-22 Greyhound
alias: Pantsir air defence system
country: RUS
note: air-defence; Russian short-range gun and missile system (Russia, Syria, UAE, Libya)

id: weapon.buk
type: WEAPON
name: Buk
alias: Buk missile system
alias: Buk-M1
alias: Buk-M2
alias: Buk-M3
alias: SA-11 Gadfly
alias: SA-17 Grizzly
country: RUS
note: air-defence; Soviet/Russian medium-range surface-to-air missile system (MH17 2014)

id: weapon.tor
type: WEAPON
name: Tor-M1
alias: Tor-M2
alias: Tor missile system
alias: 9K330 Tor
alias: SA-15 Gauntlet
country: RUS
note: air-defence; Soviet/Russian short-range surface-to-air missile system (Iran used one against PS752 in January 2020); bare "Tor" not listed

id: weapon.bavar-373
type: WEAPON
name: Bavar-373
alias: Bavar-373 air defence system
country: IRN
note: air-defence; Iranian long-range surface-to-air missile system

id: weapon.khordad-15
type: WEAPON
name: Khordad-15
alias: 15th Khordad
alias: 3rd Khordad
alias: Khordad 3
alias: Raad air defence system
country: IRN
note: air-defence; Iranian medium-range surface-to-air missile systems (3rd Khordad downed the US RQ-4 in June 2019)

id: weapon.patriot
type: WEAPON
name: MIM-104 Patriot
alias: Patriot missile
alias: Patriot missiles
alias: Patriot air defence system
alias: Patriot air defense system
alias: Patriot air defence systems
alias: Patriot air defense systems
alias: Patriot system
alias: Patriot systems
alias: Patriot battery
alias: Patriot batteries
alias: PAC-3
alias: PAC-3 MSE
alias: PAC-2
country: USA
note: air-defence; US long-range surface-to-air missile system; bare "Patriot" not listed

id: weapon.thaad
type: WEAPON
name: THAAD
alias: Terminal High Altitude Area Defense
alias: THAAD battery
alias: THAAD system
alias: THAAD missile defense system
country: USA
note: air-defence; US ballistic missile defence system, deployed to Israel in October 2024

id: weapon.sm-3
type: WEAPON
name: SM-3
alias: Standard Missile 3
alias: SM-2
alias: SM-6
alias: Standard Missile
alias: Aegis combat system
country: USA
note: air-defence; US Navy ship-launched interceptors (Standard Missile family) and the Aegis system, used against Houthi and Iranian missiles

id: weapon.nasams
type: WEAPON
name: NASAMS
alias: National Advanced Surface-to-Air Missile System
alias: NASAMS air defence system
alias: NASAMS air defense system
country: NOR
note: air-defence; Norwegian-US medium-range surface-to-air missile system

id: weapon.iris-t
type: WEAPON
name: IRIS-T
alias: IRIS-T SLM
alias: IRIS-T air defence system
alias: IRIS-T air defense system
country: DEU
note: air-defence; German short- and medium-range air defence system

id: weapon.samp-t
type: WEAPON
name: SAMP/T
alias: SAMP/T Mamba
alias: SAMP-T
alias: Mamba air defence system
country: FRA
note: air-defence; Franco-Italian long-range surface-to-air missile system

id: weapon.gepard
type: WEAPON
name: Gepard
alias: Flakpanzer Gepard
alias: Gepard anti-aircraft gun
alias: Gepard self-propelled anti-aircraft gun
country: DEU
note: air-defence; German self-propelled anti-aircraft gun supplied to Ukraine

id: weapon.iron-dome
type: WEAPON
name: Iron Dome
alias: Iron Dome air defence system
alias: Iron Dome air defense system
alias: Iron Dome system
alias: Iron Dome interceptors
alias: Tamir interceptor
country: ISR
note: air-defence; Israeli short-range rocket interceptor system

id: weapon.davids-sling
type: WEAPON
name: David's Sling
alias: David's Sling air defence system
country: ISR
note: air-defence; Israeli medium-range missile defence system

id: weapon.arrow
type: WEAPON
name: Arrow 3
alias: Arrow 2
alias: Arrow missile defence system
alias: Arrow missile defense system
country: ISR
note: air-defence; Israeli-US ballistic missile interceptors

id: weapon.iron-beam
type: WEAPON
name: Iron Beam
alias: Iron Beam laser
alias: Iron Beam laser system
country: ISR
note: air-defence; Israeli high-energy laser interceptor

id: weapon.stinger
type: WEAPON
name: FIM-92 Stinger
alias: Stinger missile
alias: Stinger missiles
alias: Stinger anti-aircraft missile
alias: FIM-92
country: USA
note: air-defence; US man-portable surface-to-air missile; bare "Stinger" not listed

id: weapon.igla
type: WEAPON
name: 9K38 Igla
alias: Igla
alias: Igla-S
alias: SA-18 Grouse
alias: Igla missile
country: RUS
note: air-defence; Soviet/Russian man-portable surface-to-air missile

id: weapon.manpads
type: WEAPON
name: MANPADS
alias: man-portable air-defense system
alias: man-portable air defence system
alias: shoulder-fired missile
alias: shoulder-fired missiles
note: air-defence; generic class of man-portable surface-to-air missiles

id: weapon.zu-23
type: WEAPON
name: ZU-23-2
alias: ZU-23
alias: ZU-23 anti-aircraft gun
alias: 23mm anti-aircraft gun
country: RUS
note: air-defence; Soviet twin 23 mm anti-aircraft gun, often mounted on technicals

# ======================================================================
# Small arms and light weapons
# ======================================================================

id: weapon.ak-47
type: WEAPON
name: AK-47
alias: AK-47s
alias: Kalashnikov
alias: Kalashnikovs
alias: Kalashnikov rifle
alias: Kalashnikov rifles
alias: AKM
alias: AK-74
alias: AK-47 assault rifle
country: RUS
note: small-arms; Soviet-designed assault rifle family

id: weapon.m16
type: WEAPON
name: M16 rifle
alias: M16
alias: M16s
alias: M4 carbine
alias: M4 carbines
alias: AR-15
country: USA
note: small-arms; US assault rifle family (M16/M4, civilian AR-15)

id: weapon.rpg-7
type: WEAPON
name: RPG-7
alias: RPG
alias: RPGs
alias: rocket-propelled grenade
alias: rocket-propelled grenades
alias: RPG-29
alias: RPG-32
alias: Yassin-105
alias: Al-Yassin 105
country: RUS
note: small-arms; Soviet shoulder-fired anti-tank grenade launcher and derivatives (Hamas's Yassin-105 tandem round)

id: weapon.pkm
type: WEAPON
name: PK machine gun
alias: PKM
alias: PKM machine gun
alias: PK machine guns
country: RUS
note: small-arms; Soviet general-purpose machine gun

id: weapon.dshk
type: WEAPON
name: DShK
alias: DShK machine gun
alias: Dushka
alias: DShKM
country: RUS
note: small-arms; Soviet 12.7 mm heavy machine gun, often mounted on technicals

id: weapon.m2-browning
type: WEAPON
name: M2 Browning
alias: M2 machine gun
alias: .50 caliber machine gun
alias: Ma Deuce
country: USA
note: small-arms; US 12.7 mm heavy machine gun

id: weapon.dragunov
type: WEAPON
name: Dragunov sniper rifle
alias: Dragunov
alias: SVD
alias: SVD Dragunov
country: RUS
note: small-arms; Soviet designated marksman rifle

id: weapon.hand-grenade
type: WEAPON
name: Hand grenade
alias: hand grenades
alias: grenade
alias: grenades
alias: stun grenade
alias: stun grenades
alias: F-1 grenade
note: small-arms; thrown explosive

# ======================================================================
# Explosives and improvised weapons
# ======================================================================

id: weapon.ied
type: WEAPON
name: Improvised explosive device
alias: IED
alias: IEDs
alias: improvised explosive devices
alias: roadside bomb
alias: roadside bombs
alias: explosive device
alias: explosive devices
alias: sticky bomb
alias: sticky bombs
note: explosive; improvised bomb, including roadside bombs against convoys

id: weapon.vbied
type: WEAPON
name: Vehicle-borne improvised explosive device
alias: VBIED
alias: VBIEDs
alias: car bomb
alias: car bombs
alias: truck bomb
alias: truck bombs
alias: booby-trapped car
alias: booby-trapped vehicle
alias: SVBIED
alias: suicide car bomb
alias: suicide car bombs
note: explosive; car and truck bombs, including suicide vehicle bombs (SVBIED)

id: weapon.suicide-vest
type: WEAPON
name: Suicide vest
alias: suicide vests
alias: suicide belt
alias: suicide belts
alias: explosive vest
alias: explosive vests
alias: explosive belt
alias: PBIED
note: explosive; person-borne improvised explosive device

id: weapon.efp
type: WEAPON
name: Explosively formed penetrator
alias: EFP
alias: EFPs
alias: explosively formed projectile
alias: explosively formed projectiles
note: explosive; armour-piercing IED associated with Iran-backed militias in Iraq

id: weapon.landmine
type: WEAPON
name: Landmine
alias: landmines
alias: land mine
alias: land mines
alias: anti-personnel mine
alias: anti-personnel mines
alias: anti-tank mine
alias: anti-tank mines
alias: PFM-1
alias: butterfly mines
note: explosive; land mines of all kinds

id: weapon.naval-mine
type: WEAPON
name: Naval mine
alias: naval mines
alias: sea mine
alias: sea mines
alias: limpet mine
alias: limpet mines
note: explosive; sea mines and limpet mines (tanker attacks 2019)

id: weapon.cluster-munition
type: WEAPON
name: Cluster munition
alias: cluster munitions
alias: cluster bomb
alias: cluster bombs
alias: cluster warhead
alias: cluster warheads
alias: DPICM
alias: submunitions
note: explosive; munitions releasing submunitions; banned by the 2008 Convention for its parties

id: weapon.barrel-bomb
type: WEAPON
name: Barrel bomb
alias: barrel bombs
alias: explosive barrels
note: explosive; improvised air-dropped bombs used by the Assad government's helicopters

id: weapon.white-phosphorus
type: WEAPON
name: White phosphorus
alias: white phosphorus munitions
alias: white phosphorus shells
alias: phosphorus bombs
alias: phosphorous shells
note: explosive; incendiary munition used for smokescreens, controversial near civilians

id: weapon.thermobaric
type: WEAPON
name: Thermobaric weapon
alias: thermobaric weapons
alias: thermobaric bomb
alias: thermobaric rockets
alias: vacuum bomb
alias: vacuum bombs
note: explosive; fuel-air explosive munitions

id: weapon.pager-bomb
type: WEAPON
name: Exploding pagers
alias: pager explosions
alias: booby-trapped pagers
alias: exploding walkie-talkies
alias: pager attack
note: explosive; booby-trapped pagers and radios detonated among Hezbollah members on 2024-09-17 and 2024-09-18

# ======================================================================
# Chemical weapons
# ======================================================================

id: weapon.sarin
type: WEAPON
name: Sarin
alias: sarin gas
alias: sarin nerve agent
alias: GB nerve agent
note: chemical; nerve agent (Ghouta 2013, Khan Shaykhun 2017)

id: weapon.chlorine-gas
type: WEAPON
name: Chlorine gas
alias: chlorine bombs
alias: chlorine attack
alias: chlorine barrel bombs
note: chemical; toxic industrial chemical used as a weapon (Douma 2018)

id: weapon.mustard-gas
type: WEAPON
name: Mustard gas
alias: sulfur mustard
alias: sulphur mustard
alias: mustard agent
note: chemical; blister agent (Islamic State use in Iraq and Syria)

id: weapon.novichok
type: WEAPON
name: Novichok
alias: Novichok nerve agent
alias: Novichok agent
country: RUS
note: chemical; Soviet/Russian nerve agents (Skripal 2018, Navalny 2020)

id: weapon.riot-control-agent
type: WEAPON
name: Tear gas
alias: tear gas canisters
alias: CS gas
alias: pepper spray
note: chemical; riot-control agents (common in protest reporting)

# ======================================================================
# Naval platforms (generic classes and widely reported types)
# ======================================================================

id: weapon.aircraft-carrier
type: WEAPON
name: Aircraft carrier
alias: aircraft carriers
alias: carrier strike group
alias: carrier strike groups
alias: supercarrier
note: naval; generic class (USS Dwight D. Eisenhower, USS Harry S. Truman ... are ships, not listed here)

id: weapon.destroyer
type: WEAPON
name: Destroyer
alias: destroyers
alias: guided-missile destroyer
alias: guided-missile destroyers
alias: Arleigh Burke-class destroyer
alias: Arleigh Burke-class destroyers
alias: Type 45 destroyer
note: naval; generic class and the US Arleigh Burke and British Type 45 classes

id: weapon.frigate
type: WEAPON
name: Frigate
alias: frigates
alias: guided-missile frigate
alias: Admiral Grigorovich-class frigate
note: naval; generic class

id: weapon.corvette
type: WEAPON
name: Corvette
alias: corvettes
alias: missile corvette
alias: Karakurt-class corvette
alias: Buyan-M corvette
note: naval; generic class (Russian Karakurt and Buyan-M Kalibr carriers)

id: weapon.submarine
type: WEAPON
name: Submarine
alias: submarines
alias: nuclear-powered submarine
alias: nuclear submarine
alias: attack submarine
alias: Kilo-class submarine
alias: Kilo-class submarines
alias: Ohio-class submarine
note: naval; generic class (Kilo-class: Russian/Iranian diesel-electric)

id: weapon.landing-ship
type: WEAPON
name: Landing ship
alias: landing ships
alias: large landing ship
alias: amphibious assault ship
alias: Ropucha-class landing ship
note: naval; amphibious ships (several Russian Ropucha-class ships sunk by Ukraine)

id: weapon.cruiser
type: WEAPON
name: Guided-missile cruiser
alias: missile cruiser
alias: Slava-class cruiser
alias: Ticonderoga-class cruiser
note: naval; generic class (the Slava-class Moskva sank in April 2022)

id: weapon.fast-attack-craft
type: WEAPON
name: Fast attack craft
alias: fast boats
alias: fast-attack boats
alias: speedboats
alias: IRGC speedboats
alias: patrol boat
alias: patrol boats
note: naval; small armed boats (IRGC Navy swarms, Houthi boarding of ships)
