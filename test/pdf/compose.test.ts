import { describe, expect, test } from 'vitest';
import { chapterPlan } from '../../src/pdf/chapters.js';
import { findChromium } from '../../src/pdf/chromium.js';
import { UsageError } from '../../src/usage-error.js';
import { composeChapters, pageKey, SitePages } from '../../src/pdf/compose.js';
import { cssString } from '../../src/pdf/css-string.js';
import { pdfFileName } from '../../src/pdf/file-name.js';
import { pdfDate, setPdfDates } from '../../src/pdf/pdf-dates.js';

const page = (main: string): string => `<!doctype html><html lang="nl"><head><title>x</title></head><body><header><a href="index.html">kop</a></header><main id="inhoud">${main}</main></body></html>`;

function site(): Map<string, string> {
  return new Map([
    [
      'index.html',
      page(
        '<h1>Staat</h1><section aria-labelledby="inleiding"><h2 id="inleiding">Inleiding</h2><div class="md"><h3 id="inleiding-x">Kop</h3><p>Tekst met <a href="organisaties/uwv/index.html#kp-uwv-a">een knelpunt</a>.</p></div></section>' +
          '<section aria-labelledby="kerncijfers"><h2 id="kerncijfers">Kerncijfers</h2><ul class="kerncijfers"><li>3</li></ul></section>',
      ),
    ],
    ['themas/index.html', page('<h1>Knelpunten per thema</h1><table><caption id="c">x</caption><tr><th><a href="b/index.html">B</a></th></tr><tr><th><a href="a/index.html">A</a></th></tr></table>')],
    ['themas/a/index.html', page('<p class="kruimel"><a href="../index.html">Thema’s</a></p><h1>Thema A</h1><h2 id="hoofdthema">Knelpunten</h2><div role="region" aria-labelledby="hoofdthema"><a href="../../organisaties/uwv/index.html#kp-uwv-a">A</a></div>')],
    ['themas/b/index.html', page('<h1>Thema B</h1><h2 id="hoofdthema">Knelpunten</h2><a href="../../knelpunten/index.html">alle</a>')],
    ['organisaties/index.html', page('<h1>Organisaties</h1><a href="uwv/index.html">UWV</a>')],
    [
      'organisaties/uwv/index.html',
      page(
        '<h1>UWV</h1><nav class="toc"><a href="#kerncijfers">Kerncijfers</a></nav><h2 id="kerncijfers">Kerncijfers</h2>' +
          '<article class="knelpunt" id="kp-uwv-a"><h3><a class="anker" href="#kp-uwv-a">A</a></h3><p>Tekst met id="x" en <a href="https://example.org/a">een bron</a>.</p></article>',
      ),
    ],
    ['assets/style.css', 'body{}'],
  ]);
}

