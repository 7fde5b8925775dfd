/**
 * The search indexer in a worker thread gives exactly the index of the one in this thread,
 * and a worker that dies is an error, not a build that waits forever. (vitest runs the
 * TypeScript sources, so the worker is transpiled here, as in markdown-batch.test.ts.)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageIndexer } from '../../src/search/indexer-thread.js';
import { SearchIndexer, type PageIndexer } from '../../src/search/pagefind-index.js';

const SOURCES = ['index-worker.ts', 'pagefind-index.ts', 'indexer-protocol.ts'];
const scratch = path.resolve('node_modules/.cache', `staat-indexer-thread-${process.pid}`);
let workerFile: string;
let brokenWorker: string;

beforeAll(() => {
  mkdirSync(scratch, { recursive: true });
  writeFileSync(path.join(scratch, 'package.json'), '{"type":"module"}');
  for (const file of SOURCES) {
    const source = readFileSync(path.resolve('src/search', file), 'utf8');
    const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(path.join(scratch, file.replace(/\.ts$/, '.js')), out.outputText);
  }
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
