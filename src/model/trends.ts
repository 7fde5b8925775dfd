import type { DerivedKnelpunt, StatusOvergang, TrendJaar, Trends, VerdwenenKnelpunt } from './types.js';
import type { History } from './history.js';
import type { LikeForLike } from './like-for-like.js';
import { isOpen } from './status.js';
import { compareIds, sortedIds } from './sort.js';

/** Every year with a Stand in the tree up to the edition year, ascending. */
export function perJaar(history: History): TrendJaar[] {
  const years = new Map<number, TrendJaar>();
  for (const s of history.standen) {
    const y = s.stand.verslagjaar;
    const row = years.get(y) ?? { verslagjaar: y, standen: 0, knelpunten: 0, open: 0 };
    row.standen += 1;
    row.knelpunten += s.stand.knelpunten.length;
    row.open += s.stand.knelpunten.filter((k) => isOpen(k.status)).length;
    years.set(y, row);
  }
  return [...years.values()].sort((a, b) => a.verslagjaar - b.verslagjaar);
}

// Counted over knelpunten present in both the edition and the organisation's previous
// Stand, including unchanged pairs (van = naar), so the counts add up to that number.
// Sorted by aantal descending, then van, then naar (ids ascending).
export function statusOvergangen(knelpunten: DerivedKnelpunt[]): StatusOvergang[] {
  const counts = new Map<string, StatusOvergang>();
  for (const k of knelpunten) {
    if (k.vorige_status === null) continue;
    const key = `${k.vorige_status}>${k.status}`;
    const row = counts.get(key) ?? { van: k.vorige_status, naar: k.status, aantal: 0 };
    row.aantal += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort(
    (a, b) => b.aantal - a.aantal || compareIds(a.van, b.van) || compareIds(a.naar, b.naar),
  );
}

export function buildTrends(
  history: History,
  knelpunten: DerivedKnelpunt[],
  verdwenen: VerdwenenKnelpunt[],
  like: LikeForLike,
): Trends {
  const year = history.editionYear;
  return {
    per_jaar: perJaar(history),
    nieuw: sortedIds(knelpunten.filter((k) => k.eerste_melding === year).map((k) => k.global_id)),
    opgelost: sortedIds(
      knelpunten
        .filter((k) => k.status === 'opgelost' && k.vorige_status !== null && isOpen(k.vorige_status))
        .map((k) => k.global_id),
    ),
    langlopend: sortedIds(knelpunten.filter((k) => k.jaren_open !== null && k.jaren_open >= 3).map((k) => k.global_id)),
    verdwenen: sortedIds(verdwenen.map((v) => v.global_id)),
    zelfde_organisaties: like.zelfde,
    status_overgangen: statusOvergangen(knelpunten),
  };
}
