"""The event stage (text/events.py): every event predicate on sentences written for it, with negated,
threatened-but-not-done and reported cases, and the CAMEO patterns' sense constraints."""
import pytest

from pluripolar.ontology import load
from pluripolar.text.events import EventLexicon

from .conftest import event_pairs as pairs
from .conftest import events
from .conftest import found as guide_found


@pytest.mark.parametrize("text, expected", [
    ("Israel struck targets in Syria.", ("ISR", "assault", "SYR")),
    ("Russia launched an invasion of Ukraine.", ("RUS", "assault", "UKR")),
    ("Israeli strikes on Syria killed ten people.", ("ISR", "assault", "SYR")),
    ("Iran seized a British tanker.", ("IRN", "coerce", "GBR")),
    ("China detained two Canadians.", ("CHN", "coerce", "CAN")),
    ("Ukraine demanded that Russia withdraw its forces.", ("UKR", "request", "RUS")),
    ("Kenya demanded that Somalia withdraw its troops.", ("KEN", "request", "SOM")),
    ("China refused Lithuania's request for talks.", ("CHN", "reject", "LTU")),
    ("Russia declined to meet Ukraine.", ("RUS", "reject", "UKR")),
    ("Hungary boycotted the summit with Ukraine.", ("HUN", "reject", "UKR")),
    ("Japan apologized to China.", ("JPN", "reconcile", "CHN")),
    ("Germany forgave Poland.", ("DEU", "reconcile", "POL")),
    ("Turkey conceded to Sweden.", ("TUR", "concede", "SWE")),
    ("Iran released the British tanker.", ("IRN", "retreat", "GBR")),
    ("Colombia declared a ceasefire with Venezuela.", ("COL", "retreat", "VEN")),
    ("The ICC investigated Russia.", ("ICC", "accuse", "RUS")),
    ("The UN investigated Israel.", ("UN", "accuse", "ISR")),
    ("Iran held negotiations with Saudi Arabia.", ("IRN", "consult", "SAU")),
    ("Iran consulted with Oman.", ("IRN", "consult", "OMN")),
    ("Chinese President Xi Jinping spoke by phone with Joe Biden.", ("CHN", "consult", "USA")),
    ("Japan offered to mediate between Ethiopia and Egypt.", ("JPN", "agree", "ETH")),
    ("Iranians demonstrated against the United States.", ("IRN", "protest", "USA")),
    ("Russia mobilized its army against Ukraine.", ("RUS", "mobilize", "UKR")),
    ("China mobilized against Taiwan.", ("CHN", "mobilize", "TWN")),
    ("Pakistan halted talks with India.", ("PAK", "reduce_relations", "IND")),
    ("North Korea threatened to strike South Korea.", ("PRK", "threaten", "KOR")),
])
def test_events_each_type_on_written_sentences(ex, text, expected):
    assert expected in pairs(text, ex)


@pytest.mark.parametrize("text, threat", [
    ("North Korea threatened to strike South Korea.", ("PRK", "threaten", "KOR", "138", False)),
    ("Russia warned it would strike Finland.", ("RUS", "threaten", "FIN", "138", False)),
    ("Iran said it will attack Israel.", ("IRN", "threaten", "ISR", "138", False)),
    ("The EU threatened to impose sanctions on Belarus.", ("EU", "threaten", "BLR", "1312", False)),
])
def test_events_a_threat_is_not_the_act_threatened(ex, text, threat):
    found = ex.extract(text, doc_id="t", date="2024-05-10")
    assert threat in events(text, ex)
    assert not {r.predicate for r in found} & {"assault", "sanction"}
    assert next(r for r in found if r.predicate == "threaten").plover == "THREATEN"


def test_events_negated_and_reported(ex):
    assert ("RUS", "assault", "UKR", "190", True) in events("Russia did not attack Ukraine.", ex)
    assert ("PRK", "threaten", "JPN", "138", True) in events("North Korea did not threaten to attack Japan.", ex)
    reported = events("Ukraine said Russia attacked Kyiv.", ex)
    assert ("RUS", "assault", "UKR", "190", False) in reported and not any(e[0] == "UKR" for e in reported)
    # a relation predicate's word stays the relation's: "cut ties" is diplomatic relations severed, an
    # intent to act on a relation its modality; a verb carrying one counts only when it turns it to
    # another quad class ("suspended aid" is a reduction, "expressed support" no promise)
    assert not events("Panama cut ties with Taiwan.", ex)
    assert not events("Algeria has decided to cut diplomatic relations with Morocco.", ex)
    assert not events("Colombia expressed its firm support for China.", ex)
    # refusing to condemn is no rejection of the one not condemned; refusing to attack denies the attack
    assert ("SRB", "reject", "RUS") not in pairs("Serbia refused to condemn Russia's invasion of Ukraine.", ex)
    assert ("IRN", "assault", "IRQ", "190", True) in events("Iran refused to attack Iraq.", ex)


