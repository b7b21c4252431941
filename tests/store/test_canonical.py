"""The bytes that are hashed and signed, fixed: a change here breaks every existing signature."""

from sabt.store.canonical import canonical_json, checkpoint_message
from sabt.store.ledger import Checkpoint


def test_canonical_json_sorts_keys_drops_spaces_and_keeps_persian() -> None:
    assert canonical_json({"b": [1, "ب"], "a": None}) == '{"a":null,"b":[1,"ب"]}'


def test_the_checkpoint_signs_its_domain_case_size_root_and_time() -> None:
    root = bytes(range(32))
    expected = (
        b'sabt-checkpoint/v1\n{"case":3,"root":"' + root.hex().encode()
        + b'","size":5,"time":"2026-01-01T00:00:00+00:00"}'
    )  # fmt: skip
    assert checkpoint_message(3, 5, root.hex(), "2026-01-01T00:00:00+00:00") == expected
    assert Checkpoint(5, root, "2026-01-01T00:00:00+00:00", b"").message(3) == expected
