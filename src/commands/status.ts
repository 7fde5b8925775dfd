/** `staat status`: the editors' overview of who has submitted a Stand, and in what state. */
import { relative } from 'node:path';
import { lintContentParallel } from '../lint/lint.js';
import { buildStatusOverview, isReady } from '../status/overview.js';
import { formatStatus, type StatusFormat } from '../status/formats.js';
import { resolveContentRoot } from './content-args.js';
import { useColor, UsageError, type CliIO } from './io.js';

export interface StatusOptions {
  content?: string;
  verslagjaar?: number;
  format: StatusFormat;
}

/** Exit 0 when every organisation that had a Stand last year has one now and nothing has errors; else 1. */
export async function runStatus(options: StatusOptions, io: CliIO): Promise<number> {
  const root = resolveContentRoot(io.cwd, options.content);
  const { result, checked } = await lintContentParallel(root);
  const year = options.verslagjaar ?? editionYear(checked.tree.files.find((f) => f.kind === 'edition')?.data);
  if (year === undefined) {
    throw new UsageError('staat.yaml noemt geen geldig verslagjaar, dus het is niet duidelijk welk jaar u bedoelt. Geef het jaar met --verslagjaar, bijvoorbeeld --verslagjaar 2025 (staat lint staat.yaml zegt wat er mis is).');
  }
  const overview = buildStatusOverview(checked, result, year);
  const rel = relative(io.cwd, root).split('\\').join('/');
  const text = formatStatus(options.format, overview, {
    color: options.format === 'stylish' && useColor(io, io.stdoutIsTTY),
    pathPrefix: rel === '' ? '' : `${rel}/`,
  });
  io.stdout.write(text);
  return isReady(overview) ? 0 : 1;
}

function editionYear(data: unknown): number | undefined {
  const year = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['verslagjaar'] : undefined;
  return Number.isInteger(year) ? (year as number) : undefined;
}
