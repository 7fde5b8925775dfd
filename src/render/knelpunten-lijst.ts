// knelpunten/index.html: every knelpunt of the edition in one list, and per filter a grouped
// view (knelpunten/<filter>/index.html) with the knelpunten under each of its values.
//
// Without JavaScript the list is complete and the filter values are links to the grouped views.
// With JavaScript (assets/knelpunten-filter.js) a form filters the list in place. The script
// never reads submitted text: each list item carries, per filter, the numbers of its values
// (data-f-thema="3"), and the options of the form carry the same numbers; the names a reader
// sees are printed (escaped) by the template.
import { ACTIE_BIJ_ROLLEN, STATUSSEN } from '../model/status.js';
import type { DerivedKnelpunt, ReportModel } from '../model/types.js';
import { DOELGROEP_LABELS, ROLE_LABELS, STATUS_LABELS, label } from './labels.js';
import { pagePaths, segment } from './paths.js';
import type { PageSpec } from './pages.js';
import type { KnelpuntSummary, Refs } from './refs.js';

interface Waarde {
  id: string;
  label: string;
  /** An optgroup in the form and a heading level in the grouped view (ministerie only). */
  groep?: string;
}

interface Dimensie {
  /** Also the `data-f-…` attribute and the grouped view's folder. Our constant, never content. */
  key: string;
  label: string;
  /** What the grouped view's title says: "Knelpunten per …". */
  per: string;
  /** Values in the order of `volgorde`; unknown ones (never in lint-clean content) go last by label. */
  waarden: (k: DerivedKnelpunt) => Waarde[];
  volgorde: 'label' | readonly string[];
  /** Explains in the form and the grouped view exactly what a value counts. */
  uitleg?: string;
}

