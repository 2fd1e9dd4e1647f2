"""PLOVER cooperation types from text (issue 15): material cooperation done is COOPERATE, intended is AGREE;
each class of wording on sentences written for these tests, with negated, intended and reported cases,
and the 14 predicates' meaning kept."""
import pytest


def coded(text, ex):
    """(subject, predicate, object, PLOVER type, negated) of every relation extracted from `text`."""
    return {(r.subject, r.predicate, r.object, r.plover, r.negated)
            for r in ex.extract(text, doc_id="t", date="2024-05-10")}


@pytest.mark.parametrize("text, expected", [
    # joint manoeuvres held are military cooperation (CAMEO 062)
    ("Jordan and Egypt held joint naval drills in the Red Sea.", ("EGY", "cooperation", "JOR", "COOPERATE", False)),
    ("Greece held joint exercises with Cyprus off Crete.", ("CYP", "cooperation", "GRC", "COOPERATE", False)),
    # intelligence, evidence or expertise shared (064)
    ("Norwegian officials shared evidence with Sweden about the smuggling ring.",
     ("NOR", "cooperation", "SWE", "COOPERATE", False)),
    ("Kenya has been sharing intelligence with Uganda on the militants.",
     ("KEN", "cooperation", "UGA", "COOPERATE", False)),
    # a suspect handed over to another state's justice (063)
    ("Peru extradited a former minister to Chile.", ("CHL", "cooperation", "PER", "COOPERATE", False)),
    ("Spain extradited the fugitive banker to Argentina last week.", ("ARG", "cooperation", "ESP", "COOPERATE", False)),
])
def test_material_cooperation_done_is_cooperate(ex, text, expected):
    assert expected in coded(text, ex)


@pytest.mark.parametrize("text, expected", [
    # only agreed, pledged or to come: an intent to cooperate (AGREE), still the guide's cooperation
    ("Jordan and Egypt agreed to hold joint naval drills next year.", ("EGY", "cooperation", "JOR", "AGREE", False)),
    ("Egypt will share intelligence with Jordan.", ("EGY", "cooperation", "JOR", "AGREE", False)),
    ("Israel and Jordan reached a consensus to exchange information on the aquifer.",
     ("ISR", "cooperation", "JOR", "AGREE", False)),
])
def test_material_cooperation_intended_is_agree(ex, text, expected):
    assert expected in coded(text, ex)


def test_material_cooperation_denied_or_refused(ex):
    assert ("EGY", "cooperation", "JOR", "COOPERATE", True) in coded("Egypt did not share intelligence with Jordan.", ex)
    refused = coded("Brazil refused to extradite the banker to Italy.", ex)
    assert ("BRA", "reject", "ITA", "REJECT", False) in refused
    assert not any(plover == "COOPERATE" and not neg for _, _, _, plover, neg in refused)
    asked = coded("Italy asked Brazil to extradite the banker.", ex)
    assert not any(plover == "COOPERATE" for _, _, _, plover, _ in asked)
    # one state's own drills relate it to nobody
    assert not any(p == "cooperation" for _, p, _, _, _ in coded("China held naval drills near Taiwan.", ex))


def relations(text, ex):
    """predicate → [(subject, object, status, PLOVER type, negated)] of the relations extracted from `text`."""
    out = {}
    for r in ex.extract(text, doc_id="t", date="2024-05-10"):
        out.setdefault(r.predicate, []).append((r.subject, r.object, r.attrs.get("status"), r.plover, r.negated))
    return out


@pytest.mark.parametrize("text, predicate, expected", [
    # cooperation only agreed, decided or to come is an intent (AGREE); the 14 predicates' status is kept
    ("Canada agreed to lift its embargo on Cuba.", "sanction", ("CAN", "CUB", "lifted", "AGREE", False)),
    ("Turkey decided to ease the sanctions on Armenia.", "sanction", ("TUR", "ARM", "lifted", "AGREE", False)),
    ("Russia will withdraw its troops from Moldova.", "military_presence", ("RUS", "MDA", "withdrawn", "AGREE", False)),
    ("India will open an embassy in Peru.", "embassy", ("IND", "PER", "opened", "AGREE", False)),
    # an adjective of intent governing the act: the intent is the event, the troops stand presupposed
    ("Syria is willing to withdraw its troops from Lebanon.", "agree", ("SYR", "LBN", None, "AGREE", False)),
    ("Serbia is ready to pull its soldiers out of Kosovo.", "agree", ("SRB", "XKX", None, "AGREE", False)),
])
def test_cooperation_intended_is_agree(ex, text, predicate, expected):
    assert expected in relations(text, ex).get(predicate, [])


