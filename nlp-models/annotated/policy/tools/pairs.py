"""(organization, policy) eligibility pairs: pairs-source/{orgs,labels}.tsv to pairs.tsv.

Each pair takes the split of its policy (eligibility.jsonl), so a policy's text, its facts and
its pairs are all dev or all test. The organization's facts read from the shared data
(tools/orgs.py) are written beside the hand-recorded ones.

Python 3 standard library only.
"""
import csv
import io

import eligibility
import orgs

LABELS = orgs.ROOT / "pairs-source" / "labels.tsv"
VALUES = {"label": {"eligible", "not-eligible"}, "confidence": {"high", "medium"}}
COLUMNS = ["pair_id", "split", "policy_id", "policy_type", "org_name", "org_file", "org_kind",
           "org_country", "org_region", "org_size_class", "org_size_basis", "data_records",
           "data_place", "data_tech", "org_public_facts", "label", "role", "confidence", "reason"]


class PairError(ValueError):
    pass


def rows(policies=None, org_table=None):
    policies = policies or {r["id"]: r for r in eligibility.records()}
    org_table = org_table or orgs.org_facts()
    out = []
    seen = set()
    for n, lab in enumerate(orgs.read_tsv(LABELS), 2):
        where = f"labels.tsv:{n}"
        if lab["policy_id"] not in policies:
            raise PairError(f"{where}: unknown policy {lab['policy_id']}")
        if lab["org_id"] not in org_table:
            raise PairError(f"{where}: unknown organization {lab['org_id']}")
        for key, allowed in VALUES.items():
            if lab[key] not in allowed:
                raise PairError(f"{where}: {key} {lab[key]!r} not in {sorted(allowed)}")
        if not lab["reason"].strip():
            raise PairError(f"{where}: no reason")
        pid = f"{lab['org_id']}@{lab['policy_id']}"
        if pid in seen:
            raise PairError(f"{where}: duplicate pair {pid}")
        seen.add(pid)
        o = org_table[lab["org_id"]]
        p = policies[lab["policy_id"]]
        out.append({
            "pair_id": pid, "split": p["split"], "policy_id": p["id"], "policy_type": p["type"],
            "org_name": o["name"], "org_file": o["file"], "org_kind": o["kind"],
            "org_country": o["country"], "org_region": o["region"], "org_size_class": o["size_class"],
            "org_size_basis": o["size_basis"], "data_records": o["data_records"],
            "data_place": " ".join(x for x in (o["data_place"], o["data_kinds"]) if x),
            "data_tech": o["data_tech"], "org_public_facts": o["public_facts"],
            "label": lab["label"], "role": lab["role"], "confidence": lab["confidence"],
            "reason": lab["reason"],
        })
    out.sort(key=lambda r: (r["split"], r["policy_id"], r["pair_id"]))
    return out


def outputs(pair_rows=None):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    for r in pair_rows if pair_rows is not None else rows():
        w.writerow(r)
    return {"pairs.tsv": buf.getvalue()}
