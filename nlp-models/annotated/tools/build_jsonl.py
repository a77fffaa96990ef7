#!/usr/bin/env python3
"""Expands the hand-written .ann files of the FFII evaluation set into dev.jsonl and test.jsonl.

Usage (from the repository root):
    python3 nlp-models/annotated/tools/build_jsonl.py            # check all pages, write the JSONL
    python3 nlp-models/annotated/tools/build_jsonl.py --check    # check and compare, write nothing
    python3 nlp-models/annotated/tools/build_jsonl.py --show NAME [--uncovered]
                 # one page (NAME = file name without .md): its mentions in context, and with
                 # --uncovered the capitalized words no mention covers (a reading aid only)
    python3 nlp-models/annotated/tools/build_jsonl.py --stats    # counts per split, stratum and type

The .ann format is described in nlp-models/annotated/GUIDELINE.md ("Authoring format").
Every check failure names the .ann file, its line and the reason, and the run exits non-zero.
Offsets in the output are Java String indices (UTF-16 code units) into the page decoded as UTF-8.
"""

import json
import os
import re
import sys

import ffiitext as F

ANN_DIR = os.path.join(F.ANNOTATED, "ffii", "ann")
OUT = {s: os.path.join(F.ANNOTATED, "ffii", "%s.jsonl" % s) for s in ("dev", "test")}

TYPES = {"ORGANIZATION": "ORGANIZATION", "ORG": "ORGANIZATION", "PERSON": "PERSON", "PER": "PERSON",
         "POLICY": "POLICY", "POL": "POLICY", "FUND": "FUND", "O": "O"}
OTHER_LANGUAGE_TYPES = {"ORGANIZATION", "PERSON", "O"}
OUTCOMES = {"won", "lost", "dismissed", "settled", "licence-taken", "injunction", "pending", "unknown"}
LIT_KEYS = {"plaintiffs", "defendants", "court", "country", "date", "date_iso", "patents", "outcome", "evidence", "note"}

# A region tag of a dated news line ("2004-07-16 US ZDNet: ...", "05-11-21 US ...", also as a link
# text "2004-10-27 [ DE](SwpatdeEn ...)"): two capital letters right after a date, possibly several
# joined by "/" or ",". Never part of a mention (GUIDELINE, "Region tags").
REGION_TAG = re.compile(
    r"\b(?:\d{4}-\d{2}(?:-\d{2})?|\d{2}-\d{2}-\d{2})\s+(?:\[\s*)?([A-Z]{2}(?:\s*[/,]\s*[A-Z]{2})*)\b")


class AnnError(Exception):
    pass


# What may stand between two words of a name: whitespace (names wrap across lines), possibly with
# inline markup around it (code-span backticks, emphasis, link brackets, MoinMoin's "!" that
# stops WikiName linking, the backslash that ends a quoted code line before its line break):
# "Mark `[`MacGann" and "Mark* !MacGann" are the visible "Mark MacGann".
SEPARATOR = r"(?:[`*_\[\]!\\]*\s)+[`*_\[\]!]*"


