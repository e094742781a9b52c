# Hand-written state bodies appended to the generated institutions.lex by
# scripts/lexicon/make_institutions.py (copied as they are; ids must not clash with generated ones).

# ---------------- United States ----------------
id: usa.white-house
type: ORG
name: White House
alias: the White House
alias: Executive Office of the President
alias: Oval Office
code: USAGOV
country: USA
parent: usa.gov
note: metonym for the US presidency and its staff

id: usa.nsc
type: ORG
name: United States National Security Council
alias: National Security Council
alias: US National Security Council
alias: White House National Security Council
code: USAGOV
country: USA
parent: usa.white-house

id: usa.treasury
type: ORG
name: United States Department of the Treasury
alias: Treasury Department
alias: US Treasury
alias: U.S. Treasury
alias: Department of the Treasury
alias: US Treasury Department
alias: U.S. Treasury Department
code: USAGOV
country: USA
parent: usa.gov

id: usa.ofac
type: ORG
name: Office of Foreign Assets Control
alias: OFAC
code: USAGOV
country: USA
parent: usa.treasury

id: usa.doj
type: ORG
name: United States Department of Justice
alias: Justice Department
alias: US Justice Department
alias: U.S. Justice Department
alias: Department of Justice
alias: DOJ
code: USAGOVJUD
country: USA
parent: usa.gov

id: usa.fbi
type: ORG
name: Federal Bureau of Investigation
alias: FBI
code: USACOP
country: USA
parent: usa.doj

id: usa.dea
type: ORG
name: Drug Enforcement Administration
alias: DEA
alias: US Drug Enforcement Administration
code: USACOP
country: USA
parent: usa.doj

id: usa.nsa
type: ORG
name: National Security Agency
alias: NSA
alias: US National Security Agency
code: USASPY
country: USA
parent: usa.dod

id: usa.odni
type: ORG
name: Office of the Director of National Intelligence
alias: ODNI
alias: Director of National Intelligence
code: USASPY
country: USA
parent: usa.gov

id: usa.dia
type: ORG
name: Defense Intelligence Agency
alias: DIA
code: USAMILSPY
country: USA
parent: usa.dod

id: usa.jcs
type: ORG
name: Joint Chiefs of Staff
alias: US Joint Chiefs of Staff
alias: U.S. Joint Chiefs of Staff
alias: Joint Chiefs
alias: JCS
code: USAMIL
country: USA
parent: usa.dod

id: usa.army
type: ORG
name: United States Army
alias: US Army
alias: U.S. Army
alias: American army
code: USAMIL
country: USA
parent: usa.mil

id: usa.navy
type: ORG
name: United States Navy
alias: US Navy
alias: U.S. Navy
alias: American navy
code: USAMIL
country: USA
parent: usa.mil

id: usa.air-force
type: ORG
name: United States Air Force
alias: US Air Force
alias: U.S. Air Force
alias: USAF
alias: American air force
code: USAMIL
country: USA
parent: usa.mil

id: usa.marines
type: ORG
name: United States Marine Corps
alias: US Marine Corps
alias: U.S. Marine Corps
alias: Marine Corps
alias: USMC
alias: US Marines
alias: U.S. Marines
code: USAMIL
country: USA
parent: usa.mil

id: usa.space-force
type: ORG
name: United States Space Force
alias: US Space Force
alias: U.S. Space Force
alias: Space Force
code: USAMIL
country: USA
parent: usa.mil
note: established 2019-12-20

id: usa.coast-guard
type: ORG
name: United States Coast Guard
alias: US Coast Guard
alias: U.S. Coast Guard
alias: USCG
code: USAMIL
country: USA
parent: usa.dhs

id: usa.national-guard
type: ORG
name: National Guard of the United States
alias: US National Guard
alias: U.S. National Guard
code: USAMIL
country: USA
parent: usa.mil

id: usa.centcom
type: ORG
name: United States Central Command
alias: US Central Command
alias: U.S. Central Command
alias: Central Command
alias: CENTCOM
alias: CentCom
code: USAMIL
country: USA
parent: usa.dod

id: usa.africom
type: ORG
name: United States Africa Command
alias: US Africa Command
alias: U.S. Africa Command
alias: AFRICOM
alias: Africa Command
code: USAMIL
country: USA
parent: usa.dod

id: usa.eucom
type: ORG
name: United States European Command
alias: US European Command
alias: U.S. European Command
alias: EUCOM
code: USAMIL
country: USA
parent: usa.dod

