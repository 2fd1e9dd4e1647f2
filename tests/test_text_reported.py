"""Reported and adverbial clauses: who "his" is in what a speaker tells, and an event told in an
adverbial clause is not wished by the clause it hangs from (sentences written for the test)."""
import pytest


def keys(text, ex, date="2024-05-10"):
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date=date) if not r.negated}


@pytest.mark.parametrize("text, expected", [
    ("Russian Deputy Prime Minister Dmitry Chernyshenko told Venezuelan Vice President Delcy Rodriguez that his "
     "country stood ready to support Venezuela's armed forces.", ("RUS", "support", "VEN")),
    ("Kenyan President William Ruto told Ethiopian Prime Minister Abiy Ahmed that his government condemned "
     "Somalia.", ("KEN", "criticism", "SOM")),
])
def test_his_in_a_reported_clause_is_the_speaker_s(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Russia has been trying to break its isolation after most of the General Assembly voted to reprimand Moscow.",
     ("UN", "criticism", "RUS")),
    ("Belarus hopes to rebuild ties because Lithuania expelled the Belarusian ambassador in May.",
     ("LTU", "expulsion", "BLR")),
])
def test_an_event_in_an_adverbial_clause_is_not_only_wished(ex, text, expected):
    assert expected in keys(text, ex)


def test_a_conditional_clause_stays_hypothetical(ex):
    assert not keys("Iran hopes to restore ties with Egypt if Cairo reopens its embassy.", ex)
