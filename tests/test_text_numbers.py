"""Quantities: digits with separators, number words, scales."""
import pytest

from pluripolar.text.numbers import as_int, parse_number


@pytest.mark.parametrize("text, value", [
    ("5,532", 5532), ("28,500", 28500), ("three", 3), ("twenty-one", 21), ("USD 150.4 billion", 150.4e9),
    ("$924 million", 924e6), ("1.04 trillion", 1.04e12), ("146", 146), ("nine", 9),
])
def test_numbers_parse_number_reads_digits_words_and_scales(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "generals", "several"])
def test_numbers_parse_number_returns_none_without_a_number(text):
    assert parse_number(text) is None


def test_numbers_as_int_keeps_whole_numbers_integral():
    assert as_int(5532.0) == 5532 and isinstance(as_int(5532.0), int)
    assert as_int(1.5) == 1.5
