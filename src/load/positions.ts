/** Maps offsets in a file's text to 1-based line/column ranges. */
import type { Range } from '../lint/diagnostic.js';

export class Positions {
  /* Found on first use: most files (every file of a clean lint) never ask for a position. */
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private get lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  /** 1-based line and column of an offset (clamped into the text). */
  at(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lineStarts = this.lineStarts;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (lineStarts[lo] ?? 0) + 1 };
  }

  /** Range of [start, end) offsets; an empty range is widened to one character where possible. */
  range(start: number, end: number): Range {
    let e = Math.max(start, end);
    // Never end inside a CRLF pair or past a line end: an editor would show that as the next line.
    while (e > start && (this.text[e - 1] === '\n' || this.text[e - 1] === '\r')) e--;
    if (e === start && start < this.text.length && this.text[start] !== '\n' && this.text[start] !== '\r') e = start + 1;
    const s = this.at(start);
    const f = this.at(e);
    return { line: s.line, column: s.column, endLine: f.line, endColumn: f.column };
  }
}
