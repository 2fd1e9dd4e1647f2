"""Classes of errors found on wire copy the extractor was not developed on (OEDA's PLOVER gold-standard
sentences, and sentences written for this test), each held by two wordings written here: tempting false
relations that must not be given (with a wording that must still give the true one), and true ones that
were missed."""
import pytest


def found(ex, text, date="2024-03-04"):
    return {(r.subject, r.predicate, r.object, r.negated, r.attrs.get("status")) for r in
            ex.extract(text, doc_id="f", date=date)}


def pairs(ex, text, predicate, date="2024-03-04"):
    return {(s, o) for s, p, o, neg, _ in found(ex, text, date) if p == predicate and not neg}


@pytest.mark.parametrize("text, subject, obj", [
    ("Palestinians and Israelis failed to reach agreement on the fate of the offices on Sunday.", "ISR", "PSE"),
    ("Spain and Morocco failed to agree on a fisheries deal after two days of talks.", "ESP", "MAR"),
])
def test_a_failed_agreement_is_no_agreement(ex, text, subject, obj):
    assert (subject, obj) not in pairs(ex, text, "agreement")


def test_an_agreement_reached_after_a_failed_attempt_holds(ex):
    assert ("IRN", "IRQ") in pairs(ex, "Iran and Iraq reached an agreement on water after a failed attempt.",
                                   "agreement")


@pytest.mark.parametrize("text", [
    "The first NATO peacekeeping troops have arrived in Bosnia, the defence secretary said.",
    "Two Russian warships arrived in Havana on Wednesday for a five-day port call.",
])
def test_troops_or_ships_arriving_are_no_visit(ex, text):
    assert not pairs(ex, text, "visit")


def test_an_official_arriving_still_visits(ex):
    assert ("RUS", "CUB") in pairs(ex, "Russian Foreign Minister Sergei Lavrov arrived in Havana on Wednesday.",
                                   "visit")


@pytest.mark.parametrize("text", [
    "Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday.",
    "Insurgents killed 12 Nigerian soldiers near the border with Niger.",
    "France is ready to contribute up to 4,000 troops to an international peacekeeping force in Liberia.",
])
def test_casualties_and_offers_are_no_troop_count(ex, text):
    assert not [f for f in found(ex, text) if f[1] == "claim"]


def test_troops_kept_abroad_are_still_counted(ex):
    rels = ex.extract("Washington keeps about 50,000 soldiers in Japan, the report said.", doc_id="f",
                      date="2024-03-04")
    assert any(r.predicate == "military_presence" and r.object == "JPN" and r.attrs.get("troops") == 50000
               for r in rels)


@pytest.mark.parametrize("text", [
    "British aircraft killed four Iraqis in an attack on a suspected weapons supply in Basra.",
    "Rebels seized a large fuel supply near the Chadian border.",
])
def test_a_stock_is_no_supply_given(ex, text):
    assert not pairs(ex, text, "aid")


@pytest.mark.parametrize("text, giver, receiver", [
    ("Germany halted arms supplies to Turkey.", "DEU", "TUR"),
    ("China supplied Pakistan with fighter jets.", "CHN", "PAK"),
])
def test_supplies_given_are_aid(ex, text, giver, receiver):
    assert any(s == giver and p == "aid" and o == receiver for s, p, o, _, _ in found(ex, text))


@pytest.mark.parametrize("text, giver, receiver", [
    ("The United States announced it would prohibit all aid to Uzbekistan.", "USA", "UZB"),
    ("Japan banned economic aid to Myanmar after the coup.", "JPN", "MMR"),
])
def test_forbidden_aid_has_ended(ex, text, giver, receiver):
    assert (giver, "aid", receiver, False, "ended") in found(ex, text)


@pytest.mark.parametrize("text, member, other", [
    ("NATO member Turkey criticised Sweden on Monday.", "TUR", "SWE"),
    ("NATO-member Norway is willing to send material to help defend Saudi Arabia.", "NOR", "SAU"),
])
def test_a_members_organisation_does_not_act_with_it(ex, text, member, other):
    rels = found(ex, text)
    assert (member, "membership", "NATO", False, "member") in rels
    assert any(s == member and o == other for s, p, o, _, _ in rels if p != "membership")
    assert not any(s == "NATO" and o == other for s, p, o, _, _ in rels)


