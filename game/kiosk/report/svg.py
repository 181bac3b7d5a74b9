"""Small inline SVG charts for the printable report: no script, no external file.

Every bar carries its number in text, and the probe's answers differ by pattern as well as
colour (hatched, dotted, plain; on the 5-point scale, hatched one way or the other for the
« plutôt » answers), so the page reads in black and white too.
"""
from __future__ import annotations

import html

INK = "#1B2A41"
MUTED = "#8A94A6"
PRIMARY = "#2F6FEB"
AGREE = "#FF7A1A"
UNSURE = "#8A94A6"
DISAGREE = "#14B8A6"
GIRL, BOY, UNSAID, NONE = "#7C3AED", "#2F6FEB", "#FFC83D", "#D9DEE7"
OTHER = "#14B8A6"
FONT = "font-family: system-ui, 'Segoe UI', Roboto, Arial, sans-serif"


PATTERNS = f"""<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>
<pattern id="p-agree" width="10" height="10" patternUnits="userSpaceOnUse"
 patternTransform="rotate(45)"><rect width="10" height="10" fill="{AGREE}"/>
<rect width="4" height="10" fill="#ffffff" opacity="0.45"/></pattern>
<pattern id="p-unsure" width="10" height="10" patternUnits="userSpaceOnUse">
<rect width="10" height="10" fill="{UNSURE}"/><circle cx="5" cy="5" r="2" fill="#ffffff"
 opacity="0.7"/></pattern>
<pattern id="p-disagree" width="10" height="10" patternUnits="userSpaceOnUse">
<rect width="10" height="10" fill="{DISAGREE}"/></pattern>
<pattern id="p-scale2" width="10" height="10" patternUnits="userSpaceOnUse"
 patternTransform="rotate(-45)"><rect width="10" height="10" fill="{DISAGREE}"/>
<rect width="4" height="10" fill="#ffffff" opacity="0.45"/></pattern>
<pattern id="p-scale4" width="10" height="10" patternUnits="userSpaceOnUse"
 patternTransform="rotate(45)"><rect width="10" height="10" fill="{AGREE}"/>
<rect width="4" height="10" fill="#ffffff" opacity="0.45"/></pattern>
</defs></svg>"""


def escape(text: str) -> str:
    """Text for an HTML or SVG text node (quotes left readable)."""
    return html.escape(text, quote=False)


def _text(x: float, y: float, text: str, size: int = 14, anchor: str = "start",
          fill: str = INK, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{fill}" font-weight="{weight}" style="{FONT}">{escape(text)}</text>')


def hbars(items: list[tuple[str, int]], color: str = PRIMARY, width: int = 680,
          row: int = 46) -> str:
    """A labelled horizontal bar per item: the label whole above its bar, the count after it."""
    if not items:
        return ""
    top = max(v for _, v in items) or 1
    bar_w = width - 60
    h = row * len(items) + 4
    parts = [f'<svg viewBox="0 0 {width} {h}" width="100%" role="img">']
    for i, (label, value) in enumerate(items):
        y = i * row
        parts.append(_text(0, y + 15, label, 13))
        w = max(2.0, bar_w * value / top)
        parts.append(f'<rect x="0" y="{y + 21}" width="{w:.1f}" height="{row - 28}" '
                     f'rx="4" fill="{color}"><title>{escape(label)}: {value}</title></rect>')
        parts.append(_text(w + 8, y + 21 + (row - 28) * 0.8, str(value), 13, weight="bold"))
    parts.append("</svg>")
    return "".join(parts)


def stacked(rows: list[tuple[str, dict[str, int]]], keys: list[tuple[str, str, str]],
            width: int = 680, label_w: int = 90, row: int = 34) -> str:
    """One 100 % bar per row, split by ``keys`` (key, fill, label); shares written inside."""
    h = row * len(rows) + 4
    bar_w = width - label_w - 70
    parts = [f'<svg viewBox="0 0 {width} {h}" width="100%" role="img">']
    for i, (label, counts) in enumerate(rows):
        y = i * row + 2
        total = sum(counts.get(k, 0) for k, _, _ in keys)
        parts.append(_text(label_w - 10, y + row * 0.62, label, 14, "end", weight="bold"))
        x = float(label_w)
        if total == 0:
            parts.append(f'<rect x="{x}" y="{y + 3}" width="{bar_w}" height="{row - 8}" rx="4" '
                         f'fill="none" stroke="{MUTED}" stroke-dasharray="4 3"/>')
        for key, fill, name in keys:
            n = counts.get(key, 0)
            if not n:
                continue
            w = bar_w * n / total
            pct = round(100 * n / total)
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" '
                         f'fill="{fill}" stroke="#ffffff" stroke-width="1">'
                         f'<title>{escape(name)}: {n} ({pct} %)</title></rect>')
            if w >= 44:  # white on a dark halo: readable on the hatched and dotted fills
                parts.append(_label(x + w / 2, y + row * 0.62, f"{pct} %",
                                    light=key not in ("none", "unsaid")))
            x += w
        parts.append(_text(label_w + bar_w + 8, y + row * 0.62, f"n={total}", 12, fill=MUTED))
    parts.append("</svg>")
    return "".join(parts)


def _label(x: float, y: float, text: str, light: bool) -> str:
    ink, halo = ("#ffffff", INK) if light else (INK, "#ffffff")
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="13" text-anchor="middle" fill="{ink}" '
            f'font-weight="bold" stroke="{halo}" stroke-width="3" stroke-opacity="0.55" '
            f'paint-order="stroke" style="{FONT}">{escape(text)}</text>')


def legend(keys: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<span class="key"><svg width="18" height="14"><rect width="18" height="14" rx="3" '
        f'fill="{fill}"/></svg> {escape(name)}</span>' for _, fill, name in keys)
    return f'<p class="legend">{items}</p>'


def columns(items: list[tuple[int, int]], width: int = 680, height: int = 200) -> str:
    """Players per hour of the day: one column per hour from the first to the last."""
    if not items:
        return ""
    counts = dict(items)
    first, last = min(counts), max(counts)
    hours = list(range(first, last + 1))
    top = max(counts.values()) or 1
    slot = (width - 20) / len(hours)
    base = height - 26
    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img">',
             f'<line x1="10" y1="{base}" x2="{width - 10}" y2="{base}" stroke="{MUTED}"/>']
    for i, hour in enumerate(hours):
        n = counts.get(hour, 0)
        x = 10 + i * slot
        bh = (base - 24) * n / top
        parts.append(f'<rect x="{x + slot * 0.15:.1f}" y="{base - bh:.1f}" '
                     f'width="{slot * 0.7:.1f}" height="{bh:.1f}" rx="3" fill="{PRIMARY}">'
                     f'<title>{hour} h: {n}</title></rect>')
        if n:
            parts.append(_text(x + slot / 2, base - bh - 6, str(n), 12, "middle", weight="bold"))
        parts.append(_text(x + slot / 2, base + 18, f"{hour} h", 12, "middle", MUTED))
    parts.append("</svg>")
    return "".join(parts)
