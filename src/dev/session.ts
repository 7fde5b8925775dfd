/**
 * One compile of the preview for `staat dev`, and what it remembers between compiles. Unlike
 * `staat build`, a Stand with errors does not stop the preview: it is left out, the other pages
 * are rebuilt, and the overlay lists its errors. Only errors that leave no report to build
 * (staat.yaml, a register, a template) keep the last good pages, with the overlay on top.
 *
 * A compile is what a save waits for, so it does only what the page needs: it reads again only
 * the files that changed (content-memo.ts), checks and builds the model, and renders the page of
 * the Stand just saved; every other page is rendered when it is asked for (lazy-site.ts), and the
 * search index follows in the background (search-job.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkForBuild, modelFor, reportKeyOf, siteInputKey, type CheckOutcome, type ModelOptions } from '../build/compile.js';
import { buildStatusOverview, type StatusOverview } from '../status/overview.js';
import type { BuildCache } from '../cache/index.js';
import { datapackage, openDataFiles } from '../export/index.js';
import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import type { ContentTree } from '../load/load-tree.js';
import type { ReportModel } from '../model/index.js';
import type { PackageDescriptor } from '../render/data-page.js';
import { MarkdownCache } from '../render/markdown-cache.js';
import { PackShelf } from '../render/fragment-pack.js';
import { knelpuntHref, pagePaths } from '../render/paths.js';
import { SiteRenderer } from '../render/site.js';
import { DEFAULT_TEMPLATES, TemplateError } from '../render/templates.js';
import { cachedSearchFiles } from '../build/report-cache.js';
import { ContentMemo } from './content-memo.js';
import { LazySite, StaticFiles, type PreviewFiles } from './lazy-site.js';
import { overlayHtml, type OverlayFile } from './overlay.js';
import { SearchJob, type IndexPages } from './search-job.js';
import type { PreviewState } from './server.js';

export interface DevSessionOptions {
  root: string;
  templatesDir: string;
  /** `--verslagjaar N`: preview the concept edition of year N. */
  verslagjaar?: number;
  generatedAt: () => string;
  version: string;
  /** The build cache: a save re-parses only the files saved, unchanged Markdown and knelpunt blocks are reused. */
  cache?: BuildCache;
  /** Told (in Dutch) about problems that do not stop the preview, such as search being unavailable. */
  warn?: (message: string) => void;
  /** A page rendered on request failed on a template: the state to show from now on. */
  onTemplateError?: (error: TemplateError, state: PreviewState) => void;
  /** Quiet time after a compile before the search index is made (default 1 s: not while someone saves again and again). */
  searchDelayMs?: number;
  /** For tests: told every page rendered, and an indexer to use instead of Pagefind. */
  onRender?: (path: string) => void;
  searchIndex?: IndexPages;
}

export interface DevCompile {
  state: PreviewState;
  /** Every lint problem, for the terminal. */
  result: LintResult;
  /** The edition shown, when a report could be built. */
  shown?: { verslagjaar: number; concept: boolean; standen: number };
  /** The verslagjaar of staat.yaml, when it is readable. */
  editionYear?: number;
  /** Every year with a Stand in the tree, ascending. */
  years: number[];
  /** Standen left out of the preview because they have errors. */
  leftOut: string[];
  /** No report could be built: the last good pages are shown. */
  blocked: boolean;
  /** A broken template, when that is why. */
  templateError?: TemplateError;
}

const NOTHING: PreviewFiles = new StaticFiles(new Map());

export class DevSession {
  /** The last report built from every Stand: served for pages of Standen left out now. */
  private lastComplete: LazySite | undefined;
  /** The last report built at all. */
  private lastSite: LazySite | undefined;
  /** Sites replaced by the last compile, closed once the server shows its state (see `shown`). */
  private replaced: LazySite[] = [];
  /** The site of the last compile and what its search index is keyed by, until `shown`. */
  private fresh: { site: LazySite; tree: ContentTree; modelOptions: ModelOptions } | undefined;
  /** Content paths saved during this session, the latest first: the overlay starts with them. */
  private recent: string[] = [];
  /** Paths the watcher reported since the last compile: read again whatever their stat says. */
  private hinted = new Set<string>();
  /** The last check, for the submissions overview (computed only when its page is opened). */
  private lastCheck: { outcome: CheckOutcome; year: number | undefined } | undefined;
  private readonly memo: ContentMemo;
  private readonly search: SearchJob;

  /** Rendered Markdown, kept in memory between compiles (and in the build cache). */
  private readonly markdownCache: MarkdownCache | undefined;
  /** The knelpunt blocks read from the build cache, kept from one save to the next. */
  private readonly shelf = new PackShelf();

