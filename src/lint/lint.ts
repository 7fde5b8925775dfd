/** The library entry of `staat lint`: load, check, and collect the diagnostics of the reported files. */
import { checkTree, type CheckedTree } from '../check/check-tree.js';
import { loadContentTree } from '../load/load-tree.js';
import { compareDiagnostics, type LintResult } from './diagnostic.js';

export interface LintRun {
  result: LintResult;
  checked: CheckedTree;
}

/** @param selected Stand paths (relative to root) to report on; undefined = all. */
export function lintContent(root: string, selected?: ReadonlySet<string>): LintRun {
  const checked = checkTree(loadContentTree(root), selected);
  const result: LintResult = {
    files: checked.reported.map((file) => ({ path: file.path, messages: [...file.diagnostics].sort(compareDiagnostics) })),
  };
  return { result, checked };
}
