// HTML fragments from earlier builds, kept in the build cache as one pack per kind: one read
// and one write per build instead of thousands of small files. A fragment's key must name
// everything its HTML depends on; the pack's own key adds staat's code (the fingerprint) and
// whatever else the caller passes as `scope` (the templates, for template fragments). The pack
// holds what the last build used, so it never grows beyond one report.
import type { BuildCache } from '../cache/index.js';

export class FragmentPack {
  private readonly cache: BuildCache;
  private readonly kind: string;
  private readonly scope: string;
  /** What the cache held when this build started (read on first use). */
  private pack: Map<string, string> | undefined;
  /** What this build used: the next pack. */
  private used = new Map<string, string>();
  private changed = false;

  constructor(cache: BuildCache, kind: string, scope = '') {
    this.cache = cache;
    this.kind = kind;
    this.scope = scope;
  }

  get(key: string): string | undefined {
    this.pack ??= this.read();
    const html = this.pack.get(key) ?? this.used.get(key);
    if (html !== undefined) this.used.set(key, html);
    return html;
  }

  set(key: string, html: string): void {
    this.used.set(key, html);
    this.changed = true;
  }

  /** Writes the pack when this build made something new or left something unused. */
  save(): void {
    const pack = this.pack ?? new Map<string, string>();
    if (this.changed || pack.size !== this.used.size) this.cache.store.set(this.kind, this.packKey(), this.used);
    // A long-running `staat dev` keeps the pack in memory between builds.
    this.pack = this.used;
    this.used = new Map();
    this.changed = false;
  }

  private packKey(): string {
    return `${this.cache.fingerprint}\n${this.scope}`;
  }

  private read(): Map<string, string> {
    const value = this.cache.store.get(this.kind, this.packKey());
    return value instanceof Map ? (value as Map<string, string>) : new Map();
  }
}

/**
 * The packs of a long-running process (`staat dev`), by kind and scope: each save makes a new
 * renderer, and a new pack would read the whole entry from the cache again (100 MB of knelpunt
 * blocks at 600 organisations, a second per save). Reusing one is safe: a fragment's key names
 * everything its HTML depends on.
 */
export class PackShelf {
  private readonly packs = new Map<string, FragmentPack>();

  pack(cache: BuildCache, kind: string, scope = ''): FragmentPack {
    const key = `${cache.store.dir}\n${cache.fingerprint}\n${kind}\n${scope}`;
    let pack = this.packs.get(key);
    if (!pack) {
      pack = new FragmentPack(cache, kind, scope);
      this.packs.set(key, pack);
    }
    return pack;
  }
}