def test_cooperation_done_or_conflict_intended_keeps_its_type(ex):
    assert ("CAN", "CUB", "lifted", "RETREAT", False) in relations("Canada lifted its embargo on Cuba.", ex)["sanction"]
    assert ("DZA", "MAR", "severed", "SANCTION", False) in relations(
        "Algeria has decided to cut diplomatic relations with Morocco.", ex)["diplomatic_relations"]
    assert ("TCD", "MLI", "deployed", "MOBILIZE", False) in relations(
        "Chad sent 500 soldiers to Mali.", ex)["military_presence"]


@pytest.mark.parametrize("text, expected", [
    # an end wished, demanded or intended presupposes the troops there, but reports no deployment
    ("Syria is willing to withdraw its troops from Lebanon.", ("SYR", "LBN", "deployed", None, False)),
    ("The UN urged Russia to withdraw its troops from Georgia.", ("RUS", "GEO", "deployed", None, False)),
])
def test_presupposed_presence_is_no_event(ex, text, expected):
    assert relations(text, ex)["military_presence"] == [expected]


@pytest.mark.parametrize("text", ["Chad offered troops to Mali.", "Fiji pledged its troops to Lebanon.",
                                  "Syria has offered its soldiers to the Lebanese president."])
def test_troops_offered_are_not_deployed(ex, text):
    assert "military_presence" not in relations(text, ex)


@pytest.mark.parametrize("text, expected", [
    # peacekeepers sent protect the host (CAMEO 074, AID), no show of force against it
    ("Bangladeshi peacekeepers arrived in Sierra Leone.", ("BGD", "SLE", "deployed", "AID", False)),
    ("Fiji deployed a peacekeeping contingent to Lebanon.", ("FJI", "LBN", "deployed", "AID", False)),
    # withdrawn, they protect no one
    ("Nigeria withdrew its peacekeepers from Chad.", ("NGA", "TCD", "withdrawn", "RETREAT", False)),
])
def test_peacekeepers_are_protection(ex, text, expected):
    assert expected in relations(text, ex)["military_presence"]


def test_failing_to_act_denies_it(ex):
    assert ("ARM", "AZE", None, "SUPPORT", True) in relations(
        "Armenia and Azerbaijan failed to reach an agreement on the border.", ex)["agreement"]
    assert ("GRC", "TUR", None, "ACCUSE", True) in relations("Greece failed to condemn Turkey.", ex)["criticism"]
    assert ("DEU", "TUR", None, "ACCUSE", False) in relations(
        "The failed coup in Turkey was condemned by Germany.", ex)["criticism"]


@pytest.mark.parametrize("text, expected", [
    ("Washington said it would prohibit all aid to Nicaragua.", ("USA", "NIC", "ended", "SANCTION", False)),
    ("Germany banned military aid to Niger.", ("DEU", "NER", "ended", "SANCTION", False)),
])
def test_aid_prohibited_is_aid_ended(ex, text, expected):
    assert relations(text, ex)["aid"] == [expected]


@pytest.mark.parametrize("text, expected", [
    # asylum granted to a state's nationals is PLOVER AID (CAMEO 075), not the guide's aid to the state
    ("Uganda has granted political asylum to 18 Rwandan rebels.", ("UGA", "asylum", "RWA", None, "AID", False)),
    ("Peru granted asylum to two Bolivian ministers.", ("PER", "asylum", "BOL", None, "AID", False)),
    ("Peru did not grant asylum to the Bolivian minister.", ("PER", "asylum", "BOL", None, "AID", True)),
])
def test_asylum_is_aid_event(ex, text, expected):
    found = relations(text, ex)
    subject, predicate, obj, *rest = expected
    assert (subject, obj, *rest) in found[predicate] and "aid" not in found


def test_asylum_refused_is_a_rejection(ex):
    found = relations("Peru refused to grant asylum to the Bolivian minister.", ex)
    assert ("PER", "BOL", None, "REJECT", False) in found["reject"] and "asylum" not in found


@pytest.mark.parametrize("text, pairs", [
    # a mediator consults with both sides (CAMEO 045), its phrases said on the verb carrying the noun
    ("Norway began a mediation effort between Colombia and Venezuela.", {("COL", "NOR"), ("NOR", "VEN")}),
    ("Turkey's mediation between Russia and Ukraine produced a grain deal.", {("RUS", "TUR"), ("TUR", "UKR")}),
])
def test_mediation_consults_both_sides(ex, text, pairs):
    assert {(s, o) for s, o, *_ in relations(text, ex)["consult"]} >= pairs


def test_negotiations_elsewhere_are_not_with_the_host(ex):
    found = relations("Iran held negotiations in Iraq with Saudi Arabia.", ex)["consult"]
    assert [(s, o) for s, o, *_ in found] == [("IRN", "SAU")]