  constructor(private readonly options: DevSessionOptions) {
    this.markdownCache = options.cache && new MarkdownCache(options.cache);
    this.memo = new ContentMemo(options.root, options.cache);
    const { cache } = options;
    // The index of a report `staat build` made from the same content comes from the build
    // cache (its whole-report entry, same key); only with the shipped templates, as there.
    const cacheable = cache !== undefined && resolve(options.templatesDir) === resolve(DEFAULT_TEMPLATES);
    this.search = new SearchJob({
      delayMs: options.searchDelayMs ?? 1000,
      warn: options.warn ?? (() => {}),
      ...(options.searchIndex ? { index: options.searchIndex } : {}),
      ...(cacheable ? { known: (key) => cachedSearchFiles(cache, key) } : {}),
    });
  }

  /** Paths (relative to the content root) that just changed, oldest first. */
  noteChanges(paths: readonly string[]): void {
    this.search.cancel();
    for (const path of paths) {
      this.recent = [path, ...this.recent.filter((p) => p !== path)];
      this.hinted.add(path);
    }
  }

  async compile(): Promise<DevCompile> {
    const hinted = this.hinted;
    this.hinted = new Set();
    const { tree, changed } = await this.memo.refresh(hinted);
    const outcome = checkForBuild(tree);
    const byPath = new Map(tree.files.map((f) => [f.path, f]));
    const years = [...new Set(tree.files.flatMap((f) => (f.kind === 'stand' ? [/^standen\/(\d{4})\//.exec(f.path)?.[1]] : [])).filter((y): y is string => y !== undefined).map(Number))].sort((a, b) => a - b);
    const edition = byPath.get('staat.yaml')?.data as { verslagjaar?: unknown } | undefined;
    const editionYear = typeof edition?.verslagjaar === 'number' ? edition.verslagjaar : undefined;
    this.lastCheck = { outcome, year: this.options.verslagjaar ?? editionYear };
    const base = { result: outcome.result, years, ...(editionYear !== undefined ? { editionYear } : {}) };

    const withErrors = outcome.result.files
      .map((f) => ({ path: f.path, text: byPath.get(f.path)?.text ?? '', errors: f.messages.filter((m) => m.severity === 'error') }))
      .filter((f) => f.errors.length > 0);
    const leftOut = withErrors.filter((f) => byPath.get(f.path)?.kind === 'stand');
    if (leftOut.length < withErrors.length) return { ...base, ...this.blocked(withErrors), leftOut: [] };

    const exclude = new Set(leftOut.map((f) => f.path));
    const modelOptions: ModelOptions = { exclude, ...(this.options.verslagjaar !== undefined ? { verslagjaar: this.options.verslagjaar } : {}) };
    let site: LazySite | undefined;
    let shown: NonNullable<DevCompile['shown']>;
    try {
      const { model, edition: ed } = modelFor(outcome, modelOptions);
      site = this.site(model, ed);
      // The page most likely looked at next is rendered now: that of the Stand just saved (or
      // else the home page). This also finds a broken layout before the preview shows it.
      await site.page(this.likelyPage(model, changed, site));
      shown = { verslagjaar: model.report.verslagjaar, concept: model.concept, standen: model.report.totalen.standen };
    } catch (error) {
      // This site is never shown.
      void site?.retire();
      if (!(error instanceof TemplateError)) throw error;
      return { ...base, ...this.blocked([this.templateProblem(error)]), leftOut: [], templateError: error };
    }
    this.replace(site, leftOut.length === 0);
    this.fresh = { site, tree, modelOptions };
    if (leftOut.length === 0) return { ...base, state: { files: site }, shown, leftOut: [], blocked: false };
    const state: PreviewState = { files: site, overlay: overlayHtml({ blocked: false, files: this.ordered(leftOut) }) };
    if (this.lastComplete !== undefined) state.fallback = this.lastComplete;
    return { ...base, state, shown, leftOut: leftOut.map((f) => f.path), blocked: false };
  }

  /**
   * The state of the last compile is now served: close the sites it replaced, and make the
   * search index of its pages in the background.
   */
  shown(): void {
    for (const old of this.replaced.splice(0)) void old.retire();
    const fresh = this.fresh;
    this.fresh = undefined;
    if (fresh === undefined) return;
    const { site, tree, modelOptions } = fresh;
    this.search.schedule(site, () => reportKeyOf(siteInputKey(tree.files, modelOptions), this.options.templatesDir));
  }

  /** Stops the background work and closes every site (the preview stops). */
  async close(): Promise<void> {
    await this.search.stop();
    const sites = new Set([...this.replaced.splice(0), this.lastSite, this.lastComplete]);
    await Promise.all([...sites].map((s) => s?.retire()));
  }

  /** `staat status` for the year shown, over the last check; undefined when no year is known. */
  statusOverview(): StatusOverview | undefined {
    const last = this.lastCheck;
    if (last === undefined || last.year === undefined) return undefined;
    return buildStatusOverview(last.outcome.checked, last.outcome.result, last.year);
  }

  /** Something went wrong that is not the content's fault; the preview keeps the last good pages. */
  failure(message: string): PreviewState {
    const problem: Diagnostic = { path: '', ruleId: 'staat', severity: 'error', message: `Het rapport kon niet opnieuw worden gebouwd: ${message}`, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return this.blocked([{ path: '(staat)', text: '', errors: [problem] }]).state;
  }

  private blocked(files: OverlayFile[]): { state: PreviewState; blocked: true } {
    const state: PreviewState = { files: this.lastSite ?? NOTHING, overlay: overlayHtml({ blocked: true, files: this.ordered(files) }) };
    if (this.lastComplete !== undefined && this.lastComplete !== this.lastSite) state.fallback = this.lastComplete;
    return { state, blocked: true };
  }

  private site(model: ReportModel, edition: Parameters<typeof datapackage>[0]): LazySite {
    const { cache } = this.options;
    const renderer = new SiteRenderer(model, {
      generatedAt: this.options.generatedAt(),
      version: this.options.version,
      templatesDir: this.options.templatesDir,
      // data/index.html is written from the same descriptor as datapackage.json (see build/compile.ts).
      openData: datapackage(edition) as unknown as PackageDescriptor,
      // Each page's data is built when it is asked for: a save waits for one page, not all.
      lazy: true,
      ...(cache && this.markdownCache ? { cache, markdownCache: this.markdownCache, shelf: this.shelf } : {}),
    });
    const site: LazySite = new LazySite(renderer, {
      // The url column of knelpunten.csv is the anchor the site renders (one address scheme).
      openData: () => openDataFiles(model, (k) => knelpuntHref(k.organisatie, k.id)),
      search: this.search,
      ...(this.options.onRender ? { onRender: this.options.onRender } : {}),
      onError: (error) => this.pageFailed(site, error),
    });
    return site;
  }

  /** The compile made `site`; what it replaces is closed once the server shows it (`shown`). */
  private replace(site: LazySite, complete: boolean): void {
    const keep = new Set([site, ...(complete ? [] : [this.lastComplete])]);
    for (const old of new Set([this.lastSite, this.lastComplete])) if (old !== undefined && !keep.has(old)) this.replaced.push(old);
    this.lastSite = site;
    if (complete) this.lastComplete = site;
  }

  /**
   * A page rendered on request failed on a template the compile's own page did not use: from
   * now on the overlay names the template, over the pages that do render.
   */
  private pageFailed(site: LazySite, error: unknown): void {
    if (!(error instanceof TemplateError) || site !== this.lastSite) return;
    const state: PreviewState = { files: site, overlay: overlayHtml({ blocked: true, files: [this.templateProblem(error)] }) };
    if (this.lastComplete !== undefined && this.lastComplete !== site) state.fallback = this.lastComplete;
    this.options.onTemplateError?.(error, state);
  }

  /** The page of the Stand saved last, when it is in the report; else the home page. */
  private likelyPage(model: ReportModel, changed: readonly string[], site: LazySite): string {
    const now = new Set(changed);
    for (const path of this.recent) {
      if (!now.has(path)) continue;
      const stand = model.standen.find((s) => s.path === path);
      if (stand !== undefined) return pagePaths.organisatie(stand.organisatie.id);
    }
    return site.has(pagePaths.home) ? pagePaths.home : (site.paths[0] ?? pagePaths.home);
  }

  private templateProblem(error: TemplateError): OverlayFile {
    let text = '';
    try {
      text = readFileSync(join(this.options.templatesDir, error.file), 'utf8');
    } catch {
      // A missing template has no text to show; the message says which one.
    }
    const line = Math.max(1, error.line);
    const column = Math.max(1, error.column);
    return { path: `sjablonen/${error.file}`, text, errors: [{ path: error.file, ruleId: 'template', severity: 'error', message: error.message, line, column, endLine: line, endColumn: column + 1 }] };
  }

  private ordered(files: OverlayFile[]): OverlayFile[] {
    const rank = (path: string): number => {
      const i = this.recent.indexOf(path);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    return [...files].sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
