"""Dates: precision kept, relative expressions resolved against the article date."""
from datetime import date

import pytest

from pluripolar.text.dates import resolve

ARTICLE = date(2023, 5, 17)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("March 3, 1992", "1992-03-03"), ("3 March 1992", "1992-03-03"), ("21st of June, 2010", "2010-06-21"),
    ("in 2016", "2016"), ("February 2023", "2023-02"), ("Jan. 1, 2024", "2024-01-01"),
])
def test_dates_resolve_absolute_dates_with_their_precision(text, expected):
    assert resolve(text, ARTICLE) == expected


@pytest.mark.parametrize("text, expected", [
    ("yesterday", "2023-05-16"), ("today", "2023-05-17"), ("Monday", "2023-05-15"),
    ("on Wednesday", "2023-05-17"), ("last Wednesday", "2023-05-10"), ("last month", "2023-04"),
    ("last week", "2023-05"), ("last year", "2022"), ("two years ago", "2021"),
])
def test_dates_resolve_relative_dates_against_the_article_date(text, expected):
    assert resolve(text, ARTICLE) == expected


def test_dates_resolve_year_less_dates_to_the_last_occurrence():
    assert resolve("12 September", ARTICLE) == "2022-09-12"
    assert resolve("April 2", ARTICLE) == "2023-04-02"
    assert resolve("last December", ARTICLE) == "2022-12"
    assert resolve("in November", ARTICLE) == "2022-11"


def test_dates_resolve_weekdays_of_a_future_clause_forward():
    # ARTICLE is Wednesday 2023-05-17: "will meet on Friday" is the coming Friday, "last Monday" stays past
    assert resolve("on Friday", ARTICLE, future=True) == "2023-05-19"
    assert resolve("Wednesday", ARTICLE, future=True) == "2023-05-17"
    assert resolve("last Monday", ARTICLE, future=True) == "2023-05-15"


def test_dates_resolve_year_less_months_of_a_future_clause_forward():
    # "will host Biden in July", written on 2023-05-17: this July; "in April" is next year's
    assert resolve("in July", ARTICLE, future=True) == "2023-07"
    assert resolve("April 2", ARTICLE, future=True) == "2024-04-02"
    assert resolve("in May", ARTICLE, future=True) == "2023-05"
    assert resolve("last December", ARTICLE, future=True) == "2022-12"


def test_an_event_to_come_in_a_named_month_is_dated_forward(ex):
    rels = ex.extract("Saudi Crown Prince Mohammed bin Salman will host US President Joe Biden in Jeddah in "
                      "July.", doc_id="d", date="2024-03-04")
    assert [(r.subject, r.object, r.date) for r in rels if r.predicate == "visit"] == [("USA", "SAU", "2024-07")]


def test_dates_resolve_previous_day_relative_to_an_anchor_date():
    assert resolve("the previous day", ARTICLE, anchor=date(2023, 5, 11)) == "2023-05-10"


@pytest.mark.parametrize("text", ["30 years", "two months", "a decade", "decades"])
def test_dates_resolve_durations_are_not_dates(text):
    assert resolve(text, ARTICLE) is None


def test_dates_resolve_relative_dates_need_an_article_date():
    assert resolve("yesterday", None) is None
    assert resolve("Tuesday", None) is None
    assert resolve("12 September", None) is None
    assert resolve("12 September 2001", None) == "2001-09-12"


@pytest.mark.parametrize("text, article", [
    ("tomorrow", date(9999, 12, 31)), ("the next day", date(9999, 12, 31)), ("on Saturday", date(9999, 12, 31)),
    ("yesterday", date(1, 1, 1)), ("last week", date(1, 1, 3)), ("last month", date(1, 1, 20)),
    ("last year", date(1, 6, 1)), ("Sunday", date(1, 1, 1)), ("last December", date(1, 6, 1)),
    ("999999999999 days ago", ARTICLE), ("3000000 weeks ago", ARTICLE), ("100000 years ago", ARTICLE),
    ("50000 months ago", ARTICLE),
])
def test_dates_resolve_beyond_the_calendar_is_no_date(text, article):
    # issue 13: `ingest --date 9999-12-31` failed the document with an OverflowError on "tomorrow"
    assert resolve(text, article, future=text == "on Saturday") is None


def test_dates_resolve_at_the_calendar_edges_within_it():
    assert resolve("yesterday", date(9999, 12, 31)) == "9999-12-30"
    assert resolve("tomorrow", date(1, 1, 1)) == "0001-01-02"


@pytest.mark.parametrize("text, expected", [
    ("the following year", "2019"), ("January the following year", "2019-01"), ("two years later", "2020"),
    ("a year later", "2019"), ("the previous year", "2017"), ("three years before", "2015"),
    ("years later", None), ("many years later", None),
])
def test_dates_resolve_years_counted_from_the_last_date_given(text, expected):
    assert resolve(text, date(2024, 5, 1), year_anchor=2018) == expected


def test_dates_years_counted_from_nothing_are_no_date():
    assert resolve("the following year", date(2024, 5, 1)) is None


def test_dates_in_a_text_count_years_from_the_date_before(ex):
    text = ("The UAE reopened its embassy in Damascus in December 2018. In January the following year, "
            "Bahrain resumed flights to Damascus. Finland joined NATO in 2023. Sweden joined a year later.")
    found = {(r.predicate, r.subject, r.date) for r in ex.extract(text, doc_id="t", date="2025-05-01")}
    assert {("cooperation", "BHR", "2019-01"), ("membership", "SWE", "2024")} <= found
