/** Quick fixes from a diagnostic's `suggestions`: the text to put in place of the node. */
import { CodeActionKind, TextEdit, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FixData } from './diagnostics.js';

function fixData(d: LspDiagnostic): FixData | undefined {
  const data = d.data as Partial<FixData> | undefined;
  if (!data || typeof data.ruleId !== 'string' || !Array.isArray(data.suggestions)) return undefined;
  return { ruleId: data.ruleId, suggestions: data.suggestions.filter((s): s is string => typeof s === 'string') };
}

export function quickFixes(doc: TextDocument, diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = fixData(d);
    if (!data) continue;
    data.suggestions.forEach((suggestion, i) => {
      const edit = data.ruleId === 'opdrachtgever-ambiguous' ? addOpdrachtgever(doc, d, suggestion) : TextEdit.replace(d.range, suggestion);
      if (!edit) return;
      actions.push({
        title: data.ruleId === 'opdrachtgever-ambiguous' ? `Voeg 'opdrachtgever: ${suggestion}' toe` : `Vervang door '${suggestion}'`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0 && data.suggestions.length === 1,
        edit: { changes: { [doc.uri]: [edit] } },
      });
    });
  }
  return actions;
}

/**
 * `opdrachtgever-ambiguous` sits on `actie_bij` and suggests which ministry: that is a new field
 * next to actie_bij, not a replacement of it. Inserted after actie_bij's value, at its key's indentation.
 */
function addOpdrachtgever(doc: TextDocument, d: LspDiagnostic, ministry: string): TextEdit | undefined {
  const lines = doc.getText().split('\n');
  for (let n = d.range.start.line; n >= 0 && n >= d.range.start.line - 2; n--) {
    const m = /^(\s*(?:-\s+)?)actie_bij\s*:/.exec(lines[n] ?? '');
    if (!m) continue;
    const indent = ' '.repeat(m[1]?.length ?? 0);
    const end = d.range.end.line;
    const lineEnd = (lines[end] ?? '').replace(/\r$/, '').length;
    return TextEdit.insert({ line: end, character: lineEnd }, `\n${indent}opdrachtgever: ${ministry}`);
  }
  return undefined;
}
