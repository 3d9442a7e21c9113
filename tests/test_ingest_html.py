"""HTML input: the main text and metadata come from trafilatura, not a tag stripper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from articles.ingest import load_paths
from articles.model import Article, BlockKind

PAGE = Path(__file__).parent / "fixtures" / "html" / "page.html"


@pytest.fixture(scope="module")
def loaded_page() -> Article:
    loaded = load_paths([PAGE])
    assert loaded.skipped == ()
    (article,) = loaded.articles
    return article


def test_extracted_text_holds_the_article_and_not_the_nav(loaded_page: Article) -> None:
    text = loaded_page.text
    assert "The old river bridge reopened to traffic on Saturday morning" in text
    assert "whose trade fell by half while the bridge was closed" in text
    assert "Local buses will return to their normal routes" in text
    for furniture in ("Navlink", "Subscribe to the Valley Herald", "Footerline", "<p>"):
        assert furniture not in text


def test_metadata_from_the_page(loaded_page: Article) -> None:
    meta = loaded_page.meta
    assert "Bridge reopens after repairs" in meta.headline
    assert meta.outlet == "Valley Herald"
    assert meta.byline == "Sarah Lindqvist"
    assert meta.date == dt.date(2015, 10, 3)


def test_offsets_index_the_extracted_text(loaded_page: Article) -> None:
    article = loaded_page
    body = [p for p in article.paragraphs if p.kind is BlockKind.BODY]
    assert len(body) >= 3
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert article.sentence_text(sentence).strip()


def test_page_without_text_is_skipped_with_a_reason(tmp_path: Path) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<html><head></head><body><nav><a href='/'>Home</a></nav></body></html>")
    loaded = load_paths([page])
    assert loaded.articles == ()
    ((path, reason),) = loaded.skipped
    assert path == str(page) and "no article text" in reason


def test_html_in_a_folder_is_opened_next_to_text_files(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_bytes(PAGE.read_bytes())
    (tmp_path / "story.txt").write_text(
        "Bridge closes again\n\nThe bridge closed again on Sunday for checks.\n", encoding="utf-8"
    )
    loaded = load_paths([tmp_path])
    assert sorted(loaded.ids) == ["page", "story"]


def test_a_short_page_title_opening_the_text_is_its_headline(tmp_path: Path) -> None:
    # three words alone at the top, and in another file of the set too, read as site
    # furniture to the layout rules; the page says it is the title
    (tmp_path / "b.md").write_text(
        "# Mayor opens bridge\n\nThe bridge opened on Friday, the mayor said.\n", encoding="utf-8"
    )
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>Mayor opens bridge</title>"
        '<meta property="og:site_name" content="Daily Planet">'
        '<meta name="author" content="Lois Lane"></head><body><article>'
        "<h1>Mayor opens bridge</h1>"
        "<p>The mayor, Jane Smith, opened the new bridge on Friday.</p>"
        '<p>"This bridge connects our communities," Smith said. "It took ten years."</p>'
        "<p>Residents welcomed it.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article, _ = load_paths([tmp_path]).articles
    assert article.paragraphs[0].kind is BlockKind.HEADLINE
    assert article.meta.byline == "Lois Lane" and article.meta.outlet == "Daily Planet"


def test_a_page_of_short_lines_under_its_title_still_shows_them_all(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Results</title></head><body><main><h1>Results</h1><ul>"
        "<li>Alice Brown</li><li>Bob Green</li><li>Carol White</li><li>Dan Black</li>"
        "</ul></main></body></html>",
        encoding="utf-8",
    )
    (article,) = load_paths([page]).articles
    assert all(p.kind.is_content for p in article.paragraphs)
    assert "Dan Black" in article.text


def test_a_byline_with_its_date_gives_the_author_alone(tmp_path: Path) -> None:
    """trafilatura splits "By AFP | July 25, 2013" into "AFP; July"."""
    page = tmp_path / "crash.html"
    page.write_text(
        "<html><head><title>Spain crash train had no technical problems</title></head><body>"
        "<article><h1>Spain crash train had no technical problems</h1>"
        '<div class="byline">By AFP | July 25, 2013</div>'
        + "<p>The train that crashed near Santiago de Compostela had no technical problems, "
        "the rail operator said on Thursday, as investigators questioned the driver.</p>"
        * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    (article,) = load_paths([page]).articles
    assert article.meta.byline in ("AFP", None)
    assert "July" not in (article.meta.byline or "")


def test_the_visible_byline_names_the_co_author_the_meta_tag_leaves_out(
    tmp_path: Path,
) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(
        "<html><head><title>Baltimore bridge collapses</title>"
        '<meta name="author" content="Tom Hallett"></head><body><article>'
        "<h1>Baltimore bridge collapses</h1>"
        '<div class="byline">By <a href="/a/tom">Tom Hallett</a> and '
        '<a href="/a/priya">Priya Raman</a></div>'
        + "<p>The Francis Scott Key Bridge collapsed early on Tuesday after a container "
        "ship struck one of its supports, officials said.</p>" * 3 + "</article></body></html>",
        encoding="utf-8",
    )
    (article,) = load_paths([page]).articles
    assert article.meta.byline == "Tom Hallett and Priya Raman"
