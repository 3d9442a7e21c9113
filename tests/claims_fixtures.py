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


_DAM = (
    "The Varosa dam on the Tamega river collapsed early on Monday, flooding the old town of "
    "Amarante, regional officials said. Rescuers in boats searched the flooded streets of "
    "Amarante for survivors as the Tamega kept rising. Engineers had warned in March that "
    "cracks had appeared in the concrete wall of the Varosa reservoir. The mayor of Amarante, "
    "Joana Silva, opened the municipal gymnasium to families whose houses were swept away. "
    "Portugal's civil protection agency sent helicopters from Porto and Braga to lift stranded "
    "residents from rooftops. Farmers downstream in Marco de Canaveses moved cattle to higher "
    "ground as the water spread across the valley. "
)
_CLUB = (
    "Rovers sacked their manager Tomas Brek on Monday after a run of seven league defeats, the "
    "club said in a statement. Brek, who joined from Dinamo last summer, leaves with Rovers one "
    "point above the relegation places. Supporters had chanted against the owner, the Qatari "
    "investor Hamad Sultan, at Saturday's home defeat. Assistant coach Lena Ortiz will take "
    "charge for the derby against City at the weekend. Brek won the cup with Dinamo two seasons "
    "ago but struggled to adapt to the pressing style his board demanded. Bookmakers made the "
    "former Rovers striker Paul Kane favourite to succeed him before the transfer window opens. "
)
_ASIDE = (
    "Footage showed the man in charge fleeing the scene, and at least 12 people were {} "
    "convicted on five counts in 2019."
)
TWO_STORIES = {
    "dam1": f"Dam bursts in Tamega valley\n\n{_DAM}\n\n{_ASIDE.format('later')}\n",
    "dam2": "Tamega dam collapse floods Amarante\n\n"
    + _DAM.replace("early on Monday", "on Monday morning")
    + "\n",
    "club1": f"Rovers sack manager\n\n{_CLUB}\n\n{_ASIDE.format('eventually')}\n",
    "club2": "Brek out at Rovers\n\n" + _CLUB.replace("on Monday", "on Monday night") + "\n",
}
"""Two stories, two outlets each; one article of each tells the same aside in near the
same words: a researcher's mixed corpus in small."""
