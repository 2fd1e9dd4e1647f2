"""Extraction rules for the hosts, lists and senses of embassy, sanction, military presence, membership
and visit relations in wording the dev corpus does not have; each rule on at least two sentences of
different wording, written for the test unless a corpus is named."""
import pytest

from pluripolar.ontology import load

from .conftest import found, of



@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Yván Gil said he had requested the closure of the diplomatic missions of Chile and Peru.",
     {("CHL", "embassy", "VEN", "closed", False), ("PER", "embassy", "VEN", "closed", False)}),
    ("Russia shut the US consulate last year.", {("USA", "embassy", "RUS", "closed", False)}),
    ("Kenya ordered the closure of the Sudanese embassy.", {("SDN", "embassy", "KEN", "closed", False)}),
])
def test_a_state_closing_anothers_post_hosts_it(ex, text, expected):
    assert of("embassy", found(text, ex)) == expected


def test_an_owner_closing_its_own_post_names_no_host(ex):
    assert not of("embassy", found("Argentina closed its embassy on Monday.", ex))


@pytest.mark.parametrize("text, expected", [
    ("Cuba and the United States restored relations, with the reopening of reciprocal embassies in Havana and "
     "Washington.", {("CUB", "embassy", "USA", "opened", False), ("USA", "embassy", "CUB", "opened", False)}),
    ("Ghana and Kenya reopened their embassies.",
     {("GHA", "embassy", "KEN", "opened", False), ("KEN", "embassy", "GHA", "opened", False)}),
])
def test_reciprocal_posts_go_both_ways(ex, text, expected):
    assert expected <= of("embassy", found(text, ex))


@pytest.mark.parametrize("text, expected", [
    ("The Latvian Saeima passed a decision to ban the import of agricultural products from Russia and Belarus.",
     {("LVA", "sanction", "RUS", "imposed", False), ("LVA", "sanction", "BLR", "imposed", False)}),
    ("The Estonian Riigikogu voted on Tuesday to extend sanctions against Iran.",
     {("EST", "sanction", "IRN", "imposed", False)}),
])
def test_a_states_adjective_on_an_unknown_proper_noun_names_its_institution(ex, text, expected):
    assert expected <= of("sanction", found(text, ex))


@pytest.mark.parametrize("text, expected", [
    ("Japan and Australia are also set to release their own sanctions lists against North Korean individuals.",
     {("JPN", "sanction", "PRK", "imposed", False), ("AUS", "sanction", "PRK", "imposed", False)}),
    ("Norway and Iceland are set to publish their own sanctions lists against Belarusian officials.",
     {("NOR", "sanction", "BLR", "imposed", False), ("ISL", "sanction", "BLR", "imposed", False)}),
])
def test_a_sanction_targets_what_it_names_not_the_subjects_above_it(ex, text, expected):
    assert of("sanction", found(text, ex)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cuba is under sanctions imposed by the United States.", ("USA", "sanction", "CUB", "imposed", False)),
    ("Both Venezuela and Iran remain under a US embargo.", ("USA", "sanction", "IRN", "imposed", False)),
    ("Russia, under EU sanctions since 2014, sold oil to India.", ("EU", "sanction", "RUS", "imposed", False)),
])
def test_the_one_under_sanctions_bears_them(ex, text, expected):
    got = of("sanction", found(text, ex))
    assert expected in got and not {k for k in got if k[2] == "IND"}


@pytest.mark.parametrize("text, expected", [
    ("the U.S. increases tension by deploying a large amount of latest offensive military equipment in south "
     "Korea.", ("USA", "military_presence", "KOR", "deployed", False)),  # corpus2
    ("Moscow deployed a large number of tanks in Belarus.", ("RUS", "military_presence", "BLR", "deployed", False)),
    ("China shipped a consignment of vaccines to Laos.", ("CHN", "aid", "LAO", None, False)),
])
def test_a_quantity_word_stands_for_what_it_measures(ex, text, expected):
    assert expected in found(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("The General Assembly called on Israel to withdraw its forces from Lebanon.",
     ("ISR", "military_presence", "LBN", "deployed", False)),
    ("The African Union asked Rwanda to pull its soldiers out of Mali.",
     ("RWA", "military_presence", "MLI", "deployed", False)),
])
def test_an_end_only_demanded_says_the_relation_stands(ex, text, expected):
    got = found(text, ex)
    assert expected in got and not {k for k in got if k[1] == expected[1] and k[:3] != expected[:3]}


def test_an_end_only_possible_is_no_end(ex):
    assert found("Russia might withdraw some troops from Syria.", ex) == {
        ("RUS", "military_presence", "SYR", "deployed", False)}


