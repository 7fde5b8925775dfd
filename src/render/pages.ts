// One function per page type: it picks what the page shows from the model and hands the
// template plain data. Markdown and charts arrive as SafeHtml; every other string is escaped
// by the template engine.
import type { DerivedKnelpunt, EditionStand, ReportModel } from '../model/types.js';
import { STATUSSEN } from '../model/status.js';
import { barChart } from './chart.js';
import { highlights } from './highlights.js';
import { knelpuntView } from './knelpunt-view.js';
import { ORGANISATIE_TYPE_LABELS, ROLE_LABELS, dutchDate, dutchNumber, gedeeldNaam, label, signedNumber } from './labels.js';
import type { MarkdownBatch } from './markdown-batch.js';
import { dilemmaAnchor, gedeeldAnchor, lichtpuntAnchor, pagePaths, segment } from './paths.js';
import { Refs } from './refs.js';
import { knelpuntenPages } from './knelpunten-lijst.js';
import { ministeriesPages } from './ministeries.js';
import { lichtpuntenDilemmasPages } from './lichtpunten-dilemmas.js';
import { dropSamenvattingHeading } from './samenvatting.js';
import { safeLink } from './safe-url.js';

export interface PageSpec {
  path: string;
  template: string;
  title: string;
  /** Which navigation item is current. */
  section: string;
  /** The meta description (with site_url); a generic one from the title when absent. */
  description?: string;
  data: Record<string, unknown>;
  /**
   * The rest of the data, for pages that take real work to build (an organisation page: every
   * knelpunt's full view). A build builds them all up front, in page order, so their Markdown
   * renders with the rest; a preview (RenderOptions.lazy) builds only the pages it renders.
   */
  build?: (markdown: MarkdownBatch) => Record<string, unknown>;
  /** Set when the page shows Markdown: the batch mark to await before rendering it. */
  markdown?: number;
}

function homePage(model: ReportModel, markdown: MarkdownBatch): PageSpec {
  const t = model.report.totalen;
  const jaar = model.report.verslagjaar;
  const inleiding =
    model.edition.inleiding === undefined ? null : markdown.add(model.edition.inleiding, { idPrefix: 'inleiding-', headingLevel: 2 });
  const punten = highlights(model);
  return {
    markdown: markdown.size,
    path: pagePaths.home,
    template: 'index',
    title: model.report.titel,
    section: 'home',
    data: {
      inleiding,
      punten,
      // The key chart: the largest themes of the points beside it, as main thema and including
      // subthemas; every thema is on the thema's page.
      chart: barChart({
        id: 'chart-home-themas',
        title: `De grootste thema’s in ${jaar}`,
        description: 'Per thema het aantal knelpunten met dat thema als hoofdthema, en het aantal als ook de knelpunten meetellen waar het een subthema is.',
        rows: model.report.per_thema
          .filter((r) => [...punten.grootste_themas, ...punten.grootste_themas_incl_subthemas].some((t) => t.thema === r.thema))
          .map((r) => ({
            label: r.naam,
            bars: [
              { value: r.knelpunten, name: 'als hoofdthema' },
              { value: r.knelpunten_incl_subthemas, name: 'met subthema’s' },
            ],
          })),
      }),
      // Each counter says exactly what it counts and links to where those things are listed.
      totalen: [
        { key: 'organisaties', value: t.organisaties, label: `organisaties met een Stand over ${jaar}`, href: pagePaths.organisaties },
        { key: 'knelpunten', value: t.knelpunten, label: `knelpunten in die Standen`, href: pagePaths.knelpunten },
        { key: 'open_knelpunten', value: t.open_knelpunten, label: 'daarvan open: niet opgelost en niet vervallen', href: pagePaths.knelpuntenPer('status') },
        { key: 'lichtpunten', value: t.lichtpunten, label: 'lichtpunten: goede voorbeelden', href: pagePaths.lichtpunten },
        { key: 'dilemmas', value: t.dilemmas, label: 'dilemma’s: spanningen tussen belangen', href: pagePaths.dilemmas },
      ].map((row) => ({ ...row, display: dutchNumber(row.value) })),
    },
  };
}

