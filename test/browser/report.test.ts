/**
 * The built report as a person meets it: in headless Chromium, from the file system and from a
 * static host, with a mouse, without JavaScript, with a screen reader's rules (axe-core, WCAG 2.1
 * A/AA), on a laptop and a phone, and on paper. Screenshots land in test/browser/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_MODES, axeOverPages } from './support/axe.js';
import { buildReport, CONTENT_DIR, htmlPages, type BuiltReport } from './support/build-report.js';
import { launchChromium } from './support/chromium.js';
import { measureLayout } from './support/layout.js';
import { open, watchContext, type Problems } from './support/page-watch.js';
import { distinctiveWord, searchFromHeader, searchLandsOnKnelpunt, type SearchableKnelpunt } from './support/search.js';
import { serveDir, type StaticServer } from './support/static-server.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const WIDTHS = { desktop: 1280, mobile: 375 } as const;
/** A4 portrait minus the 15 mm margins of style.css's @page, at 96 dpi: what Chromium lays out a printed page in. */
const PAPER_WIDTH = 680;

/** WCAG contrast of two `rgb(…)` colours, and the page scripts that measure with it. */
const CONTRAST_LIB = `
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 4).map(Number);
  const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const backdrop = (el) => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; const a = rgb(c)[3]; if (a === undefined || a > 0) return c; } return 'rgb(255, 255, 255)'; };
`;
/** Focuses every link, button and field in the header and the first ones of the main content, and
 * compares the outline's colour with the background it is drawn on (the element's parent's). */
const FOCUS_CONTRAST = `(() => { ${CONTRAST_LIB}
  const targets = [...document.querySelectorAll('header a, header input, header button'), ...[...document.querySelectorAll('main a, main [tabindex="0"]')].slice(0, 15)];
  return targets.map((el) => {
    el.focus({ focusVisible: true });
    const style = getComputedStyle(el);
    const where = (el.closest('header') ? 'header ' : 'main ') + el.tagName.toLowerCase() + ' ' + (el.textContent || el.id).trim().slice(0, 30);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return { where, ratio: 0 };
    return { where, ratio: Math.round(ratio(style.outlineColor, backdrop(el.parentElement)) * 100) / 100 };
  });
})()`;
/** Every chart bar differs from the page, and every value text is readable on what it is drawn on. */
const CHART_CONTRAST = `(() => { ${CONTRAST_LIB}
  const problems = [];
  const bars = [...document.querySelectorAll('svg.chart rect')];
  const page = backdrop(document.querySelector('svg.chart'));
  for (const r of bars) { const f = getComputedStyle(r).fill; if (ratio(f, page) < 3) problems.push('bar ' + f + ' on ' + page); }
  for (const t of document.querySelectorAll('svg.chart text')) {
    const f = getComputedStyle(t).fill;
    const under = t.classList.contains('chart-value-binnen') ? getComputedStyle(t.previousElementSibling).fill : page;
    if (ratio(f, under) < 4.5) problems.push('"' + t.textContent + '" ' + f + ' on ' + under);
  }
  return { bars: bars.length, problems };
})()`;

type Knelpunt = SearchableKnelpunt;
interface ReportModel {
  verslagjaar: number;
  per_thema: { thema: string }[];
  per_oproep: { oproep: string }[];
}

let built: BuiltReport;
let browser: Browser;
let server: StaticServer;
let report: ReportModel;
let knelpunten: Knelpunt[];
/** One representative page per kind of page, for the expensive checks. */
let pageTypes: Record<string, string>;
let allPages: string[];

const fileUrl = (path: string): string => pathToFileURL(join(built.out, path)).href;
const httpUrl = (path: string): string => `${server.origin}/${path}`;
const protocols = {
  file: { url: fileUrl, isLocal: (u: string) => u.startsWith(pathToFileURL(built.out).href + '/') },
  http: { url: httpUrl, isLocal: (u: string) => u.startsWith(`${server.origin}/`) },
} as const;
const harmless = (u: string): boolean => u.startsWith('data:') || u.startsWith('about:');

async function newWatchedContext(
  protocol: keyof typeof protocols,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; problems: Problems }> {
  const context = await browser.newContext({ viewport: { width: WIDTHS.desktop, height: 900 }, ...options });
  const problems = await watchContext(context, (u) => harmless(u) || protocols[protocol].isLocal(u));
  const page = await context.newPage();
  return { context, page, problems };
}

