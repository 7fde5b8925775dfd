// The print document: cover, colofon, table of contents and the chapters, rendered from
// `pdf.liquid` with the site's own pages as the chapters' content, and `verantwoording.liquid`
// as the last chapter. One self-contained HTML file: the CSS is inline, there is nothing to fetch.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportModel } from '../model/types.js';
import { TemplateError, type TemplateEngine } from '../render/engine.js';
import { linksFor } from '../render/links.js';
import { SafeHtml } from '../render/safe-html.js';
import { siteScope, type RenderOptions } from '../render/site.js';
import { chapterPlan } from './chapters.js';
import { composeChapters, SitePages, type ComposedChapter, type TocEntry } from './compose.js';
import { cssString } from './css-string.js';

/** A knelpunt open this many years or more is long-running (report.md, `langlopend`). */
const LANGLOPEND_JAREN = 3;

export interface DocumentInput {
  model: ReportModel;
  /** The rendered site: path → content (pages and `assets/style.css`). */
  files: ReadonlyMap<string, string | Uint8Array>;
  engine: TemplateEngine;
  render: RenderOptions;
}

export interface PrintDocument {
  chapters: ComposedChapter[];
  /** Every row of the table of contents, in order. */
  toc: TocEntry[];
  /** The HTML with the given page numbers in the table of contents (id → page) and chapters
   * set tighter by the given level (chapter id → 0, 1, 2). */
  html(pageNumbers: ReadonlyMap<string, number>, krap?: ReadonlyMap<string, number>): string;
}

async function readTemplateFile(templatesDir: string, name: string): Promise<string> {
  try {
    return await readFile(path.join(templatesDir, name), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    throw new TemplateError(`bestand ontbreekt in ${templatesDir}`, name, 0, 0, { cause: error });
  }
}

/** Running headers: each chapter is a named page whose top-left margin box holds its title; the
 * report's title on the right, after "Concept" in a concept edition (so every page says it). */
function pageRules(chapters: ComposedChapter[], titel: string, concept: boolean): string {
  const right = concept ? `Concept · ${titel}` : titel;
  return [
    `@page { @top-right { content: ${cssString(right)}; } }`,
    ...chapters.map((c, i) => `.hoofdstuk-${i + 1} { page: hoofdstuk-${i + 1}; }\n@page hoofdstuk-${i + 1} { @top-left { content: ${cssString(c.titel)}; } }`),
  ].join('\n');
}

export async function printDocument(input: DocumentInput): Promise<PrintDocument> {
  const { model, engine } = input;
  const site = siteScope(model, input.render);
  const links = linksFor(model);
  const chapters = composeChapters(new SitePages(input.files), chapterPlan(new SitePages(input.files)), (p) => links.absolute(p));
  chapters.push({
    id: 'verantwoording',
    titel: 'Verantwoording',
    html: engine.render('verantwoording', {
      site,
      jaar: model.report.verslagjaar,
      vorig_jaar: model.report.verslagjaar - 1,
      langlopend_jaren: LANGLOPEND_JAREN,
    }),
    entries: [],
  });
  const toc: TocEntry[] = chapters.flatMap((c) => [{ id: `ch-${c.id}`, titel: c.titel, niveau: 1 }, ...c.entries]);

  const siteCss = input.files.get('assets/style.css');
  const css = [typeof siteCss === 'string' ? siteCss : siteCss ? new TextDecoder().decode(siteCss) : '', await readTemplateFile(engine.templatesDir, 'pdf.css'), pageRules(chapters, model.report.titel, model.concept)]
    .join('\n')
    // Inside <style> the only thing that could end it early is a closing tag.
    .replace(/<\/(style)/gi, '<\\/$1');
  const stijl = new SafeHtml(css);
  const hoofdstukken = chapters.map((c, i) => ({ id: c.id, titel: c.titel, nummer: i + 1, html: new SafeHtml(c.html) }));

  return {
    chapters,
    toc,
    html(pageNumbers, krap) {
      return engine.render('pdf', {
        site,
        stijl,
        // Where the report is published (not for a concept) and the open data's licence.
        uitgave: { site_url: links.absolute('index.html'), licentie: model.edition.licentie ?? 'CC0-1.0' },
        inhoud: toc.map((e) => ({ ...e, pagina: pageNumbers.get(e.id) ?? '' })),
        hoofdstukken: hoofdstukken.map((h) => ({ ...h, krap: krap?.get(h.id) ?? 0 })),
      });
    },
  };
}
