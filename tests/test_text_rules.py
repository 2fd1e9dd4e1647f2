"""General extraction rules, each on sentences written for it (other wordings, other countries than
the dev corpus): cities as places, orders to leave, first-person voices, agent nouns, mutual
commitments, and which relations may take the article date."""
import pytest

from pluripolar.ontology import load
from pluripolar.text.merge import reported_as_news


def keys(text, ex, date="2024-05-10"):
    """The relations of the annotation guide's predicates (event predicates: tests/test_text_events.py)."""
    guide = load().guide
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date=date) if r.predicate in guide}


@pytest.mark.parametrize("text, expected", [
    ("Leaders held talks at a summit in Osaka involving Indonesian President Joko Widodo.", ("IDN", "visit", "JPN")),
    ("The Kenyan foreign minister arrived in Lagos for talks.", ("KEN", "visit", "NGA")),
    ("Hungarian Prime Minister Viktor Orban, a key supporter of Israel, arrived in Karachi.", ("HUN", "visit", "PAK")),
])
def test_rules_a_city_is_the_place_of_a_visit(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_a_city_never_acts_for_its_state(ex):
    assert not keys("Mumbai condemned Pakistan and Karachi praised Iran.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Chad gave the German ambassador 48 hours to leave the country.", ("TCD", "expulsion", "DEU")),
    ("The government of Mali ordered the Swedish envoy to leave within 72 hours.", ("MLI", "expulsion", "SWE")),
    ("Peru declared the Mexican ambassador persona non grata on Tuesday.", ("PER", "expulsion", "MEX")),
    ("The Dutch ambassador to Turkey, Jan Smit, has been ordered to leave the country.", ("TUR", "expulsion", "NLD")),
    ("Britain's ambassador to Iran was given a week to leave.", ("IRN", "expulsion", "GBR")),
])
def test_rules_a_diplomat_ordered_to_leave_is_expelled(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_a_diplomat_not_ordered_out_is_no_expulsion(ex):
    found = keys("Turkey summoned the Dutch ambassador. The Spanish envoy to Chile said he would leave.", ex)
    assert not {k for k in found if k[1] == "expulsion"}


def test_rules_we_is_the_organisation_named_as_the_speaker(ex):
    text = ("From the African Union, we welcome the talks.\n"
            "We firmly reject the aggressive policy of Rwanda.")
    assert ("AU", "criticism", "RWA") in keys(text, ex)
    assert not keys("We condemn the United States.", ex)  # no speaker named: no subject


@pytest.mark.parametrize("text, expected", [
    ("Hungarian Prime Minister Viktor Orban, a key supporter of Israel, spoke.", ("HUN", "support", "ISR")),
    ("Iran is the main sponsor of the Syrian government.", ("IRN", "support", "SYR")),
    ("Cuba applauded Mexico's decision.", ("CUB", "support", "MEX")),
])
def test_rules_agent_nouns_and_praise_verbs_are_support(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Australia and its allies, especially New Zealand, sent ships.", ("AUS", "alliance", "NZL")),
    ("Brazil and Chile agreed to mutually provide military assistance in case of attack.", ("BRA", "alliance", "CHL")),
    ("Kenya and Ethiopia signed a pact pledging mutual aid in the event of aggression.", ("ETH", "alliance", "KEN")),
])
def test_rules_mutual_assistance_and_allies_are_alliances(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_one_sided_aid_stays_aid(ex):
    assert keys("Japan provided aid to Kenya.", ex) == {("JPN", "aid", "KEN")}


def test_rules_only_events_take_the_article_date(ex):
    rels = {r.predicate: r for r in ex.extract(
        "Ghana and Togo signed a trade agreement. Ghana is a member of the African Union.",
        doc_id="t", date="2024-05-10")}
    assert rels["agreement"].date == "2024-05-10" and rels["agreement"].attrs["date_inferred"] is True
    assert rels["membership"].date is None
    assert reported_as_news("sanction", "lifted") and reported_as_news("visit", None)
    assert not reported_as_news("diplomatic_relations", "maintained") and not reported_as_news("claim", None)


def test_rules_a_day_before_a_duration_word_is_still_that_day():
    from datetime import date

    from pluripolar.text.dates import resolve

    assert resolve("February 22 a day", date(2022, 3, 8)) == "2022-02-22"
    assert resolve("(35)", date(2022, 3, 8)) is None


def test_rules_only_verbs_of_object_control_lend_their_object_as_subject(ex):
    assert ("JPN", "sanction", "IRN") in keys("The US pushed Japan to impose sanctions on Iran.", ex)
    found = keys("India will use Mauritius to support naval patrols.", ex)
    assert not {k for k in found if k[1] == "support"}


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed a border treaty. Argentina condemned the treaty.",
     {("ARG", "criticism", "CHL"), ("ARG", "criticism", "PER")}),
    ("Ghana and Togo restored diplomatic ties in May. Nigeria fully supports this agreement.",
     {("NGA", "support", "GHA"), ("NGA", "support", "TGO")}),
    ("Serbia and Kosovo signed an accord on trade. Albania welcomed the deal, but Russia denounced the accords.",
     {("ALB", "support", "SRB"), ("ALB", "support", "XKX"), ("RUS", "criticism", "SRB"), ("RUS", "criticism", "XKX")}),
])
def test_rules_a_judged_deal_stands_for_its_parties(ex, text, expected):
    assert expected <= keys(text, ex)


def test_rules_a_judged_thing_without_known_parties_names_nobody(ex):
    found = keys("Argentina condemned the treaty. Norway condemned the sanctions on Iran.", ex)
    assert not {k for k in found if k[1] in ("criticism", "support")}