function byLabel(a: { label: string; id: string }, b: { label: string; id: string }): number {
  return a.label.localeCompare(b.label, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function dimensies(refs: Refs): Dimensie[] {
  return [
    {
      key: 'thema',
      label: 'Thema',
      per: 'hoofdthema',
      waarden: (k) => [{ id: k.thema, label: refs.thema(k.thema).naam }],
      volgorde: 'label',
      uitleg: 'Het hoofdthema van het knelpunt; subthema’s tellen hier niet mee.',
    },
    {
      key: 'ministerie',
      label: 'Ministerie',
      per: 'ministerie',
      waarden: (k) => {
        const out: Waarde[] = [];
        const eigenaar = refs.ministerie(k.eigenaar);
        if (eigenaar) out.push({ id: `eigenaar-${eigenaar.id}`, label: `${eigenaar.afkorting} als eigenaar`, groep: 'Als eigenaar' });
        const opdrachtgever = refs.ministerie(k.opdrachtgever_toegerekend);
        if (opdrachtgever) {
          out.push({
            id: `opdrachtgever-${opdrachtgever.id}`,
            label: `${opdrachtgever.afkorting} als opdrachtgever`,
            groep: 'Als opdrachtgever (toegerekend)',
          });
        }
        return out;
      },
      volgorde: 'label',
      uitleg:
        'Als eigenaar: knelpunten van organisaties waarvan het ministerie eigenaar is. Als opdrachtgever: knelpunten die aan het ministerie als opdrachtgever zijn toegerekend; dat zegt niet dat het ministerie aan zet is (zie Actie bij).',
    },
    {
      key: 'organisatie',
      label: 'Organisatie',
      per: 'organisatie',
      waarden: (k) => [{ id: k.organisatie, label: refs.organisatie(k.organisatie).naam }],
      volgorde: 'label',
    },
    {
      key: 'status',
      label: 'Status',
      per: 'status',
      waarden: (k) => [{ id: k.status, label: label(STATUS_LABELS, k.status) }],
      volgorde: STATUSSEN,
    },
    {
      key: 'actie-bij',
      label: 'Actie bij',
      per: 'rol waar actie nodig is',
      waarden: (k) => k.actie_bij.map((rol) => ({ id: rol, label: label(ROLE_LABELS, rol) })),
      volgorde: ACTIE_BIJ_ROLLEN,
      uitleg: 'Waar de beweging volgens de organisatie vandaan moet komen; een knelpunt kan bij meer rollen horen.',
    },
    {
      key: 'wet',
      label: 'Wet',
      per: 'wet',
      waarden: (k) => (k.wetten ?? []).map((w) => ({ id: w, label: w })),
      volgorde: 'label',
      uitleg: 'Alleen knelpunten die een wet noemen; een knelpunt kan meer wetten noemen.',
    },
    {
      key: 'doelgroep',
      label: 'Doelgroep',
      per: 'doelgroep',
      waarden: (k) => (k.doelgroepen ?? []).map((d) => ({ id: d, label: label(DOELGROEP_LABELS, d) })),
      volgorde: Object.keys(DOELGROEP_LABELS),
      uitleg: 'Alleen knelpunten die een doelgroep noemen.',
    },
    {
      key: 'hardheid',
      label: 'Hardvochtig',
      per: 'hardvochtigheid',
      waarden: (k) =>
        k.hardheid === true
          ? [{ id: 'ja', label: 'hardvochtig voor burgers' }]
          : [{ id: 'nee', label: 'niet als hardvochtig gemeld' }],
      volgorde: ['ja', 'nee'],
    },
  ];
}

export interface ListItem extends KnelpuntSummary {
  /** Per filter the numbers of its values, space-separated: `[{ key: 'thema', waarden: '3' }]`. */
  filters: { key: string; waarden: string }[];
  actie_bij: string[];
  hardheid: boolean;
}

export interface FilterWaarde {
  /** The number used in data-f-… and the option value. */
  nummer: string;
  id: string;
  label: string;
  aantal: number;
  /** Anchor of this value on the grouped view. */
  anker: string;
  /** Site-root-relative link to that anchor. */
  href: string;
  knelpunten: ListItem[];
}

export interface FilterGroep {
  label: string | null;
  waarden: FilterWaarde[];
}

export interface Filter {
  key: string;
  label: string;
  per: string;
  uitleg: string | null;
  href: string;
  groepen: FilterGroep[];
  /** Values over all groups. */
  aantal_waarden: number;
  /** Knelpunten with at least one value (fewer than all for wet and doelgroep). */
  met_waarde: number;
}

export interface KnelpuntenLijst {
  items: ListItem[];
  filters: Filter[];
}

/** The list and its filters, with the numbers each filter value is shown under. */
export function knelpuntenLijst(model: ReportModel, refs: Refs): KnelpuntenLijst {
  const dims = dimensies(refs);
  // Sorted as a reader looks things up: by the organisation's name, then by title.
  const sorted = [...model.knelpunten].sort(
    (a, b) =>
      refs.organisatie(a.organisatie).naam.localeCompare(refs.organisatie(b.organisatie).naam, 'nl') ||
      (a.organisatie < b.organisatie ? -1 : a.organisatie > b.organisatie ? 1 : 0) ||
      a.titel.localeCompare(b.titel, 'nl') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const items = sorted.map(
    (k): ListItem => ({
      ...refs.knelpunt(k),
      filters: [],
      actie_bij: k.actie_bij.map((rol) => label(ROLE_LABELS, rol)),
      hardheid: k.hardheid === true,
    }),
  );

  const filters = dims.map((dim): Filter => {
    const found = new Map<string, Waarde & { items: ListItem[] }>();
    sorted.forEach((k, index) => {
      for (const w of dim.waarden(k)) {
        const entry = found.get(w.id) ?? { ...w, items: [] };
        // A value listed twice in one knelpunt (wetten: [a, a]) still counts the knelpunt once.
        const item = items[index] as ListItem;
        if (entry.items[entry.items.length - 1] !== item) entry.items.push(item);
        found.set(w.id, entry);
      }
    });
    const order = dim.volgorde;
    const values = [...found.values()].sort((a, b) => {
      if (order !== 'label') {
        const ia = order.indexOf(a.id);
        const ib = order.indexOf(b.id);
        if (ia !== ib) return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
      }
      return byLabel(a, b);
    });
    const groepLabels: (string | null)[] = [];
    for (const v of values) if (!groepLabels.includes(v.groep ?? null)) groepLabels.push(v.groep ?? null);
    groepLabels.sort((a, b) => (a ?? '').localeCompare(b ?? '', 'nl'));
    const href = pagePaths.knelpuntenPer(dim.key);
    let nummer = 0;
    const groepen = groepLabels.map(
      (groep): FilterGroep => ({
        label: groep,
        waarden: values
          .filter((v) => (v.groep ?? null) === groep)
          .map((v): FilterWaarde => {
            const anker = `w-${segment(v.id)}`;
            return { nummer: String(nummer++), id: v.id, label: v.label, aantal: v.items.length, anker, href: `${href}#${anker}`, knelpunten: v.items };
          }),
      }),
    );
    for (const groep of groepen) {
      for (const w of groep.waarden) {
        for (const item of w.knelpunten) {
          const last = item.filters[item.filters.length - 1];
          if (last?.key === dim.key) last.waarden += ` ${w.nummer}`;
          else item.filters.push({ key: dim.key, waarden: w.nummer });
        }
      }
    }
    const metWaarde = new Set(values.flatMap((v) => v.items)).size;
    return { key: dim.key, label: dim.label, per: dim.per, uitleg: dim.uitleg ?? null, href, groepen, aantal_waarden: nummer, met_waarde: metWaarde };
  });
  // Filters in the order of `dims` on every item, whatever order the values were visited in.
  const rank = new Map(dims.map((d, i) => [d.key, i]));
  for (const item of items) item.filters.sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
  return { items, filters };
}

/** The list page and one grouped view per filter. */
export function knelpuntenPages(model: ReportModel, refs: Refs): PageSpec[] {
  // Made once, for the first of these pages that is built (one per filter, see knelpuntenLijst).
  let made: KnelpuntenLijst | undefined;
  const lijst = (): KnelpuntenLijst => (made ??= knelpuntenLijst(model, refs));
  const overview: PageSpec = {
    path: pagePaths.knelpunten,
    template: 'knelpunten',
    title: 'Alle knelpunten',
    section: 'knelpunten',
    data: {},
    build: () => ({ items: lijst().items, filters: lijst().filters }),
  };
  const grouped = dimensies(refs).map(
    (dim, i): PageSpec => ({
      path: pagePaths.knelpuntenPer(dim.key),
      template: 'knelpunten-per',
      title: `Knelpunten per ${dim.per}`,
      section: 'knelpunten',
      data: {},
      build: () => ({ filter: lijst().filters[i], totaal: lijst().items.length }),
    }),
  );
  return [overview, ...grouped];
}
