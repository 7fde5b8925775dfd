/**
 * What staat itself is, as far as a cached result can depend on it: its version, every file of
 * its own code, its schemas, the versions of the libraries it runs on and Node's version. It is
 * part of every cache key, so a cache written by other code (a new release, or a developer's
 * edit that kept the version number) is never used. Hashing the code costs a few milliseconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './store.js';

/** `src/` (TypeScript under vitest) or `lib/` (compiled): the folder above this one. */
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

let memo: string | undefined;

export function codeFingerprint(): string {
  if (memo !== undefined) return memo;
  const parts: (string | Uint8Array)[] = [process.version];
  const pkgText = readFileSync(join(PACKAGE_DIR, 'package.json'));
  parts.push(pkgText);
  for (const file of filesUnder(CODE_DIR, /\.(js|ts|mjs)$/)) parts.push(file.slice(CODE_DIR.length), readFileSync(file));
  for (const file of filesUnder(join(PACKAGE_DIR, 'schemas'), /\.json$/)) parts.push(file.slice(PACKAGE_DIR.length), readFileSync(file));
  const pkg = JSON.parse(pkgText.toString('utf8')) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(pkg.dependencies ?? {}).sort()) parts.push(name, installedVersion(name));
  // The lock file (in a checkout) also pins the libraries' own dependencies.
  const lock = join(PACKAGE_DIR, 'package-lock.json');
  if (existsSync(lock)) parts.push(readFileSync(lock));
  memo = sha256(...parts).toString('hex');
  return memo;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const visit = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (pattern.test(name) && !name.endsWith('.d.ts')) out.push(path);
      else if (!name.includes('.')) visit(path);
    }
  };
  visit(dir);
  return out;
}

/** The version of a dependency as installed (looked up like Node does, upwards from staat). */
function installedVersion(name: string): string {
  let dir = PACKAGE_DIR;
  for (;;) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) {
      try {
        return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
      } catch {
        return 'unreadable';
      }
    }
    const parent = join(dir, '..');
    if (parent === dir) return 'missing';
    dir = parent;
  }
}
