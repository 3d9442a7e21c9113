"""Numbers, percentages, ratios and dates as news writes them, normalised.

News reports give the same figure in many shapes: "12", "twelve", "a dozen";
"5%", "five percent", "5 per cent", "one in 20", "one out of 20".  Claim
linking compares *values*, so this module finds every such mention in a
sentence and reduces it to a value and a kind:

* ``count``: a plain quantity (12 killed, 600 militants, 2,000 troops);
* ``percent``: a share, from percentages and "N in M" ratios (0-100);
* ``date``: a calendar day, as ``MM-DD`` (from "30 September", "October 3",
  and from weekdays when the article's date is known: "on Wednesday" in an
  article dated Saturday 3 October 2015 is 09-30);
* ``weekday``: a weekday that could not be placed on the calendar;
* ``label``: a number that names rather than counts ("Boeing 737", "Flight 1282",
  "Category 5", "Su-34", "Article 50"): a term of its own, never a figure.

Everything here is pure and works on plain strings; offsets are ``str``
indices into the string given.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DOZEN = {"dozen": 12, "score": 20}

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_WORD_NUMBER = (
    r"(?:(?:"
    + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
    + r")(?:[\s-](?:"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r"))?(?:\s(?:"
    + "|".join(_SCALES)
    + r"))?)"
)
_DIGITS = (
    r"(?:\d{1,3},\d{1,2}(?=\s(?:million|billion|trillion)\b)"  # "15,4 million": a decimal comma
    r"|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
)
_NUMBER = (
    rf"(?:(?:{_DIGITS}|{_WORD_NUMBER})\sdozen"  # "two dozen": 24, not 2 and 12
    rf"|{_DIGITS}(?:\s(?:{'|'.join(_SCALES)}))?|{_WORD_NUMBER}|an?\sscore|(?:an?\s)?dozen)"
)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Units a figure carries ("80mm", "80 millimetres", "90mph", "5km"): a measure is
# compared with the same measure only, whichever way the unit is written.
_UNIT_NAMES = {
    "mm": "mm", "millimetre": "mm", "millimeter": "mm",
    "cm": "cm", "centimetre": "cm", "centimeter": "cm",
    "km": "km", "kilometre": "km", "kilometer": "km",
    "metre": "m", "meter": "m", "mile": "mi", "mi": "mi",
    "kg": "kg", "kilogram": "kg", "kilo": "kg", "tonne": "t", "ton": "t",
    "ft": "ft", "foot": "ft", "feet": "ft", "inch": "in", "inche": "in",
    "mph": "mph", "kph": "km/h", "km/h": "km/h", "degree": "°",
    "hectare": "ha", "ha": "ha", "acre": "acre",
}  # fmt: skip
_SPACED_UNITS = (
    r"(?:millimet|centimet|kilomet|met)(?:re|er)s?|miles?|kilo(?:gram)?s?|tonnes?|tons?"
    r"|feet|foot|inch(?:es)?|degrees?|hectares?|acres?|mm|cm|km/h|km|kg|ft|mph|kph|ha"
)
_GLUED_UNITS = r"mm|cm|km/h|km|kg|ft|mph|kph|ha|mi|m|c|f|bn|tn|k"
"""Units written straight after the digits; one letter only there ("100m", "40C", "5bn")."""
_SCALE_WORDS = r"bn|billion|tn|trillion|mn|m|million|k|thousand"
_SCALE_VALUES = {
    "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12, "mn": 1e6, "m": 1e6,
    "million": 1e6, "k": 1e3, "thousand": 1e3,
}  # fmt: skip

_CURRENCY_NAMES = {
    "euro": "€", "euros": "€", "eur": "€", "dollar": "$", "dollars": "$", "usd": "$",
    "pound sterling": "£", "pounds sterling": "£", "gbp": "£", "yen": "¥",
    "cent": "¢", "cents": "¢", "pence": "p",
}  # fmt: skip
"""A currency named after the figure ("45m euros", "13.7 billion dollars") -> its sign.
("5 pounds" alone is as often a weight.)"""
_CURRENCY_WORDS = "|".join(
    re.escape(name).replace(r"\ ", r"\s") for name in sorted(_CURRENCY_NAMES, key=len, reverse=True)
)

_CURRENCY_PREFIXES = {
    "us$": "$", "usd$": "$", "usd": "$", "nz$": "NZ$", "nzd$": "NZ$", "nzd": "NZ$",
    "a$": "A$", "au$": "A$", "aud$": "A$", "aud": "A$", "c$": "C$", "ca$": "C$",
    "cad$": "C$", "cad": "C$", "hk$": "HK$", "hkd$": "HK$", "hkd": "HK$", "s$": "S$",
    "sg$": "S$", "sgd$": "S$", "sgd": "S$", "rs": "Rs", "rs.": "Rs", "inr": "Rs",
    "pkr": "Rs", "₹": "Rs",
}  # fmt: skip
"""A currency written before the figure other than by its sign alone ("NZ$2bn",
"Rs100,000", "US$5m") -> the unit compared: New Zealand and US dollars are two units."""
_CURRENCY_SIGNS = (
    r"(?:\b(?:"
    + "|".join(
        re.escape(p) for p in sorted(_CURRENCY_PREFIXES, key=len, reverse=True) if p[0].isalpha()
    )
    + r")(?=\s?\d)|[£$€¥₹])"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "ratio",
        re.compile(
            rf"\b(?P<a>{_NUMBER})\s(?:in|out\sof|of\severy|of\s(?:the|its|their)?)\s?"
            rf"(?:every\s)?(?P<b>{_NUMBER})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "percent",
        re.compile(rf"\b(?P<a>{_NUMBER})\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.IGNORECASE),
    ),
    ("fraction", re.compile(r"\b(?P<a>half|a\sthird|a\squarter|two\sthirds)\b", re.IGNORECASE)),
    (
        "date_dm",
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<m>{_MONTH_NAMES})\b\.?", re.I),
    ),
    (
        "date_md",
        re.compile(rf"\b(?P<m>{_MONTH_NAMES})\.?\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I),
    ),
    ("weekday", re.compile(r"\b(?P<w>" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)),
    (
        "money",
        re.compile(
            rf"(?P<cur>{_CURRENCY_SIGNS})\s?(?P<a>{_DIGITS})(?:\s?(?P<scale>{_SCALE_WORDS}))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "money_after",
        re.compile(
            rf"\b(?P<a>{_DIGITS})(?:\s?(?P<scale>{_SCALE_WORDS}))?[\s-]?(?P<cur>{_CURRENCY_WORDS})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "measure",
        re.compile(
            rf"(?<!\d[,.])\b(?P<a>{_DIGITS})(?:\s?(?P<unit>{_SPACED_UNITS})"
            rf"|(?P<glued>{_GLUED_UNITS}))\b",
            re.IGNORECASE,
        ),
    ),
    # a clock time ("6:15 AM", "18:30") is no figure: matched only to keep its digits
    # from being read as counts
    (
        "clock",
        re.compile(
            r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}:\d{2}\b", re.IGNORECASE
        ),
    ),
    # (not inside a figure: "000" of "Rs100,000" is no count of its own)
    ("count", re.compile(rf"(?<!\d[,.])\b(?P<a>{_NUMBER})\b", re.IGNORECASE)),
    ("dozens", re.compile(r"\b(?P<a>dozens|hundreds|thousands|millions)\b", re.IGNORECASE)),
]
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "a quarter": 25.0, "two thirds": 200 / 3}
_VAGUE = {"dozens": 24.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6}


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One figure in a text: ``text[start:end]`` means ``value`` of ``kind``."""

    start: int
    end: int
    kind: str
    """``count``, ``percent``, ``date`` (value = month*100+day) or ``weekday`` (0 = Monday)."""
    value: float
    vague: bool = False
    """True for "dozens", "hundreds": an order of magnitude, never a disagreement."""
    unit: str = ""
    """What a count measures when the text says: "mm", "mph", "$" (money), "" for none."""

    @property
    def token(self) -> str:
        """A comparable key: equal tokens mean the same figure."""
        if self.kind == "date":
            month, day = divmod(int(self.value), 100)
            return f"date:{month:02d}-{day:02d}"
        if self.kind == "weekday":
            return f"weekday:{int(self.value)}"
        if self.unit in CURRENCIES:  # to the cent: "$2.75" and "$2.80" differ
            return f"{self.kind}:{f'{self.value:.2f}'.rstrip('0').rstrip('.')}{self.unit}"
        return f"{self.kind}:{_fmt(self.value)}{self.unit}"

    @property
    def display(self) -> str:
        """How to show the value to a reader ("12", "5%", "09-30", "80mm", "$5bn")."""
        if self.kind == "percent":
            return f"{_fmt(self.value)}%"
        if self.kind in {"date", "weekday"}:
            return self.token.split(":", 1)[1]
        if self.unit in CURRENCIES:
            return self.unit + _money(self.value)
        return _fmt(self.value) + self.unit


