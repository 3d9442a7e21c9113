"""Pilot tests of quotations and claims in the reader: highlights, jumps, panels, matrix."""

from __future__ import annotations

from textual.color import Color
from textual.pilot import Pilot
from textual.widgets import DataTable

from articles.model import ArticleSet
from tests.claims_fixtures import REPORTED_TOLL, make_articles
from tests.reader_helpers import make_app, panes, reader, settle
from tui.colours import SPEAKER_COLOURS
from tui.screens.matrix import MatrixScreen
from tui.screens.variants import VariantsScreen
from tui.widgets.article_pane import ArticlePane
from tui.widgets.claims_panel import ClaimsPanel
from tui.widgets.quotes_panel import QuotesPanel


async def test_quotes_are_highlighted_in_speaker_colours_consistent_across_panes() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.analysis is not None
        styles = {}
        for pane in panes(app):
            marks = pane._marks["quotes"]
            quotes = screen.analysis.quotes.by_article(pane.article.id)
            assert len(marks) == len(quotes) > 0
            for mark, quote in zip(marks, quotes, strict=True):
                assert (mark.start, mark.end) == (quote.start, quote.end)
                if quote.speaker in styles:
                    assert styles[quote.speaker] == mark.style
                styles[quote.speaker] = mark.style
        # The colours are the screen's one map; the first speakers get distinct colours.
        assert all(screen._speaker_styles[k] == v for k, v in styles.items())
        first = screen.analysis.quotes.speakers()[: len(SPEAKER_COLOURS)]
        assert len({screen._speaker_styles[k].color for k in first}) == len(first)


async def test_bracket_jumps_walk_the_quotations_and_status_names_the_speaker() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        quotes = reader(app).analysis.quotes.by_article(pane.article.id)  # type: ignore[union-attr]
        after = [q for q in quotes if q.start > pane.point]
        await pilot.press("]")
        assert pane.point == after[0].start
        await pilot.press("]")
        assert pane.point == after[1].start
        await pilot.press("[")
        assert pane.point == after[0].start
        status = str(reader(app).query_one("#status").render())
        assert after[0].speaker is not None and after[0].speaker in status


async def test_a_narrow_status_line_keeps_the_speaker_and_ends_in_an_ellipsis() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("]")
        await pilot.pause()
        status = reader(app).query_one("#status")
        text = str(status.render())
        quote = reader(app).quote_at(panes(app)[0])
        assert quote is not None and quote.speaker
        shown = text.index(quote.speaker) + len(quote.speaker)
        assert shown < status.size.width - 2  # in view, before the quotation's words
        assert text.index(quote.speaker) < text.index("“")
        assert status.styles.text_wrap == "nowrap" and status.styles.text_overflow == "ellipsis"


async def test_choosing_an_utterance_shows_it_in_every_pane_that_carries_it() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        analysis = screen.analysis
        assert analysis is not None
        shown = {p.article.id for p in panes(app)}
        utterance = next(
            u
            for u in analysis.quotes.utterances()
            if shown <= {q.article_id for q in analysis.quotes.utterance_members(u)}
        )
        screen.post_message(QuotesPanel.UtteranceChosen(utterance))
        await pilot.pause()
        for pane in panes(app):
            member = next(
                q
                for q in analysis.quotes.utterance_members(utterance)
                if q.article_id == pane.article.id
            )
            assert pane.point == member.start


async def test_quotes_panel_lists_speakers_and_opens_variants() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        panel = reader(app).query_one(QuotesPanel)
        assert app.screen.focused is panel
        speakers = [str(node.label) for node in panel.root.children]
        assert len(speakers) >= 5
        await pilot.press("down", "down")  # first utterance of the most quoted speaker
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, VariantsScreen)
        assert len(app.screen.variants) >= 2
        # one version per article, and the title says so (qaQ W4: "4 version(s)" listed 3)
        articles = len(app.screen.variants)
        assert app.screen.title_text.endswith(f"in {articles} articles")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert reader(app).panes[0].point > 0


async def test_choosing_a_claim_highlights_members_and_marks_omitting_panes() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.claims
        first, second = panes(app)
        claim = next(
            c
            for c in screen.claims
            if first.article.id in c.article_ids and second.article.id not in c.article_ids
        )
        screen.show_claim(claim.id)
        await pilot.pause()
        members = [m for m in claim.members if m.article_id == first.article.id]
        assert [(m.start, m.end) for m in first._marks["claim"]] == [
            (m.start, m.end) for m in members
        ]
        assert first.sentence is not None and first.sentence.index == members[0].sentence
        assert second.has_class("-omits")
        assert "omits" in str(second.border_subtitle)
        assert not second._marks["claim"]
        # its sentence added to the claim: the pane no longer omits it, and its status
        # line names the claim at once
        second.focus()
        await pilot.pause()
        await pilot.press("equals_sign")
        await pilot.pause()
        assert not second.has_class("-omits") and "omits" not in str(second.border_subtitle)
        assert "claim in" in str(screen.query_one("#status").render())


