/** `staat lint`'s diagnostics as LSP diagnostics: same rule id, message and range. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../lint/diagnostic.js';
import { ruleHelpUri } from '../lint/rule-help.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a quick fix needs, carried in the diagnostic so the client hands it back. */
export interface FixData {
  ruleId: string;
  suggestions: string[];
}

/**
 * Our lines and columns are 1-based with an exclusive end column, counted in UTF-16 code units
 * (JavaScript string offsets): LSP's default position encoding, 0-based.
 */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: ruleHelpUri(d.ruleId) },
    source: 'staat',
    message: d.message,
  };
  if (d.suggestions && d.suggestions.length > 0) out.data = { ruleId: d.ruleId, suggestions: d.suggestions } satisfies FixData;
  return out;
}
