/**
 * The search index of `staat dev`, made in the background. Pagefind cannot add to an index, so
 * every change means indexing every page again (seconds); a save must not wait for that. After
 * a compile the preview is served at once and the index follows once the saves have settled
 * (`delayMs` without a newer compile): the pages are rendered one at a time between requests,
 * and a newer compile stops the job and starts its own. Meanwhile the last finished index is
 * served; only before the first one is ready does a request for an index file wait for it.
 */
import { startPageIndexer } from '../search/indexer-thread.js';
import { SEARCH_DIR } from '../search/pagefind-index.js';
import type { LazySite, SearchFiles } from './lazy-site.js';

/** Makes an index from the pages (path, html), in path order; the files are paths under SEARCH_DIR. */
export type IndexPages = (pages: AsyncIterable<[string, string]>) => Promise<Map<string, Uint8Array>>;

export interface SearchJobOptions {
  /** Quiet time after a compile before indexing starts: a burst of saves is indexed once. */
  delayMs: number;
  /** The indexer; default Pagefind (tests pass their own to see when it runs). */
  index?: IndexPages;
  /**
   * An index made before for exactly these pages (the build cache). Asked only before the first
   * index of the session: later compiles follow saves, which no earlier build has seen.
   */
  known?: (key: string) => Map<string, Uint8Array> | undefined;
  /** Told (in Dutch) when no index can be made; the preview works on without search. */
  warn: (message: string) => void;
}

/** Thrown into the page stream when a newer compile replaces the job. */
class Superseded extends Error {}

export class SearchJob implements SearchFiles {
  private current: Map<string, Uint8Array> | undefined;
  /** The index before `current`: a page loaded with it may still ask for its (hash-named) files. */
  private older: Map<string, Uint8Array> | undefined;
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  /** One job at a time: Pagefind runs one indexing service per process. */
  private chain: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];
  /** An index is scheduled or being made (requests before the first index wait only then). */
  private pending = false;

  constructor(private readonly options: SearchJobOptions) {}

  /** Whether a finished (or, before the first, an awaited) index has this file. */
  has(path: string): boolean {
    if (!path.startsWith(`${SEARCH_DIR}/`)) return false;
    if (this.current === undefined) return this.pending;
    return this.current.has(path) || (this.older?.has(path) ?? false);
  }

  async get(path: string): Promise<Uint8Array | undefined> {
    if (!path.startsWith(`${SEARCH_DIR}/`)) return undefined;
    if (this.current === undefined && this.pending) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.current?.get(path) ?? this.older?.get(path);
  }

  /** The last index made, if any. */
  get files(): ReadonlyMap<string, Uint8Array> | undefined {
    return this.current;
  }

  /**
   * Indexes `site` once no newer compile came for `delayMs`. `key` names its pages (for the
   * build cache; undefined when they cannot be reused) and is computed only when the cache is asked.
   */
  schedule(site: LazySite, key: () => string | undefined): void {
    const generation = ++this.generation;
    this.pending = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.chain = this.chain.then(() => this.run(generation, site, key));
    }, this.options.delayMs);
  }

  /**
   * A file changed: an index under way is of pages about to be replaced, so it stops now and
   * leaves both cores to the compile that follows (which schedules the next one).
   */
  cancel(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.pending = false;
    this.release();
  }

  /** Stops waiting and indexing (the preview stops). */
  async stop(): Promise<void> {
    this.cancel();
    await this.chain;
  }

  private async run(generation: number, site: LazySite, keyOf: () => string | undefined): Promise<void> {
    if (generation !== this.generation) return;
    const live = (): void => {
      if (generation !== this.generation) throw new Superseded();
    };
    async function* pages(): AsyncGenerator<[string, string]> {
      for (const path of site.paths) {
        live();
        if (!path.endsWith('.html')) continue;
        const html = await site.page(path);
        live();
        yield [path, html];
        // Let requests and file events in between pages: the preview stays responsive.
        await new Promise((resolve) => setImmediate(resolve));
      }
      live();
    }
    try {
      const key = this.current === undefined && this.options.known ? keyOf() : undefined;
      const known = key === undefined ? undefined : this.options.known?.(key);
      if (known !== undefined) return this.publish(known);
      const index = await (this.options.index ?? pagefindIndex)(pages());
      if (generation !== this.generation) return;
      this.publish(index);
    } catch (error) {
      if (error instanceof Superseded || generation !== this.generation) return;
      this.pending = false;
      this.release();
      const message = error instanceof Error ? error.message : String(error);
      this.options.warn(`Zoeken is in dit voorbeeld niet beschikbaar: de zoekindex kon niet worden gemaakt (${message}). De pagina's werken gewoon.`);
    }
  }

  private publish(index: Map<string, Uint8Array>): void {
    this.pending = false;
    if (index !== this.current) {
      this.older = this.current;
      this.current = index;
    }
    this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** Pagefind, fed page by page as they come (from a worker thread; it indexes in its own process). */
async function pagefindIndex(pages: AsyncIterable<[string, string]>): Promise<Map<string, Uint8Array>> {
  const indexer = await startPageIndexer();
  try {
    // A page that fails to go in fails finish(), which reports it.
    for await (const [path, html] of pages) indexer.add(path, html).catch(() => undefined);
  } catch (error) {
    await indexer.close();
    throw error;
  }
  return indexer.finish();
}
