/**
 * Keeps the build cache from growing without bound. Every change to staat and every edit of the
 * content makes new keys, so old entries are never read again; after a successful build, entries
 * that no run has used for UNUSED_DAYS are removed (Gradle's local build cache does the same,
 * with the same seven days). An entry's mtime is its last use (store.ts), so what a concept
 * build, other templates or `staat dev` used this week stays, and a cache of an older staat is
 * gone a week after the upgrade. What this build used stays whatever its mtime.
 *
 * Looking at every entry costs 0.01-0.03 ms each (70-110 ms for the 5 000-7 000 entries of 600
 * organisations, on a busy machine), so it runs at most once a day, which the mtime of a stamp
 * file records. It is best effort, like writing: any failure ends it quietly. A concurrent build
 * that loses an entry between finding and reading it has a miss. Only files named like entries
 * (or their temporary files), one level down in the cache folder, are removed.
 */
import { lstatSync, readdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheStore } from './store.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Removed after this many days without a hit or a write. */
export const UNUSED_DAYS = 7;
/** Its mtime is when the last sweep started. */
export const SWEEP_STAMP = 'laatst-opgeruimd';
/** `<sha256 hex>`, or a temporary file of a write (`<hex>.<pid>-<thread>-<n>.tmp`) that a killed build left behind. */
const ENTRY = /^[0-9a-f]{64}(\.\d+-\d+-\d+\.tmp)?$/;

export interface SweepResult {
  removed: number;
  removedBytes: number;
  kept: number;
  /** Stopped at the time budget: the next build goes on. */
  unfinished: boolean;
}

/**
 * Removing a file can take half a millisecond (a 300 MB one, on a disk that discards freed
 * blocks, 300 ms), and the first sweep after an upgrade at 600 organisations has thousands:
 * after this much time spent removing, the rest waits for the next build. The largest go
 * first, since disk space is the point.
 */
export const SWEEP_BUDGET_MS = 200;

/** Sweeps `store` if the last sweep is a day ago or more (or did not finish); undefined when it did not run. */
export function sweepCache(store: CacheStore, now = Date.now(), budgetMs = SWEEP_BUDGET_MS): SweepResult | undefined {
  const stamp = join(store.dir, SWEEP_STAMP);
  try {
    if (!claim(stamp, now)) return undefined;
    const result = sweep(store, now - UNUSED_DAYS * DAY_MS, budgetMs);
    if (result.unfinished) setStamp(stamp, now - DAY_MS);
    return result;
  } catch {
    return undefined;
  }
}

/** True when a sweep is due, and then marks it done: a second build right after skips it. */
function claim(stamp: string, now: number): boolean {
  const last = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs;
  // A stamp from the future (a clock set back, a copied folder) must not stop the sweeps until then.
  if (last !== undefined && now - last < DAY_MS && last - now < DAY_MS) return false;
  // Fails when there is no cache folder: nothing to sweep then.
  writeFileSync(stamp, 'staat: when the build cache was last swept (its mtime)\n');
  setStamp(stamp, now);
  return true;
}

function setStamp(stamp: string, time: number): void {
  utimesSync(stamp, time / 1000, time / 1000);
}

function sweep(store: CacheStore, cutoff: number, budgetMs: number): SweepResult {
  const result: SweepResult = { removed: 0, removedBytes: 0, kept: 0, unfinished: false };
  const stale: { file: string; size: number }[] = [];
  for (const kind of readdirSync(store.dir, { withFileTypes: true })) {
    // Not a symbolic link: nothing outside the cache folder is ever looked at.
    if (!kind.isDirectory()) continue;
    const folder = join(store.dir, kind.name);
    let names;
    try {
      names = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.isFile() || !ENTRY.test(name.name)) continue;
      if (store.used.has(`${kind.name}/${name.name}`)) {
        result.kept++;
        continue;
      }
      const file = join(folder, name.name);
      let stat;
      try {
        stat = lstatSync(file);
      } catch {
        continue;
      }
      if (stat.mtimeMs >= cutoff) result.kept++;
      else stale.push({ file, size: stat.size });
    }
  }
  stale.sort((a, b) => b.size - a.size);
  // From here: looking is needed to choose, and a slow look must not leave no time to remove.
  const deadline = performance.now() + budgetMs;
  for (const [i, { file, size }] of stale.entries()) {
    if (i > 0 && performance.now() >= deadline) {
      result.unfinished = true;
      break;
    }
    try {
      unlinkSync(file);
      result.removed++;
      result.removedBytes += size;
    } catch {
      // Gone already (another build swept or replaced it), or not ours to remove.
    }
  }
  return result;
}
