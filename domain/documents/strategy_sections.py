"""The strategy sections of the plan: objectives, segmentation, targeting and positioning."""

from __future__ import annotations

import re
from datetime import date

from domain.business import model_of
from domain.completeness import objectives_complete, positioning_complete, segmentation_complete, targeting_complete
from domain.documents.answer_marks import level, missing, out_of_fifteen, text_or_missing
from domain.documents.document import Block, Bullets, Pairs, Paragraph, Section, Table
from domain.i18n import Catalog
from domain.models import Plan
from domain.smart import smart_sentence


def objectives_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The objectives as SMART sentences."""
    if not plan.objectives:
        return Section("objectives", t("section-objectives"), (Paragraph(missing(t)),), complete=False)
    sentences = tuple(smart_sentence(o, t) for o in plan.objectives)
    return Section("objectives", t("section-objectives"), (Bullets(sentences),), objectives_complete(plan))


def segmentation_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The segment table."""
    if not plan.segments:
        return Section("segmentation", t("section-segmentation"), (Paragraph(missing(t)),), complete=False)
    sized = any(s.size is not None for s in plan.segments)  # no column of dashes when no size was asked
    rows = tuple(
        (
            s.name,
            text_or_missing(s.who, t),
            text_or_missing(s.need, t),
            *((t.number(s.size) if s.size is not None else "—",) if sized else ()),
        )
        for s in plan.segments
    )
    header = (t("col-segment"), t("col-who"), t("col-need"), *((t("col-size"),) if sized else ()))
    return Section("segmentation", t("section-segmentation"), (Table(header, rows),), segmentation_complete(plan))


def targeting_section(plan: Plan, t: Catalog, today: date) -> Section:
    """Scores per segment, the recommended target and the chosen one."""
    if not plan.segments:
        return Section("targeting", t("section-targeting"), (Paragraph(missing(t)),), complete=False)
    rows = tuple(
        (s.name, level(s.size_rating), level(s.access_rating), level(s.fit_rating), out_of_fifteen(s.score))
        for s in plan.segments
    )
    header = (t("col-segment"), t("col-rate-size"), t("col-rate-access"), t("col-rate-fit"), t("col-score"))
    blocks: list[Block] = [Table(header, rows)]
    scored = [s for s in plan.segments if s.score is not None]
    if scored:
        best = max(scored, key=lambda s: (s.score or 0, s.fit_rating or 0))
        blocks.append(Paragraph(t("target-recommended", segment=best.name, score=best.score or 0)))
    blocks.append(Paragraph(t("target-chosen", segment=plan.target) if plan.target else missing(t)))
    return Section("targeting", t("section-targeting"), tuple(blocks), complete=targeting_complete(plan))


FIRST_PERSON = ("je ", "j'", "j’", "nous ", "on ", "notre ", "nos ", "mon ", "ma ", "mes ", "i ", "we ", "our ", "my ")


def quoted_if_first_person(text: str, t: Catalog) -> str:
    """The user's words, between quotes when they speak in the first person ("je livre en 6 semaines")."""
    if text.casefold().startswith(FIRST_PERSON):
        return t("quoted", text=text)
    return text


OWN_CATEGORY = re.compile(r"^(?:une?|les?|la|l['’]|des|an?|the)\s*\S.*?\s(?:qui|that|who|which)\s", re.IGNORECASE)
"""A benefit typed with its own "what it is" ("une agence web qui transforme..."): it completes "X est" alone."""
IS = re.compile(r"^\s*(?:est|is|c['’]est)\s+", re.IGNORECASE)


def own_words(benefit: str, name: str | None) -> tuple[str, bool]:
    """The benefit as it completes the statement, and whether it says what the business is itself.

    The question asks to complete « X est … qui … »; people often type the whole sentence, name included.
    """
    text = benefit.strip()
    if name and text.casefold().startswith(name.casefold()):
        text = IS.sub("", text[len(name) :], count=1)
    return text, bool(OWN_CATEGORY.match(text))


def statement(plan: Plan, t: Catalog) -> str | None:
    """The positioning statement, once the target and the benefit are known."""
    pos, target = plan.positioning, plan.segment(plan.target)
    if target is None or not pos.benefit:
        return None
    found = model_of(plan)
    category = found.texts(t.lang).category if found else t("category-generic")
    competitors = plan.diagnosis.competitors or ()
    rival = pos.rival or (competitors[0].name if competitors else None)
    benefit, own = own_words(pos.benefit, plan.profile.name)
    args = {
        "target": target.name,
        "need": target.need or "",
        "name": plan.profile.name or t("your-business"),
        "category": category,
        "benefit": benefit,
    }
    text = t(("statement-need" if target.need else "statement") + ("-own" if own else ""), **args)
    if pos.difference:
        key = "statement-difference" if rival else "statement-difference-generic"
        text += " " + t(key, rival=rival or "", difference=quoted_if_first_person(pos.difference, t))
    return text


def positioning_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The positioning statement and its parts."""
    pos = plan.positioning
    sentence = statement(plan, t)
    blocks: list[Block] = [Paragraph(sentence or missing(t))]
    blocks.append(
        Pairs(
            (
                (t("field-benefit"), text_or_missing(pos.benefit, t)),
                (t("field-difference"), text_or_missing(pos.difference, t)),
                (t("field-proof"), pos.proof or "—"),
                (t("field-price-level"), level(pos.price_level)),
                (t("field-quality-level"), level(pos.quality_level)),
            )
        )
    )
    return Section("positioning", t("section-positioning"), tuple(blocks), positioning_complete(plan))
