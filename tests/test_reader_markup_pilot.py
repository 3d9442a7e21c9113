"""Square brackets in what users and articles write are text, never markup.

Textual reads strings as markup in toasts, border titles, tree labels and
table cells: '[/b]' in a note, a tag, a search or a headline crashed the reader
(MarkupError), and a corrected outlet with one locked the user out of the set.
"""

from __future__ import annotations

from articles.ingest import RawText, build_articles
from articles.model import ArticleSet, BlockKind
from store import Store
from tests.reader_helpers import make_app, panes, reader, settle

BRACKETS = "see [/b] and [reverse]"


def _set() -> ArticleSet:
    texts = {
        "a": "Storm hits coast [/video] as thousands flee\n\nAFP [wire]\n\n"
        'Heavy rain fell on Monday. "We are ready [/i]," said Governor Mark [Bell].\n',
        "b": "Coast braces for storm [b]\n\n"
        'Heavy rain fell on Monday, officials said. "We are ready [/i]," Mark [Bell] said.\n',
    }
    articles = build_articles([RawText(k, f"test:{k}", v) for k, v in texts.items()])
    return ArticleSet(tuple(articles))


async def test_brackets_in_headlines_notes_tags_and_searches_are_shown_as_written() -> None:
    store = Store.memory()
    app = make_app(_set(), store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        assert "[/video]" in str(pane.border_title)
        # a note and a tag with brackets
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*BRACKETS, "tab", *"[/b]", "enter")
        await pilot.pause()
        (saved,) = store.annotations()
        assert saved.note == BRACKETS
        await pilot.press("j", "k")
        await pilot.pause()
        assert BRACKETS in str(reader(app).query_one("#status").render())
        # a search for brackets
        await pilot.press("/", *"[/b]", "enter")
        await pilot.pause()
        await pilot.press("escape")
        # the tags panel and the matrix list the tag and the articles as written
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_headlines_standfirsts_and_captions_are_styled_without_any_highlight() -> None:
    # Rich drops a Text's own style on a line without spans: plain headlines
    # and standfirsts rendered exactly as body text.
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[1]  # its cursor is not on the headline
        looks = {}
        for index, block in enumerate(pane._blocks):
            if block.kind_style in ("article-pane--headline", "article-pane--standfirst"):
                segments = [s for strip in pane._block_strips(index) for s in strip]
                looks[block.kind_style] = {
                    (bool(s.style and s.style.bold), bool(s.style and s.style.italic))
                    for s in segments
                    if s.text.strip()
                }
        assert looks["article-pane--headline"] == {(True, False)}
        if "article-pane--standfirst" in looks:
            assert (False, True) in looks["article-pane--standfirst"]


async def test_hard_wrapped_lines_and_tabs_are_drawn_as_spaces() -> None:
    # A line break inside a paragraph reached the terminal and tore the pane
    # (words lost); a tab left characters of the text shown before.
    texts = {
        "a": "Storm hits coast as\nthousands flee the area\n\n"
        "A powerful storm hit the coast on Monday,\nforcing 12,000 people to flee,\n"
        "officials said.\n",
        "b": "Storm hits coast\n\nA powerful\tstorm hit the coast on Monday and many fled.\n",
    }
    articles = build_articles([RawText(k, f"test:{k}", v) for k, v in texts.items()])
    app = make_app(ArticleSet(tuple(articles)))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        first, second = panes(app)[:2]
        assert first.article.headline == "Storm hits coast as thousands flee the area"
        for pane in (first, second):
            drawn = [
                segment.text
                for index in range(len(pane._blocks))
                for strip in pane._block_strips(index)
                for segment in strip
            ]
            assert not any(c in text for text in drawn for c in "\n\t\r")
        words = " ".join(
            "".join(s.text for s in strip)
            for i in range(len(first._blocks))
            for strip in first._block_strips(i)
        )
        assert "forcing 12,000 people to flee" in " ".join(words.split())


async def test_ctrl_c_says_how_to_quit_in_plain_words() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("to quit the app" in m for m in messages)
        assert not any("[b]" in m for m in messages)


