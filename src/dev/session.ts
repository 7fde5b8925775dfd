/**
 * One compile of the preview for `staat dev`, and what it remembers between compiles. Unlike
 * `staat build`, a Stand with errors does not stop the preview: it is left out, the other pages
 * are rebuilt, and the overlay lists its errors. Only errors that leave no report to build
 * (staat.yaml, a register, a template) keep the last good pages, with the overlay on top.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkForBuild, modelFor, reportFiles, type CheckOutcome } from '../build/compile.js';
import { buildStatusOverview, type StatusOverview } from '../status/overview.js';
import type { BuildCache } from '../cache/index.js';
import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import { loadContentTree } from '../load/load-tree.js';
import { loadTreeParallel } from '../load/parallel.js';
import { TemplateError } from '../render/engine.js';
import { MarkdownCache } from '../render/markdown-cache.js';
import { overlayHtml, type OverlayFile } from './overlay.js';
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

type Files = ReadonlyMap<string, string | Uint8Array>;

export class DevSession {
  /** The last report built from every Stand: served for pages of Standen left out now. */
  private lastComplete: Files | undefined;
  /** The last report built at all. */
  private lastFiles: Files = new Map();
  /** Content paths saved during this session, the latest first: the overlay starts with them. */
  private recent: string[] = [];
  /** The last check, for the submissions overview (computed only when its page is opened). */
  private lastCheck: { outcome: CheckOutcome; year: number | undefined } | undefined;

  /** Rendered Markdown, kept in memory between compiles (and in the build cache). */
  private readonly markdownCache: MarkdownCache | undefined;

  constructor(private readonly options: DevSessionOptions) {
    this.markdownCache = options.cache && new MarkdownCache(options.cache);
  }

  /** Paths (relative to the content root) that just changed, oldest first. */
  noteChanges(paths: readonly string[]): void {
    for (const path of paths) this.recent = [path, ...this.recent.filter((p) => p !== path)];
  }

  async compile(): Promise<DevCompile> {
    const { root } = this.options;
    const { cache } = this.options;
    const tree = cache ? await loadTreeParallel(root, { cache }) : loadContentTree(root);
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
    let files: Map<string, string | Uint8Array>;
    let shown: NonNullable<DevCompile['shown']>;
    try {
      const { model, edition: ed } = modelFor(outcome, { exclude, ...(this.options.verslagjaar !== undefined ? { verslagjaar: this.options.verslagjaar } : {}) });
      files = await reportFiles(model, ed, { generatedAt: this.options.generatedAt(), version: this.options.version, templatesDir: this.options.templatesDir, ...(cache && this.markdownCache ? { cache, markdownCache: this.markdownCache } : {}) });
      shown = { verslagjaar: model.report.verslagjaar, concept: model.concept, standen: model.report.totalen.standen };
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      return { ...base, ...this.blocked([this.templateProblem(error)]), leftOut: [], templateError: error };
    }
    this.lastFiles = files;
    if (leftOut.length === 0) {
      this.lastComplete = files;
      return { ...base, state: { files }, shown, leftOut: [], blocked: false };
    }
    const state: PreviewState = { files, overlay: overlayHtml({ blocked: false, files: this.ordered(leftOut) }) };
    if (this.lastComplete !== undefined) state.fallback = this.lastComplete;
    return { ...base, state, shown, leftOut: leftOut.map((f) => f.path), blocked: false };
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
    const state: PreviewState = { files: this.lastFiles, overlay: overlayHtml({ blocked: true, files: this.ordered(files) }) };
    if (this.lastComplete !== undefined && this.lastComplete !== this.lastFiles) state.fallback = this.lastComplete;
    return { state, blocked: true };
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
