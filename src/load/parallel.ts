/**
 * Loads a whole content tree with worker threads: parsing YAML is most of the work of a build,
 * and every file is independent until the cross-file rules. Small trees, and runs where the
 * compiled worker is not available (tests run the TypeScript sources), load in this thread;
 * the result is the same either way.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentTree } from './load-tree.js';
import { prepareFile } from './prepare.js';
import type { SourceFile } from './source-file.js';
import { fromTransfer, type TransferFile } from './transfer.js';
import { walkContentTree, type TreeEntry } from './walk.js';

/** Below this much content, starting workers (~0.3 s each) costs more than it saves. */
const PARALLEL_BYTES = 4 * 1024 * 1024;
const BATCH_FILES = 16;

export interface LoadOptions {
  /** Called as files finish: done, total. */
  onProgress?: (done: number, total: number) => void;
  /** Force a number of workers (0 = this thread); default: by size and cores. */
  workers?: number;
}

const WORKER_FILE = fileURLToPath(new URL('./load-worker.js', import.meta.url));

export async function loadTreeParallel(root: string, options: LoadOptions = {}): Promise<ContentTree> {
  const entries = walkContentTree(root);
  const workers = options.workers ?? defaultWorkers(entries);
  if (workers === 0 || !existsSync(WORKER_FILE)) {
    const files = entries.map((entry, i) => {
      const file = prepareFile(entry);
      options.onProgress?.(i + 1, entries.length);
      return file;
    });
    return { root, files };
  }
  return { root, files: await inWorkers(entries, workers, options.onProgress) };
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

async function inWorkers(entries: TreeEntry[], count: number, onProgress?: (done: number, total: number) => void): Promise<SourceFile[]> {
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
              worker.postMessage({ batch, entries: batches[batch] });
            };
            worker.on('message', (message: { batch: number; files?: TransferFile[]; error?: string }) => {
              if (message.error !== undefined || !message.files) {
                reject(new Error(`laadproces faalde: ${message.error ?? 'geen antwoord'}`));
                return;
              }
              results[message.batch] = message.files.map(fromTransfer);
              done += message.files.length;
              onProgress?.(done, entries.length);
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
