"""The extractor on sentences written for each predicate and each hard case (not from the dev corpus)."""
import pytest

from pluripolar.text import EXTRACTOR_NAME, EXTRACTOR_VERSION


def triples(rels):
    return {(r.subject, r.predicate, r.object) for r in rels}


def find(rels, subject, predicate, obj):
    hits = [r for r in rels if (r.subject, r.predicate, r.object) == (subject, predicate, obj)]
    assert hits, f"no {subject} {predicate} {obj} in {sorted(triples(rels), key=str)}"
    return hits[0]


# --- API and invariants

@pytest.mark.parametrize("text", ["", "   \n\t ", "\u200b\u200b", "🙂🙂 ¿¿ \ud800 x", "a" * 5000, "\x00\x01"])
def test_extractor_never_raises_on_odd_input(ex, text):
    assert ex.extract(text, doc_id="odd") == []


def test_extractor_evidence_quotes_are_exact_substrings(ex):
    text = ("Peru\u00a0and Chile signed a trade agreement on 4 May 2019.\n\nThe Chilean president "
            "visited Lima yesterday, and Peru condemned Bolivia.")
    rels = ex.extract(text, doc_id="inv", date="2019-05-10")
    assert rels
    for r in rels:
        assert r.doc == "inv" and 0 < r.confidence <= 1
        for e in r.evidence:
            assert text[e.char_start:e.char_end] == e.quote
            assert len(e.quote) <= 200 and e.quote in e.sentence
            assert (e.extractor, e.extractor_version) == (EXTRACTOR_NAME, EXTRACTOR_VERSION)


def test_extractor_extract_many_yields_per_document_in_order(ex):
    items = [("a", "Kenya and Uganda signed a defence pact.", None), ("b", "", None),
             ("c", "Norway expelled two Russian diplomats.", None)]
    out = list(ex.extract_many(items, batch_size=2))
    assert len(out) == 3 and out[1] == []
    assert {r.doc for r in out[0]} == {"a"} and {r.doc for r in out[2]} == {"c"}


def test_extractor_codes_come_from_the_ontology(ex):
    r = find(ex.extract("Ghana severed diplomatic relations with Togo.", doc_id="x"),
             "GHA", "diplomatic_relations", "TGO")
    assert r.attrs["status"] == "severed" and r.plover == "SANCTION" and r.cameo == "161"


# --- one test per predicate

def test_extractor_diplomatic_relations_established_symmetric_order(ex):
    r = find(ex.extract("Vanuatu established diplomatic relations with Bhutan in 2012.", doc_id="x"),
             "BTN", "diplomatic_relations", "VUT")
    assert r.attrs["status"] == "established" and r.date == "2012"


def test_extractor_embassy_direction_sender_to_host(ex):
    rels = ex.extract("Ecuador opened its embassy in Ankara on Monday.", doc_id="x", date="2022-03-09")
    r = find(rels, "ECU", "embassy", "TUR")
    assert r.attrs["status"] == "opened" and r.date == "2022-03-07"


def test_extractor_agreement_sectors(ex):
    r = find(ex.extract("Kenya and Ethiopia signed an agreement on energy and trade.", doc_id="x"),
             "ETH", "agreement", "KEN")
    assert set(r.attrs["sectors"]) >= {"energy", "trade"}


def test_extractor_alliance_needs_a_defence_commitment(ex):
    assert find(ex.extract("Greece and France signed a mutual defence pact.", doc_id="x"), "FRA", "alliance", "GRC")
    political = ex.extract("Critics called it an alliance of convenience between Hungary and Serbia.", doc_id="x")
    assert ("HUN", "alliance", "SRB") not in triples(political)


def test_extractor_sanction_passive_with_agent(ex):
    rels = ex.extract("New sanctions were imposed on Belarus by Canada.", doc_id="x")
    assert find(rels, "CAN", "sanction", "BLR")
    assert ("BLR", "sanction", "CAN") not in triples(rels)


def test_extractor_sanction_lifted(ex):
    r = find(ex.extract("The European Union lifted its sanctions on Libya.", doc_id="x"), "EU", "sanction", "LBY")
    assert r.attrs["status"] == "lifted"


def test_extractor_military_presence_with_troop_count(ex):
    r = find(ex.extract("About 4,000 German troops are stationed in Lithuania.", doc_id="x"),
             "DEU", "military_presence", "LTU")
    assert r.attrs.get("troops") == 4000


def test_extractor_visit_by_leader_to_capital(ex):
    rels = ex.extract("Kenyan President William Ruto visited Tokyo in February 2024.", doc_id="x")
    assert find(rels, "KEN", "visit", "JPN").date == "2024-02"


def test_extractor_support_and_criticism_direction(ex):
    rels = ex.extract("Cuba condemned Israel, while Bolivia expressed support for Palestine.", doc_id="x")
    assert find(rels, "CUB", "criticism", "ISR")
    assert ("ISR", "criticism", "CUB") not in triples(rels)


def test_extractor_aid(ex):
    assert find(ex.extract("Japan provided Sri Lanka with emergency food aid.", doc_id="x"), "JPN", "aid", "LKA")


def test_extractor_cooperation_from_relational_noun(ex):
    assert find(ex.extract("Chile and Peru agreed to deepen their ties in mining.", doc_id="x"),
                "CHL", "cooperation", "PER")


def test_extractor_expulsion(ex):
    assert find(ex.extract("Norway expelled two Russian diplomats.", doc_id="x"), "NOR", "expulsion", "RUS")


def test_extractor_membership_joined_with_invitation_date(ex):
    rels = ex.extract("Bolivia and Nigeria were invited to join BRICS on 1 January 2025.", doc_id="x")
    r = find(rels, "BOL", "membership", "BRICS")
    assert r.attrs["status"] == "joined" and r.attrs.get("invited") is True and r.date == "2025-01-01"
    assert find(rels, "NGA", "membership", "BRICS")