@pytest.mark.parametrize("text, expected", [
    ("Kenyan President William Ruto, whose country chairs the African Union, arrived in Paris.",
     ("KEN", "membership", "AU")),
    ("Egyptian President Abdel Fattah al-Sisi, whose country joined BRICS in January, met the press.",
     ("EGY", "membership", "BRICS")),
])
def test_rules_whose_country_is_the_antecedent(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ('"We condemn Azerbaijan\'s aggression," the Armenian foreign ministry said.', ("ARM", "criticism", "AZE")),
    ('"We fully support Ukraine," Polish President Andrzej Duda told reporters on Monday.', ("POL", "support", "UKR")),
])
def test_rules_we_in_reported_speech_is_the_speaker(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_we_without_a_speaking_actor_is_nobody(ex):
    found = keys('"We condemn Azerbaijan\'s aggression," a local journalist said.\n'
                 'Armenia held elections. "We fully support Ukraine," the crowd shouted.', ex)
    assert not {k for k in found if k[1] in ("criticism", "support")}


def claims(text, ex):
    return {(r.subject, r.attrs["measure"], r.attrs["value"], r.date)
            for r in ex.extract(text, doc_id="t", date="2024-05-10") if r.predicate == "claim"}


@pytest.mark.parametrize("text, expected", [
    ("By 2020, more than 400 sanctions were in force against Venezuela.", ("VEN", "sanctions_count", 400, "2020")),
    ("As of 2021, Kazakhstan has established and maintains diplomatic relations with 180 countries.",
     ("KAZ", "diplomatic_relations_count", 180, "2021")),
    ("Uruguay maintains relations with 150 nations.", ("URY", "diplomatic_relations_count", 150, None)),
])
def test_rules_counts_survive_prepositions_hung_on_the_verb_or_an_idiom(ex, text, expected):
    assert expected in claims(text, ex)


def test_rules_a_phrase_on_an_ordinary_noun_is_not_the_target(ex):
    assert not claims("About 30 sanctions experts met in a place near Syria.", ex)


def test_rules_date_headers_and_datelines_do_not_join_the_sentence(ex):
    text = " date 2023-08-25 NAIROBI -- Kenya and Uganda were among four countries invited Friday to join the BRICS bloc."
    assert {("KEN", "membership", "BRICS"), ("UGA", "membership", "BRICS")} <= keys(text, ex)


def test_rules_a_dateline_place_is_not_an_actor(ex):
    found = keys("Nairobi | Daily Desk: Iran has become the world's most sanctioned country with several European "
                 "and western nations announcing severe sanctions against it.", ex)
    assert not {k for k in found if k[0] == "KEN"}


@pytest.mark.parametrize("text, expected", [
    ("Niger's foreign minister said the decision took effect immediately and ordered Ukrainian diplomats to leave.",
     ("NER", "expulsion", "UKR")),
    ("Bolivia said the measure was effective at once and ordered Israeli diplomats to leave the country.",
     ("BOL", "expulsion", "ISR")),
    ("Canada said the measures took effect on Monday and imposed sanctions on Belarus.", ("CAN", "sanction", "BLR")),
])
def test_rules_a_verb_misjoined_to_a_reported_clause_belongs_to_the_speaker(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_a_reported_clause_naming_an_actor_keeps_its_subject(ex):
    found = keys("Niger said the Malian junta took power and ordered French diplomats to leave.", ex)
    assert ("MLI", "expulsion", "FRA") in found and ("NER", "expulsion", "FRA") not in found


def sanctions(text, ex):
    return {(r.subject, r.object, r.attrs.get("count")) for r in ex.extract(text, doc_id="t", date="2024-05-10")
            if r.predicate == "sanction"}


@pytest.mark.parametrize("text, expected", [
    ("Britain imposed sanctions on 12 entities linked to Iran.", ("GBR", "IRN", 12)),
    ("Canada imposed sanctions on 48 individuals and 35 entities linked to Russia.", ("CAN", "RUS", 83)),
    ("The US sanctioned five firms tied to North Korea on Tuesday.", ("USA", "PRK", 5)),
    ("Japan sanctioned 11 companies affiliated with Myanmar's military.", ("JPN", "MMR", 11)),
])
def test_rules_targets_linked_to_an_actor_stand_for_it_with_their_summed_count(ex, text, expected):
    assert expected in sanctions(text, ex)


def test_rules_targets_linked_to_a_non_actor_name_nobody(ex):
    assert not sanctions("Britain imposed sanctions on 12 entities linked to the war.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Australia added 20 individuals to its sanctions list over Iran's support for Russia.", ("AUS", "IRN", 20)),
    ("Switzerland added 9 people and 3 companies to its sanctions list over Belarus's crackdown on protesters.",
     ("CHE", "BLR", 12)),
    ("New Zealand imposed sanctions over Russia's invasion of Ukraine.", ("NZL", "RUS", None)),
])
def test_rules_without_a_named_target_the_actor_of_the_reason_is_sanctioned(ex, text, expected):
    assert expected in sanctions(text, ex)


def test_rules_a_named_target_beats_the_actor_of_the_reason(ex):
    assert sanctions("The US sanctioned Chinese firms over Russia's war in Ukraine.", ex) == {("USA", "CHN", None)}
    assert not sanctions("Australia added 20 individuals to its sanctions list over human rights abuses.", ex)


def memberships(text, ex):
    return {(r.subject, r.object, r.date) for r in ex.extract(text, doc_id="t", date="2024-05-10")
            if r.predicate == "membership"}


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Uganda were invited on Thursday to join the East African Community. Their membership of the "
     "EAC takes effect on January 1, 2025.", {("KEN", "EAC", "2025-01-01"), ("UGA", "EAC", "2025-01-01")}),
    ("Bolivia was invited on Tuesday to join Mercosur. Its accession to Mercosur became effective on 2 May.",
     {("BOL", "MERCOSUR", "2024-05-02")}),
    ("Peru accepted an invitation to join the OECD. Its membership of the OECD takes effect from 1 March.",
     {("PER", "OECD", "2024-03-01")}),
])
def test_rules_an_invitation_takes_the_date_its_membership_takes_effect(ex, text, expected):
    assert expected <= memberships(text, ex)
    assert all(r.attrs.get("invited") for r in ex.extract(text, doc_id="t", date="2024-05-10")
               if r.predicate == "membership" and r.attrs.get("status") == "joined")


