"""The entities an annotator can link a mention to: the built-in demo registry or a case's.

A registry is plain data (ids, types, names in any script) so the matcher can be built from a
YAML file, from a case database, or by a test, without the store being involved.
"""

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from sabt.errors import BadInput

if TYPE_CHECKING:
    from sabt.store.casefolder import CaseFolder

EntityId = int | str
ENTITY_TYPES = ("person", "organization", "place", "event")


@dataclass(frozen=True)
class RegisteredEntity:
    """One known entity and every spelling it may appear under."""

    id: EntityId | None
    type: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Registry:
    """Known entities, by id."""

    entities: tuple[RegisteredEntity, ...] = field(default_factory=tuple)

    def get(self, entity_id: EntityId) -> RegisteredEntity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    @classmethod
    def from_data(cls, data: Any) -> "Registry":
        """Build from `{"entities": [{id, type, name, aliases}]}` (the registry.yaml shape)."""
        if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
            raise BadInput("a registry needs a list of entities")
        entities = []
        for item in data["entities"]:
            if item.get("type") not in ENTITY_TYPES or not item.get("name"):
                raise BadInput(f"registry entry {item.get('id')!r} needs a name and a known type")
            aliases = tuple(str(a) for a in item.get("aliases") or ())
            entities.append(RegisteredEntity(item["id"], item["type"], str(item["name"]), aliases))
        return cls(tuple(entities))

    @classmethod
    def gazetteer(cls) -> "Registry":
        """Countries, cities and well-known bodies (`gazetteer.yaml`): names without entity ids."""
        text = resources.files("sabt.extract").joinpath("gazetteer.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
        entities = tuple(
            RegisteredEntity(None, kind, str(names[0]), tuple(str(n) for n in names[1:]))
            for kind, key in (("place", "places"), ("organization", "organizations"))
            for names in data[key]
        )
        return cls(entities)

    @classmethod
    def builtin(cls) -> "Registry":
        """The demo case's entities, shipped as `registry.yaml` beside this module."""
        text = resources.files("sabt.extract").joinpath("registry.yaml").read_text("utf-8")
        return cls.from_data(yaml.safe_load(text))

    @classmethod
    def from_case(cls, case_dir: Path) -> "Registry":
        """The entities of the case in `case_dir`, with every name they are known under."""
        from sabt.store.casefolder import open_case

        folder = open_case(case_dir)
        try:
            return cls.from_folder(folder)
        finally:
            folder.close()

    @classmethod
    def from_folder(cls, folder: "CaseFolder") -> "Registry":
        """The entities of an open case folder."""
        from sqlalchemy import select

        from sabt.model.entities import Entity

        with folder.session() as session:
            rows = session.scalars(select(Entity).where(Entity.case_id == folder.case_id))
            return cls(
                tuple(
                    RegisteredEntity(
                        row.id,
                        row.type,
                        row.canonical_name,
                        tuple(n.name for n in row.names if n.name != row.canonical_name),
                    )
                    for row in rows
                )
            )