async def test_a_pane_giving_the_claim_s_figure_elsewhere_shows_that_passage() -> None:
    """An article reporting the claim's toll in a sentence the claim does not group:
    its pane does not omit the claim, shows that sentence, and the toast counts it."""
    set_ = make_articles(REPORTED_TOLL)
    app = make_app(ArticleSet(set_))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        _first, second = panes(app)
        screen.show_article(set_[2], second)  # c, which reports a different toll
        fire = next(c for c in screen.claims if c.reported_by == ("c",))
        notices = len(app._notifications)
        screen.show_claim(fire.id)
        await pilot.pause()
        assert not second.has_class("-omits")
        (reported,) = fire.reported
        assert [(m.start, m.end) for m in second._marks["claim"]] == [
            (reported.start, reported.end)
        ]
        assert second.sentence is not None and second.sentence.index == reported.sentence
        toast = list(app._notifications)[notices:][-1].message
        assert toast.startswith("3 articles make this claim (1 give its figure")
        assert "omitted by 1 (" in toast  # named (qaP B1)
        (omitting,) = fire.omitted_by
        from tui.labels import article_name

        assert f"omitted by 1 ({article_name(app.article_set, omitting)})" in toast


async def test_a_pane_that_omits_the_claim_looks_unlike_the_focused_pane() -> None:
    # The omission border was the focus colour ($warning is $accent in the
    # default theme): with an omitting pane, the focused one could not be told.
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        first, second = panes(app)
        claim = next(
            c
            for c in screen.claims
            if first.article.id in c.article_ids and second.article.id not in c.article_ids
        )
        screen.show_claim(claim.id)
        first.focus()
        await pilot.pause()

        def look(pane: ArticlePane) -> tuple[str, Color]:
            return pane.styles.border_top

        focused, omitting = look(first), look(second)
        assert omitting != focused
        assert omitting[0] != focused[0]  # told apart without colour too
        assert omitting[1] != focused[1]
        second.focus()
        await pilot.pause()
        assert look(second) != omitting  # an omitting pane shows it has the focus
        assert look(second)[0] == omitting[0]  # and still that it omits the claim
        assert look(first) not in (look(second), omitting)
        assert "omits the chosen claim" in str(second.border_subtitle)


async def test_claims_panel_sorts_and_enter_jumps() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        panel = reader(app).query_one(ClaimsPanel)
        assert app.screen.focused is panel
        reaches = [c.reach for c in panel._sorted()]
        assert reaches == sorted(reaches, reverse=True)
        await pilot.press("j", "j", "o")
        assert panel.sort_by == "dispute"
        assert panel.highlighted == 0  # the new order is read from its top
        await pilot.press("o", "enter")
        await pilot.pause()
        assert reader(app).current_claim == panel._sorted()[0].id


