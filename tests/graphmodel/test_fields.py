"""Tests for govgraph.graphmodel.fields: slugs, partial dates, source citations."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import TypeAdapter, ValidationError

from govgraph.graphmodel import Source
from govgraph.graphmodel.fields import MAX_QUOTE_LENGTH, PartialDate, Slug, parse_partial_date

SLUG: TypeAdapter[str] = TypeAdapter(Slug)
PARTIAL_DATE: TypeAdapter[str] = TypeAdapter(PartialDate)


@pytest.mark.parametrize("value", ["2002", "2019-03", "2008-09-25", "2020-02-29"])
def test_parse_partial_date_returns_a_valid_date_unchanged(value: str) -> None:
    # given
    text = value

    # when
    parsed = parse_partial_date(text)

    # then
    assert parsed == value


@pytest.mark.parametrize(
    "value",
    ["2018-13", "2018-00", "2019-02-29", "2019-04-31", "25.9.2008", "2019-3", "19", "", "2019-"],
)
def test_parse_partial_date_rejects_what_is_not_a_date(value: str) -> None:
    # given
    text = value

    # when
    with pytest.raises(ValueError, match="is not a date") as info:
        parse_partial_date(text)

    # then
    assert str(info.value) == f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"


def test_parse_partial_date_rejects_a_trailing_newline() -> None:
    # given
    text = "2019\n"

    # when
    with pytest.raises(ValueError, match="is not a date") as info:
        parse_partial_date(text)

    # then
    assert str(info.value) == f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"


def test_parse_partial_date_rejects_digits_other_than_ascii() -> None:
    # given
    text = "\uff12\uff10\uff11\uff19"  # "2019" in full-width digits

    # when
    with pytest.raises(ValueError, match="is not a date") as info:
        parse_partial_date(text)

    # then
    assert str(info.value) == f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"


def test_partial_date_turns_a_yaml_date_into_iso_text() -> None:
    # given
    value = dt.date(2008, 9, 25)

    # when
    text = PARTIAL_DATE.validate_python(value)

    # then
    assert text == "2008-09-25"


def test_partial_date_turns_a_year_number_into_text() -> None:
    # given
    value = 2002

    # when
    text = PARTIAL_DATE.validate_python(value)

    # then
    assert text == "2002"


def test_partial_date_rejects_a_date_with_time_of_day() -> None:
    # given
    value = dt.datetime(2008, 9, 25, 10, 30)

    # when
    with pytest.raises(ValidationError) as info:
        PARTIAL_DATE.validate_python(value)

    # then
    assert "2008-09-25 10:30:00 has a time of day" in str(info.value)


def test_partial_date_rejects_a_boolean() -> None:
    # given
    value = True

    # when
    with pytest.raises(ValidationError) as info:
        PARTIAL_DATE.validate_python(value)

    # then
    assert [error["type"] for error in info.value.errors()] == ["string_type"]


@pytest.mark.parametrize("value", ["bamberg-amt-52", "musterstadt", "m_1-a", "2019"])
def test_slug_accepts_lower_case_ascii_with_single_separators(value: str) -> None:
    # given
    text = value

    # when
    slug = SLUG.validate_python(text)

    # then
    assert slug == value


@pytest.mark.parametrize(
    "value",
    ["", "Bamberg", "amt-für-soziales", "amt--52", "amt-_52", "-amt", "amt-", "amt 52", "a" * 121],
)
def test_slug_rejects_anything_else(value: str) -> None:
    # given
    text = value

    # when
    with pytest.raises(ValidationError) as info:
        SLUG.validate_python(text)

    # then
    assert len(info.value.errors()) == 1


def test_source_accepts_a_quote_of_the_maximum_length() -> None:
    # given
    quote = "x" * MAX_QUOTE_LENGTH

    # when
    source = Source(document="ms-konzept", quote=quote)

    # then
    assert source.quote == quote
    assert MAX_QUOTE_LENGTH == 600


def test_source_rejects_a_quote_one_character_too_long() -> None:
    # given
    quote = "x" * (MAX_QUOTE_LENGTH + 1)

    # when
    with pytest.raises(ValidationError) as info:
        Source(document="ms-konzept", quote=quote)

    # then
    [error] = info.value.errors()
    assert (error["loc"], error["type"]) == (("quote",), "string_too_long")


def test_source_measures_the_quote_without_surrounding_whitespace() -> None:
    # given
    quote = "  " + "x" * MAX_QUOTE_LENGTH + "\n"

    # when
    source = Source(document="ms-konzept", quote=quote)

    # then
    assert source.quote == "x" * MAX_QUOTE_LENGTH


def test_source_rejects_a_quote_shorter_than_three_characters() -> None:
    # given
    quote = "  OB  "

    # when
    with pytest.raises(ValidationError) as info:
        Source(document="ms-konzept", quote=quote)

    # then
    [error] = info.value.errors()
    assert (error["loc"], error["type"]) == (("quote",), "string_too_short")


def test_source_rejects_an_unknown_field() -> None:
    # given
    data = {"document": "ms-konzept", "quote": "Konzept Integration", "page": 3}

    # when
    with pytest.raises(ValidationError) as info:
        Source.model_validate(data)

    # then
    [error] = info.value.errors()
    assert (error["loc"], error["type"]) == (("page",), "extra_forbidden")


def test_source_document_must_be_a_slug() -> None:
    # given
    data = {"document": "Konzept Integration", "quote": "Konzept Integration"}

    # when
    with pytest.raises(ValidationError) as info:
        Source.model_validate(data)

    # then
    [error] = info.value.errors()
    assert error["loc"] == ("document",)