def test_rules_an_invitation_keeps_its_date_without_an_effective_date_for_it(ex):
    assert ("SEN", "AU", "2024-05-06") in memberships(
        "Senegal was invited on Monday to join the African Union. The African Union summit was held in "
        "Addis Ababa on Friday.", ex)
    assert {("BTN", "AU", "2024-05-06"), ("NPL", "AU", "2024-03-03")} <= memberships(
        "Bhutan was invited on Monday to join the African Union. Nepal joined the African Union on March 3.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Ghana announced on Monday that it would reopen its embassy in Libya. Nigeria welcomed the decision.",
     {("NGA", "support", "GHA")}),
    ("The Swiss government decided to recognise Palestine. Jordan hailed the move, but Israel condemned the step.",
     {("JOR", "support", "CHE"), ("ISR", "criticism", "CHE")}),
])
def test_rules_a_judged_decision_is_the_last_deciders(ex, text, expected):
    assert expected <= keys(text, ex)


def test_rules_a_judged_decision_without_a_decider_names_nobody(ex):
    found = keys("Chile and Peru held talks. Bolivia welcomed the decision.", ex)
    assert not {k for k in found if k[1] in ("support", "criticism")}


@pytest.mark.parametrize("text, expected", [
    ("President Ferdinand Marcos Jr. visited Tokyo on Monday.", ("PHL", "visit", "JPN")),
    ("Foreign Minister S. Jaishankar arrived in Canberra on Monday.", ("IND", "visit", "AUS")),
])
def test_rules_a_leader_named_with_an_abbreviation_stands_for_the_state(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_a_title_with_an_unknown_name_names_no_state(ex):
    assert not keys("President Surangel Whipps Jr. visited Tokyo on Monday.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Canada added five Iranian officials and two Iranian firms to its sanctions list.", ("CAN", "IRN", 7)),
    ("Japan added two Russian banks and three Russian firms to its export blacklist.", ("JPN", "RUS", 5)),
])
def test_rules_its_after_a_state_subject_is_that_state(ex, text, expected):
    assert expected in sanctions(text, ex)


def test_rules_its_binds_to_its_own_clause_not_the_speaker(ex):
    found = sanctions("Canada said Iran had added Iraqi firms to its sanctions list.", ex)
    assert ("IRN", "IRQ", None) in found and not {k for k in found if k[0] == "CAN"}


@pytest.mark.parametrize("text, expected", [
    ("The African Union added four Sudanese commanders to its sanctions list.", ("AU", "SDN", 4)),
    ("The EU has added two Belarusian officials to the list of those subject to restrictive measures.",
     ("EU", "BLR", None)),
])
def test_rules_its_after_an_organisation_subject_and_lists_of_those_subject_to_measures(ex, text, expected):
    assert expected in sanctions(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Chile said it would back efforts by Peru to end the dispute.", ("CHL", "support", "PER")),
    ("Kenya condemned the position of Somalia on the border.", ("KEN", "criticism", "SOM")),
    ("Bolivia rejected the sanctions imposed by the United States.", ("BOL", "criticism", "USA")),
    ("Ghana welcomed the steps taken by Togo and Benin.", ("GHA", "support", "BEN")),
])
def test_rules_judging_an_act_judges_its_agent(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_the_recipient_of_a_judged_act_is_not_judged(ex):
    assert ("GHA", "support", "MLI") not in keys("Ghana welcomed the steps taken by Togo towards Mali.", ex)


@pytest.mark.parametrize("text, sectors", [
    ("Japan and Australia signed a cost-sharing deal on Monday.", {"finance"}),
    ("Chile and Peru signed a pact pledging mutual defence.", {"military", "security"}),
    ("Laos and Vietnam signed an agreement. It covers fisheries, health and tourism.", set()),
    ("Laos and Vietnam signed an agreement, which opens talks on fisheries, health and tourism.",
     {"agriculture", "health", "culture"}),
])
def test_rules_agreement_sectors_from_words_phrases_and_the_sentence(ex, text, sectors):
    rel = next(r for r in ex.extract(text, doc_id="t", date="2024-05-10") if r.predicate == "agreement")
    assert set(rel.attrs.get("sectors", [])) == sectors


def test_rules_the_event_named_again_gives_its_date(ex):
    text = "Peru has signed a trade deal with Chile. Boluarte concluded the deal on Thursday in Lima."
    rel = next(r for r in ex.extract(text, doc_id="t", date="2024-06-22") if r.predicate == "agreement")
    assert rel.date == "2024-06-20" and not rel.attrs.get("date_inferred")


def test_rules_another_event_of_the_kind_gives_no_date(ex):
    text = "Peru has signed a trade deal with Chile. Bolivia signed a deal with Brazil on Thursday."
    rels = {(r.subject, r.object): r.date for r in ex.extract(text, doc_id="t", date="2024-06-22")
            if r.predicate == "agreement"}
    assert rels[("CHL", "PER")] != "2024-06-20" and rels[("BOL", "BRA")] == "2024-06-20"


@pytest.mark.parametrize("text, expected", [
    ("Norway has frozen the assets of 12 Belarusian oligarchs.", ("NOR", "sanction", "BLR")),
    ("Canada seized Russian central bank reserves in 2023.", ("CAN", "sanction", "RUS")),
    ("The US slapped sanctions on Venezuelan oil exports.", ("USA", "sanction", "VEN")),
    ("Mali, Niger and Burkina Faso withdrew from ECOWAS.", ("NER", "membership", "ECOWAS")),
    ("British troops left Iraq in 2009.", ("GBR", "military_presence", "IRQ")),
    ("Nicaragua denounced the US blockade.", ("NIC", "criticism", "USA")),
    ("Turkey backed the Azerbaijani position.", ("TUR", "support", "AZE")),
])
def test_rules_more_wordings_of_sanctions_withdrawals_and_judgements(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, absent", [
    ("Canada froze the talks with India.", ("CAN", "sanction", "IND")),
    ("Russia backed China's position on Taiwan.", ("RUS", "support", "TWN")),
    ("Iran criticised the EU over the new sanctions.", ("IRN", "sanction", "EU")),
])
def test_rules_what_those_wordings_do_not_say(ex, text, absent):
    assert absent not in keys(text, ex)


def test_rules_declining_to_join_is_no_joining(ex):
    rel = next(r for r in ex.extract("Argentina declined to join BRICS.", doc_id="t", date="2024-05-10")
               if r.predicate == "membership")
    assert rel.negated


