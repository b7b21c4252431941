"""Relative and anaphoric dates, English, as one table: each sentence and every date span in it.

The settled gold convention (docs/extraction.md, "Gold conventions") counts as a date with no
value every time placed back from now or from another event, and no duration, "then"/"now"
alone, time of day alone or recurrence. How the adverbs were decided by it, each below:
- "later", "afterwards", "thereafter", "subsequently", "beforehand" alone: no dates (settled on
  2026-12-07: they say only "after that", as "then" does); with a measure of the time ("soon
  afterwards", "some time later", "later in the day") they are; "later" with a determiner or a
  noun it modifies ("a later report", "earlier reports"), "sooner or later", "no later than"
  are not.
- "earlier" and "previously" alone: no dates — they tell that something had already happened
  ("had earlier denied", "previously unknown"), as Persian پیش‌تر does, which no gold set marks;
  "earlier this week", "earlier in the day" are dated by their own words.
- "then" alone is no date, nor with a preposition ("since then", "until then", "by then",
  "from then on", "ever since"), nor "after that", which says "then" as پس از آن does (the
  written convention lists پس از آن among the no-dates); "before that" standing for an event is
  a date.
- after/before/since/until/following + an event's noun phrase: the whole phrase ("after
  Aristide's return", "since the uprising"); "after all", "before the court" are no events.
- last/this/next + season, week, month or year: dates read against the document's date.
- after + N units ("after three days"): a date; "after a month of occupation" is a stretch of
  the event itself.

Every sentence was written for this table; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 1)

TABLE = [
    # Adverbs of sequence alone: no dates, as "then" alone.
    ("The general was later sentenced to life.", []),
    ("Later, the militia returned to the farms.", []),
    ("The governor denied it afterwards.", []),
    ("Afterward the bodies were taken to the morgue.", []),
    ("Soon afterwards the troops withdrew from the valley.", ["Soon afterwards"]),
    ("Shortly afterwards a second grave was found.", ["Shortly afterwards"]),
    ("The prisoners were moved to the coast thereafter.", []),
    ("Soon thereafter the camp was closed.", ["Soon thereafter"]),
    ("The charges were subsequently dropped.", []),
    ("The guards had been warned beforehand.", []),
    ("Much later the families learnt where the pit was.", ["Much later"]),
    ("The army released the names only later on.", ["only later on"]),
    ("A little later the shooting started again.", ["A little later"]),
    ("Later in the day the police sealed the square.", ["Later in the day"]),
    ("Earlier in the week the mayor had resigned.", ["Earlier in the week"]),
    ("The trial opened soon after.", ["soon after"]),
    ("The road has been closed ever since.", []),
    ("Since then, no officer has been charged.", []),
    ("Until then the village had no school.", []),
    ("By then most of the men had fled.", []),
    ("From then on the checkpoint was manned at night.", []),
    ("After that, the guards stopped counting.", []),
    ("Before that the district had been calm.", ["Before that"]),
    ("Much later, the 9 May verdict was annulled.", ["9 May"]),
    # Adverbs and adjectives that are no dates.
    ("An earlier report gave 40 dead.", []),
    ("Earlier reports gave 40 dead.", []),
    ("A later inquiry raised the toll.", []),
    ("Later reports raised the toll to 90.", []),
    ("In later years the camp became a museum.", ["later years"]),
    ("The court will rule at a later date.", []),
    ("Sooner or later the generals will be tried.", []),
    ("The list must be published no later than the report.", []),
    ("He had earlier denied every charge.", []),
    ("The figures previously recorded were lower.", []),
    ("The camp was previously unknown to the inspectors.", []),
    ("The ministry recently released a list of names.", []),
    ("Then the soldiers opened fire.", []),
    ("The families now want a trial.", []),
    ("At present 20 men remain in prison.", []),
    ("The then-governor signed the order.", []),
    ("Until then-president Aristide returned, the camp stayed open.", []),
    ("After that man was arrested, the village fell silent.", []),
    # An event's noun phrase after a preposition of time: the whole phrase.
    ("After the massacre the survivors fled north.", ["After the massacre"]),
    ("After Aristide's return the trial finally opened.", ["After Aristide's return"]),
    ("Before the war the town had a market.", ["Before the war"]),
    ("Before the mutiny the garrison had not been paid.", ["Before the mutiny"]),
    ("Since the uprising thousands have fled the city.", ["Since the uprising"]),
    ("He has lived abroad since his release.", ["since his release"]),
    ("It is thirty years since the massacre.", []),
    ("It was the first time since the war that a court sat here.", []),
    ("Until the ceasefire the shelling went on.", []),  # a stretch's end, no date
    ("Following the coup the unions were banned.", ["Following the coup"]),
    ("Hours after the arrest his lawyer was turned away.", ["Hours after the arrest"]),
    ("Two months after the massacre a mass grave was found.", ["Two months after the massacre"]),
    ("Shortly before the vote the editors were detained.", ["Shortly before the vote"]),
    ("In the aftermath of the shooting the mayor resigned.", ["In the aftermath of the shooting"]),
    ("After Ali Kamal's arrest his brother went into hiding.", ["After Ali Kamal's arrest"]),
    ("After the army's takeover the radio fell silent.", ["After the army's takeover"]),
    ("Before his execution he wrote to his mother.", ["Before his execution"]),
    ("Upon their release they were banished to the islands.", ["Upon their release"]),
    ("After the demonstrations the police raided homes.", ["After the demonstrations"]),
    ("Since the overthrow of the king, thousands have fled.", ["Since the overthrow"]),
    # Prepositions that place no time.
    ("After all, nobody was ever charged.", []),
    ("He appeared before the court in chains.", []),
    ("The witnesses testified before the commission.", []),
    ("The police went after the organisers.", []),
    ("He was named after his grandfather.", []),
    # After N units.
    ("After three days the prisoners were freed.", ["After three days"]),
    ("After years the families were told where the grave was.", ["After years"]),
    ("After a decade the case was reopened.", ["After a decade"]),
    ("After more than two years the bodies were returned.", ["After more than two years"]),
    ("The town fell after a month of siege.", []),
    # Shifts and time back from now.
    ("Ten days later the court annulled the verdict.", ["Ten days later"]),
    ("A week earlier the governor had visited the camp.", ["A week earlier"]),
    ("Forty years ago the valley was emptied.", ["Forty years ago"]),
    ("Days later the ministry revised the toll.", ["Days later"]),
    ("Moments later a second blast hit the market.", ["Moments later"]),
    ("Ten minutes later the shooting stopped.", ["Ten minutes later"]),
    ("Some time later the bodies were exhumed.", ["Some time later"]),
    ("With the vote ten days away, the editors were jailed.", ["ten days away"]),
    ("Three years from now the amnesty will lapse.", ["Three years from now"]),
    ("The camp is two hours away by road.", []),
    ("The border post is two hours away on foot.", []),
    ("Ten years hence the archive will open.", ["Ten years hence"]),
    ("Two days prior, the governor had visited the camp.", ["Two days prior"]),
    ("Two days prior to the vote the editors were jailed.", ["Two days prior to the vote"]),
    ("Prior to that, he had taught at the village school.", ["Prior to that"]),
    ("He ran for twenty minutes after the blast.", []),
    # A part of an event, named by its closed list of nouns.
    ("At the end of the war the camp was closed.", ["the end of the war"]),
    ("By the start of the siege most families had fled.", ["the start of the siege"]),
    (
        "At the height of the crackdown, 200 people a day were detained.",
        ["the height of the crackdown"],
    ),
    ("At the outbreak of the war he fled to the hills.", ["the outbreak of the war"]),
    ("At the end of the war in 1945 the camp was closed.", ["1945"]),
    ("At the end of the day nobody was charged.", []),
    ("At the end of the war of 1971 the camp was closed.", ["1971"]),
    # Against the document's date.
    ("Last autumn the families wrote to the prosecutor.", ["Last autumn"]),
    ("Next spring the trial will resume.", ["Next spring"]),
    ("This summer the camp was finally closed.", ["This summer"]),
    ("The police raided the office last week.", ["last week"]),
    ("Last year the commission published its report.", ["Last year"]),
    ("Yesterday the court heard the first witness.", ["Yesterday"]),
    ("The verdict is due today.", ["today"]),
    ("Earlier this week the minister spoke to parliament.", ["this week"]),
    ("Police raided the offices over the weekend.", ["over the weekend"]),
    ("Last weekend the mothers marched again.", ["Last weekend"]),
    ("The other day the police came back.", ["The other day"]),
    ("The court sat on Monday and the other day of the hearing was cancelled.", ["Monday"]),
    # Anaphoric times.
    ("That night nobody slept in the camp.", ["That night"]),
    ("That morning the trucks arrived at the school.", ["That morning"]),
    ("The gates were locked that day.", ["that day"]),
    ("At the time the police denied everything.", ["At the time"]),
    ("In those days nobody spoke of the pits.", ["those days"]),
    ("The anniversary of the massacre, 21 March, is a holiday.", ["21 March"]),
    (
        "Families gathered on the tenth anniversary of the killings.",
        ["the tenth anniversary of the killings"],
    ),
    ("The square marks the anniversary of the massacre.", []),
    # Durations, time of day alone, recurrences: no dates.
    ("He served three years in prison.", []),
    ("She spent six months in solitary confinement.", []),
    ("The siege lasted for three weeks.", []),
    ("At dawn the soldiers surrounded the village.", []),
    ("In the morning the guards counted the prisoners.", []),
    ("In the early hours, gunmen entered the camp.", []),
    ("In the early hours of the raid, gunmen entered the camp.", ["the early hours"]),
    ("The river rose during the night and the bridge fell.", ["the night"]),
    ("Every year the families gather at the grave.", []),
    ("The widows walk to the bridge every year on that day.", []),
    ("On that day the soldiers sealed the road.", ["that day"]),
    ("Each spring the mothers march to the square.", []),
]


@pytest.mark.parametrize(("text", "spans"), TABLE)
def test_relative_dates_are_found_whole(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == spans


def test_relative_dates_have_no_value() -> None:
    found = find_dates("The general was sentenced soon afterwards; before that, he was free.")
    assert [(d.text, d.earliest, d.latest) for d in found] == [
        ("soon afterwards", None, None),
        ("before that", None, None),
    ]
