// What the scripts that generate a committed file from schemas/ share: write it, or with
// `--check` compare and exit 1 when it is stale; `--out=<file>` writes (or checks) another file
// instead, which lets tests exercise --check safely.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs `generate` when `moduleUrl` is the script node was started with (tests import the
 * generator instead, without writing anything).
 * @param output the committed file; `npmScript` the command that regenerates it.
 */
export async function whenRunAsScript(moduleUrl, output, npmScript, generate) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const args = process.argv.slice(2);
  const outArg = args.find((a) => a.startsWith('--out='));
  const target = outArg ? resolve(outArg.slice('--out='.length)) : output;
  const expected = await generate();
  if (args.includes('--check')) {
    const actual = await readFile(target, 'utf8').catch(() => null);
    if (actual !== expected) {
      process.stderr.write(`${target} is out of date with schemas/; run \`npm run ${npmScript}\`.\n`);
      process.exitCode = 1;
    }
    return;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, expected, 'utf8');
}
