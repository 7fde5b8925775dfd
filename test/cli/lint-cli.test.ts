/**
 * `staat lint` as a command: output formats, exit codes 0/1/2, --strict, --max-warnings,
 * `lint PATH` (only those files reported, the others are context), finding the content root,
 * and one smoke test of the real executable.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { base, buildTree, lintCase, makeIO, PLANTED_DIR, runLint, type JsonReport } from '../lint/harness.js';
import { sub } from '../lint/rule-cases.js';

const UWV = 'standen/2024/uwv.md';
const SVB = 'standen/2024/svb.yaml';
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** One error (unknown thema, uwv.md 11:12) and one warning (missing oplossingsrichting, svb.yaml 6:5). */
const ONE_ERROR_ONE_WARNING = {
  [UWV]: sub(base(UWV), 'thema: capaciteit-personeel', 'thema: capacitiet-personeel'),
  [SVB]: sub(base(SVB), '    oplossingsrichting: Eenvoudiger regels.\n', ''),
};
const ONE_WARNING = { [SVB]: ONE_ERROR_ONE_WARNING[SVB] };

describe('formats', () => {
  let tree: ReturnType<typeof buildTree>;
  beforeAll(() => {
    tree = buildTree(ONE_ERROR_ONE_WARNING);
  });
  afterAll(() => tree.cleanup());

  it('json: the contract shape, on stdout only', async () => {
    const r = await runLint(tree.root, { format: 'json' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.json?.version).toBe(1);
    expect(r.json?.summary).toEqual({ files: 9, errors: 1, warnings: 1, infos: 0 });
    const m = r.json?.files.find((f) => f.path === UWV)?.messages[0];
    expect(m).toMatchObject({ ruleId: 'unknown-thema', severity: 'error', line: 11, column: 12, endLine: 11, endColumn: 32, pointer: '/knelpunten/0/thema', suggestions: ['capaciteit-personeel'] });
    expect(Object.keys(m ?? {})).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']));
  });

  it('stylish: problems on stderr, nothing on stdout', async () => {
    const r = await runLint(tree.root, { format: 'stylish' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('standen/2024/uwv.md');
    expect(r.stderr).toContain('11:12');
    expect(r.stderr).toContain('unknown-thema');
    expect(r.stderr).toContain('missing-oplossingsrichting');
    expect(r.stderr).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('sarif: one result per problem with the exact region', async () => {
    const r = await runLint(tree.root, { format: 'sarif' });
    expect(r.exitCode).toBe(1);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]?.results ?? [];
    expect(results.map((x) => x.ruleId).sort()).toEqual(['missing-oplossingsrichting', 'unknown-thema']);
    const thema = results.find((x) => x.ruleId === 'unknown-thema');
    expect(thema?.level).toBe('error');
    expect(thema?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(UWV);
    expect(thema?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 11, startColumn: 12, endLine: 11, endColumn: 32 });
  });

  it('github: one workflow command per problem', async () => {
    const r = await runLint(tree.root, { format: 'github' });
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.trim().split('\n').filter((l) => l.startsWith('::'));
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.startsWith('::error '))).toMatch(/^::error file=standen\/2024\/uwv\.md,line=11,col=12,endLine=11,endColumn=32,title=unknown-thema::/);
    expect(lines.find((l) => l.startsWith('::warning '))).toMatch(/^::warning file=standen\/2024\/svb\.yaml,line=6,/);
  });

  it('junit: a testsuite per file, one failing testcase per error', async () => {
    const r = await runLint(tree.root, { format: 'junit' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect((r.stdout.match(/<testsuite[ >]/g) ?? []).length).toBe(9);
    expect((r.stdout.match(/<failure[ >]/g) ?? []).length).toBe(1);
  });

  it('paths are relative to the content root, prefixed by where it is from the working folder', async () => {
    const { io, out } = makeIO(join(tree.root, '..'));
    const code = await main(['lint', '--content', 'content', '--format', 'github'], io);
    expect(code).toBe(1);
    expect(out()).toContain('file=content/standen/2024/uwv.md,');
  });
});

describe('exit codes', () => {
  it('0 for a clean tree, with a line on stderr and nothing on stdout (stylish)', async () => {
    const r = await lintCase({}, { format: 'stylish' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('0 for warnings only, 1 with --strict', async () => {
    expect((await lintCase(ONE_WARNING)).exitCode).toBe(0);
    expect((await lintCase(ONE_WARNING, { args: ['--strict'] })).exitCode).toBe(1);
  });

  it('--max-warnings N: 1 only when there are more than N warnings', async () => {
    expect((await lintCase(ONE_WARNING, { args: ['--max-warnings', '0'] })).exitCode).toBe(1);
    expect((await lintCase(ONE_WARNING, { args: ['--max-warnings', '1'] })).exitCode).toBe(0);
  });

  it('--strict and --max-warnings do not count infos', async () => {
    const r = await lintCase({ [UWV]: sub(base(UWV), 'gedeeld_knelpunt: personeelstekort', 'gedeeld_knelpunt: alleen-uwv') }, { args: ['--strict', '--max-warnings', '0'] });
    expect(r.messages.map((m) => m.severity)).toEqual(['info', 'info']);
    expect(r.exitCode).toBe(0);
  });

  it.each([
    ['an unknown flag', ['--bogus']],
    ['an unknown format', ['--format', 'xml']],
    ['a --max-warnings that is no number', ['--max-warnings', 'veel']],
    ['a --max-warnings without a value', ['--max-warnings']],
  ])('2 for %s', async (_name, args) => {
    const tree = buildTree();
    try {
      const { io, err } = makeIO(tree.root);
      expect(await main(['lint', '--content', tree.root, ...args], io)).toBe(2);
      expect(err()).toMatch(/^staat: /m);
    } finally {
      tree.cleanup();
    }
  });

  it('2 when --content holds no staat.yaml, or no content root is found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staat-leeg-'));
    try {
      const a = makeIO(dir);
      expect(await main(['lint', '--content', dir], a.io)).toBe(2);
      expect(a.err()).toMatch(/^staat: .*staat\.yaml/);
      const b = makeIO(dir);
      expect(await main(['lint'], b.io)).toBe(2);
      expect(b.err()).toMatch(/^staat: .*staat\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lint PATH', () => {
  let tree: ReturnType<typeof buildTree>;
  beforeAll(() => {
    // uwv 2024 reuses 'nieuw' for a knelpunt of 2023 (needs 2023 as context); svb has an error.
    tree = buildTree({
      [UWV]: sub(base(UWV), 'status: in_uitvoering', 'status: nieuw'),
      [SVB]: sub(base(SVB), 'status: in_analyse', 'status: onbekend'),
    });
  });
  afterAll(() => tree.cleanup());

  const lintPaths = async (cwd: string, paths: string[]): Promise<{ code: number; json: JsonReport | undefined; err: string }> => {
    const { io, out, err } = makeIO(cwd);
    const code = await main(['lint', '--content', tree.root, '--format', 'json', ...paths], io);
    return { code, json: out() ? (JSON.parse(out()) as JsonReport) : undefined, err: err() };
  };

  it('reports only the given Stand, plus the registers and staat.yaml; other Standen are context', async () => {
    const r = await lintPaths(tree.root, [UWV]);
    const paths = r.json?.files.map((f) => f.path);
    expect(paths).toEqual(['registers/ministeries.yaml', 'registers/oproepen.yaml', 'registers/organisaties.yaml', 'registers/themas.yaml', 'staat.yaml', UWV]);
    const msgs = r.json?.files.flatMap((f) => f.messages.map((m) => `${f.path} ${m.ruleId} ${m.line}:${m.column}`));
    expect(msgs).toEqual([`${UWV} status-nieuw-but-known 14:13`]);
    // A warning only: the svb error is not ours to report.
    expect(r.code).toBe(0);
  });

  it('a path relative to the working folder, and a folder', async () => {
    const r = await lintPaths(join(tree.root, 'standen'), ['2024/svb.yaml']);
    expect(r.json?.files.map((f) => f.path)).toContain(SVB);
    expect(r.json?.files.map((f) => f.path)).not.toContain(UWV);
    expect(r.code).toBe(1);
    const d = await lintPaths(tree.root, ['standen/2023']);
    expect(d.json?.files.filter((f) => f.path.startsWith('standen/')).map((f) => f.path)).toEqual(['standen/2023/uwv.md']);
    expect(d.code).toBe(0);
  });

  it('2 for a path that does not exist or lies outside the content root', async () => {
    expect((await lintPaths(tree.root, ['standen/2024/bestaat-niet.md'])).code).toBe(2);
    expect((await lintPaths(tree.root, [tmpdir()])).code).toBe(2);
  });

  it('finds the content root from the working folder without --content', async () => {
    const { io, out } = makeIO(join(tree.root, 'standen', '2024'));
    const code = await main(['lint', '--format', 'json', 'svb.yaml'], io);
    expect(code).toBe(1);
    const json = JSON.parse(out()) as JsonReport;
    expect(json.files.map((f) => f.path)).toContain(SVB);
  });
});

describe('the executable (smoke)', () => {
  /** lib/ must be at least as new as src/; build it if not (npm's prepare normally does). */
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);

  beforeAll(() => {
    const lib = join(REPO, 'lib', 'cli.js');
    if (!existsSync(lib) || newest(join(REPO, 'lib')) < newest(join(REPO, 'src'))) {
      const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`build failed: ${built.stdout}${built.stderr}`);
    }
  }, 120_000);

  it('node bin/staat.js lint: exit 0 on the base tree, 1 on the planted tree, JSON on stdout', () => {
    const run = (dir: string) => spawnSync(process.execPath, [join(REPO, 'bin', 'staat.js'), 'lint', '--content', dir, '--format', 'json'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    const ok = run(join(REPO, 'test', 'fixtures', 'base'));
    expect(ok.status, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as JsonReport).summary.errors).toBe(0);
    const tree = buildTree({}, PLANTED_DIR);
    try {
      const bad = run(tree.root);
      expect(bad.status).toBe(1);
      expect((JSON.parse(bad.stdout) as JsonReport).summary.errors).toBeGreaterThan(30);
    } finally {
      tree.cleanup();
    }
  });

  it('exit 2 with a Dutch message and no stack trace for a missing content root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staat-leeg-'));
    try {
      mkdirSync(join(dir, 'x'));
      const r = spawnSync(process.execPath, [join(REPO, 'bin', 'staat.js'), 'lint'], { cwd: join(dir, 'x'), encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^staat: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
