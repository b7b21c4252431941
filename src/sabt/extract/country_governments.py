"""A government named only by its country is no body of its own: the country in it is a place.

"The Rwandan government", "the United States government", "the Government of Mali" name a
state's government by the state alone, as دولت عراق does in Persian; the convention the gold
follows is that no organisation is named there, and the country's name, where it is written as
a name rather than as a people's adjective, is a place. A government with a name of its own
stays a body: "the Nationalist government", "the Kurdistan Regional Government". With no body
over it, the gazetteer's place is left standing.
"""

import re
from functools import cache

from sabt.extract.names_bodies import COUNTRY_INITIALS
from sabt.extract.names_places import names_a_people
from sabt.extract.registry import Registry
from sabt.extract.world import world_places


@cache
def _latin_places() -> frozenset[str]:
    """The Latin-script names of the places the gazetteer and the world gazetteer know."""
    return frozenset(
        name
        for registry in (Registry.gazetteer(), world_places())
        for entity in registry.entities
        if entity.type == "place"
        for name in entity.names
        if name and name[0].isascii()
    )


# A country in its initials ("the US government", "the U.K. government").
_COUNTRY_INITIALS = re.compile(COUNTRY_INITIALS)
# The government after its country's name or adjective, or "Government of" before its name.
_NAMED = re.compile(r"(?P<before>\S.*?)\s+government|Government\s+of\s+(?P<after>\S.*)", re.S)


def named_by_country(name: str) -> bool:
    """Whether a government's name names it by its country alone: a known place, or a
    people's adjective ("the Rwandan government", "Bosnian Serb government")."""
    named = _NAMED.fullmatch(name)
    if named is None:
        return False
    country = " ".join((named["before"] or named["after"]).split())
    return (
        country in _latin_places()
        or _COUNTRY_INITIALS.fullmatch(country) is not None
        or all(map(names_a_people, country.split()))
    )
