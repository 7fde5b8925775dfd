// What goes to Pagefind: ignored content taken out where Pagefind would not read it, the
// element itself left in place, everything else byte for byte.
import { describe, expect, it } from 'vitest';
import { stripIgnored } from '../../src/search/strip-ignored.js';

const page = (main: string) => `<html lang="nl"><body><nav>Menu</nav><main data-pagefind-body>${main}</main></body></html>`;

describe('stripIgnored', () => {
  it('empties ignored elements, nested ones of the same name included, and leaves their tags', () => {
    const html = page('<p>Voor</p><table data-pagefind-ignore><tr><td><table><tr><td>x</td></tr></table></td></tr></table><p>Na</p><span data-pagefind-ignore="all">bron</span>.');
    expect(stripIgnored(html)).toBe(page('<p>Voor</p><table data-pagefind-ignore></table><p>Na</p><span data-pagefind-ignore="all"></span>.'));
  });

  it('leaves content that Pagefind reads even when ignored: filters, meta, anchors, headings, images', () => {
    for (const inside of ['<b data-pagefind-filter="thema">Werk</b>', '<span data-pagefind-meta="x">y</span>', '<a id="k1">k</a>', '<h2>Kop</h2>', '<img src="a.png" alt="">']) {
      const html = page(`<div data-pagefind-ignore>${inside}</div>`);
      expect(stripIgnored(html)).toBe(html);
    }
  });

  it('leaves pages without data-pagefind-body, void elements, and elements without an end', () => {
    const unmarked = '<html><body><main><p data-pagefind-ignore>x</p></main></body></html>';
    expect(stripIgnored(unmarked)).toBe(unmarked);
    const other = page('<br data-pagefind-ignore><div data-pagefind-ignore>zonder einde');
    expect(stripIgnored(other)).toBe(other);
  });

  it('does not take an attribute that only starts with the name for the marker', () => {
    const html = page('<p data-pagefind-ignored="nee">tekst</p>');
    expect(stripIgnored(html)).toBe(html);
  });
});
