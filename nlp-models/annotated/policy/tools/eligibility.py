"""Eligibility facts of policies and funds: from eligibility-source/*.json to eligibility.jsonl.

Source records are written by hand. Each fact names its evidence:
- for a passage source ("source": "cn-04"), a quote that occurs exactly once in the passage's
  plain text; it is widened to the sentence that contains it;
- for the shared US law texts ("source": ["t35/chunck-166.md", ...]), "<file>:<line>" or
  "<file>:<line>.<n>" (line number in the file, n-th sentence of that line). The file prefixes
  are t35 = usc-title-35, t15 = usc-title-15-tech-transfer-sbir, cfr37 = the 37 CFR file.
  The shared text is never copied: the output gives the file's path and sha256, the UTF-16
  offsets of the evidence in the file's text, and the sha256 of the evidence sentence.

Output record (one JSON object a line):
  id, type (policy|fund), split, source {kind: passage, passage} or {kind: shared, files:[{path,
  sha256}]}, title, and the fact lists issuing_body, instrument, applicants, excluded, size,
  region, fields, amounts, deadlines, dates, conditions. Every fact has "evidence":
  {passage, start, end, sentence} or {path, line, start, end, sentence_sha256}.
"""
import hashlib
import json
import os
import pathlib
import re

import passages
import split

ROOT = passages.ROOT
SOURCE_DIR = ROOT / "eligibility-source"
REPO = ROOT.parents[2]
SHARED_ROOT = "us-law-ip-texts"
PREFIXES = {
    "t35": "usc-title-35",
    "t15": "usc-title-15-tech-transfer-sbir",
    "cfr37": "ecfr/37cfr-chapter-IV-NIST-parts-401-404-bayh-dole.md",
}
INSTRUMENTS = {"grant", "subsidy", "loan-guarantee", "risk-compensation", "tax-relief", "investment", "other"}
KINDS = {"company", "university", "institute", "nonprofit", "individual", "government", "federal-lab",
         "consortium", "bank", "partnership", "any"}
SIZES = {"any", "sme", "small-business", "small", "micro", "small-or-medium"}
DEADLINE_KINDS = {"deadline", "window-open", "window-close"}
DATE_KINDS = DEADLINE_KINDS | {"in force", "period", "target", "start", "end"}

ABBREVIATIONS = {"u.s", "u.s.c", "pub", "stat", "no", "nos", "sec", "e.g", "i.e", "co", "ltd", "inc",
                 "seq", "dr", "mr", "ms", "v", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                 "sept", "sep", "oct", "nov", "dec", "fig", "art", "cf", "etc", "s.a", "n.v", "corp"}


def shared_data_dir():
    """IPGRAPH_SHARED_DATA, else ../shared/data next to the repository (as the application)."""
    env = os.environ.get("IPGRAPH_SHARED_DATA")
    return pathlib.Path(env) if env else (REPO.parent / "shared" / "data")


def sentence_spans(text, start=0, end=None):
    """Sentence spans (code point offsets) of text[start:end]: ends at . ! ? (optionally followed
    by a closing quote or bracket) before white space and an upper-case letter, digit-free
    abbreviation and single-letter initials excepted; a blank line always ends a sentence."""
    end = len(text) if end is None else end
    spans = []
    s = start
    i = start
    while i < end:
        if text.startswith("\n\n", i):
            if text[s:i].strip():
                spans.append(_trim(text, s, i))
            i += 2
            s = i
            continue
        c = text[i]
        if c in ".!?":
            j = i + 1
            while j < end and text[j] in "\"'”’)":
                j += 1
            k = j
            while k < end and text[k] in " \t":
                k += 1
            if k == end or (k > j and (text[k].isupper() or text[k] in "“\"(")):
                word = re.search(r"([A-Za-z.]+)$", text[s:i])
                token = word.group(1).lower().rstrip(".") if word else ""
                single = bool(re.fullmatch(r"[a-z]", token))
                if c != "." or (token not in ABBREVIATIONS and not single):
                    spans.append(_trim(text, s, j))
                    s = k
                    i = k
                    continue
        i += 1
    if text[s:end].strip():
        spans.append(_trim(text, s, end))
    return spans


