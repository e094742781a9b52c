# casus built-in lexicon: armed non-state groups, militias, their umbrellas and leaders.
# Format: data/lexicon/README.md. Sources and currency: data/lexicon/SOURCES.md
# (section "Armed groups, facilities, weapons, media").
#
# Conventions used in this file
# - ids: <iso3>.<group> for groups tied to one country; img.<group> for transnational
#   ("international militarised") groups such as al-Qaeda and the Islamic State core;
#   person.<first-last> for people.
# - codes (CAMEO style): <ISO>REB rebels/insurgents; <ISO>UAF armed groups loosely aligned with
#   (or independent of) the state, e.g. hunters' militias; <ISO>MIL forces formally attached to
#   a state's forces (PMU, Burkina Faso's VDP); <ISO>CRM cartels and gangs; IMGMUSALQ
#   al-Qaeda core and its branded branches; IMGMUSISI the Islamic State and its provinces
#   (both as in the Phoenix dictionaries). Where the Phoenix MilNonState/Countries dictionaries
#   (MIT, Open Event Data Alliance) list the group, their code is used unless noted.
# - Deliberately NOT used as aliases (too ambiguous in news text): "Resistance", "Islamic
#   Resistance", "Islamic State" alone, "Islamic Jihad" alone, "Badr" alone, "Amal" alone,
#   "Azov" alone (the sea), "al-Golani" (Golani Brigade), ADF (Australian Defence Force),
#   ISS (space station), PDF (file format), AA, AFC, SNA (also Somali National Army).

# ======================================================================
# Transnational jihadist organisations
# ======================================================================

id: img.isis
type: ORG
name: ISIS
alias: ISIL
alias: Daesh
alias: Daish
alias: Islamic State group
alias: Islamic State of Iraq and Syria
alias: Islamic State of Iraq and the Levant
alias: Islamic State of Iraq and al-Sham
alias: Islamic State of Iraq and Sham
alias: Islamic State organization
alias: Islamic State organisation
alias: Islamic State of Iraq
alias: al-Qaeda in Iraq
alias: AQI
alias: al-Dawla al-Islamiya
alias: الدولة الإسلامية
alias: داعش
code: IMGMUSISI
note: jihadist group; caliphate declared 2014-06-29, territorial defeat in Iraq 2017 and Syria 2019; "al-Qaeda in Iraq" (AQI) and "Islamic State of Iraq" (ISI, 2006-2013) are its predecessors, aliased as in Phoenix. Bare "Islamic State" is not listed on purpose (precision); provinces are separate entries

id: img.al-qaeda
type: ORG
name: al-Qaeda
alias: al-Qaida
alias: Qaeda
alias: القاعدة
code: IMGMUSALQ
note: transnational jihadist organisation founded 1988 by Osama bin Laden; branches listed separately (AQAP, AQIM, al-Shabaab, JNIM)

id: img.aqim
type: ORG
name: al-Qaeda in the Islamic Maghreb
alias: AQIM
alias: al-Qaida in the Islamic Maghreb
alias: Salafist Group for Preaching and Combat
alias: GSPC
code: IMGMUSALQ
country: DZA
parent: img.al-qaeda
note: al-Qaeda branch in North Africa and the Sahel, successor (2007) of Algeria's GSPC; Phoenix codes AFRREB

