# casus built-in lexicon: news outlets and agencies frequently cited in conflict news.
# Format: data/lexicon/README.md. Sources and currency: data/lexicon/SOURCES.md
# (section "Armed groups, facilities, weapons, media").
#
# code: <ISO>MED (CAMEO media sector; Phoenix codes wire services plain MED). country: where the
# outlet is based or which state owns it (see note). Names that are also common words are
# listed only in unambiguous forms (Dawn newspaper, The National newspaper, Kan public
# broadcaster); see each note.

id: media.reuters
type: ORG
name: Reuters
alias: Thomson Reuters
alias: Reuters news agency
code: GBRMED
country: GBR
note: news outlet; international news agency

id: media.ap
type: ORG
name: Associated Press
alias: AP
alias: The Associated Press
alias: AP news agency
code: USAMED
country: USA
note: news outlet; international news agency

id: media.afp
type: ORG
name: Agence France-Presse
alias: AFP
alias: French news agency AFP
code: FRAMED
country: FRA
note: news outlet; international news agency

id: media.bloomberg
type: ORG
name: Bloomberg News
alias: Bloomberg
code: USAMED
country: USA
note: news outlet; financial news agency; bare "Bloomberg" can also be Michael Bloomberg

id: media.dpa
type: ORG
name: Deutsche Presse-Agentur
alias: dpa
alias: DPA
alias: German Press Agency
code: DEUMED
country: DEU
note: news outlet; German news agency

id: media.efe
type: ORG
name: EFE
alias: Agencia EFE
alias: EFE news agency
code: ESPMED
country: ESP
note: news outlet; Spanish news agency

id: media.ansa
type: ORG
name: ANSA
alias: ANSA news agency
alias: Agenzia Nazionale Stampa Associata
code: ITAMED
country: ITA
note: news outlet; Italian news agency

id: media.xinhua
type: ORG
name: Xinhua
alias: Xinhua News Agency
alias: New China News Agency
code: CHNMED
country: CHN
note: news outlet; Chinese state news agency

