"""Small inline SVG charts for the printable report: no script, no external file.

Every bar carries its number in text, and the probe's answers differ by pattern as well as
colour (hatched, dotted, plain; on the 5-point scale, hatched one way or the other for the
« plutôt » answers), so the page reads in black and white too. The words and numbers drawn
and the tooltips (``<title>``) are the report's: its language, its numbers (i18n.number,
i18n.percent), worded for the programme's funders and staff.
"""
from __future__ import annotations

import html

from game.i18n import define, number, percent, tr

INK = "#1B2A41"
MUTED = "#8A94A6"
PRIMARY = "#2F6FEB"
AGREE = "#FF7A1A"
UNSURE = "#8A94A6"
DISAGREE = "#14B8A6"
GIRL, BOY, UNSAID, NONE = "#7C3AED", "#2F6FEB", "#FFC83D", "#D9DEE7"
OTHER = "#14B8A6"
FONT = "font-family: system-ui, 'Segoe UI', Roboto, Arial, sans-serif"

define({
    # a bar of the ranked charts counts finished games (the sections' notes say so)
    "report_bar_games": {"fr": {"one": "{label} : {n} partie terminée",
                                "other": "{label} : {n} parties terminées"},
                         "en": {"one": "{label}: {n} finished game",
                                "other": "{label}: {n} finished games"}},
    "report_bar_share": {"fr": "{name} : {n} ({share})", "en": "{name}: {n} ({share})"},
    "report_hour": {"fr": "{h} h", "en": "{h}:00"},
    "report_hour_players": {"fr": {"one": "De {h} h à {end} h : {n} joueuse ou joueur",
                                   "other": "De {h} h à {end} h : {n} joueuses et joueurs"},
                            "en": {"one": "{h}:00 to {end}:00: {n} player",
                                   "other": "{h}:00 to {end}:00: {n} players"}},
})


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


def hbars(items: list[tuple[str, int]], lang: str, color: str = PRIMARY, width: int = 680,
          row: int = 46) -> str:
    """A labelled horizontal bar per item (finished games): the label whole above its bar,
    the count after it."""
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
                     f'rx="4" fill="{color}">'
                     f'<title>{escape(tr("report_bar_games", lang, label=label, n=value))}</title>'
                     "</rect>")
        parts.append(_text(w + 8, y + 21 + (row - 28) * 0.8, number(value, lang), 13,
                           weight="bold"))
    parts.append("</svg>")
    return "".join(parts)


def stacked(rows: list[tuple[str, dict[str, int]]], keys: list[tuple[str, str, str]],
            lang: str, width: int = 680, label_w: int = 90, row: int = 34) -> str:
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
            share = percent(n / total, lang)
            tip = tr("report_bar_share", lang, name=name, n=number(n, lang), share=share)
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" '
                         f'fill="{fill}" stroke="#ffffff" stroke-width="1">'
                         f"<title>{escape(tip)}</title></rect>")
            if w >= 44:  # white on a dark halo: readable on the hatched and dotted fills
                parts.append(_label(x + w / 2, y + row * 0.62, share,
                                    light=key not in ("none", "unsaid")))
            x += w
        parts.append(_text(label_w + bar_w + 8, y + row * 0.62, f"n={number(total, lang)}", 12,
                           fill=MUTED))
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


def columns(items: list[tuple[int, int]], lang: str, width: int = 680,
            height: int = 200) -> str:
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
        tip = tr("report_hour_players", lang, h=hour, end=hour + 1, n=n)
        parts.append(f'<rect x="{x + slot * 0.15:.1f}" y="{base - bh:.1f}" '
                     f'width="{slot * 0.7:.1f}" height="{bh:.1f}" rx="3" fill="{PRIMARY}">'
                     f"<title>{escape(tip)}</title></rect>")
        if n:
            parts.append(_text(x + slot / 2, base - bh - 6, number(n, lang), 12, "middle",
                               weight="bold"))
        parts.append(_text(x + slot / 2, base + 18, tr("report_hour", lang, h=hour), 12,
                           "middle", MUTED))
    parts.append("</svg>")
    return "".join(parts)
