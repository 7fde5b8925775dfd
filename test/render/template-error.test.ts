import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { TemplateError, renderSite } from '../../src/render/site.js';
import { renderFixtureInput } from './fixture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of templates/ in a temp dir with `file` changed by `edit`. */
function templatesWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'staat-templates-'));
  dirs.push(dir);
  cpSync('templates', dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

async function renderError(templatesDir: string): Promise<unknown> {
  try {
    await renderSite(buildModel(renderFixtureInput()), { generatedAt: '2025-01-01', version: '0', templatesDir });
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Inserts `line` as line 3 of the file. */
const atLine3 = (line: string) => (text: string) => {
  const lines = text.split('\n');
  lines.splice(2, 0, line);
  return lines.join('\n');
};

describe('template errors', () => {
  it('names file, line and column of a syntax error in a partial', async () => {
    const dir = templatesWith('knelpunt.liquid', atLine3('  {% if k.titel %}<p>nooit gesloten</p>'));
    const error = await renderError(dir);
    expect(error).toBeInstanceOf(TemplateError);
    const e = error as TemplateError;
    expect(e.file).toBe('knelpunt.liquid');
    expect(e.line).toBe(3);
    expect(e.column).toBe(3);
    expect(e.message).toContain('knelpunt.liquid:3:3');
  });

  it('names the position of an unknown filter (strictFilters)', async () => {
    const dir = templatesWith('trends.liquid', atLine3('<p>{{ site.titel | bestaat_niet }}</p>'));
    const e = (await renderError(dir)) as TemplateError;
    expect(e).toBeInstanceOf(TemplateError);
    expect([e.file, e.line]).toEqual(['trends.liquid', 3]);
  });

  it('names the position of an error while rendering', async () => {
    const dir = templatesWith('gedeeld.liquid', atLine3('{% render "bestaat-niet" %}'));
    const e = (await renderError(dir)) as TemplateError;
    expect(e).toBeInstanceOf(TemplateError);
    expect([e.file, e.line]).toEqual(['gedeeld.liquid', 3]);
  });

  it('cannot read files outside the templates folder', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'staat-outside-'));
    dirs.push(outside);
    writeFileSync(path.join(outside, 'geheim.liquid'), 'GEHEIM');
    const dir = templatesWith('index.liquid', atLine3(`{% render '../${path.basename(outside)}/geheim' %}`));
    const e = (await renderError(dir)) as TemplateError;
    expect(e).toBeInstanceOf(TemplateError);
    expect([e.file, e.line]).toEqual(['index.liquid', 3]);
    const absolute = templatesWith('index.liquid', atLine3(`{% render '${path.join(outside, 'geheim')}' %}`));
    expect(await renderError(absolute)).toBeInstanceOf(TemplateError);
  });

  it('renders without error from an unchanged copy (the cases above fail for their edit only)', async () => {
    expect(await renderError(templatesWith('index.liquid', (t) => t))).toBeUndefined();
  });
});
