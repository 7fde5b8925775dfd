import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { MANIFEST } from '../../src/write/output-dir.js';
import { captureIO } from './io.js';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
const EPOCH = { SOURCE_DATE_EPOCH: '1725840000' };

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs));
    }
  };
  walk(dir);
  return out;
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'staat-build-'));
  cpSync(CONTENT, join(work, 'content'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function build(args: string[], env: Record<string, string> = EPOCH): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIO(work, env);
  const code = await main(['build', ...args], c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('staat build', () => {
  it('builds the bundled content with every page and export of cli.md', async () => {
    const r = await build(['--content', 'content', '--out', 'out1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const files = listFiles(join(work, 'out1'));
    for (const required of [
      'index.html',
      'themas/index.html',
      'oproepen/index.html',
      'oproepen/O1/index.html',
      'oproepen/O5/index.html',
      'driehoek/index.html',
      'gedeeld/index.html',
      'trends/index.html',
      'organisaties/uwv/index.html',
      'themas/gegevensuitwisseling/index.html',
      'data/report.json',
      'data/knelpunten.json',
      'data/knelpunten.csv',
      'data/datapackage.json',
      'data/index.html',
      ...['historie', 'organisaties', 'ministeries', 'themas', 'oproepen'].flatMap((t) => [`data/${t}.csv`, `data/${t}.json`]),
      MANIFEST,
    ]) {
      expect(files).toContain(required);
    }
  });

  it('is byte-identical for the same input and SOURCE_DATE_EPOCH', async () => {
    expect((await build(['--content', 'content', '--out', 'a'])).code).toBe(0);
    expect((await build(['--content', 'content', '--out', 'b'])).code).toBe(0);
    const a = listFiles(join(work, 'a'));
    expect(listFiles(join(work, 'b'))).toEqual(a);
    for (const f of a) expect(readFileSync(join(work, 'b', f)).equals(readFileSync(join(work, 'a', f))), f).toBe(true);
  });

  it('writes nothing and keeps the previous report when the content has errors', async () => {
    expect((await build(['--content', 'content', '--out', 'keep'])).code).toBe(0);
    const before = listFiles(join(work, 'keep')).map((f) => [f, readFileSync(join(work, 'keep', f), 'utf8')]);
    const broken = join(work, 'broken');
    cpSync(join(work, 'content'), broken, { recursive: true });
    writeFileSync(join(broken, 'standen/2024/uwv.md'), readFileSync(join(broken, 'standen/2024/uwv.md'), 'utf8').replace(/thema: [a-z-]+/, 'thema: bestaat-niet'));
    const r = await build(['--content', 'broken', '--out', 'keep']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-thema');
    expect(listFiles(join(work, 'keep')).map((f) => [f, readFileSync(join(work, 'keep', f), 'utf8')])).toEqual(before);
    expect(readdirSync(work).filter((n) => n.startsWith('.staat-'))).toEqual([]);
  });

  it('refuses an --out that is or contains the content root or the project (exit 2)', async () => {
    expect((await build(['--content', 'content', '--out', 'content'])).code).toBe(2);
    expect((await build(['--content', 'content', '--out', '.'])).code).toBe(2);
    expect((await build(['--content', 'content', '--out', '..'])).code).toBe(2);
    expect(existsSync(join(work, 'content', 'staat.yaml'))).toBe(true);
  });

  it('exit 2, not 3, for a missing --templates folder, an --out inside standen/ and an unwritable --out', async () => {
    expect((await build(['--content', 'content', '--out', 'x1', '--templates', 'bestaat-niet'])).code).toBe(2);
    expect((await build(['--content', 'content', '--out', 'content/standen/2030'])).code).toBe(2);
    const r = await build(['--content', 'content', '--out', 'content/staat.yaml/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('interne fout');
    expect(existsSync(join(work, 'x1'))).toBe(false);
  });

  it('refuses a non-empty folder that staat did not write, and leaves it alone', async () => {
    const foreign = join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'thesis.docx'), 'precious');
    const r = await build(['--content', 'content', '--out', 'foreign']);
    expect(r.code).toBe(2);
    expect(readdirSync(foreign)).toEqual(['thesis.docx']);
  });

  it('replaces only its own previous output', async () => {
    expect((await build(['--content', 'content', '--out', 'again'])).code).toBe(0);
    writeFileSync(join(work, 'again', 'stale.html'), 'old');
    expect((await build(['--content', 'content', '--out', 'again'])).code).toBe(0);
    expect(existsSync(join(work, 'again', 'stale.html'))).toBe(false);
    expect(readdirSync(work).filter((n) => n.startsWith('.staat-'))).toEqual([]);
  });

  it('names the template file and line of a template mistake (exit 2) and writes nothing', async () => {
    const templates = join(work, 'my-templates');
    cpSync(new URL('../../templates/', import.meta.url).pathname, templates, { recursive: true });
    const index = join(templates, 'index.liquid');
    const lines = readFileSync(index, 'utf8').split('\n');
    lines.splice(2, 0, '{% if %}');
    writeFileSync(index, lines.join('\n'));
    const r = await build(['--content', 'content', '--out', 'tpl', '--templates', 'my-templates']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/index\.liquid:3:/);
    expect(existsSync(join(work, 'tpl'))).toBe(false);
    // Pages are written as they render: those before index.html were, and go with the rest.
    expect((await build(['--content', 'content', '--out', 'tpl'])).code).toBe(0);
    const before = readFileSync(join(work, 'tpl', 'driehoek', 'index.html'));
    expect((await build(['--content', 'content', '--out', 'tpl', '--templates', 'my-templates', '--no-cache'])).code).toBe(2);
    expect(readFileSync(join(work, 'tpl', 'driehoek', 'index.html')).equals(before)).toBe(true);
    expect(readdirSync(work).filter((n) => n.startsWith('.staat-'))).toEqual([]);
  });

  it('shows the four phases and a closing summary on stderr', async () => {
    const r = await build(['--content', 'content', '--out', 'phases']);
    for (const phase of ['lezen', 'controleren', 'samenvoegen', 'schrijven']) expect(r.stderr).toContain(phase);
    expect(r.stderr).toMatch(/phases\/index\.html/);
    const quiet = await build(['--content', 'content', '--out', 'phases', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('lezen');
  });
});

describe('an interrupted build', () => {
  it('leaves the previous report intact, and the next build clears its leftovers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staat-kill-'));
    cpSync(CONTENT, join(dir, 'content'), { recursive: true });
    const run = async (): Promise<number> => main(['build', '--content', 'content', '--out', 'site', '--quiet'], captureIO(dir, EPOCH).io);
    expect(await run()).toBe(0);
    const before = readFileSync(join(dir, 'site', 'index.html'));
    // What a build killed half-way leaves behind: a temp folder of a process that is gone.
    const leftover = join(dir, '.staat-tmp-site-999999-abc');
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'index.html'), 'half');
    expect(readFileSync(join(dir, 'site', 'index.html')).equals(before)).toBe(true);
    expect(await run()).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
