import { countBySeverity, type Diagnostic, type LintResult, type Severity } from '../lint/diagnostic.js';
import type { FormatContext } from './index.js';
import { orderedFiles } from './order.js';

/** The `json` shape of cli.md. Keys may be added in later versions, never renamed. */
export interface JsonReport {
  version: 1;
  summary: { files: number; errors: number; warnings: number; infos: number };
  files: { path: string; messages: JsonMessage[] }[];
}

export interface JsonMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer?: string;
  suggestions?: string[];
  /** Only on a message a `# staat-disable-next-line` comment suppressed; not in the summary. */
  suppressed?: true;
}

/* Built key by key (not by spreading the Diagnostic) so the key order is the contract's and
   the per-message `path`, already given by the enclosing file, does not leak in. */
function toJsonMessage(m: Diagnostic): JsonMessage {
  const out: JsonMessage = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
  };
  if (m.pointer !== undefined) out.pointer = m.pointer;
  if (m.suggestions !== undefined) out.suggestions = [...m.suggestions];
  if (m.suppression !== undefined) out.suppressed = true;
  return out;
}

export function formatJson(result: LintResult, _ctx: FormatContext): string {
  const report: JsonReport = {
    version: 1,
    summary: countBySeverity(result),
    files: orderedFiles(result).map((file) => ({ path: file.path, messages: file.messages.map(toJsonMessage) })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
