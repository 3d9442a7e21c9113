"""The literal pre-checks in front of the layout expressions never change a verdict.

``articles.layout`` skips CHROME_RE, WEAK_CHROME_RE and CAPTION_RE on lines
that hold none of their literal keys (a speed-up).  These tests compare the
public predicates with a reference that always runs the expressions, on the
furniture phrases each alternative stands for, on case variants (including
characters that case-insensitive matching equates with ASCII letters), and on
every line of the bundled sample.  A new alternative without a key fails here
once one of its phrases is added to ``PHRASES``.
"""

from __future__ import annotations

import pytest

from articles import layout
from articles.ingest import load_sample

PHRASES = [
    "For an optimal experience visit our site on another browser.",
    "Please enable JavaScript in your browser to read this page",
    "The spokesman gives a briefing in Washington.Nicholas Kamm / AFP - Getty Images",
    "Scaffolding remains in place, April 16, 2019./Philippe Lopez | AFP | Getty Images",
    "Skip to main content", "Sign up to our newsletter", "Newsletters", "Sign in",
    "Subscribe now", "Subscription offers", "For subscribers", "Log in", "Login", "Log out",
    "Sort by newest", "Share this article", "Share on Facebook", "Follow us on X",
    "Advertisement", "All rights reserved", "© 2024 The Courier", "Read more", "Read next",
    "Read later", "Part of the USA TODAY Network", "A member of the Gannett network",
    "Copy Link copied", "Acquire Licensing Rights", "The Guardian - Back to home",
    "Maui Wildfires: Complete coverage", "Gift Article",
    "Related articles", "Related stories", "Related topics", "Click here", "Most read",
    "Most popular", "Most viewed", "Most shared", "Republish this story", "Reuse this content",
    "Terms of use", "Terms of service", "Terms and conditions", "Privacy policy",
    "Privacy notice", "Download our app", "Download the app", "Back to top", "Main menu",
    "Jump to comments", "Watch live", "Support our journalism", "Delivered to your inbox",
    "This article is more than 5 years old", "Join the conversation", "Print this page",
    "Email this story", "Show more", "Load more", "Comments (12)", "Cookies", "Copyright",
    "Sponsored", "Donate", "Morning briefing", "Photo: AFP", "Image: Reuters",
    "Pictures: Getty", "Caption: the square", "Credit: Jane Doe", "File photo: the port",
    "A video grab shows the strike", "A screengrab from state TV", "A screenshot of the post",
    "Pictured: the minister", "Above: the site", "Illustration credit: Studio",
    "Rescue workers at the scene (AFP)", "The minister in 2019 [Reuters/Getty]",
    "The port at dawn (Getty Images)", "A man walks past (Jane Doe)",
    "Win McNamee/Getty Images", "Jane Doe/AP", "Summit 2 - Getty - H 2017",
    "Grenfell Tower fire in pictures", "The flood in photos", "The week in images",
    "Courtesy of Mariah Bush, Redding Record Searchlight", "Photo courtesy of the family",
    "Hide Ad", "Skip ad", "Close ad", "Stefan Rousseau - PA Images via Getty Images",
]  # fmt: skip
FOLD_TWINS = str.maketrans({"s": "ſ", "i": "ı", "I": "İ", "k": "\u212a"})


def reference_chrome(line: str) -> bool:
    """is_chrome_words as it reads without pre-checks."""
    strong = {m.group(0).casefold() for m in layout.CHROME_RE.finditer(line)}
    weak = {m.group(0).casefold() for m in layout.WEAK_CHROME_RE.finditer(line)}
    if (" | " in line or "  " in line) and layout.is_nav(line):
        return True
    if not layout.is_prose(line):
        if strong or layout.is_nav(line) or layout.CHROME_IMPERATIVE_RE.match(line):
            return True
        return bool(weak) and (layout.words(line) <= 3 or layout.addresses_reader(line))
    if layout.words(line) >= 60:
        return False
    if layout.CHROME_IMPERATIVE_RE.match(line):
        return True
    hits = strong | weak
    return bool(hits) and (layout.addresses_reader(line) or len(hits) >= 2)


def reference_caption(line: str) -> bool:
    """is_caption as it reads without pre-checks."""
    if layout.CAPTION_RE.search(line):
        return True
    match = layout.CREDIT_RE.search(line)
    if match is None or layout.words(line) > 60:
        return False
    return bool(
        layout.CREDIT_WORDS_RE.search(match.group("credit")) or layout.CAPTION_WORDS_RE.search(line)
    )


def variants(phrase: str) -> list[str]:
    """The phrase as written, in capitals, with case-fold twins, and inside prose."""
    return [
        phrase,
        phrase.upper(),
        phrase.translate(FOLD_TWINS),
        f"Officials said on Monday that {phrase} was not the point, your view aside.",
    ]


@pytest.mark.parametrize("phrase", PHRASES)
def test_prechecks_keep_every_verdict_on_furniture(phrase: str) -> None:
    for line in variants(phrase):
        assert layout.is_chrome_words(line) == reference_chrome(line), line
        assert layout.is_caption(line) == reference_caption(line), line


def test_phrases_are_furniture() -> None:
    """The phrases exercise the expressions (else the comparison above proves nothing)."""
    furniture = [p for p in PHRASES if reference_chrome(p) or reference_caption(p)]
    assert len(furniture) >= len(PHRASES) - 4


def test_page_keys_keep_every_verdict_on_a_page() -> None:
    """Per-page keys (what the classifier uses) agree with the full check on each line."""
    lines = [line for p in PHRASES for line in variants(p)]
    keys = layout._Keys.of_page(lines)
    for line in lines:
        assert layout._chrome_words(line, keys) == reference_chrome(line), line
        assert layout._caption(line, keys) == reference_caption(line), line


def test_prechecks_keep_every_verdict_on_the_sample() -> None:
    for article in load_sample().articles:
        for paragraph in article.paragraphs:
            line = article.paragraph_text(paragraph)
            assert layout.is_chrome_words(line) == reference_chrome(line), line
            assert layout.is_caption(line) == reference_caption(line), line


def test_normalise_line_matches_its_definition() -> None:
    import re

    for line in [*PHRASES, "  --Ünïcode_under score--  ", "ß and İstanbul", ""]:
        assert layout.normalise_line(line) == re.sub(r"\W+", " ", line.casefold()).strip()
