"""Find one entity of the case from what a person types: an id, or a name in any script.

Officials reach sabt as "Ebrahim Raisi", "Ibrahim Raeisi" and ابراهیم رئیسی; all three must find
the same entity, and a name that fits two entities must not silently pick one. `find_one` takes
`#12` or `12` as an id, otherwise compares the transliteration-aware keys of every spelling
(`sabt.text.names.name_key`); several equal keys, or only near misses, are an error that lists
the candidates so the user can pass an id. When nothing is found and a caller may create the
entity, `new_entity` records each spelling in its own script, so the next lookup finds it.
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, NotFound
from sabt.model import Entity, EntityName
from sabt.text.names import name_key, name_similarity
from sabt.text.normalise import script_of

NEAR = 0.85


@dataclass(frozen=True)
class Candidate:
    """An entity a name may mean, with how alike its closest spelling is (1.0: same key)."""

    entity: Entity
    score: float


def spellings(entity: Entity) -> list[str]:
    """Every name an entity is known by, the canonical one first, each once."""
    names = [entity.canonical_name, *(n.name for n in entity.names)]
    return list(dict.fromkeys(name for name in names if name))


class NameIndex:
    """The spellings of a set of entities, keyed once, to match many names against them."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entries = [
            (entity, spelling, name_key(spelling))
            for entity in entities
            for spelling in spellings(entity)
        ]
        self.by_key: dict[str, list[Entity]] = {}
        for entity, _, key in self.entries:
            if key and entity not in self.by_key.setdefault(key, []):
                self.by_key[key].append(entity)

    def match(self, name: str) -> list[Candidate]:
        """Entities with a spelling of `name` (1.0) or within NEAR of it, best first."""
        key = name_key(name)
        if not key:
            return []
        best: dict[int, Candidate] = {e.id: Candidate(e, 1.0) for e in self.by_key.get(key, [])}
        for entity, spelling, other in self.entries:
            if (
                (entity.id in best and best[entity.id].score == 1.0)
                or not other
                or abs(len(other) - len(key)) > len(key) / 3
            ):
                continue
            score = name_similarity(name, spelling)
            if score >= NEAR and score > (best[entity.id].score if entity.id in best else 0):
                best[entity.id] = Candidate(entity, score)
        return sorted(best.values(), key=lambda c: (-c.score, c.entity.id))


def new_entity(session: Session, case_id: int, names: list[str], kind: str) -> Entity:
    """Create an entity under `names` (the first is canonical), each noted in its own script."""
    entity = Entity(case_id=case_id, type=kind, canonical_name=names[0])
    for index, name in enumerate(names):
        script = script_of(name)
        entity.names.append(
            EntityName(
                name=name,
                script=script if script in ("Arab", "Latn") else "Zyyy",
                language="fa" if script == "Arab" else "und",
                is_primary=index == 0,
            )
        )
    session.add(entity)
    session.flush()
    return entity


def case_index(session: Session, case_id: int, types: tuple[str, ...]) -> NameIndex:
    """An index of the case's entities of `types`."""
    query = select(Entity).where(Entity.case_id == case_id, Entity.type.in_(types))
    return NameIndex(list(session.scalars(query)))


def _listed(found: list[Candidate]) -> str:
    return "; ".join(
        f"#{c.entity.id} {' / '.join(spellings(c.entity))} ({c.score:.2f})" for c in found[:8]
    )


def find_one(session: Session, case_id: int, reference: str, types: tuple[str, ...]) -> Entity:
    """The one entity `reference` (an id or a name) means; BadInput or NotFound otherwise."""
    text = reference.strip().removeprefix("#")
    kinds = " or ".join(types)
    if text.isascii() and text.isdigit():
        entity = session.get(Entity, int(text))
        if entity is None or entity.case_id != case_id or entity.type not in types:
            raise NotFound(f"no {kinds} #{text} in this case", remedy="check the id")
        return entity
    found = case_index(session, case_id, types).match(reference)
    exact = [c for c in found if c.score == 1.0]
    if len(exact) == 1:
        return exact[0].entity
    if len(exact) > 1:
        raise BadInput(
            f"{reference!r} names several entities: {_listed(exact)}", remedy="pass #ID instead"
        )
    if found:
        raise NotFound(
            f"no {kinds} named {reference!r}; near: {_listed(found)}", remedy="pass #ID instead"
        )
    raise NotFound(
        f"no {kinds} named {reference!r} in this case", remedy="check the spelling, or pass #ID"
    )
