/** Prints lint problems in the chosen format: stylish to stderr, machine formats to stdout. */
import { relative } from 'node:path';
import { formatResult, type FormatName } from '../format/index.js';
import type { LintResult } from '../lint/diagnostic.js';
import { ruleSummary } from '../lint/rule-docs.js';
import { RULES } from '../lint/rules.js';
import { useColor, type CliIO } from './io.js';
import { VERSION } from './version.js';

/** Returns whether anything was printed. */
export function printProblems(result: LintResult, format: FormatName, io: CliIO, root: string): boolean {
  const rel = relative(io.cwd, root).split('\\').join('/');
  const ctx = {
    color: format === 'stylish' && useColor(io, io.stderrIsTTY),
    version: VERSION,
    pathPrefix: rel === '' ? '' : `${rel}/`,
    // SARIF needs a summary for every rule; an id without a page (not shipped) stands in for it.
    // Made only when a format asks: it reads every rule's page.
    get rules() {
      return RULES.map((r) => ({ id: r.id, severity: r.severity, summary: ruleSummary(r.id) ?? r.id }));
    },
  };
  const text = formatResult(format, result, ctx);
  if (text === '') return false;
  const stream = format === 'stylish' ? io.stderr : io.stdout;
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
  return true;
}
