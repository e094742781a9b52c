# Nationalities, religious and ethnic groups and political movements as news uses them
# (type NORP). Written for casus from general knowledge.

id: norp.arab
type: NORP
name: Arab
alias: Arabs
alias: Arabic

id: norp.kurd
type: NORP
name: Kurdish
alias: Kurd
alias: Kurds

id: norp.shia
type: NORP
name: Shia
alias: Shiite
alias: Shiites
alias: Shi'ite
alias: Shi'ites
alias: Shia Muslims

id: norp.sunni
type: NORP
name: Sunni
alias: Sunnis
alias: Sunni Muslims

id: norp.muslim
type: NORP
name: Muslim
alias: Muslims

id: norp.christian
type: NORP
name: Christian
alias: Christians

id: norp.jewish
type: NORP
name: Jewish
alias: Jews
alias: Jew

id: norp.yazidi
type: NORP
name: Yazidi
alias: Yazidis
alias: Ezidi

id: norp.druze
type: NORP
name: Druze

id: norp.alawite
type: NORP
name: Alawite
alias: Alawites

id: norp.turkmen
type: NORP
name: Turkmen
alias: Turkoman

id: norp.assyrian
type: NORP
name: Assyrian
alias: Assyrians

id: norp.pashtun
type: NORP
name: Pashtun
alias: Pashtuns

id: norp.hazara
type: NORP
name: Hazara
alias: Hazaras

id: norp.baloch
type: NORP
name: Baloch
alias: Baluch
alias: Balochi

id: norp.rohingya
type: NORP
name: Rohingya

id: norp.tuareg
type: NORP
name: Tuareg
alias: Tuaregs

id: norp.fulani
type: NORP
name: Fulani
alias: Peul

id: norp.tigrayan
type: NORP
name: Tigrayan
alias: Tigrayans

id: norp.amhara
type: NORP
name: Amhara

id: norp.oromo
type: NORP
name: Oromo

id: norp.zionist
type: NORP
name: Zionist
alias: Zionists

id: norp.western
type: NORP
name: Western
note: "Western powers", "Western diplomats"

id: norp.european
type: NORP
name: European
alias: Europeans

id: norp.african
type: NORP
name: African
alias: Africans

id: norp.latino
type: NORP
name: Latino
alias: Latinos
alias: Hispanic

id: norp.democrat
type: NORP
name: Democrat
alias: Democrats
alias: Democratic

id: norp.republican
type: NORP
name: Republican
alias: Republicans

# Languages, which news names as adjectives and nouns alike.

id: lang.english
type: NORP
name: English

id: lang.french
type: NORP
name: French

id: lang.spanish
type: NORP
name: Spanish

id: lang.persian
type: NORP
name: Persian
alias: Farsi

id: lang.hebrew
type: NORP
name: Hebrew

id: lang.urdu
type: NORP
name: Urdu

id: lang.hindi
type: NORP
name: Hindi

id: lang.mandarin
type: NORP
name: Mandarin

id: lang.swahili
type: NORP
name: Swahili

id: lang.hausa
type: NORP
name: Hausa

id: lang.igbo
type: NORP
name: Igbo

id: lang.yoruba
type: NORP
name: Yoruba

id: lang.tamil
type: NORP
name: Tamil
alias: Tamils

id: lang.pashto
type: NORP
name: Pashto

id: lang.dari
type: NORP
name: Dari

id: lang.amharic
type: NORP
name: Amharic

id: lang.somali
type: NORP
name: Somali
alias: Somalis

id: lang.bengali
type: NORP
name: Bengali

id: lang.punjabi
type: NORP
name: Punjabi

id: lang.malay
type: NORP
name: Malay
alias: Malays
