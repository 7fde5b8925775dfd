// `staat build --pdf`: the whole report as one tagged PDF, printed by headless Chromium from a
// print document made of the site's own pages. Chromium has no target-counter(), so the table
// of contents gets its page numbers the way a typesetter would: print, read on which page every
// entry landed (the PDF's named destinations), fill them in and print again until they agree.
import type { ReportModel } from '../model/types.js';
import { createEngine } from '../render/engine.js';
import type { RenderOptions } from '../render/site.js';
import { openPrinter } from './chromium.js';
import { printDocument } from './document.js';
import { setPdfDates } from './pdf-dates.js';
import { PdfReader } from './pdf-reader.js';

export { findChromium } from './chromium.js';
export { pdfFileName } from './file-name.js';

export interface PdfOptions extends RenderOptions {
  /** The Chromium executable (findChromium). */
  chromium: string;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** How many times the document was printed before its page numbers held. */
  passes: number;
}

/** A table of contents that does not settle after this many prints is a bug, not a layout. */
const MAX_PASSES = 6;
/** The body of a page in pdf.css (A4 less 20 mm above and 18 mm below), in points. */
const MM = 72 / 25.4;
const BODY_TOP = 20 * MM;
const BODY_BOTTOM = 18 * MM;
/** A chapter's last page filled less than this is nearly empty: the chapter is set tighter. */
const MIN_TAIL = 0.15;
const MAX_KRAP = 2;

/** How full the last page of each chapter is (0..1), by where its closing link sits; chapters
 * of one page are left out (setting them tighter cannot save a page). */
function tails(reader: PdfReader, chapterIds: string[], starts: ReadonlyMap<string, number>): Map<string, number> {
  const height = reader.pageHeight();
  const ends = reader.links().filter((l) => l.dest === 'inhoud');
  const out = new Map<string, number>();
  chapterIds.forEach((id, i) => {
    const end = ends[i];
    if (!end || end.page === starts.get(`ch-${id}`)) return;
    out.set(id, (height - BODY_TOP - end.bottom) / (height - BODY_TOP - BODY_BOTTOM));
  });
  return out;
}

export async function renderPdf(model: ReportModel, files: ReadonlyMap<string, string | Uint8Array>, options: PdfOptions): Promise<PdfResult> {
  const engine = createEngine(options.templatesDir);
  const doc = await printDocument({ model, files, engine, render: options });
  const chapterIds = doc.chapters.map((c) => c.id);
  const printer = await openPrinter(options.chromium);
  try {
    let numbers = new Map<string, number>();
    const krap = new Map<string, number>();
    let draft = true;
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      // Drafts are printed untagged (a third faster) and without page numbers in the contents;
      // the numbers have a column of fixed width, so filling them in moves nothing. The last
      // print is tagged, and is done when it confirms the numbers it shows.
      const bytes = await printer.print(doc.html(numbers, krap), { tagged: !draft });
      const reader = new PdfReader(bytes);
      const found = reader.destinations();
      const missing = doc.toc.filter((e) => !found.has(e.id)).map((e) => e.id);
      if (missing.length > 0) throw new Error(`PDF: geen paginanummer gevonden voor ${missing.slice(0, 5).join(', ')}`);
      let squeezed = false;
      for (const [id, full] of tails(reader, chapterIds, found)) {
        const level = krap.get(id) ?? 0;
        if (full < MIN_TAIL && level < MAX_KRAP) {
          krap.set(id, level + 1);
          squeezed = true;
        }
      }
      if (!draft && !squeezed && doc.toc.every((e) => numbers.get(e.id) === found.get(e.id))) {
        return { bytes: setPdfDates(bytes, options.generatedAt), pages: reader.pages().length, passes: pass };
      }
      draft = squeezed;
      numbers = new Map(doc.toc.map((e) => [e.id, found.get(e.id) ?? 0]));
    }
    throw new Error(`PDF: de paginanummers van de inhoudsopgave liggen na ${MAX_PASSES} keer afdrukken nog niet vast`);
  } finally {
    await printer.close();
  }
}
