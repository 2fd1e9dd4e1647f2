"""Extraction rules written for wording the dev corpus does not have, each on at least two sentences
of different wording written for the test (other states, other organisations than any corpus)."""
import pytest

from pluripolar.ontology import load


def found(text, ex, date="2024-05-10"):
    """The relations of the annotation guide's predicates (event predicates: tests/test_text_events.py)."""
    guide = load().guide
    return {(r.subject, r.predicate, r.object, (r.attrs or {}).get("status"), r.negated)
            for r in ex.extract(text, doc_id="t", date=date) if r.predicate in guide}


def keys(text, ex, date="2024-05-10"):
    return {k[:3] for k in found(text, ex, date)}


@pytest.mark.parametrize("text, expected", [
    ("Kenya, Uganda and Tanzania founded the East African Community in 2000.",
     {("KEN", "membership", "EAC", "joined", False), ("TZA", "membership", "EAC", "joined", False)}),
    ("In 2017, Mali, Chad and Niger created the G5 Sahel to fight jihadists.",
     {("MLI", "membership", "G5_SAHEL", "joined", False), ("TCD", "membership", "G5_SAHEL", "joined", False)}),
    ("The Shanghai Cooperation Organisation was set up by China and Russia in 2001.",
     {("CHN", "membership", "SCO", "joined", False), ("RUS", "membership", "SCO", "joined", False)}),
])
def test_founders_join_what_they_create(ex, text, expected):
    assert expected <= found(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("The BRICS countries are Brazil, Russia, India, China and South Africa.", ("IND", "membership", "BRICS")),
    ("G7 nations such as Japan and Canada pledged more money.", ("CAN", "membership", "G7")),
    ("The SCO currently also includes India and Pakistan.", ("PAK", "membership", "SCO")),
    ("Today ASEAN comprises ten states, among them Laos.", ("LAO", "membership", "ASEAN")),
])
def test_the_states_of_a_named_group_are_members(ex, text, expected):
    assert expected in keys(text, ex)


def test_a_list_introduced_by_including_is_no_membership(ex):
    text = "Japan praised regional bodies, including ASEAN and the African Union."
    assert not {k for k in keys(text, ex) if k[1] == "membership"}


@pytest.mark.parametrize("text, expected", [
    ("Riyadh's presidency of the G20 ended in 2020.", ("SAU", "membership", "G20")),
    ("Mongolia, a state party to the ICC, did not arrest him.", ("MNG", "membership", "ICC")),
    ("Bolivia, a member of MERCOSUR since 2024, hosted the talks.", ("BOL", "membership", "MERCOSUR")),
])
def test_an_office_or_apposition_makes_a_state_a_member(ex, text, expected):
    got = found(text, ex)
    assert {k for k in got if k[:3] == expected and not k[4]}  # the clause's "did not" denies the arrest


@pytest.mark.parametrize("text, expected", [
    ("NATO leaders met in Vilnius. Turkey, a member of the alliance since 1952, hosted the talks.",
     ("TUR", "membership", "NATO")),
    ("The International Criminal Court issued a warrant. Hungary joined the court in 2001.",
     ("HUN", "membership", "ICC")),
    ("ECOWAS imposed sanctions. Mali and Niger left the bloc in January.", ("NER", "membership", "ECOWAS")),
])
def test_a_definite_noun_refers_to_the_organisation_it_can_denote(ex, text, expected):
    assert expected in keys(text, ex)


def test_a_definite_noun_never_refers_to_an_organisation_it_cannot_denote(ex):
    assert not keys("The European Union met in Brussels. Hungary joined the court in 2001.", ex)


