/**
 * A build's search index, fed page by page as the pages render. Pagefind makes the index from
 * the pages given to add(), in that order; once the last is in (searchPagesDone), it makes the
 * index while the other pages, mostly the long lists of knelpunten, still render.
 */
import { hasSearchBody, searchIndex, SearchIndexError, type PageIndexer } from '../search/pagefind-index.js';
import { startPageIndexer } from '../search/indexer-thread.js';

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
  /** Whether one of the other pages does (custom templates). */
  private otherMarked = false;

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

  /** Whether the indexer has more than INDEX_QUEUE characters to go. */
  get busy(): boolean {
    return this.queuedChars > INDEX_QUEUE && this.queued.length > 1;
  }

  /** Hands on a page for the index (its path relative to the report root). */
  add(path: string, html: string): void {
    this.marked ||= hasSearchBody(html);
    const entry = { added: this.indexer.add(path, html), chars: html.length };
    // Its failure is finish()'s to report; the queue only needs to know it is settled.
    entry.added.catch(() => undefined).finally(() => this.settled(entry));
    this.queued.push(entry);
    this.queuedChars += entry.chars;
  }

  /** Resolves once the indexer is no longer busy. */
  async caughtUp(): Promise<void> {
    while (this.busy) await this.queued[0]!.added.catch(() => undefined);
  }

  /** A page the shipped templates leave out of the search; custom ones may not (see result()). */
  other(html: string): void {
    this.otherMarked ||= hasSearchBody(html);
  }

  /** Every search page is in: Pagefind makes its index now. */
  searchPagesDone(): void {
    if (this.index) return;
    this.index = this.indexer.finish().catch((error: unknown) => this.failed(error));
    this.index.catch(() => undefined); // awaited in result()
  }

  /**
   * The index files. Custom templates may mark one of the other pages after all, or mark no page
   * (then Pagefind indexes every page whole): then the index is made again from `pages` (every
   * file, in a fixed order: the render order depends on how fast the indexer was).
   */
  async result(pages: Iterable<[string, string | Uint8Array]>): Promise<Index | undefined> {
    this.searchPagesDone();
    const index = await this.index;
    if (!index || (this.marked && !this.otherMarked)) return index;
    return searchIndex(pages).catch((error: unknown) => this.failed(error));
  }

  /** Stops the indexer after a failed build. */
  async close(): Promise<void> {
    // A finish under way stops the indexer itself.
    if (this.index) await this.index.catch(() => undefined);
    else await this.indexer.close();
  }

  private settled(entry: { chars: number }): void {
    const at = this.queued.indexOf(entry as (typeof this.queued)[number]);
    if (at !== -1) this.queued.splice(at, 1);
    this.queuedChars -= entry.chars;
  }

  private failed(error: unknown): undefined {
    if (error instanceof SearchIndexError) return this.noSearch(error);
    throw error;
  }
}
