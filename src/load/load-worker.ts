/**
 * A worker thread of the parallel loader: reads, parses and schema-checks the files it is
 * given, exactly as the main thread would (through the build cache when there is one), and
 * sends them back as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { CacheStore } from '../cache/store.js';
import type { BuildCache } from '../cache/index.js';
import { prepareCached } from './cached.js';
import type { WorkerCache } from './parallel.js';
import { toTransfer } from './transfer.js';
import type { TreeEntry } from './walk.js';

let cache: BuildCache | undefined;

parentPort?.on('message', (message: { batch: number; entries: TreeEntry[]; cache?: WorkerCache }) => {
  try {
    // The worker reads, looks up and stores in the cache itself: the main thread stays free.
    if (message.cache && cache?.store.dir !== message.cache.dir) cache = { store: new CacheStore(message.cache.dir, Buffer.from(message.cache.secret)), fingerprint: message.cache.fingerprint };
    const files = message.entries.map((entry) => toTransfer(prepareCached(entry, message.cache && cache)));
    parentPort?.postMessage({ batch: message.batch, files });
  } catch (error) {
    parentPort?.postMessage({ batch: message.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
