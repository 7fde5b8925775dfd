/**
 * Positions are exact in `.md` front matter, `.md` bodies and `.yaml` files, whatever the line
 * endings (LF, CRLF) and with or without a UTF-8 BOM; and, on generated and mutated Standen,
 * every reported position lies inside its file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, buildTree, lintCase, runLint, spanOf, type Span } from './harness.js';
import { sub } from './rule-cases.js';

const UWV = 'standen/2024/uwv.md';
const SVB = 'standen/2024/svb.yaml';

type Encoding = 'lf' | 'crlf' | 'bom' | 'bom+crlf';
const ENCODINGS: Encoding[] = ['lf', 'crlf', 'bom', 'bom+crlf'];

function encode(text: string, enc: Encoding): string {
  const crlf = enc.includes('crlf') ? text.replace(/\n/g, '\r\n') : text;
  return enc.startsWith('bom') ? `\uFEFF${crlf}` : crlf;
}

interface PositionCase {
  name: string;
  path: string;
  text: string;
  ruleId: string;
  /** Needle in the LF text (and optional inner part) the message must span. */
  needle: string;
  inner?: string;
  occurrence?: number;
  startOnly?: boolean;
  /** Hand-counted position in the LF text, as a check on the needle helper. */
  literal?: Span;
}

const uwv = base(UWV);
const svb = base(SVB);

const CASES: PositionCase[] = [
  {
    name: '.md front matter value',
    path: UWV,
    text: sub(uwv, 'thema: capaciteit-personeel', 'thema: capaciteit'),
    ruleId: 'unknown-thema',
    needle: 'thema: capaciteit\n',
    inner: 'capaciteit',
    literal: { line: 11, column: 12, endLine: 11, endColumn: 22 },
  },
  {
    name: '.yaml unknown key',
    path: SVB,
    text: sub(svb, '    status: in_analyse\n', '    status: in_analyse\n    statu: nieuw\n'),
    ruleId: 'schema-additional-properties',
    needle: 'statu:',
    inner: 'statu',
    literal: { line: 15, column: 5, endLine: 15, endColumn: 10 },
  },
  {
    name: '.yaml missing field: the parent mapping',
    path: SVB,
    text: sub(svb, '    gevolgen: Te veel of te weinig AOW.\n', ''),
    ruleId: 'schema-required',
    needle: 'id: aow-buitenland',
    startOnly: true,
    literal: { line: 6, column: 5, endLine: 14, endColumn: 25 },
  },
  {
    name: '.md body HTML',
    path: UWV,
    text: uwv.replace('De samenvatting van UWV over 2024.', 'Regel een.\n\n<div>blok</div>\n'),
    ruleId: 'raw-html',
    needle: '<div>blok</div>',
    literal: { line: 20, column: 1, endLine: 20, endColumn: 16 },
  },
  {
    name: '.yaml block scalar HTML',
    path: SVB,
    text: sub(svb, '  De samenvatting van de SVB.\n', '  De samenvatting\n  van de <img src="x"> SVB.\n'),
    ruleId: 'raw-html',
    needle: '<img src="x">',
    literal: { line: 5, column: 10, endLine: 5, endColumn: 23 },
  },
  {
    name: '.md duplicate key',
    path: UWV,
    text: sub(uwv, 'verslagjaar: 2024\n', 'verslagjaar: 2024\nverslagjaar: 2024\n'),
    ruleId: 'yaml-duplicate-key',
    needle: 'verslagjaar',
    occurrence: 2,
    literal: { line: 4, column: 1, endLine: 4, endColumn: 12 },
  },
  {
    name: '.md unclosed quote ends before the line break',
    path: UWV,
    text: sub(uwv, 'titel: Stand van de Uitvoering 2024', 'titel: "Stand van de Uitvoering 2024'),
    ruleId: 'yaml-syntax',
    needle: '"Stand van de Uitvoering 2024',
    literal: { line: 4, column: 8, endLine: 4, endColumn: 37 },
  },
];

