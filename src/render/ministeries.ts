// ministeries/index.html and one page per ministry. Kamer committees follow the ministries, so a
// reader looks for "everything about SZW". Three different things are counted, and the pages
// keep them apart, because "attributed to SZW as opdrachtgever" does not mean "SZW must act":
//  - als eigenaar: knelpunten of the organisations the ministry owns (per_ministerie.als_eigenaar);
//  - als opdrachtgever: knelpunten attributed to it via opdrachtgever_toegerekend (.als_opdrachtgever);
//  - actie bij: of those, the ones whose actie_bij names that role (.actie_als_opdrachtgever, and
//    the same for eigenaar).
import type { Ministerie } from '../model/content.js';
import type { DerivedKnelpunt, PerMinisterie, ReportModel } from '../model/types.js';
import { barChart } from './chart.js';
import { pagePaths } from './paths.js';
import type { PageSpec } from './pages.js';
import type { Refs } from './refs.js';

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0);
}

function activeIn(m: Ministerie, year: number): boolean {
  return (m.vanaf === undefined || m.vanaf <= year) && (m.tot === undefined || year <= m.tot);
}

interface Rol {
  organisatie: ReturnType<Refs['organisatie']>;
  rol: string;
  vanaf: number;
  tot: number | null;
  /** The period covers the edition year. */
  nu: boolean;
  /** Other opdrachtgevers in the same period (meervoudig opdrachtgeverschap). */
  ook: ReturnType<Refs['ministeries']>;
}

/** The ministry's place in every driehoek period of every organisation, present and past. */
function rollen(model: ReportModel, refs: Refs, id: string): Rol[] {
  const year = model.report.verslagjaar;
  const out: Rol[] = [];
  for (const org of model.registers.organisaties) {
    for (const p of org.driehoek) {
      const eigenaar = p.eigenaar === id;
      const opdrachtgever = p.opdrachtgevers.includes(id);
      if (!eigenaar && !opdrachtgever) continue;
      out.push({
        organisatie: refs.organisatie(org.id),
        rol: eigenaar && opdrachtgever ? 'eigenaar en opdrachtgever' : eigenaar ? 'eigenaar' : 'opdrachtgever',
        vanaf: p.vanaf,
        tot: p.tot ?? null,
        nu: p.vanaf <= year && (p.tot === undefined || year <= p.tot),
        ook: opdrachtgever ? refs.ministeries([...p.opdrachtgevers].filter((o) => o !== id).sort()) : [],
      });
    }
  }
  // Current roles first, then by organisation name, then oldest period first.
  return out.sort((a, b) => Number(b.nu) - Number(a.nu) || byName(a.organisatie.naam, b.organisatie.naam) || a.vanaf - b.vanaf);
}

interface Telling {
  als_eigenaar: DerivedKnelpunt[];
  als_opdrachtgever: DerivedKnelpunt[];
  actie_als_eigenaar: DerivedKnelpunt[];
  actie_als_opdrachtgever: DerivedKnelpunt[];
  /** Action lies with "the opdrachtgever" of an organisation with several, this ministry among them, and no one is named. */
  actie_onbepaald: DerivedKnelpunt[];
}

export function ministerieTelling(model: ReportModel, id: string): Telling {
  const k = model.knelpunten;
  const als_eigenaar = k.filter((x) => x.eigenaar === id);
  const als_opdrachtgever = k.filter((x) => x.opdrachtgever_toegerekend === id);
  return {
    als_eigenaar,
    als_opdrachtgever,
    actie_als_eigenaar: als_eigenaar.filter((x) => x.actie_bij.includes('eigenaar')),
    actie_als_opdrachtgever: als_opdrachtgever.filter((x) => x.actie_bij.includes('opdrachtgever')),
    actie_onbepaald: k.filter(
      (x) => x.opdrachtgever_toegerekend === null && x.opdrachtgevers.includes(id) && x.actie_bij.includes('opdrachtgever'),
    ),
  };
}

/** Ministries with a page: every one with a knelpunt, and every one active in the edition year. */
function shownMinisteries(model: ReportModel): string[] {
  const year = model.report.verslagjaar;
  const counted = model.report.per_ministerie.map((r) => r.ministerie);
  const rest = model.registers.ministeries
    .filter((m) => activeIn(m, year) && !counted.includes(m.id))
    .map((m) => m.id)
    .sort((a, b) => byName(model.lookup.ministeries.get(a)?.naam ?? a, model.lookup.ministeries.get(b)?.naam ?? b));
  return [...counted, ...rest];
}

