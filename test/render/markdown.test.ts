import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { createEngine } from '../../src/render/engine.js';
import { SafeHtml } from '../../src/render/safe-html.js';
import { hrefs, ids, tags } from './html.js';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const md = (text: string, idPrefix = 'k-uwv-x-') => renderMarkdown(text, { idPrefix }).html;

describe('renderMarkdown', () => {
  it('renders GFM (emphasis, lists, tables, strikethrough)', () => {
    const html = md('Een *klein* ~~groot~~ punt.\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |');
    expect(tags(html).map((t) => t.name)).toEqual(['p', 'em', 'del', 'ul', 'li', 'li', 'table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td']);
  });

  it('drops raw HTML and scripts', () => {
    const html = md('Tekst <script>alert(1)</script> <b onclick="x()">vet</b>\n\n<div style="color:red">blok</div>\n\n<style>p{}</style>');
    expect(tags(html).map((t) => t.name)).toEqual(['p']);
  });

  it('keeps only http, https, mailto and relative links', () => {
    const html = md(
      '[a](https://a.nl) [b](http://b.nl) [c](mailto:c@d.nl) [d](../d/index.html) [e](javascript:alert(1)) [f](data:text/html,x) [g](vbscript:x) [h](JaVaScRiPt:alert(1))',
    );
    expect(hrefs(html)).toEqual(['https://a.nl', 'http://b.nl', 'mailto:c@d.nl', '../d/index.html']);
    expect(tags(html).filter((t) => t.name === 'a')).toHaveLength(8);
  });

  it('shows images as their alt text, never as a remote fetch', () => {
    const html = md('Zie ![grafiek van de wachttijd](https://tracker.example/pixel.png) hier.');
    expect(tags(html).map((t) => t.name)).toEqual(['p']);
    expect(html).toContain('grafiek van de wachttijd');
    expect(html).not.toContain('tracker.example');
  });

  it('prefixes every id per fragment and keeps same-page links working', () => {
    const text = 'Tekst.[^1] Naar [de noot](#fn-1).\n\n[^1]: Noot.';
    const a = md(text, 'k-uwv-a-beschrijving-');
    const b = md(text, 'k-uwv-b-beschrijving-');
    const idsA = ids(a);
    expect(idsA.length).toBeGreaterThan(2);
    for (const id of idsA) expect(id.startsWith('k-uwv-a-beschrijving-')).toBe(true);
    expect(ids(b).filter((id) => idsA.includes(id))).toEqual([]);
    for (const href of hrefs(a)) {
      expect(href.startsWith('#')).toBe(true);
      expect(idsA).toContain(href.slice(1));
    }
  });

  it('shifts headings below the page structure', () => {
    expect(tags(renderMarkdown('# Een\n\n## Twee\n\n###### Zes', { idPrefix: 'x-', headingLevel: 3 }).html).map((t) => t.name)).toEqual(['h3', 'h4', 'h6']);
  });

  it('names every task-list checkbox by its state (a form field without a name fails axe)', () => {
    const html = md('- [ ] open punt\n- [x] gedaan punt\n');
    expect([...html.matchAll(/<input[^>]*>/g)].map((m) => [/checked/.test(m[0]), /aria-label="([^"]*)"/.exec(m[0])?.[1]])).toEqual([
      [false, 'taak open'],
      [true, 'taak afgerond'],
    ]);
  });

  it('does not evaluate template syntax', () => {
    expect(md('{{ "a" | upcase }} {% if true %}ja{% endif %}')).toBe('<p>{{ "a" | upcase }} {% if true %}ja{% endif %}</p>');
  });
});

describe('template engine', () => {
  it('prints SafeHtml with | safe and escapes everything else, also through | raw', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'staat-engine-'));
    try {
      writeFileSync(path.join(dir, 't.liquid'), '{{ ours | safe }}|{{ theirs | safe }}|{{ theirs | raw }}|{{ theirs }}|{{ ours }}');
      const out = createEngine(dir).render('t', { ours: new SafeHtml('<b>x</b>'), theirs: '<i>y</i>' });
      expect(out.split('|')).toEqual(['<b>x</b>', '&lt;i&gt;y&lt;/i&gt;', '&lt;i&gt;y&lt;/i&gt;', '&lt;i&gt;y&lt;/i&gt;', '&lt;b&gt;x&lt;/b&gt;']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
