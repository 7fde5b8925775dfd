/**
 * The explanation behind every rule id, read from docs/rules/<ruleId>.md: one Markdown file per
 * rule is the single source for the rule's one-line summary, `staat explain`, the README's rule
 * table, SARIF `shortDescription` / `help` and the language server's link (rule-help.ts).
 * Written for the people who write a Stand van de Uitvoering: plain Dutch, real-looking Standen.
 *
 * A file is a `# <ruleId>` title, the summary (the first paragraph), and the sections of
 * SECTIONS. Under "Fout" and "Goed", a fence whose info string names a path after the language
 * (```` ```yaml standen/2024/duo.yaml ````) is that whole file on top of the voorbeeld tree
 * (docs/rules/voorbeeld/); language `verwijderd` removes the file. docs/rules/README.md tells
 * writers the convention; test/lint/rule-docs.test.ts lints every example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { RULE_DOCS_DIR } from './rule-help.js';

/** One fenced block of an example: a whole file of the content tree, or (without path) a description. */
export interface ExampleBlock {
  kind: 'block';
  /** The fence's language: yaml, markdown, text, or `verwijderd` for a removed file. */
  lang: string;
  /** Relative to the content root; undefined for a block that only describes (not lintable). */
  path: string | undefined;
  /** The block's text: the file's whole content. */
  text: string;
}

/** A sentence between the blocks of an example, shown as it is. */
export interface ExampleProse {
  kind: 'prose';
  text: string;
}

export type ExamplePart = ExampleBlock | ExampleProse;

export interface RuleDoc {
  /** One line: what the rule checks (the README table, SARIF shortDescription, explain). */
  summary: string;
  /** What the rule checks and why it matters for the report (2–4 sentences). */
  explanation: string;
  /** A realistic example that triggers the rule, in document order. */
  wrong: ExamplePart[];
  /** The same example, corrected. */
  right: ExamplePart[];
  /** What to do, concretely. */
  fix: string;
  /** The Markdown page with each example file's path as a caption above its block (SARIF `help.markdown`). */
  markdown: string;
}

export const SECTIONS = {
  explanation: 'Wat het controleert en waarom',
  wrong: 'Fout',
  right: 'Goed',
  fix: 'Zo lost u het op',
} as const;

/** The fence language that stands for "this file is removed from the voorbeeld tree". */
export const REMOVED = 'verwijderd';

const FENCE = /^```(.*)$/;

/**
 * Parses one rule file; undefined when the title, the summary or a section is missing, or an
 * example has no block (the docs test names the file).
 */
export function parseRuleDoc(markdown: string): RuleDoc | undefined {
  const lines = markdown.split(/\r?\n/);
  const summary = summaryOf(lines);
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  let fenced = false;
  for (const line of lines) {
    if (FENCE.test(line)) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) {
      current = [];
      sections.set(line.slice(3).trim(), current);
    } else current?.push(line);
  }
  const text = (name: string): string | undefined => sections.get(name)?.join('\n').trim();
  const example = (name: string): ExamplePart[] | undefined => {
    const section = sections.get(name);
    const parts = section ? exampleParts(section) : [];
    return parts.some((p) => p.kind === 'block') ? parts : undefined;
  };
  const explanation = text(SECTIONS.explanation);
  const wrong = example(SECTIONS.wrong);
  const right = example(SECTIONS.right);
  const fix = text(SECTIONS.fix);
  if (summary === undefined || explanation === undefined || wrong === undefined || right === undefined || fix === undefined) return undefined;
  return { summary, explanation: unwrap(explanation), wrong, right, fix: unwrap(fix), markdown: withCaptions(lines) };
}

/** The first paragraph under the `# ` title, as one line. */
function summaryOf(lines: string[]): string | undefined {
  if (!lines[0]?.startsWith('# ')) return undefined;
  let i = 1;
  while (i < lines.length && lines[i]?.trim() === '') i++;
  const paragraph: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.startsWith('#') || FENCE.test(line)) break;
    paragraph.push(line.trim());
  }
  return paragraph.length > 0 ? paragraph.join(' ') : undefined;
}

/** A section's fenced blocks and the prose between them, in order. */
function exampleParts(section: string[]): ExamplePart[] {
  const parts: ExamplePart[] = [];
  let prose: string[] = [];
  const flushProse = (): void => {
    const text = unwrap(prose.join('\n').trim());
    if (text !== '') parts.push({ kind: 'prose', text });
    prose = [];
  };
  for (let i = 0; i < section.length; i++) {
    const open = FENCE.exec(section[i] ?? '');
    if (!open) {
      prose.push(section[i] ?? '');
      continue;
    }
    flushProse();
    const [lang = 'text', path] = (open[1] ?? '').trim().split(/\s+/);
    const body: string[] = [];
    for (i++; i < section.length && !FENCE.test(section[i] ?? ''); i++) body.push(section[i] ?? '');
    // The file's text ends in a newline, as files written in an editor do.
    parts.push({ kind: 'block', lang, path, text: body.length > 0 ? `${body.join('\n')}\n` : '' });
  }
  flushProse();
  return parts;
}

/**
 * The page as viewers render it: a Markdown viewer hides a fence's info string, so the path
 * moves to a caption line above the block.
 */
function withCaptions(lines: string[]): string {
  const out: string[] = [];
  let fenced = false;
  let removed = false;
  for (const line of lines) {
    const open = FENCE.exec(line);
    if (open && !fenced) {
      const [lang = '', path] = (open[1] ?? '').trim().split(/\s+/);
      if (path !== undefined) {
        // A removed file is only its caption; its (empty) block is dropped.
        removed = lang === REMOVED;
        out.push(removed ? `\`${path}\` (${REMOVED})` : `\`${path}\`:`);
        if (!removed) out.push('', `\`\`\`${lang}`);
        fenced = true;
        continue;
      }
    }
    if (open) fenced = !fenced;
    if (removed) {
      if (!fenced) removed = false;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Paragraph text as one line per paragraph, as `explain` re-wraps it to the terminal. */
function unwrap(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n');
}

/** The rule files in docs/rules: every `<id>.md` but the folder's README (which describes them). */
export function ruleDocFiles(): string[] {
  try {
    return readdirSync(RULE_DOCS_DIR)
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .sort();
  } catch {
    return []; // The package ships docs/; without it explain says it knows no rule, never crashes.
  }
}

function loadAll(): Record<string, RuleDoc> {
  const docs: Record<string, RuleDoc> = {};
  for (const name of ruleDocFiles()) {
    const doc = parseRuleDoc(readFileSync(RULE_DOCS_DIR + name, 'utf8'));
    if (doc) docs[name.slice(0, -3)] = doc;
  }
  return docs;
}

let docs: Record<string, RuleDoc> | undefined;

/**
 * Every rule's page, read on first use: reading and parsing ~100 pages costs ~10 ms, and a lint
 * that finds nothing (or prints stylish, which names no rule's page) never needs them.
 */
export function ruleDocs(): Record<string, RuleDoc> {
  docs ??= loadAll();
  return docs;
}

/** The rule's one-line summary from its page; undefined for an id without a (complete) page. */
export function ruleSummary(id: string): string | undefined {
  // Own-property lookup only: an id like "constructor" must not find Object.prototype members.
  const all = ruleDocs();
  return Object.hasOwn(all, id) ? all[id]?.summary : undefined;
}
