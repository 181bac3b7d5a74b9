"""Choose a world: one card each, with its picture and the player's progress."""
from __future__ import annotations

import pygame

from game.progress import Tour
from game.scene import Pop, Replace, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.theme import hex_color
from game.ui.widgets import Button

CARD_W, CARD_H = 520, 640


class WorldSelectScene(ButtonScene):
    def enter(self) -> None:
        worlds = self.ctx.scenario.model.worlds
        gap = 60
        total = len(worlds) * CARD_W + (len(worlds) - 1) * gap
        x0 = (theme.LOGICAL_SIZE[0] - total) // 2
        items = [Button(f"world:{w.id}", pygame.Rect(x0 + i * (CARD_W + gap), 230, CARD_W, CARD_H),
                        style="ghost", data=w) for i, w in enumerate(worlds)]
        items.append(Button("back", pygame.Rect(60, 950, 260, 90), self.ctx.tr("back"),
                            style="secondary"))
        self.buttons.set(items)

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(self.background(), (0, 0))
        self.title(surface, self.ctx.tr("choose_world"))
        for i, b in enumerate(self.buttons.items):
            if b.id.startswith("world:"):
                self._card(surface, b, i == self.buttons.focus)
            else:
                from game.ui.widgets import draw_button
                draw_button(surface, self.ctx.text, b, False, i == self.buttons.focus)

    def _card(self, surface: pygame.Surface, b: Button, focused: bool) -> None:
        world = b.data
        accent = hex_color(world.accent)
        r = b.rect
        draw.panel(surface, r, theme.WHITE, radius=24, shadow=8)
        if focused:
            pygame.draw.rect(surface, theme.SAFETY, r.inflate(16, 16), width=6, border_radius=30)
        pic = pygame.Rect(r.x + 20, r.y + 20, r.w - 40, 270)
        if world.image:
            img = self.ctx.images.fit(self.ctx.scenario.asset(world.image), pic.size)
            surface.blit(img, img.get_rect(center=pic.center))
        else:
            pygame.draw.rect(surface, draw.blend(accent, theme.WHITE, 0.6), pic, border_radius=16)
        pygame.draw.rect(surface, accent, pygame.Rect(r.x, r.y + 310, r.w, 10))
        text = self.ctx.text
        title = text.render(world.title.get(self.ctx.lang), theme.TEXT_LARGE, theme.INK,
                            width=r.w - 48)
        surface.blit(title, (r.x + 24, r.y + 340))
        y = r.y + 350 + title.get_height()
        summary = text.render(world.summary.get(self.ctx.lang), theme.TEXT_SMALL, theme.INK,
                              width=r.w - 48)
        surface.blit(summary, (r.x + 24, y))
        done = self.ctx.tour.done_in(world) if self.ctx.tour else 0
        n = len(world.stations)
        label = self.ctx.tr("done_n", d=done, n=n) if done else self.ctx.tr("stations_n", n=n)
        foot = text.render(label, theme.TEXT_SMALL, theme.INK)
        surface.blit(foot, (r.x + 24, r.bottom - 60))
        bar = pygame.Rect(r.right - 200, r.bottom - 56, 170, 20)
        pygame.draw.rect(surface, theme.FLOOR, bar, border_radius=10)
        if done:
            pygame.draw.rect(surface, accent, bar.inflate(0, 0).clip(
                pygame.Rect(bar.x, bar.y, bar.w * done // n, bar.h)), border_radius=10)

    def on_button(self, button: Button) -> Transition | None:
        from game.scenes.floor import FloorScene

        if button.id == "back":
            return Pop()
        world = button.data
        if self.ctx.tour is None:
            self.ctx.tour = Tour(self.ctx.scenario.model, [world.id], self.ctx.wallclock())
        elif world.id not in self.ctx.tour.world_ids:
            self.ctx.tour.world_ids.append(world.id)
        self.ctx.tour.current_world = world.id
        return Replace(FloorScene(self.ctx, world.id))

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        tour = self.ctx.tour
        for w in self.ctx.scenario.model.worlds:
            if tour is None or not tour.world_complete(w):
                return f"world:{w.id}"
        return "back"
