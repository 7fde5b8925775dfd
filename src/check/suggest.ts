/**
 * "Bedoelde u …?": finds the register ids a user probably meant, from ids, names, abbreviations
 * and synoniemen, ignoring case, accents and punctuation.
 */

export interface Candidate {
  id: string;
  /** Every text that names this entry: id, naam, afkorting, synoniemen. */
  names: string[];
}

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Damerau-Levenshtein (optimal string alignment) distance, bounded for speed. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push(new Array<number>(b.length + 1).fill(0));
  for (let i = 0; i <= a.length; i++) rows[i]![0] = i;
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Up to `limit` ids, best first: exact name/synonym matches, then close spellings. */
export function suggest(input: string, candidates: readonly Candidate[], limit = 3): string[] {
  const wanted = normalize(input);
  if (wanted === '') return [];
  const compact = wanted.replace(/ /g, '');
  const scored: { id: string; score: number }[] = [];
  for (const c of candidates) {
    let best = Infinity;
    for (const name of c.names) {
      const n = normalize(name);
      if (n === '') continue;
      const nc = n.replace(/ /g, '');
      if (n === wanted || nc === compact) {
        best = 0;
        break;
      }
      const budget = Math.max(1, Math.floor(Math.max(compact.length, nc.length) / 4));
      const d = editDistance(compact, nc, budget);
      if (d <= budget) best = Math.min(best, d);
      // Whole words of a longer name ("toeslagen" in "Dienst Toeslagen", "economische zaken"
      // in "Ministerie van Economische Zaken") are a good hint too.
      else if (compact.length >= 4 && ` ${n} `.includes(` ${wanted} `)) best = Math.min(best, budget + 0.5);
    }
    if (best !== Infinity) scored.push({ id: c.id, score: best });
  }
  scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...new Set(scored.map((s) => s.id))].filter((id) => id !== input).slice(0, limit);
}

/** " Bedoelde u 'x'?" / " Bedoelde u 'x' of 'y'?" or ''. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `'${s}'`);
  const last = quoted.pop()!;
  return ` Bedoelde u ${quoted.length > 0 ? `${quoted.join(', ')} of ${last}` : last}?`;
}
