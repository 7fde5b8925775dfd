import type { Bron, GeschiedenisEntry, HistorieRij, StandSource } from './types.js';
import { isOpen } from './status.js';
import { compareIds } from './sort.js';

export function globalId(organisatie: string, id: string): string {
  return `${organisatie}/${id}`;
}

export function bronOf(source: StandSource, index: number): Bron {
  const regel = source.knelpuntLines[index];
  // The loader promises one line per knelpunt; a gap is a programming error, not bad content.
  if (regel === undefined) {
    throw new Error(`knelpuntLines mist regel voor knelpunt ${index} in ${source.path}`);
  }
  return { pad: source.path, regel };
}

/** The Standen up to the edition year, indexed for history questions. */
export interface History {
  editionYear: number;
  /** Standen with verslagjaar ≤ edition year, sorted by verslagjaar, organisatie, path. */
  standen: StandSource[];
  /** Per organisation, its Standen ascending by year. */
  byOrganisatie: Map<string, StandSource[]>;
  /** Per global id, its status in every year it appears, ascending. */
  geschiedenis: Map<string, GeschiedenisEntry[]>;
}

/** Later years than the edition are ignored everywhere (report.md: "Later years are ignored"). */
export function buildHistory(all: StandSource[], editionYear: number): History {
  const standen = all
    .filter((s) => s.stand.verslagjaar <= editionYear)
    .sort(
      (a, b) =>
        a.stand.verslagjaar - b.stand.verslagjaar ||
        compareIds(a.stand.organisatie, b.stand.organisatie) ||
        compareIds(a.path, b.path),
    );
  const byOrganisatie = new Map<string, StandSource[]>();
  const geschiedenis = new Map<string, GeschiedenisEntry[]>();
  for (const source of standen) {
    const org = source.stand.organisatie;
    const list = byOrganisatie.get(org) ?? [];
    list.push(source);
    byOrganisatie.set(org, list);
    source.stand.knelpunten.forEach((k, index) => {
      const gid = globalId(org, k.id);
      const entries = geschiedenis.get(gid) ?? [];
      entries.push({ verslagjaar: source.stand.verslagjaar, status: k.status, bron: bronOf(source, index) });
      geschiedenis.set(gid, entries);
    });
  }
  return { editionYear, standen, byOrganisatie, geschiedenis };
}

/** The organisation's Stand with the highest verslagjaar below `year` (years may be skipped). */
export function previousStand(history: History, organisatie: string, year: number): StandSource | undefined {
  let best: StandSource | undefined;
  for (const s of history.byOrganisatie.get(organisatie) ?? []) {
    if (s.stand.verslagjaar < year && (best === undefined || s.stand.verslagjaar > best.stand.verslagjaar)) best = s;
  }
  return best;
}

/** Earliest verslagjaar in which the global id appears (up to the edition year). */
export function firstAppearance(history: History, gid: string): number | undefined {
  return history.geschiedenis.get(gid)?.[0]?.verslagjaar;
}

/**
 * One row per knelpunt per Stand up to the edition year (report.md, "More open data"), sorted by
 * organisatie, id, verslagjaar: every time series of the trends page can be rebuilt from it.
 */
export function historieRows(history: History): HistorieRij[] {
  const rows: HistorieRij[] = [];
  for (const source of history.standen) {
    const { organisatie, verslagjaar } = source.stand;
    source.stand.knelpunten.forEach((k, index) => {
      rows.push({ organisatie, id: k.id, verslagjaar, titel: k.titel, thema: k.thema, status: k.status, open: isOpen(k.status), bron: bronOf(source, index) });
    });
  }
  return rows.sort(
    (a, b) => compareIds(a.organisatie, b.organisatie) || compareIds(a.id, b.id) || a.verslagjaar - b.verslagjaar,
  );
}
