// All Markdown fragments of one build, rendered as a batch: in this thread, or spread over a
// small pool of worker threads while this thread renders the pages that need no Markdown.
//
// Pages call `add()` while their data is built and get a SafeHtml that is filled later; before
// rendering such a page, the site awaits `ready(mark)`, where `mark` is `size` after that
// page's fragments were added. The HTML of a fragment depends only on its text, id prefix and
// heading level (renderMarkdown is a pure function), so the output is byte-identical whether it
// is rendered here or in any worker, with any number of workers.
//
// Workers only pay off for a large amount of Markdown and a second core (see `autoWorkers`):
// each one starts a thread and loads and warms up unified (≈ 0.2 s CPU). While it waits for a
// page's fragments, this thread renders unclaimed batches itself. The worker file is `markdown-worker.js` next to this module:
// present in `lib/` (compiled), absent when this module is loaded as TypeScript source (vitest),
// where the batch then renders in this thread. The tests start real workers from a transpiled
// copy through `workerFile`.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { plainTextHtml, renderMarkdownFull, type MarkdownOptions } from './markdown.js';
import type { MarkdownJob, WorkerReply, WorkerTask } from './markdown-protocol.js';
import { SafeHtml } from './safe-html.js';

/** Rendered fragments from an earlier build (render/markdown-cache.ts): a hit is never rendered again. */
export interface FragmentCache {
  get(job: MarkdownJob): string | undefined;
  set(job: MarkdownJob, html: string): void;
}

export interface MarkdownBatchOptions {
  /** Earlier builds' HTML; fragments found there are filled at once, new ones are stored. */
  cache?: FragmentCache;
  /** Number of worker threads (0: this thread), or a policy from the amount of non-plain
   * Markdown. Default: `autoWorkers`. A policy falls back to this thread when the worker file
   * is absent; an explicit number then is an error. */
  workers?: number | ((chars: number) => number);
  /** The worker entry; default `markdown-worker.js` next to this module. */
  workerFile?: URL;
  /** Whether this thread renders batches too while it waits (default true; off in tests that
   * must see the workers do the work). */
  steal?: boolean;
}

/** Below this many characters of non-plain Markdown, starting workers costs more than it saves. */
export const MIN_CHARS_FOR_WORKERS = 100_000;
/** A batch is a run of fragments of about this many characters: few messages, still balanced. */
const BATCH_CHARS = 16_000;
const MAX_POOL = 2;

const DEFAULT_WORKER_FILE = new URL('./markdown-worker.js', import.meta.url);

interface Entry {
  job: MarkdownJob;
  out: SafeHtml;
}

/** The pool size for `chars` characters of non-plain Markdown on a machine with `cores` cores. */
export function autoWorkers(chars: number, cores = availableParallelism()): number {
  // This thread is busy too (templates, and it renders Markdown batches itself while it waits),
  // so it keeps one core and the workers get the rest. Each worker costs ≈ 0.2 s CPU to start
  // (loading and compiling unified), so small reports stay in this thread. We do not look at
  // the load average: right after loading, it mostly measures this build's own loader threads
  // (measured: 600 organisations, 0 workers 23.5 s vs 1 worker 14.0 s for this phase).
  if (chars < MIN_CHARS_FOR_WORKERS || cores < 2) return 0;
  return Math.min(MAX_POOL, cores - 1);
}

export class MarkdownBatch {
  private readonly options: MarkdownBatchOptions;
  /** Non-plain fragments in the order they were added (plain text is filled at once). */
  private readonly entries: Entry[] = [];
  /** For every `add()`: how many entries existed after it, so a mark maps to an entry count. */
  private readonly entriesAt: number[] = [];
  private chars = 0;
  private started = false;
  /** Entries [0, filled) are all filled. */
  private filled = 0;
  private readonly done: boolean[] = [];
  private batches: MarkdownJob[][] = [];
  private batchStart: number[] = [];
  /** Shared with the workers: index 0 is the next unclaimed batch. */
  private next = new Int32Array(new SharedArrayBuffer(4));
  private workers: Worker[] = [];
  private inThread = true;
  private poolSize = 0;
  private failure: Error | undefined;
  private waiters: { entries: number; resolve: () => void; reject: (e: Error) => void }[] = [];

  constructor(options: MarkdownBatchOptions = {}) {
    this.options = options;
  }

  /** How many worker threads render this batch (0: this thread); known after `start()`. */
  get workerCount(): number {
    return this.inThread ? 0 : this.batchStart.length === 0 ? 0 : this.poolSize;
  }

  /** The number of fragments added so far: a mark for `ready()`. */
  get size(): number {
    return this.entriesAt.length;
  }

