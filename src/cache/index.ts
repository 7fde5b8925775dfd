/**
 * The build cache as the stages below the commands see it: a store plus the fingerprint of
 * staat's own code that every key starts with. `undefined` everywhere means "no cache"
 * (`--no-cache`), and the result is then the same, only computed.
 */
import { join } from 'node:path';
import { codeFingerprint } from './fingerprint.js';
import { cacheSecret } from './secret.js';
import { CACHE_DIR, CacheStore } from './store.js';

export { CACHE_DIR, CacheStore } from './store.js';
export { sweepCache, SWEEP_STAMP, UNUSED_DAYS, type SweepResult } from './sweep.js';

export interface BuildCache {
  store: CacheStore;
  /** Part of every key: staat's code, schemas, libraries and Node (see fingerprint.ts). */
  fingerprint: string;
}

/** The cache of the content root `root`, or undefined when disabled. */
export function openCache(root: string, enabled = true): BuildCache | undefined {
  if (!enabled) return undefined;
  return { store: new CacheStore(join(root, CACHE_DIR), cacheSecret()), fingerprint: codeFingerprint() };
}
