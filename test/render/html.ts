// Minimal HTML inspection for the tests. Every `<` that comes from content is escaped, so each
// `<name …>` in the output is one of our own tags and a regex over tags is reliable here.
import path from 'node:path';

export interface Tag {
  name: string;
  attributes: [string, string][];
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>"'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const match of html.matchAll(TAG)) {
    const attributes: [string, string][] = [];
    for (const a of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const raw = a[2] ?? '';
      attributes.push([(a[1] ?? '').toLowerCase(), decode(raw.replace(/^["']|["']$/g, ''))]);
    }
    out.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return out;
}

export function ids(html: string): string[] {
  return tags(html).flatMap((t) => t.attributes.filter(([n]) => n === 'id').map(([, v]) => v));
}

export function hrefs(html: string): string[] {
  return tags(html).flatMap((t) => t.attributes.filter(([n]) => n === 'href' || n === 'src').map(([, v]) => v));
}

/** Files the data export writes next to the pages (not produced by renderSite). */
export const DATA_FILES = ['data/report.json', 'data/knelpunten.csv', 'data/knelpunten.json', 'data/datapackage.json'];

/** Every relative link of every page that does not resolve to a produced page (and anchor). */
export function brokenLinks(site: Map<string, string | Uint8Array>): string[] {
  const idsByPage = new Map<string, Set<string>>();
  for (const [p, content] of site) if (p.endsWith('.html')) idsByPage.set(p, new Set(ids(String(content))));
  const broken: string[] = [];
  for (const [page, content] of site) {
    if (!page.endsWith('.html')) continue;
    for (const href of hrefs(String(content))) {
      if (/^(https?:|mailto:)/i.test(href)) continue;
      const [target = '', fragment] = href.split('#');
      const resolved = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), target));
      if (resolved.startsWith('../') || (!site.has(resolved) && !DATA_FILES.includes(resolved))) {
        broken.push(`${page}: ${href}`);
        continue;
      }
      if (fragment !== undefined && !idsByPage.get(resolved)?.has(decodeURIComponent(fragment))) broken.push(`${page}: ${href}`);
    }
  }
  return broken;
}
