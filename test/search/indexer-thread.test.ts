/**
 * The search indexer in a worker thread gives exactly the index of the one in this thread,
 * and a worker that dies is an error, not a build that waits forever. (vitest runs the
 * TypeScript sources, so the worker is transpiled: test/support/transpiled.ts.)
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageIndexer } from '../../src/search/indexer-thread.js';
import { SearchIndexer, type PageIndexer } from '../../src/search/pagefind-index.js';
import { transpileToScratch } from '../support/transpiled.js';

const SOURCES = ['index-worker.ts', 'pagefind-index.ts', 'indexer-protocol.ts', 'strip-ignored.ts', 'search-body.ts'];
let scratch: string;
let workerFile: string;
let brokenWorker: string;

beforeAll(() => {
  scratch = transpileToScratch('indexer-thread', 'src/search', SOURCES);
  workerFile = path.join(scratch, 'index-worker.js');
  brokenWorker = path.join(scratch, 'broken-worker.js');
  writeFileSync(brokenWorker, 'throw new Error("kapot");');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string, body: boolean, words: string): string =>
  `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><article id="a-${title}" data-pagefind-title="${title}"><p>${words}</p></article></main></body></html>`;

const PAGES: [string, string][] = [
  ['a/index.html', page('Achterstand', true, 'De werkvoorraad van bezwaren groeit door personeelstekorten.')],
  ['b/index.html', page('Lijst', false, 'Alle knelpunten op een rij: werkvoorraad, bezwaren, terugvorderingen.')],
  ['c/index.html', page('Terugvordering', true, 'Terugvorderingen van toeslagen treffen huishoudens met schulden.')],
];

async function indexWith(indexer: PageIndexer): Promise<Map<string, Uint8Array>> {
  for (const [p, html] of PAGES) indexer.add(p, html);
  return indexer.finish();
}

describe('the search indexer thread', () => {
  it('makes the same index as the indexer in this thread', async () => {
    const here = await indexWith(await SearchIndexer.start());
    const there = await indexWith(await startPageIndexer(workerFile));
    expect(there.size).toBeGreaterThan(3);
    expect([...there.keys()]).toEqual([...here.keys()]);
    for (const [p, content] of here) expect(Buffer.from(there.get(p)!).equals(Buffer.from(content)), p).toBe(true);
  }, 60_000);

  it('can be closed without an index', async () => {
    const indexer = await startPageIndexer(workerFile);
    indexer.add(PAGES[0]![0], PAGES[0]![1]);
    await indexer.close();
  }, 60_000);

  it('a worker that fails to start is an error, not a wait', async () => {
    await expect(startPageIndexer(brokenWorker)).rejects.toThrow();
  }, 60_000);
});
