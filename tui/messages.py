"""App-wide messages (widget-specific ones are nested in their widget)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.widget import Widget

if TYPE_CHECKING:
    from tui.analysis import Analysis


@dataclass
class AnalysisReady(Message):
    """Quotes and claims of the open set are ready."""

    analysis: Analysis


@dataclass
class AnalysisFailed(Message):
    """The analysis raised; the reader keeps working without it."""

    error: str


@dataclass
class AnalysisProgress(Message):
    """A step of the analysis started; ``fraction`` of the work is done."""

    step: str
    fraction: float


@dataclass
class PanelReady(Message):
    """A side-panel widget was mounted (they mount after the first paint): fill it now."""

    panel: Widget
