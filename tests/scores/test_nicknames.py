"""The offensive-word filter for nicknames: disguises are caught, ordinary names pass."""
from __future__ import annotations

import pytest

from game.scores.nicknames import default_words, is_offensive, parse_words, readings

REFUSED = [
    "connard", "CONNARD", "Connasse", "salope", "putain", "enculé", "ENCULÉ", "fdp", "ntm",
    "fuck", "shit", "bitch", "nigger", "nazi", "con", "cons", "pute",
    # l33t
    "c0nn@rd", "S4L0PE", "5h1t", "n1que", "b1tch", "3ncul3", "put3",
    "$alope", "7aGueule",
    # spacing and punctuation
    "f.u.c.k", "F U C K", "f-u-c-k", "c o n", "p d", "P.D", "sa lope", "ta gueule", "Fils de pute",
    # repeated letters, hidden inside
    "FUUUCK", "coooonnard", "xXsalopeXx", "LeConnardDu59", "con2", "Con_69",
]
ACCEPTED = [
    "Léa", "Inès", "Anaïs", "Constance", "Dominique", "Véronique", "Pascal", "Bastien",
    "Connor", "Salomé", "Nicole", "Concetta", "Hancock", "Dickens", "Violette", "Pedro",
    "Nazim", "Niger", "Montenegro", "Assia", "Titouan", "Janus", "Analyse", "Cassandra",
    "Zoé-42", "LOU_B", "Samia 59", "Ibrahim", "Maël", "Côme", "Scott", "Jean-Paul",
]


@pytest.mark.parametrize("name", REFUSED)
def test_offensive_nicknames_are_refused_however_written(name: str) -> None:
    assert is_offensive(name)


@pytest.mark.parametrize("name", ACCEPTED)
def test_ordinary_names_pass(name: str) -> None:
    assert not is_offensive(name)


def test_one_is_read_both_as_i_and_as_l() -> None:
    assert set(readings("1")) == {"i", "l"}
    assert is_offensive("b1tch") and is_offensive("sa1ope")


def test_the_word_file_format() -> None:
    words = parse_words("# a comment\n\nbadword\n=shrt\n")
    assert is_offensive("xxBADWORDxx", words) and is_offensive("b a d w o r d", words)
    assert is_offensive("shrt", words) and is_offensive("SHRTS", words)
    assert not is_offensive("shrtcake", words)  # a whole-word entry does not match inside
    assert default_words().anywhere and default_words().whole
