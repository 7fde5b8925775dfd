// Rendered Markdown in the build cache. A fragment's HTML depends only on its text, id prefix
// and heading level and on staat's code (renderMarkdown is pure), so those are its key, and a
// hit is the HTML the pipeline would produce. All fragments of a report are kept as one pack:
// one read and one write per build instead of thousands of small files. The pack holds what the
// last build used, so it never grows beyond one report's Markdown.
import type { BuildCache } from '../cache/index.js';
import { sha256 } from '../cache/store.js';
import type { FragmentCache } from './markdown-batch.js';
import type { MarkdownJob } from './markdown-protocol.js';

const KIND = 'markdown';

export class MarkdownCache implements FragmentCache {
  private readonly cache: BuildCache;
  /** What the cache held when this build started (read on first use). */
  private pack: Map<string, string> | undefined;
  /** What this build used: the next pack. */
  private used = new Map<string, string>();
  private changed = false;

  constructor(cache: BuildCache) {
    this.cache = cache;
  }

  get(job: MarkdownJob): string | undefined {
    this.pack ??= this.read();
    const key = this.key(job);
    const html = this.pack.get(key) ?? this.used.get(key);
    if (html !== undefined) this.used.set(key, html);
    return html;
  }

  set(job: MarkdownJob, html: string): void {
    this.used.set(this.key(job), html);
    this.changed = true;
  }

  /** Writes the pack when this build rendered something new or left something unused. */
  save(): void {
    const pack = this.pack ?? new Map<string, string>();
    if (this.changed || pack.size !== this.used.size) this.cache.store.set(KIND, this.cache.fingerprint, this.used);
    // A long-running `staat dev` keeps the pack in memory between builds.
    this.pack = this.used;
    this.used = new Map();
    this.changed = false;
  }

  private read(): Map<string, string> {
    const value = this.cache.store.get(KIND, this.cache.fingerprint);
    return value instanceof Map ? (value as Map<string, string>) : new Map();
  }

  private key(job: MarkdownJob): string {
    return sha256(job.idPrefix, String(job.headingLevel), job.markdown).toString('base64');
  }
}