def _trim(text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


class FactError(ValueError):
    pass


class Resolver:
    def __init__(self):
        self.passages = {p["id"]: p for p in passages.all_passages()}
        self.files = {}

    def shared_file(self, ref):
        prefix, _, rest = ref.partition("/")
        if prefix not in PREFIXES:
            raise FactError(f"unknown shared file prefix in {ref!r}")
        rel = PREFIXES[prefix] if prefix == "cfr37" else f"{PREFIXES[prefix]}/{rest}"
        path = f"{SHARED_ROOT}/{rel}"
        if path not in self.files:
            full = shared_data_dir() / path
            if not full.exists():
                raise FactError(f"shared file not found: {full} (set IPGRAPH_SHARED_DATA)")
            data = full.read_bytes()
            self.files[path] = (data.decode("utf-8"), hashlib.sha256(data).hexdigest())
        return path

    def evidence(self, record_id, source, ev):
        if isinstance(source, str):
            return self.passage_evidence(record_id, source, ev)
        return self.shared_evidence(record_id, ev)

    def passage_evidence(self, record_id, passage_id, quote):
        text = self.passages[passage_id]["text"]
        at = text.find(quote)
        if at < 0 or text.find(quote, at + 1) >= 0:
            raise FactError(f"{record_id}: quote {'not found' if at < 0 else 'not unique'} in "
                            f"{passage_id}: {quote!r}")
        for s, e in sentence_spans(text):
            if s <= at and at + len(quote) <= e:
                return {"passage": passage_id, "start": passages.utf16_len(text[:s]),
                        "end": passages.utf16_len(text[:e]), "sentence": text[s:e]}
        raise FactError(f"{record_id}: quote spans two sentences in {passage_id}: {quote!r}")

    def shared_evidence(self, record_id, ev):
        m = re.fullmatch(r"(.+):(\d+)(?:\.(\d+))?", ev)
        if not m:
            raise FactError(f"{record_id}: evidence {ev!r} is not <file>:<line>[.<sentence>]")
        path = self.shared_file(m.group(1))
        text, _ = self.files[path]
        line_no = int(m.group(2))
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        if line_no < 1 or line_no > len(starts):
            raise FactError(f"{record_id}: {path} has no line {line_no}")
        ls = starts[line_no - 1]
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        s, e = _trim(text, ls, le)
        if s == e or text[s] == "#":
            raise FactError(f"{record_id}: {path}:{line_no} is empty or a heading")
        if m.group(3):
            spans = sentence_spans(text, s, e)
            n = int(m.group(3))
            if n < 1 or n > len(spans):
                raise FactError(f"{record_id}: {path}:{line_no} has {len(spans)} sentence(s), not {n}")
            s, e = spans[n - 1]
        sentence = text[s:e]
        return {"path": path, "line": line_no, "start": passages.utf16_len(text[:s]),
                "end": passages.utf16_len(text[:e]),
                "sentence_sha256": hashlib.sha256(sentence.encode("utf-8")).hexdigest()}

    def sentence_text(self, evidence):
        """The evidence sentence (for review tools; never written to the project's files)."""
        if "sentence" in evidence:
            return evidence["sentence"]
        self.shared_file_by_path(evidence["path"])
        text, _ = self.files[evidence["path"]]
        return passages.utf16_slice(text, evidence["start"], evidence["end"])

    def shared_file_by_path(self, path):
        if path not in self.files:
            data = (shared_data_dir() / path).read_bytes()
            self.files[path] = (data.decode("utf-8"), hashlib.sha256(data).hexdigest())


def _evs(resolver, rid, source, ev):
    evs = ev if isinstance(ev, list) else [ev]
    out = [resolver.evidence(rid, source, e) for e in evs]
    return out[0] if len(out) == 1 else out


def expand(resolver, rec):
    """One source record to its output form (without split)."""
    rid = rec["id"]
    src = rec["source"]
    ev = lambda e: _evs(resolver, rid, src, e)
    for key in rec:
        if key not in {"id", "type", "source", "title", "issuer", "instrument", "applicants", "excluded",
                       "size", "region", "fields", "amounts", "dates", "conditions"}:
            raise FactError(f"{rid}: unknown key {key!r}")
    if rec["type"] not in ("policy", "fund"):
        raise FactError(f"{rid}: type must be policy or fund")
    out = {"id": rid, "type": rec["type"]}
    if isinstance(src, str):
        if src not in resolver.passages:
            raise FactError(f"{rid}: unknown passage {src}")
        out["source"] = {"kind": "passage", "passage": src}
    else:
        files = []
        for f in src:
            path = resolver.shared_file(f)
            files.append({"path": path, "sha256": resolver.files[path][1]})
        out["source"] = {"kind": "shared", "files": files}
    out["title"] = rec["title"]
    out["issuing_body"] = [{"name": n, "evidence": ev(e)} for n, e in rec.get("issuer", [])]
    out["instrument"] = []
    for value, detail, e in rec.get("instrument", []):
        if value not in INSTRUMENTS:
            raise FactError(f"{rid}: instrument {value!r}")
        out["instrument"].append({"value": value, "detail": detail, "evidence": ev(e)})
    for key, name in (("applicants", "applicants"), ("excluded", "excluded")):
        out[name] = []
        for kind, detail, e in rec.get(key, []):
            if kind not in KINDS:
                raise FactError(f"{rid}: kind {kind!r}")
            out[name].append({"kind": kind, "detail": detail, "evidence": ev(e)})
    out["size"] = []
    for value, detail, e in rec.get("size", []):
        if value not in SIZES:
            raise FactError(f"{rid}: size {value!r}")
        out["size"].append({"value": value, "threshold": detail, "evidence": ev(e)})
    out["region"] = []
    for item in rec.get("region", []):
        value, e = item[0], item[-1]
        detail = item[1] if len(item) == 3 else None
        out["region"].append({"value": value, "detail": detail, "evidence": ev(e)})
    out["fields"] = [{"keywords": k, "cpc": c, "evidence": ev(e)} for k, c, e in rec.get("fields", [])]
    out["amounts"] = [{"text": t, "value": v, "currency": cur, "kind": kind, "evidence": ev(e)}
                      for t, v, cur, kind, e in rec.get("amounts", [])]
    out["deadlines"] = []
    out["dates"] = []
    for kind, iso, text, e in rec.get("dates", []):
        if kind not in DATE_KINDS:
            raise FactError(f"{rid}: date kind {kind!r}")
        item = {"kind": kind, "date": iso, "text": text, "evidence": ev(e)}
        (out["deadlines"] if kind in DEADLINE_KINDS else out["dates"]).append(item)
    out["conditions"] = [{"text": t, "evidence": ev(e)} for t, e in rec.get("conditions", [])]
    return out


def source_records():
    records = []
    for f in sorted(SOURCE_DIR.glob("*.json")):
        records.extend(json.loads(f.read_text(encoding="utf-8")))
    ids = [r["id"] for r in records]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise FactError(f"duplicate ids: {sorted(dup)}")
    return records


def records(resolver=None):
    """All output records with their split, in id order."""
    resolver = resolver or Resolver()
    source = source_records()
    pas = split.passage_splits(resolver.passages.values())
    shared_ids = [r["id"] for r in source if not isinstance(r["source"], str)]
    sh = split.shared_splits(shared_ids)
    out = []
    for rec in sorted(source, key=lambda r: r["id"]):
        o = expand(resolver, rec)
        o["split"] = pas[rec["source"]] if isinstance(rec["source"], str) else sh[rec["id"]]
        ordered = {"id": o["id"], "type": o["type"], "split": o["split"]}
        ordered.update({k: v for k, v in o.items() if k not in ordered})
        out.append(ordered)
    return out


FACT_KEYS = ("issuing_body", "instrument", "applicants", "excluded", "size", "region", "fields",
             "amounts", "deadlines", "dates", "conditions")


def outputs(rows=None):
    rows = records() if rows is None else rows
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return {"eligibility.jsonl": text}
