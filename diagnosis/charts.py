"""The self-diagnosis radar as a standalone SVG, for the PDF (WeasyPrint runs no
script, so no Chart.js there): no external reference, no CSS class, presentation
attributes only. The results page draws the same chart with `radar.js`."""

import hashlib
import math
import re
from xml.sax.saxutils import escape

Box = tuple[float, float, float, float]  # left, top, right, bottom

FONT = 'font-family="DejaVu Sans, sans-serif"'
FONT_SIZE = 11
LINE_HEIGHT = 13
CHAR_WIDTH = 6.6  # a generous estimate of one character's width at FONT_SIZE
LABEL_GAP = 12  # between the outer ring and the labels
GRID = 'fill="none" stroke="#ced4da" stroke-width="1"'

# kind: (stroke, fill, fill-opacity, stroke-dasharray)
STYLES: dict[str, tuple[str, str, str, str]] = {
    "self": ("#005f73", "#005f73", "0.2", ""),
    "network": ("#9b2226", "none", "", "6 4"),
    "previous": ("#6c757d", "none", "", "2 3"),
}

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _num(value: float) -> str:
    """A coordinate rounded to 2 decimals, without trailing zeros."""
    text = f"{round(value, 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _esc(value: object) -> str:
    """Text escaped for content and attributes, without characters XML forbids."""
    return escape(_NOT_XML.sub("", str(value)), {'"': "&quot;", "'": "&#39;"})


def _text(x: float, y: float, body: str, extra: str = "", small: bool = False) -> str:
    """A `<text>` element in the chart's font (`body` already escaped)."""
    size, colour = (9, "#6c757d") if small else (FONT_SIZE, "#212529")
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" {FONT} font-size="{size}" '
        f'fill="{colour}"{extra}>{body}</text>'
    )


def wrap_label(text: str, width: int = 18, max_lines: int = 3) -> list[str]:
    """Split a label at word boundaries into lines of about `width` characters;
    one that needs more than `max_lines` lines gets longer lines, never cut off."""
    words = text.split()
    while True:
        lines: list[str] = []
        for word in words:
            if lines and len(lines[-1]) + 1 + len(word) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        if len(lines) <= max_lines:
            return lines
        width += 2


def _point(cx: float, cy: float, radius: float, i: int, n: int) -> tuple[float, float]:
    """The point at `radius` on axis `i` of `n` (the first straight up, clockwise)."""
    angle = math.radians(-90 + i * 360 / n)
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _points(points: list[tuple[float, float]]) -> str:
    """An SVG `points` attribute."""
    return " ".join(f"{_num(x)},{_num(y)}" for x, y in points)


