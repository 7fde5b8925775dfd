// renderSite: the report model → every page of the static site (path → content). Pure: no
// file writing, no clock (the generation date is passed in), same input → same bytes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildCache } from '../cache/index.js';
import type { ReportModel } from '../model/types.js';
import { TemplateError, createEngine } from './engine.js';
import { DATA_PAGE_PATH, dataPage, type PackageDescriptor } from './data-page.js';
import { dutchDate } from './labels.js';
import { linksFor } from './links.js';
import { MarkdownBatch } from './markdown-batch.js';
import type { MarkdownCache } from './markdown-cache.js';
import type { PackShelf } from './fragment-pack.js';
import { allPages, type PageSpec } from './pages.js';
import { pagePaths, rootPrefix } from './paths.js';

export { TemplateError };

export interface RenderOptions {
  /** ISO date or timestamp (from SOURCE_DATE_EPOCH or the clock), shown in the footer. */
  generatedAt: string;
  /** The staat version, shown in the footer. */
  version: string;
  /** Folder with the Liquid templates and `style.css`. */
  templatesDir: string;
  /** The Data Package descriptor of data/; with it, data/index.html explains every file and field. */
  openData?: PackageDescriptor;
  /** Rendered Markdown of earlier builds (the build cache); saved when the site is done. */
  markdownCache?: MarkdownCache;
  /** The build cache, for template output that can be reused (knelpunt blocks). */
  cache?: BuildCache;
  /** Where a long-running preview keeps those blocks between its renderers (see PackShelf). */
  shelf?: PackShelf;
  /**
   * Build a page's data only when it is rendered (`staat dev`, which renders the pages looked
   * at): the renderer is ready at once. A build leaves it off, so all Markdown renders as one
   * batch (in workers when there is much of it).
   */
  lazy?: boolean;
}

const NAVIGATION = [
  { section: 'home', href: pagePaths.home, label: 'Overzicht' },
  { section: 'knelpunten', href: pagePaths.knelpunten, label: 'Alle knelpunten' },
  { section: 'themas', href: pagePaths.themas, label: 'Thema’s' },
  { section: 'oproepen', href: pagePaths.oproepen, label: 'Oproepen' },
  { section: 'driehoek', href: pagePaths.driehoek, label: 'Driehoek' },
  { section: 'ministeries', href: pagePaths.ministeries, label: 'Ministeries' },
  { section: 'organisaties', href: pagePaths.organisaties, label: 'Organisaties' },
  { section: 'gedeeld', href: pagePaths.gedeeld, label: 'Gedeelde knelpunten' },
  { section: 'lichtpunten', href: pagePaths.lichtpunten, label: 'Lichtpunten' },
  { section: 'dilemmas', href: pagePaths.dilemmas, label: 'Dilemma’s' },
  { section: 'trends', href: pagePaths.trends, label: 'Trends' },
] as const;

/**
 * Sections the search leaves out: the search page itself, and the lists of knelpunten (each
 * knelpunt is found on its organisation page, not again in nine lists). The layout marks the
 * main content of every other page for Pagefind (`page.zoekbaar`).
 */
const UNSEARCHED_SECTIONS: ReadonlySet<string> = new Set(['zoeken', 'knelpunten']);

const DATA_PAGE_LINK = { href: DATA_PAGE_PATH, label: 'Uitleg bij de open data', beschrijving: 'elk bestand en elk veld, de licentie en hoe u de gegevens vermeldt' };

const DATA_FILES = [
  { href: 'data/report.json', label: 'Rapportmodel (JSON)', beschrijving: 'alle cijfers van dit rapport' },
  { href: 'data/knelpunten.csv', label: 'Knelpunten (CSV)', beschrijving: 'één regel per knelpunt, opent in Excel' },
  { href: 'data/knelpunten.json', label: 'Knelpunten (JSON)', beschrijving: 'één object per knelpunt' },
  { href: 'data/datapackage.json', label: 'Data Package', beschrijving: 'beschrijving van de bestanden (Frictionless)' },
] as const;

/** Files of the templates folder copied to `assets/` as they are (the template name → the output path). */
const ASSETS = [
  { file: 'style.css', path: pagePaths.style },
  { file: 'knelpunten-filter.js', path: pagePaths.filterScript },
  { file: 'zoeken.js', path: pagePaths.zoekScript },
  { file: 'favicon.svg', path: pagePaths.favicon },
] as const;