def pattern(literal, bounded=True):
    """A regex for a literal from an .ann file: whitespace matches any run of whitespace (names
    wrap across lines), any other non-alphanumeric character may carry a pandoc backslash escape,
    and with bounded the match must not start or end inside a word."""
    parts = []
    for token in re.split(r"(\s+)", literal.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(SEPARATOR)
            continue
        for c in token:
            parts.append(re.escape(c) if c.isalnum() else r"\\?" + re.escape(c))
    body = "".join(parts)
    if bounded:
        if re.match(r"\w", literal.strip()):
            body = r"(?<![\w])" + body
        if re.search(r"\w$", literal.strip()):
            body = body + r"(?![\w])"
    return re.compile(body)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_name(s):
    """A mention's text as a reader sees it: markup between its words and line breaks become one
    space ("Biogen`` ``Inc" -> "Biogen Inc")."""
    return re.sub(SEPARATOR, " ", s).strip()


class Page:
    def __init__(self, row):
        self.row = row
        self.rel = row["path"]
        self.name = os.path.basename(self.rel)[:-3]
        self.text, self.sha = F.read_page(self.rel)
        if self.sha != row["sha256"]:
            raise AnnError("%s: SHA-256 %s differs from pages.tsv %s" % (self.rel, self.sha, row["sha256"]))
        self.conv = F.Utf16(self.text)
        self.start = self.conv.cp(int(row["region_start"]))
        self.end = self.conv.cp(int(row["region_end"]))
        self.masks = F.masked_spans(self.text)
        self.tags = [m.span(1) for m in REGION_TAG.finditer(self.text)]

    def visible(self, s, e):
        if s < self.start or e > self.end:
            return False
        for ms, me in self.masks + self.tags:
            if ms < e and s < me:
                return False
        return True

    def occurrences(self, literal, bounded=True):
        return [m.span() for m in pattern(literal, bounded).finditer(self.text)
                if self.visible(*m.span())]

    def find_quote(self, quote):
        """The exact span of a quote in the region (whitespace and escapes flexible)."""
        hits = [m.span() for m in pattern(quote, bounded=False).finditer(self.text)
                if m.start() >= self.start and m.end() <= self.end]
        return hits


def parse_selector(sel, spans, page, where):
    """Filters the occurrence spans of one .ann line by its selector field."""
    if not sel:
        return spans
    if sel.startswith("in:") or sel.startswith("notin:"):
        neg = sel.startswith("notin:")
        ctx = sel.split(":", 1)[1]
        ctx_spans = page.find_quote(ctx)
        if not ctx_spans:
            raise AnnError("%s: context %r not found in the region" % (where, ctx))
        inside = [sp for sp in spans if any(cs <= sp[0] and sp[1] <= ce for cs, ce in ctx_spans)]
        if not neg and not inside:
            raise AnnError("%s: no occurrence inside context %r" % (where, ctx))
        return [sp for sp in spans if sp not in inside] if neg else inside
    if sel.startswith("at:"):
        want = [int(x) for x in sel[3:].split(",")]
        chosen = [sp for sp in spans if page.conv.u16(sp[0]) in want]
        if len(chosen) != len(want):
            raise AnnError("%s: no occurrence starts at each of %s" % (where, want))
        return chosen
    m = re.fullmatch(r"([@!])(\d+(?:,\d+)*)", sel)
    if not m:
        raise AnnError("%s: unknown selector %r (use @n,m  !n,m  in:TEXT  notin:TEXT  at:OFFSET)" % (where, sel))
    nums = [int(x) for x in m.group(2).split(",")]
    for n in nums:
        if n < 1 or n > len(spans):
            raise AnnError("%s: occurrence %d does not exist (%d occurrences)" % (where, n, len(spans)))
    if m.group(1) == "@":
        return [spans[n - 1] for n in nums]
    return [sp for i, sp in enumerate(spans, 1) if i not in nums]


def parse_ann(path):
    """(header dict, entity lines, litigation blocks); each line keeps its line number."""
    header, lines, facts = {}, [], []
    fact = None
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            where = "%s:%d" % (os.path.relpath(path, F.REPO), no)
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if fact is not None:
                if line.strip() == "END":
                    facts.append(fact)
                    fact = None
                    continue
                key, sep, value = line.partition("\t")
                key = key.strip()
                if not sep or key not in LIT_KEYS:
                    raise AnnError("%s: expected 'key<TAB>value' with key in %s, or END" % (where, sorted(LIT_KEYS)))
                fact["lines"].append((key, value.strip(), where))
                continue
            if line.strip() == "LITIGATION":
                fact = {"where": where, "lines": []}
                continue
            if line.startswith("page:") or line.startswith("status:"):
                key, _, value = line.partition(":")
                header[key] = value.strip()
                continue
            cells = line.split("\t")
            if cells[0] not in TYPES or len(cells) < 2 or len(cells) > 3 or not cells[1].strip():
                raise AnnError("%s: expected TYPE<TAB>text[<TAB>selector], TYPE in %s" % (where, sorted(TYPES)))
            lines.append((TYPES[cells[0]], cells[1].strip(), cells[2].strip() if len(cells) == 3 else "", where))
    if fact is not None:
        raise AnnError("%s: LITIGATION block without END" % fact["where"])
    return header, lines, facts


def resolve(page, lines):
    """Mentions of one page: every selected occurrence of every line, longest first, then
    leftmost; an occurrence overlapping an accepted longer one is dropped. O lines take part
    and are then removed."""
    cands = []
    for typ, literal, sel, where in lines:
        spans = page.occurrences(literal)
        if not spans:
            raise AnnError("%s: %r does not occur in the visible region of %s" % (where, literal, page.rel))
        for sp in parse_selector(sel, spans, page, where):
            cands.append((sp[0], sp[1], typ, where))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []
    for c in cands:
        clash = [t for t in taken if t[0] < c[1] and c[0] < t[1]]
        if not clash:
            taken.append(c)
        elif any(t[0] == c[0] and t[1] == c[1] and t[2] != c[2] for t in clash):
            t = next(t for t in clash if t[0] == c[0] and t[1] == c[1])
            raise AnnError("%s and %s: the same span typed %s and %s" % (t[3], c[3], t[2], c[2]))
    used = {c[3] for c in taken}
    for typ, literal, sel, where in lines:
        if where not in used:
            raise AnnError("%s: every occurrence of %r is inside a longer mention" % (where, literal))
    return sorted((c for c in taken if c[2] != "O"), key=lambda c: c[0])


def iso_ok(value):
    return re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) is not None


