"""The held-out pairs of 2026-12-07 (heldout/): organizations drawn with a fixed seed, pairs built.

    python3 tools/heldout.py select    # print the drawn organizations (the draw is deterministic)
    python3 tools/heldout.py build     # write heldout/pairs.tsv from heldout/{policies,orgs,labels}.tsv
    python3 tools/heldout.py check     # fail when heldout/pairs.tsv is stale

The draw: every organization name of four shared files (USPTO grant fixtures, the Lens drone
export, the Google Patents wearables export, the SSO list), minus the names any pair of
pairs-source/orgs.tsv uses, sorted, then random.Random(SEED).sample(names, PER_SOURCE) per file
family. The policies are sections of the shared US Code that no pair of pairs.tsv uses.
Python 3 standard library only.
"""
import csv
import pathlib
import random
import re
import sys

import eligibility
import orgs

ROOT = eligibility.ROOT
HELDOUT = ROOT / "heldout"
SEED = 1818
PER_SOURCE = 3
PUBLIC_SECTOR = 4
# Lens applicants and Google Patents assignees include people: only names with an organization word
ORGANIZATION = re.compile(r"\b(INC|CORP|CORPORATION|CO|LTD|LLC|GMBH|AG|SA|SAS|BV|NV|AB|OY|PLC|KK|LIMITED|COMPANY|"
                          r"INCORPORATED|PTE|SRL|SPA|KG|UNIV|UNIVERSITY|INST|INSTITUTE|HOSPITAL|FOUND|FOUNDATION|"
                          r"LAB|LABORATORY|LABORATORIES|GOVERNMENT|NAVY|ARMY|AGENCY|DEPT|DEPARTMENT|CENTER|CENTRE|"
                          r"TECH|TECHNOLOGY|TECHNOLOGIES|SYSTEMS|GROUP|HOLDINGS|COLLEGE|SECRETARY|MINISTRY)\b",
                          re.IGNORECASE)
# the public-sector stratum: universities, colleges and governments of every file, the SSO's
# Academia and Government stakeholder groups
PUBLIC = re.compile(r"\b(UNIV|UNIVERSITY|UNIVERSIDAD|UNIVERSITE|UNIVERSITAT|COLLEGE|GOVERNMENT|SECRETARY|NAVY|"
                    r"ARMY|MINISTRY)\b", re.IGNORECASE)


def _uspto(path):
    names = set()
    text = path.read_text(encoding="utf-8")
    for a in re.findall(r"<assignee>.*?</assignee>", text, re.S):
        org = re.search(r"<orgname>(.*?)</orgname>", a, re.S)
        if org:
            names.add(org.group(1))
    return names


def _lens(path):
    names = set()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names.update(a.strip() for a in (row["Applicants"] or "").split(";;") if a.strip())
    return names


def _google(path):
    with open(path, encoding="utf-8", newline="") as f:
        f.readline()  # the search URL
        return {r["assignee"] for r in csv.DictReader(f) if r["assignee"]}


def _sso(path, groups=None):
    with open(path, encoding="utf-8", newline="") as f:
        return {r["name"] for r in csv.DictReader(f)
                if r["name"] and (groups is None or r["stakeholdergroup"].strip() in groups)}


def candidates():
    """{source family: [(name, file relative to the shared data)]}, sorted."""
    shared = eligibility.shared_data_dir()
    out = {}
    fixtures = []
    for p in sorted((shared / "uspto-ipg-fixtures").glob("ipg*.small.xml")):
        fixtures += [(n, f"uspto-ipg-fixtures/{p.name}") for n in _uspto(p)]
    out["uspto-ipg-fixtures"] = fixtures
    lens = "lens-drones-patents/drones_fulltext_families_5884.csv"
    out["lens-drones-patents"] = [(n, lens) for n in _lens(shared / lens) if ORGANIZATION.search(n)]
    gp = "google-patents-wearables-2024/gp-search-20250612-003902.csv"
    out["google-patents-wearables-2024"] = [(n, gp) for n in _google(shared / gp) if ORGANIZATION.search(n)]
    sso = "sso-organizations/organization_categories.csv"
    out["sso-organizations"] = [(n, sso) for n in _sso(shared / sso)]
    public = [(n, f) for family in list(out) for n, f in out[family] if PUBLIC.search(n)]
    public += [(n, sso) for n in _sso(shared / sso, {"Academia", "Government"})]
    out["public-sector"] = public
    used = {r["name"] for r in orgs.read_tsv(orgs.ORGS)}
    for family, names in out.items():
        seen = set()
        unique = []
        for name, file in sorted(names):
            if name not in used and name not in seen:
                seen.add(name)
                unique.append((name, file))
        out[family] = unique
    return out


def select():
    """PER_SOURCE organizations of each file family, then PUBLIC_SECTOR of the public-sector stratum
    not drawn already, with one random.Random(SEED)."""
    rng = random.Random(SEED)
    drawn = []
    for family, names in candidates().items():  # dict order: the order above
        if family == "public-sector":
            names = [n for n in names if n not in drawn]
            drawn += rng.sample(names, PUBLIC_SECTOR)
        else:
            drawn += rng.sample(names, PER_SOURCE)
    return drawn


def pair_rows():
    policies = {r["policy_id"]: r for r in orgs.read_tsv(HELDOUT / "policies.tsv")}
    organizations = {r["org_id"]: r for r in orgs.read_tsv(HELDOUT / "orgs.tsv")}
    drawn = {name for name, _ in select()}
    for o in organizations.values():
        if o["name"] not in drawn:
            raise ValueError(f"{o['org_id']}: {o['name']!r} is not among the drawn organizations")
    used = {r["policy_id"] for r in orgs.read_tsv(ROOT / "pairs-source" / "labels.tsv")}
    rows = []
    seen = set()
    for label in orgs.read_tsv(HELDOUT / "labels.tsv"):
        policy, org = policies[label["policy_id"]], organizations[label["org_id"]]
        if policy["policy_id"] in used:
            raise ValueError(f"{policy['policy_id']} is used by pairs.tsv")
        if label["label"] not in ("eligible", "not-eligible"):
            raise ValueError(f"bad label {label}")
        pid = f"{org['org_id']}@{policy['policy_id']}"
        if pid in seen:
            raise ValueError(f"duplicate pair {pid}")
        seen.add(pid)
        rows.append({"pair_id": pid, "split": "heldout", "policy_id": policy["policy_id"],
                     "policy_files": policy["files"], "org_name": org["name"], "org_file": org["file"],
                     "org_kind": org["kind"], "org_country": org["country"], "label": label["label"],
                     "role": label["role"], "confidence": label["confidence"], "reason": label["reason"]})
    return rows


def render(rows):
    header = ["pair_id", "split", "policy_id", "policy_files", "org_name", "org_file", "org_kind", "org_country",
              "label", "role", "confidence", "reason"]
    lines = ["\t".join(header)] + ["\t".join(r[h] for h in header) for r in rows]
    return "\n".join(lines) + "\n"


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    if command == "select":
        for name, file in select():
            print(f"{name}\t{file}")
        return 0
    text = render(pair_rows())
    out = HELDOUT / "pairs.tsv"
    if command == "build":
        out.write_text(text, encoding="utf-8")
        return 0
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        print(f"{out} is stale: run tools/heldout.py build", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
