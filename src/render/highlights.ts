// "Belangrijkste punten" of the front page: the story of the edition in a minute, taken from the
// model so it always agrees with the numbers on the other pages. Plain data; the template words it.
import type { ReportModel } from '../model/types.js';
import { pagePaths } from './paths.js';

export interface ThemaPunt {
  thema: string;
  naam: string;
  href: string;
  /** Knelpunten with this as main thema. */
  knelpunten: number;
  /** Knelpunten with this as main thema or as one of their subthemas. */
  knelpunten_incl_subthemas: number;
}

export interface TrendPunt {
  aantal: number;
  href: string;
}

export interface Highlights {
  knelpunten: number;
  open: number;
  organisaties: number;
  /** The largest themes by main thema, and by main thema or subthema: both, since editors may
   * count either way, and the two orders differ. */
  grootste_themas: ThemaPunt[];
  grootste_themas_incl_subthemas: ThemaPunt[];
  /** The oproep most knelpunten belong to (null when no knelpunt belongs to any). */
  oproep: { id: string; titel: string; href: string; knelpunten: number; gedeeld_met: string[] } | null;
  nieuw: TrendPunt;
  opgelost: TrendPunt;
  langlopend: TrendPunt;
  verdwenen: TrendPunt;
}

/**
 * The `size` largest by `count`, with everything tied with the last of them: naming one of three
 * equal themes would be arbitrary. When the ties make the list longer than `max`, only those
 * above the tie stay. Zeros are never "largest".
 */
export function largest<T>(rows: readonly T[], count: (row: T) => number, size = 3, max = 5): T[] {
  const sorted = rows.filter((r) => count(r) > 0);
  sorted.sort((a, b) => count(b) - count(a));
  if (sorted.length <= size) return sorted;
  const threshold = count(sorted[size - 1]!);
  const withTies = sorted.filter((r) => count(r) >= threshold);
  return withTies.length <= max ? withTies : sorted.filter((r) => count(r) > threshold);
}

export function highlights(model: ReportModel): Highlights {
  const report = model.report;
  const themas: ThemaPunt[] = report.per_thema.map((t) => ({
    thema: t.thema,
    naam: t.naam,
    href: pagePaths.thema(t.thema),
    knelpunten: t.knelpunten,
    knelpunten_incl_subthemas: t.knelpunten_incl_subthemas,
  }));
  // per_thema is sorted by main-thema count, then id; a stable sort keeps that order for ties.
  const top = report.per_oproep[0];
  const oproep =
    top === undefined || top.knelpunten === 0
      ? null
      : {
          id: top.oproep,
          titel: top.titel,
          href: pagePaths.oproep(top.oproep),
          knelpunten: top.knelpunten,
          gedeeld_met: report.per_oproep.filter((o) => o.oproep !== top.oproep && o.knelpunten === top.knelpunten).map((o) => o.oproep),
        };
  const trend = (anchor: string, ids: readonly unknown[]): TrendPunt => ({ aantal: ids.length, href: `${pagePaths.trends}#${anchor}` });
  return {
    knelpunten: report.totalen.knelpunten,
    open: report.totalen.open_knelpunten,
    organisaties: report.totalen.organisaties,
    grootste_themas: largest(themas, (t) => t.knelpunten),
    grootste_themas_incl_subthemas: largest(themas, (t) => t.knelpunten_incl_subthemas),
    oproep,
    nieuw: trend('nieuw', report.trends.nieuw),
    opgelost: trend('opgelost', report.trends.opgelost),
    langlopend: trend('langlopend', report.trends.langlopend),
    verdwenen: trend('verdwenen', report.trends.verdwenen),
  };
}
