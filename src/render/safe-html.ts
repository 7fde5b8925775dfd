// SafeHtml marks HTML that *we* generated (sanitized Markdown, SVG charts). Templates can only
// print HTML unescaped through the `safe` filter, and that filter only trusts this class: a
// submitted string passed to it is still escaped, so a template slip cannot open a hole.

export class SafeHtml {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
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