beforeAll(async () => {
  built = await buildReport();
  if (built.exitCode !== 0) throw new Error(`build failed (${built.exitCode}):\n${built.stderr}`);
  report = JSON.parse(readFileSync(join(built.out, 'data/report.json'), 'utf8')) as ReportModel;
  knelpunten = JSON.parse(readFileSync(join(built.out, 'data/knelpunten.json'), 'utf8')) as Knelpunt[];
  allPages = htmlPages(built.out);

  const perOrganisation = new Map<string, number>();
  for (const k of knelpunten) perOrganisation.set(k.organisatie, (perOrganisation.get(k.organisatie) ?? 0) + 1);
  const busiest = [...perOrganisation].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  pageTypes = {
    overzicht: 'index.html',
    themas: 'themas/index.html',
    thema: `themas/${report.per_thema[0]?.thema}/index.html`,
    oproepen: 'oproepen/index.html',
    oproep: `oproepen/${report.per_oproep[0]?.oproep}/index.html`,
    driehoek: 'driehoek/index.html',
    organisaties: 'organisaties/index.html',
    organisatie: `organisaties/${busiest}/index.html`,
    gedeeld: 'gedeeld/index.html',
    trends: 'trends/index.html',
    data: 'data/index.html',
  };

  server = await serveDir(built.out);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built?.tmp) rmSync(built.tmp, { recursive: true, force: true });
});

describe('the build', () => {
  test('writes every page of the cli.md table', () => {
    const organisations = readdirSync(join(CONTENT_DIR, 'standen', String(report.verslagjaar)))
      .map((name) => name.replace(/\.(md|ya?ml)$/, ''))
      .sort();
    expect(organisations.length).toBeGreaterThan(0);
    const required = [
      'index.html',
      'themas/index.html',
      ...report.per_thema.map((t) => `themas/${t.thema}/index.html`),
      'oproepen/index.html',
      ...['O1', 'O2', 'O3', 'O4', 'O5'].map((o) => `oproepen/${o}/index.html`),
      'driehoek/index.html',
      ...organisations.map((o) => `organisaties/${o}/index.html`),
      'gedeeld/index.html',
      'trends/index.html',
      'data/index.html',
    ];
    expect(required.filter((p) => !allPages.includes(p))).toEqual([]);
    for (const path of Object.values(pageTypes)) expect(allPages).toContain(path);
  });
});

