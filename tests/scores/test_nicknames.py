"""The offensive-word filter for nicknames: disguises are caught, ordinary names pass."""
from __future__ import annotations

import pytest

from game.scores.nicknames import default_words, is_offensive, offending, parse_words, readings

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


def words(text: str) -> list[str]:
    return text.split()


# --- issue 15: the tricks that got through, and many ordinary names that must still pass ----
TRICKS = [
    # phonetic spellings: K for C, V for U, PH for F
    "KONNARD", "KONARD", "ENKULE", "ENCVLE", "PVTE", "FVCK", "PHUCK", "PHILSDEPUTE", "KUNT",
    "CVNT", "NIKTAMERE",
    # swapped or doubled letters
    "SLAOPE", "SALPOE", "OCNNARD", "CONNADR", "BTICH", "BICTH", "FCUK", "BATRAD", "PUTIAN",
    "HILTER", "TRUODUC", "SSALOPE", "MERDEEE",
    # digits or suffixes after a whole-word entry, prefixes before
    "PUTE69", "PUTE2000", "CON4", "CON1", "PD59", "FDP93", "NTM13", "PDLOL", "CONLOL", "CONXD",
    "PUTEXXX", "GROSPD", "LECONDU59",
    # refused phrases typed without spaces (the on-screen keyboard has no space bar)
    "FILSDEPUTE", "NIQUETAMERE", "TAGUEULE", "FERMETAGUEULE", "SUCEMOI", "SALEARABE",
    "NIQUETARACE",
    # look-alike letters, fullwidth and mathematical forms, invisible characters
    "ＦＵＣＫ", "𝐟𝐮𝐜𝐤", "ѕаlоре", "fuсk", "ЅALOPE", "f\u200bu\u200bc\u200bk", "c\u00adon",
    "Ρ.Ð", "sа1оpе",
    # English slurs and worse
    "NIGGA", "N1GGA", "NIGGAH", "FAGGOT", "FAG", "TRANNY", "CHINK", "SPIC", "KIKE", "WETBACK",
    "RAGHEAD", "RETARDED", "WH0RE", "MOTHERFUCKER", "COCKSUCKER", "HEILHITLER", "NEONAZI",
    "WHITEPOWER",
    # self-harm and threats
    "KILLYOURSELF", "KYS", "KMS", "KILLMYSELF", "HANGYOURSELF", "GOKILLYOURSELF", "SUICIDE",
    "TUETOI", "VATEPENDRE", "JEVEUXMOURIR", "kill yourself", "Tue-toi",
]