async def test_the_claims_order_is_kept_for_the_next_launch() -> None:
    """'o' sorts by dispute; the next launch on the same store opens in that order (it
    was back in reach order: qaN D14)."""
    from store.db import Store

    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "o")
        await pilot.pause()
    again = make_app(store=store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        assert reader(again).query_one(ClaimsPanel).sort_by == "dispute"


async def test_coverage_matrix_has_a_row_per_claim_and_a_column_per_article() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        table = app.screen.query_one("#claims-matrix")
        assert table.row_count == len(reader(app).claims)  # type: ignore[attr-defined]
        assert len(table.columns) == 1 + len(app.article_set.articles)  # type: ignore[attr-defined]
        quotes_table = app.screen.query_one("#quotes-matrix")
        assert quotes_table.row_count > 10  # type: ignore[attr-defined]
        # j / k move through the rows as the arrows do
        await pilot.press("j", "j", "k")
        await pilot.pause()
        assert table.cursor_row == 1  # type: ignore[attr-defined]


async def test_the_matrix_marks_an_article_close_to_a_claim_apart_from_one_omitting_it() -> None:
    """An article with a sentence close to the claim (Claim.related) shows ?, not the
    omission dot; the line under the tables says what it means."""
    from textual.coordinate import Coordinate

    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        claims = reader(app).claims
        row, claim = next((i, c) for i, c in enumerate(claims) if c.related_by)
        column = 1 + [a.id for a in app.article_set.articles].index(claim.related_by[0])
        table = await _open_matrix(pilot)
        assert str(table.get_cell_at(Coordinate(row, column))).strip() == "?"
        assert "? maybe, in other words" in str(app.screen.query_one(".legend").render())
        table.cursor_coordinate = Coordinate(row, column)
        await pilot.pause()
        where = str(app.screen.query_one("#matrix-where").render())
        assert "may make it in other words" in where


async def test_the_matrix_names_the_figure_an_article_gives_apart() -> None:
    """qaP B8: the line under the tables said "gives a different figure" and was cut off
    before any figure; it now leads with the article's figure and the others'."""
    from textual.coordinate import Coordinate

    from articles.model import ArticleSet
    from tests.claims_fixtures import TOLL, make_articles
    from tui.screens.matrix import minority_articles

    texts = {**TOLL, "d": TOLL["b"].replace("Dozens dead", "Many dead")}
    app = make_app(ArticleSet(make_articles(texts)))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        claims = reader(app).claims
        row, claim = next((i, c) for i, c in enumerate(claims) if minority_articles(c))
        odd = sorted(minority_articles(claim))[0]
        column = 1 + [a.id for a in app.article_set.articles].index(odd)
        table = await _open_matrix(pilot)
        assert str(table.get_cell_at(Coordinate(row, column))).strip() == "≠"
        table.cursor_coordinate = Coordinate(row, column)
        await pilot.pause()
        where = str(app.screen.query_one("#matrix-where").render())
        (item,) = [d for d in claim.disagreement if odd in d.get("values", {})][:1]
        assert f": gives {item['values'][odd]}" in where.replace(",", "")
        assert "(others: " in where


def test_articles_of_one_outlet_are_named_apart() -> None:
    from articles.ingest import load_sample
    from tui.labels import article_name, article_names

    sample = load_sample()
    names = article_names(sample)
    assert len(set(names.values())) == len(sample.articles)  # two are Middle East Eye's
    first = sample.articles[0]
    assert names[first.id] == article_name(sample, first.id) == f"1 {first.meta.outlet}"
    assert article_name(sample, "not-open") == "not-open"


async def _open_matrix(pilot: Pilot) -> DataTable:
    """The analysis done, ``x`` pressed: the claims table of the coverage matrix."""
    await settle(pilot)
    await pilot.press("x")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MatrixScreen)
    return pilot.app.screen.query_one("#claims-matrix", DataTable)


async def test_the_matrix_of_many_articles_keeps_its_grid_in_view() -> None:
    # A legend naming 400 columns filled the dialog: the grid was out of reach.
    from articles.model import ArticleSet
    from tests.claims_synth import synthetic_articles

    app = make_app(ArticleSet(synthetic_articles(30, size=800)))
    async with app.run_test(size=(120, 40)) as pilot:
        table = await _open_matrix(pilot)
        legend = str(app.screen.query_one(".legend").render())
        assert "columns 1-30" in legend and len(legend) < 200
        assert table.region.height > 3


async def test_the_matrix_at_80_columns_keeps_its_labels_and_names_the_cursor_s_article() -> None:
    """20 articles at 80x24: the text column stays while the article columns scroll, and
    the line under the tables names the article of the cursor's column (7 of 20 columns
    showed, the labels scrolled away, and nothing named a column: qaN D7)."""
    from articles.model import ArticleSet
    from tests.claims_synth import synthetic_articles

    app = make_app(ArticleSet(synthetic_articles(20, size=600)))
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _open_matrix(pilot)
        assert table.fixed_columns == 1
        in_view = table.region.width
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths) <= in_view  # the label and all 20 articles at once
        for _ in range(20):
            await pilot.press("l")
        await pilot.pause()
        where = str(app.screen.query_one("#matrix-where").render())
        last = app.article_set.articles[-1]
        assert where.startswith(f"20 {last.meta.outlet or last.id}:")
        assert table.cursor_column == 20


