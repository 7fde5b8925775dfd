// The tables added for "More open data" (report.md): historie, the lookup tables, and the
// Data Package that describes every file. Numbers are computed by hand from test/model/fixture.ts.
import { describe, expect, it } from 'vitest';
import { openDataFiles } from '../../src/export/open-data.js';
import { datapackage } from '../../src/export/datapackage.js';
import { buildModel } from '../../src/model/build-model.js';
import { fixtureInput } from '../model/fixture.js';
import { parseCsv } from './rfc4180.js';

const input = fixtureInput(2024);
const model = buildModel(input);
const files = openDataFiles(model, (k) => `organisaties/${k.organisatie}/index.html#kp-${k.organisatie}-${k.id}`);

function csvRows(path: string): Record<string, string>[] {
  const text = files.get(path) ?? '';
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...rows] = parseCsv(text.slice(1));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

describe('historie', () => {
  const rows = csvRows('data/historie.csv');

  it('has one row per knelpunt per Stand up to the edition, sorted by organisatie, id, verslagjaar', () => {
    expect(rows.map((r) => `${r['organisatie']}/${r['id']}/${r['verslagjaar']}`)).toEqual([
      'belastingdienst/fraude-signalen/2024',
      'belastingdienst/toeslagen-herstel/2024',
      'cjib/boete-inning/2021',
      'svb/aow-gaten/2023',
      'svb/aow-gaten/2024',
      'svb/kinderbijslag-buitenland/2021',
      'svb/kinderbijslag-buitenland/2023',
      'svb/kinderbijslag-buitenland/2024',
      'svb/pgb-betalingen/2023',
      'svb/register-koppeling/2024',
      'uwv/datalek/2021',
      'uwv/datalek/2023',
      'uwv/portaal-storing/2024',
      'uwv/wia-achterstand/2021',
      'uwv/wia-achterstand/2023',
      'uwv/wia-achterstand/2024',
      'uwv/ww-hoogte/2023',
      'uwv/ww-hoogte/2024',
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual(['organisatie', 'id', 'verslagjaar', 'titel', 'thema', 'status', 'open', 'bron_pad', 'bron_regel']);
  });

  it('carries status, open and the source line of that year', () => {
    expect(rows.find((r) => r['id'] === 'datalek' && r['verslagjaar'] === '2023')).toMatchObject({
      thema: 'gegevensuitwisseling', status: 'opgelost', open: 'false', bron_pad: 'standen/2023/uwv.md', bron_regel: '17',
    });
    expect(rows.find((r) => r['id'] === 'register-koppeling')).toMatchObject({ open: 'true', bron_pad: 'standen/2024/svb.yaml', bron_regel: '24' });
  });

  it('rebuilds trends.per_jaar', () => {
    for (const year of model.report.trends.per_jaar) {
      const ofYear = rows.filter((r) => r['verslagjaar'] === String(year.verslagjaar));
      expect([ofYear.length, ofYear.filter((r) => r['open'] === 'true').length]).toEqual([year.knelpunten, year.open]);
    }
  });

  it('has the same rows in the JSON, with typed values', () => {
    const json = JSON.parse(files.get('data/historie.json') ?? '') as Record<string, unknown>[];
    expect(json).toHaveLength(18);
    expect(json[2]).toEqual({
      organisatie: 'cjib', id: 'boete-inning', verslagjaar: 2021, titel: 'Knelpunt boete-inning', thema: 'dienstverlening',
      status: 'in_analyse', open: true, bron_pad: 'standen/2021/cjib.md', bron_regel: 10,
    });
  });
});

describe('lookup tables', () => {
  it('organisaties: every register entry by id, with the driehoek of the edition year', () => {
    expect(csvRows('data/organisaties.csv').map((r) => [r['id'], r['type'], r['eigenaar'], r['opdrachtgevers']])).toEqual([
      ['belastingdienst', 'dienstonderdeel', 'fin', 'fin'],
      ['cjib', 'agentschap', 'jenv', 'jenv'],
      ['ind', 'agentschap', 'jenv', 'jenv'],
      ['svb', 'zbo', 'szw', 'bzk|szw'],
      ['uwv', 'zbo', 'szw', 'szw'],
    ]);
    const json = JSON.parse(files.get('data/organisaties.json') ?? '') as Record<string, unknown>[];
    expect(json[3]).toEqual({ id: 'svb', naam: 'Sociale Verzekeringsbank', afkorting: null, type: 'zbo', eigenaar: 'szw', opdrachtgevers: ['bzk', 'szw'] });
  });

  it('ministeries, themas and oproepen: sorted by id, lists ascending', () => {
    expect(csvRows('data/ministeries.csv').map((r) => r['id'])).toEqual(['bzk', 'fin', 'jenv', 'szw']);
    expect(csvRows('data/themas.csv').map((r) => [r['id'], r['oproepen']])).toEqual([
      ['dienstverlening', 'O1|O5'], ['gegevensuitwisseling', 'O5'], ['personeel', 'O3'], ['wetgeving', 'O1|O2'],
    ]);
    expect(csvRows('data/oproepen.csv').map((r) => Object.keys(r).length)).toEqual([2, 2, 2, 2, 2]);
  });
});

describe('knelpunten.csv url column', () => {
  it('is the last column and holds the given anchor', () => {
    const rows = csvRows('data/knelpunten.csv');
    expect(Object.keys(rows[0] ?? {}).at(-1)).toBe('url');
    expect(rows.find((r) => r['id'] === 'aow-gaten')?.['url']).toBe('organisaties/svb/index.html#kp-svb-aow-gaten');
  });
});

describe('datapackage.json', () => {
  const pkg = datapackage({ ...input.edition, licentie: 'CC-BY-4.0', site_url: 'https://example.org/staat/' }) as {
    profile: string; version: string; title: string; homepage: string;
    licenses: { name: string; path: string }[];
    resources: { name: string; path: string; profile: string; dialect?: Record<string, unknown>; schema?: { fields: { name: string }[]; primaryKey: string[]; foreignKeys?: unknown[] } }[];
  };

  it('describes every data file, CSVs tabular and JSON plain, in a general data-package', () => {
    expect(pkg.profile).toBe('data-package');
    const dataFiles = [...files.keys()].filter((p) => p !== 'data/datapackage.json').map((p) => p.slice('data/'.length)).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(dataFiles);
    for (const r of pkg.resources) expect(r.profile).toBe(r.path.endsWith('.csv') ? 'tabular-data-resource' : 'data-resource');
  });

  it('has licence, version and title from the edition', () => {
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.any(String) }]);
    expect([pkg.version, pkg.title, pkg.homepage]).toEqual(['2024', 'Staat van de Uitvoering 2024', 'https://example.org/staat/']);
    expect((datapackage(input.edition) as { licenses: { name: string }[] }).licenses[0]?.name).toBe('CC0-1.0');
    // An own licence (SPDX LicenseRef-) has no SPDX page to point at.
    expect((datapackage({ ...input.edition, licentie: 'LicenseRef-eigen' }) as { licenses: unknown[] }).licenses).toEqual([{ name: 'LicenseRef-eigen', title: 'LicenseRef-eigen' }]);
  });

  it('gives every CSV a dialect with ; and BOM, and a schema whose fields are its header', () => {
    for (const r of pkg.resources.filter((x) => x.path.endsWith('.csv'))) {
      expect(r.dialect).toMatchObject({ delimiter: ';', bom: true, header: true });
      const [header] = parseCsv((files.get(`data/${r.path}`) ?? '').slice(1));
      expect(r.schema?.fields.map((f) => f.name), r.path).toEqual(header);
    }
    const knelpunten = pkg.resources.find((r) => r.name === 'knelpunten-csv');
    expect(knelpunten?.schema?.primaryKey).toEqual(['organisatie', 'id']);
    expect(knelpunten?.schema?.foreignKeys).toContainEqual({ fields: 'thema', reference: { resource: 'themas-csv', fields: 'id' } });
  });
});
