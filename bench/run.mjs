#!/usr/bin/env node
// The benchmark behind `npm run bench`: generates two content trees in bench/out/
// (60 and 600 organisations × 4 years) and measures on each: a cold build (no cache), a warm
// build (nothing changed), a rebuild after one Stand changed, `staat lint` of one Stand,
// `staat dev` from saving a Stand to the page showing it, and two peers on the same tree:
// Hugo building an equivalent minimal site and a single-threaded floor script. It prints the
// median, min and max of wall and CPU time per scenario, peak memory, and the ratios to the
// peers. See bench/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateTree } from './generate.mjs';
import { hugoSite } from './hugo-site.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
const outDir = join(benchDir, 'out');
const YEARS = 4;
const LAST_YEAR = 2025;
const LINT_ORG = 'uwv'; // always present as .md in every year (see gen/registers.mjs)

const { values: opts } = parseArgs({
  options: {
    'runs-small': { type: 'string' },
    'runs-large': { type: 'string' },
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    only: { type: 'string' }, // small | large
    scenario: { type: 'string' }, // dev: only `staat dev` opslaan→pagina (no builds, no peers)
    seed: { type: 'string', default: '1' },
    regenerate: { type: 'boolean', default: false },
    'no-warmup': { type: 'boolean', default: false },
    measure: { type: 'string', default: process.env.BENCH_MEASURE ?? 'auto' }, // auto | time | wrapper
    hugo: { type: 'string', default: process.env.BENCH_HUGO ?? 'hugo' },
    cli: { type: 'string' }, // another entry point, e.g. to test this script with a stub
  },
});
const cli = opts.cli ? resolve(opts.cli) : join(repoRoot, 'bin', 'staat.js');
const runsSmall = Number(opts['runs-small'] ?? (opts.quick ? 2 : 5));
const runsLarge = Number(opts['runs-large'] ?? (opts.quick ? 1 : 3));

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

/** GNU time if it works here (it reports the child's max RSS and CPU), else the in-process wrapper. */
function chooseMeasure() {
  if (opts.measure === 'wrapper') return 'wrapper';
  const probe = join(mkdtempSync(join(tmpdir(), 'staat-bench-')), 'probe');
  const ok = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', probe, 'true']).status === 0 &&
    /^\d+ [\d.]+ [\d.]+\s*$/.test(readFileSync(probe, 'utf8'));
  rmSync(dirname(probe), { recursive: true, force: true });
  if (!ok && opts.measure === 'time') fail('/usr/bin/time (GNU) is niet beschikbaar');
  return ok ? 'time' : 'wrapper';
}

/**
 * Runs one command once: `{ staat: ARGS }` (node bin/staat.js ARGS), `{ node: [SCRIPT, …] }` or
 * `{ exec: [PROGRAM, …] }`. Returns wall time (ms, spawn to exit, so including start-up), CPU
 * time (user + system, ms; all threads) and max RSS (KB).
 */
