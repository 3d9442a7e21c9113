"""Annotation verbs of the reader: tag, annotate, edit, delete, jump, undo, search.

A base class of :class:`tui.screens.reader.ReaderScreen`, split out so that
each file holds one area of behaviour; it relies on the reader's ``panes``,
``active_pane`` and ``article_set``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.color import Color
from rich.style import Style
from textual import work
from textual.binding import Binding, BindingType
from textual.screen import Screen

if TYPE_CHECKING:
    from tui.app import BriefReaderApp
    from tui.dialogs.annotate import AnnotationDraft
    from tui.dialogs.export_dialog import ExportRequest
    from tui.widgets.tags_panel import TagsPanel

from articles.annotation import Anchor, Annotation, new_id, now
from articles.model import ArticleSet
from articles.wording import counted
from tui.labels import article_name, article_names
from tui.widgets.article_pane import ArticlePane, Mark

UNTAGGED_COLOUR = "#9a9996"


def tag_style(colour: str, overlap: bool) -> Style:
    """A readable background tint of the tag's colour; overlapping ones also underline."""
    try:
        base = Color.parse(colour).get_truecolor()
    except Exception:
        base = Color.parse(UNTAGGED_COLOUR).get_truecolor()
    tint = Color.from_rgb(base.red * 0.45, base.green * 0.45, base.blue * 0.45)
    return Style(bgcolor=tint, underline=overlap)