function themasPages(model: ReportModel, refs: Refs): PageSpec[] {
  const rows = model.report.per_thema.map((row) => ({
    ...row,
    href: pagePaths.thema(row.thema),
    omschrijving: model.lookup.themas.get(row.thema)?.omschrijving ?? '',
  }));
  const overview: PageSpec = {
    path: pagePaths.themas,
    template: 'themas',
    title: 'Knelpunten per thema',
    section: 'themas',
    data: {
      rows,
      chart: barChart({
        id: 'chart-themas',
        title: 'Knelpunten per thema',
        description:
          'Per thema twee balken: de knelpunten met dit thema als hoofdthema, en die met dit thema als hoofd- of subthema. De tabel geeft dezelfde cijfers.',
        rows: rows.map((r) => ({
          label: r.naam,
          bars: [
            { value: r.knelpunten, name: 'hoofdthema' },
            { value: r.knelpunten_incl_subthemas, name: 'incl. subthema' },
          ],
        })),
      }),
    },
  };
  const pages = model.registers.themas.map((thema): PageSpec => {
    const stats = model.report.per_thema.find((r) => r.thema === thema.id) ?? null;
    return {
      path: pagePaths.thema(thema.id),
      template: 'thema',
      title: `Thema: ${thema.naam}`,
      section: 'themas',
      data: {},
      // Built when the page is rendered (see PageSpec.build).
      build: () => ({
        thema: { id: thema.id, naam: thema.naam, omschrijving: thema.omschrijving },
        oproepen: thema.oproepen.map((o) => refs.oproep(o)),
        stats,
        knelpunten: model.knelpunten.filter((k) => k.thema === thema.id).map((k) => refs.knelpunt(k)),
        via_subthema: model.knelpunten
          .filter((k) => k.thema !== thema.id && (k.subthemas ?? []).includes(thema.id))
          .map((k) => refs.knelpunt(k)),
      }),
    };
  });
  return [overview, ...pages];
}

/** How many of the given knelpunten have each status, in the order of a knelpunt's life; only statuses that occur. */
function statusBreakdown(knelpunten: readonly DerivedKnelpunt[], refs: Refs) {
  return STATUSSEN.map((status) => ({ status: refs.status(status), aantal: knelpunten.filter((k) => k.status === status).length })).filter(
    (r) => r.aantal > 0,
  );
}

function oproepenPages(model: ReportModel, refs: Refs): PageSpec[] {
  const rows = model.report.per_oproep.map((row) => ({
    ...row,
    href: pagePaths.oproep(row.oproep),
    omschrijving: model.lookup.oproepen.get(row.oproep)?.omschrijving ?? '',
  }));
  const overview: PageSpec = {
    path: pagePaths.oproepen,
    template: 'oproepen',
    title: 'Knelpunten per oproep',
    section: 'oproepen',
    data: {
      rows,
      chart: barChart({
        id: 'chart-oproepen',
        title: 'Knelpunten per oproep',
        description: 'Aantal knelpunten dat bij elke oproep hoort; een knelpunt kan bij meer oproepen horen.',
        rows: rows.map((r) => ({ label: `${r.oproep} ${r.titel}`, bars: [{ value: r.knelpunten }] })),
      }),
    },
  };
  const pages = model.registers.oproepen.map(
    (oproep): PageSpec => ({
      path: pagePaths.oproep(oproep.id),
      template: 'oproep',
      title: `Oproep ${oproep.id}: ${oproep.titel}`,
      section: 'oproepen',
      data: {},
      // Built when the page is rendered (see PageSpec.build).
      build: () => ({
        oproep: { id: oproep.id, titel: oproep.titel, omschrijving: oproep.omschrijving },
        themas: model.registers.themas.filter((t) => (t.oproepen as string[]).includes(oproep.id)).map((t) => refs.thema(t.id)),
        knelpunten: model.knelpunten.filter((k) => k.oproepen.includes(oproep.id)).map((k) => refs.knelpunt(k)),
        statussen: statusBreakdown(model.knelpunten.filter((k) => k.oproepen.includes(oproep.id)), refs),
      }),
    }),
  );
  return [overview, ...pages];
}

function driehoekPage(model: ReportModel, refs: Refs): PageSpec {
  return {
    path: pagePaths.driehoek,
    template: 'driehoek',
    title: 'Driehoek: waar moet de actie vandaan komen?',
    section: 'driehoek',
    data: {},
    // Built when the page is rendered (see PageSpec.build).
    build: () => driehoekData(model, refs),
  };
}