def test_an_organisation_and_a_state_listed_both_act(ex):
    assert {("NATO", "SWE"), ("TUR", "SWE")} <= pairs(ex, "NATO and Turkey criticised Sweden on Monday.",
                                                      "criticism")


@pytest.mark.parametrize("text", [
    "Israel and Lebanon renewed negotiations today on an Israeli troop pullback and their future relations.",
    "Serbia and Kosovo resumed talks in Brussels on the normalisation roadmap and their future ties.",
])
def test_renewed_talks_about_ties_do_not_restore_them(ex, text):
    assert not [f for f in found(ex, text) if f[1] == "diplomatic_relations"]


def test_ties_resumed_are_restored(ex):
    assert ("EGY", "diplomatic_relations", "QAT", False, "restored") in found(
        ex, "Qatar and Egypt resumed their diplomatic relations on Monday.")


@pytest.mark.parametrize("text, expeller, org", [
    ("North Korea expelled inspectors of the International Atomic Energy Agency, or IAEA, from Yongbyon.",
     "PRK", "IAEA"),
    ("Mali expelled the monitors of the African Union from Bamako on Friday.", "MLI", "AU"),
])
def test_expelling_an_organisations_people_is_no_leaving_it(ex, text, expeller, org):
    assert not [f for f in found(ex, text) if f[1] == "membership"]


def test_an_organisation_expelling_a_state_ends_its_membership(ex):
    assert ("SYR", "membership", "LAS", False, "left") in found(ex, "The Arab League expelled Syria in 2011.")


@pytest.mark.parametrize("text", [
    "Syria has again offered its troops to Lebanon's new president to help him restore order.",
    "Turkey offered to deploy troops in Somalia to protect the airport.",
])
def test_troops_offered_are_not_deployed(ex, text):
    assert not pairs(ex, text, "military_presence")


@pytest.mark.parametrize("text, giver, receiver, predicate", [
    ("Russia offered its support to Cuba on Tuesday.", "RUS", "CUB", "support"),
    ("China offered to expand cooperation with Brazil in energy.", "BRA", "CHN", "cooperation"),
])
def test_support_and_cooperation_offered_still_count(ex, text, giver, receiver, predicate):
    assert (giver, receiver) in pairs(ex, text, predicate)


@pytest.mark.parametrize("text, giver, predicate, receiver", [
    ("The European Union is Ukraine's largest donor, having provided billions of euros since 2022.",
     "EU", "aid", "UKR"),
    ("China is Pakistan's biggest creditor.", "CHN", "aid", "PAK"),
    ("Iran is Russia's key supporter in the war.", "IRN", "support", "RUS"),
    ("China, Russia's main backer, said nothing on Friday.", "CHN", "support", "RUS"),
])
def test_the_owner_of_a_giver_or_backer_noun_is_the_one_given_to(ex, text, giver, predicate, receiver):
    assert (giver, receiver) in pairs(ex, text, predicate)


@pytest.mark.parametrize("text, imposer, target", [
    ("The sanctions imposed on Iran by the United States in 2018 have crippled its economy.", "USA", "IRN"),
    ("Sanctions imposed on Venezuela by Washington have hurt its oil industry, analysts say.", "USA", "VEN"),
])
def test_a_clause_on_a_sanctions_noun_names_its_target_whatever_the_sanctions_do(ex, text, imposer, target):
    assert pairs(ex, text, "sanction") == {(imposer, target)}


@pytest.mark.parametrize("text, doer, predicate, other", [
    ("Poland's president thanked the United States for deploying Patriot batteries on Polish soil.",
     "USA", "military_presence", "POL"),
    ("Lithuania thanked Germany for stationing a brigade in Lithuania.", "DEU", "military_presence", "LTU"),
    ("Ukraine thanked Poland for condemning Russia.", "POL", "criticism", "RUS"),
])
def test_the_one_thanked_for_an_act_does_it(ex, text, doer, predicate, other):
    assert pairs(ex, text, predicate) == {(doer, other)}


