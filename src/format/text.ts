/**
 * Messages may quote submitted text, and submitted text is untrusted: an escape sequence in it
 * could recolour, hide or rewrite what a terminal or CI log shows. These helpers make such
 * characters visible instead of letting them act.
 */

/* C0 controls, DEL, C1 controls (U+009B is a CSI on some terminals), and the bidirectional
   embedding/override/isolate marks that can reorder what a reader sees ("trojan source"). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Replaces every control or bidi character by a visible escape such as `\n` or `\u001B`. */
export function visibleControls(text: string, keep: ReadonlySet<string> = NO_KEEP): string {
  return text.replace(UNSAFE, (ch) => {
    if (keep.has(ch)) return ch;
    return NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

const NO_KEEP: ReadonlySet<string> = new Set();

/** Number of code points, for column alignment (accented Dutch letters count as one). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** "1 fout", "2 fouten": a count with the Dutch singular or plural noun. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
