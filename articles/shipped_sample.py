"""The bundled sample's segmentation, shipped with the package for the very first launch.

Every launch without arguments opens the sample.  From the second on, its
segmentation comes from the user's cache (:mod:`store.ingest_cache`); the very
first would have to import the layout rules and segment the five texts
(~40 ms of a ~400 ms first paint).  The package therefore carries that
segmentation in ``sample/segmentation.json``, keyed by the sample texts and by
the source of the modules that segment them: after any change to those, the
key no longer matches, the file is ignored (the texts are segmented as usual)
and a test says to run ``python -m articles.shipped_sample`` to rewrite it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from articles.ingest import SAMPLE_FOLDER, RawText, build_articles, read_paths
from articles.model import Article, text_hash
from articles.segmentation_codec import decode_article, encode_article

SEGMENTATION_FILE = SAMPLE_FOLDER / "segmentation.json"
LAYOUT_MODULES = (
    "controls.py",
    "ingest.py",
    "layout.py",
    "markdown_text.py",
    "model.py",
    "segment.py",
    "segmentation_codec.py",
    "shipped_sample.py",
)
"""The modules whose source decides how a text is segmented (and encoded)."""


def layout_key(raws: Sequence[RawText], hashes: Sequence[str]) -> str:
    """What the shipped segmentation of ``raws`` (hashing to ``hashes``) is valid for."""
    digest = hashlib.sha256(b"shipped sample 1\n")
    folder = Path(__file__).parent
    for name in LAYOUT_MODULES:
        digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
    for raw, content_hash in zip(raws, hashes, strict=True):
        fields = (raw.id, content_hash, raw.title or "", raw.outlet or "", raw.byline or "")
        digest.update(("\0".join(fields) + "\n").encode())
    return digest.hexdigest()[:32]


def shipped_articles(raws: Sequence[RawText]) -> tuple[Article, ...] | None:
    """The sample's articles from the shipped segmentation; None if it is not for ``raws``."""
    hashes = [text_hash(raw.text) for raw in raws]
    try:
        doc = json.loads(SEGMENTATION_FILE.read_bytes())
        if doc.get("key") != layout_key(raws, hashes) or len(doc["articles"]) != len(raws):
            return None
        return tuple(
            decode_article(raw, content_hash, entry)
            for raw, content_hash, entry in zip(raws, hashes, doc["articles"], strict=True)
        )
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def sample_articles(raws: Sequence[RawText]) -> tuple[Article, ...]:
    """The sample's articles: shipped when current, else segmented now."""
    return shipped_articles(raws) or build_articles(raws)


def write_segmentation(path: Path = SEGMENTATION_FILE) -> None:
    """Segment the bundled sample and write the shipped file (run after a layout change)."""
    raws = read_paths([SAMPLE_FOLDER]).raws
    built = build_articles(raws)
    doc = {
        "key": layout_key(raws, [a.content_hash for a in built]),
        "articles": [encode_article(a) for a in built],
    }
    path.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_segmentation()
    print(f"wrote {SEGMENTATION_FILE}")
