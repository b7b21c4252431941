"""The words that head an English body's name, and the shapes of names whose head opens them.

Written whole: every noun that ends a body's name (a ministry, a court, a school, a
newspaper, an airline, a parliament's own name), a town's corporation ("the City of X"), an
outlet named after its kind ("Radio X", "the Daily X") and an institution named after a saint
("St Mary's Hospital"). `names_bodies.ORG` finds names by them.
"""

from sabt.extract.name_words import CAP

# Every English noun that heads a body's name ("the Lekki Legal Aid Collective", "the Peace
# Desk", "the Special Anti-Robbery Squad"), and a parliament's own name ("the Jogorku Kenesh",
# "the Verkhovna Rada"); a noun in -y is also found in its plural ("the Assemblies of God").
_ORG_WORD_LIST = (
    "Ministry Court Council Organization Organisation Commission Committee Assembly Agency "
    "Office Party Front Army Corps Guards Police Parliament Tribunal Watch Centre Center "
    "Institute Foundation Association Union Service Department Bureau Group Network Congress "
    "Treasury Companies Staff Forces Families Mothers Brigade Brigades Militia Directorate "
    "Authority Movement Coalition Division Battalion Regiment Mission Chambers Chamber Panel "
    "Guard Cabinet Secretariat Unit University Church Archdiocese Diocese Government "
    "Administration Society Federation Alliance League Board Senate Command Infantry Rifles "
    "Legion Gendarmerie Marines Navy Company Fund Trust Initiative Campaign Observatory Monitor "
    "Force Academy Times Herald Tribune Gazette Journal Radio Television Broadcasting "
    "Brotherhood Conference Headquarters Cartel Syndicate Consortium Caucus Inspectorate "
    "Ombudsman Collective Desk Squad Squadron Platoon Detachment Contingent Flotilla Fleet "
    "Platform Forum Project Programme Program Cooperative Co-operative Guild Fellowship "
    "Congregation Synod Patriarchate Procuracy Procuratorate Delegation Embassy Consulate "
    "Taskforce Corporation Commissariat Registry Kenesh Knesset Duma Rada Sejm Majlis Mejlis "
    "Mazhilis Jirga Shura Hluttaw Khural Sabha Bundestag Oireachtas Storting Riksdag Seimas "
    "Saeima Riigikogu Sobranie Skupstina Skupština Kurultai Inquiry Hospital Clinic Community "
    "Jurisdiction Team Confederation Constabulary Circle "
    # (Circle: a circle of survivors or of memory, "the Orvanne Lantern Circle".)
    # Institutions of learning, care, record and faith named by a proper name and their head
    # ("Ndeke Primary School", "the Mbeya Teachers' College", "the Tarnak Memorial Museum",
    # "the Sarafand Seminary"): bodies that act, employ and are run, as a hospital is.
    "School College Polytechnic Lyceum Madrasa Madrassa Seminary Yeshiva Conservatory "
    "Museum Library Archive Archives Orphanage Infirmary Sanatorium Hospice Dispensary "
    # Outlets and companies by the last word of their name ("the Kalewa Chronicle", "Ndeke TV",
    # "Tarnak Airlines"; not Post, Star, Express or Bank: a border post, the Yellow Star, a
    # train, the West Bank).
    "Chronicle Telegraph Courier Sentinel Guardian Dispatch Bulletin Mirror TV FM "
    "Airlines Airways Holdings Industries Enterprises Ltd Limited Inc Plc"
)
_ORG_WORD_NOUNS = _ORG_WORD_LIST.split()
ORG_WORDS = "|".join(
    _ORG_WORD_NOUNS + [word[:-1] + "ies" for word in _ORG_WORD_NOUNS if word.endswith("y")]
)
# A town's own government named as its corporation, with a capital: "the City of Kalewa", "the
# Municipality of Tarnak", "City of Kalewa officials" (after "the" or opening a sentence: not
# "Quezon City of the Philippines"; "the city of Kalewa", in lower case, is the town). A third
# capitalised word makes a longer name it cannot bound, and no word is cut short to avoid it
# ("the City of Nueva Santa Rosa": none, not "City of Nueva Sant").
CORPORATION = (
    r"(?:(?<=the )|(?<=The )|(?<=^)|(?<=[.\n] ))(?:City|Municipality|Borough) of "
    rf"{CAP}(?:\s+{CAP})?(?!\w|\s+{CAP})"
)
# An institution or a site named after a saint: "St Mary's Hospital", "St. Joseph's College",
# "Saint Paul's School", "Sainte Anne's Chapel" (the saint's possessive, any saint's).
SAINTS = r"S(?:t\.?|aint|te\.?|ainte)\s+[A-Z][a-z]+[’']s"
# An outlet whose kind opens its name: "Radio Ndeke", "Radio Ndeke Luka", "the Daily Kalewa".
OUTLET_FIRST = rf"(?:Radio|Daily)\s+{CAP}(?:\s+{CAP}){{0,2}}"
# Outlets named by their kind: generic words before them make no name ("State TV").
OUTLETS = frozenset(["TV", "FM", "Television", "Radio", "Broadcasting"])