def test_rules_troops_leaving_a_country_are_withdrawn_from_it(ex):
    rel = next(r for r in ex.extract("British troops left Iraq in 2009.", doc_id="t", date="2024-05-10")
               if r.predicate == "military_presence")
    assert (rel.subject, rel.object, rel.attrs["status"], rel.date) == ("GBR", "IRQ", "withdrawn", "2009")


@pytest.mark.parametrize("text, expected", [
    ("Rubio held talks with his Indian counterpart in New Delhi on Friday.", ("USA", "visit", "IND")),
    ("Armenia and Azerbaijan held talks in Abu Dhabi.", ("AZE", "visit", "ARE")),
    ("Iran sent drones to Russia.", ("IRN", "aid", "RUS")),
    ("Serbia and Croatia traded accusations over the border.", ("HRV", "criticism", "SRB")),
    ("Serbia and Croatia traded accusations over the border.", ("SRB", "criticism", "HRV")),
    ("Chile and Peru signed an agreement allowing citizens to travel without visas.", ("CHL", "agreement", "PER")),
])
def test_rules_talks_shipments_traded_accusations_and_clauses_on_a_deal(ex, text, expected):
    assert expected in keys(text, ex, date="2025-03-14")  # Rubio in office


@pytest.mark.parametrize("text", [
    "France sent a delegation to Mali.",
    "India hopes to sign an agreement with Chile.",
    "Kenya hoped to open an embassy in Peru.",
])
def test_rules_no_relation_from_a_delegation_or_a_hope(ex, text):
    assert not {k for k in keys(text, ex) if k[1] != "support"}


@pytest.mark.parametrize("text, expected", [
    ("The United States keeps around 750 military bases in 80 countries.", ("USA", "bases_count", 750)),
    ("There are 50,000 American troops in Europe.", ("USA", "troops_count", 50000)),
])
def test_rules_counts_of_forces_with_no_host_are_claims(ex, text, expected):
    claims = {(r.subject, r.attrs["measure"], r.attrs["value"]) for r in ex.extract(text, doc_id="t", date="2024-05-10")
              if r.predicate == "claim"}
    assert claims == {expected}


def test_rules_counts_of_forces_stationed_are_no_claims(ex):
    rels = ex.extract("Seoul signed a deal for the stationing of 28,500 U.S. troops.", doc_id="t", date="2024-05-10")
    assert not [r for r in rels if r.predicate == "claim"]


def test_rules_a_deal_signed_when_something_was_announced_takes_that_date(ex):
    text = ("Chile and Peru held talks in Lima. The plan was first announced last December when the two "
            "countries signed a trade agreement aimed at cutting tariffs.")
    rel = next(r for r in ex.extract(text, doc_id="t", date="2024-06-20") if r.predicate == "agreement")
    assert (rel.subject, rel.object, rel.date) == ("CHL", "PER", "2023-12")


def test_rules_the_two_countries_are_the_pair_the_story_is_about(ex):
    text = ("Chile and Peru agreed to restore diplomatic ties. Lima cut ties with Santiago in 2019 after Chile "
            "signed a border treaty with Bolivia. The two countries signed a memorandum on fisheries.")
    pairs = {(r.subject, r.object) for r in ex.extract(text, doc_id="t", date="2024-06-20")
             if r.predicate in ("agreement", "cooperation") and "fisheries" in r.evidence[0].sentence}
    assert pairs == {("CHL", "PER")}


@pytest.mark.parametrize("text", [
    "The deal ends four decades of strained ties between Iran and Egypt.",
    "Cuba and the United States have had frosty relations since 1961.",
])
def test_rules_the_state_of_relations_is_no_diplomatic_event(ex, text):
    assert not {k for k in keys(text, ex) if k[1] == "diplomatic_relations"}


def test_rules_cooperation_on_ties_names_no_sector_but_a_deal_on_ties_is_political(ex):
    rels = ex.extract("China and Russia pledged to deepen their close ties. Laos and Cambodia agreed to "
                      "establish ties in a deal signed on Monday.", doc_id="t", date="2024-06-20")
    sectors = {r.predicate: r.attrs.get("sectors") for r in rels if r.predicate in ("cooperation", "agreement")}
    assert sectors == {"cooperation": None, "agreement": ["political"]}


@pytest.mark.parametrize("text, expected", [
    ("Iranian Foreign Minister Abbas Araqchi, who arrived in Cairo on Saturday, met Sisi.", ("IRN", "visit", "EGY")),
    ("The Chilean envoy, who visited Lima in May, praised Peru.", ("CHL", "visit", "PER")),
    ("Abbas visited Cairo on Monday.", ("PSE", "visit", "EGY")),
])
def test_rules_an_official_unknown_by_name_stands_for_the_state_qualifying_him(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_the_month_may_is_a_date_and_the_modal_is_not(ex):
    rels = ex.extract("The Chilean envoy visited Lima in May. Peru may open an embassy in Chile.",
                      doc_id="t", date="2024-06-20")
    assert [(r.predicate, r.date) for r in rels] == [("visit", "2024-05")]


@pytest.mark.parametrize("text, expected", [
    ("Egypt and Iran agreed in 2023 to restore ties and reopen embassies.", ("EGY", "IRN", "opened")),
    ("The newly opened Indian embassy in Kigali hosted a reception.", ("IND", "RWA", "opened")),
    ("The recently closed Czech embassy in Kabul was looted.", ("CZE", "AFG", "closed")),
])
def test_rules_a_participle_on_the_embassy_gives_its_status(ex, text, expected):
    rels = {(r.subject, r.object, r.attrs.get("status")) for r in ex.extract(text, doc_id="t", date="2024-06-20")
            if r.predicate == "embassy"}
    assert expected in rels


@pytest.mark.parametrize("text, expected", [
    ("Russia and China held joint naval drills in the Sea of Japan.", {("CHN", "RUS")}),
    ("The US conducted exercises with Japan in July.", {("JPN", "USA")}),
    ("China held military drills around Taiwan.", set()),
    ("India will exercise restraint, Pakistan said.", set()),
])
def test_rules_joint_drills_are_military_cooperation(ex, text, expected):
    rels = [r for r in ex.extract(text, doc_id="t", date="2024-06-20") if r.predicate == "cooperation"]
    assert {(r.subject, r.object) for r in rels} == expected
    assert all(r.attrs["sectors"] == ["military"] for r in rels)


@pytest.mark.parametrize("text, expected", [
    ("Laos thanked Vietnam for its support.", ("VNM", "support", "LAO")),
    ("Kenya thanked Japan for its humanitarian aid.", ("JPN", "aid", "KEN")),
    ("Iran appreciated the support of Russia.", ("RUS", "support", "IRN")),
    ("Vietnam and Laos signed 14 cooperation documents on Monday.", ("LAO", "agreement", "VNM")),
    ("Vietnam pledged to provide 2,000 scholarships to Lao students.", ("VNM", "support", "LAO")),  # a pledge
    ("France has kept troops in Djibouti since 1977, and Japan opened its only base in the country in 2011.",
     ("JPN", "military_presence", "DJI")),
])
def test_rules_thanks_signed_documents_students_and_the_country(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, absent", [
    ("Laos thanked Vietnam for its support.", ("LAO", "support", "VNM")),
    ("Italy and Spain station troops in the small Horn of Africa state.", ("ITA", "military_presence", "ESP")),
    ("Rwanda and Peru signed a joint communiqué to establish diplomatic relations.", ("PER", "agreement", "RWA")),
])
def test_rules_what_thanks_definite_states_and_communiques_do_not_say(ex, text, absent):
    assert absent not in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Bilateral trade between Chile and Peru reached $7.5 billion in 2023.", ("CHL", 7_500_000_000)),
    ("Trade between India and Russia hit a record 65 billion dollars last year.", ("IND", 65_000_000_000)),
    ("Trade with Russia fell to $2 billion, Japan said.", ("JPN", 2_000_000_000)),
])
def test_rules_trade_in_dollars_is_a_claim_of_the_trader(ex, text, expected):
    claims = {(r.subject, r.attrs["value"]) for r in ex.extract(text, doc_id="t", date="2024-06-20")
              if r.predicate == "claim" and r.attrs["measure"] == "trade_value_usd"}
    assert claims == {expected}


