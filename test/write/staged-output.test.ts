// The output folder a build streams its files into: nothing of it is visible in --out before
// commit(), a failed write surfaces as a UsageError (exit 2, not a crash), and discard() leaves
// the previous output and no temporary folder behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/usage-error.js';
import { MANIFEST, StagedOutput, writeOutput } from '../../src/write/output-dir.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'staat-staged-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.staat-'));

/** A fresh folder `name` with an output `site` that holds one file from an earlier build. */
async function earlierOutput(name: string, file: string, text: string): Promise<{ dir: string; out: string }> {
  const dir = join(work, name);
  mkdirSync(dir);
  const out = join(dir, 'site');
  await writeOutput(out, new Map([[file, text]]), { files: [file] });
  return { dir, out };
}

describe('StagedOutput', () => {
  it('shows nothing in the output before commit, then all of it at once', async () => {
    const { dir, out } = await earlierOutput('commit', 'oud.html', 'oud');
    const staged = StagedOutput.open(out);
    try {
      staged.write('index.html', '<p>nieuw</p>');
      staged.write('a/b/c.json', Buffer.from('{}'));
      await staged.flush();
      expect(staged.read('a/b/c.json').toString()).toBe('{}');
      expect(readdirSync(out).sort()).toEqual([MANIFEST, 'oud.html']);
      expect(staged.paths).toEqual(['index.html', 'a/b/c.json']);
      await staged.commit({ files: staged.paths });
    } finally {
      await staged.discard();
    }
    expect(readdirSync(out).sort()).toEqual([MANIFEST, 'a', 'index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>nieuw</p>');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a failed write is a UsageError at flush and commit; discard keeps the previous output', async () => {
    const { dir, out } = await earlierOutput('fail', 'index.html', 'vorige');
    const staged = StagedOutput.open(out);
    try {
      staged.write('a', 'een bestand');
      await staged.flush();
      staged.write('a/b.html', 'waar een map moet staan'); // ENOTDIR
      await expect(staged.flush()).rejects.toBeInstanceOf(UsageError);
      await expect(staged.commit({})).rejects.toBeInstanceOf(UsageError);
    } finally {
      await staged.discard();
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('vorige');
    expect(leftovers(dir)).toEqual([]);
  });

  it('discard before commit removes what was written, writes under way included', async () => {
    const dir = join(work, 'discard');
    mkdirSync(dir);
    const staged = StagedOutput.open(join(dir, 'site'));
    for (let i = 0; i < 200; i++) staged.write(`p${i % 7}/${i}.html`, Buffer.alloc(64 * 1024, 65));
    await staged.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes thousands of files in one go with few files open (macOS allows 256)', async () => {
    const { ensureLib, REPO } = await import('../support/lib.js');
    ensureLib();
    const out = join(work, 'many', 'site');
    const script = `
      const { StagedOutput } = await import(${JSON.stringify(join(REPO, 'lib/write/output-dir.js'))});
      const staged = StagedOutput.open(${JSON.stringify(out)});
      for (let i = 0; i < 3000; i++) staged.write('f/' + (i % 40) + '/' + i + '.bin', Buffer.alloc(1000, i % 256));
      await staged.commit({});
      await staged.discard();`;
    const run = spawnSync('bash', ['-c', 'ulimit -n 64 && exec "$0" --input-type=module -e "$1"', process.execPath, script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(out, 'f', '7'))).toHaveLength(75);
  });

  it('an output folder that cannot be made is a UsageError', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    expect(() => StagedOutput.open(join(file, 'site'))).toThrow(UsageError);
    expect(existsSync(join(file, 'site'))).toBe(false);
  });
});