async def test_a_first_sentence_standing_in_for_a_missing_title_is_shown_once() -> None:
    # A copied page with no title line: its first sentence-like paragraph names the
    # article in the list and the pane title, and the pane printed it twice.
    lede = "Meta, the parent of Facebook, has confirmed it plans to cut more than 11,000 jobs."
    texts = {
        "a": f"{lede}\n\nThe cuts will reduce its workforce by about 13%.\n",
        "b": "Meta cuts jobs\n\nMeta said on Wednesday it would cut 13% of its staff.\n",
    }
    articles = build_articles([RawText(k, f"test:{k}", v) for k, v in texts.items()])
    app = make_app(ArticleSet(tuple(articles)))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        first = panes(app)[0]
        assert first.article.headline == lede
        shown = [block.text for block in first._blocks]
        assert shown.count(lede) == 1


async def test_a_text_without_a_title_is_named_by_its_first_sentence_not_its_file() -> None:
    # A long first paragraph stands in for no title: the pane and the list name the
    # article by its first sentence, and the pane prints no file id as a headline.
    lede = (
        "In news that shook Silicon Valley on Friday, the chief executive of OpenAI was "
        "abruptly fired by the board, though no one yet knows quite why."
    )
    rest = " The board said he was not consistently candid in his communications with it."
    texts = {
        "002_newser": f"{lede}{rest} More details emerged over the weekend, as staff rallied "
        "behind him and investors pressed the board to explain itself.\n\n"
        "Greg Brockman, the company's president, quit hours later.\n",
        "b": "OpenAI fires Altman\n\nOpenAI said on Friday it had fired its chief executive.\n",
    }
    articles = build_articles([RawText(k, f"test:{k}", v) for k, v in texts.items()])
    app = make_app(ArticleSet(tuple(articles)))
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        first = panes(app)[0]
        assert not first.article.titled
        assert first.article.title.startswith("In news that shook Silicon Valley on Friday")
        assert first.article.title.endswith("…") and len(first.article.title) <= 101
        assert "002_newser" not in [block.text for block in first._blocks]
        assert "In news that shook Silicon Valley" in str(first.border_title)


async def test_a_markdown_headline_is_shown_once_and_a_page_title_gets_the_byline() -> None:
    # "# Bridge opens" in a .md file is the headline paragraph (its words, without the
    # heading's marks), not a second title;
    # a web page whose title opens its text shows outlet, byline and date under it
    raws = [
        RawText(
            "md", "test:md", "# Bridge opens\n\nThe bridge opened on Monday, the mayor said.\n"
        ),
        RawText(
            "page",
            "test:page",
            "New bridge open to traffic\n\nThe bridge opened on Monday, officials said.\n",
            title="New bridge open to traffic",
            outlet="Daily Planet",
            byline="Lois Lane",
        ),
    ]
    app = make_app(ArticleSet(tuple(build_articles(raws))))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        md, page = panes(app)
        shown = [block.text for block in md._blocks]
        assert shown.count("Bridge opens") == 1 and "# Bridge opens" not in shown
        assert page.article.paragraphs[0].kind is BlockKind.HEADLINE
        shown = [block.text for block in page._blocks]
        assert shown[0] == "New bridge open to traffic"
        assert "Daily Planet" in shown[1] and "Lois Lane" in shown[1]


async def test_a_quotation_keeps_its_speakers_colour_under_the_cursor() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        assert pane.cursor is not None
        sentence = pane.article.sentences[pane.cursor]
        quotes = [
            m for m in pane._marks.get("quotes", ()) if sentence.start <= m.start < sentence.end
        ]
        assert quotes, "the sample opens with the cursor on a quoted sentence"
        mark = quotes[0]
        index = next(
            i
            for i, b in enumerate(pane._blocks)
            if b.paragraph is not None and b.paragraph.start <= mark.start < b.paragraph.end
        )
        block = pane._blocks[index]
        assert block.paragraph is not None
        text = pane._styled(block)
        at = mark.start - block.paragraph.start
        style = text.get_style_at_offset(app.console, at)
        assert style.color == mark.style.color and style.bgcolor is not None


async def test_without_colours_the_cursor_is_reverse_video() -> None:
    """NO_COLOR: backgrounds all turn one grey; the cursor must still stand out from an
    annotated passage."""
    from tests.reader_helpers import make_app, panes, settle

    app = make_app()
    app.no_color = True
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        sentence = pane.article.sentences[pane.cursor]
        block = next(
            b for b in pane._blocks if b.paragraph and b.paragraph.index == sentence.paragraph
        )
        styled = pane._styled(block)
        assert any(span.style.reverse for span in styled.spans if not isinstance(span.style, str))