@pytest.mark.parametrize("text, doer, predicate, place", [
    ("The United States deployed Patriot batteries on Polish soil.", "USA", "military_presence", "POL"),
    ("Turkey keeps thousands of soldiers on Iraqi territory.", "TUR", "military_presence", "IRQ"),
])
def test_a_state_s_soil_or_territory_is_the_state(ex, text, doer, predicate, place):
    assert (doer, place) in pairs(ex, text, predicate)


@pytest.mark.parametrize("text, member, org, status", [
    ("Armenia froze its participation in the Russian-led Collective Security Treaty Organization.", "ARM", "CSTO",
     "suspended"),
    ("Mali ended its participation in the G5 Sahel last year.", "MLI", "G5_SAHEL", "left"),
])
def test_a_participation_frozen_or_ended_suspends_or_ends_membership(ex, text, member, org, status):
    assert (member, "membership", org, False, status) in found(ex, text)


def test_taking_part_in_a_meeting_is_no_membership(ex):
    assert not [f for f in found(ex, "Iran confirmed its participation in the SCO summit in Astana.")
                if f[1] == "membership"]


@pytest.mark.parametrize("text", [
    "Taiwan now has only 12 diplomatic allies, most of them small island nations.",
    "Taiwan has 12 remaining diplomatic allies after Nauru's switch.",
])
def test_diplomatic_allies_counted_are_a_count_of_ties(ex, text):
    claims = [r for r in ex.extract(text, doc_id="f", date="2024-03-04") if r.predicate == "claim"]
    assert [(r.subject, r.attrs["measure"], r.attrs["value"]) for r in claims] == [
        ("TWN", "diplomatic_relations_count", 12)]


@pytest.mark.parametrize("text, judge, judged", [
    ("Iran's foreign ministry spokesman called the EU's decision \"illegal and unjustified\".", "IRN", "EU"),
    ("Russia described the US sanctions as illegal.", "RUS", "USA"),
    ("Beijing called the Philippine actions provocative.", "CHN", "PHL"),
])
def test_calling_an_actor_s_act_unlawful_or_wrong_judges_the_actor(ex, text, judge, judged):
    assert pairs(ex, text, "criticism") == {(judge, judged)}


@pytest.mark.parametrize("text", [
    "Analysts called the Chinese deal historic.",
    "Russia said that the decision was illegal.",
])
def test_a_praise_or_an_unowned_act_called_illegal_judges_no_one(ex, text):
    assert not pairs(ex, text, "criticism")


@pytest.mark.parametrize("text", [
    "Lula's visit to China was postponed after he fell ill with pneumonia.",
    "Brazil postponed the signing of the trade deal with Argentina.",
])
def test_an_event_put_off_has_not_happened(ex, text):
    assert not [f for f in found(ex, text) if f[1] in ("visit", "agreement")]


def test_an_event_once_put_off_that_took_place_holds(ex):
    assert ("BRA", "CHN") in pairs(ex, "The postponed visit of Lula to China took place in April.", "visit")


@pytest.mark.parametrize("text, guest, host", [
    ("South African President Cyril Ramaphosa led a delegation of African leaders to Kyiv on Friday.", "ZAF", "UKR"),
    ("Chinese Foreign Minister Wang Yi headed a delegation to Honduras to discuss ties.", "CHN", "HND"),
    ("Indian Prime Minister Narendra Modi received a warm welcome in Moscow on Monday.", "IND", "RUS"),
])
def test_a_delegation_led_or_sent_or_a_guest_welcomed_visits(ex, text, guest, host):
    assert pairs(ex, text, "visit") == {(guest, host)}


def test_a_delegation_that_receives_something_visits_nowhere(ex):
    assert not pairs(ex, "The Chinese delegation received a report from Brazil.", "visit")


@pytest.mark.parametrize("text, opposer", [
    ("Hungary remains opposed to new sanctions on Russia.", "HUN"),
    ("Slovakia opposes any new EU sanctions on Russian gas.", "SVK"),
])
def test_opposing_sanctions_imposes_none(ex, text, opposer):
    assert not pairs(ex, text, "sanction")


def test_sanctions_imposed_despite_an_opponent_hold(ex):
    assert ("EU", "RUS") in pairs(ex, "The EU imposed sanctions on Russia, which Hungary opposed.", "sanction")
