"""Who says each quotation: attribution by reporting verbs, and canonical speaker names.

Only general cues are used: a list of reporting verbs (said, told, added,
warned, urged, according to...), capitalised name sequences with their
leading titles and roles stripped (``UK Defence Secretary Michael Fallon`` ->
``Michael Fallon``), pronouns resolved to the current speaker, definite role
phrases (``the British prime minister``) resolved to the latest person named
with that role, organisation phrases (``the defence ministry``) resolved to a
full capitalised mention (``Russian Defence Ministry``), and ``the statement``
resolved to the statement last mentioned and who issued it.

Each quotation is attributed within its sentence, read with every quotation
masked out so that words inside quotes never count: first an attribution right
after the closing mark (``," he said``, ``," said X``), then the nearest
reporting verb before the quote with a subject, then any later one.  A
quotation with no attribution in its sentence continues the previous
quotation of its paragraph, or the current speaker (continuation paragraphs).
A short quoted phrase whose words occur in a longer quotation of the same
article takes that quotation's speaker.  A subject that the text does not
name (``an independent analyst``, ``US officials and Syrian rebels``) gives
``None``.

The modules, in the order they build on one another: :mod:`.tokens` (words),
:mod:`.names` (who an article mentions), :mod:`.subjects` (the noun phrase of a
reporting verb), :mod:`.resolver` (a subject to a speaker), :mod:`.clauses`
(one quotation's attribution in its sentence), :mod:`.genders`,
:mod:`.attribution` (a whole article) and :mod:`.canonical` (one name per
speaker across the set).
"""

from __future__ import annotations

from articles.speakers.attribution import attribute_article
from articles.speakers.canonical import add_mention_names, canonicalise_set, title_holder
from articles.speakers.clauses import Attribution
from articles.speakers.genders import genders_of
from articles.speakers.names import (
    Mention,
    NameIndex,
    mentions_in,
    split_title,
    title_case_line,
)
from articles.speakers.tokens import tokenise

__all__ = [
    "Attribution",
    "Mention",
    "NameIndex",
    "add_mention_names",
    "attribute_article",
    "canonicalise_set",
    "genders_of",
    "mentions_in",
    "split_title",
    "title_case_line",
    "title_holder",
    "tokenise",
]