class AnnotatingScreen(Screen[None]):
    """The annotation and search half of the reader screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "t",
            "tag",
            "Tag",
            id="annotate.tag",
            tooltip="Tag the selection or the current sentence",
        ),
        Binding(
            "a",
            "annotate",
            "Annotate",
            id="annotate.annotate",
            tooltip="Write a note and tags for the selection or current sentence "
            "(edits the annotation under the cursor)",
        ),
        Binding(
            "E",
            "edit_annotation",
            "Edit annotation",
            id="annotate.edit",
            show=False,
            tooltip="Edit the note and tags of the annotation under the cursor",
        ),
        Binding(
            "D",
            "delete_annotation",
            "Delete annotation",
            id="annotate.delete",
            show=False,
            tooltip="Delete the annotation under the cursor (u undoes)",
        ),
        Binding(
            "n",
            "jump_annotation(1)",
            "Next annotation",
            id="annotate.next",
            show=False,
            tooltip="Jump to the next annotation in this pane",
        ),
        Binding(
            "N",
            "jump_annotation(-1)",
            "Previous annotation",
            id="annotate.prev",
            show=False,
            tooltip="Jump to the previous annotation in this pane",
        ),
        Binding(
            "u",
            "undo",
            "Undo",
            id="annotate.undo",
            show=False,
            tooltip="Undo the last change: an annotation, a tag rename or merge, a claim decision",
        ),
        Binding(
            "e",
            "export",
            "Export",
            id="annotate.export",
            tooltip="Export tagged passages (Markdown brief, CSV, JSON, codebook)",
            show=False,  # the footer keeps room for Quit and Help at 80 columns
        ),
        Binding(
            "4",
            "show_tab('tags')",
            "Tags tab",
            id="reader.tab_tags",
            show=False,
            tooltip="Open the Tags tab of the side panel",
        ),
        Binding("slash", "search", "Search", id="search.start", tooltip="Search all open articles"),
        Binding(
            "greater_than_sign,f3",
            "jump_match(1)",
            "Next match",
            id="search.next",
            show=False,
            tooltip="Go to the next search match (across articles)",
        ),
        Binding(
            "escape",
            "clear_search",
            "Clear search",
            id="search.clear",
            show=False,
            tooltip="Drop the search highlights (n / N jump between annotations again)",
        ),
        Binding(
            "less_than_sign,shift+f3",
            "jump_match(-1)",
            "Previous match",
            id="search.prev",
            show=False,
            tooltip="Go to the previous search match (across articles)",
        ),
    ]

    article_set: ArticleSet
    active_pane: ArticlePane | None

    def __init__(self) -> None:
        super().__init__()
        self.search_term = ""
        self.matches: list[tuple[str, int, int]] = []
        """(article_id, start, end) of every match of the search, in set order."""
        self.match_index = -1
        self._tags_shown: set[str] = set()

    # The reader provides these.
    @property
    def panes(self) -> list[ArticlePane]:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_article(self, article, pane=None) -> None:  # type: ignore[no-untyped-def]  # pragma: no cover
        raise NotImplementedError

    def update_status(self, pane: ArticlePane) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def refresh_tags(self) -> None:
        """The tags or annotations changed: refill the Tags panel."""
        if self.store is None:
            return
        named = article_names(self.article_set)
        labels = {a.id: f"{named[a.id]}: {a.title}" for a in self.article_set.articles}
        # By type name: the panel's module loads with the side panel, after the first frame.
        panel = cast("TagsPanel | None", next(iter(self.query("TagsPanel")), None))
        if panel is None:
            return  # not mounted yet: PanelReady will fill it
        tags = self.store.tags()
        panel.show(tags, self.store.annotations(), labels)
        names = {t.name for t in tags}
        if names - self._tags_shown:
            # New tags open up; otherwise the user's folding is kept.
            panel.root.expand_all()
        self._tags_shown = names

    # Panel messages are handled by name (on_<panel>_<message>), not with @on(...):
    # the panel modules are imported with the side panel, after the first frame.
    def on_tags_panel_delete_requested(self, event: TagsPanel.DeleteRequested) -> None:
        annotation = self.store.annotation(event.annotation_id) if self.store else None
        if annotation is None or not self._writable():
            return
        if not self._stored(lambda: self.store.delete_annotation(annotation.id), "delete"):
            return
        self.notify("Annotation deleted (u undoes)", timeout=3)
        self.redecorate_annotations()

    def on_tags_panel_passage_chosen(self, event: TagsPanel.PassageChosen) -> None:
        annotation = self.store.annotation(event.annotation_id) if self.store else None
        if annotation is None:
            return
        if event.orphaned or annotation.orphaned:
            self.notify(
                "This passage is orphaned: its text is no longer in the article. "
                f"It read: “{annotation.anchor.exact[:80]}”",
                severity="warning",
                timeout=8,
            )
            return
        article = self.article_set.by_id(annotation.anchor.article_id)
        if article is None:
            self.notify("Its article is not open.", severity="warning")
            return
        pane = next((p for p in self.panes if p.article.id == article.id), None)
        if pane is None:
            self.show_article(article)
            pane = self.active_pane
        if pane is not None:
            pane.move_cursor_to_offset(annotation.anchor.start, center=True)

    def _edit_tag(self, mode: str, tag: str) -> None:
        from tui.dialogs.tag_edit import TagEditDialog

        if not self._writable():
            return
        known = self.known_tags()

        def done(value: str | None) -> None:
            if not value:
                return
            try:
                if mode == "rename":
                    count = self.store.rename_tag(tag, value)
                    message = f"Renamed {tag} to {value} on {count} annotation(s)"
                elif mode == "merge":
                    count = self.store.merge_tags(tag, value)
                    message = f"Merged {tag} into {value} ({count} annotation(s))"
                else:
                    self.store.set_tag_colour(tag, value)
                    message = f"{tag} is now {value}"
            except Exception as error:  # the store explains (read-only, disk)
                self.notify(f"Could not change the tag: {error}", severity="error")
                return
            self.notify(message, timeout=3)
            for pane in self.panes:
                self.decorate(pane)
            self.redecorate_annotations()

        self.app.push_screen(
            TagEditDialog(mode, tag, known, self.store.tag_colour(tag)),  # type: ignore[arg-type]
            done,
        )

    def on_tags_panel_rename_requested(self, event: TagsPanel.RenameRequested) -> None:
        self._edit_tag("rename", event.tag)

    def on_tags_panel_merge_requested(self, event: TagsPanel.MergeRequested) -> None:
        self._edit_tag("merge", event.tag)

    def on_tags_panel_recolour_requested(self, event: TagsPanel.RecolourRequested) -> None:
        self._edit_tag("recolour", event.tag)

    def decorate(self, pane: ArticlePane) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # ------------------------------------------------------------------ export

    def action_export(self, again: ExportRequest | None = None) -> None:
        """The export dialog (``again``: filled in as a request that failed)."""
        from tui.dialogs.export_dialog import ExportDialog

        if self.store is None:
            self.notify("No store is open: nothing to export.", severity="error")
            return

        def done(request: ExportRequest | None) -> None:
            if request is not None:
                self.export(request)

        dialog = (
            ExportDialog(self.known_tags(), again.format, again.tags, again.path, retry=True)
            if again is not None
            else ExportDialog(self.known_tags())
        )
        self.app.push_screen(dialog, done)

    def _export_failed(self, request: ExportRequest, reason: str) -> None:
        self.notify(
            f"Export failed: cannot write {request.path}: {reason}. The dialog keeps your "
            "choices: try another place, or again once the problem is solved.",
            severity="error",
            timeout=12,
        )
        self.action_export(request)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, request: ExportRequest) -> None:
        """Render and write the export off the UI thread; say where it went."""
        from tui.commands.export import build_export, write_file

        try:
            with cast("BriefReaderApp", self.app).working(droppable=False):
                result = build_export(
                    self.store, self.article_set, request.format, tags=request.tags
                )
                write_file(Path(request.path), result.text.encode("utf-8"))
        except OSError as error:
            reason = error.strerror or str(error)  # ("No space left on device", not "[Errno 28]")
            self.app.call_from_thread(self._export_failed, request, reason)
            return
        except ValueError as error:
            self.app.call_from_thread(self._export_failed, request, str(error))
            return
        self.app.call_from_thread(
            self.notify, f"Wrote {result.counted} to {request.path}", timeout=8
        )

    # ------------------------------------------------------------------ store access

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.app.store  # type: ignore[attr-defined]

    def _writable(self) -> bool:
        if self.store is None:
            self.notify("No store is open: annotations cannot be saved.", severity="error")
            return False
        if self.store.read_only:
            self.notify(
                "The store is open read-only (" + (self.store.notice or "see above") + ").",
                severity="warning",
            )
            return False
        return True

    def annotations_of(self, article_id: str) -> list[Annotation]:
        if self.store is None:
            return []
        found = [a for a in self.store.annotations(article_id) if not a.orphaned]
        return sorted(found, key=lambda a: (a.anchor.start, a.anchor.end))

    def known_tags(self) -> list[str]:
        return [t.name for t in self.store.tags()] if self.store is not None else []

    def annotation_at(self, pane: ArticlePane) -> Annotation | None:
        """The annotation under the caret, else one overlapping the current sentence."""
        annotations = self.annotations_of(pane.article.id)
        here = [a for a in annotations if a.anchor.start <= pane.point < a.anchor.end]
        if here:
            return min(here, key=lambda a: a.anchor.end - a.anchor.start)
        sentence = pane.sentence
        if sentence is None:
            return None
        return next(
            (
                a
                for a in annotations
                if a.anchor.start < sentence.end and a.anchor.end > sentence.start
            ),
            None,
        )

    def annotation_marks(self, pane: ArticlePane) -> list[Mark]:
        marks: list[Mark] = []
        ends: list[int] = []
        annotations = self.annotations_of(pane.article.id)
        colours = {t.name: t.colour for t in self.store.tags()} if annotations else {}
        for annotation in annotations:
            colour = colours.get(annotation.tags[0], UNTAGGED_COLOUR) if annotation.tags else ""
            colour = colour or UNTAGGED_COLOUR
            overlap = any(end > annotation.anchor.start for end in ends)
            marks.append(
                Mark(annotation.anchor.start, annotation.anchor.end, tag_style(colour, overlap))
            )
            ends.append(annotation.anchor.end)
        return marks

    def annotation_status(self, pane: ArticlePane) -> str:
        annotation = self.annotation_at(pane)
        if annotation is None:
            return ""
        note = " ".join(annotation.note.split())
        note = note if len(note) <= 50 else note[:49] + "…"
        tags = ", ".join(annotation.tags)
        # how many others lie here too (overlapping passages): E and D act on this one
        here = pane.sentence
        others = (
            sum(
                1
                for a in self.annotations_of(pane.article.id)
                if a.id != annotation.id and a.anchor.start < here.end and a.anchor.end > here.start
            )
            if here is not None
            else 0
        )
        more = f" (+{others} more here)" if others else ""
        if annotation.reworded_from:
            # the article changed these words since: what was annotated is in exports
            more += " · reworded since annotated"
        # tags first: short, and what the user scans for
        return "✎ " + " ".join(x for x in (f"[{tags}]" if tags else "", note) if x) + more

    def redecorate_annotations(self) -> None:
        for pane in self.panes:
            pane.set_marks("annotations", self.annotation_marks(pane))
        if self.active_pane is not None:
            self.update_status(self.active_pane)
        self.refresh_tags()

    # ------------------------------------------------------------------ verbs

    def _target(self) -> tuple[ArticlePane, int, int] | None:
        pane = self.active_pane
        if pane is None:
            return None
        span = pane.target_span()
        if span is None:
            return None
        return pane, span[0], span[1]

    def _save(self, annotation: Annotation, message: str) -> bool:
        """Save ``annotation`` and say so; False (and why) when it could not be saved,
        for the caller to open its dialog again on what was typed (nothing lost)."""
        try:
            self.store.save_annotation(annotation)
        except Exception as error:  # disk full, lost lock: say so, keep the reader alive
            self.notify(
                f"Could not save: {error}. What you typed is kept in the dialog: "
                "save again once the problem is solved, or escape to drop it.",
                severity="error",
                timeout=15,
            )
            return False
        self.notify(message, timeout=3)
        if self.active_pane is not None and self.active_pane.selection_span():
            self.active_pane.action_cancel_selection()
        self.redecorate_annotations()
        return True

    def _stored(self, change: Callable[[], object], what: str) -> bool:
        """Make one change to the store; False, and why, when it could not be written."""
        try:
            change()
        except Exception as error:  # disk full, lost lock: say so, keep the reader alive
            self.notify(f"Could not {what}: {error}", severity="error", timeout=10)
            return False
        return True

    def _new_annotation(
        self, pane: ArticlePane, start: int, end: int, note: str, tags: Sequence[str]
    ) -> Annotation:
        article = pane.article
        anchor = Anchor.from_text(
            article.id,
            article.content_hash,
            article.text,
            start,
            end,
            self.article_set.place(article),
        )
        return Annotation(id=new_id(), anchor=anchor, note=note, tags=tuple(tags))

    def _existing_on_span(self, pane: ArticlePane, start: int, end: int) -> Annotation | None:
        return next(
            (
                a
                for a in self.annotations_of(pane.article.id)
                if (a.anchor.start, a.anchor.end) == (start, end)
            ),
            None,
        )

    def action_tag(self) -> None:
        target = self._target()
        if target is None or not self._writable():
            return
        pane, start, end = target
        existing = self._existing_on_span(pane, start, end)
        initial = ", ".join(existing.tags) + ", " if existing and existing.tags else ""

        def done(tags: tuple[str, ...] | None) -> None:
            if tags is None:
                return
            saved = True
            if existing is not None and not tags and not existing.note.strip():
                # no tags and no note left: nothing to keep (an empty row in every export)
                if not self._stored(lambda: self.store.delete_annotation(existing.id), "delete"):
                    return
                self.notify("Tags cleared: the annotation had no note, so it is gone (u undoes)")
                self.redecorate_annotations()
            elif existing is not None:
                saved = self._save(replace(existing, tags=tags, modified=now()), "Tags saved")
            elif tags:
                saved = self._save(
                    self._new_annotation(pane, start, end, "", tags), f"Tagged: {', '.join(tags)}"
                )
            if not saved:
                # the typed tags again, to save once there is room
                ask(", ".join(tags) + ", ", retry=True)

        def ask(typed: str, retry: bool = False) -> None:
            from tui.dialogs.tag_prompt import TagPrompt

            self.app.push_screen(
                TagPrompt(pane.article.text[start:end], self.known_tags(), typed, retry=retry),
                done,
            )

        ask(initial)

    def action_annotate(self) -> None:
        pane = self.active_pane
        if pane is not None and pane.selection_span() is None:
            existing = self.annotation_at(pane)
            if existing is not None:
                self.action_edit_annotation()
                return
        target = self._target()
        if target is None or not self._writable():
            return
        pane, start, end = target

        def done(draft: AnnotationDraft | None) -> None:
            if draft is None:
                return
            if not draft.note and not draft.tags:
                self.notify("Nothing saved: the note and the tags were empty.", timeout=3)
                return
            annotation = self._new_annotation(pane, start, end, draft.note, draft.tags)
            if not self._save(annotation, "Annotation saved"):
                ask(draft)

        def ask(draft: AnnotationDraft | None) -> None:
            from tui.dialogs.annotate import AnnotateDialog

            self.app.push_screen(
                AnnotateDialog(
                    pane.article.text[start:end],
                    self.known_tags(),
                    draft.note if draft else "",
                    draft.tags if draft else (),
                    retry=draft is not None,
                ),
                done,
            )

        ask(None)

    def action_edit_annotation(self) -> None:
        pane = self.active_pane
        annotation = self.annotation_at(pane) if pane is not None else None
        if pane is None or annotation is None:
            self.notify("The cursor is not on an annotation.", timeout=3)
            return
        if not self._writable():
            return

        def done(draft: AnnotationDraft | None) -> None:
            if draft is None:
                return
            changed = replace(annotation, note=draft.note, tags=draft.tags, modified=now())
            if not self._save(changed, "Annotation updated"):
                ask(draft.note, draft.tags, retried=True)

        def ask(note: str, tags: Sequence[str], retried: bool = False) -> None:
            from tui.dialogs.annotate import AnnotateDialog

            self.app.push_screen(
                AnnotateDialog(
                    annotation.anchor.exact,
                    self.known_tags(),
                    note,
                    tags,
                    title="Edit annotation",
                    retry=retried,
                ),
                done,
            )

        ask(annotation.note, annotation.tags)

    def action_delete_annotation(self) -> None:
        pane = self.active_pane
        annotation = self.annotation_at(pane) if pane is not None else None
        if annotation is None:
            self.notify("The cursor is not on an annotation.", timeout=3)
            return
        if not self._writable():
            return
        if not self._stored(lambda: self.store.delete_annotation(annotation.id), "delete"):
            return
        self.notify("Annotation deleted (u undoes)", timeout=3)
        self.redecorate_annotations()

    def action_undo(self) -> None:
        if not self._writable():
            return
        touched = {a.anchor.article_id: a for a in self.store.undo_touches()}
        result: list[str | None] = []
        if not self._stored(lambda: result.append(self.store.undo_last()), "undo"):
            return
        undone = result[0]
        if undone is None:
            self.notify("Nothing to undo.", timeout=3)
            return
        self.redecorate_annotations()
        self.after_undo()
        # show where: the passage in its pane, else name the article it was in
        shown = {p.article.id: p for p in self.panes}
        if len(touched) == 1:
            ((article_id, annotation),) = touched.items()
            pane = shown.get(article_id)
            if pane is not None:
                pane.move_cursor_to_offset(annotation.anchor.start, center=True)
            else:
                undone += f" in {article_name(self.article_set, article_id)}"
        self.notify(f"Undone: {undone}", timeout=3)

    def after_undo(self) -> None:
        """What else an undo may have changed (the claims screen's decisions)."""

    def action_jump_annotation(self, step: int) -> None:
        if self.matches:
            # While a search is shown, n / N walk its matches (escape clears it).
            self.action_jump_match(step)
            return
        pane = self.active_pane
        if pane is None:
            return
        annotations = self.annotations_of(pane.article.id)
        if step > 0:
            target = next((a for a in annotations if a.anchor.start > pane.point), None)
        else:
            target = next((a for a in reversed(annotations) if a.anchor.start < pane.point), None)
        if target is None:
            self.notify("No more annotations in this direction.", timeout=2)
            return
        pane.move_cursor_to_offset(target.anchor.start, center=False)

    # ------------------------------------------------------------------ search

    def action_search(self) -> None:
        def done(term: str | None) -> None:
            if term:
                self.run_search(term)

        from tui.dialogs.text_prompt import TextPrompt

        self.app.push_screen(
            TextPrompt(
                "Search all open articles",
                self.search_term,
                placeholder="words to find",
                hint="enter: search · then n (or >) next match, N (or <) previous, esc clears",
            ),
            done,
        )

    def run_search(self, term: str) -> None:
        """Find ``term`` (case-insensitive, literal) in every open article."""
        self.search_term = term
        pattern = re.compile(re.escape(term), re.IGNORECASE)
        self.matches = [
            (article.id, m.start(), m.end())
            for article in self.article_set.articles
            for m in pattern.finditer(article.text)
        ]
        self.match_index = -1
        self._mark_matches()
        if not self.matches:
            self.notify(f"“{term}” is not in any open article.", timeout=4)
            return
        articles = len({m[0] for m in self.matches})
        self.notify(
            f"“{term}”: {counted(len(self.matches), 'match', 'matches')} in "
            f"{counted(articles, 'article')}; "
            "n next, N previous, esc clears",
            timeout=5,
        )
        self.action_jump_match(1)

    def action_clear_search(self) -> None:
        if not self.matches:
            return
        self.matches = []
        self.match_index = -1
        self._mark_matches()
        self.notify("Search cleared", timeout=1.5)

    def _mark_matches(self) -> None:
        style = Style(reverse=True, bold=True)
        for pane in self.panes:
            pane.set_marks(
                "search", [Mark(s, e, style) for a, s, e in self.matches if a == pane.article.id]
            )

    def action_jump_match(self, step: int) -> None:
        if not self.matches:
            self.notify("No search: press / to search all open articles.", timeout=3)
            return
        pane = self.active_pane
        # Continue from the caret when the active pane's article has matches.
        if pane is not None and self.match_index == -1:
            here = [i for i, m in enumerate(self.matches) if m[0] == pane.article.id]
            after = [i for i in here if self.matches[i][1] >= pane.point]
            self.match_index = (after[0] if after else (here[0] if here else 0)) - step
        self.match_index = (self.match_index + step) % len(self.matches)
        article_id, start, _end = self.matches[self.match_index]
        showing = next((p for p in self.panes if p.article.id == article_id), None)
        if showing is None:
            article = self.article_set.by_id(article_id)
            if article is None:
                return
            self.show_article(article)
            showing = self.active_pane
            self._mark_matches()
        if showing is not None:
            showing.move_cursor_to_offset(start, center=True)
            showing.focus()
        self.notify(f"Match {self.match_index + 1}/{len(self.matches)}", timeout=1.5)
