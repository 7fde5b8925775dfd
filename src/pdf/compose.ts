// Turns pages of the rendered site into the chapters of one print document. The site's pages are
// the source (same model, same templates); what changes is what one document needs that separate
// pages do not:
// - ids become unique: every id gets its page's key in front (`organisaties_uwv--kerncijfers`),
//   and so does every reference to one (aria-labelledby, for, headers);
// - links between pages become links inside the document (`#organisaties_uwv--kp-uwv-wia`);
//   a link to a page that is not in the document goes to its published address (site_url), or
//   keeps its text and loses the link;
// - headings move down or up so that the document has one outline: chapter h1, page h2, …
import type { Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { escapeHtml } from '../render/safe-html.js';
import { ancestors, classes, find, headingLevel, isElement, parseDocument, textOf, walk, type Element, type ElementContent, type Root } from './hast.js';

/** One piece of a chapter, taken from one page of the site. */
export interface PartSpec {
  /** The site page, relative to the report root (`organisaties/uwv/index.html`). */
  path: string;
  /** Take only the `<section>` around the heading with this id, without that heading (the chapter
   * heading stands in for it). Without it: the page's whole `<main>`. */
  section?: string;
  /** Leave out the page's `<h1>` (an overview page whose title the chapter heading replaces). */
  dropTitle?: boolean;
  /** Added to every heading's level: +1 makes the page's h1 an h2 under the chapter's h1. */
  shift: number;
  /** Listed in the table of contents under its chapter, with the page's title. */
  toc?: boolean;
}

export interface ChapterSpec {
  /** Also the id of the chapter heading: `ch-<id>`. */
  id: string;
  titel: string;
  parts: PartSpec[];
}

export interface TocEntry {
  /** The element id the entry links to. */
  id: string;
  titel: string;
  niveau: number;
}

export interface ComposedChapter {
  id: string;
  titel: string;
  /** The chapter's body (without its heading), safe HTML from our templates. */
  html: string;
  /** Entries for the table of contents below the chapter itself. */
  entries: TocEntry[];
}

/** The site's pages, parsed once each on demand. */
export class SitePages {
  private readonly parsed = new Map<string, Root>();
  constructor(private readonly files: ReadonlyMap<string, string | Uint8Array>) {}

  has(path: string): boolean {
    return path.endsWith('.html') && this.files.has(path);
  }

  paths(): string[] {
    return [...this.files.keys()].filter((p) => p.endsWith('.html') && this.has(p)).sort();
  }

  /** The `<main>` of a page (a fresh tree for every call: parts are edited in place). */
  main(path: string): Element | undefined {
    const content = this.files.get(path);
    if (content === undefined || !path.endsWith('.html')) return undefined;
    // A report from the build cache holds its pages as UTF-8.
    const html = typeof content === 'string' ? content : new TextDecoder().decode(content);
    let tree = this.parsed.get(path);
    if (!tree) {
      tree = parseDocument(html);
      this.parsed.set(path, tree);
    }
    const main = find(tree, (e) => e.tagName === 'main');
    return main ? structuredClone(main) : undefined;
  }
}

/** The key that prefixes a page's ids: its folder, `/` → `_` (`index.html` → `start`). */
export function pageKey(path: string): string {
  const dir = path.replace(/(^|\/)index\.html$/, '');
  return dir === '' ? 'start' : dir.split('/').join('_');
}

/** hast properties that hold id references (space-separated lists). */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'headers'] as const;

interface Part {
  spec: PartSpec;
  key: string;
  wrapperId: string;
  title: string;
  nodes: ElementContent[];
}

function idList(value: Properties[string]): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter((v) => v !== '') : [];
}

/** Selects a part's content; undefined when the page or the section is not there. */
function selectPart(pages: SitePages, spec: PartSpec): Part | undefined {
  const main = pages.main(spec.path);
  if (!main) return undefined;
  const key = pageKey(spec.path);
  const h1 = find(main, (e) => e.tagName === 'h1');
  const title = h1 ? textOf(h1).trim().replace(/\s+/g, ' ') : '';
  let nodes: ElementContent[];
  let wrapperId = key;
  if (spec.section !== undefined) {
    const id = spec.section;
    const heading = find(main, (e) => e.properties['id'] === id);
    const section = heading ? ancestors(main, heading).find((e) => e.tagName === 'section') : undefined;
    if (!heading || !section) return undefined;
    nodes = section.children.filter((c) => c !== heading);
    // The left-out heading's id lives on in the wrapper, so links to it still land.
    wrapperId = `${key}--${id}`;
  } else {
    nodes = main.children.filter((c) => !(spec.dropTitle && c === h1));
  }
  if (!nodes.some((n) => isElement(n) || (n.type === 'text' && n.value.trim() !== ''))) return undefined;
  return { spec, key, wrapperId, title, nodes };
}

