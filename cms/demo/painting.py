"""Drawing primitives for the demo illustrations of port cities (Pillow only).

A scene is drawn at twice its final size, then reduced, which smooths its edges.
Coordinates are given in the final size (1600 x 900 by default).
"""

import random
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter

Colour = tuple[int, int, int]
WIDTH, HEIGHT = 1600, 900
SCALE = 2


def rgb(value: str) -> Colour:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def mix(a, b, t: float) -> Colour:
    """The colour a fraction t of the way from a to b."""
    a, b = (rgb(c) if isinstance(c, str) else c for c in (a, b))
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


class Canvas:
    """An RGB picture with drawing helpers in final-size coordinates."""

    def __init__(self, seed: int, width: int = WIDTH, height: int = HEIGHT):
        self.width, self.height = width, height
        self.image = Image.new("RGB", (width * SCALE, height * SCALE))
        self.draw = ImageDraw.Draw(self.image)
        self.random = random.Random(seed)  # noqa: S311 (pictures, not secrets)

    # Shapes -------------------------------------------------------------------
    @staticmethod
    def _points(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * SCALE, y * SCALE) for x, y in points]

    def rect(self, x0, y0, x1, y1, fill) -> None:
        self.draw.rectangle(self._points([(x0, y0), (x1, y1)]), fill=mix(fill, fill, 0))

    def poly(self, points, fill) -> None:
        self.draw.polygon(self._points(points), fill=mix(fill, fill, 0))

    def line(self, points, fill, width: float = 1) -> None:
        self.draw.line(
            self._points(points), fill=mix(fill, fill, 0), width=round(width * SCALE)
        )

    def ellipse(self, x0, y0, x1, y1, fill) -> None:
        self.draw.ellipse(self._points([(x0, y0), (x1, y1)]), fill=mix(fill, fill, 0))

    # Large effects ------------------------------------------------------------
    def gradient(self, y0, y1, stops: Sequence[tuple[float, str | Colour]]) -> None:
        """A vertical gradient between y0 and y1 through (position, colour) stops."""
        height = max(1, round((y1 - y0) * SCALE))
        column = Image.new("RGB", (1, height))
        pixels = []
        for row in range(height):
            t = row / max(1, height - 1)
            for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
                if p0 <= t <= p1:
                    pixels.append(mix(c0, c1, (t - p0) / max(1e-6, p1 - p0)))
                    break
            else:
                pixels.append(mix(stops[-1][1], stops[-1][1], 0))
        column.putdata(pixels)
        band = column.resize((self.width * SCALE, height))
        self.image.paste(band, (0, round(y0 * SCALE)))

    def glow(self, x, y, radius, colour, strength: float = 0.8) -> None:
        """A soft light (the sun, a lamp), added to what is below."""
        layer = Image.new("RGB", self.image.size)
        d = ImageDraw.Draw(layer)
        c = mix((0, 0, 0), colour, strength)
        r = radius * SCALE
        d.ellipse([x * SCALE - r, y * SCALE - r, x * SCALE + r, y * SCALE + r], fill=c)
        layer = layer.filter(ImageFilter.GaussianBlur(r * 0.6))
        self.image = ImageChops.screen(self.image, layer)
        self.draw = ImageDraw.Draw(self.image)

    def haze(self, y0, y1, colour, alpha: float) -> None:
        """Veil a band with a colour (distance, mist)."""
        box = (0, round(y0 * SCALE), self.image.width, round(y1 * SCALE))
        region = self.image.crop(box)
        veil = Image.new("RGB", region.size, mix(colour, colour, 0))
        self.image.paste(Image.blend(region, veil, alpha), box[:2])
        self.draw = ImageDraw.Draw(self.image)

    def reflect(self, line, depth, water, alpha: float = 0.45, ripple=6) -> None:
        """Mirror what stands above the water line into the water below it."""
        top = max(0, line - depth)
        box = (0, round(top * SCALE), self.image.width, round(line * SCALE))
        mirrored = self.image.crop(box).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        strip = 3 * SCALE
        shifted = Image.new("RGB", mirrored.size)
        for y in range(0, mirrored.height, strip):
            dx = round(
                self.random.uniform(-ripple, ripple)
                * SCALE
                * (y / max(1, mirrored.height) + 0.3)
            )
            shifted.paste(mirrored.crop((0, y, mirrored.width, y + strip)), (dx, y))
        shifted = shifted.filter(ImageFilter.GaussianBlur(1.5 * SCALE))
        below = (
            0,
            round(line * SCALE),
            self.image.width,
            round(line * SCALE) + mirrored.height,
        )
        base = self.image.crop(below)
        shifted = shifted.crop((0, 0, base.width, base.height))
        self.image.paste(Image.blend(shifted, base, alpha), below[:2])
        self.draw = ImageDraw.Draw(self.image)
        self.ripples(line, line + depth, water)

    def ripples(self, y0, y1, colour, count: int = 260) -> None:
        """Short light strokes on the water, denser near the viewer."""
        for _ in range(count):
            t = self.random.random()
            y = y0 + (y1 - y0) * t**0.7
            x = self.random.uniform(-20, self.width)
            length = self.random.uniform(10, 60) * (0.4 + t)
            self.line([(x, y), (x + length, y)], mix(colour, "#ffffff", 0.25), 1 + t)

    def save(self, path, quality: int = 80) -> None:
        final = self.image.resize((self.width, self.height), Image.Resampling.LANCZOS)
        final.save(path, "JPEG", quality=quality, optimize=True, progressive=True)


