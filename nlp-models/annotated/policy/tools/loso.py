#!/usr/bin/env python3
"""Leave-one-set-out and criteria tables from one development run of the policy matcher.

Reads the JSON of `bin/ipgraph evaluate policies --json --option split=dev --option explain=dev`
(the notes "development miss|hit (split) pair: gold ..., keyword overlap x, verdict [reasons]")
and prints, for the seven development sets (pairs.tsv's dev and old test together, heldout/ to
heldout6/): the matcher per split; fitted on six sets and reported on the seventh, the rule for
unknown verdicts (the best of the 64 sets of criteria, then the smallest) and the keyword
threshold; and the accuracy when only some criteria may say no. Never reads a held-out set:
the run it reads scored development pairs only.

    python3 tools/loso.py run.json
"""
import itertools
import json
import re
import sys

SETS = {'dev': 'pairs', 'old test': 'pairs', 'old held-out': 'heldout', 'old held-out 2': 'heldout2',
        'old held-out 3': 'heldout3', 'old held-out 4': 'heldout4', 'old held-out 5': 'heldout5',
        'old held-out 6': 'heldout6', 'old held-out 7': 'heldout7'}
CRITERIA = ['kind', 'exclusion', 'size', 'region', 'residence', 'field', 'recipient']
SHIPPED = ('field', 'residence', 'recipient')
NOTE = re.compile(r'development (miss|hit) \(([^)]*)\) (\S+): gold (\S+), keyword overlap ([0-9.]+), '
                  r'(no match|(\S+) \[(.*)\])$', re.S)
VERDICT = re.compile(r'(?:^|, )(kind|exclusion|region|tax residence|field|size|recipient|[A-Z][A-Z-]*(?:, [A-Z][A-Z-]*)*): '
                     r'(yes|no|unknown)')


def pairs(path):
    text = open(path, encoding='utf-8').read()
    report = json.loads(text[text.index('{'):])
    out = []
    for note in report['notes']:
        m = NOTE.match(note)
        if not m:
            continue
        verdicts = []
        if m.group(8) is not None:
            for v in VERDICT.finditer(m.group(8)):
                c = {'tax residence': 'residence'}.get(v.group(1), v.group(1))
                verdicts.append((c if c in CRITERIA else 'size', v.group(2)))
        out.append({'split': m.group(2), 'set': SETS[m.group(2)], 'gold': m.group(4) == 'eligible',
                    'overlap': float(m.group(5)), 'match': m.group(6) != 'no match', 'verdicts': verdicts})
    if not out:
        sys.exit(f'{path}: no per-pair notes (run with --option split=dev --option explain=dev)')
    return out


def predicted(p, unknown=SHIPPED, use=None):
    if not p['match']:
        return False
    return not any((use is None or c in use) and (v == 'no' or (v == 'unknown' and c in unknown))
                   for c, v in p['verdicts'])


def accuracy(ps, f):
    return sum(f(p) == p['gold'] for p in ps) / len(ps) if ps else float('nan')


def best_unknown(ps):
    best = None
    for r in range(len(CRITERIA) + 1):
        for rule in itertools.combinations(CRITERIA, r):
            a = accuracy(ps, lambda p: predicted(p, rule))
            if best is None or a > best[0] + 1e-12:
                best = (a, rule)
    return best[1]


def best_threshold(ps):
    best = (-1, 0.0)
    for t in sorted({p['overlap'] for p in ps}):
        right = sum((p['overlap'] >= t) == p['gold'] for p in ps)
        if right > best[0]:
            best = (right, t)
    return best[1]


def main(path):
    ps = pairs(path)
    print(f'{len(ps)} development pairs')
    for split in SETS:
        q = [p for p in ps if p['split'] == split]
        print(f'  {split:16s} {len(q):4d}  matcher {accuracy(q, predicted):.3f}  all eligible '
              f'{accuracy(q, lambda p: True):.3f}')
    print('leave one set out: fitted on the other sets, reported on the one left out')
    for held in sorted(set(SETS.values())):
        fit = [p for p in ps if p['set'] != held]
        test = [p for p in ps if p['set'] == held]
        rule, t = best_unknown(fit), best_threshold(fit)
        print(f'  {held:9s} unknown rule {",".join(rule) or "none"}: {accuracy(test, lambda p: predicted(p, rule)):.3f}'
              f'  keyword threshold {t:.3f}: {accuracy(test, lambda p: p["overlap"] >= t):.3f}')
    print('criteria that may say no (an unknown field or tax residence is a no)')
    names = sorted(set(SETS.values()))
    for use in [(), ('kind',), ('kind', 'region'), ('kind', 'region', 'exclusion', 'size'),
                ('kind', 'region', 'exclusion', 'size', 'residence'), tuple(CRITERIA)]:
        row = '  '.join(f'{n} {accuracy([p for p in ps if p["set"] == n], lambda p: predicted(p, use=use)):.3f}'
                        for n in names)
        print(f'  {"+".join(use) or "none":40s} all {accuracy(ps, lambda p: predicted(p, use=use)):.3f}  {row}')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