describe('composing the print document from the site', () => {
  const chapters = composeChapters(new SitePages(site()), chapterPlan(new SitePages(site())));
  const html = chapters.map((c) => c.html).join('\n');

  test('chapters in reading order; missing ones left out', () => {
    expect(chapters.map((c) => c.id)).toEqual(['inleiding', 'kerncijfers', 'themas', 'organisaties']);
  });

  test('sub-pages follow their overview in the order it links to them, and are in the contents', () => {
    const themas = chapters.find((c) => c.id === 'themas')!;
    expect(themas.entries).toEqual([
      { id: 'themas_b', titel: 'Thema B', niveau: 2 },
      { id: 'themas_a', titel: 'Thema A', niveau: 2 },
    ]);
    expect(themas.html.indexOf('id="themas_b"')).toBeLessThan(themas.html.indexOf('id="themas_a"'));
  });

  test('every id is unique, and every reference points at one', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.filter((t) => !ids.includes(t))).toEqual([]);
    const labelled = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    expect(labelled.filter((t) => !ids.includes(t))).toEqual([]);
  });

  test('links between pages become links inside the document', () => {
    expect(html).toContain('href="#organisaties_uwv--kp-uwv-a"');
    expect(html).toContain('href="#organisaties_uwv--kerncijfers"');
    expect(html).toContain('href="#themas_b"');
  });

  test('a link to a page outside the document keeps its text only; external links stay', () => {
    expect(html).not.toContain('knelpunten/index.html');
    expect(html).toContain('>alle<');
    expect(html).toContain('href="https://example.org/a"');
    // A heading's link to itself is gone.
    expect(html).not.toContain('class="anker"');
  });

  test('with site_url, a link to a page outside the document goes to its published address', () => {
    const published = composeChapters(new SitePages(site()), chapterPlan(new SitePages(site())), (p) => `https://example.org/staat/${p}`);
    const text = published.map((c) => c.html).join('\n');
    expect(text).toContain('href="https://example.org/staat/knelpunten/index.html"');
    // Links inside the document stay inside.
    expect(text).toContain('href="#organisaties_uwv--kp-uwv-a"');
  });

  test('headings sit under the chapter heading: sections h1 → dropped, pages h1 → h2', () => {
    const inleiding = chapters.find((c) => c.id === 'inleiding')!.html;
    expect(inleiding).not.toContain('>Inleiding<');
    expect(inleiding).toContain('<h2 id="start--inleiding-x">Kop</h2>');
    const uwv = chapters.find((c) => c.id === 'organisaties')!.html;
    expect(uwv).toContain('<h2>UWV</h2>');
    expect(uwv).toContain('<h3 id="organisaties_uwv--kerncijfers">');
    expect(uwv).toContain('<h4>A</h4>');
    // The overview's own title gives way to the chapter heading.
    expect(chapters.find((c) => c.id === 'themas')!.html).not.toContain('Knelpunten per thema');
  });

  test('text that looks like markup is left alone', () => {
    expect(html).toContain('Tekst met id="x" en');
  });

  test('page keys', () => {
    expect(pageKey('index.html')).toBe('start');
    expect(pageKey('organisaties/uwv/index.html')).toBe('organisaties_uwv');
  });
});

describe('small helpers', () => {
  test('no Chromium: a usage error (exit 2) that names the install command', () => {
    expect(() => findChromium({}, [])).toThrow(UsageError);
    expect(() => findChromium({}, [])).toThrow(/apt-get install chromium/);
    expect(() => findChromium({ STAAT_CHROMIUM: '/nonexistent/chromium' })).toThrow(UsageError);
    expect(findChromium({ STAAT_CHROMIUM: process.execPath })).toBe(process.execPath);
  });

  test('PDF file name: the titel as a slug', () => {
    expect(pdfFileName('Staat van de Uitvoering 2024')).toBe('staat-van-de-uitvoering-2024.pdf');
    expect(pdfFileName('Één rapport: “concept”!')).toBe('een-rapport-concept.pdf');
    expect(pdfFileName('***')).toBe('rapport.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
  });

  test('CSS strings cannot end early', () => {
    expect(cssString('Thema’s')).toBe('"Thema\\2019 s"');
    expect(cssString('a"b</style>')).toBe('"a\\22 b\\3c \\2f style\\3e "');
  });

  test('PDF dates from SOURCE_DATE_EPOCH, written in place', () => {
    expect(pdfDate('2024-09-09T00:00:00.000Z')).toBe("D:20240909000000+00'00'");
    const before = "<</Title (x)\n/CreationDate (D:20261203142754+00'00')\n/ModDate (D:20261203142754+00'00')>>";
    const after = Buffer.from(setPdfDates(new Uint8Array(Buffer.from(before, 'latin1')), '2024-09-09T00:00:00.000Z')).toString('latin1');
    expect(after).toBe("<</Title (x)\n/CreationDate (D:20240909000000+00'00')\n/ModDate (D:20240909000000+00'00')>>");
    expect(after.length).toBe(before.length);
  });
});
