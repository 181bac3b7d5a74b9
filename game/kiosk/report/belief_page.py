"""The report's before/after section: per item, the two distributions and the paired change."""
from __future__ import annotations

from collections.abc import Callable

from game.beliefs import facet
from game.i18n import define, number
from game.kiosk.report import svg
from game.kiosk.report.change import MIN_PAIRED, SMALL
from game.kiosk.report.figures import BeliefFigure, Figures

Tr = Callable[..., str]

define({
    "report_other": {"fr": "Autre", "en": "Other"},
    "report_age": {"fr": "Âge", "en": "Age"},
    "report_age_under18": {"fr": "Moins de 18 ans", "en": "Under 18"},
    "report_age_18-29": {"fr": "18 à 29 ans", "en": "18 to 29"},
    "report_age_30-54": {"fr": "30 à 54 ans", "en": "30 to 54"},
    "report_age_55plus": {"fr": "55 ans ou plus", "en": "55 or over"},
    "report_situation": {"fr": "Situation", "en": "Situation"},
    "report_situation_pupil": {"fr": "Élève", "en": "At school"},
    "report_situation_student": {"fr": "Étudiante ou étudiant", "en": "Student"},
    "report_situation_employed": {"fr": "En emploi", "en": "In work"},
    "report_situation_jobseeker": {"fr": "En recherche d'emploi", "en": "Looking for work"},
    "report_situation_other": {"fr": "Autre", "en": "Other"},
    "report_beliefs": {"fr": "Avant / après : ce qui a changé",
                       "en": "Before and after: what changed"},
    "report_beliefs_note": {
        "fr": "Les mêmes phrases, avant le premier poste puis à la sortie, sur une échelle en 5 "
              "points. La moitié dit l'idée reçue, l'autre moitié son contraire ; la "
              "variation est comptée en points vers la réponse non stéréotypée (pour « Je me "
              "sens capable », vers plus de confiance ; pour « Ce métier pourrait me plaire », "
              "vers plus d'envie), sur les seules parties qui ont répondu "
              "les deux fois (réponses appariées), avec son intervalle de confiance à 95 %. "
              "En dessous de {min} paires, on ne conclut pas ; un intervalle qui contient 0 "
              "veut dire : pas de changement mesurable ; moins de {small} point, c'est un "
              "petit effet. Sur le parcours découverte, chaque visiteur ne répond qu'à une "
              "partie des phrases (une dans chaque sens et une sur soi : « Je me sens capable » "
              "ou « Ce métier pourrait me plaire »), qui "
              "tourne d'une visite à l'autre : chaque phrase a son propre nombre de réponses, "
              "indiqué sous elle, et se lit sur ses seules paires.",
        "en": "The same statements before the first station and at the exit, on a 5-point "
              "scale. Half state the stereotype, half its opposite; the change is counted in "
              "points towards the non-stereotyped answer (for “I feel I could”, towards more "
              "confidence; for “I could enjoy”, towards more interest), over the games that "
              "answered both times (paired answers), with its 95% confidence interval. Below "
              "{min} pairs no conclusion is drawn; an interval that contains 0 means no "
              "measurable change; under {small} point is a small effect. On the découverte "
              "route each visitor answers only some of the items (one statement each way and "
              "one about themselves: “I feel I could” or “I could enjoy”), rotated from one "
              "visit to the next: each item has its own number of answers, shown under it, and "
              "is read over its own pairs only."},
    "report_beliefs_none": {"fr": "Aucune réponse à la question avant/après.",
                            "en": "No answers to the before/after question."},
    "report_kind_stereotype": {"fr": "phrase qui dit l'idée reçue",
                               "en": "worded as the stereotype"},
    "report_kind_counter": {"fr": "phrase qui dit le contraire de l'idée reçue",
                            "en": "worded as its opposite"},
    "report_kind_self": {"fr": "confiance en soi", "en": "self-confidence"},
    "report_kind_interest": {"fr": "envie de faire ce métier", "en": "interest in the job"},
    "report_scale_1": {"fr": "Pas du tout d'accord", "en": "Strongly disagree"},
    "report_scale_2": {"fr": "Plutôt pas d'accord", "en": "Disagree"},
    "report_scale_3": {"fr": "Entre les deux", "en": "In between"},
    "report_scale_4": {"fr": "Plutôt d'accord", "en": "Agree"},
    "report_scale_5": {"fr": "Tout à fait d'accord", "en": "Strongly agree"},
    "report_answered": {"fr": "{n} parties sur {games} y ont répondu ({before} avant, {after} "
                              "après).",
                        "en": "{n} of {games} games answered it ({before} before, {after} "
                              "after)."},
    "report_pairs": {"fr": "{n} réponses appariées : {away} vers la réponse non stéréotypée, "
                           "{same} sans changement, {toward} vers l'idée reçue.",
                     "en": "{n} paired answers: {away} towards the non-stereotyped answer, "
                           "{same} unchanged, {toward} towards the stereotype."},
    "report_pairs_self": {"fr": "{n} réponses appariées : {away} plus confiantes, {same} sans "
                                "changement, {toward} moins confiantes.",
                          "en": "{n} paired answers: {away} more confident, {same} unchanged, "
                                "{toward} less confident."},
    "report_pairs_interest": {"fr": "{n} réponses appariées : {away} plus attirées par ce "
                                    "métier, {same} sans changement, {toward} moins attirées.",
                              "en": "{n} paired answers: {away} keener on the job, {same} "
                                    "unchanged, {toward} less keen."},
    "report_change": {"fr": "Variation moyenne : {mean} point (IC 95 % : {low} à {high}).",
                      "en": "Mean change: {mean} point (95% CI: {low} to {high})."},
    "report_verdict_none": {"fr": "Aucune partie n'a répondu avant et après.",
                            "en": "No game answered both before and after."},
    "report_verdict_too_few": {"fr": "Trop peu de réponses appariées (moins de {min}) pour "
                                     "conclure.",
                               "en": "Too few paired answers (under {min}) to conclude."},
    "report_verdict_no_change": {"fr": "Pas de changement mesurable : l'intervalle contient 0.",
                                 "en": "No measurable change: the interval contains 0."},
    "report_verdict_small": {"fr": "Petit effet (moins de {small} point sur l'échelle en 5 "
                                   "points).",
                             "en": "A small effect (under {small} point on the 5-point scale)."},
    "report_verdict_clear": {"fr": "Effet net, dans le sens indiqué.",
                             "en": "A clear effect, in the direction shown."},
})

