import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIO } from './io.js';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
const EPOCH = { SOURCE_DATE_EPOCH: '1725840000' };

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.html')) out.push(relative(dir, abs));
    }
  };
  walk(dir);
  return out;
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'staat-concept-'));
  cpSync(CONTENT, join(work, 'content'), { recursive: true });
  // Next year's Stand of one organisation, written before staat.yaml moves on.
  mkdirSync(join(work, 'content/standen/2025'));
  const uwv = readFileSync(join(work, 'content/standen/2024/uwv.md'), 'utf8').replace(/^verslagjaar: 2024$/m, 'verslagjaar: 2025');
  writeFileSync(join(work, 'content/standen/2025/uwv.md'), uwv);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function build(args: string[]): Promise<{ code: number; stderr: string }> {
  const c = captureIO(work, EPOCH);
  const code = await main(['build', ...args], c.io);
  return { code, stderr: c.stderr() };
}

describe('staat build --verslagjaar', () => {
  it('builds a concept edition of that year from the same tree, and every page says so', async () => {
    const r = await build(['--verslagjaar', '2025', '--out', 'concept']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'concept/data/report.json'), 'utf8')) as { verslagjaar: number; concept?: boolean; titel: string; publicatiedatum: unknown; totalen: { standen: number } };
    expect(report).toMatchObject({ verslagjaar: 2025, concept: true, publicatiedatum: null, totalen: { standen: 1 } });
    expect(report.titel).toContain('2025');
    const pages = htmlFiles(join(work, 'concept'));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain('organisaties/uwv/index.html');
    expect(pages).not.toContain('organisaties/svb/index.html');
    for (const page of pages) expect(readFileSync(join(work, 'concept', page), 'utf8'), page).toContain('class="concept-banner"');
  });

  it('leaves the edition of staat.yaml unmarked', async () => {
    expect((await build(['--out', 'edition'])).code).toBe(0);
    const index = readFileSync(join(work, 'edition/index.html'), 'utf8');
    expect(index).not.toContain('concept-banner');
    expect(JSON.parse(readFileSync(join(work, 'edition/data/report.json'), 'utf8'))).not.toHaveProperty('concept');
  });

  it('still refuses to build a concept with errors', async () => {
    const bad = join(work, 'content/standen/2025/uwv.md');
    const good = readFileSync(bad, 'utf8');
    writeFileSync(bad, good.replace(/^organisatie: uwv$/m, 'organisatie: uvw'));
    try {
      expect((await build(['--verslagjaar', '2025', '--out', 'refused'])).code).toBe(1);
    } finally {
      writeFileSync(bad, good);
    }
  });

  it('rejects a year that is no verslagjaar (exit 2)', async () => {
    expect((await build(['--verslagjaar', '25', '--out', 'x'])).code).toBe(2);
    expect((await build(['--verslagjaar', '1999', '--out', 'x'])).code).toBe(2);
  });
});
