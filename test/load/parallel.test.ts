/**
 * The worker-thread loader must give exactly what loading in one thread gives: same data,
 * same problems at the same positions (including those located later through the re-parsed
 * AST), same knelpunt lines. Worker code only exists compiled, so this test uses lib/.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLib, REPO } from '../support/lib.js';

interface Lib {
  loadTreeParallel: (root: string, o: { workers: number }) => Promise<{ root: string; files: { path: string; data: unknown; knelpuntLines?: number[]; schemaValid?: boolean }[] }>;
  checkTree: (tree: unknown) => { reported: { path: string; diagnostics: unknown[] }[] };
}

let lib: Lib;
beforeAll(async () => {
  ensureLib();
  const parallel = (await import(join(REPO, 'lib/load/parallel.js'))) as Pick<Lib, 'loadTreeParallel'>;
  const check = (await import(join(REPO, 'lib/check/check-tree.js'))) as Pick<Lib, 'checkTree'>;
  lib = { ...parallel, ...check };
}, 120_000);

async function snapshot(root: string, workers: number): Promise<unknown> {
  const tree = await lib.loadTreeParallel(root, { workers });
  const checked = lib.checkTree(tree);
  return {
    files: tree.files.map((f) => ({ path: f.path, data: f.data, lines: f.knelpuntLines, valid: f.schemaValid })),
    problems: checked.reported.map((f) => ({ path: f.path, diagnostics: f.diagnostics })),
  };
}

describe('loading in worker threads', () => {
  for (const tree of ['content', 'test/fixtures/planted', 'test/fixtures/base']) {
    it(`equals loading in one thread: ${tree}`, async () => {
      const root = join(REPO, tree);
      const one = await snapshot(root, 0);
      expect(await snapshot(root, 2)).toEqual(one);
    });
  }
});
