/**
 * Loads a whole content tree with worker threads: parsing YAML is most of the work of a build,
 * and every file is independent until the cross-file rules. Small trees, and runs where the
 * compiled worker is not available (tests run the TypeScript sources), load in this thread;
 * the result is the same either way.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildCache } from '../cache/index.js';
import { lookupLoaded, prepareCached } from './cached.js';
import type { ContentTree } from './load-tree.js';
import type { SourceFile } from './source-file.js';
import { fromTransfer, type TransferFile } from './transfer.js';
import type { ReadFile } from './texts.js';
import { walkContentTree, type TreeEntry } from './walk.js';

/** Below this much content, starting workers (~0.3 s each) costs more than it saves. */
const PARALLEL_BYTES = 4 * 1024 * 1024;
const BATCH_FILES = 16;

export interface LoadOptions {
  /** Called as files finish: done, total. */
  onProgress?: (done: number, total: number) => void;
  /** Force a number of workers (0 = this thread); default: by size and cores. */
  workers?: number;
  /** The build cache: files whose bytes were seen before are not parsed again. */
  cache?: BuildCache;
  /**
   * The tree as readTexts read it (`staat build` does, to learn whether its last report is
   * still the one to make): with the cache, it is neither walked nor read again.
   */
  read?: readonly ReadFile[];
}

/** What a loader worker needs to use the cache itself (a store cannot cross the thread boundary). */
export interface WorkerCache {
  dir: string;
  fingerprint: string;
  secret: Uint8Array;
}

const WORKER_FILE = fileURLToPath(new URL('./load-worker.js', import.meta.url));

export async function loadTreeParallel(root: string, options: LoadOptions = {}): Promise<ContentTree> {
  const { cache } = options;
  const known = cache && options.read;
  const entries = known ? known.map((f) => f.entry) : walkContentTree(root);
  const files: (SourceFile | undefined)[] = new Array(entries.length);
  let todo = entries.map((_, i) => i);
  let done = 0;
  // A cold cache (no entries at all) is not worth a look per file: the loaders store as they go.
  if (cache && existsSync(join(cache.store.dir, 'load'))) {
    todo = [];
    entries.forEach((entry, i) => {
      const found = lookupLoaded(entry, cache, known?.[i]);
      if ('file' in found) {
        files[i] = found.file;
        options.onProgress?.(++done, entries.length);
      } else todo.push(i);
    });
  }
  const rest = todo.map((i) => entries[i]!);
  const workers = options.workers ?? defaultWorkers(rest);
  if (workers === 0 || !existsSync(WORKER_FILE)) {
    rest.forEach((entry, j) => {
      files[todo[j]!] = prepareCached(entry, cache, known?.[todo[j]!]);
      options.onProgress?.(++done, entries.length);
    });
  } else {
    const loaded = await inWorkers(rest, workers, cache && { dir: cache.store.dir, fingerprint: cache.fingerprint, secret: cache.store.secret }, (n) => options.onProgress?.(done + n, entries.length));
    loaded.forEach((file, j) => (files[todo[j]!] = file));
  }
  return { root, files: files as SourceFile[] };
}

function defaultWorkers(entries: TreeEntry[]): number {
  let bytes = 0;
  for (const e of entries) {
    if (e.refused) continue;
    try {
      bytes += statSync(e.absPath).size;
    } catch {
      // Unreadable now: the loader will report it.
    }
  }
  return bytes < PARALLEL_BYTES ? 0 : Math.max(1, Math.min(4, availableParallelism()));
}

async function inWorkers(entries: TreeEntry[], count: number, cache: WorkerCache | undefined, onProgress: (done: number) => void): Promise<SourceFile[]> {
  const batches: TreeEntry[][] = [];
  for (let i = 0; i < entries.length; i += BATCH_FILES) batches.push(entries.slice(i, i + BATCH_FILES));
  const results: SourceFile[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: Math.min(count, batches.length) }, () => new Worker(WORKER_FILE));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              const batch = next++;
              worker.postMessage({ batch, entries: batches[batch], cache });
            };
            worker.on('message', (message: { batch: number; files?: TransferFile[]; error?: string }) => {
              if (message.error !== undefined || !message.files) {
                reject(new Error(`laadproces faalde: ${message.error ?? 'geen antwoord'}`));
                return;
              }
              results[message.batch] = message.files.map(fromTransfer);
              done += message.files.length;
              onProgress(done);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < batches.length || code !== 0) reject(new Error(`laadproces stopte onverwacht (code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}
