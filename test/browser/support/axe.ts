/** axe-core in the page, with the WCAG 2.2 A/AA rule set. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { open } from './page-watch.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Beyond the WCAG tags: every landmark of a kind has its own name (several navs, search boxes
 * and regions on one page must be told apart), and a page has one main and one h1. */
const EXTRA_RULES = ['landmark-unique', 'landmark-one-main', 'page-has-heading-one', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo'];

/** The violations on the loaded page, as `rule at selector, …` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'rule', values: [...axe.getRules(${JSON.stringify(AXE_TAGS)}).map((r) => r.ruleId), ...${JSON.stringify(EXTRA_RULES)}] }, resultTypes: ['violations'] })`,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The three ways axe looks at every page: laptop, phone, and forced colours (high contrast). */
export const AXE_MODES = [
  { name: 'at 375 px', width: 375, forcedColors: 'none' },
  { name: 'at 1280 px', width: 1280, forcedColors: 'none' },
  { name: 'in forced-colours mode', width: 1280, forcedColors: 'active' },
] as const;

/**
 * Runs axe on every path, `tabs` pages at a time in one browser context (the machine has two
 * cores; a second tab keeps both busy while one waits for a load), and returns all violations
 * as `path: rule at selector` lines in path order.
 */
export async function axeOverPages(context: BrowserContext, paths: readonly string[], url: (path: string) => string, tabs = 2): Promise<string[]> {
  const found = new Map<string, string[]>();
  let next = 0;
  const worker = async (): Promise<void> => {
    const page = await context.newPage();
    try {
      while (next < paths.length) {
        const path = paths[next++]!;
        await open(page, url(path));
        found.set(path, await axeViolations(page));
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, worker));
  return paths.flatMap((p) => (found.get(p) ?? []).map((v) => `${p}: ${v}`));
}
