"""Reads the annotated policy passages (passages/*.txt, [[type:text]] markup).

A passage file is a header of "# key: value" lines, then the passage: paragraphs separated by a
blank line. The plain text is the paragraphs with the markup removed, joined by one blank line.
Offsets are Java String (UTF-16 code unit) offsets into that plain text.

Python 3 standard library only.
"""
import pathlib
import re

TYPES = ("organization", "person", "location", "money", "date", "policy", "fund", "patent_number")
MARKUP = re.compile(r"\[\[([a-z_]+):(.+?)\]\]")
HEADER = re.compile(r"^#\s*([a-z_]+):\s*(.*)$")

ROOT = pathlib.Path(__file__).resolve().parent.parent
PASSAGES = ROOT / "passages"


def utf16_len(s):
    """Length of s in UTF-16 code units, as Java's String.length()."""
    return len(s.encode("utf-16-le")) // 2


class MarkupError(ValueError):
    pass


def parse_body(body, where):
    """Strips the markup from body. Returns (plain text, [(type, start, end, text)]) with
    Python (code point) offsets."""
    out = []
    entities = []
    pos = 0
    for m in MARKUP.finditer(body):
        kind, span = m.group(1), m.group(2)
        if kind not in TYPES:
            raise MarkupError(f"{where}: unknown type '{kind}' in {m.group(0)!r}")
        if span != span.strip() or not span:
            raise MarkupError(f"{where}: span with surrounding blanks or empty: {m.group(0)!r}")
        if "[[" in span or "]]" in span:
            raise MarkupError(f"{where}: nested markup in {m.group(0)!r}")
        out.append(body[pos:m.start()])
        start = sum(len(p) for p in out)
        out.append(span)
        entities.append((kind, start, start + len(span), span))
        pos = m.end()
    out.append(body[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        raise MarkupError(f"{where}: unbalanced markup left in the text")
    return plain, entities


def read_passage(path):
    """Returns a dict: id, header (dict), text (plain), entities ([{type,start,end,text}] with
    UTF-16 offsets), verified."""
    path = pathlib.Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    header = {}
    body_lines = []
    in_header = True
    for number, line in enumerate(lines, 1):
        if in_header and line.startswith("#"):
            m = HEADER.match(line)
            if not m:
                raise MarkupError(f"{path.name}:{number}: header line is not '# key: value'")
            header[m.group(1)] = m.group(2).strip()
            continue
        in_header = False
        if line.startswith("#"):
            raise MarkupError(f"{path.name}:{number}: comment line inside the passage body")
        body_lines.append(line.rstrip())
    paragraphs = []
    current = []
    for line in body_lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    body = "\n\n".join(paragraphs)
    plain, entities = parse_body(body, path.name)
    for key in ("id", "region", "language", "source", "issuer", "year", "basis"):
        if key not in header:
            raise MarkupError(f"{path.name}: header lacks '{key}'")
    if header["id"] != path.stem:
        raise MarkupError(f"{path.name}: header id {header['id']!r} differs from the file name")
    converted = []
    for kind, start, end, span in entities:
        s16 = utf16_len(plain[:start])
        e16 = s16 + utf16_len(span)
        converted.append({"type": kind, "start": s16, "end": e16, "text": span})
    verify(plain, converted, path.name)
    return {"id": header["id"], "header": header, "text": plain, "entities": converted}


def utf16_slice(text, start, end):
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le")


def verify(text, entities, where):
    """Each entity's UTF-16 slice of text equals its text; spans do not overlap."""
    last_end = -1
    for e in sorted(entities, key=lambda e: e["start"]):
        if utf16_slice(text, e["start"], e["end"]) != e["text"]:
            raise MarkupError(f"{where}: offsets {e['start']}-{e['end']} do not give {e['text']!r}")
        if e["start"] < last_end:
            raise MarkupError(f"{where}: overlapping spans at {e['start']}")
        last_end = e["end"]


def all_passages():
    return [read_passage(p) for p in sorted(PASSAGES.glob("*.txt"))]


def words(text):
    return len(text.split())
