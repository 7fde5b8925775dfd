/**
 * The problems panel `staat dev` lays over the preview's pages while the content has errors:
 * which Standen are left out of the preview (or why the report could not be rebuilt at all),
 * each error with file:line, the source lines around it and what to do. Plain HTML and CSS, no
 * script: every text in it comes from submitted files and is escaped.
 */
import { ruleDocs } from '../lint/rule-docs.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import { escapeHtml } from '../render/safe-html.js';
import { codeFrame } from '../format/code-frame.js';

export interface OverlayFile {
  path: string;
  /** The file's text, for the code frames; empty when it could not be read. */
  text: string;
  errors: Diagnostic[];
}

export interface OverlayInput {
  /** The report could not be rebuilt (an error in staat.yaml, a register or a template): the pages are the last good ones. */
  blocked: boolean;
  /** Files with errors, the one saved last first. */
  files: OverlayFile[];
}

export const OVERLAY_ID = 'staat-dev-problemen';

const STYLE = `#${OVERLAY_ID}{position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;background:#fff;color:#1a1a1a;border-top:4px solid #a4001d;box-shadow:0 -4px 16px rgba(0,0,0,.25);font:15px/1.45 system-ui,sans-serif;padding:0 1.25rem 1rem}#${OVERLAY_ID} summary{cursor:pointer;font-weight:700;color:#a4001d;padding:.75rem 0}#${OVERLAY_ID} h2{font-size:1rem;margin:1rem 0 .25rem}#${OVERLAY_ID} pre{background:#f6f6f6;border:1px solid #ddd;padding:.5rem;overflow:auto;font:13px/1.4 ui-monospace,monospace;margin:.25rem 0}#${OVERLAY_ID} .fix{margin:.25rem 0 .75rem}#${OVERLAY_ID} code{font-family:ui-monospace,monospace}`;

function problem(file: OverlayFile, m: Diagnostic): string {
  // The same frame as stylish prints on the terminal (control and invisible characters made visible).
  const shown = file.text === '' ? undefined : codeFrame(file.text, m);
  const gutter = String(m.line);
  const frame = shown === undefined ? '' : `${gutter} │ ${shown.source}\n${' '.repeat(gutter.length)} │ ${shown.carets}`;
  const fix = ruleDocs()[m.ruleId]?.fix;
  return [
    `<p class="waar"><code>${escapeHtml(file.path)}:${m.line}:${m.column}</code> ${escapeHtml(m.message)} <code>${escapeHtml(m.ruleId)}</code></p>`,
    frame === '' ? '' : `<pre>${escapeHtml(frame)}</pre>`,
    `<p class="fix"><strong>Oplossing:</strong> ${escapeHtml(fix ?? 'Zie de melding hierboven.')} Meer uitleg: <code>staat explain ${escapeHtml(m.ruleId)}</code>.</p>`,
  ].join('');
}

export function overlayHtml(input: OverlayInput): string {
  const errors = input.files.reduce((n, f) => n + f.errors.length, 0);
  const title = input.blocked
    ? `Het rapport kon niet opnieuw worden gebouwd (${errors} ${errors === 1 ? 'fout' : 'fouten'}); u ziet de laatste goede versie.`
    : `${input.files.length} ${input.files.length === 1 ? 'Stand' : 'Standen'} met fouten ${input.files.length === 1 ? 'staat' : 'staan'} niet in dit voorbeeld (${errors} ${errors === 1 ? 'fout' : 'fouten'}).`;
  const sections = input.files.map((f) => `<section><h2><code>${escapeHtml(f.path)}</code></h2>${f.errors.map((m) => problem(f, m)).join('')}</section>`);
  return `<aside id="${OVERLAY_ID}" aria-label="Problemen in de inhoud"><style>${STYLE}</style><details open><summary>${escapeHtml(title)}</summary><p>Los de fouten op en sla het bestand op; de pagina ververst vanzelf. De andere pagina's werken gewoon.</p>${sections.join('')}</details></aside>`;
}
