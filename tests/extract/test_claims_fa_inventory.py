"""Persian claims written down whole: every way Persian news, rights groups and exile media
tell a count of victims with its act — each act in its active, passive and compound verbs
(کشته شدند، جان باختند، به قتل رسیدند، اعدام شدند، به دار آویخته شدند، تیرباران شدند، بازداشت
کردند، در زندان به سر می‌برند، ناپدید شدند، از سرنوشت … خبری نیست، محکوم شدند، شکنجه شدند), in
nominal forms (اعدام دست‌کم ۱۲ زندانی، کشته شدن ۳ نفر، ۱۷ کشته و ۴۰ زخمی), with counts in
digits of either script or in words (دو تن، ده‌ها، صدها، چند صد، ده‌ها هزار), every hedge
(دست‌کم، بیش از، حدود، نزدیک به، بالغ بر، قریب به، بین … تا …), the count before or after its
act or taken up again (از این شمار، …); and what is no claim (the wounded alone, days, years,
buildings, a sentence's length, an age). The sentences are written for this test.

Each row gives the claims (property, value, low, high, qualifier) as the gold conventions
have them: ده‌ها 24–99, صدها 200–999, هزاران 2000–9999; "at least" and "more than" N bound
below at N, "about" and an exact count at N both ways, "nearly" and "up to" above."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()

Row = tuple[str, float | None, float | None, float | None, str]


def _claims(text: str) -> list[Row]:
    return [
        (c.property, c.value, c.low, c.high, c.qualifier)
        for c in annotate(text, registry=REGISTRY).claims
    ]


def _exact(act: str, n: float) -> Row:
    return (act, n, n, n, "")


def _at_least(act: str, n: float) -> Row:
    return (act, n, n, None, "at_least")


def _more_than(act: str, n: float) -> Row:
    return (act, n, n, None, "more_than")


def _about(act: str, n: float) -> Row:
    return (act, n, n, n, "about")


def _vague(act: str, low: float, high: float) -> Row:
    return (act, None, low, high, "vague")


def _between(act: str, low: float, high: float) -> Row:
    return (act, None, low, high, "between")


KILLED = [
    ("در این حمله ۲۳ نفر کشته شدند.", [_exact("killed", 23)]),
    ("۸ کارگر معدن زیر آوار جان باختند.", [_exact("killed", 8)]),
    ("دست\u200cکم ۱۹ معترض به قتل رسیدند.", [_at_least("killed", 19)]),
    ("نیروهای ویژه ۳۶ تظاهرکننده را کشتند.", [_exact("killed", 36)]),
    ("شبه\u200cنظامیان ۴۱ روستایی را به قتل رساندند.", [_exact("killed", 41)]),
    ("۶ دانشجو در خوابگاه کشته شده\u200cاند.", [_exact("killed", 6)]),
    ("دو تن از پاسداران مرزی جان سپردند.", [_exact("killed", 2)]),
    ("۱۴ زندانی بر اثر آتش\u200cسوزی جان خود را از دست دادند.", [_exact("killed", 14)]),
    ("۳ کودک در بمباران جان باخته\u200cاند.", [_exact("killed", 3)]),
    ("ماموران ۹ معترض را با گلوله کشتند.", [_exact("killed", 9)]),
    ("۲۷ شهروند در این شهر به شهادت رسیدند.", [_exact("killed", 27)]),
    ("۱۱ مسافر در سانحه درگذشتند.", [_exact("killed", 11)]),
    ("۵ زندانی در سلول\u200cهای انفرادی مردند.", [_exact("killed", 5)]),
    ("پنج نفر از فعالان حزب در تبعید ترور شدند.", [_exact("killed", 5)]),
    ("۱۲ کولبر با شلیک ماموران کشته شدند.", [_exact("killed", 12)]),
    ("گزارش\u200cها از کشته شدن ۴ نفر در این درگیری خبر می\u200cدهند.", [_exact("killed", 4)]),
    ("سازمان از قتل ۲۲ زن در این استان خبر داد.", [_exact("killed", 22)]),
    ("کشتار ۱۵۰ روستایی در این دره ثبت شده است.", [_exact("killed", 150)]),
    ("مرگ ۷ زندانی در بازداشتگاه تأیید شد.", [_exact("killed", 7)]),
    ("اجساد ۱۸ نفر در گوری دسته\u200cجمعی پیدا شد.", [_exact("killed", 18)]),
    ("پیکر ۶ کارگر از زیر آوار بیرون آورده شد.", [_exact("killed", 6)]),
    ("جان باختن ۳۲ معترض را محکوم کرد.", [_exact("killed", 32)]),
    ("سازمان کشته شدن ۷ کولبر را محکوم کرد.", [_exact("killed", 7)]),
    ("وزارت خارجه به قتل رسیدن ۵ زن را محکوم کرد.", [_exact("killed", 5)]),
    ("۹ روستایی به دست شبه\u200cنظامیان سر بریده شدند.", [_exact("killed", 9)]),
    ("۲۰ اسیر زنده به گور شدند.", [_exact("killed", 20)]),
    ("۱۱ کارگر در تونل خفه شدند.", [_exact("killed", 11)]),
    ("۴۰ پناهجو در دریا غرق شدند.", [_exact("killed", 40)]),
    ("این انفجار جان دست\u200cکم ۱۷ نفر را گرفت.", [_at_least("killed", 17)]),
    ("۳۰ نفر قربانی این حمله شدند.", [_exact("killed", 30)]),
    (
        "در این درگیری\u200cها ۷ مأمور و ۱۲ معترض کشته شدند.",
        [_exact("killed", 7), _exact("killed", 12)],
    ),
    ("شمار کشته\u200cشدگان به ۶۱ نفر رسید.", [_exact("killed", 61)]),
    ("تعداد جان\u200cباختگان این حادثه به ۴۵ تن رسیده است.", [_exact("killed", 45)]),
    ("در این انفجار ۱۷ کشته و ۴۰ زخمی بر جای ماند.", [_exact("killed", 17)]),
    ("این حمله ۹ کشته و ده\u200cها زخمی برجای گذاشت.", [_exact("killed", 9)]),
    ("۱۳ سرباز در کمین کشته و ۲۰ نفر زخمی شدند.", [_exact("killed", 13)]),
    ("۳۰ نفر کشته و ۸۰ نفر مجروح شدند.", [_exact("killed", 30)]),
    ("۵ اسیر به دست شورشیان گردن زده شدند.", [_exact("killed", 5)]),
    ("۴۰ روستایی در این دره سلاخی شدند.", [_exact("killed", 40)]),
]

EXECUTED = [
    ("۴ زندانی سیاسی سحرگاه امروز اعدام شدند.", [_exact("executed", 4)]),
    ("دست\u200cکم ۱۲ زندانی در زندان مرکزی به دار آویخته شدند.", [_at_least("executed", 12)]),
    ("۷ سرباز به جرم فرار تیرباران شدند.", [_exact("executed", 7)]),
    ("مقامات ۳ جوان را در ملأ عام اعدام کردند.", [_exact("executed", 3)]),
    ("جوخه\u200cی آتش ۱۱ افسر را تیرباران کرد.", [_exact("executed", 11)]),
    ("۲۰ نفر در این زندان اعدام شده\u200cاند.", [_exact("executed", 20)]),
    ("حکم اعدام ۵ زندانی بلوچ اجرا شد.", [_exact("executed", 5)]),
    ("سازمان از اعدام دست\u200cکم ۱۲ زندانی در ماه گذشته خبر داد.", [_at_least("executed", 12)]),
    ("اعدام ۸ معترض موجی از اعتراض برانگیخت.", [_exact("executed", 8)]),
    ("۹ نفر به اتهام قاچاق مواد مخدر اعدام گردیدند.", [_exact("executed", 9)]),
    ("گزارش\u200cها حاکی است ۸۳ زن در زندان\u200cهای کشور اعدام شدند.", [_exact("executed", 83)]),
    ("۲ نوجوان در زندان شیراز حلق\u200cآویز شدند.", [_exact("executed", 2)]),
    ("دو برادر در سپیده\u200cدم به دار آویخته شدند.", [_exact("executed", 2)]),
    ("یک نفر در زندان ارومیه اعدام شد.", [_exact("executed", 1)]),
    ("۳ زن به جرم زنا سنگسار شدند.", [_exact("executed", 3)]),
    ("دو نفر در ملأ عام قصاص شدند.", [_exact("executed", 2)]),
    ("۴ زندانی سحرگاه بالای چوبه\u200cی دار رفتند.", [_exact("executed", 4)]),
    ("۳ روحانی سنی در زندان قزل\u200cحصار اعدام شدند.", [_exact("executed", 3)]),
    ("۳۰۰ زندانی در تابستان آن سال تیرباران شده بودند.", [_exact("executed", 300)]),
    ("ایران پارسال دست\u200cکم ۵۸۲ نفر را اعدام کرده است.", [_at_least("executed", 582)]),
]

ARRESTED = [
    ("۴۰ فعال مدنی در تهران بازداشت شدند.", [_exact("arrested", 40)]),
    ("ماموران امنیتی ۱۲ دانشجو را دستگیر کردند.", [_exact("arrested", 12)]),
    ("دست\u200cکم ۷۰ نفر در جریان اعتراضات دستگیر شده\u200cاند.", [_at_least("arrested", 70)]),
    ("نیروهای امنیتی ۱۵ معلم را بازداشت کرده\u200cاند.", [_exact("arrested", 15)]),
    ("۲۵ کارگر پس از اعتصاب بازداشت گردیدند.", [_exact("arrested", 25)]),
    ("بازداشت ۴۰ فعال کارگری را محکوم کرد.", [_exact("arrested", 40)]),
    ("از دستگیری ۱۸ شهروند بهایی خبر داد.", [_exact("arrested", 18)]),
    ("سه خبرنگار در فرودگاه بازداشت شدند.", [_exact("arrested", 3)]),
    ("۶ نفر توسط ماموران اطلاعات دستگیر شدند.", [_exact("arrested", 6)]),
    ("بیش از ۲۰۰ نفر در شهرهای مختلف بازداشت شدند.", [_more_than("arrested", 200)]),
    ("۹ زن در مقابل دادگاه بازداشت شده بودند.", [_exact("arrested", 9)]),
    ("یک تن از فعالان امروز صبح دستگیر شد.", [_exact("arrested", 1)]),
    ("موج بازداشت\u200cها ۳۵ دانشجو را در بر گرفت.", [_exact("arrested", 35)]),
    ("هزاران معترض بازداشت شدند.", [_vague("arrested", 2000, 9999)]),
    ("صدها نفر در این شهر دستگیر شدند.", [_vague("arrested", 200, 999)]),
    # a relative clause's place is no place of the act
    ("۷ کارگر که در اعتصاب شرکت کرده بودند، دستگیر شدند.", [_exact("arrested", 7)]),
    # at risk of torture (در خطر) is no torture told: the clause is not walked past it
    ("پس از بازداشت، ۶ فعال کارگری در خطر شکنجه هستند.", [_exact("arrested", 6)]),
]

DETAINED = [
    ("۷۰۰ زندانی سیاسی در زندان\u200cهای کشور به سر می\u200cبرند.", [_exact("detained", 700)]),
    ("۱۲ فعال هنوز در حبس به سر می\u200cبرند.", [_exact("detained", 12)]),
    ("۳۰ نفر در این بازداشتگاه نگهداری می\u200cشوند.", [_exact("detained", 30)]),
    ("۴۰ نفر در سلول\u200cهای انفرادی نگه داشته می\u200cشوند.", [_exact("detained", 40)]),
    ("۸ خبرنگار زندانی شدند.", [_exact("detained", 8)]),
    ("۱۲ نفر همچنان در بازداشت\u200cاند.", [_exact("detained", 12)]),
    (
        "در آن سال\u200cها صدها زن به دلایل سیاسی در این زندان زندانی بودند.",
        [_vague("detained", 200, 999)],
    ),
    ("۴۰ معلم هم\u200cاکنون زندانی\u200cاند.", [_exact("detained", 40)]),
    # taken captive or hostage
    ("۳۰ سرباز در این نبرد اسیر شدند.", [_exact("detained", 30)]),
    ("۴۰ رزمنده به اسارت گرفته شدند.", [_exact("detained", 40)]),
    ("۱۲ مسافر به گروگان گرفته شدند.", [_exact("detained", 12)]),
    ("دست\u200cکم ۲۰ زن در اوین محبوس هستند.", [_at_least("detained", 20)]),
    ("ده\u200cها فعال ماه\u200cها در حبس ماندند.", [_vague("detained", 24, 99)]),
    ("۱۵ شهروند روانه\u200cی زندان شدند.", [_exact("detained", 15)]),
    ("شمار زندانیان سیاسی به ۱۲۰۰ نفر رسید.", [_exact("detained", 1200)]),
    ("۶ کارگر همچنان در بازداشت به سر می\u200cبرند.", [_exact("detained", 6)]),
    # taken, then held: the state the clause ends on (در بازداشت به سر می‌برند, present)
    ("۱۲ دانشجو دستگیر و هنوز در بازداشت به سر می\u200cبرند.", [_exact("detained", 12)]),
    ("دست\u200cکم ۲۵ زن به زندان قرچک منتقل شدند.", [_at_least("detained", 25)]),
    ("۱۲ فعال پس از بازجویی به بازداشتگاه اطلاعات برده شدند.", [_exact("detained", 12)]),
    (
        "هزاران نفر بی هیچ حکم قضایی در اردوگاه\u200cها نگه داشته می\u200cشوند.",
        [_vague("detained", 2000, 9999)],
    ),
]

DISAPPEARED = [
    ("۱۲ فعال در سال\u200cهای گذشته ناپدید شده\u200cاند.", [_exact("disappeared", 12)]),
    ("۵ جوان پس از بازداشت ناپدید شدند.", [_exact("disappeared", 5)]),
    ("۳۰ نفر همچنان مفقود هستند.", [_exact("disappeared", 30)]),
    ("۸ نفر توسط افراد مسلح ربوده شدند.", [_exact("disappeared", 8)]),
    ("افراد ناشناس ۴ فعال را ربودند.", [_exact("disappeared", 4)]),
    ("از سرنوشت ۲۰ نفر از آنان هیچ خبری نیست.", [_exact("disappeared", 20)]),
    ("سرنوشت ۱۶ زندانی همچنان نامعلوم است.", [_exact("disappeared", 16)]),
    (
        "این انجمن نام ۳۰۰ نفر را گرد آورده که سرنوشتشان پس از بازداشت نامعلوم است.",
        [_exact("disappeared", 300)],
    ),
    ("از ۱۲ نفر از آنان هیچ اثری در دست نیست.", [_exact("disappeared", 12)]),
    ("سرنوشت ۲۰ نفر از آنان هنوز معلوم نیست.", [_exact("disappeared", 20)]),
    (
        "این انجمن نام ۹۰ نفر را گرد آورده که سرنوشتشان پس از بازداشت روشن نیست.",
        [_exact("disappeared", 90)],
    ),
    ("ناپدیدسازی قهری ۳۰ فعال را محکوم کرد.", [_exact("disappeared", 30)]),
    ("ربوده شدن ۵ شهروند را محکوم کرد.", [_exact("disappeared", 5)]),
    ("۵ فعال پس از بازداشت به مکان نامعلومی منتقل شدند.", [_exact("disappeared", 5)]),
    ("۹ نفر از آنان هرگز بازنگشتند.", [_exact("disappeared", 9)]),
    ("دست\u200cکم ۶۰ نفر مفقودالاثر شده\u200cاند.", [_at_least("disappeared", 60)]),
    ("صدها نفر در این سال\u200cها ناپدید شدند.", [_vague("disappeared", 200, 999)]),
    ("از ۶ کارگر بازداشتی اثری از آنان در دست نیست.", [_exact("disappeared", 6)]),
    # a verb of their own in a relative clause leaves the clause's act to them
    ("۶ نفر که علیه ماموران شهادت دادند بعدها ناپدید شدند.", [_exact("disappeared", 6)]),
]

SENTENCED = [
    ("۱۲ نفر به اعدام محکوم شدند.", [_exact("sentenced", 12)]),
    ("دادگاه ۷ فعال را به حبس محکوم کرد.", [_exact("sentenced", 7)]),
    ("سه فعال کارگری به ۷ سال حبس محکوم شدند.", [_exact("sentenced", 3)]),
    ("حکم اعدام ۵ معترض صادر شد.", [_exact("sentenced", 5)]),
    ("برای ۸ متهم حکم اعدام صادر شده است.", [_exact("sentenced", 8)]),
    ("دو دانشجو هر کدام به ۵ سال زندان محکوم شدند.", [_exact("sentenced", 2)]),
    ("۴ زندانی در انتظار اجرای حکم اعدام هستند.", [_exact("sentenced", 4)]),
    ("دست\u200cکم ۲۰ زندانی در خطر اعدام قرار دارند.", [_at_least("sentenced", 20)]),
    ("۶ معترض به مرگ محکوم شدند.", [_exact("sentenced", 6)]),
    ("حکم اعدام ۳ معترض در دیوان عالی تأیید شد.", [_exact("sentenced", 3)]),
    ("حکم سنگسار ۲ زن صادر شد.", [_exact("sentenced", 2)]),
    ("۲ نفر به قصاص محکوم شدند.", [_exact("sentenced", 2)]),
    ("۱۶ نفر محکوم به اعدام شده\u200cاند.", [_exact("sentenced", 16)]),
    ("دادگاه دو سرباز را محکوم کرد.", [_exact("sentenced", 2)]),
    ("۹ متهم به حبس ابد محکوم گردیدند.", [_exact("sentenced", 9)]),
    # محکوم به … شدند is the clause's verb, past an arrest told as its time
    ("۷ معترض پس از بازداشت محکوم به حبس شدند.", [_exact("sentenced", 7)]),
    (
        "دادگاه انقلاب ۱۱ نفر را به اعدام و ۳۰ نفر را به حبس محکوم کرد.",
        [_exact("sentenced", 11), _exact("sentenced", 30)],
    ),
    ("۵ فعال به ۱۰ سال حبس و ۷۴ ضربه شلاق محکوم شدند.", [_exact("sentenced", 5)]),
]

TORTURED = [
    ("۱۴ زندانی در بازجویی شکنجه شدند.", [_exact("tortured", 14)]),
    ("دست\u200cکم ۳۰ بازداشتی شکنجه شده\u200cاند.", [_at_least("tortured", 30)]),
    ("ماموران ۹ دانشجو را شکنجه کردند.", [_exact("tortured", 9)]),
    ("۲۰ نفر از بازداشت\u200cشدگان مورد شکنجه قرار گرفتند.", [_exact("tortured", 20)]),
    ("شکنجه\u200cی ۱۲ زندانی در این زندان گزارش شده است.", [_exact("tortured", 12)]),
    ("ده\u200cها زندانی مورد آزار و اذیت قرار گرفتند.", [_vague("tortured", 24, 99)]),
]

NUMBERS = [
    ("سه نفر کشته شدند.", [_exact("killed", 3)]),
    ("دوازده زندانی اعدام شدند.", [_exact("executed", 12)]),
    ("بیست و پنج نفر دستگیر شدند.", [_exact("arrested", 25)]),
    ("سیصد نفر بازداشت شدند.", [_exact("arrested", 300)]),
    ("هزار و پانصد نفر کشته شدند.", [_exact("killed", 1500)]),
    ("ده\u200cها نفر کشته شدند.", [_vague("killed", 24, 99)]),
    ("صدها زندانی اعدام شدند.", [_vague("executed", 200, 999)]),
    ("هزاران نفر بازداشت شدند.", [_vague("arrested", 2000, 9999)]),
    ("ده\u200cها هزار نفر کشته شدند.", [_vague("killed", 20000, 99999)]),
    ("چند صد نفر دستگیر شدند.", [_vague("arrested", 200, 999)]),
    ("۱۲۰۰ نفر بازداشت شدند.", [_exact("arrested", 1200)]),
    ("۱٬۲۰۰ نفر بازداشت شدند.", [_exact("arrested", 1200)]),
    ("1,500 نفر بازداشت شدند.", [_exact("arrested", 1500)]),
    ("45 نفر کشته شدند.", [_exact("killed", 45)]),
    ("٣٢ نفر اعدام شدند.", [_exact("executed", 32)]),
    ("۵ هزار نفر بازداشت شدند.", [_exact("arrested", 5000)]),
    ("۳۰ هزار زندانی اعدام شدند.", [_exact("executed", 30000)]),
    ("دو هزار نفر دستگیر شدند.", [_exact("arrested", 2000)]),
    ("پنج تن اعدام شدند.", [_exact("executed", 5)]),
]

QUALIFIERS = [
    ("دست\u200cکم ۹ نفر کشته شدند.", [_at_least("killed", 9)]),
    ("دستکم ۹ نفر کشته شدند.", [_at_least("killed", 9)]),
    ("حداقل ۱۱ زندانی اعدام شدند.", [_at_least("executed", 11)]),
    ("بیش از ۵۰۰ نفر دستگیر شدند.", [_more_than("arrested", 500)]),
    ("بیشتر از ۴۰ نفر بازداشت شدند.", [_more_than("arrested", 40)]),
    ("افزون بر ۶۰ نفر کشته شدند.", [_more_than("killed", 60)]),
    ("حدود ۳۰۰ نفر اعدام شدند.", [_about("executed", 300)]),
    ("حدوداً ۸۰ نفر بازداشت شدند.", [_about("arrested", 80)]),
    ("بالغ بر ۷۰۰ نفر دستگیر شدند.", [_about("arrested", 700)]),
    ("قریب به ۲۰۰ نفر کشته شدند.", [_about("killed", 200)]),
    ("تقریباً ۴۰ نفر دستگیر شدند.", [_about("arrested", 40)]),
    ("نزدیک به ۱۰۰ نفر جان باختند.", [("killed", 100, None, 100, "nearly")]),
    ("تا ۵۰ نفر اعدام شدند.", [("executed", 50, None, 50, "up_to")]),
    ("بین ۲۰ تا ۳۰ نفر کشته شدند.", [_between("killed", 20, 30)]),
    ("بین ۲۰ و ۳۰ نفر کشته شدند.", [_between("killed", 20, 30)]),
    ("میان ۵۰ تا ۷۰ نفر بازداشت شدند.", [_between("arrested", 50, 70)]),
    ("۱۰ تا ۱۵ نفر کشته شدند.", [_between("killed", 10, 15)]),
    ("از ۱۰ تا ۱۵ نفر کشته شدند.", [_between("killed", 10, 15)]),
    ("۴ یا ۵ نفر اعدام شدند.", [_between("executed", 4, 5)]),
    ("حداکثر ۳۰ نفر اعدام شدند.", [("executed", 30, None, 30, "at_most")]),
    ("کمتر از ۲۰ نفر کشته شدند.", [("killed", 20, None, 20, "fewer_than")]),
    ("نزدیک ۲۰۰ نفر بازداشت شدند.", [("arrested", 200, None, 200, "nearly")]),
    ("در حدود ۳۰۰ نفر کشته شدند.", [_about("killed", 300)]),
    ("چیزی حدود ۵۰۰ نفر بازداشت شدند.", [_about("arrested", 500)]),
    ("بیش از ۲ هزار نفر بازداشت شدند.", [_more_than("arrested", 2000)]),
    ("نیم میلیون نفر کشته شدند.", [_exact("killed", 500000)]),
    ("صدها هزار نفر کشته شدند.", [_vague("killed", 200000, 999999)]),
    ("دست\u200cکم صدها نفر بازداشت شدند.", [("arrested", None, 200, None, "at_least")]),
]

ORDER = [
    # the count after the act
    ("در این حمله کشته شدند ۱۲ نفر.", [_exact("killed", 12)]),
    ("شمار بازداشت\u200cشدگان به ۴۰۰ نفر رسید.", [_exact("arrested", 400)]),
    ("تعداد اعدام\u200cها در این سال به ۲۵۰ رسید.", [_exact("executed", 250)]),
    # the count as the number of those an act befell, whatever act is named nearer
    (
        "این نهاد شمار کشته\u200cشدگان را دست\u200cکم ۱۲ نفر و شمار بازداشت\u200cشدگان را"
        " صدها نفر اعلام کرد.",
        [_at_least("killed", 12), _vague("arrested", 200, 999)],
    ),
    ("تعداد اعدام\u200cشدگان را ۳۰ نفر اعلام کرد.", [_exact("executed", 30)]),
    ("شمار ناپدیدشدگان را حدود ۷۰۰ نفر برآورد کرد.", [_about("disappeared", 700)]),
    # the count taken up again: a part of the whole named before has its own act
    (
        "۴۰ نفر بازداشت شدند. از این شمار، ۱۲ نفر اعدام شدند.",
        [_exact("arrested", 40), _exact("executed", 12)],
    ),
    (
        "۶۰ نفر دستگیر شدند که ۹ نفر از آنان اعدام شدند.",
        [_exact("arrested", 60), _exact("executed", 9)],
    ),
    ("از ۳۰ بازداشت\u200cشده، ۸ نفر شکنجه شدند.", [_exact("tortured", 8)]),
    ("از میان بازداشت\u200cشدگان، ۵ نفر به اعدام محکوم شدند.", [_exact("sentenced", 5)]),
    ("از میان ۴۰ بازداشتی، ۱۲ نفر شکنجه شدند.", [_exact("tortured", 12)]),
    ("۵ درویش در زندان شکنجه شدند.", [_exact("tortured", 5)]),
    ("۵۰ نفر بازداشت و ۱۲ نفر اعدام شدند.", [_exact("arrested", 50), _exact("executed", 12)]),
    (
        "۲۰ نفر کشته، ۳۵ نفر زخمی و ۱۰۰ نفر بازداشت شدند.",
        [_exact("killed", 20), _exact("arrested", 100)],
    ),
    # an act's noun after پس از، پیش از، در پی names the time, not the count's act
    (
        "ماموران صدها نفر را در روزهای پس از کشتار به اتهام شرکت در تظاهرات بازداشت کردند.",
        [_vague("arrested", 200, 999)],
    ),
    ("۱۲ نفر پس از بازداشت شکنجه شدند.", [_exact("tortured", 12)]),
    # a part named among them is counted too (as "including 68 children")
    (
        "دست\u200cکم ۶ نفر، از جمله سه دانشجو، کشته شدند.",
        [_at_least("killed", 6), _exact("killed", 3)],
    ),
    # what others say of some of them is no act of the count
    (
        "خانواده\u200cهای ده\u200cها دانشجو که در خیابان بازداشت شدند، می\u200cگویند هنوز"
        " شماری از عزیزانشان در زندان\u200cاند.",
        [_vague("arrested", 24, 99)],
    ),
]

NO_CLAIM = [
    # the wounded alone
    ("۴۰ نفر در این درگیری زخمی شدند.", []),
    ("۱۲ نفر مجروح شدند.", []),
    ("دست\u200cکم ۳۰ نفر مصدوم شدند.", []),
    # days, months, years, hours
    ("او ۱۲ روز در بازداشت بود.", []),
    ("این پرونده ۱۰ سال پس از اعدام او بازگشایی شد.", []),
    ("سه ماه پس از بازداشت، آزاد شد.", []),
    ("۲۰ سال از این کشتار می\u200cگذرد.", []),
    ("بازجویی ۱۸ ساعت طول کشید.", []),
    # buildings, villages, things
    ("۳۰ خانه در این حمله ویران شد.", []),
    ("۱۲ روستا به آتش کشیده شد.", []),
    ("۵ مدرسه تخریب شد.", []),
    # a sentence's length and lashes
    ("او به ۷ سال حبس محکوم شد.", []),
    ("این فعال به ۱۰ سال زندان و ۷۴ ضربه شلاق محکوم شد.", []),
    # ages
    ("این زندانی ۱۷ ساله بود که اعدام شد.", []),
    ("جوان ۲۳ ساله در زندان جان باخت.", []),
    # freed, released, the tried
    ("۳۰ زندانی آزاد شدند.", []),
    ("۱۲ بازداشت\u200cشده با قرار وثیقه آزاد شدند.", []),
    # یک before a noun other than نفر or تن is the indefinite article, no count
    ("یک زندانی در سلول جان باخت.", []),
    ("یک روزنامه\u200cنگار امروز صبح دستگیر شد.", []),
    # people with a verb of their own that is no act
    ("هزاران نفر در اعتراض به کشتار تجمع کردند.", []),
    ("هزاران نفر در میدان شهر گرد هم آمدند.", []),
    (
        "شامگاه آن روز، صدها دانشجو، همه از یک دانشکده، در کوچه جمع شده بودند تا از بازداشت"
        " استادشان جلوگیری کنند.",
        [],
    ),
    ("۲۰ زن قربانی تجاوز شدند.", []),
    ("۴۰ نفر در دادگاه علیه ماموران شهادت دادند.", []),
    ("صدها خانواده از روستا گریختند.", []),
    ("ساعاتی پس از بازداشت رهبر حزب، هزاران نفر در میدان اصلی به خیابان آمدند.", []),
    # ... though an act is named on the way to their verb
    ("۳۰ زن درباره\u200cی شکنجه شهادت دادند.", []),
    ("۳۰۰ نفر در مراسم یادبود قربانیان کشتار حضور داشتند.", []),
    ("۲۰۰ روستایی از ترس کشتار گریختند.", []),
    ("۲۰۰ روستایی از ترس کشتار به کوه پناه بردند.", []),
    # vague words that give no count
    ("چندین فعال بازداشت شدند.", []),
    # a unit's number
    ("در بند ۲۰۹ زندان اوین شکنجه شد.", []),
    ("شعبه\u200cی ۲۶ دادگاه انقلاب او را محکوم کرد.", []),
    # money
    ("خانواده\u200cاش ۵۰۰ میلیون تومان وثیقه پرداخت.", []),
]

ROWS = [
    *KILLED,
    *EXECUTED,
    *ARRESTED,
    *DETAINED,
    *DISAPPEARED,
    *SENTENCED,
    *TORTURED,
    *NUMBERS,
    *QUALIFIERS,
    *ORDER,
    *NO_CLAIM,
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_persian_count_reads_as_its_claims(text: str, expected: list[Row]) -> None:
    """Each sentence gives the claims its act and figures say, and nothing else."""
    assert _claims(text) == expected


def test_the_inventory_is_whole() -> None:
    """Every act has its rows, and the table holds 150 sentences or more."""
    acts = {row[0] for _, rows in ROWS for row in rows}
    assert acts == {
        "killed",
        "executed",
        "arrested",
        "detained",
        "disappeared",
        "sentenced",
        "tortured",
    }
    assert len(ROWS) >= 150
