"""The demo illustrations: port-city scenes painted with the primitives of painting.

``python manage.py paint_demo_images`` paints them again into cms/demo/images/;
the demo loads the JPEG files, so loading needs neither painting nor a download.
"""

import math

from .painting import (
    Canvas,
    birds,
    clouds,
    container_ship,
    containers,
    cruise_ship,
    gantry_crane,
    mix,
    reeds,
    skyline,
)


def harbour_dusk() -> Canvas:
    """A container terminal at dusk: cranes, a ship at berth, the city behind."""
    c = Canvas(seed=1)
    horizon = 560
    c.gradient(
        0,
        horizon,
        [(0, "#1b2a4e"), (0.45, "#6b4a7a"), (0.8, "#e8875a"), (1, "#f6c27a")],
    )
    c.glow(1180, 520, 120, "#ffd9a0", 0.9)
    c.ellipse(1150, 490, 1210, 550, "#ffe8c0")
    clouds(c, 120, 300, "#b56d7d", count=6, alpha=0.45)
    skyline(
        c,
        0,
        1600,
        horizon - 40,
        30,
        120,
        mix("#3a2f4f", "#e8875a", 0.35),
        windows="#f7c873",
    )
    c.rect(0, horizon - 40, 1600, horizon, "#231c33")
    containers(c, 80, 900, horizon - 40, 4, size=13, shade=0.15, sky="#e8875a")
    for index, x in enumerate((120, 380, 640, 900)):
        gantry_crane(c, x, horizon - 40, 330 - index * 10, "#1a1426")
    container_ship(c, 250, horizon, 900, hull="#141020")
    c.rect(0, horizon - 6, 1600, horizon, "#120d1c")
    c.gradient(horizon, 900, [(0, "#3c2f4d"), (1, "#0e1526")])
    c.reflect(horizon, 340, "#f6c27a", alpha=0.55)
    return c


def waterfront() -> Canvas:
    """Redeveloped quays on a clear day: warehouses turned into homes, a promenade."""
    c = Canvas(seed=2)
    horizon = 520
    c.gradient(0, horizon, [(0, "#5b9bd5"), (0.7, "#a9d2ee"), (1, "#e3f1f8")])
    clouds(c, 60, 260, "#ffffff", count=8, alpha=0.7)
    skyline(
        c,
        0,
        1600,
        horizon - 60,
        40,
        160,
        mix("#8aa2b8", "#e3f1f8", 0.4),
        width=(40, 110),
    )
    colours = ["#b5563a", "#c98b5a", "#d8c3a5", "#9c4a33", "#e4d6be"]
    x = 20
    while x < 1600:
        w = c.random.uniform(110, 190)
        h = c.random.uniform(110, 190)
        colour = c.random.choice(colours)
        c.rect(x, horizon - 60 - h, x + w, horizon - 60, colour)
        c.poly(
            [
                (x, horizon - 60 - h),
                (x + w / 2, horizon - 90 - h),
                (x + w, horizon - 60 - h),
            ],
            colour,
        )
        for wy in range(int(horizon - 50 - h), int(horizon - 75), 26):
            for wx in range(int(x + 12), int(x + w - 20), 24):
                c.rect(wx, wy, wx + 12, wy + 16, "#38556e")
        x += w + 10
    c.rect(0, horizon - 60, 1600, horizon, "#cfc4b0")
    for tx in range(40, 1600, 130):
        c.rect(tx + 10, horizon - 100, tx + 14, horizon - 60, "#5a4632")
        c.ellipse(tx - 18, horizon - 140, tx + 42, horizon - 90, "#4f8a3c")
        c.ellipse(tx - 6, horizon - 150, tx + 34, horizon - 112, "#64a14b")
    for px in range(30, 1600, 90):
        y = horizon - 60
        c.line([(px, y), (px, y - 22)], "#2c3e50", 3)
        c.ellipse(
            px - 5,
            y - 32,
            px + 5,
            y - 22,
            c.random.choice(["#c0392b", "#2980b9", "#f1c40f", "#27ae60"]),
        )
    c.rect(0, horizon - 4, 1600, horizon + 6, "#8c7f6a")
    c.gradient(horizon + 6, 900, [(0, "#4f93b8"), (1, "#1f5678")])
    for boat in range(4):
        bx = 120 + boat * 380
        c.poly(
            [
                (bx, 600 + boat * 40),
                (bx + 120, 600 + boat * 40),
                (bx + 100, 625 + boat * 40),
                (bx + 15, 625 + boat * 40),
            ],
            "#f4f4f0",
        )
        c.line([(bx + 55, 600 + boat * 40), (bx + 55, 470 + boat * 40)], "#eeeeee", 3)
        c.poly(
            [
                (bx + 58, 480 + boat * 40),
                (bx + 58, 592 + boat * 40),
                (bx + 110, 592 + boat * 40),
            ],
            "#fbfbf7",
        )
    c.reflect(horizon + 6, 300, "#8cc4e0", alpha=0.6, ripple=4)
    return c


