"""Persian persons, this session: a plural noun that two given names spell is no compound name
(a foreign given name opens none), …"""

from tests.extract.helpers import annotated

from sabt.extract.name_shapes_fa import opens_name


def test_a_foreign_given_name_opens_no_compound() -> None:
    # کارمن + دان spells کارمندان (employees): no name, nor the run it opens before a comma.
    assert not opens_name("کارمندان")
    assert annotated("ماموران کارمندان شهرداری، پزشکان و معلمان را بازداشت کردند.", "person") == []
    # A compound of the region's names stays one (محمدصالح).
    assert opens_name("محمدصالح")