/** An asset from the templates folder; a folder without one is a template mistake, not ours. */
async function readAsset(templatesDir: string, file: string): Promise<string> {
  try {
    return await readFile(path.join(templatesDir, file), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    throw new TemplateError(`bestand ontbreekt in ${templatesDir}`, file, 0, 0, { cause: error });
  }
}

/** The meta description of a page that does not bring its own. */
function pageDescription(title: string, site: { titel: string; editie: string }): string {
  const head = title === site.titel ? site.titel : `${title} – ${site.titel}`;
  return `${head} (editie ${site.editie}): knelpunten in de uitvoering van de overheid, zoals uitvoeringsorganisaties ze zelf melden in hun Stand van de Uitvoering.`;
}

/** What every template sees as `site`; the PDF's own templates get the same. */
export function siteScope(model: ReportModel, options: RenderOptions) {
  return {
    titel: model.report.titel,
    editie: model.report.editie,
    verslagjaar: model.report.verslagjaar,
    concept: model.concept,
    publicatiedatum: model.report.publicatiedatum === null ? null : dutchDate(model.report.publicatiedatum),
    gegenereerd: dutchDate(options.generatedAt),
    gegenereerd_iso: options.generatedAt,
    versie: options.version,
    navigatie: NAVIGATION,
    data: options.openData ? [DATA_PAGE_LINK, ...DATA_FILES] : DATA_FILES,
  };
}

/**
 * The pages of one report, rendered one at a time: a build takes them all, in path order, and
 * hands each on (to the search indexer, the writer) as soon as it is done, so nothing waits for
 * the whole site; a preview can render just the page asked for. Always `close()` it.
 */
export class SiteRenderer {
  /** Every output path (pages and assets), sorted. */
  readonly paths: readonly string[];
  private readonly engine: ReturnType<typeof createEngine>;
  private readonly markdown: MarkdownBatch;
  private readonly specs = new Map<string, PageSpec>();
  private readonly render: (page: PageSpec) => string;
  private rendered = 0;

  constructor(
    model: ReportModel,
    private readonly options: RenderOptions,
  ) {
    const links = linksFor(model);
    // The engine's links come from staat.yaml (and whether this is a concept): that is what
    // cached knelpunt blocks depend on besides the knelpunt itself.
    const engine = createEngine(options.templatesDir, links, options.cache && { build: options.cache, scope: JSON.stringify([model.edition, model.concept]), ...(options.shelf ? { shelf: options.shelf } : {}) });
    this.engine = engine;
    const site = siteScope(model, options);
    this.render = (page) =>
      engine.render(page.template, {
        site,
        page: {
          path: page.path,
          title: page.title,
          section: page.section,
          zoekbaar: isSearched(page),
          root: rootPrefix(page.path),
          // With site_url: the page's published address and a description for search engines.
          canonical: links.absolute(page.path),
          description: page.description ?? pageDescription(page.title, site),
        },
        ...page.data,
      });
    this.markdown = new MarkdownBatch(options.markdownCache ? { cache: options.markdownCache } : {});
    const pages = allPages(model, this.markdown);
    if (options.openData) pages.push(dataPage(options.openData, model.edition, links));
    for (const page of pages) {
      if (page.build && !options.lazy) {
        page.data = { ...page.data, ...page.build(this.markdown) };
        page.markdown = this.markdown.size;
        delete page.build;
      }
      this.specs.set(page.path, page);
    }
    this.paths = [...this.specs.keys(), ...ASSETS.map((a) => a.path)].sort(byPath);
    // The Markdown renders (in workers, when there is enough of it) while pages are rendered here.
    this.markdown.start();
  }

  /** The content of one output path (one of `paths`). */
  async file(path: string): Promise<string> {
    const asset = ASSETS.find((a) => a.path === path);
    if (asset) return readAsset(this.engine.templatesDir, asset.file);
    const page = this.specs.get(path);
    if (page === undefined) throw new Error(`SiteRenderer: geen pagina ${path}`);
    if (page.markdown !== undefined) await this.markdown.ready(page.markdown);
    this.rendered++;
    if (page.build === undefined) return this.render(page);
    // Lazy: this page's Markdown alone, in this thread (one page's worth is small).
    const markdown = new MarkdownBatch({ workers: 0, ...(this.options.markdownCache ? { cache: this.options.markdownCache } : {}) });
    const data = { ...page.data, ...page.build(markdown) };
    await markdown.ready(markdown.size);
    await markdown.close();
    return this.render({ ...page, data });
  }

  /**
   * Whether the shipped layout marks this page for the search (custom templates may differ): a
   * build hands these to the indexer first, and renders the others while it works.
   */
  searched(path: string): boolean {
    const page = this.specs.get(path);
    return page !== undefined && isSearched(page);
  }

  /** Whether rendering this page now would wait for its Markdown (being rendered in workers). */
  waiting(path: string): boolean {
    const mark = this.specs.get(path)?.markdown;
    return mark !== undefined && this.markdown.pending(mark);
  }

  /** Stops the Markdown workers; after a complete site, keeps its fragments in the build cache. */
  async close(): Promise<void> {
    await this.markdown.close();
    // The caches keep what this build used, so only a build that rendered every page saves them.
    if (this.rendered === this.specs.size) {
      this.options.markdownCache?.save();
      this.engine.saveCache();
    }
  }
}

const isSearched = (page: PageSpec): boolean => !UNSEARCHED_SECTIONS.has(page.section);

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every file of the site (path → content), in path order. */
export async function renderSite(model: ReportModel, options: RenderOptions): Promise<Map<string, string | Uint8Array>> {
  const renderer = new SiteRenderer(model, options);
  try {
    const out = new Map<string, string | Uint8Array>();
    for (const path of renderer.paths) out.set(path, await renderer.file(path));
    return out;
  } finally {
    await renderer.close();
  }
}
