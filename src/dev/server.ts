/**
 * The preview server of `staat dev`: serves the last compiled report from memory on 127.0.0.1
 * (so no request can reach the file system), and tells open pages to reload after a rebuild.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

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
  files: ReadonlyMap<string, string | Uint8Array>;
  /** When set, every page shows this instead of the report. */
  problemsHtml: string | undefined;
}

export class PreviewServer {
  private readonly server: Server;
  private readonly clients = new Set<ServerResponse>();

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
    let path: string;
    try {
      path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '' || path.endsWith('/')) path += 'index.html';
    else if (!this.state.files.has(path) && this.state.files.has(`${path}/index.html`)) {
      res.writeHead(301, { Location: `/${path}/` }).end();
      return;
    }
    const ext = path.slice(path.lastIndexOf('.') + 1);
    if (ext === 'html' && this.state.problemsHtml !== undefined) {
      this.send(res, req, 200, 'html', withReload(this.state.problemsHtml));
      return;
    }
    const body = this.state.files.get(path);
    if (body === undefined) {
      this.send(res, req, 404, 'html', withReload('<!doctype html><html lang="nl"><meta charset="utf-8"><title>Niet gevonden</title><p>Deze pagina bestaat niet. <a href="/">Naar het overzicht</a>.</p></html>'));
      return;
    }
    this.send(res, req, 200, ext, ext === 'html' && typeof body === 'string' ? withReload(body) : body);
  }

  private send(res: ServerResponse, req: IncomingMessage, status: number, ext: string, body: string | Uint8Array): void {
    res.writeHead(status, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

function withReload(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at);
}
