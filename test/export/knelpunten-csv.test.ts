import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from '../../src/model/build-model.js';
import { knelpuntenCsv } from '../../src/export/knelpunten-csv.js';
import { csvText } from '../../src/export/csv.js';
import type { DerivedKnelpunt } from '../../src/model/types.js';
import { fixtureInput } from '../model/fixture.js';
import { parseCsv } from './rfc4180.js';

const COLUMNS = [
  'organisatie', 'id', 'titel', 'thema', 'subthemas', 'oproepen', 'actie_bij', 'status', 'vorige_status',
  'eerste_melding', 'jaren_open', 'eigenaar', 'opdrachtgevers', 'opdrachtgever_toegerekend',
  'meervoudig_opdrachtgeverschap', 'gedeeld_knelpunt', 'urgentie', 'hardheid', 'doelgroepen', 'wetten',
  'bron_pad', 'bron_regel', 'url',
];
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(BOM.length));
  expect(header).toEqual(COLUMNS);
  for (const row of rows) expect(row).toHaveLength(COLUMNS.length);
  return rows.map((row) => Object.fromEntries(COLUMNS.map((c, i) => [c, row[i] as string])));
}

const model = buildModel(fixtureInput(2024));
const URL = (k: DerivedKnelpunt): string => `organisaties/${k.organisatie}/index.html#kp-${k.organisatie}-${k.id}`;

describe('knelpunten.csv', () => {
  const csv = knelpuntenCsv(model.knelpunten, URL);
  const rows = parse(csv);

  it('has a BOM, the columns of report.md and one CRLF-ended row per edition knelpunt', () => {
    expect(rows.map((r) => `${r['organisatie']}/${r['id']}`)).toEqual(model.knelpunten.map((k) => k.global_id));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('renders lists with |, null as empty, booleans as true/false, numbers in decimal', () => {
    const aow = rows.find((r) => r['id'] === 'aow-gaten');
    expect(aow).toMatchObject({
      subthemas: 'dienstverlening',
      oproepen: 'O1|O2',
      actie_bij: 'politiek|opdrachtgever',
      status: 'structureel_onopgelost',
      vorige_status: 'in_uitvoering',
      eerste_melding: '2023',
      jaren_open: '1',
      eigenaar: 'szw',
      opdrachtgevers: 'bzk|szw',
      opdrachtgever_toegerekend: '',
      meervoudig_opdrachtgeverschap: 'true',
      gedeeld_knelpunt: 'complexe-regels',
      hardheid: '',
      bron_pad: 'standen/2024/svb.yaml',
      bron_regel: '17',
    });
    const ww = rows.find((r) => r['id'] === 'ww-hoogte');
    expect(ww).toMatchObject({ jaren_open: '', vorige_status: 'nieuw', meervoudig_opdrachtgeverschap: 'false', subthemas: '' });
  });

  it('quotes and neutralises hostile cells', () => {
    const base = model.knelpunten[0] as DerivedKnelpunt;
    const hostile: DerivedKnelpunt = {
      ...base,
      titel: '=HYPERLINK("http://x";"klik")',
      wetten: ['-2+3', 'Wet; "oud"\r\nnieuw'],
      gedeeld_knelpunt: '@SUM(A1)',
      hardheid: true,
    };
    const [row] = parse(knelpuntenCsv([hostile], URL));
    expect(row?.['titel']).toBe(`'=HYPERLINK("http://x";"klik")`);
    expect(row?.['wetten']).toBe(`'-2+3|Wet; "oud"\r\nnieuw`);
    expect(row?.['gedeeld_knelpunt']).toBe(`'@SUM(A1)`);
    expect(row?.['hardheid']).toBe('true');
  });
});

// Text that exercises every special case: delimiter, quotes, line breaks, formula starts.
const nastyChar = fc.constantFrom(';', '"', '\r', '\n', '=', '+', '-', '@', '\t', '|', "'", ' ', 'a', 'é', '€');
const nastyString = fc.oneof(
  fc.string({ unit: nastyChar, maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

function expectedCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

describe('CSV properties', () => {
  it('round-trips any matrix of strings through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '_'), minLength: 1, maxLength: 5 }), { minLength: width, maxLength: width }),
            fc.array(fc.array(nastyString, { minLength: width, maxLength: width }), { maxLength: 6 }),
          ),
        ),
        ([header, rows]) => {
          const text = csvText(header, rows);
          expect(text.startsWith(BOM)).toBe(true);
          const parsed = parseCsv(text.slice(BOM.length));
          expect(parsed).toEqual([header, ...rows].map((r) => r.map(expectedCell)));
        },
      ),
    );
  });

  it('neutralises every formula-leading cell of a knelpunt row', () => {
    const base = model.knelpunten[2] as DerivedKnelpunt;
    fc.assert(
      fc.property(nastyString, fc.array(nastyString, { maxLength: 3 }), nastyString, (titel, wetten, gedeeld) => {
        const k: DerivedKnelpunt = { ...base, titel, wetten, gedeeld_knelpunt: gedeeld };
        const [row] = parse(knelpuntenCsv([k], URL));
        for (const cell of Object.values(row ?? {})) expect(cell).not.toMatch(FORMULA_START);
        expect(row?.['titel']).toBe(expectedCell(titel));
        expect(row?.['wetten']).toBe(expectedCell(wetten.join('|')));
        expect(row?.['gedeeld_knelpunt']).toBe(expectedCell(gedeeld));
      }),
    );
  });
});
