import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/json.js';
import { NASTY, SORTED_PATHS, cleanResult, context, sampleResult } from './fixture.js';

describe('json reporter', () => {
  const text = formatJson(sampleResult(), context());
  const report = JSON.parse(text) as Record<string, unknown> & {
    files: { path: string; messages: Record<string, unknown>[] }[];
  };

  it('has exactly the top-level keys of the contract, version 1 and the counts', () => {
    expect(Object.keys(report)).toEqual(['version', 'summary', 'files']);
    expect(report['version']).toBe(1);
    expect(report['summary']).toEqual({ files: 3, errors: 1, warnings: 2, infos: 1 });
  });

  it('lists every file in sorted path order, also one without messages', () => {
    expect(report.files.map((f) => f.path)).toEqual(SORTED_PATHS);
    expect(report.files[1]).toEqual({ path: 'standen/2024/svb.yaml', messages: [] });
    for (const f of report.files) expect(Object.keys(f)).toEqual(['path', 'messages']);
  });

  it('orders messages by position and keeps the contract key order', () => {
    const uwv = report.files[2]!;
    expect(uwv.messages.map((m) => [m['line'], m['column']])).toEqual([
      [3, 1],
      [14, 12],
      [20, 5],
    ]);
    expect(uwv.messages[1]).toEqual({
      ruleId: 'unknown-thema',
      severity: 'error',
      message: NASTY,
      line: 14,
      column: 12,
      endLine: 14,
      endColumn: 26,
      pointer: '/knelpunten/2/thema',
      suggestions: ['gegevensuitwisseling', 'gegevens'],
    });
    expect(Object.keys(uwv.messages[1]!)).toEqual([
      'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'pointer', 'suggestions',
    ]);
  });

  it('omits pointer and suggestions when the diagnostic has none', () => {
    const info = report.files[2]!.messages[2]!;
    expect(info['ruleId']).toBe('kort-info');
    expect(info).not.toHaveProperty('pointer');
    expect(info).not.toHaveProperty('suggestions');
    expect(report.files[2]!.messages[0]).toHaveProperty('pointer', '/knelpunten/0');
    expect(report.files[2]!.messages[0]).not.toHaveProperty('suggestions');
  });

  it('is 2-space indented with a trailing newline, and escapes control characters', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(text).toContain('\\u0007');
    expect(text).not.toContain('\u0007');
  });

  it('does not mutate its input', () => {
    const input = sampleResult();
    const before = JSON.stringify(input);
    formatJson(input, context());
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports a clean run with zero counts and the file present', () => {
    expect(JSON.parse(formatJson(cleanResult(), context()))).toEqual({
      version: 1,
      summary: { files: 1, errors: 0, warnings: 0, infos: 0 },
      files: [{ path: 'standen/2024/svb.yaml', messages: [] }],
    });
  });
});
