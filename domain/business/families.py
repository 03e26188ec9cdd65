"""How a business sells (its family), and the KPIs that measure each way of selling."""

from __future__ import annotations

from enum import StrEnum

from domain.models import KpiId


class Family(StrEnum):
    """How a business sells, which decides the KPIs that measure it."""

    SHOP = "shop"
    """Customers come in and buy: tickets, average ticket, repeat rate."""
    ONLINE = "online"
    """Orders on a site: visitors, conversion rate, orders, average order."""
    PIPELINE = "pipeline"
    """Each sale is won: leads, meetings, proposals, wins, win rate."""
    SERVICE = "service"
    """Sessions or places sold to people: trial sessions, members, capacity used."""
    SUBSCRIPTION = "subscription"
    """Subscriptions: trials, trial-to-paid, MRR, monthly churn, CAC payback."""


COMMON: frozenset[KpiId] = frozenset(
    {
        KpiId.NEW_CUSTOMERS,
        KpiId.CAC,
        KpiId.ROI,
        KpiId.CLV,
        KpiId.LTV_CAC,
        KpiId.REVENUE,
        KpiId.NPS,
        KpiId.RETENTION_RATE,
        KpiId.FOLLOWERS,
        KpiId.REACH,
        KpiId.ENGAGEMENT_RATE,
        KpiId.OPEN_RATE,
        KpiId.REFERRED_CUSTOMERS,
        KpiId.REVIEWS,
        KpiId.ORGANIC_VISITS,
        KpiId.COST_PER_CLICK,
        KpiId.VISITS,
    }
)
FAMILY_KPIS: dict[Family, frozenset[KpiId]] = {
    Family.SHOP: COMMON
    | {
        KpiId.TICKETS,
        KpiId.AVERAGE_TICKET,
        KpiId.REPEAT_RATE,
        KpiId.ATTENDEES,
        KpiId.PARTNER_LEADS,
        KpiId.CAPACITY_USE,
    },
    Family.ONLINE: COMMON
    | {KpiId.CONVERSION_RATE, KpiId.ORDERS, KpiId.AVERAGE_TICKET, KpiId.REPEAT_RATE, KpiId.PARTNER_LEADS},
    Family.PIPELINE: COMMON
    | {
        KpiId.LEADS,
        KpiId.MEETINGS,
        KpiId.PROPOSALS,
        KpiId.WIN_RATE,
        KpiId.PARTNER_LEADS,
        KpiId.CAPACITY_USE,
        KpiId.ATTENDEES,
        KpiId.REPEAT_RATE,
    },
    Family.SERVICE: COMMON
    | {KpiId.TRIALS, KpiId.CAPACITY_USE, KpiId.REPEAT_RATE, KpiId.ATTENDEES, KpiId.PARTNER_LEADS, KpiId.LEADS},
    Family.SUBSCRIPTION: COMMON
    | {
        KpiId.TRIALS,
        KpiId.TRIAL_TO_PAID,
        KpiId.MRR,
        KpiId.CHURN,
        KpiId.CAC_PAYBACK,
        KpiId.CONVERSION_RATE,
        KpiId.LEADS,
        KpiId.MEETINGS,
        KpiId.PARTNER_LEADS,
        KpiId.ATTENDEES,
    },
}
"""The KPIs that measure each way of selling; one outside its family's set does not fit the business."""
