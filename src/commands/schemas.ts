/**
 * `staat schemas [--out DIR]`: the JSON Schemas with this tree's register ids as `enum`s, so an
 * editor completes organisation, theme and ministry ids, plus a VS Code settings file that binds
 * each schema to its files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { indexRegisters } from '../check/registers.js';
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaName } from '../check/schema.js';
import { loadRegisterFiles } from '../load/load-tree.js';
import { walkContentTree } from '../load/walk.js';
import { resolveContentRoot } from './content-args.js';
import { UsageError, type CliIO } from './io.js';

type Json = Record<string, unknown>;

/** Where each register's ids go, as paths of property names into the schema. */
const ENUM_TARGETS: Partial<Record<SchemaName, { path: string[]; ids: 'organisaties' | 'themas' | 'ministeries' }[]>> = {
  stand: [
    { path: ['properties', 'organisatie'], ids: 'organisaties' },
    { path: ['definitions', 'Knelpunt', 'properties', 'thema'], ids: 'themas' },
    { path: ['definitions', 'Knelpunt', 'properties', 'subthemas', 'items'], ids: 'themas' },
    { path: ['definitions', 'Knelpunt', 'properties', 'ketenpartners', 'items'], ids: 'organisaties' },
    { path: ['definitions', 'Knelpunt', 'properties', 'opdrachtgever'], ids: 'ministeries' },
    { path: ['definitions', 'Lichtpunt', 'properties', 'thema'], ids: 'themas' },
    { path: ['definitions', 'Lichtpunt', 'properties', 'organisaties', 'items'], ids: 'organisaties' },
    { path: ['definitions', 'Dilemma', 'properties', 'thema'], ids: 'themas' },
  ],
  organisaties: [
    { path: ['definitions', 'DriehoekPeriode', 'properties', 'opdrachtgevers', 'items'], ids: 'ministeries' },
  ],
  ministeries: [{ path: ['definitions', 'Ministerie', 'properties', 'opvolger'], ids: 'ministeries' }],
};

/** Which files each schema describes, relative to the content root. */
const GLOBS: Record<SchemaName, string[]> = {
  edition: ['staat.yaml'],
  stand: ['standen/*/*.yaml', 'standen/*/*.md'],
  ministeries: ['registers/ministeries.yaml'],
  organisaties: ['registers/organisaties.yaml'],
  themas: ['registers/themas.yaml'],
  oproepen: ['registers/oproepen.yaml'],
};

export function runSchemas(options: { content?: string; out?: string; quiet: boolean }, io: CliIO): number {
  const root = resolveContentRoot(io.cwd, options.content);
  const out = resolve(io.cwd, options.out ?? join(root, '.staat', 'schemas'));
  const registers = indexRegisters(loadRegisterFiles(walkContentTree(root)));
  const ids = {
    organisaties: [...registers.organisaties.keys()].sort(),
    themas: [...registers.themas].sort(),
    ministeries: [...registers.ministeries.keys()].sort(),
  };
  mkdirSync(out, { recursive: true });
  const bindings: Record<string, string[]> = {};
  for (const [name, fileName] of Object.entries(SCHEMA_FILES) as [SchemaName, string][]) {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, fileName), 'utf8')) as Json;
    for (const target of ENUM_TARGETS[name] ?? []) {
      const node = dig(schema, target.path);
      // Only when the register has entries: an empty enum would reject everything.
      if (node && ids[target.ids].length > 0) node['enum'] = ids[target.ids];
    }
    writeFileSync(join(out, fileName), `${JSON.stringify(schema, null, 2)}\n`);
    bindings[relative(root, join(out, fileName)).split('\\').join('/')] = GLOBS[name];
  }
  const settingsPath = join(root, '.vscode', 'settings.json');
  writeSettings(settingsPath, bindings);
  if (!options.quiet) {
    io.stderr.write(`✔ ${Object.keys(SCHEMA_FILES).length} schema's geschreven naar ${relative(io.cwd, out) || '.'}\n✔ ${relative(io.cwd, settingsPath)} koppelt ze aan de bestanden (extensie "YAML" van Red Hat).\n`);
  }
  return 0;
}

function dig(schema: Json, path: string[]): Json | undefined {
  let node: unknown = schema;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Json)[key] : undefined;
  return node !== null && typeof node === 'object' ? (node as Json) : undefined;
}

/** Merges `yaml.schemas` into existing settings; never clobbers a file we cannot read. */
function writeSettings(path: string, bindings: Record<string, string[]>): void {
  let settings: Json = {};
  if (existsSync(path)) {
    try {
      settings = JSON.parse(readFileSync(path, 'utf8')) as Json;
    } catch {
      throw new UsageError(`${path} is geen geldige JSON (misschien staat er commentaar in). Voeg daar zelf "yaml.schemas" toe, of verwijder het bestand.`);
    }
  }
  const existing = (settings['yaml.schemas'] as Json | undefined) ?? {};
  settings['yaml.schemas'] = { ...existing, ...bindings };
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(settings, null, 2)}\n`);
}
