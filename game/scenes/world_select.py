"""Choose a world, or the full tour of all of them; each card shows its completion."""
from __future__ import annotations

import pygame

from game import flow
from game.i18n import define
from game.scenario.models import World
from game.scene import Pop, Replace, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.theme import hex_color
from game.ui.widgets import Button, draw_button

CARD_H = 600
BAR_MIN = 80  # the narrowest a card's progress bar is drawn beside its station count
TOUR = "tour"
DECOUVERTE = "decouverte"
DECOUVERTE_MIN = 3  # a scenario of one world with 3 stations has no shorter route to offer

define({"decouverte_route": {"fr": "Découverte : 3 postes, 4 min",
                             "en": "Discovery: 3 stations, 4 min"}})


def footer(card: pygame.Rect, label: tuple[int, int]) -> tuple[pygame.Rect, pygame.Rect]:
    """Where a card's station count (of size ``label``) and its progress bar go: the bar
    beside the count, or above it when a large text leaves it no room."""
    at = pygame.Rect((card.x + 24, card.bottom - 56), label)
    if card.right - 30 - (at.right + 16) >= BAR_MIN:
        x = max(card.right - 190, at.right + 16)
        return at, pygame.Rect(x, card.bottom - 50, card.right - 30 - x, 20)
    return at, pygame.Rect(card.x + 24, at.y - 34, card.w - 48, 20)


class WorldSelectScene(ButtonScene):
    def enter(self) -> None:
        self._background = None  # progress may have changed
        worlds = self.ctx.scenario.model.worlds
        gap = 48
        card_w = min(560, (1800 - gap * (len(worlds) - 1)) // len(worlds))
        total = len(worlds) * card_w + (len(worlds) - 1) * gap
        x0 = (theme.LOGICAL_SIZE[0] - total) // 2
        items = [Button(f"world:{w.id}", pygame.Rect(x0 + i * (card_w + gap), 190, card_w, CARD_H),
                        style="ghost", data=w) for i, w in enumerate(worlds)]
        if len(worlds) > 1:
            items.append(Button(TOUR, pygame.Rect(x0 + total - 760, 830, 760, 110),
                                self.ctx.tr("full_tour", n=len(worlds)), size=theme.TEXT_LARGE))
        if len(worlds) > 1 or len(worlds[0].stations) > DECOUVERTE_MIN:
            items.append(Button(DECOUVERTE, pygame.Rect(x0 + total - 760, 960, 760, 100),
                                self.ctx.tr("decouverte_route"), size=theme.TEXT_LARGE,
                                style="secondary"))
        items.append(Button("back", pygame.Rect(60, 960, 260, 90), self.ctx.tr("back"),
                            style="secondary"))
        self.buttons.set(items)

    def paint_background(self, surface: pygame.Surface) -> None:
        """The title and the cards do not change while the screen is shown: drawn once."""
        super().paint_background(surface)
        self.title(surface, self.ctx.tr("choose_world"), y=50)
        for b in self.buttons.items:
            if b.id.startswith("world:"):
                self._card(surface, b)

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        surface.blit(self.background(), (0, 0))
        for i, b in enumerate(self.buttons.items):
            focused = i == self.buttons.focus
            if b.id.startswith("world:"):
                if focused:
                    pygame.draw.rect(surface, pal.safety, b.rect.inflate(16, 16), width=6,
                                     border_radius=30)
            else:
                draw_button(surface, self.ctx.text, pal, b, False, focused)
        tour = self.buttons.get(TOUR)
        if tour is not None:
            n = sum(len(w.stations) for w in self.ctx.scenario.model.worlds)
            hint = self.ctx.text.render(self.ctx.tr("stations_n", n=n), theme.TEXT_BODY, pal.ink)
            surface.blit(hint, hint.get_rect(midright=(tour.rect.x - 30, tour.rect.centery)))

    def _card(self, surface: pygame.Surface, b: Button) -> None:
        pal = self.ctx.palette
        world = b.data
        if not isinstance(world, World):
            return
        accent = hex_color(world.accent)
        r = b.rect
        draw.panel(surface, pal, r, pal.white, radius=24, shadow=8)
        pic = pygame.Rect(r.x + 18, r.y + 18, r.w - 36, (r.w - 36) * 9 // 16)
        if world.image:
            img = self.ctx.images.fit(self.ctx.scenario.asset(world.image), pic.size)
            surface.blit(img, img.get_rect(center=pic.center))
        else:
            pygame.draw.rect(surface, draw.blend(accent, pal.white, 0.6), pic, border_radius=16)
        pygame.draw.rect(surface, accent, pygame.Rect(r.x, pic.bottom + 14, r.w, 10))
        text = self.ctx.text
        y = pic.bottom + 40
        title = text.render(world.title.get(self.ctx.lang), theme.TEXT_BODY + 6, pal.ink,
                            width=r.w - 48)
        surface.blit(title, (r.x + 24, y))
        y += title.get_height() + 10
        done = self.ctx.tour.done_in(world) if self.ctx.tour else 0
        n = len(world.stations)
        label = self.ctx.tr("done_n", d=done, n=n) if done else self.ctx.tr("stations_n", n=n)
        foot = text.render(label, theme.TEXT_SMALL, pal.ink)
        at, bar = footer(r, foot.get_size())
        size, width = theme.TEXT_SMALL - 2, r.w - 48
        step = text.line_step(size)
        bottom = min(at.y, bar.y) - 8
        room = max(1, (bottom - y) // step)  # whole lines only, above the footer
        for line in text.clipped(world.summary.get(self.ctx.lang), size, width, room):
            surface.blit(text.render(line, size, pal.ink), (r.x + 24, y))
            y += step
        surface.blit(foot, at)
        pygame.draw.rect(surface, pal.floor, bar, border_radius=10)
        if done:
            pygame.draw.rect(surface, accent, pygame.Rect(bar.x, bar.y, bar.w * done // n, bar.h),
                             border_radius=10)
        if done == n:
            draw.verdict(surface, pal, (r.right - 40, r.y + 40), True, 52)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "back":
            return Pop()
        if button.id == DECOUVERTE:
            return Replace(flow.begin(self.ctx, "decouverte", []))
        if button.id == TOUR:
            worlds = [w.id for w in self.ctx.scenario.model.worlds]
            return Replace(flow.begin(self.ctx, "grand_tour", worlds))
        world = button.data
        if not isinstance(world, World):
            return None
        return Replace(flow.begin(self.ctx, "world", [world.id]))

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        ap = self.ctx.autoplay
        wanted = {"decouverte": DECOUVERTE, "grand_tour": TOUR}.get(ap.route or "") if ap else None
        if wanted is not None and self.buttons.get(wanted) is not None:
            return wanted
        if ap is not None and ap.route == "world":
            return f"world:{self.ctx.scenario.model.worlds[0].id}"
        return TOUR if self.buttons.get(TOUR) is not None else \
            f"world:{self.ctx.scenario.model.worlds[0].id}"
