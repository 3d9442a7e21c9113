"""A synthetic article set for claim-linking speed tests.

Recombines the bundled sample's paragraphs into new articles of about 5 KB,
swapping capitalised names and figures for varied ones, so that cross-article
links exist at every size (the same paragraphs recur) without the set being
a few thousand copies of five texts.
"""

from __future__ import annotations

import random
import re

from articles.ingest import RawText, build_articles, load_sample
from articles.model import Article

_NAMES = [
    "Abbott", "Baker", "Carver", "Dalton", "Ellison", "Fisher", "Garland", "Hughes", "Ingram",
    "Jensen", "Keller", "Lowry", "Madsen", "Norris", "Osborne", "Porter", "Quincy", "Reyes",
    "Sutton", "Tanner", "Upton", "Vance", "Walsh", "Yates", "Zeller", "Aleppo", "Mosul", "Homs",
    "Tripoli", "Kirkuk", "Sanaa", "Basra", "Idlib", "Latakia", "Palmyra", "Tikrit", "Ramadi",
]  # fmt: skip
_CAPITAL_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}")
_DIGITS_RE = re.compile(r"\b\d{1,3}\b")


def synthetic_articles(count: int, seed: int = 7, size: int = 5000) -> tuple[Article, ...]:
    """``count`` articles recombined from the sample (deterministic for a seed)."""
    rng = random.Random(seed)
    paragraphs = []
    for article in load_sample().articles:
        for paragraph in article.paragraphs:
            if paragraph.kind.is_content:
                paragraphs.append(article.paragraph_text(paragraph))
    raws = []
    for n in range(count):
        parts = [f"Report {n}: {rng.choice(_NAMES)} and {rng.choice(_NAMES)} in focus"]
        length = len(parts[0])
        while length < size:
            text = rng.choice(paragraphs)
            if rng.random() < 0.5:
                text = _CAPITAL_RE.sub(lambda _m: rng.choice(_NAMES), text)
            if rng.random() < 0.5:
                text = _DIGITS_RE.sub(lambda _m: str(rng.randint(2, 400)), text)
            parts.append(text)
            length += len(text) + 2
        text = "\n\n".join(parts) + "\n"
        raws.append(RawText(id=f"syn{n:05d}", source=f"synthetic:{n}", text=text))
    return build_articles(raws)