id: img.axis-of-resistance
type: ORG
name: Axis of Resistance
alias: Resistance Axis
alias: محور المقاومة
note: informal Iran-led alliance (Hezbollah, Iraqi factions, Houthis, Hamas, PIJ; Assad's Syria until 2024); no code on purpose, events should code the member

# ======================================================================
# Iraq
# ======================================================================

id: irq.pmu
type: ORG
name: Popular Mobilization Units
alias: Popular Mobilization Forces
alias: Popular Mobilisation Units
alias: Popular Mobilisation Forces
alias: Popular Mobilization Commission
alias: Popular Mobilization Authority
alias: Popular Mobilisation Authority
alias: PMU
alias: PMF
alias: Hashd al-Shaabi
alias: al-Hashd al-Shaabi
alias: Hashd al-Sha'bi
alias: al-Hashd al-Sha'bi
alias: al-Hashd
alias: Hashd
alias: الحشد الشعبي
code: IRQMIL
country: IRQ
parent: irq.gov
note: state-sanctioned umbrella of mostly Shia militias formed June 2014 after Sistani's fatwa; part of the armed forces by the 2016 law; factions keep their own identity (entries below with parent irq.pmu)

id: irq.kataib-hezbollah
type: ORG
name: Kata'ib Hezbollah
alias: Kataib Hizbollah
alias: Kata'ib Hizballah
alias: Kataeb Hezbollah
alias: Hezbollah Brigades
alias: Hizbollah Brigades
alias: KH
alias: كتائب حزب الله
code: IRQREB
country: IRQ
parent: irq.pmu
note: Iran-aligned Shia militia founded 2007 by Abu Mahdi al-Muhandis; PMU brigades 45, 46 and 47; US-designated FTO 2009

id: irq.asaib-ahl-al-haq
type: ORG
name: Asa'ib Ahl al-Haq
alias: Asa'ib Ahl al-Haqq
alias: Asaib
alias: AAH
alias: League of the Righteous
alias: Khazali Network
alias: عصائب أهل الحق
code: IRQREB
country: IRQ
parent: irq.pmu
note: Shia militia led by Qais al-Khazali, split from the Mahdi Army in 2006; PMU brigades 41, 42 and 43; political wing the Sadiqoun bloc

id: irq.nujaba
type: ORG
name: Harakat Hezbollah al-Nujaba
alias: Harakat al-Nujaba
alias: Nujaba Movement
alias: al-Nujaba movement
alias: al-Nujaba
alias: Nujaba
alias: Hezbollah al-Nujaba
alias: Movement of the Noble Ones
alias: HHN
alias: حركة حزب الله النجباء
alias: حركة النجباء
code: IRQREB
country: IRQ
parent: irq.pmu
note: Iran-aligned Shia militia founded 2013 by Akram al-Kaabi; PMU brigade 12

id: irq.kataib-sayyid-al-shuhada
type: ORG
name: Kata'ib Sayyid al-Shuhada
alias: Kata'ib Sayed al-Shuhada
alias: Kataib Sayyed al-Shuhada
alias: Masters of the Martyrs Brigade
alias: Sayyid al-Shuhada Brigades
alias: KSS
alias: كتائب سيد الشهداء
code: IRQREB
country: IRQ
parent: irq.pmu
note: Iran-aligned Shia militia founded 2013, led by Abu Alaa al-Walai; PMU brigade 14

id: irq.badr
type: ORG
name: Badr Organization
alias: Badr Organisation
alias: Badr Brigades
alias: Badr Brigade
alias: Badr Corps
alias: Badr militia
alias: Munazzamat Badr
alias: منظمة بدر
code: IRQREB
country: IRQ
parent: irq.pmu
note: largest Iran-aligned PMU faction and political party, led by Hadi al-Amiri; founded in Iran in the 1980s as the armed wing of SCIRI; holds several PMU brigades

id: irq.saraya-al-salam
type: ORG
name: Saraya al-Salam
alias: Peace Brigades
alias: Peace Companies
alias: Saraya al-Salaam
alias: سرايا السلام
code: IRQREB
country: IRQ
parent: irq.pmu
note: militia of Muqtada al-Sadr's movement, formed June 2014 as successor of the Mahdi Army; PMU brigades 313, 314 and 315

id: irq.mahdi-army
type: ORG
name: Mahdi Army
alias: Mehdi Army
alias: Jaish al-Mahdi
alias: Jaysh al-Mahdi
code: IRQREB
country: IRQ
note: Muqtada al-Sadr's militia 2003-2008 (frozen 2008); succeeded by Saraya al-Salam in 2014; Phoenix IRQREB

id: irq.kataib-imam-ali
type: ORG
name: Kata'ib Imam Ali
alias: Kata'ib al-Imam Ali
alias: Imam Ali Brigades
alias: كتائب الإمام علي
code: IRQREB
country: IRQ
parent: irq.pmu
note: Shia militia formed 2014, led by Shibl al-Zaidi; PMU brigade 40

id: irq.kataib-jund-al-imam
type: ORG
name: Kata'ib Jund al-Imam
alias: Soldiers of the Imam Brigades
code: IRQREB
country: IRQ
parent: irq.pmu
note: Shia militia led by Ahmed al-Asadi; PMU brigade 6

id: irq.saraya-khorasani
type: ORG
name: Saraya Tali'a al-Khorasani
alias: Saraya al-Khorasani
alias: Saraya Khorasani
alias: Khorasani Brigades
code: IRQREB
country: IRQ
parent: irq.pmu
note: Iran-aligned Shia militia formed 2013; PMU brigade 18

id: irq.ansar-allah-al-awfiya
type: ORG
name: Harakat Ansar Allah al-Awfiya
alias: Ansar Allah al-Awfiya
alias: Ansarullah al-Awfiya
code: IRQREB
country: IRQ
parent: irq.pmu
note: Iran-aligned Shia militia, part of the Islamic Resistance in Iraq; PMU brigade 19; not the Yemeni Ansar Allah (Houthis)

id: irq.babylon-brigades
type: ORG
name: Babylon Brigades
alias: Babylon Brigade
alias: Kata'ib Babiliyun
code: IRQREB
country: IRQ
parent: irq.pmu
note: nominally Christian PMU unit (brigade 50) led by Rayan al-Kildani; political wing the Babylon Movement

id: irq.tribal-mobilization
type: ORG
name: Tribal Mobilization Forces
alias: Tribal Mobilisation Forces
alias: Tribal Hashd
alias: Hashd al-Asha'iri
alias: al-Hashd al-Ashairi
code: IRQMIL
country: IRQ
parent: irq.pmu
note: mostly Sunni tribal fighters enrolled in the PMU, strongest in Anbar, Salahuddin and Nineveh

id: irq.islamic-resistance-in-iraq
type: ORG
name: Islamic Resistance in Iraq
alias: Islamic Resistance of Iraq
alias: al-Muqawama al-Islamiya fi al-Iraq
alias: المقاومة الإسلامية في العراق
code: IRQREB
country: IRQ
note: banner under which Iran-aligned Iraqi factions (Kata'ib Hezbollah, Nujaba, KSS and others) claimed drone and rocket attacks on US forces and Israel from October 2023

id: irq.revenge-of-al-muhandis-brigade
type: ORG
name: Revenge of al-Muhandis Brigade
alias: Revenge of al-Muhandis Brigades
alias: Revenge of Muhandis Brigade
alias: Tha'r al-Muhandis Brigade
alias: Liwa Tha'r al-Muhandis
code: IRQREB
country: IRQ
note: front name used in 2021 to claim rocket attacks on US-hosting bases (e.g. Ain al-Asad); widely seen as a cover for Iran-aligned factions

id: irq.saraya-awliya-al-dam
type: ORG
name: Saraya Awliya al-Dam
alias: Awliya al-Dam
alias: Guardians of the Blood Brigade
alias: Guardians of Blood Brigade
alias: سرايا أولياء الدم
code: IRQREB
country: IRQ
note: front group that claimed rocket attacks in 2021 including the February 2021 strike on Erbil; assessed as a cover name for Iran-aligned factions

id: irq.ashab-al-kahf
type: ORG
name: Ashab al-Kahf
alias: Companions of the Cave
alias: People of the Cave
alias: أصحاب الكهف
code: IRQREB
country: IRQ
note: front group that claimed IED attacks on US and coalition supply convoys in Iraq from 2020

id: irq.usbat-al-thaireen
type: ORG
name: Usbat al-Thaireen
alias: Usbat al-Thairin
alias: League of Revolutionaries
alias: عصبة الثائرين
code: IRQREB
country: IRQ
note: front group that claimed rocket attacks on US facilities in Iraq in 2020

id: irq.fatah-alliance
type: ORG
name: Fatah Alliance
alias: Fatah Coalition
alias: al-Fatah Alliance
alias: Conquest Alliance
alias: Fateh Alliance
alias: تحالف الفتح
code: IRQPTY
country: IRQ
note: parliamentary coalition of PMU-linked parties led by Hadi al-Amiri, formed 2018; not the Palestinian Fatah movement

id: irq.ybs
type: ORG
name: Sinjar Resistance Units
alias: YBŞ
alias: YBS
alias: Yekîneyên Berxwedana Şengalê
code: IRQREB
country: IRQ
note: Yazidi militia in Sinjar linked to the PKK; partly on the PMU payroll

# ======================================================================
# Kurdish groups (Turkey, Syria, Iran) and Iran's insurgents
# ======================================================================

id: tur.pkk
type: ORG
name: Kurdistan Workers' Party
alias: PKK
alias: Partiya Karkerên Kurdistanê
alias: Kongra-Gel
alias: KADEK
code: TURREB
country: TUR
note: Kurdish armed group founded 1978 by Abdullah Ocalan, bases in the Qandil mountains of northern Iraq; announced its dissolution and disarmament in May 2025

id: tur.hpg
type: ORG
name: People's Defence Forces
alias: People's Defense Forces
alias: HPG
alias: Hêzên Parastina Gel
code: TURREB
country: TUR
parent: tur.pkk
note: armed wing of the PKK

id: irn.pjak
type: ORG
name: Kurdistan Free Life Party
alias: PJAK
alias: Party of Free Life of Kurdistan
code: IRNREB
country: IRN
note: Iranian Kurdish armed group affiliated with the PKK, based in northern Iraq

id: irn.jaish-al-adl
type: ORG
name: Jaish al-Adl
alias: Jaish ul-Adl
alias: Jaysh al-Adl
alias: Army of Justice
code: IRNREB
country: IRN
note: Sunni Baloch militant group active in Iran's Sistan and Baluchestan province, founded 2012

# ======================================================================
# Syria
# ======================================================================

id: syr.hts
type: ORG
name: Hayat Tahrir al-Sham
alias: Tahrir al-Sham
alias: HTS
alias: Levant Liberation Committee
alias: Organization for the Liberation of the Levant
alias: Organisation for the Liberation of the Levant
alias: هيئة تحرير الشام
code: SYRREB ..2025-01-29
country: SYR
note: Islamist rebel group formed January 2017 around Jabhat Fateh al-Sham (ex-Nusra Front), led by Ahmed al-Sharaa (Abu Mohammad al-Julani); ruled Idlib, led the offensive that toppled Assad on 2024-12-08; announced its dissolution into the new state forces on 2025-01-29

id: syr.nusra-front
type: ORG
name: al-Nusra Front
alias: Nusra Front
alias: Jabhat al-Nusra
alias: Jabhat al-Nusrah
alias: Jabhat Fateh al-Sham
alias: Jabhat Fatah al-Sham
alias: JFS
alias: جبهة النصرة
code: SYRREB
country: SYR
parent: img.al-qaeda
note: al-Qaeda's Syrian branch 2012-2016, renamed Jabhat Fateh al-Sham in July 2016 and merged into HTS in January 2017

id: syr.hurras-al-din
type: ORG
name: Hurras al-Din
alias: Hurras al-Deen
alias: Guardians of Religion Organization
alias: Guardians of Religion
code: IMGMUSALQ
country: SYR
parent: img.al-qaeda
note: al-Qaeda-aligned group in northwest Syria formed 2018; announced its dissolution in January 2025

id: syr.ahrar-al-sham
type: ORG
name: Ahrar al-Sham
alias: Harakat Ahrar al-Sham
alias: Harakat Ahrar al-Sham al-Islamiyya
code: SYRREB
country: SYR
note: Salafist rebel group formed 2011, later part of the Turkish-backed National Front for Liberation

id: syr.jaysh-al-islam
type: ORG
name: Jaysh al-Islam
alias: Jaish al-Islam
alias: Army of Islam
code: SYRREB
country: SYR
note: Islamist rebel group formerly based in Eastern Ghouta, relocated to the north in 2018

id: syr.fsa
type: ORG
name: Free Syrian Army
alias: FSA
alias: الجيش السوري الحر
code: SYRREB
country: SYR
note: loose label for mainstream Syrian rebel factions from 2011

id: syr.sna
type: ORG
name: Syrian National Army
alias: Turkish-backed Syrian National Army
code: SYRREB
country: SYR
note: Turkish-backed coalition of Syrian opposition factions in northern Syria formed 2017; merged into the new Syrian army in 2025; acronym SNA not listed (also the Somali National Army)

id: syr.sdf
type: ORG
name: Syrian Democratic Forces
alias: SDF
alias: QSD
alias: Qasad
alias: قوات سوريا الديمقراطية
code: SYRREB
country: SYR
note: Kurdish-led US-backed alliance in northeast Syria formed 2015, led by Mazloum Abdi; signed an integration agreement with Damascus on 2025-03-10

id: syr.ypg
type: ORG
name: People's Protection Units
alias: YPG
alias: Yekîneyên Parastina Gel
alias: Kurdish People's Protection Units
code: SYRREB
country: SYR
parent: syr.sdf
note: Syrian Kurdish militia, the backbone of the SDF; Turkey regards it as part of the PKK

id: syr.ypj
type: ORG
name: Women's Protection Units
alias: YPJ
alias: Yekîneyên Parastina Jin
code: SYRREB
country: SYR
parent: syr.sdf
note: all-female Syrian Kurdish militia within the SDF

id: syr.national-defence-forces
type: ORG
name: National Defence Forces
alias: National Defense Forces
alias: Quwat al-Difa al-Watani
code: SYRMIL ..2024-12-08
country: SYR
note: pro-Assad paramilitary formed 2012; dissolved with the fall of Assad in December 2024; acronym NDF not listed (ambiguous)

id: syr.men-of-dignity
type: ORG
name: Men of Dignity Movement
alias: Men of Dignity
alias: Rijal al-Karama
alias: Harakat Rijal al-Karama
code: SYRUAF
country: SYR
note: Druze armed movement in Suwayda province, founded 2013

id: syr.tip
type: ORG
name: Turkistan Islamic Party
alias: Turkestan Islamic Party
alias: East Turkestan Islamic Movement
alias: ETIM
code: SYRREB
country: SYR
note: Uyghur jihadist group fighting in northwest Syria alongside HTS; China calls it ETIM

id: syr.fatemiyoun
type: ORG
name: Liwa Fatemiyoun
alias: Fatemiyoun Brigade
alias: Fatemiyoun Division
alias: Fatemiyoun
alias: Fatimiyoun
code: IRNUAF
country: SYR
note: IRGC-recruited Afghan Shia militia that fought for Assad in Syria

id: syr.zainabiyoun
type: ORG
name: Liwa Zainabiyoun
alias: Zainabiyoun Brigade
alias: Zeinabiyoun
alias: Zainabiyoun
code: IRNUAF
country: SYR
note: IRGC-recruited Pakistani Shia militia that fought for Assad in Syria

# ======================================================================
# Lebanon
# ======================================================================

id: lbn.hezbollah
type: ORG
name: Hezbollah
alias: Hizbollah
alias: Hizballah
alias: Hizbullah
alias: Hezballah
alias: Hizb Allah
alias: Party of God
alias: Islamic Resistance in Lebanon
alias: Lebanese Hezbollah
alias: حزب الله
code: LBNREB
country: LBN
note: Iran-backed Shia party and militia founded 1982; fought in Syria for Assad 2012-2024; war with Israel 2023-2024, ceasefire 2024-11-27; Phoenix LBNREB

id: lbn.radwan-force
type: ORG
name: Radwan Force
alias: Radwan Forces
alias: Radwan Unit
code: LBNREB
country: LBN
parent: lbn.hezbollah
note: Hezbollah elite special forces unit

id: lbn.amal
type: ORG
name: Amal Movement
alias: Harakat Amal
alias: Afwaj al-Muqawama al-Lubnaniya
alias: حركة أمل
code: LBNREB
country: LBN
note: Lebanese Shia party with an armed wing, led by Nabih Berri; Phoenix LBNREB; bare "Amal" not listed (common given name)

# ======================================================================
# Palestinian territories
# ======================================================================

id: pse.hamas
type: ORG
name: Hamas
alias: Harakat al-Muqawama al-Islamiya
alias: Islamic Resistance Movement
alias: حماس
alias: حركة المقاومة الإسلامية
code: PSEREBHMS
country: PSE
note: Palestinian Islamist movement founded 1987, governed Gaza from 2007; 7 October 2023 attack on Israel and the Gaza war; Phoenix PSEREBHMS

id: pse.qassam-brigades
type: ORG
name: Izz ad-Din al-Qassam Brigades
alias: al-Qassam Brigades
alias: Qassam Brigades
alias: Ezzedine al-Qassam Brigades
alias: Ezzedeen al-Qassam Brigades
alias: Kataib al-Qassam
alias: كتائب القسام
code: PSEREBHMS
country: PSE
parent: pse.hamas
note: armed wing of Hamas

id: pse.pij
type: ORG
name: Palestinian Islamic Jihad
alias: PIJ
alias: Islamic Jihad Movement in Palestine
alias: Harakat al-Jihad al-Islami fi Filastin
alias: الجهاد الإسلامي
code: PSEREB
country: PSE
note: Iran-backed Palestinian militant group founded 1981, led by Ziyad al-Nakhalah; Phoenix codes MEAREB; bare "Islamic Jihad" not listed

id: pse.al-quds-brigades
type: ORG
name: al-Quds Brigades
alias: Quds Brigades
alias: Saraya al-Quds
alias: سرايا القدس
code: PSEREB
country: PSE
parent: pse.pij
note: armed wing of Palestinian Islamic Jihad (Phoenix wrongly lists it under Qassam); not Iran's Quds Force

id: pse.jenin-brigade
type: ORG
name: Jenin Brigade
alias: Jenin Battalion
alias: Katibat Jenin
code: PSEREB
country: PSE
parent: pse.al-quds-brigades
note: militant formation in Jenin refugee camp formed 2021, led by PIJ's al-Quds Brigades with fighters from other factions

id: pse.al-aqsa-martyrs-brigades
type: ORG
name: al-Aqsa Martyrs' Brigades
alias: al-Aqsa Martyrs Brigade
alias: Kataib Shuhada al-Aqsa
alias: كتائب شهداء الأقصى
code: PSEREB
country: PSE
note: militant network affiliated with Fatah, formed 2000; Phoenix MEAREB

id: pse.pflp
type: ORG
name: Popular Front for the Liberation of Palestine
alias: PFLP
alias: Abu Ali Mustafa Brigades
code: PSEREB
country: PSE
note: secular leftist Palestinian faction founded 1967; its armed wing is the Abu Ali Mustafa Brigades

id: pse.dflp
type: ORG
name: Democratic Front for the Liberation of Palestine
alias: DFLP
alias: National Resistance Brigades
code: PSEREB
country: PSE
note: leftist Palestinian faction founded 1969; Phoenix PSEREB

id: pse.prc
type: ORG
name: Popular Resistance Committees
alias: al-Nasser Salah al-Din Brigades
alias: Nasser Salah al-Din Brigades
code: PSEREB
country: PSE
note: Gaza militant coalition formed 2000; armed wing the al-Nasser Salah al-Din Brigades; acronym PRC not listed (China)

id: pse.lions-den
type: ORG
name: Lions' Den
alias: Areen al-Usud
alias: Arin al-Usud
alias: عرين الأسود
code: PSEREB
country: PSE
note: armed group formed in Nablus in 2022

# ======================================================================
# Yemen
# ======================================================================

id: yem.houthis
type: ORG
name: Houthis
alias: Houthi
alias: Houthi movement
alias: Huthis
alias: Huthi
alias: Ansar Allah
alias: Ansarallah
alias: Ansarullah
alias: Ansar Allah movement
alias: أنصار الله
alias: الحوثيون
code: YEMREB
country: YEM
note: Zaydi Shia movement led by Abdul-Malik al-Houthi; took Sanaa in September 2014, controls most of northern Yemen; Red Sea shipping and Israel attacks from late 2023. Phoenix's ANSAR_ALLAH [LBNREB] is a different group

id: yem.supreme-political-council
type: ORG
name: Supreme Political Council
alias: Houthi Supreme Political Council
code: YEMREB
country: YEM
parent: yem.houthis
note: Houthi governing body in Sanaa formed 2016, headed by Mahdi al-Mashat since April 2018

id: yem.aqap
type: ORG
name: al-Qaeda in the Arabian Peninsula
alias: AQAP
alias: al-Qaida in the Arabian Peninsula
alias: Ansar al-Sharia in Yemen
code: IMGMUSALQ
country: YEM
parent: img.al-qaeda
note: al-Qaeda branch formed 2009 by merger of Yemeni and Saudi branches; Phoenix codes IMG

id: yem.stc
type: ORG
name: Southern Transitional Council
alias: STC
alias: al-Majlis al-Intiqali al-Janubi
alias: المجلس الانتقالي الجنوبي
code: YEMREB
country: YEM
note: UAE-backed southern separatist body formed 2017, led by Aidarous al-Zubaidi; part of the Presidential Leadership Council since 2022 (code kept REB for its separatist forces); acronym STC also names Saudi Telecom

id: yem.security-belt
type: ORG
name: Security Belt Forces
alias: al-Hizam al-Amni
code: YEMREB
country: YEM
parent: yem.stc
note: UAE-trained southern forces aligned with the STC, around Aden and Lahj

id: yem.giants-brigades
type: ORG
name: Giants Brigades
alias: al-Amaliqa
alias: Amaliqa Brigades
alias: al-Amalika Brigades
alias: Southern Giants Brigades
code: YEMMIL
country: YEM
note: UAE-backed mostly Salafi southern force nominally with the internationally recognised government; decisive in Shabwa in 2022

# ======================================================================
# Libya
# ======================================================================

id: lby.lna
type: ORG
name: Libyan National Army
alias: LNA
alias: Libyan Arab Armed Forces
alias: LAAF
alias: Haftar forces
alias: Haftar's forces
code: LBYREB
country: LBY
note: eastern-based forces of Khalifa Haftar, aligned with the House of Representatives; not under the Tripoli government (coded REB for that reason)

id: lby.radaa
type: ORG
name: Radaa Special Deterrence Force
alias: Special Deterrence Force
alias: Rada Special Deterrence Force
alias: Radaa force
alias: Deterrence Apparatus for Combating Organized Crime and Terrorism
code: LBYUAF
country: LBY
note: Salafi-leaning Tripoli armed group led by Abdulraouf Kara, controls Mitiga airport; nominally under the Tripoli government

id: lby.ssa
type: ORG
name: Stability Support Apparatus
alias: Stability Support Authority
code: LBYUAF
country: LBY
note: Tripoli armed group led by Abdulghani al-Kikli ("Ghnewa") until he was killed in May 2025; nominally under the Presidential Council

id: lby.444-brigade
type: ORG
name: 444th Brigade
alias: 444 Brigade
alias: 444th Combat Brigade
alias: Brigade 444
code: LBYUAF
country: LBY
note: Tripoli-area armed unit led by Mahmoud Hamza, nominally under the Tripoli government's defence ministry

id: lby.nawasi-brigade
type: ORG
name: Nawasi Brigade
alias: al-Nawasi Brigade
alias: Nawasi Battalion
code: LBYUAF
country: LBY
note: Tripoli armed group aligned with the Tripoli government (GNA, later GNU)

id: lby.tripoli-revolutionaries-brigade
type: ORG
name: Tripoli Revolutionaries Brigade
alias: Tripoli Revolutionaries Battalion
alias: TRB
code: LBYUAF
country: LBY
note: Tripoli armed group aligned with the GNA; later folded into the Public Security apparatus

id: lby.kaniyat
type: ORG
name: Kaniyat
alias: al-Kaniyat
alias: al-Kani Brigade
alias: Tarhuna militia
code: LBYUAF
country: LBY
note: Tarhuna militia of the al-Kani brothers, allied with Haftar in 2019-2020; mass graves found in Tarhuna after its retreat in June 2020

# ======================================================================
# Russian state-linked and anti-Kremlin armed groups; Ukraine
# ======================================================================

id: rus.wagner
type: ORG
name: Wagner Group
alias: Wagner
alias: PMC Wagner
alias: Wagner PMC
alias: Wagner private military company
alias: Wagner mercenary group
alias: ЧВК Вагнер
code: RUSUAF
country: RUS
note: Russian private military company founded 2014 by Yevgeny Prigozhin and Dmitry Utkin; Ukraine (Bakhmut), Syria, Libya, CAR, Mali, Sudan; mutiny 2023-06-24; after Prigozhin's death its Africa operations passed largely to the Africa Corps (Wagner left Mali in June 2025)

id: rus.africa-corps
type: ORG
name: Africa Corps
alias: Russian Africa Corps
alias: Afrikansky Korpus
code: RUSMIL
country: RUS
note: Russian defence ministry-controlled expeditionary force formed 2023-2024 that took over Wagner's roles in Libya, Mali, Burkina Faso and Niger

id: rus.kadyrovites
type: ORG
name: Kadyrovites
alias: Kadyrovtsy
alias: Kadyrovtsi
alias: Akhmat special forces
alias: Akhmat Spetsnaz
alias: Akhmat battalion
alias: Akhmat unit
code: RUSMIL
country: RUS
note: Chechen forces loyal to Ramzan Kadyrov, formally under Rosgvardia and the defence ministry; "Akhmat" alone not listed (football club, Akhmat Kadyrov)

id: rus.rvc
type: ORG
name: Russian Volunteer Corps
alias: RVC
alias: RDK
alias: Russkiy Dobrovolchesky Korpus
code: RUSREB
country: RUS
note: Russian far-right volunteer unit fighting for Ukraine, formed 2022, led by Denis Kapustin; raids into Belgorod and Bryansk regions 2023-2024

id: rus.freedom-of-russia-legion
type: ORG
name: Freedom of Russia Legion
alias: Legion Freedom of Russia
alias: Legion of Free Russia
alias: Svoboda Rossii
code: RUSREB
country: RUS
note: unit of Russian defectors and volunteers fighting for Ukraine, formed 2022

id: ukr.azov
type: ORG
name: Azov Brigade
alias: Azov Regiment
alias: Azov Battalion
alias: 12th Azov Brigade
alias: 12th Special Forces Brigade Azov
alias: Azov unit
code: UKRMIL
country: UKR
note: Ukrainian National Guard unit, founded 2014 as a volunteer battalion; defended Mariupol's Azovstal in 2022; a state unit, included because news treats it like a named group

id: ukr.dpr
type: ORG
name: Donetsk People's Republic
alias: DPR
alias: DNR
alias: Donetsk People's Republic forces
alias: Donetsk People's Militia
alias: DPR People's Militia
alias: Donetsk separatists
code: UKRREB
country: UKR
note: Russian-backed separatist entity proclaimed 2014; annexed by Russia (not recognised internationally) in September 2022, its forces absorbed into the Russian army; acronym DPR also names Indonesia's parliament

id: ukr.lpr
type: ORG
name: Luhansk People's Republic
alias: Lugansk People's Republic
alias: LPR
alias: LNR
alias: Luhansk People's Militia
alias: Luhansk separatists
code: UKRREB
country: UKR
note: Russian-backed separatist entity proclaimed 2014; annexed by Russia (not recognised internationally) in September 2022

# ======================================================================
# Sahel and West Africa
# ======================================================================

id: mli.jnim
type: ORG
name: Jama'at Nusrat al-Islam wal-Muslimin
alias: Jama'at Nasr al-Islam wal Muslimin
alias: JNIM
alias: GSIM
alias: Group for the Support of Islam and Muslims
alias: Support Group for Islam and Muslims
alias: Groupe de soutien à l'islam et aux musulmans
code: MLIREB
country: MLI
parent: img.al-qaeda
note: al-Qaeda's Sahel coalition formed March 2017 (Ansar Dine, Katiba Macina, al-Mourabitoun, AQIM Sahara branch), led by Iyad Ag Ghaly; active in Mali, Burkina Faso, Niger and coastal states

id: mli.katiba-macina
type: ORG
name: Katiba Macina
alias: Macina Liberation Front
alias: Front de libération du Macina
code: MLIREB
country: MLI
parent: mli.jnim
note: central Mali jihadist group led by Amadou Koufa, founded 2015, part of JNIM

id: mli.ansar-dine
type: ORG
name: Ansar Dine
alias: Ansar al-Din
alias: Ansar Eddine
code: MLIREB
country: MLI
parent: mli.jnim
note: Tuareg-led jihadist group founded 2012 by Iyad Ag Ghaly, merged into JNIM in 2017; Phoenix MLIREB

id: mli.is-sahel
type: ORG
name: Islamic State Sahel Province
alias: IS Sahel
alias: ISSP
alias: Islamic State in the Greater Sahara
alias: ISGS
alias: EIGS
alias: Etat islamique dans le Grand Sahara
alias: Islamic State Sahel
code: IMGMUSISI
country: MLI
parent: img.isis
note: Islamic State affiliate in the Mali-Niger-Burkina Faso border area, founded 2015 as ISGS; a province of its own since March 2022

id: mli.fla
type: ORG
name: Azawad Liberation Front
alias: Front de libération de l'Azawad
alias: FLA
code: MLIREB
country: MLI
note: Tuareg-led separatist alliance formed November 2024 from the former CMA/CSP-DPA movements

id: mli.cma
type: ORG
name: Coordination of Azawad Movements
alias: Coordination des mouvements de l'Azawad
code: MLIREB
country: MLI
note: coalition of Tuareg and Arab rebel movements (MNLA, HCUA, MAA) that signed the 2015 Algiers accord; later became the CSP and in 2024 the FLA

id: mli.dozo
type: ORG
name: Dozo
alias: Dozos
alias: Dozo hunters
alias: Donso
code: MLIUAF
country: MLI
note: traditional hunters' brotherhood militias in Mali, Burkina Faso and Côte d'Ivoire, often accused of abuses against Fulani civilians

id: mli.dan-na-ambassagou
type: ORG
name: Dan Na Ambassagou
alias: Dana Ambassagou
code: MLIUAF
country: MLI
note: Dogon hunters' militia in central Mali formed 2016

id: bfa.vdp
type: ORG
name: Volunteers for the Defence of the Homeland
alias: Volunteers for the Defense of the Homeland
alias: Volontaires pour la défense de la patrie
alias: VDP
code: BFAMIL
country: BFA
note: Burkina Faso's civilian auxiliaries to the army, created by law in January 2020 and mass-recruited since 2022

id: bfa.koglweogo
type: ORG
name: Koglweogo
alias: Koglweogos
code: BFAUAF
country: BFA
note: rural self-defence groups in Burkina Faso (Mossi areas), many later absorbed into the VDP

id: bfa.ansarul-islam
type: ORG
name: Ansarul Islam
alias: Ansaroul Islam
alias: Ansar ul Islam
code: BFAREB
country: BFA
note: jihadist group founded 2016 by Ibrahim Malam Dicko in northern Burkina Faso; close to JNIM

id: nga.boko-haram
type: ORG
name: Boko Haram
alias: Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
alias: Jama'at Ahl al-Sunna lil-Da'wa wa'l-Jihad
alias: JAS
code: NGAREB
country: NGA
note: jihadist group founded around 2002 in Maiduguri, insurgency since 2009, led by Abubakar Shekau until 2021; ISWAP split from it in 2016; news often uses "Boko Haram" for ISWAP as well

id: nga.iswap
type: ORG
name: Islamic State West Africa Province
alias: ISWAP
alias: Islamic State West Africa
alias: Islamic State's West Africa Province
alias: Wilayat Gharb Afriqiya
code: IMGMUSISI
country: NGA
parent: img.isis
note: Islamic State affiliate in the Lake Chad basin, split from Boko Haram in 2016

id: nga.ansaru
type: ORG
name: Ansaru
alias: Jama'atu Ansarul Muslimina fi Biladis Sudan
alias: Vanguard for the Protection of Muslims in Black Africa
code: NGAREB
country: NGA
note: al-Qaeda-leaning Boko Haram splinter formed 2012; Phoenix NGAREB

id: nga.lakurawa
type: ORG
name: Lakurawa
code: NGAREB
country: NGA
note: jihadist group active in northwest Nigeria (Sokoto, Kebbi) and the Niger border, prominent in news from late 2024

id: nga.ipob
type: ORG
name: Indigenous People of Biafra
alias: IPOB
code: NGAREB
country: NGA
note: Biafran separatist movement led by Nnamdi Kanu; armed wing the Eastern Security Network

id: nga.esn
type: ORG
name: Eastern Security Network
alias: ESN
code: NGAREB
country: NGA
parent: nga.ipob
note: armed wing of IPOB formed December 2020

# ======================================================================
# Somalia, Mozambique
# ======================================================================

id: som.al-shabaab
type: ORG
name: al-Shabaab
alias: al-Shabab
alias: Shabaab
alias: Harakat al-Shabaab al-Mujahideen
alias: HSM
alias: Hizbul Shabaab
alias: الشباب
code: SOMREB
country: SOM
parent: img.al-qaeda
note: Somali jihadist group, al-Qaeda affiliate since 2012, led by Ahmed Diriye since 2014; Phoenix SOMREB. Not the Mozambican insurgents locally also called al-Shabaab

id: som.is-somalia
type: ORG
name: Islamic State Somalia Province
alias: Islamic State in Somalia
alias: IS Somalia
alias: ISIS-Somalia
alias: ISS-Somalia
code: IMGMUSISI
country: SOM
parent: img.isis
note: Islamic State affiliate in Puntland's Cal Miskaad (Bari region) mountains, led by Abdulqadir Mumin, founded 2015; acronym ISS not listed (space station)

id: som.macawisley
type: ORG
name: Macawisley
alias: Ma'awisley
alias: Macawisley militia
code: SOMUAF
country: SOM
note: clan militias mobilised against al-Shabaab in central Somalia from 2022

id: moz.ansar-al-sunna
type: ORG
name: Ansar al-Sunna
alias: Ahlu Sunnah Wa-Jama
alias: Ahl al-Sunnah wal-Jama'ah
alias: Islamic State Mozambique Province
alias: Islamic State Mozambique
alias: IS Mozambique
code: MOZREB
country: MOZ
parent: img.isis
note: jihadist insurgency in Cabo Delgado since 2017; Islamic State's Mozambique province since 2022; locally called "al-Shabaab" (not listed here: see som.al-shabaab)

# ======================================================================
# Sudan, South Sudan, Ethiopia
# ======================================================================

id: sdn.rsf
type: ORG
name: Rapid Support Forces
alias: RSF
alias: al-Dam al-Sari
alias: قوات الدعم السريع
code: SDNMIL ..2023-04-15
code: SDNREB 2023-04-15..
country: SDN
note: paramilitary formed 2013 from Janjaweed militias, commanded by Mohamed Hamdan Dagalo (Hemedti); at war with the Sudanese Armed Forces since 2023-04-15; RSF also abbreviates Reporters Without Borders (media.rsf is not defined here)

id: sdn.janjaweed
type: ORG
name: Janjaweed
alias: Janjawid
alias: Janjaweit
code: SDNUAF
country: SDN
note: Arab militias used by Khartoum in Darfur from 2003; core of the RSF formed in 2013; news still uses the name for RSF-allied militias

id: sdn.splm-n
type: ORG
name: Sudan People's Liberation Movement-North
alias: SPLM-N
alias: SPLM-North
alias: Sudan People's Liberation Movement–North
alias: SPLA-N
code: SDNREB
country: SDN
note: rebel movement in South Kordofan and Blue Nile; the main faction (SPLM-N al-Hilu) led by Abdelaziz al-Hilu allied with the RSF in 2025; the Malik Agar faction sided with the army

id: sdn.slm-aw
type: ORG
name: Sudan Liberation Movement-Abdel Wahid
alias: SLM-AW
alias: SLA-AW
alias: Sudan Liberation Army-Abdel Wahid
code: SDNREB
country: SDN
note: Darfur rebel faction of Abdel Wahid al-Nur, based in Jebel Marra

id: sdn.slm-mm
type: ORG
name: Sudan Liberation Movement-Minni Minawi
alias: SLM-MM
alias: SLA-MM
alias: Sudan Liberation Army-Minni Minawi
code: SDNREB
country: SDN
note: Darfur rebel faction of Minni Minawi; signed the 2020 Juba agreement and fights alongside the army in the Joint Forces since late 2023

id: sdn.jem
type: ORG
name: Justice and Equality Movement
alias: Justice and Equality Movement Sudan
code: SDNREB
country: SDN
note: Darfur rebel movement founded 2001, led by Gibril Ibrahim since 2012; signed the 2020 Juba agreement and fights alongside the army; acronym JEM not listed (Jaish-e-Mohammed)

id: sdn.al-baraa-bin-malik
type: ORG
name: al-Baraa bin Malik Brigade
alias: al-Baraa Ibn Malik Brigade
alias: al-Bara bin Malik Battalion
alias: Baraa bin Malik Brigade
code: SDNUAF
country: SDN
note: Islamist militia fighting alongside the Sudanese Armed Forces against the RSF since 2023

id: ssd.splm-io
type: ORG
name: Sudan People's Liberation Movement-in-Opposition
alias: SPLM-IO
alias: SPLA-IO
alias: SPLM/A-IO
alias: Sudan People's Liberation Army-in-Opposition
code: SSDREB
country: SSD
note: South Sudanese movement of Riek Machar formed 2013; part of the 2018 unity government; clashes and Machar's arrest in 2025

id: ssd.white-army
type: ORG
name: White Army
alias: Nuer White Army
code: SSDUAF
country: SSD
note: Nuer youth militia in South Sudan's Upper Nile and Jonglei; Nasir clashes of March 2025

id: eth.tplf
type: ORG
name: Tigray People's Liberation Front
alias: TPLF
alias: Tigrayan People's Liberation Front
alias: Tigrai People's Liberation Front
alias: Woyane
code: ETHREB
country: ETH
note: Tigrayan party that dominated Ethiopia 1991-2018; war with the federal government 2020-2022 ended by the Pretoria agreement of 2022-11-02; Phoenix ETHREB

id: eth.tdf
type: ORG
name: Tigray Defense Forces
alias: Tigray Defence Forces
alias: TDF
alias: Tigrayan forces
alias: Tigray forces
code: ETHREB
country: ETH
parent: eth.tplf
note: Tigrayan armed forces formed in the 2020-2022 war

id: eth.fano
type: ORG
name: Fano
alias: Fano militia
alias: Amhara Fano
alias: Fano militias
alias: Amhara Fano National Movement
code: ETHREB
country: ETH
note: Amhara nationalist militias; allied with the army against Tigray 2020-2022, in insurgency against the federal government since August 2023

id: eth.ola
type: ORG
name: Oromo Liberation Army
alias: OLA
alias: OLF-OLA
alias: Oromo Liberation Front-Oromo Liberation Army
alias: Shene
alias: OLF-Shene
code: ETHREB
country: ETH
note: Oromo rebel group that split from the Oromo Liberation Front in 2018-2019; the government calls it "Shene"

# ======================================================================
# DR Congo
# ======================================================================

id: cod.m23
type: ORG
name: M23
alias: March 23 Movement
alias: Mouvement du 23 mars
alias: M23 rebels
alias: AFC/M23
alias: AFC-M23
code: CODREB
country: COD
note: Rwanda-backed Tutsi-led rebel group formed 2012, resurged 2021-2022, took Goma (January 2025) and Bukavu (February 2025); part of the Congo River Alliance (AFC)

id: cod.afc
type: ORG
name: Congo River Alliance
alias: Alliance Fleuve Congo
alias: Alliance du Fleuve Congo
code: CODREB
country: COD
note: political-military coalition launched in December 2023 by Corneille Nangaa that includes M23; acronym AFC not listed (football bodies)

id: cod.adf
type: ORG
name: Allied Democratic Forces
alias: Islamic State Central Africa Province
alias: ISCAP
alias: Islamic State Central Africa
alias: ADF-Nalu
code: CODREB
country: COD
parent: img.isis
note: Ugandan-origin Islamist rebel group in North Kivu and Ituri, pledged to Islamic State (ISCAP) in 2019; acronym ADF not listed (Australian Defence Force)

id: cod.codeco
type: ORG
name: CODECO
alias: Cooperative for the Development of Congo
alias: Coopérative pour le développement du Congo
alias: URDPC
code: CODREB
country: COD
note: Lendu-dominated armed group network in Ituri province

id: cod.wazalendo
type: ORG
name: Wazalendo
alias: Wazalendo militias
alias: Wazalendo fighters
code: CODUAF
country: COD
note: "patriots": pro-government armed groups (many former Mai-Mai) fighting M23 in North and South Kivu since 2022

id: cod.fdlr
type: ORG
name: Democratic Forces for the Liberation of Rwanda
alias: FDLR
alias: Forces démocratiques de libération du Rwanda
code: RWAREB
country: COD
note: Rwandan Hutu rebel group based in eastern DR Congo since 2000, founded by people linked to the 1994 genocide

id: cod.mai-mai
type: ORG
name: Mai-Mai
alias: Mayi-Mayi
alias: Mai-Mai militia
code: CODUAF
country: COD
note: generic name for community-based militias in eastern DR Congo; many named factions (Mai-Mai Yakutumba, Nyatura ...)

# ======================================================================
# Afghanistan and Pakistan
# ======================================================================

id: afg.taliban
type: ORG
name: Taliban
alias: Taleban
alias: Afghan Taliban
alias: طالبان
code: AFGREB ..2021-08-15
code: AFGGOV 2021-08-15..
country: AFG
note: Islamist movement that ruled 1996-2001, insurgents 2001-2021, in power again since taking Kabul on 2021-08-15 (as the "Islamic Emirate of Afghanistan", alias left to the country/government entries); Phoenix AFGREB

id: afg.haqqani-network
type: ORG
name: Haqqani network
alias: Haqqanis
code: AFGREB
country: AFG
parent: afg.taliban
note: Taliban faction founded by Jalaluddin Haqqani, led by Sirajuddin Haqqani

id: afg.iskp
type: ORG
name: Islamic State Khorasan Province
alias: ISKP
alias: ISIS-K
alias: IS-K
alias: ISIS-Khorasan
alias: Islamic State Khorasan
alias: Wilayat Khorasan
code: IMGMUSISI
country: AFG
parent: img.isis
note: Islamic State affiliate founded 2015 in Afghanistan and Pakistan; Kabul airport bombing 2021-08-26, Crocus City Hall attack 2024-03-22, Kerman bombings 2024-01-03

id: pak.ttp
type: ORG
name: Tehrik-i-Taliban Pakistan
alias: Tehreek-e-Taliban Pakistan
alias: Tehrik-e-Taliban Pakistan
alias: TTP
alias: Pakistani Taliban
alias: Fitna al-Khawarij
code: PAKREB
country: PAK
note: Pakistani Taliban umbrella founded 2007, led by Noor Wali Mehsud since 2018; Pakistan's government calls it "Fitna al-Khawarij" since 2024

id: pak.bla
type: ORG
name: Balochistan Liberation Army
alias: Baloch Liberation Army
alias: Baluchistan Liberation Army
alias: BLA
code: PAKREB
country: PAK
note: Baloch separatist group; Majeed Brigade suicide unit; Jaffar Express hijacking March 2025; Phoenix PAKREB

id: pak.blf
type: ORG
name: Balochistan Liberation Front
alias: Baloch Liberation Front
alias: BLF
code: PAKREB
country: PAK
note: Baloch separatist group led by Allah Nazar Baloch

id: pak.lashkar-e-taiba
type: ORG
name: Lashkar-e-Taiba
alias: Lashkar-e-Tayyiba
alias: Lashkar-e-Toiba
alias: Lashkar-i-Taiba
alias: Jamaat-ud-Dawa
code: IMGSASMUS
country: PAK
note: Pakistan-based jihadist group founded around 1990 by Hafiz Saeed; 2008 Mumbai attacks; code as in Phoenix

id: pak.jaish-e-mohammed
type: ORG
name: Jaish-e-Mohammed
alias: Jaish-e-Muhammad
alias: Jaish-i-Mohammed
alias: Jaish-e-Mohammad
code: PAKREB
country: PAK
note: Pakistan-based jihadist group founded 2000 by Masood Azhar, active in Kashmir; 2019 Pulwama bombing; Phoenix codes SASREB

id: ind.trf
type: ORG
name: The Resistance Front
alias: TRF
code: INDREB
country: IND
parent: pak.lashkar-e-taiba
note: Kashmir militant group that appeared in 2019, regarded by India and the US as a front for Lashkar-e-Taiba; initially claimed the April 2025 Pahalgam attack

# ======================================================================
# Myanmar
# ======================================================================

id: mmr.nug
type: ORG
name: National Unity Government
alias: National Unity Government of Myanmar
alias: NUG
code: MMROPP
country: MMR
note: Myanmar's parallel government formed in April 2021 by ousted lawmakers after the February 2021 coup

id: mmr.pdf
type: ORG
name: People's Defence Force
alias: People's Defense Force
code: MMRREB
country: MMR
parent: mmr.nug
note: armed wing of the NUG formed May 2021, many local units; acronym PDF not listed (file format)

id: mmr.arakan-army
type: ORG
name: Arakan Army
alias: Arakha Army
alias: United League of Arakan
code: MMRREB
country: MMR
note: Rakhine ethnic armed group founded 2009, led by Twan Mrat Naing; controls most of Rakhine state since 2024; member of the Three Brotherhood Alliance; acronym AA not listed

id: mmr.kia
type: ORG
name: Kachin Independence Army
alias: KIA
alias: Kachin Independence Organisation
alias: Kachin Independence Organization
alias: KIO
code: MMRREB
country: MMR
note: Kachin ethnic armed group (army of the KIO) founded 1961; acronym KIA also means killed in action in military texts

id: mmr.mndaa
type: ORG
name: Myanmar National Democratic Alliance Army
alias: MNDAA
alias: Kokang army
code: MMRREB
country: MMR
note: Kokang ethnic armed group in northern Shan state; took Lashio in August 2024 and handed it back in April 2025 under Chinese pressure

id: mmr.tnla
type: ORG
name: Ta'ang National Liberation Army
alias: TNLA
code: MMRREB
country: MMR
note: Ta'ang (Palaung) ethnic armed group in northern Shan state

id: mmr.three-brotherhood-alliance
type: ORG
name: Three Brotherhood Alliance
alias: Brotherhood Alliance
code: MMRREB
country: MMR
note: alliance of the Arakan Army, MNDAA and TNLA; launched Operation 1027 on 2023-10-27

id: mmr.knu
type: ORG
name: Karen National Union
alias: KNU
alias: Karen National Liberation Army
alias: KNLA
code: MMRREB
country: MMR
note: Karen political movement (KNU) and its armed wing (KNLA), in rebellion since 1949

id: mmr.uwsa
type: ORG
name: United Wa State Army
alias: UWSA
alias: Wa army
code: MMRREB
country: MMR
note: largest ethnic armed group in Myanmar, controls the Wa Self-Administered Division; close to China

# ======================================================================
# Colombia, Venezuela, Central America, Mexico, Haiti
# ======================================================================

id: col.eln
type: ORG
name: National Liberation Army
alias: ELN
alias: Ejército de Liberación Nacional
alias: National Liberation Army of Colombia
code: COLREB
country: COL
note: Colombian Marxist guerrilla founded 1964; Catatumbo offensive January 2025; Phoenix COLREB

id: col.farc
type: ORG
name: Revolutionary Armed Forces of Colombia
alias: FARC
alias: FARC-EP
alias: Fuerzas Armadas Revolucionarias de Colombia
code: COLREB ..2017-08-31
country: COL
note: Marxist guerrilla 1964-2017; demobilised under the 2016 peace agreement and became a political party (Comunes); dissident groups listed separately

id: col.emc
type: ORG
name: Estado Mayor Central
alias: EMC
alias: Central General Staff
alias: EMC-FARC
alias: FARC dissidents
alias: FARC dissident
code: COLREB
country: COL
note: largest FARC dissident federation, led by Iván Mordisco; split in 2024 when the Estado Mayor de Bloques y Frente (Calarcá) kept negotiating with the government

id: col.segunda-marquetalia
type: ORG
name: Segunda Marquetalia
alias: Second Marquetalia
alias: Nueva Marquetalia
code: COLREB
country: COL
note: FARC dissident group founded August 2019 by Iván Márquez

id: col.clan-del-golfo
type: ORG
name: Clan del Golfo
alias: Gulf Clan
alias: Autodefensas Gaitanistas de Colombia
alias: AGC
alias: Ejército Gaitanista de Colombia
alias: EGC
alias: Urabeños
alias: Clan Úsuga
code: COLCRM
country: COL
note: Colombia's largest drug-trafficking armed group, heir to AUC paramilitaries; calls itself Ejército Gaitanista de Colombia since 2024

id: col.auc
type: ORG
name: United Self-Defense Forces of Colombia
alias: United Self-Defence Forces of Colombia
alias: Autodefensas Unidas de Colombia
alias: AUC
code: COLUAF ..2006
country: COL
note: right-wing paramilitary federation 1997-2006

id: ven.tren-de-aragua
type: ORG
name: Tren de Aragua
code: VENCRM
country: VEN
note: Venezuelan transnational criminal gang; designated a terrorist organisation by the US in February 2025

id: slv.ms-13
type: ORG
name: MS-13
alias: Mara Salvatrucha
alias: MS13
code: SLVCRM
country: SLV
note: transnational gang of Salvadoran origin; designated a terrorist organisation by the US in February 2025

id: mex.cjng
type: ORG
name: Jalisco New Generation Cartel
alias: CJNG
alias: Cártel de Jalisco Nueva Generación
alias: Jalisco cartel
alias: Jalisco Cartel New Generation
code: MEXCRM
country: MEX
note: Mexican drug cartel led by Nemesio Oseguera ("El Mencho"); US-designated terrorist organisation since February 2025

id: mex.sinaloa-cartel
type: ORG
name: Sinaloa Cartel
alias: Cártel de Sinaloa
code: MEXCRM
country: MEX
note: Mexican drug cartel of Joaquín "El Chapo" Guzmán and Ismael "El Mayo" Zambada; internal war between Los Chapitos and La Mayiza since September 2024; US-designated terrorist organisation since February 2025

id: mex.los-chapitos
type: ORG
name: Los Chapitos
alias: Chapitos
code: MEXCRM
country: MEX
parent: mex.sinaloa-cartel
note: Sinaloa Cartel faction of El Chapo Guzmán's sons

id: mex.gulf-cartel
type: ORG
name: Gulf Cartel
alias: Cártel del Golfo
code: MEXCRM
country: MEX
note: Tamaulipas-based drug cartel

id: mex.cartel-del-noreste
type: ORG
name: Cartel del Noreste
alias: Northeast Cartel
alias: Los Zetas
alias: Zetas
code: MEXCRM
country: MEX
note: successor of Los Zetas in Tamaulipas and Nuevo León

id: hti.viv-ansanm
type: ORG
name: Viv Ansanm
alias: Vivre Ensemble
alias: Living Together coalition
code: HTICRM
country: HTI
note: Port-au-Prince gang coalition (G9 and G-Pèp factions) formed 2023, led by Jimmy Chérizier; attacks that forced out Prime Minister Ariel Henry in 2024; US-designated terrorist organisation May 2025

id: hti.g9
type: ORG
name: G9 an Fanmi e Alye
alias: G9 Family and Allies
alias: G9
alias: G9 gang federation
code: HTICRM
country: HTI
parent: hti.viv-ansanm
note: Port-au-Prince gang federation led by Jimmy "Barbecue" Chérizier, formed 2020

id: hti.g-pep
type: ORG
name: G-Pèp
alias: GPep
alias: G-Pèp gang federation
code: HTICRM
country: HTI
parent: hti.viv-ansanm
note: Port-au-Prince gang federation (Gabriel Jean-Pierre, "Ti Gabriel"), rival of G9 until Viv Ansanm

id: hti.400-mawozo
type: ORG
name: 400 Mawozo
alias: 400 Mawaso
code: HTICRM
country: HTI
note: Haitian gang east of Port-au-Prince (Croix-des-Bouquets); 2021 kidnapping of US and Canadian missionaries

id: hti.gran-grif
type: ORG
name: Gran Grif
alias: Grand Grif
code: HTICRM
country: HTI
note: gang in Haiti's Artibonite department; Pont-Sondé massacre October 2024; US-designated terrorist organisation May 2025

# ======================================================================
# Philippines
# ======================================================================

id: phl.abu-sayyaf
type: ORG
name: Abu Sayyaf
alias: Abu Sayyaf Group
alias: ASG
code: IMGSEAMUSASF
country: PHL
note: jihadist group in the southern Philippines founded 1991; code as in Phoenix

id: phl.npa
type: ORG
name: New People's Army
alias: NPA
code: PHLREB
country: PHL
note: armed wing of the Communist Party of the Philippines, founded 1969

# ======================================================================
# Leaders and commanders (PERSON)
# ======================================================================

id: person.abu-mahdi-al-muhandis
type: PERSON
name: Abu Mahdi al-Muhandis
alias: Abu Mahdi al-Mohandes
alias: Abu Mahdi al-Mohandis
alias: al-Muhandis
alias: Jamal Jaafar al-Ibrahimi
alias: Jamal Ja'far Muhammad Ali Al Ibrahim
role: Deputy Chairman of the Popular Mobilization Units | irq.pmu | 2014 | 2020-01-03
role: Founder and commander of Kata'ib Hezbollah | irq.kataib-hezbollah | 2007 | 2020-01-03
code: IRQMIL ..2020-01-03
country: IRQ
note: killed with Qassem Soleimani in a US drone strike at Baghdad International Airport on 2020-01-03

id: person.qais-al-khazali
type: PERSON
name: Qais al-Khazali
alias: Qais Khazali
alias: Qais al-Khazaali
alias: Qays al-Khazali
role: Secretary-General of Asa'ib Ahl al-Haq | irq.asaib-ahl-al-haq | 2006 |
code: IRQREB
country: IRQ

id: person.akram-al-kaabi
type: PERSON
name: Akram al-Kaabi
alias: Akram al-Ka'bi
alias: Akram Kaabi
alias: Sheikh Akram al-Kaabi
role: Secretary-General of Harakat Hezbollah al-Nujaba | irq.nujaba | 2013 |
code: IRQREB
country: IRQ

id: person.abu-ali-al-askari
type: PERSON
name: Abu Ali al-Askari
alias: Abu Ali al-Asakri
role: Security official and spokesman of Kata'ib Hezbollah | irq.kataib-hezbollah | |
code: IRQREB
country: IRQ
note: pseudonym used on social media by a Kata'ib Hezbollah security official; identity not public, start date unknown

id: person.abu-hussein-al-hamidawi
type: PERSON
name: Abu Hussein al-Hamidawi
alias: Ahmad al-Hamidawi
alias: Ahmed Mohsen Faraj al-Hamidawi
role: Secretary-General of Kata'ib Hezbollah | irq.kataib-hezbollah | |
code: IRQREB
country: IRQ
note: Kata'ib Hezbollah leader, US-designated 2020; start date not established here

id: person.hadi-al-amiri
type: PERSON
name: Hadi al-Amiri
alias: Hadi Amiri
alias: Hadi al-Ameri
role: Secretary-General of the Badr Organization | irq.badr | 2003 |
role: Leader of the Fatah Alliance | irq.fatah-alliance | 2018 |
role: Minister of Transport of Iraq | irq.gov | 2010-12-21 | 2014-09-08
code: IRQREB
country: IRQ
note: Badr commander since the 1980s exile period; the 2003 start is when Badr returned to Iraq, an approximation

id: person.falih-al-fayyadh
type: PERSON
name: Falih al-Fayyadh
alias: Faleh al-Fayadh
alias: Falih al-Fayadh
alias: Faleh al-Fayyadh
alias: Faleh Fayyadh
role: Chairman of the Popular Mobilization Commission | irq.pmu | 2014-06 |
role: National Security Adviser of Iraq | irq.gov | 2011 | 2020-07-04
code: IRQMIL
country: IRQ

id: person.abu-fadak-al-mohammadawi
type: PERSON
name: Abu Fadak al-Mohammadawi
alias: Abu Fadak al-Muhammadawi
alias: Abdul Aziz al-Mohammadawi
role: Chief of Staff of the Popular Mobilization Units | irq.pmu | 2020-02 |
code: IRQMIL
country: IRQ
note: Kata'ib Hezbollah veteran who succeeded al-Muhandis as the PMU's operational chief

id: person.abu-alaa-al-walai
type: PERSON
name: Abu Alaa al-Walai
alias: Abu Ala al-Walai
alias: Hashim Bunyan al-Siraji
role: Secretary-General of Kata'ib Sayyid al-Shuhada | irq.kataib-sayyid-al-shuhada | 2013 |
code: IRQREB
country: IRQ

id: person.shibl-al-zaidi
type: PERSON
name: Shibl al-Zaidi
alias: Shebl al-Zaidi
alias: Shibl al-Zaydi
role: Secretary-General of Kata'ib Imam Ali | irq.kataib-imam-ali | 2014 |
code: IRQREB
country: IRQ

id: person.ahmed-al-asadi
type: PERSON
name: Ahmed al-Asadi
alias: Ahmad al-Asadi
role: Secretary-General of Kata'ib Jund al-Imam | irq.kataib-jund-al-imam | |
role: Minister of Labour and Social Affairs of Iraq | irq.gov | 2022-10-27 |
code: IRQREB
country: IRQ
note: also former PMU spokesman and Fatah Alliance lawmaker

id: person.rayan-al-kildani
type: PERSON
name: Rayan al-Kildani
alias: Rayan al-Kaldani
alias: Rayan Salem al-Kildani
role: Secretary-General of the Babylon Brigades | irq.babylon-brigades | 2014 |
code: IRQREB
country: IRQ

id: person.muqtada-al-sadr
type: PERSON
name: Muqtada al-Sadr
alias: Moqtada al-Sadr
alias: Moqtada Sadr
alias: Muqtada Sadr
role: Leader of Saraya al-Salam | irq.saraya-al-salam | 2014-06 |
role: Leader of the Mahdi Army | irq.mahdi-army | 2003 | 2008
country: IRQ
note: Shia cleric, head of the Sadrist movement (renamed the Patriotic Shia Movement in 2024)

id: person.abdullah-ocalan
type: PERSON
name: Abdullah Ocalan
role: Founder and leader of the PKK | tur.pkk | 1978 |
code: TURREB
country: TUR
note: imprisoned on İmralı island since 1999; called on the PKK to disband in February 2025

id: person.ahmed-al-sharaa
type: PERSON
name: Ahmed al-Sharaa
alias: Ahmad al-Sharaa
alias: Ahmed al-Shara
alias: Ahmed Hussein al-Sharaa
alias: Abu Mohammad al-Julani
alias: Abu Mohammed al-Julani
alias: Abu Muhammad al-Jawlani
alias: Abu Mohammad al-Jolani
alias: Abu Mohammed al-Jolani
alias: al-Julani
alias: al-Jolani
alias: al-Jawlani
role: Emir of al-Nusra Front | syr.nusra-front | 2012-01 | 2017-01
role: Leader of Hayat Tahrir al-Sham | syr.hts | 2017-01 | 2025-01-29
role: President of Syria | syr.gov | 2025-01-29 |
code: SYRREB ..2024-12-08
code: SYRGOV 2024-12-08..
country: SYR
note: known by his nom de guerre Abu Mohammad al-Julani until the fall of Assad; de facto leader of Syria from 2024-12-08, named transitional president on 2025-01-29

id: person.mazloum-abdi
type: PERSON
name: Mazloum Abdi
alias: Mazlum Abdi
alias: Mazloum Kobani
alias: Mazlum Kobani
alias: Ferhat Abdi Şahin
role: Commander-in-Chief of the Syrian Democratic Forces | syr.sdf | 2015 |
code: SYRREB
country: SYR

id: person.hassan-nasrallah
type: PERSON
name: Hassan Nasrallah
alias: Hasan Nasrallah
alias: Sayyed Hassan Nasrallah
alias: Hassan Nasrollah
alias: Nasrallah
role: Secretary-General of Hezbollah | lbn.hezbollah | 1992-02 | 2024-09-27
code: LBNREB ..2024-09-27
country: LBN
note: killed in an Israeli air strike on Beirut's southern suburbs on 2024-09-27

id: person.naim-qassem
type: PERSON
name: Naim Qassem
alias: Naim Kassem
alias: Naim Qasim
alias: Naim Qasem
alias: Sheikh Naim Qassem
role: Secretary-General of Hezbollah | lbn.hezbollah | 2024-10-29 |
role: Deputy Secretary-General of Hezbollah | lbn.hezbollah | 1991 | 2024-10-29
code: LBNREB
country: LBN

id: person.hashem-safieddine
type: PERSON
name: Hashem Safieddine
alias: Hashim Safieddine
alias: Hashem Safi al-Din
role: Head of Hezbollah's Executive Council | lbn.hezbollah | 2001 | 2024-10
code: LBNREB ..2024-10
country: LBN
note: presumed successor of Nasrallah; killed in an Israeli strike in early October 2024 (confirmed by Hezbollah on 2024-10-23); 2001 start approximate

id: person.fuad-shukr
type: PERSON
name: Fuad Shukr
alias: Fouad Shukr
alias: Fuad Shokor
alias: Hajj Mohsin
role: Senior military commander of Hezbollah | lbn.hezbollah | | 2024-07-30
code: LBNREB ..2024-07-30
country: LBN
note: killed in an Israeli strike in Beirut on 2024-07-30

id: person.imad-mughniyeh
type: PERSON
name: Imad Mughniyeh
alias: Imad Mughniyah
alias: Imad Moughnieh
role: Military commander of Hezbollah | lbn.hezbollah | | 2008-02-12
code: LBNREB ..2008-02-12
country: LBN
note: killed by a car bomb in Damascus on 2008-02-12

id: person.nabih-berri
type: PERSON
name: Nabih Berri
alias: Nabih Birri
role: Leader of the Amal Movement | lbn.amal | 1980 |
role: Speaker of the Parliament of Lebanon | lbn.parliament | 1992-10-20 |
country: LBN

id: person.abdul-malik-al-houthi
type: PERSON
name: Abdul-Malik al-Houthi
alias: Abdulmalik al-Houthi
alias: Abdel-Malek al-Houthi
alias: Abdul-Malik Badreddin al-Houthi
role: Leader of the Houthi movement | yem.houthis | 2004 |
code: YEMREB
country: YEM

id: person.hussein-badreddin-al-houthi
type: PERSON
name: Hussein Badreddin al-Houthi
alias: Hussein al-Houthi
role: Founder and leader of the Houthi movement | yem.houthis | | 2004-09
code: YEMREB ..2004-09
country: YEM
note: founder of the movement, killed by Yemeni forces in September 2004

id: person.yahya-saree
type: PERSON
name: Yahya Saree
alias: Yahya Sarea
alias: Yahya Sari
alias: Yahya Saria
role: Military spokesman of the Houthis | yem.houthis | |
code: YEMREB
country: YEM
note: Houthi armed forces spokesman who announces missile and drone attacks

id: person.mohammed-abdulsalam
type: PERSON
name: Mohammed Abdulsalam
alias: Mohammed Abdul Salam
alias: Mohammed Abdel Salam
role: Spokesman and chief negotiator of the Houthis | yem.houthis | |
code: YEMREB
country: YEM
note: based in Muscat, Oman

id: person.mahdi-al-mashat
type: PERSON
name: Mahdi al-Mashat
alias: Mahdi al-Mashaat
alias: Mahdi Mashat
role: President of the Supreme Political Council | yem.supreme-political-council | 2018-04 |
code: YEMREB
country: YEM

id: person.aidarous-al-zubaidi
type: PERSON
name: Aidarous al-Zubaidi
alias: Aidarus al-Zubaidi
alias: Aidrous al-Zubaidi
alias: Eidarous al-Zubaidi
role: President of the Southern Transitional Council | yem.stc | 2017-05 |
code: YEMREB
country: YEM
note: also a vice-chairman of Yemen's Presidential Leadership Council from April 2022; status after the late-2025 southern crisis not tracked here

id: person.yahya-sinwar
type: PERSON
name: Yahya Sinwar
alias: Yahya al-Sinwar
alias: Yehya Sinwar
role: Head of Hamas in Gaza | pse.hamas | 2017-02-13 | 2024-10-16
role: Head of the Hamas political bureau | pse.hamas | 2024-08-06 | 2024-10-16
code: PSEREBHMS ..2024-10-16
country: PSE
note: architect of the 7 October 2023 attack; killed by Israeli troops in Rafah on 2024-10-16

id: person.ismail-haniyeh
type: PERSON
name: Ismail Haniyeh
alias: Ismail Haniya
alias: Ismail Haniyah
alias: Ismael Haniyeh
role: Head of the Hamas political bureau | pse.hamas | 2017-05-06 | 2024-07-31
code: PSEREBHMS ..2024-07-31
country: PSE
note: Palestinian Authority prime minister 2006-2007 (Hamas government); killed in Tehran on 2024-07-31

id: person.mohammed-deif
type: PERSON
name: Mohammed Deif
alias: Mohammed Dief
alias: Muhammad Deif
alias: Mohammed al-Deif
alias: Mohammed Diab Ibrahim al-Masri
role: Commander of the Izz ad-Din al-Qassam Brigades | pse.qassam-brigades | 2002 | 2024-07-13
code: PSEREBHMS ..2024-07-13
country: PSE
note: killed in an Israeli strike in al-Mawasi on 2024-07-13 (Israel confirmed in August 2024, Hamas in January 2025)

id: person.mohammed-sinwar
type: PERSON
name: Mohammed Sinwar
alias: Muhammad Sinwar
alias: Mohammed al-Sinwar
role: Commander of the Izz ad-Din al-Qassam Brigades | pse.qassam-brigades | 2024 | 2025-05
code: PSEREBHMS ..2025-05
country: PSE
note: Yahya Sinwar's brother; killed in an Israeli strike in Khan Younis in May 2025

id: person.khalil-al-hayya
type: PERSON
name: Khalil al-Hayya
alias: Khalil al-Hayyah
alias: Khalil Hayya
role: Senior Hamas leader and chief negotiator | pse.hamas | |
code: PSEREBHMS
country: PSE
note: Hamas's Gaza chief and lead ceasefire negotiator after Sinwar's death; dates not set here

id: person.khaled-meshaal
type: PERSON
name: Khaled Meshaal
alias: Khaled Mashal
alias: Khalid Mishaal
alias: Khaled Mashaal
role: Head of the Hamas political bureau | pse.hamas | 1996 | 2017-05-06
code: PSEREBHMS
country: PSE
note: later head of Hamas abroad

id: person.saleh-al-arouri
type: PERSON
name: Saleh al-Arouri
alias: Salah al-Arouri
alias: Saleh al-Aruri
role: Deputy head of the Hamas political bureau | pse.hamas | 2017-10 | 2024-01-02
code: PSEREBHMS ..2024-01-02
country: PSE
note: killed in an Israeli drone strike in Beirut on 2024-01-02

id: person.abu-obeida
type: PERSON
name: Abu Obeida
alias: Abu Ubaida
alias: Abu Obaida
alias: Abu Ubaydah
role: Spokesman of the Izz ad-Din al-Qassam Brigades | pse.qassam-brigades | |
code: PSEREBHMS
country: PSE
note: pseudonymous masked Qassam spokesman; Israel said in August 2025 it had killed him (identified as Hudhayfa Kahlout). Not to be confused with al-Shabaab leader Ahmed Diriye (also "Abu Ubaidah")

id: person.ziyad-al-nakhalah
type: PERSON
name: Ziyad al-Nakhalah
alias: Ziad al-Nakhalah
alias: Ziyad Nakhalah
alias: Ziad Nakhaleh
role: Secretary-General of Palestinian Islamic Jihad | pse.pij | 2018-09 |
code: PSEREB
country: PSE

id: person.abu-bakr-al-baghdadi
type: PERSON
name: Abu Bakr al-Baghdadi
alias: Abu Bakr al-Husseini al-Qurashi al-Baghdadi
alias: Ibrahim Awad Ibrahim al-Badri
alias: Ibrahim al-Badri
role: Leader of the Islamic State | img.isis | 2010-05 | 2019-10
code: IMGMUSISI ..2019-10
country: IRQ
note: declared himself caliph on 2014-06-29; killed in a US raid in Barisha, Idlib, in late October 2019

id: person.abu-hafs-al-hashimi-al-qurashi
type: PERSON
name: Abu Hafs al-Hashimi al-Qurashi
role: Leader of the Islamic State | img.isis | 2023-08 |
code: IMGMUSISI
note: nom de guerre of the Islamic State leader announced in August 2023; identity not confirmed

id: person.osama-bin-laden
type: PERSON
name: Osama bin Laden
alias: Usama bin Laden
alias: Osama bin Ladin
alias: Usama bin Ladin
alias: bin Laden
role: Founder and leader of al-Qaeda | img.al-qaeda | 1988 | 2011-05-02
code: IMGMUSALQ ..2011-05-02
country: SAU
note: killed by US forces in Abbottabad, Pakistan, on 2011-05-02

id: person.ayman-al-zawahiri
type: PERSON
name: Ayman al-Zawahiri
alias: Ayman al-Zawahri
alias: Ayman Zawahiri
role: Leader of al-Qaeda | img.al-qaeda | 2011-06-16 | 2022-07-31
code: IMGMUSALQ ..2022-07-31
country: EGY
note: killed in a US drone strike in Kabul on 2022-07-31

id: person.mohamed-hamdan-dagalo
type: PERSON
name: Mohamed Hamdan Dagalo
alias: Hemedti
alias: Hemeti
alias: Mohamed Hamdan Daglo
alias: Mohammed Hamdan Dagalo
alias: Hamdan Dagalo
role: Commander of the Rapid Support Forces | sdn.rsf | 2013 |
role: Deputy Chairman of the Sovereignty Council of Sudan | sdn.gov | 2019-08-21 | 2023-05-19
code: SDNMIL ..2023-04-15
code: SDNREB 2023-04-15..
country: SDN
note: dismissed as deputy head of the Sovereignty Council by al-Burhan on 2023-05-19; heads the RSF-led parallel administration proclaimed in 2025

id: person.abdelrahim-dagalo
type: PERSON
name: Abdelrahim Hamdan Dagalo
alias: Abdul Rahim Dagalo
alias: Abdelrahim Dagalo
role: Deputy Commander of the Rapid Support Forces | sdn.rsf | |
code: SDNREB
country: SDN
note: Hemedti's brother

id: person.abdelaziz-al-hilu
type: PERSON
name: Abdelaziz al-Hilu
alias: Abdelaziz Adam al-Hilu
alias: Abdel Aziz al-Hilu
role: Chairman of SPLM-N (al-Hilu faction) | sdn.splm-n | 2017 |
code: SDNREB
country: SDN

id: person.khalifa-haftar
type: PERSON
name: Khalifa Haftar
alias: Khalifa Hifter
alias: Khalifa Hiftar
alias: Khalifa Belqasim Haftar
alias: Field Marshal Haftar
role: Commander of the Libyan National Army | lby.lna | 2015-03-02 |
code: LBYREB
country: LBY
note: launched Operation Dignity in May 2014; attacked Tripoli 2019-2020

id: person.yevgeny-prigozhin
type: PERSON
name: Yevgeny Prigozhin
alias: Yevgeniy Prigozhin
alias: Evgeny Prigozhin
alias: Yevgeny Viktorovich Prigozhin
role: Founder and head of the Wagner Group | rus.wagner | 2014 | 2023-08-23
code: RUSUAF ..2023-08-23
country: RUS
note: led the June 2023 mutiny; killed in a plane crash in Tver region on 2023-08-23

id: person.dmitry-utkin
type: PERSON
name: Dmitry Utkin
alias: Dmitriy Utkin
role: Commander of the Wagner Group | rus.wagner | 2014 | 2023-08-23
code: RUSUAF ..2023-08-23
country: RUS
note: died in the same plane crash as Prigozhin

id: person.ramzan-kadyrov
type: PERSON
name: Ramzan Kadyrov
alias: Ramzan Akhmatovich Kadyrov
role: Leader of the Kadyrovite forces | rus.kadyrovites | 2007 |
code: RUSGOV
country: RUS
note: Head of the Chechen Republic since 2007 (acting from February, confirmed April 2007)

id: person.hibatullah-akhundzada
type: PERSON
name: Hibatullah Akhundzada
alias: Haibatullah Akhundzada
alias: Mawlawi Hibatullah Akhundzada
alias: Hebatullah Akhundzada
role: Supreme Leader of the Taliban | afg.taliban | 2016-05-25 |
code: AFGREB ..2021-08-15
code: AFGGOV 2021-08-15..
country: AFG
note: also Supreme Leader of Afghanistan since 2021-08-15

id: person.sirajuddin-haqqani
type: PERSON
name: Sirajuddin Haqqani
alias: Siraj Haqqani
alias: Serajuddin Haqqani
role: Leader of the Haqqani network | afg.haqqani-network | 2018 |
role: Minister of Interior of Afghanistan | afg.gov | 2021-09-07 |
code: AFGREB ..2021-08-15
code: AFGGOV 2021-08-15..
country: AFG
note: 2018 is when his father Jalaluddin died; Sirajuddin ran the network in practice years earlier

id: person.zabihullah-mujahid
type: PERSON
name: Zabihullah Mujahid
alias: Zabiullah Mujahid
alias: Zabihullah Mujahed
role: Chief spokesman of the Taliban | afg.taliban | 2007 |
code: AFGREB ..2021-08-15
code: AFGGOV 2021-08-15..
country: AFG

id: person.noor-wali-mehsud
type: PERSON
name: Noor Wali Mehsud
alias: Mufti Noor Wali Mehsud
alias: Nur Wali Mehsud
role: Emir of Tehrik-i-Taliban Pakistan | pak.ttp | 2018-06 |
code: PAKREB
country: PAK

id: person.sanaullah-ghafari
type: PERSON
name: Sanaullah Ghafari
alias: Shahab al-Muhajir
alias: Shahab al-Mohajir
role: Leader of Islamic State Khorasan Province | afg.iskp | 2020-06 |
code: IMGMUSISI
country: AFG

id: person.twan-mrat-naing
type: PERSON
name: Twan Mrat Naing
alias: Tun Myat Naing
role: Commander-in-Chief of the Arakan Army | mmr.arakan-army | 2009 |
code: MMRREB
country: MMR

id: person.ivan-mordisco
type: PERSON
name: Iván Mordisco
alias: Néstor Gregorio Vera Fernández
alias: Nestor Gregorio Vera
role: Commander of the Estado Mayor Central | col.emc | |
code: COLREB
country: COL

id: person.ivan-marquez
type: PERSON
name: Iván Márquez
alias: Luciano Marín Arango
role: Leader of Segunda Marquetalia | col.segunda-marquetalia | 2019-08-29 |
code: COLREB
country: COL
note: former FARC chief negotiator in Havana

id: person.sultani-makenga
type: PERSON
name: Sultani Makenga
alias: Sultani Emmanuel Makenga
role: Military commander of M23 | cod.m23 | 2012 |
code: CODREB
country: COD

id: person.corneille-nangaa
type: PERSON
name: Corneille Nangaa
alias: Corneille Nangaa Yobeluo
role: Coordinator of the Congo River Alliance | cod.afc | 2023-12-15 |
code: CODREB
country: COD
note: former head of DR Congo's electoral commission (CENI)

id: person.bertrand-bisimwa
type: PERSON
name: Bertrand Bisimwa
role: President of M23 | cod.m23 | 2013 |
code: CODREB
country: COD

id: person.jimmy-cherizier
type: PERSON
name: Jimmy Chérizier
alias: Barbecue Chérizier
alias: Jimmy Barbecue Chérizier
role: Leader of G9 an Fanmi e Alye | hti.g9 | 2020 |
role: Leader of Viv Ansanm | hti.viv-ansanm | 2023 |
code: HTICRM
country: HTI
note: former Haitian police officer

id: person.nemesio-oseguera
type: PERSON
name: Nemesio Oseguera Cervantes
alias: El Mencho
alias: Nemesio Oseguera
role: Leader of the Jalisco New Generation Cartel | mex.cjng | 2009 |
code: MEXCRM
country: MEX
note: CJNG founder; start year approximate

id: person.joaquin-guzman
type: PERSON
name: Joaquín Guzmán
alias: El Chapo
alias: El Chapo Guzmán
alias: Joaquín Guzmán Loera
role: Leader of the Sinaloa Cartel | mex.sinaloa-cartel | | 2016-01-08
code: MEXCRM
country: MEX
note: recaptured 2016-01-08, extradited to the US 2017, serving a life sentence since 2019

id: person.ismael-zambada
type: PERSON
name: Ismael Zambada García
alias: El Mayo
alias: El Mayo Zambada
alias: Ismael Zambada
role: Co-founder and leader of the Sinaloa Cartel | mex.sinaloa-cartel | | 2024-07-25
code: MEXCRM
country: MEX
note: taken into US custody in El Paso on 2024-07-25; pleaded guilty in 2025

id: person.ahmed-diriye
type: PERSON
name: Ahmed Diriye
alias: Ahmad Diriye
alias: Ahmed Umar
alias: Abu Ubaidah
role: Emir of al-Shabaab | som.al-shabaab | 2014-09 |
code: SOMREB
country: SOM

id: person.abdulqadir-mumin
type: PERSON
name: Abdulqadir Mumin
alias: Abdulkadir Mumin
alias: Abdiqadir Mumin
role: Leader of Islamic State Somalia Province | som.is-somalia | 2015 |
code: IMGMUSISI
country: SOM

id: person.iyad-ag-ghaly
type: PERSON
name: Iyad Ag Ghaly
alias: Iyad ag Ghali
role: Emir of JNIM | mli.jnim | 2017-03 |
role: Founder of Ansar Dine | mli.ansar-dine | 2012 | 2017-03
code: MLIREB
country: MLI

id: person.amadou-koufa
type: PERSON
name: Amadou Koufa
alias: Hamadoun Koufa
role: Leader of Katiba Macina | mli.katiba-macina | 2015 |
code: MLIREB
country: MLI

id: person.abubakar-shekau
type: PERSON
name: Abubakar Shekau
alias: Abu Bakr Shekau
role: Leader of Boko Haram | nga.boko-haram | 2009 | 2021-05
code: NGAREB ..2021-05
country: NGA
note: died in May 2021 during clashes with ISWAP in the Sambisa forest

id: person.bello-turji
type: PERSON
name: Bello Turji
alias: Bello Turji Kachalla
role: Bandit leader | nga.bandits | |
code: NGACRM
country: NGA
note: bandit kingpin in Zamfara and Sokoto states, northwest Nigeria

id: nga.bandits
type: ORG
name: Northwest Nigeria bandits
alias: Zamfara bandits
code: NGACRM
country: NGA
note: placeholder for the armed criminal gangs ("bandits") of northwest Nigeria; the word "bandits" itself is left to the agents dictionary

id: person.riek-machar
type: PERSON
name: Riek Machar
alias: Riek Machar Teny
role: Chairman of SPLM-IO | ssd.splm-io | 2013 |
code: SSDREB
country: SSD
note: also First Vice-President of South Sudan under the 2018 peace deal; arrested in March 2025

id: person.debretsion-gebremichael
type: PERSON
name: Debretsion Gebremichael
alias: Debretsion Gebremikael
alias: Debretsion Gebre-Michael
role: Chairman of the TPLF | eth.tplf | |
code: ETHREB
country: ETH
note: TPLF chairman and head of the Tigray regional government until 2023; dates not set here
