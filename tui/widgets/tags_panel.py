"""The Tags tab: tags as a tree with colours and counts, their passages, and the orphans.

Hierarchical tags (``casualties/civilian``) nest under their parents.  Under a
tag come its passages across all open articles (article label and the
passage, shortened), then its child tags.  Two groups follow the tags when
they have members: "Untagged" (annotations with a note only) and "Orphaned"
(annotations whose text could not be found again; they are kept, never
dropped, and listed here so the user can see and fix them).

The panel holds no store: the screen calls :meth:`TagsPanel.show` with fresh
data after every change, and handles the messages the panel posts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.color import Color, ColorParseError
from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from articles.annotation import Annotation
from store.tags import TagInfo, default_colour
from tui.messages import PanelReady
from tui.shorten import shorten
from tui.widgets.list_keys import LIST_BINDINGS, TreeEnds

EntryKind = Literal["tag", "passage", "group", "note"]
UNTAGGED = "untagged"
ORPHANED = "orphaned"


@dataclass(frozen=True, slots=True)
class TagsEntry:
    """What a node of the panel stands for."""

    kind: EntryKind
    tag: str = ""
    """The tag path ("tag" nodes, and the tag a "passage" node is listed under)."""
    annotation_id: str = ""
    """The annotation of a "passage" node."""
    group: str = ""
    """"untagged" or "orphaned" for those groups and their passages."""
    orphaned: bool = False


def swatch_style(colour: str, tag: str) -> Style:
    """A foreground style in ``colour``; the tag's default colour if ``colour`` is not one."""
    try:
        return Style(color=Color.parse(colour))
    except ColorParseError:
        return Style(color=default_colour(tag))


