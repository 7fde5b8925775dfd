/**
 * `staat new ORGANISATIE VERSLAGJAAR` in-process: where the file goes, that it lints, which
 * knelpunten it carries (whole, with `nieuw` moved on), which previous Stand it takes, and every
 * refusal (exit 2, nothing written).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIO } from '../build/io.js';

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));

/** svb 2022 (2021 skipped): every optional knelpunt field, one of each closing status. */
const SVB_2022 = `organisatie: svb
verslagjaar: 2022
samenvatting: Oud.
knelpunten:
  - id: wachttijd-aow
    titel: Lange wachttijd voor de AOW
    beschrijving: |
      Aanvragen blijven liggen.

      Vooral bij *verhuizing* naar het buitenland.
    gevolgen: "Mensen wachten: soms maanden."
    oplossingsrichting: Meer mensen.
    thema: capaciteit-personeel
    subthemas: [complexe-regelgeving]
    actie_bij: [opdrachtnemer]
    status: nieuw
    eerste_melding: 2022
    oproepen: [O2, O4]
    herkomst: kamerbrief
    bronnen: ['https://example.org/brief']
    hardheid: true
    urgentie: hoog
    doelgroepen: [burgers]
    wetten: [Algemene Ouderdomswet]
    ketenpartners: [uwv]
  - id: opgeloste-fout
    titel: Een fout die is opgelost
    beschrijving: Was fout.
    gevolgen: Last.
    oplossingsrichting: Gedaan.
    thema: complexe-regelgeving
    actie_bij: [opdrachtnemer]
    status: opgelost
  - id: kinderbijslag-grens
    titel: Grens van de kinderbijslag
    beschrijving: De grens knelt.
    gevolgen: Gezinnen missen geld.
    oplossingsrichting: Grens verleggen.
    thema: niet-gebruik
    actie_bij: [opdrachtgever]
    opdrachtgever: vws
    status: deels_opgelost
    gedeeld_knelpunt: personeelstekort
  - id: vervallen-punt
    titel: Een vervallen knelpunt
    beschrijving: Speelt niet meer.
    gevolgen: Geen.
    oplossingsrichting: Geen.
    thema: complexe-regelgeving
    actie_bij: [politiek]
    status: vervallen
`;

/** svb 2020: an open knelpunt that only a wrong choice of "previous Stand" would carry. */
const SVB_2020 = `organisatie: svb
verslagjaar: 2020
knelpunten:
  - id: alleen-in-2020
    titel: Alleen in 2020 gemeld
    beschrijving: Oud.
    gevolgen: Oud.
    oplossingsrichting: Oud.
    thema: complexe-regelgeving
    actie_bij: [opdrachtnemer]
    opdrachtgever: szw
    status: in_uitvoering
`;

const trees: string[] = [];
afterEach(() => {
  for (const t of trees.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A temp copy of the base fixture plus `extra` files; returns the content root. */
function makeTree(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'staat-new-'));
  trees.push(dir);
  const root = join(dir, 'content');
  cpSync(BASE, root, { recursive: true });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function runNew(root: string, org: string, year: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const c = captureIO(root, { NO_COLOR: '1' });
  const code = await main(['new', org, year, '--content', root], c.io);
  return { code, stderr: c.stderr(), stdout: c.stdout() };
}

interface LintJson {
  summary: { files: number; errors: number; warnings: number; infos: number };
  files: { path: string; messages: { ruleId: string; severity: string }[] }[];
}

async function lintFile(root: string, path: string): Promise<{ code: number; json: LintJson }> {
  const c = captureIO(root, { NO_COLOR: '1' });
  const code = await main(['lint', '--content', root, '--format', 'json', path], c.io);
  return { code, json: JSON.parse(c.stdout()) as LintJson };
}

/** A written `.yaml` Stand, parsed. */
function yamlStand(root: string, path: string): Record<string, unknown> {
  return parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
}

/** The front matter of a written `.md` Stand, parsed. */
function frontMatter(root: string, path: string): Record<string, unknown> {
  const text = readFileSync(join(root, path), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(m).not.toBeNull();
  return parse(m?.[1] ?? '') as Record<string, unknown>;
}

function knelpunten(data: Record<string, unknown>): Record<string, unknown>[] {
  return data['knelpunten'] as Record<string, unknown>[];
}

/** Every file under the root with its content: "nothing was written" means this is unchanged. */
function snapshot(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs, `${rel}${name}/`);
      else out.push(`${rel}${name}:${st.size}:${readFileSync(abs, 'utf8')}`);
    }
  };
  walk(root, '');
  return out;
}

