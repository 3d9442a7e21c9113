"""Attributing every quotation of one article: :func:`attribute_article`.

Paragraph by paragraph, each quotation gets its attribution within its
sentence (:mod:`articles.speakers.clauses`); a quotation with no attribution
in its sentence continues the previous quotation of its paragraph, or the
current speaker (continuation paragraphs); a short quoted phrase whose words
occur in a longer quotation of the same article takes that quotation's
speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from articles.model import Article, BlockKind
from articles.speakers.clauses import (
    Attribution,
    find_attribution,
    follow_subject,
    fronted_antecedent,
    passive_after,
    pronoun_opens,
    read_sentence,
    reporting_verb_indexes,
    sentences,
)
from articles.speakers.names import NameIndex, last_key, surname
from articles.speakers.resolver import STATEMENT_NOUN_RE, UNNAMED_STATEMENT, UNSET, Resolver, State
from articles.speakers.subjects import (
    Subject,
    sentence_start,
    sentence_subject,
    subject_after,
    subject_before,
)
from articles.speakers.tokens import SHORT_WORDS, Tok, possessive
from articles.speech_lexicon import NON_NAMES, ORG_HEADS, PRONOUNS, SENTENCE_OPENERS, wordset
from articles.utterances import find_containers, words

if TYPE_CHECKING:
    from articles.quotes import QuoteSpan


def attribute_article(
    article: Article,
    spans: Sequence[QuoteSpan],
    span_words: Sequence[Sequence[str]] | None = None,
    names: NameIndex | None = None,
) -> list[Attribution]:
    """Speaker (article-level canonical name or None) of each span, in order.

    ``span_words`` are the spans' :func:`~articles.utterances.words` and
    ``names`` the article's :class:`NameIndex`, when the caller has them already.
    """
    if names is None:
        names = NameIndex.of(article.text)
    state = State()
    resolver = Resolver(article, names, state)
    by_para: dict[int, list[int]] = {}
    for k, span in enumerate(spans):
        by_para.setdefault(span.paragraph, []).append(k)
    result: list[Attribution] = [Attribution(None, False)] * len(spans)
    introducing = False
    carried: str | None = None  # whom the last paragraph's closing sentence was about
    ordinal = 0  # content paragraphs so far
    last_quoted = -CARRY_PARAGRAPHS - 1  # the ordinal of the last paragraph someone spoke in
    for para in article.paragraphs:
        if not para.kind.is_content:
            continue
        ordinal += 1
        members = by_para.get(para.index, [])
        masked = mask(article.text, para.start, para.end, [spans[k] for k in members])
        previous: str | None = None
        has_previous = False
        introduced, introducing = introducing, False
        # the person the sentence before was about (the last paragraph's closing one
        # for a paragraph that opens on a quotation: "Party leader Tom Ode wished her
        # well.\n\n\"On behalf of the party, I offer ...")
        focused, carried = carried, None
        # a person carried over a paragraph break stands for a statement reprinted
        # over paragraphs only ('"On behalf of the party, I offer ...' left open), not
        # for one closed quotation (the last speaker may be going on)
        carried_in = focused
        if para.kind is BlockKind.SUBHEAD and not members:
            carried = focused  # a heading between them does not change the subject
        for s0, s1 in sentences(masked):
            clause = read_sentence(masked[s0:s1])
            owned = (
                _WORDS_OWNED_RE.match(masked, s0, s1)
                if s0 == 0 and (clause is None or not clause.quotes)
                else None
            )
            if owned is not None:
                # '"We don't know which direction the platform will go." \n\n That
                # was Agrawal's grim warning to staffers': the lone quotation before
                # is that person's, and the paragraph goes on about them
                holder, holder_kind = resolver.resolve(
                    Subject("name", tuple(owned.group(1).split()), 0), (), para.start
                )
                last = _lone_quotation_before(article, spans, para.start)
                if holder and holder_kind == "person" and last is not None:
                    if result[last].speaker is None or not result[last].governed:
                        result[last] = Attribution(holder, True)
                    state.update(holder, holder_kind)
                    focused = holder
                    continue
            if clause is None:
                # no quotation and no reporting verb: only who the text is about
                # now ("Mr Macron was at the site."), for a "he" that follows
                followed = follow_subject(masked, s0, s1, resolver, para.start + s0)
                focused = state.person if followed else None
                if s1 >= len(masked.rstrip()) and masked.rstrip().endswith(":"):
                    # "Here is her full statement:" closing its paragraph
                    # introduces the next one's quotation, by the statement's issuer
                    found = STATEMENT_NOUN_RE.search(masked, s0, s1)
                    if found is not None:
                        speaker, kind = resolver.statement_speaker(para.start + found.end())
                        if speaker:
                            state.update(speaker, kind)
                            introducing = True
                issued = _introduces_statement(masked, s0, s1, para.start, resolver)
                introducing = issued or introducing
                continue
            toks = clause.toks
            base = para.start + s0  # token offsets are relative to the sentence
            focus_before, focused = focused, None
            if not clause.quotes:
                # "French President Emmanuel Macron, who cancelled a TV address, fought
                # back tears as he spoke": the he of the sentence is the person it opens
                # with, not the last one quoted
                followed = _opens_with_a_name(masked, s0)
                if followed:
                    follow_subject(masked, s0, s1, resolver, base)
                speaker, kind, governed = _find_plain(toks, resolver, base, clause.verbs)
                if speaker != UNSET:
                    # "Maria Costa said:" closing its paragraph introduces the next one's quotation
                    introducing = s1 >= len(masked.rstrip()) and masked.rstrip().endswith(":")
                    if introducing and speaker == UNNAMED_STATEMENT and state.person:
                        # "Here's the statement posted on its website:": the
                        # statement of the person the text is about
                        speaker, kind = state.person, "person"
                    state.update(speaker or None, kind)
                    last_quoted = ordinal  # (reported speech: "the prime minister said that")
                if not followed and (not speaker or speaker == UNSET or kind != "person"):
                    # "Macron cancelled a speech, where he vowed...": the name opening it
                    # (also when a lone surname spoke: the text may title it elsewhere;
                    # read once: a sentence opening with a name was read above)
                    follow_subject(masked, s0, s1, resolver, base)
                continue
            attributed_here = False
            for k in members:
                at = spans[k].open_mark
                rel = at - base
                qi = next(
                    (
                        i
                        for i in clause.quotes
                        if toks[i].start <= rel < toks[i].start + len(toks[i].text)
                    ),
                    None,
                )
                if qi is None:
                    continue
                closes = article.text[spans[k].end - 1 : spans[k].end] in (".", "!", "?")
                resolver.described = False
                speaker, kind, governed = find_attribution(
                    toks, qi, resolver, at, clause.verbs, clause.quotes, closes
                )
                unnamed = speaker == "" and resolver.described
                title = resolver.unheld_title if speaker == "" else None
                attributed_here = attributed_here or speaker != UNSET
                if speaker == UNSET:
                    # speech going on: the paragraph's previous quotation, or a continuation
                    governed = governed or has_previous or spans[k].continued or introduced
                    speaker = (previous if has_previous else state.current) or ""
                    if (
                        not has_previous
                        and not spans[k].continued
                        and not introduced
                        and ordinal - last_quoted > CARRY_PARAGRAPHS
                    ):
                        # the last speaker spoke paragraphs ago, with narrative between:
                        # not theirs by default ('it emerged that the navy had detected a
                        # signature "consistent with an implosion"')
                        speaker = ""
                    if para.kind is not BlockKind.BODY and not has_previous:
                        # a heading quoting someone ("## ‘Not quick or easy or cheap’"
                        # after an activist spoke) does not go on with the last speaker;
                        # the set may name whose words they are
                        speaker = ""
                    opener = sentence_subject(toks, 0, qi) if not has_previous else None
                    if opener is not None and passive_after(toks, opener.start, qi):
                        opener = None  # 'Mr. Reed was sentenced for endangering the "life
                        # and health" of officers': what befell him, not his words
                    if opener is not None and any(
                        t.low in CHARACTERISING_VERBS for t in toks[opener.start : qi]
                    ):
                        opener = None  # 'Studio E demonstrated "a cavalier attitude"':
                        # someone's verdict on the firm, not the firm's words
                    if opener is not None:
                        # 'In his remarks, Obama also hit back at critics and "skeptics
                        # [who] said ..."': the person the sentence opens with
                        holder, holder_kind = resolver.resolve(opener, toks[:qi], base)
                        if holder and holder_kind != "org":
                            speaker = holder
                    elif not has_previous and pronoun_opens(toks, qi):
                        # 'She held up a sign with the words "This is what justice looks
                        # like."': the one the sentence's he/she is
                        holder, holder_kind = resolver.resolve(
                            Subject("pronoun", (toks[0].low,), 0), toks[:qi], base
                        )
                        if holder and holder_kind == "person":
                            speaker = holder
                    if (
                        not has_previous
                        and not spans[k].continued
                        and focus_before
                        and at == base
                        and (focus_before is not carried_in or spans[k].close_mark is None)
                        and not _about_someone(span_words, k)
                    ):
                        # "Pope Francis led the condemnation in his address. \"I want
                        # to express ...\"": a quotation opening the sentence after one
                        # about a person, with no attribution, is that person's
                        speaker = focus_before
                    if (
                        introduced
                        and speaker
                        and speaker != state.org
                        and _names_in(span_words, k, last_key(speaker))
                    ):
                        # "Here is the full statement:" then '"The board has lost
                        # confidence in Mr Smith"': words naming him are not his (a
                        # body's statement names the body: "The FA and Allardyce have")
                        speaker = ""
                    kind = "person" if speaker and speaker == state.person else "other"
                    short = span_words is not None and len(span_words[k]) <= SHORT_WORDS
                    if short and not governed and at > para.start:
                        # a few quoted words inside a sentence no one speaks ('The
                        # Vatican expressed its "sadness"'): not the last speaker's
                        speaker, kind = "", "other"
                name = speaker or None
                result[k] = Attribution(
                    name, governed, unnamed and name is None, title if name is None else None
                )
                previous, has_previous = name, True
                last_quoted = ordinal
                state.update(name, kind)
            if not attributed_here:
                # 'Macron cancelled a speech over the "terrible fire"': nobody is
                # quoted here, but the pronouns that follow are about Macron
                follow_subject(masked, s0, s1, resolver, base)
            issued = _introduces_statement(masked, s0, s1, para.start, resolver)
            introducing = issued or introducing
        if carried is None:
            carried = focused
        if state.current and _goes_on_about(
            article.text[para.start : para.end], state.current, state.current == state.person
        ):
            last_quoted = ordinal  # ("But he denied that ...": still about the speaker)
    # A quotation running over paragraphs is often attributed only at its end
    # ('"We are ready. ... \n\n "We will not stop," he added'): a paragraph left
    # open takes the speaker of the paragraph that continues it.
    for k in range(len(spans) - 2, -1, -1):
        after = result[k + 1]
        if (
            result[k].speaker is None
            and after.speaker is not None
            and spans[k].close_mark is None
            and spans[k + 1].continued
        ):
            result[k] = Attribution(after.speaker, True)
    return _fragments_follow_sources(article, spans, result, span_words)


_WORDS_OWNED_RE = re.compile(
    r"(?:That|This|Those|These) (?:was|were|is|are) ((?:[A-Z][\w.’'-]* ){0,2}[A-Z][\w’'-]*)['’]s?"
    r" (?:[a-z-]+ ){0,2}(?:warning|message|verdict|assessment|words|reaction|response|plea"
    r"|promise|prediction|answer|claim|view|advice|vow|pledge|admission|boast|retort)\b"
)
"""A paragraph opening on whose words the quotation before it were ("That was
Agrawal's grim warning to staffers")."""


def _lone_quotation_before(article: Article, spans: Sequence[QuoteSpan], start: int) -> int | None:
    """The span that is the whole of the content paragraph before ``start``, if any."""
    before = [p for p in article.paragraphs if p.end <= start and p.kind.is_content]
    if not before:
        return None
    para = before[-1]
    inside = [k for k, span in enumerate(spans) if para.start <= span.open_mark < para.end]
    if len(inside) != 1:
        return None
    span = spans[inside[0]]
    rest = article.text[para.start : span.open_mark] + article.text[span.end + 1 : para.end]
    return inside[0] if len(rest.strip(" \"“”'‘’.,")) == 0 else None


_ABOUT_A_PERSON_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _goes_on_about(text: str, speaker: str, person: bool) -> bool:
    """Whether a paragraph is about ``speaker`` (their last name, or a he or she for a
    person; a body by its name: "it" is often another thing): the speaker's quotations
    after it go on."""
    if surname(speaker) in text:
        return True
    return person and _ABOUT_A_PERSON_RE.search(text) is not None


CARRY_PARAGRAPHS = 2
"""Paragraphs after the last one someone spoke in (or one about them) over which their
quotations go on by default: the next, or the one after a paragraph between."""


CHARACTERISING_VERBS = wordset(
    """
    demonstrated demonstrates showed shows displayed displays exhibited exhibits lacked
    lacks bore bears represented represents constituted constitutes
    """
)
"""Verbs saying what the subject showed or was: a quotation after one is a verdict on
the subject, not its words."""


_ISSUED_STATEMENT_RE = re.compile(
    r"\b(?:issued|released|published|posted|put out|sent)\s+(?:a|an|the|its|his|her|their)"
    r"\s+(?:[\w-]+\s+)?(?:statement|letter|message)\b"
)


def _introduces_statement(
    masked: str, s0: int, s1: int, para_start: int, resolver: Resolver
) -> bool:
    """Whether the sentence ``masked[s0:s1]`` closes its paragraph saying that someone
    issued a statement ("The FA issued a statement on its website."): the issuer then
    speaks the quotation opening the next paragraph, as after "Here is her statement:"."""
    if s1 < len(masked.rstrip()):
        return False
    found = _ISSUED_STATEMENT_RE.search(masked, s0, s1)
    if found is None:
        return False
    speaker = resolver._statement(para_start + found.end())
    if not speaker:
        return False
    resolver.state.update(speaker, "org")
    return True


def _names_in(span_words: Sequence[Sequence[str]] | None, k: int, key: str) -> bool:
    """Whether quotation ``k`` names ``key`` (a surname key), possessive included."""
    if span_words is None:
        return False
    return any(w == key or w in (key + "'s", key + "’s") for w in span_words[k])


_FIRST_WORD_RE = re.compile(r"\s*([A-Z][\w'’-]*)")


def _opens_with_a_name(masked: str, s0: int) -> bool:
    """Whether the sentence at ``s0`` opens with a capitalised word that is no pronoun,
    article or opening adverb ("French President Emmanuel Macron, who ...", not "He
    declined to say whether the defence minister, Sergei Shoigu, ...")."""
    found = _FIRST_WORD_RE.match(masked, s0)
    if found is None:
        return False
    low = found.group(1).casefold()
    return low not in PRONOUNS and low not in SENTENCE_OPENERS and low not in NON_NAMES


def _about_someone(span_words: Sequence[Sequence[str]] | None, k: int) -> bool:
    """Whether quotation ``k`` opens with he/she/his/her: words about someone, such
    as a tribute ('"He was a loving father"'), not that person's own."""
    first = span_words[k][:1] if span_words is not None else []
    return bool(first) and first[0] in ("he", "she", "his", "her")


def _find_plain(
    toks: Sequence[Tok],
    resolver: Resolver,
    base: int = 0,
    verbs: Sequence[int] | None = None,
) -> tuple[str, str, bool]:
    """The first reporting verb with a subject in a sentence without quotations.

    ``base`` is the text offset of the tokens' offset 0; ``verbs`` as for :func:`find_attribution`.
    """
    for v in reporting_verb_indexes(toks) if verbs is None else verbs:
        if _closing_inverted(toks, v):
            # "About 200 were moved to hospitals, said PK Jena, the state's top
            # official.": the name after the inverted verb (for a "he added" next)
            after = subject_after(toks, v, len(toks))
            if after is not None and after.kind == "name":
                return (*resolver.resolve(after, toks, toks[v].start + base), True)
        s = subject_before(toks, v, 0)
        if s is None:
            continue
        fronted = fronted_antecedent(toks, s.start) if s.kind == "pronoun" else None
        if fronted is not None:
            speaker, kind = resolver.resolve(fronted, toks, toks[v].start + base)
            if resolver.fits(speaker, kind, s.words[0]):
                return speaker, kind, True
        return (*resolver.resolve(s, toks, toks[v].start + base), True)
    return UNSET, "other", False


def _closing_inverted(toks: Sequence[Tok], v: int) -> bool:
    """Whether the reporting verb at ``v`` closes the sentence inverted: ", said PK
    Jena." or ", said PK Jena, the state's top official." (not ", said Wednesday's
    announcement could ...": the name must end the sentence or take a description)."""
    if not (0 < v < len(toks) - 1 and toks[v - 1].text == "," and toks[v + 1].is_cap):
        return False
    k = v + 1
    while k < len(toks) and toks[k].is_cap:
        k += 1
    if k >= len(toks) or toks[k].text in (".", "!"):
        return True
    return (
        toks[k].text == ","
        and k + 1 < len(toks)
        and (toks[k + 1].low in ("the", "a", "an") or possessive(toks[k + 1].text) is not None)
    )


def _fragments_follow_sources(
    article: Article,
    spans: Sequence[QuoteSpan],
    result: list[Attribution],
    span_words: Sequence[Sequence[str]] | None = None,
) -> list[Attribution]:
    """A short quoted phrase found in a longer attributed quotation takes its speaker."""
    texts = (
        [words(article.text[s.start : s.end]) for s in spans] if span_words is None else span_words
    )
    out = list(result)
    # The same words quoted again ('carnage' in a headline, "carnage" attributed
    # in the text): an unattributed one takes the attributed one's speaker.
    said_by: dict[tuple[str, ...], list[int]] = {}
    for k, w in enumerate(texts):
        if w and result[k].speaker:
            said_by.setdefault(tuple(w), []).append(k)
    if said_by:
        for k, w in enumerate(texts):
            others = said_by.get(tuple(w)) if w and not result[k].speaker else None
            if others:
                nearest = min(others, key=lambda h: abs(spans[h].start - spans[k].start))
                out[k] = Attribution(result[nearest].speaker, result[k].governed)
    result = out
    long_ids = [k for k, w in enumerate(texts) if len(w) > SHORT_WORDS and result[k].speaker]
    if not long_ids:
        return result
    shorts = [k for k, w in enumerate(texts) if w and len(w) <= SHORT_WORDS]
    hits = find_containers([texts[k] for k in long_ids], [texts[k] for k in shorts])
    out = list(result)
    for s, containers in hits.items():
        k = shorts[s]
        if _named_there(article, spans[k], result[k]):
            continue  # 'Mayor Brandon Scott called the collapse "an unthinkable tragedy."'
        sources = [long_ids[h] for h in containers]
        nearest = min(sources, key=lambda h: abs(spans[h].start - spans[k].start))
        out[k] = Attribution(result[nearest].speaker, result[k].governed)
    return out


def _named_there(article: Article, span: QuoteSpan, found: Attribution) -> bool:
    """Whether a short quotation's own sentence of running text names, before it, the
    person it is attributed to ("Mayor Brandon Scott called the collapse ..."): their
    words, even if someone else said the same (not a body, nor someone named elsewhere:
    'have sown "panic," Moscow claimed' quotes the official the text quotes at length;
    nor a headline's "'King of crypto' Sam Bankman-Fried found guilty")."""
    who = found.speaker
    if not who or not found.governed or " " not in who or ORG_HEADS & set(who.casefold().split()):
        return False
    if article.paragraphs[span.paragraph].kind is not BlockKind.BODY:
        return False
    text = article.text
    return surname(who) in text[sentence_start(text, span.open_mark) : span.open_mark]


def mask(text: str, lo: int, hi: int, spans: Sequence[QuoteSpan]) -> str:
    """The paragraph ``text[lo:hi]`` with each quotation (marks included) hidden by ``_``.

    A quotation that ends its sentence with a full stop keeps that full stop
    after the mask ('"...the President." She denied it' is two sentences: the
    pronoun after it is no attribution of the quotation).
    """
    masked = text[lo:hi]
    for span in spans:
        a, b = span.region
        a, b = max(a, lo) - lo, min(b, hi) - lo
        if a < b:
            end = "_"
            if (
                span.close_mark is not None
                and text[span.end - 2 : span.end] not in ("..", "")
                and text[span.end - 1] == "."
                and not _BARE_ATTRIBUTION_RE.match(text, span.close_mark + 1, hi)
            ):
                end = "."
            masked = masked[:a] + "_" * (b - a - 1) + end + masked[b:]
    return masked


_BARE_ATTRIBUTION_RE = re.compile(
    r"\s+(?!(?:He|She|They|It|We|I|You)\b)(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:said|says|told|added|explained|insisted|declared|wrote|tweeted)"
    r"(?:\s+[a-z]+){0,2}\s*[.,;]"
)
"""'"..." Ann Lee said.': the quotation's own full stop, then only who said it
(sloppy copy; edited copy writes '"...," Ann Lee said.')."""