FIRST_NAMES_FR = words("""Léa Inès Chloé Manon Camille Jade Louise Emma Lina Rose Anna Alice
Juliette
Clémence Margaux Océane Pauline Coralie Ludivine Anaïs Sacha Maëlys Violette Constance Dominique
Véronique Nicole Pascale Pascal Bastien Hugo Lucas Enzo Nathan Théo Mathis Kévin Jordan Dylan
Maxime Quentin Jacques Cécile Colette Coline Cassandre Jocelyne Francis Philippe Christophe Fanny
Fantine Clovis Pierre Cunégonde Capucine Corentin Ségolène Gwenaëlle Nolwenn Morgane Bérénice
Apolline Agathe Lucie Noémie Zoé Romane Léna Clara Ambre Mathilde Élise Éloïse Maëlle Lou Chiara
Nina Victoire Valentine Victor Vivien Sylvain Sébastien Bénédicte Brigitte Bernadette Bertrand
Hervé Yves Yvonne Yann Loïc Killian Kylian Kenzo Mickaël Jean-Luc Marc-Antoine Anne-Sophie
Marie-Claude Constant Conrad Pénélope Prisca Priscille Perrine Ophélie Raphaël Raphaëlle
Stéphanie Christelle Lacoste Legros Lecomte Lapierre Leconte Lecoq Bigot Lebon Lepetit Lasalle
Lenoir Lesage Latour Lebrun""")
FIRST_NAMES_EN = words("""Oliver Harry Jack Charlie Thomas George Oscar James William Amelia
Olivia Isla
Ava Emily Sophia Grace Mia Poppy Ella Lily Jessica Megan Charlotte Chantal Dickie Cummings Sexton
Analise Anastasia Dickinson Babcock Peacock Woodcock Hitchcock Hitchens Kuntz Shelby Nigel Nigella
Cassidy Cassius Dixon Titus Willy Randy Spencer Matsushita""")
FIRST_NAMES_NA = words("""Mohamed Mehdi Karim Yacine Nassim Sofiane Rachid Fatima Khadija Samira
Nadia
Leïla Aïcha Imane Yasmine Zineb Hafsa Meriem Amina Sana Ikram Nour Hamza Anas Anass Ayoub Bilal
Walid Khalid Hicham Saïd Tarik Tariq Zakaria Kenza Chaïma Sabrina Naïma Malika Farida Houria
Djamila Rachida Souad Latifa Wassim Ilyes Idriss Nabil Fayçal Redouane Kader Abdelkader Mounir
Lotfi Fethi Chakib Hassan Hassna Bouchra Ghizlane Hanane Nisrine Ouissal Sihem Soumaya Yousra
Zohra Kahina Dihya Massinissa Tinhinane Lounes Idir Anir Aksel Yanis Mounia Nesrine Selma Hiba
Rayan Ilyas Younes Ismaël Soufiane Nasser Fouad Mustapha Abdallah Slimane Kamel Farid Djamel
Nacer Chérif""")
PLACES = words("""Dunkerque Famars Lille Boulogne-sur-Mer Compiègne Amiens Lens Saint-Quentin
Valenciennes Douai Arras Calais Béthune Roubaix Tourcoing Maubeuge Cambrai Condé-sur-l'Escaut
Bitche Montcuq Condom Mâcon Conches Cucq Anzin Denain Hénin-Beaumont Liévin Wattrelos Hazebrouck
Armentières Marseille Nice Niort Cognac Sète Arès Cassis Bastia Ajaccio Pussay Sexey-les-Bois
Couillet Vesoul Condé Conflans Cusset Cuers Fourques Poil Scunthorpe Penistone Sussex Essex
Middlesex Arsenal Clitheroe Assen Cockburn Cumberland Manchester Massachusetts Pennsylvania
Alger Oran Tlemcen Constantine Annaba Tunis Sfax Sousse Kairouan Casablanca Rabat Fès Marrakech
Agadir Tanger Oujda Nador Béjaïa Tizi-Ouzou Sétif Batna Biskra Blida Djerba Gafsa Meknès Tétouan
Nabeul Bizerte Monastir Mahdia Ghardaïa Tamanrasset Ouargla Laghouat Médéa Skikda Jijel""")


@pytest.mark.parametrize("name", TRICKS)
def test_the_ordinary_tricks_are_refused(name: str) -> None:
    assert is_offensive(name), offending(name)


@pytest.mark.parametrize("name", FIRST_NAMES_FR + FIRST_NAMES_EN + FIRST_NAMES_NA + PLACES)
def test_first_names_and_places_pass(name: str) -> None:
    assert offending(name) is None


def test_the_allow_list_wins_for_that_word_only() -> None:
    words = parse_words("bitch\n+bitche\n")
    assert not is_offensive("Bitche", words) and not is_offensive("BITCHE 57", words)
    assert is_offensive("BITCHES", words) and is_offensive("Bitche bitch", words)
    assert is_offensive("bitche", parse_words("bitch\n"))  # without the allow line


def test_swapped_letters_need_a_long_entry() -> None:
    words = parse_words("salope\n=arse\n")
    assert is_offensive("slaope", words) and is_offensive("saloep", words)
    assert not is_offensive("Arès", words)  # "arse" is too short to be read swapped


def test_a_very_long_or_odd_name_is_answered() -> None:
    assert not is_offensive("1" * 40) and not is_offensive("")
    assert is_offensive("1" * 30 + "connard")
    assert offending("x" * 200) == "(longer than 40 characters)"  # refused, not read


def test_short_words_typed_one_after_the_other() -> None:
    for name in ("NTMFDP", "PDCON", "FDPNTM69", "TGCON"):
        assert is_offensive(name), name
