/**
 * The build cache is swept after a complete build: entries no run used for a week go, what this
 * build used and what any run used this week stay, nothing else in or outside the folder is
 * touched, and the report stays the same bytes.
 */
import { existsSync, lutimesSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheStore, openCache, sweepCache, SWEEP_STAMP, UNUSED_DAYS } from '../../src/cache/index.js';
import { sha256 } from '../../src/cache/store.js';
import { main } from '../../src/cli.js';
import { captureIO } from '../build/io.js';
import { copyTree as copyInto, readOut } from './trees.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1726099200' };
const DAY = 86_400_000;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'staat-sweep-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

const copyTree = (from: string, name: string): string => copyInto(from, join(work, name));

let runs = 0;
async function run(args: string[]): Promise<number> {
  return main(args, captureIO(work, EPOCH).io);
}

async function build(root: string, extra: string[] = []): Promise<Map<string, string>> {
  const out = join(work, `out-${runs++}`);
  expect(await run(['build', '--content', root, '--out', out, '--quiet', ...extra])).toBe(0);
  const files = readOut(out);
  rmSync(out, { recursive: true, force: true });
  return files;
}

/** Every entry file of the cache: `kind/name` → mtime. */
function entries(root: string): Map<string, number> {
  const dir = join(root, '.staat', 'cache');
  const out = new Map<string, number>();
  for (const kind of readdirSync(dir, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const name of readdirSync(join(dir, kind.name))) out.set(`${kind.name}/${name}`, statSync(join(dir, kind.name, name)).mtimeMs);
  }
  return out;
}

function age(path: string, days: number): void {
  const t = (Date.now() - days * DAY) / 1000;
  utimesSync(path, t, t);
}

const entryName = (kind: string, key: string): string => `${kind}/${sha256(kind, key).toString('hex')}`;

