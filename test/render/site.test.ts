import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import type { ReportModel } from '../../src/model/types.js';
import { renderSite } from '../../src/render/site.js';
import { gedeeldNaam } from '../../src/render/labels.js';
import { knelpuntAnchor } from '../../src/render/paths.js';
import { renderFixtureInput } from './fixture.js';
import { DATA_FILES, brokenLinks, hrefs, ids, tags } from './html.js';

const options = { generatedAt: '2025-05-20T08:00:00.000Z', version: '9.8.7', templatesDir: 'templates' };

let model: ReportModel;
let site: Map<string, string | Uint8Array>;
const page = (p: string): string => {
  const content = site.get(p);
  if (content === undefined) throw new Error(`missing page ${p}`);
  return String(content);
};

beforeAll(async () => {
  model = buildModel(renderFixtureInput());
  site = await renderSite(model, options);
});

describe('renderSite', () => {
  it('produces every page of the build output table, and nothing else', () => {
    const expected = [
      'index.html',
      'assets/style.css',
      'assets/zoeken.js',
      'assets/favicon.svg',
      'themas/index.html',
      'themas/dienstverlening/index.html',
      'themas/personeel/index.html',
      'themas/wetgeving/index.html',
      'oproepen/index.html',
      ...['O1', 'O2', 'O3', 'O4', 'O5'].map((o) => `oproepen/${o}/index.html`),
      'driehoek/index.html',
      'organisaties/index.html',
      // Only organisations with a Stand in the edition (cjib has 2022 only).
      'organisaties/svb/index.html',
      'organisaties/uwv/index.html',
      'gedeeld/index.html',
      'trends/index.html',
      'assets/knelpunten-filter.js',
      'knelpunten/index.html',
      // One grouped view per filter of the list.
      ...['thema', 'ministerie', 'organisatie', 'status', 'actie-bij', 'wet', 'doelgroep', 'hardheid'].map(
        (f) => `knelpunten/${f}/index.html`,
      ),
      'ministeries/index.html',
      // Both are active (no vanaf/tot) and have knelpunten.
      'ministeries/bzk/index.html',
      'ministeries/szw/index.html',
      'lichtpunten/index.html',
      'dilemmas/index.html',
      'zoeken/index.html',
    ];
    expect([...site.keys()].sort()).toEqual(expected.sort());
  });

  it('marks every page as Dutch and links the stylesheet relatively', () => {
    for (const [p, content] of site) {
      if (!p.endsWith('.html')) continue;
      const html = String(content);
      expect(html.startsWith('<!doctype html>\n<html lang="nl">'), p).toBe(true);
      const depth = p.split('/').length - 1;
      expect(html, p).toContain(`href="${'../'.repeat(depth)}assets/style.css"`);
    }
  });

  it('renders every knelpunt exactly once, with its anchor, on its organisation page', () => {
    expect(model.knelpunten).toHaveLength(4);
    for (const k of model.knelpunten) {
      const html = page(`organisaties/${k.organisatie}/index.html`);
      const anchor = knelpuntAnchor(k.organisatie, k.id);
      expect(ids(html).filter((id) => id === anchor), k.global_id).toHaveLength(1);
      expect(hrefs(html), k.global_id).toContain(`#${anchor}`);
      expect(html, k.global_id).toContain(`${k.bron.pad}:${k.bron.regel}`);
    }
    // No knelpunt anchor of another organisation on a page.
    expect(ids(page('organisaties/svb/index.html')).filter((id) => id.startsWith('kp-uwv-'))).toEqual([]);
  });

  it('has only relative links, and every one resolves to a produced page and anchor', () => {
    expect(brokenLinks(site)).toEqual([]);
    const all = [...site].filter(([p]) => p.endsWith('.html')).flatMap(([, c]) => hrefs(String(c)));
    expect(all.filter((h) => h.startsWith('/') || h.startsWith('//'))).toEqual([]);
    expect(all.filter((h) => /^https?:/.test(h)).sort()).toEqual(['https://example.org/wia', 'https://uwv.example/stand']);
  });

  it('the link checker itself finds missing pages and anchors', () => {
    const fake = new Map<string, string>([
      ['index.html', '<a href="a/index.html">x</a><a href="#nergens">y</a><a href="data/report.json">z</a><p id="hier"></p><a href="#hier">ok</a>'],
    ]);
    expect(brokenLinks(fake)).toEqual(['index.html: a/index.html', 'index.html: #nergens']);
  });

  it('links lists of knelpunten to the knelpunt anchors on the organisation pages', () => {
    const thema = hrefs(page('themas/dienstverlening/index.html'));
    expect(thema).toContain('../../organisaties/uwv/index.html#kp-uwv-wia-achterstand');
    expect(thema).toContain('../../organisaties/svb/index.html#kp-svb-kinderbijslag');
    expect(hrefs(page('oproepen/O4/index.html'))).toContain('../../organisaties/uwv/index.html#kp-uwv-portaal');
    expect(hrefs(page('gedeeld/index.html'))).toContain('../organisaties/svb/index.html#kp-svb-kinderbijslag');
    expect(ids(page('gedeeld/index.html'))).toContain('gk-wachttijden');
    // A gedeeld_knelpunt used by one organisation is not on the gedeeld page, so not linked.
    expect(hrefs(page('organisaties/uwv/index.html')).some((h) => h.includes('alleen-hier'))).toBe(false);
  });

  it('never repeats an id on a page (Markdown footnotes are prefixed per fragment)', () => {
    for (const [p, content] of site) {
      if (!p.endsWith('.html')) continue;
      const list = ids(String(content));
      expect(list.filter((id, i) => list.indexOf(id) !== i), p).toEqual([]);
    }
    // Seven fragments with a footnote on the uwv page (samenvatting, 3 + 2 knelpunt fields,
    // lichtpunt), each with its own footnote ids.
    const footnotes = ids(page('organisaties/uwv/index.html')).filter((id) => id.endsWith('fn-1'));
    expect(footnotes).toHaveLength(7);
  });

  it('links the open data files from the front page', () => {
    const links = hrefs(page('index.html'));
    for (const file of DATA_FILES) expect(links).toContain(file);
  });

  it('links every view from the navigation of every page', () => {
    const views = ['index.html', 'themas/index.html', 'oproepen/index.html', 'driehoek/index.html', 'organisaties/index.html', 'gedeeld/index.html', 'trends/index.html'];
    const nav = tags(page('themas/wetgeving/index.html')).filter((t) => t.name === 'a').map((t) => t.attributes.find(([n]) => n === 'href')?.[1]);
    for (const v of views) expect(nav).toContain(`../../${v}`);
  });

  it('puts the generation date and version in the footer', () => {
    const html = page('trends/index.html');
    expect(html).toContain('datetime="2025-05-20T08:00:00.000Z"');
    expect(html).toContain('9.8.7');
  });

  it('draws accessible SVG charts with title and desc', () => {
    for (const p of ['themas/index.html', 'oproepen/index.html', 'driehoek/index.html', 'trends/index.html']) {
      const svg = tags(page(p)).filter((t) => t.name === 'svg');
      expect(svg, p).toHaveLength(1);
      const labelledBy = svg[0]?.attributes.find(([n]) => n === 'aria-labelledby')?.[1].split(' ') ?? [];
      expect(labelledBy, p).toHaveLength(2);
      for (const id of labelledBy) expect(ids(page(p)), p).toContain(id);
      expect(page(p), p).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
    }
  });

  it('only links submitted URLs with a web protocol', () => {
    const html = page('organisaties/uwv/index.html');
    expect(hrefs(html).filter((h) => h.startsWith('ftp:'))).toEqual([]);
    expect(html).toContain('ftp://example.org/x');
  });

  it('lists the organisations by displayed name, not by id', async () => {
    const input = renderFixtureInput();
    // By id: svb, uwv. By name: "Uitkeringen …" (uwv) before "Zekerheidsbank" (svb).
    input.registers.organisaties = input.registers.organisaties.map((o) =>
      o.id === 'svb' ? { ...o, naam: 'Zekerheidsbank' } : o.id === 'uwv' ? { ...o, naam: 'Uitkeringen en werk' } : o,
    );
    const renamed = await renderSite(buildModel(input), options);
    const order = (html: string) => hrefs(html).filter((h) => /^\.\.\/organisaties\/[a-z]+\/index\.html$/.test(h));
    expect(order(String(renamed.get('organisaties/index.html')))).toEqual(['../organisaties/uwv/index.html', '../organisaties/svb/index.html']);
    expect(order(page('organisaties/index.html'))).toEqual(['../organisaties/svb/index.html', '../organisaties/uwv/index.html']);
  });

  it('makes every sideways-scrolling table box a named, focusable region or group (axe scrollable-region-focusable)', () => {
    let boxes = 0;
    for (const [p, content] of site) {
      if (!p.endsWith('.html')) continue;
      const html = String(content);
      const pageIds = ids(html);
      for (const t of tags(html)) {
        const attr = (name: string) => t.attributes.find(([n]) => n === name)?.[1];
        if (!attr('class')?.split(' ').includes('table-scroll')) continue;
        boxes++;
        // A box named by the heading of its section is a group: a second region landmark with
        // the section's name would be a duplicate (axe landmark-unique).
        expect(['region', 'group'], p).toContain(attr('role'));
        expect(attr('tabindex'), p).toBe('0');
        const labelledBy = attr('aria-labelledby');
        if (labelledBy === undefined) expect(attr('aria-label')?.trim(), p).toBeTruthy();
        else expect(pageIds, p).toContain(labelledBy);
      }
      // Every table has a name: a caption, or the heading it points at.
      for (const m of html.matchAll(/<table([^>]*)>\s*(<caption)?/g)) {
        const labelledBy = /aria-labelledby="([^"]+)"/.exec(m[1] ?? '')?.[1];
        if (labelledBy !== undefined) expect(pageIds, p).toContain(labelledBy);
        else expect(m[2], `${p}: ${m[0]}`).toBe('<caption');
      }
    }
    expect(boxes).toBeGreaterThan(10);
  });

  it('names a table by the heading above it rather than by a caption that repeats it', () => {
    const driehoek = page('driehoek/index.html');
    const captions = [...driehoek.matchAll(/<caption[^>]*>([^<]*)<\/caption>/g)].map((m) => m[1]);
    const headings = new Set([...driehoek.matchAll(/<h[23][^>]*>([^<(]*)/g)].map((m) => (m[1] ?? '').trim()));
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) expect(headings.has(caption ?? '')).toBe(false);
    const named = tags(driehoek).filter((t) => t.name === 'table' && t.attributes.some(([n]) => n === 'aria-labelledby'));
    expect(named.length).toBeGreaterThan(2);
  });

  it('shows a shared knelpunt by its slug as words, and no editor syntax anywhere', () => {
    expect(gedeeldNaam('gegevensdeling-inkomen')).toBe('Gegevensdeling inkomen');
    const html = page('gedeeld/index.html');
    expect(html).toContain('<h2 id="gk-wachttijden-kop">Wachttijden</h2>');
    for (const [path, content] of site) {
      if (!path.endsWith('.html')) continue;
      expect(String(content), path).not.toMatch(/gedeeld_knelpunt|herkomst/);
    }
  });

  it('tells the story on the front page: the points link to their lists with the model’s numbers', () => {
    const html = page('index.html');
    const punten = html.slice(html.indexOf('id="belangrijkste-punten"'), html.indexOf('id="kerncijfers"'));
    const t = model.report.trends;
    expect(punten).toContain(`<a href="trends/index.html#nieuw">${t.nieuw.length} `);
    expect(punten).toContain(`<a href="trends/index.html#opgelost">${t.opgelost.length} `);
    expect(punten).toContain(`<a href="trends/index.html#langlopend">${t.langlopend.length} `);
    expect(punten).toContain('href="trends/index.html#verdwenen"');
    const top = model.report.per_oproep[0]!;
    expect(punten).toContain(`(${top.knelpunten} van de ${model.report.totalen.knelpunten}) horen bij oproep <a href="oproepen/${top.oproep}/index.html">`);
    // The chart comes with the points, before the counters.
    expect(punten).toContain('<svg class="chart"');
    // Every counter is a link; the bookkeeping over all years is on the trends page instead.
    const counters = html.slice(html.indexOf('<ul class="kerncijfers">'), html.indexOf('</ul>', html.indexOf('<ul class="kerncijfers">')));
    expect(counters.match(/<li /g)?.length).toBe(counters.match(/<li [^>]*><a href=/g)?.length);
    expect(counters).not.toContain('alle jaren');
    expect(page('trends/index.html')).toContain(`${model.report.totalen.standen_alle_jaren} Standen van ${model.report.totalen.organisaties_alle_jaren} organisaties`);
  });

  it('marks a link aria-current only when it leads to the page itself', () => {
    let current = 0;
    for (const [path, content] of site) {
      if (!path.endsWith('.html')) continue;
      for (const t of tags(String(content))) {
        if (!t.attributes.some(([n, v]) => n === 'aria-current' && v === 'page')) continue;
        const href = t.attributes.find(([n]) => n === 'href')?.[1] ?? '';
        expect(new URL(href, `http://x/${path}`).pathname, path).toBe(`/${path}`);
        current += 1;
      }
    }
    expect(current).toBeGreaterThan(3);
    // A thema page is in the Thema's section, but it is not the Thema's page.
    expect(page('themas/wetgeving/index.html')).not.toContain('aria-current');
  });

  it('names where a knelpunt was first described only when that is not the Stand itself', () => {
    const html = page('organisaties/uwv/index.html');
    expect(html.match(/Oorspronkelijk beschreven in/g)).toHaveLength(1);
    expect(html).toContain('<dd>Kamerbrief</dd>');
  });

  it('separates the publication date from the build date in the footer', () => {
    const footer = page('index.html').split('<footer')[1] ?? '';
    expect(footer).toMatch(/Gepubliceerd op [^<]+\. Deze versie is gebouwd op <time datetime="2025-05-20T08:00:00.000Z">/);
  });

  it('is deterministic: rendering twice gives identical output', async () => {
    const again = await renderSite(buildModel(renderFixtureInput()), options);
    expect([...again.keys()]).toEqual([...site.keys()]);
    for (const [p, content] of site) expect(again.get(p), p).toEqual(content);
  });
});
