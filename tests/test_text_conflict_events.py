"""Conflict events (text/events.py and the data it reads): classes of CAMEO wordings of the PLOVER conflict
types, each on sentences written for it, with negated, threatened-but-not-done and reported counter-cases."""
import pytest

from pluripolar.ontology import load

from .conftest import event_pairs as pairs
from .conftest import events


def relations(text, ex):
    """(subject, predicate, object, negated) of every relation, the 14 predicates' included."""
    return {(r.subject, r.predicate, r.object, r.negated) for r in ex.extract(text, doc_id="t", date="2024-05-10")}


@pytest.mark.parametrize("text, expected", [
    ("Iran sued Canada at the International Court of Justice.", ("IRN", "accuse", "CAN", "115", False)),
    ("Qatar is suing the United Arab Emirates over the blockade.", ("QAT", "accuse", "ARE", "115", False)),
    ("Canada did not sue Iran.", ("CAN", "accuse", "IRN", "115", True)),
])
def test_conflict_suing_a_state_is_a_lawsuit_not_an_arrest(ex, text, expected):
    found = events(text, ex)
    assert expected in found
    assert not any(p == "coerce" for _, p, _, _, _ in found)


def test_conflict_arresting_stays_coercion(ex):
    assert ("CHN", "coerce", "CAN") in pairs("China arrested two Canadians.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Indian soldiers beat Pakistani fishermen with sticks.", ("IND", "assault", "PAK")),
    ("Israeli soldiers beat up Palestinian detainees with the knowledge of their officers, a court was told.",
     ("ISR", "coerce", "PSE")),
])
def test_conflict_a_bare_preposition_pattern_is_only_its_own_verbs(ex, text, expected):
    """"break with" is a threat (CAMEO 130) but "beat ... with" none: the dictionary's bare-preposition
    pattern is a phrasal reading of the verb it was written for, not of every verb of its block."""
    found = pairs(text, ex)
    assert expected in found
    assert not any(p == "threaten" for _, p, _ in found)


def test_conflict_the_phrasal_verb_keeps_its_bare_preposition_pattern(ex):
    assert ("RUS", "threaten", "UKR") in pairs("Moscow broke with Kyiv.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Iranian officials said they had seized a British tanker.", ("IRN", "coerce", "GBR")),
    ("Chinese students said they would boycott Japanese goods.", ("CHN", "threaten", "JPN")),
])
def test_conflict_they_are_the_people_of_the_state_that_reports(ex, text, expected):
    assert expected in pairs(text, ex)


def test_conflict_they_after_a_denied_boycott_is_no_threat(ex):
    found = events("Chinese students said they would not boycott Japanese goods.", ex)
    assert found and all(neg for *_, neg in found)


@pytest.mark.parametrize("text, expected", [
    ("Iran said it would boycott all contacts with Canada.", ("IRN", "threaten", "CAN")),
    ("Palestinian leaders said they would boycott all official contact with the United States.",
     ("PSE", "threaten", "USA")),
])
def test_conflict_a_boycott_of_contact_to_come_threatens_the_partner(ex, text, expected):
    assert expected in pairs(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Pakistan refused to send troops to Yemen.", ("PAK", "reject", "YEM")),
    ("Egypt declined to deploy soldiers in Libya.", ("EGY", "reject", "LBY")),
])
def test_conflict_refusing_to_deploy_troops_rejects_the_host(ex, text, expected):
    assert expected in pairs(text, ex)
    subject, _, host = expected
    assert (subject, "military_presence", host, True) in relations(text, ex)  # the 14 predicates: not deployed


@pytest.mark.parametrize("text", ["Russia refused to attack Ukraine.", "Pakistan sent troops to Yemen."])
def test_conflict_no_rejection_without_refused_presence(ex, text):
    assert not any(p == "reject" for _, p, _ in pairs(text, ex))