#: the paired line of an item about herself; a statement's is "report_pairs"
PAIRS = {"self": "report_pairs_self", "interest": "report_pairs_interest"}

# five fills told apart by pattern as well as colour (the page reads in black and white):
# disagreement plain then hatched, the middle dotted, agreement hatched the other way then plain
FILLS = {1: "url(#p-disagree)", 2: "url(#p-scale2)", 3: "url(#p-unsure)", 4: "url(#p-scale4)",
         5: svg.AGREE}


def signed(value: float, lang: str) -> str:
    """+0,45 / −0,12: two decimals, the sign always written."""
    text = number(abs(value), lang, places=2, fixed=True)
    return ("+" if value >= 0 else "\u2212") + text


def section(fig: Figures, t: Tr, lang: str) -> str:
    """The whole section (an empty string when no file holds 5-point answers)."""
    from game.kiosk.report.page import escape

    note = t("report_beliefs_note", min=MIN_PAIRED, small=number(SMALL, lang, places=1))
    out = [f"<section><h2>{escape(t('report_beliefs'))}</h2>",
           f'<p class="note">{escape(note)}</p>']
    if not fig.beliefs:
        if fig.myths:  # only the old 3-point probe: its own section follows
            return ""
        out.append(f'<p class="note">{escape(t("report_beliefs_none"))}</p></section>')
        return "".join(out)
    keys = [(str(n), FILLS[n], t(f"report_scale_{n}")) for n in FILLS]
    out.append(svg.legend(keys))
    for b in fig.beliefs:
        out.append(_item(b, keys, t, lang, fig.belief_games))
    out.append("</section>")
    return "".join(out)


def _item(b: BeliefFigure, keys: list[tuple[str, str, str]], t: Tr, lang: str,
          games: int) -> str:
    from game.kiosk.report.page import escape

    c = b.change
    quote = "« {} »" if lang == "fr" else "“{}”"
    parts = [f'<div class="myth"><p>{escape(quote.format(b.text))} '
             f'<small class="note">({escape(t("report_kind_" + _label(b)))})</small></p>',
             svg.stacked([(t("report_before"), {str(k): v for k, v in b.before.items()}),
                          (t("report_after"), {str(k): v for k, v in b.after.items()})], keys,
                         lang)]
    lines = [t("report_answered", n=b.answered, games=games, before=sum(b.before.values()),
               after=sum(b.after.values()))]
    if c.paired:
        lines.append(t(PAIRS.get(_label(b), "report_pairs"), n=c.paired, away=c.away,
                       same=c.same, toward=c.toward))
    if c.mean is not None and c.low is not None and c.high is not None:
        lines.append(t("report_change", mean=signed(c.mean, lang), low=signed(c.low, lang),
                       high=signed(c.high, lang)))
    lines.append(t(f"report_verdict_{c.verdict}", min=MIN_PAIRED,
                   small=number(SMALL, lang, places=1)))
    parts.append(f'<p class="note">{escape(" ".join(lines))}</p></div>')
    return "".join(parts)


def _label(b: BeliefFigure) -> str:
    """The word for an item's kind: its wording, or for an item about herself its facet
    (« Je me sens capable » is self-confidence, « Ce métier pourrait me plaire » interest)."""
    return "interest" if b.kind == "self" and facet(b.item_id) == "interest" else b.kind


def context_tables(fig: Figures, t: Tr) -> str:
    """Age bands and situations, where the optional questions were answered (else nothing)."""
    from game.kiosk.report.page import escape

    out = []
    for title, prefix, counts in (("report_age", "report_age_", fig.age_bands),
                                  ("report_situation", "report_situation_", fig.situations)):
        if not any(n for k, n in counts.items() if k != "none"):
            continue
        rows = "".join(f'<tr><td>{escape(t(prefix + k) if k != "none" else t("report_none"))}'
                       f'</td><td class="n">{n}</td></tr>' for k, n in counts.items())
        out.append(f"<table><tr><th>{escape(t(title))}</th><th></th></tr>{rows}</table>")
    return "".join(out)
