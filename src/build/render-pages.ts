/**
 * Renders every file of the report and feeds the search pages to the indexer, in an order that
 * keeps this thread and Pagefind (its own process) busy at once. The search pages go to the
 * indexer in path order (Pagefind's output depends on the order); whenever the indexer falls
 * behind, or the next search page's Markdown is still being rendered in a worker, this thread
 * renders one of the other pages (the lists of knelpunten, the assets) instead of waiting. Once
 * the last search page is in, Pagefind makes the index while the rest renders.
 */
import type { SiteRenderer } from '../render/site.js';
import type { SearchFeed } from './search-feed.js';

type Renderer = Pick<SiteRenderer, 'paths' | 'searched' | 'waiting' | 'file'>;
type Feed = Pick<SearchFeed, 'busy' | 'caughtUp' | 'add' | 'other' | 'searchPagesDone'>;

/** Renders every file and hands each to `write` as UTF-8, in the order rendered; holds none of them. */
export async function renderPages(renderer: Renderer, search: Feed | undefined, write: (path: string, content: Uint8Array) => void): Promise<void> {
  const searched = renderer.paths.filter((path) => renderer.searched(path));
  const others = renderer.paths.filter((path) => !renderer.searched(path));
  let s = 0;
  let o = 0;
  while (s < searched.length || o < others.length) {
    const searchNext = s < searched.length && !((search?.busy || renderer.waiting(searched[s]!)) && o < others.length);
    const path = searchNext ? searched[s++]! : others[o++]!;
    if (searchNext) await search?.caughtUp();
    const content = await renderer.file(path);
    write(path, Buffer.from(content));
    if (search && path.endsWith('.html')) {
      if (!searchNext) search.other(content);
      else {
        search.add(path, content);
        if (s === searched.length) search.searchPagesDone();
      }
    }
    // Let the indexer's and the Markdown workers' replies in, so the next choice is up to date.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
