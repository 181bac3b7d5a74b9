"""Player-facing text in several languages, and job titles in both forms.

A text is shown short first; its optional long form, ``more:``, waits behind « En savoir
plus » (norms, article numbers and the detail live there)::

    explain:
      fr: "Oui ! Son filtre fonce tout seul dès que l'arc s'allume."
      en: "Yes! Its filter darkens by itself as soon as the arc strikes."
      more:
        fr: "Oui ! … (EN 175, filtre EN 379)."
        en: "Yes! … (EN 175, EN 379 filter)."
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    PrivateAttr,
    RootModel,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import InitErrorDetails

LANGUAGES = ("fr", "en")
MORE = "more"  # the key of a text's long form


class LocalText(RootModel[dict[str, str]]):
    """A text given per language code: ``{fr: "Bonjour", en: "Hello"}``, and its long form."""

    _more: LocalText | None = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _long_form(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> LocalText:
        if isinstance(data, LocalText):
            return data
        more = None
        if isinstance(data, dict) and MORE in data:
            data = dict(data)
            more = data.pop(MORE)
        text: LocalText = handler(data)
        if more is not None:
            if isinstance(more, dict) and MORE in more:
                raise ValueError("a long form (more:) has no long form of its own")
            try:
                text._more = cls.model_validate(more)
            except ValidationError as err:  # the errors keep their place: more.fr, …
                details: list[InitErrorDetails] = []
                for e in err.errors():
                    detail: InitErrorDetails = {"type": e["type"], "loc": (MORE, *e["loc"]),
                                                "input": e["input"]}
                    if "ctx" in e:
                        detail["ctx"] = e["ctx"]
                    details.append(detail)
                raise ValidationError.from_exception_data(cls.__name__, details) from None
        return text

    model_config = ConfigDict(defer_build=True)

    @field_validator("root")
    @classmethod
    def _not_empty(cls, value: dict[str, str]) -> dict[str, str]:
        if not value:
            raise ValueError("give the text in at least one language, e.g. {fr: ..., en: ...}")
        for lang, text in value.items():
            if len(lang) != 2 or not lang.isalpha() or not lang.islower():
                raise ValueError(f"'{lang}' is not a two-letter language code such as fr or en "
                                 "(or more: for the long form)")
            if not text.strip():
                raise ValueError(f"the '{lang}' text is empty")
        return value

    @model_serializer(mode="wrap")
    def _with_long_form(self, handler: SerializerFunctionWrapHandler) -> Any:
        out = handler(self)
        if self._more is not None and isinstance(out, dict):
            out[MORE] = self._more.model_dump()
        return out

    def get(self, lang: str) -> str:
        """The text in ``lang``, or French, or the first language given."""
        return self.root.get(lang) or self.root.get("fr") or next(iter(self.root.values()))

    @property
    def more(self) -> LocalText | None:
        """The long form, shown on demand (« En savoir plus »), or None."""
        private = self.__pydantic_private__  # read directly: pydantic's lookup is slow
        return private.get("_more") if private else None

    def long(self, lang: str) -> str | None:
        """The long form in ``lang`` (as :meth:`get` chooses), or None when there is none."""
        return self._more.get(lang) if self._more is not None else None

    def missing(self, languages: tuple[str, ...] | list[str]) -> list[str]:
        return [lang for lang in languages if lang not in self.root]

    @classmethod
    def of(cls, fr: str, en: str, more: tuple[str, str] | None = None) -> LocalText:
        text = cls({"fr": fr, "en": en})
        if more is not None:
            text._more = cls({"fr": more[0], "en": more[1]})
        return text

    @classmethod
    def joined(cls, first: LocalText, *rest: LocalText, sep: str = " ") -> LocalText:
        """Several texts as one, language by language (their long forms joined too)."""
        texts = [first, *rest]
        return compose(texts, lambda lang, pick: sep.join(pick(t) for t in texts))


def compose(texts: Iterable[LocalText | None],
            make: Callable[[str, Callable[[LocalText], str]], str]) -> LocalText:
    """A text made of author texts (``make(lang, pick)`` joins ``pick(text)`` of each), in
    every language one of them has; its long form picks their long forms, when one has one.
    """
    parts = [t for t in texts if t is not None]
    langs = list(dict.fromkeys(lang for t in parts for lang in t.root))

    def form(lang: str, long: bool) -> str:
        def pick(t: LocalText) -> str:
            return (t.long(lang) if long else None) or t.get(lang)
        return make(lang, pick)

    out = LocalText({lang: form(lang, False) for lang in langs})
    if any(t.more is not None for t in parts):
        out._more = LocalText({lang: form(lang, True) for lang in langs})
    return out


class JobTitle(BaseModel):
    """A job title in its feminine and masculine forms (soudeuse / soudeur)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    feminine: LocalText
    masculine: LocalText

    def both(self, lang: str) -> str:
        fem, masc = self.feminine.get(lang), self.masculine.get(lang)
        return fem if fem == masc else f"{fem} / {masc}"


def in_lang(value: LocalText | str, lang: str) -> str:
    """A field that takes one text for every language (a name, a town) or ``{fr:, en:}``
    (when it has words to translate), in ``lang``."""
    return value if isinstance(value, str) else value.get(lang)
