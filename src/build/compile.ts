/**
 * One compile of the report, shared by `staat build` and `staat dev`: check a loaded tree and,
 * when it has no errors, produce every output file in memory. Writing is the caller's business.
 */
import type { CheckedTree } from '../check/check-tree.js';
import { datapackage, openDataFiles } from '../export/index.js';
import { countBySeverity, type LintResult } from '../lint/diagnostic.js';
import { lintTree } from '../lint/lint.js';
import type { ContentTree } from '../load/load-tree.js';
import { buildModel, type ReportModel } from '../model/index.js';
import { knelpuntHref } from '../render/paths.js';
import type { PackageDescriptor } from '../render/data-page.js';
import type { BuildCache } from '../cache/index.js';
import type { MarkdownCache } from '../render/markdown-cache.js';
import { renderSite } from '../render/site.js';
import { SearchIndexError, searchIndex } from '../search/pagefind-index.js';
import { conceptEdition } from './concept.js';
import { modelInput } from './model-input.js';

export interface CheckOutcome {
  checked: CheckedTree;
  result: LintResult;
  counts: { files: number; errors: number; warnings: number; infos: number };
}

export function checkForBuild(tree: ContentTree): CheckOutcome {
  const { checked, result } = lintTree(tree);
  return { checked, result, counts: countBySeverity(result) };
}

export interface ModelOptions {
  /** `--verslagjaar N`: a concept edition for year N (see concept.ts). */
  verslagjaar?: number;
  /** Standen left out (dev leaves out those with errors), by content-root-relative path. */
  exclude?: ReadonlySet<string>;
}

export function modelFor(outcome: CheckOutcome, options: ModelOptions = {}): { model: ReportModel; edition: ReturnType<typeof modelInput>['edition'] } {
  const input = modelInput(outcome.checked);
  if (options.exclude !== undefined && options.exclude.size > 0) input.standen = input.standen.filter((s) => !options.exclude!.has(s.path));
  if (options.verslagjaar !== undefined) {
    input.edition = conceptEdition(input.edition, options.verslagjaar);
    input.concept = true;
  }
  return { model: buildModel(input), edition: input.edition };
}

export async function reportFiles(
  model: ReportModel,
  edition: ReturnType<typeof modelInput>['edition'],
  options: { generatedAt: string; version: string; templatesDir: string; markdownCache?: MarkdownCache; cache?: BuildCache },
  /** Told (in Dutch) when the search index could not be made; the report is complete without it. */
  warn: (message: string) => void = () => {},
): Promise<Map<string, string | Uint8Array>> {
  // data/index.html is written from the same descriptor as datapackage.json (render reads it
  // through its own structural type, so render does not depend on export).
  const files = await renderSite(model, { ...options, openData: datapackage(edition) as unknown as PackageDescriptor });
  // The url column of knelpunten.csv is the anchor the site renders (one address scheme).
  for (const [path, text] of openDataFiles(model, (k) => knelpuntHref(k.organisatie, k.id))) files.set(path, text);
  try {
    for (const [path, content] of await searchIndex(files)) files.set(path, content);
  } catch (error) {
    if (!(error instanceof SearchIndexError)) throw error;
    warn(`Zoeken is niet beschikbaar: de zoekindex kon niet worden gemaakt (${error.message}). Het rapport is verder compleet.`);
  }
  return files;
}

/** The report's date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function generatedAt(env: Record<string, string | undefined>): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString();
}
