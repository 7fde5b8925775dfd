/**
 * The report of a large edition as a reader meets it: a generated tree of 60 organisations over
 * four years (bench/generate.mjs). Every page loads without console errors from the file system
 * and over http, axe finds nothing on any page at either width or in forced colours, and search
 * finds a knelpunt by a word of its description. (Layout, print and clicking through are tested
 * on the bundled content, report.test.ts.)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { AXE_MODES, axeOverPages } from './support/axe.js';
import { buildGeneratedReport, htmlPages, type BuiltReport } from './support/build-report.js';
import { launchChromium } from './support/chromium.js';
import { open, watchContext } from './support/page-watch.js';
import { distinctiveWord, searchLandsOnKnelpunt, type SearchableKnelpunt } from './support/search.js';
import { serveDir, type StaticServer } from './support/static-server.js';

const ORGANISATIONS = 60;

let built: BuiltReport;
let browser: Browser;
let server: StaticServer;
let pages: string[];

beforeAll(async () => {
  built = await buildGeneratedReport(ORGANISATIONS);
  if (built.exitCode !== 0) throw new Error(`build failed (${built.exitCode}):\n${built.stderr}`);
  pages = htmlPages(built.out);
  server = await serveDir(built.out);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built?.tmp) rmSync(built.tmp, { recursive: true, force: true });
});

const fileUrl = (path: string): string => pathToFileURL(join(built.out, path)).href;
const httpUrl = (path: string): string => `${server.origin}/${path}`;

describe(`a generated edition of ${ORGANISATIONS} organisations`, () => {
  test('has a page for every organisation with a Stand', () => {
    const report = JSON.parse(readFileSync(join(built.out, 'data/report.json'), 'utf8')) as { totalen: { organisaties: number } };
    expect(report.totalen.organisaties).toBeGreaterThan(40);
    expect(pages.filter((p) => /^organisaties\/[^/]+\/index\.html$/.test(p))).toHaveLength(report.totalen.organisaties);
  });

  test('every page loads from file:// without console errors or failed requests', async () => {
    const context = await browser.newContext();
    const base = pathToFileURL(built.out).href + '/';
    const problems = await watchContext(context, (u) => u.startsWith(base) || u.startsWith('data:'));
    try {
      const page = await context.newPage();
      for (const path of pages) await open(page, fileUrl(path));
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });

  // One pass over every page per mode; the first also watches the console over http.
  test.each(AXE_MODES.map((m, i) => [m.name, m, i === 0] as const))(
    'axe-core finds no WCAG 2.2 A/AA violations on any page %s',
    async (_name, mode, watch) => {
      const context = await browser.newContext({ viewport: { width: mode.width, height: 900 }, forcedColors: mode.forcedColors });
      const problems = await watchContext(context, (u) => u.startsWith(`${server.origin}/`) || u.startsWith('data:'));
      try {
        expect(await axeOverPages(context, pages, httpUrl)).toEqual([]);
        if (watch) expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
      } finally {
        await context.close();
      }
    },
    600_000,
  );

  test('search over http finds a knelpunt by a word of its description and lands on its anchor', async () => {
    const knelpunten = JSON.parse(readFileSync(join(built.out, 'data/knelpunten.json'), 'utf8')) as SearchableKnelpunt[];
    const { knelpunt, word } = distinctiveWord(knelpunten);
    const context = await browser.newContext();
    const problems = await watchContext(context, (u) => u.startsWith(`${server.origin}/`));
    try {
      const page = await context.newPage();
      await open(page, httpUrl('index.html'));
      await searchLandsOnKnelpunt(page, knelpunt, word, httpUrl);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await context.close();
    }
  });
});
