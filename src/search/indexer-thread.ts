/**
 * The search indexer of a build, in a worker thread when the compiled worker is there (it is
 * not when the tests run the TypeScript sources: then in this thread, with the same result).
 * Either way Pagefind itself is a child process; the thread only keeps Pagefind's message
 * encoding off the thread that renders the pages.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexerReply, IndexerRequest } from './indexer-protocol.js';
import { IndexedPages, SearchIndexError, SearchIndexer, type PageIndexer } from './pagefind-index.js';

const WORKER_FILE = fileURLToPath(new URL('./index-worker.js', import.meta.url));

/**
 * Starts an indexer; rejects with SearchIndexError when Pagefind cannot run here.
 * @param workerFile The compiled worker (tests pass their own).
 */
export async function startPageIndexer(workerFile: string = WORKER_FILE): Promise<PageIndexer> {
  if (!existsSync(workerFile)) return SearchIndexer.start();
  const worker = new Worker(workerFile);
  const indexer = new ThreadIndexer(worker);
  await indexer.started;
  return indexer;
}

class ThreadIndexer implements PageIndexer {
  readonly started: Promise<void>;
  private readonly replies: ((reply: IndexerReply) => void)[] = [];
  private failure: Error | undefined;
  /** Pages Pagefind would skip are not even copied to the worker. */
  private readonly wanted = new IndexedPages();

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: IndexerReply) => this.replies.shift()?.(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('zoekindexproces stopte onverwacht')));
    this.started = this.next().then(async (reply) => {
      if ('started' in reply) return;
      await this.stop();
      throw toError(reply);
    });
  }

  add(path: string, html: string): Promise<void> {
    if (!this.wanted.test(html)) return Promise.resolve();
    const reply = this.next();
    this.send({ kind: 'add', path, html });
    return reply.then((answer) => {
      if ('error' in answer) throw toError(answer);
    });
  }

  async finish(): Promise<Map<string, Uint8Array>> {
    try {
      const reply = this.next();
      this.send({ kind: 'finish' });
      const answer = await reply;
      if ('files' in answer) return new Map(answer.files);
      throw toError(answer);
    } finally {
      await this.stop();
    }
  }

  async close(): Promise<void> {
    const reply = this.next();
    this.send({ kind: 'close' });
    await reply.catch(() => undefined);
    await this.stop();
  }

  /** The next reply of the worker (or its failure). */
  private next(): Promise<IndexerReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve) => this.replies.push(resolve));
  }

  private send(request: IndexerRequest): void {
    if (!this.failure) this.worker.postMessage(request);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    // Whoever waits gets an answer: the error, as a reply.
    for (const waiting of this.replies.splice(0)) waiting({ error: error.message, searchIndexError: false });
  }

  private async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

function toError(reply: IndexerReply): Error {
  if (!('error' in reply)) return new Error('zoekindexproces gaf een onverwacht antwoord');
  return reply.searchIndexError ? new SearchIndexError(reply.error) : new Error(reply.error);
}