@pytest.mark.parametrize("text, expected", [
    ("The French military base in Chad was closed in January.", ("FRA", "military_presence", "TCD", "withdrawn")),
    ("Britain's naval station in Bahrain has been shut.", ("GBR", "military_presence", "BHR", "withdrawn")),
])
def test_a_post_that_is_itself_a_presence_ends_when_closed(ex, text, expected):
    assert {k[:4] for k in of("military_presence", found(text, ex))} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The Maldives has long been close to India. India has some 89 military personnel stationed in the country.",
     ("IND", "military_presence", "MDV", "deployed", False)),
    ("Djibouti hosts many foreign forces. Japan keeps a small base in the country.",
     ("JPN", "military_presence", "DJI", "deployed", False)),
])
def test_the_country_a_state_is_stationed_in_is_another(ex, text, expected):
    assert expected in found(text, ex)


def test_a_host_is_a_state_not_an_organisation(ex):
    text = "The US ambassador to the UN said the resolution obliged Russia to withdraw its troops."
    assert not of("military_presence", found(text, ex))


@pytest.mark.parametrize("text, absent", [
    ("The pro-China president said Indian troops must leave the Maldives.", "CHN"),
    ("Pro-Russian separatists attacked Ukrainian forces near Donetsk.", "RUS"),
])
def test_a_leaning_towards_a_state_names_no_party(ex, text, absent):
    assert not {k for k in found(text, ex) if absent in k[:3]}


def dated(text, ex, predicate, date="2024-05-10"):
    return {(r.subject, r.object, r.date) for r in ex.extract(text, doc_id="t", date=date) if r.predicate == predicate}


@pytest.mark.parametrize("text, members, org", [
    ("The declaration establishing the SCO was signed in Shanghai in June 2001 by six states: Kazakhstan, "
     "Kyrgyzstan, China, Russia, Tajikistan, and Uzbekistan.", {"KAZ", "KGZ", "CHN", "RUS", "TJK", "UZB"}, "SCO"),
    ("ASEAN was established in 1967 by the Founding Fathers of ASEAN: Indonesia, Malaysia, the Philippines, "
     "Singapore and Thailand.", {"IDN", "MYS", "PHL", "SGP", "THA"}, "ASEAN"),
    ("MERCOSUR was created in 1991 by four countries: Brazil, Argentina, Paraguay and Uruguay.",
     {"BRA", "ARG", "PRY", "URY"}, "MERCOSUR"),
])
def test_a_colon_list_names_the_members_of_the_noun_before_it(ex, text, members, org):
    got = of("membership", found(text, ex))
    assert got == {(m, "membership", org, "joined", False) for m in members}


@pytest.mark.parametrize("text, expected", [
    ("Brunei Darussalam joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997, and "
     "Cambodia in 1999.", {("BRN", "ASEAN", "1984"), ("VNM", "ASEAN", "1995"), ("LAO", "ASEAN", "1997"),
                           ("MMR", "ASEAN", "1997"), ("KHM", "ASEAN", "1999")}),
    ("Greece joined the EU in 1981, followed by Spain and Portugal in 1986.",
     {("GRC", "EU", "1981"), ("ESP", "EU", "1986"), ("PRT", "EU", "1986")}),
])
def test_followed_by_repeats_the_act_with_its_own_date(ex, text, expected):
    assert dated(text, ex, "membership") == expected


@pytest.mark.parametrize("text, expected", [
    ("The United States imposed sanctions on Iran, followed by the EU and Canada.",
     {("USA", "sanction", "IRN"), ("EU", "sanction", "IRN"), ("CAN", "sanction", "IRN")}),
    ("Chile recognised Palestine in 2011, followed by Peru.",
     {("CHL", "diplomatic_relations", "PSE"), ("PER", "diplomatic_relations", "PSE")}),
])
def test_followed_by_repeats_any_act(ex, text, expected):
    assert expected <= {k[:3] for k in found(text, ex)}


def test_a_colon_before_a_clause_still_ends_nothing_it_should_not(ex):
    text = "The reason was simple: Kenya and Ethiopia signed a trade deal in 2020."
    assert ("ETH", "agreement", "KEN") in {k[:3] for k in found(text, ex)}


@pytest.mark.parametrize("text, expected", [
    ("Modi met Putin in the Russian city of Kazan.", ("IND", "visit", "RUS")),
    ("Lula met Xi in the capital of Vietnam last week.", ("BRA", "visit", "VNM")),
    ("Russia opened a consulate in the Chinese city of Harbin.", ("RUS", "embassy", "CHN")),
])
def test_a_city_or_capital_of_a_state_places_the_event_there(ex, text, expected):
    assert expected in {k[:3] for k in found(text, ex)}


