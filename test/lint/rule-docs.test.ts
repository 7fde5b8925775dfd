import { describe, expect, it } from 'vitest';
import { RULE_DOCS } from '../../src/lint/rule-docs.js';
import { renderExplanation, renderRuleTable } from '../../src/lint/rule-table.js';
import { RULES } from '../../src/lint/rules.js';

const FIELDS = ['explanation', 'wrong', 'right', 'fix'] as const;

describe('RULE_DOCS', () => {
  it.each(RULES.map((r) => r.id))('%s has a doc with every field filled', (id) => {
    expect(Object.hasOwn(RULE_DOCS, id)).toBe(true);
    const doc = RULE_DOCS[id];
    for (const field of FIELDS) {
      expect(doc?.[field].trim(), `${id}.${field}`).not.toBe('');
    }
  });

  it('has no doc for an id that is not in the catalogue', () => {
    const known = new Set(RULES.map((r) => r.id));
    expect(Object.keys(RULE_DOCS).filter((id) => !known.has(id))).toEqual([]);
  });

  it('shows a corrected example that differs from the wrong one', () => {
    for (const id of Object.keys(RULE_DOCS)) {
      expect(RULE_DOCS[id]?.right, id).not.toBe(RULE_DOCS[id]?.wrong);
    }
  });
});

describe('renderRuleTable', () => {
  const table = renderRuleTable();
  const lines = table.trimEnd().split('\n');

  it('has a header, a separator and exactly one row per rule, in catalogue order', () => {
    expect(lines).toHaveLength(RULES.length + 2);
    expect(lines[1]).toMatch(/^\|(-+\|){3}$/);
    const ids = lines.slice(2).map((line) => /^\| `([a-z0-9-]+)` \|/.exec(line)?.[1]);
    expect(ids).toEqual(RULES.map((r) => r.id));
  });

  it('gives every row three cells', () => {
    for (const line of lines) {
      // Split on pipes that are not escaped.
      expect(line.split(/(?<!\\)\|/).length - 2, line).toBe(3);
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
  it.each(['does-not-exist', '', 'constructor', 'toString', '__proto__', 'schema-const'])(
    'returns undefined for unknown id %j',
    (id) => {
      expect(renderExplanation(id)).toBeUndefined();
    },
  );

  it.each(RULES.map((r) => r.id))('%s: names the rule and shows both examples indented', (id) => {
    const text = renderExplanation(id);
    expect(text).toBeDefined();
    const out = text ?? '';
    expect(out.split('\n')[0]).toContain(id);
    const doc = RULE_DOCS[id];
    for (const line of [...(doc?.wrong ?? '').split('\n'), ...(doc?.right ?? '').split('\n')]) {
      if (line !== '') expect(out).toContain(`\n    ${line}\n`);
    }
    // Plain text: no ANSI escape sequences.
    expect(out).not.toMatch(/\u001b\[/);
    expect(out.endsWith('\n')).toBe(true);
  });
});

describe('docs/rules/<ruleId>.md', () => {
  it.each(RULES.map((r) => r.id))('%s: a page titled with the id, the catalogue summary under it', (id) => {
    const markdown = RULE_DOCS[id]?.markdown ?? '';
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]).toBe(RULES.find((r) => r.id === id)?.summary);
  });
});