CURRENCIES = frozenset({"£", "$", "€", "¥", "NZ$", "A$", "C$", "HK$", "S$", "Rs"})
"""The units that are money (shown as sums: "$5bn", "Rs100000")."""


def _scaled(value: float) -> str:
    """A sum of money as news writes it: "5bn", "2.5m", "4.21bn", "300" (two decimals
    at most: "$4.21 billion" and "$4.24 billion" are two sums)."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if value >= size:
            return f"{value / size:.2f}".rstrip("0").rstrip(".") + suffix
    return _fmt(value)


def _money(value: float) -> str:
    """A sum as news writes it: "5bn", "2.5m", "300", and cents kept ("2.75")."""
    if value < 1e6 and value != int(value):
        return f"{value:.2f}"
    return _scaled(value)


def _fmt(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


_DECIMAL_COMMA_RE = re.compile(r"^(\d{1,3}),(\d{1,2})(?=\s)")
"""A decimal comma before a scale word ("15,4 million"), which a thousands group is not."""


def parse_number(phrase: str) -> float | None:
    """The value of a number phrase: "12", "2,000", "1.5 million", "twenty-one", "a dozen"."""
    phrase = _DECIMAL_COMMA_RE.sub(r"\1.\2", phrase)  # "15,4 million"
    words = phrase.lower().replace("-", " ").replace(",", "").split()
    if not words:
        return None
    if words[0] in {"a", "an"} and len(words) == 2 and words[1] in _DOZEN:
        return float(_DOZEN[words[1]])
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        try:
            current += float(word)
            seen = True
            continue
        except ValueError:
            pass
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = (current or 1) * _SCALES[word]
            total += current
            current = 0
        elif word in _DOZEN:
            current = (current or 1) * _DOZEN[word]
        else:
            return None
        seen = True
    return total + current if seen else None


def _resolve_weekday(weekday: int, today: _dt.date) -> _dt.date:
    """The most recent ``weekday`` on or before ``today`` (news reports the past week)."""
    return today - _dt.timedelta(days=(today.weekday() - weekday) % 7)


def find_numbers(text: str, *, today: _dt.date | None = None) -> list[NumberMention]:
    """Every figure in ``text``, left to right, without overlaps (longest shape wins).

    ``today`` is the article's date; when known, weekdays become dates.
    """
    taken: list[tuple[int, int]] = []
    found: list[NumberMention] = []
    lowered = text.lower()
    words = set(_WORD_RE.findall(lowered))
    present = _kinds_present(text, words)
    if not present:
        return found
    # The number patterns can only start where a figure or a number word starts:
    # trying them there alone gives finditer's matches at a fraction of the cost.
    starts = _number_starts(text, lowered, words) if "number" in present else None

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for kind, pattern in _PATTERNS:
        if _NEEDS[kind] not in present:
            continue
        if kind in _DIGIT_KINDS and "digit" not in present:
            continue  # a calendar date needs a day in digits
        matches: Iterable[re.Match[str]]
        if starts is not None and kind in _NUMBER_KINDS:
            matches = _matches_at(pattern, text, starts)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            start, end = match.span()
            if taken and not free(start, end):
                continue
            if kind == "clock":
                taken.append((start, end))
                continue
            mention = _mention(kind, match, today)
            if mention is None:
                continue
            taken.append((start, end))
            found.append(mention)
    found.sort(key=lambda m: m.start)
    return found


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins at one of ``starts``.

    ``starts`` is sorted; like finditer, the search resumes after each match.
    """
    match_at = pattern.match
    resume = 0
    for start in starts:
        if start < resume:
            continue
        match = match_at(text, start)
        if match is not None:
            yield match
            resume = match.end()