export function ministeriesPages(model: ReportModel, refs: Refs): PageSpec[] {
  const year = model.report.verslagjaar;
  const perMinisterie = new Map<string, PerMinisterie>(model.report.per_ministerie.map((r) => [r.ministerie, r]));
  const ids = shownMinisteries(model);
  const row = (id: string) => {
    const telling = ministerieTelling(model, id);
    const r = perMinisterie.get(id);
    const organisaties = new Set(
      model.standen.filter((s) => s.driehoek.eigenaar === id || s.driehoek.opdrachtgevers.includes(id)).map((s) => s.organisatie.id),
    );
    return {
      ministerie: refs.ministerie(id),
      href: pagePaths.ministerie(id),
      // The report's own numbers where it has them, so the page and report.json cannot differ.
      als_eigenaar: r?.als_eigenaar ?? 0,
      als_opdrachtgever: r?.als_opdrachtgever ?? 0,
      actie_als_opdrachtgever: r?.actie_als_opdrachtgever ?? 0,
      actie_als_eigenaar: telling.actie_als_eigenaar.length,
      organisaties: organisaties.size,
      telling,
    };
  };
  // Made once, for the first of these pages that is built (see PageSpec.build).
  let made: ReturnType<typeof row>[] | undefined;
  const rowsOf = (): ReturnType<typeof row>[] => (made ??= ids.map(row));

  const overview: PageSpec = {
    path: pagePaths.ministeries,
    template: 'ministeries',
    title: 'Ministeries',
    section: 'ministeries',
    data: {},
    build: () => ({
      rows: rowsOf(),
      chart: barChart({
        id: 'chart-ministeries',
        title: `Knelpunten per ministerie, ${year}`,
        description:
          'Per ministerie: knelpunten van organisaties waarvan het eigenaar is, en knelpunten die aan het als opdrachtgever zijn toegerekend. De tabel geeft dezelfde cijfers.',
        rows: rowsOf()
          .filter((r) => r.als_eigenaar + r.als_opdrachtgever > 0)
          .map((r) => ({
            label: `${r.ministerie?.naam ?? ''} (${r.ministerie?.afkorting ?? ''})`,
            bars: [
              { value: r.als_eigenaar, name: 'als eigenaar' },
              { value: r.als_opdrachtgever, name: 'als opdrachtgever' },
            ],
          })),
      }),
    }),
  };

  const pages = ids.map((id, i): PageSpec => {
    const m = model.lookup.ministeries.get(id);
    return {
      path: pagePaths.ministerie(id),
      template: 'ministerie',
      title: m ? `${m.naam} (${m.afkorting})` : id,
      section: 'ministeries',
      data: {},
      // Built when the page is rendered (see PageSpec.build).
      build: () => {
        const row = rowsOf()[i]!;
        const t = row.telling;
        const themas = model.report.per_thema
          .map((pt) => ({
            naam: pt.naam,
            eigenaar: t.als_eigenaar.filter((k) => k.thema === pt.thema).length,
            opdrachtgever: t.als_opdrachtgever.filter((k) => k.thema === pt.thema).length,
          }))
          .filter((r) => r.eigenaar + r.opdrachtgever > 0)
          .sort((a, b) => b.eigenaar + b.opdrachtgever - (a.eigenaar + a.opdrachtgever) || byName(a.naam, b.naam));
        const list = (ks: DerivedKnelpunt[]) => ks.map((k) => refs.knelpunt(k));
        return {
          ministerie: { ...row.ministerie, vanaf: m?.vanaf ?? null, tot: m?.tot ?? null },
          cijfers: {
            als_eigenaar: row.als_eigenaar,
            als_opdrachtgever: row.als_opdrachtgever,
            actie_als_eigenaar: row.actie_als_eigenaar,
            actie_als_opdrachtgever: row.actie_als_opdrachtgever,
            actie_onbepaald: t.actie_onbepaald.length,
            // A knelpunt can ask both its eigenaar and its opdrachtgever to act, and both can be this
            // ministry: counted once here.
            actie_bij_ministerie: new Set([...t.actie_als_eigenaar, ...t.actie_als_opdrachtgever]).size,
          },
          rollen: rollen(model, refs, id),
          themas,
          chart:
            themas.length === 0
              ? null
              : barChart({
                  id: 'chart-ministerie-themas',
                  title: `Knelpunten per thema bij ${m?.afkorting ?? id}`,
                  description:
                    'Per hoofdthema: knelpunten van organisaties waarvan het ministerie eigenaar is, en knelpunten die aan het ministerie als opdrachtgever zijn toegerekend. De tabel geeft dezelfde cijfers.',
                  rows: themas.map((r) => ({
                    label: r.naam,
                    bars: [
                      { value: r.eigenaar, name: 'als eigenaar' },
                      { value: r.opdrachtgever, name: 'als opdrachtgever' },
                    ],
                  })),
                }),
          als_eigenaar: list(t.als_eigenaar),
          als_opdrachtgever: list(t.als_opdrachtgever),
          actie_als_eigenaar: list(t.actie_als_eigenaar),
          actie_als_opdrachtgever: list(t.actie_als_opdrachtgever),
          actie_onbepaald: list(t.actie_onbepaald),
        };
      },
    };
  });
  return [overview, ...pages];
}
