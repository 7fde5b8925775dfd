/** Builds the bundled content once, in-process, the way CI builds the yearly edition. */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli.js';

export const CONTENT_DIR = resolve(fileURLToPath(new URL('../../../content', import.meta.url)));

export interface BuiltReport {
  /** The temporary folder holding `out/`. */
  tmp: string;
  out: string;
  exitCode: number;
  stderr: string;
}

export async function buildReport(): Promise<BuiltReport> {
  const tmp = mkdtempSync(join(tmpdir(), 'staat-browser-'));
  const out = join(tmp, 'out');
  let stderr = '';
  const exitCode = await main(['build', '--content', CONTENT_DIR, '--out', out, '--quiet'], {
    stdout: { write() {} },
    stderr: {
      write(text: string) {
        stderr += text;
      },
    },
    cwd: tmp,
    env: { SOURCE_DATE_EPOCH: '1725840000' },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => 0,
  });
  return { tmp, out, exitCode, stderr };
}

/** Every `.html` file under `dir`, as sorted forward-slash paths relative to it. */
export function htmlPages(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}
