import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintContentParallel } from '../../src/lint/lint.js';
import { REMOVED, parseRuleDoc, ruleDocFiles, ruleDocs, type ExampleBlock, type ExamplePart } from '../../src/lint/rule-docs.js';
import { RULE_DOCS_DIR } from '../../src/lint/rule-help.js';
import { renderExplanation, renderRuleTable } from '../../src/lint/rule-table.js';
import { RULES } from '../../src/lint/rules.js';
import { buildTree, type CaseFiles } from './harness.js';

const RULE_DOCS = ruleDocs();

/** The clean content tree every example is laid on (docs/rules/README.md describes it). */
const VOORBEELD_DIR = fileURLToPath(new URL('../../docs/rules/voorbeeld/', import.meta.url));

/**
 * Rules whose problem is not in a file's text, so no fenced file can show it: their examples
 * describe the situation instead. A rule here whose doc has file examples fails the test.
 */
const DESCRIBED: Record<string, string> = {
  'file-binary': 'NUL bytes cannot be written in a Markdown page',
  'file-encoding': 'a page is UTF-8 itself; a UTF-16 or Windows-1252 file cannot be shown in it',
  'file-too-large': 'a file over 1 MB is not an example anyone reads',
  'file-unreadable': 'missing read permission (or a non-regular file) is not file content',
  'symlink-outside-root': 'a symbolic link is not file content',
};

const ids = RULES.map((r) => r.id);
const blocks = (parts: ExamplePart[]): ExampleBlock[] => parts.filter((p): p is ExampleBlock => p.kind === 'block');