id: media.cgtn
type: ORG
name: CGTN
alias: China Global Television Network
code: CHNMED
country: CHN
note: news outlet; Chinese state international broadcaster (CCTV's overseas arm)

id: media.global-times
type: ORG
name: Global Times
alias: Global Times newspaper
code: CHNMED
country: CHN
note: news outlet; Chinese state-run tabloid

id: media.peoples-daily
type: ORG
name: People's Daily
alias: Renmin Ribao
code: CHNMED
country: CHN
note: news outlet; newspaper of the Chinese Communist Party

id: media.china-daily
type: ORG
name: China Daily
code: CHNMED
country: CHN
note: news outlet; Chinese state English-language daily

id: media.tass
type: ORG
name: TASS
alias: ITAR-TASS
alias: TASS news agency
code: RUSMED
country: RUS
note: news outlet; Russian state news agency

id: media.ria-novosti
type: ORG
name: RIA Novosti
alias: RIA
alias: RIA news agency
code: RUSMED
country: RUS
note: news outlet; Russian state news agency

id: media.interfax
type: ORG
name: Interfax
alias: Interfax news agency
alias: Interfax-Ukraine
code: RUSMED
country: RUS
note: news outlet; Russian news agency (Interfax-Ukraine is its Ukrainian sister agency)

id: media.rt
type: ORG
name: RT
alias: Russia Today
alias: RT Arabic
alias: RT television
code: RUSMED
country: RUS
note: news outlet; Russian state international broadcaster; the capitalised acronym also appears in "RT-PCR"

id: media.sputnik
type: ORG
name: Sputnik
alias: Sputnik news agency
alias: Sputnik News
code: RUSMED
country: RUS
note: news outlet; Russian state news agency and radio; bare "Sputnik" can also mean the satellite or the vaccine

id: media.kommersant
type: ORG
name: Kommersant
alias: Kommersant daily
code: RUSMED
country: RUS
note: news outlet; Russian business daily

id: media.izvestia
type: ORG
name: Izvestia
alias: Izvestiya
code: RUSMED
country: RUS
note: news outlet; Russian daily

id: media.meduza
type: ORG
name: Meduza
alias: Meduza news site
code: RUSMED
country: RUS
note: news outlet; independent Russian outlet in exile (Riga)

id: media.novaya-gazeta
type: ORG
name: Novaya Gazeta
alias: Novaya Gazeta Europe
code: RUSMED
country: RUS
note: news outlet; independent Russian newspaper

id: media.mediazona
type: ORG
name: Mediazona
code: RUSMED
country: RUS
note: news outlet; independent Russian outlet counting war dead with the BBC

id: media.zvezda
type: ORG
name: Zvezda TV
alias: Zvezda television
alias: Zvezda channel
code: RUSMED
country: RUS
note: news outlet; Russian defence ministry television channel

id: media.channel-one-russia
type: ORG
name: Channel One Russia
alias: Pervyi Kanal
alias: Russia's Channel One
code: RUSMED
country: RUS
note: news outlet; Russian state television

id: media.anadolu
type: ORG
name: Anadolu Agency
alias: Anadolu
alias: Anadolu news agency
alias: Anadolu Ajansı
code: TURMED
country: TUR
note: news outlet; Turkish state news agency

id: media.trt-world
type: ORG
name: TRT World
alias: TRT
alias: Turkish Radio and Television
code: TURMED
country: TUR
note: news outlet; Turkish state broadcaster

id: media.daily-sabah
type: ORG
name: Daily Sabah
code: TURMED
country: TUR
note: news outlet; pro-government Turkish English-language daily

id: media.hurriyet
type: ORG
name: Hürriyet
alias: Hurriyet Daily News
code: TURMED
country: TUR
note: news outlet; Turkish daily

id: media.bbc
type: ORG
name: BBC
alias: British Broadcasting Corporation
alias: BBC News
alias: BBC World Service
code: GBRMED
country: GBR
note: news outlet; British public broadcaster

id: media.bbc-persian
type: ORG
name: BBC Persian
alias: BBC Farsi
code: GBRMED
country: GBR
note: news outlet; Persian-language service of the BBC

id: media.bbc-arabic
type: ORG
name: BBC Arabic
alias: BBC Arabic service
code: GBRMED
country: GBR
note: news outlet; Arabic-language service of the BBC

id: media.guardian
type: ORG
name: The Guardian
alias: Guardian newspaper
alias: The Guardian newspaper
code: GBRMED
country: GBR
note: news outlet; British daily; name is matched best case-sensitively ("the guardian of" is common English)

id: media.financial-times
type: ORG
name: Financial Times
alias: FT
alias: The Financial Times
code: GBRMED
country: GBR
note: news outlet; British business daily

id: media.telegraph
type: ORG
name: The Daily Telegraph
alias: The Telegraph
alias: Daily Telegraph
code: GBRMED
country: GBR
note: news outlet; British daily

id: media.sky-news
type: ORG
name: Sky News
alias: Sky News UK
code: GBRMED
country: GBR
note: news outlet; British television news channel

id: media.middle-east-eye
type: ORG
name: Middle East Eye
alias: MEE
code: GBRMED
country: GBR
note: news outlet; London-based Middle East news site

id: media.iran-international
type: ORG
name: Iran International
alias: Iran International TV
code: GBRMED
country: GBR
note: news outlet; London-based Persian-language opposition-leaning channel; Iran calls it hostile

id: media.al-quds-al-arabi
type: ORG
name: Al-Quds Al-Arabi
alias: al-Quds al-Arabi newspaper
code: GBRMED
country: GBR
note: news outlet; London-based pan-Arab daily

id: media.new-arab
type: ORG
name: The New Arab
alias: Al-Araby Al-Jadeed
code: GBRMED
country: GBR
note: news outlet; London-based pan-Arab outlet (Qatari-funded)

id: media.asharq-al-awsat
type: ORG
name: Asharq Al-Awsat
alias: Sharq al-Awsat
alias: Asharq Alawsat
code: SAUMED
country: SAU
note: news outlet; Saudi-owned London-based pan-Arab daily

id: media.france-24
type: ORG
name: France 24
alias: France24
code: FRAMED
country: FRA
note: news outlet; French state international news channel

id: media.rfi
type: ORG
name: Radio France Internationale
alias: RFI
code: FRAMED
country: FRA
note: news outlet; French state international radio

id: media.le-monde
type: ORG
name: Le Monde
code: FRAMED
country: FRA
note: news outlet; French daily

id: media.le-figaro
type: ORG
name: Le Figaro
code: FRAMED
country: FRA
note: news outlet; French daily

id: media.deutsche-welle
type: ORG
name: Deutsche Welle
alias: DW
alias: DW News
code: DEUMED
country: DEU
note: news outlet; German state international broadcaster

id: media.der-spiegel
type: ORG
name: Der Spiegel
alias: Spiegel
code: DEUMED
country: DEU
note: news outlet; German news magazine

id: media.cnn
type: ORG
name: CNN
alias: Cable News Network
alias: CNN International
code: USAMED
country: USA
note: news outlet; US television news network

id: media.fox-news
type: ORG
name: Fox News
alias: Fox News Channel
code: USAMED
country: USA
note: news outlet; US television news network

id: media.nbc-news
type: ORG
name: NBC News
alias: NBC
code: USAMED
country: USA
note: news outlet; US television news network

id: media.cbs-news
type: ORG
name: CBS News
alias: CBS
code: USAMED
country: USA
note: news outlet; US television news network

id: media.abc-news
type: ORG
name: ABC News
alias: ABC News (US)
code: USAMED
country: USA
note: news outlet; US television news network; bare "ABC" also names the Australian broadcaster and is not listed

id: media.npr
type: ORG
name: NPR
alias: National Public Radio
code: USAMED
country: USA
note: news outlet; US public radio

id: media.new-york-times
type: ORG
name: The New York Times
alias: New York Times
alias: NYT
alias: NY Times
code: USAMED
country: USA
note: news outlet; US daily

id: media.washington-post
type: ORG
name: The Washington Post
alias: Washington Post
code: USAMED
country: USA
note: news outlet; US daily

id: media.wall-street-journal
type: ORG
name: The Wall Street Journal
alias: Wall Street Journal
alias: WSJ
code: USAMED
country: USA
note: news outlet; US daily

id: media.politico
type: ORG
name: Politico
alias: POLITICO
code: USAMED
country: USA
note: news outlet; US political news outlet

id: media.axios
type: ORG
name: Axios
code: USAMED
country: USA
note: news outlet; US news site

id: media.voa
type: ORG
name: Voice of America
alias: VOA
code: USAMED
country: USA
note: news outlet; US government-funded international broadcaster

id: media.rferl
type: ORG
name: Radio Free Europe/Radio Liberty
alias: RFE/RL
alias: Radio Free Europe
alias: Radio Liberty
code: USAMED
country: USA
note: news outlet; US government-funded broadcaster based in Prague

id: media.radio-farda
type: ORG
name: Radio Farda
code: USAMED
country: USA
note: news outlet; Persian-language service of RFE/RL

id: media.stars-and-stripes
type: ORG
name: Stars and Stripes
code: USAMED
country: USA
note: news outlet; US military newspaper

id: media.al-monitor
type: ORG
name: Al-Monitor
code: USAMED
country: USA
note: news outlet; Washington-based Middle East news site

id: media.long-war-journal
type: ORG
name: Long War Journal
alias: FDD's Long War Journal
code: USAMED
country: USA
note: news outlet; US website tracking jihadist groups (Foundation for Defense of Democracies)

id: media.al-jazeera
type: ORG
name: Al Jazeera
alias: Aljazeera
alias: Al Jazeera English
alias: Al Jazeera Arabic
alias: Al Jazeera Media Network
code: QATMED
country: QAT
note: news outlet; Doha-based broadcaster

id: media.qna
type: ORG
name: Qatar News Agency
alias: QNA
code: QATMED
country: QAT
note: news outlet; Qatari state news agency

id: media.al-arabiya
type: ORG
name: Al Arabiya
alias: Alarabiya
alias: Al Arabiya English
code: SAUMED
country: SAU
note: news outlet; Saudi-owned news channel based in Dubai

id: media.al-hadath
type: ORG
name: Al-Hadath TV
alias: Al Hadath channel
code: SAUMED
country: SAU
note: news outlet; Saudi-owned news channel (Al Arabiya's sister); bare "al-Hadath" not listed (Beirut suburb)

id: media.arab-news
type: ORG
name: Arab News
code: SAUMED
country: SAU
note: news outlet; Saudi English-language daily

id: media.spa
type: ORG
name: Saudi Press Agency
alias: SPA news agency
code: SAUMED
country: SAU
note: news outlet; Saudi state news agency; bare "SPA" not listed

id: media.sky-news-arabia
type: ORG
name: Sky News Arabia
code: AREMED
country: ARE
note: news outlet; Abu Dhabi-based Arabic news channel

id: media.the-national
type: ORG
name: The National newspaper
alias: Abu Dhabi's The National
alias: UAE daily The National
alias: The National News
code: AREMED
country: ARE
note: news outlet; Abu Dhabi English-language daily; bare "The National" not listed (common phrase)

id: media.gulf-news
type: ORG
name: Gulf News
code: AREMED
country: ARE
note: news outlet; Dubai English-language daily

id: media.khaleej-times
type: ORG
name: Khaleej Times
code: AREMED
country: ARE
note: news outlet; Dubai English-language daily

id: media.wam
type: ORG
name: Emirates News Agency
alias: WAM
code: AREMED
country: ARE
note: news outlet; UAE state news agency

id: media.kuna
type: ORG
name: Kuwait News Agency
alias: KUNA
code: KWTMED
country: KWT
note: news outlet; Kuwaiti state news agency

id: media.petra
type: ORG
name: Jordan News Agency
alias: Petra news agency
code: JORMED
country: JOR
note: news outlet; Jordanian state news agency (Petra); bare "Petra" not listed (the ancient city)

id: media.al-ahram
type: ORG
name: Al-Ahram
alias: Ahram Online
code: EGYMED
country: EGY
note: news outlet; Egyptian state-owned daily

id: media.mena
type: ORG
name: Middle East News Agency
alias: MENA news agency
code: EGYMED
country: EGY
note: news outlet; Egyptian state news agency; bare "MENA" not listed (the region)

id: media.times-of-israel
type: ORG
name: The Times of Israel
alias: Times of Israel
code: ISRMED
country: ISR
note: news outlet; Israeli English-language news site

id: media.haaretz
type: ORG
name: Haaretz
code: ISRMED
country: ISR
note: news outlet; Israeli daily

id: media.jerusalem-post
type: ORG
name: The Jerusalem Post
alias: Jerusalem Post
code: ISRMED
country: ISR
note: news outlet; Israeli English-language daily

id: media.ynet
type: ORG
name: Ynet
alias: Ynetnews
alias: Yedioth Ahronoth
alias: Yediot Ahronot
code: ISRMED
country: ISR
note: news outlet; Israeli news site of the Yedioth Ahronoth daily

id: media.israel-hayom
type: ORG
name: Israel Hayom
code: ISRMED
country: ISR
note: news outlet; Israeli free daily

id: media.i24news
type: ORG
name: i24NEWS
alias: i24 News
code: ISRMED
country: ISR
note: news outlet; Israeli international news channel

id: media.kan
type: ORG
name: Kan public broadcaster
alias: Kan News
alias: Kan 11
alias: Israeli public broadcaster Kan
code: ISRMED
country: ISR
note: news outlet; Israeli public broadcaster; bare "Kan" not listed

id: media.channel-12
type: ORG
name: Israel's Channel 12
alias: N12
alias: Channel 12 News Israel
code: ISRMED
country: ISR
note: news outlet; Israeli commercial television news

id: media.army-radio
type: ORG
name: Army Radio
alias: Galei Tzahal
alias: Galatz
code: ISRMED
country: ISR
note: news outlet; Israeli military radio station

id: media.wafa
type: ORG
name: WAFA
alias: Wafa news agency
alias: Palestinian news agency WAFA
code: PSEMED
country: PSE
note: news outlet; Palestinian Authority news agency

id: media.al-aqsa-tv
type: ORG
name: Al-Aqsa TV
alias: Al-Aqsa television
alias: Al-Aqsa channel
code: PSEMED
country: PSE
note: news outlet; Hamas-run television channel

id: media.quds-news-network
type: ORG
name: Quds News Network
alias: QNN
code: PSEMED
country: PSE
note: news outlet; Palestinian news network

id: media.al-manar
type: ORG
name: Al-Manar
alias: Al-Manar TV
alias: Al Manar television
alias: Almanar
code: LBNMED
country: LBN
note: news outlet; Hezbollah's television channel

id: media.al-mayadeen
type: ORG
name: Al Mayadeen
alias: Al Mayadeen TV
code: LBNMED
country: LBN
note: news outlet; Beirut-based pan-Arab channel close to the Axis of Resistance

id: media.nna
type: ORG
name: National News Agency
alias: NNA
alias: Lebanon's National News Agency
code: LBNMED
country: LBN
note: news outlet; Lebanese state news agency

id: media.lorient-le-jour
type: ORG
name: L'Orient-Le Jour
alias: L'Orient Today
code: LBNMED
country: LBN
note: news outlet; Lebanese French-language daily and its English edition

id: media.lbci
type: ORG
name: LBCI
alias: Lebanese Broadcasting Corporation International
code: LBNMED
country: LBN
note: news outlet; Lebanese television channel

id: media.al-akhbar
type: ORG
name: Al-Akhbar
alias: Al-Akhbar newspaper
alias: Al Akhbar daily
code: LBNMED
country: LBN
note: news outlet; Lebanese daily close to Hezbollah; several Egyptian papers share the word

id: media.irna
type: ORG
name: IRNA
alias: Islamic Republic News Agency
alias: IRNA news agency
code: IRNMED
country: IRN
note: news outlet; Iranian state news agency

id: media.isna
type: ORG
name: ISNA
alias: Iranian Students' News Agency
code: IRNMED
country: IRN
note: news outlet; Iranian semi-official news agency

id: media.tasnim
type: ORG
name: Tasnim News Agency
alias: Tasnim
alias: Tasnim News
code: IRNMED
country: IRN
note: news outlet; Iranian news agency affiliated with the IRGC

id: media.fars
type: ORG
name: Fars News Agency
alias: Fars News
code: IRNMED
country: IRN
note: news outlet; Iranian news agency affiliated with the IRGC; bare "Fars" not listed (the province)

id: media.mehr
type: ORG
name: Mehr News Agency
alias: Mehr News
code: IRNMED
country: IRN
note: news outlet; Iranian semi-official news agency; bare "Mehr" not listed

id: media.press-tv
type: ORG
name: Press TV
alias: PressTV
alias: Press TV website
code: IRNMED
country: IRN
note: news outlet; Iranian state English-language channel (IRIB)

id: media.irib
type: ORG
name: IRIB
alias: Islamic Republic of Iran Broadcasting
alias: Iranian state TV
code: IRNMED
country: IRN
note: news outlet; Iranian state broadcaster

id: media.al-alam
type: ORG
name: Al-Alam TV
alias: Al-Alam News Network
alias: Al-Alam television
code: IRNMED
country: IRN
note: news outlet; Iranian state Arabic-language channel; bare "al-Alam" not listed (also an Iraqi town)

id: media.kayhan
type: ORG
name: Kayhan
alias: Kayhan newspaper
alias: Kayhan daily
alias: Keyhan
code: IRNMED
country: IRN
note: news outlet; Iranian hardline daily whose editor is appointed by the Supreme Leader

id: media.tehran-times
type: ORG
name: Tehran Times
code: IRNMED
country: IRN
note: news outlet; Iranian English-language daily

id: media.shafaq-news
type: ORG
name: Shafaq News
alias: Shafaq news agency
alias: Shafaq
code: IRQMED
country: IRQ
note: news outlet; Iraqi Kurdish-owned news agency

id: media.alsumaria
type: ORG
name: Alsumaria
alias: al-Sumaria
alias: Alsumaria TV
alias: al-Sumaria television
code: IRQMED
country: IRQ
note: news outlet; Iraqi television network

id: media.rudaw
type: ORG
name: Rudaw
alias: Rudaw Media Network
alias: Rudaw TV
code: IRQMED
country: IRQ
note: news outlet; Kurdistan Region media network close to the KDP

id: media.kurdistan24
type: ORG
name: Kurdistan24
alias: Kurdistan 24
alias: K24
code: IRQMED
country: IRQ
note: news outlet; Kurdistan Region news channel close to the KDP

id: media.nrt
type: ORG
name: NRT
alias: Nalia Radio and Television
alias: NRT TV
code: IRQMED
country: IRQ
note: news outlet; Sulaymaniyah-based Kurdish television

id: media.al-maalomah
type: ORG
name: Al-Maalomah
alias: al-Maalomah news agency
alias: Al-Maalouma
alias: Almaalomah
alias: al-Maaloumah
code: IRQMED
country: IRQ
note: news outlet; Iraqi news agency close to Asa'ib Ahl al-Haq and the Fatah Alliance

id: media.sabereen-news
type: ORG
name: Sabereen News
alias: Sabereen news agency
alias: Saberin News
alias: Sabreen News
alias: Sabereen
code: IRQMED
country: IRQ
note: news outlet; Telegram-based outlet close to Iran-aligned Iraqi factions, often first to publish their claims

id: media.ina
type: ORG
name: Iraqi News Agency
alias: INA
code: IRQMED
country: IRQ
note: news outlet; Iraqi state news agency

id: media.baghdad-today
type: ORG
name: Baghdad Today
alias: Baghdad Today news agency
code: IRQMED
country: IRQ
note: news outlet; Iraqi news site

id: media.al-iraqiya
type: ORG
name: Al-Iraqiya TV
alias: Al Iraqiya television
alias: Iraqiya state TV
code: IRQMED
country: IRQ
note: news outlet; Iraqi state television (Iraqi Media Network); bare "al-Iraqiya" not listed (political bloc)

id: media.al-sharqiya
type: ORG
name: Al-Sharqiya TV
alias: Al Sharqiya channel
code: IRQMED
country: IRQ
note: news outlet; Iraqi private television channel

id: media.al-ahd-tv
type: ORG
name: Al-Ahd TV
alias: Al-Ahd channel
code: IRQMED
country: IRQ
note: news outlet; television channel of Asa'ib Ahl al-Haq

id: media.sana
type: ORG
name: SANA
alias: Syrian Arab News Agency
code: SYRMED
country: SYR
note: news outlet; Syrian state news agency

id: media.enab-baladi
type: ORG
name: Enab Baladi
code: SYRMED
country: SYR
note: news outlet; independent Syrian outlet

id: media.north-press
type: ORG
name: North Press Agency
alias: North Press
code: SYRMED
country: SYR
note: news outlet; news agency based in northeast Syria

id: media.hawar-news
type: ORG
name: Hawar News Agency
alias: ANHA
alias: Hawar news
code: SYRMED
country: SYR
note: news outlet; news agency of the Kurdish-led administration in northeast Syria

id: media.deir-ezzor-24
type: ORG
name: Deir Ezzor 24
alias: DeirEzzor24
code: SYRMED
country: SYR
note: news outlet; local news network in Deir ez-Zor

id: media.al-masirah
type: ORG
name: Al-Masirah TV
alias: Al-Masirah television
alias: Almasirah
alias: Al-Masirah channel
code: YEMMED
country: YEM
note: news outlet; Houthi television channel; bare "al-Masirah" not listed (Masirah Island)

id: media.saba
type: ORG
name: Saba News Agency
alias: Sabanews
code: YEMMED
country: YEM
note: news outlet; Yemen's state news agency; since 2015 two rival versions (Houthi-run in Sanaa, government-run in Aden)

id: media.tolonews
type: ORG
name: TOLOnews
alias: Tolo News
code: AFGMED
country: AFG
note: news outlet; Afghan private news channel

id: media.pajhwok
type: ORG
name: Pajhwok Afghan News
alias: Pajhwok
code: AFGMED
country: AFG
note: news outlet; Afghan news agency

id: media.khaama-press
type: ORG
name: Khaama Press
alias: Khaama
code: AFGMED
country: AFG
note: news outlet; Afghan news site

id: media.dawn
type: ORG
name: Dawn newspaper
alias: Pakistan's Dawn
alias: Dawn.com
alias: Dawn daily
code: PAKMED
country: PAK
note: news outlet; Pakistani English-language daily; bare "Dawn" not listed

id: media.geo-news
type: ORG
name: Geo News
alias: Geo TV
code: PAKMED
country: PAK
note: news outlet; Pakistani television news channel

id: media.express-tribune
type: ORG
name: The Express Tribune
alias: Express Tribune
code: PAKMED
country: PAK
note: news outlet; Pakistani English-language daily

id: media.app
type: ORG
name: Associated Press of Pakistan
alias: APP news agency
code: PAKMED
country: PAK
note: news outlet; Pakistani state news agency

id: media.press-trust-of-india
type: ORG
name: Press Trust of India
alias: PTI news agency
code: INDMED
country: IND
note: news outlet; Indian news agency; bare "PTI" not listed (Pakistan Tehreek-e-Insaf)

id: media.ani
type: ORG
name: Asian News International
alias: ANI
code: INDMED
country: IND
note: news outlet; Indian news agency

id: media.times-of-india
type: ORG
name: The Times of India
alias: Times of India
code: INDMED
country: IND
note: news outlet; Indian daily

id: media.ndtv
type: ORG
name: NDTV
alias: New Delhi Television
code: INDMED
country: IND
note: news outlet; Indian television news

id: media.kcna
type: ORG
name: Korean Central News Agency
alias: KCNA
code: PRKMED
country: PRK
note: news outlet; North Korean state news agency

id: media.yonhap
type: ORG
name: Yonhap
alias: Yonhap News Agency
code: KORMED
country: KOR
note: news outlet; South Korean news agency

id: media.kyodo
type: ORG
name: Kyodo News
alias: Kyodo
alias: Kyodo news agency
code: JPNMED
country: JPN
note: news outlet; Japanese news agency

id: media.nhk
type: ORG
name: NHK
alias: Japan Broadcasting Corporation
alias: NHK World
code: JPNMED
country: JPN
note: news outlet; Japanese public broadcaster

id: media.kyiv-independent
type: ORG
name: The Kyiv Independent
alias: Kyiv Independent
code: UKRMED
country: UKR
note: news outlet; Ukrainian English-language news site

id: media.ukrainska-pravda
type: ORG
name: Ukrainska Pravda
alias: Ukrainska Pravda news site
code: UKRMED
country: UKR
note: news outlet; Ukrainian news site

id: media.ukrinform
type: ORG
name: Ukrinform
alias: Ukrinform news agency
code: UKRMED
country: UKR
note: news outlet; Ukrainian state news agency

id: media.unian
type: ORG
name: UNIAN
alias: UNIAN news agency
code: UKRMED
country: UKR
note: news outlet; Ukrainian news agency

id: media.suspilne
type: ORG
name: Suspilne
alias: Suspilne Media
alias: Suspilne broadcaster
code: UKRMED
country: UKR
note: news outlet; Ukrainian public broadcaster

id: media.hromadske
type: ORG
name: Hromadske
alias: Hromadske TV
code: UKRMED
country: UKR
note: news outlet; Ukrainian independent broadcaster

id: media.kyiv-post
type: ORG
name: Kyiv Post
code: UKRMED
country: UKR
note: news outlet; Ukrainian English-language newspaper

id: media.rbc-ukraine
type: ORG
name: RBC-Ukraine
code: UKRMED
country: UKR
note: news outlet; Ukrainian news agency

id: media.sudan-tribune
type: ORG
name: Sudan Tribune
code: SDNMED
country: SDN
note: news outlet; Sudanese news site (Paris-based)

id: media.radio-dabanga
type: ORG
name: Radio Dabanga
alias: Dabanga
code: SDNMED
country: SDN
note: news outlet; Sudanese radio and news site focused on Darfur (Amsterdam-based)

id: media.garowe-online
type: ORG
name: Garowe Online
code: SOMMED
country: SOM
note: news outlet; Puntland-based Somali news site

id: media.hiiraan-online
type: ORG
name: Hiiraan Online
alias: Hiiraan
code: SOMMED
country: SOM
note: news outlet; Somali news site

id: media.addis-standard
type: ORG
name: Addis Standard
code: ETHMED
country: ETH
note: news outlet; Ethiopian news outlet

id: media.premium-times
type: ORG
name: Premium Times
alias: Premium Times Nigeria
code: NGAMED
country: NGA
note: news outlet; Nigerian news site

id: media.sahara-reporters
type: ORG
name: Sahara Reporters
alias: SaharaReporters
code: NGAMED
country: NGA
note: news outlet; Nigerian news site (New York-based)

id: media.punch
type: ORG
name: The Punch
alias: Punch newspaper
alias: Punch Nigeria
code: NGAMED
country: NGA
note: news outlet; Nigerian daily; bare "Punch" not listed

id: media.radio-okapi
type: ORG
name: Radio Okapi
code: CODMED
country: COD
note: news outlet; UN-backed radio in DR Congo

id: media.libya-observer
type: ORG
name: The Libya Observer
alias: Libya Observer
code: LBYMED
country: LBY
note: news outlet; Libyan news site

id: media.le-nouvelliste
type: ORG
name: Le Nouvelliste
alias: Le Nouvelliste Haiti
code: HTIMED
country: HTI
note: news outlet; Haitian daily

id: media.el-tiempo
type: ORG
name: El Tiempo
alias: El Tiempo Colombia
code: COLMED
country: COL
note: news outlet; Colombian daily

id: media.semana
type: ORG
name: Semana magazine
alias: Revista Semana
code: COLMED
country: COL
note: news outlet; Colombian news magazine; bare "Semana" not listed

id: media.milenio
type: ORG
name: Milenio
alias: Milenio Diario
code: MEXMED
country: MEX
note: news outlet; Mexican daily

id: media.el-universal-mexico
type: ORG
name: El Universal
alias: El Universal Mexico
code: MEXMED
country: MEX
note: news outlet; Mexican daily (several Latin American papers share the name)

id: media.irrawaddy
type: ORG
name: The Irrawaddy
alias: Irrawaddy news
code: MMRMED
country: MMR
note: news outlet; Myanmar news outlet in exile; the river is a separate place

id: media.myanmar-now
type: ORG
name: Myanmar Now
code: MMRMED
country: MMR
note: news outlet; independent Myanmar news agency

id: media.mizzima
type: ORG
name: Mizzima
alias: Mizzima News
code: MMRMED
country: MMR
note: news outlet; Myanmar news outlet

id: media.dvb
type: ORG
name: Democratic Voice of Burma
alias: DVB News
code: MMRMED
country: MMR
note: news outlet; Myanmar broadcaster

id: media.global-new-light-of-myanmar
type: ORG
name: Global New Light of Myanmar
alias: GNLM
alias: The Global New Light of Myanmar
code: MMRMED
country: MMR
note: news outlet; Myanmar junta-run daily