function runOnce(method, cmd) {
  const work = mkdtempSync(join(tmpdir(), 'staat-bench-'));
  const result = join(work, 'rss');
  const sub = (list) => list.map((a) => a.replaceAll('{work}', work));
  let argv;
  if (cmd.staat) {
    argv = method === 'time'
      ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', result, process.execPath, cli, ...sub(cmd.staat)]]
      : [process.execPath, [join(benchDir, 'measure.mjs'), result, cli, ...sub(cmd.staat)]];
  } else {
    const program = cmd.node ? [process.execPath, ...sub(cmd.node)] : sub(cmd.exec);
    argv = method === 'time' ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', result, ...program]] : [program[0], program.slice(1)];
  }
  const started = process.hrtime.bigint();
  const child = spawnSync(argv[0], argv[1], {
    cwd: cmd.cwd ?? repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const raw = existsSync(result) ? readFileSync(result, 'utf8') : '';
  rmSync(work, { recursive: true, force: true }); // before fail(): process.exit skips `finally`
  if (child.error) fail(`kon ${argv[0]} niet starten: ${child.error.message}`);
  if (child.status !== 0) fail(`'${argv[1].join(' ')}' eindigde met code ${child.status}`, child.stderr);
  if (method === 'time') {
    const [rss, user, sys] = raw.trim().split('\n').pop().split(' ').map(Number);
    return { wallMs, cpuMs: (user + sys) * 1000, maxRssKb: rss };
  }
  if (!raw) return { wallMs, cpuMs: NaN, maxRssKb: NaN };
  const r = JSON.parse(raw);
  return { wallMs, cpuMs: r.cpuMs, maxRssKb: r.maxRssKb };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function summarize(key, label, standen, samples) {
  const walls = samples.map((s) => s.wallMs);
  const cpus = samples.map((s) => s.cpuMs);
  return {
    key, label, standen, runs: samples.length,
    medianS: median(walls) / 1000, minS: Math.min(...walls) / 1000, maxS: Math.max(...walls) / 1000,
    cpuS: median(cpus) / 1000,
    peakRssMb: Math.max(...samples.map((s) => s.maxRssKb)) / 1024,
  };
}

/** `before(i)` runs before every run (warm-up included) and is not timed. */
function measure(method, key, label, standen, runs, cmd, before = () => {}) {
  if (!opts['no-warmup']) {
    before(-1);
    runOnce(method, cmd); // warm the file cache and Node's compile cache; not counted
  }
  const samples = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    samples.push(runOnce(method, cmd));
    process.stderr.write(`  ${label}: run ${i + 1}/${runs} ${(samples[i].wallMs / 1000).toFixed(2)} s (CPU ${(samples[i].cpuMs / 1000).toFixed(2)} s)\n`);
  }
  return summarize(key, label, standen, samples);
}

/** A Stand of the edition with a changed knelpunt and samenvatting: a real change each time. */
function standChanger(stand) {
  const original = readFileSync(stand, 'utf8');
  let n = 0;
  // fail() exits without running `finally`: the Stand is put back on any exit, or the next
  // bench run would change an already changed Stand (and its title would grow too long).
  process.once('exit', () => writeFileSync(stand, original));
  return {
    change: () => {
      n += 1;
      const marker = `bench-wijziging-${process.pid}-${n}`;
      // A knelpunt's title and description and the samenvatting: what an editor typically touches.
      const changed = original
        .replace('\n    titel: ', `\n    titel: Gewijzigd ${marker} – `)
        .replace('\n    beschrijving: ', `\n    beschrijving: Gewijzigd (${marker}). `);
      if (changed === original) fail(`${stand}: geen knelpunt met titel en beschrijving om te wijzigen`);
      writeFileSync(stand, `${changed}${changed.endsWith('\n') ? '' : '\n'}\nGewijzigd (${marker}).\n`);
      return marker;
    },
    restore: () => writeFileSync(stand, original),
  };
}

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function get(port, path) {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => done(body));
    });
    req.on('error', () => done(''));
    req.end();
  });
}

/**
 * `staat dev`: from writing a changed Stand to its page (served from memory) showing the
 * change, polled every 5 ms. The debounce of dev (40 ms) is part of what a user waits for.
 */
