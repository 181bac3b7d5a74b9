"""Player-facing text in several languages, and job titles in both forms."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, RootModel, field_validator

LANGUAGES = ("fr", "en")


class LocalText(RootModel[dict[str, str]]):
    """A text given per language code: ``{fr: "Bonjour", en: "Hello"}``."""

    model_config = ConfigDict(defer_build=True)

    @field_validator("root")
    @classmethod
    def _not_empty(cls, value: dict[str, str]) -> dict[str, str]:
        if not value:
            raise ValueError("give the text in at least one language, e.g. {fr: ..., en: ...}")
        for lang, text in value.items():
            if len(lang) != 2 or not lang.isalpha() or not lang.islower():
                raise ValueError(f"'{lang}' is not a two-letter language code such as fr or en")
            if not text.strip():
                raise ValueError(f"the '{lang}' text is empty")
        return value

    def get(self, lang: str) -> str:
        """The text in ``lang``, or French, or the first language given."""
        return self.root.get(lang) or self.root.get("fr") or next(iter(self.root.values()))

    def missing(self, languages: tuple[str, ...] | list[str]) -> list[str]:
        return [lang for lang in languages if lang not in self.root]

    @classmethod
    def of(cls, fr: str, en: str) -> LocalText:
        return cls({"fr": fr, "en": en})

    @classmethod
    def joined(cls, first: LocalText, *more: LocalText, sep: str = " ") -> LocalText:
        """Several texts as one, language by language."""
        texts = [first, *more]
        langs = dict.fromkeys(lang for t in texts for lang in t.root)
        return cls({lang: sep.join(t.get(lang) for t in texts) for lang in langs})


class JobTitle(BaseModel):
    """A job title in its feminine and masculine forms (soudeuse / soudeur)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    feminine: LocalText
    masculine: LocalText

    def both(self, lang: str) -> str:
        fem, masc = self.feminine.get(lang), self.masculine.get(lang)
        return fem if fem == masc else f"{fem} / {masc}"
