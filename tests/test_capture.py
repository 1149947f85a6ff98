"""The quick-capture parser: pure functions, no Qt."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.capture import Capture, Named, NotUnderstood, completions, parse, parse_date

PARTNERS = [
    Named(1, "Acme Housing", "Acme"),
    Named(2, "Bridgend CVS", ""),
    Named(3, "Cwm a Chymuned", "Cŵn"),
    Named(4, "جمعية الأمل", "Al-Amal"),
]
TOPICS = [Named(10, "Exclusivity"), Named(11, "Management fee"), Named(12, "Data sharing")]
TODAY = date(2026, 11, 27)


def ok(line: str) -> Capture:
    result = parse(line, PARTNERS, TOPICS, TODAY)
    assert isinstance(result, Capture), result
    return result


def test_position_with_topic() -> None:
    capture = ok("Acme red line: no exclusivity clauses #exclusivity")
    assert capture.table == "position"
    assert capture.fields == {
        "partner_id": 1,
        "kind": "red_line",
        "statement": "no exclusivity clauses",
        "topic_id": 10,
    }


@pytest.mark.parametrize(
    ("line", "kind", "partner"),
    [
        ("Acme Housing bottom line: fee no more than 8%", "bottom_line", 1),
        ("bridgend cvs preference: monthly payments", "preference", 2),
        ("Bridgend CVS prefers: monthly payments", "preference", 2),
        ("Cŵn open: happy to host", "open", 3),
        ("Al-Amal red line: no data leaves the group", "red_line", 4),
        ("جمعية الأمل open: flexible", "open", 4),
        ("Acme: red line", None, None),
    ],
)
def test_partners_and_kinds(line: str, kind: str | None, partner: int | None) -> None:
    result = parse(line, PARTNERS, TOPICS, TODAY)
    if kind is None:
        assert isinstance(result, NotUnderstood)
        return
    assert isinstance(result, Capture)
    assert result.fields["kind"] == kind and result.fields["partner_id"] == partner


def test_value_action_and_date() -> None:
    assert ok("value: serve the community, not the commissioner").fields == {
        "name": "serve the community, not the commissioner",
        "visibility": "shared",  # said, so the preview shows who will see it
    }
    action = ok("action Bridgend CVS: circulate the draft by 3 March")
    assert action.table == "action"
    assert action.fields == {
        "text": "circulate the draft",
        "due_date": "2027-03-03",
        "partner_id": 2,
        "visibility": "shared",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 March", date(2027, 3, 3)),
        ("3rd March 2026", date(2026, 3, 3)),
        ("March 3", date(2027, 3, 3)),
        ("30 Nov", date(2026, 11, 30)),
        ("1/12", date(2026, 12, 1)),
        ("1/12/27", date(2027, 12, 1)),
        ("2027-01-15", date(2027, 1, 15)),
        ("today", TODAY),
        ("tomorrow", date(2026, 11, 28)),
        ("31 February", None),
        ("soon", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text, TODAY) == expected


def test_visibility_new_topic_and_notes() -> None:
    capture = ok("Acme bottom line: in confidence, 6% #pricing !confidential")
    assert capture.fields["visibility"] == "confidential"
    assert capture.new_topic == "pricing"
    assert ok("note: Cwm seemed uneasy").fields["visibility"] == "private"
    assert ok("disagreement: who leads #data").fields["topic_id"] == 12
    assert ok("topic: Exit").fields == {"name": "Exit", "visibility": "shared"}
    undated = ok("action: phone Acme by the end of term")
    assert "due_date" not in undated.fields and undated.notes


@pytest.mark.parametrize(
    "line",
    ["", "just words", "Nobody red line: x", "value:", "action Nobody: x", "red line: whose?"],
)
def test_not_understood_says_why(line: str) -> None:
    result = parse(line, PARTNERS, TOPICS, TODAY)
    assert isinstance(result, NotUnderstood) and result.reason


def test_completions() -> None:
    assert "Acme Housing red line: " in completions("Acme H", PARTNERS, TOPICS)
    assert "Acme red line: x #management-fee" in completions(
        "Acme red line: x #man", PARTNERS, TOPICS
    )
    assert "value: " in completions("va", PARTNERS, TOPICS)
    assert "action Bridgend CVS: " in completions("action B", PARTNERS, TOPICS)


@given(st.text(max_size=200))
def test_any_text_is_understood_or_explained(line: str) -> None:
    result = parse(line, PARTNERS, TOPICS, TODAY)
    assert isinstance(result, Capture | NotUnderstood)
    completions(line, PARTNERS, TOPICS)


TOPICS_MORE = [*TOPICS, Named(13, "Money and pricing"), Named(14, "Exit")]


@pytest.mark.parametrize(
    ("line", "topic", "statement"),
    [
        ("Acme red line: no more than 8% #management fee", 11, "no more than 8%"),
        ("Acme red line: #Management Fee no more than 8%", 11, "no more than 8%"),
        ("Acme red line: no more than 8% #management-fee", 11, "no more than 8%"),
        ('Acme red line: no more than 8% #"management fee"', 11, "no more than 8%"),
        ("Acme red line: no more than 8% #man", 11, "no more than 8%"),
        (
            "Acme open: agree the budget #money and pricing by March",
            13,
            "agree the budget by March",
        ),
        ("Acme open: agree the budget #money by March", 13, "agree the budget by March"),
        ("Acme red line #exclusivity: none at all", 10, "none at all"),
    ],
)
def test_tags_of_several_words(line: str, topic: int, statement: str) -> None:
    capture = parse(line, PARTNERS, TOPICS_MORE, TODAY)
    assert isinstance(capture, Capture), capture
    assert capture.fields["topic_id"] == topic
    assert capture.fields["statement"] == statement
    assert capture.new_topic is None


def test_a_new_topic_of_several_words_and_a_lone_hash() -> None:
    quoted = ok('Acme open: shared reporting #"impact reporting"')
    assert quoted.new_topic == "impact reporting" and quoted.tag == "impact reporting"
    hyphen = ok("Acme open: shared reporting #impact-reporting")
    assert hyphen.new_topic == "impact reporting"
    single = ok("Acme open: shared reporting #reporting and more")
    assert (
        single.new_topic == "reporting"
        and single.fields["statement"] == "shared reporting and more"
    )
    assert ok("Acme open: 5 # 6").fields["statement"] == "5 # 6"


@pytest.mark.parametrize(
    ("line", "scenario", "description", "partner"),
    [
        ("impact: more families reached", "with_partnership", "more families reached", None),
        (
            "impact without: 40 families lose advice",
            "without_partnership",
            "40 families lose advice",
            None,
        ),
        (
            "impact: without the partnership, 40 families lose advice",
            "without_partnership",
            "without the partnership, 40 families lose advice",
            None,
        ),
        ("Impact Without Acme: staff cut", "without_partnership", "staff cut", 1),
        ("impact with the partnership: a shared hub", "with_partnership", "a shared hub", None),
        ("impact Acme: wider reach", "with_partnership", "wider reach", 1),
    ],
)
def test_impact_scenario_is_read_from_the_line(
    line: str, scenario: str, description: str, partner: int | None
) -> None:
    capture = ok(line)
    assert capture.table == "impact"
    assert capture.fields["scenario"] == scenario
    assert capture.fields["description"] == description
    assert capture.fields.get("partner_id") == partner


def test_words_after_a_partner_are_not_silently_dropped() -> None:
    result = parse("action Acme soon: call", PARTNERS, TOPICS, TODAY)
    assert isinstance(result, NotUnderstood) and "Acme soon" in result.reason
