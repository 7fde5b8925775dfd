import type { Organisatie } from './content.js';
import type { DriehoekInYear } from './types.js';
import { sortedIds } from './sort.js';

/**
 * The driehoek of an organisation in a year: the period whose `vanaf`..`tot` (both
 * inclusive, no `tot` = runs on) covers the year. Periods must not overlap (lint); if they
 * do anyway, the one with the latest `vanaf` wins so the result is still deterministic.
 */
export function driehoekInYear(organisatie: Organisatie | undefined, year: number): DriehoekInYear {
  let periode: DriehoekInYear['periode'] = null;
  for (const p of organisatie?.driehoek ?? []) {
    const covers = p.vanaf <= year && (p.tot === undefined || year <= p.tot);
    if (covers && (periode === null || p.vanaf > periode.vanaf)) periode = p;
  }
  // report.md: "id lists ascending", so opdrachtgevers are sorted, not in register order.
  const opdrachtgevers = periode ? sortedIds(periode.opdrachtgevers) : [];
  return {
    periode,
    eigenaar: periode?.eigenaar ?? null,
    opdrachtgevers,
    meervoudig_opdrachtgeverschap: opdrachtgevers.length > 1,
  };
}