describe('docs/rules/<ruleId>.md', () => {
  it('has a page for every rule in rules.ts, and a rule for every page', () => {
    expect(ruleDocFiles().map((name) => name.slice(0, -3))).toEqual([...ids].sort());
  });

  it.each(ruleDocFiles())('%s has the title, the summary and every section', (name) => {
    const markdown = readFileSync(RULE_DOCS_DIR + name, 'utf8');
    expect(markdown.split('\n')[0]).toBe(`# ${name.slice(0, -3)}`);
    const doc = parseRuleDoc(markdown);
    expect(doc).toBeDefined();
    for (const text of [doc?.summary, doc?.explanation, doc?.fix]) expect(text?.trim()).not.toBe('');
    // The summary is one line of a table: no pipe-escaping surprises, not a heading or a block.
    expect(doc?.summary).not.toMatch(/^[#`]/);
  });

  it('lists no described-only rule that is not in the catalogue', () => {
    expect(Object.keys(DESCRIBED).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

/** The example's files as a case on top of the voorbeeld tree (null deletes). */
function caseFiles(parts: ExamplePart[]): CaseFiles {
  const files: CaseFiles = {};
  for (const block of blocks(parts)) {
    if (block.path === undefined) throw new Error('a block without a file path');
    files[block.path] = block.lang === REMOVED ? null : block.text;
  }
  return files;
}

/**
 * Lints the voorbeeld tree with the example laid on it, with the function `staat lint` calls;
 * its unsuppressed messages as `path ruleId line:column`. Suppressed ones are left out as every
 * format but json/sarif leaves them out: the right example of suppression-without-reason is a
 * warning suppressed with a reason.
 */
async function lintExample(parts: ExamplePart[]): Promise<string[]> {
  const tree = buildTree(caseFiles(parts), VOORBEELD_DIR);
  try {
    const { result } = await lintContentParallel(tree.root);
    return result.files.flatMap((f) => f.messages.filter((m) => m.suppression === undefined).map((m) => `${f.path} ${m.ruleId} ${m.line}:${m.column}`));
  } finally {
    tree.cleanup();
  }
}

const ruleOf = (message: string): string => message.split(' ')[1] ?? '';

describe('the examples in docs/rules', () => {
  it('are laid on a voorbeeld tree that lints clean', async () => {
    expect(await lintExample([])).toEqual([]);
  });

  const lintable = ids.filter((id) => !(id in DESCRIBED));

  it.each(lintable)('%s: every block of both examples names the file it stands for', (id) => {
    const doc = RULE_DOCS[id];
    for (const block of blocks([...(doc?.wrong ?? []), ...(doc?.right ?? [])])) {
      expect(block.path, `${id}: \`\`\`${block.lang} without a path`).toBeDefined();
      if (block.lang === REMOVED) expect(block.text, `${id}: a removed file has no text`).toBe('');
    }
  });

  it.each(lintable)('%s: the wrong example gives that rule and nothing else', async (id) => {
    const messages = await lintExample(RULE_DOCS[id]?.wrong ?? []);
    expect(messages.length, 'no message at all').toBeGreaterThan(0);
    expect(messages.filter((m) => ruleOf(m) !== id)).toEqual([]);
  });

  it.each(lintable)('%s: the right example gives no message', async (id) => {
    expect(await lintExample(RULE_DOCS[id]?.right ?? [])).toEqual([]);
  });

  it.each(Object.keys(DESCRIBED))('%s: describes its examples instead (no file paths)', (id) => {
    const doc = RULE_DOCS[id];
    for (const block of blocks([...(doc?.wrong ?? []), ...(doc?.right ?? [])])) expect(block.path, id).toBeUndefined();
  });
});

describe('renderRuleTable', () => {
  // Rendered in a hook: a page without a summary fails these tests, not the whole file's collection.
  let lines: string[] = [];
  beforeAll(() => {
    lines = renderRuleTable().trimEnd().split('\n');
  });

  it('has a header, a separator and exactly one row per rule, in catalogue order', () => {
    expect(lines).toHaveLength(RULES.length + 2);
    expect(lines[1]).toMatch(/^\|(-+\|){3}$/);
    const rowIds = lines.slice(2).map((line) => /^\| `([a-z0-9-]+)` \|/.exec(line)?.[1]);
    expect(rowIds).toEqual(ids);
  });

  it('gives every row three cells, the third the summary from the rule page', () => {
    for (const [i, line] of lines.entries()) {
      // Split on pipes that are not escaped.
      const cells = line.split(/(?<!\\)\|/);
      expect(cells.length - 2, line).toBe(3);
      const id = ids[i - 2];
      if (id !== undefined) expect(cells[3]?.trim().replace(/\\\|/g, '|')).toBe(RULE_DOCS[id]?.summary);
    }
  });

  it('puts a distinct severity label in the ernst column for each severity', () => {
    const bySeverity = new Map<string, Set<string>>();
    for (const [i, rule] of RULES.entries()) {
      const cell = lines[i + 2]?.split('|')[2]?.trim() ?? '';
      expect(cell).not.toBe('');
      bySeverity.set(rule.severity, (bySeverity.get(rule.severity) ?? new Set()).add(cell));
    }
    const labels = [...bySeverity.values()];
    for (const set of labels) expect(set.size).toBe(1);
    expect(new Set(labels.map((s) => [...s][0])).size).toBe(labels.length);
  });
});

describe('renderExplanation', () => {
  it.each(['does-not-exist', '', 'constructor', 'toString', '__proto__', 'schema-const'])('returns undefined for unknown id %j', (id) => {
    expect(renderExplanation(id)).toBeUndefined();
  });

  it.each(ids)('%s: names the rule, its summary, and every example file under its path, indented', (id) => {
    const out = renderExplanation(id) ?? '';
    const lines = out.split('\n');
    expect(lines[0]).toContain(id);
    expect(lines[1]).toBe(RULE_DOCS[id]?.summary);
    for (const block of blocks([...(RULE_DOCS[id]?.wrong ?? []), ...(RULE_DOCS[id]?.right ?? [])])) {
      if (block.path !== undefined) expect(lines.some((l) => l.trim().startsWith(block.path ?? ''))).toBe(true);
      for (const line of block.text.split('\n')) if (line !== '') expect(lines).toContain(`    ${line}`);
    }
    // Plain text: no ANSI escape sequences, no fence or info string leaking through.
    expect(out).not.toMatch(/\u001b\[|```/);
    expect(out.endsWith('\n')).toBe(true);
  });
});

describe('RuleDoc.markdown (SARIF help)', () => {
  it.each(ids)('%s: keeps the page, with each example path as a caption and a bare language on the fence', (id) => {
    const markdown = RULE_DOCS[id]?.markdown ?? '';
    expect(markdown.split('\n')[0]).toBe(`# ${id}`);
    for (const line of markdown.split('\n')) if (line.startsWith('```')) expect(line, id).toMatch(/^```[a-z]*$/);
    for (const block of blocks([...(RULE_DOCS[id]?.wrong ?? []), ...(RULE_DOCS[id]?.right ?? [])])) {
      if (block.path !== undefined) expect(markdown).toContain(`\`${block.path}\``);
    }
  });
});
