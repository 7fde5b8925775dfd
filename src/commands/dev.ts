/**
 * `staat dev`: build, serve on 127.0.0.1 and rebuild on every change. A Stand with errors is
 * left out of the preview and listed in an overlay on the pages; the server keeps running.
 */
import { generatedAt } from '../build/compile.js';
import { openCache } from '../cache/index.js';
import { PreviewServer } from '../dev/server.js';
import { DevSession, type DevCompile } from '../dev/session.js';
import { STATUS_PATH, statusPage } from '../dev/status-page.js';
import { watchFolders } from '../dev/watch.js';
import { plural } from '../format/text.js';
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
  /** `--verslagjaar N`: preview the concept edition of year N. */
  verslagjaar?: number;
  /** false: do not use or fill the build cache (`--no-cache`). */
  cache?: boolean;
  /** Told the real port once listening and watching (tests pass port 0). */
  onListening?: (port: number) => void;
}

export async function runDev(options: DevOptions, io: CliIO, signal: AbortSignal): Promise<number> {
  const root = resolveContentRoot(io.cwd, options.content);
  const templatesDir = templatesFolder(io.cwd, options.templates);
  const cache = openCache(root, options.cache !== false);
  let server: PreviewServer | undefined;
  const session = new DevSession({
    root,
    templatesDir,
    ...(options.verslagjaar !== undefined ? { verslagjaar: options.verslagjaar } : {}),
    generatedAt: () => generatedAt(io.env),
    version: VERSION,
    ...(cache ? { cache } : {}),
    warn: (message) => io.stderr.write(`${message}\n`),
    onTemplateError: (error, state) => {
      io.stderr.write(`Fout in sjabloon ${error.message}\n`);
      server?.update(state);
    },
  });
  const say = (line: string): void => {
    if (!options.quiet) io.stderr.write(`${line}\n`);
  };

  let shownYear: number | undefined;
  const compile = async (): Promise<DevCompile> => {
    const started = io.now();
    const outcome = await session.compile();
    printProblems(outcome.result, 'stylish', io, root);
    if (outcome.shown) shownYear = outcome.shown.verslagjaar;
    if (outcome.templateError) io.stderr.write(`Fout in sjabloon ${outcome.templateError.message}\n`);
    if (outcome.blocked) io.stderr.write('Het rapport kon niet opnieuw worden gebouwd; het voorbeeld toont de laatste goede versie met de fouten erover.\n');
    else if (outcome.leftOut.length > 0) io.stderr.write(`Niet in het voorbeeld (fouten): ${outcome.leftOut.join(', ')}\n`);
    say(`✔ gebouwd in ${formatMs(io.now() - started)}`);
    return outcome;
  };

  // Rebuild once per burst of changes, never two at once. The first build runs through here
  // too, so a save while it runs is built right after it.
  let building = false;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    try {
      const outcome = await compile();
      server?.update(outcome.state);
      session.shown();
    } catch (error) {
      // The preview must survive anything a save can cause; it shows the problem over the last good pages.
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`staat dev: het rapport kon niet opnieuw worden gebouwd: ${message}\n`);
      server?.update(session.failure(message));
    } finally {
      building = false;
      if (again) {
        again = false;
        void rebuild();
      }
    }
  };
  const contentChanges = (paths: string[]): void => {
    session.noteChanges(paths);
    // A Stand of another year than the one shown never appears; say how to see it.
    for (const path of new Set(paths)) {
      const year = /^standen\/(\d{4})\/[^/]+\.(?:md|yaml)$/.exec(path)?.[1];
      if (year !== undefined && shownYear !== undefined && Number(year) > shownYear) {
        say(`${path} hoort bij verslagjaar ${year}; dit voorbeeld toont ${shownYear}. Bekijk het met: staat dev --verslagjaar ${year}`);
      }
    }
  };
  // Watching starts before the first build: a save made while it runs (or right after the page
  // first shows) is never missed. Paths of template changes are relative to the templates
  // folder and never look like a Stand's.
  const watcher = watchFolders([root, templatesDir], (paths) => {
    contentChanges(paths);
    void rebuild();
  });
  await watcher.ready;

  // Saves during the first build wait for it (see rebuild).
  building = true;
  let first: DevCompile;
  try {
    first = await compile();
  } catch (error) {
    await watcher.close();
    await session.close();
    throw error;
  } finally {
    building = false;
  }
  server = new PreviewServer(first.state);
  session.shown();
  if (again) {
    again = false;
    void rebuild();
  }
  server.page(STATUS_PATH, () => statusPage(session.statusOverview()));
  let port: number;
  try {
    port = await server.listen(options.port);
  } catch (error) {
    await watcher.close();
    await session.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`Poort ${options.port} is al in gebruik. Kies een andere met --port.`);
    throw error;
  }
  say(`Voorbeeld op http://127.0.0.1:${port}/ — wijzigingen worden direct verwerkt. Stoppen: Ctrl+C.`);
  say(editionLine(first, options.verslagjaar));
  say(`Wie heeft zijn Stand ingeleverd: http://127.0.0.1:${port}${STATUS_PATH}`);
  options.onListening?.(port);

  await new Promise<void>((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });
  await watcher.close();
  await server.close();
  await session.close();
  return 0;
}

/** Which edition the preview shows, and how to preview another year. */
function editionLine(outcome: DevCompile, asked: number | undefined): string {
  const year = outcome.shown?.verslagjaar ?? asked ?? outcome.editionYear;
  if (year === undefined) return 'Nog geen editie te tonen: staat.yaml ontbreekt of heeft fouten.';
  const standen = outcome.shown ? ` (${plural(outcome.shown.standen, 'Stand', 'Standen')})` : '';
  const later = outcome.years.filter((y) => y > year);
  if (asked !== undefined) {
    const back = outcome.editionYear !== undefined && outcome.editionYear !== asked ? ` De editie van staat.yaml (${outcome.editionYear}): staat dev zonder --verslagjaar.` : '';
    return `U ziet een concept-editie voor verslagjaar ${year}${standen}; elke pagina zegt dat het een concept is.${back}`;
  }
  const other = later.length > 0 ? `Standen voor ${later.join(', ')} ziet u met: staat dev --verslagjaar ${later[later.length - 1]}` : `Een ander jaar bekijken: staat dev --verslagjaar ${year + 1}`;
  return `U ziet de editie van verslagjaar ${year} uit staat.yaml${standen}. ${other}`;
}