function driehoekData(model: ReportModel, refs: Refs): Record<string, unknown> {
  const rollen = model.report.per_actie_bij.map((row) => ({
    rol: row.rol,
    label: label(ROLE_LABELS, row.rol),
    knelpunten: row.knelpunten,
    lijst: model.knelpunten.filter((k) => k.actie_bij.includes(row.rol)).map((k) => refs.knelpunt(k)),
  }));
  const ministeries = model.report.per_ministerie.map((row) => ({
    ...row,
    ministerie: refs.ministerie(row.ministerie),
    href: pagePaths.ministerie(row.ministerie),
    organisaties: model.standen.filter((s) => s.driehoek.eigenaar === row.ministerie).map((s) => refs.organisatie(s.organisatie.id)),
  }));
  return {
    rollen,
    chart: barChart({
      id: 'chart-actie-bij',
      title: 'Knelpunten per rol waar actie nodig is',
      description: 'Aantal knelpunten per rol in actie_bij; een knelpunt kan bij meer rollen horen.',
      rows: rollen.map((r) => ({ label: r.label, bars: [{ value: r.knelpunten }] })),
    }),
    ministeries,
    meervoudig: model.report.meervoudig_opdrachtgeverschap.map((row) => ({
      ...row,
      organisatie: refs.organisatie(row.organisatie),
      opdrachtgevers: refs.ministeries(row.opdrachtgevers),
    })),
  };
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0);
}

function organisatieRow(stand: EditionStand, refs: Refs) {
  return {
    organisatie: refs.organisatie(stand.organisatie.id),
    afkorting: stand.organisatie.afkorting ?? null,
    type: label(ORGANISATIE_TYPE_LABELS, stand.organisatie.type),
    eigenaar: refs.ministerie(stand.driehoek.eigenaar),
    opdrachtgevers: refs.ministeries(stand.driehoek.opdrachtgevers),
    meervoudig: stand.driehoek.meervoudig_opdrachtgeverschap,
    knelpunten: stand.knelpunten.length,
    open: stand.knelpunten.filter((k) => k.open).length,
    lichtpunten: stand.stand.lichtpunten?.length ?? 0,
    dilemmas: stand.stand.dilemmas?.length ?? 0,
  };
}

function organisatiesPages(model: ReportModel, refs: Refs): PageSpec[] {
  const overview: PageSpec = {
    path: pagePaths.organisaties,
    template: 'organisaties',
    title: 'Organisaties',
    section: 'organisaties',
    // By the name a reader sees ("Dienst Wegverkeer" under D, though its id is rdw); the
    // code-point comparison breaks ties, so the order never depends on the input's order.
    data: { rows: model.standen.map((s) => organisatieRow(s, refs)).sort((a, b) => byName(a.organisatie.naam, b.organisatie.naam)) },
  };
  const pages = model.standen.map((s): PageSpec => ({
    path: pagePaths.organisatie(s.organisatie.id),
    template: 'organisatie',
    title: s.organisatie.naam,
    section: 'organisaties',
    data: {},
    build: (markdown) => organisatieData(s, model, refs, markdown),
  }));
  return [overview, ...pages];
}

