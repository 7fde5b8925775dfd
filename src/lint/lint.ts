/** The library entry of `staat lint`: load, check, and collect the diagnostics of the reported files. */
import { basename } from 'node:path';
import type { BuildCache } from '../cache/index.js';
import { checkTree, type CheckedTree } from '../check/check-tree.js';
import { obj, str } from '../check/values.js';
import { loadLight } from '../load/light.js';
import { prepareCached } from '../load/cached.js';
import { loadContentTree, loadEntry as loadPlain, type ContentTree } from '../load/load-tree.js';
import { loadTreeParallel } from '../load/parallel.js';
import type { SourceFile } from '../load/source-file.js';
import { walkContentTree, type TreeEntry } from '../load/walk.js';
import { compareDiagnostics, type LintResult } from './diagnostic.js';
import { applySuppressions } from './suppress.js';

export interface LintRun {
  result: LintResult;
  checked: CheckedTree;
}

/** @param selected Stand paths (relative to root) to report on; undefined = all. */
export function lintContent(root: string, selected?: ReadonlySet<string>, cache?: BuildCache): LintRun {
  return lintTree(selected === undefined ? loadContentTree(root) : loadForSelection(root, selected, cache), selected);
}

/** The same, loading a whole tree with worker threads when it is large (see load/parallel.ts), through the build cache if given. */
export async function lintContentParallel(root: string, selected?: ReadonlySet<string>, cache?: BuildCache): Promise<LintRun> {
  return selected === undefined ? lintTree(await loadTreeParallel(root, cache ? { cache } : {})) : lintContent(root, selected, cache);
}

/** Checks a loaded tree and collects each reported file's problems in order. */
export function lintTree(tree: ContentTree, selected?: ReadonlySet<string>): LintRun {
  const checked = checkTree(tree, selected);
  for (const file of checked.reported) applySuppressions(file);
  const result: LintResult = {
    files: checked.reported.map((file) => ({ path: file.path, messages: [...file.diagnostics].sort(compareDiagnostics), text: file.text })),
  };
  return { result, checked };
}

export const standStem = (path: string): string => basename(path).replace(/\.(md|yaml)$/, '');

/**
 * The organisations whose Standen the continuity rules read fully when `files` are checked: each
 * Stand's file name and the organisatie it claims.
 */
export function organisationsOf(files: Iterable<SourceFile>): Set<string> {
  const organisations = new Set<string>();
  for (const file of files) {
    if (file.kind !== 'stand') continue;
    organisations.add(standStem(file.path));
    const claimed = str(obj(file.data)['organisatie']);
    if (claimed !== undefined) organisations.add(claimed);
  }
  return organisations;
}

/**
 * Registers and the selected Standen are parsed fully, and so is every Stand of the same
 * organisations (continuity rules). Other Standen are context only and scanned lightly.
 */
function loadForSelection(root: string, selected: ReadonlySet<string>, cache?: BuildCache): ContentTree {
  const entries = walkContentTree(root);
  // Through the cache a file is also schema-checked; checkTree then only reads that result.
  const loadEntry = cache ? (e: TreeEntry) => prepareCached(e, cache) : (e: TreeEntry) => loadPlain(e);
  const full = new Map(entries.filter((e) => e.kind !== 'stand' || selected.has(e.path)).map((e) => [e.path, loadEntry(e)]));
  const organisations = organisationsOf(full.values());
  const files = entries.map((e) => full.get(e.path) ?? (organisations.has(standStem(e.path)) ? loadEntry(e) : loadLight(e)));
  return { root, files };
}
