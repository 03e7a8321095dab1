"""The PDF's radar (diagnosis.charts): the SVG parsed, its coordinates worked out
by hand.

With size=400 the rings are centred at (200, 200) with radius R = 0.3 × 400 = 120.
With four axes, axis 0 points up, 1 right, 2 down and 3 left (clockwise), so a
value v on a scale of 100 sits at distance 1.2 × v from the centre:

    100 on axis 0 → (200, 200 - 120) = (200, 80)
     50 on axis 1 → (200 + 60, 200)  = (260, 200)
      0 on axis 2 → the centre         (200, 200)
     25 on axis 3 → (200 - 30, 200)  = (170, 200)

The labels sit on a circle of radius R + 12 = 132: (200, 68), (332, 200),
(200, 332), (68, 200).
"""

import xml.etree.ElementTree as ET

import pytest
from defusedxml.ElementTree import fromstring

from diagnosis.charts import radar_svg, wrap_label

SVG = "{http://www.w3.org/2000/svg}"
FOUR = ["North", "East", "South", "West"]


def parse(markup: str) -> ET.Element:
    """The SVG as an ElementTree; defusedxml also refuses any DTD or entity."""
    return fromstring(markup)


def points(element: ET.Element) -> list[tuple[float, float]]:
    pairs = element.get("points", "").split()
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in pairs)]


def series_shapes(root: ET.Element) -> list[ET.Element]:
    """The series' polygons and polylines (the grid's polygons have no data-kind)."""
    return [
        element
        for element in root.iter()
        if element.tag in (f"{SVG}polygon", f"{SVG}polyline")
        and element.get("data-kind")
    ]


def one(kind: str, values: list, label: str = "Us") -> dict:
    return {"label": label, "values": values, "kind": kind}


def test_values_land_on_hand_computed_points():
    root = parse(radar_svg(FOUR, [one("self", [100, 50, 0, 25])], size=400))

    (polygon,) = series_shapes(root)
    assert polygon.tag == f"{SVG}polygon"
    assert polygon.get("data-kind") == "self"
    assert points(polygon) == [(200, 80), (260, 200), (200, 200), (170, 200)]
    assert polygon.get("points") == "200,80 260,200 200,200 170,200"
    dots = [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter(f"{SVG}circle")]
    assert dots == [(200, 80), (260, 200), (200, 200), (170, 200)]


def test_another_maximum_scales_the_same_way():
    root = parse(radar_svg(FOUR, [one("self", [4, 2, 0, 1])], size=400, maximum=4))

    (polygon,) = series_shapes(root)
    assert points(polygon) == [(200, 80), (260, 200), (200, 200), (170, 200)]


def test_grid_rings_and_axes():
    root = parse(radar_svg(FOUR, [], size=400))

    rings = [points(p) for p in root.iter(f"{SVG}polygon") if not p.get("data-kind")]
    assert rings == [
        [(200, 170), (230, 200), (200, 230), (170, 200)],  # 25 %: radius 30
        [(200, 140), (260, 200), (200, 260), (140, 200)],  # 50 %: radius 60
        [(200, 110), (290, 200), (200, 290), (110, 200)],  # 75 %: radius 90
        [(200, 80), (320, 200), (200, 320), (80, 200)],  # 100 %: radius 120
    ]
    axes = [
        tuple(float(line.get(a)) for a in ("x1", "y1", "x2", "y2"))
        for line in root.iter(f"{SVG}line")
    ]
    assert axes == [
        (200, 200, 200, 80),
        (200, 200, 320, 200),
        (200, 200, 200, 320),
        (200, 200, 80, 200),
    ]


def test_coordinates_are_rounded_to_two_decimals():
    # Five axes: axis 1 points at -90 + 72 = -18 degrees; at radius 120 that is
    # (200 + 120 cos 18°, 200 - 120 sin 18°) = (314.127…, 162.917…).
    root = parse(radar_svg(list("ABCDE"), [one("self", [100] * 5)], size=400))

    (polygon,) = series_shapes(root)
    assert polygon.get("points").split()[1] == "314.13,162.92"


def test_labels_sit_outside_the_outer_ring_on_their_side():
    root = parse(radar_svg(FOUR, [], size=400))

    labels = [t for t in root.iter(f"{SVG}text") if t.get("text-anchor")]
    assert [t.get("text-anchor") for t in labels] == [
        "middle",
        "start",
        "middle",
        "end",
    ]
    assert ["".join(t.itertext()) for t in labels] == FOUR
    spans = [t.find(f"{SVG}tspan") for t in labels]
    assert [float(s.get("x")) for s in spans] == [200, 332, 200, 68]
    north, east, south, west = (float(s.get("y")) for s in spans)
    assert north < 68  # the text ends above the top point
    assert south > 332  # and starts below the bottom one
    assert 195 < east < 210 and 195 < west < 210  # centred on the side points


