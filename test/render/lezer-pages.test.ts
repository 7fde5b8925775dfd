// The pages of issue 8 that put numbers side by side: the trends page's like-for-like table and
// status matrix, the status per oproep, the ministry pages' counts. Built from the hand-computed
// model fixture (test/model/fixture.ts), so every number below is checked by hand there.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { renderSite } from '../../src/render/site.js';
import { fixtureInput } from '../model/fixture.js';

let site: Map<string, string | Uint8Array>;
const page = (p: string): string => {
  const content = site.get(p);
  if (content === undefined) throw new Error(`missing page ${p}`);
  return String(content);
};

/** The text of every cell of the table that follows `marker`, row by row. */
function cells(html: string, marker: string): string[][] {
  const start = html.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => (c[1] ?? '').replace(/<[^>]+>/g, '').trim()),
  );
}

beforeAll(async () => {
  site = await renderSite(buildModel(fixtureInput(2024)), { generatedAt: '2025-01-01', version: '0', templatesDir: 'templates' });
});

describe('trends: honest comparison', () => {
  it('puts the same organisations (svb, uwv) next to the raw totals of 2023 and 2024', () => {
    // Same 2: 6 → 6, open 5 → 5. All Standen: 2023 has 2 (6, open 5), 2024 has 3 (8, open 6).
    expect(cells(page('trends/index.html'), 'id="zelfde-bijschrift"')).toEqual([
      ['', '2023', '2024', 'Verschil'],
      ['Knelpunten, dezelfde 2 organisaties', '6', '6', '0'],
      ['Open, dezelfde 2 organisaties', '5', '5', '0'],
      ['Knelpunten, alle Standen (2 en 3)', '6', '8', '+2'],
      ['Open, alle Standen', '5', '6', '+1'],
    ]);
  });

  it('shows the status transitions as a from/to matrix whose totals are the knelpunten in both Standen', () => {
    // aow, wia: in_uitvoering → structureel_onopgelost; kinderbijslag: deels → deels; ww: nieuw → opgelost.
    const rows = cells(page('trends/index.html'), 'id="overgangen-bijschrift"');
    expect(rows[0]).toEqual(['Vorige status', 'nieuw', 'in uitvoering', 'deels opgelost', 'opgelost', 'structureel onopgelost', 'Totaal']);
    expect(rows.slice(1)).toEqual([
      ['nieuw', '0', '0', '0', '1', '0', '1'],
      ['in uitvoering', '0', '0', '0', '0', '2', '2'],
      ['deels opgelost', '0', '0', '1', '0', '0', '1'],
      ['opgelost', '0', '0', '0', '0', '0', '0'],
      ['structureel onopgelost', '0', '0', '0', '0', '0', '0'],
      ['Totaal', '0', '0', '1', '1', '2', '4'],
    ]);
  });

  it('shows the change per thema over the same organisations, and the bookkeeping over all years', () => {
    const html = page('trends/index.html');
    const rows = cells(html, 'id="per-thema"');
    expect(rows.find((r) => r[0] === 'Dienstverlening')).toEqual(['Dienstverlening', '3', '3', '0', '4']);
    expect(rows.find((r) => r[0] === 'Wetgeving')).toEqual(['Wetgeving', '2', '2', '0', '2']);
    expect(html).toMatch(/leest 8 Standen van 4 organisaties over de verslagjaren 2021 tot en met 2024/);
  });
});

describe('oproep pages', () => {
  it('give the status breakdown of their knelpunten', () => {
    // O1: toeslagen, aow, wia (structureel onopgelost), kinderbijslag (deels opgelost), ww (opgelost).
    expect(cells(page('oproepen/O1/index.html'), 'id="statussen"')).toEqual([
      ['Status', 'Knelpunten'],
      ['deels opgelost', '1'],
      ['opgelost', '1'],
      ['structureel onopgelost', '3'],
      ['Totaal', '5'],
    ]);
  });
});

describe('ministry pages', () => {
  it('count as eigenaar, as opdrachtgever and where action lies with the ministry, apart', () => {
    // szw: eigenaar of svb and uwv (6); attributed 4, of which 2 ask the opdrachtgever; eigenaar
    // asked by none of szw's. aow-gaten asks "the opdrachtgever" of svb (bzk, szw) without naming one.
    const rows = cells(page('ministeries/index.html'), 'id="ministeries-bijschrift"');
    expect(rows.slice(1)).toEqual([
      ['Sociale Zaken en Werkgelegenheid (SZW)', '2', '6', '4', '2'],
      ['Financiën (FIN)', '1', '2', '2', '0'],
      ['Binnenlandse Zaken en Koninkrijksrelaties (BZK)', '1', '0', '1', '0'],
      ['Justitie en Veiligheid (JenV)', '0', '0', '0', '0'],
    ]);
    const szw = page('ministeries/szw/index.html');
    expect(szw).toMatch(/Als eigenaar \(6\)/);
    expect(szw).toMatch(/Toegerekend als opdrachtgever \(4\)/);
    expect(szw).toMatch(/Als opdrachtgever \(2\)/);
    expect(szw).toMatch(/Misschien: opdrachtgever niet genoemd \(1\)/);
  });
});