def test_events_carry_their_own_cameo_code_and_plover_mode(ex):
    r = next(r for r in ex.extract("Iran seized a British tanker.", doc_id="t") if r.predicate == "coerce")
    assert (r.cameo, r.plover, r.plover_mode) == ("171", "COERCE", "seize")
    assert load().intensity(r.cameo) == -9.2
    assert r.evidence[0].quote.startswith("Iran seized")


def test_events_not_under_a_denial_noun_nor_as_a_preposition(ex):
    assert not events("The EU regrets Mongolia's refusal to arrest Putin.", ex)
    assert not events("The coalition includes most NATO states, notably excluding Turkey.", ex)
    assert ("MNG", "coerce", "RUS") in pairs("Mongolia arrested two Russians.", ex)


def test_events_no_event_without_actors_on_both_sides(ex):
    assert not events("Workers went on strike in France.", ex)
    assert not events("Turkiye extends its full support to Finland against threats to their security.", ex)
    assert not events("The UK and Canada announced their threats.", ex)


def test_events_patterns_keep_their_sense(ex):
    lexicon = EventLexicon(ex.nlp)

    def code(sentence, verb):
        tok = next(t for t in ex.nlp(sentence) if t.lower_ == verb)
        return lexicon._verb_code(tok)[0]

    assert code("Israel imposed a curfew on the town.", "imposed") == "1723"
    assert code("The EU imposed sanctions on Iran.", "imposed") == "163"
    assert code("Russia warned Ukraine of disastrous consequences.", "warned") is None  # a comment (012)
    assert code("Russia warned Ukraine.", "warned") == "130"
    # an intent (AGREE) is said by a verb of intending, not by "send a team" coded so in the dictionary
    assert code("Kenya sent a police team to Haiti.", "sent") is None
    assert code("Japan offered to mediate.", "offered") == "030"


