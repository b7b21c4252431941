"""A body's name written in French, Spanish or Portuguese word order, its kind first and what it
is for after "de", "pour", "para" …: "le Réseau National de Défense des Droits Humains", "la
Comisión Colombiana de Juristas", "the Conselho Indigenista Missionário's report" is not one (no
link word), "la Fundación para el Debido Proceso". English text quotes these names untranslated.

The head noun is the body's kind (a closed list of the Romance nouns that head bodies' names),
then up to two adjectives ("Suprême", "nationale"), then at least one link word ("de", "des",
"para la", "d’") before a capitalised word: a Romance head with no link ("Conseil Supérieur")
is left to other rules, so that an English word like "Centre" before a capitalised word never
starts one.
`names.propose_names` runs it.
"""

import re

from sabt.extract.anchored import Leaping, Opened, by_first_letter

# Every French, Spanish and Portuguese noun that heads a body's name (plural forms too).
_HEAD_LIST = (
    "Réseau Red Rede Comité Comite Comisión Comissão Commission Conseil Consejo Conselho "
    "Fondation Fundación Fundação Ligue Liga Association Asociación Associação Organisation "
    "Organización Organização Mouvement Movimiento Movimento Parti Partido Frente Front "
    "Coordination Coordinadora Coordenação Collectif Colectivo Coletivo Centro Centre Instituto "
    "Institut Observatoire Observatorio Observatório Defensoría Defensoria Fiscalía Procuraduría "
    "Procuradoria Jurisdicción Tribunal Tribunale Cour Corte Unión União Sindicato Syndicat "
    "Federación Federação Fédération Confederación Confédération Asamblea Assemblée Ejército "
    "Exército Armée Policía Polícia Gendarmerie Misión Missão Mission Oficina Secretaría "
    "Secrétariat Ministère Ministerio Ministério Direction Dirección Direção Unidad Unidade Unité "
    "Brigada Brigade Plataforma Plateforme Alianza Aliança Alliance Agence Agencia Agência "
    "Servicio Serviço Comando Commandement Guardia Garde Fuerzas Forças Forces Grupo Groupe "
    "Colegio Barreau Cámara Câmara Chambre Haut Alto Departamento Département Office Bureau "
    "Sociedad Société Sociedade Congreso Congrès Congresso Consejería Junta Mesa Instance "
    "Autoridad Autorité Cuerpo Corps Escuadrón Escadron Sûreté Seguridad"
)
_HEADS = by_first_letter("|".join(_HEAD_LIST.split()))
# The adjectives that follow a Romance head inside a name, in either case: "Commission nationale
# des droits de l’homme", "Consejo Superior de la Judicatura".
_ADJECTIVE_LIST = (
    "national nationale nacional internacional international internationale internacional "
    "permanent permanente supérieur supérieure superior général générale general populaire "
    "popular especial spécial spéciale especial indépendant indépendante independiente "
    "independente interamericana interaméricaine colombiana colombiano haïtien haïtienne "
    "africain africaine africana mexicana mexicano argentina argentino brasileira brasileiro "
    "chilena chileno peruana peruano guatemalteca salvadoreña hondureña venezolana "
    "ecuatoriana boliviana paraguaya uruguaya nicaragüense cubana dominicana français française "
    "fédéral fédérale federal militar militaire civil civile pro"
)
_ADJECTIVES = "|".join(
    sorted({w for a in _ADJECTIVE_LIST.split() for w in (a, a[0].upper() + a[1:])})
)
# The words that link a name's parts: prepositions and the articles after them.
_LINKS = (
    "de|des|du|del|da|das|do|dos|pour|para|por|contre|contra|sur|sobre|em|à|au|aux|"
    "la|le|les|el|los|las|et|y|e"
)
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Za-zà-öø-ÿ]+)?"
_GLUED = r"[dl][’']"  # "d’Haïti", "de l’Homme"
_LINKED = rf"\s+(?:(?:(?:{_LINKS})\s+)+(?:{_GLUED})?|{_GLUED}){_WORD}"
_MORE = rf"(?:{_LINKED}|\s+(?:{_ADJECTIVES}|{_WORD})\b)"
ROMANCE_BODY = Leaping(
    # the heads found from their first letters (`Opened`; the look-behind first would have the
    # engine try the anchor at every position)
    Opened(re.compile(rf"(?<![\w’'])(?:{_HEADS})s?\b"), re.compile(_HEADS)),
    re.compile(
        rf"(?<![\w’'])(?P<name>(?:{_HEADS})s?(?:\s+(?:{_ADJECTIVES}|{_WORD})\b){{0,2}}"
        rf"{_LINKED}{_MORE}{{0,6}})"
    ),
    before=0,
    after=200,
)
