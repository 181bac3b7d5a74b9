"""Each station's role model stands at her station on the floor: her portrait as the head of
a small standing figure in her work clothes (their colour read from the portrait), who turns
towards the player as she comes near and waves (a still wave under reduced motion)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.ui import draw
from game.ui.theme import Color

if TYPE_CHECKING:
    from game.scenes.floor import FloorScene

HEAD_PX = 56  # the portrait's circle, px across
NEAR_PX = 520  # she turns towards the player nearer than this
CACHE_KEY = "rolemodel:"  # ctx.cache["rolemodel:<id>"]: (head, mirrored head, clothes)


def _figure(scene: FloorScene, model_id: str) -> tuple[pygame.Surface, pygame.Surface, Color]:
    """Her round head (and its mirror image) cut from her portrait, and her clothes' colour."""
    key = f"{CACHE_KEY}{scene.world.id}:{model_id}"
    kept = scene.ctx.cache.get(key)
    if kept is None:
        model = scene.world.role_model(model_id)
        picture = scene.ctx.images.get(scene.ctx.scenario.asset(model.portrait))
        w, h = picture.get_size()
        side = round(min(w, h) * 0.62)  # the face and hair, not the shoulders
        crop = pygame.Rect(0, 0, side, side)
        crop.center = (w // 2, round(h * 0.44))
        face = pygame.transform.smoothscale(picture.subsurface(crop.clip(picture.get_rect())),
                                            (HEAD_PX, HEAD_PX))
        head = pygame.Surface((HEAD_PX, HEAD_PX), pygame.SRCALPHA)
        pygame.draw.circle(head, (255, 255, 255, 255), (HEAD_PX // 2, HEAD_PX // 2), HEAD_PX // 2)
        head.blit(face, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
        c = picture.get_at((w // 2, h - max(4, h // 20)))
        clothes: Color = (c.r, c.g, c.b)
        kept = (head, pygame.transform.flip(head, True, False), clothes)
        scene.ctx.cache[key] = kept
    figure: tuple[pygame.Surface, pygame.Surface, Color] = kept
    return figure


def stand_point(rect: pygame.Rect) -> tuple[int, int]:
    """Where her feet are (map px): at the back corner of her station, out of the way."""
    return (rect.right - 30, rect.bottom - 14)


def facing(feet: tuple[float, float], player: tuple[float, float]) -> str:
    """Where she looks: « left » or « right » towards a player near her, « front » else."""
    dx, dy = player[0] - feet[0], player[1] - feet[1]
    if math.hypot(dx, dy) >= NEAR_PX:
        return "front"
    return "left" if dx < -20 else "right"


def draw_role_models(view: pygame.Surface, scene: FloorScene) -> None:
    pal, motion = scene.ctx.palette, scene.ctx.motion
    area = scene.camera.visible_area()
    for station in scene.planned:
        rect = scene.stations[station.id]
        fx, fy = stand_point(rect)
        if not area.inflate(200, 200).collidepoint(fx, fy):
            continue
        head, mirrored, clothes = _figure(scene, station.role_model)
        looks = facing((fx, fy), (scene.walker.x, scene.walker.y))
        near, facing_left = looks != "front", looks == "left"
        x, y = round(fx - area.x), round(fy - area.y)
        shadow = pygame.Rect(0, 0, 40, 12)
        shadow.center = (x, y)
        pygame.draw.ellipse(view, pal.map_void, shadow)
        trousers = draw.blend(clothes, pal.ink, 0.55)
        lean = (-3 if facing_left else 3) if near else 0
        for side in (-7, 7):  # legs
            pygame.draw.line(view, trousers, (x + side, y - 4), (x + side + lean // 2, y - 30), 8)
        body = pygame.Rect(0, 0, 34, 36)
        body.midbottom = (x + lean, y - 26)
        pygame.draw.rect(view, clothes, body, border_radius=10)
        pygame.draw.rect(view, draw.blend(clothes, pal.ink, 0.35), body, width=2, border_radius=10)
        arm_x = body.left + 2 if facing_left else body.right - 2
        wave = motion.pulse(scene.t, 6.0) if near else 0.0
        reach = -1 if facing_left else 1
        if near:  # a wave to the player
            hand = (arm_x + reach * (14 + 6 * wave), body.y - 18 - 8 * wave)
        else:
            hand = (arm_x + reach * 4, body.bottom - 4)
        pygame.draw.line(view, clothes, (arm_x, body.y + 8), hand, 7)
        pygame.draw.circle(view, draw.blend(clothes, pal.white, 0.55), hand, 5)
        face = mirrored if facing_left else head
        at = face.get_rect(midbottom=(body.centerx + lean, body.y + 8))
        pygame.draw.circle(view, pal.white, at.center, HEAD_PX // 2 + 3)
        view.blit(face, at)
