#!/usr/bin/env python3
"""Selects the FFII wiki pages of the hand-annotated evaluation set and splits them.

Reproducible: candidates are listed in sorted path order, each gets the rank
sha256("<seed>:<purpose>:<path>") (hex), and a stratum takes the candidates with the smallest
ranks. The same rank idea splits each stratum: the half with the smaller split ranks is dev.
No random-module state is involved, so any language gives the same pages.

Writes nlp-models/annotated/ffii/pages.tsv. Usage:
    python3 nlp-models/annotated/tools/select_pages.py [--check]
--check recomputes everything and fails if pages.tsv differs (or a page changed).
"""

import os
import re
import sys

import ffiitext as F

SEED = 20261210
DATASET = "ffii-wiki-texts"
MIN_VISIBLE = 400   # visible characters (see ffiitext.visible_text)
N_RANDOM = 60
N_LITIGATION = 20
N_OTHER = {"De": ("deu", 10), "Fr": ("fra", 10)}
MIN_LITIGATION_HITS = 2

# Litigation pattern, matched on the visible text of the annotated region. Words of a legal
# action between parties (case-insensitive), plus "v." / "vs." in lower case followed by a
# space as in "Eolas v. Microsoft". A page is in the litigation pool with at least
# MIN_LITIGATION_HITS matches. "court" and "infring*" are not counted: on this wiki they mostly
# come up in the debate on patentability (court rulings on what is patentable, "infringing
# programs"), and a first draw that counted them picked mostly policy letters (see README).
LITIGATION = re.compile(
    r"\b(?:sue[sd]?|suing|lawsuits?|suits?|versus|settle[sd]?|settlements?|settling"
    r"|litigat\w*|injunctions?|plaintiffs?|defendants?)\b", re.I)
LITIGATION_V = re.compile(r"\b(?:v|vs)\.\s")


def litigation_hits(visible):
    return len(LITIGATION.findall(visible)) + len(LITIGATION_V.findall(visible))


def candidates(folder, suffix):
    """Pages of folder whose name ends in <suffix>.md, with at least MIN_VISIBLE visible
    characters. Returns dicts in sorted path order."""
    base = os.path.join(F.shared_root(), DATASET, folder)
    out = []
    for name in sorted(os.listdir(base)):
        if not name.endswith(suffix + ".md"):
            continue
        rel = "%s/%s/%s" % (DATASET, folder, name)
        text, sha = F.read_page(rel)
        visible = len(F.visible_text(text))
        if visible < MIN_VISIBLE:
            continue
        end = F.region_end(text)
        conv = F.Utf16(text)
        out.append({
            "path": rel, "sha256": sha, "chars": conv.length(), "visible_chars": visible,
            "region_start": 0, "region_end": conv.u16(end),
            "litigation_hits": litigation_hits(F.visible_text(text[:end])),
        })
    return out


def pick(cands, n, purpose):
    return sorted(cands, key=lambda c: F.rank(SEED, purpose, c["path"]))[:n]


def split(rows, purpose):
    ordered = sorted(rows, key=lambda c: F.rank(SEED, purpose, c["path"]))
    half = len(ordered) // 2
    for i, c in enumerate(ordered):
        c["split"] = "dev" if i < half else "test"
    return ordered


def select():
    english = candidates("en", "En")
    for c in english:
        c["language"] = "eng"
    chosen = []
    rand = pick(english, N_RANDOM, "random")
    for c in rand:
        c["stratum"] = "random"
    taken = {c["path"] for c in rand}
    lit_pool = [c for c in english if c["path"] not in taken and c["litigation_hits"] >= MIN_LITIGATION_HITS]
    lit = pick(lit_pool, N_LITIGATION, "litigation")
    for c in lit:
        c["stratum"] = "litigation"
    chosen += split(rand, "split-random") + split(lit, "split-litigation")
    counts = {"en": len(english), "litigation_pool": len(lit_pool)}
    for suffix, (lang, n) in N_OTHER.items():
        pool = candidates("other-languages", suffix)
        counts[suffix] = len(pool)
        other = pick(pool, n, "other-" + suffix)
        for c in other:
            c["stratum"] = "other"
            c["language"] = lang
        chosen += split(other, "split-other-" + suffix)
    return chosen, counts


COLUMNS = ["path", "sha256", "language", "chars", "visible_chars", "stratum", "split",
           "region_start", "region_end"]


def render(chosen, counts):
    lines = [
        "# FFII wiki pages of the hand-annotated evaluation set; written by tools/select_pages.py (seed %d)." % SEED,
        "# Candidates (>= %d visible characters): %d English, %d German, %d French; litigation pool"
        " (>= %d pattern hits in the region, not in the random stratum): %d."
        % (MIN_VISIBLE, counts["en"], counts["De"], counts["Fr"], MIN_LITIGATION_HITS, counts["litigation_pool"]),
        "# path is relative to the shared-data root; chars and region are UTF-16 offsets into the file decoded as UTF-8.",
        "\t".join(COLUMNS),
    ]
    for c in chosen:
        lines.append("\t".join(str(c[k]) for k in COLUMNS))
    return "\n".join(lines) + "\n"


def main(argv):
    chosen, counts = select()
    out = render(chosen, counts)
    if "--check" in argv:
        with open(F.PAGES_TSV, encoding="utf-8") as f:
            if f.read() != out:
                sys.exit("pages.tsv differs from a fresh selection (seed %d): a page changed or the file was edited" % SEED)
        print("pages.tsv matches a fresh selection (%d pages)" % len(chosen))
        return
    os.makedirs(os.path.dirname(F.PAGES_TSV), exist_ok=True)
    with open(F.PAGES_TSV, "w", encoding="utf-8") as f:
        f.write(out)
    print("wrote %s: %d pages" % (os.path.relpath(F.PAGES_TSV), len(chosen)))


if __name__ == "__main__":
    main(sys.argv[1:])