@pytest.mark.parametrize("text, expected", [
    ("Mali was a close ally of France until the junta took power in 2021.", ("FRA", "MLI", "ended", "2021")),
    ("Chad was a staunch ally of Libya until the war broke out in 1978.", ("LBY", "TCD", "ended", "1978")),
])
def test_an_alliance_lasting_until_a_dated_clause_ended_then(ex, text, expected):
    got = {(r.subject, r.object, r.attrs.get("status"), r.date)
           for r in ex.extract(text, doc_id="t", date="2024-05-10") if r.predicate == "alliance"}
    assert got == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Serbia is cementing ties with Russia, a long-time ally.", ("RUS", "alliance", "SRB")),
    ("Despite tensions with Japan, a long-time ally, South Korea held talks with China.", ("JPN", "alliance", "KOR")),
])
def test_an_ally_in_apposition_is_the_clause_subjects(ex, text, expected):
    assert {k[:3] for k in found(text, ex) if k[1] == "alliance"} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The visit of the President of Cuba to Vietnam, China, and Laos involves very important events.",
     {("CUB", "visit", "VNM"), ("CUB", "visit", "CHN"), ("CUB", "visit", "LAO")}),
    ("The trip of the Chilean president to Peru, Bolivia, and Ecuador marks a new policy.",
     {("CHL", "visit", "PER"), ("CHL", "visit", "BOL"), ("CHL", "visit", "ECU")}),
])
def test_the_last_item_of_a_list_keeps_the_lists_role(ex, text, expected):
    assert {k[:3] for k in found(text, ex) if k[1] == "visit"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Iran faces new sanctions from the EU.", ("EU", "sanction", "IRN", "imposed", False)),
    ("Cuba has endured the US embargo for six decades.", ("USA", "sanction", "CUB", "imposed", False)),
])
def test_the_subject_of_a_verb_of_bearing_is_the_target(ex, text, expected):
    assert of("sanction", found(text, ex)) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("In June last year, Panama cut ties with Taipei to open relations with Beijing. Costa Rica did likewise in "
     "2007.", {("CRI", "TWN", "2007"), ("CHN", "CRI", "2007")}),  # corpus2
    ("The United States imposed sanctions on Belarus on Monday. Canada and Japan followed suit.",
     {("CAN", "BLR", "2024-05-10"), ("JPN", "BLR", "2024-05-10")}),
    ("Mali expelled the French ambassador in March. Niger did the same on 2 April.", {("NER", "FRA", "2024-04-02")}),
])
def test_did_likewise_repeats_the_acts_of_the_sentence_before_with_a_new_doer(ex, text, expected):
    got = {(r.subject, r.object, r.date) for r in ex.extract(text, doc_id="t", date="2024-05-10")
           if r.predicate in load().guide}
    assert expected <= got


def test_did_likewise_after_no_act_repeats_nothing(ex):
    text = "Kenya opened an embassy in Seoul. Nothing else happened. Uganda did the same."
    assert not {k for k in found(text, ex) if k[0] == "UGA"}


@pytest.mark.parametrize("text, expected", [
    ("Iranian Vice President Mokhber officially welcomed Niger's PM and his delegation at Tehran's Sa'adabad "
     "Complex.", ("NER", "visit", "IRN")),
    ("Putin welcomed Kim Jong Un in Moscow on Tuesday.", ("PRK", "visit", "RUS")),
])
def test_a_host_welcoming_an_official_is_visited(ex, text, expected):
    assert expected in {k[:3] for k in found(text, ex)}


def test_welcoming_an_officials_act_is_no_visit(ex):
    text = "Syrian interim President Ahmed al-Sharaa welcomed U.S. President Donald Trump's lifting of sanctions."
    assert not of("visit", found(text, ex))


@pytest.mark.parametrize("text", [
    "A diplomat stationed in the North Korean Embassy in Russia was sanctioned.",
    "Police officers stationed in Haiti by Kenya returned home.",
])
def test_a_participle_qualifying_a_civilian_is_no_military_presence(ex, text):
    assert not of("military_presence", found(text, ex))


def test_troops_stationed_abroad_are_still_a_presence(ex):
    assert ("USA", "military_presence", "JPN", "deployed", False) in found("US troops stationed in Japan number "
                                                                          "54,000.", ex)


@pytest.mark.parametrize("text", [
    "As prospective NATO Allies, Finland and Sweden extend their full support to Türkiye.",
    "Chile, a major non-NATO ally, joined the exercise.",
])
def test_an_alliance_binds_states_not_an_organisation(ex, text):
    assert not {k for k in of("alliance", found(text, ex)) if "NATO" in k}
