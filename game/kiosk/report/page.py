"""The report as one self-contained HTML page: inline CSS and SVG, prints on A4, opens offline."""
from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

import game.kiosk.strings  # noqa: F401 - registers the report's texts
from game.i18n import tr
from game.kiosk.report import belief_page, svg
from game.kiosk.report.figures import Figures

TOP_N = 10
Tr = Callable[..., str]  # a translation function: key, values -> text

CSS = """
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 820px; padding: 24px; color: #1B2A41; background: #fff;
       font: 15px/1.45 system-ui, 'Segoe UI', Roboto, Arial, sans-serif; }
header { border-bottom: 6px solid #FFC83D; padding-bottom: 12px; margin-bottom: 18px; }
h1 { font-size: 30px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 26px 0 6px; border-left: 8px solid #2F6FEB; padding-left: 10px; }
.event { font-size: 20px; font-weight: 600; margin: 0; }
.meta, .note, footer { color: #55607a; font-size: 13px; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
.tile { border: 2px solid #D9DEE7; border-radius: 12px; padding: 10px 12px; }
.tile b { display: block; font-size: 26px; line-height: 1.15; white-space: nowrap; }
.tile span { font-size: 13px; }
.tile small { display: block; color: #55607a; font-size: 11px; }
.myth { margin: 10px 0 14px; break-inside: avoid; }
.myth p { margin: 0 0 2px; font-weight: 600; }
.legend { margin: 4px 0; font-size: 13px; }
.key { margin-right: 16px; white-space: nowrap; }
.key svg { vertical-align: -2px; }
section { break-inside: avoid; }
table { border-collapse: collapse; font-size: 13px; margin-top: 6px; }
td, th { border-bottom: 1px solid #D9DEE7; padding: 3px 10px 3px 0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 30px; border-top: 1px solid #D9DEE7; padding-top: 8px; }
@media print { body { padding: 0; } h2 { break-after: avoid; } }
"""


def escape(text: str) -> str:
    """Text for an HTML or SVG text node (quotes left readable)."""
    return html.escape(text, quote=False)


def duration(seconds: float | None, lang: str) -> str:
    if seconds is None:
        return "–"
    m, s = divmod(round(seconds), 60)
    return f"{m} min {s:02d} s"


def render(fig: Figures, lang: str, event_name: str, sources: list[str],
           generated: datetime) -> str:
    """The whole page."""
    def t(key: str, **values: object) -> str:
        return tr(key, lang, **values)

    day = fig.day.isoformat() if fig.day else t("report_all_days")
    title = f"{t('report_title')} – {event_name or 'Cap Industrie'} – {day}"
    head = (f"<header><h1>{escape(t('report_title'))}</h1>"
            + (f'<p class="event">{escape(event_name)}</p>' if event_name else "")
            + f'<p class="meta">{escape(day)} · '
            f"{escape(t('report_generated', when=generated.strftime('%Y-%m-%d %H:%M')))}</p>"
            "</header>")
    body = [head, _tiles(fig, t), _who(fig, t, lang), belief_page.section(fig, t, lang),
            _myths(fig, t, lang), _ranked(fig.jobs, t, "jobs", lang),
            _ranked(fig.liked, t, "liked", lang), _ranked(fig.trainings, t, "trainings", lang),
            _hours(fig, t, lang)]
    foot = (f"<footer><p>{escape(t('report_method'))}</p>"
            f"<p>{escape(t('report_sources', files=', '.join(sources)))}</p></footer>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            f"{svg.PATTERNS}{''.join(body)}{foot}</body></html>\n")


def _tiles(fig: Figures, t: Tr) -> str:
    note = t("report_players_note_visits" if fig.players_from_visits
             else "report_players_note_games")
    tiles = [(str(fig.players), t("report_players"), note),
             (str(fig.games_finished), t("report_games"), ""),
             (duration(fig.mean_s, ""), t("report_mean"), ""),
             (duration(fig.median_s, ""), t("report_median"), "")]
    if fig.players_from_visits:
        tiles.append((str(fig.walked_away), t("report_walkaways"), ""))
    if fig.mean_score is not None:
        tiles.append((f"{fig.mean_score:.0f}", t("report_mean_score"), ""))
    cells = "".join(f'<div class="tile"><b>{escape(v)}</b><span>{escape(label)}</span>'
                    + (f"<small>{escape(small)}</small>" if small else "") + "</div>"
                    for v, label, small in tiles)
    return f'<section class="tiles">{cells}</section>'


def _who(fig: Figures, t: Tr, lang: str) -> str:
    keys = [("girl", svg.GIRL, t("report_girl")), ("boy", svg.BOY, t("report_boy")),
            ("other", svg.OTHER, t("report_other")), ("unsaid", svg.UNSAID, t("report_unsaid")),
            ("none", svg.NONE, t("report_none"))]
    out = [f"<section><h2>{escape(t('report_who'))}</h2>"]
    if fig.gender_answered == 0:
        out.append(f'<p class="note">{escape(t("report_who_none"))}</p>')
        out.append(belief_page.context_tables(fig, t) + "</section>")
        return "".join(out)
    out.append(svg.stacked([("", fig.gender)], keys, lang, label_w=10))
    out.append(svg.legend(keys))
    rows = "".join(f'<tr><td>{escape(name)}</td><td class="n">{fig.gender.get(k, 0)}</td></tr>'
                   for k, _, name in keys)
    out.append(f"<table>{rows}</table>")
    out.append(belief_page.context_tables(fig, t))
    out.append(f'<p class="note">{escape(t("report_who_note"))}</p></section>')
    return "".join(out)


def _myths(fig: Figures, t: Tr, lang: str) -> str:
    keys = [("agree", "url(#p-agree)", t("report_agree")),
            ("unsure", "url(#p-unsure)", t("report_unsure")),
            ("disagree", "url(#p-disagree)", t("report_disagree"))]
    if not fig.myths and fig.beliefs:
        return ""  # only the 5-point question (its own section): no old 3-point answers
    out = [f"<section><h2>{escape(t('report_myths'))}</h2>",
           f'<p class="note">{escape(t("report_myths_note"))}</p>']
    if not fig.myths:
        out.append(f'<p class="note">{escape(t("report_myths_none"))}</p></section>')
        return "".join(out)
    out.append(svg.legend(keys))
    for m in fig.myths:
        out.append(f'<div class="myth"><p>« {escape(m.statement)} »</p>')
        out.append(svg.stacked([(t("report_before"), m.before), (t("report_after"), m.after)],
                               keys, lang))
        out.append("</div>")
    out.append("</section>")
    return "".join(out)


def _ranked(items: list[tuple[str, int]], t: Tr, kind: str, lang: str) -> str:
    out = [f"<section><h2>{escape(t('report_' + kind))}</h2>",
           f'<p class="note">{escape(t("report_" + kind + "_note"))}</p>']
    if not items:
        out.append(f'<p class="note">{escape(t("report_none_yet"))}</p>')
    else:
        out.append(svg.hbars(items[:TOP_N], lang, svg.PRIMARY if kind in ("jobs", "liked")
                             else svg.GIRL))
    out.append("</section>")
    return "".join(out)


def _hours(fig: Figures, t: Tr, lang: str) -> str:
    if not fig.hours:
        return ""
    return f"<section><h2>{escape(t('report_hours'))}</h2>{svg.columns(fig.hours, lang)}</section>"
