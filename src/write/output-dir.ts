/**
 * Writes the report so that readers never see half of it: everything goes to a fresh sibling
 * folder first, which then replaces the previous output in two renames. A folder staat did not
 * write (no manifest) is never replaced, so a mistyped `--out ~` cannot wipe anything.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../usage-error.js';

export const MANIFEST = '.staat-manifest.json';

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

function real(path: string): string {
  // The output folder may not exist yet: resolve its nearest existing ancestor.
  let p = resolve(path);
  const rest: string[] = [];
  while (!existsSync(p)) {
    rest.unshift(basename(p));
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  return join(realpathSync(p), ...rest);
}

/** Refuses (UsageError, exit 2) an output folder that would endanger content or the project. */
export function assertSafeOutDir(out: string, contentRoot: string, projectDir: string): void {
  const o = real(out);
  const c = real(contentRoot);
  const p = real(projectDir);
  if (isInside(c, o)) throw new UsageError(`De uitvoermap ${out} is of bevat de inhoudsmap ${contentRoot}. Kies een andere map, bijvoorbeeld dist/.`);
  if (isInside(p, o)) throw new UsageError(`De uitvoermap ${out} is of bevat de huidige projectmap. Kies een map daarbinnen, bijvoorbeeld dist/.`);
  // Inside standen/ or registers/ the report's own files would be linted as content next time.
  if (isInside(o, join(c, 'standen')) || isInside(o, join(c, 'registers'))) {
    throw new UsageError(`De uitvoermap ${out} ligt in standen/ of registers/ van de inhoudsmap. Kies een map daarbuiten, bijvoorbeeld dist/.`);
  }
  if (existsSync(o)) {
    if (!statSync(o).isDirectory()) throw new UsageError(`${out} bestaat al en is geen map.`);
    const entries = readdirSync(o);
    if (entries.length > 0 && !entries.includes(MANIFEST)) {
      throw new UsageError(`De map ${out} is niet leeg en is niet door staat gemaakt (er staat geen ${MANIFEST} in). staat overschrijft zo'n map niet; kies een lege of nieuwe map.`);
    }
  }
}

/** Writes `files` as the complete new content of `out`, atomically replacing what was there. */
export function writeOutput(out: string, files: ReadonlyMap<string, string | Uint8Array>, manifest: object): void {
  try {
    swapIn(resolve(out), files, manifest);
  } catch (error) {
    // The disk is full, the folder is read-only, a file stands where a folder must: not a bug.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UsageError(`Kan het rapport niet schrijven naar ${out} (${code}: ${(error as Error).message.split(',')[0]}). De vorige uitvoer is ongewijzigd.`);
  }
}

function swapIn(target: string, files: ReadonlyMap<string, string | Uint8Array>, manifest: object): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  removeStale(parent, basename(target));
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const temp = join(parent, `.staat-tmp-${basename(target)}-${stamp}`);
  const old = join(parent, `.staat-old-${basename(target)}-${stamp}`);
  try {
    mkdirSync(temp);
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (path.split('/').some((s) => s === '..' || s === '') || path.startsWith('/')) throw new Error(`ongeldig uitvoerpad: ${path}`);
      const abs = join(temp, ...path.split('/'));
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    writeFileSync(join(temp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const hadOld = existsSync(target);
    if (hadOld) renameSync(target, old);
    try {
      renameSync(temp, target);
    } catch (error) {
      if (hadOld) renameSync(old, target);
      throw error;
    }
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Temporary folders of an earlier build that was killed (its process is gone). */
function removeStale(parent: string, name: string): void {
  for (const entry of readdirSync(parent)) {
    const m = /^\.staat-(?:tmp|old)-(.+)-(\d+)-[0-9a-z]+$/.exec(entry);
    if (!m || m[1] !== name || isAlive(Number(m[2]))) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
