import { createHash } from 'node:crypto';
import type { Diagnostic, LintResult, Severity } from '../lint/diagnostic.js';
import type { FormatContext } from './index.js';
import { orderedFiles } from './order.js';
import { withPrefix } from './paths.js';

/**
 * GitLab Code Quality: a JSON array of issues, one per problem, that GitLab shows in merge
 * requests (`artifacts: reports: codequality`). Paths are relative to the working directory,
 * which in CI is the repository root, so GitLab can link each issue to its file.
 *
 * The fingerprint identifies a problem across runs (GitLab compares the reports of two
 * pipelines by it): rule, path and JSON pointer, and the position only when there is no pointer.
 * Moving a knelpunt a few lines down therefore keeps its fingerprint; renaming the file does not.
 */

type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Record<Severity, GitlabSeverity> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

function fingerprint(parts: readonly string[]): string {
  // NUL cannot occur in a path, rule id or pointer, so the joined key is unambiguous.
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function issue(path: string, m: Diagnostic, occurrence: number): CodeQualityIssue {
  const where = m.pointer ?? `${m.line}:${m.column}`;
  const parts = [m.ruleId, path, where];
  // Two problems of one rule at one pointer (rare) still get distinct fingerprints, in a
  // stable order because messages are sorted by position.
  if (occurrence > 0) parts.push(String(occurrence));
  return {
    description: m.message,
    check_name: m.ruleId,
    fingerprint: fingerprint(parts),
    severity: SEVERITY[m.severity],
    location: { path, lines: { begin: m.line, end: m.endLine } },
  };
}

export function formatGitlab(result: LintResult, ctx: FormatContext): string {
  const issues: CodeQualityIssue[] = [];
  for (const file of orderedFiles(result)) {
    const path = withPrefix(ctx.pathPrefix, file.path);
    const seen = new Map<string, number>();
    for (const m of file.messages) {
      const key = `${m.ruleId}\u0000${m.pointer ?? `${m.line}:${m.column}`}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      issues.push(issue(path, m, n));
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}