@pytest.mark.parametrize("text, expected", [
    # material cooperation announced for the future is an intent (AGREE), cooperation only
    ("Iran will release the British tanker.", ("IRN", "agree", "GBR", "AGREE", False)),
    ("Israel will free 50 Palestinian prisoners.", ("ISR", "agree", "PSE", "AGREE", False)),
])
def test_future_cooperation_is_agree(ex, text, expected):
    assert expected in coded(text, ex)
    assert not any(p == "retreat" for _, p, _, _, _ in coded(text, ex))


def test_future_conflict_is_still_a_threat(ex):
    assert ("RUS", "threaten", "UKR", "THREATEN", False) in coded("Russia will strike Ukraine.", ex)
    assert ("IRN", "retreat", "GBR", "RETREAT", False) in coded("Iran released the British tanker.", ex)


@pytest.mark.parametrize("text, expected", [
    # aid promised is support pledged (the guide), to whom it is given as the dative too; an intent (AGREE)
    ("Finland will give Tanzania a grant of 60 million dollars.", ("FIN", "support", "TZA", "AGREE", False)),
    ("Japan will give Kenya a loan.", ("JPN", "support", "KEN", "AGREE", False)),
    ("The EU gave Serbia its backing.", ("EU", "support", "SRB", "SUPPORT", False)),
])
def test_support_to_a_dative(ex, text, expected):
    assert expected in coded(text, ex)


@pytest.mark.parametrize("text, expected", [
    # states agreeing together to a settlement conclude an agreement
    ("Bosnia and Slovenia agreed to a ceasefire after two days of fighting.", ("BIH", "agreement", "SVN", False)),
    ("Armenia and Azerbaijan agreed on a prisoner swap.", ("ARM", "agreement", "AZE", False)),
    ("India and China did not agree to a truce.", ("CHN", "agreement", "IND", True)),
])
def test_agreeing_to_a_settlement_is_an_agreement(ex, text, expected):
    assert expected in {(s, p, o, neg) for s, p, o, _, neg in coded(text, ex)}


def test_agreeing_to_what_is_no_settlement(ex):
    assert not coded("Peru agreed to the proposal.", ex)


@pytest.mark.parametrize("text, wrong", [
    # the reporter after a comma is no item of the list before it: the support is not the reporter's
    ("Washington imposed sanctions on Iran for its support of Hezbollah, the State Department said.",
     ("IRN", "support", "USA")),
    ("Britain praised Kenya's support of Somalia, the Foreign Office said on Monday.", ("KEN", "support", "GBR")),
])
def test_the_reporter_is_no_list_item(ex, text, wrong):
    found = {(s, p, o) for s, p, o, _, _ in coded(text, ex)}
    assert wrong not in found and (wrong[0], "support", "SOM" if wrong[0] == "KEN" else "org:hezbollah") in found


def test_a_list_still_continues_after_a_comma(ex):
    found = {(s, p, o) for s, p, o, _, _ in coded("The EU condemned Russia, the United States, China and Iran.", ex)}
    assert {("EU", "criticism", x) for x in ("RUS", "USA", "CHN", "IRN")} <= found


@pytest.mark.parametrize("text, expected", [
    # coordinated subjects of a reciprocal act that names no other partner do it with each other
    ("Iran and Saudi Arabia held negotiations in Baghdad.", ("IRN", "consult", "SAU", "CONSULT", False)),
    ("Greece and Turkey renewed negotiations on their maritime border.", ("GRC", "consult", "TUR", "CONSULT", False)),
    ("Iran and Saudi Arabia did not hold negotiations.", ("IRN", "consult", "SAU", "CONSULT", True)),
])
def test_coordinated_subjects_consult_each_other(ex, text, expected):
    assert expected in coded(text, ex)


def test_coordinated_subjects_with_a_partner_or_hypothetical(ex):
    # talks "with" a third state are not talks of the two subjects with each other; a possibility is no event
    assert not any(p == "consult" for _, p, _, _, _ in coded("The UK and Canada held talks with Japan.", ex))
    assert not coded("Iran and Saudi Arabia may hold negotiations next week.", ex)
    # a directed act of coordinated subjects is not done to each other
    assert ("CAN", "assault", "GBR", "ASSAULT", False) not in coded("The UK and Canada attacked Iraq.", ex)


def test_passing_through_is_no_concession(ex):
    # "pass" is in CAMEO's block of "allow" (own code 080, yield): a passage through a place yields nothing
    assert not coded("Jordanian trucks passed through the Syrian border crossing.", ex)
    found = coded("Israel lifted the blockade on Palestinian lorries passing through the crossing.", ex)
    assert not any(p == "concede" for _, p, _, _, _ in found)
    assert ("UZB", "retreat", "AFG", "RETREAT", False) in coded("Uzbekistan allowed the delivery of grain to Afghanistan.", ex)
