import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { formatGitlab, type CodeQualityIssue } from '../../src/format/gitlab.js';
import { buildTree, makeIO, PLANTED_DIR } from '../lint/harness.js';
import { context, sampleResult } from './fixture.js';

const schema = JSON.parse(readFileSync(new URL('./gitlab-codequality.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('gitlab reporter', () => {
  const issues = JSON.parse(formatGitlab(sampleResult(), context())) as CodeQualityIssue[];

  it('writes one issue per problem with GitLab severities and repository-relative paths', () => {
    expect(validate(issues)).toBe(true);
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['knelpunt-verdwenen', 'minor', 'content/standen/2023/duo.md', 1],
      ['missing-oplossingsrichting', 'minor', 'content/standen/2024/uwv.md', 3],
      ['unknown-thema', 'major', 'content/standen/2024/uwv.md', 14],
      ['kort-info', 'info', 'content/standen/2024/uwv.md', 20],
    ]);
    expect(issues[1]!.location.lines.end).toBe(9);
  });

  it('keeps a fingerprint when the problem moves, changes it for another rule, file or pointer', () => {
    const moved = sampleResult();
    const thema = moved.files.flatMap((f) => f.messages).find((m) => m.ruleId === 'unknown-thema')!;
    thema.line += 5;
    thema.endLine += 5;
    const again = JSON.parse(formatGitlab(moved, context())) as CodeQualityIssue[];
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    thema.pointer = '/knelpunten/3/thema';
    const other = JSON.parse(formatGitlab(moved, context())) as CodeQualityIssue[];
    expect(other.find((i) => i.check_name === 'unknown-thema')!.fingerprint).not.toBe(issues.find((i) => i.check_name === 'unknown-thema')!.fingerprint);
  });

  it('gives two problems of one rule at one place distinct fingerprints', () => {
    const result = sampleResult();
    const uwv = result.files.find((f) => f.messages.some((m) => m.ruleId === 'unknown-thema'))!;
    uwv.messages.push({ ...uwv.messages.find((m) => m.ruleId === 'unknown-thema')! });
    const out = JSON.parse(formatGitlab(result, context())) as CodeQualityIssue[];
    expect(new Set(out.map((i) => i.fingerprint)).size).toBe(out.length);
  });

  it('rejects what GitLab would reject (the schema can fail)', () => {
    expect(validate([{ ...issues[0], severity: 'error' }])).toBe(false);
    const { fingerprint: _, ...noFingerprint } = issues[0]!;
    expect(validate([noFingerprint])).toBe(false);
  });
});

describe('staat lint --format gitlab from the repository root', () => {
  let tree: ReturnType<typeof buildTree>;
  let first: CodeQualityIssue[];
  let second: CodeQualityIssue[];
  let code: number;

  beforeAll(async () => {
    tree = buildTree({}, PLANTED_DIR);
    const run = async (): Promise<CodeQualityIssue[]> => {
      const { io, out } = makeIO(tree.dir);
      code = await main(['lint', '--format', 'gitlab'], io);
      return JSON.parse(out()) as CodeQualityIssue[];
    };
    first = await run();
    second = await run();
  }, 60_000);
  afterAll(() => tree.cleanup());

  it('validates against the Code Quality fields, with paths that exist from the root', () => {
    expect(code).toBe(1);
    expect(validate(first)).toBe(true);
    expect(first.length).toBeGreaterThan(30);
    const missing = [...new Set(first.map((i) => i.location.path))].filter((p) => !existsSync(join(tree.dir, p)));
    // The planted tree lacks one register on purpose.
    expect(missing).toEqual(['content/registers/oproepen.yaml']);
  });

  it('gives the same fingerprints on every run', () => {
    expect(second.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
  });
});