_NUMBER_KINDS = frozenset({"ratio", "percent", "money_after", "measure", "clock", "count"})
_DIGIT_KINDS = frozenset({"date_dm", "date_md", "money", "money_after", "measure", "clock"})
_DIGIT_RUN_RE = re.compile(r"\d+")
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
"""İ, ı, ſ and the Kelvin sign: the non-ASCII letters IGNORECASE matches to ASCII ones."""
_LEAD_WORDS = (*_UNITS, *_TENS, "dozen", "score")
_LEAD_RUNS = {word + tail: word for word in _LEAD_WORDS for tail in ("", "percent", "per", "pct")}
"""A run of letters a figure can begin with -> the number word it begins with.

A number word is followed by a non-letter, or directly by "percent", "per
cent" or "pct" ("sevenpercent" is 7%).
"""


def _number_starts(text: str, lowered: str, words: set[str] | None = None) -> list[int] | None:
    """Where a number pattern could begin (a superset), or None to scan the whole text.

    A figure begins at a run of digits, at a unit or tens word, at "dozen", or
    two or three characters before "score"/"dozen" ("a dozen", "an score").
    ``words`` are the runs of ASCII letters in ``lowered`` (``text.lower()``);
    the number words among them are then found by substring search in
    ``lowered``, which lines up with ``text`` only when no character changes
    length when lowered and none folds to an ASCII letter under IGNORECASE;
    otherwise None.
    """
    if len(lowered) != len(text) or any(c in text for c in _FOLDS_TO_ASCII):
        return None
    if words is None:
        words = set(_WORD_RE.findall(lowered))
    starts = [m.start() for m in _DIGIT_RUN_RE.finditer(text)]
    find = lowered.find
    for word in {_LEAD_RUNS[run] for run in words.intersection(_LEAD_RUNS)}:
        at = find(word)
        while at >= 0:
            if word == "dozen" or word == "score":
                starts.extend((at, at - 2, at - 3))
            else:
                starts.append(at)
            at = find(word, at + 1)
    return sorted({s for s in starts if s >= 0})


