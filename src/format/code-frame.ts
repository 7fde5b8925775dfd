/**
 * The code frame under a stylish message: the offending source line with carets under the
 * range, as rustc and Astro show it. A range over several lines is underlined from its start
 * column to the end of its first line.
 *
 *      14 │     thema: gegevensdeling
 *         │            ^^^^^^^^^^^^^^
 *
 * The source is untrusted text: control characters are shown as escapes and invisible
 * characters (a non-breaking space, a zero-width space) as their code point, so what the
 * reader sees is what the file holds. Carets follow those widths.
 */
import type { Range } from '../lint/diagnostic.js';
import { displayWidth, visibleControls } from './text.js';

/** Characters that look like nothing (or like a space) and are the point of some messages. */
const INVISIBLE = /[\u00a0\u200b-\u200d\u2060\ufeff]/;

/** A long line (a pasted paragraph) is cut around the range so the frame stays one screen line. */
const MAX_WIDTH = 100;
const CONTEXT_BEFORE = 30;

export interface CodeFrame {
  /** The source line as shown. */
  source: string;
  /** Spaces then carets, to print under `source`. */
  carets: string;
}

/** undefined when the range's line is not in the text (a whole-file problem of an unread file). */
export function codeFrame(text: string, range: Range): CodeFrame | undefined {
  const lines = text.split('\n');
  const raw = lines[range.line - 1];
  if (raw === undefined || text === '') return undefined;
  const line = raw.replace(/\r$/, '');
  // Columns are 1-based UTF-16 offsets; the range ends at endColumn, or at the line's end.
  const start = Math.min(range.column - 1, line.length);
  let end = range.endLine === range.line ? Math.min(range.endColumn - 1, line.length) : line.length;
  if (end <= start) end = start + 1;

  const cells: { shown: string; width: number; at: number }[] = [];
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const shown = INVISIBLE.test(ch) ? `⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩` : visibleControls(ch);
    cells.push({ shown, width: displayWidth(shown), at: i });
    i += ch.length;
  }
  // Cut a long line to a window that starts a little before the range.
  let from = 0;
  let to = cells.length;
  const total = cells.reduce((n, c) => n + c.width, 0);
  if (total > MAX_WIDTH) {
    const first = Math.max(0, cells.findIndex((c) => c.at >= start));
    from = Math.max(0, first - CONTEXT_BEFORE);
    let width = 0;
    to = from;
    while (to < cells.length && width + (cells[to]?.width ?? 0) <= MAX_WIDTH) width += cells[to++]?.width ?? 0;
  }
  let source = from > 0 ? '…' : '';
  let carets = from > 0 ? ' ' : '';
  for (const cell of cells.slice(from, to)) {
    source += cell.shown;
    carets += (cell.at >= start && cell.at < end ? '^' : ' ').repeat(cell.width);
  }
  if (to < cells.length) source += '…';
  // A range just past the last character (a missing value at the line's end): one caret there.
  if (!carets.includes('^')) carets += '^';
  return { source, carets: carets.trimEnd() };
}
