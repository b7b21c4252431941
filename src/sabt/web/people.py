"""The person page (/people/{id}) and its API twin: posts before, during and after the violations.

One context, `person_page_context`, serves both: the person view of `sabt people show` plus the
geometry of a server-drawn SVG timeline (one bar per post, coloured by its phase, the period of
the violations shaded), so "promoted after the crime" is visible without any JavaScript.
"""

from datetime import date
from typing import Any

from fastapi import FastAPI
from sqlalchemy.orm import Session

from sabt.errors import NotFound
from sabt.legal.person_view import person_context
from sabt.model import Entity
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock
from sabt.web.context import Params, _case
from sabt.web.pages import Page, add_pages

WIDTH, ROW, TOP = 900, 26, 24


def _year(value: str | None) -> float | None:
    if not value:
        return None
    day = date.fromisoformat(value)
    return day.year + (day.timetuple().tm_yday - 1) / 366


def _drawing(view: dict[str, Any], today: date) -> dict[str, Any]:
    """x positions (0..WIDTH) for each post bar, the shaded violations period and year ticks."""
    period = view["violations_period"]
    points = [
        y
        for post in view["posts"]
        for y in (_year(post["from"]), _year(post["to"]))
        if y is not None
    ]
    if period:
        points += [_year(period["from"]) or 0, _year(period["to"]) or 0]
    if not points:
        return {"width": WIDTH, "height": TOP, "bars": [], "ticks": [], "shade": None}
    now = today.year + 1.0
    first, last = int(min(points)) - 1, int(max(points)) + 2
    span = max(last - first, 1)

    def x(year: float) -> float:
        return round((year - first) / span * WIDTH, 1)

    bars = []
    for row, post in enumerate(view["posts"]):
        start, end = _year(post["from"]), _year(post["to"])
        begin = x(start if start is not None else first)
        finish = x(end if end is not None else min(now, last))
        bars.append(
            {
                "x": begin,
                "y": TOP + row * ROW,
                "width": max(finish - begin, 3),
                "phase": post["phase"],
                "open_start": start is None,
                "open_end": end is None,
                "label": f"{post['position']}"
                + (f", {post['organisation']}" if post["organisation"] else ""),
            }
        )
    step = max(1, span // 12)
    return {
        "width": WIDTH,
        "height": TOP + max(len(bars), 1) * ROW + 8,
        "bars": bars,
        "ticks": [{"x": x(y), "year": y} for y in range(first, last + 1, step)],
        "shade": (
            {"x": x(_year(period["from"]) or first),
             "width": max(x(_year(period["to"]) or first) - x(_year(period["from"]) or first), 2)}
            if period
            else None
        ),
    }  # fmt: skip


def person_page_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """One person: names in every script, posts marked before/during/after their violations
    with the organisation chain of the time, sanctions, sources, and the timeline's drawing."""
    ref = str(params["entity_id"])
    person = session.get(Entity, int(ref)) if ref.isdigit() else None
    if person is None or person.case_id != case.case_id or person.type != "person":
        raise NotFound(f"no person {ref} in this case", remedy="pick one from /entities")
    view = person_context(session, person)
    return {
        "case": _case(case, session),
        "person": view,
        "drawing": _drawing(view, date.today()),
    }


PERSON = Page(
    "/people/{entity_id}",
    "/api/v1/people/{entity_id}",
    "person.html",
    "source.read",
    person_page_context,
)


def add_people_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:
    add_pages(app, case, clock, (PERSON,))
