/** `staat lint [PATH…]`: report every problem of the registers and the given Standen. */
import { relative } from 'node:path';
import { countBySeverity } from '../lint/diagnostic.js';
import { lintContent } from '../lint/lint.js';
import { RULES } from '../lint/rules.js';
import { formatResult, type FormatName } from '../format/index.js';
import { resolveContentRoot, selectStanden } from './content-args.js';
import { useColor, type CliIO } from './io.js';
import { VERSION } from './version.js';

export interface LintOptions {
  content?: string;
  format: FormatName;
  strict: boolean;
  maxWarnings?: number;
  quiet: boolean;
}

export function runLint(paths: string[], options: LintOptions, io: CliIO): number {
  const root = resolveContentRoot(io.cwd, options.content, paths[0]);
  const selected = selectStanden(io.cwd, root, paths);
  const { result } = lintContent(root, selected);
  const counts = countBySeverity(result);
  const rel = relative(io.cwd, root).split('\\').join('/');
  const ctx = {
    color: options.format === 'stylish' && useColor(io, io.stderrIsTTY),
    version: VERSION,
    pathPrefix: rel === '' ? '' : `${rel}/`,
    rules: RULES.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary })),
  };
  const output = formatResult(options.format, result, ctx);
  if (options.format === 'stylish') {
    if (output !== '') io.stderr.write(output.endsWith('\n') ? output : `${output}\n`);
    else if (!options.quiet) io.stderr.write(`✔ ${counts.files} ${counts.files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: geen problemen.\n`);
  } else {
    io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
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
