/**
 * Where the documentation of a rule lives: docs/rules/<ruleId>.md, shipped with the package.
 * One link for every consumer (SARIF `helpUri`, the language server's `codeDescription`), so a
 * reader always lands on the same page `staat explain` prints.
 */
import { fileURLToPath } from 'node:url';

/** The folder with one Markdown file per rule (next to lib/ and src/ in the package). */
export const RULE_DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

/** A file: URI of the rule's Markdown page. Ids are kebab-case, so no escaping is needed beyond URL's own. */
export function ruleHelpUri(ruleId: string): string {
  return new URL(`../../docs/rules/${encodeURIComponent(ruleId)}.md`, import.meta.url).href;
}

/** The path of the rule's Markdown page on disk. */
export function ruleDocPath(ruleId: string): string {
  return fileURLToPath(ruleHelpUri(ruleId));
}
