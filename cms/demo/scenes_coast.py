"""More demo illustrations: hillside towns over a bay, a fishing port, a plan."""

import math

from .painting import (
    Canvas,
    birds,
    clouds,
    container_ship,
    cruise_ship,
    gantry_crane,
    hillside_town,
    mix,
    skyline,
)


def hillside_bay(seed: int, palette, sky, water, sea_ship: str) -> Canvas:
    """A town climbing the hills over a bay: Tangier's white medina, Valparaíso."""
    c = Canvas(seed=seed)
    horizon = 610
    c.gradient(0, horizon, sky)
    clouds(c, 60, 200, "#ffffff", count=5, alpha=0.5)

    def hill(x):
        return 260 + 90 * math.sin(x / 260 + seed) + 40 * math.sin(x / 90)

    far = [(x, hill(x) - 60) for x in range(-20, 1640, 20)]
    c.poly([*far, (1640, horizon), (-20, horizon)], mix("#7d8f6a", sky[-1][1], 0.45))
    near = [(x, hill(x)) for x in range(-20, 1640, 20)]
    c.poly([*near, (1640, horizon), (-20, horizon)], "#8a7c56")
    hillside_town(c, hill, palette)
    c.rect(0, horizon - 35, 1600, horizon, "#9a9286")
    c.gradient(horizon, 900, water)
    if sea_ship == "cruise":
        cruise_ship(c, 700, horizon + 10, 700)
    else:
        container_ship(c, 820, horizon + 10, 620, hull="#2d3e50")
        gantry_crane(c, 1250, horizon - 35, 200, "#c0392b", boom_left=True)
    c.reflect(horizon + 10, 260, water[0][1], alpha=0.55, ripple=5)
    return c


def tangier() -> Canvas:
    return hillside_bay(
        5,
        ["#f7f4ec", "#efe9dc", "#e9e2d0", "#f5f0e6", "#d9cdb4", "#7fb3c9"],
        [(0, "#3d8fd1"), (1, "#cfe6f4")],
        [(0, "#2d7fb0"), (1, "#0f3f66")],
        "container",
    )


def valparaiso() -> Canvas:
    return hillside_bay(
        6,
        ["#e74c3c", "#f1c40f", "#3498db", "#9b59b6", "#1abc9c", "#e67e22", "#f4f1ea"],
        [(0, "#6aa9dc"), (1, "#f3e1c1")],
        [(0, "#3a7ca5"), (1, "#12324f")],
        "cruise",
    )


def fishing_port() -> Canvas:
    """A fishing harbour in the morning: coloured boats, the fish market, gulls."""
    c = Canvas(seed=7)
    horizon = 500
    c.gradient(0, horizon, [(0, "#8fb8de"), (0.8, "#f6e7c8"), (1, "#fbd9a8")])
    c.glow(300, 420, 120, "#fff0c8", 0.7)
    clouds(c, 60, 220, "#ffffff", count=5, alpha=0.55)
    skyline(
        c,
        0,
        1600,
        horizon - 50,
        30,
        110,
        mix("#9aa7b4", "#f6e7c8", 0.5),
        width=(40, 90),
    )
    c.rect(900, horizon - 170, 1500, horizon - 50, "#e9e4d8")
    c.poly(
        [(880, horizon - 170), (1200, horizon - 240), (1520, horizon - 170)], "#4a6b82"
    )
    for door in range(940, 1480, 90):
        c.rect(door, horizon - 130, door + 55, horizon - 50, "#3d5566")
    c.rect(0, horizon - 50, 1600, horizon, "#a39a88")
    for stack in range(60, 800, 140):
        for row in range(3):
            c.rect(
                stack,
                horizon - 50 - (row + 1) * 16,
                stack + 40,
                horizon - 50 - row * 16 - 2,
                c.random.choice(["#2e86c1", "#e67e22", "#f4f4f4"]),
            )
    c.gradient(horizon, 900, [(0, "#5e9fbf"), (1, "#1c4f6e")])
    c.reflect(horizon, 250, "#bfe0ee", alpha=0.6, ripple=4)
    hulls = ["#c0392b", "#2471a3", "#f4d03f", "#1e8449", "#f0f3f4", "#d35400"]
    for index in range(7):
        x = 40 + index * 225 + c.random.uniform(-20, 20)
        waterline = 640 + (index % 3) * 70
        length = c.random.uniform(150, 200)
        hull = hulls[index % len(hulls)]
        c.poly(
            [
                (x, waterline - 34),
                (x + length, waterline - 42),
                (x + length * 0.9, waterline),
                (x + length * 0.06, waterline),
            ],
            hull,
        )
        c.rect(x, waterline - 34, x + length, waterline - 28, "#f8f9f9")
        c.rect(
            x + length * 0.25,
            waterline - 78,
            x + length * 0.55,
            waterline - 36,
            "#f4f6f7",
        )
        c.rect(
            x + length * 0.3,
            waterline - 70,
            x + length * 0.5,
            waterline - 58,
            "#34495e",
        )
        c.line(
            [(x + length * 0.7, waterline - 40), (x + length * 0.7, waterline - 150)],
            "#5d4037",
            3,
        )
        c.line(
            [(x + length * 0.7, waterline - 150), (x + length * 0.98, waterline - 42)],
            "#5d4037",
            1,
        )
        c.poly(
            [
                (x + 6, waterline + 2),
                (x + length * 0.9, waterline + 2),
                (x + length * 0.8, waterline + 26),
                (x + 20, waterline + 26),
            ],
            mix(hull, "#1c4f6e", 0.65),
        )
    birds(c, 700, 120, 1500, 330, "#f8f9f9", count=10)
    birds(c, 200, 150, 700, 300, "#5d6d7e", count=4)
    return c


