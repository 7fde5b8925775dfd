/** The PDF as other programs read it: poppler-utils (pdfinfo, pdffonts, pdftotext) and qpdf. */
import { execFileSync } from 'node:child_process';

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
  // Columns: name type encoding emb sub uni object ID; the type may contain spaces, so read from the right.
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every word of every page with its box (pdftotext -bbox), in points from the top left. */
export function pdfWords(file: string): PdfPage[] {
  const xhtml = run('pdftotext', ['-bbox', file, '-']);
  const pages: PdfPage[] = [];
  for (const page of xhtml.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decode(m[5]!),
    }));
    pages.push({ width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words });
  }
  return pages;
}

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', ['-layout', ...range, file, '-']);
}

export interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

interface QpdfOutline {
  title: string;
  destpageposfrom1: number;
  kids: QpdfOutline[];
}

export function pdfBookmarks(file: string): Bookmark[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: QpdfOutline[] };
  const convert = (o: QpdfOutline): Bookmark => ({ title: o.title, page: o.destpageposfrom1, kids: o.kids.map(convert) });
  return json.outlines.map(convert);
}

/** Every PDF object's dictionary as qpdf shows it (names as "/Name", strings as "u:text"). */
export function pdfObjects(file: string): Record<string, unknown>[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=qpdf', file])) as { qpdf: [unknown, Record<string, { value?: unknown }>] };
  return Object.values(json.qpdf[1])
    .map((o) => o.value)
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
}

/** Named destination → page, as poppler reads them. */
export function pdfDests(file: string): Map<string, number> {
  const dests = new Map<string, number>();
  for (const line of run('pdfinfo', ['-dests', file]).split('\n')) {
    const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (match) dests.set(match[2]!, Number(match[1]));
  }
  return dests;
}
