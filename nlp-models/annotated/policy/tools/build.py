"""Builds the generated files of the policy annotation set from the hand-written sources.

    python3 tools/build.py            # writes dev.jsonl, test.jsonl (and the other outputs)
    python3 tools/build.py --check    # fails if a generated file differs from what it would write

Python 3 standard library only. Run from anywhere; paths are relative to this set's folder.
"""
import argparse
import json
import sys

import passages
import split

ROOT = passages.ROOT


def passage_records():
    ps = passages.all_passages()
    splits = split.passage_splits(ps)
    records = {"dev": [], "test": []}
    for p in ps:
        for e in p["entities"]:
            assert passages.utf16_slice(p["text"], e["start"], e["end"]) == e["text"]
        records[splits[p["id"]]].append({
            "id": p["id"],
            "text": p["text"],
            "language": p["header"]["language"],
            "region": p["header"]["region"],
            "source": p["header"]["source"],
            "split": splits[p["id"]],
            "entities": p["entities"],
        })
    return ps, splits, records


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def outputs():
    """{file name: content} of every generated file."""
    out = {}
    _, _, records = passage_records()
    for name in ("dev", "test"):
        out[f"{name}.jsonl"] = jsonl(records[name])
    import eligibility
    out.update(eligibility.outputs())
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    stale = []
    for name, content in outputs().items():
        path = ROOT / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(name)
        else:
            path.write_text(content, encoding="utf-8")
            print(f"wrote {name}")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run tools/build.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
