"""English rules that find a place's name: by a preposition or a verb of movement before it, a
place word or a lower-case place noun after it, its kind before it ("Mount", "Lake"), an
apposition, or a sentence opening on it; and the last words that make a name a site's.
`names.propose_names` runs them.
"""

import re
from collections.abc import Iterator

from sabt.extract.anchored import Anchored, Leaping, Opened, by_first_letter, longest_first
from sabt.extract.bodies_heads import SAINTS
from sabt.extract.name_words import CAP, HEAD_ENDS, NAME_START

# A place's word may hold an apostrophe ("Xi'an Road"), never a possessive's ("Vantor's");
# only the place-word rule reads it, the other rules scan faster without it.
_CAP_APOSTROPHE = rf"(?:[A-Z][a-z]+['’](?!s\b)[a-z]+|{CAP})"
# A place described in apposition: "Villa Grimaldi, a torture centre in …".
_PLACE_DESCRIBED = (
    r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:town|village|city|camp|prison|centre|center|facility|base|site|district|suburb|region|"
    r"province|neighbou?rhood|cemetery|square|island|port|valley|capital|seat|stronghold|hub|"
    r"hometown|birthplace|hamlet|settlement|township|municipality|county|commune|enclave|"
    r"slum|shantytown|favela|barrio|ghetto|"
    # a polity: "Rwenzururu, a kingdom recognised by …", "Biafra, the breakaway republic"
    r"kingdom|sultanate|emirate|chiefdom|principality|colony|protectorate|territory|republic|"
    r"country|homeland|state)s?\b"
    # (or a participle of its standing: "a kingdom recognised by the state in 2009")
    rf"(?:{HEAD_ENDS}|(?=\s+(?:recogni[sz]ed|created|established|annexed|ruled|governed|"
    r"proclaimed|declared|restored|abolished|dissolved)\b))"
)
PLACE_APPOSITION = Leaping(
    re.compile(_PLACE_DESCRIBED),
    re.compile(rf"(?=[A-Z])(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{0,2}}){_PLACE_DESCRIBED}"),
)
# The capitalised kinds closing a place's name ("Evin Prison", "Tahrir Square"), grouped by
# their first letter in the anchor so that the engine tries one branch where a capital stands.
_PLACE_WORD_KINDS = (
    # (a military or operative command's district or zone is a body's: `names_bodies`)
    r"Prison|Cemetery|Province|City|Camp|Square|Street|District(?<!Military District)|"
    r"Region(?<!Military Region)|Valley|"
    r"Governorate|Municipality|Mountains|Hall|Airport|Stadium|Barracks|Compound|Base|Road|"
    r"Avenue|Bridge|Heights|Hills|Strip|Plain|Forest|Desert|Island|Islands|Lake|River|Oblast|"
    r"Prefecture|County|Quarter|Gate|Plaza|Junction|Roundabout|Interchange|Crossing|"
    r"Checkpoint|Terminal|Expressway|Highway|Boulevard|Harbour|Harbor|Beach|Ground|Grounds|"
    r"Mosque|Cathedral|Temple|Shrine|Monastery|Dam|Canal|"
    # landmarks and sites: "Mazra'a Palace", "Qala Fortress", "the Nyamata Memorial"
    r"Palace|Fortress|Citadel|Jail|Penitentiary|Gaol|Memorial|"
    # where people stay, shelter, live or work: "the Verdal Hotel", "the Executive Mansion",
    # "the Kovar Farm" (not "Gardens" nor "Abbey", surnames too: "Tom Abbey spoke")
    r"Hotel|Hostel|Mansion|Chapel|Basilica|Farm|Ranch|Plantation|"
    r"Sea|Gulf|Bay|Peninsula|Plateau|Gorge|Pass|Delta|Marshes|Wetlands|Basin|Coast|"
    r"Market|Bazaar|Arena|Cemeteries|Graveyard|"
    # South Asian sites after their name: a garden, a ground, a crossroads, a quarter, a
    # market, a palace, a mosque, a temple, a fort, a river's steps ("the Jallianwala Bagh",
    # "Ramlila Maidan", "Chandni Chowk", "Jama Masjid", "Lal Qila", "Dashashwamedh Ghat")
    r"Bagh|Maidan|Chowk|Nagar|Bazar|Mahal|Masjid|Mandir|Gurdwara|Qila|Ghat|Ghats|Mohalla"
)
PLACE_WORDS = Anchored(
    re.compile(rf"(?:{by_first_letter(_PLACE_WORD_KINDS)})\b"),
    # (not an article alone: "The Sea was calm" names no sea)
    re.compile(
        rf"{NAME_START}(?!(?:The|A|An|This|That)\s+$)(?P<name>{_CAP_APOSTROPHE}(?:\s+{CAP})?)\s+$"
    ),
    with_anchor=True,
)
# A church or a burial ground named after its saint, with the possessive: "St Anne's Church",
# "Saint Brigid's Anglican Cathedral", "St. Mary's Cemetery" (a building, not the church as a
# body, which is named without its saint: "the Anglican Church said").
SAINTED_SITE = re.compile(
    rf"(?P<name>{SAINTS}(?:\s+{CAP}){{0,2}}?\s+"
    r"(?:Church|Cathedral|Chapel|Basilica|Abbey|Monastery|Convent|Cemetery|Square))\b"
)
# A building or a site named by its kind, then "of (the)" what it keeps or honours: "the Palace
# of Justice", "the Cave of the Prophets", "the Alley of Martyrs", "the Gate of Heavenly Peace"
# (not "Church" nor "House", bodies' kinds too: "the Church of England", "the House of Lords").
_SITE_OF_KINDS = (
    "Palace|Cave|Tomb|Alley|Gate|Temple|Shrine|Mausoleum|Valley|Tower|Monument|Fortress|Citadel"
)
SITE_OF = re.compile(
    rf"(?P<name>(?:{by_first_letter(_SITE_OF_KINDS)})\s+of\s+(?:the\s+)?{CAP}(?:\s+{CAP})?)"
    r"(?![\w\-])"
)
# Such a site named inside a longer name, a body's or an event's: "the Commission of Inquiry
# into the Killings at the Tomb of the Kings" (the longer name is marked, the site is not).
SITE_IN_LONGER_NAME = re.compile(rf"{CAP}\s+(?:at|in|on|into)\s+the\s+$")
# Nouns after which "of X" names a place: "the town of Nebaj", "the bishop of Mannar".
_OF_PLACE = (
    "city|town|village|province|region|district|capital|outskirts|north|south|east|west|centre|"
    "center|bishop|archbishop|mayor|governor|people|resident|residents|native|inhabitants|"
    "streets|suburbs|suburb|neighbourhood|neighborhood|municipality|commune|county|department|"
    "state|island|islands|port|governorate|prefecture|oblast|"
    # a realm and its ruler: "the king of Toro", "the sultanate of Sulu"
    "king|queen|sultan|emir|kingdom|sultanate|emirate|chiefdom|principality|"
    # a town's clergy: "the parish priest of X", "the imam of X"
    "priest|imam|"
    "hamlet|hamlets|villages|towns|cities|provinces|districts|camps|neighbourhoods|"
    "neighborhoods|municipalities|communes|counties|regions|settlements|quarters|townships|"
    "prefectures|oblasts|governorates|"
    # a poor quarter or a settlement ("the seaside slum of X", "the favela of X"), and the
    # world's divisions by their own names ("the department of Cauca", "the woreda of X")
    "slum|slums|shantytown|favela|favelas|barrio|ghetto|township|settlement|enclave|"
    "departments|canton|cantons|parish|parishes|raion|rayon|krai|wilaya|woreda|"
    "kebele|barangay|regency|tehsil|taluka|upazila|arrondissement|locality|"
    # a part or the surroundings of a place, or what an army did to it: "large parts of X", "the
    # edge of X", "the siege of X", "the shelling of X" (not "fall"/"capture of", said of persons)
    "parts|edge|edges|heart|environs|vicinity|surroundings|ruins|siege|sieges|liberation|"
    "occupation|invasion|shelling|bombing|bombardment|evacuation|encirclement"
)
# A plural place noun and "of" just before a name: a list of places follows ("the
# neighbourhoods of Cheremushki and Shait-Tepe say …"; not "residents of", people).
_PLURAL_PLACE_CUE = re.compile(
    r"\b(?:neighbou?rhoods|villages|towns|cities|provinces|districts|camps|hamlets|suburbs|"
    r"streets|islands|municipalities|communes|counties|regions|settlements|quarters|townships|"
    r"prefectures|oblasts|governorates)\s+of\s+$"
)
# The fields a government's, a police's or a firm's department is named after: before
# "department" they name no place (checked after the word, where the rule's anchor is found).
_GOVERNMENT_FIELDS = (
    "Justice State Defence Defense Health Police Fire Education Treasury Labour Labor Energy "
    "Agriculture Transport Transportation Interior Commerce Security Sheriff Sheriff's "
    "Immigration Corrections Correction Prisons Finance Water Sanitation Housing Welfare Social "
    "Services Public Foreign Home Trade Environment Veterans Army Navy War Revenue Customs "
    "Planning Works Information Culture Sports Tourism Legal Resources Research Political "
    "Economic Peacekeeping Humanitarian Affairs Safety Investigation Investigations Homicide "
    "Intelligence Media Communications Press Protocol Consular Treaty Human Rights Operations "
    "Management Administration Support Statistics Accounts Procurement Emergency Emergencies "
    "Archives Records Passport Passports Registration Identification Traffic Narcotics Crime "
    "Crimes Fraud Counterterrorism Counter-Terrorism Cyber Forensic Forensics "
    # a hospital's or a university's: "the Surgery department", "the History department"
    "Medicine Surgery Pediatrics Paediatrics Psychiatry Radiology Pathology Cardiology "
    "Neurology Oncology Obstetrics Gynaecology Gynecology History Law Physics Chemistry Biology "
    "Economics Sociology Anthropology English Studies Science Sciences Engineering Languages "
    "Mathematics Philosophy Psychology Politics Journalism"
)
_NOT_GOVERNMENT = "".join(f"(?<!{field} department)" for field in _GOVERNMENT_FIELDS.split())
# A name before a lower-case place noun: "the Vanni region", "the Prijedor municipality".
_PLACE_NOUNS = (
    "region|province|district|municipality|governorate|valley|area|countryside|border|enclave|"
    "cemetery|prison|camp|square|street|stadium|market|neighbou?rhood|forest|woods|hamlet|"
    "village|ghetto|barracks|base|airport|quarry|ravine|mine|settlement|township|territory|"
    "massacre|quarter|burial ground|graveyard|grave|graves|provincial|municipal|prefectural|"
    "river|lake|mountain|mountains|hills|island|dam|bridge|canal|bay|desert|plateau|peninsula|"
    "highway|mosque|church|cathedral|hospital|hotel|ground|grounds|junction|roundabout|"
    "interchange|plaza|terminal|expressway|toll gate|tollgate|crossing|checkpoint|beach|harbour|"
    # landmarks and land: "the Qala fortress", "the Niger delta", "the Kivu highlands"
    "palace|fortress|citadel|jail|penitentiary|gorge|delta|marshes|wetlands|"
    # named sites where people gather or are held: "the Al-Rawda hall", "the Taksim park", "the
    # Kanu field", "the Rose teahouse", "the Carandiru detention centre" (a centre only held)
    "hall|park|field|teahouse|cinema|detention centre|detention center|detention facility|"
    # where people live, work or shelter, and a site's gate: "the Ruvu compound", "the Zandile
    # hostel", "the Kovar farm", "the Ngoma diamond fields", "the Tha Lum gate"
    "compound|hostel|farm|estate|plantation|ranch|mansion|chapel|fields|gate|"
    "basin|highlands|lowlands|plains|steppe|sea|gulf|lakeshore|riverbank|"
    # its people: "Kolofata residents said", "the Bentiu villagers"
    "residents|villagers|inhabitants|townspeople|townsfolk|"
    # the world's divisions named before their kind: "the Ouest department", "the Vaud canton",
    # "the Tigray woreda", "the Cotabato barangay" (not a government's department: "the Justice
    # department", "the Police department")
    f"department{_NOT_GOVERNMENT}|canton|parish|raion|rayon|krai|wilaya|woreda|kebele|barangay|"
    "regency|tehsil|taluka|upazila|arrondissement|subdistrict|sub-district|subcounty|sub-county|"
    "slum|shantytown|favela|barrio"
)
PLACE_BEFORE_NOUN = Anchored(
    re.compile(rf"\s(?:{by_first_letter(_PLACE_NOUNS)})\b"),
    # One modifier may come between: "the Shatila refugee camp", "the Omarska mining complex".
    re.compile(
        rf"(?=the\s|[A-Z])(?<![.!?]\s)(?<!^)\b(?:the\s+)?(?P<name>{CAP}(?:\s+{CAP})?)"
        r"(?:\s+(?:refugee|detention|military|army|police|prison|labour|labor|concentration|"
        r"transit|mass|air|naval|mining|gold|coal|copper|platinum|diamond|informal|squatter|"
        r"protest|parade|sports|bus|railway|border|toll|market))?"
        r"\s*$"
    ),
)
# A river or a sea named bare after a cue of water: "along the Drina", "into the Nile", "the
# banks of the Tigris" (one capitalised word, not the opening of a longer name).
_WATER_CUES = by_first_letter(
    "along|into|across|crossed|crossing|banks? of|shores? of|waters of|near|beside"
)
WATER_CUE = Leaping(
    re.compile(rf"(?:{_WATER_CUES}) the [A-Z]"),
    re.compile(
        rf"(?<![\w\-])(?:{_WATER_CUES})\s+the\s+(?P<name>{CAP})(?![\w\-’']|\s+[A-Z])"
        # (closing its phrase: "into the Tigray region" is the place noun's rule)
        r"(?=\s*[,.;:)]|\s+(?:in|on|at|by|and|to|with|for|after|before|near|while|as|where|"
        r"which|that|from|until|during)\b)"
    ),
    before=0,
    after=60,
)
# A place named after its kind: "Mount Sinjar", "Lake Kivu", "Port Harcourt".
# The words open the regex (no look-behind before them) so that it is searched for fast.
# So are places whose kind opens their name in Arabic, Hebrew, Persian or Spanish: a valley, a
# mountain, a village, a monastery, a house, a mound, a ruin, a spring, a well, a gate, a market,
# a palace, a tower, a Shia hall, a shrine, a square, a hill, a city, a port, a colony ("Wadi
# Barada", "Kafr Nabl", "Deir Mawas", "Beit Hanoun", "the Hussainiyya Baqiyyatullah", "Villa
# Grimaldi", "Colonia Dignidad", "Burj Ennour"); not "Ras" (an Ethiopian title) nor "Sierra",
# "Isla", "Rio" (given names).
_HEAD_FIRST_KINDS = (
    "Wadi Jabal Jebel Kafr Kfar Deir Dayr Beit Bayt Tell Khirbet Ain Bir Bab Souq Suq Qasr Borj "
    "Burj Hussainiyya Husseiniya Hosseiniyeh Imamzadeh Midan Maydan Meydan Givat Ciudad Puerto "
    "Colonia Cerro Villa Barrio"
)
PLACE_KINDS = frozenset(
    ["Mount", "Lake", "Cape", "Port", "Camp", "Fort", *_HEAD_FIRST_KINDS.split()]
)
# A square, a street, a park, a bridge, a stadium, a prison or a palace whose kind opens its
# name in Spanish, Portuguese, Italian, French or Catalan, with the joining words of those
# languages ("the Plaza de Mayo", "the Praça dos Três Poderes", "the Piazza della Loggia",
# "Place de la République", "Avenida de los Insurgentes", "Estadio Nacional"). A kind that is
# also an English word (Place, Rue, Via, Parc, Pont) names a place only with its joining word.
_ROMANCE_KINDS = (
    "Plaza|Plazuela|Praça|Praca|Piazza|Piazzale|Avenida|Calle|Carrera|Paseo|Rua|Largo|Viale|"
    "Corso|Parque|Parco|Puente|Ponte|Estadio|Estádio|Stadio|Cárcel|Penal|Penitenciaría|"
    "Presídio|Palacio|Palácio|Palazzo|Zócalo|Alameda|Glorieta|Malecón|Avinguda|Plaça|Carrer"
)
_ROMANCE_JOINED_KINDS = "Place|Rue|Via|Parc|Pont|Quai|Cours|Porte|Gare|Prison|Camp"
_ROMANCE_JOIN = (
    r"\s+(?:(?:de|del|do|da|dos|das|du|des|della|delle|dello|dei|degli|di|al|dels)"
    r"(?:\s+(?:la|las|los|le|les|lo|el|los))?\s+|(?:de\s+)?l[’']|d[’'])"
)
_ROMANCE_NAMED = (
    rf"(?:(?:{by_first_letter(_ROMANCE_KINDS)})(?:{_ROMANCE_JOIN}|\s+)"
    rf"|(?:{by_first_letter(_ROMANCE_JOINED_KINDS)}){_ROMANCE_JOIN})"
    rf"{CAP}(?:\s+{CAP}){{0,3}}(?:{_ROMANCE_JOIN}{CAP}(?:\s+{CAP}){{0,2}})?"
)
# (A capital first, and the kinds grouped by their first letter; found from its kind.)
_ALL_KINDS = f"{_ROMANCE_KINDS}|{_ROMANCE_JOINED_KINDS}|{'|'.join(sorted(PLACE_KINDS))}"
PLACE_PREFIX = Opened(
    re.compile(
        rf"(?=[A-ZÀ-Þ])(?P<name>{_ROMANCE_NAMED}|"
        rf"(?:{by_first_letter('|'.join(PLACE_KINDS))})\s+{CAP})(?![\w\-])"
    ),
    re.compile(by_first_letter(_ALL_KINDS)),
)
# A Korean village by its romanised suffix, -ri (a village): "Sangdo-ri", "near Hwasan-ri".
KOREAN_VILLAGE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+-ri)\b")
# A site known by a code: "S-21", "Camp 22".
_CODE = r"[A-Z]{1,3}-\d{1,3}\b"
# Capitalised words a place's cue often comes before that name no place: a language ("in
# Arabic", "in Kinyarwanda"), a feast or a season ("at Christmas", "in Spring"), a part of a
# prison or of a report ("to Block C", "from Witness A"), a state of a detainee ("in Solitary").
# A people's or a faith's adjective before a place noun names no place ("the Kurdish village",
# "the Tutsi neighbourhood", "the Muslim cemetery"): its ending, or a word of this list.
_PEOPLE_ENDINGS = ("ish", "ian", "ese")
_PEOPLE_WORDS = (
    "Arab Muslim Christian Catholic Protestant Orthodox Jewish Sunni Shia Shiite Alawite Druze "
    "Yazidi Hindu Buddhist Sikh Hutu Tutsi Hazara Pashtun Tajik Uzbek Uyghur Uighur Rohingya Kurd "
    "Serb Croat Bosniak Tamil Baluch Oromo Fulani Dinka Nuer Masalit Zaghawa Igbo Yoruba Hausa "
    "Maya Mayan Roma Tuareg Zulu Xhosa Shan Kachin Karen Chin Rakhine Ixil Tigrinya Somali "
    "Anglican Methodist Baptist Pentecostal Adventist Lutheran Evangelical Coptic Episcopal "
    "Maronite "
    # nations' adjectives that no ending tells: "the Bangladeshi border", "the Kenyan border"
    "Iraqi Pakistani Bangladeshi Israeli Yemeni Kuwaiti Saudi Omani Qatari Emirati Bahraini "
    "Azerbaijani Nepali Kashmiri Sindhi Afghan Rwandan Kenyan Ugandan Angolan Eritrean Libyan "
    "Mexican American Chilean Guatemalan Salvadoran Cuban Korean Lankan Moroccan Dominican "
    "Jamaican Rican Honduran "
    # colours and kinds of people written with a capital: "Black residents", "Indigenous villagers"
    "Black White Brown Indigenous Native Aboriginal First Local Foreign Rural Urban Poor Elderly "
    # demonyms no ending above tells (-an, -i, -ch, bare)
    "African European Venezuelan Nicaraguan Argentine Paraguayan Uruguayan Thai Filipino Kazakh "
    "Kyrgyz Turkmen Chechen Moldovan Kosovar Greek Cypriot Nigerien Zimbabwean Mozambican "
    "Malawian Botswanan Welsh French Dutch German Swiss Czech Slovak Baloch Punjabi Bengali Hmong "
    "Maori Inuit Sami Mapuche Quechua Aymara Latino Latina Ismaili Ahmadi Copt Mormon Bedouin "
    "Berber Amazigh Circassian Assyrian Chaldean Mandaean Turkoman Sahrawi"
)
_PEOPLES = frozenset(_PEOPLE_WORDS.split())
PEOPLES_ALTERNATION = by_first_letter("|".join(sorted(_PEOPLES, key=longest_first)))
_NOT_PLACE_WORDS = (
    "Arabic|Persian|Farsi|Dari|Pashto|Urdu|Hindi|Bengali|Punjabi|Swahili|Hebrew|Latin|Amharic|"
    "Tigrinya|Oromo|Somali|Hausa|Yoruba|Igbo|Zulu|Xhosa|Lingala|Kinyarwanda|Kirundi|Wolof|"
    "Russian|Ukrainian|Italian|Romanian|Hungarian|Armenian|Albanian|Serbian|Croatian|Bosnian|"
    "Indonesian|Malay|Tagalog|Mandarin|Cantonese|Korean|Greek|Dutch|German|French|Creole|"
    "Quechua|Sorani|Kurmanji|Baluchi|Azeri|Uzbek|Tajik|Sinhala|Tamil|Burmese|Braille|"
    "Christmas|Easter|Ramadan|Eid|Nowruz|Passover|Hanukkah|Diwali|Thanksgiving|Lent|Advent|"
    "Ashura|Muharram|New Year|Spring|Summer|Autumn|Fall|Winter|"
    "Block|Section|Ward|Wing|Cell|Room|Building|Floor|Gate|Mile|Kilometre|Kilometer|Exhibit|"
    "Annex|Appendix|Chapter|Article|Paragraph|Page|Figure|Table|Witness|Solitary|Detention|"
    "Custody|Isolation|Exile|Hiding|"
    # peoples and faiths in the plural: "protect the army from Christians", "fled from Kurds"
    "Christians|Muslims|Jews|Hindus|Sikhs|Buddhists|Copts|Sunnis|Shias|Shiites|Alawites|Druze|"
    "Yazidis|Kurds|Arabs|Serbs|Croats|Bosniaks|Albanians|Tamils|Sinhalese|Hutus|Tutsis|Hazaras|"
    "Pashtuns|Uyghurs|Uighurs|Rohingyas|Baha’is|Baha'is|Bahais|Ahmadis|Catholics|Protestants|"
    "Evangelicals|Maronites|Assyrians|Armenians|Palestinians|Israelis|Westerners|Europeans|"
    "Africans|Americans|Asians|Latinos|Roma|Tuaregs|Berbers|Bedouins|Fulanis|Masalit|Zaghawa"
)
# The kinds of a region named after its people ("Shan state", "the Ixil region").
_REGION_KINDS = (
    r"(?:state|states|region|province|district|territory|county|valley|highlands|hills|zone|"
    r"area|division|township|homeland|land|country|reserve|governorate|prefecture)"
)
# (A word ending as a language does is one only alone: "in Kurdish areas", not "in Danish Town".)
_NOT_A_PLACE = (
    rf"(?:{by_first_letter(_NOT_PLACE_WORDS)})(?![\w\-])"
    r"|[A-Z][a-z]+(?:ish|ese|ic)(?![\w\-])(?!\s+[A-Z])"
    # A people's adjective before a common noun, alone or with another ("from Peruvian
    # villages", "in Kenyan and Ugandan archives"); not before a region's kind ("in Shan state").
    rf"|(?:{PEOPLES_ALTERNATION}|[A-Z][a-z]+(?:ian|ean))"
    rf"(?=(?:\s+and\s+[A-Z][a-z]+)?\s+(?!{_REGION_KINDS}\b)[a-z])"
)
# A sentence opening on a place: "In Kocho, men were …", "At Dawson Creek, …" (one or two
# capitalised words, then a comma), or on two joined by "and" ("In Tiznor and Guelvar, …": the
# second is listed after the first); not a feast nor a language ("At Easter and Christmas, …").
PLACE_OPENING = re.compile(
    rf"(?P<opener>In|At|Near|Outside|Around)\s+(?!{_NOT_A_PLACE})(?P<name>{CAP}(?:\s+{CAP})?)"
    rf"(?=,|\s+and\s+{CAP}(?:\s+{CAP})?,)"
)
# A name before "in" and a compass part of a region ("the raid on Kemba in southern Angola",
# "burned Lowa in north-eastern Congo"): a town placed in its region. Not after a capital or a
# sentence's opening (a person's title, "Soldiers in northern …"), nor a people or a language
# ("the Kurds in northern Iraq").
_IN_COMPASS_PART = re.compile(
    r"\s+in\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+(?=[A-Z])"
)
PLACE_IN_REGION = Anchored(
    _IN_COMPASS_PART,
    re.compile(rf"(?<=[a-z] )(?!{_NOT_A_PLACE})(?P<name>{CAP}(?:\s+{CAP})?)$"),
)
# (Before "-based" a language or a people's word names a kind, not a seat: "Arabic-based".)
_NOT_BASED = rf"(?:{by_first_letter(_NOT_PLACE_WORDS)}|[A-Z][a-z]+(?:ish|ese|ic))"
# A seat before "-based": "the Nairobi-based group", "a New Delhi-based lawyer" (a language or a
# people's word there names a kind: "Arabic-based", "Kurdish-based").
PLACE_SEAT = Anchored(
    re.compile(r"-based\b"),
    re.compile(rf"(?<![\w\-’'])(?P<name>(?:{CAP}\s+)?(?!{_NOT_BASED}$){CAP})$"),
)

