"""An OptionList whose entries wrap over several lines, measured at the width they are shown at."""

from __future__ import annotations

from textual.widgets import OptionList


class WrappingOptionList(OptionList):
    """Entries measured again whenever the list's content width changes.

    Textual's OptionList measures each entry (how many lines it wraps to) once
    and forgets the measures only on a resize.  Its content width also changes
    without one: the focus border (``OptionList:focus``) and the vertical
    scrollbar come and go within the same size.  Entries measured while the
    list had no focus then lost their last line once it had.
    """

    _measured_width = -1
    """The content width the entries' heights were measured at."""

    def _update_lines(self) -> None:
        # Textual's hook (private, pinned version): every use of the measures,
        # painting and scrolling to the highlight alike, goes through it.
        width = self.scrollable_content_region.width
        if width != self._measured_width:
            self._measured_width = width
            self._clear_caches()
        super()._update_lines()
