/** `staat build`: lint everything, then model, render and write the report atomically. */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkForBuild, generatedAt, modelFor, reportKeyOf, siteInputKey, writeReport, type ModelOptions } from '../build/compile.js';
import { reusedBuild, type RememberedBuild } from '../build/report-cache.js';
import { countBySeverity } from '../lint/diagnostic.js';
import { readTexts, type ReadFile } from '../load/texts.js';
import { openCache, sweepCache, type BuildCache } from '../cache/index.js';
import type { FormatName } from '../format/index.js';
import { plural } from '../format/text.js';
import { loadTreeParallel } from '../load/parallel.js';
import { DEFAULT_TEMPLATES, TemplateError } from '../render/templates.js';
import { MarkdownCache } from '../render/markdown-cache.js';
import { assertSafeOutDir, StagedOutput, writeOutput } from '../write/output-dir.js';
import { resolveContentRoot } from './content-args.js';
import { UsageError, useColor, type CliIO } from './io.js';
import { verdict } from './lint.js';
import { printProblems } from './print-problems.js';
import { formatMs, Progress } from './progress.js';
import { VERSION } from './version.js';

export { DEFAULT_TEMPLATES };

/** The templates to use: `--templates MAP` (which must exist) or the ones staat ships. */
export function templatesFolder(cwd: string, option: string | undefined): string {
  if (option === undefined) return DEFAULT_TEMPLATES;
  const dir = resolve(cwd, option);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`De sjabloonmap ${option} bestaat niet. Laat --templates weg voor de standaardsjablonen, of kopieer templates/ en pas die aan.`);
  return dir;
}

export interface BuildOptions {
  content?: string;
  out: string;
  templates?: string;
  format: FormatName;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
  /** `--verslagjaar N`: a concept edition for year N. */
  verslagjaar?: number;
  /** Also write the whole report as one PDF (needs Chromium). */
  pdf?: boolean;
  /** false: do not use or fill the build cache (`--no-cache`). */
  cache?: boolean;
}

export async function runBuild(options: BuildOptions, io: CliIO): Promise<number> {
  const started = io.now();
  const root = resolveContentRoot(io.cwd, options.content);
  const out = resolve(io.cwd, options.out);
  assertSafeOutDir(out, root, io.cwd);
  // Before any work: without Chromium there will be no PDF, and the user should hear so at once.
  const chromium = options.pdf ? (await import('../pdf/chromium.js')).findChromium(io.env) : undefined;
  const color = useColor(io, io.stderrIsTTY);
  const progress = new Progress(io, options.quiet, color);

  const cache = openCache(root, options.cache !== false);
  const modelOptions = options.verslagjaar !== undefined ? { verslagjaar: options.verslagjaar } : {};
  const templatesDir = templatesFolder(io.cwd, options.templates);
  const renderOptions = { generatedAt: generatedAt(io.env), version: VERSION, templatesDir };
  let summary: RememberedBuild;
  let written: readonly string[];
  let pdfName: string | undefined;
  const manifest = (paths: readonly string[]) => ({ generator: 'staat', version: VERSION, files: [...paths].sort() });
  // Content that made the last report: that report, and what its build printed, without
  // loading, checking or modelling anything (a PDF needs the model).
  progress.start('lezen');
  const probe = cache && chromium === undefined ? reusedReport(root, cache, modelOptions, templatesDir, renderOptions.generatedAt) : undefined;
  const reused = probe?.reused;
  if (reused) {
    progress.done(plural(reused.texts.size, 'bestand', 'bestanden'));
    progress.start('controleren');
    const result = { files: reused.build.lint.map((f) => ({ ...f, text: reused.texts.get(f.path) ?? '' })) };
    const counts = countBySeverity(result);
    progress.done(`${plural(counts.errors, 'fout', 'fouten')}, ${plural(counts.warnings, 'waarschuwing', 'waarschuwingen')}`);
    printProblems(result, options.format, io, root);
    const lintCode = verdict(counts, { strict: options.strict, quiet: options.quiet }, io);
    if (lintCode !== 0) return nothingWritten(lintCode, counts, options, io);
    if (reused.build.concept && !options.quiet) io.stderr.write(`${conceptNotice(reused.build.verslagjaar, reused.build.standen)}\n`);
    if (options.verbose && !options.quiet) io.stderr.write('    ongewijzigd sinds de vorige build: het rapport komt uit de bouwcache\n');
    progress.start('schrijven');
    written = [...reused.files.keys()];
    await writeOutput(out, reused.files, manifest(written));
    summary = reused.build;
  } else {
    const prepared = await checkedModel(root, cache, modelOptions, options, io, progress, probe?.read);
    if (typeof prepared === 'number') return prepared;
    const { model, edition, inputKey, lint } = prepared;
    summary = { lint, standen: model.report.totalen.standen, knelpunten: model.knelpunten.length, concept: model.concept, verslagjaar: model.report.verslagjaar };

    progress.start('schrijven');
    // Every file goes to the new output folder as it is made; the folder replaces the old
    // output only when all is there (and is removed when the build stops early).
    const staged = StagedOutput.open(out);
    try {
      const cached = cache ? { cache, markdownCache: new MarkdownCache(cache), ...(inputKey !== undefined ? { inputKey, remember: summary } : {}) } : {};
      await writeReport(model, edition, { ...renderOptions, ...cached }, staged, (message) => io.stderr.write(`waarschuwing: ${message}\n`));
      if (chromium !== undefined) {
        progress.start('pdf maken');
        const { pdfFileName, renderPdf } = await import('../pdf/index.js');
        await staged.flush();
        const site = new Map(staged.paths.filter((path) => path.endsWith('.html') || path.endsWith('.css')).map((path) => [path, staged.read(path)]));
        const pdf = await renderPdf(model, site, { ...renderOptions, chromium });
        const name = pdfFileName(model.report.titel);
        staged.write(name, pdf.bytes);
        pdfName = name;
        progress.done(`${name}, ${plural(pdf.pages, 'pagina', "pagina's")}`);
        progress.start('schrijven');
      }
      written = staged.paths;
      await staged.commit(manifest(written));
    } catch (error) {
      // A broken template is the editors' configuration, not a bug: name the file and line.
      if (error instanceof TemplateError) throw new UsageError(`fout in sjabloon ${error.message}\nNiets geschreven; ${out} is ongewijzigd.`);
      throw error;
    } finally {
      await staged.discard();
    }
  }
  progress.done(`${written.length} bestanden`);
  // After a complete build only: one that stopped early used only part of what the next one needs.
  if (cache) {
    const sweepStarted = io.now();
    const swept = sweepCache(cache.store);
    if (swept && options.verbose && !options.quiet) io.stderr.write(`    bouwcache opgeruimd: ${plural(swept.removed, 'item', 'items')} weg (${(swept.removedBytes / 1e6).toFixed(1).replace('.', ',')} MB), ${swept.kept} bewaard, in ${formatMs(io.now() - sweepStarted)}${swept.unfinished ? '; de rest bij de volgende build' : ''}\n`);
  }

  const rel = relative(io.cwd, out);
  const where = rel === '' ? 'index.html' : rel.startsWith('..') ? `${out}/index.html` : `${rel}/index.html`;
  const counts = countBySeverity({ files: summary.lint });
  progress.line(
    `Klaar${summary.concept ? ` (concept ${summary.verslagjaar})` : ''}: ${plural(summary.standen, 'Stand', 'Standen')}, ${plural(summary.knelpunten, 'knelpunt', 'knelpunten')}, ${plural(counts.errors, 'fout', 'fouten')}, ${plural(counts.warnings, 'waarschuwing', 'waarschuwingen')} in ${formatMs(io.now() - started)}. Rapport: ${where}${pdfName === undefined ? '' : `, PDF: ${where.replace(/index\.html$/, pdfName)}`}`,
  );
  return 0;
}