@pytest.mark.parametrize("text, expected", [
    ("The leaders of the Group of Seven strongly condemned arms transactions between North Korea and Russia.",
     {("G7", "criticism", "PRK"), ("G7", "criticism", "RUS")}),
    ("Brazil denounced the weapons transfers between Iran and Venezuela.",
     {("BRA", "criticism", "IRN"), ("BRA", "criticism", "VEN")}),
    ("France had criticised the coup in Burkina Faso.", {("FRA", "criticism", "BFA")}),
    ("Chile condemned the crackdown in Nicaragua.", {("CHL", "criticism", "NIC")}),
    ("Mali and Burkina Faso backed the actions of the Nigerien military.",
     {("MLI", "support", "NER"), ("BFA", "support", "NER")}),
])
def test_the_agents_of_a_judged_act_are_judged(ex, text, expected):
    assert expected <= keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("The ICC issued warrants. Russia has rejected the court's accusations as baseless.", ("RUS", "criticism", "ICC")),
    ("Cuba rejected Washington's accusations on Monday.", ("CUB", "criticism", "USA")),
    ("Egypt and Saudi Arabia condemned the Houthi militia's attacks.", ("SAU", "criticism", "org:houthis")),
])
def test_the_owner_of_a_rejected_judgement_is_criticised(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text", [
    "On Yemen, the two leaders renewed their full support for the efforts.",
    "Regarding Syria, Jordan voiced its support for the talks.",
])
def test_a_fronted_topic_is_no_argument(ex, text):
    assert not {k for k in keys(text, ex) if "YEM" in k or "SYR" in k}


@pytest.mark.parametrize("text, expected", [
    ("Egypt has strengthened its military ties with Russia.", ("EGY", "cooperation", "RUS")),
    ("Serbia has spent recent years cementing ties with Russia.", ("RUS", "cooperation", "SRB")),
    ("Ghana and Togo deepened relations last year.", ("GHA", "cooperation", "TGO")),
    ("An apparent warming of relations between Beijing and the Vatican was noted.", ("CHN", "cooperation", "VAT")),
])
def test_relations_strengthened_in_any_inflection_are_cooperation(ex, text, expected):
    assert expected in keys(text, ex)


def test_relations_developed_in_the_past_are_no_new_cooperation(ex):
    got = keys("Cuba and Angola celebrated the relations developed during 40 years.", ex)
    assert ("AGO", "cooperation", "CUB") not in got


@pytest.mark.parametrize("text, expected", [
    ("Russia's strategic partner China abstained.", ("CHN", "cooperation", "RUS")),
    ("Kazakhstan, a strategic partner of Turkey, signed the text.", ("KAZ", "cooperation", "TUR")),
])
def test_strategic_partners_cooperate(ex, text, expected):
    assert expected in keys(text, ex)


def test_an_absolute_clause_is_outside_the_main_verbs_negation(ex):
    text = "Belarus vetoed the resolution, with Russia's strategic partner Iran abstaining from the vote."
    assert ("IRN", "cooperation", "RUS", None, False) in found(text, ex)


@pytest.mark.parametrize("text, expected, absent", [
    ("The states voting against were Belarus, Syria and Mali, which has developed close military ties with Russia.",
     ("MLI", "cooperation", "RUS"), ("BLR", "cooperation", "RUS")),
    ("Laos, Cambodia and Vietnam, which has signed a deal with Japan, met.", ("JPN", "agreement", "VNM"),
     ("JPN", "agreement", "LAO")),
])
def test_a_singular_relative_clause_takes_the_nearest_of_a_list(ex, text, expected, absent):
    got = keys(text, ex)
    assert expected in got and absent not in got


def test_a_plural_relative_clause_takes_the_whole_list(ex):
    got = keys("Chad and Niger, which have developed close military ties with Russia, abstained.", ex)
    assert {("NER", "cooperation", "RUS"), ("RUS", "cooperation", "TCD")} <= got


@pytest.mark.parametrize("text, expected", [
    ("Somalia expelled the envoy. Turkey pledged support for the East African nation's navy.",
     ("TUR", "support", "SOM")),
    ("Chad cut ties with Israel. Netanyahu visited the central African state in January 2019.",
     ("ISR", "visit", "TCD")),
    ("Peru recalled its envoy. Brazil condemned the coup in the South American country.",
     ("BRA", "criticism", "PER")),
])
def test_a_noun_qualified_by_a_region_is_the_last_state_named_there(ex, text, expected):
    assert expected in keys(text, ex)


