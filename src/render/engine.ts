// The LiquidJS engine for the editors' templates in `templates/`.
//
// Sandboxed: files only from `templatesDir` (no relative or absolute escapes), every output
// escaped by default, unknown filters are errors. HTML that we generated ourselves (SafeHtml)
// is printed with `| safe`; that filter escapes anything else, and `| raw` is replaced by an
// escaping version, so no template can print submitted text unescaped.
import path from 'node:path';
import { Liquid, type Template } from 'liquidjs';
import { SafeHtml, escapeHtml } from './safe-html.js';

/** A mistake in a template, with the template file and position. */
export class TemplateError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(message: string, file: string, line: number, column: number, options?: { cause: unknown }) {
    super(`${file}:${line}:${column}: ${message}`, options);
    this.name = 'TemplateError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

interface LiquidToken {
  file?: string;
  getPosition(): number[];
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Converts a LiquidJS error (which carries the token) to a TemplateError; others pass through. */
export function toTemplateError(error: unknown, templatesDir: string, fallbackFile: string): unknown {
  if (!(error instanceof Error)) return error;
  const token = (error as { token?: LiquidToken }).token;
  if (!token || typeof token.getPosition !== 'function') return error;
  const [line = 0, column = 0] = token.getPosition();
  const file = token.file ? path.relative(templatesDir, token.file).split(path.sep).join('/') : fallbackFile;
  // LiquidJS appends ", file:…, line:…, col:…" to its message; we report those separately.
  const raw = (error as { originalError?: Error }).originalError?.message ?? error.message;
  const message = raw.replace(/, (file:.*)?line:\d+, col:\d+$/s, '');
  return new TemplateError(message, file, line, column, { cause: error });
}

export interface TemplateEngine {
  /** Renders `<name>.liquid` with the given scope. Throws TemplateError on template mistakes. */
  render(name: string, scope: Record<string, unknown>): string;
  /** Reads a non-template file (e.g. `style.css`) from the templates folder. */
  readonly templatesDir: string;
}

export function createEngine(templatesDir: string): TemplateEngine {
  const root = path.resolve(templatesDir);
  const liquid = new Liquid({
    root: [root],
    partials: [root],
    layouts: [root],
    extname: '.liquid',
    relativeReference: false,
    outputEscape: 'escape',
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    cache: true,
  });
  liquid.registerFilter('safe', {
    raw: true,
    handler: (value: unknown) => (value instanceof SafeHtml ? value.html : escapeHtml(stringify(value))),
  });
  // The built-in `raw` would print submitted text as HTML; here it escapes like any output.
  liquid.registerFilter('raw', (value: unknown) => stringify(value));

  const parsed = new Map<string, Template[]>();
  const load = (name: string): Template[] => {
    let templates = parsed.get(name);
    if (!templates) {
      try {
        templates = liquid.parseFileSync(name);
      } catch (error) {
        throw toTemplateError(error, root, `${name}.liquid`);
      }
      parsed.set(name, templates);
    }
    return templates;
  };

  return {
    templatesDir: root,
    render(name, scope) {
      const templates = load(name);
      try {
        return liquid.renderSync(templates, scope) as string;
      } catch (error) {
        throw toTemplateError(error, root, `${name}.liquid`);
      }
    },
  };
}
