/**
 * A real JSON-RPC client for `staat lsp --stdio`: spawns the executable (lib/ built first when
 * stale) and keeps every publishDiagnostics it receives, so tests can wait for one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);

/** lib/ must be at least as new as src/ (npm's prepare normally builds it). */
export function ensureBuilt(): void {
  if (existsSync(join(REPO, 'lib', 'cli.js')) && newest(join(REPO, 'lib')) >= newest(join(REPO, 'src'))) return;
  const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stdout}${built.stderr}`);
}

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.listen();
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static async start(cwd: string, args: string[] = []): Promise<LspClient> {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'staat.js'), 'lsp', '--stdio', ...args], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    const client = new LspClient(child);
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {} });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** How many diagnostics notifications arrived so far: pass it as `since` to wait for a newer one. */
  get mark(): number {
    return this.published.length;
  }

  /** The first diagnostics for `uri` (at `version`, when given) among the notifications from `since` on. */
  async diagnostics(uri: string, { version, since = 0 }: { version?: number; since?: number } = {}, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.slice(since).find((p) => p.uri === uri && (version === undefined || p.version === version));
      if (hit) return hit.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} version ${version}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}
