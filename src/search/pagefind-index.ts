// The report's full-text search index, made by Pagefind (npm `pagefind`: a Node API over a
// prebuilt indexer shipped in the registry package `@pagefind/<platform>`). It takes the
// rendered pages from memory and gives back the index files, so the build stays in memory
// until the one atomic write.
//
// Pagefind indexes the part of each page marked `data-pagefind-body` (the main content, not the
// navigation) and splits pages into sub-results at elements with an id and `data-pagefind-title`:
// that is how a hit inside a knelpunt leads to the knelpunt's own anchor.
import * as pagefind from 'pagefind';

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
 * Indexes every HTML page of `files` (paths relative to the report root) and returns the index
 * files as paths under SEARCH_DIR. Pages are added in path order; Pagefind's output depends only
 * on the pages, so the same pages give the same bytes (the build's determinism test checks it).
 */
export async function searchIndex(files: ReadonlyMap<string, string | Uint8Array>): Promise<Map<string, Uint8Array>> {
  let created: Awaited<ReturnType<typeof pagefind.createIndex>>;
  try {
    created = await pagefind.createIndex({ forceLanguage: 'nl', keepIndexUrl: true });
  } catch (error) {
    throw new SearchIndexError((error as Error).message.split('\n')[0] ?? String(error), { cause: error });
  }
  const { index, errors } = created;
  try {
    if (!index) throw failed('Pagefind start niet', errors);
    const pages = [...files.keys()].filter((p) => p.endsWith('.html')).sort();
    const decoder = new TextDecoder();
    for (const path of pages) {
      const content = files.get(path)!;
      const added = await index.addHTMLFile({ url: `/${path}`, content: typeof content === 'string' ? content : decoder.decode(content) });
      if (added.errors.length > 0) throw failed(path, added.errors);
    }
    const out = await index.getFiles();
    if (out.errors.length > 0) throw failed('Pagefind', out.errors);
    const result = new Map<string, Uint8Array>();
    for (const file of out.files) {
      const path = file.path.split('\\').join('/');
      if (NEEDED.test(path)) result.set(`${SEARCH_DIR}/${path}`, file.content);
    }
    return result;
  } finally {
    // The indexer is a child process; stop it, so nothing is left running after a build.
    await pagefind.close();
  }
}
