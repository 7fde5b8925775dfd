// The LiquidJS engine for the editors' templates in `templates/`.
//
// Sandboxed: files only from `templatesDir` (no relative or absolute escapes), every output
// escaped by default, unknown filters are errors. HTML that we generated ourselves (SafeHtml)
// is printed with `| safe`; that filter escapes anything else, and `| raw` is replaced by an
// escaping version, so no template can print submitted text unescaped.
import path from 'node:path';
import { Liquid, type Template } from 'liquidjs';
import type { Bron } from '../model/types.js';
import type { SiteLinks } from './links.js';
import type { BuildCache } from '../cache/index.js';
import { sha256 } from '../cache/store.js';
import { FragmentPack, type PackShelf } from './fragment-pack.js';
import { TemplateError, templatesFingerprint } from './templates.js';
import { SafeHtml, escapeHtml } from './safe-html.js';

export { TemplateError };

interface LiquidToken {
  file?: string;
  getPosition(): number[];
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

const LIQUID_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const NEEDS_ESCAPE = /[&<>"']/;

/** The output escape of every `{{ … }}`: the same bytes as LiquidJS's `escape` filter, but
 * most values (ids, numbers, names) contain nothing to escape, and testing for that first is
 * far cheaper than the built-in's replace-with-callback on every output. */
function escapeOutput(value: unknown): string {
  const text = Array.isArray(value) ? value.map(stringify).join('') : stringify(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => LIQUID_ESCAPES[c] ?? c) : text;
}

/** Converts a LiquidJS error (which carries the token) to a TemplateError, and so a missing
 * template file (which does not: it has no position); others pass through. */
export function toTemplateError(error: unknown, templatesDir: string, fallbackFile: string): unknown {
  if (!(error instanceof Error)) return error;
  const token = (error as { token?: LiquidToken }).token;
  if (!token || typeof token.getPosition !== 'function') {
    // A page template that is not in the templates folder: LiquidJS's lookup error has no
    // token (a missing partial has one: that of the tag that asked for it).
    if ((error as { code?: unknown }).code !== 'ENOENT') return error;
    return new TemplateError(`sjabloon ontbreekt in ${templatesDir}`, fallbackFile, 0, 0, { cause: error });
  }
  const [line = 0, column = 0] = token.getPosition();
  const file = token.file ? path.relative(templatesDir, token.file).split(path.sep).join('/') : fallbackFile;
  // LiquidJS appends ", file:…, line:…, col:…" to its message; we report those separately.
  const raw = (error as { originalError?: Error }).originalError?.message ?? error.message;
  const message = raw
    .replace(/, (file:.*)?line:\d+, col:\d+$/s, '')
    .replace(/^ENOENT: Failed to lookup "([^"]*)" in .*$/s, (_all, name: string) => `sjabloon '${name}' ontbreekt in ${templatesDir}`);
  return new TemplateError(message, file, line, column, { cause: error });
}

export interface TemplateEngine {
  /** Renders `<name>.liquid` with the given scope. Throws TemplateError on template mistakes. */
  render(name: string, scope: Record<string, unknown>): string;
  /** Reads a non-template file (e.g. `style.css`) from the templates folder. */
  readonly templatesDir: string;
  /** Keeps the knelpunt blocks of this build in the build cache (when there is one). */
  saveCache(): void;
}

/**
 * @param cache The build cache: knelpunt blocks of earlier builds are reused when the templates
 *   and `cache.scope` are the same. The scope must name everything besides `k` and `root` that a
 *   block can depend on: here that is `links` (from staat.yaml), so the caller passes the edition.
 *   With `shelf`, the pack of the same scope is shared with the other engines of the process.
 */
export function createEngine(templatesDir: string, links?: SiteLinks, cache?: { build: BuildCache; scope: string; shelf?: PackShelf }): TemplateEngine {
  const root = path.resolve(templatesDir);
  const scope = cache && `${templatesFingerprint(root)}\n${cache.scope}`;
  const blocks = cache && (cache.shelf ? cache.shelf.pack(cache.build, 'templates', scope) : new FragmentPack(cache.build, 'templates', scope));
  const liquid = new Liquid({
    root: [root],
    partials: [root],
    layouts: [root],
    extname: '.liquid',
    relativeReference: false,
    outputEscape: escapeOutput,
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    cache: true,
  });
  liquid.registerFilter('safe', {
    raw: true,
    handler: (value: unknown) => (value instanceof SafeHtml ? value.html : escapeHtml(stringify(value))),
  });
  // The built-in `raw` would print submitted text as HTML; here it escapes like any output.
  liquid.registerFilter('raw', (value: unknown) => stringify(value));

  // `{{ x.bron | bron }}`: a source file and line, as a link to that line when staat.yaml has
  // bron_url. Escaped here, since it is raw output.
  liquid.registerFilter('bron', {
    raw: true,
    handler: (value: unknown) => {
      const bron = value as Partial<Bron> | null | undefined;
      if (!bron || typeof bron.pad !== 'string') return '';
      const code = `<code>${escapeHtml(`${bron.pad}:${stringify(bron.regel)}`)}</code>`;
      const href = typeof bron.regel === 'number' ? links?.bron(bron as Bron) : null;
      return href ? `<a class="bron-link" href="${escapeHtml(href)}">${code}</a>` : code;
    },
  });

  const parsed = new Map<string, Template[]>();
  /** Parses `<name>.liquid` once; LiquidJS errors pass unchanged (callers convert them). */
  const parse = (name: string): Template[] => {
    let templates = parsed.get(name);
    if (!templates) {
      templates = liquid.parseFileSync(name);
      parsed.set(name, templates);
    }
    return templates;
  };
  const load = (name: string): Template[] => {
    try {
      return parse(name);
    } catch (error) {
      throw toTemplateError(error, root, `${name}.liquid`);
    }
  };

  // A knelpunt is listed on many pages: in tables (thema, oproepen, driehoek, gedeeld, trends)
  // as a row of `knelpunt-rij.liquid`, in the list of knelpunten and its grouped views as
  // an item of `knelpunt-item.liquid`. Each is rendered once per knelpunt object and arguments,
  // then reused: the templates see only `k` and those arguments, so the same ones give the same
  // HTML. Errors are LiquidJS errors and pass through the calling template with their own position.
  const memoized = (render: (k: unknown, args: unknown[]) => string) => {
    const seen = new WeakMap<object, Map<string, string>>();
    return {
      raw: true,
      handler: (k: unknown, ...args: unknown[]) => {
        const key = args.map(stringify).join('\u0000');
        const cache = k !== null && typeof k === 'object' ? seen.get(k) ?? new Map<string, string>() : undefined;
        const hit = cache?.get(key);
        if (hit !== undefined) return hit;
        const html = render(k, args);
        if (cache) {
          cache.set(key, html);
          seen.set(k as object, cache);
        }
        return html;
      },
    };
  };
  // `{{ k | knelpunt_rij: root }}`; whitespace around the row (the file's final newline) is dropped.
  liquid.registerFilter('knelpunt_rij', memoized((k, [root]) => (liquid.renderSync(parse('knelpunt-rij'), { k, root: stringify(root) }) as string).trim()));
  // `{{ k | knelpunt_item: root, filters }}`: the same bytes as `{% render 'knelpunt-item', k: k, root: root, filters: filters %}`.
  liquid.registerFilter('knelpunt_item', memoized((k, [root, filters]) => liquid.renderSync(parse('knelpunt-item'), { k, root, filters }) as string));

  // A knelpunt's full block on its organisation page, `{{ k | knelpunt_blok: root }}`: the same
  // bytes as `{% render 'knelpunt', k: k, root: root %}`. It sees only `k` and `root`, so with
  // the same templates the same pair gives the same block, and the build cache keeps it for the
  // next build (most knelpunten do not change between two builds).
  liquid.registerFilter('knelpunt_blok', {
    raw: true,
    handler: (k: unknown, rootValue: unknown) => {
      const key = blocks && blockKey(k, rootValue);
      const hit = key === undefined ? undefined : blocks?.get(key);
      if (hit !== undefined) return hit;
      const html = liquid.renderSync(parse('knelpunt'), { k, root: rootValue }) as string;
      if (key !== undefined) blocks?.set(key, html);
      return html;
    },
  });

  return {
    templatesDir: root,
    saveCache: () => blocks?.save(),
    render(name, scope) {
      const templates = load(name);
      try {
        return liquid.renderSync(templates, scope) as string;
      } catch (error) {
        throw toTemplateError(error, root, `${name}.liquid`);
      }
    },
  };
}

/**
 * The key of a template fragment's scope, or undefined when it holds anything whose rendering
 * JSON would not pin down (class instances other than SafeHtml, functions, non-finite numbers):
 * those are rendered every time.
 */
function blockKey(k: unknown, root: unknown): string | undefined {
  try {
    const json = JSON.stringify([k, root], function (_key, value: unknown) {
      if (value instanceof SafeHtml) return { '#safe': value.html };
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new Error('uncacheable');
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('uncacheable');
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) throw new Error('uncacheable');
      }
      return value;
    });
    return sha256(json).toString('base64');
  } catch {
    return undefined;
  }
}
