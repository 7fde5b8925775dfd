import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIO } from '../build/io.js';

const FIXTURE = new URL('../fixtures/status/', import.meta.url).pathname;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'staat-status-'));
  cpSync(FIXTURE, join(work, 'content'), { recursive: true });
  // A second tree that is ready for publication: toeslagen's mistake fixed, svb submitted.
  cpSync(FIXTURE, join(work, 'ready'), { recursive: true });
  const toeslagen = join(work, 'ready/standen/2024/toeslagen.md');
  writeFileSync(toeslagen, readFileSync(toeslagen, 'utf8').replace('gegevensdeling', 'gegevensuitwisseling'));
  const svb = readFileSync(join(work, 'ready/standen/2023/svb.yaml'), 'utf8')
    .replace('verslagjaar: 2023', 'verslagjaar: 2024')
    .replace('in_analyse', 'opgelost');
  writeFileSync(join(work, 'ready/standen/2024/svb.yaml'), svb);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIO(work, env);
  const code = await main(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

interface Row {
  organisatie: string;
  stand: string | null;
  vorig_jaar: boolean;
  fouten: number;
  waarschuwingen: number;
  infos: number;
  knelpunten: number | null;
  nieuw: number | null;
  meegenomen: number | null;
  opgelost: number | null;
  verdwenen: number | null;
}

async function statusJson(content: string, extra: string[] = []): Promise<{ code: number; json: { verslagjaar: number; samenvatting: Record<string, unknown>; organisaties: Row[] } }> {
  const r = await run(['status', '--content', content, '--format', 'json', ...extra]);
  return { code: r.code, json: JSON.parse(r.stdout) };
}

const counts = (r: Row): (number | null)[] => [r.knelpunten, r.nieuw, r.meegenomen, r.opgelost, r.verdwenen];

describe('staat status', () => {
  it('counts every organisation of the edition year, problems first, then missing, then complete', async () => {
    const { code, json } = await statusJson('content');
    expect(code).toBe(1);
    expect(json.verslagjaar).toBe(2024);
    // cjib's driehoek ends in 2023: no row. ind never submitted; svb did last year.
    expect(json.organisaties.map((r) => r.organisatie)).toEqual(['toeslagen', 'ind', 'svb', 'rvo', 'uwv']);
    expect(json.samenvatting).toEqual({ organisaties: 5, ingeleverd: 3, ontbrekend: 2, met_fouten: 1, vorig_jaar_wel_nu_niet: ['svb'], overige_fouten: 0 });
    const row = (id: string): Row => json.organisaties.find((r) => r.organisatie === id) as Row;
    // uwv 2023: tekort-artsen, wachttijd-wia, oude-systemen (open), verrekening (opgelost).
    // uwv 2024: tekort-artsen, wachttijd-wia → opgelost, digitaal-loket (nieuw); oude-systemen verdwenen.
    expect(row('uwv')).toMatchObject({ stand: 'standen/2024/uwv.md', vorig_jaar: true, fouten: 0, waarschuwingen: 1, infos: 0 });
    expect(counts(row('uwv'))).toEqual([3, 1, 2, 1, 1]);
    expect(row('toeslagen')).toMatchObject({ stand: 'standen/2024/toeslagen.md', vorig_jaar: true, fouten: 1, waarschuwingen: 0 });
    expect(counts(row('toeslagen'))).toEqual([2, 1, 1, 0, 0]);
    expect(row('rvo')).toMatchObject({ stand: 'standen/2024/rvo.md', vorig_jaar: false, fouten: 0 });
    expect(counts(row('rvo'))).toEqual([1, 1, 0, 0, 0]);
    expect(row('svb')).toMatchObject({ stand: null, vorig_jaar: true, fouten: 0 });
    expect(counts(row('svb'))).toEqual([null, null, null, null, null]);
    expect(row('ind')).toMatchObject({ stand: null, vorig_jaar: false });
  });

  it('takes another year with --verslagjaar; errors in other years do not count', async () => {
    const { code, json } = await statusJson('content', ['--verslagjaar', '2023']);
    expect(json.verslagjaar).toBe(2023);
    expect(json.organisaties.map((r) => [r.organisatie, r.stand])).toEqual([
      ['ind', null],
      ['rvo', null],
      ['cjib', 'standen/2023/cjib.md'],
      ['svb', 'standen/2023/svb.yaml'],
      ['toeslagen', 'standen/2023/toeslagen.md'],
      ['uwv', 'standen/2023/uwv.md'],
    ]);
    expect(json.samenvatting).toMatchObject({ ingeleverd: 4, ontbrekend: 2, met_fouten: 0, vorig_jaar_wel_nu_niet: [] });
    expect(code).toBe(0);
  });

  it('exits 0 when everyone who submitted last year has submitted without errors', async () => {
    const { code, json } = await statusJson('ready');
    expect(json.samenvatting).toMatchObject({ ingeleverd: 4, ontbrekend: 1, met_fouten: 0, vorig_jaar_wel_nu_niet: [] });
    expect(code).toBe(0);
  });

  it('agrees with staat lint --format json, file by file', async () => {
    const { json } = await statusJson('content');
    const lint = JSON.parse((await run(['lint', '--content', 'content', '--format', 'json'])).stdout) as { files: { path: string; messages: { severity: string }[] }[] };
    for (const row of json.organisaties.filter((r) => r.stand !== null)) {
      const messages = lint.files.find((f) => f.path === row.stand)?.messages ?? [];
      const n = (s: string): number => messages.filter((m) => m.severity === s).length;
      expect([row.fouten, row.waarschuwingen, row.infos], row.organisatie).toEqual([n('error'), n('warning'), n('info')]);
    }
  });

  it('agrees with data/report.json and data/knelpunten.json of a build of the same tree', async () => {
    const { json } = await statusJson('ready');
    expect((await run(['build', '--content', 'ready', '--out', 'out', '--quiet'], { SOURCE_DATE_EPOCH: '1725840000' })).code).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'out/data/report.json'), 'utf8'));
    const knelpunten = JSON.parse(readFileSync(join(work, 'out/data/knelpunten.json'), 'utf8')) as { organisatie: string; vorige_status: string | null }[];
    const of = (ids: string[], org: string): number => ids.filter((id) => id.startsWith(`${org}/`)).length;
    let total = 0;
    for (const row of json.organisaties.filter((r) => r.stand !== null)) {
      const mine = knelpunten.filter((k) => k.organisatie === row.organisatie);
      total += row.knelpunten ?? 0;
      expect(counts(row), row.organisatie).toEqual([
        mine.length,
        of(report.trends.nieuw, row.organisatie),
        mine.filter((k) => k.vorige_status !== null).length,
        of(report.trends.opgelost, row.organisatie),
        of(report.trends.verdwenen, row.organisatie),
      ]);
    }
    expect(total).toBe(report.totalen.knelpunten);
    expect(json.samenvatting['ingeleverd']).toBe(report.totalen.standen);
  });

  it('prints a Markdown table an editor can paste into an email', async () => {
    const r = await run(['status', '--content', 'content', '--format', 'markdown']);
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n').filter((l) => /^\| [^-]/.test(l)).map((l) => l.slice(2, -2).split(' | '));
    expect(rows).toHaveLength(6); // header + 5 organisations
    expect(rows.slice(1).map((c) => c[0])).toEqual(['DT (toeslagen)', 'IND (ind)', 'SVB (svb)', 'RVO (rvo)', 'UWV (uwv)']);
    // organisatie, status, stand, fouten, waarschuwingen, knelpunten, nieuw, meegenomen, opgelost, verdwenen, vorig jaar
    expect(rows[5]?.slice(3)).toEqual(['0', '1', '3', '1', '2', '1', '1', 'ja']);
    expect(rows[3]?.slice(2)).toEqual(['–', '–', '–', '–', '–', '–', '–', '–', 'ja']);
  });

  it('writes CSV for Dutch Excel (BOM, semicolons), one row per organisation', async () => {
    const r = await run(['status', '--content', 'content', '--format', 'csv']);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const lines = r.stdout.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'));
    expect(lines[0]).toEqual(['organisatie', 'naam', 'status', 'stand', 'vorig_jaar', 'fouten', 'waarschuwingen', 'infos', 'knelpunten', 'nieuw', 'meegenomen', 'opgelost', 'verdwenen']);
    expect(lines.slice(1).map((l) => [l[0], l[2]])).toEqual([['toeslagen', 'fouten'], ['ind', 'ontbrekend'], ['svb', 'ontbrekend'], ['rvo', 'compleet'], ['uwv', 'compleet']]);
    expect(lines[5]?.slice(3)).toEqual(['standen/2024/uwv.md', 'true', '0', '1', '0', '3', '1', '2', '1', '1']);
    expect(lines[3]?.slice(3)).toEqual(['', 'true', '0', '0', '0', '', '', '', '', '']);
  });

  it('shows a table on the terminal, with paths relative to the current folder', async () => {
    const r = await run(['status', '--content', 'content'], { NO_COLOR: '1' });
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n').filter((l) => /^[✖…✔] /.test(l));
    expect(rows.map((l) => l.split(/\s+/)[1])).toEqual(['toeslagen', 'ind', 'svb', 'rvo', 'uwv']);
    expect(rows[0]?.split(/\s+/)[2]).toBe('content/standen/2024/toeslagen.md');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run(['status', '--content', 'content', '--verslagjaar', 'vorig'])).code).toBe(2);
    expect((await run(['status', '--content', 'content', '--format', 'html'])).code).toBe(2);
    expect((await run(['status', '--content', 'nergens'])).code).toBe(2);
  });
});
