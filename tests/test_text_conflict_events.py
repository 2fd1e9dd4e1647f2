"""Conflict events (text/events.py and the data it reads): classes of CAMEO wordings of the PLOVER conflict
types, each on sentences written for it, with negated, threatened-but-not-done and reported counter-cases."""
import pytest

from pluripolar.ontology import load


def events(text, ex):
    """(subject, predicate, object, cameo, negated) of the event predicates extracted from `text`."""
    onto = load()
    return {(r.subject, r.predicate, r.object, r.cameo, r.negated)
            for r in ex.extract(text, doc_id="t", date="2024-05-10") if onto.get(r.predicate).kind == "event"}


def pairs(text, ex):
    return {(s, p, o) for s, p, o, _, neg in events(text, ex) if not neg}


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
