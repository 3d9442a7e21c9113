"""collector_paused: the cyclic collector is off inside, back on after, and nothing leaks."""

from __future__ import annotations

import gc
import weakref

import pytest

from articles.collector import collector_paused


class _Node:
    """A tiny object that can sit in a reference cycle and be watched by a weakref."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_pause_leaves_the_outer_one_paused() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_cycle_made_while_paused_is_still_collected() -> None:
    with collector_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        watch = weakref.ref(a)
        del a, b
    assert watch() is not None  # a cycle: reference counting alone cannot free it
    assert gc.get_freeze_count() == 0  # nothing is left in the permanent generation
    gc.collect()
    assert watch() is None


def test_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
