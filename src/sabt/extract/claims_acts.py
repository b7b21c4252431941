"""The acts a count of victims is told with (executed, killed, arrested …) and the victim
words that follow a figure, shared by the English and the Persian claim rules."""

import re

UNCOUNTED = "uncounted"
SHOT = "shot"
# Where people flee or are driven from: "their homes", "the valley".
_HOME = (
    r"(?:their|his|her|its|the)\s+(?:homes?|houses?|villages?|lands?|towns?|city|cities|country|"
    r"region|district|valley|area)\b"
)
# Places of confinement, as the head of a noun phrase: "the Omarska compound", "its cells".
CONFINEMENT = (
    r"(?:camps?|prisons?|jails?|cells?|compounds?|facility|facilities|sites?|barracks|"
    r"centres?|centers?|dungeons?|wards?|blocks?|detention|custody|stockades?|gaols?|"
    r"lock-?ups?|hangars?|warehouses?|basements?|cellars?|pens?)\b"
)
# At risk of an act that has not happened: "at imminent risk of", "in grave danger of being".
_AT_RISK = (
    r"(?:at\s+(?:imminent\s+|grave\s+|serious\s+|high\s+)?risk|in\s+(?:grave\s+|imminent\s+)?"
    r"danger)\s+of(?:\s+being)?"
)
# "در خطر"، "در معرض (خطر)"، "با خطر … روبه‌رو": the Persian at risk of.
_FA_AT_RISK = r"(?:در\s+(?:معرض\s+(?:خطر\s+)?|خطر\s+)|با\s+خطر\s+)"
# Armed forces' words for killing people: "neutralised", "eliminated", "liquidated".
EUPHEMISM = r"neutrali[sz](?:ed|ing)\b|eliminat(?:ed|ing)\b|liquidat(?:ed|ing)\b"
# The crime a conviction names ("of murder", "of the killings"), not followed by whom it befell
# ("of the murder of 31 villagers" leaves the murder to count them), nor a gerund's object
# ("of killing 14 protesters").
_OF_CRIME = (
    r"\s+of\s+(?:[^\W\d][\w\-]*\s+){0,3}?(?:murders?|killings|homicides?|manslaughter|massacres?|"
    r"the\s+killing)\b(?!\s+of\b)"
)
# A conviction is a sentence (the convention settled on 2026-12-07): "convicted 74 officers",
# "12 were found guilty", "found 12 men guilty" (not "never found them guilty", "found not
# guilty", nor a finding or a feeling with a verb of its own: "found 12 soldiers were guilty",
# "found 30 people feeling guilty"). The crime it names is read with it, so that "convicted of
# murder" counts no dead; "the murder of 31 villagers" still counts them.
_NOT_CONVICTED = r"not|never|were|\w+ing"
_CONVICTION = (
    rf"convict(?:ed|ing)\b(?:{_OF_CRIME})?|"
    rf"(?<!never\s)(?<!not\s)(?<!n't\s)found(?:(?=\s+(?:(?!(?:{_NOT_CONVICTED})\b)[\w,\-]+\s+){{1,4}}?"
    rf"guilty\b)|\s+guilty\b(?:{_OF_CRIME})?)"
)
ACTS: tuple[tuple[str, str], ...] = (
    (
        "executed",
        r"execut\w*|hanged|hanging|hangings|gallows|(?:shot\s+by\s+(?:a\s+)?)?firing squads?|"
        # "death sentences were carried out against 41 prisoners": a sentence carried out
        r"(?:death\s+)?sentences?\s+(?:(?:were|was|have|has|had|been|being|later|then)\s+)"
        r"{1,3}carried\s+out|"
        r"put\s+(?:[\w,]+\s+){0,3}?to\s+death|"
        # "shot 200 prisoners": shooting captives is an execution (see SHOT below)
        r"shot\s+(?:[\w,\-]+\s+){0,4}?(?:prisoners|detainees|inmates|captives)\b|"
        r"اعدام|تیرباران\w*|(?:به\s+)?دار\s+(?:آویخت|زد)\w*|حلق[\s\u200c]?آویز\w*|"
        # stoned, put to death in retribution: "سه زن سنگسار شدند"، "دو نفر قصاص شدند"
        r"سنگسار\w*|قصاص\s+(?:شد|شدند|شده|گردید|گردیدند|کرد|کردند)(?![\w\u200c])|"
        # "۴ زندانی بالای چوبه‌ی دار رفتند"، "روانه‌ی چوبه‌ی دار شدند": sent to the gallows
        r"(?:بالای|بر|روانه(?:\u200cی|ی)?|به)\s+چوبه(?:\u200cی|ی)?\s+(?:ی\s+)?دار\s+"
        r"(?:رفت|رفتند|رفته|شد|شدند|شده|سپرده|سپردند|فرستاده|فرستادند)\w*",
    ),
    (
        "killed",
        r"kill\w*|murder\w*|death toll|deaths|the death of|dead|died|slain|massacred|"
        # armed forces' words for killing: "hundreds of militants had been 'neutralised'" (of
        # people only: see claims_euphemisms)
        rf"{EUPHEMISM}|"
        r"massacre of|bodies|corpses|bur(?:y|ied|ying)\b|lost their lives|slaughter(?!house)\w*|"
        # "recovered the remains of 162 people", "exhumed 40 from the well": the dead found
        # (identifying remains is no count of the dead: "the remains of 7,000 have been identified")
        r"(?:(?:recover|unearth|discover|retriev|excavat)(?:ed|ing)|found|finding)\s+(?:the\s+)?"
        r"(?:human\s+|skeletal\s+)?"
        r"remains\s+of\b|exhum(?:ed|ing|ation\s+of)\b|"
        # the result of a killing: found dead, found in a grave
        r"found\s+(?:\w+ly\s+)?(?:dead|murdered|slain|lifeless)\b|"
        # "crushed by military vehicles", "run over by a tank": killed under a vehicle
        r"(?:crushed|run\s+over|ran\s+over|mown\s+down|mowed\s+down)\s+(?:by|under)\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:vehicles?|tanks?|trucks?|lorr(?:y|ies)|cars?|bulldozers?|"
        r"carriers?|jeeps?|armou?r)\b|"
        r"found\s+(?:buried\s+)?(?:in|inside)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
        r"(?:mass\s+|shallow\s+|common\s+|unmarked\s+)?graves?\b|"
        # "2,400 victims of the shelling": the victims of a deadly attack are its dead
        r"victims\s+of\s+(?:the\s+|an?\s+|this\s+|that\s+)?(?:[\w\-]+\s+)?(?:shelling|bombings?|"
        r"bombardments?|air\s*strikes?|airstrikes?|massacres?|shootings?|attacks?)\b|"
        # "the number of victims rose to 45", "شمار قربانیان به ۴۵ تن رسید": a toll of victims
        r"(?:number|toll|count|tally)\s+of\s+(?:the\s+)?victims|"
        r"(?:شمار|تعداد|آمار)(?:\u200cی|ی)?\s+قربانیان|"
        # "اجساد ۳۱ نفر": the broken plural of جسد
        r"اجساد|"
        # "بقایای ۱۶۲ نفر را از چاه بیرون آوردند": remains taken out of the ground or found (not
        # "identified", شناسایی)
        r"بقایای(?=[^.؛!?]{0,80}?(?:بیرون\s+(?:آورد|آورده|کشید|کشیده)|کشف\s+(?:شد|کرد)|"
        r"پیدا\s+(?:شد|کرد)|یافت|نبش))|"
        # "مرگ ۳۰ زندانی": death (not the slogan مرگ بر, "death to")
        r"مرگ(?![\w\u200c])(?!\s+بر\s)|"
        r"gunned down|perished|lynched|beheaded|burn(?:ed|t) (?:alive|to death)|fatalities|"
        # "hacked to death", "beaten to death" (not "sentenced" or "put to death")
        r"\b(?:hacked|stabbed|beaten|starved|clubbed|stoned|bludgeoned|kicked|tortured|whipped|"
        r"flogged|crushed|trampled|frozen|burned|burnt|shot)\s+to\s+death|"
        # a witness's "went down and never got up", "did not wake up": fell dead
        r"(?:never|not|n't)\s+(?:got|get|stood|stand|woke|wake)\s+up\b|"
        # "the war cost about 69,000 lives", "claimed 300 lives"
        r"(?:cost|claimed|took)\s+(?:[\w,.]+\s+){1,3}?lives\b|"
        r"\btolls?\b(?=\s+(?:there\s+|here\s+)?(?:of|at|from|in|rose|rises|stood|stands|reached|"
        r"climbed|has|had|was|is)\b)|"
        # "هزاران نفر را کشت" (killed); کشت alone is also a harvest, so only after an object
        r"سوختند|سوخته[\s\u200c]?(?:اند|بودند)|گور(?:[\s\u200c]?های)?\s+(?:دسته[\s\u200c]?)?جمعی|"
        r"کشته|کشتند|کشتار|(?<=را\s)کشت(?![\w\u200c])|"
        # beheaded, buried or burned alive, suffocated, drowned, put to the sword: "۹ روستایی سر
        # بریده شدند"، "زنده به گور شدند"، "خفه شدند"، "قتل‌عام شدند"
        r"سر\s+(?:[\w\u200c]+\s+)?(?:بریده\s+(?:شد|شدند|شده|گردید)|(?:را\s+)?بریدند)\w*|"
        # "این انفجار جان دست‌کم ۱۷ نفر را گرفت" (as "claimed 17 lives")
        r"جان\s+(?:[^\s.؛،]+\s+){1,5}?را\s+(?:گرفت|ستاند)\w*|"
        # "۳۰ نفر قربانی این حمله شدند": victims of a deadly attack (as "victims of the shelling")
        r"قربانی\s+(?:این\s+|آن\s+)?(?:حمله|حملات|انفجار|بمباران|کشتار|تیراندازی|شلیک|بمب\u200c?گذاری)"
        r"[\w\u200c]*(?:\s+[\w\u200c]+){0,2}?\s+(?:شد|شدند|شده|گردیدند)(?![\w\u200c])|"
        r"گردن\s+زده\s+(?:شد|شدند|شده)\w*|زنده\s+(?:به\s+گور|(?:زنده\s+)?سوزانده)\s+"
        r"(?:شد|شدند|شده|کرد|کردند)\w*|(?:خفه|غرق|هلاک)\s+(?:شد|شدند|شده|گردید)\w*|"
        r"سلاخی\w*|قتل|جسد|جنازه|پیکر|به\s+شهادت\s+رس\w*|"
        # assassinated: ترور شدند، ترور شده‌اند، ترور کردند (not ترور alone, also "terror")
        r"ترور\s+(?:شد|شدند|شده|گردید|گردیدند|کرد|کردند|کرده)(?![\w])|"
        r"جان[\s\u200c]?(?:باخت|سپرد|دادند)\w*|درگذشت(?:ند|ه[\s\u200c]?اند)?(?![\w\u200c])|"
        # died: مردند، مرده‌اند (مرد alone is "man")
        r"(?:می[\s\u200c]?)?مردند|مرده[\s\u200c]?(?:اند|بودند|است)|جان\s+(?:خود\s+)?را\s+از\s+دست\s+داد\w*",
    ),
    # بازداشتی (a detainee) and بازداشتگاه (a detention centre) are nouns, not the act.
    (
        "arrested",
        r"arrest\w*|rounded up|round-?ups?|taken into custody|بازداشت(?!گاه|ی)\w*|دستگیر\w*",
    ),
    (
        "detained",
        r"detain(?:ed|ing|s)?\b|detention|imprison\w*|jailed|incarcerated|behind bars|"
        # "they kept eight of us in one cell": holding a number of us/them is detention
        r"(?:kept|held|locked\s+up)(?=\s+[\w\-]+\s+of\s+(?:us|them)\b)|"
        rf"held\s+(?:in|at)\s+(?:the\s+)?(?:\w+\s+)?{CONFINEMENT}|"
        r"held\s+(?:incommunicado|without\s+(?:charge|trial))|"
        # "the number of detainees in the prison was estimated at …": a count of the held
        r"(?:number|count|total|tally)\s+of\s+(?:the\s+)?(?:political\s+)?(?:detainees|prisoners|"
        r"inmates)\b|(?:شمار|تعداد|آمار)(?:\u200cی|ی)?\s+(?:زندانیان|بازداشتی[\w\u200c]*)|"
        # "the camp held 400 prisoners", "forces held hundreds of soldiers": captives as the
        # object of held; "taken prisoner", "taken captive"
        r"(?:held|holding|holds)(?![^.;:]{0,40}?\b(?:responsible|accountable|liable)\b)"
        r"(?=\s+(?!(?:by|with|for|in|on|at|during|from|to|since|after|"
        r"before|among|between|talks|meetings)\b)(?:[\w,\-]+\s+){1,3}?(?:prisoners|detainees|"
        r"captives|hostages|inmates|soldiers|fighters|servicemen|combatants|men|women|people)\b)|"
        r"taken\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)\b|"
        # the passive state of being held: "3,000 people were held there", "were secretly
        # held until 1999" (not held responsible, to account, in contempt)
        r"\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+|later\s+|then\s+|still\s+|also\s+)?"
        r"held\b(?!\s+(?:\w+\s+)?(?:responsible|accountable|liable|to\s+account|in\s+contempt|"
        r"talks|elections?|hearings?|meetings?|up\b))|interned|internment|"
        # "thousands passed through the camp": a place of confinement passed through
        rf"passed\s+through\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?(?:[\w\-]+\s+)?{CONFINEMENT}|"
        # "2 of them are still in jail", "remain in custody": the state of being held
        r"(?:are|is|were|was|remains?|remained|still)\s+(?:still\s+)?(?:in|behind)\s+"
        r"(?:jail|prison|custody|detention)\b|"
        # "took twelve young men … and held them at the station"
        r"held\s+(?:them|us)\s+(?:at|in|for)\b(?!\s+gunpoint)|"
        # "دوازده نفر را چهار سال در صحرا نگه داشتند": they held twelve
        r"نگه\s+(?:می[\u200c\s]?)?داشت(?:ند|ه[\u200c\s]?(?:اند|بودند|بود|است))|"
        # "در اردوگاه‌ها نگه داشته می‌شوند": are held in camps
        r"نگه\s+داشته\s+(?:می[\u200c\s]?)?(?:شو|شد)\w*|"
        # "۷۰۰ نفر در زندان‌ها به سر می‌برند": living out their days in prison
        r"(?:زندان|حبس|بازداشتگاه|سلول|اردوگاه|اسارت)[\w\u200c]*\s+(?:[\w\u200c]+\s+){0,2}?"
        r"(?:به\s+سر|بسر)\s+(?:می[\s\u200c]?)?(?:برند|بردند|برد|برده)[\w\u200c]*|"
        # "۴۰ فعال ماه‌ها در حبس بودند", "در اسارت ماندند": in prison or captivity for a time
        r"(?<![\w\u200c])در\s+(?:حبس|اسارت)\s+(?:[\w\u200c]+\s+){0,2}?"
        r"(?:بود|ماند|مانده|می[\s\u200c]?مان)[\w\u200c]*|"
        # "۶ کارگر در بازداشت به سر می‌برند"، "همچنان در بازداشت‌اند": in detention now (before
        # بازداشت alone, arrested, is tried at the same word)
        r"(?<![\w\u200c])در\s+(?:بازداشت|حبس|زندان)(?:[\s\u200c]*(?:اند|هستند)|\s+(?:به\s+سر|بسر)\s+"
        r"(?:می[\s\u200c]?)?(?:برند|بردند|برد|برده)[\w\u200c]*)(?![\w\u200c])|"
        # taken captive or hostage: "۳۰ سرباز اسیر شدند"، "به اسارت گرفته شدند"، "به گروگان
        # گرفته شدند"
        r"اسیر\s+(?:شد|شدند|شده|گرفت|گرفتند|کرد|کردند)\w*|"
        r"(?:به\s+)?(?:اسارت|گروگان)\s+(?:گرفته|گرفت|درآمد|درآمده|برده)\w*|"
        # "۳۰ نفر در این زندان نگهداری می‌شوند", "محبوس هستند": kept, confined
        r"(?:نگهداری|نگه[\s\u200c]داری|محبوس)(?![\w\u200c])|"
        r"زندانی شد\w*|به\s+زندان\s+(?:افتاد|رفت)\w*|زندانی\s+کرد\w*|"
        # "صدها زن در این زندان زندانی بودند": were (are) prisoners there
        r"زندانی[\s\u200c]*(?:بودند|بوده[\s\u200c]?اند|هستند|اند)(?![\w\u200c])|"
        # "۲۰ فعال روانه‌ی زندان شدند": sent to prison
        r"روانه(?:\u200cی|ی)?\s+(?:زندان|بازداشتگاه)\w*|"
        # "۶۰ زن به زندان قرچک منتقل شدند": taken to a prison or camp is held there
        r"به\s+(?:زندان|بازداشتگاه|اردوگاه|سلول)[\w\u200c]*\s+(?:[\w\u200c]+\s+){0,2}?"
        r"(?:منتقل|برده|فرستاده|اعزام)\s+(?:شد|شدند|شده|گردید|گردیدند|کرد|کردند)\w*",
    ),
    (
        "disappeared",
        r"disappear\w*|vanish\w*|never seen again|never returned|whereabouts (?:are )?unknown|"
        r"abduct\w*|kidnapp?\w*|(?:taken|took|led) away|(?:still\s+)?unaccounted for|"
        r"(?:never|none|not|n't)\s+(?:came|come|made\s+it)\s+(?:back|home)|did\s+not\s+return|"
        r"(?:never|not)\s+(?:been\s+)?accounted\s+for|"
        r"\b(?:remain|remains|remained|are|is|were|was|went|still|been|gone|reported|listed|"
        r"declared|registered|recorded)\s+(?:as\s+)?missing|"
        # "has recognised 680 people as killed and 180 as missing": a body's list of the missing
        r"(?<!such\s)\bas\s+missing\b|"
        # "the four drivers have never been found", "the other eight we never found" (not "never
        # found him guilty")
        r"(?:have|has|had|were|was)\s+(?:still\s+)?not\s+been\s+(?:found|located|traced)|"
        r"never\s+(?:been\s+)?(?:found|located|traced)(?![^.;:]{0,60}?\b(?:guilty|innocent|"
        r"liable|responsible))|never\s+heard\s+(?:from|of)\s+again|"
        # "eleven of them we never saw again", "we never saw them again"
        r"never\s+saw\s+(?:them\s+|him\s+|her\s+)?again\b|"
        # "her two daughters were gone. Nobody has seen them since": gone with nothing after
        # it, and no one's sight of them since
        r"\b(?:were|was|are|is|been)\s+(?:simply\s+|just\s+|all\s+)?gone(?=\s*(?:[.;,!]|$))|"
        r"\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+|had\s+)?(?:seen|heard\s+from)\s+"
        r"(?:them|him|her)\s+(?:since|again)\b|not\s+been\s+seen\s+since\b|"
        # "the fate of thousands of X is still unknown"
        r"(?:(?:fate|whereabouts)\s+of\s+[^.;:]{1,60}?|whose\s+(?:fates?|whereabouts))\s+(?:is|are|was|were|remains?|remained)\s+"
        r"(?:still\s+)?"
        r"(?:unknown|unclear)|"
        # "we never saw them again"
        r"(?:never|not|n't)\s+(?:saw|see|seen)\s+(?:them|him|her)\s+again|"
        r"ناپدید\w*|ربوده\w*|ربودند|بازنگشت\w*|برنگشت\w*|مفقود\w*|"
        # "۵ فعال به مکان نامعلومی منتقل شدند" (as "taken away"): held where no one knows
        r"به\s+(?:مکان|محل|جای)(?:ی)?\s+نامعلوم(?:ی)?\s+(?:منتقل|برده|انتقال\s+داده)\s+"
        r"(?:شد|شدند|شده|کردند)\w*|"
        # "سرنوشت ۲۰ نفر همچنان نامعلوم است": the fate of twenty is unknown
        # (or their fate, سرنوشتشان: "۳۰۰ نفر که سرنوشتشان پس از بازداشت نامعلوم است")
        r"سرنوشت(?:\u200c?(?:شان|ش|ایشان))?\s+(?:[^.؛]{1,60}?\s+)?(?:همچنان\s+|هنوز\s+)?"
        r"(?:نامعلوم|نامشخص|ناروشن|مجهول|(?:روشن|معلوم|مشخص)\s+نیست)|"
        # "از ۱۲ نفر از آنان هیچ اثری در دست نیست": no trace of them
        r"(?:هیچ\s+)?(?:اثری|ردی|ردپایی|نشانی)\s+از\s+(?:آنان|آن[\s\u200c]?ها|ایشان)\s+"
        r"(?:[^.؛،]{0,30}?\s)?(?:در\s+دست\s+)?(?:نیست|یافت\s+نشد|پیدا\s+نشد|نماند)|"
        # "از سه نفرشان هیچ خبری نیست": nothing has been heard of them
        # "هرگز خبری به خانواده‌هایشان نرسید": no news ever reached them
        # "از سرنوشت ۳۰ نفرشان خبری نیست": nothing is known of their fate
        r"از\s+سرنوشت\s+[^.؛]{1,60}?\s+(?:هیچ\s+|هنوز\s+|همچنان\s+)?خبری\s+(?:در\s+دست\s+)?"
        r"(?:نیست|ندار\w*)|"
        # (or no trace: "از ۱۲ نفر از آنان هیچ اثری در دست نیست")
        r"(?:هیچ|هرگز)\s+(?:هیچ\s+)?(?:خبری|اثری|ردی|نشانی)\s+(?:[^.؛،]{0,40}?\s)?(?:در\s+دست\s+)?"
        r"(?:نیست|ندار\w*|نرسید\w*|نیامد\w*|نشد\w*)|"
        # "از هیچ‌کدامشان دیگر خبری نشد": no news of any of them again
        r"از\s+هیچ[\s\u200c]?(?:کدام|یک)[\w\u200c]*\s+(?:دیگر\s+|هرگز\s+|هنوز\s+)?(?:خبری|اثری|ردی)\s+"
        r"(?:نیست|نشد\w*|نرسید\w*|نیامد\w*)|"
        r"(?:no|never\s+any)\s+(?:word|news|trace)\s+of\s+(?:them|him|her)\b",
    ),
    # "به اعدام محکوم کرد" (sentenced to death) is a sentence, not an execution: the longer
    # form starts earlier, so it is found before اعدام alone.
    # "این اعدام‌ها را محکوم کرد" condemns: محکوم right after its object (را) is no sentence.
    # "awaiting execution", "on death row", "در انتظار اجرای حکم اعدام": a sentence not yet
    # carried out.
    (
        "sentenced",
        r"awaiting\s+(?:their\s+|his\s+|her\s+)?execution|on\s+death\s+row|"
        # "8 prisoners at imminent risk of execution", "در خطر اجرای حکم اعدام": on death row
        # ("faced execution", "in danger of being executed", "در معرض خطر اعدام", "با خطر اعدام
        # روبه‌رو": the risk of an execution is no execution)
        rf"{_AT_RISK}\s+(?:imminent\s+)?(?:execution|being\s+executed)\b|"
        r"fac(?:e|es|ed|ing)\s+(?:imminent\s+)?execution|"
        rf"{_FA_AT_RISK}(?:قریب[\s\u200c]?الوقوع\s+)?(?:اجرای\s+)?(?:حکم\s+)?اعدام\w*|"
        r"در\s+انتظار\s+(?:اجرای\s+)?(?:حکم\s+)?اعدام\w*|"
        r"sentenc\w*|"
        rf"{_CONVICTION}|"
        # "given ten-year prison terms", "handed jail terms of up to 20 years", "received terms
        # of seven or eight years"
        r"(?:given|handed|handed\s+down|received|receiving|serving)\s+(?:[\w\-]+\s+){0,3}?"
        r"(?:(?:prison|jail)\s+terms?|sentences?|terms?\s+of\s+(?:[\w\-]+\s+){1,4}?"
        r"(?:years?|months?))\b|"
        r"به\s+(?:اعدام|حبس|زندان|سنگسار|قصاص)\s+محکوم\w*|"
        # "۱۶ نفر محکوم به اعدام شده‌اند": the sentence, then its kind, then شدن in any tense
        # (شدند، شده‌اند، می‌شوند، گردیده‌اند)
        r"محکوم\s+به\s+(?:اعدام|حبس|زندان|سنگسار|قصاص|مرگ)(?:\s+[\w\u200c]+)?(?=\s+(?:(?:می[\s\u200c]?)?"
        r"(?:شد|شدند|شده|شود|شوند)|گردید|گردیدند|گردیده|هستند|است)(?!\w))|"
        r"(?<!را )محکوم\w*|"
        # "condemned to death" (condemned alone is denounced)
        r"condemned\s+to\s+(?:death|die|hang|life|prison|jail|\w+\s+years)\b|"
        # "condemned 11 men to death": the people between the verb and the sentence
        r"condemned(?=\s+(?:[\w,\-]+\s+){1,4}?to\s+(?:death|die|hang|life|prison|jail)\b)|"
        # "حکم اعدام ۲۵ نفر صادر شد": a death sentence issued (carried out, اجرا, is executed)
        # a sentence upheld or served on them is a sentence too: "حکم اعدام ۳ نفر تأیید شد"
        r"حکم\s+(?:اعدام|حبس|زندان|سنگسار|قصاص)(?=[^.؛]{0,40}?(?:صادر|تأیید|تایید|ابلاغ))|"
        # "۱۲ نفر را به اعدام و ۳۰ نفر را به حبس محکوم کرد": one محکوم for both
        r"به\s+(?:اعدام|حبس|زندان)(?=\s+و\s[^.؛]{0,80}?محکوم)",
    ),
    # ill-treatment told as abuse: "35 prisoners were ill-treated", "guards abused dozens"
    (
        "tortured",
        r"tortur\w*|ill-?treat\w*|mistreat\w*|maltreat\w*|abused|"
        # a witness's "23 said they had been beaten", «سه نفر کتک خورده‌اند»: beaten as the act
        # befalling a count is torture, as the gold reads it ("beaten to death" is killed, above)
        r"\bbeaten\b|کتک\s+(?:خوردند|خورده|زدند|زده)|"
        r"شکنجه\w*|بدرفتاری|آزار\s+و\s+اذیت|"
        # "۸ نفر در معرض شکنجه قرار گرفتند": subjected to torture or abuse (as "مورد شکنجه قرار
        # گرفتند"; "در معرض اعدام", at risk of execution, is a sentence)
        # (its verb, قرار گرفتن, is the clause's: FA_VERB; "در معرض شکنجه هستند" is at risk)
        r"در\s+معرض\s+(?:شکنجه|آزار)[\w\u200c]*(?=(?:\s+و\s+[\w\u200c]+){0,2}\s+قرار\s)",
    ),
    # Injuries, rape, expulsion and displacement are no count sabt proposes, but naming them
    # keeps their figure from taking the act of a neighbour ("۱۱۰ نفر کشته و ۸۰۰۰ نفر مصدوم
    # شدند", "massacred civilians and raped thousands of women").
    (
        UNCOUNTED,
        r"injur\w*|wounded|rap(?:ed|ing|es)\b|deport\w*|expell?\w*|expulsions?|displac\w*|"
        r"exiled|banished|(?:were|was|been|being)\s+tried\b|stood\s+trial|"
        # flight and displacement: "some 90,000 fled", "350,000 driven from their homes",
        # "forced 6,000 villagers out of the valley"
        r"\b(?:fled|flee(?:s|ing)?|escaped|uprooted|homeless|evacuated)\b|"
        r"\bcrossed\s+(?:into|over|the\s+border)\b|"
        # beatings told as a noun, no count of people ("beaten" is tortured, above)
        r"\bbeatings?\b|"
        r"\b(?:sought|seeking|seek|took|taking|take)\s+(?:refuge|shelter|asylum)\b|"
        r"\b(?:driven|drove|drive|driving|forced|forcing|chased|pushed|hounded)(?=\s+(?:[\w,\-]+\s+)"
        rf"{{0,4}}?(?:from|out\s+of|out|off)\s+{_HOME})|"
        # "300 members had left the city": a departure
        rf"\b(?:left|leaving|abandoned|abandoning)\s+{_HOME}|"
        # "30 were later charged (with murder)": a step of a trial, no sentence yet
        r"charged|indicted|prosecuted|"
        # the acquitted were neither sentenced nor held ("acquitted 12 officers", "تبرئه کرد")
        r"acquitt\w*|تبرئه\w*|"
        # the risk, threat or danger of an act is not the act: "20 activists at risk of
        # torture", "threatened with arrest" (of execution, a sentence, above)
        rf"(?:{_AT_RISK}|(?:threatened|faced|facing|faces|face)\s+with|"
        r"fac(?:e|es|ed|ing)\s+(?:the\s+|a\s+)?(?:threat|risk|danger)\s+of)\s+[\w\-]+|"
        r"مصدوم\w*|مجروح\w*|زخمی\w*|تجاوز\w*|اخراج\w*|آواره\w*|تبعید\w*|"
        # people counted with a verb of their own that is no act (as "3,000 attended"), the verb
        # that ends their clause: "هزاران نفر در اعتراض به کشتار تجمع کردند."، "۴۰ نفر شهادت دادند"
        # (testified; به شهادت رسیدند is killed, above), not a relative clause's verb: "کسانی که
        # شهادت دادند ناپدید شدند"
        r"(?:(?:تجمع|راهپیمایی|تظاهرات|اعتصاب|شرکت|مهاجرت|فرار|امضا|اعتراض)\s+"
        r"(?:کردند|کرده[\s\u200c]?(?:بودند|اند)|می[\s\u200c]?کنند|می[\s\u200c]?کردند)|"
        # gathered: "صدها نفر در کوچه جمع شده بودند تا …"
        r"(?:جمع|گردهم|گرد\s+هم)\s+(?:شدند|آمدند|(?:شده|آمده)[\s\u200c]?(?:بودند|اند))|"
        r"شهادت\s+(?:دادند|می[\s\u200c]?دهند)|(?:حضور|سکونت)\s+(?:داشتند|یافتند|دارند)|"
        r"گریختند|پناه\s+(?:بردند|گرفتند)|به\s+خیابان(?:\u200cها)?\s+(?:آمدند|ریختند))"
        # (the clause ends there, or a purpose follows: "… تا از بازداشت او جلوگیری کنند")
        r"(?=\s*(?:[.،,؛:!?\n»]|$|(?:و|تا)\s))|"
        # "هشت نفر محاکمه می‌شدند": on trial, no sentence yet
        r"محاکمه[\s\u200c]*(?:می[\s\u200c]?)?(?:شد|شدند|شده|شوند|کرد)\w*",
    ),
    # "N people had been shot": an execution when prisoners are the victims, else unsure.
    # ("shot 6 deserters by a firing squad" is an execution: the firing squad is the act)
    (SHOT, r"shot\b(?!\s+(?:dead|and\s+killed|to\s+death))(?![^.;:]{0,40}?\bfiring\s+squads?)"),
)
# The letters an act can start with (case aside): a lookahead on them lets the scan skip the
# positions no act starts at (spaces, digits, punctuation, the letters no act begins with)
# without trying each alternative there. A test derives the set from the patterns themselves.
ACT_FIRST_LETTERS = "abcdefghijklmnoprstuvwآابتجحخدرزسشغفقمنهپکگ"
ACT = re.compile(
    f"(?=[{ACT_FIRST_LETTERS}])(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in ACTS)
    + ")",
    re.I,
)
# Up to two words before a counted people word ("of the", "political"), no figure among them.
PEOPLE_LEAD = r"\s*(?:of\s+)?(?:(?![\d۰-۹])[\w\-]+\s+){0,2}?"
VICTIMS = re.compile(
    "^" + PEOPLE_LEAD + r"(?:people|persons|prisoners|individuals|protesters|demonstrators|"
    r"dissidents|members|supporters|men|women|children|detainees|civilians|inmates|activists|"
    r"victims|bodies|patients|students|villagers|refugees|opponents|residents|inhabitants|boys|girls|"
    r"teenagers|teens|minors|adolescents|defendants|suspects|captives|hostages|soldiers|fighters|"
    r"servicemen|combatants|POWs|offenders|convicts|protestors|deserters|conscripts|نوجوان\w*|متهم\w*|"
    r"نفر(?:شان|مان|تان)?|تن|زندانی\w*|معترض\w*|فعال\w*|روستایی\w*|جوان\w*|ساکن\w*|شهروند\w*|نمازگزار\w*|"
    r"بازداشتی\w*|کودک\w*|زن|مرد|سرباز\w*|افسر\w*|هوادار\w*|عضو|اعضای|قربانی\w*|جسد|جنازه|غیرنظامی\w*|دانشجو\w*|دیپلمات\w*|"
    r"خبرنگار\w*|diplomats|journalists|worshippers|mourners|cases|"
    # people named by their work or their way ("74 miners", "۷۴ کولبر", "30 pilgrims")
    r"workers|miners|farmers|peasants|labou?rers|drivers|fishermen|doctors|nurses|teachers|"
    r"lawyers|reporters|monks|priests|clerics|pilgrims|passengers|migrants|pupils|relatives|"
    # people named by their bond to the speaker ("six of our neighbours")
    r"neighbou?rs|friends|classmates|colleagues|comrades|youths|"
    r"کارگر\w*|کولبر\w*|کاسب\w*|کشاورز\w*|معدنچی\w*|راننده\w*|ماهیگیر\w*|پزشک\w*|"
    r"پرستار\w*|معلم\w*|وکیل|وکلا|روزنامه\u200c?نگار\w*|مسافر\w*|مهاجر\w*|پناهجو\w*|زائر\w*|"
    r"دانش\u200c?آموز\w*|بیمار\w*|"
    # the Persian press's other counted people: forces and fighters, faiths and peoples, callings
    # ("۷ مأمور و ۱۲ معترض کشته شدند", "۵ درویش", "۳ روحانی", "۴۰ اسیر")
    r"مأمور\w*|مامور\w*|پاسدار\w*|بسیجی\w*|نظامی\w*|پلیس|رزمنده\w*|شورشی\w*|جنگجو\w*|"
    r"ستیزه[\s\u200c]?جو\w*|مبارز\w*|چریک\w*|پیشمرگ\w*|مخالف\w*|دگراندیش\w*|تظاهرکنند\w*|"
    r"درویش\w*|بهائی\w*|بهایی\w*|روحانی\w*|طلبه\w*|کارمند\w*|ورزشکار\w*|هنرمند\w*|نویسنده\w*|"
    r"نویسندگان|شاعر\w*|عابر\w*|نوزاد\w*|دختر\w*|پسر\w*|مردان|زنان|اسیر\w*|اسرا|گروگان\w*|"
    r"پناهنده\w*|سوخت[\s\u200c]?بر\w*|فرد)\b",
    re.I,
)
ANY_ACT = re.sub(r"\(\?P<\w+>", "(?:", ACT.pattern)  # the acts without their group names


def is_conviction(act: re.Match[str]) -> bool:
    """Whether an act found by `ACT` is a conviction ("convicted", "found guilty"): a sentence
    whose people are those convicted, never the victims a later figure counts."""
    return act.lastgroup == "sentenced" and act.group().lower().startswith(("convict", "found"))
