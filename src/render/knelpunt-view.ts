// The full view of one knelpunt, as shown on its organisation page: every field, the derived
// oproepen and driehoek, its source file and line and its status over the years.
import type { DerivedKnelpunt } from '../model/types.js';
import type { Edition } from '../model/content.js';
import { DOELGROEP_LABELS, HERKOMST_LABELS, ROLE_LABELS, URGENTIE_LABELS, dutchDate, label } from './labels.js';
import type { MarkdownBatch } from './markdown-batch.js';
import { segment } from './paths.js';
import type { Refs } from './refs.js';
import { safeLink } from './safe-url.js';

/**
 * The suggested citation of a knelpunt: organisation, title, the edition it appears in, its id
 * and, with site_url, its published address. Plain text; the template escapes it.
 */
export function citatie(k: DerivedKnelpunt, organisatieNaam: string, edition: Edition, permalink: string | null): string {
  const editie = [`editie ${edition.editie}`, ...(edition.publicatiedatum ? [dutchDate(edition.publicatiedatum)] : [])].join(', ');
  return `${organisatieNaam}, ‘${k.titel}’, in: ${edition.titel} (${editie}), knelpunt ${k.global_id}.${permalink ? ` ${permalink}` : ''}`;
}

export function knelpuntView(k: DerivedKnelpunt, refs: Refs, markdown: MarkdownBatch, edition: Edition) {
  const summary = refs.knelpunt(k);
  const permalink = refs.links.absolute(summary.href);
  const prefix = `k-${segment(k.organisatie)}-${segment(k.id)}-`;
  const md = (text: string | undefined, field: string) =>
    text === undefined ? null : markdown.add(text, { idPrefix: `${prefix}${field}-`, headingLevel: 5 });
  return {
    ...summary,
    verslagjaar: k.verslagjaar,
    /** The published address of the knelpunt's anchor; null without site_url (then the template links relatively). */
    permalink,
    citatie: citatie(k, summary.organisatie.naam, edition, permalink),
    beschrijving: md(k.beschrijving, 'beschrijving'),
    gevolgen: md(k.gevolgen, 'gevolgen'),
    oplossingsrichting: md(k.oplossingsrichting, 'oplossingsrichting'),
    subthemas: (k.subthemas ?? []).map((t) => refs.thema(t)),
    oproepen: k.oproepen.map((o) => refs.oproep(o)),
    actie_bij: k.actie_bij.map((rol) => ({ id: rol, label: label(ROLE_LABELS, rol) })),
    vorige_status: k.vorige_status === null ? null : refs.status(k.vorige_status),
    eigenaar: refs.ministerie(k.eigenaar),
    opdrachtgevers: refs.ministeries(k.opdrachtgevers),
    opdrachtgever_toegerekend: refs.ministerie(k.opdrachtgever_toegerekend),
    meervoudig: k.meervoudig_opdrachtgeverschap,
    doelgroepen: (k.doelgroepen ?? []).map((d) => label(DOELGROEP_LABELS, d)),
    wetten: k.wetten ?? [],
    ketenpartners: (k.ketenpartners ?? []).map((o) => refs.organisatie(o)),
    gedeeld: k.gedeeld_knelpunt === undefined ? null : refs.gedeeld(k.gedeeld_knelpunt),
    hardheid: k.hardheid === true,
    urgentie: k.urgentie === undefined ? null : label(URGENTIE_LABELS, k.urgentie),
    // Every knelpunt is in a Stand: only another origin (a Kamerbrief, the news) tells the reader something.
    herkomst: k.herkomst === undefined || k.herkomst === 'stand' ? null : label(HERKOMST_LABELS, k.herkomst),
    bronnen: (k.bronnen ?? []).map(safeLink),
    bron: k.bron,
    geschiedenis: k.geschiedenis.map((g) => ({ verslagjaar: g.verslagjaar, status: refs.status(g.status), bron: g.bron })),
  };
}
