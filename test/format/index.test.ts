import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatResult, isFormatName } from '../../src/format/index.js';
import { formatGithub } from '../../src/format/github.js';
import { formatGitlab } from '../../src/format/gitlab.js';
import { formatJson } from '../../src/format/json.js';
import { formatJunit } from '../../src/format/junit.js';
import { formatSarif } from '../../src/format/sarif.js';
import { formatStylish } from '../../src/format/stylish.js';
import type { Diagnostic, LintResult } from '../../src/lint/diagnostic.js';
import { context, sampleResult } from './fixture.js';
import { checkSarif } from './sarif-shape.js';
import { parseXml } from './xml.js';

describe('format registry', () => {
  it('knows exactly the six formats of the contract and dispatches to each', () => {
    expect([...FORMAT_NAMES]).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']);
    const direct = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub, junit: formatJunit, gitlab: formatGitlab };
    for (const name of FORMAT_NAMES) {
      expect(formatResult(name, sampleResult(), context())).toBe(direct[name](sampleResult(), context()));
    }
  });

  it('recognises format names', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
    expect(isFormatName('toString')).toBe(false);
  });
});

describe('every reporter survives arbitrary message text', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  const diagnostic = fc.record({
    ruleId: fc.constantFrom('unknown-thema', 'yaml-syntax'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    message: text,
    line: fc.integer({ min: 1, max: 500 }),
    column: fc.integer({ min: 1, max: 80 }),
  });

  it('keeps JSON exact, XML well-formed, SARIF valid and one GitHub command per line', () => {
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 6 }), text, (raw, suggestion) => {
        const messages: Diagnostic[] = raw.map((d) => ({
          ...d,
          path: 'standen/2024/x.md',
          endLine: d.line,
          endColumn: d.column + 1,
          suggestions: [suggestion],
        }));
        const result: LintResult = { files: [{ path: 'standen/2024/x.md', messages }] };
        const ctx = context();

        const json = JSON.parse(formatJson(result, ctx));
        expect(json.files[0].messages.map((m: { message: string }) => m.message).sort()).toEqual(
          messages.map((m) => m.message).sort(),
        );
        expect(checkSarif(JSON.parse(formatSarif(result, ctx)))).toEqual([]);
        const xml = parseXml(formatJunit(result, ctx));
        expect(Number(xml.attrs['failures'])).toBe(messages.filter((m) => m.severity === 'error').length);
        const github = formatGithub(result, ctx);
        expect(github.split('\n')).toHaveLength(messages.length + 1);
        for (const line of github.split('\n').slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=[^:,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]+::/);
        expect(formatStylish(result, ctx)).not.toMatch(new RegExp(String.raw`[\u0000-\u0009\u000b-\u001f\u007f-\u009f]`));
      }),
      { numRuns: 300 },
    );
  });
});