@pytest.mark.parametrize("text", [
    "China signed a trade deal worth $5 billion with Chile.",
    "The US imposed tariffs on $300 billion of Chinese goods.",
])
def test_rules_other_sums_are_no_trade_claims(ex, text):
    assert not [r for r in ex.extract(text, doc_id="t", date="2024-06-20") if r.predicate == "claim"]


def test_rules_those_judging_an_event_take_no_part_in_it(ex):
    found = keys("China and Russia condemned the US-South Korean drills.", ex)
    assert ("KOR", "cooperation", "USA") in found and ("CHN", "criticism", "USA") in found
    assert not {k for k in found if k[1] == "cooperation" and {"CHN", "RUS"} & {k[0], k[2]}}


@pytest.mark.parametrize("text, expected", [
    ("Beijing lodged a strong protest with Tokyo over the visit.", ("CHN", "criticism", "JPN")),
    ("Russia summoned the French ambassador to protest the remarks.", ("RUS", "criticism", "FRA")),
    ("China firmly opposes the US arms sales to Taiwan.", ("CHN", "criticism", "USA")),
    ("Venezuela's government repudiated the new U.S. sanctions.", ("VEN", "criticism", "USA")),
    ("Japan condemned the North Korean missile launch.", ("JPN", "criticism", "PRK")),
])
def test_rules_protests_summons_and_opposition_are_criticism(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_the_recipient_of_judged_arms_sales_is_not_judged(ex):
    assert ("CHN", "criticism", "TWN") not in keys("China firmly opposes the US arms sales to Taiwan.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia welcomed the agreement between Iran and Egypt.", ("SAU", "support", "EGY")),
    ("The US condemned the China-Russia partnership.", ("USA", "criticism", "RUS")),
    ("India reiterated its backing for Palestinian statehood.", ("IND", "support", "PSE")),
    ("Iran is a key ally of Syria.", ("IRN", "alliance", "SYR")),
])
def test_rules_judged_deals_their_parties_owned_causes_and_allies_of(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_blocked_aid_is_no_aid(ex):
    rel = next(r for r in ex.extract("Hungary blocked EU aid to Ukraine.", doc_id="t", date="2024-05-10")
               if r.predicate == "aid")
    assert (rel.subject, rel.object, rel.negated) == ("EU", "UKR", True)


@pytest.mark.parametrize("text, expected", [
    ("During his visit to Hanoi, Putin signed several agreements.", ("RUS", "visit", "VNM")),
    ("Macron hosted Xi in Paris in May.", ("CHN", "visit", "FRA")),
    ("Putin received the Indian prime minister Narendra Modi in the Kremlin.", ("IND", "visit", "RUS")),
    ("The Iranian president flew to Beijing on Tuesday.", ("IRN", "visit", "CHN")),
])
def test_rules_more_ways_of_visiting(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_hosting_troops_is_no_visit(ex):
    assert not {k for k in keys("Qatar hosts US troops.", ex) if k[1] == "visit"}


@pytest.mark.parametrize("text, expected", [
    ("The United States will deploy 2,000 troops to Poland, the Pentagon said. Russia condemned the move.",
     ("RUS", "criticism", "USA")),
    ("Chinese President Xi Jinping arrived in Moscow on Monday. Washington criticised the trip.",
     ("USA", "criticism", "CHN")),
])
def test_rules_a_judged_move_is_that_of_the_last_actor_who_acted(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_a_judged_act_of_no_known_agent_judges_nobody(ex):
    found = keys("Iran accused Israel of the attack. China and Russia denounced the strike.", ex)
    assert {k for k in found if k[1] == "criticism"} == {("IRN", "criticism", "ISR")}


@pytest.mark.parametrize("text, expected", [
    ("Macron made the remarks during a visit to Beijing.", ("FRA", "visit", "CHN")),
    ("Japanese Prime Minister Fumio Kishida said during a visit to Washington that Japan would act.",
     ("JPN", "visit", "USA")),
])
def test_rules_the_speaker_during_a_visit_is_the_visitor(ex, text, expected):
    assert expected in keys(text, ex, date="2023-04-06")


def test_rules_during_someone_elses_visit_the_speaker_is_no_visitor(ex):
    found = keys("During Putin's visit to Pyongyang, Japan protested.", ex)
    assert ("JPN", "visit", "PRK") not in found


@pytest.mark.parametrize("text, expected", [
    ("The junta in Niger revoked the military cooperation agreements with France.", ("FRA", "agreement", "NER")),
    ("Mali terminated its defence agreements with France in 2022.", ("FRA", "agreement", "MLI")),
])
def test_rules_an_agreement_revoked_is_terminated(ex, text, expected):
    rels = {(r.subject, r.predicate, r.object): r for r in ex.extract(text, doc_id="t", date="2023-08-06")}
    assert rels[expected].attrs["status"] == "terminated"


def test_rules_an_undated_text_takes_an_officials_latest_office(ex):
    found = keys("European Council President Charles Michel praised Moldova.", ex, date=None)
    assert ("EU", "support", "MDA") in found


@pytest.mark.parametrize("text, expected", [
    ("Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS.", ("NER", "membership", "ECOWAS", "left")),
    ("The African Union suspended Gabon from the bloc.", ("GAB", "membership", "AU", "suspended")),
])
def test_rules_leaving_or_suspended_from_an_organisation(ex, text, expected):
    found = {(r.subject, r.predicate, r.object, r.attrs.get("status"))
             for r in ex.extract(text, doc_id="t", date="2024-01-15")}
    assert expected in found


def test_rules_a_designation_by_a_state_department_is_a_sanction(ex):
    rels = ex.extract("The US Treasury Department designated 25 Russian entities.", doc_id="t", date="2024-01-15")
    assert [(r.subject, r.predicate, r.object, r.attrs.get("instrument"), r.attrs.get("count")) for r in rels] == [
        ("USA", "sanction", "RUS", "designations", 25)]


def test_rules_a_non_member_prefix_names_no_actor(ex):
    assert not keys("Qatar was designated a major non-NATO ally.", ex)


def test_rules_its_in_a_subjectless_clause_is_the_governing_subject(ex):
    found = keys("Honduras established diplomatic relations with China in March 2023, ending its ties with Taiwan.", ex)
    assert ("HND", "diplomatic_relations", "TWN") in found and ("CHN", "diplomatic_relations", "TWN") not in found


@pytest.mark.parametrize("text, expected", [
    ("Tehran has repeatedly denounced the presence of US forces in the Gulf.", ("IRN", "criticism", "USA")),
    ("Russia condemned the deployment of British troops.", ("RUS", "criticism", "GBR")),
    ("The EU condemns the delivery of Iranian drones to Russia.", ("EU", "criticism", "IRN")),
])
def test_rules_forces_or_arms_of_a_judged_act_name_its_agent(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_the_victim_of_a_judged_act_is_not_judged(ex):
    assert ("CHN", "criticism", "UKR") not in keys("China condemned the invasion of Ukraine.", ex)


def test_rules_the_two_countries_of_a_lede_are_the_two_it_names(ex):
    text = "The two countries signed 12 agreements during President Lula's visit to Beijing."
    assert ("BRA", "agreement", "CHN") in keys(text, ex, date="2023-04-14")


@pytest.mark.parametrize("text, expected", [
    ("Qatar delivered fuel to Lebanon's army.", ("QAT", "aid", "LBN")),
    ("The World Bank approved a $500 million loan for Kenya.", ("WB", "aid", "KEN")),
    ("Brazil welcomed Bolivia's entry into Mercosur.", ("BOL", "membership", "MERCOSUR")),
])
def test_rules_goods_delivered_loans_and_entry(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_granting_asylum_is_no_aid(ex):
    assert not keys("Russia granted asylum to the Syrian leader.", ex)


@pytest.mark.parametrize("text", [
    "NATO said it had seen no evidence that China was delivering lethal weapons to Russia.",
    "Russia denied that it had deployed troops to Belarus.",
])
def test_rules_a_denied_clause_is_negated(ex, text):
    rels = ex.extract(text, doc_id="t", date="2024-01-15")
    assert rels and all(r.negated for r in rels)


def test_rules_a_reported_clause_is_asserted(ex):
    rels = ex.extract("Russia said that it had deployed troops to Belarus.", doc_id="t", date="2024-01-15")
    assert [(r.subject, r.object, r.negated) for r in rels] == [("RUS", "BLR", False)]


def test_rules_an_undated_event_is_not_one_years_before_the_text(ex):
    text = ("Kenya's President William Ruto will visit Japan next week. "
            "Trade has grown since Ruto's first visit to Japan in 2015 and doubled by 2023.")
    visits = sorted((r.date or "") for r in ex.extract(text, doc_id="t", date=None) if r.predicate == "visit")
    assert visits == ["", "2015"]


def test_rules_an_undated_repeat_of_a_recent_event_takes_its_date(ex):
    text = "Kenya signed a trade deal with Japan on 3 May 2024. The deal was welcomed in Nairobi."
    deals = [r for r in ex.extract(text, doc_id="t", date="2024-05-10") if r.predicate == "agreement"]
    assert [r.date for r in deals] == ["2024-05-03"]


@pytest.mark.parametrize("text, expected", [
    ("Venezuela's government ordered the expulsion of diplomats from seven Latin American countries, "
     "including Argentina, Chile and Peru.", {("VEN", "expulsion", "ARG"), ("VEN", "expulsion", "PER")}),
    ("Poland expelled 45 Russian diplomats from the country.", {("POL", "expulsion", "RUS")}),
])
def test_rules_diplomats_expelled_from_a_named_country(ex, text, expected):
    found = keys("Chile protested. " + text, ex)
    assert expected <= found and ("POL", "expulsion", "CHL") not in found


def test_rules_police_sent_abroad_is_no_military_presence(ex):
    assert not keys("Canberra has deployed about 100 police officers to the Solomon Islands.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Ghana received food aid from Japan.", ("JPN", "aid", "GHA")),
    ("Ukraine has received 2 billion euros in military aid from Germany.", ("DEU", "aid", "UKR")),
])
def test_rules_the_receiver_of_aid_is_its_object(ex, text, expected):
    assert keys(text, ex) == {expected}


def test_rules_the_clause_around_in_the_face_of_takes_no_part_in_the_event(ex):
    text = ("The Venezuelan head of state thanked the Iranian people for their solidarity in the face of the "
            "criminal blockade imposed by the government of the United States.")
    assert not {k for k in keys(text, ex) if k[1] == "sanction" and "IRN" in k}


@pytest.mark.parametrize("text, expected", [
    ("Iran rejected the interference of Washington in the internal affairs of Latin American nations.",
     ("IRN", "criticism", "USA")),
    ("Cuba denounced the aggression of the United States.", ("CUB", "criticism", "USA")),
])
def test_rules_an_agentive_act_of_a_state_judges_that_state(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text", [
    "The United States has not ruled out lifting sanctions on Venezuela if free elections are held.",
    "Analysts said the two countries could sign a defence pact next year.",
    "Germany is considering sending Taurus missiles to Ukraine.",
    "Poland called for NATO to station more troops on its territory.",
])
def test_rules_possible_events_are_not_asserted(ex, text):
    assert not {k for k in keys(text, ex) if k[1] != "claim"}


@pytest.mark.parametrize("text, expected", [
    ("Chinese Vice President Han Zheng met with visiting Kazakh Foreign Minister Murat Nurtleu in Beijing.",
     ("KAZ", "visit", "CHN")),
    ("Putin held talks with visiting Indian Prime Minister Narendra Modi in Moscow.", ("IND", "visit", "RUS")),
])
def test_rules_meeting_with_a_visiting_guest(ex, text, expected):
    found = keys(text, ex)
    assert expected in found and (expected[2], "visit", expected[0]) not in found


def test_rules_a_dateline_with_a_hyphen_names_no_actor(ex):
    text = ("UNITED NATIONS (UN News) - The Security Council on Wednesday extended the sanctions regime on "
            "South Sudan for another year.")
    assert keys(text, ex) == {("UNSC", "sanction", "SSD")}


@pytest.mark.parametrize("text, expected", [
    ("The EU banned imports of Russian oil in 2022.", ("EU", "sanction", "RUS")),
    ("Japan restricted exports of semiconductor equipment to China.", ("JPN", "sanction", "CHN")),
])
def test_rules_a_ban_on_trade_with_a_state_is_a_sanction(ex, text, expected):
    assert keys(text, ex) == {expected}


def test_rules_a_ban_on_ones_own_exports_targets_nobody(ex):
    assert not keys("India banned exports of rice.", ex)


def test_rules_a_state_among_the_forces_an_ally_struggles_against_is_not_supported(ex):
    text = ("Kim said that the DPRK would always stand with Russia in its just struggle against the hegemonic "
            "forces of the United States.")
    assert keys(text, ex) == {("PRK", "support", "RUS")}


def test_rules_an_accepted_invitation_to_visit_is_no_visit(ex):
    assert not keys("Putin accepted an invitation to visit Pyongyang at a convenient time.", ex)


def test_rules_a_site_visited_in_a_region_of_a_state(ex):
    text = "Kim Jong Un visited the Vostochny Cosmodrome in the Russian Far East."
    assert ("PRK", "visit", "RUS") in keys(text, ex, date="2023-09-14")


def test_rules_expelled_troops_are_withdrawn_from_the_expelling_host(ex):
    rels = ex.extract("Burkina Faso has expelled French troops.", doc_id="t", date="2023-09-14")
    assert [(r.subject, r.predicate, r.object, r.attrs.get("status")) for r in rels] == [
        ("FRA", "military_presence", "BFA", "withdrawn")]


@pytest.mark.parametrize("text, expected", [
    ("A free trade agreement was signed by South Korea and Israel in Seoul on Monday.", ("ISR", "agreement", "KOR")),
    ("Troops from Rwanda have been deployed in Mozambique since 2021.", ("RWA", "military_presence", "MOZ")),
])
def test_rules_passive_agents_and_troops_from_a_state(ex, text, expected):
    assert keys(text, ex) == {expected}


def test_rules_the_broker_of_a_deal_is_no_party_to_it(ex):
    found = keys("Sudan agreed to establish ties with Israel in a deal brokered by the United States.", ex)
    assert ("SDN", "agreement", "USA") not in found and ("ISR", "agreement", "USA") not in found


def test_rules_a_nation_stands_for_its_state(ex):
    text = "The Chinese nation will continue to provide full support to the government and people of Pakistan."
    assert ("CHN", "support", "PAK") in keys(text, ex)


def test_rules_a_call_coordinated_with_the_event_does_not_make_it_a_wish(ex):
    text = ("France has called for the return of President Mohamed Bazoum to office and has said it would "
            "support efforts by ECOWAS to overturn the coup.")
    assert keys(text, ex, date="2023-08-06") == {("FRA", "support", "ECOWAS")}


def test_rules_it_is_no_person(ex):
    text = "Kenya welcomed President Ruto's return and said it would support Somalia."
    assert ("KEN", "support", "SOM") in keys(text, ex)


def test_rules_an_event_compared_is_not_denied(ex):
    text = "The agreements were not as substantial as an agreement Putin signed with Kim Jong Un the previous day."
    rels = [r for r in ex.extract(text, doc_id="t", date="2024-06-20") if r.predicate == "agreement"]
    assert [(r.subject, r.object, r.negated) for r in rels] == [("PRK", "RUS", False)]


def test_rules_this_country_is_the_state_named_most_when_none_was_a_subject(ex):
    from pluripolar.text import coref

    memory = coref.Memory(states=["FJI", "PLW", "FJI", "NRU"])
    sent = next(ex.nlp("This country established diplomatic relations with Andorra.").sents)
    found = coref.resolve(sent, [], memory, ex.gazetteer.kind)
    assert [m.actor for m in found] == ["FJI"]


def test_rules_a_listed_date_entity_splits_into_its_dates(ex):
    from spacy.tokens import Span

    from pluripolar.text.dates import parts, resolve, with_year

    doc = ex.nlp.make_doc("on 9th November and 24th November 2021, respectively")
    ent = Span(doc, 1, 7, label="DATE")
    values = [resolve(with_year(p.text, ent.text), None) for p in parts(ent)]
    assert values == ["2021-11-09", "2021-11-24"]
    assert [p.text for p in parts(Span(doc, 4, 7, label="DATE"))] == ["24th November 2021"]


def test_rules_a_gerund_qualifying_a_trigger_gives_its_status(ex):
    text = "Cuba and the United States restored diplomatic relations in July 2015, reopening embassies in Havana."
    rels = {(r.subject, r.predicate, r.object): r for r in ex.extract(text, doc_id="t", date="2023-01-10")}
    assert rels[("USA", "embassy", "CUB")].attrs["status"] == "opened"


@pytest.mark.parametrize("text, expected", [
    ("NATO has 32 members, including Turkey and Hungary.", {("TUR", "member"), ("HUN", "member")}),
    ("Leaders of the BRICS group agreed on Thursday to admit six new members, including Saudi Arabia and Iran.",
     {("SAU", "joined"), ("IRN", "joined")}),
])
def test_rules_members_listed_after_including(ex, text, expected):
    rels = ex.extract(text, doc_id="t", date="2023-08-24")
    assert {(r.subject, r.attrs["status"]) for r in rels if r.predicate == "membership"} == expected


def test_rules_troops_stationed_somewhere_are_there_whatever_is_threatened(ex):
    text = "Somalia threatened to expel thousands of Ethiopian troops stationed in Somalia."
    assert ("ETH", "military_presence", "SOM") in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia and Somalia agreed on Wednesday to work together to resolve a bitter dispute.", ("ETH", "cooperation", "SOM")),
    ("Kenya will work together with Uganda on energy.", ("KEN", "cooperation", "UGA")),
])
def test_rules_working_together_is_cooperation(ex, text, expected):
    assert keys(text, ex) == {expected}


