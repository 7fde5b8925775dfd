/**
 * The concept edition of `build`/`dev --verslagjaar N`: next year's Standen previewed from the
 * same tree before `staat.yaml` moves on. `staat.yaml` supplies everything but the year, so the
 * year is replaced where it names the edition, and the publication date (not set yet) is dropped.
 */
import type { Edition } from '../content/types.js';

export function conceptEdition(edition: Edition, year: number): Edition {
  const from = String(edition.verslagjaar);
  // Only whole years: "2024" in "Staat 2024" becomes 2025, a "12024" or "20245" stays.
  const swap = (text: string): string => text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(year));
  const { publicatiedatum: _, ...rest } = edition;
  return { ...rest, titel: swap(edition.titel), editie: swap(edition.editie), verslagjaar: year };
}
