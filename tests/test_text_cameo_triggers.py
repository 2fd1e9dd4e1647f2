"""Judging verbs from the CAMEO verb dictionary and phrasal judgements (sentences written for the test)."""
import pytest


def keys(text, ex):
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date="2024-05-10")
            if not r.negated}


@pytest.mark.parametrize("text, expected", [
    ("Russia castigated Poland for the decision.", ("RUS", "criticism", "POL")),
    ("India chided Pakistan over the attack.", ("IND", "criticism", "PAK")),
    ("Hungary berated Ukraine over minority rights.", ("HUN", "criticism", "UKR")),
    ("Cuba lauded Venezuela's resistance.", ("CUB", "support", "VEN")),
    ("The Kenyan government extolled Ethiopia's mediation.", ("KEN", "support", "ETH")),
])
def test_judging_verbs_of_the_cameo_dictionary(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text", [
    "Egypt and Israel commemorated the anniversary of the treaty.",
    "Brazil delayed the vote on Argentina's proposal.",
    "Japan greeted the Indian delegation in Tokyo.",
])
def test_dictionary_verbs_of_other_senses_judge_no_one(ex, text):
    assert not {k for k in keys(text, ex) if k[1] in ("criticism", "support")}


@pytest.mark.parametrize("text, expected", [
    ("Turkey lashed out at Greece over the islands.", ("TUR", "criticism", "GRC")),
    ("China hit out at Japan on Tuesday.", ("CHN", "criticism", "JPN")),
    ("Algeria expressed outrage at France's decision.", ("DZA", "criticism", "FRA")),
    ("Serbia sided with Russia over the war.", ("SRB", "support", "RUS")),
    ("Belarus stood by Russia throughout the war.", ("BLR", "support", "RUS")),
    ("Nicaragua rallied behind Russia at the UN.", ("NIC", "support", "RUS")),
])
def test_phrasal_judgements_take_their_own_preposition_s_object(ex, text, expected):
    assert expected in keys(text, ex)
