/**
 * Hostile and broken input: every case gets a rule id and a Dutch message, never an internal
 * failure (exit 3), never a hang, and never hides the problems of the other files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, buildTree, lintCase, runLint, type CaseFiles, type FlatMessage } from './harness.js';
import { sub } from './rule-cases.js';

const SVB = 'standen/2024/svb.yaml';
const UWV = 'standen/2024/uwv.md';
const UWV23 = 'standen/2023/uwv.md';
const svb = base(SVB);

/** A planted problem in another file that must still be reported next to the hostile one. */
const WITNESS: CaseFiles = { [UWV]: sub(base(UWV), 'thema: capaciteit-personeel', 'thema: capaciteitt') };
const witnessSeen = (messages: FlatMessage[]): boolean => messages.some((m) => m.path === UWV && m.ruleId === 'unknown-thema' && m.line === 11 && m.column === 12);

interface HostileCase {
  name: string;
  files: CaseFiles;
  path: string;
  ruleId: string;
  line?: number;
  column?: number;
  exitCode?: number;
}

const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

const CASES: HostileCase[] = [
  { name: 'alias bomb (billion laughs)', files: { [SVB]: `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n` }, path: SVB, ruleId: 'yaml-too-complex', line: 2, column: 8 },
  { name: 'deep flow nesting (65 levels)', files: { [SVB]: `x: ${'['.repeat(65)}${']'.repeat(65)}\n` }, path: SVB, ruleId: 'yaml-too-complex', line: 1, column: 67 },
  { name: 'very deep flow nesting (20 000 levels)', files: { [SVB]: `${'['.repeat(20000)}${']'.repeat(20000)}\n` }, path: SVB, ruleId: 'yaml-too-complex' },
  { name: 'very deep unclosed nesting', files: { [SVB]: `${'['.repeat(20000)}\n` }, path: SVB, ruleId: 'yaml-too-complex' },
  { name: 'deep block nesting', files: { [SVB]: Array.from({ length: 80 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' x\n' }, path: SVB, ruleId: 'yaml-too-complex' },
  { name: '2 MB file', files: { [SVB]: `${svb}#${'x'.repeat(2 * 1024 * 1024)}\n` }, path: SVB, ruleId: 'file-too-large', line: 1, column: 1 },
  { name: 'binary (PNG header)', files: { [SVB]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, path: SVB, ruleId: 'file-binary', line: 1, column: 1 },
  { name: 'NUL byte in text', files: { [SVB]: svb.replace('svb', 'svb\u0000') }, path: SVB, ruleId: 'file-binary', line: 1, column: 1 },
  { name: 'UTF-16 LE with BOM', files: { [SVB]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svb, 'utf16le')]) }, path: SVB, ruleId: 'file-encoding', line: 1, column: 1 },
  { name: 'UTF-16 BE with BOM', files: { [SVB]: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(svb)]) }, path: SVB, ruleId: 'file-encoding', line: 1, column: 1 },
  { name: 'UTF-16 LE without BOM', files: { [SVB]: Buffer.from(svb, 'utf16le') }, path: SVB, ruleId: 'file-encoding', line: 1, column: 1 },
  { name: 'Windows-1252', files: { [SVB]: Buffer.from(sub(svb, 'Eenvoudiger regels.', 'Eenvoudiger regels – “één” loket.'), 'latin1') }, path: SVB, ruleId: 'file-encoding', line: 1, column: 1 },
  { name: 'tab indentation', files: { [SVB]: sub(svb, '    titel: AOW', '\ttitel: AOW') }, path: SVB, ruleId: 'yaml-syntax', line: 7, column: 1 },
  { name: 'duplicate keys in a knelpunt', files: { [SVB]: sub(svb, '    status: in_analyse\n', '    status: in_analyse\n    status: opgelost\n') }, path: SVB, ruleId: 'yaml-duplicate-key', line: 15, column: 5 },
  { name: 'empty file', files: { [SVB]: '' }, path: SVB, ruleId: 'schema-type', line: 1, column: 1 },
  { name: 'only a comment', files: { [SVB]: '# niets\n' }, path: SVB, ruleId: 'schema-type', line: 1, column: 1 },
  { name: 'a list instead of a mapping', files: { [SVB]: '- organisatie: svb\n' }, path: SVB, ruleId: 'schema-type', line: 1, column: 1 },
  { name: 'two YAML documents', files: { [SVB]: `${svb}---\norganisatie: uwv\n` }, path: SVB, ruleId: 'yaml-syntax' },
  { name: 'custom tag', files: { [SVB]: sub(svb, 'titel: AOW in het buitenland is complex', 'titel: !!js/function "function(){}"') }, path: SVB, ruleId: 'yaml-syntax', line: 7, column: 12 },
  { name: 'front matter in another language', files: { [UWV23]: '---coffee\norganisatie: "uwv"\n---\n' }, path: UWV23, ruleId: 'front-matter-language', line: 1, column: 1 },
  { name: '__proto__ key', files: { [SVB]: `__proto__:\n  polluted: true\n${svb}` }, path: SVB, ruleId: 'schema-additional-properties', line: 1, column: 1 },
  { name: 'symlink to a file outside the root', files: { [SVB]: { symlink: 'outside/geheim.yaml' } }, path: SVB, ruleId: 'symlink-outside-root', line: 1, column: 1 },
  { name: 'symlink to a folder outside the root', files: { 'standen/2025': { symlink: 'outside' } }, path: 'standen/2025', ruleId: 'symlink-outside-root', line: 1, column: 1 },
  { name: 'dangling symlink', files: { [SVB]: { symlink: 'outside/bestaat-niet.yaml' } }, path: SVB, ruleId: 'symlink-outside-root', line: 1, column: 1 },
  { name: 'symlink to /etc/passwd', files: { 'registers/oproepen.yaml': { symlink: '../../../../../../../../etc/passwd' } }, path: 'registers/oproepen.yaml', ruleId: 'symlink-outside-root', line: 1, column: 1 },
  { name: 'file name with spaces', files: { 'standen/2024/dienst toeslagen.yaml': 'organisatie: toeslagen\nverslagjaar: 2024\nknelpunten: []\n' }, path: 'standen/2024/dienst toeslagen.yaml', ruleId: 'file-name-mismatch', line: 1, column: 14 },
  { name: 'upper-case file name', files: { 'standen/2024/SVB.yaml': svb, [SVB]: null }, path: 'standen/2024/SVB.yaml', ruleId: 'file-name-mismatch', line: 1, column: 14 },
  { name: 'file name with a newline and unicode', files: { 'standen/2024/sv\nb—é.md': '---\norganisatie: svb\n---\n' }, path: 'standen/2024/sv\nb—é.md', ruleId: 'file-name-mismatch', line: 2, column: 14 },
  { name: 'file name starting with a dash', files: { 'standen/2024/-rf.yaml': svb }, path: 'standen/2024/-rf.yaml', ruleId: 'file-name-mismatch', line: 1, column: 14 },
  { name: 'a folder named like a Stand', files: { 'standen/2024/toeslagen.md/x.md': 'x' }, path: 'standen/2024/toeslagen.md', ruleId: 'file-unreadable', line: 1, column: 1, exitCode: 1 },
  { name: 'a Stand directly in standen/', files: { 'standen/svb.yaml': svb }, path: 'standen/svb.yaml', ruleId: 'stand-misplaced', line: 1, column: 1, exitCode: 1 },
  { name: 'a Stand with an upper-case extension', files: { 'standen/2024/cjib.MD': '---\norganisatie: cjib\n---\n' }, path: 'standen/2024/cjib.MD', ruleId: 'stand-misplaced', line: 1, column: 1, exitCode: 1 },
  { name: 'an unknown register', files: { 'registers/wetten.yaml': '- id: x\n' }, path: 'registers/wetten.yaml', ruleId: 'unexpected-file', line: 1, column: 1, exitCode: 0 },
];

