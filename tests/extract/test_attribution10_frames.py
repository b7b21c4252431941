"""Frames of asserting a count, written whole in English and Persian (sentences written for
these tests): the party of "X spoke of / put the toll at / counted / documented / recorded /
gave a figure of / raised its count to", of the Persian "X از … خبر داد / سخن گفت",
"X شمار … را … اعلام کرد / دانست / برآورد کرد", "X نوشت / تأیید کرد / مدعی شد / می‌گوید",
with a subject before اما (or "، اما،") and an apposition between commas, with a fronted
phrase of time or a date; of "according to X" and "به گفته‌ی X"; and a figure with no cue,
the source's own."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()
# A body the registry knows is named in either of its spellings.
SPELLINGS = {
    "Amnesty International": {"Amnesty International", "عفو بین‌الملل"},
    "Human Rights Watch": {"Human Rights Watch", "دیده‌بان حقوق بشر"},
}

ENGLISH = [
    (
        "Amnesty International spoke of between 20 and 50 people killed in the raid.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch put the toll at 140 dead.",
        "Human Rights Watch",
    ),
    (
        "Human Rights Watch put the death toll at more than 140.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International counted 37 people killed in the two days of protests.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch documented 62 cases of torture in the camp.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International recorded at least 304 deaths during the crackdown.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch gave a figure of 210 people detained.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International gave the number of dead as 45.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch estimated that 300 people had been arrested.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International reported that 12 protesters were shot dead.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch said 80 people were killed.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International has documented the killing of 23 children.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch has recorded the disappearance of 41 men since March.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International confirmed the deaths of 19 people.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch verified 54 killings in the province.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International tallied 88 arrests in the first week.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch spoke of hundreds of people detained without charge.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International, the London-based rights group, said 33 people were executed.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch, which sent researchers to the town, documented 27 killings.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International later raised its count to 61 dead.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch put the number of people detained at 1,200.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International put the figure at 500 arrested.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch identified 31 victims of the massacre.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International reported 17 deaths in custody.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch found that at least 70 civilians had been killed.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International found evidence that 14 prisoners had been tortured.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch listed 118 people who had disappeared.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International named 44 people executed in secret.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch cited 15 cases of people killed by police.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International wrote that 300 people had been detained.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch claimed that 90 people were killed.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International alleged that 25 detainees were tortured.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch told reporters that 40 people had been killed.",
        "Human Rights Watch",
    ),
    (
        "In a report published on Monday, Amnesty International said 52 people were killed.",
        "Amnesty International",
    ),
    (
        "On Tuesday, Human Rights Watch reported that 66 people had been arrested.",
        "Human Rights Watch",
    ),
    (
        "According to Amnesty International, 70 people were killed.",
        "Amnesty International",
    ),
    (
        "At least 45 people were killed, according to Human Rights Watch.",
        "Human Rights Watch",
    ),
    (
        "At least 45 people were killed, Amnesty International said.",
        "Amnesty International",
    ),
    (
        "At least 45 people were killed, said Human Rights Watch.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International's count stood at 58 dead.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch's figures show 120 people detained.",
        "Human Rights Watch",
    ),
    (
        "Figures compiled by Amnesty International show 77 people killed.",
        "Amnesty International",
    ),
    (
        "A report by Human Rights Watch documented 33 killings.",
        "Human Rights Watch",
    ),
    (
        "Human Rights Watch estimates that between 200 and 300 people died.",
        "Human Rights Watch",
    ),
    (
        "Amnesty International believes that 150 people were killed.",
        "Amnesty International",
    ),
    (
        "Maria Gomez, a local nurse, said 14 people were killed.",
        "Maria Gomez",
    ),
    (
        "Maria Gomez said she counted 14 bodies in the street.",
        "Maria Gomez",
    ),
    (
        "Maria Gomez spoke of 14 people killed outside her house.",
        "Maria Gomez",
    ),
    (
        "Maria Gomez lost her son in the raid. According to her, 14 people were killed.",
        "Maria Gomez",
    ),
    (
        "Maria Gomez lost her son in the raid. She said 14 people were killed.",
        "Maria Gomez",
    ),
    (
        "Maria Gomez lost her son in the raid. She herself counted 14 dead.",
        "Maria Gomez",
    ),
    (
        "Maria Gomez lost her son in the raid. He was 19. She said 14 people were killed.",
        "Maria Gomez",
    ),
    (
        "John Smith was in the square that day. He said soldiers killed 12 people.",
        "John Smith",
    ),
    (
        "According to Amnesty International, three police officers were killed in the clashes.",
        "Amnesty International",
    ),
    (
        "According to Human Rights Watch, 12 members of the Liberal Party were arrested.",
        "Human Rights Watch",
    ),
    (
        "According to Amnesty International, 40 members of the National Union were detained.",
        "Amnesty International",
    ),
    (
        "Human Rights Watch said 12 members of the Socialist Party were arrested.",
        "Human Rights Watch",
    ),
    (
        "Three police officers were killed in the clashes.",
        None,
    ),
    (
        "Twelve members of the Liberal Party were arrested on Monday.",
        None,
    ),
    (
        "One year later, Amnesty International said 40 people had been killed.",
        "Amnesty International",
    ),
    (
        "A year later, 40 people had been arrested.",
        None,
    ),
    (
        "Two weeks after the raid, Human Rights Watch documented 23 deaths.",
        "Human Rights Watch",
    ),
    (
        "For its part, Amnesty International spoke of 200 people detained.",
        "Amnesty International",
    ),
    (
        "Amnesty International revised its toll to 75 killed.",
        "Amnesty International",
    ),
    (
        "Amnesty International updated its tally to 80 dead.",
        "Amnesty International",
    ),
    (
        "Amnesty International lowered its estimate to 50 killed.",
        "Amnesty International",
    ),
    (
        "The Karsk Monitoring Group spoke of between 20 and 50 people killed.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group put the toll at 140.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group counted 37 bodies in the morgue.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group documented 62 cases of torture.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group recorded 304 deaths in custody.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group gave a figure of 210 people detained.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group, a local rights organisation, documented 62 killings.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group, which is close to the opposition, spoke of 300 arrests.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group said in a statement on Monday that 41 "
        "people had been arrested.",
        "Karsk Monitoring Group",
    ),
    (
        "In a statement on Monday, the Karsk Monitoring Group said 41 people had been arrested.",
        "Karsk Monitoring Group",
    ),
    (
        "A spokesman for the Karsk Monitoring Group said 41 people had been arrested.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group told AFP that 41 people had been arrested.",
        "Karsk Monitoring Group",
    ),
    (
        "Local rights monitors spoke of between 20 and 50 people killed.",
        "Local rights monitors",
    ),
    (
        "Residents said at least 30 people were killed.",
        "Residents",
    ),
    (
        "Witnesses counted 30 bodies in the street.",
        "Witnesses",
    ),
    (
        "The opposition put the number of dead at 300.",
        "opposition",
    ),
    (
        "Hospital officials recorded 45 deaths over the weekend.",
        "Hospital officials",
    ),
    (
        "The Defence Ministry acknowledged that 12 soldiers had been killed.",
        "Defence Ministry",
    ),
    (
        "The interior ministry put the number of people detained at 1,200.",
        "interior ministry",
    ),
    (
        "The figure of 210 people detained was given by the Karsk Monitoring Group.",
        "Karsk Monitoring Group",
    ),
    (
        "At least 210 people were detained, the Karsk Monitoring Group said on Monday.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group has put the number of dead at between 200 and 300.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group estimated the death toll at 90.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group's own count reached 95 dead.",
        "Karsk Monitoring Group",
    ),
    (
        "The Karsk Monitoring Group has since documented the deaths of 19 people.",
        "Karsk Monitoring Group",
    ),
]

PERSIAN = [
    (
        "عفو بین‌الملل از کشته شدن دست‌کم ۳۰ نفر خبر داد.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل از کشته شدن ۳۰ معترض سخن گفت.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل از بازداشت بیش از ۵۰۰ نفر خبر داد.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل، سازمان مدافع حقوق بشر، از بازداشت بیش از ۵۰۰ نفر خبر داد.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل، سازمان مدافع حقوق بشر مستقر در لندن، اما از بازداشت بیش از ۵۰۰ نفر خبر داد.",
        "Amnesty International",
    ),
    (
        "دیده‌بان حقوق بشر اما از بازداشت ۲۰۰ نفر خبر داد.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر از اعدام ۱۲ زندانی گزارش داد.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر اعدام ۱۲ زندانی را گزارش داد.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر شمار کشته‌شدگان را ۴۰ نفر اعلام کرد.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر شمار کشته‌شدگان را دست‌کم ۴۰ نفر دانست.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر شمار بازداشت‌شدگان را بیش از ۳۰۰ نفر برآورد کرد.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر تعداد کشته‌شدگان را ۶۰ نفر ذکر کرد.",
        "Human Rights Watch",
    ),
    (
        "عفو بین‌الملل شمار اعدام‌شدگان را ۲۵ تن اعلام کرده است.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل نوشت که ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل نوشت دست‌کم ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل تأیید کرد که ۱۸ نفر اعدام شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل مدعی شد ۱۸ نفر اعدام شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل می‌گوید ۱۸ نفر اعدام شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل گفت ۱۸ نفر اعدام شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل اعلام کرد که ۱۸ نفر اعدام شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل گزارش داد که ۱۸ نفر اعدام شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل تخمین زد که ۳۰۰ نفر بازداشت شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل برآورد کرده است که ۳۰۰ نفر بازداشت شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل ادعا کرد که ۳۰۰ نفر بازداشت شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل افزود که ۳۰۰ نفر بازداشت شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل در گزارشی اعلام کرد که ۳۰۰ نفر بازداشت شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل روز دوشنبه در بیانیه‌ای اعلام کرد ۳۰۰ نفر بازداشت شده‌اند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل کشته شدن ۲۲ نفر را تأیید کرد.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل نام ۲۲ کشته را منتشر کرد.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل ۲۲ مورد اعدام را ثبت کرده است.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل ۲۲ مورد شکنجه را مستند کرده است.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل از ناپدید شدن ۱۴ نفر خبر می‌دهد.",
        "Amnesty International",
    ),
    (
        "به گفته‌ی عفو بین‌الملل، ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "به گزارش عفو بین‌الملل، ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "بنا بر گزارش عفو بین‌الملل، ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "طبق آمار عفو بین‌الملل، ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "بر اساس آمار عفو بین‌الملل دست‌کم ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "به نوشته‌ی عفو بین‌الملل ۳۰ نفر کشته شدند.",
        "Amnesty International",
    ),
    (
        "۳۰ نفر کشته شدند، عفو بین‌الملل این را اعلام کرد.",
        "Amnesty International",
    ),
    (
        "به گفته‌ی پلیس سه مأمور نیروی انتظامی کشته شدند.",
        "پلیس",
    ),
    (
        "به گفته‌ی پلیس سه مأمور نیروی انتظامی و دو عضو بسیج کشته شدند.",
        "پلیس",
    ),
    (
        "به گزارش عفو بین‌الملل ۴۰ عضو حزب توده بازداشت شدند.",
        "Amnesty International",
    ),
    (
        "عفو بین‌الملل از بازداشت ۴۰ عضو حزب توده خبر داد.",
        "Amnesty International",
    ),
    (
        "دیده‌بان حقوق بشر گفت ۱۲ عضو جبهه ملی بازداشت شدند.",
        "Human Rights Watch",
    ),
    (
        "سه مأمور نیروی انتظامی در درگیری‌ها کشته شدند.",
        None,
    ),
    (
        "۴۰ عضو حزب توده بازداشت شدند.",
        None,
    ),
    (
        "یک سال پس از آن درگیری‌ها، ۲۰ نفر بازداشت شدند.",
        None,
    ),
    (
        "دو هفته بعد، ۲۰ نفر دیگر بازداشت شدند.",
        None,
    ),
    (
        "مریم احمدی همسرش را در آن روز از دست داد. به گفته‌ی خودِ او، دست‌کم ۲۰ نفر بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی همسرش را در آن روز از دست داد. به گفته‌ی او، دست‌کم ۲۰ نفر بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی همسرش را در آن روز از دست داد. او می‌گوید دست‌کم ۲۰ نفر بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی همسرش را در آن روز از دست داد. وی گفت دست‌کم ۲۰ نفر بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی همسرش را در آن روز از دست داد. خود او می‌گوید دست‌کم ۲۰ نفر بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی می‌گوید شوهرش به هفت سال حبس محکوم شد و به گفته‌ی خودِ او، "
        "دست‌کم ۲۰ نفر از دوستانش نیز زندانی شدند.",
        "مریم احمدی",
    ),
    (
        "حسن رضایی به بی‌بی‌سی فارسی گفت که ۱۵ نفر از اهالی روستا کشته شدند.",
        "حسن رضایی",
    ),
    (
        "حسن رضایی، یکی از بازماندگان، گفت ۱۵ نفر کشته شدند.",
        "حسن رضایی",
    ),
    (
        "حسن رضایی، که در آن روز در میدان بود، می‌گوید ۱۵ نفر کشته شدند.",
        "حسن رضایی",
    ),
    (
        "یک سال بعد، عفو بین‌الملل از اعدام ۱۵ نفر خبر داد.",
        "Amnesty International",
    ),
    (
        "در مقابل، عفو بین‌الملل از هزاران کشته سخن گفت.",
        "Amnesty International",
    ),
    (
        "پس از آن، عفو بین‌الملل شمار کشته‌شدگان را ۹۰ نفر اعلام کرد.",
        "Amnesty International",
    ),
    (
        "دیده‌بان حقوق بشر در گزارش خود آورده است که ۷۰ نفر اعدام شدند.",
        "Human Rights Watch",
    ),
    (
        "در گزارش دیده‌بان حقوق بشر آمده است که ۷۰ نفر اعدام شدند.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر می‌نویسد ۷۰ نفر اعدام شدند.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر بر این باور است که ۷۰ نفر اعدام شدند.",
        "Human Rights Watch",
    ),
    (
        "دیده‌بان حقوق بشر فهرستی از ۷۰ اعدامی منتشر کرد.",
        "Human Rights Watch",
    ),
    (
        "کانون مدافعان حقوق زندانیان از کشته شدن دست‌کم ۳۰ نفر خبر داد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان از بین ۲۰ تا ۵۰ کشته سخن گفت.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان شمار کشته‌شدگان را ۴۰ نفر اعلام کرد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان شمار بازداشت‌شدگان را بیش از ۳۰۰ نفر برآورد کرد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان شمار کشته‌ها را دست‌کم ۴۰ نفر دانست.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان نوشت دست‌کم ۳۰ نفر کشته شدند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان تأیید کرد که ۱۸ نفر اعدام شده‌اند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان مدعی شد ۱۸ نفر اعدام شده‌اند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان می‌گوید ۱۸ نفر اعدام شده‌اند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان روز دوشنبه در بیانیه‌ای اعلام کرد ۳۰۰ نفر بازداشت شده‌اند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان با انتشار بیانیه‌ای اعلام کرد ۳۰۰ نفر بازداشت شده‌اند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان در گفت‌وگو با رادیو فردا گفت ۳۰۰ نفر بازداشت شده‌اند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان، نهادی مستقل در تبعید، از بازداشت ۳۰۰ نفر خبر داد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان، که در لندن مستقر است، از بازداشت ۳۰۰ نفر خبر داد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان اما شمار کشته‌ها را ۴۰ نفر دانست.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان ولی از ۴۰ کشته خبر داد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان نیز از بازداشت ۳۰۰ نفر خبر داد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان هم از بازداشت ۳۰۰ نفر خبر داد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "به گفته‌ی کانون مدافعان حقوق زندانیان ۳۰ نفر کشته شدند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "به گزارش کانون مدافعان حقوق زندانیان، دست‌کم ۳۰ نفر کشته شدند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "سخنگوی کانون مدافعان حقوق زندانیان گفت ۳۰ نفر کشته شدند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان در توییتی نوشت ۳۰ نفر کشته شدند.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان در گزارش تازه‌ی خود ۲۲ مورد اعدام را ثبت کرده است.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان نام ۲۲ اعدامی را منتشر کرد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان هویت ۲۲ کشته را تأیید کرد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "کانون مدافعان حقوق زندانیان اعدام ۲۲ زندانی را تأیید کرد.",
        "کانون مدافعان حقوق زندانیان",
    ),
    (
        "منابع محلی از کشته شدن ۳۰ نفر خبر دادند.",
        "منابع محلی",
    ),
    (
        "به گفته‌ی منابع محلی ۳۰ نفر کشته شدند.",
        "منابع محلی",
    ),
    (
        "فعالان حقوق بشر شمار بازداشت‌شدگان را بیش از ۵۰۰ نفر می‌دانند.",
        "فعالان حقوق بشر",
    ),
    (
        "خانواده‌های زندانیان می‌گویند ۵۰ نفر اعدام شده‌اند.",
        "خانواده‌های زندانیان",
    ),
    (
        "وزارت کشور شمار کشته‌ها را ۱۲ نفر اعلام کرد.",
        "وزارت کشور",
    ),
    (
        "وزارت کشور، اما، شمار کشته‌ها را ۱۲ نفر اعلام کرد.",
        "وزارت کشور",
    ),
    (
        "دو روز بعد، وزارت کشور شمار کشته‌ها را ۱۲ نفر اعلام کرد.",
        "وزارت کشور",
    ),
    (
        "یک هفته پس از آن، وزارت کشور از بازداشت ۱۲۰ نفر خبر داد.",
        "وزارت کشور",
    ),
    (
        "دادستان تهران بازداشت ۴۰ عضو حزب توده را تأیید کرد.",
        "دادستان تهران",
    ),
    (
        "دادستان تهران از بازداشت ۴۰ عضو حزب توده خبر داد.",
        "دادستان تهران",
    ),
    (
        "کمیته‌ی حقیقت‌یاب در فوریه 1983 شمار کشته‌ها را بین ۷۰۰ تا ۸۰۰ نفر دانست.",
        "کمیته‌ی حقیقت‌یاب",
    ),
    (
        "کمیته‌ی حقیقت‌یاب در ۱۵ خرداد ۱۳۴۲ شمار کشته‌ها را ۸۰ نفر اعلام کرد.",
        "کمیته‌ی حقیقت‌یاب",
    ),
]


@pytest.mark.parametrize(("text", "party"), ENGLISH + PERSIAN)
def test_each_frame_gives_its_figures_to_its_party(text: str, party: str | None) -> None:
    found = [c.attributed_to for c in annotate(text, registry=REGISTRY).claims]
    names = SPELLINGS.get(party, {party}) if party else {None}
    assert found and all(p in names for p in found), found
