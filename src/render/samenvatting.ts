// The organisation page shows a Stand's summary under its own heading "Samenvatting". Many
// Standen open their Markdown body with that same heading (`## Samenvatting`), which then
// appears twice in a row on the page and in a screen reader's list of headings. Only that
// exact opening heading is dropped, when rendering: the content file stays as submitted, and
// any other first heading ("Samenvatting UWV", "Inleiding") is the organisation's own and kept.

const ATX = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The heading's text without emphasis markers around it, compared case-insensitively. */
function isSamenvatting(text: string): boolean {
  return text.trim().replace(/^[*_]+|[*_]+$/g, '').trim().toLowerCase() === 'samenvatting';
}

/** `markdown` without an opening heading "Samenvatting" (any level, ATX or setext). */
export function dropSamenvattingHeading(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  const line = lines[first] ?? '';
  let headingLines = 0;
  const atx = ATX.exec(line);
  if (atx) {
    if (isSamenvatting(atx[1] ?? '')) headingLines = 1;
  } else if (/^ {0,3}\S/.test(line) && SETEXT_UNDERLINE.test(lines[first + 1] ?? '') && isSamenvatting(line)) {
    headingLines = 2;
  }
  if (headingLines === 0) return markdown;
  let rest = first + headingLines;
  while (rest < lines.length && (lines[rest] ?? '').trim() === '') rest++;
  return lines.slice(rest).join('\n');
}