id: usa.indopacom
type: ORG
name: United States Indo-Pacific Command
alias: US Indo-Pacific Command
alias: U.S. Indo-Pacific Command
alias: INDOPACOM
alias: Indo-Pacific Command
alias: PACOM
alias: US Pacific Command
code: USAMIL
country: USA
parent: usa.dod
note: named Pacific Command (PACOM) until 2018-05-30

id: usa.socom
type: ORG
name: United States Special Operations Command
alias: US Special Operations Command
alias: U.S. Special Operations Command
alias: SOCOM
alias: USSOCOM
code: USAMIL
country: USA
parent: usa.dod

id: usa.southcom
type: ORG
name: United States Southern Command
alias: US Southern Command
alias: U.S. Southern Command
alias: SOUTHCOM
alias: Southern Command
code: USAMIL
country: USA
parent: usa.dod

id: usa.senate
type: ORG
name: United States Senate
alias: US Senate
alias: U.S. Senate
code: USALEG
country: USA
parent: usa.congress

id: usa.house
type: ORG
name: United States House of Representatives
alias: US House of Representatives
alias: U.S. House of Representatives
alias: US House
alias: U.S. House
code: USALEG
country: USA
parent: usa.congress

id: usa.usaid
type: ORG
name: United States Agency for International Development
alias: USAID
alias: US Agency for International Development
alias: U.S. Agency for International Development
code: USAGOVDEV
country: USA
parent: usa.state
note: largely dismantled and folded into the State Department in 2025

# ---------------- United Kingdom ----------------
id: gbr.downing-street
type: ORG
name: Downing Street
alias: 10 Downing Street
alias: Number 10
alias: No 10
alias: No. 10
code: GBRGOV
country: GBR
parent: gbr.gov
note: metonym for the British prime minister and his or her office

id: gbr.army
type: ORG
name: British Army
alias: UK Army
code: GBRMIL
country: GBR
parent: gbr.mil

id: gbr.raf
type: ORG
name: Royal Air Force
alias: RAF
alias: British air force
code: GBRMIL
country: GBR
parent: gbr.mil

id: gbr.royal-navy
type: ORG
name: Royal Navy
alias: British navy
alias: UK navy
code: GBRMIL
country: GBR
parent: gbr.mil

id: gbr.mi5
type: ORG
name: Security Service
alias: MI5
alias: British Security Service
code: GBRSPY
country: GBR
parent: gbr.home-office

id: gbr.gchq
type: ORG
name: Government Communications Headquarters
alias: GCHQ
code: GBRSPY
country: GBR
parent: gbr.fcdo

id: gbr.commons
type: ORG
name: House of Commons
alias: British House of Commons
alias: UK House of Commons
alias: the Commons
code: GBRLEG
country: GBR
parent: gbr.parliament

id: gbr.lords
type: ORG
name: House of Lords
alias: British House of Lords
alias: the Lords
code: GBRLEG
country: GBR
parent: gbr.parliament

id: gbr.met
type: ORG
name: Metropolitan Police Service
alias: Metropolitan Police
alias: Met Police
alias: Scotland Yard
alias: the Met
code: GBRCOP
country: GBR
parent: gbr.home-office

# ---------------- France ----------------
id: fra.elysee
type: ORG
name: Elysee Palace
alias: Élysée Palace
alias: the Elysee
alias: Élysée
alias: French presidency
code: FRAGOV
country: FRA
parent: fra.gov
note: metonym for the French presidency

id: fra.matignon
type: ORG
name: Hotel Matignon
alias: Matignon
alias: Hôtel Matignon
code: FRAGOV
country: FRA
parent: fra.gov
note: metonym for the French prime minister's office

# ---------------- Russia ----------------
id: rus.kremlin
type: ORG
name: Kremlin
alias: the Kremlin
alias: Moscow Kremlin
alias: Presidential Administration of Russia
code: RUSGOV
country: RUS
parent: rus.gov
note: metonym for the Russian presidency

id: rus.duma
type: ORG
name: State Duma
alias: Duma
alias: Russian State Duma
alias: Russian Duma
code: RUSLEG
country: RUS
parent: rus.parliament

id: rus.federation-council
type: ORG
name: Federation Council
alias: Russian Federation Council
alias: Federation Council of Russia
code: RUSLEG
country: RUS
parent: rus.parliament

id: rus.general-staff
type: ORG
name: General Staff of the Armed Forces of Russia
alias: Russian General Staff
alias: Russian military's General Staff
code: RUSMIL
country: RUS
parent: rus.mod

