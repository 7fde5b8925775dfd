// SafeHtml marks HTML that *we* generated (sanitized Markdown, SVG charts). Templates can only
// print HTML unescaped through the `safe` filter, and that filter only trusts this class: a
// submitted string passed to it is still escaped, so a template slip cannot open a hole.
//
// Markdown is rendered in batches (possibly in worker threads, see markdown-batch.ts), so a
// SafeHtml can be created before its HTML exists and filled in once, later. Reading it before
// then is a bug in the render order and throws instead of printing something wrong.

export class SafeHtml {
  #html: string | undefined;
  constructor(html?: string) {
    this.#html = html;
  }
  get html(): string {
    if (this.#html === undefined) throw new Error('SafeHtml gelezen voordat de HTML er is (interne fout in de volgorde van renderen)');
    return this.#html;
  }
  /** Fills a SafeHtml created without HTML; only the Markdown batch does this, with sanitized output. */
  fill(html: string): void {
    if (this.#html !== undefined) throw new Error('SafeHtml is al gevuld');
    this.#html = html;
  }
  /** Printed without `| safe`, the HTML shows as text: visible, never executed. */
  toString(): string {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
