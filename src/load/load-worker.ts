/**
 * A worker thread of the parallel loader: reads, parses and schema-checks the files it is
 * given, exactly as the main thread would, and sends them back as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { prepareFile } from './prepare.js';
import { toTransfer } from './transfer.js';
import type { TreeEntry } from './walk.js';

parentPort?.on('message', (message: { batch: number; entries: TreeEntry[] }) => {
  try {
    const files = message.entries.map((entry) => toTransfer(prepareFile(entry)));
    parentPort?.postMessage({ batch: message.batch, files });
  } catch (error) {
    parentPort?.postMessage({ batch: message.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
