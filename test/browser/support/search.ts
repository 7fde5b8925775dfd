/** Searching the built report as a reader does, from the header box of the front page. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface SearchableKnelpunt {
  organisatie: string;
  id: string;
  global_id: string;
  titel: string;
  beschrijving: string;
  gevolgen?: string;
  oplossingsrichting?: string | null;
}

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}{8,}/gu) ?? [];

/**
 * A knelpunt and words of its description that, together, no other knelpunt uses anywhere, so
 * the search (Pagefind finds pages with every word) must find this knelpunt. One word when some
 * knelpunt has a word of its own (real Standen name their regelingen and systems); else, as in a
 * generated edition written from a small vocabulary, the fewest words (at most four) that single
 * one out, chosen greedily. The first such knelpunt in global-id order, so the choice is fixed.
 */
export function distinctiveWord(knelpunten: readonly SearchableKnelpunt[]): { knelpunt: SearchableKnelpunt; word: string } {
  const texts = new Map(knelpunten.map((k) => [k.global_id, new Set(words(`${k.titel} ${k.beschrijving} ${k.gevolgen ?? ''} ${k.oplossingsrichting ?? ''}`))]));
  const ordered = [...knelpunten].sort((a, b) => (a.global_id < b.global_id ? -1 : 1));
  for (const maxWords of [1, 4]) {
    for (const k of ordered) {
      const query = singlingOut(k, texts, maxWords);
      if (query) return { knelpunt: k, word: query.join(' ') };
    }
  }
  throw new Error('no knelpunt has words of its own in its description');
}

function singlingOut(k: SearchableKnelpunt, texts: ReadonlyMap<string, ReadonlySet<string>>, maxWords: number): string[] | null {
  const own = [...new Set(words(k.beschrijving))];
  let others = [...texts].filter(([id]) => id !== k.global_id).map(([, t]) => t);
  const query: string[] = [];
  while (others.length > 0 && query.length < maxWords) {
    let best: { word: string; left: typeof others } | null = null;
    for (const word of own) {
      if (query.includes(word)) continue;
      const left = others.filter((t) => t.has(word));
      if (!best || left.length < best.left.length) best = { word, left };
    }
    if (!best) return null;
    query.push(best.word);
    others = best.left;
  }
  return others.length === 0 ? query : null;
}

/** Types `query` into the header's search box of the page shown, submits, and waits for results. */
export async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.locator('#site-zoekterm').fill(query);
  await page.locator('#site-zoekterm').press('Enter');
  await page.waitForURL(/\/zoeken\/index\.html\?q=/);
  await page.locator('#zoekresultaten li, #zoekstatus p').first().waitFor();
  await page.waitForFunction(`document.querySelector('#zoekresultaten li') || /Niets gevonden|niet worden geladen/.test(document.querySelector('#zoekstatus').textContent)`);
}

/**
 * From the page shown: searches `query`, finds `knelpunt` among the results under its own title,
 * follows it and lands on its anchor on the organisation page, near the top of the window.
 */
export async function searchLandsOnKnelpunt(page: Page, knelpunt: SearchableKnelpunt, query: string, url: (path: string) => string): Promise<void> {
  const anchor = `kp-${knelpunt.organisatie}-${knelpunt.id}`;
  await searchFromHeader(page, query);
  const hit = page.locator(`#zoekresultaten a[href$="#${anchor}"]`);
  await expect.poll(() => hit.count(), { message: `"${query}" finds ${knelpunt.global_id}` }).toBeGreaterThan(0);
  expect(await hit.first().innerText()).toBe(knelpunt.titel);
  await hit.first().click();
  await page.waitForURL(`${url(`organisaties/${knelpunt.organisatie}/index.html`)}#${anchor}`);
  const box = await page.locator(`#${anchor}`).boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(-1);
  expect(box!.y).toBeLessThan(200);
}
