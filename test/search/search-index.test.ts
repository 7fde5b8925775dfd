// The search index as `staat build` writes it: Dutch, every page's main content, every knelpunt
// a sub-result with its own anchor and title, and nothing of Pagefind's that the report does not use.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { searchIndex } from '../../src/search/pagefind-index.js';
import { stripIgnored } from '../../src/search/strip-ignored.js';
import { captureIO } from '../build/io.js';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: { element: string; id: string; title?: string }[];
}

/** Pagefind's fragment files: gzip, then a fixed signature, then JSON. */
function readFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  expect(text.startsWith('pagefind_dcd')).toBe(true);
  return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

let work: string;
let out: string;
let fragments: Fragment[];
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'staat-search-'));
  out = join(work, 'out');
  const c = captureIO(work, { SOURCE_DATE_EPOCH: '1725840000' });
  expect(await main(['build', '--content', CONTENT, '--out', out, '--quiet'], c.io)).toBe(0);
  fragments = files(out)
    .filter((f) => f.startsWith('pagefind/fragment/'))
    .map((f) => readFragment(readFileSync(join(out, f))));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the search index of staat build', () => {
  it('is Dutch and holds only what the report uses', () => {
    const index = files(out).filter((f) => f.startsWith('pagefind/'));
    expect(index).toContain('pagefind/pagefind.js');
    expect(index).toContain('pagefind/wasm.nl.pagefind');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    expect(index.filter((f) => /ui|highlight|playground|wasm\.unknown/.test(f))).toEqual([]);
  });

  it('indexes every page except the search page and the lists of knelpunten (each knelpunt is found on its organisation page), by its main content only', () => {
    const pages = files(out).filter((f) => f.endsWith('.html'));
    const lists = pages.filter((p) => p.startsWith('knelpunten/'));
    expect(lists.length).toBeGreaterThan(5);
    expect(fragments.map((f) => f.url.slice(1)).sort()).toEqual(pages.filter((p) => p !== 'zoeken/index.html' && !lists.includes(p)));
    const home = fragments.find((f) => f.url === '/index.html')!;
    // Navigation and footer are not in the index: "Gebouwd" appears only in the footer.
    expect(home.content).not.toContain('gebouwd op');
  });

  it('makes every knelpunt a sub-result with its own anchor and title', () => {
    const knelpunten = JSON.parse(readFileSync(join(out, 'data/knelpunten.json'), 'utf8')) as { organisatie: string; id: string; titel: string }[];
    expect(knelpunten.length).toBeGreaterThan(10);
    for (const k of knelpunten) {
      const page = fragments.find((f) => f.url === `/organisaties/${k.organisatie}/index.html`);
      const anchor = page?.anchors.find((a) => a.id === `kp-${k.organisatie}-${k.id}`);
      expect(anchor, `${k.organisatie}/${k.id}`).toMatchObject({ element: 'article', title: k.titel });
    }
  });
});

describe('what a knelpunt is found by', () => {
  it('its own words, not its source file, status history or citation', () => {
    const pages = fragments.filter((f) => f.url.startsWith('/organisaties/') && f.anchors.some((a) => a.id.startsWith('kp-')));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) {
      expect(f.content, f.url).not.toMatch(/standen\/\d{4}\/|Bronbestand|Status door de jaren|Citeren als/);
    }
  });

  it('its organisation page only: the tables that list it elsewhere (thema, ministerie, driehoek) are not indexed', () => {
    const knelpunten = JSON.parse(readFileSync(join(out, 'data/knelpunten.json'), 'utf8')) as { titel: string }[];
    const elsewhere = fragments.filter((f) => /^\/(themas|ministeries|driehoek|oproepen|trends)\//.test(f.url));
    expect(elsewhere.length).toBeGreaterThan(5);
    // Titles long enough not to be a phrase of a page's own text.
    const titles = knelpunten.map((k) => k.titel).filter((t) => t.length > 30);
    expect(titles.length).toBeGreaterThan(5);
    for (const f of elsewhere) expect(titles.filter((t) => f.content.includes(t)), f.url).toEqual([]);
  });
});

describe('searchIndex', () => {
  const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body><nav>Menu</nav><main data-pagefind-body>${body}</main></body></html>`;

  it('gives the same bytes for the same pages in the same order', async () => {
    const a = new Map<string, string>([
      ['a/index.html', page('<h1>Uitkeringen</h1><p>Wajongers lopen geld mis.</p>')],
      ['b/index.html', page('<h1>Toeslagen</h1><p>Terugvorderingen na afloop van het jaar.</p>')],
      ['assets/style.css', 'body {}'],
    ]);
    const b = new Map(a);
    const first = await searchIndex(a);
    const second = await searchIndex(b);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(Buffer.from(second.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
    expect([...first.keys()].every((p) => p.startsWith('pagefind/'))).toBe(true);
  }, 60_000);

  it('makes the same index from the pages with their ignored content taken out as from the whole pages', async () => {
    // Every page of the bundled report, in the order a build indexes them.
    const pages = files(out)
      .filter((f) => f.endsWith('.html'))
      .map((f): [string, string] => [f, readFileSync(join(out, f), 'utf8')]);
    const chars = (strip: (html: string) => string) => pages.reduce((sum, [, html]) => sum + strip(html).length, 0);
    expect(chars(stripIgnored)).toBeLessThan(0.8 * chars((html) => html));
    const stripped = await searchIndex(pages);
    const whole = await searchIndex(pages, { whole: true });
    expect([...stripped.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [path, bytes] of whole) expect(Buffer.from(stripped.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
  }, 60_000);
});

describe('templates of ones own', () => {
  /** The URLs a build indexes with the shipped templates, but for the layout's <main>. */
  async function indexedWith(main_: string): Promise<{ indexed: string[]; pages: string[] }> {
    const templates = join(work, `templates-${Math.random().toString(36).slice(2)}`);
    cpSync(new URL('../../templates/', import.meta.url).pathname, templates, { recursive: true });
    const layout = join(templates, 'layout.liquid');
    const text = readFileSync(layout, 'utf8');
    const mine = text.replace(/<main [^\n]*>/, main_);
    expect(mine).not.toBe(text);
    writeFileSync(layout, mine);
    const to = join(templates, 'out');
    const c = captureIO(work, { SOURCE_DATE_EPOCH: '1725840000' });
    expect(await main(['build', '--content', CONTENT, '--out', to, '--templates', templates, '--quiet'], c.io)).toBe(0);
    const indexed = files(to)
      .filter((f) => f.startsWith('pagefind/fragment/'))
      .map((f) => readFragment(readFileSync(join(to, f))).url.slice(1))
      .sort();
    return { indexed, pages: files(to).filter((f) => f.endsWith('.html')) };
  }

  // The shipped templates leave the lists out, so a build finishes the index before it renders
  // them; templates that do not must still get every page they mark.
  it('that mark the lists of knelpunten too get them indexed', async () => {
    const { indexed, pages } = await indexedWith('<main id="inhoud" data-pagefind-body>');
    expect(indexed).toEqual(pages);
  }, 120_000);

  it('that mark no page get every page indexed whole, as Pagefind does then', async () => {
    const { indexed, pages } = await indexedWith('<main id="inhoud">');
    expect(indexed).toEqual(pages);
  }, 120_000);
});
