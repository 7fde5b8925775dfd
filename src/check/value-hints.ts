/**
 * Rewrites a value typed in another form into the form the format wants, for the "write it
 * like this" part of a schema message and for `suggestions` (the text to put in place of the
 * node, which the language server offers as a quick fix):
 *
 * - a date as people write it (`15-5-2025`, `15 mei 2025`, `2025/05/15`) → `"2025-05-15"`;
 * - a list written as a sentence (`politiek, eigenaar en opdrachtgever`) → `[politiek, eigenaar, opdrachtgever]`;
 * - `ja`/`nee` (and `yes`/`no`, `waar`/`onwaar`) → `true`/`false`.
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date a Dutch-written date means, as a quoted YAML string; undefined when it is not clearly a date. */
export function rewriteDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v);
  let out: string | undefined;
  if (m) out = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v))) out = iso(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(v))) {
    const month = MONTHS[m[2] ?? ''];
    out = month === undefined ? undefined : iso(Number(m[3]), month, Number(m[1]));
  }
  return out === undefined || out === value ? undefined : `"${out}"`;
}

/**
 * The items of a list written as a sentence: split on commas, semicolons and the word "en".
 * With `allowed`, each item is matched to an allowed value (`match`), and the rewrite is only
 * given when every item matches; undefined for a single item (then it is not a sentence).
 */
export function rewriteList(value: unknown, match?: (item: string) => string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const items = value
    .split(/\s*[,;]\s*|\s+en\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) return undefined;
  const mapped: string[] = [];
  for (const item of items) {
    const hit = match ? match(item) : item;
    if (hit === undefined) return undefined;
    if (!mapped.includes(hit)) mapped.push(hit);
  }
  return `[${mapped.map(flowItem).join(', ')}]`;
}

/** A list item as YAML flow text: quoted when it holds characters a flow list would misread. */
function flowItem(item: string): string {
  return /^[\p{L}\p{N}_-][\p{L}\p{N}_ .-]*$/u.test(item) && !/^(true|false|null|~|\d)/i.test(item) ? item : JSON.stringify(item);
}

const BOOLEANS: Record<string, string> = { ja: 'true', nee: 'false', yes: 'true', no: 'false', waar: 'true', onwaar: 'false', j: 'true', n: 'false', y: 'true', on: 'true', off: 'false' };

/** `true`/`false` for a yes/no word; undefined otherwise. */
export function rewriteBoolean(value: unknown): string | undefined {
  return typeof value === 'string' ? BOOLEANS[value.trim().toLowerCase()] : undefined;
}