def wetland() -> Canvas:
    """A restored wetland in the estuary, the port's cranes far away in the haze."""
    c = Canvas(seed=3)
    horizon = 470
    c.gradient(0, horizon, [(0, "#7fa7c9"), (0.7, "#d6e2e0"), (1, "#f2eddc")])
    c.glow(400, 330, 160, "#fff3d0", 0.5)
    clouds(c, 80, 220, "#ffffff", count=5, alpha=0.5)
    for index, x in enumerate((1050, 1180, 1310)):
        gantry_crane(
            c, x, horizon - 8, 150 + index * 5, mix("#5d6b78", "#d6e2e0", 0.45)
        )
    c.rect(0, horizon - 10, 1600, horizon, mix("#6f7f63", "#d6e2e0", 0.4))
    c.gradient(horizon, 900, [(0, "#c9d8d8"), (1, "#6d92a3")])
    c.reflect(horizon, 200, "#e8efe9", alpha=0.5, ripple=3)
    for bank in range(4):
        y = 540 + bank * 90
        phase = c.random.uniform(0, 6)
        shore = [
            (x, y + 30 * math.sin(x / (150 + bank * 60) + phase))
            for x in range(-20, 1640, 20)
        ]
        colour = mix("#5f7a3c", "#c9d8d8", 0.45 - bank * 0.12)
        c.poly([*shore, (1640, y + 60), (-20, y + 60)], colour)
    reeds(c, 520, 920, "#58702f", count=1500)
    birds(c, 500, 130, 1000, 300, "#34495e", count=7)
    c.line([(760, 640), (768, 600)], "#f4f4f4", 2)
    c.ellipse(752, 585, 782, 605, "#f8f8f8")
    c.line([(780, 590), (800, 580)], "#f8f8f8", 3)
    return c


def shore_power() -> Canvas:
    """A ferry plugged in at the quay in the blue hour, the city lit behind it."""
    c = Canvas(seed=4)
    horizon = 600
    c.gradient(0, horizon, [(0, "#0b1d3a"), (0.6, "#1f4e79"), (1, "#4d7ea8")])
    for _ in range(60):
        x, y = c.random.uniform(0, 1600), c.random.uniform(0, 250)
        c.ellipse(x, y, x + 2, y + 2, "#d8e6ff")
    skyline(c, 0, 1600, horizon - 30, 50, 260, "#14273f", windows="#ffd27a")
    c.rect(0, horizon - 30, 1600, horizon, "#0f1c2e")
    cruise_ship(c, 180, horizon, 1100, lit=True, shade=0.0)
    c.rect(1380, horizon - 170, 1420, horizon - 30, "#2e4057")
    c.rect(1372, horizon - 180, 1428, horizon - 165, "#f1c40f")
    c.line(
        [(1380, horizon - 150), (1300, horizon - 110), (1240, horizon - 95)],
        "#111111",
        5,
    )
    c.glow(1400, horizon - 175, 30, "#7fffd4", 0.6)
    for lamp in range(5, 1600, 160):
        c.line([(lamp, horizon - 30), (lamp, horizon - 100)], "#1b2838", 3)
        c.glow(lamp, horizon - 102, 18, "#ffd27a", 0.9)
    c.rect(0, horizon - 4, 1600, horizon, "#0a1422")
    c.gradient(horizon, 900, [(0, "#17324f"), (1, "#06101d")])
    c.reflect(horizon, 300, "#6f9cc9", alpha=0.45, ripple=8)
    return c
