// Reads back from a PDF that Chromium wrote the two things the table of contents needs: the
// number of pages and, for every named destination (an element id that a link points to), the
// page it lands on. Chromium (Skia) writes a classic cross-reference table and plain object
// dictionaries; that is all this reader understands, and it says so when it meets anything else.

export class PdfReadError extends Error {}

interface Ref {
  num: number;
}

export class PdfReader {
  private readonly text: string;
  private readonly offsets = new Map<number, number>();

  constructor(bytes: Uint8Array) {
    // latin1 maps every byte to one character: offsets in the string are offsets in the file.
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    this.readXref();
  }

  private readXref(): void {
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text.slice(-1024));
    if (!start) throw new PdfReadError('geen startxref');
    const xref = Number(start[1]);
    if (!this.text.startsWith('xref', xref)) throw new PdfReadError('geen klassieke xref-tabel');
    const section = /xref\s+(\d+)\s+(\d+)\s+/y;
    section.lastIndex = xref;
    const head = section.exec(this.text);
    if (!head) throw new PdfReadError('onleesbare xref-tabel');
    const first = Number(head[1]);
    const count = Number(head[2]);
    const entries = this.text.slice(section.lastIndex, section.lastIndex + count * 20);
    for (let i = 0; i < count; i++) {
      const entry = entries.slice(i * 20, i * 20 + 18);
      const match = /^(\d{10}) (\d{5}) ([nf])$/.exec(entry);
      if (!match) throw new PdfReadError(`onleesbare xref-regel ${i}`);
      if (match[3] === 'n') this.offsets.set(first + i, Number(match[1]));
    }
    const trailer = this.text.indexOf('trailer', section.lastIndex + count * 20);
    if (trailer < 0) throw new PdfReadError('geen trailer');
    this.trailerText = this.text.slice(trailer, this.text.indexOf('startxref', trailer));
  }

  private trailerText = '';

  /** The dictionary text of an object (up to its stream or endobj). */
  object(num: number): string {
    const offset = this.offsets.get(num);
    if (offset === undefined) throw new PdfReadError(`object ${num} ontbreekt`);
    const header = new RegExp(`${num}\\s+0\\s+obj`, 'y');
    header.lastIndex = offset;
    if (!header.test(this.text)) throw new PdfReadError(`object ${num} staat niet waar de xref zegt`);
    const end = this.text.indexOf('endobj', header.lastIndex);
    const stream = this.text.indexOf('stream', header.lastIndex);
    return this.text.slice(header.lastIndex, stream >= 0 && stream < end ? stream : end);
  }

  private ref(dict: string, key: string): Ref | null {
    const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
    return match ? { num: Number(match[1]) } : null;
  }

  private catalog(): string {
    const root = this.ref(this.trailerText, 'Root');
    if (!root) throw new PdfReadError('geen /Root');
    return this.object(root.num);
  }

  /** Page object numbers in page order. */
  pages(): number[] {
    const pagesRef = this.ref(this.catalog(), 'Pages');
    if (!pagesRef) throw new PdfReadError('geen /Pages');
    const out: number[] = [];
    const visit = (num: number, depth: number): void => {
      if (depth > 32) throw new PdfReadError('paginaboom te diep');
      const dict = this.object(num);
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
      if (/\/Type\s*\/Pages\b/.test(dict) && kids) {
        for (const m of (kids[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)) visit(Number(m[1]), depth + 1);
      } else {
        out.push(num);
      }
    };
    visit(pagesRef.num, 0);
    return out;
  }

  /** The links on every page that go to a named destination, with the bottom edge of their
   * box in points from the bottom of the page; in page order. */
  links(): { page: number; dest: string; bottom: number }[] {
    const out: { page: number; dest: string; bottom: number }[] = [];
    this.pages().forEach((num, i) => {
      const annots = /\/Annots\s*\[([^\]]*)\]/.exec(this.object(num));
      for (const m of (annots?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)) {
        const dict = this.object(Number(m[1]));
        const dest = /\/Dest\s*\/([^\s/[\]<>()]+)/.exec(dict);
        const rect = /\/Rect\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(dict);
        if (dest && rect) out.push({ page: i + 1, dest: decodeName(dest[1] ?? ''), bottom: Math.min(Number(rect[2]), Number(rect[4])) });
      }
    });
    return out;
  }

  /** The height of a page in points (its MediaBox), the first page's. */
  pageHeight(): number {
    const first = this.pages()[0];
    const box = first === undefined ? null : /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(this.object(first));
    if (!box) throw new PdfReadError('geen MediaBox');
    return Number(box[4]) - Number(box[2]);
  }

  /** Named destination → 1-based page number. */
  destinations(): Map<string, number> {
    const pageIndex = new Map(this.pages().map((num, i) => [num, i + 1]));
    const catalog = this.catalog();
    const destsRef = this.ref(catalog, 'Dests');
    const result = new Map<string, number>();
    if (!destsRef) {
      if (/\/Names\s*<</.test(catalog) || /\/Names\s+\d+\s+0\s+R/.test(catalog)) throw new PdfReadError('bestemmingen als /Names-boom worden niet gelezen');
      return result;
    }
    const dict = this.object(destsRef.num);
    for (const m of dict.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
      const page = pageIndex.get(Number(m[2]));
      if (page !== undefined) result.set(decodeName(m[1] ?? ''), page);
    }
    return result;
  }
}

/** A PDF name's text: `#xx` escapes undone, bytes read as UTF-8. */
function decodeName(raw: string): string {
  const bytes = raw.replace(/#([0-9A-Fa-f]{2})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
