// What Pagefind would skip anyway, taken out of a page before it goes to the indexer: the
// content of elements marked `data-pagefind-ignore` (knelpunt rows in tables, status histories,
// source lines, citations). That is about 40 % of the searched pages' bytes; Pagefind then
// parses less and its Node API encodes less (13 % of Pagefind's time at 600 organisations).
//
// The index must stay byte-for-byte the one Pagefind makes from the whole page. So the element
// itself stays (empty, its tags as they were: word boundaries do not move), and an element is
// left whole when its content holds anything Pagefind reads even inside ignored content or
// might: other data-pagefind attributes (filters, meta), ids (anchors), headings and images
// (default title and image). Pages without data-pagefind-body are passed unchanged.
//
// The pages are staat's own output: text and attribute values are escaped, so a `<` starts a
// tag. An element whose end cannot be found is left as it is.
import { hasSearchBody } from './search-body.js';

const IGNORED = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-ignore(?=[\s=/>])[^>]*>/g;
const READ_INSIDE = /data-pagefind-|\sid=|<h[1-6]\b|<img\b/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function stripIgnored(html: string): string {
  if (!hasSearchBody(html)) return html;
  const pieces: string[] = [];
  let at = 0;
  IGNORED.lastIndex = 0;
  for (let open = IGNORED.exec(html); open !== null; open = IGNORED.exec(html)) {
    const name = open[1]!.toLowerCase();
    const contentStart = IGNORED.lastIndex;
    if (VOID.has(name) || open[0].endsWith('/>')) continue;
    const close = closingTag(html, name, contentStart);
    if (close === undefined) continue;
    if (READ_INSIDE.test(html.slice(contentStart, close))) continue;
    pieces.push(html.slice(at, contentStart));
    at = close;
    IGNORED.lastIndex = close;
  }
  if (at === 0) return html;
  pieces.push(html.slice(at));
  return pieces.join('');
}

/** Where the closing tag of the `name` element whose content starts at `from` begins, or undefined. */
function closingTag(html: string, name: string, from: number): number | undefined {
  const tag = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let t = tag.exec(html); t !== null; t = tag.exec(html)) {
    if (t[1] === '/') depth--;
    else if (t[2] !== '/') depth++;
    if (depth === 0) return t.index;
  }
  return undefined;
}
