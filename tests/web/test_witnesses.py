"""Protected witnesses over HTTP: add by form, list by pseudonym, unseal by role with a reason."""

import json

import httpx
from sqlalchemy import select
from tests.web.served import WITNESS, WITNESS_NAME, Served, form_token

from sabt.model import CustodyEvent, Source

CANARY_NAME, CANARY_PHONE = "Webcanary Qarachorlu", "+98-914-000-5c2d"


def _add(client: httpx.Client, pseudonym: str, transcript: bytes, **fields: str) -> httpx.Response:
    csrf = form_token(client.get("/witnesses/new").text)
    files = {
        "transcript": (f"{CANARY_NAME}.txt", transcript, "text/plain"),  # named after the witness
        "media": ("recording.ogg", b"OggS" + transcript, "audio/ogg"),
    }
    data = {"csrf_token": csrf, "pseudonym": pseudonym, **fields}
    return client.post("/witnesses", files=files, data=data)


def _unseal(client: httpx.Client, pseudonym: str, reason: str) -> httpx.Response:
    return client.post(f"/api/v1/witnesses/{pseudonym}/unseal", data={"reason": reason})


def _events(served: Served, action: str) -> list[tuple[str, str]]:
    with served.case.session() as session:
        rows = session.execute(
            select(CustodyEvent.actor, CustodyEvent.object_id)
            .where(CustodyEvent.action == action)
            .order_by(CustodyEvent.seq)
        )
        return [(actor, object_id) for actor, object_id in rows]


def test_a_testimony_added_by_form_is_sealed_and_listed_by_pseudonym(served: Served) -> None:
    investigator = served.sign_in("investigator")
    added = _add(
        investigator,
        "W-201",
        b"The commission asked each of us the same three questions.",
        name=CANARY_NAME,
        phone=CANARY_PHONE,
        interview_place="Sulaymaniyah",
        consent_court="on",
    )
    assert added.status_code == 200 and "W-201" in added.text
    assert CANARY_NAME not in added.text
    with served.case.session() as session:
        stored = session.scalars(select(Source).where(Source.title.like("Testimony W-201%"))).all()
    assert {s.filename for s in stored} == {"W-201-transcript.txt", "W-201-media-1.ogg"}
    meta = next(s for s in stored if s.kind == "testimony").metadata_json["testimony"]
    assert meta["consent"]["court_use"] is True and meta["interview_place"] == "Sulaymaniyah"
    listed = served.bearer("viewer").get("/api/v1/witnesses").json()["witnesses"]
    assert {"pseudonym": "W-201", "source_id": meta["transcript_source_id"]}.items() <= next(
        w for w in listed if w["pseudonym"] == "W-201"
    ).items()
    assert CANARY_NAME not in json.dumps(listed)


def test_bad_forms_say_what_is_wrong_and_store_nothing(served: Served) -> None:
    owner = served.sign_in("owner")
    with served.case.session() as session:
        before = len(session.scalars(select(Source.id)).all())
    csrf = form_token(owner.get("/witnesses/new").text)
    no_file = owner.post("/witnesses", data={"csrf_token": csrf, "pseudonym": "W-301"})
    assert no_file.status_code == 422 and "transcript" in no_file.text
    bad_name = _add(owner, "Maryam", b"A statement under a name.", name="Someone Real")
    assert bad_name.status_code == 422 and "W- followed by" in bad_name.text
    taken = _add(owner, WITNESS, b"Another statement entirely.", name="Someone Else")
    assert taken.status_code == 409 and "already taken" in taken.text
    assert "Someone" not in bad_name.text + taken.text
    with served.case.session() as session:
        assert len(session.scalars(select(Source.id)).all()) == before


def test_only_owner_and_investigator_unseal_and_every_attempt_is_in_the_ledger(
    served: Served,
) -> None:
    refused_before = len(_events(served, "identity-unseal-refused"))
    for who in ("analyst", "viewer", "external", "outsider"):
        response = _unseal(served.bearer(who), WITNESS, "checking the record")
        assert response.status_code == 403 and WITNESS_NAME not in response.text
    shown = _unseal(served.bearer("investigator"), WITNESS, "protective measures review")
    assert shown.status_code == 200
    assert shown.json() == {"pseudonym": WITNESS, "identity": {"name": WITNESS_NAME}}
    assert shown.headers["cache-control"] == "no-store"
    assert _unseal(served.bearer("owner"), WITNESS, "").status_code == 422  # a reason is needed
    refused = _events(served, "identity-unseal-refused")[refused_before:]
    assert [actor for actor, _ in refused] == [
        "user:analyst",
        "user:viewer",
        "user:external",
        "user:outsider",
    ]
    assert ("user:investigator", WITNESS) in _events(served, "identity-unsealed")


def test_the_unseal_page_is_a_form_post_with_the_session_token(served: Served) -> None:
    owner = served.sign_in("owner")
    page = owner.get("/witnesses")
    assert WITNESS in page.text and WITNESS_NAME not in page.text
    forged = owner.post(f"/witnesses/{WITNESS}/unseal", data={"reason": "no token"})
    assert forged.status_code == 403 and WITNESS_NAME not in forged.text
    data = {"reason": "court summons", "csrf_token": form_token(page.text)}
    shown = owner.post(f"/witnesses/{WITNESS}/unseal", data=data)
    assert shown.status_code == 200 and WITNESS_NAME in shown.text
    assert shown.headers["cache-control"] == "no-store"


def test_the_canary_identity_reaches_no_page_no_file_and_no_other_response(
    served: Served,
) -> None:
    owner = served.sign_in("owner")
    added = _add(owner, "W-202", b"We heard the names read out at night.", name=CANARY_NAME)
    assert added.status_code == 200
    api = served.bearer("owner")
    responses = [added.text]
    for path in ("/", "/sources", "/witnesses", "/search?q=names", "/search?q=W-202"):
        twin = "/api/v1" + (path if path != "/" else "/dashboard")
        responses += [owner.get(path).text, api.get(twin).text]
    for source in api.get("/api/v1/sources").json()["sources"]:
        responses.append(owner.get(f"/sources/{source['id']}").text)
    responses.append(_add(owner, "W-202", b"Repeated.", name=CANARY_NAME).text)  # an error page
    everything = "\n".join(responses).encode() + b"".join(
        p.read_bytes() for p in sorted(served.case.path.rglob("*")) if p.is_file()
    )
    assert b"W-202" in everything  # the scan reads what was written
    for canary in (CANARY_NAME, CANARY_NAME.split()[-1], CANARY_PHONE):
        assert canary.encode() not in everything, canary