function forEachElement(nodes: ElementContent[], visit: (e: Element) => void): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    visit(node);
    walk(node, (e) => {
      visit(e);
    });
  }
}

/** Prefixes ids and in-page id references, and moves headings by the part's shift. */
function localize(part: Part, ids: Set<string>): void {
  forEachElement(part.nodes, (e) => {
    const id = e.properties['id'];
    if (typeof id === 'string' && id !== '') {
      e.properties['id'] = `${part.key}--${id}`;
      ids.add(`${part.key}--${id}`);
    }
    for (const name of ID_REFERENCES) {
      const refs = idList(e.properties[name]);
      if (refs.length > 0) e.properties[name] = refs.map((r) => `${part.key}--${r}`);
    }
    const level = headingLevel(e);
    if (level !== null && part.spec.shift !== 0) e.tagName = `h${Math.min(6, Math.max(1, level + part.spec.shift))}`;
  });
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** The report path a site link points at (`data/index.html#x`), relative to the report root. */
function reportPath(href: string, fromPath: string): { path: string; fragment: string } | null {
  let url: URL;
  try {
    url = new URL(href, `http://rapport.invalid/${fromPath}`);
  } catch {
    return null;
  }
  if (url.host !== 'rapport.invalid') return null;
  return { path: decodeURIComponent(url.pathname.slice(1)), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** Where a site link goes in the document: `#id`; else its published address (with site_url);
 * else null (the link goes, its text stays). */
function target(href: string, fromPath: string, ids: ReadonlySet<string>, published: Published): string | null {
  const to = reportPath(href, fromPath);
  if (to === null) return null;
  const key = pageKey(to.path);
  if (to.fragment !== '' && ids.has(`${key}--${to.fragment}`)) return `#${key}--${to.fragment}`;
  if (ids.has(key)) return `#${key}`;
  return published(`${to.path}${to.fragment === '' ? '' : `#${to.fragment}`}`);
}

/** The published address of a report path, or null (no site_url). */
export type Published = (reportPath: string) => string | null;

/** Points links at their targets inside the document, or on the web, or unwraps them. */
function relink(part: Part, ids: ReadonlySet<string>, published: Published): void {
  const visit = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((node): ElementContent[] => {
      if (!isElement(node)) return [node];
      node.children = visit(node.children);
      if (node.tagName !== 'a') return [node];
      const href = node.properties['href'];
      if (typeof href !== 'string') return [node];
      if (EXTERNAL.test(href) && !href.toLowerCase().startsWith('javascript:')) return [node];
      // A heading's link to itself helps on a web page, not on paper.
      const to = classes(node).includes('anker') ? null : target(href, part.spec.path, ids, published);
      if (to === null) return node.children;
      node.properties['href'] = to;
      return [node];
    });
  part.nodes = visit(part.nodes);
}

/** A chart is one picture that cannot be split over pages: drawn at 75 % (pdf.css), and smaller
 * still when it would not fit on a page below a chapter heading (about 210 mm, in CSS px). */
const CHART_ZOOM = 0.75;
const CHART_MAX_PX = 210 * (96 / 25.4);

function fitCharts(part: Part): void {
  walk({ type: 'root', children: part.nodes }, (e) => {
    if (e.tagName !== 'figure') return;
    const svg = find(e, (c) => c.tagName === 'svg' && classes(c).includes('chart'));
    const height = Number(svg?.properties['height']);
    if (!Number.isFinite(height) || height * CHART_ZOOM <= CHART_MAX_PX) return;
    e.properties['style'] = `zoom: ${(CHART_MAX_PX / height).toFixed(3)}`;
    return false;
  });
}

/** Composes the chapters; a chapter none of whose parts exist is left out. */
export function composeChapters(pages: SitePages, specs: ChapterSpec[], published: Published = () => null): ComposedChapter[] {
  const ids = new Set<string>();
  const chapters = specs
    .map((spec) => ({ spec, parts: spec.parts.map((p) => selectPart(pages, p)).filter((p): p is Part => p !== undefined) }))
    .filter((c) => c.parts.length > 0);
  for (const { parts } of chapters) {
    for (const part of parts) {
      ids.add(part.wrapperId);
      localize(part, ids);
      fitCharts(part);
    }
  }
  for (const { spec } of chapters) ids.add(`ch-${spec.id}`);
  return chapters.map(({ spec, parts }) => {
    for (const part of parts) relink(part, ids, published);
    return {
      id: spec.id,
      titel: spec.titel,
      html: parts.map((p) => `<div class="deel" id="${escapeHtml(p.wrapperId)}">${toHtml(p.nodes)}</div>`).join('\n'),
      entries: parts.filter((p) => p.spec.toc).map((p) => ({ id: p.wrapperId, titel: p.title, niveau: 2 })),
    };
  });
}
