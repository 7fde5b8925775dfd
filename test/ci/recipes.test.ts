/**
 * The CI recipes of docs/ci/ are ready to copy: they parse, wire the reports to the files the
 * staat commands write, and every staat command in them runs against content/ from the
 * repository root, as the CI would.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIO } from '../build/io.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CONTENT = join(ROOT, 'content');
type Json = Record<string, unknown>;

const github = parse(readFileSync(join(ROOT, 'docs/ci/github-actions.yml'), 'utf8')) as Json;
const gitlab = parse(readFileSync(join(ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8')) as Json;

interface StaatCommand {
  args: string[];
  /** The file stdout is redirected to, if any. */
  stdoutFile?: string;
}

/** `npx staat lint --format x > file || true` → its arguments and redirect; other shell lines are not ours. */
function staatCommands(lines: string[]): StaatCommand[] {
  return lines.flatMap((line) => {
    const m = /npx staat ([^>|&;]+?)\s*(?:>\s*(\S+))?\s*(?:\|\|.*)?$/.exec(line.trim());
    if (!m) return [];
    return [{ args: m[1]!.trim().split(/\s+/), ...(m[2] ? { stdoutFile: m[2] } : {}) }];
  });
}

const jobs = (github['jobs'] ?? {}) as Record<string, { steps?: Json[] }>;
const githubLines = Object.values(jobs).flatMap((job) => (job.steps ?? []).flatMap((s) => (typeof s['run'] === 'string' ? s['run'].split('\n') : [])));
const gitlabJobs = Object.entries(gitlab).filter(([key, v]) => !['image', 'stages', 'cache', 'before_script', 'variables', 'default'].includes(key) && v !== null && typeof v === 'object') as [string, Json][];
const gitlabLines = gitlabJobs.flatMap(([, job]) => (Array.isArray(job['script']) ? (job['script'] as string[]) : []));

describe('docs/ci recipes', () => {
  it('GitHub: annotations and a SARIF upload on pull requests, report and PDF as artifact and on Pages', () => {
    const lint = jobs['lint']!.steps!;
    const commands = staatCommands(githubLines);
    expect(commands.map((c) => c.args.join(' '))).toEqual(['lint --format github', 'lint --format sarif', 'build --pdf --out dist']);
    const sarif = commands.find((c) => c.args.includes('sarif'))!;
    const upload = lint.find((s) => String(s['uses']).startsWith('github/codeql-action/upload-sarif'));
    expect((upload?.['with'] as Json)['sarif_file']).toBe(sarif.stdoutFile);
    const build = jobs['build']!.steps!;
    expect(build.some((s) => String(s['uses']).startsWith('actions/upload-artifact') && (s['with'] as Json)['path'] === 'dist')).toBe(true);
    expect(build.some((s) => String(s['uses']).startsWith('actions/upload-pages-artifact') && (s['with'] as Json)['path'] === 'dist')).toBe(true);
    expect(jobs['pages']!.steps!.some((s) => String(s['uses']).startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('GitLab: codequality and junit reports from the files staat writes, and Pages from public/', () => {
    const lint = gitlabJobs.find(([name]) => name === 'lint')![1];
    const reports = ((lint['artifacts'] as Json)['reports'] ?? {}) as Json;
    const commands = staatCommands(gitlabLines);
    expect(commands.find((c) => c.args.includes('gitlab'))?.stdoutFile).toBe(reports['codequality']);
    expect(commands.find((c) => c.args.includes('junit'))?.stdoutFile).toBe(reports['junit']);
    expect((lint['artifacts'] as Json)['when']).toBe('always');
    const pages = gitlabJobs.find(([name]) => name === 'pages')![1];
    expect((pages['artifacts'] as Json)['paths']).toEqual(['public']);
    expect(commands.find((c) => c.args[0] === 'build')?.args).toEqual(['build', '--pdf', '--out', 'public']);
  });
});

describe('the staat commands of the recipes, run from the repository root against content/', () => {
  let repo: string;
  let buildHelp = '';
  const schema = JSON.parse(readFileSync(new URL('../format/gitlab-codequality.schema.json', import.meta.url), 'utf8')) as object;

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'staat-ci-'));
    cpSync(CONTENT, join(repo, 'content'), { recursive: true });
    const help = captureIO(repo);
    await main(['build', '--help'], help.io);
    buildHelp = help.stdout();
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  const run = async (command: StaatCommand): Promise<number> => {
    // The PDF is printed by Chromium and tested with src/pdf; here the recipes' build runs without
    // it (twice a PDF would take minutes on a busy CI), and --pdf must be a flag staat knows.
    if (command.args.includes('--pdf')) expect(buildHelp).toContain('--pdf');
    const args = command.args.filter((a) => a !== '--pdf');
    const c = captureIO(repo, { SOURCE_DATE_EPOCH: '1725840000', NO_COLOR: '1' });
    const code = await main(args, c.io);
    if (command.stdoutFile) writeFileSync(join(repo, command.stdoutFile), c.stdout());
    return code;
  };

  it.each(staatCommands([...githubLines, ...gitlabLines]).map((c) => [c.args.join(' '), c] as const))('staat %s', async (_name, command) => {
    expect(await run(command)).toBe(0);
    if (command.stdoutFile?.endsWith('.json')) expect(new Ajv({ strict: false }).validate(schema, JSON.parse(readFileSync(join(repo, command.stdoutFile), 'utf8')))).toBe(true);
    if (command.stdoutFile?.endsWith('.sarif')) expect(JSON.parse(readFileSync(join(repo, command.stdoutFile), 'utf8'))).toMatchObject({ version: '2.1.0' });
    if (command.stdoutFile?.endsWith('.xml')) expect(readFileSync(join(repo, command.stdoutFile), 'utf8')).toMatch(/<testsuites[\s>]/);
    const out = command.args[command.args.indexOf('--out') + 1];
    if (command.args[0] === 'build' && out !== undefined) expect(existsSync(join(repo, out, 'index.html'))).toBe(true);
  }, 120_000);
});