def test_a_region_noun_skips_states_of_other_regions(ex):
    got = keys("Peru met Japan. Brazil condemned the coup in the Asian country.", ex)
    assert ("BRA", "criticism", "JPN") in got and ("BRA", "criticism", "PER") not in got


@pytest.mark.parametrize("text, expected", [
    ("North Korea launched a satellite. Japan imposed sanctions against the North.", ("JPN", "sanction", "PRK")),
    ("Seoul and Pyongyang met. Pyongyang later accused the South of provocations.", ("PRK", "criticism", "KOR")),
])
def test_the_north_and_the_south_stand_for_the_koreas_in_a_story_about_them(ex, text, expected):
    assert expected in keys(text, ex)


def test_the_north_stands_for_nothing_without_its_context(ex):
    assert not keys("Japan imposed sanctions against the North. Ships sailed the South China Sea.", ex)


@pytest.mark.parametrize("text", [
    "Chad is part of Israel's push to establish diplomatic ties with African states.",
    "Kenya continued its efforts to open an embassy in Ghana.",
])
def test_a_push_or_effort_is_no_event_yet(ex, text):
    assert not {k for k in keys(text, ex) if k[1] in ("diplomatic_relations", "embassy")}


@pytest.mark.parametrize("text", [
    "Latin American leaders condemned Israel.",
    "Several Central American governments praised Taiwan.",
])
def test_a_demonym_after_a_compass_word_names_a_region_not_a_state(ex, text):
    assert not {k for k in keys(text, ex) if k[0] == "USA"}


@pytest.mark.parametrize("text, expected", [
    ("The withdrawal was completed on Friday, ending decades of French military presence in Chad.",
     ("FRA", "military_presence", "TCD", "withdrawn", False)),
    ("The junta ordered the closure of the US base in Niger.", ("USA", "military_presence", "NER", "withdrawn", False)),
])
def test_a_presence_ended_or_closed_is_withdrawn(ex, text, expected):
    assert expected in found(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Cuba was the first nation in the hemisphere to recognize the People's Republic of China in 1960.",
     ("CHN", "diplomatic_relations", "CUB", "established", False)),
    ("Israel is to recognise Kosovo, its foreign ministry said.", ("ISR", "diplomatic_relations", "XKX", "established", False)),
    ("Spain's recognition of Palestine took effect on Tuesday.", ("ESP", "diplomatic_relations", "PSE", "established", False)),
])
def test_recognising_a_state_establishes_ties(ex, text, expected):
    assert expected in found(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("The Dominican Republic switched recognition from Taiwan to China.",
     {("DOM", "diplomatic_relations", "TWN", "severed", False), ("CHN", "diplomatic_relations", "DOM", "established", False)}),
    ("Nauru shifted its diplomatic recognition from Taipei to Beijing in January.",
     {("NRU", "diplomatic_relations", "TWN", "severed", False), ("CHN", "diplomatic_relations", "NRU", "established", False)}),
])
def test_a_switched_recognition_severs_one_tie_and_establishes_another(ex, text, expected):
    assert expected <= found(text, ex)


@pytest.mark.parametrize("text", [
    "The United States recognized Guaido as interim president.",
    "Spain's recognition of Palestine angered Israel.",
    "Brazil recognized the importance of trade with Chile.",
])
def test_no_tie_with_a_person_recognised_or_a_state_outside_the_recognition(ex, text):
    got = keys(text, ex)
    assert not {k for k in got if k[1] == "diplomatic_relations" and ({"USA", "VEN"} <= set(k) or "ISR" in k
                                                                       or "CHL" in k)}


@pytest.mark.parametrize("text, expected", [
    ("Panama cut ties with Taipei to open relations with Beijing.", ("CHN", "diplomatic_relations", "PAN", "established", False)),
    ("Cuba formalized ties with Vietnam in 1960.", ("CUB", "diplomatic_relations", "VNM", "established", False)),
    ("Chad terminated diplomatic ties with Israel in 1972.", ("ISR", "diplomatic_relations", "TCD", "severed", False)),
])
def test_ties_opened_formalised_or_terminated(ex, text, expected):
    assert expected in found(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Turkey approved Finland's membership in the alliance in March 2023.", ("TUR", "support", "FIN", None, False)),
    ("The Hungarian parliament ratified Sweden's accession protocol on Monday.", ("HUN", "support", "SWE", None, False)),
    ("Hungary has not yet approved Sweden's bid to join the alliance.", ("HUN", "support", "SWE", None, True)),
])
def test_approving_a_states_accession_backs_it(ex, text, expected):
    assert expected in found(text, ex)


