/**
 * The source lines around a problem, with line numbers and carets under its range, as plain text
 * (the overlay escapes it). One line of context on each side is enough to find the place.
 */
import type { Range } from '../lint/diagnostic.js';

export function codeFrame(text: string, range: Range, context = 1): string {
  const lines = text.split(/\r?\n/);
  if (range.line < 1 || range.line > lines.length) return '';
  const first = Math.max(1, range.line - context);
  const last = Math.min(lines.length, range.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = (lines[n - 1] ?? '').replace(/\t/g, '  ');
    out.push(`${n === range.line ? '>' : ' '} ${String(n).padStart(width)} | ${line}`);
    if (n === range.line) {
      // Carets from the start column to the end column, or to the line's end when the range spans lines.
      const end = range.endLine === range.line ? Math.max(range.endColumn, range.column + 1) : line.length + 1;
      const carets = '^'.repeat(Math.max(1, end - range.column));
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, range.column - 1))}${carets}`);
    }
  }
  return out.join('\n');
}