describe.each(CASES)('$name', (c) => {
  it('hand-counted position agrees with the needle', () => {
    const span = spanOf(c.text, c.needle, c.inner, c.occurrence);
    if (c.startOnly) expect({ line: span.line, column: span.column }).toEqual({ line: c.literal?.line, column: c.literal?.column });
    else expect(span).toEqual(c.literal);
  });

  it.each(ENCODINGS)('%s: same line and column', async (enc) => {
    const r = await lintCase({ [c.path]: encode(c.text, enc) });
    const mine = r.messages.filter((m) => m.path === c.path && m.ruleId === c.ruleId);
    expect(mine).toHaveLength(1);
    const m = mine[0]!;
    const want = c.literal!;
    expect({ line: m.line, column: m.column }).toEqual({ line: want.line, column: want.column });
    expect({ endLine: m.endLine, endColumn: m.endColumn }).toEqual({ endLine: want.endLine, endColumn: want.endColumn });
  });
});

describe('a BOM or CRLF alone is never a problem', () => {
  it.each(ENCODINGS)('%s base tree is clean', async (enc) => {
    const files = Object.fromEntries(['staat.yaml', 'registers/themas.yaml', UWV, SVB, 'standen/2024/rvo.md'].map((p) => [p, encode(base(p), enc)]));
    const r = await lintCase(files);
    expect(r.messages).toEqual([]);
    expect(r.exitCode).toBe(0);
  });
});

// --- Property: positions always lie inside the file -------------------------------------

/** Lines of the decoded text as an editor shows them (no BOM, no line break characters). */
function editorLines(text: string): string[] {
  const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return t.split('\n').map((l) => l.replace(/\r$/, ''));
}

const JUNK = ['', '  - ', ':', '- [', '"', "'", '\t', '&a', '*a', '<b>x</b>', '---', '...', '#', '{', '}', '? x', 'é', '😀', '\u00a0', 'thema: onbekend', 'status: nieuw', 'id: Foo Bar', 'knelpunten: []', 'verslagjaar: "2024"', 'x: y'];

type Mutation =
  | { kind: 'replace-line' | 'insert-line'; at: number; junk: string }
  | { kind: 'delete-line' | 'duplicate-line'; at: number }
  | { kind: 'insert-text'; at: number; junk: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace-line' as const, 'insert-line' as const), at: fc.nat(), junk: fc.constantFrom(...JUNK) }),
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert-text' as const), at: fc.nat(), junk: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  switch (m.kind) {
    case 'replace-line':
      lines[i] = (lines[i]?.match(/^\s*/)?.[0] ?? '') + m.junk;
      return lines.join('\n');
    case 'insert-line':
      lines.splice(i, 0, m.junk);
      return lines.join('\n');
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'insert-text': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.junk + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

describe('property: every position lies inside its file', () => {
  let tree: ReturnType<typeof buildTree>;
  beforeAll(() => {
    tree = buildTree();
  });
  afterAll(() => tree.cleanup());

  it('on mutated Standen and registers, in every encoding', async () => {
    let checked = 0;
    const rules = new Set<string>();
    const targets = [UWV, SVB, 'standen/2024/rvo.md', 'standen/2023/uwv.md', 'registers/organisaties.yaml', 'registers/themas.yaml'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.constantFrom(...ENCODINGS), async (path, mutations, enc) => {
        const original = base(path);
        const text = encode(mutations.reduce(mutate, original), enc);
        writeFileSync(join(tree.root, path), text);
        try {
          const r = await runLint(tree.root);
          expect([0, 1]).toContain(r.exitCode);
          expect(r.stderr).not.toMatch(/interne fout/);
          for (const m of r.messages.filter((x) => x.path === path)) {
            const lines = editorLines(text);
            checked++;
            rules.add(m.ruleId);
            const where = `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
            expect(m.line, where).toBeGreaterThanOrEqual(1);
            expect(m.column, where).toBeGreaterThanOrEqual(1);
            expect(m.endLine, where).toBeLessThanOrEqual(lines.length);
            expect(m.column, where).toBeLessThanOrEqual((lines[m.line - 1] ?? '').length + 1);
            expect(m.endColumn, where).toBeLessThanOrEqual((lines[m.endLine - 1] ?? '').length + 1);
            expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), where).toBe(true);
          }
        } finally {
          writeFileSync(join(tree.root, path), original);
        }
      }),
      { numRuns: 150, seed: 20240909 },
    );
    // The mutations must actually provoke problems of many kinds, or the property proves nothing.
    expect(checked).toBeGreaterThan(150);
    expect(rules.size).toBeGreaterThan(8);
  }, 120_000);
});
