/**
 * `staat schemas`: register ids as enums with their names, Dutch errorMessages, and the VS Code
 * settings in the workspace (not in content/), merged into an existing file with its comments.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { buildTree, makeIO } from '../lint/harness.js';

type Json = Record<string, any>;

const EXISTING = `{
  // Our team's font size; keep this comment.
  "editor.fontSize": 15,
  "yaml.schemas": {
    "https://example.org/other.json": ["other/*.yaml"], // someone else's binding
  },
}
`;

describe('staat schemas', () => {
  let tree: ReturnType<typeof buildTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('merges the bindings into the workspace settings, keeping comments and other settings; no .md', async () => {
    tree = buildTree();
    mkdirSync(join(tree.dir, '.git'));
    mkdirSync(join(tree.dir, '.vscode'));
    const settingsPath = join(tree.dir, '.vscode', 'settings.json');
    writeFileSync(settingsPath, EXISTING);
    const { io } = makeIO(tree.dir);
    expect(await main(['schemas', '--content', tree.root, '--quiet'], io)).toBe(0);

    const text = readFileSync(settingsPath, 'utf8');
    expect(text).toContain("// Our team's font size; keep this comment.");
    expect(text).toContain('// someone else');
    const settings = parse(text) as Json;
    expect(settings['editor.fontSize']).toBe(15);
    const schemas = settings['yaml.schemas'] as Record<string, string[]>;
    expect(schemas['https://example.org/other.json']).toEqual(['other/*.yaml']);
    expect(schemas['content/.staat/schemas/stand.schema.json']).toEqual(['content/standen/*/*.yaml']);
    expect(Object.keys(schemas)).toHaveLength(7);
    expect(Object.values(schemas).flat().filter((glob) => glob.endsWith('.md'))).toEqual([]);
    expect(existsSync(join(tree.root, '.vscode'))).toBe(false);

    // Running it again changes nothing.
    expect(await main(['schemas', '--content', tree.root, '--quiet'], io)).toBe(0);
    expect(readFileSync(settingsPath, 'utf8')).toBe(text);
  });

  it('register ids become enums with their names; plain values get a Dutch errorMessage', async () => {
    tree = buildTree();
    mkdirSync(join(tree.dir, '.git'));
    const { io } = makeIO(tree.dir);
    expect(await main(['schemas', '--content', tree.root, '--quiet'], io)).toBe(0);
    const read = (name: string): Json => JSON.parse(readFileSync(join(tree!.root, '.staat', 'schemas', name), 'utf8')) as Json;
    const stand = read('stand.schema.json');
    const themaIds = [...readFileSync(join(tree.root, 'registers/themas.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
    const knelpunt = stand['definitions']['Knelpunt']['properties'];
    for (const node of [knelpunt['thema'], knelpunt['subthemas']['items']]) {
      expect(node['enum']).toEqual(themaIds);
      expect(node['markdownEnumDescriptions']).toHaveLength(themaIds.length);
      expect(typeof node['errorMessage']).toBe('string');
    }
    expect(knelpunt['status']['markdownEnumDescriptions']).toHaveLength(knelpunt['status']['enum'].length);
    for (const field of ['titel', 'eerste_melding', 'hardheid', 'status']) expect(typeof knelpunt[field]['errorMessage'], field).toBe('string');
    // Not on mappings and lists: it would replace the message of every problem inside them.
    expect(knelpunt['actie_bij']['errorMessage']).toBeUndefined();
    expect(stand['definitions']['Knelpunt']['errorMessage']).toBeUndefined();
    const eigenaar = read('organisaties.schema.json')['definitions']['DriehoekPeriode']['properties']['eigenaar'];
    expect(eigenaar['enum']).toContain(null);
    expect(eigenaar['markdownEnumDescriptions']).toHaveLength(eigenaar['enum'].length);
  });

  it('an unreadable settings file is left alone: exit 2', async () => {
    tree = buildTree();
    mkdirSync(join(tree.dir, '.vscode'));
    const settingsPath = join(tree.dir, '.vscode', 'settings.json');
    writeFileSync(settingsPath, '{ "a": ');
    const { io } = makeIO(tree.dir);
    expect(await main(['schemas', '--content', tree.root, '--quiet'], io)).toBe(2);
    expect(readFileSync(settingsPath, 'utf8')).toBe('{ "a": ');
  });
});
