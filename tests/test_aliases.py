"""Entity aliases learnt from the text, plus the user's list."""

from __future__ import annotations

from articles.aliases import learn_aliases


def same(table, a: str, b: str) -> bool:
    ca, cb = table.canonical(a), table.canonical(b)
    return ca is not None and ca == cb


def test_parenthesised_abbreviation() -> None:
    table = learn_aliases(["Fighters of the Islamic State (IS) group advanced."])
    assert same(table, "IS", "Islamic State")
    assert table.display(table.canonical("IS") or "") == "Islamic State"


def test_square_bracket_insertion() -> None:
    table = learn_aliases(['"We will fight Daesh [ISIS] and only Daesh," he said.'])
    assert same(table, "Daesh", "ISIS")


def test_alternative_name_statement() -> None:
    table = learn_aliases(["He accused ISIL, an alternative name for ISIS, of the attack."])
    assert same(table, "ISIL", "ISIS")


def test_using_an_alternative_name_after_a_quote() -> None:
    table = learn_aliases(['"They fight ISIL," Obama said, using an alternative name for ISIS.'])
    assert same(table, "ISIL", "ISIS")


def test_chains_join_one_group() -> None:
    table = learn_aliases(
        ["The Islamic State (ISIS) group.", "Daesh [ISIS] fighters.", "Islamic State (IS) men."]
    )
    assert same(table, "Daesh", "IS")


def test_acronym_from_initials_in_the_set() -> None:
    table = learn_aliases(["The United States said.", "The US said again."])
    assert same(table, "US", "United States")


def test_dateline_agency_is_not_an_alias() -> None:
    table = learn_aliases(["Beirut (AFP) - Strikes continued."])
    assert table.canonical("AFP") is None


def test_lowercase_word_is_not_the_acronym() -> None:
    table = learn_aliases(["Fighters of the Islamic State (IS) group."])
    assert table.canonical("is") is None


def test_user_aliases_merge_and_name_the_group() -> None:
    table = learn_aliases(["Raqa is held.", "Raqqa is held."], {"Raqa": "Raqqa city"})
    assert same(table, "Raqa", "Raqqa city")
    assert table.display(table.canonical("Raqa") or "") == "Raqqa city"
