import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/format/stylish.js';
import { cleanResult, context, sampleResult } from './fixture.js';

const ROW = /^ {2}( *\d+):(\d+ *) {2}(\S+ *) {2}(.*?) {2}(\S+)$/;
const ANSI_RE = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

describe('stylish reporter', () => {
  const plain = formatStylish(sampleResult(), context({ color: false }));
  const lines = plain.split('\n');

  it('uses no ANSI codes and no raw control characters without colour', () => {
    expect(plain).not.toContain('\u001b');
    expect(plain.replace(/\n/g, '')).not.toMatch(new RegExp(String.raw`[\u0000-\u001f\u007f]`));
    expect(plain).toContain(String.raw`\n`);
    expect(plain).toContain(String.raw`\u0007`);
  });

  it('groups by file in sorted order and skips files without messages', () => {
    const headers = lines.filter((l) => l !== '' && !l.startsWith(' ') && !l.startsWith('✖'));
    // Relative to the working directory (the fixture's content root is content/).
    expect(headers).toEqual(['content/standen/2023/duo.md', 'content/standen/2024/uwv.md']);
  });

  it('prints position, severity, message and rule id per line, by position', () => {
    const rows = lines.map((l) => ROW.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    expect(rows.map((r) => `${r[1]!.trim()}:${r[2]!.trim()}`)).toEqual(['1:1', '3:1', '14:12', '20:5']);
    expect(rows.map((r) => r[3]!.trim())).toEqual(['waarschuwing', 'waarschuwing', 'fout', 'info']);
    expect(rows.map((r) => r[5])).toEqual(['knelpunt-verdwenen', 'missing-oplossingsrichting', 'unknown-thema', 'kort-info']);
  });

  it('aligns the columns within a file', () => {
    const start = lines.indexOf('content/standen/2024/uwv.md');
    const block = lines.slice(start + 1, start + 4);
    expect(block).toHaveLength(3);
    const colon = block.map((l) => l.indexOf(':'));
    const ruleStart = block.map((l, i) => l.lastIndexOf(['missing-oplossingsrichting', 'unknown-thema', 'kort-info'][i]!));
    const severityStart = block.map((l) => l.search(/(waarschuwing|fout|info)/));
    expect(new Set(colon).size).toBe(1);
    expect(new Set(ruleStart).size).toBe(1);
    expect(new Set(severityStart).size).toBe(1);
  });

  it('ends with a summary line with the counts', () => {
    expect(lines.at(-1)).toBe('');
    const summary = lines.at(-2)!;
    const m = /^✖ (\d+) \S+ \((\d+) \S+, (\d+) \S+, (\d+) info\)$/.exec(summary);
    expect(m?.slice(1).map(Number)).toEqual([4, 1, 2, 1]);
  });

  it('with colour, only adds ANSI codes around the same text', () => {
    const coloured = formatStylish(sampleResult(), context({ color: true }));
    expect(coloured).toContain('\u001b[31m');
    expect(coloured.replace(ANSI_RE, '')).toBe(plain);
  });

  it('prints nothing when there are no problems', () => {
    expect(formatStylish(cleanResult(), context())).toBe('');
    expect(formatStylish({ files: [] }, context({ color: true }))).toBe('');
  });
});
