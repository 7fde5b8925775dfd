/**
 * `staat schemas [--out DIR]`: the JSON Schemas with this tree's register ids as `enum`s (with
 * their names), so the YAML extension completes organisation, theme and ministry ids, plus the
 * VS Code settings that bind each schema to its files.
 *
 * The settings go where VS Code reads them: `.vscode/settings.json` of the workspace (the
 * project folder around the content root), merged into what is there with comments kept.
 * `.md` Standen are not bound: the YAML extension reads a whole .md file as YAML and reports its
 * body as errors. The language server (`staat lsp`) covers them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import { editorSchema } from '../check/editor-schema.js';
import { registerEntries } from '../check/register-entries.js';
import { SCHEMA_FILES, type SchemaName } from '../check/schema-name.js';
import { loadRegisterFiles } from '../load/load-tree.js';
import { walkContentTree } from '../load/walk.js';
import { resolveContentRoot } from './content-args.js';
import { UsageError, type CliIO } from './io.js';

/** Which files each schema describes, relative to the content root. */
const GLOBS: Record<SchemaName, string[]> = {
  edition: ['staat.yaml'],
  stand: ['standen/*/*.yaml'],
  ministeries: ['registers/ministeries.yaml'],
  organisaties: ['registers/organisaties.yaml'],
  themas: ['registers/themas.yaml'],
  oproepen: ['registers/oproepen.yaml'],
};

const slash = (path: string): string => path.split('\\').join('/');

export function runSchemas(options: { content?: string; out?: string; quiet: boolean }, io: CliIO): number {
  const root = resolveContentRoot(io.cwd, options.content);
  const out = resolve(io.cwd, options.out ?? join(root, '.staat', 'schemas'));
  const registers = registerEntries(loadRegisterFiles(walkContentTree(root)));
  const workspace = workspaceRoot(root, io.cwd);
  const inWorkspace = (path: string): string => slash(relative(workspace, path)) || '.';
  mkdirSync(out, { recursive: true });
  const bindings: Record<string, string[]> = {};
  for (const [name, fileName] of Object.entries(SCHEMA_FILES) as [SchemaName, string][]) {
    writeFileSync(join(out, fileName), `${JSON.stringify(editorSchema(name, registers), null, 2)}\n`);
    bindings[inWorkspace(join(out, fileName))] = GLOBS[name].map((glob) => (inWorkspace(root) === '.' ? glob : `${inWorkspace(root)}/${glob}`));
  }
  const settingsPath = join(workspace, '.vscode', 'settings.json');
  writeSettings(settingsPath, bindings);
  if (!options.quiet) {
    io.stderr.write(`✔ ${Object.keys(SCHEMA_FILES).length} schema's geschreven naar ${relative(io.cwd, out) || '.'}\n✔ ${relative(io.cwd, settingsPath)} koppelt ze aan de .yaml-bestanden (extensie "YAML" van Red Hat). Voor .md-Standen: de taalserver, zie editors/ in de README.\n`);
  }
  return 0;
}

/**
 * The folder VS Code opens: the nearest folder from the content root upwards that has
 * `.vscode`, `.git` or `package.json`; without one, the working folder when it holds the content
 * root, else the content root itself.
 */
export function workspaceRoot(root: string, cwd: string): string {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (['.vscode', '.git', 'package.json'].some((marker) => existsSync(join(dir, marker)))) return dir;
    if (dirname(dir) === dir) break;
  }
  const inside = relative(resolve(cwd), resolve(root));
  return inside.startsWith('..') ? resolve(root) : resolve(cwd);
}

/** Sets our `yaml.schemas` entries in the settings file, keeping everything else, comments included. */
function writeSettings(path: string, bindings: Record<string, string[]>): void {
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '{}\n';
  const errors: ParseError[] = [];
  const settings = parse(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
    throw new UsageError(`${path} is geen leesbaar instellingenbestand (JSON met commentaar). Herstel het, of voeg daar zelf "yaml.schemas" toe.`);
  }
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  for (const [schema, globs] of Object.entries(bindings)) {
    text = applyEdits(text, modify(text, ['yaml.schemas', schema], globs, { formattingOptions }));
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}
