/**
 * `staat lsp --stdio` driven by a real JSON-RPC client: its diagnostics equal `staat lint
 * --format json` for the same (unsaved) text; completion, hover, quick fixes and edits work;
 * an edited register reaches the open Standen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { base, buildTree, makeIO, runLint } from '../lint/harness.js';
import { sub } from '../lint/rule-cases.js';
import { ensureBuilt, LspClient, REPO } from './client.js';

const UWV = 'standen/2024/uwv.md';
const SVB = 'standen/2024/svb.yaml';

/** Three problems nobody saved yet: an unknown thema, a wrong status, a missing oplossingsrichting. */
const EDITED = sub(
  sub(sub(base(UWV), 'thema: capaciteit-personeel', 'thema: gegevensdeling'), 'status: in_uitvoering', 'status: lopend'),
  '    oplossingsrichting: Taakdelegatie en opleiden.\n',
  '',
);

const asLint = (d: Diagnostic) => ({
  ruleId: d.code,
  severity: ({ 1: 'error', 2: 'warning', 3: 'info' } as Record<number, string>)[d.severity ?? 0],
  message: d.message,
  line: d.range.start.line + 1,
  column: d.range.start.character + 1,
  endLine: d.range.end.line + 1,
  endColumn: d.range.end.character + 1,
});

function lineOf(text: string, needle: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line, character: (lines[line] ?? '').indexOf(needle) };
}

