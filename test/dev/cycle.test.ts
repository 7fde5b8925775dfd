/**
 * `staat dev --verslagjaar` over HTTP on a small tree: a concept Stand's saves appear, errors in
 * other Standen leave them out (overlay, file saved last first) without blocking, recovery, and
 * every kind of change the watcher must not miss.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { OVERLAY_ID } from '../../src/dev/overlay.js';
import { captureIO } from '../build/io.js';

const BASE = new URL('../fixtures/base/', import.meta.url).pathname;
const TEMPLATES = new URL('../../templates/', import.meta.url).pathname;

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    // A rebuild keeps the server busy for a moment; a connection reset then just means "not yet".
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('staat dev --verslagjaar over HTTP', () => {
  let work: string;
  let content: string;
  const stop = new AbortController();
  let port = 0;
  let exit: Promise<number>;
  let stderr: () => string;
  const at = (path: string): string => join(content, path);
  let uwv2025: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'staat-dev-cycle-'));
    content = join(work, 'content');
    cpSync(BASE, content, { recursive: true });
    cpSync(TEMPLATES, join(work, 'templates'), { recursive: true });
    mkdirSync(at('standen/2025'));
    uwv2025 = readFileSync(at('standen/2024/uwv.md'), 'utf8').replace('verslagjaar: 2024', 'verslagjaar: 2025');
    writeFileSync(at('standen/2025/uwv.md'), uwv2025);
    const c = captureIO(work);
    stderr = c.stderr;
    const listening = new Promise<number>((resolve) => {
      c.io.onListening = resolve;
    });
    c.io.signal = stop.signal;
    exit = main(['dev', '--content', 'content', '--templates', 'templates', '--port', '0', '--verslagjaar', '2025'], c.io);
    port = await listening;
  }, 60_000);

  afterAll(async () => {
    stop.abort();
    await exit;
    rmSync(work, { recursive: true, force: true });
  });

  const get = async (path: string): Promise<{ status: number; text: string }> => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: res.status, text: await res.text() };
  };
  const waitFor = (path: string, test: (page: { status: number; text: string }) => boolean): Promise<{ status: number; text: string }> =>
    until(async () => {
      const page = await get(path);
      return test(page) ? page : undefined;
    });

  it('shows the concept edition and says how to leave it', async () => {
    const page = await get('/organisaties/uwv/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('class="concept-banner"');
    expect(page.text).not.toContain(OVERLAY_ID);
    expect(JSON.parse((await get('/data/report.json')).text)).toMatchObject({ verslagjaar: 2025, concept: true, totalen: { standen: 1 } });
    expect(stderr()).toContain('--verslagjaar');
  });

  it('shows a saved change in the concept Stand', async () => {
    writeFileSync(at('standen/2025/uwv.md'), uwv2025.replace('Tekort aan verzekeringsartsen', 'Opgeslagen-1'));
    await waitFor('/organisaties/uwv/', (p) => p.text.includes('Opgeslagen-1'));
  }, 30_000);

  it('leaves Standen with errors out, lists them (saved last first) and keeps updating the rest', async () => {
    const svb = readFileSync(at('standen/2024/svb.yaml'), 'utf8');
    const rvo = readFileSync(at('standen/2024/rvo.md'), 'utf8');
    writeFileSync(at('standen/2024/svb.yaml'), svb.replace(/thema: [a-z-]+/, 'thema: bestaat-niet'));
    await waitFor('/', (p) => p.text.includes('standen/2024/svb.yaml'));
    writeFileSync(at('standen/2024/rvo.md'), rvo.replace(/thema: [a-z-]+/, 'thema: bestaat-ook-niet'));
    await waitFor('/', (p) => p.text.includes('standen/2024/rvo.md'));
    writeFileSync(at('standen/2025/uwv.md'), uwv2025.replace('Tekort aan verzekeringsartsen', 'Opgeslagen-2'));
    const page = await waitFor('/organisaties/uwv/', (p) => p.text.includes('Opgeslagen-2'));
    expect(page.status).toBe(200);
    const overlay = page.text.slice(page.text.indexOf(OVERLAY_ID));
    expect(overlay).toContain('unknown-thema');
    // The file saved last comes first; each error names file:line and shows its source line.
    expect(overlay.indexOf('standen/2024/rvo.md')).toBeLessThan(overlay.indexOf('standen/2024/svb.yaml'));
    expect(overlay).toMatch(/standen\/2024\/rvo\.md:\d+:\d+/);
    // The code frame: the source line with carets under the value.
    expect(overlay).toMatch(/<pre>\d+ │ +thema: bestaat-ook-niet\n *│ +\^{16}<\/pre>/);

    // Recovery: fixed files come back and the overlay goes.
    writeFileSync(at('standen/2024/svb.yaml'), svb);
    writeFileSync(at('standen/2024/rvo.md'), rvo);
    await waitFor('/organisaties/uwv/', (p) => !p.text.includes(OVERLAY_ID));
  }, 60_000);

  it('sees an atomic save (temp file renamed over the Stand)', async () => {
    const tmp = at('standen/2025/.uwv.md.tmp-1234');
    writeFileSync(tmp, uwv2025.replace('Tekort aan verzekeringsartsen', 'Opgeslagen-3'));
    renameSync(tmp, at('standen/2025/uwv.md'));
    await waitFor('/organisaties/uwv/', (p) => p.text.includes('Opgeslagen-3'));
  }, 30_000);

  it('sees a new year folder and its removal', async () => {
    mkdirSync(at('standen/2026'));
    writeFileSync(at('standen/2026/uwv.md'), uwv2025.replace('verslagjaar: 2025', 'verslagjaar: 2026').replace(/thema: [a-z-]+/, 'thema: nieuw-jaar-fout'));
    await waitFor('/', (p) => p.text.includes('standen/2026/uwv.md'));
    rmSync(at('standen/2026'), { recursive: true });
    await waitFor('/', (p) => !p.text.includes(OVERLAY_ID));
  }, 30_000);

  it('sees a deleted Stand', async () => {
    rmSync(at('standen/2025/uwv.md'));
    await waitFor('/organisaties/uwv/', (p) => p.status === 404);
    writeFileSync(at('standen/2025/uwv.md'), uwv2025);
    await waitFor('/organisaties/uwv/', (p) => p.status === 200);
  }, 30_000);

  it('sees a change to a register', async () => {
    const file = at('registers/organisaties.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('naam: Uitvoeringsinstituut Werknemersverzekeringen', 'naam: Uitvoeringsinstituut Gewijzigd'));
    await waitFor('/organisaties/uwv/', (p) => p.text.includes('Uitvoeringsinstituut Gewijzigd'));
  }, 30_000);

  it('sees a change to a template', async () => {
    const file = join(work, 'templates/layout.liquid');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</footer>', '<p>sjabloon-gewijzigd</p></footer>'));
    await waitFor('/', (p) => p.text.includes('sjabloon-gewijzigd'));
  }, 30_000);

  it('ends cleanly with exit code 0 when stopped', async () => {
    stop.abort();
    expect(await exit).toBe(0);
  });
});
