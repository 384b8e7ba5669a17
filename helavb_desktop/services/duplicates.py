"""Finding records that likely describe the same initiative or visit.

Scores are explained in Swedish, for a coordinator deciding whether to merge. Blocking keeps the
search near-linear: only records that share a title word that is not common, or the same
municipality and date, are compared at all (an all-pairs comparison of 20,000 initiatives is
200 million pairs). ``naive_initiative_pairs`` is that all-pairs baseline, kept for the bench.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from rapidfuzz import fuzz, process

from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.db.records import RecordStore
from helavb_desktop.domain.matching import place_names, title_key
from helavb_desktop.domain.models import DialogueNote, Initiative, Municipality, RecordType
from helavb_desktop.domain.queries import ListQuery

INITIATIVE_THRESHOLD = 0.8
NOTE_THRESHOLD = 0.8
TITLE_CUTOFF = 80.0  # 0-100: titles below this are never duplicate candidates
# The warning while typing is more lenient: a half-typed title should still find its twin.
WARN_CUTOFF = 70.0
# A title word shared by more than this many distinct titles is too common to block on.
COMMON_WORD_TITLES = 60


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: RecordType
    first: str  # ids; first < second
    second: str
    score: float  # 0..1
    reasons: tuple[str, ...]
    first_label: str = ""
    second_label: str = ""


def _date_part(a: date | None, b: date | None) -> tuple[float, str | None]:
    if a is None or b is None:
        return 0.05, None
    days = abs((a - b).days)
    if days <= 30:
        return 0.15, f"startdatum {days} dagar isär"
    if days <= 180:
        return 0.08, f"startdatum {days} dagar isär"
    if days > 365:
        # A yearly event under the same name is a new initiative, not a duplicate.
        return -0.2, None
    return 0.0, None


def _idf(keys: Sequence[str]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for key in set(keys):
        for word in key.split():
            df[word] += 1
    n = max(len(set(keys)), 1)
    return {w: math.log((n + 1) / c) + 0.1 for w, c in df.items()}


def title_similarity(a: str, b: str, idf: dict[str, float]) -> float:
    """0-100: the weight of the words two title keys share, over the weight of all their words.

    Rare words (a village's name) weigh much, common ones ("framtidsverkstad") little, so
    "Laddinfrastruktur i Dorotea" and "... i Sorsele" are told apart. Inflected forms of one word
    ("byskola", "byskolan") count as shared.
    """
    if a == b:
        return 100.0
    left, right = a.split(), b.split()
    rest = list(right)
    shared = 0.0
    unmatched = 0.0
    for word in left:
        match = None
        if word in rest:
            match = word
        else:
            for other in rest:
                if len(word) >= 5 and other[:4] == word[:4] and fuzz.ratio(word, other) >= 85:
                    match = other
                    break
        weight = idf.get(word, 1.0)
        if match is None:
            unmatched += weight
        else:
            rest.remove(match)
            shared += max(weight, idf.get(match, 1.0))
    unmatched += sum(idf.get(w, 1.0) for w in rest)
    total = shared + unmatched
    return 100.0 * shared / total if total else 0.0


class _InitiativeScorer:
    def __init__(self, records: Sequence[Initiative], munis: Sequence[Municipality]) -> None:
        self.records = records
        self.names = {m.code: m.name for m in munis}
        places = place_names(m.name for m in munis)
        self.keys = [title_key(r.title, places) for r in records]
        self.idf = _idf(self.keys)

    def similarity(self, i: int, j: int) -> float:
        return title_similarity(self.keys[i], self.keys[j], self.idf)

    def score(self, i: int, j: int, title_sim: float | None = None) -> Candidate | None:
        a, b = self.records[i], self.records[j]
        if title_sim is None:
            title_sim = self.similarity(i, j)
        if title_sim < TITLE_CUTOFF:
            return None
        reasons = [f"titlarna liknar varandra ({title_sim:.0f} %)"]
        score = 0.55 * title_sim / 100
        shared = sorted(set(a.municipalities) & set(b.municipalities))
        if shared:
            score += 0.2
            reasons.append("samma kommun: " + ", ".join(self.names.get(c, c) for c in shared))
        elif not a.municipalities and not b.municipalities:
            score += 0.2
            reasons.append("båda gäller hela länet")
        if a.focus_area is b.focus_area:
            score += 0.1
            reasons.append("samma insatsområde")
        part, why = _date_part(a.start_date, b.start_date)
        score += part
        if why:
            reasons.append(why)
        if score < INITIATIVE_THRESHOLD:
            return None
        first, second = sorted((a, b), key=lambda r: r.id)
        return Candidate(
            RecordType.INITIATIVE,
            first.id,
            second.id,
            round(min(score, 1.0), 3),
            tuple(reasons),
            first.title,
            second.title,
        )


def initiative_pairs(
    records: Sequence[Initiative], munis: Sequence[Municipality]
) -> list[Candidate]:
    """Likely duplicate initiatives, best first."""
    scorer = _InitiativeScorer(records, munis)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(scorer.keys):
        by_key[key].append(i)
    keys = list(by_key)
    # 1. Which distinct titles are similar? Block on words that few titles share.
    postings: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        for word in set(key.split()):
            postings[word].append(k)
    similar: dict[tuple[int, int], float] = {}
    for ks in postings.values():
        if len(ks) > COMMON_WORD_TITLES:
            continue
        for x, y in combinations(ks, 2):
            pair = (x, y) if x < y else (y, x)
            if pair not in similar:
                similar[pair] = title_similarity(keys[x], keys[y], scorer.idf)
    for x in range(len(keys)):
        similar[(x, x)] = 100.0
    # 2. Records under similar titles: compare only those sharing a municipality (or both
    # county-wide) or starting within a month — other pairs cannot reach the threshold.
    found: dict[tuple[str, str], Candidate] = {}
    for (x, y), sim in similar.items():
        if sim < TITLE_CUTOFF:
            continue
        for i, j in _blocked_pairs(records, by_key[keys[x]], by_key[keys[y]], x == y):
            cand = scorer.score(i, j, sim)
            if cand is not None:
                found[(cand.first, cand.second)] = cand
    return sorted(found.values(), key=lambda c: (-c.score, c.first, c.second))


def _blocked_pairs(
    records: Sequence[Initiative], left: list[int], right: list[int], same: bool
) -> Iterable[tuple[int, int]]:
    buckets: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for side, group in ((0, left), (1, right)):
        for i in group:
            r = records[i]
            for code in r.municipalities or ("län",):
                buckets[code][side].append(i)
            if r.start_date is not None:
                month = r.start_date.toordinal() // 30
                buckets[f"d{month}"][side].append(i)
                buckets[f"d{month + 1}"][side].append(i)
    seen: set[tuple[int, int]] = set()
    for lhs, rhs in buckets.values():
        pairs = combinations(lhs, 2) if same else ((i, j) for i in lhs for j in rhs)
        for i, j in pairs:
            pair = (i, j) if i < j else (j, i)
            if i != j and pair not in seen:
                seen.add(pair)
                yield pair


def naive_initiative_pairs(
    records: Sequence[Initiative], munis: Sequence[Municipality]
) -> list[Candidate]:
    """Every pair compared: the baseline the blocking is measured against."""
    scorer = _InitiativeScorer(records, munis)
    found = [c for i, j in combinations(range(len(records)), 2) if (c := scorer.score(i, j))]
    return sorted(found, key=lambda c: (-c.score, c.first, c.second))


def note_pairs(records: Sequence[DialogueNote]) -> list[Candidate]:
    """Likely duplicate dialogue notes: same municipality, within two days, similar text."""
    buckets: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, n in enumerate(records):
        buckets[(n.municipality, n.date.toordinal())].append(i)
    found: list[Candidate] = []
    for (code, day), group in buckets.items():
        near = [j for d in (0, 1, 2) for j in buckets.get((code, day + d), ())]
        for i in group:
            for j in near:
                if j <= i and (day == records[j].date.toordinal()):
                    continue
                cand = _score_notes(records[i], records[j])
                if cand is not None:
                    found.append(cand)
    unique = {(c.first, c.second): c for c in found}
    return sorted(unique.values(), key=lambda c: (-c.score, c.first, c.second))


def _score_notes(a: DialogueNote, b: DialogueNote) -> Candidate | None:
    if a.id == b.id:
        return None
    days = abs((a.date - b.date).days)
    place = fuzz.token_set_ratio(title_key(a.place), title_key(b.place))
    text = fuzz.token_set_ratio(a.summary[:300].casefold(), b.summary[:300].casefold())
    score = 0.3 * place / 100 + 0.3 * text / 100 + (0.25, 0.15, 0.05)[min(days, 2)]
    reasons = [
        f"samma kommun, {days} dagar isär",
        f"platsen liknar ({place:.0f} %)",
        f"texten liknar ({text:.0f} %)",
    ]
    if a.author and a.author == b.author:
        score += 0.1
        reasons.append(f"samma författare: {a.author}")
    if a.kind is b.kind:
        score += 0.05
    if score < NOTE_THRESHOLD:
        return None
    first, second = sorted((a, b), key=lambda r: r.id)
    return Candidate(
        RecordType.NOTE,
        first.id,
        second.id,
        round(min(score, 1.0), 3),
        tuple(reasons),
        f"{first.date.isoformat()} {first.place}",
        f"{second.date.isoformat()} {second.place}",
    )


class DuplicateService:
    """Duplicate candidates in the register, and the warning before a new initiative is saved."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        # Title keys of all initiatives, reused while the register's initiatives are unchanged,
        # so the warning while typing costs a lookup, not a reload of 20,000 records.
        self._title_cache: tuple[object, list[Initiative], list[str], frozenset[str]] | None = None

    def candidates(self, kind: RecordType = RecordType.INITIATIVE) -> list[Candidate]:
        with self._sessions.begin() as session:
            store = RecordStore(session)
            munis = store.municipalities()
            if kind is RecordType.INITIATIVE:
                initiatives = store.initiative_match_rows()
            elif kind is RecordType.NOTE:
                notes = [n for n in store.list(kind, ListQuery()) if isinstance(n, DialogueNote)]
            else:
                return []
        if kind is RecordType.INITIATIVE:
            return initiative_pairs(initiatives, munis)
        return note_pairs(notes)

    def _titles(self) -> tuple[list[Initiative], list[str], frozenset[str]]:
        with self._sessions.begin() as session:
            store = RecordStore(session)
            signature = store.change_signature(RecordType.INITIATIVE)
            if self._title_cache is not None and self._title_cache[0] == signature:
                return self._title_cache[1:]
            records = store.initiative_match_rows()
            places = place_names(m.name for m in store.municipalities())
        keys = [title_key(r.title, places) for r in records]
        self._title_cache = (signature, records, keys, places)
        return records, keys, places

    def similar_initiatives(
        self, title: str, *, exclude_id: str | None = None, limit: int = 5
    ) -> list[tuple[Initiative, float]]:
        """Existing initiatives whose title is close to ``title`` (warn before saving)."""
        records, keys, places = self._titles()
        query = title_key(title, places)
        if not query:
            return []
        idf = _idf([*keys, query])
        # rapidfuzz narrows 20,000 titles to a few hundred in C; the weighted score decides.
        rough = process.extract(
            query, keys, scorer=fuzz.token_set_ratio, score_cutoff=70, limit=300
        )
        scored = [
            (records[idx], title_similarity(query, keys[idx], idf))
            for _, _, idx in rough
            if records[idx].id != exclude_id
        ]
        hits = sorted((h for h in scored if h[1] >= WARN_CUTOFF), key=lambda h: -h[1])
        return [(record, sim / 100) for record, sim in hits[:limit]]
