// The edition-year aggregations of report.json. Each function takes the derived
// knelpunten of the edition and returns one sorted list.
import type { Ministerie, Oproep, Thema } from './content.js';
import type {
  DerivedKnelpunt,
  EditionStand,
  GedeeldKnelpunt,
  MeervoudigOpdrachtgeverschap,
  PerActieBij,
  PerMinisterie,
  PerOproep,
  PerThema,
} from './types.js';
import type { LikeForLike } from './like-for-like.js';
import { ACTIE_BIJ_ROLLEN } from './status.js';
import { byCountThenId, compareIds, sortedIds } from './sort.js';

// per_thema carries several counts; "counts descending" is read as its headline count,
// `knelpunten` (main thema), then thema id ascending.
export function perThema(themas: Thema[], knelpunten: DerivedKnelpunt[], like: LikeForLike): PerThema[] {
  // One pass per list, counted by thema (a filter per thema is slow with thousands of knelpunten).
  const main = groupBy(knelpunten, (k) => [k.thema]);
  // A knelpunt counts once even if it lists its main thema among its subthemas too.
  const incl = groupBy(knelpunten, (k) => new Set([k.thema, ...(k.subthemas ?? [])]));
  const vorig = groupBy(like.vorig, (k) => [k.thema]);
  const nu = groupBy(like.nu, (k) => [k.thema]);
  return themas
    .map((t) => {
      const own = main.get(t.id) ?? [];
      return {
        thema: t.id,
        naam: t.naam,
        knelpunten: own.length,
        knelpunten_incl_subthemas: incl.get(t.id)?.length ?? 0,
        organisaties: new Set(own.map((k) => k.organisatie)).size,
        open: own.filter((k) => k.open).length,
        vorig_jaar: vorig.get(t.id)?.length ?? 0,
        dit_jaar_zelfde_organisaties: nu.get(t.id)?.length ?? 0,
      };
    })
    .sort(byCountThenId((r) => r.knelpunten, (r) => r.thema));
}

/** The items under each of their keys, in their order. */
function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function perOproep(oproepen: Oproep[], knelpunten: DerivedKnelpunt[]): PerOproep[] {
  return oproepen
    .map((o) => ({
      oproep: o.id as string,
      titel: o.titel,
      knelpunten: knelpunten.filter((k) => k.oproepen.includes(o.id)).length,
    }))
    .sort(byCountThenId((r) => r.knelpunten, (r) => r.oproep));
}

export function perActieBij(knelpunten: DerivedKnelpunt[]): PerActieBij[] {
  return ACTIE_BIJ_ROLLEN.map((rol) => ({
    rol,
    knelpunten: knelpunten.filter((k) => k.actie_bij.includes(rol)).length,
  })).sort(byCountThenId((r) => r.knelpunten, (r) => r.rol));
}

// Every ministry with a non-zero count. Ids come from the knelpunten (not only the register)
// so a count can never silently vanish. Sorted by als_eigenaar + als_opdrachtgever
// descending, then ministerie id ascending.
export function perMinisterie(ministeries: Ministerie[], knelpunten: DerivedKnelpunt[]): PerMinisterie[] {
  const ids = new Set<string>(ministeries.map((m) => m.id));
  for (const k of knelpunten) {
    if (k.eigenaar !== null) ids.add(k.eigenaar);
    if (k.opdrachtgever_toegerekend !== null) ids.add(k.opdrachtgever_toegerekend);
  }
  return [...ids]
    .map((ministerie) => {
      const toegerekend = knelpunten.filter((k) => k.opdrachtgever_toegerekend === ministerie);
      return {
        ministerie,
        als_eigenaar: knelpunten.filter((k) => k.eigenaar === ministerie).length,
        als_opdrachtgever: toegerekend.length,
        // Attributed to the ministry as opdrachtgever is not the same as "the ministry must act":
        // only these say the move must come from the opdrachtgever.
        actie_als_opdrachtgever: toegerekend.filter((k) => k.actie_bij.includes('opdrachtgever')).length,
      };
    })
    .filter((r) => r.als_eigenaar + r.als_opdrachtgever > 0)
    .sort(byCountThenId((r) => r.als_eigenaar + r.als_opdrachtgever, (r) => r.ministerie));
}

/** Organisations with a Stand in the edition and more than one opdrachtgever that year. */
export function meervoudigOpdrachtgeverschap(standen: EditionStand[]): MeervoudigOpdrachtgeverschap[] {
  return standen
    .filter((s) => s.driehoek.meervoudig_opdrachtgeverschap)
    .map((s) => ({
      organisatie: s.organisatie.id,
      opdrachtgevers: s.driehoek.opdrachtgevers,
      knelpunten: s.knelpunten.length,
      opdrachtgever_onbepaald: s.knelpunten.filter((k) => k.opdrachtgever_toegerekend === null).length,
    }))
    .sort(byCountThenId((r) => r.knelpunten, (r) => r.organisatie));
}

// Only values used by ≥ 2 organisations in the edition year. Sorted by the number of
// organisations descending, then the number of knelpunten descending, then the value.
export function gedeeldeKnelpunten(knelpunten: DerivedKnelpunt[]): GedeeldKnelpunt[] {
  const groups = new Map<string, DerivedKnelpunt[]>();
  for (const k of knelpunten) {
    if (k.gedeeld_knelpunt === undefined) continue;
    groups.set(k.gedeeld_knelpunt, [...(groups.get(k.gedeeld_knelpunt) ?? []), k]);
  }
  const result: GedeeldKnelpunt[] = [];
  for (const [value, members] of groups) {
    const organisaties = sortedIds(members.map((k) => k.organisatie));
    if (organisaties.length < 2) continue;
    result.push({ gedeeld_knelpunt: value, organisaties, knelpunten: sortedIds(members.map((k) => k.global_id)) });
  }
  return result.sort(
    (a, b) =>
      b.organisaties.length - a.organisaties.length ||
      b.knelpunten.length - a.knelpunten.length ||
      compareIds(a.gedeeld_knelpunt, b.gedeeld_knelpunt),
  );
}
