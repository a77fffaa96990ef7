#!/usr/bin/env python3
"""Second-pass consistency report for the FFII evaluation set (a reading aid; it changes nothing).

Lists (1) mention texts typed differently on different pages, and (2) for every text annotated
somewhere, its visible occurrences on other pages that no mention or O line covers, so that
each can be checked by reading the page. Usage:
    python3 nlp-models/annotated/tools/consistency.py [--min-len 3]
"""

import collections
import os
import re
import sys

import ffiitext as F
import build_jsonl as B


def main(argv):
    min_len = int(argv[argv.index("--min-len") + 1]) if "--min-len" in argv else 3
    pages = []
    types = collections.defaultdict(set)
    for row in F.read_pages_tsv():
        page, rec = B.build_page(row)
        path = os.path.join(B.ANN_DIR, page.name + ".ann")
        _, lines, _ = B.parse_ann(path)
        blocked = []
        for typ, literal, sel, where in lines:
            if typ == "O":
                blocked += page.occurrences(literal)
        spans = [(page.conv.cp(e["start"]), page.conv.cp(e["end"])) for e in rec["entities"]]
        pages.append((page, rec, spans + blocked))
        for e in rec["entities"]:
            types[B.visible_name(e["text"])].add((e["type"], page.name))
    print("## texts with more than one type")
    for text, occ in sorted(types.items()):
        if len({t for t, _ in occ}) > 1:
            print("%-40s %s" % (text, sorted(occ)))
    print("\n## annotated texts left uncovered on other pages")
    for text in sorted(types):
        if len(text) < min_len:
            continue
        annotated_on = {p for _, p in types[text]}
        for page, rec, covered in pages:
            hits = [sp for sp in page.occurrences(text)
                    if not any(cs <= sp[0] and sp[1] <= ce or (cs < sp[1] and sp[0] < ce) for cs, ce in covered)]
            for s, e in hits:
                where = "annotated here too" if page.name in annotated_on else ""
                ctx = page.text[max(0, s - 40):e + 40].replace("\n", " ")
                print("%-28s %-34s %s | %s" % (text[:28], page.name, where, ctx))


if __name__ == "__main__":
    main(sys.argv[1:])
