import type { Diagnostic, LintResult, Severity } from '../lint/diagnostic.js';
import type { FormatContext } from './index.js';
import { orderedFiles } from './order.js';
import { withPrefix } from './paths.js';
import { visibleControls } from './text.js';

/**
 * GitHub Actions workflow commands, one line per problem, which the runner turns into
 * annotations on the changed files:
 *
 *   ::error file=content/standen/2024/uwv.md,line=14,col=12,endLine=14,endColumn=26,title=unknown-thema::Thema …
 */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const KEEP_LINE_BREAKS: ReadonlySet<string> = new Set(['\n', '\r']);

/* The runner decodes exactly these escapes. `%` goes first so the escapes are not escaped again.
   Other control characters (an ESC could recolour or hide log lines) are made visible first;
   line breaks are kept, because an annotation may span several lines. */
export function escapeData(text: string): string {
  return visibleControls(text, KEEP_LINE_BREAKS)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}

/** Property values end at `,` and the properties end at `::`, so those are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(file: string, m: Diagnostic): string {
  const props: string[] = [`file=${escapeProperty(file)}`, `line=${m.line}`];
  // GitHub rejects column positions on an annotation that spans several lines.
  if (m.endLine === m.line) props.push(`col=${m.column}`);
  props.push(`endLine=${m.endLine}`);
  if (m.endLine === m.line) props.push(`endColumn=${m.endColumn}`);
  props.push(`title=${escapeProperty(m.ruleId)}`);
  return `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`;
}

export function formatGithub(result: LintResult, ctx: FormatContext): string {
  let out = '';
  for (const file of orderedFiles(result)) {
    const workspacePath = withPrefix(ctx.pathPrefix, file.path);
    for (const m of file.messages) out += `${command(workspacePath, m)}\n`;
  }
  return out;
}
