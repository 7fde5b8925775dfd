/**
 * Feeds a build's pages to the search indexer as they render, and gets the index back. The
 * pages the search indexes come first (SiteRenderer.files()), so Pagefind makes its index from
 * them while the other pages, mostly the long lists of knelpunten, still render.
 */
import { hasSearchBody, searchIndex, SearchIndexError, type PageIndexer } from '../search/pagefind-index.js';
import { startPageIndexer } from '../search/indexer-thread.js';
import type { RenderedFile } from '../render/site.js';

/** How much rendered text may wait for the search indexer (characters). */
const INDEX_QUEUE = 8_000_000;

type Index = Map<string, Uint8Array>;

export class SearchFeed {
  private readonly queued: { added: Promise<void>; chars: number }[] = [];
  private queuedChars = 0;
  /** The index, being made once the search pages are in. */
  private index: Promise<Index | undefined> | undefined;
  /** Whether a search page marks its main content (`data-pagefind-body`). */
  private marked = false;
  /**
   * Custom templates may mark one of the other pages after all, or mark no page (then Pagefind
   * indexes every page whole): then the index is made again, from every page in render order.
   */
  private reindex = false;

  private constructor(
    private readonly indexer: PageIndexer,
    private readonly noSearch: (error: SearchIndexError) => undefined,
  ) {}

  /** Undefined when Pagefind cannot run here (noSearch has been told). */
  static async start(noSearch: (error: SearchIndexError) => undefined): Promise<SearchFeed | undefined> {
    const indexer = await startPageIndexer().catch((error: unknown) => {
      if (error instanceof SearchIndexError) return noSearch(error);
      throw error;
    });
    return indexer && new SearchFeed(indexer, noSearch);
  }

  /**
   * Hands one rendered file on. Resolves when the next may render: at once, or when the indexer
   * has more than INDEX_QUEUE characters to go, once it has caught up.
   */
  async add({ path, content, searched }: RenderedFile): Promise<void> {
    if (!path.endsWith('.html')) return;
    if (!searched) {
      if (!this.index) {
        this.index = this.indexer.finish().catch((error: unknown) => this.failed(error));
        this.index.catch(() => undefined); // awaited in result(), after the other pages
      }
      this.reindex ||= !this.marked || hasSearchBody(content);
      return;
    }
    this.marked ||= hasSearchBody(content);
    const added = this.indexer.add(path, content);
    added.catch(() => undefined); // its failure is finish()'s to report
    this.queued.push({ added, chars: content.length });
    this.queuedChars += content.length;
    while (this.queuedChars > INDEX_QUEUE && this.queued.length > 1) {
      const first = this.queued.shift()!;
      await first.added.catch(() => undefined);
      this.queuedChars -= first.chars;
    }
    // The indexer's thread gets its message while the next page renders.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** The index files; `pages` are every file rendered, in render order (for a reindex). */
  async result(pages: Iterable<[string, string | Uint8Array]>): Promise<Index | undefined> {
    const index = await (this.index ?? this.indexer.finish().catch((error: unknown) => this.failed(error)));
    if (!index || !this.reindex) return index;
    return searchIndex(pages).catch((error: unknown) => this.failed(error));
  }

  /** Stops the indexer after a failed build. */
  async close(): Promise<void> {
    // A finish under way stops the indexer itself.
    if (this.index) await this.index.catch(() => undefined);
    else await this.indexer.close();
  }

  private failed(error: unknown): undefined {
    if (error instanceof SearchIndexError) return this.noSearch(error);
    throw error;
  }
}