def test_approving_something_else_backs_nobody(ex):
    assert not keys("Turkey approved Finland's budget for the summit.", ex)


@pytest.mark.parametrize("text, expected", [
    ("China has lent billions of dollars to Venezuela.", ("CHN", "aid", "VEN")),
    ("The US provided the Papua New Guinea Defense Force with protective equipment.", ("USA", "aid", "PNG")),
    ("Kuwait gifted two patrol boats to Ghana last year.", ("KWT", "aid", "GHA")),
])
def test_lending_giving_and_providing_are_aid(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected, absent", [
    ("Egypt and Israel signed a treaty in 1979. Russia and China back Maduro. Both countries have lent billions "
     "to Venezuela.", ("CHN", "aid", "VEN"), ("EGY", "aid", "VEN")),
    ("Ghana and Togo signed a pact. Qatar and Oman praised it. The two countries also sent aid to Sudan.",
     ("QAT", "aid", "SDN"), ("GHA", "aid", "SDN")),
])
def test_both_countries_after_a_pair_joined_by_and_is_that_pair(ex, text, expected, absent):
    got = keys(text, ex)
    assert expected in got and absent not in got


@pytest.mark.parametrize("text, expected", [
    ("Argentina, Chile, Peru and Uruguay rejected the vote. Venezuela expelled the diplomats of these countries.",
     {("VEN", "expulsion", "ARG"), ("VEN", "expulsion", "URY")}),
    ("Mali, Niger and Burkina Faso met in Niamey. The three states signed a defence pact.",
     {("BFA", "agreement", "MLI"), ("MLI", "agreement", "NER")}),
])
def test_a_counted_or_demonstrative_group_is_the_last_list_of_states(ex, text, expected):
    assert expected <= keys(text, ex)


def test_a_counted_group_needs_a_list_of_that_size(ex):
    got = keys("Iran joined the SCO. Chad and Niger met. The three countries signed a deal.", ex)
    assert not {k for k in got if k[1] == "agreement"}


def test_a_group_is_one_argument_not_a_set_of_partners(ex):
    text = ("Argentina, Chile, Peru and Uruguay rejected the vote. Venezuela ordered the withdrawal of staff "
            "from the embassies of the seven countries, and the governments of these countries did not recognize the result.")
    got = keys(text, ex)
    assert not {k for k in got if k[0] in ("ARG", "CHL") and k[2] in ("CHL", "PER", "URY")}


@pytest.mark.parametrize("text, expected", [
    ("India reopened its High Commission in Ottawa.", ("IND", "embassy", "CAN", "opened", False)),
    ("Ethiopia closed a consulate in Somalia.", ("ETH", "embassy", "SOM", "closed", False)),
])
def test_high_commissions_and_consulates_are_the_senders_posts(ex, text, expected):
    assert expected in found(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("The US deployed missile defence equipment in South Korea.", ("USA", "military_presence", "KOR", "deployed", False)),
    ("Britain deployed a battlegroup to Estonia in 2017.", ("GBR", "military_presence", "EST", "deployed", False)),
    ("India has 89 military personnel stationed in Maldives.", ("IND", "military_presence", "MDV", "deployed", False)),
    ("Russia sent military instructors to Mali last year.", ("RUS", "military_presence", "MLI", "deployed", False)),
])
def test_what_is_deployed_and_where_it_goes(ex, text, expected):
    assert expected in found(text, ex)


def test_police_sent_abroad_is_no_military_presence(ex):
    assert not keys("Kenya sent a police team to Haiti.", ex)


def dated(text, ex, date="2024-06-01"):
    return {(r.subject, r.predicate, r.object, (r.attrs or {}).get("status"), r.date)
            for r in ex.extract(text, doc_id="t", date=date)}


