"""The inventory of how English and Persian reporting ties a figure to whoever asserts it, each
form once with a figure (sentences and short passages written for these tests): a cue before
or after the figure, a verb of saying, counting, finding or believing, a possessive, a
publisher, a quotation, a reference back, and the author's own voice with no cue at all."""

import pytest
from tests.extract.helpers import parties

ENGLISH = [
    (
        "According to Amnesty International, at least 304 protesters were killed.",
        [(304, "Amnesty International")],
    ),
    (
        "At least 304 protesters were killed, according to Amnesty International.",
        [(304, "Amnesty International")],
    ),
    (
        "Human Rights Watch said 52 people had been executed since January.",
        [(52, "Human Rights Watch")],
    ),
    ("The health ministry says 230 people died in the floods.", [(230, "health ministry")]),
    ("Local officials told Reuters that 17 villagers were killed.", [(17, "Local officials")]),
    (
        "Amnesty International documented 88 cases of torture in the prison.",
        [(88, "Amnesty International")],
    ),
    ("The commission concluded that 3,000 people had disappeared.", [(3000, "commission")]),
    ("The army acknowledged that 12 civilians were killed in the strike.", [(12, "army")]),
    ("The monitoring group put the death toll at 73.", [(73, "monitoring group")]),
    ("Human Rights Watch's tally stands at 190 dead.", [(190, "Human Rights Watch")]),
    (
        "By Amnesty International's count, 66 people were executed in 2020.",
        [(66, "Amnesty International")],
    ),
    (
        "By the monitoring group's count, 66 people were executed in 2020.",
        [(66, "monitoring group")],
    ),
    (
        "Amnesty International, citing witnesses, said 30 people were shot dead.",
        [(30, "Amnesty International")],
    ),
    (
        "In a report published on Monday, Human Rights Watch said 95 people had been tortured.",
        [(95, "Human Rights Watch")],
    ),
    (
        "The report by Amnesty International found that 212 prisoners died in custody.",
        [(212, "Amnesty International")],
    ),
    (
        "Amnesty International's report says 45 journalists were jailed.",
        [(45, "Amnesty International")],
    ),
    ("The government claimed that only 14 people were killed.", [(14, "government")]),
    ("The rebels alleged that 200 prisoners had been executed.", [(200, "rebels")]),
    ("Activists believe that more than 1,000 people were detained.", [(1000, "Activists")]),
    ("The army's own records show that 37 detainees died in custody.", [(37, "army")]),
    ("Human Rights Watch has documented 23 extrajudicial killings.", [(23, "Human Rights Watch")]),
    (
        "Amnesty International estimates that 80 people are on death row.",
        [(80, "Amnesty International")],
    ),
    ("Some 120 deaths were recorded by the Red Crescent.", [(120, "Red Crescent")]),
    ("As many as 800 people were killed, Human Rights Watch said.", [(800, "Human Rights Watch")]),
    (
        "The death toll has risen to 61, the health ministry said on Sunday.",
        [(61, "health ministry")],
    ),
    (
        "A statement from the Foreign Ministry said 20 soldiers were killed.",
        [(20, "Foreign Ministry")],
    ),
    ("In a statement, the ministry said 20 soldiers were killed.", [(20, "ministry")]),
    ("Some 3,000 people were killed, the commission estimated.", [(3000, "commission")]),
    (
        "Some 3,000 people were killed, according to a tally by the Associated Press.",
        [(3000, "Associated Press")],
    ),
    (
        "According to Dr Ahmed Khalil, who runs the main hospital, 3,000 people were killed.",
        [(3000, "Ahmed Khalil")],
    ),
    (
        "Amnesty International has reported 3,000 arrests since January.",
        [(3000, "Amnesty International")],
    ),
    (
        "Amnesty International said it had received reports that 3,000 people were detained.",
        [(3000, "Amnesty International")],
    ),
    ("Ana Ruiz of Amnesty International said 3,000 people were detained.", [(3000, "Ana Ruiz")]),
    ("Interior Minister Ali Reza said 3,000 people were detained.", [(3000, "Ali Reza")]),
    ("Ali Reza, the president, claimed that only 30 people had been detained.", [(30, "Ali Reza")]),
    (
        "Rights groups, however, say more than 3,000 people were detained.",
        [(3000, "Rights groups")],
    ),
    ("Hospital sources put the death toll at 300 killed.", [(300, "Hospital sources")]),
    (
        "The UN estimates that more than 300 people were killed, though the true figure may be "
        "higher.",
        [(300, "United Nations")],
    ),
    (
        "The government, which has denied any wrongdoing, says only 30 people were killed.",
        [(30, "government")],
    ),
    (
        "The police chief, Ali Reza, told a news conference that 30 people were killed.",
        [(30, "Ali Reza")],
    ),
    (
        "Human Rights Watch said 40 people were killed; the government said 12.",
        [(40, "Human Rights Watch"), (12, "government")],
    ),
    (
        "The government says 12 people died, while Amnesty International puts the toll at 90.",
        [(12, "government"), (90, "Amnesty International")],
    ),
    ("“We counted 44 bodies in the square,” said Ana Ruiz, a nurse.", [(44, "Ana Ruiz")]),
    ("Ana Ruiz, a nurse, said: “We counted 44 bodies in the square.”", [(44, "Ana Ruiz")]),
    (
        "Amnesty International published a report on Tuesday. The group said 58 people had been "
        "executed.",
        [(58, "Amnesty International")],
    ),
    (
        "Human Rights Watch released its findings on Friday. It said 33 children had been killed.",
        [(33, "Human Rights Watch")],
    ),
    (
        "Iran Human Rights said at least 40 people had been executed. The Norway-based group said "
        "12 of them were executed in public.",
        [(40, "Iran Human Rights"), (12, "Iran Human Rights")],
    ),
    (
        "Maryam Saleh lost two sons. She said 30 men from her village were killed.",
        [(30, "Maryam Saleh")],
    ),
    (
        "Hospital records obtained by Human Rights Watch show that 48 people were killed.",
        [(48, "Human Rights Watch")],
    ),
    (
        "Statistics compiled by the United Nations show that 1,500 civilians were killed.",
        [(1500, "United Nations")],
    ),
    (
        "A report by Amnesty International said 1,500 civilians were killed.",
        [(1500, "Amnesty International")],
    ),
    (
        "Prosecutors allege that the defendant ordered the execution of 12 men.",
        [(12, "Prosecutors")],
    ),
    ("Maria Lopez testified that soldiers killed 12 men.", [(12, "Maria Lopez")]),
    ("At least 300 people were killed in the massacre.", [(300, None)]),
    ("More than 40 journalists were arrested in 2019.", [(40, None)]),
]

