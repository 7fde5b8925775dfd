import type { Diagnostic, LintResult } from '../../src/lint/diagnostic.js';
import type { FormatContext } from '../../src/format/index.js';

/** Everything a reporter must survive: quoting characters of every output syntax, a line break and a control char. */
export const NASTY = `Thema '100% a,b: <x> & "y"\nregel2\u0007' bestaat niet.`;

const uwv = 'standen/2024/uwv.md';
const duo = 'standen/2023/duo.md';
const svb = 'standen/2024/svb.yaml';

const unknownThema: Diagnostic = {
  path: uwv,
  ruleId: 'unknown-thema',
  severity: 'error',
  message: NASTY,
  line: 14,
  column: 12,
  endLine: 14,
  endColumn: 26,
  pointer: '/knelpunten/2/thema',
  suggestions: ['gegevensuitwisseling', 'gegevens'],
};

const missingOplossing: Diagnostic = {
  path: uwv,
  ruleId: 'missing-oplossingsrichting',
  severity: 'warning',
  message: 'Knelpunt zonder oplossingsrichting.',
  line: 3,
  column: 1,
  endLine: 9,
  endColumn: 4,
  pointer: '/knelpunten/0',
};

const infoNote: Diagnostic = {
  path: uwv,
  ruleId: 'kort-info',
  severity: 'info',
  message: 'Ter info.',
  line: 20,
  column: 5,
  endLine: 20,
  endColumn: 9,
};

const verdwenen: Diagnostic = {
  path: duo,
  ruleId: 'knelpunt-verdwenen',
  severity: 'warning',
  message: 'Knelpunt verdwenen.',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 4,
};

/**
 * Deliberately out of order (files and messages), to prove that every reporter sorts:
 * sorted, the files are duo, svb (no messages), uwv; uwv's messages are 3:1, 14:12, 20:5.
 */
export function sampleResult(): LintResult {
  return {
    files: [
      { path: uwv, messages: [unknownThema, infoNote, missingOplossing] },
      { path: svb, messages: [] },
      { path: duo, messages: [verdwenen] },
    ],
  };
}

export const SORTED_PATHS = [duo, svb, uwv];

export function cleanResult(): LintResult {
  return { files: [{ path: svb, messages: [] }] };
}

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    color: false,
    version: '1.2.3',
    pathPrefix: 'content/',
    rules: [
      { id: 'yaml-syntax', severity: 'error', summary: 'YAML parseert niet' },
      { id: 'unknown-thema', severity: 'error', summary: 'Onbekend thema' },
      { id: 'missing-oplossingsrichting', severity: 'warning', summary: 'Geen oplossingsrichting' },
      { id: 'knelpunt-verdwenen', severity: 'warning', summary: 'Knelpunt verdwenen' },
    ],
    ...overrides,
  };
}
