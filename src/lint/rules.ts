/**
 * The rule catalogue: every rule id a user can see, with its severity (which the code needs).
 * Everything said about a rule, its one-line summary included, lives in docs/rules/<id>.md
 * (rule-docs.ts reads it); the README's rule table is generated from both (scripts/gen-readme.mjs),
 * so docs, CLI and code cannot drift apart.
 */
import type { Severity } from './diagnostic.js';

export interface Rule {
  id: string;
  severity: Severity;
  /** Where the id comes from: the format contract, our hostile-input additions, or the schema. */
  origin: 'format' | 'input' | 'schema';
}

export const RULES: readonly Rule[] = [
  // format.md's table
  { id: 'yaml-syntax', severity: 'error', origin: 'format' },
  { id: 'yaml-duplicate-key', severity: 'error', origin: 'format' },
  { id: 'front-matter-missing', severity: 'error', origin: 'format' },
  { id: 'front-matter-language', severity: 'error', origin: 'format' },
  { id: 'unknown-organisatie', severity: 'error', origin: 'format' },
  { id: 'unknown-thema', severity: 'error', origin: 'format' },
  { id: 'unknown-ministerie', severity: 'error', origin: 'format' },
  { id: 'file-name-mismatch', severity: 'error', origin: 'format' },
  { id: 'duplicate-stand', severity: 'error', origin: 'format' },
  { id: 'duplicate-knelpunt-id', severity: 'error', origin: 'format' },
  { id: 'opdrachtgever-not-in-driehoek', severity: 'error', origin: 'format' },
  { id: 'opdrachtgever-ambiguous', severity: 'warning', origin: 'format' },
  { id: 'organisatie-not-active', severity: 'error', origin: 'format' },
  { id: 'eerste-melding-after-verslagjaar', severity: 'error', origin: 'format' },
  { id: 'status-nieuw-but-known', severity: 'warning', origin: 'format' },
  { id: 'knelpunt-verdwenen', severity: 'warning', origin: 'format' },
  { id: 'missing-oplossingsrichting', severity: 'warning', origin: 'format' },
  { id: 'empty-knelpunten', severity: 'warning', origin: 'format' },
  { id: 'gedeeld-knelpunt-single', severity: 'info', origin: 'format' },
  { id: 'raw-html', severity: 'warning', origin: 'format' },
  { id: 'register-duplicate-id', severity: 'error', origin: 'format' },
  { id: 'register-period-overlap', severity: 'error', origin: 'format' },
  { id: 'register-unknown-ministerie', severity: 'error', origin: 'format' },
  // format.md: rules for text typed by people
  { id: 'invisible-character', severity: 'error', origin: 'format' },
  { id: 'unused-suppression', severity: 'warning', origin: 'format' },
  { id: 'suppression-without-reason', severity: 'warning', origin: 'format' },
  { id: 'number-thousands-separator', severity: 'error', origin: 'format' },
  // Added for hostile or broken input (not in format.md's table)
  { id: 'register-period-order', severity: 'error', origin: 'input' },
  { id: 'register-missing', severity: 'error', origin: 'input' },
  { id: 'samenvatting-in-md', severity: 'error', origin: 'input' },
  { id: 'yaml-too-complex', severity: 'error', origin: 'input' },
  { id: 'file-too-large', severity: 'error', origin: 'input' },
  { id: 'file-binary', severity: 'error', origin: 'input' },
  { id: 'file-encoding', severity: 'error', origin: 'input' },
  { id: 'symlink-outside-root', severity: 'error', origin: 'input' },
  { id: 'unexpected-file', severity: 'warning', origin: 'input' },
  { id: 'stand-misplaced', severity: 'error', origin: 'input' },
  { id: 'file-unreadable', severity: 'error', origin: 'input' },
  { id: 'edition-missing', severity: 'error', origin: 'input' },
  { id: 'licentie-unknown', severity: 'warning', origin: 'input' },
  { id: 'bron-url-placeholder', severity: 'error', origin: 'input' },
  // Schema failures: schema-<ajv keyword>
  { id: 'schema-required', severity: 'error', origin: 'schema' },
  { id: 'schema-additional-properties', severity: 'error', origin: 'schema' },
  { id: 'schema-type', severity: 'error', origin: 'schema' },
  { id: 'schema-enum', severity: 'error', origin: 'schema' },
  { id: 'schema-pattern', severity: 'error', origin: 'schema' },
  { id: 'schema-format', severity: 'error', origin: 'schema' },
  { id: 'schema-min-length', severity: 'error', origin: 'schema' },
  { id: 'schema-max-length', severity: 'error', origin: 'schema' },
  { id: 'schema-minimum', severity: 'error', origin: 'schema' },
  { id: 'schema-maximum', severity: 'error', origin: 'schema' },
  { id: 'schema-min-items', severity: 'error', origin: 'schema' },
  { id: 'schema-unique-items', severity: 'error', origin: 'schema' },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Severity of a rule id; schema keywords we did not list are errors too. */
export function severityOf(id: string): Rule['severity'] {
  const rule = BY_ID.get(id);
  if (rule) return rule.severity;
  if (id.startsWith('schema-')) return 'error';
  throw new Error(`Onbekende regel-id in de code: ${id}`);
}