  /** Queues one fragment; the SafeHtml is filled once it is rendered (see `ready`). */
  add(markdown: string, options: MarkdownOptions): SafeHtml {
    if (this.started) throw new Error('MarkdownBatch: add() na start()');
    const plain = plainTextHtml(markdown);
    if (plain !== null) {
      this.entriesAt.push(this.entries.length);
      return new SafeHtml(plain);
    }
    const job: MarkdownJob = { markdown, idPrefix: options.idPrefix, headingLevel: options.headingLevel ?? 3 };
    const cached = this.options.cache?.get(job);
    if (cached !== undefined) {
      this.entriesAt.push(this.entries.length);
      return new SafeHtml(cached);
    }
    const out = new SafeHtml();
    this.entries.push({ job, out });
    this.done.push(false);
    this.chars += markdown.length;
    this.entriesAt.push(this.entries.length);
    return out;
  }

  /** Starts rendering everything added so far; in workers when that pays off. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const file = this.options.workerFile ?? DEFAULT_WORKER_FILE;
    const policy = this.options.workers ?? autoWorkers;
    let count = typeof policy === 'number' ? policy : policy(this.chars);
    if (count > 0 && !existsSync(fileURLToPath(file))) {
      if (typeof policy === 'number') throw new Error(`MarkdownBatch: worker file ${file.href} ontbreekt`);
      count = 0; // TypeScript sources (vitest): no compiled worker next to this module.
    }
    count = Math.min(count, this.entries.length);
    if (count > 0) this.startWorkers(count, file);
  }

  /** Resolves when every fragment added before `mark` (a former `size`) is filled. */
  async ready(mark: number): Promise<void> {
    this.start();
    const needed = mark === 0 ? 0 : (this.entriesAt[mark - 1] ?? this.entries.length);
    if (this.inThread) {
      // In this thread: render lazily, in order, exactly what is needed now.
      for (; this.filled < needed; this.filled++) {
        const entry = this.entries[this.filled];
        if (entry) this.fillEntry(entry, renderMarkdownFull(entry.job.markdown, entry.job).html);
      }
      return;
    }
    while (this.filled < needed) {
      if (this.failure) throw this.failure;
      const batch = this.options.steal === false ? this.batches.length : Atomics.add(this.next, 0, 1);
      if (batch < this.batches.length) {
        // Rather than wait idle, render the next unclaimed batch here (claimed from the same
        // counter, so no batch is rendered twice).
        this.receive(batch, (this.batches[batch] ?? []).map((job) => renderMarkdownFull(job.markdown, job).html));
        // Worker replies are only handled between tasks: let them in before going on.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve, reject) => this.waiters.push({ entries: needed, resolve, reject }));
    }
  }

  /**
   * Whether `ready(mark)` would wait for workers now. In this thread nothing waits: `ready`
   * renders what is needed then and there.
   */
  pending(mark: number): boolean {
    if (!this.started || this.inThread) return false;
    const needed = mark === 0 ? 0 : (this.entriesAt[mark - 1] ?? this.entries.length);
    return this.filled < needed;
  }

  /** Stops the workers (also after a failure); always call it, e.g. in `finally`. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private startWorkers(count: number, file: URL): void {
    this.inThread = false;
    this.poolSize = count;
    // Batches of consecutive fragments, in page order, so the first pages are ready first.
    let current: MarkdownJob[] = [];
    let size = 0;
    this.entries.forEach((entry, i) => {
      if (current.length === 0) this.batchStart.push(i);
      current.push(entry.job);
      size += entry.job.markdown.length;
      if (size >= BATCH_CHARS) {
        this.batches.push(current);
        current = [];
        size = 0;
      }
    });
    if (current.length > 0) this.batches.push(current);

    const task: WorkerTask = { batches: this.batches, counter: this.next.buffer as SharedArrayBuffer };
    let finished = 0;
    for (let i = 0; i < count; i++) {
      const worker = new Worker(file);
      let workerDone = false;
      worker.on('message', (reply: WorkerReply) => {
        if ('batch' in reply) this.receive(reply.batch, reply.html);
        else if ('error' in reply) this.fail(new Error(`Markdown-worker: ${reply.error}`));
        else {
          workerDone = true; // no batches left to claim; it exits by itself
          if (++finished === count) void this.close();
        }
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        // Exiting is normal after `done` and after close(); any other exit loses batches.
        if (!workerDone && this.filled < this.entries.length) this.fail(new Error(`Markdown-worker stopte (code ${code}) voordat alles klaar was`));
      });
      worker.postMessage(task);
      this.workers.push(worker);
    }
  }

  private receive(batch: number, html: string[]): void {
    const start = this.batchStart[batch] ?? 0;
    html.forEach((h, j) => {
      const entry = this.entries[start + j];
      if (!entry) return;
      this.fillEntry(entry, h);
      this.done[start + j] = true;
    });
    while (this.filled < this.entries.length && this.done[this.filled]) this.filled++;
    this.waiters = this.waiters.filter((w) => {
      if (this.filled < w.entries) return true;
      w.resolve();
      return false;
    });
  }

  private fillEntry(entry: Entry, html: string): void {
    entry.out.fill(html);
    this.options.cache?.set(entry.job, html);
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const w of this.waiters) w.reject(error);
    this.waiters = [];
    void this.close();
  }
}
