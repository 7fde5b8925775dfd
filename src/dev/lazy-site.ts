/**
 * One compiled report of `staat dev`, rendered page by page as the browser asks for it. After a
 * save, only the page being looked at (and the pages opened next) is rendered, not the whole
 * site: a page is rendered at most once per compile and kept. The search index comes from the
 * background (see search-job.ts) and is not part of a compile.
 */
import type { SiteRenderer } from '../render/site.js';

export type FileContent = string | Uint8Array;

/** What the preview server serves: paths are known at once, contents are made when asked for. */
export interface PreviewFiles {
  /** Whether `path` is a file of this report (without making it). */
  has(path: string): boolean;
  /** The content of `path`, or undefined when there is no such file. */
  get(path: string): Promise<FileContent | undefined>;
  /** No report at all (nothing was ever built). */
  readonly empty: boolean;
}

/** Files that are all in memory already. */
export class StaticFiles implements PreviewFiles {
  constructor(private readonly files: ReadonlyMap<string, FileContent>) {}
  has(path: string): boolean {
    return this.files.has(path);
  }
  get(path: string): Promise<FileContent | undefined> {
    return Promise.resolve(this.files.get(path));
  }
  get empty(): boolean {
    return this.files.size === 0;
  }
}

/** The search index files, from whichever index is ready (see search-job.ts). */
export interface SearchFiles {
  has(path: string): boolean;
  get(path: string): Promise<Uint8Array | undefined>;
}

export interface LazySiteOptions {
  /** The open data files (data/*.csv, *.json), made the first time one is asked for. */
  openData: () => Map<string, string>;
  search: SearchFiles;
  /** Told every page this site renders (tests count them). */
  onRender?: (path: string) => void;
  /** Told when a page fails to render (a template mistake); the request gets the error too. */
  onError?: (error: unknown, path: string) => void;
}

export class LazySite implements PreviewFiles {
  readonly empty = false;
  private readonly pagePaths: ReadonlySet<string>;
  private readonly pages = new Map<string, Promise<string>>();
  private data: Map<string, string> | undefined;
  private inFlight = 0;
  private retired = false;
  private closing: Promise<void> | undefined;
  private idle: (() => void) | undefined;

  constructor(
    private readonly renderer: SiteRenderer,
    private readonly options: LazySiteOptions,
  ) {
    this.pagePaths = new Set(renderer.paths);
  }

  /** Every page and asset the renderer makes, in path order (what the search index is made of). */
  get paths(): readonly string[] {
    return this.renderer.paths;
  }

  has(path: string): boolean {
    if (this.pagePaths.has(path)) return true;
    if (path.startsWith('data/')) return this.dataFiles().has(path);
    return this.options.search.has(path);
  }

  get(path: string): Promise<FileContent | undefined> {
    if (this.pagePaths.has(path)) return this.page(path);
    if (path.startsWith('data/')) return Promise.resolve(this.dataFiles().get(path));
    return this.options.search.get(path);
  }

  /** One page or asset, rendered on first use. */
  page(path: string): Promise<string> {
    let found = this.pages.get(path);
    if (found === undefined) {
      found = this.track(() => this.renderer.file(path));
      this.pages.set(path, found);
      this.options.onRender?.(path);
      // A failed render is tried again on the next request (the error goes to this one).
      found.catch((error: unknown) => {
        this.pages.delete(path);
        this.options.onError?.(error, path);
      });
    }
    return found;
  }

  /** Whether every page has been rendered (then closing saves the renderer's caches). */
  get complete(): boolean {
    return this.renderer.paths.every((p) => this.pages.has(p));
  }

  /**
   * Closes the renderer once no render is under way; a site that still serves (the fallback of
   * a Stand with errors) is not retired. Idempotent.
   */
  retire(): Promise<void> {
    this.retired = true;
    this.closing ??= (async () => {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
      await this.renderer.close();
    })();
    return this.closing;
  }

  private dataFiles(): Map<string, string> {
    this.data ??= this.options.openData();
    return this.data;
  }

  private async track(render: () => Promise<string>): Promise<string> {
    if (this.retired) throw new Error('staat dev: deze versie van het rapport is al vervangen');
    this.inFlight++;
    try {
      return await render();
    } finally {
      if (--this.inFlight === 0) this.idle?.();
    }
  }
}