def litigation(page, fact, mentions):
    names = {visible_name(page.text[s:e]) for s, e, t, _ in mentions if t in ("ORGANIZATION", "PERSON")}
    out = {"plaintiffs": [], "defendants": [], "court": "", "country": "", "date": "", "date_iso": "",
           "patents": [], "outcome": "unknown", "evidence": [], "evidence_spans": []}
    where = fact["where"]
    for key, value, w in fact["lines"]:
        if key in ("plaintiffs", "defendants"):
            for party in (p.strip() for p in value.split("|")):
                if party and party not in names:
                    raise AnnError("%s: party %r is not the (visible) text of an ORGANIZATION or PERSON mention" % (w, party))
                if party:
                    out[key].append(party)
        elif key == "patents":
            for pat in (p.strip() for p in value.split("|")):
                if pat and not page.find_quote(pat):
                    raise AnnError("%s: patent %r not found in the region" % (w, pat))
                if pat:
                    out["patents"].append(pat)
        elif key == "evidence":
            hits = page.find_quote(value)
            if not hits:
                raise AnnError("%s: evidence not found in the region: %r" % (w, value))
            s, e = hits[0]
            out["evidence"].append(page.text[s:e])
            out["evidence_spans"].append([page.conv.u16(s), page.conv.u16(e)])
        elif key == "outcome":
            if value not in OUTCOMES:
                raise AnnError("%s: outcome %r not in %s" % (w, value, sorted(OUTCOMES)))
            out["outcome"] = value
        elif key == "date_iso":
            if value and not iso_ok(value):
                raise AnnError("%s: date_iso %r is not YYYY, YYYY-MM or YYYY-MM-DD" % (w, value))
            out["date_iso"] = value
        elif key == "country":
            if value and not re.fullmatch(r"[A-Z]{2}|EU|WO", value):
                raise AnnError("%s: country %r is not a two-letter code" % (w, value))
            out["country"] = value
        elif key in ("court", "date"):
            if value and not page.find_quote(value):
                raise AnnError("%s: %s %r not found in the region" % (w, key, value))
            out[key] = collapse(value)
        elif key == "note":
            out["note"] = value
    if not out["plaintiffs"] and not out["defendants"]:
        raise AnnError("%s: a litigation fact names no party" % where)
    if not out["evidence"]:
        raise AnnError("%s: a litigation fact without evidence" % where)
    return out


def build_page(row):
    page = Page(row)
    path = os.path.join(ANN_DIR, page.name + ".ann")
    if not os.path.exists(path):
        raise AnnError("%s: no annotation file %s" % (page.rel, os.path.relpath(path, F.REPO)))
    header, lines, facts = parse_ann(path)
    if header.get("page") != page.rel:
        raise AnnError("%s: 'page:' line says %r, pages.tsv %r" % (os.path.relpath(path, F.REPO), header.get("page"), page.rel))
    if row["language"] != "eng":
        for typ, literal, sel, where in lines:
            if typ not in OTHER_LANGUAGE_TYPES:
                raise AnnError("%s: %s is not annotated on %s pages (organizations and persons only)" % (where, typ, row["language"]))
        if facts:
            raise AnnError("%s: litigation facts are not annotated on other-language pages" % facts[0]["where"])
    mentions = resolve(page, lines)
    entities = []
    for s, e, typ, where in mentions:
        u_s, u_e = page.conv.u16(s), page.conv.u16(e)
        text = page.text[s:e]
        # the Java view: UTF-16 slice of the whole decoded page
        java = page.text.encode("utf-16-le")[2 * u_s:2 * u_e].decode("utf-16-le")
        if java != text or text != text.strip():
            raise AnnError("%s: mention %r does not equal its UTF-16 slice [%d,%d) or has outer whitespace" % (where, text, u_s, u_e))
        entities.append({"type": typ, "start": u_s, "end": u_e, "text": text})
    record = {
        "source": page.rel, "sha256": page.sha, "language": row["language"], "stratum": row["stratum"],
        "split": row["split"], "region": [int(row["region_start"]), int(row["region_end"])],
        "entities": entities,
        "litigation": [litigation(page, f, mentions) for f in facts],
    }
    return page, record


