// The print document from the real templates and a real model, without Chromium.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { printDocument } from '../../src/pdf/document.js';
import { createEngine } from '../../src/render/engine.js';
import { renderSite } from '../../src/render/site.js';
import { renderFixtureInput } from '../render/fixture.js';

const options = { generatedAt: '2025-05-20T00:00:00.000Z', version: '0.0.0-test', templatesDir: fileURLToPath(new URL('../../templates/', import.meta.url)) };

async function documentFor(concept: boolean) {
  const model = buildModel({ ...renderFixtureInput(), ...(concept ? { concept: true } : {}) });
  const files = await renderSite(model, options);
  const doc = await printDocument({ model, files, engine: createEngine(options.templatesDir), render: options });
  return { doc, html: doc.html(new Map(doc.toc.map((e, i) => [e.id, i + 3]))) };
}

describe('the print document', () => {
  test('chapters in reading order, Verantwoording last; contents list them with their pages', async () => {
    const { doc, html } = await documentFor(false);
    expect(doc.chapters.map((c) => c.id)).toEqual(['inleiding', 'belangrijkste-punten', 'kerncijfers', 'themas', 'oproepen', 'driehoek', 'organisaties', 'gedeeld', 'trends', 'verantwoording']);
    for (const e of doc.toc) expect(html).toContain(`<a href="#${e.id}"><span class="inhoud-titel">`);
    expect(doc.toc.filter((e) => e.niveau === 2).length).toBeGreaterThan(4);
    expect(html).toContain('<span class="inhoud-blz">3</span>');
  });

  test('one document: unique ids, every internal link and label lands, no script', async () => {
    const { html } = await documentFor(false);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const targets = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!);
    expect(targets.filter((t) => !ids.includes(t))).toEqual([]);
    const labels = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    expect(labels.filter((t) => !ids.includes(t))).toEqual([]);
    // Only links inside the document or out to the web: no link to a page of the site.
    expect([...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!).filter((h) => !/^(https?|mailto):/.test(h))).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });

  test('every chapter is a named page with its title as running header', async () => {
    const { doc, html } = await documentFor(false);
    doc.chapters.forEach((_, i) => {
      expect(html).toContain(`class="hoofdstuk hoofdstuk-${i + 1}"`);
      expect(html).toContain(`@page hoofdstuk-${i + 1} { @top-left`);
    });
  });

  test('a concept edition says so on the cover, in the title and at the top of every page', async () => {
    const plain = (await documentFor(false)).html;
    const concept = (await documentFor(true)).html;
    expect(plain).not.toContain('<p class="omslag-concept">');
    expect(concept).toContain('<p class="omslag-concept">Concept</p>');
    expect(concept).toMatch(/<title>Concept: /);
    expect(concept).toContain('@page { @top-right { content: "Concept \\b7  ');
  });
});