_NEEDS = {
    "ratio": "number",
    "percent": "number",
    "count": "number",
    "fraction": "fraction",
    "date_dm": "month",
    "date_md": "month",
    "weekday": "weekday",
    "money": "number",
    "money_after": "number",
    "measure": "number",
    "clock": "number",
    "dozens": "dozens",
}
_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, *_DOZEN])
_WORD_RE = re.compile(r"[a-z]+")
_DIGIT_RE = re.compile(r"\d")


def _present_kinds(text: str, lowered: str | None = None) -> set[str]:
    """Which pattern families can match at all (a cheap test that skips most regexes).

    ``lowered`` is ``text.lower()`` when the caller has it.  "digit" means the
    text holds a decimal digit (a calendar date needs one).
    """
    return _kinds_present(text, set(_WORD_RE.findall(text.lower() if lowered is None else lowered)))


def _kinds_present(text: str, words: set[str]) -> set[str]:
    """:func:`_present_kinds` given the runs of ASCII letters of ``text.lower()``."""
    present = set()
    if _DIGIT_RE.search(text):
        present.add("digit")
        present.add("number")
    elif not words.isdisjoint(_NUMBER_WORDS):
        present.add("number")
    if not words.isdisjoint(_FRACTION_WORDS):
        present.add("fraction")
    if not words.isdisjoint(_MONTHS):
        present.add("month")
    if not words.isdisjoint(_WEEKDAYS):
        present.add("weekday")
    if not words.isdisjoint(_VAGUE):
        present.add("dozens")
    return present


