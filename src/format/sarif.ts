import type { Diagnostic, LintResult, Severity } from '../lint/diagnostic.js';
import { ruleDocs } from '../lint/rule-docs.js';
import { ruleHelpUri } from '../lint/rule-help.js';
import type { FormatContext } from './index.js';
import { orderedFiles } from './order.js';
import { pathToUri, withPrefix } from './paths.js';

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Every location is a plain
 * relative `uri` from the working directory (the repository root in CI), without `uriBaseId`:
 * GitHub code scanning resolves such URIs against the checkout, and does not follow a chain of
 * base ids, so results with one landed on files that do not exist.
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: Level };
  /** The rule's page (docs/rules/<id>.md), the same text `staat explain` prints. */
  helpUri?: string;
  help?: { text: string; markdown: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; index: number };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  properties?: { pointer?: string; suggestions?: string[] };
  /** A `# staat-disable-next-line` comment in the file (SARIF's in-source suppression). */
  suppressions?: { kind: 'inSource'; justification?: string }[];
}

/** The rule table: every known rule once, then any rule id a result uses that the table lacks. */
function buildRules(result: LintResult, ctx: FormatContext): { rules: SarifRule[]; index: Map<string, number> } {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  const add = (id: string, summary: string, severity: Severity): void => {
    if (index.has(id)) return;
    index.set(id, rules.length);
    const rule: SarifRule = { id, shortDescription: { text: summary }, defaultConfiguration: { level: LEVEL[severity] } };
    const doc = Object.hasOwn(ruleDocs(), id) ? ruleDocs()[id] : undefined;
    if (doc) {
      rule.helpUri = ruleHelpUri(id);
      rule.help = { text: `${doc.explanation}\n\n${doc.fix}`, markdown: doc.markdown };
    }
    rules.push(rule);
  };
  for (const rule of ctx.rules) add(rule.id, rule.summary, rule.severity);
  for (const file of result.files) for (const m of file.messages) add(m.ruleId, m.ruleId, m.severity);
  return { rules, index };
}

function toResult(m: Diagnostic, ruleIndex: number, artifactIndex: number, uri: string): SarifResult {
  const out: SarifResult = {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, index: artifactIndex },
          // SARIF's endColumn is exclusive, like the Diagnostic's.
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
      },
    ],
  };
  if (m.pointer !== undefined || m.suggestions !== undefined) {
    const properties: NonNullable<SarifResult['properties']> = {};
    if (m.pointer !== undefined) properties.pointer = m.pointer;
    if (m.suggestions !== undefined) properties.suggestions = [...m.suggestions];
    out.properties = properties;
  }
  if (m.suppression !== undefined) {
    out.suppressions = [m.suppression.reason === '' ? { kind: 'inSource' } : { kind: 'inSource', justification: m.suppression.reason }];
  }
  return out;
}

export function formatSarif(result: LintResult, ctx: FormatContext): string {
  const { rules, index } = buildRules(result, ctx);
  const files = orderedFiles(result);
  const uriOf = (path: string): string => pathToUri(withPrefix(ctx.pathPrefix, path));
  const artifacts = files.map((file) => ({ location: { uri: uriOf(file.path) } }));
  const results: SarifResult[] = [];
  files.forEach((file, artifactIndex) => {
    const uri = uriOf(file.path);
    for (const m of file.messages) results.push(toResult(m, index.get(m.ruleId) ?? 0, artifactIndex, uri));
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'staat', version: ctx.version, rules } },
        artifacts,
        // Columns count UTF-16 code units, as JavaScript strings (and so the linter) do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
