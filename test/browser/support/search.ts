/** Searching the built report as a reader does, from the header box of the front page. */
import type { Page } from 'playwright-core';

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
 * A knelpunt and a word of its description that no other knelpunt uses anywhere, so the search
 * must find this knelpunt (the first such in global-id order, so the choice is fixed).
 */
export function distinctiveWord(knelpunten: readonly SearchableKnelpunt[]): { knelpunt: SearchableKnelpunt; word: string } {
  const usedBy = new Map<string, Set<string>>();
  for (const k of knelpunten) {
    for (const w of words(`${k.titel} ${k.beschrijving} ${k.gevolgen ?? ''} ${k.oplossingsrichting ?? ''}`)) {
      usedBy.set(w, (usedBy.get(w) ?? new Set()).add(k.global_id));
    }
  }
  for (const k of [...knelpunten].sort((a, b) => (a.global_id < b.global_id ? -1 : 1))) {
    const word = words(k.beschrijving).find((w) => usedBy.get(w)?.size === 1);
    if (word) return { knelpunt: k, word };
  }
  throw new Error('no knelpunt has a word of its own in its description');
}

/** Types `query` into the header's search box of the page shown, submits, and waits for results. */
export async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.locator('#site-zoekterm').fill(query);
  await page.locator('#site-zoekterm').press('Enter');
  await page.waitForURL(/\/zoeken\/index\.html\?q=/);
  await page.locator('#zoekresultaten li, #zoekstatus p').first().waitFor();
  await page.waitForFunction(`document.querySelector('#zoekresultaten li') || /Niets gevonden|niet worden geladen/.test(document.querySelector('#zoekstatus').textContent)`);
}
