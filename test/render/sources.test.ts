// Sources you can follow and cite (issue 9): with bron_url every file:line is a link to that
// line, every knelpunt has a visible permalink and a suggested citation, and with site_url every
// page has a canonical link and a meta description. data/index.html explains every file and field.
import { beforeAll, describe, expect, it } from 'vitest';
import { datapackage } from '../../src/export/datapackage.js';
import { buildModel } from '../../src/model/build-model.js';
import type { ReportModel } from '../../src/model/types.js';
import type { PackageDescriptor } from '../../src/render/data-page.js';
import { siteLinks } from '../../src/render/links.js';
import { knelpuntAnchor } from '../../src/render/paths.js';
import { renderSite } from '../../src/render/site.js';
import { renderFixtureInput } from './fixture.js';

const options = { generatedAt: '2025-05-20T08:00:00.000Z', version: '9.8.7', templatesDir: 'templates' };
const SITE = 'https://example.org/staat';
const BRON = 'https://git.example.org/staat/blob/main/content/{pad}#L{regel}';

function articleOf(html: string, anchor: string): string {
  const start = html.indexOf(`<article class="knelpunt" id="${anchor}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('with site_url and bron_url', () => {
  let model: ReportModel;
  let site: Map<string, string | Uint8Array>;
  beforeAll(async () => {
    const input = renderFixtureInput();
    input.edition = { ...input.edition, site_url: SITE, bron_url: BRON };
    model = buildModel(input);
    site = await renderSite(model, { ...options, openData: datapackage(model.edition) as unknown as PackageDescriptor });
  });

  it('links the source line of every knelpunt and of every year of its history', () => {
    for (const k of model.knelpunten) {
      const article = articleOf(String(site.get(`organisaties/${k.organisatie}/index.html`)), knelpuntAnchor(k.organisatie, k.id));
      const links = [...article.matchAll(/<a class="bron-link" href="([^"]+)"><code>([^<]+)<\/code><\/a>/g)].map((m) => [m[1], m[2]]);
      const expected = [k.bron, ...k.geschiedenis.map((g) => g.bron)].map((b) => [
        `https://git.example.org/staat/blob/main/content/${b.pad}#L${b.regel}`,
        `${b.pad}:${b.regel}`,
      ]);
      expect(links).toEqual(expected);
    }
  });

  it('gives every knelpunt a visible permalink and a citation with organisation, titel, edition and address', () => {
    for (const k of model.knelpunten) {
      const article = articleOf(String(site.get(`organisaties/${k.organisatie}/index.html`)), knelpuntAnchor(k.organisatie, k.id));
      const permalink = `${SITE}/organisaties/${k.organisatie}/#${knelpuntAnchor(k.organisatie, k.id)}`;
      expect(article).toContain(`<a href="${permalink}">${permalink}</a>`);
      const citatie = /<span class="citatie">([^<]*)<\/span>/.exec(article)?.[1] ?? '';
      const naam = model.lookup.organisaties.get(k.organisatie)?.naam ?? '';
      for (const part of [naam, k.titel, model.edition.titel, `editie ${model.edition.editie}`, k.global_id, permalink]) {
        expect(citatie).toContain(part);
      }
    }
  });

  it('gives every page its canonical address and a description', () => {
    for (const [path, content] of site) {
      if (!path.endsWith('.html')) continue;
      const html = String(content);
      const folder = path.replace(/index\.html$/, '');
      expect(html, path).toContain(`<link rel="canonical" href="${SITE}/${folder}">`);
      expect(/<meta name="description" content="[^"]{40,}">/.test(html), path).toBe(true);
    }
  });

  it('explains every file of data/ and every field of its schema on data/index.html', () => {
    const html = String(site.get('data/index.html'));
    const pkg = datapackage(model.edition) as unknown as PackageDescriptor;
    for (const r of pkg.resources) {
      const start = html.indexOf(`<h2 id="bestand-${r.name}">`);
      expect(start, r.name).toBeGreaterThan(0);
      const section = html.slice(start, html.indexOf('</section>', start));
      expect(section).toContain(`href="${r.path}"`);
      for (const f of r.schema?.fields ?? []) expect(section, `${r.name}.${f.name}`).toContain(`<th scope="row"><code>${f.name.replaceAll('_', '_<wbr>')}</code></th>`);
    }
    expect(html).toContain('CC0-1.0');
    expect(html).toContain(`${SITE}/data/`);
  });
});

describe('without site_url and bron_url', () => {
  let model: ReportModel;
  let site: Map<string, string | Uint8Array>;
  beforeAll(async () => {
    model = buildModel(renderFixtureInput());
    site = await renderSite(model, options);
  });

  it('shows plain file:line, a relative permalink, and no canonical link', () => {
    for (const [path, content] of site) {
      const html = String(content);
      expect(html, path).not.toContain('class="bron-link"');
      expect(html, path).not.toContain('rel="canonical"');
    }
    const k = model.knelpunten[0]!;
    const article = articleOf(String(site.get(`organisaties/${k.organisatie}/index.html`)), knelpuntAnchor(k.organisatie, k.id));
    expect(article).toContain(`<code>${k.bron.pad}:${k.bron.regel}</code>`);
    expect(article).toContain(`<a href="../../organisaties/${k.organisatie}/index.html#${knelpuntAnchor(k.organisatie, k.id)}">${k.global_id}</a>`);
    expect(article).toMatch(/<span class="citatie">[^<]+<\/span>/);
  });
});

describe('siteLinks', () => {
  it('encodes path segments and refuses a non-web address', () => {
    const links = siteLinks({ bronUrl: 'https://x.org/{pad}?line={regel}', siteUrl: 'https://x.org/r/' });
    expect(links.bron({ pad: 'standen/2024/a b#c.md', regel: 7 })).toBe('https://x.org/standen/2024/a%20b%23c.md?line=7');
    expect(siteLinks({ bronUrl: 'javascript:alert({regel})//{pad}' }).bron({ pad: 'a', regel: 1 })).toBeNull();
    expect(links.absolute('index.html')).toBe('https://x.org/r/');
    expect(siteLinks({ siteUrl: 'https://x.org/r' }).absolute('trends/index.html')).toBe('https://x.org/r/trends/');
  });
});
