"""The held-out pairs (heldout/, heldout2/ ... heldout7/): organizations drawn with a fixed seed, pairs built.

    python3 tools/heldout.py select [DIR]   # print the drawn organizations (the draw is deterministic)
    python3 tools/heldout.py build [DIR]    # write DIR/pairs.tsv from DIR/{policies,orgs,labels}.tsv
    python3 tools/heldout.py check [DIR]    # fail when DIR/pairs.tsv is stale

DIR is a held-out set of SETS (default heldout, the set of 2026-12-07; heldout2, heldout3, heldout4,
heldout5, heldout6 and heldout7 are the second, third, fourth, fifth, sixth and seventh sets of the same day): each names
its seed, its draw sizes and the earlier sets whose organizations and policies it excludes. The `split`
column of DIR/pairs.tsv is DIR.

The draw: every organization name of four shared files (USPTO grant fixtures, the Lens drone
export, the Google Patents wearables export, the SSO list), minus the names any pair of
pairs-source/orgs.tsv or an earlier set's orgs.tsv uses, sorted, then one random.Random(seed)
samples per_source names of each file family and public names of a public-sector stratum.
The policies are texts of the shared data that no pair of pairs.tsv (nor of an earlier set) uses.
Python 3 standard library only.
"""
import csv
import html
import pathlib
import random
import re
import sys

import eligibility
import orgs

ROOT = eligibility.ROOT
SEED = 1818
PER_SOURCE = 3
PUBLIC_SECTOR = 4
# every held-out set: its seed, organizations per file family and of the public-sector stratum, and
# the earlier sets whose organizations are not drawn again and whose policies it may not use
SETS = {
    "heldout": {"seed": SEED, "per_source": PER_SOURCE, "public": PUBLIC_SECTOR, "excludes": ()},
    "heldout2": {"seed": 2026, "per_source": 2, "public": 3, "excludes": ("heldout",), "by_key": True},
    "heldout3": {"seed": 2027, "per_source": 2, "public": 3, "excludes": ("heldout", "heldout2"), "by_key": True},
    "heldout4": {"seed": 2028, "per_source": 2, "public": 3, "excludes": ("heldout", "heldout2", "heldout3"),
                 "by_key": True},
    "heldout5": {"seed": 2029, "per_source": 2, "public": 3,
                 "excludes": ("heldout", "heldout2", "heldout3", "heldout4"), "by_key": True},
    "heldout6": {"seed": 2030, "per_source": 2, "public": 3,
                 "excludes": ("heldout", "heldout2", "heldout3", "heldout4", "heldout5"), "by_key": True},
    "heldout7": {"seed": 2031, "per_source": 2, "public": 3,
                 "excludes": ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"), "by_key": True},
}
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
# by_key: a candidate is left out when its key (upper case, punctuation and legal forms dropped)
# equals the key of a used name, so "PARROT SA" is not drawn beside the dev pairs' "PARROT"
LEGAL_FORMS = frozenset("INC CORP CORPORATION CO LTD LLC GMBH AG SA SAS BV NV AB OY PLC KK LIMITED COMPANY "
                        "INCORPORATED PTE SRL SPA KG S A THE".split())


def name_key(name):
    words = re.sub(r"[^0-9A-Z]+", " ", name.upper()).split()
    return " ".join(w for w in words if w not in LEGAL_FORMS) or name.upper()


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


def candidates(excludes=(), by_key=False):
    """{source family: [(name, file relative to the shared data)]}, sorted, without the names of
    pairs-source/orgs.tsv and of the orgs.tsv of the sets named in excludes (by name_key if by_key)."""
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
    for earlier in excludes:
        used |= {r["name"] for r in orgs.read_tsv(ROOT / earlier / "orgs.tsv")}
    used_keys = {name_key(n) for n in used}
    for family, names in out.items():
        seen = set()
        unique = []
        for name, file in sorted(names):
            if name not in used and name not in seen and not (by_key and name_key(name) in used_keys):
                seen.add(name)
                unique.append((name, file))
        out[family] = unique
    return out


def select(name="heldout"):
    """per_source organizations of each file family, then public of the public-sector stratum not
    drawn already, with one random.Random(seed) of the set."""
    config = SETS[name]
    rng = random.Random(config["seed"])
    drawn = []
    families = candidates(config["excludes"], config.get("by_key", False))
    for family, names in families.items():  # dict order: the order of candidates()
        if family == "public-sector":
            names = [n for n in names if n not in drawn]
            drawn += rng.sample(names, config["public"])
        else:
            drawn += rng.sample(names, config["per_source"])
    return drawn


def pair_rows(name="heldout"):
    folder = ROOT / name
    policies = {r["policy_id"]: r for r in orgs.read_tsv(folder / "policies.tsv")}
    organizations = {r["org_id"]: r for r in orgs.read_tsv(folder / "orgs.tsv")}
    drawn = {org for org, _ in select(name)}
    for o in organizations.values():
        if o["name"] not in drawn:
            raise ValueError(f"{o['org_id']}: {o['name']!r} is not among the drawn organizations")
    used = {r["policy_id"] for r in orgs.read_tsv(ROOT / "pairs-source" / "labels.tsv")}
    # the shared files of the gold facts (eligibility.jsonl) and of the earlier sets' policies
    used_files = set(re.findall(r'"path": "([^"]+)"', (ROOT / "eligibility.jsonl").read_text(encoding="utf-8")))
    for earlier in SETS[name]["excludes"]:
        for r in orgs.read_tsv(ROOT / earlier / "policies.tsv"):
            used.add(r["policy_id"])
            used_files.update(r["files"].split(";"))
    rows = []
    seen = set()
    # org_name is the name as a parser reads it: a character reference of the source XML
    # (Saint-Gobain's "&#x26;") decoded; orgs.tsv keeps the raw name the draw compares
    for label in orgs.read_tsv(folder / "labels.tsv"):
        policy, org = policies[label["policy_id"]], organizations[label["org_id"]]
        if policy["policy_id"] in used:
            raise ValueError(f"{policy['policy_id']} is used by pairs.tsv or an earlier held-out set")
        if used_files & set(policy["files"].split(";")):
            raise ValueError(f"{policy['policy_id']}: a file is used by a gold fact or an earlier held-out set")
        if label["label"] not in ("eligible", "not-eligible"):
            raise ValueError(f"bad label {label}")
        pid = f"{org['org_id']}@{policy['policy_id']}"
        if pid in seen:
            raise ValueError(f"duplicate pair {pid}")
        seen.add(pid)
        rows.append({"pair_id": pid, "split": name, "policy_id": policy["policy_id"],
                     "policy_files": policy["files"], "org_name": html.unescape(org["name"]), "org_file": org["file"],
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
    name = argv[2] if len(argv) > 2 else "heldout"
    if command not in ("select", "build", "check") or name not in SETS or len(argv) > 3:
        print(f"usage: heldout.py [select|build|check] [{'|'.join(SETS)}]", file=sys.stderr)
        return 2
    if command == "select":
        for org, file in select(name):
            print(f"{org}\t{file}")
        return 0
    text = render(pair_rows(name))
    out = ROOT / name / "pairs.tsv"
    if command == "build":
        out.write_text(text, encoding="utf-8")
        return 0
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        print(f"{out} is stale: run tools/heldout.py build {name}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
