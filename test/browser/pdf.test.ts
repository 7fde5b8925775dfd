/**
 * `staat build --pdf` of the bundled content, checked as a reader's PDF tools see it: poppler
 * (pdfinfo, pdffonts, pdftotext) and qpdf. The PDF lands in test/browser/screenshots/ to look at.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { CONTENT_DIR } from './support/build-report.js';
import { CHROMIUM_PATH } from './support/chromium.js';
import { pdfBookmarks, pdfDests, pdfFonts, pdfInfo, pdfObjects, pdfText, pdfWords, type Bookmark, type PdfPage } from './support/pdf-tools.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SMALL_TREE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));
const EPOCH = '1725840000';
/** The page margins of templates/pdf.css in points: the header lives above the body, the page number below. */
const MM = 72 / 25.4;
const BODY_TOP = 20 * MM;
const BODY_BOTTOM_MARGIN = 18 * MM;
/** Chapters in reading order (issue 9); a chapter the site does not have yet is skipped. */
const CHAPTERS = ['Inleiding', 'Belangrijkste punten', 'Kerncijfers', 'Thema’s', 'Oproepen', 'Driehoek en ministeries', 'Organisaties', 'Gedeelde knelpunten', 'Trends', 'Verantwoording'];

interface Built {
  out: string;
  exitCode: number;
  stderr: string;
}

async function build(content: string, extraEnv: Record<string, string> = {}): Promise<Built> {
  const tmp = mkdtempSync(join(tmpdir(), 'staat-pdf-'));
  const out = join(tmp, 'out');
  let stderr = '';
  const exitCode = await main(['build', '--content', content, '--out', out, '--quiet', '--pdf'], {
    stdout: { write() {} },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: tmp,
    env: { SOURCE_DATE_EPOCH: EPOCH, STAAT_CHROMIUM: CHROMIUM_PATH, ...extraEnv },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => 0,
  });
  return { out, exitCode, stderr };
}

const squash = (s: string): string => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** Words in the page body: not the running header, not the page number. */
function bodyWords(page: PdfPage) {
  return page.words.filter((w) => w.yMin >= BODY_TOP - 1 && w.yMax <= page.height - BODY_BOTTOM_MARGIN + 1);
}

/** How far down the body the text reaches, 0..1. */
function fill(page: PdfPage): number {
  const words = bodyWords(page);
  if (words.length === 0) return 0;
  const bottom = Math.max(...words.map((w) => w.yMax));
  return (bottom - BODY_TOP) / (page.height - BODY_BOTTOM_MARGIN - BODY_TOP);
}

