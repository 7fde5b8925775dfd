import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { dropSamenvattingHeading } from '../../src/render/samenvatting.js';
import { renderSite } from '../../src/render/site.js';
import { renderFixtureInput } from './fixture.js';
import { tags } from './html.js';

const BODY = 'Het gaat redelijk.';

describe('dropSamenvattingHeading', () => {
  it.each([
    '# Samenvatting',
    '## Samenvatting',
    '###### samenvatting',
    '## SAMENVATTING ##',
    '   ## Samenvatting   ',
    '## *Samenvatting*',
    'Samenvatting\n============',
    'Samenvatting\n---',
  ])('drops an opening heading %j', (heading) => {
    expect(dropSamenvattingHeading(`${heading}\n\n${BODY}`)).toBe(BODY);
    expect(dropSamenvattingHeading(`\n\n${heading}\n${BODY}`)).toBe(BODY);
    expect(dropSamenvattingHeading(`${heading}\r\n\r\n${BODY}`)).toBe(BODY);
  });

  it.each([
    '# Samenvatting UWV',
    '## Inleiding',
    '    # Samenvatting',
    '#Samenvatting',
    'Samenvatting',
    '- Samenvatting',
  ])('keeps %j', (start) => {
    const markdown = `${start}\n\n${BODY}`;
    expect(dropSamenvattingHeading(markdown)).toBe(markdown);
  });

  it('drops only the opening heading, not a later one', () => {
    const markdown = `${BODY}\n\n## Samenvatting\n\nMeer.`;
    expect(dropSamenvattingHeading(markdown)).toBe(markdown);
    expect(dropSamenvattingHeading(`## Samenvatting\n\n${markdown}`)).toBe(markdown);
  });
});

describe('the organisation page', () => {
  const withSummary = async (summary: string) => {
    const input = renderFixtureInput();
    const uwv = input.standen.find((s) => s.stand.organisatie === 'uwv' && s.stand.verslagjaar === 2024);
    if (!uwv) throw new Error('fixture without uwv 2024');
    uwv.samenvattingMarkdown = summary;
    const site = await renderSite(buildModel(input), { generatedAt: '2025-01-01', version: '0', templatesDir: 'templates' });
    return String(site.get('organisaties/uwv/index.html'));
  };
  const headings = (html: string) => tags(html).filter((t) => /^h[1-6]$/.test(t.name)).length;

  it('shows one heading above the summary when the body opens with ## Samenvatting', async () => {
    const plain = await withSummary(BODY);
    const doubled = await withSummary(`## Samenvatting\n\n${BODY}`);
    expect(headings(doubled)).toBe(headings(plain));
    expect(doubled).toContain(`<p>${BODY}</p>`);
    // The heading of the page's own summary section is still there.
    expect(tags(doubled).some((t) => t.name === 'h2' && t.attributes.some(([n, v]) => n === 'id' && v === 'samenvatting'))).toBe(true);
  });

  it('leaves out the summary section when the body is only that heading', async () => {
    const html = await withSummary('## Samenvatting\n');
    expect(tags(html).some((t) => t.attributes.some(([n, v]) => n === 'id' && v === 'samenvatting'))).toBe(false);
  });
});