@pytest.mark.parametrize("text, expected", [
    ("Turkey refused to commit to any assistance to Ukraine.", ("TUR", "reject", "UKR")),
    ("Hungary declined to contribute to military aid for Ukraine.", ("HUN", "reject", "UKR")),
])
def test_conflict_a_refusal_governs_the_noun_its_verb_takes_a_preposition_of(ex, text, expected):
    assert expected in pairs(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Israeli helicopters fired rockets at positions in Hebron.", ("ISR", "assault", "PSE")),
    ("Israeli jets bombed targets in Nablus overnight.", ("ISR", "assault", "PSE")),
    ("Egypt launched an invasion of South Lebanon.", ("EGY", "assault", "LBN")),
    ("Israel reimposed a closure in the West Bank.", ("ISR", "coerce", "PSE")),
])
def test_conflict_a_town_or_territory_the_data_places_stands_for_its_state_as_the_target(ex, text, expected):
    """`data/places.csv` says where a town or territory is; force or coercion there is against its state."""
    assert expected in pairs(text, ex)


@pytest.mark.parametrize("text", [
    "Israel did not bomb targets in Nablus.",
    "Israel warned it would bomb targets in Jenin.",
])
def test_conflict_a_place_attack_denied_or_threatened_is_not_done(ex, text):
    found = pairs(text, ex)
    assert ("ISR", "assault", "PSE") not in found


def test_conflict_a_threatened_attack_on_a_place_threatens_its_state(ex):
    assert ("ISR", "threaten", "PSE") in pairs("Israel warned it would bomb targets in Jenin.", ex)


@pytest.mark.parametrize("text", [
    "Qatar hosted talks on the West Bank in Doha.",
    "Officials from the West Bank met Jordan's king in Amman.",
    "Hebron condemned Israel.",
])
def test_conflict_a_place_is_no_actor_of_the_relation_predicates(ex, text):
    """A place of `places.csv` names no state acting, judging or meeting: only force, coercion and protest
    fall on it."""
    assert not any("PSE" in (r.subject, r.object) for r in ex.extract(text, doc_id="t", date="2024-05-10"))


@pytest.mark.parametrize("text, expected", [
    ("A French minister has cancelled a planned visit to Haiti.", ("FRA", "reduce_relations", "HTI")),
    ("Japan cancelled a trip to China after the incident.", ("JPN", "reduce_relations", "CHN")),
])
def test_conflict_a_cancelled_visit_reduces_relations_and_breaks_none(ex, text, expected):
    found = relations(text, ex)
    subject, predicate, target = expected
    assert (subject, predicate, target, False) in found
    assert (subject, "visit", target, True) in found  # the visit: not made
    assert not any(p == "diplomatic_relations" for _, p, _, _ in found)


def test_conflict_a_cancelled_visit_said_not_done_reduces_nothing(ex):
    assert ("FRA", "reduce_relations", "HTI") not in pairs("France has not cancelled its planned visit to Haiti.", ex)


@pytest.mark.parametrize("text, expected", [
    ("The United States said it would prohibit all aid to Albania.", ("USA", "aid", "ALB")),
    ("The United States banned military aid to Egypt.", ("USA", "aid", "EGY")),
])
def test_conflict_aid_prohibited_is_aid_ended(ex, text, expected):
    rels = [r for r in ex.extract(text, doc_id="t", date="2024-05-10") if (r.subject, r.predicate, r.object) == expected]
    assert rels and all(r.status == "ended" and r.plover == "SANCTION" for r in rels)


@pytest.mark.parametrize("text, expected", [
    ("The Palestinians reject proposed Israeli changes to the deal.", ("PSE", "criticism", "ISR")),
    ("Iran rejected the American conditions for talks.", ("IRN", "criticism", "USA")),
])
def test_conflict_rejecting_the_other_sides_changes_or_terms_judges_it(ex, text, expected):
    assert (*expected, False) in relations(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Israel is opposed to French mediation in the talks.", ("ISR", "criticism", "FRA")),
    ("India is opposed to the Chinese plan.", ("IND", "criticism", "CHN")),
])
def test_conflict_being_opposed_to_is_holding_the_stance(ex, text, expected):
    found = relations(text, ex)
    assert (*expected, False) in found
    subject, _, target = expected
    assert (target, "criticism", subject, False) not in found


def test_conflict_opposed_by_is_still_the_agent(ex):
    assert ("DEU", "criticism", "POL", False) in relations("Poland was opposed by Germany.", ex)


def test_conflict_opposing_sanctions_on_a_state_judges_no_one(ex):
    assert not any(p == "criticism" for _, p, _, _ in relations("Hungary is opposed to new sanctions on Russia.", ex))


