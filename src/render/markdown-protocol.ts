// Messages between the Markdown batch (markdown-batch.ts) and its worker threads.

export interface MarkdownJob {
  markdown: string;
  idPrefix: string;
  headingLevel: number;
}

/** Sent once to every worker: all batches, and a shared counter from which workers claim the next one. */
export interface WorkerTask {
  batches: MarkdownJob[][];
  /** Int32 at index 0: the next unclaimed batch. Claiming needs no round trip to the main thread. */
  counter: SharedArrayBuffer;
}

export type WorkerReply = { batch: number; html: string[] } | { error: string } | { done: true };