def port_map() -> Canvas:
    """A port city seen from above, drawn as a plan: basins, quays, city, green."""
    c = Canvas(seed=8)
    c.rect(0, 0, 1600, 900, "#e9e2cf")
    c.poly(
        [
            (0, 900),
            (0, 560),
            (500, 620),
            (900, 700),
            (1250, 640),
            (1600, 700),
            (1600, 900),
        ],
        "#5b9ec9",
    )
    c.poly([(0, 0), (620, 0), (560, 900), (0, 900)], "#f1ece0")
    for bx in range(40, 540, 46):
        for by in range(30, 520, 46):
            if c.random.random() < 0.9:
                c.rect(
                    bx,
                    by,
                    bx + 38,
                    by + 38,
                    c.random.choice(["#d9cbb0", "#cbb99a", "#e2d6be"]),
                )
    c.ellipse(150, 200, 330, 330, "#8fc17a")
    for basin in range(3):
        x = 700 + basin * 290
        c.rect(x, 250, x + 150, 660, "#5b9ec9")
        for side in (x - 110, x + 160):
            for row in range(8):
                for col in range(4):
                    y = 280 + row * 40
                    c.rect(
                        side + col * 24,
                        y,
                        side + col * 24 + 20,
                        y + 34,
                        c.random.choice(
                            ["#b33a3a", "#2f6690", "#d9822b", "#3a7d44", "#8c8c8c"]
                        ),
                    )
        for ship in range(2):
            y = 300 + ship * 190
            c.poly(
                [
                    (x + 20, y),
                    (x + 60, y - 20),
                    (x + 100, y),
                    (x + 100, y + 150),
                    (x + 20, y + 150),
                ],
                "#2c3e50",
            )
    for road in (40, 520, 580):
        c.line([(road, 0), (road - 20, 900)], "#ffffff", 6)
    c.line([(0, 540), (600, 420)], "#ffffff", 6)
    c.line([(600, 200), (1600, 200)], "#ffffff", 6)
    c.line([(600, 0), (640, 900)], "#8d6e63", 4)
    reeds_area = [(1300, 120), (1600, 60), (1600, 240), (1320, 260)]
    c.poly(reeds_area, "#a8c98f")
    for _ in range(12):
        x, y = c.random.uniform(60, 1500), c.random.uniform(760, 880)
        c.poly([(x, y), (x + 60, y - 4), (x + 66, y + 4), (x, y + 8)], "#f4f4f0")
    return c


def open_sea() -> Canvas:
    """A container ship coming in at dawn, guided by a tug, the port on the horizon."""
    c = Canvas(seed=9)
    horizon = 470
    c.gradient(0, horizon, [(0, "#2c4a6e"), (0.55, "#c78f8f"), (1, "#f7d6a8")])
    c.glow(1250, 455, 140, "#ffe0b0", 0.9)
    clouds(c, 100, 300, "#e7b7a3", count=6, alpha=0.5)
    for index, x in enumerate((150, 250, 350, 450)):
        gantry_crane(c, x, horizon, 90 + index * 3, mix("#2c3e50", "#f7d6a8", 0.55))
    skyline(
        c, 520, 900, horizon, 15, 60, mix("#2c3e50", "#f7d6a8", 0.55), width=(20, 40)
    )
    c.gradient(horizon, 900, [(0, "#d6a98f"), (0.3, "#5c6f8a"), (1, "#142a45")])
    c.reflect(horizon, 120, "#f7d6a8", alpha=0.5, ripple=3)
    container_ship(c, 380, 690, 950, hull="#1b2a3a")
    c.poly([(1380, 700), (1520, 700), (1500, 730), (1390, 730)], "#b03a2e")
    c.rect(1420, 670, 1470, 700, "#ecf0f1")
    c.line([(1380, 705), (1330, 660)], "#222222", 2)
    for y in range(695, 900, 14):
        x = c.random.uniform(0, 1600)
        c.line([(x, y), (x + c.random.uniform(60, 200), y)], "#ffffff", 1)
    c.poly(
        [(400, 692), (1300, 692), (1330, 702), (420, 702)],
        mix("#142a45", "#5c6f8a", 0.4),
    )
    return c