def test_rules_member_states_stand_for_their_organisation(ex):
    assert keys("EU member states approved a 12th package of sanctions against Russia.", ex) == {
        ("EU", "sanction", "RUS")}


def test_rules_support_that_will_not_waver_holds(ex):
    rels = ex.extract('"Our support for Ukraine will not waver," the Dutch prime minister told reporters.',
                      doc_id="t", date="2024-10-02")
    assert [(r.subject, r.predicate, r.object, r.negated) for r in rels] == [("NLD", "support", "UKR", False)]


def test_rules_sanctions_that_will_not_end_stay_imposed(ex):
    rels = ex.extract("EU sanctions on Russia will not end.", doc_id="t", date="2024-10-02")
    assert [(r.subject, r.object, r.attrs.get("status"), r.negated) for r in rels] == [("EU", "RUS", "lifted", True)]


def test_rules_a_standing_mention_joins_the_event_of_the_same_embassy(ex):
    text = ("Kenya opened its embassy in Rwanda on 3 May 2024. The Kenyan embassy in Kigali will also serve "
            "Burundi.")
    rels = [r for r in ex.extract(text, doc_id="t", date="2024-05-10") if r.predicate == "embassy"]
    assert [(r.subject, r.object, r.attrs.get("status"), r.date, len(r.evidence)) for r in rels] == [
        ("KEN", "RWA", "opened", "2024-05-03", 2)]


