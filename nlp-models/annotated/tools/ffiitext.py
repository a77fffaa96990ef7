"""Shared helpers for the FFII wiki evaluation set: reading pages, markup masks, regions.

Standard library only. Offsets handed to the outside are Java String indices (UTF-16 code
units) into the file decoded as UTF-8; inside Python we work on code points and convert.
"""

import hashlib
import os
import re

# The shared-data root: IPGRAPH_SHARED_DATA, else ../shared/data relative to the repository.
_HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(_HERE, "..", "..", ".."))
ANNOTATED = os.path.abspath(os.path.join(_HERE, ".."))
PAGES_TSV = os.path.join(ANNOTATED, "ffii", "pages.tsv")

REGION_LIMIT = 8000  # pages longer than this are annotated up to the last line end at or before it

# Markup that is not visible text: a name is never annotated inside it.
#  - link targets: the "](Target "wikilink")" part of [text](Target "wikilink")
#  - autolinks <http://...> and bare URLs
#  - heading anchors {#anchor}
#  - HTML tags
MASKS = [
    re.compile(r'\]\([^)\s]*(?:\s+"[^"]*")?\)'),
    re.compile(r'<(?:https?|ftp|mailto):[^>\s]*>'),
    re.compile(r'\b(?:https?|ftp)://[^\s)\]>"]+'),
    re.compile(r'\bwww\.[^\s)\]>"]+'),
    re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+'),
    re.compile(r'\{#[^}\n]*\}'),
    re.compile(r'</?[A-Za-z][^>\n]*>'),
]


def shared_root():
    root = os.environ.get("IPGRAPH_SHARED_DATA")
    if not root:
        root = os.path.join(REPO, "..", "shared", "data")
    return os.path.abspath(root)


def read_page(rel):
    """(text, sha256) of a page given by its path relative to the shared-data root."""
    path = os.path.join(shared_root(), rel)
    with open(path, "rb") as f:
        data = f.read()
    return data.decode("utf-8"), hashlib.sha256(data).hexdigest()


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


class Utf16:
    """Converts code-point offsets of one string to UTF-16 offsets and back."""

    def __init__(self, text):
        self.text = text
        self.simple = all(ord(c) <= 0xFFFF for c in text)
        if not self.simple:
            self.to16 = [0]
            for c in text:
                self.to16.append(self.to16[-1] + (2 if ord(c) > 0xFFFF else 1))
            self.from16 = {u: i for i, u in enumerate(self.to16)}

    def u16(self, i):
        return i if self.simple else self.to16[i]

    def cp(self, u):
        if self.simple:
            return u
        if u not in self.from16:
            raise ValueError("UTF-16 offset %d splits a surrogate pair" % u)
        return self.from16[u]

    def length(self):
        return self.u16(len(self.text))


def masked_spans(text):
    """Sorted (start, end) code-point spans of markup that is not visible text."""
    spans = []
    for pattern in MASKS:
        spans.extend(m.span() for m in pattern.finditer(text))
    spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def region_end(text):
    """Code-point end of the annotated region: the whole page, or for a page longer than
    REGION_LIMIT UTF-16 units the end of the last complete line (after its newline) within
    the first REGION_LIMIT units."""
    conv = Utf16(text)
    if conv.length() <= REGION_LIMIT:
        return len(text)
    limit = conv.cp(REGION_LIMIT) if conv.simple else max(
        i for i in range(len(text) + 1) if conv.u16(i) <= REGION_LIMIT)
    cut = text.rfind("\n", 0, limit)
    if cut < 0:
        raise ValueError("no line end within the first %d characters" % REGION_LIMIT)
    return cut + 1


def visible_text(text):
    """The page as a reader sees it, roughly: masked markup removed, markup punctuation and
    pandoc escapes dropped, whitespace collapsed. Used only to measure pages and to match the
    litigation pattern, never for offsets."""
    out = []
    last = 0
    for s, e in masked_spans(text):
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    t = " ".join(out)
    t = re.sub(r"\\(.)", r"\1", t)              # pandoc escapes \' \" \- ...
    t = re.sub(r"[\[\]`*_#|>{}]", " ", t)       # link brackets, code, emphasis, headings, tables
    t = re.sub(r"^\s*[-=]{3,}\s*$", " ", t, flags=re.M)  # horizontal rules
    t = re.sub(r"-\*-.*?-\*-", " ", t, flags=re.S)       # MoinMoin "-*- dok: ...; lang: en -*-" headers
    return re.sub(r"\s+", " ", t).strip()


def rank(seed, purpose, path):
    """A uniformly random, reproducible rank for a path: SHA-256 of seed, purpose and path."""
    return hashlib.sha256(("%s:%s:%s" % (seed, purpose, path)).encode("utf-8")).hexdigest()


def read_pages_tsv():
    rows = []
    with open(PAGES_TSV, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows
