/**
 * What a save costs in `staat dev`: only changed files are read again, only the pages asked for
 * are rendered (the saved Stand's page at once), and the search index is made in the
 * background while the pages are already served; a newer save replaces an index under way.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkForBuild, modelFor } from '../../src/build/compile.js';
import { openCache } from '../../src/cache/index.js';
import { main } from '../../src/cli.js';
import { ContentMemo } from '../../src/dev/content-memo.js';
import { DevSession, type DevSessionOptions } from '../../src/dev/session.js';
import { datapackage } from '../../src/export/index.js';
import { loadContentTree } from '../../src/load/load-tree.js';
import type { PackageDescriptor } from '../../src/render/data-page.js';
import { SiteRenderer } from '../../src/render/site.js';
import { DEFAULT_TEMPLATES } from '../../src/render/templates.js';
import { captureIO } from '../build/io.js';

const BASE = new URL('../fixtures/base/', import.meta.url).pathname;
const UWV = 'standen/2024/uwv.md';
const UWV_PAGE = 'organisaties/uwv/index.html';
const text = (content: string | Uint8Array | undefined): string => (typeof content === 'string' ? content : new TextDecoder().decode(content));

/** An indexer that records the pages it is given and holds after the first one until released. */
function gatedIndexer() {
  const runs: { pages: Map<string, string>; finished: boolean; stopped: boolean }[] = [];
  let release: () => void = () => {};
  let gate = new Promise<void>((resolve) => (release = resolve));
  return {
    runs,
    release: () => {
      release();
      gate = new Promise<void>((resolve) => (release = resolve));
    },
    index: async (pages: AsyncIterable<[string, string]>): Promise<Map<string, Uint8Array>> => {
      const run = { pages: new Map<string, string>(), finished: false, stopped: false };
      runs.push(run);
      try {
        for await (const [path, html] of pages) {
          run.pages.set(path, html);
          if (run.pages.size === 1) await gate;
        }
      } catch (error) {
        run.stopped = true;
        throw error;
      }
      run.finished = true;
      return new Map([['pagefind/pagefind.js', new TextEncoder().encode(`// index ${runs.length}`)]]);
    },
  };
}

async function until(probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('staat dev: one save, the least work', () => {
  let root: string;
  let good: string;
  let session: DevSession | undefined;
  const rendered: string[] = [];

  beforeEach(() => {
    root = join(mkdtempSync(join(tmpdir(), 'staat-dev-lazy-')), 'content');
    cpSync(BASE, root, { recursive: true });
    good = readFileSync(join(root, UWV), 'utf8');
    rendered.length = 0;
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  const open = (extra: Partial<DevSessionOptions> = {}): DevSession => {
    session = new DevSession({ root, templatesDir: DEFAULT_TEMPLATES, generatedAt: () => '2025-03-01', version: 'test', onRender: (p) => rendered.push(p), searchDelayMs: 0, ...extra });
    return session;
  };
  const save = (s: DevSession, path: string, content: string): void => {
    writeFileSync(join(root, path), content);
    s.noteChanges([path]);
  };

  it('reads again only the files that changed, added or removed', async () => {
    const memo = new ContentMemo(root, undefined);
    expect((await memo.refresh()).changed).toContain(UWV);
    expect((await memo.refresh()).changed).toEqual([]);
    writeFileSync(join(root, UWV), good.replace('Tekort aan verzekeringsartsen', 'Gewijzigd'));
    const after = await memo.refresh();
    expect(after.changed).toEqual([UWV]);
    expect(after.tree.files.find((f) => f.path === UWV)?.text).toContain('Gewijzigd');
    rmSync(join(root, 'standen/2024/rvo.md'));
    expect((await memo.refresh()).changed).toEqual(['standen/2024/rvo.md']);
    // A path the watcher reported is read again even when its stat looks the same.
    expect((await memo.refresh(new Set([UWV]))).changed).toEqual([UWV]);
  });

  it('renders the saved Stand’s page with the compile and any other page only when asked', async () => {
    const s = open({ searchIndex: gatedIndexer().index });
    await s.compile();
    expect(rendered).toEqual(['index.html']);
    rendered.length = 0;
    save(s, UWV, good.replace('Tekort aan verzekeringsartsen', 'Opgeslagen-lui'));
    const { state } = await s.compile();
    expect(rendered).toEqual([UWV_PAGE]);
    expect(text(await state.files.get(UWV_PAGE))).toContain('Opgeslagen-lui');
    expect(rendered).toEqual([UWV_PAGE]);
    expect(text(await state.files.get('organisaties/index.html'))).toContain('<html');
    await state.files.get('organisaties/index.html');
    expect(rendered).toEqual([UWV_PAGE, 'organisaties/index.html']);
    expect(JSON.parse(text(await state.files.get('data/report.json')))).toMatchObject({ verslagjaar: 2024 });
  });

  it('serves the same page as a fresh build of the same content', async () => {
    const s = open({ searchIndex: gatedIndexer().index });
    await s.compile();
    save(s, UWV, good.replace('Tekort aan verzekeringsartsen', 'Zelfde als build'));
    await s.compile();
    save(s, 'standen/2024/svb.yaml', readFileSync(join(root, 'standen/2024/svb.yaml'), 'utf8') + '\n');
    const { state } = await s.compile();
    const { model, edition } = modelFor(checkForBuild(loadContentTree(root)));
    const renderer = new SiteRenderer(model, { generatedAt: '2025-03-01', version: 'test', templatesDir: DEFAULT_TEMPLATES, openData: datapackage(edition) as unknown as PackageDescriptor });
    try {
      // Every page, each built only when asked for here and all up front there.
      expect((state.files as unknown as { paths: readonly string[] }).paths).toEqual(renderer.paths);
      for (const path of renderer.paths) expect(text(await state.files.get(path)), path).toBe(await renderer.file(path));
    } finally {
      await renderer.close();
    }
  });

  it('puts a template mistake found on a later page in the overlay', async () => {
    const templates = join(root, '..', 'templates');
    cpSync(DEFAULT_TEMPLATES, templates, { recursive: true });
    writeFileSync(join(templates, 'thema.liquid'), readFileSync(join(templates, 'thema.liquid'), 'utf8').replace('{{ thema.naam }}', '{{ thema.naam | bestaat_niet }}'));
    const told: { file: string; overlay: string | undefined }[] = [];
    const s = open({ templatesDir: templates, searchIndex: gatedIndexer().index, onTemplateError: (error, state) => told.push({ file: error.file, overlay: state.overlay }) });
    const { state, blocked } = await s.compile();
    expect(blocked).toBe(false);
    const thema = (state.files as unknown as { paths: readonly string[] }).paths.find((p) => /^themas\/[^/]+\/index\.html$/.test(p))!;
    await expect(state.files.get(thema)).rejects.toThrow();
    expect(told).toHaveLength(1);
    expect(told[0]!.file).toBe('thema.liquid');
    expect(told[0]!.overlay).toContain('sjablonen/thema.liquid');
  });

  it('makes the search index in the background, after the pages are served', async () => {
    const indexer = gatedIndexer();
    const s = open({ searchIndex: indexer.index });
    const first = await s.compile();
    s.shown();
    await until(() => indexer.runs.length === 1 && indexer.runs[0]!.pages.size === 1);
    // The pages are there while the index is still being made.
    expect(text(await first.state.files.get(UWV_PAGE))).toContain('<html');
    expect(indexer.runs[0]!.finished).toBe(false);
    // Before the first index, a request for an index file waits for it.
    expect(first.state.files.has('pagefind/pagefind.js')).toBe(true);
    const waiting = first.state.files.get('pagefind/pagefind.js');
    indexer.release();
    expect(text(await waiting)).toBe('// index 1');
    // Every page went into the index, in path order.
    const site = first.state.files as unknown as { paths: readonly string[] };
    expect([...indexer.runs[0]!.pages.keys()]).toEqual(site.paths.filter((p) => p.endsWith('.html')));
  });

  it('takes the index of a report staat build made from the same content from the build cache', async () => {
    const c = captureIO(join(root, '..'));
    expect(await main(['build', '--content', 'content', '--out', 'dist', '--quiet'], c.io), c.stderr()).toBe(0);
    const built = readFileSync(join(root, '..', 'dist/pagefind/pagefind-entry.json'));
    const indexer = gatedIndexer();
    const s = open({ searchIndex: indexer.index, cache: openCache(root)! });
    const { state } = await s.compile();
    s.shown();
    expect(Buffer.from((await state.files.get('pagefind/pagefind-entry.json')) as Uint8Array).equals(built)).toBe(true);
    expect(indexer.runs).toHaveLength(0);
  });

  it('replaces an index under way by one of the newer pages, serving the last finished one meanwhile', async () => {
    const indexer = gatedIndexer();
    const s = open({ searchIndex: indexer.index });
    await s.compile();
    s.shown();
    await until(() => indexer.runs.length === 1 && indexer.runs[0]!.pages.size === 1);
    indexer.release();
    await until(() => indexer.runs[0]!.finished);

    save(s, UWV, good.replace('Tekort aan verzekeringsartsen', 'Tweede versie'));
    await s.compile();
    s.shown();
    await until(() => indexer.runs.length === 2 && indexer.runs[1]!.pages.size === 1);
    save(s, UWV, good.replace('Tekort aan verzekeringsartsen', 'Derde versie'));
    const third = await s.compile();
    s.shown();
    // Meanwhile the last finished index is served.
    expect(text(await third.state.files.get('pagefind/pagefind.js'))).toBe('// index 1');
    indexer.release();
    // The second version's index is never finished: its pages stop coming.
    await until(() => indexer.runs[1]!.stopped);
    await until(() => indexer.runs.length === 3 && indexer.runs[2]!.pages.size === 1);
    indexer.release();
    await until(() => indexer.runs[2]!.finished);
    expect(indexer.runs[2]!.pages.get(UWV_PAGE)).toContain('Derde versie');
    expect(indexer.runs[1]!.finished).toBe(false);
    expect(text(await third.state.files.get('pagefind/pagefind.js'))).toBe('// index 3');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('staat dev: a save right after the page first shows', () => {
  it('is not missed', async () => {
    const work = mkdtempSync(join(tmpdir(), 'staat-dev-first-'));
    cpSync(BASE, join(work, 'content'), { recursive: true });
    const c = captureIO(work);
    const stop = new AbortController();
    c.io.signal = stop.signal;
    // As the benchmark and a person do: open the page as soon as it is served, not when dev
    // says it is ready (onListening), and save at once.
    const port = await freePort();
    const exit = main(['dev', '--content', 'content', '--port', String(port), '--quiet'], c.io);
    const page = async (): Promise<string> => {
      try {
        return await (await fetch(`http://127.0.0.1:${port}/organisaties/uwv/`)).text();
      } catch {
        return ''; // not listening yet
      }
    };
    while (!(await page()).includes('<html')) await new Promise((r) => setTimeout(r, 20));
    try {
      const file = join(work, 'content', UWV);
      writeFileSync(file, readFileSync(file, 'utf8').replace('Tekort aan verzekeringsartsen', 'Meteen opgeslagen'));
      const end = Date.now() + 20_000;
      while (!(await page()).includes('Meteen opgeslagen')) {
        if (Date.now() > end) throw new Error('de wijziging verscheen niet');
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      stop.abort();
      await exit;
      rmSync(work, { recursive: true, force: true });
    }
  }, 30_000);
});