PERSIAN = [
    (
        "به گفته‌ی کانون مدافعان حقوق بشر، دست‌کم ۳۰۴ نفر کشته شدند.",
        [(304, "کانون مدافعان حقوق بشر")],
    ),
    ("به گفته‌ی وزیر کشور، ۲۰۰ نفر بازداشت شده‌اند.", [(200, "وزیر کشور")]),
    ("بر اساس آمار وزارت بهداشت، ۱۲۰ نفر جان باختند.", [(120, "وزارت بهداشت")]),
    ("بنا به اعلام وزارت بهداشت، ۱۲۰ نفر جان باختند.", [(120, "وزارت بهداشت")]),
    (
        "کانون مدافعان حقوق بشر اعلام کرده است که ۸۰ نفر بازداشت شده‌اند.",
        [(80, "کانون مدافعان حقوق بشر")],
    ),
    (
        "کانون مدافعان حقوق بشر اعلام می‌کند که ۸۰ نفر بازداشت شده‌اند.",
        [(80, "کانون مدافعان حقوق بشر")],
    ),
    ("وزیر کشور گفته است که ۲۰۰ نفر بازداشت شده‌اند.", [(200, "وزیر کشور")]),
    ("وزیر کشور می‌گوید ۲۰۰ نفر بازداشت شده‌اند.", [(200, "وزیر کشور")]),
    ("وزیر کشور افزود که ۲۰۰ نفر دیگر نیز بازداشت شده‌اند.", [(200, "وزیر کشور")]),
    ("روزنامه‌ی کیهان نوشته است که ۵۰ نفر اعدام شده‌اند.", [(50, "روزنامه\u200cی کیهان")]),
    (
        "کانون مدافعان حقوق بشر شمار کشته‌ها را ۵۰۰ نفر تخمین زده است.",
        [(500, "کانون مدافعان حقوق بشر")],
    ),
    ("کانون مدافعان حقوق بشر از کشته شدن ۳۰ نفر خبر داده است.", [(30, "کانون مدافعان حقوق بشر")]),
    ("کانون مدافعان حقوق بشر گزارش داد که ۳۰ نفر اعدام شده‌اند.", [(30, "کانون مدافعان حقوق بشر")]),
    ("منابع محلی به رادیو فردا گفتند ۱۵ نفر کشته شده‌اند.", [(15, "منابع محلی")]),
    ("پلیس مدعی شد که تنها ۱۲ نفر بازداشت شده‌اند.", [(12, "پلیس")]),
    ("وزارت بهداشت تأیید کرد که ۵۰ نفر جان باخته‌اند.", [(50, "وزارت بهداشت")]),
    (
        "کانون مدافعان حقوق بشر روز دوشنبه گزارشی منتشر کرد. به گفته‌ی این نهاد، ۴۰ نفر اعدام "
        "شده‌اند.",
        [(40, "کانون مدافعان حقوق بشر")],
    ),
    (
        "کانون مدافعان حقوق بشر روز دوشنبه گزارشی منتشر کرد. این گزارش می‌افزاید که ۴۰ نفر "
        "اعدام شده‌اند.",
        [(40, "کانون مدافعان حقوق بشر")],
    ),
    (
        "مریم صالحی می‌گوید ۱۲ نفر از بستگانش اعدام شدند. او افزود که ۳ نفر دیگر نیز ناپدید شده‌اند.",
        [(12, "مریم صالحی"), (3, "مریم صالحی")],
    ),
    (
        "دولت می‌گوید ۴۰ نفر کشته شدند، اما فعالان حقوق بشر شمار کشته‌ها را ۵۰۰ نفر می‌دانند.",
        [(40, "دولت"), (500, "فعالان حقوق بشر")],
    ),
    ("مقام‌های محلی گفته‌اند که ۳۰ نفر کشته شده‌اند.", [(30, "مقام\u200cهای محلی")]),
    ("به نقل از شاهدان عینی، ۳۰ نفر کشته شدند.", [(30, "شاهدان عینی")]),
    ("به روایت شاهدان، ۴۰ نفر کشته شدند.", [(40, "شاهدان")]),
    ("به تخمین فعالان محلی، ۴۰ نفر کشته شدند.", [(40, "فعالان محلی")]),
    ("یکی از بستگان قربانیان گفت ۴۰ نفر کشته شده‌اند.", [(40, "یکی از بستگان قربانیان")]),
    (
        "مریم صالحی مادر یکی از قربانیان است. وی می‌گوید ۴۰ نفر در آن شب کشته شدند.",
        [(40, "مریم صالحی")],
    ),
    ("وزارت کشور با انتشار بیانیه‌ای اعلام کرد که ۴۰ نفر کشته شده‌اند.", [(40, "وزارت کشور")]),
    (
        "خبرگزاری ایرنا به نقل از یک مقام محلی گزارش داد که ۴۰ نفر کشته شده‌اند.",
        [(40, "خبرگزاری ایرنا")],
    ),
    ("کانون مدافعان حقوق بشر معتقد است که ۴۰ نفر کشته شده‌اند.", [(40, "کانون مدافعان حقوق بشر")]),
    (
        "کانون مدافعان حقوق بشر تأکید کرده است که ۴۰ نفر کشته شده‌اند.",
        [(40, "کانون مدافعان حقوق بشر")],
    ),
    ("دست‌کم ۱۰۰ نفر در این اعتراضات کشته شدند.", [(100, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_forms(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(("text", "expected"), PERSIAN)
def test_persian_forms(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert parties(text) == expected
