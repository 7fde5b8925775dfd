/**
 * The preview server of `staat dev`: serves the last compiled report from memory on 127.0.0.1
 * (so no request can reach the file system), and tells open pages to reload after a rebuild.
 * Pages are made when first asked for (see lazy-site.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { escapeHtml } from '../render/safe-html.js';
import type { FileContent, PreviewFiles } from './lazy-site.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  js: 'text/javascript; charset=utf-8',
};

export const EVENTS_PATH = '/__staat/events';

/** Our own tiny script, added to HTML only in the preview; the published report has none. */
const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload',()=>location.reload());</script>`;

export interface PreviewState {
  files: PreviewFiles;
  /**
   * The last complete report, for paths `files` lacks: while a Stand with errors is left out,
   * its organisation's page stays reachable as it last was (under the overlay).
   */
  fallback?: PreviewFiles;
  /** Laid over every HTML page while the content has errors. */
  overlay?: string;
}

/** A page of the preview itself (not of the report), e.g. `/__staat/status`. */
export type PreviewPage = () => string | Promise<string>;

export class PreviewServer {
  private readonly server: Server;
  private readonly clients = new Set<ServerResponse>();
  private readonly pages = new Map<string, PreviewPage>();

  constructor(private state: PreviewState) {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  /** Serves `render()` at `path` (exact match) as an HTML page of the preview, with the overlay and reload. */
  page(path: string, render: PreviewPage): void {
    this.pages.set(path, render);
  }

  update(state: PreviewState): void {
    this.state = state;
    for (const client of this.clients) client.write('event: reload\ndata: \n\n');
  }

  close(): Promise<void> {
    for (const client of this.clients) client.end();
    this.clients.clear();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.route(req, res).catch((error: unknown) => {
      // A preview page that fails must not take the server down; the terminal gets the reason.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Interne fout in staat dev: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only pages opened as localhost may read the preview: a web page elsewhere that points its
    // own host name at 127.0.0.1 (DNS rebinding) sends another Host header and is refused.
    if (!/^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/i.test(req.headers.host ?? '')) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Alleen bereikbaar via 127.0.0.1 of localhost.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': verbonden\n\n');
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
      return;
    }
    const own = this.pages.get(url.pathname);
    if (own !== undefined) {
      this.send(res, req, 200, 'html', this.decorate(await own()));
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '' || path.endsWith('/')) path += 'index.html';
    else if (!this.has(path) && this.has(`${path}/index.html`)) {
      res.writeHead(301, { Location: `/${path}/` }).end();
      return;
    }
    const ext = path.slice(path.lastIndexOf('.') + 1);
    let body: FileContent | undefined;
    try {
      body = await this.lookup(path);
    } catch (error) {
      // A page that cannot be made (a template mistake) gets the overlay that explains it.
      const reason = error instanceof Error ? error.message : String(error);
      this.send(res, req, 500, 'html', this.decorate(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Fout – staat dev</title></head><body><p>Deze pagina kon niet worden gemaakt: ${escapeHtml(reason)}</p></body></html>`));
      return;
    }
    if (body === undefined) {
      const empty = this.state.files.empty && this.state.fallback === undefined;
      const text = empty ? 'Er is nog geen rapport: los de fouten hieronder op.' : 'Deze pagina bestaat niet. <a href="/">Naar het overzicht</a>.';
      this.send(res, req, 404, 'html', this.decorate(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Niet gevonden – staat dev</title></head><body><p>${text}</p></body></html>`));
      return;
    }
    this.send(res, req, 200, ext, ext === 'html' ? this.decorate(typeof body === 'string' ? body : new TextDecoder().decode(body)) : body);
  }

  private has(path: string): boolean {
    return this.state.files.has(path) || (this.state.fallback?.has(path) ?? false);
  }

  /** The content of `path` in the state shown; when that state is replaced while the page is made, from the new one. */
  private async lookup(path: string): Promise<FileContent | undefined> {
    const state = this.state;
    try {
      return await fromState(state, path);
    } catch (error) {
      if (this.state === state) throw error;
      return fromState(this.state, path);
    }
  }

  /** The overlay (when there are problems) and the reload hook, just before `</body>`. */
  private decorate(html: string): string {
    return beforeBodyEnd(html, (this.state.overlay ?? '') + RELOAD_SCRIPT);
  }

  private send(res: ServerResponse, req: IncomingMessage, status: number, ext: string, body: FileContent): void {
    res.writeHead(status, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

async function fromState(state: PreviewState, path: string): Promise<FileContent | undefined> {
  if (state.files.has(path)) return state.files.get(path);
  return state.fallback?.has(path) ? state.fallback.get(path) : undefined;
}

function beforeBodyEnd(html: string, insert: string): string {
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + insert : html.slice(0, at) + insert + html.slice(at);
}
