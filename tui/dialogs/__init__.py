"""Modal dialogs, one per module: each a ``ModalScreen[Result]`` that dismisses with its result.

Escape dismisses every dialog with None.
"""