_FRACTION_WORDS = frozenset({"half", "third", "quarter", "thirds"})


_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _fold(word: str) -> str:
    """``word`` in lower case as the IGNORECASE patterns read it ("ſept" is "sept")."""
    return word.translate(_ASCII_FOLD).lower()


def _mention(kind: str, match: re.Match[str], today: _dt.date | None) -> NumberMention | None:
    start, end = match.span()
    if kind == "ratio":
        a, b = parse_number(match["a"]), parse_number(match["b"])
        if a is None or not b or a > b:
            return None
        if _YEAR_RE.fullmatch(match["b"]) and " in " in f" {_fold(match[0])} ":
            return None  # "killed 12 in 2019": when, not one in 2,019
        return NumberMention(start, end, "percent", 100 * a / b)
    if kind == "percent":
        a = parse_number(match["a"])
        return None if a is None else NumberMention(start, end, "percent", a)
    if kind == "fraction":
        return NumberMention(
            start, end, "percent", _FRACTIONS[" ".join(_fold(match["a"]).split())], vague=True
        )
    if kind in {"date_dm", "date_md"}:
        day, month = int(match["d"]), _MONTHS[_fold(match["m"]).rstrip(".")]
        if not 1 <= day <= 31:
            return None
        return NumberMention(start, end, "date", month * 100 + day)
    if kind == "weekday":
        weekday = _WEEKDAYS[_fold(match["w"])]
        if today is not None:
            when = _resolve_weekday(weekday, today)
            return NumberMention(start, end, "date", when.month * 100 + when.day)
        return NumberMention(start, end, "weekday", weekday)
    if kind in {"money", "money_after"}:
        amount = parse_number(match["a"])
        if amount is None:
            return None
        scale = _SCALE_VALUES[_fold(match["scale"])] if match["scale"] else 1.0
        # "€45m" carries its sign; "45m euros" names its currency
        sign = match["cur"]
        unit = (
            _CURRENCY_PREFIXES.get(_fold(sign), sign)
            if kind == "money"
            else _CURRENCY_NAMES[" ".join(_fold(sign).split())]
        )
        return NumberMention(start, end, "count", amount * scale, unit=unit)
    if kind == "measure":
        amount = parse_number(match["a"])
        if amount is None:
            return None
        glued = _fold(match["glued"] or "")
        if glued in {"bn", "tn", "k"}:  # "5bn", "20k": a scale, not a unit
            return NumberMention(start, end, "count", amount * _SCALE_VALUES[glued])
        if glued in {"c", "f"}:
            return NumberMention(start, end, "count", amount, unit="°" + glued.upper())
        unit = _fold(match["unit"] or glued)
        name = _UNIT_NAMES.get(unit) or _UNIT_NAMES.get(unit.rstrip("s")) or unit
        return NumberMention(start, end, "count", amount, unit=name)
    if kind == "dozens":
        return NumberMention(start, end, "count", _VAGUE[_fold(match["a"])], vague=True)
    phrase = match["a"]
    if _names_a_thing(match.string, start, phrase):
        value = parse_number(phrase)
        return None if value is None else NumberMention(start, end, "label", value)
    if phrase.lower() in {"one"}:
        # "one of the groups", "no one": a pronoun far more often than a figure.
        return None
    value = parse_number(phrase)
    return None if value is None else NumberMention(start, end, "count", value)


_LABEL_NOUNS = frozenset({
    "flight", "route", "highway", "interstate", "gate", "platform", "terminal", "runway",
    "article", "section", "chapter", "clause", "category", "phase", "season", "episode",
    "channel", "precinct", "pier", "no",
})  # fmt: skip
"""Nouns a number after which names one of a series ("flight 1282", "category five",
"no. 10"), whatever their case."""
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’.]*)(-|\.?\s)$")
_OPENERS = frozenset(".!?:;\"“”‘'(—–-•*\n")
"""Characters after which a word starts a sentence (or a quotation, an item)."""
_TITLE_CASE_SHARE = 0.6