def _label(x: float, y: float, angle: float, lines: list[str]) -> tuple[str, Box]:
    """A label's `<text>` by (x, y), on the side its axis points to, and its box."""
    cos, sin = math.cos(angle), math.sin(angle)
    anchor = "start" if cos > 0.15 else "end" if cos < -0.15 else "middle"
    if sin < -0.5:  # above the chart: the block ends just over the point
        first = y - (len(lines) - 1) * LINE_HEIGHT - 3
    elif sin > 0.5:  # below: it starts just under it
        first = y + FONT_SIZE
    else:
        first = y - (len(lines) - 1) * LINE_HEIGHT / 2 + FONT_SIZE * 0.35
    width = max(len(line) for line in lines) * CHAR_WIDTH
    left = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    bottom = first + (len(lines) - 1) * LINE_HEIGHT + FONT_SIZE * 0.3
    spans = "".join(
        f'<tspan x="{_num(x)}" y="{_num(first + i * LINE_HEIGHT)}">{_esc(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    markup = _text(x, first, spans, f' text-anchor="{anchor}"')
    return markup, (left, first - FONT_SIZE, left + width, bottom)


def _style(kind: str, *, filled: bool = True) -> str:
    """The presentation attributes of a series of this kind."""
    stroke, fill, opacity, dashes = STYLES[kind]
    style = f'stroke="{stroke}" stroke-width="2" fill="{fill if filled else "none"}"'
    if opacity and filled:
        style += f' fill-opacity="{opacity}"'
    return style + (f' stroke-dasharray="{dashes}"' if dashes else "")


def _series(item: dict, cx: float, cy: float, radius: float, maximum: float) -> str:
    """One series: its polygon through the known values, and a dot on each."""
    kind, values, points = item["kind"], item["values"], []
    for i, value in enumerate(values):
        if value is not None and math.isfinite(float(value)):
            reach = min(max(float(value) / maximum, 0.0), 1.0) * radius
            points.append(_point(cx, cy, reach, i, len(values)))
    shape = ""
    if len(points) >= 2:  # two points make a line, not an area
        tag, filled = ("polygon", True) if len(points) > 2 else ("polyline", False)
        shape = f'<{tag} data-kind="{kind}" points="{_points(points)}" '
        shape += f'{_style(kind, filled=filled)} stroke-linejoin="round"/>'
    return shape + "".join(
        f'<circle data-kind="{kind}" cx="{_num(x)}" cy="{_num(y)}" r="3" '
        f'fill="{STYLES[kind][0]}"/>'
        for x, y in points
    )


def radar_svg(
    labels: list[str],
    series: list[dict],
    *,
    size: int = 480,
    maximum: float = 100.0,
    title: str = "",
) -> str:
    """A radar chart of `series` over the axes `labels`, as a standalone SVG string.

    Each item of `series` is ``{"label": str, "values": [float | None, ...],
    "kind": "self" | "network" | "previous"}``, one value per label; None is a gap
    (the series' polygon joins its other points only). The rings are centred at
    (size / 2, size / 2) with radius R = 0.3 * size; a value v sits at
    (v / maximum) * R on its axis, clamped to [0, R]. The viewBox (and the width
    and height) fit the rings, the labels around them and the legend under them.
    """
    n = len(labels)
    if n < 3 or maximum <= 0:
        raise ValueError("A radar needs three axes or more and a positive maximum.")
    for item in series:
        if item["kind"] not in STYLES or len(item["values"]) != n:
            raise ValueError(f"Unknown kind or not one value per axis: {item!r}")
    cx, cy, radius = size / 2, size / 2, size * 0.3
    parts: list[str] = []
    boxes: list[Box] = [(cx - radius, cy - radius, cx + radius, cy + radius)]

    for fraction in (0.25, 0.5, 0.75, 1.0):
        ring = [_point(cx, cy, radius * fraction, i, n) for i in range(n)]
        parts.append(f'<polygon points="{_points(ring)}" {GRID}/>')
        tick = _num(maximum * fraction)
        parts.append(_text(cx + 4, cy - radius * fraction - 2, tick, small=True))
    for i, label in enumerate(labels):
        x, y = _point(cx, cy, radius, i, n)
        parts.append(
            f'<line x1="{_num(cx)}" y1="{_num(cy)}" x2="{_num(x)}" y2="{_num(y)}" '
            f"{GRID}/>"
        )
        if lines := wrap_label(str(label)):
            x, y = _point(cx, cy, radius + LABEL_GAP, i, n)
            markup, box = _label(x, y, math.radians(-90 + i * 360 / n), lines)
            parts.append(markup)
            boxes.append(box)
    parts.extend(_series(item, cx, cy, radius, maximum) for item in series)

    # The legend: one row per series, its sample drawn as on the chart.
    top = min(box[1] for box in boxes) - 4
    legend_y = max(box[3] for box in boxes) + 30
    longest = max((len(str(item["label"])) for item in series), default=0)
    width = 36 + longest * CHAR_WIDTH
    left = cx - width / 2
    for row, item in enumerate(series):
        y = legend_y + row * (LINE_HEIGHT + 6)
        parts.append(
            f'<rect x="{_num(left)}" y="{_num(y - 9)}" width="28" height="10" '
            f"{_style(item['kind'])}/>"
        )
        parts.append(_text(left + 36, y, _esc(item["label"])))
        boxes.append((left, y - 10, left + width, y + 4))
    left = min(box[0] for box in boxes) - 4
    width = max(box[2] for box in boxes) + 4 - left
    height = max(box[3] for box in boxes) + 4 - top

    name = title or " / ".join(str(item["label"]) for item in series)
    digest = hashlib.sha256(repr((name, labels, series, size)).encode()).hexdigest()
    title_id = f"radar-title-{digest[:10]}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="{_num(left)} {_num(top)} {_num(width)} {_num(height)}" '
        f'width="{_num(width)}" height="{_num(height)}" role="img" '
        f'aria-labelledby="{title_id}"><title id="{title_id}">{_esc(name)}</title>'
        + "".join(parts)
        + "</svg>"
    )
