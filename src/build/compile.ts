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
import { DEFAULT_TEMPLATES, templatesFingerprint } from '../render/templates.js';
import { sha256 } from '../cache/store.js';
import { cachedReport, storeReport, type RememberedBuild } from './report-cache.js';
import { resolve } from 'node:path';
import type { SearchIndexError } from '../search/pagefind-index.js';
import type { SearchFeed } from './search-feed.js';
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

/**
 * Where a build's files go as they are made (write/output-dir.ts StagedOutput): the report is
 * not held in memory. `read` gives a file back once `flush` has resolved.
 */
export interface ReportSink {
  write(path: string, content: string | Uint8Array): void;
  flush(): Promise<void>;
  read(path: string): Uint8Array;
  /** Every path written, in the order written. */
  readonly paths: readonly string[];
}

/** Writes every file of the report to `sink`. */
export async function writeReport(
  model: ReportModel,
  edition: ReturnType<typeof modelInput>['edition'],
  options: {
    generatedAt: string;
    version: string;
    templatesDir: string;
    markdownCache?: MarkdownCache;
    cache?: BuildCache;
    /** siteInputKey() of what the model was made from: with the cache, an unchanged report is reused whole (report-cache.ts). */
    inputKey?: string;
    /** What the build printed and counted, kept with the report for a build that reuses it whole. */
    remember?: RememberedBuild;
  },
  sink: ReportSink,
  /** Told (in Dutch) when the search index could not be made; the report is complete without it. */
  warn: (message: string) => void = () => {},
): Promise<void> {
  const noSearch = (error: SearchIndexError): undefined => {
    warn(`Zoeken is niet beschikbaar: de zoekindex kon niet worden gemaakt (${error.message}). Het rapport is verder compleet.`);
    return undefined;
  };
  const reportKey = options.cache && options.inputKey !== undefined ? reportKeyOf(options.inputKey, options.templatesDir) : undefined;
  const cached = reportKey === undefined ? undefined : cachedReport(options.cache!, reportKey, options.generatedAt);
  if (cached) {
    for (const [path, content] of cached) sink.write(path, content);
    return;
  }
  // Loaded only now: a report from the cache needs neither LiquidJS, unified nor Pagefind (~0.5 s to load).
  const [{ SiteRenderer }, { SearchFeed }, { renderPages }] = await Promise.all([import('../render/site.js'), import('./search-feed.js'), import('./render-pages.js')]);
  // data/index.html is written from the same descriptor as datapackage.json (render reads it
  // through its own structural type, so render does not depend on export).
  const renderer = new SiteRenderer(model, { ...options, openData: datapackage(edition) as unknown as PackageDescriptor });
  let search: SearchFeed | undefined;
  try {
    search = await SearchFeed.start(noSearch);
    await renderPages(renderer, search, (path, content) => sink.write(path, content));
  } catch (error) {
    await search?.close();
    throw error;
  } finally {
    await renderer.close();
  }
  // The url column of knelpunten.csv is the anchor the site renders (one address scheme).
  // Made while Pagefind finishes its index.
  for (const [path, text] of openDataFiles(model, (k) => knelpuntHref(k.organisatie, k.id))) sink.write(path, text);
  await sink.flush();
  const pages = sink.paths.filter((path) => path.endsWith('.html')).sort();
  const searchFiles = await search?.result(function* () {
    for (const path of pages) yield [path, sink.read(path)] as [string, Uint8Array];
  }());
  for (const [path, content] of searchFiles ?? []) sink.write(path, content);
  // A report without its search index is complete but not the one to keep.
  if (reportKey !== undefined && searchFiles) {
    await sink.flush();
    storeReport(options.cache!, reportKey, options.generatedAt, { paths: [...sink.paths].sort(), read: (path) => sink.read(path) }, options.remember);
  }
}

/**
 * What a report is made from, but for the build date: every content file (path and text) and
 * the options that choose what the model holds. Hashing 5 MB takes about 10 ms.
 */
export function siteInputKey(files: readonly { path: string; text: string }[], options: ModelOptions = {}): string {
  const parts: string[] = [JSON.stringify([options.verslagjaar ?? null, [...(options.exclude ?? [])].sort()])];
  for (const file of files) parts.push(file.path, file.text);
  return sha256(...parts).toString('hex');
}

/**
 * The key of the whole report made from `inputKey` (siteInputKey) with the templates in
 * `templatesDir`; undefined for templates of one's own, which may print the build date anywhere.
 */
export function reportKeyOf(inputKey: string, templatesDir: string): string | undefined {
  return samePath(templatesDir, DEFAULT_TEMPLATES) ? sha256(inputKey, templatesFingerprint(templatesDir)).toString('hex') : undefined;
}

const samePath = (a: string, b: string): boolean => resolve(a) === resolve(b);

/** The report's date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function generatedAt(env: Record<string, string | undefined>): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString();
}
