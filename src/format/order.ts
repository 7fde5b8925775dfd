import { compareDiagnostics, type Diagnostic, type LintResult } from '../lint/diagnostic.js';

export interface OrderedFile {
  path: string;
  messages: Diagnostic[];
}

/** Plain code-unit comparison, so the order never depends on the machine's locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Files sorted by path and messages by position, as every reporter must print them.
 * The lint result is meant to arrive sorted already; sorting copies here keeps each
 * reporter deterministic even when it does not, and never mutates the caller's data.
 */
export function orderedFiles(result: LintResult): OrderedFile[] {
  return result.files
    .map((file) => ({ path: file.path, messages: [...file.messages].sort(compareDiagnostics) }))
    .sort((a, b) => comparePaths(a.path, b.path));
}
