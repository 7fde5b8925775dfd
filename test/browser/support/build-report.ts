/** Builds a content tree once, in-process, the way CI builds the yearly edition. */
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

/** Builds `content` (default: the bundled content) into a new temporary folder. */
export async function buildReport(content: string = CONTENT_DIR, tmp: string = mkdtempSync(join(tmpdir(), 'staat-browser-'))): Promise<BuiltReport> {
  const out = join(tmp, 'out');
  let stderr = '';
  const exitCode = await main(['build', '--content', content, '--out', out, '--quiet'], {
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

/** A generated content tree of `orgs` organisations over four years (bench/generate.mjs), built. */
export async function buildGeneratedReport(orgs: number): Promise<BuiltReport> {
  const tmp = mkdtempSync(join(tmpdir(), 'staat-browser-gen-'));
  const content = join(tmp, 'content');
  // A plain .mjs script without types; the path is typed as string so tsc does not resolve it.
  const generator = (await import(new URL('../../../bench/generate.mjs', import.meta.url).href as string)) as {
    generateTree(options: { orgs: number; years: number; out: string }): unknown;
  };
  generator.generateTree({ orgs, years: 4, out: content });
  return buildReport(content, tmp);
}
