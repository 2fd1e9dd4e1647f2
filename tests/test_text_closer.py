"""States said to draw nearer each other cooperate; a pair reference takes the two states its own
sentence named before it (sentences written for the test)."""
import pytest


def keys(text, ex, date="2024-05-10"):
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date=date)}


@pytest.mark.parametrize("text, expected", [
    ("Vietnam and the United States have moved closer in recent years.", ("USA", "cooperation", "VNM")),
    ("Hungary drew closer to Russia after 2014.", ("HUN", "cooperation", "RUS")),
])
def test_drawing_closer_is_cooperation(ex, text, expected):
    assert expected in keys(text, ex)


def test_moving_closer_to_a_deal_relates_no_states(ex):
    assert not {k for k in keys("The two sides moved closer to a deal on Tuesday.", ex) if k[1] == "cooperation"}


@pytest.mark.parametrize("text, expected", [
    ("Japan invaded the Philippines in 1941, but the two countries have since grown closer.",
     ("JPN", "cooperation", "PHL")),
    ("Kenya and Somalia argued over the border for years; Nairobi said the two countries would now cooperate.",
     ("KEN", "cooperation", "SOM")),
])
def test_a_pair_reference_takes_the_pair_its_sentence_named(ex, text, expected):
    assert expected in keys(text, ex)


def test_a_pair_reference_is_not_the_states_qualifying_it_nor_the_mediator(ex):
    text = "Serbia and Kosovo met in Brussels. The United States brokered an agreement between the two former " \
           "Yugoslav states."
    found = keys(text, ex)
    assert ("SRB", "agreement", "XKX") in found
    assert not {k for k in found if "YUG" in k or "USA" in k}


@pytest.mark.parametrize("text, expected", [
    ("Kenya's President William Ruto and Ethiopia's Prime Minister Abiy Ahmed met in Nairobi. "
     "They also urged Somalia to stop the attacks. The two leaders affirmed their respect for the "
     "sovereignty of Sudan.", {("KEN", "support", "SDN"), ("ETH", "support", "SDN")}),
    ("France's President Emmanuel Macron and Germany's Chancellor Olaf Scholz met on Monday. Both leaders "
     "condemned Belarus after Chile criticised Peru.", {("FRA", "criticism", "BLR"), ("DEU", "criticism", "BLR")}),
])
def test_two_leaders_acting_together_are_the_pair_both_leaders_means(ex, text, expected):
    assert expected <= keys(text, ex)
