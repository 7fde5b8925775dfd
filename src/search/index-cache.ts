// The search index of the last build, kept in the build cache. Pagefind cannot add to an
// index, so any change of any page means a new index; but a build whose pages are all the
// same as last time (an editor building again, CI after a commit that changed no content)
// gets the same index back without running the indexer.
//
// The key must pin down every page Pagefind reads. The caller builds it from the inputs the
// pages are made of (every content file, the templates, staat's code, the options), all but
// the build date, which the shipped templates print only in the footer: outside the part
// Pagefind indexes (`data-pagefind-body`, tested). Custom templates may print the date
// anywhere, so the caller passes no key for them.
import type { BuildCache } from '../cache/index.js';

const KIND = 'search';
/** One slot: only the last build's index is worth keeping. */
const SLOT = 'index';

interface Entry {
  key: string;
  files: Map<string, Uint8Array>;
}

/** The index stored under `key`, or undefined. */
export function cachedSearchIndex(cache: BuildCache, key: string): Map<string, Uint8Array> | undefined {
  const entry = cache.store.get(KIND, `${cache.fingerprint}\n${SLOT}`) as Partial<Entry> | undefined;
  if (entry?.key !== key || !(entry.files instanceof Map)) return undefined;
  for (const [path, content] of entry.files) if (typeof path !== 'string' || !(content instanceof Uint8Array)) return undefined;
  return entry.files;
}

export function storeSearchIndex(cache: BuildCache, key: string, files: Map<string, Uint8Array>): void {
  cache.store.set(KIND, `${cache.fingerprint}\n${SLOT}`, { key, files } satisfies Entry);
}
