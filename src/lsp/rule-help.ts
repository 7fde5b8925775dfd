/**
 * Placeholder until `ruleHelpUri` from src/lint lands (the rule docs in docs/rules/ become the
 * single source): where an editor finds a rule's explanation.
 */
const DOCS = new URL('../../docs/rules/', import.meta.url);

export function ruleHelpUri(ruleId: string): string {
  return new URL(`${encodeURIComponent(ruleId)}.md`, DOCS).href;
}
