#!/usr/bin/env node
// The benchmark behind `npm run bench`: generates two content trees in bench/out/
// (60 and 600 organisations × 4 years), times `staat build` on each and `staat lint`
// on one Stand, and prints median wall time and peak memory. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateTree } from './generate.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
const outDir = join(benchDir, 'out');
const YEARS = 4;
const LAST_YEAR = 2025;
const LINT_ORG = 'uwv'; // always present as .md in every year (see gen/registers.mjs)

const { values: opts } = parseArgs({
  options: {
    'runs-small': { type: 'string', default: '5' },
    'runs-large': { type: 'string', default: '3' },
    only: { type: 'string' }, // small | large
    seed: { type: 'string', default: '1' },
    regenerate: { type: 'boolean', default: false },
    'no-warmup': { type: 'boolean', default: false },
    measure: { type: 'string', default: process.env.BENCH_MEASURE ?? 'auto' }, // auto | time | wrapper
    cli: { type: 'string' }, // another entry point, e.g. to test this script with a stub
  },
});
const cli = opts.cli ? resolve(opts.cli) : join(repoRoot, 'bin', 'staat.js');

function fail(message, detail = '') {
  process.stderr.write(`bench: ${message}\n${detail ? `${detail.trimEnd()}\n` : ''}`);
  process.exit(1);
}

/** Hash of the generator's sources, so a stale tree is regenerated after a change. */
function generatorHash() {
  const hash = createHash('sha256');
  for (const file of ['generate.mjs', ...readdirSync(join(benchDir, 'gen')).sort().map((f) => `gen/${f}`)]) {
    hash.update(file).update(readFileSync(join(benchDir, file)));
  }
  return hash.digest('hex');
}

/** Generates (or reuses) a tree; the stamp sits next to the tree, not inside the content root. */
function ensureTree(name, orgs) {
  const tree = join(outDir, name);
  const stampFile = join(outDir, `${name}.stamp.json`);
  const stamp = JSON.stringify({ orgs, years: YEARS, lastYear: LAST_YEAR, seed: opts.seed, generator: generatorHash() });
  if (!opts.regenerate && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(tree, 'staat.yaml'))) {
    return tree;
  }
  const started = process.hrtime.bigint();
  mkdirSync(tree, { recursive: true });
  const summary = generateTree({ orgs, years: YEARS, out: tree, seed: opts.seed, lastYear: LAST_YEAR });
  writeFileSync(stampFile, stamp);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`boom ${name}: ${summary.standen} Standen gegenereerd in ${seconds.toFixed(1)} s\n`);
  return tree;
}

function treeStats(tree) {
  let files = 0;
  let bytes = 0;
  for (const year of readdirSync(join(tree, 'standen'))) {
    for (const name of readdirSync(join(tree, 'standen', year))) {
      files += 1;
      bytes += statSync(join(tree, 'standen', year, name)).size;
    }
  }
  return { files, bytes };
}

/** GNU time if it works here (it reports the child's max RSS), else the in-process wrapper. */
function chooseMeasure() {
  if (opts.measure === 'wrapper') return 'wrapper';
  const probe = join(mkdtempSync(join(tmpdir(), 'staat-bench-')), 'probe');
  const ok = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', '-o', probe, 'true']).status === 0 &&
    /^\d+\s*$/.test(readFileSync(probe, 'utf8'));
  rmSync(dirname(probe), { recursive: true, force: true });
  if (!ok && opts.measure === 'time') fail('/usr/bin/time (GNU) is niet beschikbaar');
  return ok ? 'time' : 'wrapper';
}

