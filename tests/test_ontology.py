import re

import pytest

from pluripolar.errors import UnknownPredicate
from pluripolar.ontology import load

from .conftest import shared_path

SYMMETRIC = {"diplomatic_relations", "agreement", "alliance", "cooperation"}


def test_ontology_has_the_annotation_guides_predicates():
    guide = shared_path("corpus", "ANNOTATION.md").read_text(encoding="utf-8")
    names = set(re.findall(r"^  - (\w+)\s{2,}", guide, re.M))
    assert len(names) == 14
    assert load().guide == names
    assert {p.name for p in load().predicates.values() if p.kind == "relation"} == names


def test_ontology_symmetric_predicates_match_the_scorer():
    assert {p.name for p in load().predicates.values() if p.symmetric and p.name in load().guide} == SYMMETRIC


def test_ontology_every_plover_type_has_a_predicate():
    o = load()
    manual = shared_path("reference", "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    types = set(re.findall(r"^\\section\{([A-Z]+)\}\s*$", manual, re.M)) - {"PLOVER"}
    assert len(types) == 16 and set(o.plover) == types
    covered = {c.plover for c in o.cameo.values() if c.predicate}
    assert covered == types
    for t in ("CONSULT", "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
              "CONCEDE", "RETREAT"):
        assert any(p.codes.plover == t for p in o.events()), t
    assert not o.guide & {p.name for p in o.events()}


def test_ontology_every_plover_code_maps_to_a_predicate_of_its_type():
    o = load()
    for c in o.cameo.values():
        if c.plover and len(c.code) > 2:
            assert c.predicate, c.code
            p = o.get(c.predicate)
            if p.kind == "event":
                assert p.codes.plover == c.plover and c.code in p.cameo_codes, c.code
        if c.code[:2] in ("01", "02"):
            assert c.plover is None and c.predicate is None


def test_ontology_event_predicates_carry_quad_and_goldstein_intensity():
    o = load()
    table = dict(line.split("\t") for line in shared_path(
        "datasets", "gdelt", "cameo", "CAMEO.goldsteinscale.txt").read_text(encoding="latin-1").splitlines()[1:]
        if line.strip())
    for p in o.events():
        assert p.intensity == float(table[p.codes.cameo]), p.name
        assert p.quad == o.plover[p.codes.plover].quad and p.examples and p.cameo_codes
    assert (o.get("threaten").quad, o.get("assault").quad) == ("verbal_conflict", "material_conflict")
    assert o.get("assault").intensity == -10 and o.get("consult").intensity == 1
    assert o.intensity("1384") == float(table["1384"]) and o.intensity("106") == float(table["10"])
    assert o.code("19x").code == "19" and o.code("0874").predicate == "military_presence"


def test_ontology_every_event_predicate_has_plover_and_cameo():
    for p in load().predicates.values():
        assert p.codes.cameo, p.name
        if p.name != "claim":
            assert p.codes.plover, p.name
            for status in p.statuses:
                assert p.codes_for(status).plover


def test_ontology_plover_types_follow_the_manual_definitions():
    o = load()
    assert o.get("agreement").codes.plover == "SUPPORT"
    assert o.get("diplomatic_relations").codes_for("established").plover == "SUPPORT"
    assert (o.get("expulsion").codes.plover, o.get("expulsion").codes.plover_mode) == ("SANCTION", "expel")
    assert o.get("military_presence").codes_for("deployed").plover == "MOBILIZE"
    assert o.get("military_presence").codes_for("withdrawn").plover == "RETREAT"
    assert (o.get("visit").codes.plover, o.get("visit").codes.plover_mode) == ("CONSULT", "visit")


def test_ontology_cameo_codes_exist_in_the_cameo_codebook():
    lines = shared_path("datasets", "gdelt", "cameo", "CAMEO.eventcodes.txt").read_text(
        encoding="latin-1").splitlines()
    codes = {line.split("\t")[0] for line in lines[1:] if line.strip()}
    for p in load().predicates.values():
        for c in [p.codes] + list(p.by_status.values()):
            assert c.cameo in codes, (p.name, c.cameo)


def test_ontology_direction_and_negation():
    o = load()
    assert o.direction("severed") == -1
    assert o.direction("severed", negated=True) == 1
    assert o.direction("maintained") == 1
    assert o.direction(None, negated=True) == -1


def test_ontology_canonical_pair_orders_only_symmetric():
    o = load()
    assert o.canonical_pair("agreement", "VEN", "PRK") == ("PRK", "VEN")
    assert o.canonical_pair("embassy", "VEN", "PRK") == ("VEN", "PRK")


def test_ontology_unknown_predicate_names_the_valid_ones():
    with pytest.raises(UnknownPredicate, match="diplomatic_relations"):
        load().get("friendship")


def test_ontology_every_predicate_the_data_names_exists_and_every_predicate_has_roles():
    # issue 18: a lexicon predicate the ontology does not know failed every document it fired in
    from pluripolar.analysis.settings import config
    from pluripolar.text import resources

    o = load()
    lexicon = resources.toml("triggers.toml")
    roles = resources.toml("roles.toml")
    event_roles = resources.toml("en/events.toml")["roles"]
    dossier = config()
    named = {
        "trigger lexicon": {t["predicate"] for t in lexicon["trigger"]},
        "trigger governors": set(lexicon["governors"]),
        "roles": set(roles),
        "event roles": set(event_roles) - {"directed", "symmetric"},
        "dossier counts": {c["predicate"] for c in dossier["counts"].values()},
        "dossier sizes": set(dossier["sizes"]) | set(dossier["size_merging"]["predicates"]),
    }
    for where, names in named.items():
        assert names and names <= set(o.predicates), (where, names - set(o.predicates))
    for predicate, table in lexicon["governors"].items():
        assert set(table) - {""} <= set(o.get(predicate).statuses), predicate
    assert set(lexicon["status_words"]) <= {s for p in o.predicates.values() for s in p.statuses}
    for p in o.predicates.values():
        if p.kind == "event":  # an event predicate's own roles, else those of its direction
            assert p.name in event_roles or ("symmetric" if p.symmetric else "directed") in event_roles, p.name
        elif p.object_required:  # a claim has no object: its subject is found by text.claims
            assert p.name in roles, p.name
            assert roles[p.name].get("subject") or roles[p.name].get("participant"), p.name
