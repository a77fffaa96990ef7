"""Prints the eligibility facts of policies with their evidence sentences, for review.

    python3 tools/show_evidence.py usl.35usc202.title-election     # one policy
    python3 tools/show_evidence.py usl.                              # every id with this prefix

Evidence from the shared US law texts is read from the shared data folder at print time (the
project's files hold only its path, offsets and hash); a changed file is reported.
"""
import hashlib
import sys

import eligibility


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    resolver = eligibility.Resolver()
    found = False
    for rec in eligibility.records(resolver):
        if not rec["id"].startswith(argv[0]):
            continue
        found = True
        print(f"== {rec['id']} ({rec['type']}, {rec['split']}): {rec['title']}")
        for key in eligibility.FACT_KEYS:
            for fact in rec[key]:
                label = {k: v for k, v in fact.items() if k != "evidence"}
                evs = fact["evidence"] if isinstance(fact["evidence"], list) else [fact["evidence"]]
                print(f"  {key}: {label}")
                for ev in evs:
                    text = resolver.sentence_text(ev)
                    if "sentence_sha256" in ev and \
                            hashlib.sha256(text.encode("utf-8")).hexdigest() != ev["sentence_sha256"]:
                        text = "(the shared file changed: hash differs) " + text
                    where = ev.get("passage") or f"{ev['path']}:{ev['line']}"
                    print(f"      [{where}] {text}")
    if not found:
        print(f"no policy id starts with {argv[0]!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
