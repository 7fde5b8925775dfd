/**
 * `staat dev`: build, serve on 127.0.0.1 and rebuild on every change. Content errors show up in
 * the page instead of stopping the server.
 */
import { watch, type FSWatcher } from 'node:fs';
import { checkForBuild, generatedAt, modelFor, reportFiles } from '../build/compile.js';
import { problemsPage } from '../dev/problems-page.js';
import { PreviewServer, type PreviewState } from '../dev/server.js';
import { loadContentTree } from '../load/load-tree.js';
import { TemplateError } from '../render/engine.js';
import { templatesFolder } from './build.js';
import { resolveContentRoot } from './content-args.js';
import { UsageError, type CliIO } from './io.js';
import { printProblems } from './print-problems.js';
import { formatMs } from './progress.js';
import { VERSION } from './version.js';

export interface DevOptions {
  content?: string;
  port: number;
  templates?: string;
  quiet: boolean;
  /** Told the real port once listening (tests pass port 0). */
  onListening?: (port: number) => void;
}

export async function runDev(options: DevOptions, io: CliIO, signal: AbortSignal): Promise<number> {
  const root = resolveContentRoot(io.cwd, options.content);
  const templatesDir = templatesFolder(io.cwd, options.templates);
  let lastGood: ReadonlyMap<string, string | Uint8Array> = new Map();

  const compile = async (): Promise<PreviewState> => {
    const started = io.now();
    const outcome = checkForBuild(loadContentTree(root));
    printProblems(outcome.result, 'stylish', io, root);
    if (outcome.counts.errors > 0) return { files: lastGood, problemsHtml: problemsPage(outcome.result, 'staat dev') };
    try {
      const { model, edition } = modelFor(outcome);
      lastGood = await reportFiles(model, edition, { generatedAt: generatedAt(io.env), version: VERSION, templatesDir });
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      const result = { files: [{ path: error.file, messages: [{ path: error.file, ruleId: 'template', severity: 'error' as const, message: error.message, line: error.line, column: error.column, endLine: error.line, endColumn: error.column }] }] };
      io.stderr.write(`Fout in sjabloon ${error.message}\n`);
      return { files: lastGood, problemsHtml: problemsPage(result, 'staat dev') };
    }
    if (!options.quiet) io.stderr.write(`✔ gebouwd in ${formatMs(io.now() - started)}\n`);
    return { files: lastGood, problemsHtml: undefined };
  };

  const server = new PreviewServer(await compile());
  let port: number;
  try {
    port = await server.listen(options.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`Poort ${options.port} is al in gebruik. Kies een andere met --port.`);
    throw error;
  }
  options.onListening?.(port);
  if (!options.quiet) io.stderr.write(`Voorbeeld op http://127.0.0.1:${port}/ — wijzigingen worden direct verwerkt. Stoppen: Ctrl+C.\n`);

  // Rebuild once per burst of changes (editors write several events per save), never two at once.
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    try {
      server.update(await compile());
    } catch (error) {
      // The preview must survive anything a save can cause (even staat.yaml vanishing for a
      // moment); it shows the problem and keeps the last good report for the data files.
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`staat dev: het rapport kon niet opnieuw worden gebouwd: ${message}\n`);
      server.update({ files: lastGood, problemsHtml: problemsPage({ files: [{ path: '', messages: [{ path: '', ruleId: 'staat', severity: 'error', message: `Het rapport kon niet opnieuw worden gebouwd: ${message}`, line: 1, column: 1, endLine: 1, endColumn: 1 }] }] }, 'staat dev') });
    } finally {
      building = false;
      if (again) {
        again = false;
        void rebuild();
      }
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  };
  const watchers: FSWatcher[] = [watch(root, { recursive: true }, schedule), watch(templatesDir, { recursive: true }, schedule)];

  await new Promise<void>((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await server.close();
  return 0;
}
