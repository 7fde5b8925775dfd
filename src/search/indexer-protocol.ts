// Messages between a build and its search indexer thread (indexer-thread.ts, index-worker.ts).

export type IndexerRequest = { kind: 'add'; path: string; html: string } | { kind: 'finish' } | { kind: 'close' };

export type IndexerReply =
  | { started: true }
  /** One per `add`, in order, when Pagefind has the page. */
  | { added: true }
  | { files: [string, Uint8Array][] }
  | { closed: true }
  /** `searchIndexError`: Pagefind could not index (the report is complete without search); else a bug. */
  | { error: string; searchIndexError: boolean };