# Port objects -----------------------------------------------------------------
def gantry_crane(c: Canvas, x, base, height, colour, boom_left=True) -> None:
    """A ship-to-shore container crane: two legs, a portal, a boom over the water."""
    leg = height * 0.09
    span = height * 0.38
    c.line([(x, base), (x + leg * 0.4, base - height * 0.62)], colour, 5)
    c.line([(x + span, base), (x + span - leg * 0.4, base - height * 0.62)], colour, 5)
    c.line([(x, base - height * 0.3), (x + span, base - height * 0.3)], colour, 4)
    c.line([(x, base), (x + span, base - height * 0.3)], colour, 2)
    top = base - height * 0.62
    reach = height * (0.95 if boom_left else -0.95)
    back = height * (-0.35 if boom_left else 0.35)
    left, right = sorted((x - reach + span * (0 if boom_left else 1), x + span - back))
    c.rect(left, top - 10, right, top, colour)
    c.rect(x + span * 0.1, top - 40, x + span * 0.9, top - 10, colour)
    apex = (x + span * 0.5, base - height)
    c.line([apex, (x + span * 0.1, top - 10)], colour, 4)
    c.line([apex, (x + span * 0.9, top - 10)], colour, 4)
    c.line([apex, (left, top - 8)], colour, 2)
    c.line([apex, (right, top - 8)], colour, 2)
    cab = left + (right - left) * (0.3 if boom_left else 0.6)
    c.rect(cab, top, cab + 18, top + 14, colour)


CONTAINER_COLOURS = ["#b33a3a", "#2f6690", "#d9822b", "#3a7d44", "#8c8c8c", "#c9b458"]


def containers(
    c: Canvas, x0, x1, base, rows, size=14, shade: float = 0.0, sky="#ffffff"
):
    """Stacks of containers in the usual shipping-line colours."""
    length = size * 2.2
    x = x0
    while x + length <= x1:
        for row in range(c.random.randint(max(1, rows - 2), rows)):
            colour = mix(c.random.choice(CONTAINER_COLOURS), sky, shade)
            y = base - (row + 1) * size
            c.rect(x, y, x + length - 1.5, y + size - 1.5, colour)
            c.line(
                [(x + length * 0.5, y), (x + length * 0.5, y + size - 2)],
                mix(colour, "#000000", 0.25),
                0.6,
            )
        x += length


def container_ship(
    c: Canvas, x, waterline, length, hull="#1d2d44", shade=0.0, sky="#ffffff"
):
    """A container ship seen from the side, bow to the right."""
    h = length * 0.07
    c.poly(
        [
            (x, waterline - h),
            (x + length, waterline - h * 1.2),
            (x + length * 0.96, waterline),
            (x + length * 0.03, waterline),
        ],
        mix(hull, sky, shade),
    )
    c.rect(
        x,
        waterline - h * 0.25,
        x + length * 0.97,
        waterline - h * 0.1,
        mix("#8b2e2e", sky, shade),
    )
    containers(
        c,
        x + length * 0.18,
        x + length * 0.92,
        waterline - h,
        4,
        size=length * 0.018,
        shade=shade,
        sky=sky,
    )
    c.rect(
        x + length * 0.04,
        waterline - h * 3.2,
        x + length * 0.14,
        waterline - h,
        mix("#e8e8e8", sky, shade),
    )
    for row in range(4):
        y = waterline - h * (2.9 - row * 0.5)
        c.line(
            [(x + length * 0.05, y), (x + length * 0.13, y)],
            mix("#2b3a4a", sky, shade),
            1.2,
        )
    c.rect(
        x + length * 0.07,
        waterline - h * 3.9,
        x + length * 0.1,
        waterline - h * 3.2,
        mix("#333333", sky, shade),
    )


