"""The bundled sample still classifies well: headline, standfirst, body, captions, chrome.

These are checks of the general rules on real pages (site chrome above the
title, newsletter and publisher footers, captions, a wire sign-off), not
rules keyed to the sample: the rules are tested on other text in test_layout.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from articles.ingest import load_sample
from articles.model import Article, BlockKind

SEEDS = Path(__file__).resolve().parents[1] / "articles" / "sample"


@pytest.fixture(scope="module")
def sample() -> dict[str, Article]:
    loaded = load_sample()
    return {a.id[:3]: a for a in loaded.articles}


def kinds(article: Article) -> list[BlockKind]:
    return [p.kind for p in article.paragraphs]


def first_text(article: Article, kind: BlockKind) -> str:
    return next(article.paragraph_text(p) for p in article.paragraphs if p.kind is kind)


def test_every_sample_article_has_a_headline_and_a_body(sample: dict[str, Article]) -> None:
    assert len(sample) == 5
    for article in sample.values():
        counts = Counter(kinds(article))
        assert counts[BlockKind.HEADLINE] == 1
        assert counts[BlockKind.BODY] >= 15
        assert article.headline == first_text(article, BlockKind.HEADLINE)
        # The reading cursor starts on running text, not on furniture.
        first_body = article.body_sentences[0]
        assert article.paragraphs[first_body.paragraph].kind is BlockKind.BODY


@pytest.mark.parametrize("key", ["000", "003", "004"])
def test_site_chrome_above_the_title_and_footer_are_folded(
    sample: dict[str, Article], key: str
) -> None:
    article = sample[key]
    k = kinds(article)
    assert k[0] is BlockKind.CHROME and k[1] is BlockKind.HEADLINE
    assert k[2] is BlockKind.STANDFIRST and k[3] is BlockKind.CAPTION
    assert k[-3:] == [BlockKind.CHROME] * 3  # newsletter box and publisher footer
    assert article.meta.outlet


def test_wire_story_byline_outlet_and_comment_section(sample: dict[str, Article]) -> None:
    article = sample["001"]
    k = kinds(article)
    assert k[:3] == [BlockKind.HEADLINE, BlockKind.META, BlockKind.CHROME]
    assert k[-3:] == [BlockKind.CHROME] * 3
    assert article.meta.byline and " and " in article.meta.byline
    assert BlockKind.SUBHEAD in k


def test_captions_and_agencies_credit(sample: dict[str, Article]) -> None:
    article = sample["002"]
    k = kinds(article)
    assert k[:2] == [BlockKind.HEADLINE, BlockKind.STANDFIRST]
    assert k[2:5] == [BlockKind.CAPTION] * 3
    assert k[-1] is BlockKind.META
    assert article.meta.outlet


def test_content_sentences_exclude_furniture(sample: dict[str, Article]) -> None:
    for article in sample.values():
        for sentence in article.content_sentences:
            kind = article.paragraphs[sentence.paragraph].kind
            assert kind.is_content
        furniture = [s for s in article.sentences if s not in article.content_sentences]
        assert furniture, "every sample page has some furniture"


@pytest.mark.parametrize("key", ["000", "002"])
def test_paragraph_numbers_never_go_backwards_and_captions_say_so(
    sample: dict[str, Article], key: str
) -> None:
    # paragraphs are numbered as a reader counts them, down the story's text: the
    # headline and standfirst say what they are, a caption between two paragraphs
    # reads "caption after ¶2", and the body goes on from ¶3
    article = sample[key]
    numbers = [article.paragraph_number(p.start) for p in article.paragraphs]
    assert numbers == sorted(numbers)
    body = [
        article.paragraph_number(p.start) for p in article.paragraphs if p.kind is BlockKind.BODY
    ]
    assert body == list(range(1, len(body) + 1))  # each story paragraph once
    for p in article.paragraphs:
        label = article.paragraph_label(p.start)
        if p.kind is BlockKind.BODY:
            assert label == f"¶{article.paragraph_number(p.start)}"
        elif p.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST):
            assert label == p.kind.value
        elif p.kind is BlockKind.CAPTION:
            number = article.paragraph_number(p.start)
            assert label == (f"caption after ¶{number}" if number else "caption before ¶1")
    first = article.paragraphs[0]
    if first.kind not in (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.STANDFIRST):
        assert article.paragraph_label(first.start, "paragraph ").endswith("before paragraph 1")


def test_a_second_copy_of_an_article_keeps_its_headline(tmp_path: Path) -> None:
    """A syndicated copy saved twice: its lines recur in the copy, not across outlets,
    so they are no page furniture (the headline became chrome in both copies)."""
    from articles.ingest import load_paths

    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    for path in seeds:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / ("zz_copy_" + seeds[2].name)).write_bytes(seeds[2].read_bytes())
    alone = {a.id: a.meta.headline for a in load_paths([SEEDS]).articles}
    doubled = load_paths([tmp_path]).articles
    original, copy = (a for a in doubled if a.id.endswith(seeds[2].stem))
    assert original.meta.headline == copy.meta.headline == alone[seeds[2].stem]
    assert [p.kind for p in original.paragraphs] == [p.kind for p in copy.paragraphs]
