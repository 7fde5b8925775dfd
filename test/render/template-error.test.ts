import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { TemplateError, renderSite } from '../../src/render/site.js';
import { main } from '../../src/cli.js';
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

/** A copy of templates/ in a temp dir without `file`. */
function templatesWithout(file: string): string {
  const dir = templatesWith(file, (t) => t);
  rmSync(path.join(dir, file));
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

  it('reports a missing page template as a TemplateError of that file, without a position', async () => {
    const e = (await renderError(templatesWithout('themas.liquid'))) as TemplateError;
    expect(e).toBeInstanceOf(TemplateError);
    expect([e.file, e.line, e.column]).toEqual(['themas.liquid', 0, 0]);
    expect(e.message.startsWith('themas.liquid: ')).toBe(true);
  });

  it('reports a missing partial or layout at the tag that asks for it', async () => {
    const partial = (await renderError(templatesWith('oproepen.liquid', atLine3("{% render 'nope' %}")))) as TemplateError;
    expect(partial).toBeInstanceOf(TemplateError);
    expect([partial.file, partial.line]).toEqual(['oproepen.liquid', 3]);
    const layout = (await renderError(templatesWithout('layout.liquid'))) as TemplateError;
    expect(layout).toBeInstanceOf(TemplateError);
    expect(layout.line).toBe(1);
    // The row partial is rendered by a filter, from the table partial's output tag.
    const row = (await renderError(templatesWithout('knelpunt-rij.liquid'))) as TemplateError;
    expect(row).toBeInstanceOf(TemplateError);
    expect(row.file).toBe('knelpunt-tabel.liquid');
    expect(row.line).toBeGreaterThan(0);
  });

  it('reports a templates folder without style.css as a TemplateError', async () => {
    const e = (await renderError(templatesWithout('style.css'))) as TemplateError;
    expect(e).toBeInstanceOf(TemplateError);
    expect([e.file, e.line]).toEqual(['style.css', 0]);
  });

  it('the CLI ends a build with a missing template with exit code 2, not 3', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'staat-missing-'));
    dirs.push(tmp);
    const templates = templatesWithout('themas.liquid');
    let stderr = '';
    const io = {
      stdout: { write() {} },
      stderr: { write: (text: string) => void (stderr += text) },
      cwd: tmp,
      env: { SOURCE_DATE_EPOCH: '1725840000' },
      stdoutIsTTY: false,
      stderrIsTTY: false,
      now: () => 0,
    };
    const code = await main(['build', '--content', path.resolve('content'), '--out', path.join(tmp, 'out'), '--templates', templates, '--quiet'], io);
    expect(code, stderr).toBe(2);
    expect(stderr).toContain('themas.liquid');
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
