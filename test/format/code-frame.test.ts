import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/format/code-frame.js';
import { formatStylish } from '../../src/format/stylish.js';
import type { LintResult } from '../../src/lint/diagnostic.js';
import { context } from './fixture.js';

const range = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

describe('codeFrame', () => {
  const text = 'organisatie: uwv\nknelpunten:\n  - id: x\n    thema: gegevensdeling\n';

  it('puts carets exactly under the range', () => {
    expect(codeFrame(text, range(4, 12, 4, 26))).toEqual({ source: '    thema: gegevensdeling', carets: '           ^^^^^^^^^^^^^^' });
  });

  it('underlines from the start column to the end of the line for a range over several lines', () => {
    expect(codeFrame(text, range(3, 5, 4, 26))).toEqual({ source: '  - id: x', carets: '    ^^^^^' });
  });

  it('shows one caret for an empty range and for a range just past the line end', () => {
    expect(codeFrame(text, range(1, 14, 1, 14))?.carets).toBe('             ^');
    expect(codeFrame(text, range(2, 12, 2, 12))?.carets).toBe('           ^');
  });

  it('shows invisible characters as their code point, carets under them', () => {
    const frame = codeFrame('thema: ict\u00a0\n', range(1, 11, 1, 12));
    expect(frame).toEqual({ source: 'thema: ict⟨U+00A0⟩', carets: '          ^^^^^^^^' });
  });

  it('makes control characters visible and keeps the carets aligned after them', () => {
    const frame = codeFrame('\tverslagjaar: \u001b[31m2023\n', range(1, 15, 1, 24));
    expect(frame?.source).toBe('\\tverslagjaar: \\u001B[31m2023');
    expect(frame?.carets).toBe('               ^^^^^^^^^^^^^^');
  });

  it('counts a character outside the BMP as one column of the display', () => {
    expect(codeFrame('titel: 😀 thema\n', range(1, 11, 1, 16))).toEqual({ source: 'titel: 😀 thema', carets: '         ^^^^^' });
  });

  it('cuts a long line around the range', () => {
    const line = `beschrijving: ${'a'.repeat(300)} FOUT ${'b'.repeat(300)}`;
    const at = line.indexOf('FOUT') + 1;
    const frame = codeFrame(`${line}\n`, range(1, at, 1, at + 4))!;
    expect(frame.source.startsWith('…')).toBe(true);
    expect(frame.source.endsWith('…')).toBe(true);
    expect(frame.source.length).toBeLessThanOrEqual(102);
    expect(frame.source.slice(frame.carets.indexOf('^'), frame.carets.length)).toBe('FOUT');
  });

  it('has no frame for a line that is not there or a file without text', () => {
    expect(codeFrame(text, range(9, 1, 9, 2))).toBeUndefined();
    expect(codeFrame('', range(1, 1, 1, 1))).toBeUndefined();
  });
});

describe('stylish with source text', () => {
  const result: LintResult = {
    files: [
      {
        path: 'standen/2024/uwv.md',
        text: '---\norganisatie: uwv\nthema: gegevensdeling\n---\n',
        messages: [
          { path: 'standen/2024/uwv.md', ruleId: 'unknown-thema', severity: 'error', message: 'Onbekend.', line: 3, column: 8, endLine: 3, endColumn: 22 },
        ],
      },
    ],
  };

  it('prints the line with its number and the carets under the range, then where to read more', () => {
    const lines = formatStylish(result, context({ color: false })).split('\n');
    const row = lines.findIndex((l) => l.includes('unknown-thema') && l.includes('Onbekend.'));
    expect(lines[row + 1]).toBe('    3 │ thema: gegevensdeling');
    expect(lines[row + 2]).toBe('      │        ^^^^^^^^^^^^^^');
    expect(lines).toContain('Uitleg bij een regel: staat explain unknown-thema');
  });
});