class TagsPanel(TreeEnds[TagsEntry]):
    """Tags with counts and colours; passages under each tag; orphaned annotations."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_BINDINGS,
        Binding(
            "enter",
            "select_cursor",
            "Show passage",
            id="tags.show",
            show=False,
            tooltip="Open a tag, or show the tagged passage in a pane",
        ),
        Binding(
            "r",
            "rename",
            "Rename tag",
            id="tags.rename",
            tooltip="Rename the tag under the cursor (its child tags follow) everywhere",
        ),
        Binding(
            "m",
            "merge",
            "Merge tag",
            id="tags.merge",
            show=False,  # in help and the palette; the footer keeps Quit and Help
            tooltip="Fold the tag under the cursor into another tag",
        ),
        Binding(
            "o",
            "recolour",
            "Tag colour",
            id="tags.recolour",
            show=False,  # in help and the palette; the footer keeps Quit and Help
            tooltip="Choose the highlight colour of the tag under the cursor",
        ),
        Binding(
            "D",
            "delete_passage",
            "Delete annotation",
            id="tags.delete",
            show=False,  # in help and the palette; the footer keeps Quit and Help
            tooltip="Delete the annotation under the cursor, orphaned ones too (u undoes)",
        ),
    ]

    DEFAULT_CSS = """
    TagsPanel { height: 1fr; border: none; }
    """

    @dataclass
    class PassageChosen(Message):
        """Show this annotation's passage in its pane (an orphan has no place to show)."""

        annotation_id: str
        orphaned: bool = False

    @dataclass
    class DeleteRequested(Message):
        """Delete this annotation (the only way to discard an orphaned one)."""

        annotation_id: str

    @dataclass
    class RenameRequested(Message):
        """Ask the user for a new name for ``tag``."""

        tag: str

    @dataclass
    class MergeRequested(Message):
        """Ask the user which tag ``tag`` should be merged into."""

        tag: str

    @dataclass
    class RecolourRequested(Message):
        """Ask the user for a new colour for ``tag``."""

        tag: str

    def on_mount(self) -> None:
        # Panels mount lazily, after the first paint: ask the screen for their contents.
        self.post_message(PanelReady(self))

    def __init__(
        self, *, id: str | None = None, classes: str | None = None, read_only: bool = False
    ) -> None:
        super().__init__("Tags", id=id, classes=classes)
        self.read_only = read_only
        """Tags cannot be changed: the keys that would are shown dimmed and do nothing."""
        self.show_root = False
        self.guide_depth = 3
        self._show_empty()

    def _show_empty(self) -> None:
        self.root.add_leaf(
            Text("No tags yet: t tags the current sentence, a annotates it.", style="dim italic"),
            TagsEntry("note"),
        )

    # -- filling ---------------------------------------------------------------------------------

    def show(
        self,
        tags: Sequence[TagInfo],
        annotations: Sequence[Annotation],
        labels: Mapping[str, str],
    ) -> None:
        """Rebuild the tree from the store's tags and annotations, keeping what was open.

        ``labels`` maps an article id to a short label (outlet or headline); an id
        without one is shown as itself.
        """
        expanded = {node.data for node in self._all_nodes() if node.is_expanded}
        cursor_key = self.cursor_node.data if self.cursor_node is not None else None
        cursor_line = self.cursor_line
        self.clear()

        infos = {info.name: info for info in tags}
        paths: set[str] = set()
        for name in infos:
            parts = name.split("/")
            paths.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        passages: dict[str, list[Annotation]] = {}
        untagged: list[Annotation] = []
        orphaned: list[Annotation] = []
        for annotation in annotations:
            if annotation.orphaned:
                orphaned.append(annotation)
            if not annotation.tags and not annotation.orphaned:
                untagged.append(annotation)
            for tag in annotation.tags:
                passages.setdefault(tag, []).append(annotation)
                paths.add(tag)

        # in the order of the articles (``labels`` is in set order), then of the text:
        # sorting the labels put article 12 before article 3
        position = {article_id: n for n, article_id in enumerate(labels)}

        def order(annotation: Annotation) -> tuple[int, str, int, str]:
            article_id = annotation.anchor.article_id
            return (position.get(article_id, len(position)), article_id,
                    annotation.anchor.start, annotation.id)  # fmt: skip

        children: dict[str, list[str]] = {}
        for path in sorted(paths, key=str.casefold):
            parent = path.rpartition("/")[0]
            children.setdefault(parent, []).append(path)

        def add_tag(parent: TreeNode[TagsEntry], path: str) -> None:
            node = parent.add(self._tag_label(path, infos.get(path)), TagsEntry("tag", tag=path))
            for annotation in sorted(passages.get(path, ()), key=order):
                self._add_passage(node, annotation, labels, tag=path)
            for child in children.get(path, ()):
                add_tag(node, child)

        for top in children.get("", ()):
            add_tag(self.root, top)
        for group, title, members in (
            (UNTAGGED, "Untagged", untagged),
            (ORPHANED, "Orphaned", orphaned),
        ):
            if not members:
                continue
            label = Text(title, style="bold italic" if group == ORPHANED else "bold")
            label.append(f"  {len(members)}", style="dim")
            node = self.root.add(label, TagsEntry("group", group=group))
            for annotation in sorted(members, key=order):
                self._add_passage(node, annotation, labels, group=group)
        if not self.root.children:
            self._show_empty()

        for node in self._all_nodes():
            if node.data in expanded:
                node.expand()
        self.call_after_refresh(self._restore_cursor, cursor_key, cursor_line)

    def _tag_label(self, path: str, info: TagInfo | None) -> Text:
        name = path.rpartition("/")[2]
        label = Text()
        if info is not None:
            label.append("■ ", style=swatch_style(info.colour, path))
            label.append(name, style="bold")
            label.append(f"  {info.count}", style="dim")
        else:
            label.append("□ ", style="dim")
            label.append(name)
        return label

    def _add_passage(
        self,
        parent: TreeNode[TagsEntry],
        annotation: Annotation,
        labels: Mapping[str, str],
        *,
        tag: str = "",
        group: str = "",
    ) -> None:
        article = labels.get(annotation.anchor.article_id, annotation.anchor.article_id)
        label = Text()
        # the passage first: in a narrow panel the article's label took the row and
        # the passages under a tag could not be told apart
        # (a passage that is a quotation keeps its own marks, not two of each: "““For")
        label.append(f"“{shorten(annotation.anchor.exact, 70).strip(_QUOTE_MARKS)}”")
        label.append("  ")
        label.append(shorten(article, 28), style="italic dim")
        if annotation.note:
            label.append("  ✎", style="dim")
        if annotation.orphaned and group != ORPHANED:
            label.append("  (orphaned)", style="dim italic")
        parent.add_leaf(
            label,
            TagsEntry(
                "passage",
                tag=tag,
                annotation_id=annotation.id,
                group=group,
                orphaned=annotation.orphaned,
            ),
        )

    def _all_nodes(self) -> list[TreeNode[TagsEntry]]:
        found: list[TreeNode[TagsEntry]] = []
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(node.children)
        return found

    def _restore_cursor(self, key: TagsEntry | None, line: int = 0) -> None:
        """Put the cursor back on the entry it was on, else (renamed, merged away) on
        the line where it was: back at the top, the next key acted on another tag."""
        if key is not None:
            for node in self._all_nodes():
                if node.data == key and node.line >= 0:
                    self.move_cursor(node)
                    return
        if self.root.children:
            self.cursor_line = max(0, min(line, self.last_line))

    def on_focus(self) -> None:
        """Focused with no cursor row: the first row, so enter acts at once."""
        if self.cursor_line < 0 and self.root.children:
            self.cursor_line = 0

    # -- reading ---------------------------------------------------------------------------------

    def passage_ids(self, tag: str) -> list[str]:
        """The annotation ids listed directly under ``tag``, in display order."""
        for node in self._all_nodes():
            if node.data is not None and node.data.kind == "tag" and node.data.tag == tag:
                return [
                    child.data.annotation_id
                    for child in node.children
                    if child.data is not None and child.data.kind == "passage"
                ]
        return []

    def current_tag(self) -> str | None:
        """The tag under the cursor (a passage counts as its tag), or None."""
        node = self.cursor_node
        if node is None or node.data is None:
            return None
        return node.data.tag or None

    # -- actions ---------------------------------------------------------------------------------

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected[TagsEntry]) -> None:
        entry = event.node.data
        if entry is not None and entry.kind == "passage":
            event.stop()
            self.post_message(self.PassageChosen(entry.annotation_id, entry.orphaned))

    def _tag_or_bell(self) -> str | None:
        tag = self.current_tag()
        if tag is None:
            self.notify("Put the cursor on a tag first.", severity="warning")
        return tag

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        writes = {"delete_passage", "rename", "merge", "recolour"}
        if self.read_only and action in writes:
            return None
        # off a passage, D is the reader's: it deletes the annotation the status line
        # shows, as E edits it (it said "Put the cursor on ..." here: qaN D10)
        return action != "delete_passage" or self._on_passage()

    def _on_passage(self) -> bool:
        node = self.cursor_node
        entry = node.data if node is not None else None
        return entry is not None and entry.kind == "passage"

    def action_delete_passage(self) -> None:
        node = self.cursor_node
        entry = node.data if node is not None else None
        if entry is None or entry.kind != "passage":
            self.notify("Put the cursor on an annotated passage first.", severity="warning")
            return
        self.post_message(self.DeleteRequested(entry.annotation_id))

    def action_rename(self) -> None:
        if (tag := self._tag_or_bell()) is not None:
            self.post_message(self.RenameRequested(tag))

    def action_merge(self) -> None:
        if (tag := self._tag_or_bell()) is not None:
            self.post_message(self.MergeRequested(tag))

    def action_recolour(self) -> None:
        if (tag := self._tag_or_bell()) is not None:
            self.post_message(self.RecolourRequested(tag))


_QUOTE_MARKS = "\"“”‘’'«» "
"""Quotation marks at a passage's ends (the row adds its own)."""
