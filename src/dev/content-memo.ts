/**
 * The content tree as `staat dev` last read it, kept in memory between saves. A save changes
 * one file or a few, so a refresh lists the tree again (cheap: names and stats) and reads only
 * files that are new or whose size or times changed since they were read; every other file is
 * the SourceFile already parsed. Going by the file system and not by the watcher's event paths
 * means a missed or merged event cannot leave a stale file in the preview.
 */
import { statSync } from 'node:fs';
import type { BuildCache } from '../cache/index.js';
import { prepareCached } from '../load/cached.js';
import type { ContentTree } from '../load/load-tree.js';
import { loadTreeParallel } from '../load/parallel.js';
import type { SourceFile } from '../load/source-file.js';
import { walkContentTree, type TreeEntry } from '../load/walk.js';

interface Known {
  file: SourceFile;
  /** What the file looked like on disk just before it was read; undefined: read it again next time. */
  stamp: string | undefined;
}

export interface Refreshed {
  tree: ContentTree;
  /** Paths read again (new or changed) or gone since the last refresh; all paths the first time. */
  changed: string[];
}

export class ContentMemo {
  private known = new Map<string, Known>();
  private first = true;

  constructor(
    private readonly root: string,
    private readonly cache: BuildCache | undefined,
  ) {}

  /**
   * The tree as it is now. The checks write into a file's diagnostics, so callers get fresh
   * copies of the kept files (see `pristine`). `hinted` paths (from the watcher) are read again
   * whatever their stat says: two saves within the file system's time resolution look alike.
   */
  async refresh(hinted: ReadonlySet<string> = new Set()): Promise<Refreshed> {
    const entries = walkContentTree(this.root);
    // Stat before reading: a save after the stat is newer than the stamp and read next time.
    const stamps = new Map(entries.map((e) => [e.path, stampOf(e)]));
    const changed: string[] = [];
    const next = new Map<string, Known>();
    if (this.first) {
      // The first read of a large tree goes through worker threads (and the build cache).
      this.first = false;
      const tree = await loadTreeParallel(this.root, this.cache ? { cache: this.cache } : {});
      for (const file of tree.files) {
        next.set(file.path, { file, stamp: stamps.get(file.path) });
        changed.push(file.path);
      }
    } else {
      for (const entry of entries) {
        const stamp = stamps.get(entry.path);
        const old = this.known.get(entry.path);
        if (old && stamp !== undefined && old.stamp === stamp && !hinted.has(entry.path)) {
          next.set(entry.path, old);
          continue;
        }
        next.set(entry.path, { file: prepareCached(entry, this.cache), stamp });
        changed.push(entry.path);
      }
      for (const path of this.known.keys()) if (!next.has(path)) changed.push(path);
    }
    this.known = next;
    const files = [...next.values()].map((k) => pristine(k.file)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { tree: { root: this.root, files }, changed };
  }
}

/**
 * A copy the checks may write problems into, leaving the kept file as it was loaded. Copied by
 * property descriptors, not spread: a file from the build cache rebuilds its YAML AST in a
 * getter, only when a problem must be located, and spreading would call it for every file.
 */
function pristine(file: SourceFile): SourceFile {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(file)) as SourceFile;
  copy.diagnostics = [...file.diagnostics];
  return copy;
}

/** Size, modification and change time and inode: a save (in place or by rename) changes one of them. */
function stampOf(entry: TreeEntry): string | undefined {
  if (entry.refused) return undefined;
  try {
    const s = statSync(entry.absPath, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return undefined;
  }
}
