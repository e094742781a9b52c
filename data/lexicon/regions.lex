# Continents, oceans and regions as news names them (type LOC). Coordinates follow the
# GeoNames points for continents and oceans where known (see NOTICE.md), else a central point.

id: loc.africa
type: LOC
name: Africa
coords: 7.1881, 21.0938
feature: continent

id: loc.europe
type: LOC
name: Europe
coords: 48.6908, 9.1406
feature: continent

id: loc.asia
type: LOC
name: Asia
coords: 29.8406, 89.2969
feature: continent

id: loc.north-america
type: LOC
name: North America
coords: 46.0732, -100.5469
feature: continent

id: loc.south-america
type: LOC
name: South America
coords: -14.6048, -57.6563
feature: continent

id: loc.latin-america
type: LOC
name: Latin America
coords: -8.0, -66.0
feature: region

id: loc.oceania
type: LOC
name: Oceania
coords: -18.3128, 138.5156
feature: continent

id: loc.antarctica
type: LOC
name: Antarctica
coords: -78.1586, 16.4063
feature: continent

id: loc.middle-east
type: LOC
name: Middle East
alias: Mideast
alias: Near East
coords: 29.0, 41.0
feature: region

id: loc.north-africa
type: LOC
name: North Africa
alias: Maghreb
coords: 28.0, 10.0
feature: region

id: loc.sub-saharan-africa
type: LOC
name: Sub-Saharan Africa
coords: 2.0, 20.0
feature: region

id: loc.west-africa
type: LOC
name: West Africa
coords: 11.0, -3.0
feature: region

id: loc.east-africa
type: LOC
name: East Africa
coords: 1.0, 37.0
feature: region

id: loc.horn-of-africa
type: LOC
name: Horn of Africa
coords: 8.0, 45.0
feature: region

id: loc.sahel
type: LOC
name: Sahel
coords: 15.0, 5.0
feature: region

id: loc.levant
type: LOC
name: Levant
coords: 33.5, 36.0
feature: region

id: loc.persian-gulf
type: LOC
name: Persian Gulf
alias: Arabian Gulf
alias: the Gulf
coords: 26.0, 52.0
feature: sea

id: loc.red-sea
type: LOC
name: Red Sea
coords: 20.0, 38.5
feature: sea

id: loc.gulf-of-aden
type: LOC
name: Gulf of Aden
coords: 12.5, 48.0
feature: sea

id: loc.mediterranean
type: LOC
name: Mediterranean Sea
alias: Mediterranean
coords: 35.0, 18.0
feature: sea

id: loc.black-sea
type: LOC
name: Black Sea
coords: 43.0, 35.0
feature: sea

id: loc.caspian-sea
type: LOC
name: Caspian Sea
coords: 41.6, 50.6
feature: sea

id: loc.atlantic
type: LOC
name: Atlantic Ocean
alias: Atlantic
coords: 10.0, -25.0
feature: ocean

id: loc.pacific
type: LOC
name: Pacific Ocean
alias: Pacific
coords: 0.0, -160.0
feature: ocean

id: loc.indian-ocean
type: LOC
name: Indian Ocean
coords: -10.0, 75.0
feature: ocean

id: loc.arctic
type: LOC
name: Arctic
alias: Arctic Ocean
coords: 80.0, 0.0
feature: region

id: loc.south-china-sea
type: LOC
name: South China Sea
coords: 12.0, 113.0
feature: sea

id: loc.korean-peninsula
type: LOC
name: Korean Peninsula
coords: 37.5, 127.5
feature: region

id: loc.balkans
type: LOC
name: Balkans
alias: Balkan Peninsula
coords: 43.0, 21.0
feature: region

id: loc.caucasus
type: LOC
name: Caucasus
coords: 42.5, 45.0
feature: region

id: loc.central-asia
type: LOC
name: Central Asia
coords: 45.0, 68.0
feature: region

id: loc.southeast-asia
type: LOC
name: Southeast Asia
alias: South-East Asia
coords: 5.0, 110.0
feature: region

id: loc.south-asia
type: LOC
name: South Asia
coords: 22.0, 79.0
feature: region

id: loc.east-asia
type: LOC
name: East Asia
coords: 35.0, 115.0
feature: region

id: loc.caribbean
type: LOC
name: Caribbean
coords: 15.0, -73.0
feature: region

id: loc.central-america
type: LOC
name: Central America
coords: 13.0, -86.0
feature: region

id: loc.scandinavia
type: LOC
name: Scandinavia
coords: 62.0, 14.0
feature: region

id: loc.west-bank
type: LOC
name: West Bank
coords: 31.95, 35.25
country: PSE
feature: region

id: loc.gaza-strip
type: LOC
name: Gaza Strip
alias: Gaza
coords: 31.42, 34.38
country: PSE
feature: region

id: loc.golan-heights
type: LOC
name: Golan Heights
coords: 33.0, 35.75
country: SYR
feature: region

id: loc.sinai
type: LOC
name: Sinai Peninsula
alias: Sinai
coords: 29.5, 33.8
country: EGY
feature: region

id: loc.kurdistan-region
type: GPE
name: Kurdistan Region
alias: Iraqi Kurdistan
alias: Kurdistan Region of Iraq
alias: KRI
coords: 36.4, 44.2
country: IRQ
feature: region

id: loc.donbas
type: LOC
name: Donbas
alias: Donbass
coords: 48.0, 38.5
country: UKR
feature: region

id: loc.crimea
type: LOC
name: Crimea
alias: Crimean Peninsula
coords: 45.3, 34.4
country: UKR
feature: region

id: loc.kashmir
type: LOC
name: Kashmir
coords: 34.5, 76.0
feature: region

id: loc.darfur
type: LOC
name: Darfur
coords: 13.0, 24.0
country: SDN
feature: region

id: loc.tigray
type: GPE
name: Tigray
alias: Tigray Region
coords: 14.0, 39.0
country: ETH
feature: region

id: loc.west-coast-us
type: LOC
name: West Coast
coords: 40.0, -122.0
country: USA
feature: region

id: loc.east-coast-us
type: LOC
name: East Coast
coords: 38.0, -76.0
country: USA
feature: region

id: loc.midwest
type: LOC
name: Midwest
coords: 41.5, -89.5
country: USA
feature: region
