/**
 * Renders the rule catalogue for people: the README's rule table and the text of
 * `staat explain RULEID`. Both come from rules.ts (id, severity) and rule-docs.ts (summary,
 * explanation, examples, fix), so the README, the CLI and the linter name the same rules.
 */
import { SEVERITY_NL } from './diagnostic.js';
import { REMOVED, ruleDocs, ruleSummary, type ExamplePart } from './rule-docs.js';
import { RULES, findRule } from './rules.js';

export { SEVERITY_NL };

/** Terminal-friendly width for the prose parts of `staat explain`; examples are never wrapped. */
const WRAP_WIDTH = 88;

/** A Markdown table with one row per rule, in catalogue order; throws when a rule has no page. */
export function renderRuleTable(): string {
  const rows = RULES.map((rule) => {
    const summary = ruleSummary(rule.id);
    if (summary === undefined) throw new Error(`docs/rules/${rule.id}.md ontbreekt of is onvolledig.`);
    return `| \`${rule.id}\` | ${SEVERITY_NL[rule.severity]} | ${tableCell(summary)} |`;
  });
  return ['| regel | ernst | wat het controleert |', '|---|---|---|', ...rows].join('\n') + '\n';
}

/**
 * The plain-text explanation of one rule, ending in a newline; undefined for an id that is not
 * in the catalogue (the CLI turns that into a usage error).
 */
export function renderExplanation(id: string): string | undefined {
  // Own-property lookup only: an id like "constructor" must not find Object.prototype members.
  const rule = findRule(id);
  const doc = Object.hasOwn(ruleDocs(), id) ? ruleDocs()[id] : undefined;
  if (!rule || !doc) return undefined;
  const out = [
    `${rule.id} (${SEVERITY_NL[rule.severity]})`,
    doc.summary,
    '',
    ...wrap(doc.explanation),
    '',
    'Fout:',
    ...example(doc.wrong),
    '',
    'Goed:',
    ...example(doc.right),
    '',
    'Zo lost u het op:',
    ...wrap(doc.fix),
  ];
  return out.join('\n') + '\n';
}

/** A pipe or line break would break the Markdown table row. */
function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Each block indented under its file's path as a caption; prose wrapped like the rest. */
function example(parts: ExamplePart[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0) out.push('');
    if (part.kind === 'prose') out.push(...wrap(part.text).map((line) => `  ${line}`));
    else if (part.lang === REMOVED) out.push(`  ${part.path ?? ''} (${REMOVED})`);
    else {
      if (part.path !== undefined) out.push(`  ${part.path}:`);
      out.push(...indent(part.text.replace(/\n$/, '')));
    }
  }
  return out;
}

function indent(block: string): string[] {
  return block.split('\n').map((line) => (line === '' ? '' : `    ${line}`));
}

/** Greedy word wrap per paragraph; a single word longer than the width stays whole. */
function wrap(text: string, width: number = WRAP_WIDTH): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}
