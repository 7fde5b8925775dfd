// Content trees and build outputs as the cache tests handle them.
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const REPO = new URL('../../', import.meta.url).pathname;

/** Copies the repository folder `from` to `to`, without a build cache it may hold; returns `to`. */
export function copyTree(from: string, to: string): string {
  cpSync(join(REPO, from), to, { recursive: true, filter: (src) => !src.includes('.staat') });
  return to;
}

/** Every output file, path → bytes (the manifest included). */
export function readOut(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(dir, abs), readFileSync(abs, 'latin1'));
    }
  };
  walk(dir);
  return out;
}
