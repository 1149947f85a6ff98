"""The review loop's core: stable numbers, a signed identity, returned answers checked, and
nothing changed until the broker acts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from workshop import issues, ops, review, snapshot
from workshop.audience import Audience
from workshop.document import Document
from workshop.sample import write_sample


def issue_for(doc: Document, partner_id: int) -> tuple[snapshot.Snapshot, object]:
    issues.record(doc, snapshot.build(doc, Audience.partner(partner_id)), prepared_by="Bethan")
    broker = snapshot.build(doc, Audience.broker())
    issue = max((i for i in broker.issues if i.partner_id == partner_id), key=lambda i: i.number)
    return broker, issue


def returned(
    broker: snapshot.Snapshot,
    issue: object,
    answers: list[review.Answer],
    sign: review.SignedOff | None = None,
    ident: review.Identity | None = None,
) -> review.Returned:
    ident = ident or review.identity(broker, issue)
    signed = review.signature(broker.workshop.secret, ident)
    return review.check(broker, ident.text(), signed, answers, sign)


def test_numbers_are_stable_and_read_back() -> None:
    assert review.number("position", 12) == "P12" and review.number("alignment", 3) == "VR3"
    assert review.parse_number(" p12 ") == ("position", 12)
    assert review.parse_number("VR3") == ("alignment", 3)
    for bad in ("", "P", "12", "X12", "P1.5", "P" + "9" * 30):
        assert review.parse_number(bad) is None


def test_an_issue_keeps_each_item_the_partner_may_see_and_nothing_it_may_not(
    sample: Document,
) -> None:
    northlight = snapshot.build(sample, Audience.broker()).partners[0].id
    broker, issue = issue_for(sample, northlight)
    kept = {i.number for i in broker.issued_items if i.issue_id == issue.id}
    own = snapshot.build(sample, Audience.partner(northlight))
    assert kept == {number for number, _t, _i in review.items(own)}
    others = {
        review.number("position", p.id)
        for p in broker.positions
        if p.visibility != "shared" and p.partner_id != northlight
    }
    assert others and not kept & others
    # Reordering changes no number.
    positions = [p.id for p in broker.positions if p.partner_id == northlight]
    ops.reorder(sample, "position", list(reversed(positions)))
    own_after = snapshot.build(sample, Audience.partner(northlight))
    assert {n for n, _t, _i in review.items(own_after)} == kept


def test_a_returned_workbook_is_checked_and_changes_nothing_until_the_broker_acts(
    sample: Document,
) -> None:
    northlight = snapshot.build(sample, Audience.broker()).partners[0]
    broker, issue = issue_for(sample, northlight.id)
    position = next(p for p in broker.positions if p.partner_id == northlight.id)
    code = review.number("position", position.id)
    other = next(n for n in review.identity(broker, issue).numbers if n != code)
    ops.update(sample, "position", position.id, reasoning="Changed after the issue")
    broker = snapshot.build(sample, Audience.broker())
    before = snapshot.build(sample, Audience.broker()).positions
    blank = next(n for n in review.identity(broker, issue).numbers if n not in (code, other))
    answers = [
        review.Answer(code, "amend", "Never below 7 %", "Our board met again"),
        review.Answer(other, "agree"),
        review.Answer(blank, ""),  # a row left blank is no answer
    ]
    got = returned(
        broker, issue, answers, review.SignedOff("Helen Ashworth", "Director", "2027-01-12", True)
    )
    assert [a.number for a in got.conflicts] == [code]  # changed since the issue
    review.take(sample, got)
    after = snapshot.build(sample, Audience.broker())
    assert after.positions == before  # answers change nothing by themselves
    assert {(r.number, r.answer, r.conflict, r.disposition) for r in after.responses} == {
        (code, "amend", True, "open"),
        (other, "agree", False, "open"),
    }
    (sign,) = review.confirmed_by(after)
    assert review.confirmation_text(after, sign) == (
        "Confirmed by Northlight (Helen Ashworth, Director) on 12 Jan 2027"
    )
    # Another partner sees the sign-off (who has confirmed) but never Northlight's answers.
    other_partner = after.partners[1].id
    theirs = snapshot.build(sample, Audience.partner(other_partner))
    assert theirs.responses == () and len(theirs.signoffs) == 1
    assert theirs.signoffs[0].issue_id is None  # Northlight's pack stays Northlight's
    # Accepting the amendment is an ordinary edit, undone in one step.
    response = next(r for r in after.responses if r.number == code)
    review.accept(sample, response.id)
    accepted = snapshot.build(sample, Audience.broker())
    assert accepted.by_id("position")[position.id].statement == "Never below 7 %"
    assert accepted.by_id("response")[response.id].disposition == "accepted"
    assert sample.undo_label == f"Accept amendment to {code}"
    sample.undo()
    undone = snapshot.build(sample, Audience.broker())
    assert undone.by_id("position")[position.id].statement == position.statement
    assert undone.by_id("response")[response.id].disposition == "open"
    review.reply(sample, response.id, "We keep 8 % for this bid", decline=True)
    declined = snapshot.build(sample, Audience.broker()).by_id("response")[response.id]
    assert (declined.disposition, declined.reply) == ("declined", "We keep 8 % for this bid")


def test_foreign_tampered_and_overreaching_workbooks_are_refused(
    sample: Document, tmp_path: Path
) -> None:
    northlight, cwn = snapshot.build(sample, Audience.broker()).partners[:2]
    broker, issue = issue_for(sample, northlight.id)
    ident = review.identity(broker, issue)
    signed = review.signature(broker.workshop.secret, ident)
    # Another workshop's workbook.
    other = tmp_path / "Other.workshop"
    write_sample(other)
    with Document.open(other, read_only=True) as elsewhere:
        foreign = snapshot.build(elsewhere, Audience.broker())
    with pytest.raises(review.ReviewRefused, match="another workshop"):
        review.check(foreign, ident.text(), signed, [], None)
    # An identity edited to claim Cŵn's pack, or to add a number.
    for forged in (replace(ident, partner=cwn.id), replace(ident, numbers=(*ident.numbers, "P1"))):
        with pytest.raises(review.ReviewRefused, match="changed since Common Ground wrote it"):
            review.check(broker, forged.text(), signed, [], None)
    with pytest.raises(review.ReviewRefused, match="not a Common Ground review workbook"):
        review.check(broker, "{not json", signed, [], None)
    # A row naming an item that was not in Northlight's pack (Cŵn's confidential line).
    secret = next(
        p for p in broker.positions if p.partner_id == cwn.id and p.visibility != "shared"
    )
    with pytest.raises(review.ReviewRefused, match="not in this partner's pack"):
        returned(broker, issue, [review.Answer(review.number("position", secret.id), "agree")])
    with pytest.raises(review.ReviewRefused, match="answered twice"):
        returned(broker, issue, [review.Answer(ident.numbers[0], "agree")] * 2)
    with pytest.raises(review.ReviewRefused, match="is not an answer"):
        returned(broker, issue, [review.Answer(ident.numbers[0], "=HYPERLINK(1)")])
    assert snapshot.build(sample, Audience.broker()).responses == ()


def test_final_only_when_every_partner_has_confirmed(sample: Document) -> None:
    partners = snapshot.build(sample, Audience.broker()).partners
    for n, partner in enumerate(partners):
        broker, issue = issue_for(sample, partner.id)
        assert not review.everyone_confirmed(broker)
        sign = review.SignedOff(f"Signer {n}", "CEO", "2027-01-20", True)
        review.take(sample, returned(broker, issue, [], sign))
    assert review.everyone_confirmed(snapshot.build(sample, Audience.broker()))
    # A new issue for one partner needs its confirmation again.
    broker, _issue = issue_for(sample, partners[0].id)
    assert not review.everyone_confirmed(broker)


def test_a_copy_for_sharing_carries_no_record_about_the_partnership(
    sample: Document, tmp_path: Path
) -> None:
    northlight = snapshot.build(sample, Audience.broker()).partners[0].id
    broker, issue = issue_for(sample, northlight)
    review.take(
        sample,
        returned(
            broker,
            issue,
            [
                review.Answer(
                    review.identity(broker, issue).numbers[0],
                    "question",
                    "",
                    "Who pays for the hall?",
                )
            ],
        ),
    )
    shared = tmp_path / "For the partners.workshop"
    sample.write_copy_for_sharing(shared)
    data = shared.read_bytes()
    assert b"Who pays for the hall?" not in data
    assert broker.workshop.secret.encode() not in data
    with Document.open(shared, read_only=True) as copy:
        seen = snapshot.build(copy, Audience.broker())
    assert seen.issues == seen.issued_items == seen.responses == seen.kept == seen.speaking == ()
    assert len(seen.positions) == len(broker.positions)  # the content is all there
    assert seen.workshop.uid == broker.workshop.uid and seen.workshop.secret == ""


def test_a_copy_saved_for_sharing_says_why_it_cannot_take_a_workbook_in(
    sample: Document, tmp_path: Path
) -> None:
    northlight = snapshot.build(sample, Audience.broker()).partners[0].id
    broker, issue = issue_for(sample, northlight)
    ident = review.identity(broker, issue)
    signed = review.signature(broker.workshop.secret, ident)
    shared = tmp_path / "Shared.workshop"
    sample.write_copy_for_sharing(shared)
    with Document.open(shared, read_only=True) as copy:
        keyless = snapshot.build(copy, Audience.broker())
    with pytest.raises(review.ReviewRefused, match="saved for sharing"):
        review.check(keyless, ident.text(), signed, [], None)
