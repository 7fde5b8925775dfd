/**
 * The list of every knelpunt (knelpunten/) and the ministry pages, as a reader meets them in
 * Chromium: each filter value shows exactly the knelpunten that report.json and knelpunten.json
 * say it should, with JavaScript (instant filtering) and without (grouped views); every ministry
 * page lists exactly the model's knelpunten as eigenaar, as opdrachtgever and where action lies
 * with it. Screenshots of these pages land in test/browser/screenshots/.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { segment } from '../../src/render/paths.js';
import { buildReport, type BuiltReport } from './support/build-report.js';
import { launchChromium } from './support/chromium.js';
import { open, watchContext, type Problems } from './support/page-watch.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

interface Knelpunt {
  global_id: string;
  organisatie: string;
  thema: string;
  status: string;
  actie_bij: string[];
  eigenaar: string | null;
  opdrachtgevers: string[];
  opdrachtgever_toegerekend: string | null;
  wetten?: string[];
  doelgroepen?: string[];
  hardheid?: boolean;
}
interface Report {
  totalen: { knelpunten: number };
  per_thema: { thema: string; knelpunten: number }[];
  per_actie_bij: { rol: string; knelpunten: number }[];
  per_ministerie: { ministerie: string; als_eigenaar: number; als_opdrachtgever: number; actie_als_opdrachtgever: number }[];
}

/** Per filter of the list, the values of a knelpunt, as the ids behind the grouped view's anchors. */
const FILTERS: Record<string, (k: Knelpunt) => string[]> = {
  thema: (k) => [k.thema],
  ministerie: (k) => [
    ...(k.eigenaar === null ? [] : [`eigenaar-${k.eigenaar}`]),
    ...(k.opdrachtgever_toegerekend === null ? [] : [`opdrachtgever-${k.opdrachtgever_toegerekend}`]),
  ],
  organisatie: (k) => [k.organisatie],
  status: (k) => [k.status],
  'actie-bij': (k) => k.actie_bij,
  wet: (k) => k.wetten ?? [],
  doelgroep: (k) => k.doelgroepen ?? [],
  hardheid: (k) => [k.hardheid === true ? 'ja' : 'nee'],
};

let built: BuiltReport;
let browser: Browser;
let report: Report;
let knelpunten: Knelpunt[];

const fileUrl = (path: string): string => pathToFileURL(join(built.out, path)).href;

/** Per filter: anchor of the value on the grouped view → the global ids it must show. */
function expectedGroups(filter: string): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const k of knelpunten) {
    for (const value of FILTERS[filter]!(k)) {
      const anchor = `w-${segment(value)}`;
      groups.set(anchor, (groups.get(anchor) ?? new Set()).add(k.global_id));
    }
  }
  return groups;
}

/** `../organisaties/uwv/index.html#kp-uwv-wia-dagloon` → `uwv/wia-dagloon`. */
function globalIdOf(href: string): string {
  const match = /organisaties\/([^/]+)\/index\.html#kp-(.+)$/.exec(href);
  if (!match) throw new Error(`not a knelpunt link: ${href}`);
  const [, organisatie = '', rest = ''] = match;
  return `${organisatie}/${rest.slice(organisatie.length + 1)}`;
}

async function watched(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; problems: Problems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const local = pathToFileURL(built.out).href + '/';
  const problems = await watchContext(context, (u) => u.startsWith(local) || u.startsWith('data:') || u.startsWith('about:'));
  return { context, page: await context.newPage(), problems };
}

/** Global ids of the knelpunt links in the element (only the visible ones when `visible`). */
async function linkedIds(page: Page, selector: string, visible = false): Promise<string[]> {
  const hrefs = (await page.locator(selector).evaluateAll(
    (els, onlyVisible) =>
      els
        .filter((e) => !onlyVisible || (e as unknown as { offsetParent: unknown }).offsetParent !== null)
        .map((e) => e.getAttribute('href') ?? ''),
    visible,
  )) as string[];
  return hrefs.map(globalIdOf).sort();
}

beforeAll(async () => {
  built = await buildReport();
  if (built.exitCode !== 0) throw new Error(`build failed (${built.exitCode}):\n${built.stderr}`);
  report = JSON.parse(readFileSync(join(built.out, 'data/report.json'), 'utf8')) as Report;
  knelpunten = JSON.parse(readFileSync(join(built.out, 'data/knelpunten.json'), 'utf8')) as Knelpunt[];
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (built?.tmp) rmSync(built.tmp, { recursive: true, force: true });
});