@pytest.mark.parametrize("text, expected", [
    ("Russia and North Korea signed a comprehensive strategic partnership treaty.",
     {("PRK", "agreement", "RUS"), ("PRK", "alliance", "RUS")}),
    ("The United States and Japan reaffirmed their alliance.", {("JPN", "alliance", "USA")}),
    ("France and Greece signed a defence pact.", {("FRA", "agreement", "GRC")}),
])
def test_rules_strategic_partnership_treaties_and_owned_alliances(ex, text, expected):
    assert keys(text, ex) == expected


def test_rules_an_alliance_of_parties_is_no_defence_commitment(ex):
    assert not keys("Kenya's opposition formed an alliance ahead of the vote.", ex)


def test_rules_those_blacklisted_for_an_act_did_it_not_the_blacklister(ex):
    found = keys("Washington blacklisted 12 Chinese companies for supplying drones to Russia.", ex)
    assert ("USA", "sanction", "CHN") in found and ("USA", "aid", "RUS") not in found


def test_rules_visa_restrictions_are_sanctions(ex):
    assert keys("The US Treasury imposed visa restrictions on Nicaraguan officials.", ex) == {("USA", "sanction", "NIC")}


def test_rules_an_official_out_of_office_is_no_organisation_they_served_at_another_time(ex):
    rels = ex.extract("Annalena Baerbock condemned Russia.", doc_id="t", date="2024-01-10")
    assert all(r.subject != "UN" for r in rels)


