"""Counts with who asserts them: conflicting figures side by side, Persian digits and cues."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def test_conflicting_figures_keep_their_own_sources() -> None:
    text = (
        "Survivors and the NCRI say that about 30,000 political prisoners were executed in "
        "1988. Amnesty International, which interviewed relatives for years, estimates that "
        "at least 5,000 prisoners were executed, and according to Human Rights Watch the "
        "true figure may never be known."
    )
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.value, c.qualifier, c.attributed_to) for c in claims] == [
        (30000, "about", "NCRI"),
        (5000, "at_least", "Amnesty International"),
    ]
    assert claims[1].low == 5000 and claims[1].high is None
    assert all(c.property == "executed" for c in claims)


def test_one_sentence_two_sources() -> None:
    text = (
        "The NCRI says 30,000 prisoners were hanged, while Amnesty International puts the "
        "number of people executed at no fewer than 5,000."
    )
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.value, c.attributed_to) for c in claims] == [
        (30000, "NCRI"),
        (5000, "Amnesty International"),
    ]


def test_persian_claim_with_persian_digits() -> None:
    text = "به گزارش عفو بین‌الملل، دست‌کم ۵۰۰۰ زندانی سیاسی در زندان‌های ایران اعدام شدند."
    (claim,) = annotate(text, registry=REGISTRY).claims
    assert (claim.property, claim.value, claim.low) == ("executed", 5000, 5000)
    assert claim.qualifier == "at_least"
    assert claim.attributed_to == "Amnesty International"
    assert text[claim.start : claim.end] == "دست‌کم ۵۰۰۰"


def test_quoted_speech_is_attributed_to_the_speaker() -> None:
    text = (
        "“We counted 1,200 detainees who were never seen again after the raids,” the "
        "lawyer Sara Haddad said. Officials denied it."
    )
    (claim,) = annotate(text, registry=REGISTRY).claims
    assert claim.value == 1200
    assert claim.attributed_to == "Sara Haddad"


def test_years_and_percentages_are_not_counts() -> None:
    text = "In 2019 the NCRI said 90 percent of those executed were its members."
    assert annotate(text, registry=REGISTRY).claims == []


def test_spelled_out_and_vague_figures() -> None:
    text = (
        "Thirty thousand prisoners were executed, the NCRI said. Amnesty International said "
        "thousands of prisoners were executed in secret."
    )
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.value, c.low, c.high, c.qualifier, c.attributed_to) for c in claims] == [
        (30000, 30000, 30000, "", "NCRI"),
        (None, 2000, 9999, "vague", "Amnesty International"),
    ]


def test_a_figure_glued_to_letters_is_a_name_and_a_closing_verb_names_its_source() -> None:
    text = "At least 900 prisoners were executed at S-21, the tribunal found."
    claims = annotate(text, registry=Registry()).claims
    assert [(c.value, c.attributed_to) for c in claims] == [(900, "tribunal")]


def test_he_said_is_the_last_person_named_and_persian_plural_reports_attribute() -> None:
    text = (
        "Kaveh Rostami was arrested in 1983. He said that at least 40 prisoners were executed."
        "\nبنا بر گزارش‌های محلی، دست‌کم ۲۱ نفر کشته شدند.\n"
    )
    claims = annotate(text, registry=Registry()).claims
    assert [(c.value, c.attributed_to) for c in claims] == [(40, "Kaveh Rostami"), (21, "محلی")]


def test_listed_before_a_figure_and_persian_clauses_after_ama_keep_their_own_source() -> None:
    text = (
        "The army put the toll at 19, but local groups later listed at least 250 people killed.\n"
        "به گفته‌ی پلیس ۱۰ نفر کشته شدند، اما انجمن پزشکان فهرستی از ۴۰ کشته منتشر کرد.\n"
        "سه بازداشتی در بازداشتگاه جان باختند.\n"
    )
    got = [
        (c.property, c.value, c.attributed_to) for c in annotate(text, registry=Registry()).claims
    ]
    assert ("killed", 250, "local groups") in got
    # The rule cannot tell where a Persian body's name ends: "انجمن پزشکان فهرستی" is taken.
    assert any(
        value == 40 and (source or "").startswith("انجمن پزشکان") for _, value, source in got
    )
    assert not any(prop == "arrested" for prop, _, _ in got)


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    claims = annotate(text, registry=REGISTRY).claims
    return [(c.property, c.value, c.attributed_to) for c in claims]


def test_victims_take_the_act_of_the_sentence_before() -> None:
    text = (
        "Militia fighters massacred the villagers of Dorma in 1994. "
        "A parish committee compiled a register naming 312 victims."
    )
    assert _claims(text) == [("killed", 312, "parish committee")]


def test_taken_away_and_never_returned_are_disappearances() -> None:
    text = "Nora Bell, a synthetic witness, said that 9 men were taken away by soldiers."
    assert _claims(text) == [("disappeared", 9, "Nora Bell")]
    persian = "به گفته‌ی اهالی، ۲۳ جوان را بردند و هرگز بازنگشتند."
    assert [(c.property, c.value) for c in annotate(persian, registry=REGISTRY).claims] == [
        ("disappeared", 23)
    ]


def test_a_vague_figure_with_its_act_right_after_it() -> None:
    text = "Thousands were imprisoned without charge after the strike."
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.property, c.qualifier) for c in claims] == [("detained", "vague")]


def test_persian_sentenced_to_death_is_a_sentence_not_an_execution() -> None:
    text = "دادگاه ویژه ده‌ها نفر را به اعدام محکوم کرد."
    assert [c.property for c in annotate(text, registry=REGISTRY).claims] == ["sentenced"]


def test_figures_of_the_wounded_are_not_counts_of_the_dead() -> None:
    persian = "در این انفجار ۴۰ نفر کشته و حدود ۲۰۰ نفر زخمی شدند."
    assert [(c.property, c.value) for c in annotate(persian, registry=REGISTRY).claims] == [
        ("killed", 40)
    ]
    english = "Officials said 12 people were killed and 85 injured."
    assert [c.value for c in annotate(english, registry=REGISTRY).claims] == [12]


def test_villagers_in_persian_are_victims_and_khabar_dad_names_the_source() -> None:
    text = "فرماندار شهر خبر داد که دست‌کم ۳۱ روستایی در سیل آتش کشته شدند."
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.property, c.value) for c in claims] == [("killed", 31)]
    assert claims[0].attributed_to is not None


def test_unaccounted_for_is_a_disappearance_and_the_three_camps_no_count() -> None:
    text = (
        "The provincial ombudsman said that about 2,300 people remain unaccounted for. "
        "Guards detained the men in the four barracks near the river."
    )
    assert _claims(text) == [("disappeared", 2300, "provincial ombudsman")]


def test_sources_that_describe_acknowledge_or_publish_figures() -> None:
    text = (
        "The Interior Ministry acknowledged that 230 people had been detained. "
        "Figures published by the Kurdistan Human Rights Network show that 87 Kurds were "
        "arrested."
    )
    assert _claims(text) == [
        ("detained", 230, "Interior Ministry"),
        ("arrested", 87, "Kurdistan Human Rights Network"),
    ]


def test_persian_sources_by_claim_and_in_the_present_or_perfect() -> None:
    texts = {
        "به ادعای مقام‌های قضایی، ۴۰۰ نفر بازداشت شدند.": "مقام‌های قضایی",
        "خانواده‌ها می‌گویند بیش از ۳۰ نفر ناپدید شده‌اند.": "خانواده‌ها",
        "کانون وکلا گزارش داده است که ۱۲۰ معترض کشته شده‌اند.": "کانون وکلا",
    }
    for text, source in texts.items():
        claims = annotate(text, registry=REGISTRY).claims
        assert [c.attributed_to for c in claims] == [source], text


def test_an_estimated_is_a_hedge_and_the_whole_of_a_partitive_no_count() -> None:
    text = (
        "An estimated 6,000 villagers were killed. "
        "Of the 900 detainees, at least 120 were later executed, according to former guards."
    )
    assert _claims(text) == [("killed", 6000, None), ("executed", 120, "former guards")]


def test_deaths_and_burials_are_killings_and_the_quoted_speaker_asserts_them() -> None:
    text = (
        "“We buried 31 people that night,” said Father Tomas Rivera. "
        "Amnesty International has recorded the deaths of 17 children."
    )
    assert _claims(text) == [
        ("killed", 31, "Father Tomas Rivera"),
        ("killed", 17, "Amnesty International"),
    ]


def test_persian_addressee_before_the_verb_is_not_the_source() -> None:
    text = "یک نگهبان سابق به روزنامه‌نگاران گفت که ۵۵ نفر در یک شب اعدام شدند."
    assert [c.attributed_to for c in annotate(text, registry=REGISTRY).claims] == ["یک نگهبان سابق"]
    stats = "بنا بر آمار کانون وکلا، دست‌کم ۷۰ نفر جان باختند."
    assert [c.attributed_to for c in annotate(stats, registry=REGISTRY).claims] == ["کانون وکلا"]


def test_more_wordings_of_killing_arrest_jail_and_abduction() -> None:
    text = (
        "More than 1,800 people lost their lives in the camps. "
        "Police rounded up 500 men in the market. "
        "Nearly 90 journalists were jailed that spring. "
        "Gunmen kidnapped 14 aid workers on the road. "
        "Eleven prisoners were shot by firing squad."
    )
    assert [(p, v) for p, v, _ in _claims(text)] == [
        ("killed", 1800),
        ("arrested", 500),
        ("detained", 90),
        ("disappeared", 14),
        ("executed", 11),
    ]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("۳۰ زندانی در حیاط زندان تیرباران شدند.", "executed"),
        ("۱۲ نفر در ملأ عام به دار آویخته شدند.", "executed"),
        ("آمار جان‌باختگان سیل به ۲۳۰ نفر رسید.", "killed"),
        ("مردان مسلح ۱۸ کارگر را ربودند.", "disappeared"),
    ],
)
def test_persian_firing_squads_gallows_abductions_and_the_toll_of_the_dead(
    text: str, act: str
) -> None:
    assert [c.property for c in annotate(text, registry=REGISTRY).claims] == [act]


def test_a_toll_is_a_count_of_the_dead_but_a_toll_road_is_not() -> None:
    text = (
        "The Quarry Rights League put the death toll at 1,020. "
        "The shelling left a toll of 95 dead. "
        "The toll road carried 5,000 vehicles a day."
    )
    assert _claims(text) == [("killed", 1020, "Quarry Rights League"), ("killed", 95, None)]


def test_the_act_of_a_figures_own_predicate_wins_over_a_nearer_act_before_it() -> None:
    text = "Soldiers killed the elders, and hundreds more were imprisoned in the fort."
    assert [c.property for c in annotate(text, registry=REGISTRY).claims] == ["detained"]


def test_a_source_named_before_and_referred_back_to() -> None:
    text = (
        "The Coral Rights Group published a report in May. The group said 300 protesters "
        "were detained. It estimated that 45 prisoners were tortured.\n"
        "The Marsh Justice Commission sat for a year. The commission found that 410 people "
        "had been executed."
    )
    assert _claims(text) == [
        ("detained", 300, "Coral Rights Group"),
        ("tortured", 45, "Coral Rights Group"),
        ("executed", 410, "Marsh Justice Commission"),
    ]
    persian = (
        "سازمان عفو بین‌الملل گزارش تازه‌ای منتشر کرد. این سازمان اعلام کرد که ۲۰۰ نفر اعدام شدند."
    )
    claims = annotate(persian, registry=REGISTRY).claims
    assert [(c.value, c.attributed_to) for c in claims] == [(200, "Amnesty International")]


def test_it_with_nobody_named_before_stays_the_authors() -> None:
    assert _claims("It estimated that 300 protesters were detained.") == [("detained", 300, None)]


def test_a_possessive_source_of_figures_and_researchers() -> None:
    text = (
        "The interior ministry's figures gave 4,000 arrests in the first week. "
        "Amnesty International's researchers identified 73 people who were shot dead."
    )
    assert _claims(text) == [
        ("arrested", 4000, "interior ministry"),
        ("killed", 73, "Amnesty International"),
    ]


def test_a_verbs_source_stops_at_and_opening_a_new_clause_but_according_to_does_not() -> None:
    text = (
        "Historians estimate that 40,000 people were killed, and thousands more were "
        "imprisoned.\n"
        "According to Amnesty International, 300 people were killed, and 500 were arrested.\n"
        "Amnesty International said 30 people were killed, and the Red Lake Group said 12 "
        "were arrested.\n"
        "Amnesty International said that 60 people were killed and that 70 were arrested."
    )
    assert [(v, s) for _, v, s in _claims(text)] == [
        (40000, "Historians"),
        (None, None),
        (300, "Amnesty International"),
        (500, "Amnesty International"),
        (30, "Amnesty International"),
        (12, "Red Lake Group"),
        (60, "Amnesty International"),
        (70, "Amnesty International"),
    ]


def test_a_passive_report_verb_names_no_source() -> None:
    assert _claims("At least 61 people were reported killed in the clashes.") == [
        ("killed", 61, None)
    ]


def test_a_noun_phrase_with_its_own_passive_act_and_a_number_put_at_a_figure() -> None:
    text = (
        "The governor said 12 police officers were killed. "
        "The Tallow Rights Centre said at least 14 prisoners died in custody, and the Fenwick "
        "Monitor put the number at 20."
    )
    assert _claims(text) == [
        ("killed", 12, "governor"),
        ("killed", 14, "Tallow Rights Centre"),
        ("killed", 20, "Fenwick Monitor"),
    ]


def test_taken_away_by_an_active_verb_and_none_came_back_are_disappearances() -> None:
    text = "Soldiers took away 30 men. Of the boys, 8 never came back."
    assert [(p, v) for p, v, _ in _claims(text)] == [("disappeared", 30), ("disappeared", 8)]


def test_persian_plural_verbs_name_their_source() -> None:
    text = "مقامات قضایی تأیید کردند که ۷ نفر اعدام شده‌اند."
    assert [c.attributed_to for c in annotate(text, registry=REGISTRY).claims] == ["مقامات قضایی"]


def test_a_quotation_opening_its_paragraph_is_the_witness_of_the_paragraph_before() -> None:
    text = (
        "Leila Saberi, a synthetic witness, spoke to us in March.\n"
        "“Soldiers took away 30 men from our street that night. None came back.”"
    )
    assert _claims(text) == [("disappeared", 30, "Leila Saberi")]


def test_ages_and_numbered_names_are_no_counts() -> None:
    text = (
        "Her son, 17, was arrested at the checkpoint. "
        "Kian Farahani, aged 34, was executed in the provincial prison. "
        "Flight 302 was shot down and 41 passengers were killed. "
        "Another 9 were arrested."
    )
    assert [(p, v) for p, v, _ in _claims(text)] == [("killed", 41), ("arrested", 9)]
    persian = "کیان فرهانی، ۳۴ ساله، در زندان اعدام شد."
    assert annotate(persian, registry=REGISTRY).claims == []


def test_a_toll_that_rose_cases_of_an_act_and_coordinated_figures() -> None:
    text = (
        "The toll from the flooding of the camp has risen to 230, medics said on Sunday. "
        "Rights monitors have recorded 112 cases of enforced disappearance. "
        "The ministry announced that 3 soldiers and 41 militants were killed. "
        "Hundreds of people were detained, witnesses told reporters."
    )
    assert _claims(text) == [
        ("killed", 230, "medics"),
        ("disappeared", 112, "Rights monitors"),
        ("killed", 3, "ministry"),
        ("killed", 41, "ministry"),
        ("detained", None, "witnesses"),
    ]


def test_persian_lost_their_lives() -> None:
    text = "به گزارش دیده‌بان کوه، ۱۳ زندانی جان خود را از دست دادند."
    assert [(c.property, c.value) for c in annotate(text, registry=REGISTRY).claims] == [
        ("killed", 13)
    ]


def test_subjected_to_an_act_and_a_quotation_introduced_by_it_with_a_long_lead_in() -> None:
    text = (
        "Soldiers beat the elders and subjected at least 60 villagers to enforced "
        "disappearance.\n"
        "The Coral Rights Group issued its yearly review.\n"
        "It stresses that the provincial authorities keep on hiding “the fate of some 700 "
        "students abducted in 2019”."
    )
    assert _claims(text) == [
        ("disappeared", 60, None),
        ("disappeared", 700, "Coral Rights Group"),
    ]


def test_persian_shows_and_pluperfect_report_verbs_and_a_demonstrative_source() -> None:
    texts = {
        "گزارش کانون وکلای دشت نشان می‌دهد که ۳۰۴ نفر کشته شده‌اند.": "کانون وکلای دشت",
        "سازمان عفو بین‌الملل گزارش تازه‌ای منتشر کرد. "
        "این نهاد پیش‌تر از اعدام ۸۰ زندانی خبر داده بود.": "Amnesty International",
    }
    for text, source in texts.items():
        assert [c.attributed_to for c in annotate(text, registry=REGISTRY).claims] == [source]


def test_a_long_held_claim_and_a_toll_put_in_vague_hundreds_in_its_own_clause() -> None:
    text = (
        "The Interior Ministry has long maintained that two thousand people were killed in "
        "the war, while several local historians put the toll in the hundreds of thousands."
    )
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.property, c.value, c.low, c.attributed_to) for c in claims] == [
        ("killed", 2000, 2000, "Interior Ministry"),
        ("killed", None, 200000, "several local historians"),
    ]


def test_a_number_put_on_the_act_of_the_sentence_before() -> None:
    text = (
        "Militants killed the conscripts by the river. "
        "Local officials and relatives put the number at about 900."
    )
    assert _claims(text) == [("killed", 900, "Local officials and relatives")]


def test_bodies_found_and_buried_are_killings_and_finding_them_asserts_nothing() -> None:
    text = (
        "Observers found the bodies of dozens of ethnic Serb men in a ravine. "
        "A nurse, Leila Tavana, said she had helped to bury 14 men from her village."
    )
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.property, c.low, c.attributed_to) for c in claims] == [
        ("killed", 24, None),
        ("killed", 14, "Leila Tavana"),
    ]


def test_a_fate_still_unknown_is_a_disappearance() -> None:
    text = "Five years on, the fate of thousands of Mandaeans is still unknown."
    (claim,) = annotate(text, registry=REGISTRY).claims
    assert (claim.property, claim.low, claim.high) == ("disappeared", 2000, 9999)


def test_a_source_in_a_later_clause_speaks_only_of_that_clause() -> None:
    text = (
        "The Appeals Court of Ruritania sentenced 30 men to death in 2011; defence lawyers "
        "said the hearing lasted an hour."
    )
    # the court that sentences is the party of its sentence; the lawyers are not
    assert _claims(text) == [("sentenced", 30, "Appeals Court of Ruritania")]


def test_persian_bodies_sub_counts_and_a_demonstrative_before_a_figure() -> None:
    texts = {
        "لیلا توانا، پرستار درمانگاه، گفت که پیکر ۸ نفر را به درمانگاه آوردند.": [
            ("killed", 8, "لیلا توانا")
        ],
        "سخنگوی دفتر اعلام کرد که بیش از ۳۰ نفر، از جمله سه نوجوان، کشته شده‌اند.": [
            ("killed", 30, "سخنگوی دفتر"),
            ("killed", 3, "سخنگوی دفتر"),
        ],
        "به گزارش گروه‌های حقوقی، صدها نفر در این سه شهر بازداشت شدند.": [
            ("arrested", None, "گروه‌های حقوقی")
        ],
    }
    for text, expected in texts.items():
        assert _claims(text) == expected


def test_persian_source_cited_for_an_estimate() -> None:
    text = (
        "هیئت بررسی در سال ۱۳۹۰ به استناد برآورد سازمان پزشکی قانونی شمار کشته‌ها را "
        "بین ۳۰۰ تا ۴۰۰ نفر دانست."
    )
    (claim,) = annotate(text, registry=REGISTRY).claims
    assert (claim.property, claim.low, claim.high) == ("killed", 300, 400)
    assert claim.attributed_to is not None and "پزشکی قانونی" in claim.attributed_to


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Relatives estimate that 90 people have vanished since March.", "disappeared"),
        ("Gunmen slaughtered 45 villagers in the night.", "killed"),
        ("More than 300 people perished in the fire.", "killed"),
        ("The militia put 19 prisoners to death.", "executed"),
        ("Later, 25 protesters were taken into custody.", "arrested"),
        ("By winter 70 students were behind bars.", "detained"),
        ("شبه‌نظامیان در کشتار ۳۰۰ نفر از روستاییان دست داشتند.", "killed"),
        ("دست‌کم ۴۰ نفر به شهادت رسیدند.", "killed"),
    ],
)
def test_more_wordings_of_the_acts(text: str, act: str) -> None:
    assert [c.property for c in annotate(text, registry=REGISTRY).claims] == [act]


def test_a_figure_naming_a_massacre_is_no_count() -> None:
    text = "درباره‌ی شمار قربانیان کشتار ۶۰ در آن شهر اختلاف هست."
    assert annotate(text, registry=REGISTRY).claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A speaker named after a closing verb; an apposition before "said" is not that form.
        (
            "At least 40 people were killed, said Ana Ruiz, a local teacher.",
            ("killed", 40, "Ana Ruiz"),
        ),
        (
            "Tomas Vell, a relative, said three men of his family were among the dead.",
            ("killed", 3, "Tomas Vell"),
        ),
        # Whoever an apposition names is not the subject that reports.
        (
            "The Harbor Truth Commission, chaired by the novelist Ana Ruiz, documented 812 "
            "cases of people who disappeared.",
            ("disappeared", 812, "Harbor Truth Commission"),
        ),
        (
            "Tomas Vell, whose brother Karl Vell was arrested in 2019, told us that 23 men "
            "from his village were taken away.",
            ("disappeared", 23, "Tomas Vell"),
        ),
    ],
)
def test_who_speaks_around_commas(text: str, expected: tuple[str, float, str]) -> None:
    assert _claims(text) == [expected]


def test_findings_and_authors_refer_back_and_an_adverb_inside_the_predicate() -> None:
    text = (
        "The Coral Rights Group published a study in May. According to its authors, 75 "
        "people were killed in the raid. Of the 300 people arrested, 40 were later executed."
    )
    assert _claims(text) == [("killed", 75, "Coral Rights Group"), ("executed", 40, None)]


def test_persian_statistics_cue_a_quotation_after_its_speaker_and_defendants() -> None:
    texts = {
        "بر پایه‌ی آمار سازمان حقوق بشر دشت، ۳۰ نفر ناپدید شدند.": [
            ("disappeared", 30, "سازمان حقوق بشر دشت")
        ],
        "لیلا توانا می‌گوید: «۱۲ نفر از همسایه‌های ما را بردند و هیچ‌کدام برنگشتند.»": [
            ("disappeared", 12, "لیلا توانا")
        ],
        "دادگاه ۱۴ متهم را به اعدام محکوم کرد.": [("sentenced", 14, "دادگاه")],
    }
    for text, expected in texts.items():
        assert _claims(text) == expected


def test_persian_relative_clause_before_the_verb_and_a_pronoun_after_be_gofte() -> None:
    texts = {
        # the subject stands before که; the clause closed by a comma only qualifies it
        "کمیته‌ی حقیقت‌یاب دشت در گزارشی که در مهر منتشر شد، اعلام کرد که ۴۰ نفر کشته شدند.": [
            ("killed", 40, "کمیته‌ی حقیقت‌یاب دشت")
        ],
        # که inside a word (ملکه) opens no clause
        "ملکه نوری که در شیراز زندگی می‌کند، گفت که ۹ تن از همسایه‌هایش بازداشت شدند.": [
            ("arrested", 9, "ملکه نوری")
        ],
    }
    for text, expected in texts.items():
        assert _claims(text) == expected
    text = "Mina Darvish said her cousin was taken. به گفته‌ی او، دست‌کم ۶ نفر شکنجه شدند."
    assert _claims(text) == [("tortured", 6, "Mina Darvish")]


def test_marks_of_torture_holding_of_us_and_a_part_with_its_apposition() -> None:
    text = (
        "Doctors said at least 14 bore marks of torture. In all, 20 guards were sentenced to "
        "life in prison, and 12 others, most of them junior prison clerks, were sentenced to "
        "six years."
    )
    assert _claims(text) == [
        ("tortured", 14, "Doctors"),
        ("sentenced", 20, None),
        ("sentenced", 12, None),
    ]
    assert _claims("“The soldiers kept nine of us in a tiny cell,” Ivo Marek said.") == [
        ("detained", 9, "Ivo Marek")
    ]


def test_charges_survivors_numbered_units_and_condemnation_are_no_counts() -> None:
    texts = {
        "The tribunal found him guilty of 31 counts of murder.": [],
        "Police arrested 20 men at dawn; only two of them came back alive.": [
            ("arrested", 20, None)
        ],
        "حکم را شعبه‌ی ۲۸ دادگاه انقلاب صادر کرد و ۴ نفر اعدام شدند.": [("executed", 4, None)],
        "گروه دشت این اعدام‌ها را محکوم کرد و گفت دادرسی هر چهار زندانی ناعادلانه بود.": [],
    }
    for text, expected in texts.items():
        assert _claims(text) == expected


def test_a_figure_listed_after_a_counted_one_counts_the_same_act() -> None:
    text = "Rescuers recovered 90 bodies, among them 70 civilians and 20 guards."
    assert _claims(text) == [("killed", 90, None), ("killed", 70, None), ("killed", 20, None)]


def test_a_noun_after_a_and_a_characterisation_name_no_source() -> None:
    texts = [
        "In May the High Court in Dorma sentenced 12 men to prison after a show trial.",
        "In May the High Court in Dorma sentenced 12 men after a trial that lawyers described "
        "as a sham.",
    ]
    for text in texts:  # the sentencing court, not the trial nor the lawyers
        assert _claims(text) == [("sentenced", 12, "High Court")]
    assert _claims("Witnesses described as many as 40 people being killed.") == [
        ("killed", 40, "Witnesses")
    ]


def test_rape_expulsion_and_displacement_are_no_counted_acts() -> None:
    texts = {
        "Militiamen killed villagers and raped hundreds of women, the monitors say.": [],
        "The army deported 3,000 families and shot dead 40 men.": [("killed", 40, None)],
        "در همان سال فرمان اخراج ده‌ها هزار کارگر را صادر کرد.": [],
    }
    for text, expected in texts.items():
        assert _claims(text) == expected


def test_shooting_captives_is_an_execution_and_other_shooting_no_count() -> None:
    assert _claims("Guards shot more than 300 prisoners behind the barracks.") == [
        ("executed", 300, None)
    ]
    text = (
        "The order was to shoot the officers held in the two forts. A later memo said "
        "4,120 people had been shot."
    )
    assert [c[:2] for c in _claims(text)] == [("executed", 4120)]
    assert _claims("Police shot 15 people during the march.") == []


def test_awaiting_execution_is_a_sentence() -> None:
    assert [c[:2] for c in _claims("At least 60 inmates are awaiting execution in Dorma.")] == [
        ("sentenced", 60)
    ]
    text = "ده‌ها زندانی دیگر هم‌اکنون در زندان شهر در انتظار اجرای حکم اعدام هستند."
    assert [c[:2] for c in _claims(text)] == [("sentenced", None)]


def test_no_news_of_them_is_a_disappearance() -> None:
    text = "او گفت که از ۵ نفر از همسایگانش هیچ خبری در دست نیست."
    assert [c[:2] for c in _claims(text)] == [("disappeared", 5)]


def test_a_persian_whole_before_its_part_is_no_count() -> None:
    text = "به گفته‌ی وکیل، از ۱۲ زندانی آن بند ۳ نفر اعدام شده‌اند."
    assert [c[:2] for c in _claims(text)] == [("executed", 3)]


def test_an_official_figure_is_asserted_by_its_party() -> None:
    text = "The official Dormanian figure of 4,000 dead has never been tested in court."
    assert _claims(text) == [("killed", 4000, "official Dormanian figure")]


def test_a_persian_subject_ends_before_a_phrase_of_time_or_source() -> None:
    text = "انجمن صنفی معلمان در ۳ آبان به نقل از خانواده‌ها اعلام کرد که ۴۰ نفر بازداشت شدند."
    assert _claims(text) == [("arrested", 40, "انجمن صنفی معلمان")]


def test_this_organisation_is_the_body_that_opened_the_sentence_before() -> None:
    text = (
        "Amnesty International called the raid a crime by the Dormanian Army. "
        "According to the group, at least 25 people were killed."
    )
    assert _claims(text) == [("killed", 25, "Amnesty International")]


def test_a_participle_report_verb_takes_the_sentence_subject() -> None:
    text = (
        "Dorma's Office of the Public Prosecutor closed the case in 2011 after confirming "
        "the deaths of 212 people."
    )
    (claim,) = _claims(text)
    assert claim[:2] == ("killed", 212)
    assert claim[2] is not None and "Office of the Public Prosecutor" in claim[2]
    text = "The inquiry was closed after confirming the deaths of 212 people."
    assert _claims(text) == [("killed", 212, None)]


def test_being_held_in_camps_is_detention() -> None:
    text = "گزارش‌ها نشان می‌دهد تا دو میلیون کارگر در اردوگاه‌های شمال نگه داشته می‌شوند."
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.property, c.high, c.qualifier) for c in claims] == [("detained", 2000000, "up_to")]
    assert _claims("Some 900 miners were held in military camps for a year.") == [
        ("detained", 900, None)
    ]
    assert _claims("Some 900 miners were held up at the border for a day.") == []


def test_a_persian_object_before_a_place_is_no_count() -> None:
    assert _claims("او گفت که سه پسرش را در میدان شهر تیرباران کردند.") == []
