"""Small articles written for the claims tests."""

from __future__ import annotations

from articles.ingest import RawText, build_articles
from articles.model import Article


def make_articles(texts: dict[str, str]) -> tuple[Article, ...]:
    """Articles from {id: text}; each text's first line is its headline."""
    return build_articles([RawText(id=k, source=f"test:{k}", text=v) for k, v in texts.items()])


TOLL = {
    "a": (
        "Floods hit the valley\n\n"
        "Flash floods swept through the Karsh valley on Monday, officials said.\n\n"
        "At least 12 people were killed when the Karsh river burst its banks near Olmen.\n\n"
        "The mayor of Olmen appealed for tents and blankets.\n"
    ),
    "b": (
        "Dozens dead in valley floods\n\n"
        "Rescue teams searched the Karsh valley after the floods.\n\n"
        "At least 65 people were killed when the Karsh river burst its banks near Olmen.\n\n"
        "Schools across the province were closed until further notice.\n"
    ),
    "c": (
        "Markets rally on trade deal\n\n"
        "Shares in Tokyo rose sharply after the trade agreement was signed.\n\n"
        "Exporters led the gains, analysts said.\n"
    ),
}


REPORTED_TOLL = {
    "a": "Fire\n\nSeven workers were killed when fire swept the Hallworth plant on Monday.\n",
    "b": "Fire\n\nSeven workers were killed when fire swept the Hallworth plant on Monday.\n",
    "c": "Blaze\n\nNine workers died in the Hallworth plant blaze, the county coroner said.\n",
    "d": "Markets\n\nShares in pipe makers rose on Monday as builders ordered more.\n",
}
"""Two articles make a toll claim; a third gives another toll in a sentence the link
model leaves out of it (it reports the claim's figure); a fourth omits it."""