def test_long_labels_wrap_into_at_most_three_lines():
    assert wrap_label("1. Adaptation to climate change") == [
        "1. Adaptation to",
        "climate change",
    ]
    long = "2. Transition énergétique et économie circulaire des territoires"
    lines = wrap_label(long)
    assert len(lines) == 3
    assert " ".join(lines) == long  # nothing is cut off

    root = parse(radar_svg([long, "B", "C"], [], size=400))
    first = next(t for t in root.iter(f"{SVG}text") if t.get("text-anchor"))
    assert [s.text for s in first.iter(f"{SVG}tspan")] == lines


def test_missing_values_are_left_out_of_the_polygon():
    root = parse(radar_svg(FOUR, [one("self", [100, None, 50, 25])], size=400))

    (polygon,) = series_shapes(root)
    assert points(polygon) == [(200, 80), (200, 260), (170, 200)]
    assert len(list(root.iter(f"{SVG}circle"))) == 3


def test_two_known_values_make_a_line_and_one_a_dot():
    root = parse(radar_svg(FOUR, [one("network", [None, 50, None, 25])], size=400))
    (line,) = series_shapes(root)
    assert line.tag == f"{SVG}polyline"
    assert points(line) == [(260, 200), (170, 200)]
    assert line.get("fill") == "none"

    root = parse(radar_svg(FOUR, [one("self", [None, None, 50, None])], size=400))
    assert series_shapes(root) == []
    (dot,) = root.iter(f"{SVG}circle")
    assert (dot.get("cx"), dot.get("cy")) == ("200", "260")


def test_values_beyond_the_scale_are_clamped():
    root = parse(radar_svg(FOUR, [one("self", [150, -10, 100, 50])], size=400))

    (polygon,) = series_shapes(root)
    assert points(polygon) == [(200, 80), (200, 200), (200, 320), (140, 200)]


def test_labels_and_title_are_escaped():
    nasty = '<script>&"'
    markup = radar_svg(
        [nasty, "B", "C"], [one("self", [1, 2, 3], label=nasty)], title=nasty
    )

    assert "<script" not in markup
    assert "&lt;script&gt;&amp;&quot;" in markup
    root = parse(markup)
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    assert root.find(f"{SVG}title").text == nasty
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert texts.count(nasty) == 2  # the axis label and the legend


def test_three_series_give_three_styled_polygons():
    root = parse(
        radar_svg(
            FOUR,
            [
                one("self", [80, 70, 60, 50], "Your organisation 2026"),
                one("network", [50, 50, 50, 50], "Network average"),
                one("previous", [40, 40, 40, 40], "2025"),
            ],
            size=400,
        )
    )

    shapes = series_shapes(root)
    assert [s.tag for s in shapes] == [f"{SVG}polygon"] * 3
    assert [s.get("data-kind") for s in shapes] == ["self", "network", "previous"]
    own, network, previous = shapes
    assert (own.get("stroke"), own.get("fill")) == ("#005f73", "#005f73")
    assert own.get("fill-opacity") == "0.2"
    assert own.get("stroke-dasharray") is None
    assert (network.get("stroke"), network.get("fill")) == ("#9b2226", "none")
    assert network.get("stroke-dasharray") == "6 4"
    assert (previous.get("stroke"), previous.get("fill")) == ("#6c757d", "none")
    assert previous.get("stroke-dasharray") == "2 3"
    assert points(network) == [(200, 140), (260, 200), (200, 260), (140, 200)]
    # The legend, under the chart, in the same order and styles.
    samples = list(root.iter(f"{SVG}rect"))
    assert [r.get("stroke-dasharray") for r in samples] == [None, "6 4", "2 3"]
    assert all(float(r.get("y")) > 320 for r in samples)
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert texts[-3:] == ["Your organisation 2026", "Network average", "2025"]


def test_standalone_accessible_document():
    markup = radar_svg(FOUR, [one("self", [1, 2, 3, 4])], title="Radar 2026")
    root = parse(markup)

    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title.text == "Radar 2026"
    assert root.get("aria-labelledby") == title.get("id")
    assert len(root.get("viewBox").split()) == 4
    attributes = {name for element in root.iter() for name in element.attrib}
    assert not attributes & {
        "class",
        "style",
        "href",
        "{http://www.w3.org/1999/xlink}href",
    }
    texts = list(root.iter(f"{SVG}text"))
    assert all(t.get("font-family") == "DejaVu Sans, sans-serif" for t in texts)


@pytest.mark.parametrize(
    ("labels", "series"),
    [
        (["A", "B"], []),  # fewer than three axes
        (FOUR, [one("self", [1, 2, 3])]),  # a value short
        (FOUR, [one("mine", [1, 2, 3, 4])]),  # an unknown kind
    ],
)
def test_refuses_what_it_cannot_draw(labels, series):
    with pytest.raises(ValueError):
        radar_svg(labels, series)