@pytest.mark.parametrize("text, expected", [
    ("Egypt and Russia mark 80 years of diplomatic relations this year.",
     ("EGY", "diplomatic_relations", "RUS", "established", "1944")),
    ("Cuba and Vietnam celebrated six decades of diplomatic relations in 2020.",
     ("CUB", "diplomatic_relations", "VNM", "established", "1960")),
])
def test_years_of_relations_date_their_beginning(ex, text, expected):
    assert expected in dated(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Diplomatic ties between Vietnam and Cuba date back to 1960.",
     ("CUB", "diplomatic_relations", "VNM", "established", "1960")),
    ("Relations between Mexico and Japan go back to 1888.", ("JPN", "diplomatic_relations", "MEX", "established", "1888")),
    ("Chile and China forged ties in 1970.", ("CHL", "diplomatic_relations", "CHN", "established", "1970")),
])
def test_relations_dating_back_began_then(ex, text, expected):
    assert expected in dated(text, ex)


# Items the dev corpus once had for one document only, now each held by two wordings written here.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Turkey agreed to rejuvenate their relations.", ("KAZ", "diplomatic_relations", "TUR")),
    ("Morocco and Spain relaunched bilateral cooperation last year.", ("ESP", "cooperation", "MAR")),
    ("Gabon and the Republic of the Congo revitalized their ties in March.", ("COG", "cooperation", "GAB")),
    ("The ICC issued an arrest warrant for Israel's prime minister.", ("ICC", "criticism", "ISR")),
    ("The ICC issued arrest warrants against Russian officials.", ("ICC", "criticism", "RUS")),
    ("Djibouti serves as a base for Chinese troops.", ("CHN", "military_presence", "DJI")),
    ("Bahrain, which hosts American forces, condemned Iran.", ("USA", "military_presence", "BHR")),
    ("Cuba condemned US imperialism.", ("CUB", "criticism", "USA")),
    ("North Korea denounced the imperialism of Japan.", ("PRK", "criticism", "JPN")),
    ("Ghana signed deals with Togo and Benin in 2019 and 2021, respectively.", ("BEN", "agreement", "GHA")),
    ("ACCRA | Ghana and Togo signed a trade agreement on Monday.", ("GHA", "agreement", "TGO")),
    ("The pact was not as broad as the agreement Chile signed with Peru.", ("CHL", "agreement", "PER")),
    ("The accord is less ambitious than the agreement Kenya signed with Uganda.", ("KEN", "agreement", "UGA")),
])
def test_once_single_document_rules_hold_on_other_wordings(ex, text, expected):
    assert expected in keys(text, ex)


def test_respectively_gives_each_partner_its_own_date(ex):
    got = dated("Ghana signed deals with Togo and Benin in 2019 and 2021, respectively.", ex)
    assert {("GHA", "agreement", "TGO", None, "2019"), ("BEN", "agreement", "GHA", None, "2021")} <= got


@pytest.mark.parametrize("text, expected", [
    ("Mali and Burkina Faso threatened ECOWAS with war.", ("MLI", "criticism", "ECOWAS")),
    ("Turkey threatened Greece with military action over the islands.", ("TUR", "criticism", "GRC")),
])
def test_a_threat_to_an_actors_face_judges_it(ex, text, expected):
    assert expected in keys(text, ex)


def test_a_threat_to_act_judges_nobody_yet(ex):
    assert not keys("The United States threatened to impose new sanctions on Venezuela.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Egypt and Saudi Arabia urged Iran to stop interfering in the affairs of Arab countries.", ("SAU", "criticism", "IRN")),
    ("The General Assembly called on Russia to withdraw its troops.", ("UN", "criticism", "RUS")),
    ("Jordan asked Israel to halt the strikes.", ("JOR", "criticism", "ISR")),
])
def test_demanding_that_an_actor_stop_judges_it(ex, text, expected):
    assert expected in keys(text, ex)


