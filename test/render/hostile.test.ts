// Submitted text must never run as script or style, and Liquid syntax in it is never evaluated.
// Every string in the content (registers, edition, Standen, ids and enums included) gets a
// hostile payload; the pages must stay inert.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import type { ModelInput } from '../../src/model/types.js';
import { renderSite } from '../../src/render/site.js';
import { renderFixtureInput } from './fixture.js';
import { brokenLinks, tags } from './html.js';

const PAYLOAD = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '" onmouseover="alert(3)',
  "' onfocus='alert(4)",
  '[klik](javascript:alert(5))',
  '<a href="javascript:alert(6)">a</a>',
  '{{ "pwned" | upcase }}',
  '{% assign x = "pwned" | upcase %}{{ x }}',
  '</style><style>body{display:none}</style>',
  '<svg onload=alert(7)>',
].join(' ');

/** Puts the payload around every string (keeping strings distinct, so ids stay unique). */
function poison<T>(value: T, key = ''): T {
  if (typeof value === 'string') {
    // URLs: a bare javascript: URL is the real threat there.
    if (key === 'bron_url' || key === 'bronnen') return `javascript:alert(8)//${value}${PAYLOAD}` as T;
    return `${PAYLOAD}${value}${PAYLOAD}` as T;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)])) as T;
  }
  return value;
}

function hostileInput(): ModelInput {
  const input = renderFixtureInput();
  return { ...poison(input), standen: input.standen.map((s) => ({ ...poison(s), knelpuntLines: s.knelpuntLines })) };
}

const OWN_SCRIPT = /<script src="(\.\.\/)*assets\/knelpunten-filter\.js" defer><\/script>/g;

describe('hostile content', () => {
  it('the payload really reaches the pages (so the checks below can fail)', async () => {
    const site = await renderSite(buildModel(hostileInput()), { generatedAt: '2025-01-01', version: '0', templatesDir: 'templates' });
    const all = [...site.values()].map(String).join('\n');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('&#34; onmouseover=&#34;alert(3)');
    expect(all).toContain('javascript:alert(8)');
  });

  it('never runs as script or style, never evaluates Liquid', async () => {
    const site = await renderSite(buildModel(hostileInput()), { generatedAt: '2025-01-01', version: '0', templatesDir: 'templates' });
    expect(site.size).toBeGreaterThan(15);
    for (const [p, content] of site) {
      if (!p.endsWith('.html')) continue;
      // The only scripts are our own files (the list filter, search), loaded by src: no inline code, nothing from content.
      const html = String(content).replace('<script src="../assets/zoeken.js"></script>', '');
      expect(html.replace(OWN_SCRIPT, ''), p).not.toMatch(/<script/i);
      expect(html, p).not.toMatch(/<style/i);
      expect(html, p).not.toMatch(/<img/i);
      expect(html, p).not.toContain('PWNED');
      for (const tag of tags(html)) {
        for (const [name, value] of tag.attributes) {
          expect(name, `${p} <${tag.name} ${name}>`).not.toMatch(/^on/);
          // In a link or source a javascript: URL would run; as text (a title, data-pagefind-title) it is only text.
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)) expect(value, `${p} <${tag.name} ${name}>`).not.toMatch(/javascript:/i);
          expect(name, `${p} <${tag.name}>`).not.toBe('style');
        }
      }
      // Liquid syntax stays literal text (every page shows the poisoned site title).
      expect(html, p).toContain('{{ &#34;pwned&#34; | upcase }}');
      expect(html, p).toContain('{% assign x = &#34;pwned&#34; | upcase %}{{ x }}');
    }
    // Hostile ids still give a site whose links resolve, inside the output folder.
    for (const key of site.keys()) {
      expect(key).toMatch(/^[A-Za-z0-9_/.-]+$/);
      expect(key).not.toContain('..');
      for (const part of key.split('/')) expect(part.length).toBeLessThan(100);
    }
    expect(brokenLinks(site)).toEqual([]);
  });

  it('gives the filter script only numbers: its data attributes and option values carry no content', async () => {
    const site = await renderSite(buildModel(hostileInput()), { generatedAt: '2025-01-01', version: '0', templatesDir: 'templates' });
    const html = String(site.get('knelpunten/index.html'));
    expect(html).toMatch(new RegExp(OWN_SCRIPT.source));
    let seen = 0;
    for (const tag of tags(html)) {
      for (const [name, value] of tag.attributes) {
        if (name.startsWith('data-f-') || (tag.name === 'option' && name === 'value')) {
          seen += 1;
          expect(value, `<${tag.name} ${name}>`).toMatch(/^(\d+( \d+)*)?$/);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
    // The script is the template folder's file, the same whatever the content.
    expect(String(site.get('assets/knelpunten-filter.js'))).not.toContain('alert');
  });
});
