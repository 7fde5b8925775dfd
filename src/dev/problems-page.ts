/** The page `staat dev` shows instead of the report while the content has errors. */
import { SEVERITY_NL, type LintResult } from '../lint/diagnostic.js';
import { escapeHtml } from '../render/safe-html.js';


export function problemsPage(result: LintResult, title: string): string {
  const rows: string[] = [];
  let errors = 0;
  for (const file of result.files) {
    for (const m of file.messages) {
      if (m.severity === 'error') errors++;
      rows.push(
        `<tr class="${m.severity}"><td><code>${escapeHtml(file.path)}:${m.line}:${m.column}</code></td><td>${SEVERITY_NL[m.severity]}</td><td>${escapeHtml(m.message)}</td><td><code>${escapeHtml(m.ruleId)}</code></td></tr>`,
      );
    }
  }
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Problemen – ${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a}h1{color:#a4001d}table{border-collapse:collapse;width:100%}td{border-top:1px solid #ddd;padding:.4rem .6rem;vertical-align:top}tr.error td:nth-child(2){color:#a4001d;font-weight:bold}code{font-size:.9em}</style>
</head>
<body>
<h1>Het rapport kan niet worden gebouwd</h1>
<p>De inhoud heeft ${errors} ${errors === 1 ? 'fout' : 'fouten'}. Los ze op en sla het bestand op; deze pagina ververst vanzelf. Uitleg bij een regel: <code>staat explain &lt;regel&gt;</code>.</p>
<table><thead><tr><th>Waar</th><th>Ernst</th><th>Melding</th><th>Regel</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</body>
</html>
`;
}
