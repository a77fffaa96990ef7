"""Builds the generated files of the policy annotation set from the hand-written sources.

    python3 tools/build.py            # writes dev.jsonl, test.jsonl (and the other outputs)
    python3 tools/build.py --check    # fails if a generated file differs from what it would write

Python 3 standard library only. Run from anywhere; paths are relative to this set's folder.
"""
import argparse
import collections
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


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def counts(records, facts, pair_rows):
    """The counts section of README.md, as Markdown."""
    import eligibility
    splits = ("dev", "test")
    regions = sorted({r["region"] for s in splits for r in records[s]})
    parts = ["Passages per region and split:", "",
             table(["region"] + list(splits) + ["all"],
                   [[g] + [sum(r["region"] == g for r in records[s]) for s in splits]
                    + [sum(r["region"] == g for s in splits for r in records[s])] for g in regions]
                   + [["all"] + [len(records[s]) for s in splits] + [sum(len(records[s]) for s in splits)]]),
             "", "Mentions per type and split:", ""]
    types = [t for t in passages.TYPES if any(e["type"] == t for s in splits for r in records[s] for e in r["entities"])]
    per = {s: collections.Counter(e["type"] for r in records[s] for e in r["entities"]) for s in splits}
    parts += [table(["type"] + list(splits) + ["all"],
                    [[t] + [per[s][t] for s in splits] + [sum(per[s][t] for s in splits)] for t in types]
                    + [["all"] + [sum(per[s].values()) for s in splits] + [sum(sum(per[s].values()) for s in splits)]]),
              "", "Policies and funds with eligibility facts (source: passage or shared US law text):", ""]
    kinds = [("passage", "policy"), ("passage", "fund"), ("shared", "policy"), ("shared", "fund")]
    parts += [table(["source", "type"] + list(splits),
                    [[k, t] + [sum(f["source"]["kind"] == k and f["type"] == t and f["split"] == s for f in facts)
                               for s in splits] for k, t in kinds]),
              "", "Eligibility facts per kind and split (one fact = one value with its evidence):", ""]
    parts += [table(["fact kind"] + list(splits) + ["all"],
                    [[k] + [sum(len(f[k]) for f in facts if f["split"] == s) for s in splits]
                     + [sum(len(f[k]) for f in facts)] for k in eligibility.FACT_KEYS]),
              "", "Instruments (values of the instrument facts):", ""]
    inst = collections.Counter(i["value"] for f in facts for i in f["instrument"])
    parts += [table(["instrument", "facts"], sorted(inst.items())),
              "", "Pairs per label and split:", ""]
    labels = ("eligible", "not-eligible")
    parts += [table(["label"] + list(splits) + ["all"],
                    [[l] + [sum(p["label"] == l and p["split"] == s for p in pair_rows) for s in splits]
                     + [sum(p["label"] == l for p in pair_rows)] for l in labels]
                    + [["all"] + [sum(p["split"] == s for p in pair_rows) for s in splits] + [len(pair_rows)]]),
              "", f"Pairs cover {len({p['org_name'] for p in pair_rows})} organizations and "
                  f"{len({p['policy_id'] for p in pair_rows})} policies; "
                  f"{sum(p['confidence'] == 'high' for p in pair_rows)} labels have high and "
                  f"{sum(p['confidence'] == 'medium' for p in pair_rows)} medium confidence."]
    return "\n".join(parts) + "\n"


def outputs():
    """{file name: content} of every generated file."""
    import eligibility
    import pairs
    out = {}
    _, _, records = passage_records()
    for name in ("dev", "test"):
        out[f"{name}.jsonl"] = jsonl(records[name])
    facts = eligibility.records()
    out.update(eligibility.outputs(facts))
    pair_rows = pairs.rows({f["id"]: f for f in facts})
    out.update(pairs.outputs(pair_rows))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->\n", "<!-- counts:end -->"
    if start in readme and end in readme:
        head, rest = readme.split(start, 1)
        out["README.md"] = head + start + counts(records, facts, pair_rows) + end + rest.split(end, 1)[1]
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
