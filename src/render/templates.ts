// The templates folder as the rest of staat needs to know it without rendering anything:
// where staat's own templates are, and a fingerprint of a folder's files for cache keys.
// Kept apart from the engine so that a build served from the cache never loads LiquidJS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../cache/store.js';

/** The templates staat ships (`--templates` replaces them). */
export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Every file of the templates folder, names and bytes: part of the key of cached template output. */
export function templatesFingerprint(root: string): string {
  const parts: (string | Uint8Array)[] = [];
  const visit = (dir: string, rel: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const abs = path.join(dir, name);
      try {
        if (statSync(abs).isDirectory()) {
          if (depth < 4) visit(abs, `${rel}${name}/`, depth + 1);
        } else parts.push(`${rel}${name}`, readFileSync(abs));
      } catch {
        parts.push(`${rel}${name}`, 'unreadable');
      }
    }
  };
  visit(root, '', 0);
  return sha256(...parts).toString('hex');
}

/** A mistake in a template, with the template file and position (line and column 0: unknown,
 * e.g. a template file that does not exist). */
export class TemplateError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(message: string, file: string, line: number, column: number, options?: { cause: unknown }) {
    super(`${line > 0 ? `${file}:${line}:${column}` : file}: ${message}`, options);
    this.name = 'TemplateError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