def cruise_ship(c: Canvas, x, waterline, length, lit=False, shade=0.0, sky="#ffffff"):
    """A cruise ship or ferry: a white hull with decks and rows of windows."""
    h = length * 0.06
    white = mix("#f4f4f0", sky, shade)
    c.poly(
        [
            (x, waterline - h * 2),
            (x + length, waterline - h * 2.2),
            (x + length * 0.95, waterline),
            (x + length * 0.02, waterline),
        ],
        mix("#1f3b57", sky, shade),
    )
    for deck in range(4):
        inset = deck * length * 0.04
        top = waterline - h * (2 + deck * 0.9 + 0.9)
        c.rect(
            x + length * 0.05 + inset,
            top,
            x + length * 0.92 - inset * 0.6,
            top + h * 0.92,
            white,
        )
        y = top + h * 0.4
        colour = "#ffd27a" if lit else mix("#41607d", sky, shade)
        step = length * 0.018
        px = x + length * 0.07 + inset
        while px < x + length * 0.9 - inset * 0.6:
            c.rect(px, y, px + step * 0.55, y + h * 0.3, colour)
            px += step
    c.rect(
        x + length * 0.3,
        waterline - h * 6.8,
        x + length * 0.36,
        waterline - h * 5.6,
        mix("#c0392b", sky, shade),
    )


def skyline(c: Canvas, x0, x1, base, low, high, colour, windows=None, width=(30, 90)):
    """A row of buildings; windows is a light colour for a lit city at night."""
    x = x0
    while x < x1:
        w = c.random.uniform(*width)
        h = c.random.uniform(low, high)
        c.rect(x, base - h, x + w, base, colour)
        if windows:
            for wy in range(int(base - h + 8), int(base - 6), 12):
                for wx in range(int(x + 5), int(x + w - 6), 10):
                    if c.random.random() < 0.35:
                        c.rect(wx, wy, wx + 4, wy + 5, windows)
        x += w + c.random.uniform(-8, 6)


def hillside_town(c: Canvas, hill, palette, shade=0.0, sky="#ffffff", size=(16, 34)):
    """Houses climbing a hill given as a function x -> ground height."""
    for row in range(40):
        y_offset = 20 + row * 9
        for _ in range(15):
            x = c.random.uniform(0, c.width)
            ground = hill(x)
            y = ground + y_offset
            if c.random.random() < 0.15:  # a tree between the houses
                c.ellipse(x, y - 22, x + 26, y, "#4f7a3a")
                continue
            w = c.random.uniform(*size) * (1 + row / 50)
            h = w * c.random.uniform(0.6, 1.1)
            colour = mix(c.random.choice(palette), sky, shade)
            c.rect(x, y - h, x + w, y, colour)
            c.rect(
                x + w * 0.2,
                y - h * 0.6,
                x + w * 0.35,
                y - h * 0.3,
                mix(colour, "#000000", 0.35),
            )
            c.rect(
                x + w * 0.6,
                y - h * 0.6,
                x + w * 0.75,
                y - h * 0.3,
                mix(colour, "#000000", 0.35),
            )


def reeds(c: Canvas, y0, y1, colour, count=900):
    """Reeds and grasses swaying, taller in front."""
    for _ in range(count):
        t = c.random.random()
        base = y0 + (y1 - y0) * t
        x = c.random.uniform(0, c.width)
        height = 20 + 90 * t * c.random.uniform(0.5, 1.2)
        lean = c.random.uniform(-0.35, 0.35) * height
        shade = mix(colour, "#e8d27a", c.random.uniform(0, 0.35))
        c.line(
            [
                (x, base),
                (x + lean * 0.5, base - height * 0.6),
                (x + lean, base - height),
            ],
            shade,
            1 + t * 1.5,
        )


def birds(c: Canvas, x0, y0, x1, y1, colour, count=9):
    for _ in range(count):
        x, y = c.random.uniform(x0, x1), c.random.uniform(y0, y1)
        s = c.random.uniform(6, 14)
        c.line([(x - s, y - s * 0.4), (x - s * 0.3, y - s * 0.1), (x, y)], colour, 2)
        c.line([(x, y), (x + s * 0.3, y - s * 0.1), (x + s, y - s * 0.4)], colour, 2)


def clouds(c: Canvas, y0, y1, colour, count=7, alpha=0.5):
    """Soft clouds: blurred ellipses blended into the sky."""
    layer = Image.new("L", c.image.size)
    d = ImageDraw.Draw(layer)
    for _ in range(count):
        cx, cy = c.random.uniform(-100, c.width + 100), c.random.uniform(y0, y1)
        for _ in range(7):
            w, h = c.random.uniform(60, 180), c.random.uniform(18, 45)
            ox, oy = c.random.uniform(-140, 140), c.random.uniform(-15, 15)
            box = [
                (cx + ox - w) * SCALE,
                (cy + oy - h) * SCALE,
                (cx + ox + w) * SCALE,
                (cy + oy + h) * SCALE,
            ]
            d.ellipse(box, fill=round(255 * alpha))
    layer = layer.filter(ImageFilter.GaussianBlur(14 * SCALE))
    c.image = Image.composite(
        Image.new("RGB", c.image.size, mix(colour, colour, 0)), c.image, layer
    )
    c.draw = ImageDraw.Draw(c.image)
