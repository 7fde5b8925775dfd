/** Severity of a problem, as in format.md's rule table. */
export type Severity = 'error' | 'warning' | 'info';

/** How a severity is called in Dutch, everywhere a person reads it. */
export const SEVERITY_NL: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'info' };

/** A 1-based, end-exclusive-column range in one file (like ESLint/SARIF: endColumn points just past the last character). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One problem in one file: the unit every reporter formats. */
export interface Diagnostic extends Range {
  /** File path relative to the content root, with forward slashes. */
  path: string;
  ruleId: string;
  severity: Severity;
  /** Dutch, plain language: what is wrong and how to fix it. */
  message: string;
  /** JSON pointer into the file's data, when the problem belongs to a YAML node. */
  pointer?: string;
  /** Replacement values for the node (unknown references, 23000 for 23.000, …), best first. */
  suggestions?: string[];
  /** Set when a `# staat-disable-next-line` comment suppresses this warning or info. */
  suppression?: { reason: string };
}

/** The result of a lint run, handed to reporters. */
export interface LintResult {
  /** Every linted file, sorted by path, also those without problems. */
  files: { path: string; messages: Diagnostic[]; /** The file's text, for code frames. */ text?: string }[];
}

/** What people see and what counts: every message that no comment suppressed. */
export function unsuppressed(result: LintResult): LintResult {
  return { files: result.files.map((f) => ({ ...f, messages: f.messages.filter((m) => m.suppression === undefined) })) };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

export function countBySeverity(result: LintResult): { files: number; errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of result.files) {
    for (const m of file.messages) {
      if (m.suppression !== undefined) continue;
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { files: result.files.length, errors, warnings, infos };
}
