"""Synthetic victim lists with known truth, for measuring linkage (no real person is in them).

One Persian-script list with Solar Hijri dates (some with Arabic ي/ك and Persian digits) and two
Latin-script lists, each with its own transliteration habit, typos, partial dates, swapped
given/family names, missing fathers' names, dates a day off, and many namesakes (names are drawn
from small, skewed pools, so two different "Mohammad Hosseini" are common).
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

import jdatetime
import pandas as pd

from sabt.resolve.readers import FIELDS

MALE = [
    ("محمد", ["Mohammad", "Mohammed", "Muhammad", "Mohamad"]),
    ("علی", ["Ali"]),
    ("حسین", ["Hossein", "Hosein", "Hussein"]),
    ("رضا", ["Reza"]),
    ("حسن", ["Hassan", "Hasan"]),
    ("مهدی", ["Mahdi", "Mehdi"]),
    ("عباس", ["Abbas"]),
    ("مجید", ["Majid"]),
    ("سعید", ["Saeed", "Said", "Saeid"]),
    ("جعفر", ["Jafar", "Jaafar", "Ja'far"]),
    ("کریم", ["Karim"]),
    ("احمد", ["Ahmad", "Ahmed"]),
    ("محمود", ["Mahmoud", "Mahmud"]),
    ("اکبر", ["Akbar"]),
    ("اصغر", ["Asghar"]),
    ("فرهاد", ["Farhad"]),
    ("بهروز", ["Behrouz", "Behruz"]),
    ("مسعود", ["Masoud", "Masood", "Massoud"]),
    ("ناصر", ["Naser", "Nasser"]),
    ("حمید", ["Hamid"]),
    ("منصور", ["Mansour", "Mansur"]),
    ("یوسف", ["Yousef", "Yusef"]),
    ("ابراهیم", ["Ebrahim", "Ibrahim"]),
    ("اسماعیل", ["Esmaeil", "Esmail", "Ismail"]),
    ("غلامرضا", ["Gholamreza", "Gholam Reza"]),
    ("محمدرضا", ["Mohammadreza", "Mohammad Reza"]),
    ("علیرضا", ["Alireza", "Ali Reza"]),
    ("امیر", ["Amir"]),
    ("کاظم", ["Kazem", "Kazim"]),
    ("هادی", ["Hadi"]),
    ("داوود", ["Davood", "Davoud"]),
    ("نادر", ["Nader"]),
    ("بیژن", ["Bijan", "Bizhan"]),
    ("کامران", ["Kamran"]),
    ("پرویز", ["Parviz", "Parwiz"]),
]
FEMALE = [
    ("فاطمه", ["Fatemeh", "Fatima", "Fatemeh"]),
    ("مریم", ["Maryam", "Mariam"]),
    ("زهرا", ["Zahra"]),
    ("معصومه", ["Masoumeh", "Masoomeh"]),
    ("شهلا", ["Shahla"]),
    ("منیژه", ["Manijeh", "Manizheh"]),
    ("اشرف", ["Ashraf"]),
    ("سوسن", ["Susan", "Sousan"]),
    ("فریبا", ["Fariba"]),
    ("ناهید", ["Nahid"]),
    ("زینب", ["Zeynab", "Zainab"]),
    ("رقیه", ["Roghieh", "Roqayyeh"]),
]
FAMILY = [
    ("حسینی", ["Hosseini", "Hoseini", "Husseini"]),
    ("رضایی", ["Rezaei", "Rezaie", "Rezai"]),
    ("احمدی", ["Ahmadi"]),
    ("محمدی", ["Mohammadi", "Mohamadi"]),
    ("کریمی", ["Karimi"]),
    ("موسوی", ["Mousavi", "Musavi", "Moussavi"]),
    ("جعفری", ["Jafari", "Jaafari"]),
    ("رحیمی", ["Rahimi"]),
    ("صادقی", ["Sadeghi", "Sadeqi"]),
    ("کاظمی", ["Kazemi"]),
    ("مرادی", ["Moradi"]),
    ("قاسمی", ["Ghasemi", "Qasemi"]),
    ("نوری", ["Nouri", "Nuri"]),
    ("اکبری", ["Akbari"]),
    ("حیدری", ["Heydari", "Haidari"]),
    ("عباسی", ["Abbasi"]),
    ("یزدانی", ["Yazdani"]),
    ("شریفی", ["Sharifi"]),
    ("طاهری", ["Taheri"]),
    ("نجفی", ["Najafi"]),
    ("میرزایی", ["Mirzaei", "Mirzaie"]),
    ("بهرامی", ["Bahrami"]),
    ("فرهادی", ["Farhadi"]),
    ("پورمحمدی", ["Pourmohammadi", "Pour-Mohammadi"]),
    ("زارعی", ["Zarei", "Zareie"]),
    ("سلطانی", ["Soltani"]),
    ("امینی", ["Amini"]),
    ("قربانی", ["Ghorbani", "Qorbani"]),
    ("خلیلی", ["Khalili"]),
    ("رستمی", ["Rostami"]),
    ("افشار", ["Afshar"]),
    ("بختیاری", ["Bakhtiari", "Bakhtiyari"]),
    ("تهرانی", ["Tehrani"]),
    ("شیرازی", ["Shirazi"]),
    ("اصفهانی", ["Esfahani", "Isfahani"]),
    ("کرمانی", ["Kermani"]),
    ("نیکخواه", ["Nikkhah", "Nikkhah"]),
    ("فروتن", ["Foroutan", "Forootan"]),
    ("سبحانی", ["Sobhani"]),
    ("دهقان", ["Dehghan", "Dehqan"]),
]
PLACES = [
    ("تهران", ["Tehran", "Teheran"]),
    ("اوین", ["Evin"]),
    ("گوهردشت", ["Gohardasht", "Gohar Dasht"]),
    ("مشهد", ["Mashhad", "Mashad"]),
    ("تبریز", ["Tabriz"]),
    ("اصفهان", ["Isfahan", "Esfahan"]),
    ("شیراز", ["Shiraz"]),
    ("اهواز", ["Ahvaz", "Ahwaz"]),
    ("رشت", ["Rasht"]),
    ("کرمانشاه", ["Kermanshah"]),
    ("قزلحصار", ["Ghezel Hesar", "Qezel Hesar"]),
    ("دزفول", ["Dezful"]),
    ("ارومیه", ["Urmia", "Orumiyeh"]),
]
COLUMNS = list(FIELDS)  # the columns `sabt link` reads
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})

Name = tuple[str, list[str]]


@dataclass(frozen=True)
class Person:
    """One synthetic person: the truth every list record of them is drawn from."""

    pid: int
    given: Name
    family: Name
    father: Name
    born: date
    died: date
    place: Name


@dataclass(frozen=True)
class Habit:
    """How one list writes names and dates."""

    script: str  # "Persian" or "Latin"
    prefer: int  # index of the preferred Latin variant (-1: last)
    loyalty: float  # how often the preferred variant is used
    typo: float
    swap: float
    no_father: float


HABITS = {
    "persian_list": Habit("Persian", 0, 1.0, 0.02, 0.03, 0.2),
    "amnesty": Habit("Latin", 0, 0.8, 0.05, 0.05, 0.3),
    "hrw": Habit("Latin", -1, 0.7, 0.06, 0.06, 0.4),
}


def _skewed(rng: random.Random, pool: list[Name]) -> Name:
    """Skewed draw: the first names of a pool are far more common, as in real lists."""
    weights = [1 / (i + 1) ** 0.5 for i in range(len(pool))]
    return rng.choices(pool, weights)[0]


def _person(rng: random.Random, pid: int, namesake_of: Person | None = None) -> Person:
    """A new person; with `namesake_of`, one with the same given and family name."""
    female = rng.random() < 0.15
    born = date(1935, 1, 1) + timedelta(days=rng.randrange(365 * 36))
    died = date(1988, 7, 19) + timedelta(days=rng.randrange(80))
    return Person(
        pid,
        namesake_of.given if namesake_of else _skewed(rng, FEMALE if female else MALE),
        namesake_of.family if namesake_of else _skewed(rng, FAMILY),
        _skewed(rng, MALE),
        born,
        died,
        rng.choice(PLACES),
    )


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + text[i] + text[i:]


def _write_name(rng: random.Random, name: Name, habit: Habit) -> str:
    persian, variants = name
    if habit.script == "Persian":
        text = persian.translate(_ARABIC_LETTERS) if rng.random() < 0.3 else persian
    elif rng.random() < habit.loyalty:
        text = variants[habit.prefer]
    else:
        text = rng.choice(variants)
    return _typo(rng, text) if rng.random() < habit.typo else text


def _write_death(rng: random.Random, died: date, habit: Habit) -> str:
    if rng.random() < 0.05:
        return ""
    if rng.random() < 0.05:
        died += timedelta(days=rng.choice((-1, 1)))
    precision = rng.choices(["day", "month", "year"], [0.65, 0.2, 0.15])[0]
    if habit.script == "Persian":
        j = jdatetime.date.fromgregorian(date=died)
        text = {"day": f"{j.year}/{j.month:02d}/{j.day:02d}", "month": f"{j.year}/{j.month:02d}"}
        out = text.get(precision, str(j.year))
        return out.translate(_PERSIAN_DIGITS) if rng.random() < 0.5 else out
    return {"day": died.isoformat(), "month": died.isoformat()[:7]}.get(precision, str(died.year))


def _write_birth(rng: random.Random, born: date, habit: Habit) -> str:
    if rng.random() < 0.15:
        return ""
    if habit.script == "Persian":
        return str(jdatetime.date.fromgregorian(date=born).year)
    return str(born.year + (rng.choice((-1, 1)) if rng.random() < 0.05 else 0))


def record(rng: random.Random, person: Person, habit: Habit, rid: str) -> dict[str, str]:
    """One list's record of `person`, written with that list's habits."""
    given = _write_name(rng, person.given, habit)
    family = _write_name(rng, person.family, habit)
    if rng.random() < habit.swap:
        given, family = family, given
    father = "" if rng.random() < habit.no_father else _write_name(rng, person.father, habit)
    place = "" if rng.random() < 0.2 else _write_name(rng, person.place, habit)
    return {
        "id": rid,
        "given_name": given,
        "family_name": family,
        "father_name": father,
        "birth_year": _write_birth(rng, person.born, habit),
        "date_of_death": _write_death(rng, person.died, habit),
        "place_of_death": place,
    }


def make_lists(
    n_people: int, seed: int = 0, presence: float = 0.7
) -> tuple[dict[str, pd.DataFrame], dict[tuple[str, str], int]]:
    """Three lists of `n_people` (each in each list with chance `presence`), and the truth."""
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, str]]] = {name: [] for name in HABITS}
    truth: dict[tuple[str, str], int] = {}
    person: Person | None = None
    for pid in range(n_people):
        # One person in ten is an explicit namesake of the one before (besides chance namesakes).
        person = _person(rng, pid, person if person and rng.random() < 0.1 else None)
        present = [name for name in HABITS if rng.random() < presence] or [rng.choice(list(HABITS))]
        for name in present:
            rid = f"{name[0]}{len(rows[name]) + 1}"
            rows[name].append(record(rng, person, HABITS[name], rid))
            truth[(name, rid)] = pid
    frames = {name: pd.DataFrame(r, columns=COLUMNS) for name, r in rows.items()}
    return frames, truth


# Family names for a population of a million: real Iranian family names are tens of thousands,
# many made from a root and a suffix (Karimzadeh, Rezaeinejad, Tehranipour); the 40 roots alone
# would give every name to 25,000 different people.
_SUFFIXES = ["", "zadeh", "nejad", "pour", "far", "nia", "doost", "khani", "abadi", "rad"]


def _scale_families() -> list[Name]:
    persian_suffix = {"zadeh": "زاده", "nejad": "نژاد", "pour": "پور", "far": "فر", "nia": "نیا"}
    persian_suffix |= {"doost": "دوست", "khani": "خانی", "abadi": "آبادی", "rad": "راد"}
    names: list[Name] = []
    for suffix in _SUFFIXES:
        for persian, variants in FAMILY:
            latin = [v if not suffix else v.removesuffix("i") + suffix for v in variants]
            names.append((persian + persian_suffix.get(suffix, ""), latin))
    for (pa, la), (pb, lb) in zip(FAMILY, FAMILY[7:] + FAMILY[:7], strict=True):
        names.append((f"{pa}-{pb}", [f"{la[0]}-{lb[0]}", f"{la[-1]} {lb[-1]}"]))
    return names


SCALE_FAMILY = _scale_families()


def _scale_person(rng: random.Random, pid: int) -> Person:
    """Someone of a population of a million: deaths over 40 years, a wider pool of family names."""
    female = rng.random() < 0.3
    died = date(1980, 1, 1) + timedelta(days=rng.randrange(365 * 40))
    born = died - timedelta(days=rng.randrange(365 * 15, 365 * 80))
    return Person(
        pid,
        _skewed(rng, FEMALE if female else MALE),
        _skewed(rng, SCALE_FAMILY),
        _skewed(rng, MALE),
        born,
        died,
        rng.choice(PLACES),
    )


def make_dedupe(
    n_records: int, seed: int = 0, duplicate_rate: float = 0.3
) -> tuple[pd.DataFrame, dict[str, int]]:
    """One Latin-script list of `n_records` in which some people appear two or three times.

    People are drawn as for a large population (`_scale_person`), so that the growth from 10k to
    1M records measures sabt, not a generator that runs out of names.
    """
    rng = random.Random(seed)
    rows, truth, pid = [], {}, 0
    habit = HABITS["amnesty"]
    while len(rows) < n_records:
        person = _scale_person(rng, pid)
        copies = 1 + (rng.random() < duplicate_rate) + (rng.random() < duplicate_rate / 3)
        for _ in range(min(copies, n_records - len(rows))):
            rid = str(len(rows) + 1)
            rows.append(record(rng, person, habit, rid))
            truth[rid] = pid
        pid += 1
    return pd.DataFrame(rows, columns=COLUMNS), truth