/** Runs `node bin/staat.js ARGS` once; returns wall time (ms, from spawn to exit) and max RSS (KB). */
function runOnce(method, args) {
  const work = mkdtempSync(join(tmpdir(), 'staat-bench-'));
  const result = join(work, 'rss');
  const argv = method === 'time'
    ? ['/usr/bin/time', ['-f', '%M', '-o', result, process.execPath, cli, ...args]]
    : [process.execPath, [join(benchDir, 'measure.mjs'), result, cli, ...args]];
  const resolvedArgs = argv[1].map((a) => a.replaceAll('{work}', work));
  const started = process.hrtime.bigint();
  const child = spawnSync(argv[0], resolvedArgs, {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const raw = existsSync(result) ? readFileSync(result, 'utf8') : '';
  rmSync(work, { recursive: true, force: true }); // before fail(): process.exit skips `finally`
  if (child.error) fail(`kon ${argv[0]} niet starten: ${child.error.message}`);
  if (child.status !== 0) {
    fail(`'node ${relative(repoRoot, cli)} ${resolvedArgs.slice(resolvedArgs.indexOf(cli) + 1).join(' ')}' eindigde met code ${child.status}`, child.stderr);
  }
  const maxRssKb = method === 'time' ? Number(raw.trim().split('\n').pop()) : JSON.parse(raw).maxRssKb;
  return { wallMs, maxRssKb };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function measure(method, label, standen, runs, args) {
  if (!opts['no-warmup']) runOnce(method, args); // warm the file cache and Node's compile cache; not counted
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(runOnce(method, args));
    process.stderr.write(`  ${label}: run ${i + 1}/${runs} ${(samples[i].wallMs / 1000).toFixed(2)} s\n`);
  }
  const walls = samples.map((s) => s.wallMs);
  return {
    label, standen, runs,
    medianS: median(walls) / 1000, minS: Math.min(...walls) / 1000, maxS: Math.max(...walls) / 1000,
    peakRssMb: Math.max(...samples.map((s) => s.maxRssKb)) / 1024,
  };
}

function printTable(rows, method) {
  const header = ['meting', 'Standen', 'runs', 'mediaan (s)', 'min (s)', 'max (s)', 'piek-RSS (MB)'];
  const lines = rows.map((r) => [r.label, String(r.standen), String(r.runs), r.medianS.toFixed(2), r.minS.toFixed(2), r.maxS.toFixed(2), r.peakRssMb.toFixed(0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  process.stdout.write(`${row(header)}\n|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|\n`);
  for (const l of lines) process.stdout.write(`${row(l)}\n`);
  process.stdout.write(`\nNode ${process.version}, ${process.platform}/${process.arch}; geheugen gemeten met ${method === 'time' ? '/usr/bin/time -f %M' : 'bench/measure.mjs (process.resourceUsage().maxRSS)'}\n`);
}

function main() {
  if (!existsSync(cli)) fail(`${cli} bestaat niet; de CLI is nog niet gebouwd (npm run build:ts?)`);
  const runsSmall = Number(opts['runs-small']);
  const runsLarge = Number(opts['runs-large']);
  const method = chooseMeasure();
  const rows = [];
  const scenarios = [['small', 60, runsSmall], ['large', 600, runsLarge]].filter(([name]) => !opts.only || opts.only === name);
  if (scenarios.length === 0) fail(`onbekende --only '${opts.only}' (small of large)`);
  for (const [name, orgs, runs] of scenarios) {
    const tree = ensureTree(name, orgs);
    const { files, bytes } = treeStats(tree);
    process.stderr.write(`boom ${name}: ${files} Standen, ${(bytes / 1e6).toFixed(1)} MB\n`);
    rows.push(measure(method, `build ${orgs} org. × ${YEARS} jaar`, files, runs,
      ['build', '--content', tree, '--out', join('{work}', 'dist')]));
    if (name === 'small') {
      const stand = join(tree, 'standen', String(LAST_YEAR), `${LINT_ORG}.md`);
      if (!existsSync(stand)) fail(`${stand} ontbreekt in de gegenereerde boom`);
      rows.push(measure(method, `lint 1 Stand (${LINT_ORG}.md, ${(statSync(stand).size / 1024).toFixed(0)} KB)`, 1, runsSmall,
        ['lint', '--content', tree, stand]));
    }
  }
  printTable(rows, method);
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ node: process.version, cli: relative(repoRoot, cli), method, rows }, null, 2)}\n`);
}

main();
