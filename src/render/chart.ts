// Static, accessible SVG bar charts: <title>/<desc>, the name above each bar and the value
// written on or next to it (direct labels, never colour alone). The page puts the data table
// next to the chart. Built as a string from escaped parts: nothing in it comes from a template.
//
// Readable at any width: the SVG has no viewBox, so it is never scaled and its text keeps its
// CSS size (14 px, style.css) on a phone as on a laptop. Only the bars stretch: their widths are
// percentages of the chart's width. A value is written inside its bar (white) when the bar is
// at least half the width, else just after it, so a value never runs past the right edge; names
// wrap onto more lines instead of being cut off on a narrow screen.
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

const LABEL_LINE = 20;
const BAR_HEIGHT = 22;
const BAR_GAP = 3;
const ROW_GAP = 14;
/** Characters per line of a name: about 300 px of 14 px bold text, what a 320 px phone has room for. */
const LABEL_CHARS = 34;
/** Bars at least this share of the width carry their value inside. */
const INSIDE_FROM = 50;
/**
 * One colour per bar of a row. Both have at least 4.5:1 contrast with the white page (WCAG 1.4.11
 * asks 3:1 for graphics; 4.5:1 also makes the white value text inside a bar readable), and they
 * differ in hue and lightness (dark blue, orange), so they stay apart for colour-blind readers.
 */
export const CHART_FILLS = ['#154273', '#b35900'] as const;

/** Splits a name at spaces into lines of at most LABEL_CHARS characters (longer words stay whole). */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > LABEL_CHARS) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export function barChart(options: BarChartOptions): SafeHtml {
  const { rows } = options;
  const max = Math.max(1, ...rows.flatMap((r) => r.bars.map((b) => b.value)));
  const id = escapeHtml(options.id);
  const parts: string[] = [];
  let y = 0;
  for (const row of rows) {
    for (const line of wrap(row.label)) {
      parts.push(`<text class="chart-label" x="0" y="${y + 15}">${escapeHtml(line)}</text>`);
      y += LABEL_LINE;
    }
    row.bars.forEach((bar, index) => {
      const percent = Math.round((Math.max(0, bar.value) / max) * 1000) / 10;
      const fill = CHART_FILLS[index % CHART_FILLS.length] ?? CHART_FILLS[0];
      const text = escapeHtml(`${dutchNumber(bar.value)}${bar.name ? ` ${bar.name}` : ''}`);
      // The series class lets style.css give bars and the values inside them system colours in
      // forced-colours mode, where the fill colours above would be lost or unreadable.
      const series = `chart-reeks-${index % CHART_FILLS.length}`;
      const value =
        percent >= INSIDE_FROM
          ? `<text class="chart-value chart-value-binnen ${series}" x="${percent}%" dx="-6" y="${y + 16}" text-anchor="end">${text}</text>`
          : `<text class="chart-value" x="${percent}%" dx="6" y="${y + 16}">${text}</text>`;
      parts.push(`<rect class="chart-bar ${series}" x="0" y="${y}" width="${percent}%" height="${BAR_HEIGHT}" fill="${fill}"></rect>${value}`);
      y += BAR_HEIGHT + BAR_GAP;
    });
    y += ROW_GAP;
  }
  const height = Math.max(y - ROW_GAP, 1);
  const svg =
    `<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" width="100%" height="${height}" ` +
    `xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(options.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(options.description)}</desc>` +
    parts.join('') +
    `</svg>`;
  return new SafeHtml(svg);
}