describe.each(['file', 'http'] as const)('over %s://', (protocol) => {
  test('every page loads with its stylesheet, no console errors, no failed or external requests', async () => {
    const { context, page, problems } = await newWatchedContext(protocol);
    try {
      const unstyled: string[] = [];
      for (const path of allPages) {
        await open(page, protocols[protocol].url(path));
        // The header is coloured only by the stylesheet: proof that it loaded over this protocol.
        const headerBackground = await page.evaluate(`getComputedStyle(document.querySelector('.site-header')).backgroundColor`);
        if (headerBackground === 'rgba(0, 0, 0, 0)') unstyled.push(path);
      }
      expect(unstyled).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });

  test('every internal link and anchor on every page resolves', async () => {
    const { context, page } = await newWatchedContext(protocol);
    try {
      const broken: string[] = [];
      const idsByPage = new Map<string, Set<string>>();
      const linksByPage = new Map<string, string[]>();
      for (const path of allPages) {
        await open(page, protocols[protocol].url(path));
        idsByPage.set(page.url().split('#')[0] ?? '', new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
        linksByPage.set(path, (await page.evaluate(`[...document.querySelectorAll('a[href]')].map((a) => a.href)`)) as string[]);
      }
      for (const [path, links] of linksByPage) {
        for (const href of links) {
          if (!protocols[protocol].isLocal(href)) continue;
          const [target = '', fragment] = href.split('#');
          if (target.endsWith('.html')) {
            const ids = idsByPage.get(target);
            if (!ids) broken.push(`${path} -> ${href} (no such page)`);
            else if (fragment && !ids.has(decodeURIComponent(fragment))) broken.push(`${path} -> ${href} (no such anchor)`);
          } else {
            const file = protocol === 'file' ? fileURLToPath(target) : join(built.out, new URL(target).pathname);
            if (!existsSync(file)) broken.push(`${path} -> ${href} (no such file)`);
          }
        }
      }
      expect(broken).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a reader clicks from the front page to a thema, to a knelpunt on its organisation page, and back', async () => {
    const { context, page, problems } = await newWatchedContext(protocol);
    try {
      const url = protocols[protocol].url;
      await open(page, url('index.html'));
      await page.locator('main a[href="themas/index.html"]').first().click();
      await page.waitForURL(url('themas/index.html'));

      const themaLink = page.locator('main table a[href*="/themas/"]').first();
      const themaHref = await themaLink.getAttribute('href');
      expect(themaHref).toMatch(/^\.\.\/themas\/[a-z0-9-]+\/index\.html$/);
      await themaLink.click();
      const themaUrl = url(`themas/${themaHref?.split('/')[2]}/index.html`);
      await page.waitForURL(themaUrl);

      const knelpuntLink = page.locator('main a[href*="/organisaties/"][href*="#kp-"]').first();
      const knelpuntHref = (await knelpuntLink.getAttribute('href')) ?? '';
      const [, organisation, anchor] = /organisaties\/([a-z0-9-]+)\/index\.html#(kp-[a-z0-9-]+)$/.exec(knelpuntHref) ?? [];
      expect(organisation).toBeDefined();
      await knelpuntLink.click();
      await page.waitForURL(`${url(`organisaties/${organisation}/index.html`)}#${anchor}`);
      // The anchored knelpunt is on screen, its heading at the top of the window.
      const target = page.locator(`#${anchor}`);
      await expect.poll(() => target.isVisible()).toBe(true);
      const box = await target.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(-1);
      expect(box!.y).toBeLessThan(200);
      expect(await target.evaluate((el) => el.tagName)).toBe('ARTICLE');

      await page.goBack();
      await page.waitForURL(themaUrl);
      await page.goBack();
      await page.waitForURL(url('themas/index.html'));
      await page.goBack();
      await page.waitForURL(url('index.html'));
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  test('every page type shows the same text as with JavaScript', async () => {
    const withJs = await newWatchedContext('http');
    const withoutJs = await newWatchedContext('http', { javaScriptEnabled: false });
    try {
      for (const path of Object.values(pageTypes)) {
        await open(withJs.page, httpUrl(path));
        await open(withoutJs.page, httpUrl(path));
        const expected = await withJs.page.locator('body').innerText();
        expect(expected.length).toBeGreaterThan(200);
        expect(await withoutJs.page.locator('body').innerText(), path).toBe(expected);
      }
    } finally {
      await withJs.context.close();
      await withoutJs.context.close();
    }
  });

  test('every knelpunt of the edition is visible on its organisation page', async () => {
    const { context, page } = await newWatchedContext('file', { javaScriptEnabled: false });
    try {
      const missing: string[] = [];
      const byOrganisation = new Map<string, Knelpunt[]>();
      for (const k of knelpunten) byOrganisation.set(k.organisatie, [...(byOrganisation.get(k.organisatie) ?? []), k]);
      expect(byOrganisation.size).toBeGreaterThan(1);
      for (const [organisation, items] of byOrganisation) {
        await open(page, fileUrl(`organisaties/${organisation}/index.html`));
        for (const k of items) {
          const article = page.locator(`article#kp-${k.organisatie}-${k.id}`);
          if (!(await article.isVisible())) missing.push(k.global_id);
        }
      }
      expect(missing).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('accessibility', () => {
  // Both widths (on a phone tables scroll or stack), and in forced colours, where the system
  // colours replace ours.
  test.each(AXE_MODES.map((m) => [m.name, m] as const))('axe-core finds no WCAG 2.2 A/AA violations on any page %s', { timeout: 600_000 }, async (_name, mode) => {
    const { context } = await newWatchedContext('http', { viewport: { width: mode.width, height: 900 }, forcedColors: mode.forcedColors });
    try {
      expect(await axeOverPages(context, allPages, httpUrl)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the focus ring has at least 3:1 contrast with the background behind it, in the header and on the page', async () => {
    const { context, page } = await newWatchedContext('http');
    try {
      await open(page, httpUrl(pageTypes['thema']!));
      const measured = (await page.evaluate(FOCUS_CONTRAST)) as { where: string; ratio: number }[];
      expect(measured.some((m) => m.where.includes('header'))).toBe(true);
      expect(measured.some((m) => m.where.includes('main'))).toBe(true);
      expect(measured.filter((m) => m.ratio < 3)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('in forced-colours mode chart bars and values are drawn in contrasting system colours', async () => {
    const { context, page } = await newWatchedContext('file', { forcedColors: 'active' });
    try {
      const problems: string[] = [];
      let bars = 0;
      for (const type of ['overzicht', 'themas', 'trends']) {
        await open(page, fileUrl(pageTypes[type]!));
        const result = (await page.evaluate(CHART_CONTRAST)) as { bars: number; problems: string[] };
        bars += result.bars;
        problems.push(...result.problems.map((p) => `${type}: ${p}`));
      }
      expect(bars).toBeGreaterThan(5);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const { context, page } = await newWatchedContext('http');
    try {
      for (const path of [pageTypes['overzicht']!, pageTypes['organisatie']!]) {
        await open(page, httpUrl(path));
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        expect(await focused.getAttribute('href')).toBe('#inhoud');
        const box = await focused.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.y).toBeGreaterThanOrEqual(0);
        await page.keyboard.press('Enter');
        expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('inhoud');
      }
    } finally {
      await context.close();
    }
  });
});

describe('search', () => {
  test('over http: a word from a knelpunt’s description finds it, and the result lands on its anchor', async () => {
    const { context, page, problems } = await newWatchedContext('http');
    try {
      const { knelpunt, word } = distinctiveWord(knelpunten);
      await open(page, httpUrl(pageTypes['organisaties']!));
      await searchLandsOnKnelpunt(page, knelpunt, word, httpUrl);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });

  test('a failed load of the index says so, and the next search loads it after all', async () => {
    const { context, page, problems } = await newWatchedContext('http');
    try {
      const requested: string[] = [];
      await page.route(/\/pagefind\/pagefind\.js(\?|$)/, async (route) => {
        requested.push(new URL(route.request().url()).search);
        if (requested.length === 1) await route.abort('connectionreset');
        else await route.continue();
      });
      const { knelpunt, word } = distinctiveWord(knelpunten);
      await open(page, httpUrl('index.html'));
      await searchFromHeader(page, word);
      expect(await page.evaluate(`document.getElementById('zoekstatus').innerHTML === document.getElementById('zoek-niet-gelukt').innerHTML`)).toBe(true);
      expect(await page.locator('#zoekresultaten li').count()).toBe(0);

      // The same page, searching again from its own form: no reload.
      await page.locator('#zoekterm').press('Enter');
      const hit = page.locator(`#zoekresultaten a[href$="#kp-${knelpunt.organisatie}-${knelpunt.id}"]`);
      await expect.poll(() => hit.count()).toBeGreaterThan(0);
      expect(requested).toEqual(['', '?poging=2']);
      expect(problems.failedRequests).toEqual([expect.stringMatching(/\/pagefind\/pagefind\.js /)]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('with Dutch stemming: the singular finds the plural', async () => {
    const { context, page } = await newWatchedContext('http');
    try {
      const plural = knelpunten.find((k) => /\bterugvorderingen\b/i.test(k.beschrijving) && !/\bterugvordering\b/i.test(`${k.titel} ${k.beschrijving}`));
      expect(plural, 'the bundled content has a description with "terugvorderingen" only').toBeDefined();
      await open(page, httpUrl('index.html'));
      await searchFromHeader(page, 'terugvordering');
      await expect.poll(() => page.locator(`#zoekresultaten a[href$="#kp-${plural!.organisatie}-${plural!.id}"]`).count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test('from file:// and without JavaScript the search page says why it cannot search and links the list of knelpunten', async () => {
    for (const [protocol, javaScriptEnabled] of [['file', true], ['http', false]] as const) {
      const { context, page, problems } = await newWatchedContext(protocol, { javaScriptEnabled });
      try {
        await open(page, protocols[protocol].url('index.html'));
        await page.locator('#site-zoekterm').fill('wajong');
        await page.locator('#site-zoekterm').press('Enter');
        await page.waitForURL(/zoeken\/index\.html\?q=wajong$/);
        const status = page.locator('#zoekstatus');
        expect(await status.innerText()).toMatch(protocol === 'file' ? /vanaf schijf/ : /JavaScript/);
        const list = status.locator('a');
        expect(await list.count()).toBe(1);
        await list.click();
        await page.waitForURL(/\/(knelpunten|organisaties)\/index\.html$/);
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
      } finally {
        await context.close();
      }
    }
  });
});

describe.each(Object.entries(WIDTHS))('layout at %s width', (name, width) => {
  test(`no page is wider than ${width} px; wide tables scroll in their own box`, async () => {
    const { context, page } = await newWatchedContext('file', { viewport: { width, height: 900 } });
    try {
      const problems: string[] = [];
      for (const path of allPages) {
        await open(page, fileUrl(path));
        const layout = await measureLayout(page);
        if (layout.scrollWidth > layout.viewportWidth) problems.push(`${path}: page is ${layout.scrollWidth}px wide`);
        for (const s of layout.sticking) problems.push(`${path}: sticks out: ${s}`);
        for (const t of layout.tables) {
          const fits = t.width <= t.room + 1;
          if (!fits && !(t.scrollsInOwnContainer && t.containerFits)) problems.push(`${path}: table cut off: ${t.where}`);
          // On a laptop a reader sees every column without scrolling.
          if (!fits && width === WIDTHS.desktop) problems.push(`${path}: table needs scrolling at ${width}px: ${t.where} (${t.width} > ${t.room})`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('chart text is at least 12 px on screen and inside the chart', async () => {
    const { context, page } = await newWatchedContext('file', { viewport: { width, height: 900 } });
    try {
      const problems: string[] = [];
      let texts = 0;
      for (const type of ['themas', 'oproepen', 'driehoek', 'trends']) {
        await open(page, fileUrl(pageTypes[type]!));
        const measured = (await page.evaluate(`[...document.querySelectorAll('svg.chart text')].map((t) => {
          const svg = t.ownerSVGElement;
          const box = svg.getBoundingClientRect();
          const r = t.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a;
          return { text: t.textContent, size, inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 };
        })`)) as { text: string; size: number; inside: boolean }[];
        texts += measured.length;
        for (const m of measured) {
          if (m.size < 12) problems.push(`${type}: "${m.text}" is ${m.size.toFixed(1)} px`);
          if (!m.inside) problems.push(`${type}: "${m.text}" runs out of the chart`);
        }
      }
      expect(texts).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('screenshots of every page type', async () => {
    const { context, page } = await newWatchedContext('file', { viewport: { width, height: 900 } });
    try {
      for (const [type, path] of Object.entries(pageTypes)) {
        await open(page, fileUrl(path));
        const png = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${type}-${name}.png`) });
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      }
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  test('on paper: no navigation, nothing wider than the page, tables whole', async () => {
    const { context, page } = await newWatchedContext('file', { viewport: { width: PAPER_WIDTH, height: 1123 } });
    try {
      await page.emulateMedia({ media: 'print' });
      const problems: string[] = [];
      const screenshotOf = new Map(Object.entries(pageTypes).map(([type, path]) => [path, type]));
      for (const path of allPages) {
        await open(page, fileUrl(path));
        expect(await page.evaluate(`matchMedia('print').matches`)).toBe(true);
        expect(await page.locator('.site-header nav').isVisible(), path).toBe(false);
        const layout = await measureLayout(page);
        if (layout.scrollWidth > layout.viewportWidth) problems.push(`${path}: page is ${layout.scrollWidth}px wide`);
        for (const s of layout.sticking) problems.push(`${path}: sticks out on paper: ${s}`);
        // On paper nothing scrolls: a table wider than the page loses its columns.
        for (const t of layout.tables) if (t.width > t.room + 1) problems.push(`${path}: table cut off on paper: ${t.where}`);
        const type = screenshotOf.get(path);
        if (type) await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${type}-print.png`) });
      }
      expect(problems).toEqual([]);

      await open(page, fileUrl(pageTypes['organisatie']!));
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      writeFileSync(join(SCREENSHOTS, 'organisatie.pdf'), pdf);
    } finally {
      await context.close();
    }
  });
});