describe('staat lsp --stdio', () => {
  let tree: ReturnType<typeof buildTree>;
  let client: LspClient;
  const uri = (path: string): string => pathToFileURL(join(tree.root, path)).href;

  beforeAll(async () => {
    ensureBuilt();
    tree = buildTree();
    client = await LspClient.start(tree.dir);
  }, 120_000);
  afterAll(async () => {
    tree.cleanup();
  });

  it('diagnostics for unsaved text equal staat lint --format json of the same text', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(UWV), languageId: 'markdown', version: 1, text: EDITED } });
    const got = await client.diagnostics(uri(UWV), { version: 1 });

    const saved = buildTree({ [UWV]: EDITED });
    try {
      const lint = await runLint(saved.root, { args: [join(saved.root, UWV)] });
      const expected = lint.json!.files.find((f) => f.path === UWV)!.messages.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn }));
      expect(expected.map((m) => m.ruleId).sort()).toEqual(['missing-oplossingsrichting', 'schema-enum', 'unknown-thema']);
      expect(got.map(asLint)).toEqual(expected);
    } finally {
      saved.cleanup();
    }
    for (const d of got) {
      expect(d.source).toBe('staat');
      expect(d.codeDescription?.href).toMatch(new RegExp(`${String(d.code)}\\.md$`));
    }
    const thema = got.find((d) => d.code === 'unknown-thema')!;
    expect(thema.range.start).toEqual({ line: 9, character: 11 }); // line 10, column 12 in lint's 1-based terms
    expect(thema.data).toEqual({ ruleId: 'unknown-thema', suggestions: ['gegevensuitwisseling'] });
  });

  it('a quick fix puts the suggestion in place of the value', async () => {
    const diagnostics = await client.diagnostics(uri(UWV), { version: 1 });
    const thema = diagnostics.find((d) => d.code === 'unknown-thema')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(UWV) },
      range: thema.range,
      context: { diagnostics: [thema] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('quickfix');
    const edits = actions[0]!.edit!.changes![uri(UWV)] as TextEdit[];
    expect(edits).toEqual([{ range: thema.range, newText: 'gegevensuitwisseling' }]);
  });

  it('didChange (incremental) gives new diagnostics for the new version', async () => {
    const at = lineOf(EDITED, 'gegevensdeling');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(UWV), version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 'gegevensdeling'.length } }, text: 'gegevensuitwisseling' }],
    });
    const got = await client.diagnostics(uri(UWV), { version: 2 });
    expect(got.map((d) => d.code).sort()).toEqual(['missing-oplossingsrichting', 'schema-enum']);
  });

  it('completes register ids with their names, and enum values', async () => {
    const text = sub(EDITED, 'thema: gegevensdeling', 'thema: gegevensuitwisseling');
    const thema = lineOf(text, 'thema: gegevens');
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri(UWV) }, position: { line: thema.line, character: thema.character + 'thema: gege'.length } })) as CompletionItem[];
    const themas = readFileSync(join(tree.root, 'registers/themas.yaml'), 'utf8');
    const ids = [...themas.matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
    expect(items.map((i) => i.label)).toEqual(ids);
    const uitwisseling = items.find((i) => i.label === 'gegevensuitwisseling')!;
    expect(uitwisseling.detail).toBe('Gegevensuitwisseling');
    expect((uitwisseling.textEdit as TextEdit).range).toEqual({ start: { line: thema.line, character: thema.character + 7 }, end: { line: thema.line, character: thema.character + 7 + 'gegevensuitwisseling'.length } });

    const status = lineOf(text, 'status: lopend');
    const statuses = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri(UWV) }, position: { line: status.line, character: status.character + 8 } })) as CompletionItem[];
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/stand.schema.json'), 'utf8')) as { definitions: { Knelpunt: { properties: { status: { enum: string[]; markdownEnumDescriptions?: string[] } } } } };
    const statusSchema = schema.definitions.Knelpunt.properties.status;
    expect(statuses.map((i) => i.label)).toEqual(statusSchema.enum);
    if (statusSchema.markdownEnumDescriptions) expect(statuses.map((i) => (i.documentation as MarkupContent).value)).toEqual(statusSchema.markdownEnumDescriptions);

    const actie = lineOf(text, 'actie_bij: [opdrachtnemer, ');
    const roles = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri(UWV) }, position: { line: actie.line, character: actie.character + 'actie_bij: [opdrachtnemer, '.length } })) as CompletionItem[];
    expect(roles.map((i) => i.label)).toContain('politiek');
  });

  it('hover shows the field description from the schema', async () => {
    const text = sub(EDITED, 'thema: gegevensdeling', 'thema: gegevensuitwisseling');
    const status = lineOf(text, 'status: lopend');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(UWV) }, position: { line: status.line, character: status.character + 2 } })) as Hover;
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/stand.schema.json'), 'utf8')) as { definitions: { Knelpunt: { properties: { status: { description: string } } } } };
    expect((hover.contents as MarkupContent).value).toContain(schema.definitions.Knelpunt.properties.status.description);
    expect(hover.range).toEqual({ start: status, end: { line: status.line, character: status.character + 'status'.length } });
  });

  it('an edited register reaches the open Standen before it is saved', async () => {
    // svb.yaml uses thema complexe-regelgeving; rename that thema in the unsaved register buffer.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(SVB), languageId: 'yaml', version: 1, text: base(SVB) } });
    expect((await client.diagnostics(uri(SVB), { version: 1 })).map((d) => d.code)).not.toContain('unknown-thema');
    const since = client.mark;
    const themas = readFileSync(join(tree.root, 'registers/themas.yaml'), 'utf8').replace(/^- id: complexe-regelgeving/m, '- id: complexe-regels');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('registers/themas.yaml'), languageId: 'yaml', version: 1, text: themas } });
    const svb = await client.diagnostics(uri(SVB), { since });
    expect(svb.map((d) => d.code)).toContain('unknown-thema');
  });

  it('a Stand saved on disk by someone else is read again: its open knelpunt now missing in 2024', async () => {
    const since = client.mark;
    writeFileSync(join(tree.root, 'standen/2023/uwv.md'), sub(base('standen/2023/uwv.md'), 'status: opgelost', 'status: in_analyse'));
    const uwv = await client.diagnostics(uri(UWV), { since });
    expect(uwv.map((d) => d.code)).toContain('knelpunt-verdwenen');
  });

  it('shutdown and exit end the server with exit code 0', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('staat lsp without --stdio', () => {
  it('is a usage error (exit 2): there is no other transport', async () => {
    const { io, err } = makeIO(REPO);
    expect(await main(['lsp'], io)).toBe(2);
    expect(err()).toMatch(/--stdio/);
  });
});
