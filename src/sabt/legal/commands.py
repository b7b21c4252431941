"""`sabt people …`, `sabt orgs link`, `sabt import ftm` and `sabt export ftm`.

Thin shells over the services of `sabt.legal`: every addition is a custody event there, every
refusal a `SabtError` here (one line, exit 1). followthemoney is imported inside the commands
that need it, so the command line starts fast.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sabt.cli_groups import export_app, import_app
from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, print_json
from sabt.store.casefolder import open_case

if TYPE_CHECKING:
    from sabt.legal.ftm_apply import Applied

people_app = typer.Typer(help="People: posts held, sanctions, FollowTheMoney matches.")
orgs_app = typer.Typer(help="Organisations: which body was within which, when.")

From = Annotated[str | None, typer.Option("--from", help="Start: 1988, 1367, 1988-07-29.")]
To = Annotated[str | None, typer.Option("--to", help="End (empty: still held or unknown).")]
SourceRef = Annotated[str, typer.Option("--source", help="Source id or SHA-256 prefix.")]
Excerpt = Annotated[str, typer.Option("--excerpt", help="The words of the source that say so.")]

PHASE_STYLE = {"before": "dim", "during": "bold red", "after": "bold yellow", "unknown": ""}


@people_app.command("add-post")
def add_post_command(
    person: Annotated[str, typer.Argument(help="Person: #ID or a name in any script.")],
    position: Annotated[str, typer.Option("--position", help="The post, as the source says.")],
    source: SourceRef,
    org: Annotated[str | None, typer.Option("--org", help="Organisation: #ID or name.")] = None,
    start: From = None,
    end: To = None,
    excerpt: Excerpt = "",
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """Record that PERSON held a post, from a source (a custody event)."""
    from sabt.legal.people import PostRequest, add_post

    post = add_post(
        open_case(case),
        PostRequest(person, position, org, start, end, source, excerpt),
        actor=current_actor(),
    )
    if as_json:
        print_json({"occupancy": post.id, "person": post.person_id})
    else:
        console.print(f"post #{post.id} recorded for person #{post.person_id}")


@people_app.command("add-sanction")
def add_sanction_command(
    person: Annotated[str, typer.Argument(help="Person or body: #ID or a name.")],
    authority: Annotated[str, typer.Option("--authority", help="Who imposed it.")],
    program: Annotated[str, typer.Option("--program", help="The sanctions programme.")] = "",
    reason: Annotated[str, typer.Option("--reason", help="The reason the list gives.")] = "",
    start: From = None,
    end: To = None,
    source: Annotated[str | None, typer.Option("--source", help="Source id.")] = None,
    case: CaseDir = Path("."),
) -> None:
    """Record a sanction on a person or body, from a source (a custody event)."""
    from sabt.legal.lookup import find_one
    from sabt.legal.periods import read_date
    from sabt.legal.sanctions import SanctionFacts, store_sanction
    from sabt.legal.sources import source_for

    folder = open_case(case)
    begins, ends = read_date(start, "--from"), read_date(end, "--to")
    facts = SanctionFacts(
        authority,
        program,
        reason,
        begins.earliest if begins else None,
        ends.latest if ends else None,
    )
    with folder.session() as session:
        target = find_one(session, folder.case_id, person, ("person", "organization"))
        found = source_for(session, folder.case_id, source)
        sanction = store_sanction(
            folder,
            session,
            target.id,
            facts,
            source_id=found.id if found else None,
            actor=current_actor(),
        )
        console.print(f"sanction #{sanction.id} recorded for #{target.id}")
    folder.checkpoint()


@people_app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(help="#ID or a name in any script.")],
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """A person's names, posts before/during/after their violations, chains, sanctions."""
    from sabt.legal.lookup import find_one
    from sabt.legal.person_view import person_context

    folder = open_case(case)
    with folder.session() as session:
        view = person_context(session, find_one(session, folder.case_id, name, ("person",)))
    if as_json:
        print_json(view)
        return
    _print_person(view)


def _shown(day: str | None, precision: str) -> str | None:
    """An ISO date cut to what the source said: 1988 for a year, 1988-07 for a month."""
    cut = {"year": 4, "month": 7}.get(precision)
    return day[:cut] if day and cut else day


def _print_person(view: dict[str, object]) -> None:
    from rich.table import Table

    names = view["names"]
    assert isinstance(names, list)
    console.print(f"[bold]#{view['id']} {view['name']}[/]")
    console.print("names: " + " · ".join(f"{n['name']} ({n['script']})" for n in names))
    period = view["violations_period"]
    if isinstance(period, dict):
        console.print(f"violations: {period['from']} – {period['to']}")
    posts = Table("when", "from", "to", "position", "organisation chain", "source")
    for post in view["posts"]:  # type: ignore[attr-defined]
        style = PHASE_STYLE[post["phase"]]
        posts.add_row(
            f"[{style}]{post['phase']}[/]" if style else post["phase"],
            _shown(post["from"], post["precision"]) or "?",
            _shown(post["to"], post["precision"]) or "…",
            post["position"],
            " ⊂ ".join(link["name"] for link in post["chain"]),
            f"#{post['source']}",
        )
    console.print(posts)
    sanctions = Table("authority", "programme", "from", "to", "reason", "source")
    for item in view["sanctions"]:  # type: ignore[attr-defined]
        sanctions.add_row(
            item["authority"],
            item["program"],
            item["from"] or "?",
            item["to"] or "…",
            item["reason"],
            f"#{item['source']}" if item["source"] else "",
        )
    if sanctions.row_count:
        console.print(sanctions)
    for source in view["sources"]:  # type: ignore[attr-defined]
        console.print(f"source #{source['id']}: {source['title']} ({source['sha256'][:16]}…)")


