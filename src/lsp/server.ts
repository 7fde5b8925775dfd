/**
 * `staat lsp`: a Language Server for Standen, registers and staat.yaml. Diagnostics come from
 * `staat lint`'s own checks over the open documents laid on the content tree (content-state.ts);
 * completion and hover from the JSON Schemas and the registers; quick fixes from `suggestions`.
 *
 * Every edit is checked after a short pause in typing (DEBOUNCE_MS), and only the changed
 * document plus the open documents whose cross-file rules it touches are checked again.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type WatchDog,
} from 'vscode-languageserver';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerEntries } from '../check/register-entries.js';
import type { SchemaName } from '../check/schema-name.js';
import { obj, int, str } from '../check/values.js';
import { watchFolders, type Watcher } from '../dev/watch.js';
import { standStem } from '../lint/lint.js';
import { findContentRoot } from '../load/content-root.js';
import { splitFrontMatter } from '../load/front-matter.js';
import type { RegisterName } from '../load/walk.js';
import { quickFixes } from './code-actions.js';
import { ContentState } from './content-state.js';
import { toLspDiagnostic } from './diagnostics.js';
import { completionItems, hoverFor } from './field-help.js';
import { completionContext, hoverTarget } from './yaml-context.js';

/** Long enough to let a burst of keystrokes settle, short enough to stay well inside 300 ms. */
export const DEBOUNCE_MS = 40;

export interface LanguageServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A content root given with --content; else each document's root is found from its path. */
  root?: string;
  debounceMs?: number;
}

interface Workspace {
  state: ContentState;
  watcher?: Watcher;
  /** Paths edited or closed since the last check; `disk` when files changed on disk. */
  changed: Set<string>;
  disk: boolean;
}

