/** Finds the content root: `--content DIR`, else the first folder upwards holding staat.yaml. */
import { existsSync, statSync } from 'node:fs';

/** A content root holds staat.yaml as a regular file (not a folder or a pipe). */
function hasEdition(dir: string): boolean {
  try {
    return statSync(resolve(dir, EDITION_FILE)).isFile();
  } catch {
    return false;
  }
}
import { dirname, resolve } from 'node:path';

export const EDITION_FILE = 'staat.yaml';

/**
 * Besides walking up, a project checkout that keeps its tree in `content/` (like this repository)
 * is found from its top folder, so `npx staat build` works there as the README promises.
 */
export function findContentRoot(cwd: string, explicit: string | undefined, firstPath: string | undefined): string | undefined {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    return hasEdition(dir) ? dir : undefined;
  }
  let dir = resolve(cwd, firstPath ?? '.');
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    if (hasEdition(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const nested = resolve(cwd, 'content');
  return firstPath === undefined && hasEdition(nested) ? nested : undefined;
}
