/** `staat lint [PATH…]`: report every problem of the registers and the given Standen. */
import { openCache } from '../cache/index.js';
import type { FormatName } from '../format/index.js';
import { countBySeverity } from '../lint/diagnostic.js';
import { lintContentParallel } from '../lint/lint.js';
import { resolveContentRoot, selectStanden } from './content-args.js';
import type { CliIO } from './io.js';
import { printProblems } from './print-problems.js';

export interface LintOptions {
  content?: string;
  format: FormatName;
  strict: boolean;
  maxWarnings?: number;
  quiet: boolean;
  /** false: do not use or fill the build cache (`--no-cache`). */
  cache?: boolean;
}

export async function runLint(paths: string[], options: LintOptions, io: CliIO): Promise<number> {
  const root = resolveContentRoot(io.cwd, options.content, paths[0]);
  const selected = selectStanden(io.cwd, root, paths);
  const { result } = await lintContentParallel(root, selected, openCache(root, options.cache !== false));
  const counts = countBySeverity(result);
  const printed = printProblems(result, options.format, io, root);
  if (!printed && options.format === 'stylish' && !options.quiet) {
    io.stderr.write(`✔ ${counts.files} ${counts.files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: geen problemen.\n`);
  }
  return verdict(counts, options, io);
}

export function verdict(counts: { errors: number; warnings: number }, options: Pick<LintOptions, 'strict' | 'maxWarnings' | 'quiet'>, io: CliIO): number {
  if (counts.errors > 0) return 1;
  if (options.strict && counts.warnings > 0) {
    if (!options.quiet) io.stderr.write('Met --strict tellen waarschuwingen als fouten.\n');
    return 1;
  }
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    if (!options.quiet) io.stderr.write(`Er zijn ${counts.warnings} waarschuwingen; --max-warnings staat er ${options.maxWarnings} toe.\n`);
    return 1;
  }
  return 0;
}
