import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIO } from '../build/io.js';

const FIXTURE = new URL('../fixtures/status/', import.meta.url).pathname;

/** The rows of the overview page as [organisatie, state], in page order. */
const rows = (html: string): string[][] => [...html.matchAll(/<tr class="([a-z]+)"><th scope="row">.*?<span class="id">\(([a-z0-9-]+)\)<\/span>/g)].map((m) => [m[2] as string, m[1] as string]);

describe('staat dev: the submissions overview page', () => {
  let work: string;
  const stop = new AbortController();
  let port = 0;
  let exit: Promise<number>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'staat-dev-status-'));
    cpSync(FIXTURE, join(work, 'content'), { recursive: true });
    const c = captureIO(work);
    const listening = new Promise<number>((resolve) => {
      c.io.onListening = resolve;
    });
    c.io.signal = stop.signal;
    exit = main(['dev', '--content', 'content', '--port', '0', '--quiet'], c.io);
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

  it('shows the same rows as staat status, and follows a saved Stand', async () => {
    const page = await get('/__staat/status');
    expect(page.status).toBe(200);
    expect(rows(page.text)).toEqual([['toeslagen', 'fouten'], ['ind', 'ontbrekend'], ['svb', 'ontbrekend'], ['rvo', 'compleet'], ['uwv', 'compleet']]);

    const svb = readFileSync(join(work, 'content/standen/2023/svb.yaml'), 'utf8').replace('verslagjaar: 2023', 'verslagjaar: 2024');
    writeFileSync(join(work, 'content/standen/2024/svb.yaml'), svb);
    const end = Date.now() + 15_000;
    let now = rows(page.text);
    while (Date.now() < end && !now.some(([id, state]) => id === 'svb' && state === 'compleet')) {
      await new Promise((r) => setTimeout(r, 150));
      now = rows((await get('/__staat/status').catch(() => page)).text);
    }
    expect(now).toEqual([['toeslagen', 'fouten'], ['ind', 'ontbrekend'], ['rvo', 'compleet'], ['svb', 'compleet'], ['uwv', 'compleet']]);
  });

  it('is not part of the built report', async () => {
    const out = join(work, 'out');
    const c = captureIO(work);
    // The fixture has an error on purpose; fix it so the build writes the report.
    const file = join(work, 'content/standen/2024/toeslagen.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('gegevensdeling', 'gegevensuitwisseling'));
    expect(await main(['build', '--content', 'content', '--out', out, '--quiet'], c.io)).toBe(0);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(out, { recursive: true }).map(String).filter((p) => p.includes('__staat'))).toEqual([]);
  });
});