describe('knelpunten/: every knelpunt in one list', () => {
  test('with JavaScript every filter value shows exactly its knelpunten, and the count says so', async () => {
    const { context, page, problems } = await watched();
    try {
      await open(page, fileUrl('knelpunten/index.html'));
      await expect.poll(() => page.locator('#kp-filter').isVisible()).toBe(true);
      const all = knelpunten.map((k) => k.global_id).sort();
      expect(await linkedIds(page, '#kp-lijst .kp-titel', true)).toEqual(all);
      const mismatches: string[] = [];
      const shownCounts = new Map<string, number>();
      for (const filter of Object.keys(FILTERS)) {
        const expected = expectedGroups(filter);
        // The options and the grouped-view links list the values in the same order.
        const options = await page.locator(`#f-${filter} option`).evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
        const anchors = (await page
          .locator(`.kp-per details:has(a[href*="knelpunten/${filter}/index.html"]) a[href*="#"]`)
          .evaluateAll((els) => els.map((e) => (e.getAttribute('href') ?? '').split('#')[1] ?? ''))) as string[];
        expect(options[0], filter).toBe('');
        expect(anchors.length, filter).toBe(options.length - 1);
        expect([...anchors].sort(), filter).toEqual([...expected.keys()].sort());
        for (const [index, value] of options.slice(1).entries()) {
          const anchor = anchors[index] ?? '';
          await page.selectOption(`#f-${filter}`, value);
          const shown = await linkedIds(page, '#kp-lijst .kp-titel', true);
          const want = [...(expected.get(anchor) ?? [])].sort();
          if (JSON.stringify(shown) !== JSON.stringify(want)) mismatches.push(`${filter} ${anchor}: shows ${shown.length}, expected ${want.length}`);
          const counted = Number(await page.locator('#kp-aantal').getAttribute('data-getoond'));
          if (counted !== shown.length) mismatches.push(`${filter} ${anchor}: count says ${counted}, shows ${shown.length}`);
          shownCounts.set(`${filter}:${anchor}`, shown.length);
        }
        await page.selectOption(`#f-${filter}`, '');
      }
      expect(mismatches).toEqual([]);
      // The counts are report.json's own numbers where it has them.
      for (const t of report.per_thema.filter((t) => t.knelpunten > 0)) expect(shownCounts.get(`thema:w-${t.thema}`), t.thema).toBe(t.knelpunten);
      for (const r of report.per_actie_bij.filter((r) => r.knelpunten > 0)) expect(shownCounts.get(`actie-bij:w-${r.rol}`), r.rol).toBe(r.knelpunten);
      for (const m of report.per_ministerie) {
        expect(shownCounts.get(`ministerie:w-eigenaar-${m.ministerie}`) ?? 0, m.ministerie).toBe(m.als_eigenaar);
        expect(shownCounts.get(`ministerie:w-opdrachtgever-${m.ministerie}`) ?? 0, m.ministerie).toBe(m.als_opdrachtgever);
      }
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });

  test('filters combine (and), and "Alle filters wissen" shows everything again', async () => {
    const { context, page } = await watched();
    try {
      await open(page, fileUrl('knelpunten/index.html'));
      const thema = report.per_thema[0]!.thema;
      const want = knelpunten.filter((k) => k.thema === thema && k.actie_bij.includes('politiek')).map((k) => k.global_id).sort();
      const optionFor = async (filter: string, anchor: string): Promise<string> => {
        const anchors = (await page
          .locator(`.kp-per details:has(a[href*="knelpunten/${filter}/index.html"]) a[href*="#"]`)
          .evaluateAll((els) => els.map((e) => (e.getAttribute('href') ?? '').split('#')[1] ?? ''))) as string[];
        return String(anchors.indexOf(anchor));
      };
      await page.selectOption('#f-thema', await optionFor('thema', `w-${thema}`));
      await page.selectOption('#f-actie-bij', await optionFor('actie-bij', 'w-politiek'));
      expect(await linkedIds(page, '#kp-lijst .kp-titel', true)).toEqual(want);
      expect(await page.locator('#kp-aantal').textContent()).toBe(`${want.length} van de ${knelpunten.length} knelpunten`);
      await page.click('#kp-filter button[type="reset"]');
      await expect.poll(() => page.locator('#kp-aantal').getAttribute('data-getoond')).toBe(String(knelpunten.length));
      expect((await linkedIds(page, '#kp-lijst .kp-titel', true)).length).toBe(knelpunten.length);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript: the complete list, no form, and grouped views with exactly each value’s knelpunten', async () => {
    const { context, page, problems } = await watched({ javaScriptEnabled: false });
    try {
      await open(page, fileUrl('knelpunten/index.html'));
      expect(await page.locator('#kp-filter').isVisible()).toBe(false);
      expect(await linkedIds(page, '#kp-lijst .kp-titel', true)).toEqual(knelpunten.map((k) => k.global_id).sort());
      const mismatches: string[] = [];
      for (const filter of Object.keys(FILTERS)) {
        await open(page, fileUrl(`knelpunten/${filter}/index.html`));
        for (const [anchor, ids] of expectedGroups(filter)) {
          const shown = await linkedIds(page, `section[id="${anchor}"] .kp-titel`);
          if (JSON.stringify(shown) !== JSON.stringify([...ids].sort())) mismatches.push(`${filter} ${anchor}: ${shown.length} ≠ ${ids.size}`);
        }
        expect(await page.locator('section[id^="w-"]').count(), filter).toBe(expectedGroups(filter).size);
      }
      expect(mismatches).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });
});

describe('ministeries/', () => {
  test('every ministry page lists exactly the model’s knelpunten as eigenaar, as opdrachtgever and where action lies with it', async () => {
    const { context, page, problems } = await watched();
    try {
      await open(page, fileUrl('ministeries/index.html'));
      const pages = (await page.locator('main table a[href*="ministeries/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) as string[];
      const ids = pages.map((href) => /ministeries\/([^/]+)\/index\.html$/.exec(href)?.[1] ?? '');
      // Every ministry with a count in report.json has a page.
      expect(ids).toEqual(expect.arrayContaining(report.per_ministerie.map((m) => m.ministerie)));
      const ids_of = (f: (k: Knelpunt) => boolean) => knelpunten.filter(f).map((k) => k.global_id).sort();
      const mismatches: string[] = [];
      for (const m of ids) {
        await open(page, fileUrl(`ministeries/${m}/index.html`));
        const sections: [string, string[]][] = [
          ['section[aria-labelledby="als-eigenaar"] table', ids_of((k) => k.eigenaar === m)],
          ['section[aria-labelledby="als-opdrachtgever"] table', ids_of((k) => k.opdrachtgever_toegerekend === m)],
          ['table[aria-labelledby="actie-eigenaar"]', ids_of((k) => k.eigenaar === m && k.actie_bij.includes('eigenaar'))],
          [
            'table[aria-labelledby="actie-opdrachtgever"]',
            ids_of((k) => k.opdrachtgever_toegerekend === m && k.actie_bij.includes('opdrachtgever')),
          ],
          [
            'table[aria-labelledby="actie-onbepaald"]',
            ids_of((k) => k.opdrachtgever_toegerekend === null && k.opdrachtgevers.includes(m) && k.actie_bij.includes('opdrachtgever')),
          ],
        ];
        for (const [selector, want] of sections) {
          const shown = [...new Set(await linkedIds(page, `${selector} a[href*="#kp-"]`))].sort();
          if (JSON.stringify(shown) !== JSON.stringify(want)) mismatches.push(`${m} ${selector}: ${shown.length} ≠ ${want.length}`);
        }
        const r = report.per_ministerie.find((x) => x.ministerie === m);
        if (r) {
          expect(sections[0]![1].length, m).toBe(r.als_eigenaar);
          expect(sections[1]![1].length, m).toBe(r.als_opdrachtgever);
          expect(sections[3]![1].length, m).toBe(r.actie_als_opdrachtgever);
        }
      }
      expect(mismatches).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });
});

describe('screenshots', () => {
  test.each([1280, 375])('of the list, a ministry page and trends at %i px', async (width) => {
    const { context, page } = await watched({ viewport: { width, height: 900 } });
    try {
      const busiest = [...report.per_ministerie][0]?.ministerie ?? '';
      for (const [name, path] of [
        ['knelpunten', 'knelpunten/index.html'],
        ['ministerie', `ministeries/${busiest}/index.html`],
        ['ministeries', 'ministeries/index.html'],
        ['trends-vergelijking', 'trends/index.html'],
      ] as const) {
        await open(page, fileUrl(path));
        const png = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}-${width}.png`) });
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      }
    } finally {
      await context.close();
    }
  });
});