describe('sweeping the build cache after a build', () => {
  it('removes entries of an old staat unused for a week; keeps what the build used, what was used this week, and every other file', async () => {
    const root = copyTree('test/fixtures/base', 'swept');
    const fresh = await build(root, ['--no-cache']);
    expect(await build(root)).toEqual(fresh);
    const dir = join(root, '.staat', 'cache');
    const used = [...entries(root).keys()];
    expect(used.length).toBeGreaterThan(5);

    // An older staat's entries, written a month ago; another configuration's, used two days ago.
    const store = new CacheStore(dir, openCache(root)!.store.secret);
    const old = ['load', 'markdown', 'templates', 'report'].map((kind) => {
      store.set(kind, `old fingerprint\n${kind}`, `stale ${kind}`);
      return entryName(kind, `old fingerprint\n${kind}`);
    });
    store.set('templates', 'concept build\nits pack', 'recent');
    const recent = entryName('templates', 'concept build\nits pack');
    // What a killed build left half written, and files the sweep must not know.
    const leftover = `${old[0]!}.4242-0-7.tmp`;
    writeFileSync(join(dir, leftover), 'half');
    writeFileSync(join(dir, 'load', 'NOTES.txt'), 'not an entry');
    writeFileSync(join(dir, 'cache-key'), Buffer.alloc(32, 7));
    // A symbolic link to a folder outside, holding entry-like files.
    const outside = join(work, 'outside');
    mkdirSync(outside);
    const outsideFile = join(outside, 'a'.repeat(64));
    writeFileSync(outsideFile, 'not the cache');
    symlinkSync(outside, join(dir, 'elders'));
    symlinkSync(outsideFile, join(dir, 'load', 'b'.repeat(64)));

    for (const name of [...used, ...old, leftover]) age(join(dir, name), 30);
    age(outsideFile, 30);
    const month = (Date.now() - 30 * DAY) / 1000;
    lutimesSync(join(dir, 'load', 'b'.repeat(64)), month, month);
    age(join(dir, recent), 2);
    const others = ['.gitignore', 'CACHEDIR.TAG', 'cache-key', 'load/NOTES.txt'];
    for (const name of others) age(join(dir, name), 400);
    const otherBytes = others.map((name) => readFileSync(join(dir, name)));
    age(join(dir, SWEEP_STAMP), 2);

    expect(await build(root)).toEqual(fresh);
    const after = entries(root);
    for (const name of [...old, leftover]) expect(after.has(name), name).toBe(false);
    // An unchanged report comes whole from the cache: the build reads every file's entry and the
    // report, not the rendered fragments; but it keeps those the report was made with, for the
    // first build after an edit. All of it stays, marked as used today.
    const read = used;
    expect(read.filter((name) => /^(markdown|templates)\//.test(name)).length).toBeGreaterThan(1);
    for (const name of [...read, recent]) expect(after.has(name), name).toBe(true);
    for (const name of read) expect(Date.now() - after.get(name)!, name).toBeLessThan(DAY);
    expect(others.map((name) => readFileSync(join(dir, name)))).toEqual(otherBytes);
    expect(existsSync(outsideFile)).toBe(true);
    expect(readdirSync(outside)).toEqual(['a'.repeat(64)]);
    expect(Date.now() - statSync(join(dir, SWEEP_STAMP)).mtimeMs).toBeLessThan(DAY);

    // After the sweep: the same report, and every entry still found (nothing written again).
    const before = entries(root);
    expect(await build(root)).toEqual(fresh);
    expect(entries(root)).toEqual(before);
    // And after an edit, which renders again from what is left.
    const stand = join(root, 'standen', '2024', 'uwv.md');
    writeFileSync(stand, readFileSync(stand, 'utf8').replace(/titel: (.*)/, 'titel: Na het opruimen'));
    const edited = await build(root, ['--no-cache']);
    expect(edited).not.toEqual(fresh);
    expect(await build(root)).toEqual(edited);
  }, 120_000);

  it('two builds at once, one sweeping what the other reads, both give the report of a build without cache', async () => {
    const root = copyTree('test/fixtures/base', 'at-once');
    const templates = copyTree('templates', 'templates-at-once');
    writeFileSync(join(templates, 'knelpunt.liquid'), `${readFileSync(join(templates, 'knelpunt.liquid'), 'utf8')}<!-- eigen sjablonen -->`);
    const fresh = await build(root, ['--no-cache']);
    const own = await build(root, ['--no-cache', '--templates', templates]);
    await build(root);
    await build(root, ['--templates', templates]);
    const dir = join(root, '.staat', 'cache');
    for (const name of entries(root).keys()) age(join(dir, name), 30);
    age(join(dir, SWEEP_STAMP), 2);
    expect(await Promise.all([build(root), build(root, ['--templates', templates])])).toEqual([fresh, own]);
    expect(await Promise.all([build(root, ['--templates', templates]), build(root)])).toEqual([own, fresh]);
  }, 120_000);

  it('not after lint, a failed build or --no-cache', async () => {
    const root = copyTree('test/fixtures/base', 'not-swept');
    expect(await run(['lint', '--content', root, '--quiet'])).toBe(0);
    const dir = join(root, '.staat', 'cache');
    const store = new CacheStore(dir, openCache(root)!.store.secret);
    store.set('load', 'old fingerprint', 'stale');
    const old = join(dir, entryName('load', 'old fingerprint'));
    age(old, 30);

    expect(await run(['lint', '--content', root, '--quiet'])).toBe(0);
    const stand = join(root, 'standen', '2024', 'svb.yaml');
    const text = readFileSync(stand, 'utf8');
    writeFileSync(stand, `${text}\n: [niet af\n`);
    expect(await run(['build', '--content', root, '--out', join(work, 'never'), '--quiet'])).toBe(1);
    writeFileSync(stand, text);
    await build(root, ['--no-cache']);
    expect(existsSync(old)).toBe(true);
    expect(existsSync(join(dir, SWEEP_STAMP))).toBe(false);
    await build(root);
    expect(existsSync(old)).toBe(false);
  }, 120_000);
});

describe('sweepCache', () => {
  const fresh = (name: string): { store: CacheStore; file: (key: string) => string } => {
    const dir = join(work, name);
    const store = new CacheStore(dir, Buffer.alloc(32, 1));
    return { store, file: (key) => join(dir, entryName('load', key)) };
  };

  it('runs at most once a day, and again after a stamp from the future', () => {
    const { store, file } = fresh('daily');
    store.set('load', 'k', 1);
    const now = Date.now() + 30 * DAY;
    expect(sweepCache(new CacheStore(store.dir, store.secret), now)).toMatchObject({ removed: 1, kept: 0 });
    store.set('load', 'k', 1);
    age(file('k'), 30);
    expect(sweepCache(store, now + DAY / 2)).toBeUndefined();
    expect(existsSync(file('k'))).toBe(true);
    expect(sweepCache(new CacheStore(store.dir, store.secret), now + DAY)?.removed).toBe(1);
    // The stamp now says a month from today; a sweep today still runs.
    store.set('load', 'k', 1);
    age(file('k'), 30);
    expect(sweepCache(new CacheStore(store.dir, store.secret))?.removed).toBe(1);
  });

  it(`keeps an entry another run found today, however old it was, and removes it after ${UNUSED_DAYS} days unused`, () => {
    const { store, file } = fresh('shared');
    store.set('load', 'a', 'A');
    store.set('load', 'b', 'B');
    age(file('a'), 30);
    age(file('b'), 30);
    // Another process (a dev session) finds `a`: that marks it.
    const other = new CacheStore(store.dir, store.secret);
    expect(other.get('load', 'a')).toBe('A');
    expect(Date.now() - statSync(file('a')).mtimeMs).toBeLessThan(DAY);
    const sweeper = new CacheStore(store.dir, store.secret);
    expect(sweepCache(sweeper)).toMatchObject({ removed: 1, kept: 1 });
    expect([existsSync(file('a')), existsSync(file('b'))]).toEqual([true, false]);
    expect(sweeper.get('load', 'b')).toBeUndefined(); // gone is a miss
    expect(sweepCache(new CacheStore(store.dir, store.secret), Date.now() + (UNUSED_DAYS + 1) * DAY)).toMatchObject({ removed: 1, kept: 0 });
  });

  it('past its time budget it stops after the largest entry, and the next build goes on', () => {
    const { store, file } = fresh('budget');
    for (const [key, size] of [['small', 10], ['large', 1000], ['medium', 100]] as const) {
      store.set('load', key, 'x'.repeat(size));
      age(file(key), 30);
    }
    const now = Date.now();
    expect(sweepCache(new CacheStore(store.dir, store.secret), now, 0)).toMatchObject({ removed: 1, unfinished: true });
    expect(['small', 'large', 'medium'].map((key) => existsSync(file(key)))).toEqual([true, false, true]);
    expect(sweepCache(new CacheStore(store.dir, store.secret), now)).toMatchObject({ removed: 2, kept: 0, unfinished: false });
    expect(sweepCache(new CacheStore(store.dir, store.secret), now)).toBeUndefined();
  });

  it('a hit marks an entry once a day, not on every read', () => {
    const { store, file } = fresh('touch');
    store.set('load', 'k', 'v');
    age(file('k'), 0.5);
    const mtime = statSync(file('k')).mtimeMs;
    expect(store.get('load', 'k')).toBe('v');
    expect(statSync(file('k')).mtimeMs).toBe(mtime);
  });

  it('does nothing without a cache folder, and never throws', () => {
    const store = new CacheStore(join(work, 'none', '.staat', 'cache'), Buffer.alloc(32, 1));
    expect(sweepCache(store)).toBeUndefined();
    expect(existsSync(join(work, 'none'))).toBe(false);
  });
});

describe('the report in the cache', () => {
  it('has one slot whatever staat version stored it, and is found only by the version that did', async () => {
    const { cachedReport, storeReport } = await import('../../src/build/report-cache.js');
    const dir = join(work, 'report-slot', '.staat', 'cache');
    const store = new CacheStore(dir, Buffer.alloc(32, 3));
    const files = { paths: ['index.html'], read: () => Buffer.from('<p>rapport</p>') };
    storeReport({ store, fingerprint: 'staat 1' }, 'inhoud', '2024-09-12T00:00:00.000Z', files);
    storeReport({ store, fingerprint: 'staat 2' }, 'inhoud', '2024-09-12T00:00:00.000Z', files);
    expect(readdirSync(join(dir, 'report'))).toHaveLength(2); // its key, and the report
    expect(cachedReport({ store, fingerprint: 'staat 1' }, 'inhoud', '2024-09-12T00:00:00.000Z')).toBeUndefined();
    expect(cachedReport({ store, fingerprint: 'staat 2' }, 'inhoud', '2024-09-12T00:00:00.000Z')?.has('index.html')).toBe(true);
  });
});