async function measureDev(tree, stand, runs) {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'dev', '--content', tree, '--port', String(port), '--quiet'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const changer = standChanger(stand);
  const path = `/organisaties/${LINT_ORG}/`;
  const samples = [];
  // fail() exits at once, past any `finally`: the Stand is restored and dev stopped first.
  let failure;
  try {
    const deadline = Date.now() + 600_000;
    while (!(await get(port, path)).includes('<html')) {
      if (Date.now() > deadline || child.exitCode !== null) throw (failure = 'staat dev kwam niet op');
      await new Promise((r) => setTimeout(r, 50));
    }
    for (let i = -1; i < runs; i++) {
      const started = process.hrtime.bigint();
      const marker = changer.change();
      while (!(await get(port, path)).includes(marker)) {
        if (Date.now() > deadline || child.exitCode !== null) throw (failure = 'staat dev toonde de wijziging niet');
        await new Promise((r) => setTimeout(r, 5));
      }
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (i >= 0) {
        samples.push({ wallMs, cpuMs: NaN, maxRssKb: NaN });
        process.stderr.write(`  dev opslaan→pagina: run ${i + 1}/${runs} ${(wallMs / 1000).toFixed(2)} s\n`);
      }
      await new Promise((r) => setTimeout(r, 300)); // let the build finish its writes
    }
  } catch (error) {
    if (failure === undefined) throw error;
  } finally {
    changer.restore();
    child.kill('SIGINT');
  }
  if (failure !== undefined) fail(failure, stderr);
  return samples;
}

