import { unsuppressed, type LintResult, type Severity } from '../lint/diagnostic.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'gitlab';

/** In the order `--help` lists them; `stylish` is the default. */
export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'];

export interface FormatContext {
  /** Whether ANSI colours may be used (only `stylish` uses them). */
  color: boolean;
  /** The version of staat, for SARIF's `tool.driver.version`. */
  version: string;
  /** The content root relative to the working directory, e.g. `content/` (empty when they are the same). */
  pathPrefix: string;
  /** Every known rule, for SARIF's rule table. */
  rules: { id: string; severity: Severity; summary: string }[];
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;

const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** Formats that show suppressed messages, marked (format.md); the others leave them out. */
const KEEPS_SUPPRESSED: ReadonlySet<FormatName> = new Set(['json', 'sarif']);

export function formatResult(name: FormatName, result: LintResult, ctx: FormatContext): string {
  return FORMATTERS[name](KEEPS_SUPPRESSED.has(name) ? result : unsuppressed(result), ctx);
}