function organisatieData(s: EditionStand, model: ReportModel, refs: Refs, markdown: MarkdownBatch): Record<string, unknown> {
  const org = segment(s.organisatie.id);
  const stand = s.stand;
  const samenvatting = dropSamenvattingHeading(s.samenvattingMarkdown ?? '');
  return {
    ...organisatieRow(s, refs),
    naam: s.organisatie.naam,
    stand: {
      titel: stand.titel ?? `Stand van de Uitvoering ${stand.verslagjaar}`,
      verslagjaar: stand.verslagjaar,
      publicatiedatum: stand.publicatiedatum === undefined ? null : dutchDate(stand.publicatiedatum),
      bron_url: stand.bron_url === undefined ? null : safeLink(stand.bron_url),
      pad: s.path,
    },
    periode: s.driehoek.periode === null ? null : { vanaf: s.driehoek.periode.vanaf, tot: s.driehoek.periode.tot ?? null },
    samenvatting: samenvatting.trim() === '' ? null : markdown.add(samenvatting, { idPrefix: `s-${org}-`, headingLevel: 3 }),
    kerncijfers: (stand.kerncijfers ?? []).map((c) => ({
      label: c.label,
      waarde: dutchNumber(c.waarde),
      eenheid: c.eenheid ?? null,
      peildatum: c.peildatum === undefined ? null : dutchDate(c.peildatum),
    })),
    knelpunt_items: s.knelpunten.map((k) => knelpuntView(k, refs, markdown, model.edition)),
    verdwenen: s.verdwenen.map((v) => ({ id: v.id, titel: v.titel, verslagjaar: v.verslagjaar, status: refs.status(v.status), bron: v.bron })),
    lichtpunten: (stand.lichtpunten ?? []).map((l) => ({
      id: l.id,
      anchor: lichtpuntAnchor(s.organisatie.id, l.id),
      titel: l.titel,
      beschrijving: markdown.add(l.beschrijving, { idPrefix: `l-${org}-${segment(l.id)}-`, headingLevel: 4 }),
      thema: l.thema === undefined ? null : refs.thema(l.thema),
      organisaties: (l.organisaties ?? []).map((o) => refs.organisatie(o)),
      bronnen: (l.bronnen ?? []).map(safeLink),
    })),
    dilemmas: (stand.dilemmas ?? []).map((d) => ({
      id: d.id,
      anchor: dilemmaAnchor(s.organisatie.id, d.id),
      titel: d.titel,
      beschrijving: markdown.add(d.beschrijving, { idPrefix: `d-${org}-${segment(d.id)}-`, headingLevel: 4 }),
      afweging_tussen: d.afweging_tussen ?? [],
      thema: d.thema === undefined ? null : refs.thema(d.thema),
    })),
    vorige: s.vorige,
    jaren: s.jaren,
  };
}

function gedeeldPage(model: ReportModel, refs: Refs): PageSpec {
  return {
    path: pagePaths.gedeeld,
    template: 'gedeeld',
    title: 'Gedeelde knelpunten',
    section: 'gedeeld',
    data: {
      rows: model.report.gedeelde_knelpunten.map((g) => ({
        naam: gedeeldNaam(g.gedeeld_knelpunt),
        slug: g.gedeeld_knelpunt,
        anchor: gedeeldAnchor(g.gedeeld_knelpunt),
        organisaties: g.organisaties.map((o) => refs.organisatie(o)),
        knelpunten: refs.knelpuntenById(g.knelpunten),
      })),
    },
  };
}

/**
 * status_overgangen as a from/to grid. Rows and columns are the statuses that occur as van or
 * naar, in lifecycle order; every cell is a count (0 included) so a reader can read across.
 */
function statusMatrix(model: ReportModel, refs: Refs) {
  const overgangen = model.report.trends.status_overgangen;
  const used = STATUSSEN.filter((s) => overgangen.some((o) => o.van === s || o.naar === s));
  const count = (van: string, naar: string) => overgangen.find((o) => o.van === van && o.naar === naar)?.aantal ?? 0;
  const rows = used.map((van) => {
    const cellen = used.map((naar) => ({ naar: refs.status(naar), aantal: count(van, naar), gelijk: van === naar }));
    return { van: refs.status(van), cellen, totaal: cellen.reduce((n, c) => n + c.aantal, 0) };
  });
  const kolomTotalen = used.map((naar) => rows.reduce((n, r) => n + count(r.van.id, naar), 0));
  const totaal = overgangen.reduce((n, o) => n + o.aantal, 0);
  const ongewijzigd = overgangen.filter((o) => o.van === o.naar).reduce((n, o) => n + o.aantal, 0);
  return { statussen: used.map((s) => refs.status(s)), rows, kolom_totalen: kolomTotalen, totaal, ongewijzigd };
}

/** Like-for-like next to the raw totals of the same two years (trends.zelfde_organisaties, per_jaar). */
function zelfdeOrganisaties(model: ReportModel, refs: Refs) {
  const z = model.report.trends.zelfde_organisaties;
  const raw = (year: number) => model.report.trends.per_jaar.find((j) => j.verslagjaar === year) ?? { standen: 0, knelpunten: 0, open: 0 };
  const vorigAlle = raw(z.vorig_verslagjaar);
  const nuAlle = raw(model.report.verslagjaar);
  return {
    vorig_verslagjaar: z.vorig_verslagjaar,
    organisaties: z.organisaties.map((o) => refs.organisatie(o)),
    vorig: z.vorig,
    nu: z.nu,
    verschil: { knelpunten: signedNumber(z.nu.knelpunten - z.vorig.knelpunten), open: signedNumber(z.nu.open - z.vorig.open) },
    alle: {
      vorig: vorigAlle,
      nu: nuAlle,
      verschil: { knelpunten: signedNumber(nuAlle.knelpunten - vorigAlle.knelpunten), open: signedNumber(nuAlle.open - vorigAlle.open) },
    },
  };
}