def test_asking_an_actor_to_do_something_else_judges_nobody(ex):
    assert not keys("Brazil asked Argentina to host the talks.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Maduro, who has defended Russia's invasion of Ukraine, spoke.", ("VEN", "support", "RUS")),
    ("The United States will defend Taiwan, the president said.", ("USA", "support", "TWN")),
])
def test_defending_an_actor_or_its_act_backs_it(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected, absent", [
    ("China will donate US$28.5 million to Cape Verde.", ("CHN", "support", "CPV"), ("CHN", "aid", "CPV")),
    ("Japan pledged to send food aid to Sudan.", ("JPN", "support", "SDN"), ("JPN", "aid", "SDN")),
    ("Japan sent food aid to Sudan.", ("JPN", "aid", "SDN"), ("JPN", "support", "SDN")),
])
def test_promised_aid_is_support_given_aid_is_aid(ex, text, expected, absent):
    got = keys(text, ex)
    assert expected in got and absent not in got


@pytest.mark.parametrize("text, expected", [
    ("In January, the UAE, Bahrain and Oman resumed flights to Damascus.",
     {("ARE", "cooperation", "SYR"), ("OMN", "cooperation", "SYR")}),
    ("Turkey reopened the ferry route to Cyprus in May.", {("CYP", "cooperation", "TUR")}),
])
def test_links_resumed_to_a_state_are_cooperation_with_it(ex, text, expected):
    got = keys(text, ex)
    assert expected <= got and not {k for k in got if k[0] in ("ARE", "BHR") and k[2] in ("BHR", "OMN")}


def test_founders_who_sign_to_create_an_organisation_join_it(ex):
    text = "Burkina Faso, Mali and Niger have signed an agreement to create a confederation of the Alliance of Sahel States."
    assert {("BFA", "membership", "AES"), ("NER", "membership", "AES")} <= keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Nigeria closed its border with Niger on Monday.", ("NGA", "sanction", "NER", "imposed", False)),
    ("Algeria shut its airspace to Morocco.", ("DZA", "sanction", "MAR", "imposed", False)),
])
def test_a_border_closed_to_a_state_blockades_it(ex, text, expected):
    got = ex.extract(text, doc_id="t", date="2024-06-01")
    hits = [r for r in got if (r.subject, r.predicate, r.object) == expected[:3]]
    assert hits and hits[0].attrs.get("instrument") == "blockade"


def test_closing_something_else_is_no_sanction(ex):
    assert not keys("Nigeria closed its embassy school in Niger.", ex) & {("NGA", "sanction", "NER")}


@pytest.mark.parametrize("text, expected", [
    # the closure as a noun, its border named with "of", the state shut out with "with" or a linking verb
    ("Kenya's immigration service announced the closure of the border with Somalia.", ("KEN", "sanction", "SOM")),
    ("The Nigeria Customs Service (NCS) announced the closure of land borders connecting the country to Niger "
     "Republic.", ("NGA", "sanction", "NER")),
    ("Benin ordered the closure of the crossings linking it to Togo.", ("BEN", "sanction", "TGO")),
    # a verb's border linking it to the state
    ("Nigeria closed the land borders connecting it to Niger.", ("NGA", "sanction", "NER")),
])
def test_the_closure_of_a_border_with_a_state_blockades_it(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text", [
    "Kenya opened the crossings linking it to Somalia.",
    "Nigeria and Niger discussed the reopening of their border.",
    "Kenya built a road connecting the border to Somalia.",
    "Nigeria may announce the closure of its border with Niger.",
])
def test_a_border_opened_built_or_only_possibly_closed_is_no_sanction(ex, text):
    assert not {k for k in keys(text, ex) if k[1] == "sanction"}


@pytest.mark.parametrize("text, expected", [
    ("Burkina Faso was a staunch ally of France until 2022.", ("BFA", "alliance", "FRA", "ended", "2022")),
    ("Chad had relations with Israel until 1972, when it terminated diplomatic ties.",
     ("ISR", "diplomatic_relations", "TCD", "severed", "1972")),
    ("French troops stayed in Mali until August 2022.", ("FRA", "military_presence", "MLI", "withdrawn", "2022-08")),
])
def test_a_relation_that_lasted_until_a_date_ended_then(ex, text, expected):
    got = dated(text, ex)
    assert expected in got and not {k for k in got if k[:3] == expected[:3] and k[3] != expected[3]}


