// One function per page type: it picks what the page shows from the model and hands the
// template plain data. Markdown and charts arrive as SafeHtml; every other string is escaped
// by the template engine.
import type { EditionStand, ReportModel } from '../model/types.js';
import { barChart } from './chart.js';
import { knelpuntView } from './knelpunt-view.js';
import { ORGANISATIE_TYPE_LABELS, ROLE_LABELS, dutchDate, dutchNumber, gedeeldNaam, label } from './labels.js';
import type { MarkdownBatch } from './markdown-batch.js';
import { gedeeldAnchor, pagePaths, segment } from './paths.js';
import { Refs } from './refs.js';
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
  /** Set when the page shows Markdown: the batch mark to await before rendering it. */
  markdown?: number;
}

function homePage(model: ReportModel, markdown: MarkdownBatch): PageSpec {
  const t = model.report.totalen;
  const inleiding =
    model.edition.inleiding === undefined ? null : markdown.add(model.edition.inleiding, { idPrefix: 'inleiding-', headingLevel: 2 });
  return {
    markdown: markdown.size,
    path: pagePaths.home,
    template: 'index',
    title: model.report.titel,
    section: 'home',
    data: {
      inleiding,
      totalen: [
        { key: 'organisaties', label: 'organisaties met een Stand', value: t.organisaties },
        { key: 'standen', label: 'Standen van de Uitvoering', value: t.standen },
        { key: 'knelpunten', label: 'knelpunten', value: t.knelpunten },
        { key: 'open_knelpunten', label: 'open knelpunten', value: t.open_knelpunten },
        { key: 'lichtpunten', label: 'lichtpunten', value: t.lichtpunten },
        { key: 'dilemmas', label: 'dilemma’s', value: t.dilemmas },
        { key: 'standen_alle_jaren', label: 'Standen in alle jaren', value: t.standen_alle_jaren },
        { key: 'organisaties_alle_jaren', label: 'organisaties in alle jaren', value: t.organisaties_alle_jaren },
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
        description: 'Aantal knelpunten per hoofdthema; de tabel hiernaast geeft dezelfde cijfers.',
        rows: rows.map((r) => ({ label: r.naam, bars: [{ value: r.knelpunten }] })),
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
      data: {
        thema: { id: thema.id, naam: thema.naam, omschrijving: thema.omschrijving },
        oproepen: thema.oproepen.map((o) => refs.oproep(o)),
        stats,
        knelpunten: model.knelpunten.filter((k) => k.thema === thema.id).map((k) => refs.knelpunt(k)),
        via_subthema: model.knelpunten
          .filter((k) => k.thema !== thema.id && (k.subthemas ?? []).includes(thema.id))
          .map((k) => refs.knelpunt(k)),
      },
    };
  });
  return [overview, ...pages];
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
      data: {
        oproep: { id: oproep.id, titel: oproep.titel, omschrijving: oproep.omschrijving },
        themas: model.registers.themas.filter((t) => (t.oproepen as string[]).includes(oproep.id)).map((t) => refs.thema(t.id)),
        knelpunten: model.knelpunten.filter((k) => k.oproepen.includes(oproep.id)).map((k) => refs.knelpunt(k)),
      },
    }),
  );
  return [overview, ...pages];
}

function driehoekPage(model: ReportModel, refs: Refs): PageSpec {
  const rollen = model.report.per_actie_bij.map((row) => ({
    rol: row.rol,
    label: label(ROLE_LABELS, row.rol),
    knelpunten: row.knelpunten,
    lijst: model.knelpunten.filter((k) => k.actie_bij.includes(row.rol)).map((k) => refs.knelpunt(k)),
  }));
  const ministeries = model.report.per_ministerie.map((row) => ({
    ...row,
    ministerie: refs.ministerie(row.ministerie),
    organisaties: model.standen.filter((s) => s.driehoek.eigenaar === row.ministerie).map((s) => refs.organisatie(s.organisatie.id)),
  }));
  return {
    path: pagePaths.driehoek,
    template: 'driehoek',
    title: 'Driehoek: waar moet de actie vandaan komen?',
    section: 'driehoek',
    data: {
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
    },
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

function organisatiesPages(model: ReportModel, refs: Refs, markdown: MarkdownBatch): PageSpec[] {
  const overview: PageSpec = {
    path: pagePaths.organisaties,
    template: 'organisaties',
    title: 'Organisaties',
    section: 'organisaties',
    // By the name a reader sees ("Dienst Wegverkeer" under D, though its id is rdw); the
    // code-point comparison breaks ties, so the order never depends on the input's order.
    data: { rows: model.standen.map((s) => organisatieRow(s, refs)).sort((a, b) => byName(a.organisatie.naam, b.organisatie.naam)) },
  };
  const pages = model.standen.map((s): PageSpec => {
    const org = segment(s.organisatie.id);
    const stand = s.stand;
    const samenvatting = dropSamenvattingHeading(s.samenvattingMarkdown ?? '');
    const data = {
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
          anchor: `lp-${org}-${segment(l.id)}`,
          titel: l.titel,
          beschrijving: markdown.add(l.beschrijving, { idPrefix: `l-${org}-${segment(l.id)}-`, headingLevel: 4 }),
          thema: l.thema === undefined ? null : refs.thema(l.thema),
          organisaties: (l.organisaties ?? []).map((o) => refs.organisatie(o)),
          bronnen: (l.bronnen ?? []).map(safeLink),
        })),
        dilemmas: (stand.dilemmas ?? []).map((d) => ({
          id: d.id,
          anchor: `dl-${org}-${segment(d.id)}`,
          titel: d.titel,
          beschrijving: markdown.add(d.beschrijving, { idPrefix: `d-${org}-${segment(d.id)}-`, headingLevel: 4 }),
          afweging_tussen: d.afweging_tussen ?? [],
          thema: d.thema === undefined ? null : refs.thema(d.thema),
        })),
        vorige: s.vorige,
        jaren: s.jaren,
    };
    return {
      path: pagePaths.organisatie(s.organisatie.id),
      template: 'organisatie',
      title: s.organisatie.naam,
      section: 'organisaties',
      data,
      markdown: markdown.size,
    };
  });
  return [overview, ...pages];
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

function trendsPage(model: ReportModel, refs: Refs): PageSpec {
  const trends = model.report.trends;
  return {
    path: pagePaths.trends,
    template: 'trends',
    title: 'Trends door de jaren',
    section: 'trends',
    data: {
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
    },
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
    ...organisatiesPages(model, refs, markdown),
    gedeeldPage(model, refs),
    trendsPage(model, refs),
  ];
}