describe('staat new writes a Stand that carries the open knelpunten', () => {
  it('carries every open knelpunt whole, moves nieuw on, leaves closed ones out, and lints without errors', async () => {
    const root = makeTree({ 'standen/2022/svb.yaml': SVB_2022, 'standen/2020/svb.yaml': SVB_2020 });
    // The fixture itself is clean, so any error below comes from what staat new wrote.
    expect((await lintFile(root, 'standen/2022/svb.yaml')).json.summary.errors).toBe(0);

    const r = await runNew(root, 'svb', '2023');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // A .yaml Stand stays .yaml.
    expect(existsSync(join(root, 'standen/2023/svb.yaml'))).toBe(true);
    expect(existsSync(join(root, 'standen/2023/svb.md'))).toBe(false);

    const data = yamlStand(root, 'standen/2023/svb.yaml');
    expect(data['organisatie']).toBe('svb');
    expect(data['verslagjaar']).toBe(2023);
    const previous = knelpunten(parse(SVB_2022) as Record<string, unknown>);
    const carried = knelpunten(data);
    expect(carried.map((k) => k['id'])).toEqual(['wachttijd-aow', 'kinderbijslag-grens']);
    // Whole mappings: oproepen, herkomst, bronnen, eerste_melding and the rest survive.
    expect(carried[0]).toEqual({ ...previous[0], status: 'in_analyse' });
    expect(carried[1]).toEqual(previous[2]);
    expect(carried[0]?.['oproepen']).toEqual(['O2', 'O4']);

    // The moved status says so in a comment on its line.
    expect(readFileSync(join(root, 'standen/2023/svb.yaml'), 'utf8')).toMatch(/^ {4}status: in_analyse +# .*nieuw/m);

    const lint = await lintFile(root, 'standen/2023/svb.yaml');
    expect(lint.code).toBe(0);
    expect(lint.json.summary.errors).toBe(0);
    const file = lint.json.files.find((f) => f.path === 'standen/2023/svb.yaml');
    expect(file).toBeDefined();
    const rules = file?.messages.map((m) => m.ruleId) ?? [];
    expect(rules).not.toContain('knelpunt-verdwenen');
    expect(rules).not.toContain('status-nieuw-but-known');
    // The shared knelpunt is used by svb alone in 2023.
    expect(rules).toContain('gedeeld-knelpunt-single');
  });

  it('reads a .md previous Stand too', async () => {
    const root = makeTree();
    const r = await runNew(root, 'uwv', '2025');
    expect(r.code).toBe(0);
    const prevText = readFileSync(join(root, 'standen/2024/uwv.md'), 'utf8');
    const prev = knelpunten(parse(/^---\n([\s\S]*?)\n---\n/.exec(prevText)?.[1] ?? '') as Record<string, unknown>);
    expect(knelpunten(frontMatter(root, 'standen/2025/uwv.md'))).toEqual(prev);
    const lint = await lintFile(root, 'standen/2025/uwv.md');
    expect(lint.code).toBe(0);
    expect(lint.json.summary.errors).toBe(0);
  });

  it('after a skipped year takes the latest earlier Stand, not an older one', async () => {
    const root = makeTree({ 'standen/2022/svb.yaml': SVB_2022, 'standen/2020/svb.yaml': SVB_2020 });
    // 2025 is skipped: the previous Stand of 2026 is 2024 (base), not 2022 or 2020.
    const r = await runNew(root, 'svb', '2026');
    expect(r.code).toBe(0);
    expect(knelpunten(yamlStand(root, 'standen/2026/svb.yaml')).map((k) => k['id'])).toEqual(['aow-buitenland']);
    // Between 2020 and 2022: the previous Stand of 2021 is 2020.
    expect((await runNew(root, 'svb', '2021')).code).toBe(0);
    expect(knelpunten(yamlStand(root, 'standen/2021/svb.yaml')).map((k) => k['id'])).toEqual(['alleen-in-2020']);
  });

  it('an organisation without an earlier Stand gets a complete skeleton that lints without any warning', async () => {
    const root = makeTree();
    const r = await runNew(root, 'toeslagen', '2024');
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'standen/2024/toeslagen.md'), 'utf8');
    const data = frontMatter(root, 'standen/2024/toeslagen.md');
    expect(data['verslagjaar']).toBe(2024);
    // One example knelpunt with every required field.
    expect(knelpunten(data)).toHaveLength(1);
    expect(Object.keys(knelpunten(data)[0]!)).toEqual(expect.arrayContaining(['id', 'titel', 'beschrijving', 'gevolgen', 'thema', 'actie_bij', 'status']));
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['organisatie', 'verslagjaar', 'titel', 'knelpunten', 'lichtpunten', 'dilemmas', 'kerncijfers']));
    // The allowed values as comments: every thema of the register, every role, every status.
    const themas = parse(readFileSync(join(root, 'registers/themas.yaml'), 'utf8')) as { id: string }[];
    const comments = text.split('\n').filter((l) => /^\s*#/.test(l)).join('\n');
    for (const t of themas) expect(comments).toMatch(new RegExp(`#\\s+${t.id}\\s`));
    for (const role of ['politiek', 'eigenaar', 'opdrachtgever', 'opdrachtnemer', 'ketenpartner', 'medeoverheid', 'eu']) expect(comments).toMatch(new RegExp(`#\\s+${role}\\s`));
    for (const status of ['nieuw', 'in_analyse', 'in_uitvoering', 'deels_opgelost', 'opgelost', 'structureel_onopgelost', 'vervallen']) expect(comments).toMatch(new RegExp(`#\\s+${status}\\s`));
    const lint = await lintFile(root, 'standen/2024/toeslagen.md');
    expect(lint.code).toBe(0);
    expect(lint.json.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('copies carried knelpunten and kerncijfers as their source text, byte for byte', async () => {
    const knelpunt = [
      '  # Een opmerking bij dit knelpunt, die mee moet.',
      '  - id: lange-tekst',
      '    titel: "Een titel: met dubbele punt"',
      '    beschrijving: >-',
      '      Een gevouwen tekst die over meerdere regels loopt en precies zo',
      '      moet blijven staan, niet op één lange regel.',
      '    gevolgen: |',
      '      Een letterlijke tekst.',
      '',
      '      Met een lege regel.',
      '    oplossingsrichting: Iets doen. # een opmerking achter de waarde',
      '    thema: capaciteit-personeel',
      '    subthemas: [complexe-regelgeving]',
      '    actie_bij: [opdrachtnemer]',
      '    status: in_uitvoering',
      '    eerste_melding: 2023',
      '',
    ].join('\n');
    const kerncijfer = ['  - label: Aanvragen in behandeling', '    waarde: 1200', '    eenheid: aanvragen', ''].join('\n');
    const previous = `---\norganisatie: uwv\nverslagjaar: 2024\nknelpunten:\n${knelpunt}  - id: klaar\n    titel: Klaar\n    beschrijving: Klaar.\n    gevolgen: Geen.\n    oplossingsrichting: Geen.\n    thema: capaciteit-personeel\n    actie_bij: [opdrachtnemer]\n    status: opgelost\nkerncijfers:\n${kerncijfer}---\nTekst.\n`;
    const root = makeTree({ 'standen/2024/uwv.md': previous });
    expect((await runNew(root, 'uwv', '2025')).code).toBe(0);
    const text = readFileSync(join(root, 'standen/2025/uwv.md'), 'utf8');
    // The whole open knelpunt, comment above it included, exactly as written; the closed one is left out.
    expect(text).toContain(knelpunt);
    expect(knelpunten(frontMatter(root, 'standen/2025/uwv.md')).map((k) => k['id'])).toEqual(['lange-tekst']);
    // The kerncijfer keeps its label and value, and its value line is marked to update.
    expect(text).toContain('  - label: Aanvragen in behandeling\n    waarde: 1200  # ');
    expect(frontMatter(root, 'standen/2025/uwv.md')['kerncijfers']).toEqual([{ label: 'Aanvragen in behandeling', waarde: 1200, eenheid: 'aanvragen' }]);
    const lint = await lintFile(root, 'standen/2025/uwv.md');
    expect(lint.json.summary.errors).toBe(0);
  });
});

describe('staat new refuses (exit 2) and writes nothing', () => {
  it.each([
    ['an existing .md', 'uwv', 'standen/2024/uwv.md'],
    ['an existing .yaml', 'svb', 'standen/2024/svb.yaml'],
  ])('never overwrites %s', async (_name, org, existing) => {
    const root = makeTree();
    const before = snapshot(root);
    const r = await runNew(root, org, '2024');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(existing);
    expect(snapshot(root)).toEqual(before);
  });

  it('an unknown organisation, with a suggestion', async () => {
    const root = makeTree();
    const before = snapshot(root);
    const r = await runNew(root, 'uvw', '2025');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Bedoelde u 'uwv'\?/);
    expect(snapshot(root)).toEqual(before);
  });

  it.each(['../../../tmp/x', 'UWV', 'uwv/../svb', '-uwv', 'uwv-', 'uw v', 'uwv.md', ''])('an organisation argument that is not a slug: %j', async (org) => {
    const root = makeTree();
    const before = snapshot(root);
    const r = await runNew(root, org, '2025');
    expect(r.code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('a hostile register id is refused before it can become a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staat-new-outside-'));
    trees.push(dir);
    const root = makeTree();
    const escape = `../../../../../../../../..${dir}/x`;
    const register = readFileSync(join(root, 'registers/organisaties.yaml'), 'utf8');
    writeFileSync(join(root, 'registers/organisaties.yaml'), `${register}- id: ${JSON.stringify(escape)}\n  naam: Kwaad\n  type: overig\n  driehoek:\n    - vanaf: 2000\n      eigenaar: szw\n      opdrachtgevers: [szw]\n`);
    const before = snapshot(root);
    const r = await runNew(root, escape, '2025');
    expect(r.code).toBe(2);
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a year folder that links out of the content root', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'staat-new-link-'));
    trees.push(outside);
    const root = makeTree();
    symlinkSync(outside, join(root, 'standen/2030'));
    const r = await runNew(root, 'uwv', '2030');
    expect(r.code).toBe(2);
    expect(readdirSync(outside)).toEqual([]);
  });

  it.each(['0999', '1999', '2101', '999', '20x5', '2025.0', '+2025', ' 2025', '２０２５'])('a year that is not an integer 2000–2100: %j', async (year) => {
    const root = makeTree();
    const before = snapshot(root);
    const r = await runNew(root, 'uwv', year);
    expect(r.code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('accepts the range ends 2000 and 2100', async () => {
    const root = makeTree();
    expect((await runNew(root, 'uwv', '2000')).code).toBe(0);
    expect((await runNew(root, 'uwv', '2100')).code).toBe(0);
    expect(existsSync(join(root, 'standen/2000/uwv.md'))).toBe(true);
    expect(existsSync(join(root, 'standen/2100/uwv.md'))).toBe(true);
  });

  it.each([
    ['.md with a YAML syntax error', 'standen/2020/rvo.md', '---\norganisatie: rvo\nverslagjaar: 2020\nknelpunten: [\n---\nTekst.\n', 'rvo', '2021'],
    ['.yaml with a duplicate key', 'standen/2021/cjib.yaml', 'organisatie: cjib\nverslagjaar: 2021\nverslagjaar: 2021\nknelpunten: []\n', 'cjib', '2022'],
  ])('a previous Stand that cannot be read (%s) names the file to fix', async (_name, path, text, org, year) => {
    const root = makeTree({ [path]: text });
    const before = snapshot(root);
    const r = await runNew(root, org, year);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path);
    expect(snapshot(root)).toEqual(before);
  });
});