@pytest.mark.parametrize("text, expected", [
    ("Kenya founded the East African Community in 2000. The bloc later admitted Rwanda.",
     ("RWA", "membership", "EAC", "joined", False)),
    ("ASEAN admitted Timor-Leste as its 11th member in 2025.", ("TLS", "membership", "ASEAN", "joined", False)),
    ("Russia was expelled from the Council of Europe in 2022.", ("RUS", "membership", "COE", "left", False)),
])
def test_admitted_members_join_and_expelled_ones_leave(ex, text, expected):
    assert expected in found(text, ex)


@pytest.mark.parametrize("text", [
    "France launched a G7 initiative on Africa.",
    "Germany created an EU fund for Ukraine.",
    "NATO countries as well as Japan condemned Russia.",
])
def test_an_organisation_qualifying_another_thing_is_not_founded_or_joined(ex, text):
    assert not {k for k in keys(text, ex) if k[1] == "membership"}


def test_a_founding_member_is_a_member(ex):
    assert ("CHL", "membership", "APEC") in keys("Chile is a founding member of APEC.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Xi met Putin on the sidelines of the BRICS summit in Johannesburg.",
     {("CHN", "visit", "ZAF"), ("RUS", "visit", "ZAF")}),
    ("Modi held talks with Lula at the G20 meeting in Rome.", {("IND", "visit", "ITA"), ("BRA", "visit", "ITA")}),
])
def test_the_place_of_a_gathering_is_where_its_participants_meet(ex, text, expected):
    assert expected <= keys(text, ex)


@pytest.mark.parametrize("text, absent", [
    ("Kosovo and Serbia met. They signed a wider agreement between the two former Yugoslavian states.", "YUG"),
    ("Estonia and Latvia met. The two Baltic states later signed a pact with Finland.", None),
])
def test_a_name_qualifying_a_reference_is_no_party(ex, text, absent):
    got = keys(text, ex)
    assert got and (absent is None or not {k for k in got if absent in k})


@pytest.mark.parametrize("text", [
    "Serbian leaders complained of Western pressure to join sanctions against Russia.",
    "Despite calls to expel the envoy, Peru kept ties with Mexico.",
])
def test_pressure_or_calls_to_act_are_no_act(ex, text):
    assert not {k for k in keys(text, ex) if k[1] in ("sanction", "expulsion")}


@pytest.mark.parametrize("text, expected", [
    ("Mali and Burkina Faso joined Niger in cutting ties with Ukraine.", ("NER", "diplomatic_relations", "UKR")),
    ("Canada followed the US in imposing sanctions on Iran.", ("USA", "sanction", "IRN")),
])
def test_the_one_joined_in_an_act_does_it_too(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Venezuela, which is backed by Russia, China and Iran, expelled the envoys.", ("CHN", "support", "VEN")),
    ("Ukraine is strongly supported by Poland.", ("POL", "support", "UKR")),
])
def test_the_passive_subject_of_backing_is_backed(ex, text, expected):
    assert expected in keys(text, ex)


def test_a_person_welcomed_is_a_guest_not_backed(ex):
    got = keys("Murmu was officially welcomed at the Presidential Palace by Angolan President Lourenco.", ex)
    assert ("AGO", "support", "IND") not in got


@pytest.mark.parametrize("text, expected", [
    ("Ties\nKenya and Ethiopia established diplomatic relations in 1964.", ("ETH", "diplomatic_relations", "KEN")),
    ("History\nGhana and Cuba signed a trade agreement on Monday.", ("CUB", "agreement", "GHA")),
])
def test_a_sentence_starts_only_after_final_punctuation_or_a_line_break(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("India evacuated its embassy in Kabul.", ("IND", "embassy", "AFG", "closed", False)),
    ("The US suspended operations at its embassy in Caracas.", ("USA", "embassy", "VEN", "closed", False)),
])
def test_an_embassy_evacuated_or_suspended_is_closed(ex, text, expected):
    assert expected in found(text, ex)