id: rus.rosgvardia
type: ORG
name: National Guard of Russia
alias: Rosgvardia
alias: Russian National Guard
alias: Rosgvardiya
code: RUSCOP
country: RUS
parent: rus.gov
note: internal security troops, created 2016

# ---------------- China ----------------
id: chn.cmc
type: ORG
name: Central Military Commission
alias: CMC
alias: Chinese Central Military Commission
code: CHNMIL
country: CHN
parent: chn.gov

id: chn.coast-guard
type: ORG
name: China Coast Guard
alias: Chinese coast guard
alias: CCG
code: CHNMIL
country: CHN
parent: chn.gov

# ---------------- Iran ----------------
id: irn.supreme-leader-office
type: ORG
name: Office of the Supreme Leader of Iran
alias: Office of the Supreme Leader
alias: Beit Rahbari
code: IRNGOV
country: IRN
parent: irn.gov

id: irn.artesh
type: ORG
name: Islamic Republic of Iran Army
alias: Artesh
alias: Iranian army
alias: Iranian regular army
alias: Iran's regular army
code: IRNMIL
country: IRN
parent: irn.mil

id: irn.irgc
type: ORG
name: Islamic Revolutionary Guard Corps
alias: IRGC
alias: Revolutionary Guards
alias: Revolutionary Guard
alias: Iranian Revolutionary Guards
alias: Iran's Revolutionary Guards
alias: Revolutionary Guard Corps
alias: Sepah
alias: Pasdaran
alias: Sepah-e Pasdaran
code: IRNMIL
country: IRN
parent: irn.mil

id: irn.quds-force
type: ORG
name: Quds Force
alias: IRGC-QF
alias: IRGC Quds Force
alias: Qods Force
alias: al-Quds Force
code: IRNMIL
country: IRN
parent: irn.irgc
note: IRGC external operations branch; not to be confused with the Palestinian al-Quds Brigades

id: irn.basij
type: ORG
name: Basij
alias: Basij Resistance Force
alias: Basij militia
alias: Basiji
alias: Organization for Mobilization of the Oppressed
code: IRNMIL
country: IRN
parent: irn.irgc

id: irn.irgc-asf
type: ORG
name: IRGC Aerospace Force
alias: Aerospace Force of the Islamic Revolutionary Guard Corps
alias: IRGC-ASF
code: IRNMIL
country: IRN
parent: irn.irgc

id: irn.irgc-navy
type: ORG
name: IRGC Navy
alias: Navy of the Islamic Revolutionary Guard Corps
alias: IRGCN
alias: Revolutionary Guards navy
code: IRNMIL
country: IRN
parent: irn.irgc

id: irn.guardian-council
type: ORG
name: Guardian Council
alias: Council of Guardians
alias: Guardian Council of the Constitution
code: IRNGOV
country: IRN
parent: irn.gov

id: irn.snsc
type: ORG
name: Supreme National Security Council of Iran
alias: Supreme National Security Council
alias: SNSC
code: IRNGOV
country: IRN
parent: irn.gov

# ---------------- Israel ----------------
id: isr.pmo
type: ORG
name: Prime Minister's Office of Israel
alias: Israeli Prime Minister's Office
alias: Netanyahu's office
code: ISRGOV
country: ISR
parent: isr.gov

id: isr.aman
type: ORG
name: Military Intelligence Directorate of Israel
alias: Aman
alias: Israeli military intelligence
alias: IDF Military Intelligence Directorate
code: ISRMIL
country: ISR
parent: isr.mil

id: isr.cogat
type: ORG
name: Coordinator of Government Activities in the Territories
alias: COGAT
code: ISRMIL
country: ISR
parent: isr.mod

id: isr.border-police
type: ORG
name: Israel Border Police
alias: Border Police
alias: Magav
code: ISRCOP
country: ISR
parent: isr.police

# ---------------- Iraq ----------------
id: irq.pmo
type: ORG
name: Office of the Prime Minister of Iraq
alias: Iraqi Prime Minister's Office
alias: Iraqi Prime Minister's Media Office
code: IRQGOV
country: IRQ
parent: irq.gov

id: irq.cts
type: ORG
name: Counter-Terrorism Service
alias: Iraqi Counter-Terrorism Service
alias: Counter Terrorism Service
alias: CTS
alias: Golden Division
alias: Iraqi Special Operations Forces
alias: ISOF
code: IRQMIL
country: IRQ
parent: irq.pmo
note: reports to the prime minister, not the defence ministry