def _names_a_thing(text: str, start: int, phrase: str) -> bool:
    """Whether the number ``phrase`` at ``start`` names rather than counts.

    It does after a label noun ("flight 1282", "Category 5", "No. 10"); and, in
    digits, glued by a hyphen to a word with a capital ("Su-34", "COVID-19", "F-35")
    or after a capitalised word within a sentence ("Boeing 737", "Max 9", "Windows
    11"). Not after a capitalised word that opens a sentence or a quotation ("About
    200", "Some 600"), a month or weekday ("Sunday 12 people"), a possessive
    ("Alaska's 65 jets"), nor in a headline in title case, where every word has one.
    """
    found = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word, gap = found.group(1), found.group(2)
    lower = word.lower().rstrip(".")
    if lower in _LABEL_NOUNS and (gap != "-" or lower == "no"):
        return True
    if not phrase[0].isdigit() or word == word.lower():
        return False
    if gap == "-":
        return True
    if word[-1] == "." or lower in _MONTHS or lower in _WEEKDAYS:
        return False
    if lower.endswith(("'s", "’s", "s'", "s’")):
        return False
    before = text[: found.start()].rstrip(" \t")
    if not before or before[-1] in _OPENERS:
        return False
    words = _CAPITAL_WORD_RE.findall(text)
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals < _TITLE_CASE_SHARE * len(words)


_CAPITAL_WORD_RE = re.compile(r"\b[^\W\d_]{4,}")


def place_weekdays(
    mentions: tuple[NumberMention, ...], today: _dt.date | None
) -> tuple[NumberMention, ...]:
    """``mentions`` with each weekday turned into a date, when ``today`` is known.

    The same as passing ``today`` to :func:`find_numbers`, for mentions found without it
    (so a sentence is scanned once however many dated articles print it).
    """
    if today is None or not any(m.kind == "weekday" for m in mentions):
        return mentions
    out = []
    for m in mentions:
        if m.kind == "weekday":
            when = _resolve_weekday(int(m.value), today)
            m = NumberMention(m.start, m.end, "date", when.month * 100 + when.day)
        out.append(m)
    return tuple(out)


def infer_article_date(text: str, year: int | None = None) -> _dt.date | None:
    """A date the article anchors itself to: "Saturday, October 3" (weekday next to a date).

    Returns the latest such anchor (the article's "today" as best known), or None.
    When ``year`` is not given, the year whose calendar makes the weekday right
    is chosen among the last 30 years (``None`` when none or several fit).
    """
    best: _dt.date | None = None
    this_year = _dt.date.today().year
    for match in _anchor_matches(text):
        weekday = _WEEKDAYS[_fold(match["w"])]
        month = _MONTHS[_fold(match["m1"] or match["m2"])]
        day = int(match["d1"] or match["d2"])
        years = [year] if year else list(range(this_year, this_year - 30, -1))
        fits = []
        for y in years:
            try:
                candidate = _dt.date(y, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday:
                fits.append(candidate)
        if not fits:
            continue
        candidate = fits[0]
        if best is None or candidate > best:
            best = candidate
    return best


_ANCHOR_RE = re.compile(
    r"\b(?P<w>"
    + "|".join(_WEEKDAYS)
    + r"),?\s(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s(?P<m1>"
    + _MONTH_NAMES
    + r")|(?P<m2>"
    + _MONTH_NAMES
    + r")\.?\s(?P<d2>\d{1,2}))",
    re.IGNORECASE,
)
"""A weekday next to a calendar date: how an article anchors itself in time."""


def _anchor_matches(text: str) -> Iterable[re.Match[str]]:
    """``_ANCHOR_RE.finditer(text)``, trying the pattern only where a weekday name can begin.

    Every weekday name ends in "day", three to six letters after its start;
    positions are found in ``text.lower()`` when it lines up with ``text``.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return _ANCHOR_RE.finditer(text)
    starts: set[int] = set()
    find = lowered.find
    at = find("day", 3)
    while at >= 0:
        starts.update(range(max(0, at - 6), at - 2))
        at = find("day", at + 1)
    return _matches_at(_ANCHOR_RE, text, sorted(starts))