# A Romance article and a word that make a paper's name or a person's, not a place's ("in La
# Repubblica", "in Le Temps", "from Le Pen"), written whole for the Romance press.
_NOT_ARTICLED = (
    "Repubblica|Nación|Nacion|Jornada|Temps|Stampa|Prensa|Razón|Razon|Tercera|Voz|Opinión|"
    "Opinion|Vanguardia|Croix|Parisien|Soir|Point|Devoir|Presse|Matin|Monde|Figaro|Nouvel|"
    "Gazzetta|Nazione|Verdad|Hora|Estrella|Crónica|Cronica|Patria|República|Republica|Tribuna|"
    "Segunda|Libre|Courrier|Journal|Express|Dépêche|Depeche|Provence|Montagne|Progrès|Tiempo|"
    "Liga|Pen|Drian|Maire|Russa|Fontaine|Corbusier|Rochefoucauld"
)
# The cues before a place's name: a preposition, a noun and "of", a verb of taking a place or of
# moving to it.
_MOVED_TO = (
    "fled|returned|deported|taken|moved|transferred|sent|driven|marched|flown|brought|evacuated|"
    "bused|trucked|walked|escaped"
)
# Nouns of a way or a movement before "to" and the place it leads to: "called a march to X",
# "the road to X", "on the way to X" (not "the right to", "the visit to", said of persons too).
_WAY_TO = "march|road|way|route|journey|trek|convoy|highway"
_PLACE_CUES = (
    "in|near|at|from|around|outside|across|into|towards?|"
    # a town beside another: "from Roboski and neighbouring Gülyazı", "nearby Vitez"
    "neighbou?ring|nearby|"
    + "|".join(f"{noun} of" for noun in _OF_PLACE.split("|"))
    + "|took|captured|seized|entered|occupied|shelled|bombed|besieged|stormed|overran|"
    "recaptured|retook|retaken|liberated|surrounded|razed|fled|evacuated|withdrew from|"
    + "|".join(f"{verb} to" for verb in _MOVED_TO.split("|"))
    + "|"
    + "|".join(f"{noun} to" for noun in _WAY_TO.split("|"))
)
# The look-ahead for a lower-case letter first: most positions are refused by it alone; the
# cues grouped by first letter, the engine then tries one branch at a word's start, not some
# hundred cues (11.4 → 6.6 ms on the studied gold texts, CPU, measured 2026-12-07). A
# possessive names an owner, not a place ("at Vantor's mine"; a known place is the gazetteer's).
PLACE_CUE = re.compile(
    rf"(?=[a-z])(?<![\w\-])(?:{by_first_letter(_PLACE_CUES)})\s+(?!{_NOT_A_PLACE})"
    rf"(?!(?:La|Le|Les|Las|Los)\s+(?:{_NOT_ARTICLED})\b)"
    rf"(?P<name>{CAP}(?:\s+{CAP})?|{_CODE})(?![\w-])(?![’']s\b)"
)
# Last words that make a name a place's or a building's, not a person's ("Maria Street",
# "Nelson Hall, a hostel for …").
_SITE_WORD_LIST = (
    "Prison Cemetery Province City Camp Square Street Road Avenue District Region Valley Hall "
    "Airport Station Bridge Hospital School Stadium River Lake Island Mountains Mosque "
    "Cathedral Palace Building Tower Market Village Town Hotel Barracks Compound Fortress "
    "Citadel Jail Penitentiary Memorial Bazaar Arena"
)
SITE_WORDS = frozenset(_SITE_WORD_LIST.split())
# Places listed before a plural kind: "Karusi and Gitega provinces", "the Bor, Akobo and Nasir
# counties" (each name a place; a people's adjective, "Kurdish and Arab districts", is not).
# One name will do before the kinds of settlements and camps ("the Vaal townships", "the Omarska
# and Keraterm camps"), when no capitalised word stands before it ("the Red Cross camps").
_PLURAL_KINDS = (
    r"\s+(?:provinces|districts|regions|governorates|municipalities|prefectures|counties|"
    r"oblasts|townships|camps|villages|neighbou?rhoods|settlements|suburbs|slums)\b"
)
# Or before "and other" places of a kind: "Tarsus, Adana and other cities", "Omdurman and other
# towns" (each name a place, as before a plural kind).
_AND_OTHER_PLACES = (
    r",?\s+and\s+other\s+(?:cities|towns|villages|provinces|districts|regions|countries|"
    r"camps|islands|settlements|municipalities)\b"
)
_LISTED = re.compile(rf"{CAP}")
# Words that open a sentence before a plural kind and describe it, no name: a participle or an
# adverb's shape ("Neighbouring villages", "Occupied districts"), a quantifier, a kind of land
# ("Several camps", "Other provinces", "Rural townships", "Remote villages").
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[“\"])$")
_DESCRIBES_PLURAL = re.compile(
    r"[A-Z][a-z]+(?:ing|ed|ly)|Several|Many|Most|Some|Other|All|Both|Few|Various|Numerous|"
    r"Nearby|Rural|Remote|Border|Frontline|Outlying|Poor|Poorer|Local|Small|Large|Whole|"
    r"Entire|Adjacent|Distant"
)
_PLACES_BEFORE_PLURAL = re.compile(
    rf"(?=[A-Z])(?<![\w\-])(?P<list>{CAP}(?:(?:,\s+(?:and\s+)?|\s+and\s+){CAP})*)"
    rf"(?:{_PLURAL_KINDS}|{_AND_OTHER_PLACES})"
)
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^.!?:;\s])\s*\b[A-Z][\w’'\-]*\s+$")
# Words of a region's name that open no person's ("declared Northern Kivuto a disaster zone").
COMPASS_WORDS = frozenset(
    ["Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Greater", "Central"]
)


def names_a_people(word: str) -> bool:
    """Whether a capitalised word before a place noun is a people's or a faith's adjective."""
    return word in _PEOPLES or word.endswith(_PEOPLE_ENDINGS)


def places_before_plural(text: str) -> Iterator[tuple[int, int]]:
    """Each name of a list before a plural kind of place, unless one is a people's adjective
    or the one word describes the kind as it opens a sentence."""
    for match in _PLACES_BEFORE_PLURAL.finditer(text):
        names = list(_LISTED.finditer(text, *match.span("list")))
        if any(names_a_people(name.group()) for name in names):
            continue
        start = match.start()
        if (
            len(names) == 1
            and _DESCRIBES_PLURAL.fullmatch(names[0].group())
            and _SENTENCE_OPENS.search(text, max(0, start - 4), start)
        ):
            continue  # "Neighbouring villages burned": a description opening the sentence
        if len(names) == 1 and _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
            continue  # "the Red Cross camps": the last word of another name
        yield from (name.span() for name in names)


def after_plural_cue(text: str, start: int) -> bool:
    """Whether a plural place noun and "of" come just before a name ("the villages of X and
    Y"): every name listed after it is a place."""
    return _PLURAL_PLACE_CUE.search(text, max(0, start - 30), start) is not None
