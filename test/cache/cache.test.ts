/**
 * The build cache must be invisible: a build or lint with a cold, warm or partly stale cache
 * gives exactly the bytes and diagnostics of one without it, and a damaged cache is a miss,
 * never a crash and never trusted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheStore, openCache } from '../../src/cache/index.js';
import { MAX_FILE_BYTES } from '../../src/load/decode.js';
import { main } from '../../src/cli.js';
import { captureIO } from '../build/io.js';
import { copyTree as copyInto, readOut } from './trees.js';

const REPO = new URL('../../', import.meta.url).pathname;
// Three days after the base tree's publicatiedatum (2024-09-09): a build date that no page shows but in its footer.
const EPOCH = { SOURCE_DATE_EPOCH: '1726099200' };
const day = (n: number) => ({ SOURCE_DATE_EPOCH: String(Number(EPOCH.SOURCE_DATE_EPOCH) + 86_400 * n) });

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'staat-cache-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

const copyTree = (from: string, name: string): string => copyInto(from, join(work, name));

let runs = 0;
async function run(args: string[], env: Record<string, string> = EPOCH): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIO(work, env);
  const code = await main(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

async function build(root: string, extra: string[] = [], env: Record<string, string> = EPOCH): Promise<Map<string, string>> {
  const out = join(work, `out-${runs++}`);
  const r = await run(['build', '--content', root, '--out', out, '--quiet', ...extra], env);
  expect(r.code, r.stderr).toBe(0);
  const files = readOut(out);
  rmSync(out, { recursive: true, force: true });
  return files;
}

function cacheFiles(root: string): string[] {
  const dir = join(root, '.staat', 'cache');
  const out: string[] = [];
  for (const kind of ['load', 'markdown', 'report']) {
    if (!existsSync(join(dir, kind))) continue;
    for (const name of readdirSync(join(dir, kind))) out.push(join(dir, kind, name));
  }
  return out;
}

function edit(file: string, from: string | RegExp, to: (match: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  writeFileSync(file, changed);
}

describe('build cache: a hit is indistinguishable from a miss', () => {
  it('cold, warm, and after one Stand, one register and one template changed', async () => {
    const root = copyTree('content', 'content');
    const fresh = await build(root, ['--no-cache']);
    expect(existsSync(join(root, '.staat', 'cache'))).toBe(false); // --no-cache writes nothing

    expect(await build(root)).toEqual(fresh); // cold
    expect(cacheFiles(root).length).toBeGreaterThan(20);
    expect(readFileSync(join(root, '.staat', 'cache', '.gitignore'), 'utf8')).toContain('*');
    expect(await build(root)).toEqual(fresh); // warm

    // One Stand of the edition: its text, a knelpunt's Markdown and a title change.
    const stand = join(root, 'standen', '2024', 'uwv.md');
    edit(stand, /titel: (.*)/, () => 'titel: Een nieuwe titel voor de cachetest');
    edit(stand, /beschrijving: (>-|\|)?\n(\s+)/, (m) => `${m}Gewijzigd **vet** in de cachetest. `);
    const afterStand = await build(root, ['--no-cache']);
    expect(afterStand).not.toEqual(fresh);
    expect(await build(root)).toEqual(afterStand);

    // One register: a thema's name is shown on many pages.
    edit(join(root, 'registers', 'themas.yaml'), 'naam: Complexe wet- en regelgeving', () => 'naam: Complexe regels (cachetest)');
    const afterRegister = await build(root, ['--no-cache']);
    expect(afterRegister).not.toEqual(afterStand);
    expect(await build(root)).toEqual(afterRegister);

    // staat.yaml: bron_url turns every knelpunt's source line into a link (an engine-level setting).
    edit(join(root, 'staat.yaml'), /^bron_url: .*$/m, () => 'bron_url: "https://example.org/inhoud/{pad}#L{regel}"');
    const afterEdition = await build(root, ['--no-cache']);
    expect(afterEdition).not.toEqual(afterRegister);
    expect([...afterEdition.values()].some((html) => html.includes('https://example.org/inhoud/standen/'))).toBe(true);
    expect(await build(root)).toEqual(afterEdition);

    // One template.
    const templates = copyTree('templates', 'templates');
    edit(join(templates, 'knelpunt.liquid'), /<\/h\d>/, (m) => `${m}<!-- cachetest -->`);
    const afterTemplate = await build(root, ['--no-cache', '--templates', templates]);
    expect(afterTemplate).not.toEqual(afterEdition);
    expect(await build(root, ['--templates', templates])).toEqual(afterTemplate);
    expect(await build(root, ['--templates', templates])).toEqual(afterTemplate);
  }, 120_000);

  it('an unchanged report is reused whole on another day, and is the same as one made that day', async () => {
    const root = copyTree('test/fixtures/base', 'another-day');
    await build(root);
    const entries = cacheFiles(root).filter((f) => f.includes('/report/'));
    expect(entries).toHaveLength(2); // its key, and the report
    const stored = entries.map((f) => statSync(f).mtimeMs);
    const fresh = await build(root, ['--no-cache'], day(40));
    expect(await build(root, [], day(40))).toEqual(fresh);
    expect(entries.map((f) => statSync(f).mtimeMs)).toEqual(stored); // read, not made again
    // Templates of its own may put the date anywhere: no reuse then.
    const templates = copyTree('templates', 'templates-another-day');
    edit(join(templates, 'layout.liquid'), /data-pagefind-body\{% endif %\}>/, (m) => `${m}<p>Stand van {{ site.gegenereerd }}</p>`);
    await build(root, ['--templates', templates]);
    const fresher = await build(root, ['--no-cache', '--templates', templates], day(40));
    expect(await build(root, ['--templates', templates], day(40))).toEqual(fresher);
  }, 120_000);

  it('unchanged content gets the last report and its problems without being loaded or checked again, and exits as that build did', async () => {
    // content/ has one warning (opdrachtgever-ambiguous): what is printed must come back too.
    const root = copyTree('content', 'unchanged');
    const out = (n: number) => join(work, `unchanged-${n}`);
    const first = await run(['build', '--content', root, '--out', out(1), '--format', 'json']);
    expect(first.code).toBe(0);
    const warnings = (JSON.parse(first.stdout) as { files: { messages: { ruleId: string }[] }[] }).files.flatMap((f) => f.messages);
    expect(warnings.map((m) => m.ruleId)).toEqual(['opdrachtgever-ambiguous']);
    // Without the files' entries the build would have to load (and store) them again.
    rmSync(join(root, '.staat', 'cache', 'load'), { recursive: true });
    const second = await run(['build', '--content', root, '--out', out(2), '--format', 'json']);
    expect([second.code, second.stdout]).toEqual([0, first.stdout]);
    expect(existsSync(join(root, '.staat', 'cache', 'load'))).toBe(false);
    expect(readOut(out(2))).toEqual(readOut(out(1)));
    // --strict turns the remembered warning into a failure: nothing written.
    const strict = await run(['build', '--content', root, '--out', out(3), '--format', 'json', '--strict']);
    expect([strict.code, strict.stdout, existsSync(out(3))]).toEqual([1, first.stdout, false]);
    // An edit is loaded and checked as usual.
    const stand = join(root, 'standen', '2024', 'uwv.md');
    writeFileSync(stand, `${readFileSync(stand, 'utf8')}\n`);
    expect((await run(['build', '--content', root, '--out', out(4), '--format', 'json'])).code).toBe(0);
    expect(existsSync(join(root, '.staat', 'cache', 'load'))).toBe(true);
  }, 120_000);

  it('a report that shows the build date outside its footer (published the day it is built) is not kept', async () => {
    const root = copyTree('test/fixtures/base', 'published-today');
    edit(join(root, 'staat.yaml'), /^publicatiedatum: .*$/m, () => 'publicatiedatum: "2024-09-12"');
    await build(root);
    expect(cacheFiles(root).filter((f) => f.includes('/report/'))).toEqual([]);
    const fresh = await build(root, ['--no-cache'], day(1));
    expect(await build(root, [], day(1))).toEqual(fresh);
  }, 120_000);

  it('diagnostics are the same with and without the cache, for all Standen and for one', async () => {
    const root = copyTree('test/fixtures/planted', 'planted');
    for (const args of [[], [join(root, 'standen', '2024')], [join(root, 'standen', '2023', 'uwv.md')]]) {
      const plain = await run(['lint', '--content', root, '--format', 'json', '--no-cache', ...args]);
      expect(plain.code).toBe(1);
      const cold = await run(['lint', '--content', root, '--format', 'json', ...args]);
      const warm = await run(['lint', '--content', root, '--format', 'json', ...args]);
      expect(cold).toEqual(plain);
      expect(warm).toEqual(plain);
    }
    // A build of a tree with errors prints the same problems, cold and warm.
    const fresh = await run(['build', '--content', root, '--out', join(work, 'never'), '--no-cache']);
    expect(fresh.code).toBe(1);
    expect(await run(['build', '--content', root, '--out', join(work, 'never')])).toEqual(fresh);
    expect(existsSync(join(work, 'never'))).toBe(false);
  }, 120_000);
});

describe('build cache: damaged entries are ignored and rewritten', () => {
  const damages: [string, (bytes: Buffer) => Buffer][] = [
    ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2))],
    ['empty', () => Buffer.alloc(0)],
    ['a flipped byte in the payload', (b) => {
      const c = Buffer.from(b);
      c[c.length - 3] = (c[c.length - 3] ?? 0) ^ 0x20;
      return c;
    }],
    ['garbage', (b) => Buffer.alloc(b.length, 0x41)],
  ];
  it('truncated, empty, a flipped byte, garbage', async () => {
    const root = copyTree('test/fixtures/base', 'damaged');
    const fresh = await build(root, ['--no-cache']);
    expect(await build(root)).toEqual(fresh);
    const files = cacheFiles(root);
    expect(files.some((f) => f.includes('/load/')) && files.some((f) => f.includes('/markdown/'))).toBe(true);
    const before = new Map(files.map((f) => [f, readFileSync(f)]));
    const lintFresh = await run(['lint', '--content', root, '--format', 'json', '--no-cache']);
    for (const [name, damage] of damages) {
      for (const f of files) writeFileSync(f, damage(before.get(f)!));
      expect(await build(root), name).toEqual(fresh);
      // Rewritten: every entry is whole again (the same bytes: serialization is deterministic).
      for (const f of files) expect(readFileSync(f).equals(before.get(f)!), `${name}: ${f}`).toBe(true);
      for (const f of files) writeFileSync(f, damage(before.get(f)!));
      expect(await run(['lint', '--content', root, '--format', 'json']), name).toEqual(lintFresh);
    }
  }, 120_000);

  it('an entry signed with another secret (planted in the content tree) is not used', () => {
    const dir = join(work, 'store');
    const mine = new CacheStore(dir, Buffer.alloc(32, 1));
    const theirs = new CacheStore(dir, Buffer.alloc(32, 2));
    theirs.set('markdown', 'k', new Map([['x', '<script>alert(1)</script>']]));
    expect(mine.get('markdown', 'k')).toBeUndefined();
    expect(theirs.get('markdown', 'k')).toBeInstanceOf(Map);
    mine.set('markdown', 'k', 'mine');
    expect(mine.get('markdown', 'k')).toBe('mine');
    expect(mine.get('markdown', 'other key')).toBeUndefined();
  });

  it('bytes stored as they come (a generator) are read back whole, and a flipped one is a miss', () => {
    const dir = join(work, 'streamed');
    const store = new CacheStore(dir, Buffer.alloc(32, 1));
    const chunks = ['<p>een</p>', '', '<p>twee</p>'].map((c) => Buffer.from(c));
    store.setWithBytes('report', 'k', { paths: ['a', 'b'] }, (function* () {
      yield* chunks;
    })());
    const entry = store.getWithBytes('report', 'k');
    expect([entry?.value, entry?.bytes.toString()]).toEqual([{ paths: ['a', 'b'] }, '<p>een</p><p>twee</p>']);
    const [file] = readdirSync(join(dir, 'report')).map((name) => join(dir, 'report', name));
    const bytes = readFileSync(file!);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 2) ^ 1, bytes.length - 2);
    writeFileSync(file!, bytes);
    expect(store.getWithBytes('report', 'k')).toBeUndefined();
  });

  it('an unwritable cache folder makes no difference', async () => {
    const root = copyTree('test/fixtures/base', 'unwritable');
    writeFileSync(join(root, '.staat'), 'not a folder'); // mkdir .staat/cache fails
    const fresh = await build(root, ['--no-cache']);
    expect(await build(root)).toEqual(fresh);
    expect(openCache(root)?.store.dir).toBe(join(root, '.staat', 'cache'));
  }, 60_000);
});

describe('build cache: loader worker threads', () => {
  // Worker code only exists compiled, so this uses lib/ (as test/load/parallel.test.ts does).
  it('workers read, store and find the same files as one thread without cache', async () => {
    const { ensureLib } = await import('../support/lib.js');
    ensureLib();
    type Tree = { files: { path: string; text: string; data: unknown; diagnostics: unknown[]; knelpuntLines?: number[]; schemaValid?: boolean }[] };
    const parallel = (await import(join(REPO, 'lib/load/parallel.js'))) as { loadTreeParallel: (root: string, o: object) => Promise<Tree> };
    const check = (await import(join(REPO, 'lib/check/check-tree.js'))) as { checkTree: (t: Tree) => { reported: { path: string; diagnostics: unknown[] }[] } };
    const cacheLib = (await import(join(REPO, 'lib/cache/index.js'))) as { openCache: typeof openCache };
    const root = copyTree('test/fixtures/planted', 'planted-workers');
    // Files a load refuses: not UTF-8, binary, too large.
    writeFileSync(join(root, 'standen', '2024', 'duo.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\norganisatie: duo\n---\n', 'utf16le')]));
    writeFileSync(join(root, 'standen', '2024', 'ind.md'), Buffer.from('---\norganisatie: ind\x00\x01\x02\n---\n', 'latin1'));
    writeFileSync(join(root, 'standen', '2024', 'dji.md'), `---\norganisatie: dji\n---\n${'x'.repeat(MAX_FILE_BYTES)}`);
    const snapshot = async (o: object): Promise<unknown> => {
      const tree = await parallel.loadTreeParallel(root, o);
      const checked = check.checkTree(tree);
      return {
        files: tree.files.map((f) => ({ path: f.path, text: f.text, data: f.data, lines: f.knelpuntLines, valid: f.schemaValid })),
        problems: checked.reported.map((f) => ({ path: f.path, diagnostics: f.diagnostics })),
      };
    };
    const plain = await snapshot({ workers: 0 });
    const cache = cacheLib.openCache(root)!;
    expect(await snapshot({ workers: 2, cache })).toEqual(plain); // cold: the workers store
    expect(cache.store.stats.writes).toBe(0);
    expect(cacheFiles(root).length).toBeGreaterThan(5);
    expect(await snapshot({ workers: 2, cache })).toEqual(plain); // warm: this thread finds them all
    expect(cache.store.stats.hits).toBe(cacheFiles(root).length);
    expect(await snapshot({ workers: 0, cache })).toEqual(plain);
    // Given the files as a build's first look read them (readTexts): the same, hit or miss.
    const texts = (await import(join(REPO, 'lib/load/texts.js'))) as { readTexts: (root: string) => object[] };
    expect(await snapshot({ workers: 0, cache, read: texts.readTexts(root) })).toEqual(plain);
    rmSync(join(root, '.staat'), { recursive: true });
    expect(await snapshot({ workers: 0, cache: cacheLib.openCache(root)!, read: texts.readTexts(root) })).toEqual(plain);
  }, 120_000);
});