@pytest.mark.parametrize("text, expected", [
    ("Two Syrian gunmen killed four people before they blew themselves up in Ankara.", ("SYR", "assault", "TUR")),
    ("Iranian officials warned they would strike Israel.", ("IRN", "threaten", "ISR")),
])
def test_conflict_they_in_a_clause_framed_by_a_states_people_is_that_state(ex, text, expected):
    assert expected in pairs(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Police in Togo beat Ghanaian migrants.", ("TGO", "assault", "GHA")),
    ("Security forces in Guinea detained dozens of Liberian refugees.", ("GIN", "coerce", "LBR")),
])
def test_conflict_police_or_security_forces_in_a_state_are_its_own(ex, text, expected):
    assert expected in pairs(text, ex)


def test_conflict_troops_in_a_state_are_not_its_own(ex):
    """Troops "in X" may be another state's guests: they stand for no one by where they are."""
    assert not any(s == "MLI" for s, p, _ in pairs("Troops in Mali shelled Algerian positions.", ex))


@pytest.mark.parametrize("text, expected", [
    ("Palestinian prisoners rioted at a jail in northern Israel.", ("PSE", "protest", "ISR")),
    ("Turkish jets shelled a village in Syria.", ("TUR", "assault", "SYR")),
])
def test_conflict_a_site_in_a_state_places_the_event_there(ex, text, expected):
    assert expected in pairs(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Russian agents hacked the networks of the Ukrainian government.", ("RUS", "coerce", "UKR", "176", False)),
    ("Iranian hackers hacked into Israeli computer networks.", ("IRN", "coerce", "ISR", "176", False)),
    ("China carried out a cyberattack on Taiwan.", ("CHN", "coerce", "TWN", "176", False)),
    ("Iran did not hack Israeli computers.", ("IRN", "coerce", "ISR", "176", True)),
])
def test_conflict_hacking_is_coercion_of_mode_cyber(ex, text, expected):
    """CAMEO 176 (attack cybernetically) is PLOVER COERCE, mode cyber (the manual's translation table)."""
    assert expected in events(text, ex)
    assert load().code("176").plover_mode == "cyber"


@pytest.mark.parametrize("text, expected", [
    ("Britain mobilized army reservists for a war against Iraq.", ("GBR", "mobilize", "IRQ")),
    ("Iran mobilized its militias for an offensive against Iraq.", ("IRN", "mobilize", "IRQ")),
])
def test_conflict_a_show_of_force_for_a_war_is_against_its_enemy(ex, text, expected):
    found = pairs(text, ex)
    assert expected in found
    assert not any(p == "assault" for _, p, _ in found)  # the war readied for is not yet waged


def test_conflict_a_purpose_names_no_target_of_sanctions(ex):
    found = relations("The EU imposed sanctions on Russia for its war against Ukraine.", ex)
    assert ("EU", "sanction", "RUS", False) in found
    assert ("EU", "sanction", "UKR", False) not in found


@pytest.mark.parametrize("text, judged, heard", [
    ("Lebanon complained to the United Nations over Israeli air raids.", "ISR", "UN"),
    ("Japan complained to the Security Council about Chinese incursions.", "CHN", "UNSC"),
])
def test_conflict_a_complaint_to_a_third_party_judges_whom_it_is_about(ex, text, judged, heard):
    found = relations(text, ex)
    subject = next(s for s, p, _, _ in found if p == "criticism")
    assert (subject, "criticism", judged, False) in found
    assert (subject, "criticism", heard, False) not in found


def test_conflict_a_complaint_naming_no_reason_judges_whom_it_is_made_to(ex):
    assert ("JPN", "criticism", "CHN", False) in relations("Japan complained to China.", ex)
    assert ("VNM", "criticism", "CHN", True) in relations("Vietnam did not complain to China.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Albania denounced Serbia's suppression of the protests.", ("ALB", "criticism", "SRB", False)),
    ("Norway condemned the Belarusian suppression of dissent.", ("NOR", "criticism", "BLR", False)),
])
def test_conflict_a_suppression_stands_for_its_agent(ex, text, expected):
    assert expected in relations(text, ex)


def test_conflict_a_refusal_governs_no_noun_given_as_its_reason(ex):
    """"refused to negotiate over Indian aid to Afghanistan": the aid is what the refusal is about, not what
    is refused (only a complement's preposition, [embedding] noun_preps, carries the refused act)."""
    assert not any(p == "reject" for _, p, _ in pairs("Pakistan refused to negotiate over Indian aid to Afghanistan.", ex))