describe('staat build --pdf (bundled content)', () => {
  let built: Built;
  let file: string;
  let pages: PdfPage[];
  let bookmarks: Bookmark[];
  let report: { titel: string; totalen: { organisaties: number } };

  beforeAll(async () => {
    built = await build(CONTENT_DIR);
    file = join(built.out, 'staat-van-de-uitvoering-2024.pdf');
    mkdirSync(SCREENSHOTS, { recursive: true });
    if (existsSync(file)) copyFileSync(file, join(SCREENSHOTS, 'rapport.pdf'));
    pages = pdfWords(file);
    bookmarks = pdfBookmarks(file);
    report = JSON.parse(readFileSync(join(built.out, 'data/report.json'), 'utf8')) as typeof report;
  }, 600_000);

  test('writes <titel as slug>.pdf next to the site', () => {
    expect(built.exitCode, built.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(built.out, 'index.html'))).toBe(true);
  });

  test('tagged, Dutch, titled, with every font embedded and reproducible dates', () => {
    const info = pdfInfo(file);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe(report.titel);
    expect(info['Page size']).toMatch(/^594\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(new Date(info['CreationDate']!).getTime()).toBe(Number(EPOCH) * 1000);
    const catalog = pdfObjects(file).find((o) => o['/Type'] === '/Catalog');
    expect(catalog?.['/Lang']).toBe('u:nl');
    expect(catalog?.['/MarkInfo']).toEqual({ '/Marked': true, '/Type': '/MarkInfo' });
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  test('every knelpunt’s titel is in the text', () => {
    const text = squash(pdfText(file));
    const knelpunten = JSON.parse(readFileSync(join(built.out, 'data/knelpunten.json'), 'utf8')) as { titel: string }[];
    expect(knelpunten.length).toBeGreaterThan(50);
    expect(knelpunten.map((k) => k.titel).filter((t) => !text.includes(squash(t)))).toEqual([]);
  });

  test('bookmarks follow the chapters, with every organisation under Organisaties', () => {
    const titles = bookmarks.map((b) => b.title);
    const expected = CHAPTERS.filter((c) => titles.includes(c));
    expect(expected).toEqual(expect.arrayContaining(['Inleiding', 'Kerncijfers', 'Thema’s', 'Oproepen', 'Driehoek en ministeries', 'Organisaties', 'Gedeelde knelpunten', 'Trends', 'Verantwoording']));
    // In reading order, after the colofon and the table of contents.
    expect(titles).toEqual(['Colofon', 'Inhoud', ...expected]);
    const organisaties = bookmarks.find((b) => b.title === 'Organisaties')!;
    expect(organisaties.kids).toHaveLength(report.totalen.organisaties);
    // Each chapter starts on its own page, later than the one before.
    const starts = bookmarks.map((b) => b.page);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(starts.length);
  });

  test('the table of contents gives the page each entry starts on', () => {
    const inhoud = bookmarks.find((b) => b.title === 'Inhoud')!;
    const firstChapter = bookmarks[2]!.page;
    const rows = new Map<string, number>();
    for (let p = inhoud.page; p < firstChapter; p++) {
      for (const line of pdfText(file, p).split('\n')) {
        const match = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
        if (match) rows.set(squash(match[1]!), Number(match[2]));
      }
    }
    // Every row is a chapter or a page in it, and says on which page its bookmark lands.
    const marks = new Map<string, number>();
    // Chapters first: a section may share its name with a chapter (Kerncijfers in Verantwoording).
    // Then each level down: the ministries sit one level below "Ministeries".
    for (let level = bookmarks.slice(2); level.length > 0; level = level.flatMap((b) => b.kids)) {
      for (const b of level) if (!marks.has(squash(b.title))) marks.set(squash(b.title), b.page);
    }
    expect(rows.size).toBeGreaterThan(30);
    for (const [titel, page] of rows) {
      expect(marks.get(titel), titel).toBe(page);
      expect(squash(pdfText(file, page)), `${titel} on page ${page}`).toContain(titel);
    }
    for (const chapter of bookmarks.slice(2)) expect(rows.get(squash(chapter.title)), chapter.title).toBe(chapter.page);
  });

  test('every page after the cover has its number at the foot and its chapter at the head', () => {
    expect(pages.length).toBe(Number(pdfInfo(file)['Pages']));
    const chapterOf = (page: number): string => [...bookmarks].reverse().find((b) => b.page <= page)?.title ?? '';
    const problems: string[] = [];
    pages.forEach((page, i) => {
      const n = i + 1;
      const foot = page.words.filter((w) => w.yMin > page.height - BODY_BOTTOM_MARGIN).map((w) => w.text);
      const head = squash(page.words.filter((w) => w.yMax < BODY_TOP).map((w) => w.text).join(' '));
      if (n === 1) {
        if (foot.length > 0) problems.push('cover has a page number');
        return;
      }
      if (foot.join(' ') !== String(n)) problems.push(`page ${n}: foot says '${foot.join(' ')}'`);
      const chapter = chapterOf(n);
      if (CHAPTERS.includes(chapter) && !head.startsWith(chapter)) problems.push(`page ${n}: head '${head}' is not chapter ${chapter}`);
      if (!head.endsWith(report.titel)) problems.push(`page ${n}: head '${head}' lacks the title`);
    });
    expect(problems).toEqual([]);
  });

  test('no near-empty pages: every page at least 40 % full, a chapter’s last one at least a few lines', () => {
    const starts = new Set(bookmarks.map((b) => b.page));
    const problems: string[] = [];
    pages.forEach((page, i) => {
      const n = i + 1;
      if (n === 1) return;
      const lastOfChapter = starts.has(n + 1) || n === pages.length;
      const f = fill(page);
      if (lastOfChapter ? f < 0.1 : f < 0.4) problems.push(`page ${n}: body ${Math.round(f * 100)}% filled`);
    });
    expect(problems).toEqual([]);
  });

  test('internal links land on named destinations; external links keep their URL', () => {
    const dests = pdfDests(file);
    const links = pdfObjects(file).filter((o) => o['/Subtype'] === '/Link');
    const internal = links.map((l) => l['/Dest']).filter((d): d is string => typeof d === 'string');
    const external = links.map((l) => (l['/A'] as Record<string, string> | undefined)?.['/URI']).filter((u): u is string => typeof u === 'string');
    expect(internal.length).toBeGreaterThan(200);
    expect(internal.filter((d) => !dests.has(d.replace(/^\//, '')))).toEqual([]);
    expect(external.length).toBeGreaterThan(0);
    expect(external.every((u) => /^u:(https?|mailto):/.test(u))).toBe(true);
  });
});

describe('staat build --pdf (small tree)', () => {
  test('same input and SOURCE_DATE_EPOCH: same pages, same text', async () => {
    const first = await build(SMALL_TREE);
    const second = await build(SMALL_TREE);
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    const name = (b: Built): string => join(b.out, 'staat-van-de-uitvoering-2024.pdf');
    expect(pdfInfo(name(first))['Pages']).toBe(pdfInfo(name(second))['Pages']);
    expect(pdfText(name(first))).toBe(pdfText(name(second)));
    expect(pdfInfo(name(first))['CreationDate']).toBe(pdfInfo(name(second))['CreationDate']);
  }, 300_000);

  test('without Chromium: exit 2 and nothing written', async () => {
    const result = await build(SMALL_TREE, { STAAT_CHROMIUM: '/nonexistent/chromium' });
    expect(result.exitCode).toBe(2);
    expect(existsSync(result.out)).toBe(false);
  });
});