def context(page, s, e, width=40):
    left = page.text[max(0, s - width):s].replace("\n", " ")
    right = page.text[e:e + width].replace("\n", " ")
    return "%s[[%s]]%s" % (left, page.text[s:e].replace("\n", " "), right)


def show(name, uncovered):
    rows = [r for r in F.read_pages_tsv() if os.path.basename(r["path"]) == name + ".md"]
    if not rows:
        sys.exit("%s is not in pages.tsv" % name)
    page, rec = build_page(rows[0])
    for ent in rec["entities"]:
        s, e = page.conv.cp(ent["start"]), page.conv.cp(ent["end"])
        print("%-12s %5d %s" % (ent["type"], ent["start"], context(page, s, e)))
    for fact in rec["litigation"]:
        print("LITIGATION", json.dumps({k: v for k, v in fact.items() if k != "evidence_spans"}, ensure_ascii=False))
    if uncovered:
        covered = [(page.conv.cp(x["start"]), page.conv.cp(x["end"])) for x in rec["entities"]]
        print("--- capitalized words outside mentions (reading aid; most are rightly left out):")
        seen = {}
        for m in re.finditer(r"\b[A-Z][\w.&'-]*[A-Za-z]", page.text):
            s, e = m.span()
            if not page.visible(s, e) or any(cs <= s < ce for cs, ce in covered):
                continue
            seen.setdefault(m.group(), []).append(page.conv.u16(s))
        print(", ".join("%s(%d)" % (w, len(v)) for w, v in sorted(seen.items())))


def build_all():
    records = {"dev": [], "test": []}
    errors = []
    for row in F.read_pages_tsv():
        try:
            _, rec = build_page(row)
            records[row["split"]].append(rec)
        except AnnError as e:
            errors.append(str(e))
    if errors:
        sys.exit("\n".join(["%d error(s):" % len(errors)] + errors))
    return records


def render(records):
    return {s: "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
            for s, recs in records.items()}


def stats(records):
    types = ["ORGANIZATION", "PERSON", "POLICY", "FUND"]
    print("| split | stratum | pages | characters | " + " | ".join(types) + " | litigation facts |")
    print("|---|---|---|---|" + "---|" * len(types) + "---|")
    for split in ("dev", "test"):
        strata = sorted({r["stratum"] for r in records[split]}, key=["random", "litigation", "other"].index)
        for stratum in strata + ["all"]:
            recs = [r for r in records[split] if stratum in ("all", r["stratum"])]
            counts = [sum(1 for r in recs for x in r["entities"] if x["type"] == t) for t in types]
            chars = sum(r["region"][1] - r["region"][0] for r in recs)
            print("| %s | %s | %d | %d | %s | %d |" % (split, stratum, len(recs), chars,
                  " | ".join(map(str, counts)), sum(len(r["litigation"]) for r in recs)))


def main(argv):
    if "--show" in argv:
        try:
            show(argv[argv.index("--show") + 1], "--uncovered" in argv)
        except AnnError as e:
            sys.exit(str(e))
        return
    records = build_all()
    if "--stats" in argv:
        stats(records)
        return
    texts = render(records)
    if "--check" in argv:
        for split, text in texts.items():
            with open(OUT[split], encoding="utf-8") as f:
                if f.read() != text:
                    sys.exit("%s is not what the .ann files give: run build_jsonl.py" % os.path.relpath(OUT[split], F.REPO))
        print("all %d pages check; the JSONL files are up to date" % sum(len(r) for r in records.values()))
        return
    for split, text in texts.items():
        with open(OUT[split], "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s: %d pages" % (os.path.relpath(OUT[split], F.REPO), len(records[split])))


if __name__ == "__main__":
    main(sys.argv[1:])