async def test_an_article_of_another_story_is_not_shown_omitting_a_claim() -> None:
    """Two stories in one folder: a claim of one does not mark the other's pane as
    omitting it, and the matrix leaves that cell blank (both did: qaO D1, D2)."""
    from articles.model import ArticleSet
    from tests.claims_fixtures import TWO_STORIES, make_articles
    from tui.screens.matrix import OTHER_STORY

    app = make_app(ArticleSet(make_articles(TWO_STORIES)))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        dam = next(c for c in screen.claims if {"dam1", "dam2"} <= set(c.article_ids))
        for pane, article_id in zip(screen.panes, ("club1", "dam1"), strict=False):
            screen.show_article(app.article_set.by_id(article_id), pane)  # type: ignore[arg-type]
        await pilot.pause()
        screen.show_claim(dam.id)
        await pilot.pause()
        club_pane = next(p for p in screen.panes if p.article.id == "club1")
        assert not club_pane.has_class("-omits")
        await pilot.press("x")
        await pilot.pause()
        table = app.screen.query_one("#claims-matrix")
        row = next(
            r
            for r in range(table.row_count)  # type: ignore[attr-defined]
            if str(table.get_cell_at((r, 0))) == dam.summary  # type: ignore[attr-defined]
        )
        column = 1 + app.article_set.ids.index("club1")
        assert table.get_cell_at((row, column)) is OTHER_STORY  # type: ignore[attr-defined]


def test_a_matrix_of_too_many_articles_shows_the_panes_then_the_busiest() -> None:
    from itertools import pairwise

    from articles.claims import Claim, ClaimMember
    from articles.model import Article, Metadata
    from tui.screens.matrix import MAX_COLUMNS, matrix_columns

    ids = [f"a{n:03d}" for n in range(100)]
    articles = [Article(i, i, "t", (), (), Metadata(headline=i), content_hash="") for i in ids]
    busy = ids[50:90]  # the 40 articles making claims
    claims = [
        Claim(f"c{n}", "s", (ClaimMember(a, 0, 1, 0), ClaimMember(b, 0, 1, 0)), (a, b), tuple(ids))
        for n, (a, b) in enumerate(pairwise(busy))
    ]
    assert matrix_columns(claims, articles[:MAX_COLUMNS]) == list(range(MAX_COLUMNS))
    columns = matrix_columns(claims, articles, first=["a007", "a003"])
    assert len(columns) == MAX_COLUMNS and columns == sorted(columns)
    assert {3, 7} <= set(columns)  # the panes' articles, whatever they make
    assert set(columns) - {3, 7} <= set(range(50, 90))  # then the ones making claims


async def test_the_matrix_of_a_large_set_opens_with_a_bounded_grid() -> None:
    from articles.model import ArticleSet
    from tests.claims_synth import synthetic_articles
    from tui.screens.matrix import MAX_COLUMNS

    app = make_app(ArticleSet(synthetic_articles(60, size=400)))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        shown = [pane.article.id for pane in panes(app)]
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        table = app.screen.query_one("#claims-matrix")
        assert len(table.columns) == 1 + MAX_COLUMNS  # type: ignore[attr-defined]
        assert {app.article_set.ids.index(a) for a in shown} <= set(app.screen.columns)
        legend = str(app.screen.query_one(".legend").render())
        assert f"{MAX_COLUMNS} of 60 articles" in legend


async def test_a_decision_that_matches_no_claim_any_more_is_said_once() -> None:
    from dataclasses import replace

    from articles.claim_decisions import accept
    from store import Store
    from store.claim_decisions import save_decision

    store = Store.memory()
    gone = replace(
        accept("c000000000000"),
        anchors=(("c000000000000", (("nowhere", "A sentence no article holds."),)),),
    )
    save_decision(store, gone)
    app = make_app(store=store)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        said = [n.message for n in app._notifications if "no longer applies" in n.message]
        assert len(said) == 1 and said[0].startswith("1 claim decision")
        assert "“A sentence no article holds.”" in said[0]
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("y")  # another decision: the old one is not said again
        await pilot.pause()
        assert len(store.claim_decisions()) == 2
        said = [n.message for n in app._notifications if "no longer applies" in n.message]
        assert len(said) == 1


def test_the_matrix_marks_an_article_whose_passage_you_marked_disputing() -> None:
    """qaQ W1: a passage marked "disputes" was still drawn ● "makes it"."""
    from dataclasses import replace

    from articles.claims import analyse_claims
    from tests.claims_fixtures import TOLL, make_articles
    from tui.screens.matrix import claim_rows

    articles = make_articles(TOLL)
    claim = next(c for c in analyse_claims(articles) if len(c.article_ids) >= 2)
    disputer = claim.members[0].article_id
    members = tuple(
        replace(m, role="disputes") if m.article_id == disputer else m for m in claim.members
    )
    (row,) = claim_rows([replace(claim, members=members)], articles)
    column = 1 + [a.id for a in articles].index(disputer)
    assert str(row[column]).strip() == "✗"