describe.each(CASES)('$name', (c) => {
  it('gets its rule id, a Dutch message, exit 1 (or 0 for a warning), and the other files are still checked', async () => {
    const started = Date.now();
    const r = await lintCase({ ...WITNESS, ...c.files });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.stderr).not.toMatch(/interne fout/);
    expect(r.exitCode).toBe(1);
    const mine = r.messages.filter((m) => m.path === c.path && m.ruleId === c.ruleId);
    expect(mine.length, JSON.stringify(r.messages.filter((m) => m.path === c.path))).toBeGreaterThanOrEqual(1);
    const m = mine[0]!;
    if (c.line !== undefined) expect(m.line).toBe(c.line);
    if (c.column !== undefined) expect(m.column).toBe(c.column);
    expect(m.message).toMatch(/[a-z]/);
    expect(m.message).not.toMatch(/\b(undefined|null|NaN|Error|at Object)\b/);
    expect(witnessSeen(r.messages)).toBe(true);
  });

  it('alone: exit code follows its severity', async () => {
    const r = await lintCase(c.files);
    expect(r.exitCode).toBe(c.exitCode ?? 1);
  });
});

describe('no Node code runs from content', () => {
  it('---js front matter is never evaluated', async () => {
    const flag = '__staat_evaluated__';
    const r = await lintCase({ [UWV]: `---js\n{ organisatie: (globalThis.${flag} = true, "uwv") }\n---\n` });
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
    expect(r.messages.map((m) => m.ruleId)).toContain('front-matter-language');
  });

  it('__proto__ in YAML does not pollute Object.prototype', async () => {
    await lintCase({ [SVB]: `__proto__:\n  polluted: true\n${svb}` });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('special files are never opened', () => {
  it('a FIFO in standen/ does not hang the run', async () => {
    const tree = buildTree();
    try {
      const fifo = join(tree.root, 'standen/2024/toeslagen.yaml');
      try {
        execFileSync('mkfifo', [fifo]);
      } catch {
        return; // no mkfifo on this system
      }
      const r = await runLint(tree.root);
      expect(r.messages.find((m) => m.path === 'standen/2024/toeslagen.yaml')?.ruleId).toBe('file-unreadable');
      expect(r.stderr).not.toMatch(/interne fout/);
    } finally {
      tree.cleanup();
    }
  });

  it('a symlink loop of folders ends', async () => {
    const tree = buildTree();
    try {
      mkdirSync(join(tree.root, 'standen/2022'));
      symlinkSync(join(tree.root, 'standen'), join(tree.root, 'standen/2022/lus'));
      writeFileSync(join(tree.root, 'standen/2022/svb.yaml'), svb.replace('verslagjaar: 2024', 'verslagjaar: 2022'));
      const r = await runLint(tree.root);
      expect(r.stderr).not.toMatch(/interne fout/);
      expect([0, 1]).toContain(r.exitCode);
    } finally {
      tree.cleanup();
    }
  });
});

describe('a broken register does not flood the Standen', () => {
  it.each(['organisaties', 'themas', 'ministeries'])('unreadable %s.yaml: its own problem only, no unknown references', async (name) => {
    const r = await lintCase({ [`registers/${name}.yaml`]: Buffer.from([0, 1, 2, 3]) });
    expect(r.exitCode).toBe(1);
    expect(r.messages.map((m) => `${m.path} ${m.ruleId}`)).toEqual([`registers/${name}.yaml file-binary`]);
  });

  it('a missing register: its own problem only', async () => {
    const r = await lintCase({ 'registers/themas.yaml': null });
    expect(r.messages.map((m) => `${m.path} ${m.ruleId}`)).toEqual(['registers/themas.yaml register-missing']);
  });
});
