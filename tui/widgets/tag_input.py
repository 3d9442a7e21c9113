"""An Input for comma-separated tags that completes the tag being typed.

Textual's :class:`~textual.suggester.SuggestFromList` completes the whole
value; tags are typed as a list ("casualties/civilian, aid, ..."), so
:class:`TagSuggester` completes only the LAST comma-separated item, keeps
what comes before it untouched, and does not offer a tag already typed.
``right`` (at the end) or ``tab`` accepts the suggestion; ``tab`` with no
suggestion moves to the next field as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.suggester import Suggester
from textual.widgets import Input

from articles.annotation import split_tags


def complete_last(value: str, known: Sequence[str], *, multiple: bool = True) -> str | None:
    """``value`` with its last item completed to the first matching known tag, or None.

    Matching ignores case; the completion uses the known tag's own spelling.  An item
    that is a tag already, or a parent of tags, is not completed.  With
    ``multiple`` False the whole value is one tag (the merge dialog's target).
    """
    if multiple:
        head, sep, last = value.rpartition(",")
        before = head + sep
        typed = set(split_tags(head))
    else:
        before, last, typed = "", value, set()
    stripped = last.lstrip()
    if not stripped:
        return None
    lead = last[: len(last) - len(stripped)]
    needle = stripped.casefold()
    if any(tag.casefold() == needle or tag.casefold().startswith(needle + "/") for tag in known):
        # already a whole tag, or a whole parent ("quotes" over "quotes/barclay"): tab
        # moves on rather than narrowing it to one child ("quotes/" offers them)
        return None
    for tag in known:
        if tag in typed or len(tag) <= len(stripped):
            continue
        if tag.casefold().startswith(needle):
            return before + lead + tag
    return None


class TagSuggester(Suggester):
    """Suggests the completion of the last tag typed, from the known tags in priority order."""

    def __init__(self, known: Sequence[str], *, multiple: bool = True) -> None:
        # Case-sensitive here only means "hand us the value as typed": matching
        # ignores case in complete_last, and the suggestion must start with the value.
        super().__init__(use_cache=True, case_sensitive=True)
        self.known = tuple(known)
        self.multiple = multiple

    async def get_suggestion(self, value: str) -> str | None:
        return complete_last(value, self.known, multiple=self.multiple)


class TagInput(Input):
    """Comma-separated tags with completion of the one being typed (``tab`` / ``right``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "complete",
            "Complete tag",
            show=False,
            id="tags.complete",
            tooltip="Accept the suggested tag; with no suggestion, move to the next field",
        ),
    ]

    def __init__(
        self,
        known_tags: Sequence[str],
        value: str = "",
        *,
        multiple: bool = True,
        placeholder: str = "tags, separated by commas (a/b nests)",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(
            value=value,
            placeholder=placeholder,
            suggester=TagSuggester(known_tags, multiple=multiple),
            select_on_focus=False,
            id=id,
            classes=classes,
        )

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags typed, each known tag in its own spelling (see :func:`split_tags`)."""
        suggester = self.suggester
        known = suggester.known if isinstance(suggester, TagSuggester) else ()
        return split_tags(self.value, known)

    @property
    def suggestion(self) -> str:
        """The completion on offer ("" when none): the whole value after accepting it."""
        return self._suggestion if len(self._suggestion) > len(self.value) else ""

    def action_complete(self) -> None:
        """Accept the suggestion, or move focus on when there is nothing to accept."""
        if self.cursor_at_end and self.suggestion:
            self.value = self.suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
