/** The ways `staat status` prints its overview: a terminal table, JSON, a Markdown table for email, CSV. */
import { csvText } from '../export/csv.js';
import { displayWidth, plural, visibleControls } from '../format/text.js';
import { rowState, type RowState, type StatusOverview, type StatusRow } from './overview.js';

import type { StatusFormat } from './format-names.js';

export { STATUS_FORMATS, type StatusFormat } from './format-names.js';

export interface StatusFormatOptions {
  color: boolean;
  /** Prefix that makes a content-root path relative to the current folder (stylish only). */
  pathPrefix: string;
}

export const STATE_NL: Record<RowState, string> = { fouten: 'heeft fouten', ontbrekend: 'ontbreekt', compleet: 'compleet' };

export function formatStatus(format: StatusFormat, overview: StatusOverview, options: StatusFormatOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(overview, null, 2)}\n`;
    case 'markdown':
      return statusMarkdown(overview);
    case 'csv':
      return statusCsv(overview);
    case 'stylish':
      return statusStylish(overview, options);
  }
}

/** The summary in words, in the order of the rows that back it. */
export function summaryLines(overview: StatusOverview): string[] {
  const s = overview.samenvatting;
  const lines = [
    `${s.ingeleverd} van de ${plural(s.organisaties, 'organisatie', 'organisaties')} ${s.ingeleverd === 1 ? 'heeft' : 'hebben'} een Stand ${overview.verslagjaar} ingeleverd; ${s.ontbrekend} ${s.ontbrekend === 1 ? 'ontbreekt' : 'ontbreken'}.`,
    s.met_fouten === 0 ? 'Geen Stand heeft fouten.' : `${plural(s.met_fouten, 'Stand heeft', 'Standen hebben')} fouten.`,
  ];
  if (s.vorig_jaar_wel_nu_niet.length > 0) {
    lines.push(`Vorig jaar wel een Stand, nu nog niet: ${s.vorig_jaar_wel_nu_niet.join(', ')}.`);
  }
  if (s.overige_fouten > 0) {
    lines.push(`${plural(s.overige_fouten, 'fout', 'fouten')} buiten deze Standen (staat.yaml, registers of andere bestanden): zie staat lint.`);
  }
  return lines;
}

const COLUMNS: { title: string; value: (r: StatusRow) => string; right?: boolean }[] = [
  { title: 'organisatie', value: (r) => r.organisatie },
  { title: 'stand', value: (r) => r.stand ?? 'ontbreekt' },
  { title: 'fouten', value: (r) => problems(r, r.fouten), right: true },
  { title: 'waarsch.', value: (r) => problems(r, r.waarschuwingen), right: true },
  { title: 'info', value: (r) => problems(r, r.infos), right: true },
  { title: 'knelp.', value: (r) => count(r.knelpunten), right: true },
  { title: 'nieuw', value: (r) => count(r.nieuw), right: true },
  { title: 'meegen.', value: (r) => count(r.meegenomen), right: true },
  { title: 'opgelost', value: (r) => count(r.opgelost), right: true },
  { title: 'verdw.', value: (r) => count(r.verdwenen), right: true },
  { title: 'vorig jaar', value: (r) => (r.vorig_jaar ? 'ja' : 'nee') },
];

export const count = (n: number | null): string => (n === null ? '–' : String(n));
/** A missing Stand has no problems to count: a dash, not a reassuring 0. */
export const problems = (r: StatusRow, n: number): string => (r.stand === null ? '–' : String(n));

const MARK: Record<RowState, string> = { fouten: '✖', ontbrekend: '…', compleet: '✔' };
const COLOUR: Record<RowState, string> = { fouten: '\x1b[31m', ontbrekend: '\x1b[33m', compleet: '\x1b[32m' };

function statusStylish(overview: StatusOverview, options: StatusFormatOptions): string {
  const cells = overview.organisaties.map((r) =>
    COLUMNS.map((c, i) => visibleControls(i === 1 && r.stand !== null ? `${options.pathPrefix}${c.value(r)}` : c.value(r))),
  );
  const widths = COLUMNS.map((c, i) => Math.max(displayWidth(c.title), ...cells.map((row) => displayWidth(row[i] ?? ''))));
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat((widths[i] ?? 0) - displayWidth(text));
    return COLUMNS[i]?.right ? fill + text : text + fill;
  };
  const paint = (state: RowState, text: string): string => (options.color ? `${COLOUR[state]}${text}\x1b[0m` : text);
  const out = [`Inzendingen voor verslagjaar ${overview.verslagjaar}`, ''];
  out.push(`  ${COLUMNS.map((c, i) => pad(c.title, i)).join('  ').trimEnd()}`);
  overview.organisaties.forEach((r, n) => {
    const state = rowState(r);
    out.push(`${paint(state, MARK[state])} ${(cells[n] ?? []).map(pad).join('  ').trimEnd()}`);
  });
  if (overview.organisaties.length === 0) out.push('  (geen organisatie heeft dit jaar een driehoek in organisaties.yaml)');
  out.push('', ...summaryLines(overview));
  return `${out.join('\n')}\n`;
}

const MD_HEADER = ['Organisatie', 'Status', 'Stand', 'Fouten', 'Waarschuwingen', 'Knelpunten', 'Nieuw', 'Meegenomen', 'Opgelost', 'Verdwenen', 'Vorig jaar'];

/** A table that pastes into an email (most mail programs and GitLab/GitHub render it). */
function statusMarkdown(overview: StatusOverview): string {
  const cell = (text: string): string => visibleControls(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const lines = [
    `## Inzendingen Stand van de Uitvoering ${overview.verslagjaar}`,
    '',
    `| ${MD_HEADER.join(' | ')} |`,
    `|${MD_HEADER.map((_, i) => (i >= 3 && i <= 9 ? ' ---: ' : ' --- ')).join('|')}|`,
  ];
  for (const r of overview.organisaties) {
    const row = [
      `${r.naam} (${r.organisatie})`,
      STATE_NL[rowState(r)],
      r.stand === null ? '–' : `\`${r.stand}\``,
      problems(r, r.fouten),
      problems(r, r.waarschuwingen),
      count(r.knelpunten),
      count(r.nieuw),
      count(r.meegenomen),
      count(r.opgelost),
      count(r.verdwenen),
      r.vorig_jaar ? 'ja' : 'nee',
    ];
    lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  lines.push('', ...summaryLines(overview));
  return `${lines.join('\n')}\n`;
}

const CSV_HEADER = ['organisatie', 'naam', 'status', 'stand', 'vorig_jaar', 'fouten', 'waarschuwingen', 'infos', 'knelpunten', 'nieuw', 'meegenomen', 'opgelost', 'verdwenen'];

function statusCsv(overview: StatusOverview): string {
  return csvText(
    CSV_HEADER,
    overview.organisaties.map((r) => [r.organisatie, r.naam, rowState(r), r.stand, r.vorig_jaar, r.fouten, r.waarschuwingen, r.infos, r.knelpunten, r.nieuw, r.meegenomen, r.opgelost, r.verdwenen]),
  );
}
