// Worker-thread entry of the Markdown batch (markdown-batch.ts). It gets every batch of the
// build at once and claims them one by one from a shared counter, so it never waits for the
// main thread (which is busy rendering templates meanwhile). The unified processor is built
// once per worker (lazily, in markdown.ts). Only text goes in and only HTML strings come out.
import { parentPort } from 'node:worker_threads';
import { renderMarkdownFull } from './markdown.js';
import type { WorkerReply, WorkerTask } from './markdown-protocol.js';

const port = parentPort;
if (port === null) throw new Error('markdown-worker.js draait alleen als worker thread');

port.once('message', (task: WorkerTask) => {
  const next = new Int32Array(task.counter);
  const reply = (message: WorkerReply) => port.postMessage(message);
  try {
    for (let i = Atomics.add(next, 0, 1); i < task.batches.length; i = Atomics.add(next, 0, 1)) {
      const jobs = task.batches[i] ?? [];
      reply({ batch: i, html: jobs.map((job) => renderMarkdownFull(job.markdown, job).html) });
    }
    reply({ done: true });
  } catch (error) {
    reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