def test_events_converted_cameo_data_is_the_scripts_output():
    """The committed verb data is what scripts/convert_cameo.py makes of the PETRARCH2 dictionary."""
    import csv
    import importlib.util
    from pathlib import Path

    from .conftest import shared_path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("convert_cameo", root / "scripts" / "convert_cameo.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    source = shared_path("reference", "petrarch2", "CAMEO.2.0.txt").read_text(encoding="latin-1")
    verbs, patterns, synsets = script.convert(source, script._plover_codes())
    data = root / "src" / "pluripolar" / "text" / "data" / "en"
    for name, rows in (("cameo_verbs.csv", verbs), ("cameo_patterns.csv", patterns), ("cameo_synsets.csv", synsets)):
        with (data / name).open(encoding="utf-8") as f:
            assert list(csv.reader(f))[1:] == rows, name
    assert len(verbs) > 1500 and len(patterns) > 4000
    # sense constraints kept: "impose" counts as a sanction only with sanctions, a curfew is coercion
    impose = {(p[2], p[5]) for p in patterns if p[0] == "impose"}
    assert ("sanctions", "163") in impose and ("curfew", "1723") in impose


def all_found(text, ex):
    """(subject, predicate, object, negated) of every relation and event extracted from `text`."""
    return {(r.subject, r.predicate, r.object, r.negated) for r in ex.extract(text, doc_id="t", date="2024-05-10")}


@pytest.mark.parametrize("text, expected", [
    # a state's armed men and machines act for it, its people and homes suffer for it
    ("Russian aircraft killed 40 Afghan civilians.", ("RUS", "assault", "AFG", False)),
    ("Israeli tanks shelled Palestinian homes near Rafah.", ("ISR", "assault", "PSE", False)),
    ("Iraqi police arrested two Turkish villagers.", ("IRQ", "coerce", "TUR", False)),
    ("Syrian warplanes did not bomb Turkish positions.", ("SYR", "assault", "TUR", True)),
])
def test_events_forces_and_people_named_by_nationality(ex, text, expected):
    assert expected in all_found(text, ex)


@pytest.mark.parametrize("text, expected", [
    # a threat of measures against an actor, the verb a relation's trigger that relates no one
    ("Russia threatened further action against Georgia.", ("RUS", "threaten", "GEO", False)),
    ("Hungary threatened retaliation against Slovakia.", ("HUN", "threaten", "SVK", False)),
    # threatening, offering or refusing an act no event word names: the act's object is the target
    ("Iran threatened to cut off electricity to Armenia.", ("IRN", "threaten", "ARM", False)),
    ("Turkey did not threaten to cut off water to Syria.", ("TUR", "threaten", "SYR", True)),
    ("Libya offered to hand over the suspects to Britain.", ("LBY", "agree", "GBR", False)),
    ("Ghana offered to send doctors to Liberia.", ("GHA", "agree", "LBR", False)),
    ("Putin offered to negotiate with Armenia.", ("RUS", "agree", "ARM", False)),
    ("Turkey refused to negotiate with Cyprus.", ("TUR", "reject", "CYP", False)),
    ("Moscow refused to meet Kyiv's demands.", ("RUS", "reject", "UKR", False)),
    # a threat to end talks is a threat against the partner, the talks not ended
    ("Turkey threatened to halt talks with Greece.", ("TUR", "threaten", "GRC", False)),
])
def test_events_governed_acts_without_an_event_word(ex, text, expected):
    found = all_found(text, ex)
    assert expected in found
    # what is threatened, offered or refused did not happen
    assert not {p for _, p, _, _ in found} & {"reduce_relations", "aid", "consult", "coerce", "retreat"}


@pytest.mark.parametrize("text, expected", [
    ("Palestinian officials demanded that the United States recognise their state.", ("PSE", "request", "USA", False)),
    # what a speaker says another must do is a demand of it
    ("Russia said that Sudan must return the helicopter.", ("RUS", "request", "SDN", False)),
    ("Egypt's president said the US must be ready to mediate.", ("EGY", "request", "USA", False)),
    ("China insisted that Japan must not visit the shrine.", ("CHN", "request", "JPN", False)),
    ("France did not say that Italy must leave.", ("FRA", "request", "ITA", True)),
])
def test_events_demands_said_of_another(ex, text, expected):
    assert expected in all_found(text, ex)


def test_events_what_one_must_do_oneself_is_no_demand(ex):
    assert not {p for _, p, _, _ in all_found("Iran said it must defend itself against Israel.", ex)} & {"request"}


@pytest.mark.parametrize("text, expected", [
    # rejecting what another put forward judges that other (the annotation guide's criticism)
    ("Hungary rejected a Ukrainian request for talks.", ("HUN", "criticism", "UKR", False)),
    ("Germany rejected calls by Poland for reparations.", ("DEU", "criticism", "POL", False)),
    ("Hungary did not reject the Ukrainian request.", ("HUN", "criticism", "UKR", True)),
])
def test_events_rejecting_another_sides_request(ex, text, expected):
    assert expected in all_found(text, ex)


@pytest.mark.parametrize("text, expected", [
    # a threat to end a relation is a threat against the partner (the relation's ending status's code)
    ("Turkey threatened to close its embassy in Sweden.", ("TUR", "threaten", "SWE", False)),
    ("Pakistan threatened to break off diplomatic relations with Costa Rica.", ("PAK", "threaten", "CRI", False)),
    # intents: agreeing to or accepting another's mediation, being ready or willing to act
    ("Ethiopia accepted Kenyan mediation.", ("ETH", "agree", "KEN", False)),
    ("Croatia is ready to negotiate with Serbia.", ("HRV", "agree", "SRB", False)),
    ("Japan is willing to mediate between Ethiopia and Egypt.", ("JPN", "agree", "EGY", False)),
    ("Mexico is not ready to negotiate with Spain.", ("MEX", "agree", "ESP", True)),
])
def test_events_threats_to_relations_and_intents(ex, text, expected):
    found = all_found(text, ex)
    assert expected in found
    assert not {p for _, p, _, _ in found} & {"diplomatic_relations", "embassy", "consult"}


@pytest.mark.parametrize("text, expected", [
    # force used in a state's city is used against that state
    ("Israeli tanks fired shells at targets in Gaza.", ("ISR", "assault", "PSE", False)),
    ("Two Palestinian suicide bombers blew themselves up in Tel Aviv.", ("PSE", "assault", "ISR", False)),
    ("Turkish jets did not strike targets in Aleppo.", ("TUR", "assault", "SYR", True)),
    # protests by their agents against whom they name, or where they are held
    ("Palestinian riots against Israeli military policies continued.", ("PSE", "protest", "ISR", False)),
    ("Serbian students held demonstrations against the American bombing.", ("SRB", "protest", "USA", False)),
    ("Kenyan workers demonstrated outside the Chinese embassy.", ("KEN", "protest", "CHN", False)),
    ("Iranian students did not demonstrate against the United States.", ("IRN", "protest", "USA", True)),
])
def test_events_places_and_protests(ex, text, expected):
    assert expected in all_found(text, ex)


@pytest.mark.parametrize("text, expected", [
    # a call on a weekday is a call, not a "call on" someone; a meeting held that relates no visit is a
    # consultation
    ("The American secretary of state telephoned the Russian foreign minister on Tuesday.", ("RUS", "consult", "USA")),
    ("Japan's prime minister called his Chinese counterpart on Friday.", ("CHN", "consult", "JPN")),
    ("Moroccan diplomats held a meeting with American officials.", ("MAR", "consult", "USA")),
])
def test_events_calls_and_meetings(ex, text, expected):
    assert expected in pairs(text, ex)
    assert not {p for _, p, _ in pairs(text, ex)} & {"criticism", "request"}


@pytest.mark.parametrize("text, expected", [
    # a condition set on a threat names whom it is against
    ("Iran threatened to launch a new offensive unless Baghdad accepted its conditions.", ("IRN", "threaten", "IRQ", False)),
    ("Russia threatened to stop negotiations if the United States deployed new missiles in Europe.",
     ("RUS", "threaten", "USA", False)),
    ("Iran did not threaten to strike unless Iraq attacked.", ("IRN", "threaten", "IRQ", True)),
    # a harm announced to come unless someone acts is a threat against it, the harm not done
    ("Nigeria announced that it will withdraw its peacekeeping force from Chad unless Chad held elections.",
     ("NGA", "threaten", "TCD", False)),
])
def test_events_ultimatums(ex, text, expected):
    found = all_found(text, ex)
    assert expected in found
    assert not {p for _, p, _, _ in found} & {"assault", "reduce_relations"}
    # the harm is not done: a force there stays there, none is withdrawn
    assert not [k for k in guide_found(text, ex) if k[3] == "withdrawn"]
    # the one who must meet the condition threatens no one
    assert not any(s == expected[2] and p == "threaten" for s, p, _, _ in found)


@pytest.mark.parametrize("text", ["Ghana will send aid unless Togo objects.", "Japan will sign the deal if China agrees."])
def test_events_a_kindness_on_a_condition_is_no_threat(ex, text):
    assert not {p for _, p, _, _ in all_found(text, ex)} & {"threaten"}


@pytest.mark.parametrize("text, expected", [
    # measures against a state's goods, raids as acts of their agent, a state's sailors and advisers
    ("A French minister threatened to impose import restrictions on German goods.", ("FRA", "threaten", "DEU", False)),
    ("Syria condemned the Israeli raid on Damascus.", ("ISR", "assault", "SYR", False)),
    ("Afghan rebels kidnapped 16 Russian advisers.", ("AFG", "assault", "RUS", False)),
    ("U.S. agents abused Mexican immigrants.", ("USA", "assault", "MEX", False)),
    # this project's CAMEO patterns: suspending links, agreeing to mediation
    ("Italy suspended air links with Serbia.", ("ITA", "reduce_relations", "SRB", False)),
    ("Ukraine halted rail links with Belarus.", ("UKR", "reduce_relations", "BLR", False)),
    ("Serbia agreed to EU mediation.", ("SRB", "agree", "EU", False)),
    ("Israel agreed to US mediation in the talks.", ("ISR", "agree", "USA", False)),
])
def test_events_measures_raids_links_and_mediation(ex, text, expected):
    assert expected in all_found(text, ex)


@pytest.mark.parametrize("text, expected", [
    # what is demanded "from" or "by" a state is demanded of it; the noun demanded is in the verb's mood
    ("Poland demanded an apology from Moscow.", ("POL", "request", "RUS", False)),
    ("Poland's parliament demanded an immediate admission by Moscow that its forces murdered the officers.",
     ("POL", "request", "RUS", False)),
    ("Japan did not demand compensation from China.", ("JPN", "request", "CHN", True)),
    # a boycott announced for the future is a threat, no boycott yet
    ("Iran said it will boycott Israeli goods.", ("IRN", "threaten", "ISR", False)),
])
def test_events_demands_of_a_state_and_announced_boycotts(ex, text, expected):
    found = all_found(text, ex)
    assert expected in found
    assert not {p for _, p, _, _ in found} & {"sanction"}
