"""Which bindings are live together: the keymap is checked against them.

A key reaches the focused widget's bindings first, then its screen's, then the
app's (Textual's binding chain); a modal screen stops the chain before the
app, whose priority bindings still come first.  Two bindings on one key in one
chain: only one of them fires.  This module lists, for every screen of the
reader and every widget that can hold the focus there, the owners whose
bindings share a chain, for :func:`tui.keys.check_keymap`.

Imported only when the user has a keymap: it loads every screen and dialog.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from tui.keys import check_keymap


def class_bindings(cls: type[DOMNode]) -> list[Binding]:
    """Every binding of a widget class, inherited ones too, as Textual merged them."""
    merged = cls._merged_bindings
    if merged is None:
        return []
    return [binding for bindings in merged.key_to_bindings.values() for binding in bindings]


def scopes(
    app_bindings: Iterable[BindingType],
) -> tuple[dict[str, list[BindingType]], list[tuple[str, ...]], set[str]]:
    """(owners, chains, owners with text fields) of the whole application."""
    from textual.containers import VerticalScroll
    from textual.widgets import DataTable, Input, OptionList, RadioSet, Tabs, TextArea

    from tui.dialogs.annotate import AnnotateDialog
    from tui.dialogs.export_dialog import ExportDialog
    from tui.dialogs.metadata import MetadataDialog
    from tui.dialogs.tag_edit import TagEditDialog
    from tui.dialogs.tag_prompt import TagPrompt
    from tui.dialogs.text_prompt import TextPrompt
    from tui.screens.help import HelpScreen
    from tui.screens.matrix import MatrixScreen
    from tui.screens.reader import ReaderScreen
    from tui.screens.variants import VariantsScreen
    from tui.widgets.article_list import ArticleList
    from tui.widgets.article_pane import ArticlePane
    from tui.widgets.claims_panel import ClaimsPanel
    from tui.widgets.quotes_panel import QuotesPanel
    from tui.widgets.tag_input import TagInput
    from tui.widgets.tags_panel import TagsPanel

    app = list(Binding.make_bindings(app_bindings))
    classes: dict[str, type[DOMNode]] = {
        "screen": ReaderScreen,
        "pane": ArticlePane,
        "#article-list": ArticleList,
        "#quotes-panel": QuotesPanel,
        "#claims-panel": ClaimsPanel,
        "#tags-panel": TagsPanel,
        "tabs": Tabs,
        "help": HelpScreen,
        "variants": VariantsScreen,
        "scroll": VerticalScroll,
        "matrix": MatrixScreen,
        "table": DataTable,
        "annotate": AnnotateDialog,
        "export": ExportDialog,
        "metadata": MetadataDialog,
        "tag-edit": TagEditDialog,
        "tag-prompt": TagPrompt,
        "text-prompt": TextPrompt,
        "input": Input,
        "tag-input": TagInput,
        "text-area": TextArea,
        "radio-set": RadioSet,
        "option-list": OptionList,
    }
    owners: dict[str, list[BindingType]] = {
        "app": list(app),
        "app-priority": [b for b in app if b.priority],
        **{owner: list(class_bindings(cls)) for owner, cls in classes.items()},
    }
    reader_focus = ["pane", "#article-list", "#quotes-panel", "#claims-panel", "#tags-panel"]
    modal_focus = {
        "help": ["scroll"],
        "variants": ["scroll"],
        "matrix": ["table"],
        "annotate": ["text-area", "tag-input"],
        "export": ["radio-set", "tag-input", "input"],
        "metadata": ["input"],
        "tag-edit": ["input", "tag-input", "option-list"],
        "tag-prompt": ["tag-input"],
        "text-prompt": ["input"],
    }
    chains: list[tuple[str, ...]] = [
        ("app", "screen", widget) for widget in [*reader_focus, "tabs"]
    ]
    for modal, focusable in modal_focus.items():
        chains += [("app-priority", modal, widget) for widget in focusable]
    text_fields = {
        "annotate",
        "export",
        "metadata",
        "tag-edit",
        "tag-prompt",
        "text-prompt",
        "input",
        "tag-input",
        "text-area",
    }
    return owners, chains, text_fields


def checked_keymap(
    keymap: Mapping[str, str], app_bindings: Iterable[BindingType]
) -> tuple[dict[str, str], list[str]]:
    """(the entries of ``keymap`` that work, what is wrong with the others)."""
    owners, chains, text_fields = scopes(app_bindings)
    return check_keymap(keymap, owners, chains, text_fields)