/** Runs until the client says `exit` or closes the stream; resolves with LSP's exit code. */
export function runLanguageServer(options: LanguageServerOptions): Promise<number> {
  return new Promise((done) => {
    let shutdown = false;
    let finished = false;
    const watchDog: WatchDog = {
      get shutdownReceived() {
        return shutdown;
      },
      set shutdownReceived(value: boolean) {
        shutdown = value;
      },
      // The parent's process id is not polled: when the editor dies, our stdin closes.
      initialize: () => undefined,
      exit: (code) => finish(code),
    };
    const connection = createConnection((logger) => createProtocolConnection(new StreamMessageReader(options.input), new StreamMessageWriter(options.output), logger), watchDog);
    const server = new Server(connection, options);
    const finish = (code: number): void => {
      if (finished) return;
      finished = true;
      server.dispose();
      connection.dispose();
      (options.input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      done(code);
    };
    options.input.on('end', () => finish(shutdown ? 0 : 1));
    options.input.on('close', () => finish(shutdown ? 0 : 1));
    connection.listen();
  });
}

class Server {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly workspaces = new Map<string, Workspace>();
  private timer: NodeJS.Timeout | undefined;
  private readonly debounceMs: number;

  constructor(
    private readonly connection: Connection,
    private readonly options: LanguageServerOptions,
  ) {
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    connection.onInitialize(
      (): InitializeResult => ({
        capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','] },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: ['quickfix'] },
        },
        serverInfo: { name: 'staat' },
      }),
    );
    this.documents.onDidChangeContent((e) => this.edited(e.document.uri, e.document.getText()));
    this.documents.onDidClose((e) => this.closed(e.document.uri));
    connection.onCompletion((p) => this.safely(() => this.complete(p.textDocument.uri, p.position.line, p.position.character), []));
    connection.onHover((p) => this.safely(() => this.hover(p.textDocument.uri, p.position.line, p.position.character), null));
    connection.onCodeAction((p) => {
      const doc = this.documents.get(p.textDocument.uri);
      return doc ? this.safely(() => quickFixes(doc, p.context.diagnostics), []) : [];
    });
    this.documents.listen(connection);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const ws of this.workspaces.values()) void ws.watcher?.close();
  }

  /** A failing request must not take the server down; the client sees nothing for it. */
  private safely<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (error) {
      this.connection.console.error(`staat: interne fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /** The workspace and content-relative path of a document, when it is in a content tree. */
  private locate(uri: string): { ws: Workspace; path: string } | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    const root = this.options.root ?? findContentRoot(dirname(file), undefined, file);
    if (root === undefined) return undefined;
    const path = relative(root, file).split(sep).join('/');
    if (path.startsWith('../') || path === '..' || resolve(root, path) !== resolve(file)) return undefined;
    let ws = this.workspaces.get(root);
    if (!ws) {
      ws = { state: new ContentState(root), changed: new Set(), disk: false };
      this.workspaces.set(root, ws);
      this.watch(ws);
    }
    return { ws, path };
  }

  /** Files changed on disk (saved, added, checked out) are read again; the same watcher as `staat dev`. */
  private watch(ws: Workspace): void {
    ws.watcher = watchFolders([ws.state.root], (paths) => {
      for (const path of paths) ws.state.invalidate(path);
      ws.disk = true;
      this.schedule();
    });
  }

  private edited(uri: string, text: string): void {
    const at = this.locate(uri);
    if (!at || !at.ws.state.setText(at.path, text)) return;
    at.ws.changed.add(at.path);
    this.schedule();
  }

  private closed(uri: string): void {
    const at = this.locate(uri);
    if (!at) return;
    at.ws.state.close(at.path);
    at.ws.changed.add(at.path);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.safely(() => this.checkPending(), undefined);
    }, this.debounceMs);
  }

  /** The open documents of a workspace, by content-relative path. */
  private openDocuments(ws: Workspace): Map<string, TextDocument> {
    const open = new Map<string, TextDocument>();
    for (const doc of this.documents.all()) {
      const at = this.locate(doc.uri);
      if (at?.ws === ws && ws.state.entry(at.path)) open.set(at.path, doc);
    }
    return open;
  }

  private checkPending(): void {
    for (const ws of this.workspaces.values()) {
      if (ws.changed.size === 0 && !ws.disk) continue;
      if (ws.disk) ws.state.rescan();
      const open = this.openDocuments(ws);
      const affected = ws.disk ? new Set(open.keys()) : this.affected(ws, open, ws.changed);
      ws.changed.clear();
      ws.disk = false;
      if (affected.size === 0) continue;
      const standen = new Set([...affected].filter((p) => ws.state.entry(p)?.kind !== 'register' && ws.state.entry(p)?.kind !== 'edition'));
      const results = ws.state.check(standen);
      for (const path of affected) {
        const doc = open.get(path);
        if (!doc) continue;
        void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: (results.get(path) ?? []).map(toLspDiagnostic) });
      }
    }
  }

  /**
   * Open documents whose problems may have changed: the changed ones; every one after a register
   * or staat.yaml changed; else the Standen of the same organisation (continuity) or the same
   * year (duplicate Standen, shared knelpunten).
   */
  private affected(ws: Workspace, open: Map<string, TextDocument>, changed: ReadonlySet<string>): Set<string> {
    const out = new Set([...changed].filter((p) => open.has(p)));
    if ([...changed].some((p) => ws.state.entry(p)?.kind !== 'stand')) return new Set(open.keys());
    const keysOf = (path: string): Set<string> => {
      const data = obj(ws.state.current(path)?.data);
      const keys = new Set([`org:${standStem(path)}`, `year:${path.split('/')[1] ?? ''}`]);
      const organisatie = str(data['organisatie']);
      const verslagjaar = int(data['verslagjaar']);
      if (organisatie !== undefined) keys.add(`org:${organisatie}`);
      if (verslagjaar !== undefined) keys.add(`year:${verslagjaar}`);
      return keys;
    };
    const touched = new Set([...changed].flatMap((p) => [...keysOf(p)]));
    for (const path of open.keys()) if ([...keysOf(path)].some((k) => touched.has(k))) out.add(path);
    return out;
  }

  /** The YAML of a document, the lines it spans in the document, and the schema that describes it. */
  private yamlOf(uri: string): { yaml: string; firstLine: number; endLine: number; schema: SchemaName; ws: Workspace; md: boolean } | undefined {
    const at = this.locate(uri);
    const doc = this.documents.get(uri);
    const entry = at?.ws.state.entry(at.path);
    if (!at || !doc || !entry || entry.kind === 'other') return undefined;
    const text = doc.getText();
    const schema: SchemaName = entry.kind === 'edition' ? 'edition' : entry.kind === 'register' ? (entry.path.slice('registers/'.length, -'.yaml'.length) as RegisterName) : 'stand';
    if (!at.path.endsWith('.md')) return { yaml: text, firstLine: 0, endLine: Infinity, schema, ws: at.ws, md: false };
    const split = splitFrontMatter(text);
    if (split.kind !== 'yaml') return undefined;
    const firstLine = doc.positionAt(split.yamlOffset).line;
    // The closing --- and the Markdown body are not YAML.
    return { yaml: split.yaml, firstLine, endLine: doc.positionAt(split.yamlOffset + split.yaml.length).line, schema, ws: at.ws, md: true };
  }

  private complete(uri: string, line: number, character: number): ReturnType<typeof completionItems> {
    const y = this.yamlOf(uri);
    if (!y || line < y.firstLine || line >= y.endLine) return [];
    const ctx = completionContext(y.yaml, line - y.firstLine, character);
    if (!ctx) return [];
    const exclude = new Set(y.md && ctx.path.length === 0 ? ['samenvatting'] : []);
    return completionItems(ctx, y.schema, registerEntries(y.ws.state.registerFiles()), line, exclude);
  }

  private hover(uri: string, line: number, character: number): ReturnType<typeof hoverFor> | null {
    const y = this.yamlOf(uri);
    if (!y || line < y.firstLine || line >= y.endLine) return null;
    const target = hoverTarget(y.yaml, line - y.firstLine, character);
    return (target && hoverFor(target, y.schema, registerEntries(y.ws.state.registerFiles()), line)) ?? null;
  }
}
