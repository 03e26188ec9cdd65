"""Charts: the positioning map, KPIs against their targets, and the action timeline.

Each is drawn as a matplotlib figure, then given as a PNG (a picture in the chat) or as pixels (the PDF, which
would otherwise decode the PNG again). matplotlib is used through its object API on the non-interactive Agg
canvas (no pyplot, no global state), so charts can be drawn from any thread of the bot.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from babel.dates import format_date

from domain.i18n import Catalog
from domain.models import ActionStatus, KpiId, Plan
from domain.results import results_so_far

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from PIL.Image import Image

SIZE = (8.0, 5.0)
DPI = 100
ACCENT = "#d35400"
OTHERS = "#2c3e50"
MUTED = "#95a5a6"
STATUS_COLOURS = {
    ActionStatus.PLANNED: "#2980b9",
    ActionStatus.DONE: "#27ae60",
    ActionStatus.DROPPED: "#bdc3c7",
    ActionStatus.PROPOSED: "#f39c12",
}


QUADRANTS = {
    (1.6, 5.3): "chart-quadrant-value",
    (4.4, 5.3): "chart-quadrant-premium",
    (1.6, 0.7): "chart-quadrant-low-cost",
    (4.4, 0.7): "chart-quadrant-overpriced",
}


@dataclass(frozen=True)
class Point:
    """A business on the positioning map."""

    name: str
    price: float
    quality: float
    own: bool


def _figure() -> tuple[Figure, Axes]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE, dpi=DPI)
    figure.subplots_adjust(left=0.1, right=0.97, top=0.92, bottom=0.12)
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot()


def _rendering() -> AbstractContextManager[None]:
    """Text drawn without FreeType's hinting: a fifth faster per chart (measured), no visible change at this size."""
    from matplotlib import rc_context

    return rc_context({"text.hinting": "no_hinting"})


def png(figure: Figure) -> bytes:
    """The figure as a PNG file (fast compression: a chat recompresses the pictures it is sent anyway)."""
    buffer = io.BytesIO()
    with _rendering():
        figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def pixels(figure: Figure) -> Image:
    """The figure as an RGB image, straight from the canvas (for the PDF: no PNG made only to be decoded)."""
    from PIL import Image

    canvas = figure.canvas
    with _rendering():
        canvas.draw()
    return Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba()).convert("RGB")  # type: ignore[attr-defined]


Drawing = Callable[[Plan, Catalog, date], "Figure | None"]
"""A chart's figure from a plan, or ``None`` when the plan has nothing to show on it yet."""


def positioning_points(plan: Plan, t: Catalog) -> list[Point]:
    """The business and every competitor with both levels known, on the price (x) and quality (y) axes."""
    points = [
        Point(c.name, c.price, c.quality, own=False)
        for c in plan.diagnosis.competitors or ()
        if c.price is not None and c.quality is not None
    ]
    pos = plan.positioning
    if pos.price_level is not None and pos.quality_level is not None:
        points.append(Point(plan.profile.name or t("your-business"), pos.price_level, pos.quality_level, own=True))
    return points


def positioning(plan: Plan, t: Catalog, today: date | None = None) -> Figure | None:
    """The positioning map: the business and its competitors by price (x) and quality (y).

    ``None`` while the business's own levels are not known.
    """
    points = positioning_points(plan, t)
    if not any(p.own for p in points):
        return None
    figure, axes = _figure()
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.axhline(3, color=MUTED, linewidth=0.8)
    axes.axvline(3, color=MUTED, linewidth=0.8)
    axes.set_xlabel(t("chart-price-axis"))
    axes.set_ylabel(t("chart-quality-axis"))
    axes.set_title(t("chart-positioning-title"))
    for (x, y), key in QUADRANTS.items():
        axes.text(x, y, t(key), color=MUTED, fontsize=9, ha="center", va="center", style="italic")
    seen: dict[tuple[float, float], int] = {}
    for point in points:
        nudge = seen.get((point.price, point.quality), 0)
        seen[(point.price, point.quality)] = nudge + 1
        colour = ACCENT if point.own else OTHERS
        size = 220 if point.own else 110
        axes.scatter([point.price], [point.quality], s=size, color=colour, zorder=3)
        axes.annotate(
            point.name,
            (point.price, point.quality),
            xytext=(10, 8 - 14 * nudge),
            textcoords="offset points",
            fontsize=11 if point.own else 10,
            fontweight="bold" if point.own else "normal",
            color=colour,
        )
    return figure


