"""The marketing-mix section of the plan: the 4P table."""

from __future__ import annotations

from datetime import date

from domain.completeness import mix_complete
from domain.documents.document import Block, Bullets, Section
from domain.i18n import Catalog
from domain.models import Plan


def mix_section(plan: Plan, t: Catalog, today: date) -> Section:
    """Product, price, place and promotion, with each tactic's share of the budget."""
    mix, missing = plan.mix, t("value-missing")
    product = (
        t("mix-offer", value=mix.product.offer or missing),
        t("mix-range", value=", ".join(mix.product.range) if mix.product.range else "—"),
        t("mix-differentiation", value=mix.product.differentiation or "—"),
        t("mix-after-sales", value=mix.product.after_sales or "—"),
    )
    price = (
        t("mix-strategy", value=t.label(mix.price.strategy) if mix.price.strategy else missing),
        t("mix-price-point", value=t.money(mix.price.point) if mix.price.point is not None else missing),
        t(
            "mix-purchases",
            value=t.number(mix.price.purchases_per_year) if mix.price.purchases_per_year is not None else "—",
        ),
        t("mix-margin", value=t.percent(mix.price.margin) if mix.price.margin is not None else "—"),
    )
    channels = mix.place.channels
    place = tuple(t.label(c) for c in channels) if channels else (missing,)
    blocks: list[Block] = [
        Bullets(product, t("p-product")),
        Bullets(price, t("p-price")),
        Bullets(place, t("p-place")),
        Bullets(_promotion(plan, t), t("p-promotion")),
    ]
    return Section("mix", t("section-mix"), tuple(blocks), mix_complete(plan))


def _promotion(plan: Plan, t: Catalog) -> tuple[str, ...]:
    tactics = plan.mix.promotion.tactics
    if not tactics:
        return (t("value-missing"),)
    budget = plan.diagnosis.budget
    even = plan.mix.promotion.split is None
    lines = []
    for tactic in tactics:
        share = plan.share(tactic)
        share = 100 / len(tactics) if share is None else share
        if budget:
            lines.append(
                t(
                    "mix-tactic-budget",
                    tactic=t.label(tactic),
                    share=t.percent(share),
                    amount=t.money(budget * share / 100),
                )
            )
        else:
            lines.append(t.label(tactic))
    if even and budget and len(tactics) > 1:
        lines.append(t("mix-split-even"))
    return tuple(lines)
