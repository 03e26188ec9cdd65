"""The indicators (KPIs) planbot knows, by id."""

from __future__ import annotations

from enum import StrEnum


class KpiId(StrEnum):
    """The indicators planbot knows (their names and formulas are in the catalogues)."""

    NEW_CUSTOMERS = "new_customers"
    CONVERSION_RATE = "conversion_rate"
    CAC = "cac"
    ROI = "roi"
    REVENUE = "revenue"
    CLV = "clv"
    LTV_CAC = "ltv_cac"
    RETENTION_RATE = "retention_rate"
    REPEAT_RATE = "repeat_rate"
    NPS = "nps"
    FOLLOWERS = "followers"
    REACH = "reach"
    VISITS = "visits"
    OPEN_RATE = "open_rate"
    ORGANIC_VISITS = "organic_visits"
    COST_PER_CLICK = "cost_per_click"
    ENGAGEMENT_RATE = "engagement_rate"
    ATTENDEES = "attendees"
    REFERRED_CUSTOMERS = "referred_customers"
    PARTNER_LEADS = "partner_leads"
    LEADS = "leads"
    MEETINGS = "meetings"
    PROPOSALS = "proposals"
    WIN_RATE = "win_rate"
    TRIALS = "trials"
    TRIAL_TO_PAID = "trial_to_paid"
    MRR = "mrr"
    CHURN = "churn"
    CAC_PAYBACK = "cac_payback"
    TICKETS = "tickets"
    AVERAGE_TICKET = "average_ticket"
    REVIEWS = "reviews"
    CAPACITY_USE = "capacity_use"
    ORDERS = "orders"
