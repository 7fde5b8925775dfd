// Static, accessible SVG bar charts: <title>/<desc>, the name above each bar and the value
// written next to it (direct labels, never colour alone). The page puts the data table next
// to the chart. Built as a string from escaped parts: nothing in it comes from a template.
import { SafeHtml, escapeHtml } from './safe-html.js';
import { dutchNumber } from './labels.js';

export interface ChartBar {
  value: number;
  /** Written after the value when a row has several bars, e.g. "open". */
  name?: string;
}

export interface ChartRow {
  label: string;
  bars: ChartBar[];
}

export interface BarChartOptions {
  /** Unique on the page; used for the title/desc ids. */
  id: string;
  title: string;
  description: string;
  rows: ChartRow[];
}

const WIDTH = 640;
const BAR_HEIGHT = 18;
const LABEL_HEIGHT = 20;
const ROW_GAP = 12;
const VALUE_SPACE = 110;
const FILLS = ['#154273', '#8fb8de'];

export function barChart(options: BarChartOptions): SafeHtml {
  const { rows } = options;
  const max = Math.max(1, ...rows.flatMap((r) => r.bars.map((b) => b.value)));
  const scale = (WIDTH - VALUE_SPACE) / max;
  const id = escapeHtml(options.id);
  const parts: string[] = [];
  let y = 0;
  for (const row of rows) {
    parts.push(`<text class="chart-label" x="0" y="${y + 15}">${escapeHtml(row.label)}</text>`);
    y += LABEL_HEIGHT;
    row.bars.forEach((bar, index) => {
      const width = Math.round(bar.value * scale * 10) / 10;
      const fill = FILLS[index % FILLS.length] ?? '#154273';
      const text = `${dutchNumber(bar.value)}${bar.name ? ` ${bar.name}` : ''}`;
      parts.push(
        `<rect x="0" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="${fill}"></rect>` +
          `<text class="chart-value" x="${width + 6}" y="${y + 14}">${escapeHtml(text)}</text>`,
      );
      y += BAR_HEIGHT + 2;
    });
    y += ROW_GAP;
  }
  const height = Math.max(y, 1);
  const svg =
    `<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(options.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(options.description)}</desc>` +
    parts.join('') +
    `</svg>`;
  return new SafeHtml(svg);
}
