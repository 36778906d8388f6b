"""Charts as inline SVG written by hand: no chart library, no script, nothing fetched.

Each function takes plain counts and returns ``Markup`` ready to drop into a template. Every label
that comes from data is escaped here, because the result is marked safe.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from summitgraph.kb.labels import series_labels

# Colour-blind-friendly palette (Okabe-Ito, darker companions, then Paul Tol's muted set), one colour for each
# of the registry's series: with fewer colours than series two series in one chart shared a colour.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
           "#4D4D99", "#8C6D31", "#2E8B57", "#B22222", "#332288", "#88CCEE", "#44AA99", "#117733",
           "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499", "#BBBBBB", "#6F4E37", "#FF7F50")


@dataclass(frozen=True)
class Bar:
    """One stacked bar: its label (a year) and a count per series."""

    label: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def series_colour(series: str) -> str:
    """One colour per series whatever the page's language or the series shown: its place in the registry's
    series table (the table's order is fixed; a series it lacks hashes to a stable colour)."""
    ids = list(series_labels())
    index = ids.index(series) if series in ids else sum(series.encode("utf-8"))
    return colour_for(index)


LEGEND_LINE = 48        # characters of a legend line before it wraps at a space
LEGEND_CHAR_PX = 6.2    # width of an average 11 px character, to size the chart to its longest legend line
LEGEND_ROW_PX = 16


def _wrap(name: str, limit: int) -> list[str]:
    """A long name in lines of about ``limit`` characters, broken at spaces only."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [name]


# The bars fit in this many pixels (the chart's half of the page, its y axis included): a corpus of many years
# draws thinner bars instead of a chart whose latest years, the ones read most, lie past the column's edge.
MAX_PLOT_PX = 500
LABEL_PX = 34           # room a year label (four digits) needs; closer bars label every few
MIN_VALUE_SLOT_PX = 20  # narrower slots show their count in the bar's tooltip only


def _bar_slots(count: int, bar_width: int, gap: int, room: int) -> tuple[float, float]:
    """Bar width and gap for ``count`` bars: as asked, or narrower so that all fit in ``room`` pixels."""
    if count * (bar_width + gap) + gap <= room:
        return bar_width, gap
    slot = (room - 1) / (count + 0.3)       # each bar 70% of its slot, the gaps the rest (and one more at the end)
    return max(2.0, slot * 0.7), slot * 0.3


def _labelled(i: int, count: int, slot: float) -> bool:
    """Whether bar ``i`` of ``count`` shows its label: every k-th bar so that labels do not overlap, and the last."""
    every = max(1, -(-LABEL_PX // int(max(slot, 1))))
    return i == count - 1 or (i % every == 0 and count - 1 - i >= every)


def stacked_bars(bars: list[Bar], series_names: dict[str, str], *, title: str, empty: str = "—",
                 height: int = 220, bar_width: int = 28, gap: int = 12) -> Markup:
    """Vertical stacked bars (one per label, one colour per series) with a legend under them."""
    order = sorted({s for bar in bars for s in bar.counts}, key=lambda s: (series_names.get(s, s), s))
    if not bars or not order:
        return _empty_chart(title, empty)
    colours = {series: series_colour(series) for series in order}
    top = max(bar.total for bar in bars) or 1
    left, plot_h, base = 34, height - 50, 20
    bar_width, gap = _bar_slots(len(bars), bar_width, gap, MAX_PLOT_PX - left)
    slot = bar_width + gap
    # The legend: one series per row, its whole name (wrapped at a space past LEGEND_LINE characters), never cut.
    legend = [_wrap(series_names.get(series, series), LEGEND_LINE) for series in order]
    longest = max(len(line) for lines in legend for line in lines)
    width = max(int(left + len(bars) * slot + gap) + 1, 30 + int(LEGEND_CHAR_PX * longest))
    total_h = height + sum(LEGEND_ROW_PX * len(lines) for lines in legend) + 10
    parts = [_open(width, total_h, title)]
    parts.extend(_y_axis(left, base, plot_h, top, width))
    for i, bar in enumerate(bars):
        x = left + gap + i * (bar_width + gap)
        y = base + plot_h
        for series in order:
            n = bar.counts.get(series, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            tip = f"{bar.label} · {series_names.get(series, series)}: {n}"
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" height="{h:.1f}" '
                         f'fill="{colours[series]}"><title>{escape(tip)}</title></rect>')
        if slot >= MIN_VALUE_SLOT_PX:
            parts.append(f'<text x="{x + bar_width / 2:.1f}" y="{base + plot_h - plot_h * bar.total / top - 4:.1f}" '
                         f'text-anchor="middle" class="chart-value">{bar.total}</text>')
        if _labelled(i, len(bars), slot):
            parts.append(f'<text x="{x + bar_width / 2:.1f}" y="{base + plot_h + 16}" text-anchor="middle" '
                         f'class="chart-label">{escape(bar.label)}</text>')
    ly = height + 4
    for series, lines in zip(order, legend):
        parts.append(f'<rect x="10" y="{ly}" width="12" height="12" fill="{colours[series]}"/>')
        for k, line in enumerate(lines):
            parts.append(f'<text x="28" y="{ly + 10 + k * LEGEND_ROW_PX}" class="chart-legend">{escape(line)}</text>')
        ly += LEGEND_ROW_PX * len(lines)
    parts.append("</svg>")
    return Markup("".join(parts))


def horizontal_bars(rows: list[tuple[str, int]], *, title: str, empty: str = "—", bar_height: int = 18,
                    label_width: int = 170, plot_width: int = 260) -> Markup:
    """One horizontal bar per (label, count), longest first as given."""
    rows = [(label, n) for label, n in rows if n > 0]
    if not rows:
        return _empty_chart(title, empty)
    top = max(n for _, n in rows)
    width = label_width + plot_width + 40
    height = len(rows) * (bar_height + 6) + 10
    parts = [_open(width, height, title)]
    for i, (label, n) in enumerate(rows):
        y = 5 + i * (bar_height + 6)
        w = max(2.0, plot_width * n / top)
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end" '
                     f'class="chart-label">{escape(label)}</text>')
        parts.append(f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_height}" '
                     f'fill="{PALETTE[0]}"><title>{escape(f"{label}: {n}")}</title></rect>')
        parts.append(f'<text x="{label_width + w + 4:.1f}" y="{y + bar_height - 5}" class="chart-value">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _open(width: int, height: int, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" aria-label="{escape(title)}"><title>{escape(title)}</title>')


def _y_axis(left: int, base: int, plot_h: int, top: int, width: int) -> list[str]:
    """A baseline and three grid lines with their counts, so bar heights can be read."""
    out = []
    for step in range(0, 4):
        value = top * step / 3
        y = base + plot_h - plot_h * step / 3
        label = f"{value:.0f}" if top >= 3 or step in (0, 3) else ""
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 4}" y2="{y:.1f}" class="chart-grid"/>')
        if label:
            out.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="chart-axis">{label}</text>')
    return out


def _empty_chart(title: str, message: str) -> Markup:
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 300 40" '
                  f'width="300" height="40" aria-label="{escape(title)}"><title>{escape(title)}</title>'
                  f'<text x="10" y="25" class="chart-label">{escape(message)}</text></svg>')
