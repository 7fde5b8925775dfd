// data/ read by frictionless' own JavaScript library (npm `datapackage`), as a user of the open
// data would: the package validates, every CSV reads with its types cast and its foreign keys
// resolved, every JSON table casts against its schema. On the bundled content/ and on a
// generated tree of 60 organisations.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli.js';
// @ts-expect-error: the package ships no types.
import { Package, Resource } from 'datapackage';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

interface DpResource {
  name: string;
  tabular: boolean;
  valid: boolean;
  errors: unknown[];
  descriptor: { path: string; profile: string; schema?: { fields: { name: string; type: string }[]; primaryKey: string[] } };
  table: { _parserOptions: Record<string, unknown> } | null;
  read(options: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
}
interface DpPackage {
  valid: boolean;
  errors: unknown[];
  descriptor: Record<string, unknown>;
  resources: DpResource[];
}

async function loadPackage(dataDir: string): Promise<DpPackage> {
  const pkg = (await Package.load(join(dataDir, 'datapackage.json'), { basePath: dataDir })) as DpPackage;
  // The library does not strip the UTF-8 byte order mark that our CSVs start with (for Excel),
  // although the Frictionless specs ask consumers to (frictionlessdata/datapackage#613); its
  // CSV parser (csv-parse) can, so switch that on for each table it built.
  for (const r of pkg.resources) if (r.table) r.table._parserOptions['bom'] = true;
  return pkg;
}

/** Reads everything as the library does; returns the rows per resource name. */
async function readAll(dataDir: string): Promise<Map<string, Record<string, unknown>[]>> {
  const pkg = await loadPackage(dataDir);
  expect(pkg.errors.map(String)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const r of pkg.resources) {
    expect(r.errors.map(String), r.name).toEqual([]);
    if (r.descriptor.path.endsWith('.csv')) {
      expect(r.tabular, r.name).toBe(true);
      // relations: true resolves every foreign key and throws on one that does not.
      rows.set(r.name, await r.read({ keyed: true, cast: true, relations: true }));
    } else if (r.descriptor.schema) {
      // A JSON table: cast every object against its Table Schema through an inline resource.
      const data = JSON.parse(readFileSync(join(dataDir, r.descriptor.path), 'utf8')) as Record<string, unknown>[];
      const names = r.descriptor.schema.fields.map((f) => f.name);
      for (const row of data) expect(Object.keys(row)).toEqual(names);
      const inline = (await Resource.load({
        name: r.name,
        profile: 'tabular-data-resource',
        data: [names, ...data.map((row) => names.map((n) => row[n]))],
        schema: r.descriptor.schema,
      })) as DpResource;
      expect(inline.errors.map(String), r.name).toEqual([]);
      rows.set(r.name, await inline.read({ keyed: true, cast: true }));
    } else {
      JSON.parse(readFileSync(join(dataDir, r.descriptor.path), 'utf8'));
    }
  }
  return rows;
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'staat-frictionless-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function build(content: string, out: string): Promise<number> {
  const io: CliIO = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    cwd: work,
    env: { SOURCE_DATE_EPOCH: '1725840000' },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => 0,
  };
  return main(['build', '--content', content, '--out', out, '--quiet'], io);
}

describe('data/ read with frictionless (npm datapackage)', () => {
  it('the bundled content: valid package, every table read, cast and joined', async () => {
    const out = join(work, 'bundled');
    expect(await build(join(REPO, 'content'), out)).toBe(0);
    const data = join(out, 'data');
    const rows = await readAll(data);
    const report = JSON.parse(readFileSync(join(data, 'report.json'), 'utf8')) as { totalen: { knelpunten: number }; trends: { per_jaar: { verslagjaar: number; knelpunten: number; open: number }[] } };
    const knelpunten = rows.get('knelpunten-csv') ?? [];
    expect(knelpunten).toHaveLength(report.totalen.knelpunten);
    // Types cast: integers and booleans, and the foreign keys resolved to the lookup rows.
    const first = knelpunten[0] as { eerste_melding: unknown; meervoudig_opdrachtgeverschap: unknown; organisatie: { naam: unknown }; thema: { naam: unknown } };
    expect(typeof first.eerste_melding).toBe('number');
    expect(typeof first.meervoudig_opdrachtgeverschap).toBe('boolean');
    expect(typeof first.organisatie.naam).toBe('string');
    expect(typeof first.thema.naam).toBe('string');
    // historie rebuilds the trend per year.
    const historie = rows.get('historie-csv') ?? [];
    for (const y of report.trends.per_jaar) {
      const ofYear = historie.filter((h) => h['verslagjaar'] === y.verslagjaar);
      expect([ofYear.length, ofYear.filter((h) => h['open'] === true).length]).toEqual([y.knelpunten, y.open]);
    }
    expect(rows.get('historie-json')).toHaveLength(historie.length);
  }, 120_000);

  it('fails on a foreign key that points nowhere', async () => {
    const out = join(work, 'bundled');
    const file = join(out, 'data/knelpunten.csv');
    const lines = readFileSync(file, 'utf8').split('\r\n');
    // Row 1's thema (4th column) becomes a code that is not in themas.csv.
    lines[1] = (lines[1] ?? '').split(';').map((cell, i) => (i === 3 ? 'bestaat-niet' : cell)).join(';');
    writeFileSync(file, lines.join('\r\n'));
    const pkg = await loadPackage(join(out, 'data'));
    const resource = pkg.resources.find((r) => r.name === 'knelpunten-csv');
    await expect(resource?.read({ keyed: true, cast: true, relations: true })).rejects.toThrow(/[Ff]oreign key/);
  }, 60_000);

  it('a generated tree of 60 organisations', async () => {
    const content = join(work, 'generated');
    const gen = spawnSync('node', [join(REPO, 'bench/generate.mjs'), '--orgs', '60', '--years', '3', '--out', content], { encoding: 'utf8' });
    expect(gen.status).toBe(0);
    const out = join(work, 'generated-out');
    expect(await build(content, out)).toBe(0);
    const rows = await readAll(join(out, 'data'));
    expect(rows.get('organisaties-csv')?.length).toBeGreaterThanOrEqual(60);
  }, 240_000);
});
