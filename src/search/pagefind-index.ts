// The report's full-text search index, made by Pagefind (npm `pagefind`: a Node API over a
// prebuilt indexer shipped in the registry package `@pagefind/<platform>`). It takes the
// rendered pages as they are made and gives back the index files, which the build writes with
// the rest of the report.
//
// Pagefind indexes the part of each page marked `data-pagefind-body` (the main content, not the
// navigation) and splits pages into sub-results at elements with an id and `data-pagefind-title`:
// that is how a hit inside a knelpunt leads to the knelpunt's own anchor.
import * as pagefind from 'pagefind';
import { hasSearchBody } from './search-body.js';
import { stripIgnored } from './strip-ignored.js';

export { hasSearchBody };

/** Where the index lives in the output, relative to the report root. */
export const SEARCH_DIR = 'pagefind';

/** What the browser needs to search in Dutch. Pagefind also writes ready-made search interfaces,
 * a highlighter and a fallback stemmer; the report has its own small interface and is
 * Dutch only, so those would only be dead weight in the output. */
const NEEDED = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.nl_[0-9a-f]+\.pf_meta|wasm\.nl\.pagefind|index\/nl_[0-9a-f]+\.pf_index|fragment\/nl_[0-9a-f]+\.pf_fragment)$/;

/** The indexer could not run (for example no Pagefind binary for this platform). */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function failed(what: string, errors: readonly string[]): SearchIndexError {
  return new SearchIndexError(`${what}: ${errors.join('; ')}`);
}

/**
 * Which pages Pagefind would index, of those given in order. Once a page has
 * data-pagefind-body, Pagefind indexes no page without it: such pages need not be sent (for a
 * large report, the lists of knelpunten are megabytes).
 */
export class IndexedPages {
  private bodySeen = false;

  test(html: string): boolean {
    const marked = hasSearchBody(html);
    if (!marked && this.bodySeen) return false;
    this.bodySeen ||= marked;
    return true;
  }
}


/** What a build feeds pages to: this thread's indexer, or one in a worker (indexer-thread.ts). */
export interface PageIndexer {
  /**
   * Queues one page (its path relative to the report root) and returns at once; the promise
   * settles when Pagefind has taken the page in (callers wait on it to bound what is queued).
   */
  add(path: string, html: string): Promise<void>;
  /** The index files, as paths under SEARCH_DIR; stops the indexer. */
  finish(): Promise<Map<string, Uint8Array>>;
  /** Stops the indexer without an index (after a failed build). */
  close(): Promise<void>;
}

export interface IndexOptions {
  /** Give Pagefind the pages whole, ignored content included (stripIgnored must not matter: tests compare). */
  whole?: boolean;
}

/**
 * Pagefind's indexer, fed page by page while the site is still being rendered: it runs in its
 * own process, so indexing one page overlaps rendering the next. Pages go in one at a time and
 * in the order given (Pagefind's output depends on that order), each sent when the previous
 * one is in. Always `finish()` or `close()` it.
 */
export class SearchIndexer implements PageIndexer {
  private chain: Promise<void> = Promise.resolve();
  private readonly wanted = new IndexedPages();
  private failure: SearchIndexError | undefined;

  private constructor(
    private readonly index: NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>,
    private readonly options: IndexOptions,
  ) {}

  static async start(options: IndexOptions = {}): Promise<SearchIndexer> {
    let created: Awaited<ReturnType<typeof pagefind.createIndex>>;
    try {
      created = await pagefind.createIndex({ forceLanguage: 'nl', keepIndexUrl: true });
    } catch (error) {
      await pagefind.close();
      throw new SearchIndexError((error as Error).message.split('\n')[0] ?? String(error), { cause: error });
    }
    if (!created.index) {
      await pagefind.close();
      throw failed('Pagefind start niet', created.errors);
    }
    return new SearchIndexer(created.index, options);
  }

  add(path: string, html: string): Promise<void> {
    if (!this.wanted.test(html)) return this.chain;
    this.chain = this.chain.then(async () => {
      if (this.failure) return;
      try {
        const added = await this.index.addHTMLFile({ url: `/${path}`, content: this.options.whole ? html : stripIgnored(html) });
        if (added.errors.length > 0) this.failure = failed(path, added.errors);
      } catch (error) {
        this.failure = new SearchIndexError((error as Error).message, { cause: error });
      }
    });
    return this.chain;
  }

  async finish(): Promise<Map<string, Uint8Array>> {
    try {
      await this.chain;
      if (this.failure) throw this.failure;
      const out = await this.index.getFiles();
      if (out.errors.length > 0) throw failed('Pagefind', out.errors);
      const result = new Map<string, Uint8Array>();
      for (const file of out.files) {
        const path = file.path.split('\\').join('/');
        if (NEEDED.test(path)) result.set(`${SEARCH_DIR}/${path}`, file.content);
      }
      return result;
    } finally {
      await this.close();
    }
  }

  /** Stops the indexer's child process, so nothing is left running after a build. */
  async close(): Promise<void> {
    await pagefind.close();
  }
}

/**
 * Indexes the HTML pages of `files` (paths relative to the report root) in the order given and
 * returns the index files as paths under SEARCH_DIR; the same pages in the same order give the
 * same bytes (the build's determinism test checks it).
 */
export async function searchIndex(files: Iterable<[string, string | Uint8Array]>, options: IndexOptions = {}): Promise<Map<string, Uint8Array>> {
  const indexer = await SearchIndexer.start(options);
  const decoder = new TextDecoder();
  for (const [path, content] of files) {
    if (path.endsWith('.html')) void indexer.add(path, typeof content === 'string' ? content : decoder.decode(content));
  }
  return indexer.finish();
}
