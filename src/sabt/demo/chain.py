"""The demo's chain of command: later posts and a sanction of a public figure, as the demo's
sample documents state them, so the person page shows posts before, during and after 1988.

The documents (06, 03) summarise publicly reported facts in the project's own words; each post
and the sanction cite them with their own words as the excerpt, and go through the same services
as `sabt people add-post` (custody events). Nothing here is a new assessment of anyone.
"""

from datetime import date

from sqlalchemy import select

from sabt.legal.people import PostRequest, add_post
from sabt.legal.sanctions import SanctionFacts, store_sanction
from sabt.model import Entity, Source
from sabt.store.casefolder import CaseFolder

PERSON = "Ebrahim Raisi"

# (position, organisation, from, to, source file prefix, excerpt of that source)
POSTS = (
    ("Prosecutor of Tehran", "Judiciary of Iran", "1989", None, "06",
     "1989–2016. He held a series of senior posts: prosecutor of Tehran, head of the General "
     "Inspection Organisation, first deputy head of the judiciary and prosecutor-general."),
    ("Custodian of the Imam Reza shrine foundation", None, "2016", None, "06",
     "2016. Appointed custodian of the Imam Reza shrine foundation in Mashhad"),
    ("Head of the judiciary", "Judiciary of Iran", "2019-03", None, "03",
     "Raisi went on to lead the judiciary from March 2019"),
    ("President of Iran", None, "2021-08", "2024-05", "06",
     "he took office in August 2021"),
)  # fmt: skip


def _source_id(case: CaseFolder, prefix: str) -> int | None:
    with case.session() as session:
        return session.scalar(select(Source.id).where(Source.filename.like(f"{prefix}%")))


def add_demo_chain(case: CaseFolder, actor: str) -> int:
    """Add the posts and the sanction; how many rows were added (0 without the documents)."""
    added = 0
    for position, org, start, end, prefix, excerpt in POSTS:
        source = _source_id(case, prefix)
        if source is None:
            continue
        request = PostRequest(PERSON, position, org, start, end, str(source), excerpt)
        add_post(case, request, actor=actor)
        added += 1
    profile = _source_id(case, "06")
    if profile is None:
        return added
    facts = SanctionFacts(
        authority="United States",
        reason="November 2019; citing among other things his role in the 1988 commission",
        start=date(2019, 11, 1),
    )
    with case.session() as session:
        person = session.scalar(select(Entity.id).where(Entity.canonical_name == PERSON))
        if person is not None:
            store_sanction(case, session, person, facts, source_id=profile, actor=actor)
            added += 1
    return added