/**
 * Reads, checks and aggregates the content; prints the problems. Returns the model, or the exit
 * code when the problems stop the build (nothing is written then). The loaded files stay here: once the model is made,
 * they are garbage (a whole tree of every year's Standen) while the report renders.
 */
async function checkedModel(root: string, cache: BuildCache | undefined, modelOptions: ModelOptions, options: BuildOptions, io: CliIO, progress: Progress, read?: ReadFile[]) {
  progress.start('lezen');
  const tree = await loadTreeParallel(root, { onProgress: (done, total) => progress.tick(done, total), ...(cache ? { cache } : {}), ...(read ? { read } : {}) });
  if (options.verbose && !options.quiet) {
    for (const file of tree.files) io.stderr.write(`    ${file.path}  ${formatMs(file.loadMs ?? 0)}\n`);
  }
  progress.done(plural(tree.files.length, 'bestand', 'bestanden'));

  progress.start('controleren');
  const outcome = checkForBuild(tree);
  const { result, counts } = outcome;
  progress.done(`${plural(counts.errors, 'fout', 'fouten')}, ${plural(counts.warnings, 'waarschuwing', 'waarschuwingen')}`);
  printProblems(result, options.format, io, root);
  const lintCode = verdict(counts, { strict: options.strict, quiet: options.quiet }, io);
  if (lintCode !== 0) return nothingWritten(lintCode, counts, options, io);

  progress.start('samenvoegen');
  const { model, edition } = modelFor(outcome, modelOptions);
  progress.done(plural(model.knelpunten.length, 'knelpunt', 'knelpunten'));
  if (model.concept && !options.quiet) io.stderr.write(`${conceptNotice(model.report.verslagjaar, model.report.totalen.standen)}\n`);
  const lint = result.files.map(({ path, messages }) => ({ path, messages }));
  return { model, edition, counts, lint, inputKey: cache ? siteInputKey(tree.files, modelOptions) : undefined };
}

function nothingWritten(code: number, counts: { errors: number }, options: BuildOptions, io: CliIO): number {
  io.stderr.write(`Niets geschreven: los eerst de ${counts.errors > 0 ? 'fouten' : 'waarschuwingen'} op. ${resolve(io.cwd, options.out)} is ongewijzigd.\n`);
  return code;
}

/**
 * The report of the last build and what it printed, when the content (every file's path and
 * text), the options, the templates and staat are the same; reading the files costs about as
 * much as hashing them (40 ms at 60 organisations). Else the files as read, for the load.
 */
function reusedReport(root: string, cache: BuildCache, modelOptions: ModelOptions, templatesDir: string, when: string) {
  const read = readTexts(root);
  const key = reportKeyOf(siteInputKey(read, modelOptions), templatesDir);
  const reused = key === undefined ? undefined : reusedBuild(cache, key, when);
  if (!reused?.build) return { read };
  return { reused: { files: reused.files as Map<string, string | Uint8Array>, build: reused.build, texts: new Map(read.map((t) => [t.path, t.text])) } };
}

/** What a concept build or preview says about itself, on the terminal. */
export function conceptNotice(year: number, standen: number): string {
  const which = standen === 0 ? `Er zijn nog geen Standen voor ${year} (standen/${year}/).` : `Met ${plural(standen, 'Stand', 'Standen')} uit standen/${year}/.`;
  return `Concept-editie voor verslagjaar ${year}: elke pagina zegt dat het een concept is. ${which}`;
}