/** Per thema: last year and this year over the same organisations, and the raw count now. */
function themaVerandering(model: ReportModel) {
  return model.report.per_thema
    .map((t) => ({
      thema: t.thema,
      naam: t.naam,
      href: pagePaths.thema(t.thema),
      vorig_jaar: t.vorig_jaar,
      dit_jaar: t.dit_jaar_zelfde_organisaties,
      verschil: t.dit_jaar_zelfde_organisaties - t.vorig_jaar,
      verschil_tekst: signedNumber(t.dit_jaar_zelfde_organisaties - t.vorig_jaar),
      alle: t.knelpunten,
    }))
    .sort((a, b) => Math.abs(b.verschil) - Math.abs(a.verschil) || b.dit_jaar - a.dit_jaar || (a.thema < b.thema ? -1 : a.thema > b.thema ? 1 : 0));
}

function trendsPage(model: ReportModel, refs: Refs): PageSpec {
  return {
    path: pagePaths.trends,
    template: 'trends',
    title: 'Trends door de jaren',
    section: 'trends',
    data: {},
    // Built when the page is rendered (see PageSpec.build).
    build: () => trendsData(model, refs),
  };
}

function trendsData(model: ReportModel, refs: Refs): Record<string, unknown> {
  const trends = model.report.trends;
  return {
    per_jaar: trends.per_jaar,
    chart: barChart({
      id: 'chart-per-jaar',
      title: 'Knelpunten per verslagjaar',
      description: 'Per verslagjaar het aantal knelpunten en het aantal daarvan dat open is.',
      rows: trends.per_jaar.map((j) => ({
        label: String(j.verslagjaar),
        bars: [
          { value: j.knelpunten, name: 'knelpunten' },
          { value: j.open, name: 'open' },
        ],
      })),
    }),
    nieuw: refs.knelpuntenById(trends.nieuw),
    opgelost: refs.knelpuntenById(trends.opgelost),
    langlopend: refs.knelpuntenById(trends.langlopend),
    verdwenen: model.verdwenen.map((v) => ({
      global_id: v.global_id,
      titel: v.titel,
      organisatie: refs.organisatie(v.organisatie),
      verslagjaar: v.verslagjaar,
      status: refs.status(v.status),
      bron: v.bron,
    })),
    status_overgangen: trends.status_overgangen.map((o) => ({ van: refs.status(o.van), naar: refs.status(o.naar), aantal: o.aantal })),
    matrix: statusMatrix(model, refs),
    zelfde: zelfdeOrganisaties(model, refs),
    per_thema: themaVerandering(model),
    boekhouding: {
      standen_alle_jaren: model.report.totalen.standen_alle_jaren,
      organisaties_alle_jaren: model.report.totalen.organisaties_alle_jaren,
      eerste_jaar: trends.per_jaar[0]?.verslagjaar ?? model.report.verslagjaar,
    },
  };
}

function zoekenPage(): PageSpec {
  return {
    path: pagePaths.zoeken,
    template: 'zoeken',
    title: 'Zoeken',
    section: 'zoeken',
    // Where a reader finds every knelpunt without search (no JavaScript, or opened from disk).
    data: { lijst: { href: pagePaths.knelpunten, naam: 'de lijst van alle knelpunten' } },
  };
}

/** Every page of the report, in a fixed order. Markdown goes into `markdown`, to be rendered as a batch. */
export function allPages(model: ReportModel, markdown: MarkdownBatch): PageSpec[] {
  const refs = new Refs(model);
  return [
    homePage(model, markdown),
    ...themasPages(model, refs),
    ...oproepenPages(model, refs),
    driehoekPage(model, refs),
    ...organisatiesPages(model, refs),
    gedeeldPage(model, refs),
    trendsPage(model, refs),
    ...knelpuntenPages(model, refs),
    ...ministeriesPages(model, refs),
    ...lichtpuntenDilemmasPages(model, refs),
    zoekenPage(),
  ];
}
