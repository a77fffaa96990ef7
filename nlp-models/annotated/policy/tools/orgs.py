"""Facts about the organizations of the pairs, read from the shared data (never copied).

For each organization of pairs-source/orgs.tsv the name must occur exactly as written in the
named file (an applicant of the Lens export, an assignee of the Google Patents export, an
<orgname> of a USPTO grant, a name of the SSO list, a declaring company of IPlytics). What the
file says about it is summarised: how many records name it, the country or offices the data
gives, and its technology area (CPC or IPC subclasses, SSO category, or the file's topic).

Python 3 standard library only.
"""
import collections
import csv
import pathlib
import re

import eligibility

ROOT = eligibility.ROOT
ORGS = ROOT / "pairs-source" / "orgs.tsv"


class OrgError(ValueError):
    pass


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _top(counter, n=3):
    """The n most frequent keys, ties broken alphabetically (deterministic across runs)."""
    return ",".join(k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def lens_facts(path, name):
    rows = 0
    offices = collections.Counter()
    cpc = collections.Counter()
    kinds = collections.Counter()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if name not in [a.strip() for a in (row["Applicants"] or "").split(";;")]:
                continue
            rows += 1
            offices[row["Jurisdiction"]] += 1
            kinds[f"{row['Jurisdiction']}-{row['Kind']}"] += 1
            for c in (row["CPC Classifications"] or "").split(";;"):
                if c.strip():
                    cpc[c.strip()[:4]] += 1
    tech = f"CPC {_top(cpc)}" if cpc else "drone patent set (no CPC given)"
    return rows, "offices " + _top(offices, 5), tech, "kinds " + _top(kinds, 4)


STOP = set("a an and or of for the to in on with by from using based method methods system systems "
           "device devices apparatus thereof same via having including one more data as well configured use "
           "implemented comprising arising".split())


def google_facts(path, name):
    words = collections.Counter()
    rows = 0
    with open(path, encoding="utf-8", newline="") as f:
        f.readline()  # the search URL
        for r in csv.DictReader(f):
            if r["assignee"] != name:
                continue
            rows += 1
            for w in set(re.findall(r"[a-z][a-z-]+", r["title"].lower())) - STOP:
                words[w] += 1
    tech = f"US wearable-device grants of 2024 (no CPC given); title words {_top(words, 4)}"
    return rows, "", tech, ""


def uspto_facts(path, name):
    text = pathlib.Path(path).read_text(encoding="utf-8")
    rows = 0
    places = collections.Counter()
    ipc = collections.Counter()
    for doc in text.split("<?xml")[1:]:
        hit = False
        for a in re.findall(r"<assignee>.*?</assignee>", doc, re.S):
            org = re.search(r"<orgname>(.*?)</orgname>", a, re.S)
            if org and org.group(1) == name:
                hit = True
                city = re.search(r"<city>(.*?)</city>", a)
                country = re.search(r"<country>(.*?)</country>", a)
                places[f"{city.group(1) if city else '?'}/{country.group(1) if country else '?'}"] += 1
        if not hit:
            continue
        rows += 1
        for c in re.findall(r"<classification-ipcr>.*?</classification-ipcr>", doc, re.S):
            parts = [re.search(rf"<{t}>(.*?)</{t}>", c) for t in ("section", "class", "subclass")]
            if all(parts):
                ipc["".join(p.group(1) for p in parts)] += 1
    tech = f"IPC {_top(ipc)}" if ipc else "no IPC-R in the grant"
    return rows, "assignee " + _top(places), tech, ""


def sso_facts(path, name):
    with open(path, encoding="utf-8", newline="") as f:
        hits = [r for r in csv.DictReader(f) if r["name"] == name]
    if not hits:
        return 0, "", "", ""
    r = hits[0]
    return (len(hits), f"nationality {r['nationality']}",
            f"SSO category '{r['category']}', stakeholder group '{r['stakeholdergroup'].strip()}'", "")


READERS = {
    "lens-drones-patents": lens_facts,
    "google-patents-wearables-2024": google_facts,
    "uspto-ipg-fixtures": uspto_facts,
    "sso-organizations": sso_facts,
}


def org_facts():
    """{org_id: dict of the orgs.tsv row plus data_records, data_place, data_tech, data_kinds}."""
    shared = eligibility.shared_data_dir()
    out = {}
    for row in read_tsv(ORGS):
        folder = row["file"].split("/")[0]
        if folder not in READERS:
            raise OrgError(f"{row['org_id']}: no reader for {row['file']}")
        path = shared / row["file"]
        if not path.exists():
            raise OrgError(f"{row['org_id']}: {path} not found (set IPGRAPH_SHARED_DATA)")
        records, place, tech, kinds = READERS[folder](path, row["name"])
        if records == 0:
            raise OrgError(f"{row['org_id']}: name {row['name']!r} does not occur in {row['file']}")
        if row["org_id"] in out:
            raise OrgError(f"duplicate org_id {row['org_id']}")
        out[row["org_id"]] = dict(row, data_records=records, data_place=place, data_tech=tech,
                                  data_kinds=kinds)
    return out


if __name__ == "__main__":
    for oid, o in org_facts().items():
        print(f"{oid:12} {o['data_records']:3} {o['data_place']:40} {o['data_tech']:60} {o['data_kinds']}")
