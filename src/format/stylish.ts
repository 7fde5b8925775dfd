import { countBySeverity, SEVERITY_NL, type Severity } from '../lint/diagnostic.js';
import type { LintResult } from '../lint/diagnostic.js';
import type { FormatContext } from './index.js';
import { codeFrame } from './code-frame.js';
import { orderedFiles } from './order.js';
import { withPrefix } from './paths.js';
import { displayWidth, plural, visibleControls } from './text.js';

/**
 * Human output, in Dutch, in the layout people know from ESLint:
 *
 *   standen/2024/uwv.md
 *     14:12  fout          Thema 'x' bestaat niet.  unknown-thema
 *      3:1   waarschuwing  …                       missing-oplossingsrichting
 *
 *   ✖ 2 problemen (1 fout, 1 waarschuwing, 0 info)
 *
 * Nothing at all when there are no problems: the CLI prints its own success line.
 */


const ANSI = {
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
  underline: ['\u001b[4m', '\u001b[24m'],
} as const;

type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

export function formatStylish(result: LintResult, ctx: FormatContext): string {
  const paint = (style: Style, text: string): string =>
    ctx.color ? ANSI[style][0] + text + ANSI[style][1] : text;

  const counts = countBySeverity(result);
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return '';

  const texts = new Map(result.files.filter((f) => f.text !== undefined).map((f) => [f.path, f.text!]));
  let out = '';
  for (const file of orderedFiles(result)) {
    if (file.messages.length === 0) continue;
    // Columns are measured on the plain text, so colour codes never break the alignment.
    const rows = file.messages.map((m) => ({
      line: String(m.line),
      column: String(m.column),
      severity: m.severity,
      message: visibleControls(m.message),
      ruleId: visibleControls(m.ruleId),
    }));
    const lineWidth = Math.max(...rows.map((r) => r.line.length));
    const columnWidth = Math.max(...rows.map((r) => r.column.length));
    const severityWidth = Math.max(...rows.map((r) => displayWidth(SEVERITY_NL[r.severity])));
    const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message)));

    // Relative to the working directory, so a terminal or editor can open the file from there.
    out += `${paint('underline', visibleControls(withPrefix(ctx.pathPrefix, file.path)))}\n`;
    const text = texts.get(file.path);
    file.messages.forEach((m, i) => {
      const r = rows[i]!;
      const position = `${padStart(r.line, lineWidth)}:${padEnd(r.column, columnWidth)}`;
      const severity = padEnd(SEVERITY_NL[r.severity], severityWidth);
      out +=
        `  ${paint('dim', position)}  ${paint(SEVERITY_STYLE[r.severity], severity)}  ` +
        `${padEnd(r.message, messageWidth)}  ${paint('dim', r.ruleId)}\n`;
      const frame = text === undefined ? undefined : codeFrame(text, m);
      if (frame) {
        const gutter = ' '.repeat(String(m.line).length);
        out += `    ${paint('dim', `${m.line} │`)} ${frame.source}\n`;
        out += `    ${paint('dim', `${gutter} │`)} ${paint(SEVERITY_STYLE[m.severity], frame.carets)}\n`;
      }
    });
    out += '\n';
  }

  // Where to read more (the first error's rule), as rustc ends with `rustc --explain`.
  const all = orderedFiles(result).flatMap((f) => f.messages);
  const firstRule = (all.find((m) => m.severity === 'error') ?? all[0])?.ruleId;
  if (firstRule !== undefined && texts.size > 0) {
    out += `${paint('dim', `Uitleg bij een regel: staat explain ${visibleControls(firstRule)}`)}\n`;
  }

  const summary =
    `✖ ${plural(total, 'probleem', 'problemen')} (` +
    `${plural(counts.errors, 'fout', 'fouten')}, ` +
    `${plural(counts.warnings, 'waarschuwing', 'waarschuwingen')}, ` +
    `${counts.infos} info)`;
  const summaryStyle: Style = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'cyan';
  out += `${paint('bold', paint(summaryStyle, summary))}\n`;
  return out;
}
