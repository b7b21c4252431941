"""Read a FollowTheMoney entity file (JSON lines) into what sabt can propose: named parties with
their sanctions and posts.

The `followthemoney` library checks every line against its model; a line that is not JSON, has
no known schema or breaks the model is reported with its number and skipped, never guessed at.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sabt.errors import BadInput

# What a list says beside the name that helps an analyst tell a namesake from the person.
DETAILS = ("birthDate", "birthPlace", "nationality", "country", "position", "notes")
PARTY_SCHEMATA = ("Person", "Organization", "PublicBody", "Company", "LegalEntity")
ORGANISATION_SCHEMATA = ("Organization", "PublicBody", "Company", "LegalEntity")


@dataclass
class Party:
    """A person or body of the file, with what the file says about it."""

    ftm_id: str
    schema: str
    names: list[str]
    details: dict[str, list[str]] = field(default_factory=dict)
    sanctions: list[dict[str, str]] = field(default_factory=list)
    posts: list[dict[str, str]] = field(default_factory=list)

    @property
    def sabt_type(self) -> str:
        return "person" if self.schema == "Person" else "organization"

    def payload(self) -> dict[str, Any]:
        return {
            "ftm_id": self.ftm_id,
            "name": self.names[0],
            "schema": self.schema,
            "names": self.names,
            "details": self.details,
            "sanctions": self.sanctions,
            "posts": self.posts,
        }


@dataclass
class FtmFile:
    """The parties of a file, the lines read and the lines refused with why."""

    parties: list[Party]
    lines: int
    schemata: dict[str, int]
    problems: list[tuple[int, str]]


def _first(proxy: Any, prop: str) -> str:
    values = proxy.get(prop, quiet=True)
    return str(values[0]) if values else ""


def _entities(path: Path) -> tuple[list[Any], int, list[tuple[int, str]]]:
    from followthemoney import model
    from followthemoney.exc import InvalidData

    if not path.is_file():
        raise BadInput(f"{path} is not a file", remedy="give the path of a FtM JSON lines file")
    proxies, problems, count = [], [], 0
    with path.open(encoding="utf-8", errors="strict") as handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                count += 1
                try:
                    data = json.loads(line)
                    if not isinstance(data, dict):
                        raise InvalidData("a line must be one JSON object")
                    proxies.append(model.get_proxy(data, cleaned=False))
                except json.JSONDecodeError as error:
                    problems.append((number, f"not JSON ({error.msg})"))
                except InvalidData as error:
                    schema = data.get("schema") if isinstance(data, dict) else None
                    problems.append((number, f"not a FtM entity ({error}; schema {schema!r})"))
        except UnicodeDecodeError as error:
            raise BadInput(f"{path} is not UTF-8 text ({error.reason})") from error
    return proxies, count, problems


def read_ftm(path: Path) -> FtmFile:
    """The parties in `path`, with the sanctions and posts the file attaches to them."""
    proxies, count, problems = _entities(path)
    by_id = {proxy.id: proxy for proxy in proxies if proxy.id}
    schemata: dict[str, int] = {}
    parties: dict[str, Party] = {}
    for proxy in proxies:
        schemata[proxy.schema.name] = schemata.get(proxy.schema.name, 0) + 1
        if proxy.schema.name in PARTY_SCHEMATA and proxy.id:
            names = list(dict.fromkeys([*proxy.get("name"), *proxy.get("alias", quiet=True)]))
            if names:
                details = {key: proxy.get(key, quiet=True) for key in DETAILS}
                parties[proxy.id] = Party(
                    proxy.id, proxy.schema.name, names, {k: v for k, v in details.items() if v}
                )
    for proxy in proxies:
        kind = proxy.schema.name
        if kind == "Sanction":
            for target in proxy.get("entity"):
                if target in parties:
                    parties[target].sanctions.append(_sanction(proxy))
        elif kind == "Occupancy":
            post = by_id.get(_first(proxy, "post"))
            for holder in proxy.get("holder"):
                if holder in parties and post is not None:
                    body = by_id.get(_first(post, "organization"))
                    parties[holder].posts.append(
                        _post(proxy, _first(post, "name"), _first(body, "name") if body else "")
                    )
        elif kind in ("Membership", "Directorship", "Employment"):
            holder_prop, body_prop = {
                "Membership": ("member", "organization"),
                "Directorship": ("director", "organization"),
                "Employment": ("employee", "employer"),
            }[kind]
            body = by_id.get(_first(proxy, body_prop))
            for holder in proxy.get(holder_prop):
                if holder in parties and body is not None:
                    role = _first(proxy, "role") or kind.lower()
                    parties[holder].posts.append(_post(proxy, role, _first(body, "name")))
    return FtmFile(list(parties.values()), count, schemata, problems)


def _sanction(proxy: Any) -> dict[str, str]:
    return {
        "ftm_id": proxy.id or "",
        "authority": _first(proxy, "authority"),
        "program": _first(proxy, "program"),
        "reason": _first(proxy, "reason"),
        "from": _first(proxy, "startDate") or _first(proxy, "listingDate"),
        "to": _first(proxy, "endDate"),
    }


def _post(proxy: Any, position: str, organisation: str) -> dict[str, str]:
    return {
        "ftm_id": proxy.id or "",
        "position": position,
        "organisation": organisation,
        "from": _first(proxy, "startDate"),
        "to": _first(proxy, "endDate"),
    }