def kpis(plan: Plan, t: Catalog, today: date) -> Figure | None:
    """Each measured KPI as a percentage of its target (100 % is on target), or ``None`` without results."""
    from domain.kpis import Kpi, suggest

    values = results_so_far(plan, today)
    targets: dict[KpiId, Kpi] = {}
    for kpi in suggest(plan, today):
        if kpi.target is not None and kpi.target.value:
            targets.setdefault(kpi.id, kpi)
    bars = []
    for kpi_id, value in values.items():
        target = targets.get(kpi_id)
        if value is None or target is None or target.target is None:
            continue
        ratio = (
            value / target.target.value * 100 if target.at_least else target.target.value / value * 100 if value else 0
        )
        bars.append((t(f"kpi-{kpi_id}"), max(ratio, 0), ratio >= 100))
    if not bars:
        return None
    figure, axes = _figure()
    figure.subplots_adjust(left=0.37)  # room for the indicators' names
    labels = [b[0] for b in bars]
    axes.barh(labels, [min(b[1], 200) for b in bars], color=["#27ae60" if b[2] else ACCENT for b in bars])
    axes.axvline(100, color=OTHERS, linestyle="--", linewidth=1)
    axes.set_xlim(0, 200)
    axes.invert_yaxis()
    axes.set_xlabel(t("chart-kpi-axis"))
    axes.set_title(t("chart-kpi-title"))
    for index, (_, ratio, _) in enumerate(bars):
        axes.text(min(ratio, 200) + 2, index, f"{ratio:.0f} %", va="center", fontsize=9)
    return figure


def timeline(plan: Plan, t: Catalog, today: date) -> Figure | None:
    """The actions on the months ahead, coloured by status, or ``None`` without actions."""
    actions = sorted((a for a in plan.actions or () if a.status is not ActionStatus.DROPPED), key=lambda a: a.due)
    if not actions:
        return None
    from matplotlib.dates import date2num
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    figure, axes = _figure()
    height = 1.8 + 0.55 * len(actions)
    figure.set_figheight(height)
    figure.subplots_adjust(left=0.04, right=0.98, bottom=0.45 / height, top=1 - 0.4 / height)
    start = min(today, actions[0].due).replace(day=1)
    end = max(actions[-1].due, today + timedelta(days=60))
    for row, action in enumerate(actions):
        axes.barh(row, 5, left=date2num(action.due), height=0.4, color=STATUS_COLOURS[action.status])
        title = action.title if len(action.title) <= 44 else action.title[:43] + "…"
        when = format_date(action.due, "d MMM", locale=t.locale)
        axes.text(date2num(action.due + timedelta(days=7)), row, f"{when} · {title}", va="center", fontsize=9)
    axes.axvline(date2num(today), color=ACCENT, linewidth=1.2)
    axes.set_yticks([])
    right = end + timedelta(days=240)
    axes.set_xlim(date2num(start), date2num(right))
    axes.set_ylim(len(actions) - 0.5, -0.7)
    months = [start]
    while months[-1] < right:
        months.append((months[-1] + timedelta(days=32)).replace(day=1))
    axes.set_xticks([date2num(m) for m in months[:-1][:: 2 if len(months) > 9 else 1]])
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: _month_label(value, t)))
    used = sorted({a.status for a in actions}, key=list(STATUS_COLOURS).index)
    legend = [Patch(color=STATUS_COLOURS[s], label=t.label(s)) for s in used]
    legend.append(Patch(color=ACCENT, label=t("chart-today")))
    axes.legend(handles=legend, loc="upper right", fontsize=8, frameon=False)
    axes.set_title(t("chart-timeline-title"))
    return figure


DRAWINGS: dict[str, Drawing] = {"positioning": positioning, "kpis": kpis, "timeline": timeline}
"""The charts by name, as ``/export`` offers them."""


def _month_label(value: float, t: Catalog) -> str:
    from babel.dates import format_date
    from matplotlib.dates import num2date

    return str(format_date(num2date(value).date(), "MMM yy", locale=t.locale))
