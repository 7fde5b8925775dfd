/** Resolves `--content` and path arguments to a content root and a set of Stand paths. */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { findContentRoot } from '../load/content-root.js';
import { walkContentTree, type TreeEntry } from '../load/walk.js';
import { UsageError } from './io.js';

export function resolveContentRoot(cwd: string, content: string | undefined, firstPath?: string): string {
  const root = findContentRoot(cwd, content, firstPath);
  if (root !== undefined) return root;
  if (content !== undefined) throw new UsageError(`In '${content}' staat geen staat.yaml, dus dit is geen inhoudsmap. Geef met --content de map die staat.yaml bevat.`);
  throw new UsageError('Geen inhoudsmap gevonden: in deze map en de mappen erboven staat geen staat.yaml. Ga naar de inhoudsmap of geef die aan met --content MAP.');
}

/** Stand paths (relative to root) selected by the arguments; undefined when no arguments. */
export function selectStanden(cwd: string, root: string, paths: string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
  // Walked only for a folder argument: files name themselves, and the loader walks the tree anyway.
  let standen: TreeEntry[] | undefined;
  const selected = new Set<string>();
  for (const p of paths) {
    // Relative to the working folder, as usual; else relative to the content root, which is
    // what `staat lint --content content standen/2024/uwv.md` means.
    let abs = resolve(cwd, p);
    if (!existsSync(abs) && existsSync(resolve(root, p))) abs = resolve(root, p);
    if (!existsSync(abs)) throw new UsageError(`'${p}' bestaat niet.`);
    const rel = relative(root, abs).split(sep).join('/');
    if (rel.startsWith('..') || resolve(root, rel) !== abs) throw new UsageError(`'${p}' ligt buiten de inhoudsmap ${root}.`);
    if (statSync(abs).isDirectory()) {
      const prefix = rel === '' ? '' : `${rel}/`;
      standen ??= walkContentTree(root).filter((e) => e.kind === 'stand' || e.path.startsWith('standen/'));
      for (const e of standen) if (e.path.startsWith(prefix)) selected.add(e.path);
    } else {
      selected.add(rel);
    }
  }
  return selected;
}