id: irq.federal-police
type: ORG
name: Iraqi Federal Police
alias: Federal Police
code: IRQCOP
country: IRQ
parent: irq.moi

id: irq.joc
type: ORG
name: Joint Operations Command
alias: Iraqi Joint Operations Command
alias: JOC
code: IRQMIL
country: IRQ
parent: irq.mil

id: irq.security-media-cell
type: ORG
name: Security Media Cell
alias: Iraqi Security Media Cell
alias: Security Media Center
code: IRQMIL
country: IRQ
parent: irq.joc

id: irq.krg
type: ORG
name: Kurdistan Regional Government
alias: KRG
alias: Kurdish regional government
alias: Erbil government
alias: Iraqi Kurdish government
code: IRQGOV
country: IRQ
note: government of the autonomous Kurdistan Region of Iraq

# ---------------- Syria ----------------
id: syr.saa
type: ORG
name: Syrian Arab Army
alias: SAA
alias: Assad's army
alias: Syrian regime forces
code: SYRMIL ..2024-12-08
country: SYR
parent: syr.mil
note: army of the Assad government; dissolved after the fall of Bashar al-Assad on 2024-12-08

# ---------------- Turkey ----------------
id: tur.presidency
type: ORG
name: Presidency of Turkey
alias: Turkish presidency
alias: Presidential Complex
alias: Turkish Presidency
code: TURGOV
country: TUR
parent: tur.gov

# ---------------- Afghanistan and Pakistan ----------------
id: afg.andsf
type: ORG
name: Afghan National Defense and Security Forces
alias: ANDSF
alias: ANSF
alias: Afghan National Security Forces
code: AFGMIL
country: AFG
parent: afg.mil
note: security forces of the Islamic Republic of Afghanistan, collapsed August 2021

id: afg.ana
type: ORG
name: Afghan National Army
alias: ANA
code: AFGMIL
country: AFG
parent: afg.andsf
note: 2002-2021

id: afg.nds
type: ORG
name: National Directorate of Security
alias: NDS
alias: Afghan National Directorate of Security
code: AFGSPY
country: AFG
parent: afg.gov
note: intelligence service of the Islamic Republic, 2002-2021

id: pak.ispr
type: ORG
name: Inter-Services Public Relations
alias: ISPR
code: PAKMIL
country: PAK
parent: pak.mil
note: media wing of the Pakistan armed forces

# ---------------- Ukraine ----------------
id: ukr.presidential-office
type: ORG
name: Office of the President of Ukraine
alias: Ukrainian Presidential Office
alias: Bankova
alias: Ukrainian presidency
code: UKRGOV
country: UKR
parent: ukr.gov

id: ukr.national-guard
type: ORG
name: National Guard of Ukraine
alias: Ukrainian National Guard
code: UKRMIL
country: UKR
parent: ukr.moi

id: ukr.general-staff
type: ORG
name: General Staff of the Armed Forces of Ukraine
alias: Ukrainian General Staff
alias: Ukraine's General Staff
code: UKRMIL
country: UKR
parent: ukr.mil

# ---------------- Korea, Hong Kong ----------------
id: kor.presidential-office
type: ORG
name: Office of the President of South Korea
alias: South Korean presidential office
alias: Cheong Wa Dae
alias: Blue House
alias: Yongsan presidential office
code: KORGOV
country: KOR
parent: kor.gov

id: kor.jcs
type: ORG
name: Joint Chiefs of Staff of South Korea
alias: South Korean Joint Chiefs of Staff
alias: South Korea's Joint Chiefs of Staff
code: KORMIL
country: KOR
parent: kor.mil

id: hkg.gov
type: ORG
name: Government of Hong Kong
alias: Hong Kong government
alias: Hong Kong Special Administrative Region Government
alias: HKSAR Government
code: HKGGOV
country: HKG
note: CAMEO: Phoenix codes Hong Kong as HKG

id: hkg.police
type: ORG
name: Hong Kong Police Force
alias: Hong Kong police
code: HKGCOP
country: HKG
parent: hkg.gov

# ---------------- Palestine ----------------
id: pse.security-forces
type: ORG
name: Palestinian Security Forces
alias: Palestinian Authority security forces
alias: PA security forces
alias: Palestinian security services
alias: Palestinian National Security Forces
code: PSECOP
country: PSE
parent: pse.gov