# --- hard cases

def test_extractor_lists_give_one_relation_per_member(ex):
    rels = ex.extract("Fiji, Samoa and Tonga have agreed to establish diplomatic ties with Kosovo.", doc_id="x")
    for iso in ("FJI", "WSM", "TON"):
        assert any(r.predicate == "diplomatic_relations" and {r.subject, r.object} == {iso, "XKX"} for r in rels)
    assert not any({r.subject, r.object} <= {"FJI", "WSM", "TON"} for r in rels)


def test_extractor_parenthetical_counts_in_lists(ex):
    text = "The states sanctioning Iran with measures are Norway (40), Japan (12) and Canada (9)."
    rels = ex.extract(text, doc_id="x")
    assert find(rels, "NOR", "sanction", "IRN").attrs.get("count") == 40
    assert find(rels, "CAN", "sanction", "IRN").attrs.get("count") == 9


def test_extractor_negation_flips_direction(ex):
    r = find(ex.extract("Colombia did not sever diplomatic relations with Ecuador.", doc_id="x"),
             "COL", "diplomatic_relations", "ECU")
    assert r.negated is True and r.attrs["status"] == "severed"


def test_extractor_hypothetical_events_are_dropped(ex):
    rels = ex.extract("Nepal could open an embassy in Chile if talks succeed. Mongolia may sign a trade "
                      "deal with Laos.", doc_id="x")
    assert rels == []


def test_extractor_announced_decisions_are_kept(ex):
    rels = ex.extract("Portugal will deploy 200 soldiers to Romania.", doc_id="x")
    assert find(rels, "PRT", "military_presence", "ROU").attrs.get("troops") == 200


def test_extractor_metonymy_capitals_and_leaders(ex):
    rels = ex.extract("Vladimir Putin accused Kyiv of provocations, and Tehran condemned Washington.", doc_id="x")
    assert find(rels, "RUS", "criticism", "UKR")
    assert find(rels, "IRN", "criticism", "USA")


def test_extractor_coreference_it_and_the_two_countries(ex):
    text = ("Norway has a long coastline. It has four embassies in Africa, in Kenya, Ghana, Nigeria and "
            "Ethiopia. Norway and Chile held talks. The two countries signed a fisheries agreement.")
    rels = ex.extract(text, doc_id="x")
    assert find(rels, "NOR", "embassy", "KEN")
    assert find(rels, "CHL", "agreement", "NOR")


def test_extractor_he_resolves_to_the_leaders_state(ex):
    text = "Polish President Andrzej Duda arrived in Seoul. He praised Japan for its help."
    rels = ex.extract(text, doc_id="x")
    assert find(rels, "POL", "visit", "KOR")
    assert find(rels, "POL", "support", "JPN")


def test_extractor_relative_date_yesterday(ex):
    rels = ex.extract("Uruguay yesterday opened an embassy in Vietnam.", doc_id="x", date="2020-10-02")
    assert find(rels, "URY", "embassy", "VNM").date == "2020-10-01"


def test_extractor_anniversary_dates_the_start(ex):
    text = ("Angola and Cuba celebrate the anniversary of relations between the two countries, "
            "which were established on November 15, 1975.")
    r = find(ex.extract(text, doc_id="x", date="2020-11-15"), "AGO", "diplomatic_relations", "CUB")
    assert r.attrs["status"] == "established" and r.date == "1975-11-15"


def test_extractor_claims_counts_about_one_actor(ex):
    text = ("Kazakhstan maintains diplomatic relations with 178 countries. It has 60 embassies abroad. "
            "Belarus has 1,200 sanctions against it.")
    rels = [r for r in ex.extract(text, doc_id="x") if r.predicate == "claim"]
    got = {(r.subject, r.attrs["measure"], r.attrs["value"]) for r in rels}
    assert ("KAZ", "diplomatic_relations_count", 178) in got
    assert ("KAZ", "embassies_count", 60) in got
    assert ("BLR", "sanctions_count", 1200) in got
    assert all(r.object is None for r in rels)


def test_extractor_co_occurrence_alone_is_no_relation(ex):
    text = "Ministers from Spain, Italy and Greece attended the conference in Paris on climate."
    assert ex.extract(text, doc_id="x") == []


def test_extractor_repeated_mentions_merge_with_all_evidence(ex):
    text = "Egypt criticised Sudan. Later, Egypt again criticised Sudan over the dam."
    rels = [r for r in ex.extract(text, doc_id="x") if r.predicate == "criticism"]
    assert len(rels) == 1 and len(rels[0].evidence) == 2


def test_extractor_failure_is_reported_in_the_documents_place(monkeypatch):
    # issue 13: a failed document used to come back as [] (stored as done, with no relations, for good)
    from pluripolar.errors import ExtractionFailed
    from pluripolar.text import Extractor

    ex = Extractor()
    original = ex._relations

    def boom(pieces, text, doc_id, *args):
        if doc_id == "d1":
            raise RuntimeError("stage broke")
        return original(pieces, text, doc_id, *args)

    monkeypatch.setattr(ex, "_relations", boom)
    items = [("d1", "Japan and Korea signed a deal.", None), ("d2", "Norway expelled two Russian diplomats.", None)]
    first, second = ex.extract_many(items)
    assert isinstance(first, ExtractionFailed)
    assert str(first).startswith("d1: extraction failed (RuntimeError: stage broke at ")
    assert "\n" not in str(first) and "not stored" in str(first)
    assert {r.doc for r in second} == {"d2"}
    with pytest.raises(ExtractionFailed, match="^d1: "):
        ex.extract("Japan and Korea signed a deal.", doc_id="d1")
