/**
 * One wrong and one right case per rule id, run in-process through main(): rule id, severity,
 * exact positions, suggestions and exit code. A rule without a case fails the coverage test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../../src/check/schema.js';
import { RULES, severityOf } from '../../src/lint/rules.js';
import { base, lintCase, spanOf, type CaseFiles, type FlatMessage } from './harness.js';
import { RULE_CASES, UNREACHABLE, type Expected } from './rule-cases.js';

function textOf(files: CaseFiles, path: string): string {
  const own = files[path];
  if (typeof own === 'string') return own;
  if (Buffer.isBuffer(own)) return own.toString('utf8');
  return base(path);
}

interface Shown {
  path: string;
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  suggestions?: string[];
}

function expected(e: Expected, ruleId: string, files: CaseFiles): Shown {
  const id = e.ruleId ?? ruleId;
  const out: Shown = { path: e.path, ruleId: id, severity: severityOf(id), line: 0, column: 0 };
  if (e.line !== undefined) {
    out.line = e.line;
    out.column = e.column ?? 1;
  } else {
    const span = spanOf(textOf(files, e.path), e.needle, e.inner, e.occurrence);
    out.line = span.line;
    out.column = span.column;
    if (!e.startOnly) {
      out.endLine = span.endLine;
      out.endColumn = span.endColumn;
    }
  }
  if (e.suggestions) out.suggestions = e.suggestions;
  return out;
}

function shown(m: FlatMessage, like: Shown): Shown {
  const out: Shown = { path: m.path, ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column };
  if (like.endLine !== undefined) {
    out.endLine = m.endLine;
    out.endColumn = m.endColumn;
  }
  if (like.suggestions) out.suggestions = m.suggestions ?? [];
  return out;
}

const order = (a: Shown, b: Shown): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));

describe('rule catalogue coverage', () => {
  it('has a wrong case for every rule id in RULES', () => {
    const covered = new Set(RULE_CASES.map((c) => c.ruleId));
    const missing = RULES.map((r) => r.id).filter((id) => !covered.has(id) && !(id in UNREACHABLE));
    expect(missing).toEqual([]);
  });

  it('names no rule id that is not in RULES', () => {
    const known = new Set(RULES.map((r) => r.id));
    const ids = RULE_CASES.flatMap((c) => [c.ruleId, ...c.expect.map((e) => e.ruleId ?? c.ruleId)]);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });

  it('lists as unreachable through lint only what has its own test', () => {
    expect(Object.keys(UNREACHABLE)).toEqual(['edition-missing']);
  });

  it('has a rule for every schema keyword the schemas use', () => {
    const keywords = new Set<string>();
    for (const name of readdirSync(SCHEMA_DIR)) {
      for (const m of readFileSync(SCHEMA_DIR + name, 'utf8').matchAll(/"(minLength|maxLength|minimum|maximum|minItems|maxItems|uniqueItems|pattern|format|enum|required|additionalProperties|type)"\s*:/g)) keywords.add(m[1]!);
    }
    const ids = new Set(RULES.map((r) => r.id));
    const kebab = (k: string): string => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    expect([...keywords].map((k) => `schema-${kebab(k)}`).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('the base tree is clean', async () => {
    const r = await lintCase();
    expect(r.exitCode).toBe(0);
    expect(r.messages).toEqual([]);
    expect(r.json?.summary).toEqual({ files: 9, errors: 0, warnings: 0, infos: 0 });
  });
});

describe.each(RULE_CASES.map((c) => [c.variant ? `${c.ruleId} (${c.variant})` : c.ruleId, c] as const))('%s', (_name, c) => {
  it('wrong: reports exactly the planted problem(s) with exact positions and exit code', async () => {
    const r = await lintCase(c.wrong);
    const want = c.expect.map((e) => expected(e, c.ruleId, c.wrong)).sort(order);
    // A message a comment suppressed is kept in json, marked; it is not one the case planted.
    const got = r.messages
      .filter((m) => m.suppressed === undefined)
      .map((m) => shown(m, want.find((w) => w.path === m.path && w.ruleId === m.ruleId) ?? want[0]!))
      .sort(order);
    expect(got).toEqual(want);
    expect(r.exitCode).toBe(c.exitCode);
    expect(r.stderr).not.toMatch(/interne fout/);
  });

  it('right: the corrected case is clean, exit 0', async () => {
    const r = await lintCase(c.right);
    expect(r.messages.filter((m) => m.suppressed === undefined)).toEqual([]);
    expect(r.exitCode).toBe(0);
  });
});

describe('severities', () => {
  // format.md's rule table, copied by hand: the catalogue must not drift from the contract.
  const FORMAT_TABLE: Record<string, 'error' | 'warning' | 'info'> = {
    'yaml-syntax': 'error',
    'yaml-duplicate-key': 'error',
    'front-matter-missing': 'error',
    'front-matter-language': 'error',
    'unknown-organisatie': 'error',
    'unknown-thema': 'error',
    'unknown-ministerie': 'error',
    'file-name-mismatch': 'error',
    'duplicate-stand': 'error',
    'duplicate-knelpunt-id': 'error',
    'opdrachtgever-not-in-driehoek': 'error',
    'opdrachtgever-ambiguous': 'warning',
    'organisatie-not-active': 'error',
    'eerste-melding-after-verslagjaar': 'error',
    'status-nieuw-but-known': 'warning',
    'knelpunt-verdwenen': 'warning',
    'missing-oplossingsrichting': 'warning',
    'empty-knelpunten': 'warning',
    'gedeeld-knelpunt-single': 'info',
    'raw-html': 'warning',
    'register-duplicate-id': 'error',
    'register-period-overlap': 'error',
    'register-unknown-ministerie': 'error',
    // Rules for text typed by people
    'number-thousands-separator': 'error',
    'invisible-character': 'error',
    'unused-suppression': 'warning',
    'suppression-without-reason': 'warning',
  };

  it('every rule of format.md is in the catalogue with its severity', () => {
    const catalogue = Object.fromEntries(RULES.filter((r) => r.origin === 'format').map((r) => [r.id, r.severity]));
    expect(catalogue).toEqual(FORMAT_TABLE);
  });

  it('schema failures are errors named schema-<ajv keyword>', () => {
    for (const r of RULES.filter((x) => x.origin === 'schema')) {
      expect(r.id).toMatch(/^schema-[a-z]+(-[a-z]+)*$/);
      expect(r.severity).toBe('error');
    }
  });
});
