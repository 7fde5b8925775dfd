// Like-for-like comparison (report.md, trends.zelfde_organisaties): the raw totals per year
// compare different sets of organisations (not every organisation writes a Stand every year),
// so "more knelpunten" may only mean "more organisations reporting". This compares the edition
// year with the year before over only the organisations that have a Stand in both.
import type { Knelpunt } from './content.js';
import type { History } from './history.js';
import type { Telling, ZelfdeOrganisaties } from './types.js';
import { isOpen } from './status.js';
import { sortedIds } from './sort.js';

export interface LikeForLike {
  zelfde: ZelfdeOrganisaties;
  /** The knelpunten of those organisations' Standen in the year before the edition. */
  vorig: Knelpunt[];
  /** The knelpunten of those organisations' Standen in the edition year. */
  nu: Knelpunt[];
}

function telling(knelpunten: readonly Knelpunt[]): Telling {
  return { knelpunten: knelpunten.length, open: knelpunten.filter((k) => isOpen(k.status)).length };
}

/** Exactly the year before the edition (not each organisation's previous Stand): the same two years for everyone. */
export function likeForLike(history: History): LikeForLike {
  const year = history.editionYear;
  const vorigJaar = year - 1;
  const vorig: Knelpunt[] = [];
  const nu: Knelpunt[] = [];
  const organisaties: string[] = [];
  for (const [organisatie, standen] of history.byOrganisatie) {
    const before = standen.filter((s) => s.stand.verslagjaar === vorigJaar);
    const now = standen.filter((s) => s.stand.verslagjaar === year);
    if (before.length === 0 || now.length === 0) continue;
    organisaties.push(organisatie);
    for (const s of before) vorig.push(...s.stand.knelpunten);
    for (const s of now) nu.push(...s.stand.knelpunten);
  }
  return {
    zelfde: { vorig_verslagjaar: vorigJaar, organisaties: sortedIds(organisaties), vorig: telling(vorig), nu: telling(nu) },
    vorig,
    nu,
  };
}