@people_app.command("matches")
def matches_command(case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """FollowTheMoney matches waiting for a decision."""
    from sabt.legal.ftm_apply import pending_matches

    rows = [
        {
            "suggestion": s.id,
            "kind": s.kind,
            "ftm_id": s.payload["ftm_id"],
            "names": s.payload["names"],
            "entity": s.payload.get("entity"),
            "score": s.payload.get("score"),
            "details": s.payload.get("details", {}),
            "sanctions": len(s.payload.get("sanctions", [])),
            "posts": len(s.payload.get("posts", [])),
        }
        for s in pending_matches(open_case(case))
    ]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        target = f"→ entity #{row['entity']}" if row["entity"] else "→ new person"
        console.print(
            f"#{row['suggestion']} {' / '.join(row['names'])} ({row['ftm_id']}) {target}"
            f" score {row['score'] or '-'}; {row['sanctions']} sanctions, {row['posts']} posts"
        )
        for key, values in row["details"].items():
            console.print(f"    {key}: {', '.join(values)}", highlight=False)


@people_app.command("match")
def match_command(
    suggestion: Annotated[int, typer.Argument(help="Suggestion id (see `sabt people matches`).")],
    decision: Annotated[str, typer.Argument(help="accept | reject")],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept with the decision).")] = "",
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """Accept or reject a FollowTheMoney match; an accepted one brings its sanctions and posts."""
    from sabt.legal.ftm_apply import decide_match

    applied = decide_match(
        open_case(case), suggestion, decision, actor=current_actor(), reason=reason
    )
    _report_applied(applied, f"suggestion #{suggestion}: {decision}", as_json)


@people_app.command("apply-matches")
def apply_matches_command(case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """Apply FtM matches accepted on `sabt review` or the web review page (once each)."""
    from sabt.legal.ftm_apply import apply_accepted

    applied = apply_accepted(open_case(case), actor=current_actor())
    _report_applied(applied, f"{len(applied)} accepted matches applied", as_json)


def _report_applied(applied: "list[Applied]", headline: str, as_json: bool) -> None:
    if as_json:
        print_json([vars(a) for a in applied])
        return
    console.print(headline)
    for item in applied:
        console.print(
            f"entity #{item.entity_id}: FtM id linked, {item.sanctions} sanctions, "
            f"{item.posts} posts attached"
        )


@orgs_app.command("link")
def link_command(
    child: Annotated[str, typer.Argument(help="The body inside: #ID or name.")],
    within: Annotated[str, typer.Option("--within", help="The body it was within.")],
    start: From = None,
    end: To = None,
    source: Annotated[str | None, typer.Option("--source", help="Source id.")] = None,
    excerpt: Excerpt = "",
    relation: Annotated[str, typer.Option("--relation", help="part_of, reports_to…")] = "part_of",
    case: CaseDir = Path("."),
) -> None:
    """Record that one body was within another for a period (a custody event)."""
    from sabt.legal.organisations import LinkRequest, link_organisations

    link = link_organisations(
        open_case(case),
        LinkRequest(child, within, start, end, source, excerpt, relation),
        actor=current_actor(),
    )
    console.print(f"link #{link.id}: #{link.child_id} within #{link.parent_id}")


def import_ftm_command(
    file: Annotated[Path, typer.Argument(help="FollowTheMoney entities, one JSON per line.")],
    propose_new: Annotated[
        bool, typer.Option("--propose-new", help="Also queue unmatched people as new entities.")
    ] = False,
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """Keep a FtM file as a source and queue its name matches for review."""
    from sabt.cliopts import errors
    from sabt.legal.ftm_import import import_ftm

    report = import_ftm(open_case(case), file, actor=current_actor(), propose_new=propose_new)
    if as_json:
        print_json(vars(report))
        return
    for number, why in report.problems:
        errors.print(f"line {number}: {why} (skipped)")
    console.print(
        f"source #{report.source_id}: {report.lines} lines, {len(report.problems)} refused; "
        f"{report.matches} matches and {report.new} new people queued for review "
        f"({report.already_known} already known); see `sabt people matches`"
    )


def export_ftm_command(
    out: Annotated[Path, typer.Option("--out", help="File to write.", dir_okay=False)],
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """Write the case's people, bodies, posts, sanctions and links as FtM JSON lines."""
    from sabt.exchange.access import audit_export, export_scope
    from sabt.legal.ftm_export import export_ftm

    folder = open_case(case)
    actor = current_actor()
    count = export_ftm(folder, out, export_scope(folder, actor))
    audit_export(folder, actor, "ftm", {"format": "ftm", "entities": count, "file": out.name})
    if as_json:
        print_json({"format": "ftm", "entities": count, "file": str(out.resolve())})
    else:
        console.print(f"{count} FollowTheMoney entities written to {out}")


def register(app: typer.Typer) -> None:
    app.add_typer(people_app, name="people")
    app.add_typer(orgs_app, name="orgs")
    import_app.command("ftm")(import_ftm_command)
    export_app.command("ftm")(export_ftm_command)