function printTable(rows, method) {
  const header = ['meting', 'Standen', 'runs', 'mediaan (s)', 'min (s)', 'max (s)', 'CPU (s)', 'piek-RSS (MB)'];
  const num = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : '–');
  const lines = rows.map((r) => [r.label, String(r.standen), String(r.runs), num(r.medianS, 2), num(r.minS, 2), num(r.maxS, 2), num(r.cpuS, 2), num(r.peakRssMb, 0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  process.stdout.write(`${row(header)}\n|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|\n`);
  for (const l of lines) process.stdout.write(`${row(l)}\n`);
  process.stdout.write(`\nNode ${process.version}, ${process.platform}/${process.arch}; geheugen en CPU gemeten met ${method === 'time' ? '/usr/bin/time -f "%M %U %S"' : 'bench/measure.mjs (process.resourceUsage())'}\n`);
}

function printRatios(rows) {
  const by = new Map(rows.map((r) => [r.key, r]));
  const lines = [];
  for (const size of ['small', 'large']) {
    const hugo = by.get(`${size}:hugo`);
    const floor = by.get(`${size}:floor`);
    for (const [key, name] of [['cold', 'koude build'], ['warm', 'warme build'], ['changed', 'één Stand gewijzigd']]) {
      const r = by.get(`${size}:${key}`);
      if (!r) continue;
      const parts = [];
      if (hugo) parts.push(`${(r.medianS / hugo.medianS).toFixed(2)}× Hugo (CPU ${(r.cpuS / hugo.cpuS).toFixed(2)}×)`);
      if (floor) parts.push(`${(r.medianS / floor.medianS).toFixed(2)}× de vloer (CPU ${(r.cpuS / floor.cpuS).toFixed(2)}×)`);
      if (parts.length > 0) lines.push(`- ${size === 'small' ? 60 : 600} org., ${name}: ${parts.join(', ')}`);
    }
  }
  for (const size of ['small', 'large']) {
    const hugo = by.get(`${size}:hugo`);
    const pagefind = by.get(`${size}:pagefind`);
    if (hugo && pagefind) lines.push(`- ${size === 'small' ? 60 : 600} org., Pagefind alleen: ${(pagefind.medianS / hugo.medianS).toFixed(2)}× Hugo (CPU ${(pagefind.cpuS / hugo.cpuS).toFixed(2)}×)`);
  }
  if (lines.length > 0) process.stdout.write(`\nVerhoudingen (mediaan wall-tijd; CPU-tijd tussen haakjes):\n${lines.join('\n')}\n`);
}

/** Pagefind's CLI from the package staat uses (its `bin`; the package exports only its Node API). */
const pagefindCli = join(repoRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/**
 * The report staat builds from `tree`, without its search index (not timed): what Pagefind's own
 * CLI indexes for the "zoekindex alleen" row, the part of every build with search that staat
 * cannot make faster (Pagefind cannot add to an index, so every changed build makes it anew).
 */
function reportWithoutIndex(tree, name) {
  const site = join(outDir, `rapport-${name}`);
  rmSync(site, { recursive: true, force: true });
  const built = spawnSync(process.execPath, [cli, 'build', '--content', tree, '--out', site, '--quiet'], { encoding: 'utf8' });
  if (built.status !== 0) fail(`staat build van ${name} eindigde met code ${built.status}`, built.stderr);
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  return site;
}

async function main() {
  if (!existsSync(cli)) fail(`${cli} bestaat niet; de CLI is nog niet gebouwd (npm run build:ts?)`);
  const method = chooseMeasure();
  const hugo = spawnSync(opts.hugo, ['version'], { encoding: 'utf8' }).status === 0 ? opts.hugo : undefined;
  if (!hugo) process.stderr.write(`bench: '${opts.hugo}' niet gevonden (apt-get install hugo); Hugo wordt overgeslagen\n`);
  const rows = [];
  const scenarios = [['small', 60, runsSmall], ['large', 600, runsLarge]].filter(([name]) => !opts.only || opts.only === name);
  if (scenarios.length === 0) fail(`onbekende --only '${opts.only}' (small of large)`);
  if (opts.scenario !== undefined && opts.scenario !== 'dev') fail(`onbekend --scenario '${opts.scenario}' (dev)`);
  const devOnly = opts.scenario === 'dev';
  for (const [name, orgs, runs] of scenarios) {
    const tree = ensureTree(name, orgs);
    const { files, bytes } = treeStats(tree);
    process.stderr.write(`boom ${name}: ${files} Standen, ${(bytes / 1e6).toFixed(1)} MB\n`);
    const stand = join(tree, 'standen', String(LAST_YEAR), `${LINT_ORG}.md`);
    if (!existsSync(stand)) fail(`${stand} ontbreekt in de gegenereerde boom`);
    const cache = join(tree, '.staat', 'cache');
    const build = ['build', '--content', tree, '--out', join('{work}', 'dist'), '--quiet'];
    const label = (what) => `${what}, ${orgs} org.`;
    if (devOnly) {
      rows.push(summarize(`${name}:dev`, label('dev opslaan→pagina'), 1, await measureDev(tree, stand, runs)));
      continue;
    }

    rows.push(measure(method, `${name}:cold`, label('build koud'), files, runs, { staat: build }, () => rmSync(cache, { recursive: true, force: true })));
    rows.push(measure(method, `${name}:warm`, label('build warm, niets gewijzigd'), files, runs, { staat: build }));
    const changer = standChanger(stand);
    try {
      rows.push(measure(method, `${name}:changed`, label('build na één gewijzigde Stand'), files, runs, { staat: build }, () => changer.change()));
    } finally {
      changer.restore();
    }
    rows.push(measure(method, `${name}:lint`, label(`lint 1 Stand (${LINT_ORG}.md, warm)`), 1, runs, { staat: ['lint', '--content', tree, stand] }));
    rows.push(summarize(`${name}:dev`, label('dev opslaan→pagina'), 1, await measureDev(tree, stand, runs)));
    if (hugo) {
      const site = join(outDir, `hugo-${name}`);
      hugoSite(tree, site);
      rows.push(measure(method, `${name}:hugo`, label('Hugo, gelijkwaardige site'), files, runs, { exec: [hugo, '--quiet', '--source', site, '--destination', join('{work}', 'public')] }));
    }
    rows.push(measure(method, `${name}:floor`, label('vloer: lezen, YAML, Markdown (1 draad)'), files, runs, { node: [join(benchDir, 'floor.mjs'), tree] }));
    const site = reportWithoutIndex(tree, name);
    rows.push(measure(method, `${name}:pagefind`, label('zoekindex alleen: Pagefind over het rapport'), files, runs, { node: [pagefindCli, '--site', site, '--output-path', join('{work}', 'pagefind'), '--force-language', 'nl', '--keep-index-url', '--silent'] }));
  }
  printTable(rows, method);
  printRatios(rows);
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ node: process.version, cli: relative(repoRoot, cli), method, rows }, null, 2)}\n`);
}

await main();
