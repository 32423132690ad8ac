"""Document frequencies, IDF weights, and the inverted index that finds an item's candidate events.

Item features (``watcher.core.features``) get, at scoring time, an IDF weight learned online from
every item seen, so words that are everywhere in the stream stop counting.

Candidates come from an inverted index (feature -> event ids, newest last): only the item's
strongest features are looked up and only the newest postings of each are scanned, so the cost of
one item stays flat however many events are stored. (``cluster.similarity`` then scores each.)
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Iterable

from watcher.core.features import ItemFeatures
from watcher.core.params import Params


class DocFreq:
    """Document frequencies learned online from the stream: every matched item, and a sample
    of the others (:func:`df_sampled`) counted ``weight`` times each."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0

    def add(self, feats: Iterable[str], weight: int = 1) -> None:
        self.n += weight
        for k in set(feats):
            self.df[k] += weight

    def idf(self, feat: str) -> float:
        return math.log((self.n + 2) / (self.df.get(feat, 0) + 1)) + 1.0


def df_sampled(key: str, every: int) -> bool:
    """Is the unmatched item with this key one of the sample counted for document frequencies?
    A hash of the key, not a counter: the same item is in or out on every replay and restart."""
    if every <= 1:
        return every == 1  # 1: every item; 0 (or less): none
    return zlib.crc32(key.encode("utf-8")) % every == 0


def idf_weights(f: ItemFeatures, dfs: DocFreq) -> dict[str, float]:
    """The item's feature weights with IDF applied: what the index lookup ranks features by and
    what :func:`weigh` discounts. Worked out once per item (the lookup and the scoring of every
    candidate use it): the logarithms were a tenth of an item's scoring when each did its own.
    Same arithmetic as :meth:`DocFreq.idf`, inlined."""
    n2, get, log = dfs.n + 2, dfs.df.get, math.log
    return {k: w * (log(n2 / (get(k, 0) + 1)) + 1.0) for k, w in f.weights.items()}


def weigh(f: ItemFeatures, dfs: DocFreq, p: Params,
          discount: frozenset[str] = frozenset(),
          raw: dict[str, float] | None = None) -> dict[str, float]:
    """The item's feature weights with IDF applied and the watch keywords discounted.
    ``raw``: :func:`idf_weights` of the item, when the caller has it."""
    if raw is None:
        raw = idf_weights(f, dfs)
    kd = p.keyword_discount
    return {k: v * (kd if k in discount else 1.0) for k, v in raw.items()}


def total_weight(weighted: dict[str, float]) -> float:
    """The item's total weight (:func:`weigh`), summed in order (the very same float) as
    :func:`similarity` did per event: the same for every event, so the caller scoring several
    works it out once."""
    total = 0.0
    for w in weighted.values():
        total += w
    return total


class Index:
    """Inverted index feature -> event ids (in order of indexing, newest last)."""

    def __init__(self) -> None:
        self.postings: dict[str, list[str]] = {}
        self.indexed: dict[str, set[str]] = {}

    def add(self, event_id: str, feats: Iterable[str]) -> None:
        have = self.indexed.setdefault(event_id, set())
        for k in feats:
            if k not in have:
                have.add(k)
                self.postings.setdefault(k, []).append(event_id)

    def remove(self, event_ids: set[str]) -> None:
        for eid in event_ids:
            for k in self.indexed.pop(eid, ()):
                plist = self.postings.get(k)
                if plist is not None:
                    self.postings[k] = [e for e in plist if e not in event_ids]

    def candidates(self, f: ItemFeatures, dfs: DocFreq, p: Params,
                   raw: dict[str, float] | None = None) -> list[str]:
        """Event ids sharing strong features with the item, best partial overlap first.
        ``raw``: :func:`idf_weights` of the item, when the caller has it."""
        if raw is None:
            raw = idf_weights(f, dfs)
        ranked = sorted(raw, key=raw.__getitem__, reverse=True)
        scores: dict[str, float] = {}
        for k in ranked[: p.query_features]:
            plist = self.postings.get(k)
            if not plist:
                continue
            w = raw[k]
            for eid in plist[-p.posting_scan:]:
                scores[eid] = scores.get(eid, 0.0) + w
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [eid for eid, _ in best[: p.max_candidates]]