def test_rules_officials_from_states_meeting_abroad_visit_the_host(ex):
    found = keys("Officials from France and Germany met in Rome to discuss migration.", ex)
    assert found == {("FRA", "visit", "ITA"), ("DEU", "visit", "ITA")}


def test_rules_a_list_of_states_at_a_summit_relates_none_of_them(ex):
    assert not keys("The summit, attended by leaders from Brazil, India and South Africa, focused on climate.", ex)


def test_rules_a_host_serving_as_a_base_for_foreign_troops(ex):
    found = keys("Niger serves as a base for French, US and other foreign troops.", ex)
    assert found == {("FRA", "military_presence", "NER"), ("USA", "military_presence", "NER")}


@pytest.mark.parametrize("text, expected", [
    ("The US pushed Japan to impose sanctions on Russia.", {("JPN", "sanction", "RUS")}),
    ("Vladimir Putin's decision to invade Ukraine has pushed western nations to add sanctions against it.", set()),
])
def test_rules_the_one_pushing_others_to_act_does_not_act(ex, text, expected):
    assert keys(text, ex, date="2023-02-24") == expected


@pytest.mark.parametrize("text, expected", [
    ("South Korea and the United States staged joint drills, prompting a warning from Pyongyang.",
     {("PRK", "criticism", "KOR"), ("PRK", "criticism", "USA")}),
    ("Japan's decision drew condemnation from China.", {("CHN", "criticism", "JPN")}),
])
def test_rules_a_reaction_drawn_from_a_state_judges_the_one_who_drew_it(ex, text, expected):
    assert expected <= keys(text, ex, date="2023-02-24")


def test_rules_a_warning_about_weather_judges_nobody(ex):
    assert not keys("The storm prompted a warning from officials in Japan.", ex)
