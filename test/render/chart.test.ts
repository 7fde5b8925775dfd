import { describe, expect, it } from 'vitest';
import { CHART_FILLS, barChart } from '../../src/render/chart.js';
import { tags } from './html.js';

/** WCAG 2.1 relative luminance and contrast ratio of two `#rrggbb` colours. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const chart = barChart({
  id: 'c',
  title: 'Titel',
  description: 'Beschrijving',
  rows: [
    { label: '2023', bars: [{ value: 80, name: 'knelpunten' }, { value: 20, name: 'open' }] },
    { label: 'Een heel lange naam van een oproep die op een telefoon niet op één regel past', bars: [{ value: 0 }] },
  ],
}).html;
const attr = (t: { attributes: [string, string][] }, name: string) => t.attributes.find(([n]) => n === name)?.[1];

describe('barChart', () => {
  it('uses bar colours with at least 3:1 contrast against the page (WCAG 1.4.11) and 4.5:1 for white values inside', () => {
    const fills = tags(chart).filter((t) => t.name === 'rect').map((t) => attr(t, 'fill'));
    expect(new Set(fills)).toEqual(new Set(CHART_FILLS));
    for (const fill of CHART_FILLS) {
      expect(contrast(fill, '#ffffff'), fill).toBeGreaterThanOrEqual(4.5);
      expect(contrast(fill, '#f3f6f9'), fill).toBeGreaterThanOrEqual(3);
    }
    // The two bars of a row are told apart by more than a hair of lightness.
    expect(contrast(CHART_FILLS[0], CHART_FILLS[1])).toBeGreaterThanOrEqual(1.5);
  });

  it('is never scaled (no viewBox): text keeps its size, bars are percentages of the width', () => {
    const svg = tags(chart).find((t) => t.name === 'svg');
    expect(svg && attr(svg, 'viewbox')).toBeUndefined();
    expect(svg && attr(svg, 'width')).toBe('100%');
    const widths = tags(chart).filter((t) => t.name === 'rect').map((t) => attr(t, 'width'));
    expect(widths).toEqual(['100%', '25%', '0%']);
  });

  it('writes every value as a direct label, inside a long bar and after a short one', () => {
    const values = tags(chart).filter((t) => t.name === 'text' && attr(t, 'class')?.includes('chart-value'));
    expect(values.map((t) => [attr(t, 'x'), attr(t, 'text-anchor') ?? 'start'])).toEqual([
      ['100%', 'end'],
      ['25%', 'start'],
      ['0%', 'start'],
    ]);
    expect(chart).toContain('>80 knelpunten<');
    expect(chart).toContain('>20 open<');
  });

  it('wraps a long name onto more lines instead of letting it run off a phone screen', () => {
    const labels = tags(chart).filter((t) => t.name === 'text' && attr(t, 'class') === 'chart-label');
    expect(labels.length).toBeGreaterThan(2);
    const lines = [...chart.matchAll(/class="chart-label"[^>]*>([^<]*)</g)].map((m) => m[1] ?? '');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(34);
    expect(lines.slice(1).join(' ')).toBe('Een heel lange naam van een oproep die op een telefoon niet op één regel past');
  });
});
