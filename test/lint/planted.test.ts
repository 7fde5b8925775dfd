/**
 * The acceptance test: a submission with planted mistakes of every kind in the rule
 * table is reported completely — every planted mistake with the right rule id and exact line
 * and column, and nothing else. The tree is test/fixtures/planted (lint it by hand with
 * `staat lint --content test/fixtures/planted`); binary, UTF-16, oversized and symlinked files
 * are added at run time so the repository holds only text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules.js';
import { buildTree, PLANTED_DIR, runLint, type FlatMessage } from './harness.js';
import { UNREACHABLE } from './rule-cases.js';

type Row = [path: string, ruleId: string, line: number, column: number];

const EXPECTED: Row[] = [
  ['registers/ministeries.yaml', 'register-period-order', 31, 8],
  ['registers/ministeries.yaml', 'unknown-ministerie', 32, 13],
  ['registers/oproepen.yaml', 'register-missing', 1, 1],
  ['registers/organisaties.yaml', 'register-period-overlap', 11, 14],
  ['registers/organisaties.yaml', 'unknown-ministerie', 31, 34],
  ['registers/organisaties.yaml', 'register-unknown-ministerie', 51, 17],
  ['registers/themas.yaml', 'register-duplicate-id', 22, 7],
  ['registers/themas.yaml', 'schema-enum', 25, 14],
  ['staat.yaml', 'schema-maximum', 3, 14],
  ['staat.yaml', 'licentie-unknown', 7, 11],
  ['staat.yaml', 'bron-url-placeholder', 8, 11],
  ['standen/2022/cjib.yaml', 'file-encoding', 1, 1],
  ['standen/2022/duo.yaml', 'symlink-outside-root', 1, 1],
  ['standen/2022/rvo.yaml', 'file-too-large', 1, 1],
  ['standen/2022/svb.yaml', 'yaml-too-complex', 2, 8],
  ['standen/2022/toeslagen.yaml', 'file-binary', 1, 1],
  ['standen/2022/uwv.yaml', 'yaml-duplicate-key', 3, 1],
  ['standen/2022/ind.yaml', 'file-unreadable', 1, 1],
  ['standen/2024/cjib.yml', 'stand-misplaced', 1, 1],
  ['standen/2023/cjib.yaml', 'yaml-syntax', 2, 1],
  ['standen/2023/rvo.yaml', 'file-name-mismatch', 2, 14],
  ['standen/2023/svb.md', 'front-matter-missing', 1, 1],
  ['standen/2023/toeslagen.md', 'front-matter-language', 1, 1],
  ['standen/2023/uwv.md', 'duplicate-stand', 2, 14],
  ['standen/2023/uwv.yaml', 'duplicate-stand', 1, 14],
  ['standen/2024/cjib.yaml', 'organisatie-not-active', 2, 14],
  ['standen/2024/rvo.md', 'schema-required', 6, 5],
  ['standen/2024/rvo.md', 'schema-max-length', 7, 12],
  ['standen/2024/rvo.md', 'schema-min-items', 11, 16],
  ['standen/2024/rvo.md', 'schema-enum', 13, 13],
  ['standen/2024/rvo.md', 'schema-minimum', 14, 21],
  ['standen/2024/rvo.md', 'schema-type', 15, 15],
  ['standen/2024/svb-notities.txt', 'unexpected-file', 1, 1],
  ['standen/2024/svb.yaml', 'opdrachtgever-ambiguous', 12, 16],
  ['standen/2024/svb.yaml', 'unknown-organisatie', 14, 21],
  ['standen/2024/svb.yaml', 'duplicate-knelpunt-id', 15, 9],
  ['standen/2024/svb.yaml', 'schema-unique-items', 21, 27],
  ['standen/2024/svb.yaml', 'opdrachtgever-not-in-driehoek', 22, 20],
  ['standen/2024/svb.yaml', 'gedeeld-knelpunt-single', 24, 23],
  ['standen/2024/svb.yaml', 'schema-min-length', 27, 12],
  ['standen/2024/svb.yaml', 'schema-pattern', 32, 9],
  ['standen/2024/svb.yaml', 'schema-format', 40, 16],
  ['standen/2024/svb.yaml', 'number-thousands-separator', 42, 13],
  ['standen/2024/svb.yaml', 'unused-suppression', 43, 3],
  ['standen/2024/svb.yaml', 'suppression-without-reason', 43, 3],
  ['standen/2024/toeslagen.yaml', 'empty-knelpunten', 3, 13],
  ['standen/2024/toeslagen.yaml', 'invisible-character', 4, 36],
  ['standen/2024/uwv.md', 'samenvatting-in-md', 5, 1],
  ['standen/2024/uwv.md', 'knelpunt-verdwenen', 6, 1],
  ['standen/2024/uwv.md', 'unknown-thema', 12, 12],
  ['standen/2024/uwv.md', 'status-nieuw-but-known', 15, 13],
  ['standen/2024/uwv.md', 'eerste-melding-after-verslagjaar', 16, 21],
  ['standen/2024/uwv.md', 'missing-oplossingsrichting', 18, 5],
  ['standen/2024/uwv.md', 'schema-additional-properties', 22, 5],
  ['standen/2024/uwv.md', 'raw-html', 27, 21],
  ['standen/2024/uwv.md', 'raw-html', 27, 27],
];

const SUGGESTIONS: Record<string, string[]> = {
  'registers/ministeries.yaml:32': ['ocw'],
  'registers/organisaties.yaml:31': ['fin'],
  'standen/2024/svb.yaml:14': ['uwv'],
  'standen/2024/uwv.md:12': ['gegevensuitwisseling'],
};

const row = (m: FlatMessage): string => `${m.path} ${m.ruleId} ${m.line}:${m.column}`;

describe('planted mistakes', () => {
  let tree: ReturnType<typeof buildTree>;
  let result: Awaited<ReturnType<typeof runLint>>;

  beforeAll(async () => {
    tree = buildTree(
      {
        'standen/2022/toeslagen.yaml': Buffer.from([0x4f, 0x00, 0x01, 0xff, 0x00]),
        'standen/2022/cjib.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('organisatie: cjib\n', 'utf16le')]),
        'standen/2022/rvo.yaml': `organisatie: rvo\n#${'x'.repeat(1024 * 1024)}\n`,
        'standen/2022/duo.yaml': { symlink: 'outside/geheim.yaml' },
        // A folder where a Stand should be, and a Stand with an extension staat does not read.
        'standen/2022/ind.yaml/concept.txt': 'x',
        'standen/2024/cjib.yml': 'organisatie: cjib\nverslagjaar: 2024\nknelpunten: []\n',
      },
      PLANTED_DIR,
    );
    result = await runLint(tree.root);
  }, 60_000);
  afterAll(() => tree.cleanup());

  it('reports exactly the planted mistakes, at their exact line and column', () => {
    const want = EXPECTED.map(([path, ruleId, line, column]) => `${path} ${ruleId} ${line}:${column}`).sort();
    expect(result.messages.map(row).sort()).toEqual(want);
  });

  it('plants every rule id of the format table and every hostile-input id', () => {
    const planted = new Set(EXPECTED.map((r) => r[1]));
    const missing = RULES.filter((r) => r.origin !== 'schema' && !planted.has(r.id) && !(r.id in UNREACHABLE)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('carries the severities of the catalogue, exit code 1 and a matching summary', () => {
    for (const m of result.messages) expect(m.severity, m.ruleId).toBe(RULES.find((r) => r.id === m.ruleId)?.severity);
    expect(result.exitCode).toBe(1);
    const count = (s: string): number => result.messages.filter((m) => m.severity === s).length;
    expect(result.json?.summary).toMatchObject({ errors: count('error'), warnings: count('warning'), infos: count('info') });
    expect(count('info')).toBe(1);
  });

  it('gives "bedoelde u" suggestions for unknown references', () => {
    for (const [where, ids] of Object.entries(SUGGESTIONS)) {
      const m = result.messages.find((x) => `${x.path}:${x.line}` === where && x.ruleId.startsWith('unknown-'));
      expect(m?.suggestions, where).toEqual(ids);
      expect(m?.message, where).toContain(`'${ids[0]}'`);
    }
  });

  it('lists the files in sorted path order, messages by position', () => {
    const paths = result.json?.files.map((f) => f.path) ?? [];
    expect(paths).toEqual([...paths].sort());
    for (const f of result.json?.files ?? []) {
      const lines = f.messages.map((m) => m.line * 1e6 + m.column);
      expect(lines, f.path).toEqual([...lines].sort((a, b) => a - b));
    }
  });
});
