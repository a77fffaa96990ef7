"""Seeded dev/test splits of the policy annotation set (Python 3 standard library only).

- Passages: shuffled per region with random.Random(PASSAGE_SEED), sorted ids first; the first
  floor(n/2) of each region go to dev, the rest to test.
- Policies and funds of the shared US law texts (eligibility facts whose source is a shared
  file): the same rule with random.Random(SHARED_SEED) over their ids.
- Eligibility facts of a passage take the passage's split; pairs take their policy's split, so
  no test text, test fact or test pair is seen while developing on dev.
"""
import random

PASSAGE_SEED = 1010
SHARED_SEED = 1515


def half_split(ids, seed):
    """Returns {id: 'dev'|'test'}: sorted ids shuffled with the seed, first floor(n/2) dev."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    cut = len(order) // 2
    return {i: ("dev" if k < cut else "test") for k, i in enumerate(order)}


def passage_splits(passages):
    """passages: iterable of dicts with 'id' and header 'region'. Stratified by region."""
    by_region = {}
    for p in passages:
        by_region.setdefault(p["header"]["region"], []).append(p["id"])
    result = {}
    for region in sorted(by_region):
        result.update(half_split(by_region[region], PASSAGE_SEED))
    return result


def shared_splits(policy_ids):
    return half_split(policy_ids, SHARED_SEED)
