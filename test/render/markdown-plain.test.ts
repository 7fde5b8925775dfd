import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextHtml, renderMarkdownFull } from '../../src/render/markdown.js';

const options = { idPrefix: 'p-' };

// Mostly allowed characters, plus the ones that must send the text to the full pipeline.
const allowed = ['a', 'B', 'é', 'ß', '1', '9', ' ', ' ', ',', '.', ';', ':', "'", '"', '?', '(', ')', '%', '€', '/', '+', '’', '“', '–', '-', '\n', '\n'];
const tricky = ['*', '_', '`', '[', ']', '<', '>', '&', '#', '|', '~', '!', '\\', '=', '@', '\t', '\r', '\u00a0', 'www.', 'http://x.nl', '1. ', '- ', '  \n', '    '];

describe('plain-text shortcut', () => {
  it('gives exactly the full pipeline output whenever it applies', () => {
    let applied = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...tricky) }), { maxLength: 60 }),
        (parts) => {
          const text = parts.join('');
          const plain = plainTextHtml(text);
          if (plain === null) return;
          applied++;
          expect(plain).toBe(renderMarkdownFull(text, options).html);
        },
      ),
      { numRuns: 1500 },
    );
    // The generator must exercise the shortcut, or this test proves nothing.
    expect(applied).toBeGreaterThan(100);
  });

  it('applies to realistic prose and not to Markdown', () => {
    const prose = 'Burgers wachten gemiddeld 14 weken op een WIA-beoordeling (Kamerbrief 2024).\nDat is 40% langer.\n\nZie hoofdstuk 3: “wachttijden”.';
    expect(plainTextHtml(prose)).toBe(renderMarkdownFull(prose, options).html);
    for (const md of ['Een *klein* punt.', '- lijst', '1. lijst', '# kop', 'zie www.x.nl', 'a <b>', 'a &amp; b', 'regel  \nbreuk', '2024. Een jaar']) {
      expect(plainTextHtml(md), md).toBeNull();
    }
  });
});
