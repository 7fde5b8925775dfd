/**
 * The explanation behind every rule id, read from docs/rules/<ruleId>.md: one Markdown file per
 * rule is the single source for `staat explain`, the README's rule table, SARIF `help` and the
 * language server's link (rule-help.ts). Written for the people who write a Stand van de
 * Uitvoering: plain Dutch, examples taken from real-looking Standen.
 *
 * A file has a `# <ruleId>` title, the one-line summary, and the sections below; the examples
 * are the first fenced block under "Fout" and "Goed", shown verbatim (indented) by `explain`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { RULE_DOCS_DIR } from './rule-help.js';

export interface RuleDoc {
  /** What the rule checks and why it matters for the report (2–4 sentences). */
  explanation: string;
  /** A short, realistic example that triggers the rule. */
  wrong: string;
  /** The same example, corrected. */
  right: string;
  /** What to do, concretely. */
  fix: string;
  /** The whole Markdown file, for SARIF `help.markdown`. */
  markdown: string;
}

export const SECTIONS = {
  explanation: 'Wat het controleert en waarom',
  wrong: 'Fout',
  right: 'Goed',
  fix: 'Zo lost u het op',
} as const;

/** Parses one rule file; undefined when a section is missing (the docs test names which). */
export function parseRuleDoc(markdown: string): RuleDoc | undefined {
  const sections = new Map<string, string>();
  let current: string | undefined;
  let body: string[] = [];
  const flush = (): void => {
    if (current !== undefined) sections.set(current, body.join('\n').trim());
  };
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) {
      flush();
      current = line.slice(3).trim();
      body = [];
    } else body.push(line);
  }
  flush();
  const text = (name: string): string | undefined => sections.get(name);
  const example = (name: string): string | undefined => /```[^\n]*\n([\s\S]*?)\n```/.exec(text(name) ?? '')?.[1];
  const explanation = text(SECTIONS.explanation);
  const wrong = example(SECTIONS.wrong);
  const right = example(SECTIONS.right);
  const fix = text(SECTIONS.fix);
  if (explanation === undefined || wrong === undefined || right === undefined || fix === undefined) return undefined;
  return { explanation: unwrap(explanation), wrong, right, fix: unwrap(fix), markdown };
}

/** Paragraph text as one line per paragraph, as `explain` re-wraps it to the terminal. */
function unwrap(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n');
}

function loadAll(): Record<string, RuleDoc> {
  const docs: Record<string, RuleDoc> = {};
  let names: string[] = [];
  try {
    names = readdirSync(RULE_DOCS_DIR).filter((n) => n.endsWith('.md'));
  } catch {
    return docs; // The package ships docs/; without it explain says it knows no rule, never crashes.
  }
  for (const name of names.sort()) {
    const doc = parseRuleDoc(readFileSync(RULE_DOCS_DIR + name, 'utf8'));
    if (doc) docs[name.slice(0, -3)] = doc;
  }
  return docs;
}

export const RULE_DOCS: Record<string, RuleDoc> = loadAll();
