import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIO } from '../build/io.js';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    // A rebuild keeps the server busy for a moment; a connection reset then just means "not yet".
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('staat dev', () => {
  let work: string;
  const stop = new AbortController();
  let port = 0;
  let exit: Promise<number>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'staat-dev-'));
    cpSync(CONTENT, join(work, 'content'), { recursive: true });
    const c = captureIO(work);
    const listening = new Promise<number>((resolve) => {
      c.io.onListening = resolve;
    });
    c.io.signal = stop.signal;
    exit = main(['dev', '--content', 'content', '--port', '0', '--quiet'], c.io);
    port = await listening;
    // The first build renders the home page before the server listens; the search index follows in the background.
  }, 60_000);

  afterAll(async () => {
    stop.abort();
    await exit;
    rmSync(work, { recursive: true, force: true });
  });

  const get = async (path: string): Promise<{ status: number; text: string; type: string | null }> => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
  };

  it('serves the report from memory on 127.0.0.1 with a reload hook', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('lang="nl"');
    expect(index.text).toContain('/__staat/events');
    expect((await get('/data/report.json')).type).toMatch(/application\/json/);
    expect((await get('/organisaties/uwv/')).status).toBe(200);
    // Search works in the preview too: the first index is made in the background and waited for.
    expect((await get('/pagefind/pagefind.js')).type).toMatch(/javascript/);
    expect((await get('/../../etc/passwd')).status).toBe(404);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('shows content errors in the page and recovers when they are fixed', async () => {
    const file = join(work, 'content/standen/2024/uwv.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/thema: [a-z-]+/, 'thema: bestaat-niet'));
    const broken = await until(async () => {
      const page = await get('/index.html');
      return page.text.includes('unknown-thema') ? page : undefined;
    });
    expect(broken.status).toBe(200);
    writeFileSync(file, good);
    await until(async () => {
      const page = await get('/index.html');
      return page.text.includes('unknown-thema') ? undefined : page;
    });
  }, 60_000);

  it('keeps serving when staat.yaml disappears for a moment, and recovers', async () => {
    const file = join(work, 'content/staat.yaml');
    const good = readFileSync(file, 'utf8');
    rmSync(file);
    await until(async () => {
      const page = await get('/index.html');
      return page.text.includes('edition-missing') ? page : undefined;
    });
    writeFileSync(file, good);
    await until(async () => {
      const page = await get('/index.html');
      return page.text.includes('edition-missing') ? undefined : page;
    });
  }, 60_000);

  it('ends cleanly with exit code 0 when stopped', async () => {
    stop.abort();
    expect(await exit).toBe(0);
  });
});
