// Rendered Markdown in the build cache. A fragment's HTML depends only on its text, id prefix
// and heading level and on staat's code (renderMarkdown is pure), so those are its key, and a
// hit is the HTML the pipeline would produce.
import type { BuildCache } from '../cache/index.js';
import { sha256 } from '../cache/store.js';
import { FragmentPack } from './fragment-pack.js';
import type { FragmentCache } from './markdown-batch.js';
import type { MarkdownJob } from './markdown-protocol.js';

export class MarkdownCache implements FragmentCache {
  private readonly pack: FragmentPack;

  constructor(cache: BuildCache) {
    this.pack = new FragmentPack(cache, 'markdown');
  }

  get(job: MarkdownJob): string | undefined {
    return this.pack.get(key(job));
  }

  set(job: MarkdownJob, html: string): void {
    this.pack.set(key(job), html);
  }

  save(): void {
    this.pack.save();
  }
}

function key(job: MarkdownJob): string {
  return sha256(job.idPrefix, String(job.headingLevel), job.markdown).toString('base64');
}
