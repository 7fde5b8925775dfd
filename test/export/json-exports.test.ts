import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { reportJson } from '../../src/export/report-json.js';
import { knelpuntenJson } from '../../src/export/knelpunten-json.js';
import { datapackageJson } from '../../src/export/datapackage.js';
import { knelpuntenCsv } from '../../src/export/knelpunten-csv.js';
import type { ReportJson } from '../../src/model/types.js';
import { fixtureInput } from '../model/fixture.js';
import { parseCsv } from './rfc4180.js';

const model = buildModel(fixtureInput(2024));

/** Every key path of a JSON value in document order, e.g. `totalen.standen`, `per_thema[].naam`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length > 0 ? keyPaths(value[0], `${prefix}[]`) : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix === '' ? k : `${prefix}.${k}`;
    return [path, ...keyPaths(v, path)];
  });
}

describe('report.json', () => {
  const text = reportJson(model.report);

  it('is 2-space indented JSON with a trailing newline, equal to the model', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"editie": "2024",$/);
    expect(JSON.parse(text)).toStrictEqual(model.report);
  });

  it('has the key order of report.md whatever order the input object has', () => {
    const shuffled = JSON.parse(JSON.stringify(model.report), (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as ReportJson;
    expect(reportJson(shuffled)).toBe(text);
    expect(keyPaths(JSON.parse(text)).filter((p) => !p.includes('.'))).toEqual([
      'editie', 'titel', 'verslagjaar', 'publicatiedatum', 'totalen', 'per_thema', 'per_oproep', 'per_actie_bij',
      'per_ministerie', 'meervoudig_opdrachtgeverschap', 'gedeelde_knelpunten', 'trends',
    ]);
    expect(Object.keys((JSON.parse(text) as ReportJson).trends)).toEqual([
      'per_jaar', 'nieuw', 'opgelost', 'langlopend', 'verdwenen', 'zelfde_organisaties', 'status_overgangen',
    ]);
    const report = JSON.parse(text) as ReportJson;
    expect(Object.keys(report.per_thema[0] ?? {})).toEqual([
      'thema', 'naam', 'knelpunten', 'knelpunten_incl_subthemas', 'organisaties', 'open', 'vorig_jaar', 'dit_jaar_zelfde_organisaties',
    ]);
    expect(Object.keys(report.per_ministerie[0] ?? {})).toEqual(['ministerie', 'als_eigenaar', 'als_opdrachtgever', 'actie_als_opdrachtgever']);
    expect(Object.keys(report.trends.zelfde_organisaties)).toEqual(['vorig_verslagjaar', 'organisaties', 'vorig', 'nu']);
  });

  it('is byte-identical for the same input', () => {
    expect(reportJson(buildModel(fixtureInput(2024)).report)).toBe(text);
  });
});

describe('knelpunten.json', () => {
  const rows = JSON.parse(knelpuntenJson(model.knelpunten)) as Record<string, unknown>[];

  it('has one object per edition knelpunt, every key in every row', () => {
    expect(rows.map((r) => r['global_id'])).toEqual(model.knelpunten.map((k) => k.global_id));
    const keys = Object.keys(rows[0] ?? {});
    for (const row of rows) expect(Object.keys(row)).toEqual(keys);
    expect(keys).not.toContain('geschiedenis');
  });

  it('carries the derived fields, null for absent values and [] for absent lists', () => {
    const register = rows.find((r) => r['global_id'] === 'svb/register-koppeling');
    expect(register).toMatchObject({
      verslagjaar: 2024,
      oproepen: ['O5'],
      opdrachtgever: 'bzk',
      opdrachtgever_toegerekend: 'bzk',
      eerste_melding: 2022,
      jaren_open: 2,
      vorige_status: null,
      open: true,
      eigenaar: 'szw',
      opdrachtgevers: ['bzk', 'szw'],
      meervoudig_opdrachtgeverschap: true,
      gedeeld_knelpunt: null,
      hardheid: null,
      wetten: [],
      bron: { pad: 'standen/2024/svb.yaml', regel: 24 },
    });
  });
});

describe('datapackage.json', () => {
  const text = datapackageJson(model.edition);
  const pkg = JSON.parse(text) as {
    name: string;
    resources: {
      name: string;
      path: string;
      format: string;
      encoding?: string;
      dialect?: { delimiter: string };
      schema?: { fields: { name: string; type: string; description: string }[] };
    }[];
  };

  it('describes the CSV, the JSON and report.json', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(pkg.name).toMatch(/^[a-z0-9._/-]+$/);
    const named = (name: string) => pkg.resources.find((r) => r.name === name);
    expect([named('knelpunten-csv'), named('knelpunten-json'), named('report')].map((r) => [r?.path, r?.format])).toEqual([
      ['knelpunten.csv', 'csv'],
      ['knelpunten.json', 'json'],
      ['report.json', 'json'],
    ]);
    expect(pkg.resources[0]?.dialect?.delimiter).toBe(';');
    expect(pkg.resources[0]?.encoding).toBe('utf-8');
  });

  it('has a Table Schema field, with a type and description, for every column and key', () => {
    const [csvResource, jsonResource] = pkg.resources;
    const csvHeader = parseCsv(knelpuntenCsv(model.knelpunten, (k) => k.global_id).slice(1))[0];
    expect(csvResource?.schema?.fields.map((f) => f.name)).toEqual(csvHeader);
    const jsonKeys = Object.keys((JSON.parse(knelpuntenJson(model.knelpunten)) as object[])[0] ?? {});
    expect(jsonResource?.schema?.fields.map((f) => f.name)).toEqual(jsonKeys);
    for (const field of [...(csvResource?.schema?.fields ?? []), ...(jsonResource?.schema?.fields ?? [])]) {
      expect(['string', 'integer', 'boolean', 'array', 'object']).toContain(field.type);
      expect(field.description.length).toBeGreaterThan(0);
    }
  });
});
