"""Military presence in wordings beyond "troops in X" (issue #12, classes of corpus2 misses): forces and
weapons placed somewhere, crews and warships sent, units that troops make up or serve in, multinational
battlegroups named after their host and led by the alliance the text speaks of, hosts that are "home to"
troops, subjects and objects paired "respectively", and plans announced. Sentences are written for the
tests unless a corpus is named."""
import pytest

from .conftest import found, of


def presence(text, ex):
    return of("military_presence", found(text, ex))


class TestPlacedForces:
    """Placing forces or weapons keeps them where they are placed; sending crews or warships does too."""

    @pytest.mark.parametrize("text, expected", [
        ("The Pentagon will position air defense batteries in Italy and Germany.",
         {("USA", "military_presence", "ITA", "deployed", False), ("USA", "military_presence", "DEU", "deployed", False)}),
        ("The US will place more military personnel in Poland.", {("USA", "military_presence", "POL", "deployed", False)}),
        ("Washington has based bombers in Australia since 2022.", {("USA", "military_presence", "AUS", "deployed", False)}),
        ("Britain dispatched two warships to Cyprus.", {("GBR", "military_presence", "CYP", "deployed", False)}),
        ("France sent a squadron to Estonia in 2023.", {("FRA", "military_presence", "EST", "deployed", False)}),
    ])
    def test_what_is_placed_or_sent_stays_there(self, ex, text, expected):
        assert presence(text, ex) == expected

    @pytest.mark.parametrize("text", [
        "The company placed an order for 20 fighter jets with Sweden.",
        "Kenya sent medical personnel to Gaza.",
        "Japan placed its hopes in talks with China.",
        "Troops paraded in their own capital, Moscow.",
    ])
    def test_other_things_placed_or_sent_are_no_presence(self, ex, text):
        assert not presence(text, ex)


class TestHosts:
    @pytest.mark.parametrize("text, expected", [
        ("Qatar is home to the largest US air base in the Middle East.", ("USA", "military_presence", "QAT", "deployed", False)),
        ("Germany is home to 35,000 American troops.", ("USA", "military_presence", "DEU", "deployed", False)),
    ])
    def test_a_state_home_to_forces_hosts_them(self, ex, text, expected):
        assert presence(text, ex) == {expected}

    def test_a_state_home_to_no_forces_hosts_nothing(self, ex):
        assert not presence("Nigeria is home to many refugees from Cameroon.", ex)


class TestUnits:
    """Troops that make up or serve in a unit are where the unit is; the troops' origin is "from"."""

    @pytest.mark.parametrize("text, expected", [
        ("The battlegroup in Lithuania is made up of soldiers from Germany, Belgium and Norway.", {"DEU", "BEL", "NOR"}),
        ("The multinational force in Kosovo includes troops from Italy and Turkey.", {"ITA", "TUR"}),
        ("Soldiers from Germany and Norway serve in the battlegroup in Lithuania.", {"DEU", "NOR"}),
        # the parser hangs the relative clause on the place: the place hosts the troops all the same
        ("The UN mission in Mali, which was composed of soldiers from Chad and Togo, left in 2023.", {"TCD", "TGO"}),
    ])
    def test_troops_of_a_unit_are_hosted_where_it_is(self, ex, text, expected):
        hosts = {"LTU", "XKX", "MLI"}
        got = presence(text, ex)
        assert {s for s, *_ in got} == expected and {o for _, _, o, *_ in got} <= hosts and len(got) == len(expected)

    @pytest.mark.parametrize("text", [
        "Soldiers from Germany trained Ukrainian recruits.",
        "The Chinese embassy in Nairobi is made up of diplomats from China.",
    ])
    def test_no_unit_or_no_troops_gives_no_host(self, ex, text):
        assert not presence(text, ex)


class TestBattlegroups:
    """A multinational battlegroup is named after its host and, when no owner is named, is the alliance's."""

    @pytest.mark.parametrize("text, expected", [
        ("Turkey only contributes a troop contingent to the Bulgarian battlegroup.",
         {("TUR", "military_presence", "BGR", "deployed", False)}),
        ("The United States commands Poland's Enhanced Forward Presence.",
         {("USA", "military_presence", "POL", "deployed", False)}),
    ])
    def test_the_host_qualifies_the_battlegroup(self, ex, text, expected):
        assert presence(text, ex) == expected

    def test_a_battlegroup_placed_somewhere_is_led_by_who_is_qualified(self, ex):
        assert presence("The British battlegroup in Estonia held drills.", ex) == {
            ("GBR", "military_presence", "EST", "deployed", False)}

    @pytest.mark.parametrize("text, expected", [
        ("NATO leaders met in Madrid. Before 2014, only two such battlegroups existed in Romania and Slovakia.",
         {("NATO", "military_presence", "ROU", "deployed", False), ("NATO", "military_presence", "SVK", "deployed", False)}),
        ("The summit of the North Atlantic Treaty Organization ended. The Enhanced Forward Presence was later "
         "expanded to Latvia.", {("NATO", "military_presence", "LVA", "deployed", False)}),
    ])
    def test_an_ownerless_battlegroup_is_the_alliances(self, ex, text, expected):
        assert presence(text, ex) == expected

    def test_an_ownerless_brigade_is_nobodys(self, ex):
        assert not presence("NATO leaders met in Madrid. A brigade existed in Romania.", ex)


class TestRespectively:
    @pytest.mark.parametrize("text, expected", [
        ("The United Kingdom and Germany lead the Estonian and Lithuanian battlegroups, respectively.",
         {("GBR", "military_presence", "EST", "deployed", False), ("DEU", "military_presence", "LTU", "deployed", False)}),
        ("The United States and France sent 200 and 300 soldiers to Niger and Chad, respectively.",
         {("USA", "military_presence", "NER", "deployed", False), ("FRA", "military_presence", "TCD", "deployed", False)}),
    ])
    def test_respectively_pairs_in_order(self, ex, text, expected):
        assert presence(text, ex) == expected

    def test_without_respectively_every_pair_holds(self, ex):
        assert len(presence("The United States and France sent soldiers to Niger and Chad.", ex)) == 4


class TestAnnouncedPlans:
    @pytest.mark.parametrize("text, expected", [
        ("President Biden announced plans to place fresh U.S. personnel in Poland.",
         ("USA", "military_presence", "POL", "deployed", False)),
        ("Berlin unveiled a plan to station a brigade in Lithuania.", ("DEU", "military_presence", "LTU", "deployed", False)),
    ])
    def test_an_announced_plan_is_a_decision(self, ex, text, expected):
        assert presence(text, ex) == {expected}

    @pytest.mark.parametrize("text", [
        "Berlin discussed a plan to station a brigade in Lithuania.",
        "Hungary has not yet approved Sweden's bid to join the alliance.",
    ])
    def test_a_plan_discussed_or_a_bid_approved_stays_a_wish(self, ex, text):
        assert not {k for k in found(text, ex) if k[1] in ("military_presence", "membership") and not k[4]}
