"""A Persian centre or project of research, record or remembrance is a body wherever it stands
(مرکز پژوهش حقوق بشر X، مرکز اسناد X، پروژه‌ی تاریخ شفاهی X); a town's centre, a building
project or a town's historic centre is none. Every sentence here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("او با مرکز پژوهش حقوق بشر کالوا همکاری کرد.", "مرکز پژوهش حقوق بشر"),
        ("پروژه‌ی تاریخ شفاهی تارنک این روایت‌ها را گرد آورد.", "پروژه‌ی تاریخ شفاهی تارنک"),
        ("مرکز اسناد انقلاب کالوا را دیدیم.", "مرکز اسناد انقلاب کالوا"),
    ],
)
def test_a_centre_of_research_or_record_is_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


@pytest.mark.parametrize(
    "text",
    ["او در مرکز شهر زندگی می‌کرد.", "پروژه‌ی ساخت سد متوقف شد.", "مرکز تاریخ شهر را دیدیم."],
)
def test_a_town_s_centre_or_a_building_project_is_no_body(text: str) -> None:
    assert proposed(text, "organization") == []
